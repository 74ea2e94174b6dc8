"""The seam every question kind plugs into: the `Question` protocol and the registry of kinds.

Batch runs, the autograders, `grader check`, `grader solve` and `grader problems test` call only
what is here. A new kind is a folder of grader/ with a module that has
`question_from_dict(data, path) -> Question`, plus one line in KINDS.
"""

from __future__ import annotations

import difflib
import importlib
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from grader.core.diagnostics import make
from grader.core.examples import Example
from grader.core.problemfile import ProblemError, read_problem_file
from grader.core.report import Report
from grader.core.source import Span

# kind (the problem file's `kind`, default "derivation") -> the module that reads such a file
KINDS: dict[str, str] = {
    "derivation": "grader.derivation.question",
    "cost": "grader.cost.question",
    "compare": "grader.compare.question",
    "flaw": "grader.flaw.question",
    "window": "grader.window.question",
    "decoding": "grader.decoding.question",
}
DEFAULT_KIND = "derivation"
SOLUTION_FORMATS = ("text", "json", "markdown")


@runtime_checkable
class Question(Protocol):
    """One question of a problem set, whatever its kind."""

    path: str  # the problem file
    id: str
    kind: str
    title: str
    statement: str  # Markdown, as students see it
    points: float
    examples: tuple[Example, ...]  # the question tests of `grader problems test`

    def prepare(self) -> None:
        """Build what grading needs once (parsers, caches), before worker processes fork."""
        ...

    def grade(self, data: bytes, name: str) -> Report:
        """The staff report on one submission's raw bytes (the caller bounds time and memory)."""
        ...

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        """What a student may see of a report: answers hidden until the problem reveals them."""
        ...

    def solve(self, fmt: str = "text") -> str:
        """The worked solution, in one of SOLUTION_FORMATS."""
        ...

    def data_files(self) -> list[tuple[str, str]]:
        """(key, path relative to the problem file) of every other file the problem reads."""
        ...


def kind_of(data: dict[str, Any], path: str) -> str:
    """The problem file's kind, checked against the registry."""
    kind = data.get("kind", DEFAULT_KIND)
    if not isinstance(kind, str) or kind not in KINDS:
        close = difflib.get_close_matches(str(kind), KINDS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(KINDS)}"
        raise ProblemError(path, "kind", f"unknown question kind {kind!r}; {hint}")
    return kind


def question_from_dict(data: dict[str, Any], path: str) -> Question:
    """The question a problem file's table describes, built by its kind's module."""
    module = importlib.import_module(KINDS[kind_of(data, path)])
    return module.question_from_dict(data, path)


def load_question(path: str | Path) -> Question:
    """Read and check a problem file of any kind (ProblemError names the file and key)."""
    return question_from_dict(read_problem_file(path), str(path))


def rejected_report(problem_id: str, points: float, name: str, message: str, span: Span, hint: str) -> Report:
    """A submission the grader will not read (too large, not text, no files): unreadable, not wrong."""
    diag = make("input-rejected", message, span, hint)
    return Report(problem_id, name, "unparsable", 0.0, points, None, (diag,), ())


def failure_report(question: Question, name: str, failure: object) -> Report:
    """A report for work the grader could not finish: verdict `error`, never the student's fault."""
    kind = getattr(failure, "kind", "crash")
    detail = getattr(failure, "detail", str(failure))
    code = "grader-timeout" if kind in ("timeout", "memory") else "grader-error"
    diag = make(
        code,
        f"the grader could not finish: {detail}",
        Span(1, 1, 1, 2),
        "this is not a judgement of the work; it will be regraded",
    )
    return Report(question.id, name, "error", 0.0, question.points, None, (diag,), (), (), 0.0)


def grade_with_budget(question: Question, data: bytes, name: str, seconds: float, memory_mb: int) -> Report:
    """Grade in a killable worker; a timeout or crash becomes an `error` report, never a wrong answer."""
    from grader.core.budget import Failure, run_with_budget

    question.prepare()  # built before the fork, not inside the worker's time budget
    result = run_with_budget(question.grade, (data, name), seconds, memory_mb)
    if isinstance(result, Failure):
        return failure_report(question, name, result)
    return result
