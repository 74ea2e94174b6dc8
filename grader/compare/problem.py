"""Compare problem files: candidates, each read as a derivation Problem, and the reference comparison."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.core.diagnostics import REGISTRY
from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.derivation.problem import Problem, Tolerance, problem_from_dict
from grader.reference.quantities import LN_BASE

ASKS = ("more_likely", "more_likely_per_token", "log_ratio", "probability_ratio")
CHOICE_ASKS = ("more_likely", "more_likely_per_token")
TOP_KEYS = (
    "kind", "id", "title", "statement", "ask", "log_base", "tolerance", "points", "reveal", "deadline",
    "model", "candidates", "examples",
)  # fmt: skip
CANDIDATE_KEYS = ("name", "x", "y")
MAX_CANDIDATES = 6
_NAME = re.compile(r"[A-Za-z0-9][\w' -]{0,39}")


@dataclass(frozen=True)
class Candidate:
    """One candidate output, and the derivation problem of its log-probability."""

    name: str
    problem: Problem  # ask = log_likelihood: the total, in the problem's log base

    @property
    def total(self) -> float:
        """log P(y | x) in the problem's log base."""
        return self.problem.reference.value

    @property
    def per_token(self) -> float:
        """The mean log-probability per token, in the problem's log base."""
        return self.total / len(self.problem.y)


@dataclass(frozen=True)
class CompareProblem:
    path: str
    id: str
    title: str
    statement: str
    ask: str
    log_base: str
    tolerance: Tolerance
    points: float
    candidates: tuple[Candidate, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)
    examples: tuple[Example, ...] = field(default=(), repr=False, compare=False)

    @property
    def per_token(self) -> bool:
        return self.ask == "more_likely_per_token"

    def scores(self, per_token: bool | None = None) -> dict[str, float]:
        """Each candidate's log-probability (total, or per token), in the problem's log base."""
        by_token = self.per_token if per_token is None else per_token
        return {c.name: c.per_token if by_token else c.total for c in self.candidates}

    def answer(self) -> str | float:
        """The reference answer: the more likely candidate's name, or the ratio asked."""
        if self.ask in CHOICE_ASKS:
            return best(self.scores())  # type: ignore[return-value]
        a, b = self.candidates
        diff = a.total - b.total
        return diff if self.ask == "log_ratio" else math.exp(diff * LN_BASE[self.log_base])


def best(scores: dict[str, float]) -> str | None:
    """The candidate with the strictly largest score, or None on a tie (within 1e-9)."""
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] <= 1e-9:
        return None
    return ranked[0][0]


def _candidate_problem(data: dict[str, Any], entry: dict[str, Any], i: int, path: str) -> Problem:
    """The derivation problem of one candidate; its errors name the candidate's keys."""
    table = {k: data[k] for k in ("log_base", "tolerance", "reveal", "deadline", "model") if k in data}
    table |= {"id": f"{data.get('id', Path(path).stem)}:{entry['name']}", "ask": "log_likelihood"}
    table["sequence"] = {k: entry[k] for k in ("x", "y") if k in entry}
    try:
        return problem_from_dict(table, path)
    except ProblemError as err:
        key = f"candidates[{i}].{err.key[len('sequence.') :]}" if err.key.startswith("sequence") else err.key
        raise ProblemError(path, key, err.message) from None


def compare_from_dict(data: dict[str, Any], path: str) -> CompareProblem:
    """Check a compare problem file's table and compute its reference; errors name the key."""
    check_keys(data, TOP_KEYS, path)
    ask = data.get("ask")
    if ask not in ASKS:
        raise ProblemError(path, "ask", f"expected one of {' | '.join(ASKS)}, got {ask!r}")
    raw = data.get("candidates")
    if not isinstance(raw, list) or not 2 <= len(raw) <= MAX_CANDIDATES:
        raise ProblemError(path, "candidates", f"expected 2 to {MAX_CANDIDATES} [[candidates]] tables")
    if ask in ("log_ratio", "probability_ratio") and len(raw) != 2:
        raise ProblemError(path, "candidates", f"ask = {ask!r} compares exactly two candidates")
    candidates = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise ProblemError(path, f"candidates[{i}]", "expected a table with name, x and y")
        check_keys(entry, CANDIDATE_KEYS, path, f"candidates[{i}].")
        name = entry.get("name")
        if not isinstance(name, str) or not _NAME.fullmatch(name.strip()):
            raise ProblemError(
                path, f"candidates[{i}].name", f"expected a short name such as 'A', got {name!r}"
            )
        if name.strip().lower() in {c.name.lower() for c in candidates}:
            raise ProblemError(path, f"candidates[{i}].name", f"{name!r} names two candidates")
        entry = {**entry, "name": name.strip()}
        candidates.append(Candidate(entry["name"], _candidate_problem(data, entry, i, path)))
    first = candidates[0].problem
    try:
        examples = read_examples(data.get("examples"), REGISTRY)
    except ExampleError as err:
        raise ProblemError(path, err.key, err.message) from None
    points = data.get("points", 1)
    if isinstance(points, bool) or not isinstance(points, int | float) or not 0 < points < math.inf:
        raise ProblemError(path, "points", f"expected a positive number, got {points!r}")
    problem = CompareProblem(
        path=path,
        id=first.id.rsplit(":", 1)[0],
        title=str(data.get("title", "")),
        statement=str(data.get("statement", "")),
        ask=ask,
        log_base=first.log_base,
        tolerance=first.tolerance,
        points=float(points),
        candidates=tuple(candidates),
        raw=data,
        examples=examples,
    )
    if ask in CHOICE_ASKS and problem.answer() is None:
        raise ProblemError(
            path, "candidates", "two candidates are equally likely: the question has no answer"
        )
    return problem
