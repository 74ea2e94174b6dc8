"""Flaw problem files: the flawed text, its key found by the derivation checker, and the correction's problem."""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, field
from typing import Any

from grader.core.diagnostics import REGISTRY
from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.derivation.grade import grade_text
from grader.derivation.problem import TOP_KEYS as DERIVATION_KEYS
from grader.derivation.problem import Problem, problem_from_dict

TOP_KEYS = (*(k for k in DERIVATION_KEYS if k != "rubric"), "flawed")
CONSEQUENCES = ("final-answer-wrong", "no-final-answer")  # what a flaw leads to, not a flaw of its own
MAX_FLAWED_LINES = 40


@dataclass(frozen=True)
class Flaw:
    """The key: the first wrong line of the flawed text (1-based) and the mistakes the checker names there."""

    line: int
    codes: tuple[str, ...]
    text: str  # the line as written


@dataclass(frozen=True)
class FlawProblem:
    path: str
    id: str
    title: str
    statement: str
    points: float
    flawed: tuple[str, ...]  # the flawed calculation's lines, numbered from 1 as students see them
    flaw: Flaw
    problem: Problem  # the derivation the flawed text set out to do: the correction is graded on it
    raw: dict[str, Any] = field(repr=False, compare=False)
    examples: tuple[Example, ...] = field(default=(), repr=False, compare=False)


def flawed_lines(text: str) -> tuple[str, ...]:
    """The flawed text's lines, dedented, without blank lines at either end."""
    lines = textwrap.dedent(text).strip("\n").splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    return tuple(line.rstrip() for line in lines)


def find_flaw(lines: tuple[str, ...], problem: Problem, path: str) -> Flaw:
    """The single flaw the derivation checker finds; ProblemError (key `flawed`) if none or several."""
    report = grade_text("\n".join(lines), problem, "flawed", benefit_of_doubt=False)
    unread = [d for d in report.diagnostics if REGISTRY[d.code].notation]
    if unread:
        d = unread[0]
        raise ProblemError(path, "flawed", f"line {d.span.line}: the checker cannot read it ({d.message})")
    errors = [d for d in report.diagnostics if d.severity == "error"]
    causes = [d for d in errors if d.code not in CONSEQUENCES] or errors
    if not causes:
        raise ProblemError(
            path, "flawed", "the derivation checker finds no mistake in it: a flaw question needs exactly one"
        )
    lines_with = sorted({d.span.line for d in causes})
    if len(lines_with) > 1:
        found = "; ".join(f"line {d.span.line}: {d.code}" for d in causes)
        raise ProblemError(
            path, "flawed", f"more than one independent mistake ({found}): a flaw question needs exactly one"
        )
    line = lines_with[0]
    return Flaw(line, tuple(dict.fromkeys(d.code for d in causes)), lines[line - 1])


def flaw_from_dict(data: dict[str, Any], path: str) -> FlawProblem:
    """Check a flaw problem file's table, and find its key with the derivation checker; errors name the key."""
    check_keys(data, TOP_KEYS, path)
    text = data.get("flawed")
    if not isinstance(text, str) or not text.strip():
        raise ProblemError(path, "flawed", "expected the flawed calculation as a string ('''…''')")
    lines = flawed_lines(text)
    if len(lines) > MAX_FLAWED_LINES:
        raise ProblemError(path, "flawed", f"at most {MAX_FLAWED_LINES} lines, got {len(lines)}")
    table = {k: v for k, v in data.items() if k not in ("kind", "flawed", "examples")}
    problem = problem_from_dict(table, path)
    flaw = find_flaw(lines, problem, path)
    try:
        examples = read_examples(data.get("examples"), REGISTRY)
    except ExampleError as err:
        raise ProblemError(path, err.key, err.message) from None
    if not 0 < problem.points < math.inf:
        raise ProblemError(path, "points", f"expected a positive number, got {problem.points!r}")
    return FlawProblem(
        path,
        problem.id,
        problem.title,
        problem.statement,
        problem.points,
        lines,
        flaw,
        problem,
        data,
        examples,
    )
