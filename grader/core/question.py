"""The seam every question kind plugs into: the `Question` protocol and the registry of kinds.

Batch runs, the autograders, `grader check`, `grader solve` and `grader problems test` call only
what is here. A new kind is a folder of grader/ with a module that has
`question_from_dict(data, path) -> Question`, plus one line in KINDS.
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from grader.core import variants
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


class FromProblem:
    """The Question attributes every kind reads off its own problem object (`self.problem`, which has
    path, id, title, statement, points and examples): a kind's question class inherits them."""

    problem: Any

    @property
    def path(self) -> str:
        return self.problem.path

    @property
    def id(self) -> str:
        return self.problem.id

    @property
    def title(self) -> str:
        return self.problem.title

    @property
    def statement(self) -> str:
        return self.problem.statement

    @property
    def points(self) -> float:
        return self.problem.points

    @property
    def examples(self) -> tuple[Example, ...]:
        return self.problem.examples


def kind_of(data: dict[str, Any], path: str) -> str:
    """The problem file's kind, checked against the registry."""
    kind = data.get("kind", DEFAULT_KIND)
    if not isinstance(kind, str) or kind not in KINDS:
        close = difflib.get_close_matches(str(kind), KINDS, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(KINDS)}"
        raise ProblemError(path, "kind", f"unknown question kind {kind!r}; {hint}")
    return kind


def question_from_dict(
    data: dict[str, Any], path: str, student: str | None = None, salt: str | None = None
) -> Question:
    """The question a problem file's table describes, built by its kind's module.

    A file with `[params]` gives a VariantQuestion: the student's values (the first variant when
    `student` is None) filled into the table before the kind reads it, then its statement and
    examples filled from the values and the kind's `template_names(question)`.
    """
    module = importlib.import_module(KINDS[kind_of(data, path)])
    spec = variants.read_params(data, path)
    if spec is None:
        return module.question_from_dict(data, path)
    problem_id = data.get("id", Path(path).stem)
    if not isinstance(problem_id, str) or variants.is_template(problem_id):
        raise ProblemError(path, "id", "a problem with [params] needs a fixed id (the draw depends on it)")
    return _variant_question(module, data, path, spec, variants.draw(spec, problem_id, student, salt), salt)


def _variant_question(
    module: Any,
    data: dict[str, Any],
    path: str,
    spec: variants.ParamSpec,
    values: dict[str, Any],
    salt: str | None,
) -> VariantQuestion:
    """The question with `values` filled in (see question_from_dict)."""
    own = variants.Names(values)
    table = {k: v for k, v in data.items() if k != "params"}
    filled = variants.fill_table(table, own, path, skip=("statement", "examples"))
    inner = module.question_from_dict(filled, path)
    hook = getattr(module, "template_names", None)
    names = variants.Names({**(hook(inner) if hook else {}), **values})
    statement = names.fill(inner.statement, path, "statement")
    examples = tuple(
        dataclasses.replace(e, submission=names.fill(e.submission, path, f"examples[{i}].submission"))
        for i, e in enumerate(inner.examples)
    )
    templated = tuple(variants.is_template(e.submission) for e in inner.examples)
    return VariantQuestion(inner, statement, examples, values, data, spec, templated, salt)


def load_question(path: str | Path, student: str | None = None, salt: str | None = None) -> Question:
    """Read and check a problem file of any kind (ProblemError names the file and key).

    With [params], `student` picks that student's variant (None: the first variant) and `salt`
    overrides the file's `params.salt`; a file without [params] ignores both.
    """
    return question_from_dict(read_problem_file(path), str(path), student, salt)


@dataclass(frozen=True)
class VariantQuestion:
    """One student's variant of a question with [params]: the kind's question built from their values.

    Grades, views and solves as the kind's question does; every report it gives records the variant.
    """

    inner: Question
    statement: str
    examples: tuple[Example, ...]
    variant: dict[str, Any]
    source: dict[str, Any] = field(repr=False)  # the problem file's table, templates and [params] included
    spec: variants.ParamSpec = field(repr=False)
    templated: tuple[bool, ...] = field(default=(), repr=False)  # which examples are templates
    salt: str | None = None  # the salt it was drawn with (None: the file's params.salt); others' default

    @property
    def path(self) -> str:
        return self.inner.path

    @property
    def id(self) -> str:
        return self.inner.id

    @property
    def kind(self) -> str:
        return self.inner.kind

    @property
    def title(self) -> str:
        return self.inner.title

    @property
    def points(self) -> float:
        return self.inner.points

    @property
    def problem(self) -> Any:
        """This variant's own problem object, for tools that know its kind (authoring)."""
        return self.inner.problem  # type: ignore[attr-defined]

    def prepare(self) -> None:
        self.inner.prepare()

    def grade(self, data: bytes, name: str) -> Report:
        return dataclasses.replace(self.inner.grade(data, name), variant=dict(self.variant))

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        return dataclasses.replace(self.inner.student_view(report, now), variant=dict(self.variant))

    def solve(self, fmt: str = "text") -> str:
        return self.inner.solve(fmt)

    def data_files(self) -> list[tuple[str, str]]:
        return self.inner.data_files()

    def values_for(self, student: str | None, salt: str | None = None) -> dict[str, Any]:
        """A student's values, without building their question (cheap: for --resume)."""
        return variants.draw(self.spec, self.id, student, self.salt if salt is None else salt)

    def with_values(self, values: dict[str, Any]) -> VariantQuestion:
        """This problem built with the given values (e.g. a student's, drawn once)."""
        module = importlib.import_module(KINDS[kind_of(self.source, self.path)])
        return _variant_question(module, self.source, self.path, self.spec, values, self.salt)

    def for_student(self, student: str | None, salt: str | None = None) -> VariantQuestion:
        """This problem as `student` gets it (with this question's salt unless another is given)."""
        question = question_from_dict(self.source, self.path, student, self.salt if salt is None else salt)
        assert isinstance(question, VariantQuestion)
        return question


def for_student(question: Question, student: str | None, salt: str | None = None) -> Question:
    """The question as `student` gets it: their variant of a problem with [params], else the question itself."""
    if isinstance(question, VariantQuestion):
        return question.for_student(student, salt)
    return question


def check_variants(question: Question, students: Iterable[str]) -> int:
    """Build every distinct variant these students draw, so a value the model refuses (a probability
    of 1.5) is the instructor's error before grading; returns how many distinct variants there are."""
    if not isinstance(question, VariantQuestion):
        return 1
    seen: dict[str, str] = {}
    for student in students:
        values = question.values_for(student)
        key = variants.fingerprint(values)
        if key in seen:
            continue
        seen[key] = student
        try:
            question.with_values(values)
        except ProblemError as err:
            shown = ", ".join(f"{k}={variants.text_of(v)}" for k, v in values.items())
            raise ProblemError(
                err.path, err.key, f"{err.message} (in the variant of {student}: {shown})"
            ) from None
    return len(seen)


def variant_of(question: Question, student: str | None, salt: str | None = None) -> dict[str, Any]:
    """A student's values of a question ({} for a question without [params])."""
    return question.values_for(student, salt) if isinstance(question, VariantQuestion) else {}


VARIANT_RUNS = 20  # the variants `grader problems test` runs each template example over


def example_cases(question: Question, runs: int = VARIANT_RUNS) -> list[list[tuple[str, Question, Example]]]:
    """For each [[examples]] entry, the (student, question, example as filled for them) runs to grade.

    A fixed example runs once on the question; a template example runs on `runs` variants
    (students example-1 … example-N), each filled with that variant's own numbers.
    """
    if not isinstance(question, VariantQuestion):
        return [[("", question, e)] for e in question.examples]
    others: list[tuple[str, Question]] = []
    if any(question.templated):
        others = [(f"example-{k}", question.for_student(f"example-{k}")) for k in range(1, runs + 1)]
    cases = []
    for i, example in enumerate(question.examples):
        if question.templated[i]:
            cases.append([(who, q, q.examples[i]) for who, q in others])
        else:
            cases.append([("", question, example)])
    return cases


def rejected_report(problem_id: str, points: float, name: str, message: str, span: Span, hint: str) -> Report:
    """A submission the grader will not read (too large, not text, no files): unreadable, not wrong."""
    diag = make("input-rejected", message, span, hint)
    return Report(problem_id, name, "unparsable", 0.0, points, None, (diag,), ())


def precheck_rejected(
    problem_id: str,
    points: float,
    name: str,
    err: Any,
    hint: str = "submit UTF-8 text",
    started: float | None = None,
) -> Report:
    """The report for a submission the input bounds refused (core.precheck.PrecheckError `err`),
    pointing at the line and column where it was refused; `started`: when grading began (perf_counter)."""
    line, column = max(err.line, 1), max(err.column, 1)
    report = rejected_report(
        problem_id, points, name, err.message, Span(line, column, line, column + 1), hint
    )
    return report if started is None else dataclasses.replace(report, seconds=time.perf_counter() - started)


def grade_text_bytes(
    data: bytes, problem_id: str, points: float, name: str, grade: Callable[[str], Report], hint: str
) -> Report:
    """A kind's grading of raw bytes: decoded and bounded by the seam (submission_text), then `grade`
    on the text; bytes it refuses get the report that says where and why."""
    started = time.perf_counter()
    text = submission_text(data, problem_id, points, name, hint)
    if isinstance(text, Report):
        return dataclasses.replace(text, seconds=time.perf_counter() - started)
    return grade(text)


def submission_text(
    data: bytes, problem_id: str, points: float, name: str, hint: str = "submit UTF-8 text"
) -> str | Report:
    """A submission's text, decoded and bounded by core.precheck (UTF-8, UTF-16 with a BOM), a rich-text
    editor's HTML read as the text it shows (core.html); or, for bytes it refuses, the report that says where
    and why, for every kind alike."""
    from grader.core.html import html_text
    from grader.core.precheck import PrecheckError, decode

    try:
        return html_text(decode(data))
    except PrecheckError as err:
        return precheck_rejected(problem_id, points, name, err, hint)


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


WARM_UP = b"log P(y|x) = -1"


def warm_up(question: Question) -> None:
    """Build what grading needs before a worker forks, so no worker spends its budget on it: the kind's
    parsers and caches (`prepare`), and the grading modules, loaded by grading one fixed line whose report
    is dropped. Their multilingual word tables compile at import: over 2 s for compare, decoding and flaw
    on a 2-core machine, more than the default budget a fresh `grader check` gives a submission."""
    import contextlib

    question.prepare()
    with contextlib.suppress(Exception):  # the worker grades the submission itself and reports any failure
        question.grade(WARM_UP, "<warm-up>")


def grade_with_budget(question: Question, data: bytes, name: str, seconds: float, memory_mb: int) -> Report:
    """Grade in a killable worker; a timeout or crash becomes an `error` report, never a wrong answer."""
    from grader.core.budget import Failure, run_with_budget

    warm_up(question)  # built before the fork, not inside the worker's time budget
    result = run_with_budget(question.grade, (data, name), seconds, memory_mb)
    if isinstance(result, Failure):
        return failure_report(question, name, result)
    return result


def variant_table(question: Question, count: int, salt: str | None = None) -> dict[str, Any]:
    """`count` pre-drawn variants of a question (v1 … vN) with their filled statements, for a
    PrairieLearn question's server.py to pick one from and name in `params.grader_variant`."""
    rows = []
    for k in range(1, count + 1):
        name = f"v{k}"
        mine = for_student(question, name, salt)
        rows.append(
            {
                "name": name,
                "params": mine.variant if isinstance(mine, VariantQuestion) else {},
                "statement": mine.statement,
            }
        )
    return {"problem": question.id, "count": count, "variants": rows}
