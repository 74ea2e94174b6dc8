"""The one report object every output format is written from."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from grader.core.diagnostics import Diagnostic


def readable(value: float | None) -> float | None:
    """A computed float as a person would write it: -1.1, not -1.0999999999999999 (12 significant digits).

    Not-a-number and infinities become None, so the JSON stays valid JSON.
    """
    if value is None or not math.isfinite(value):
        return None
    return float(f"{value:.12g}")


@dataclass(frozen=True)
class Step:
    line: int
    kind: str  # identity | substitution | arithmetic | definition | copy
    status: str  # ok | error | copy | unchecked
    text: str = ""
    key: str = ""  # what the step states, so a repeated step earns credit once


@dataclass(frozen=True)
class FinalAnswer:
    value: float | None
    expected: float | None  # None where the reader may not see it (a student, before the reveal)
    correct: bool
    line: int | None
    text: str = ""


@dataclass(frozen=True)
class Report:
    problem: str
    submission: str
    verdict: str  # correct | incorrect | unparsable | error
    score: float
    max_score: float
    final_answer: FinalAnswer | None
    diagnostics: tuple[Diagnostic, ...]
    steps: tuple[Step, ...]
    source_lines: tuple[str, ...] = field(default=(), repr=False)
    seconds: float = 0.0
    parts: dict[str, float] = field(default_factory=dict)  # the rubric's credit for each part, 0 to 1
    advice: dict[str, str] = field(default_factory=dict)  # code -> what to write instead, for this problem
    variant: dict[str, Any] = field(default_factory=dict)  # the student's [params] values ({}: no params)

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.diagnostics]

    @property
    def needs_review(self) -> bool:
        """A person should look: the work was unreadable, the grader failed, or it left a warning."""
        return self.verdict in ("unparsable", "error") or any(
            d.severity == "warning" for d in self.diagnostics
        )

    def to_dict(self) -> dict[str, Any]:
        fa = self.final_answer
        return {
            "problem": self.problem,
            "submission": self.submission,
            "verdict": self.verdict,
            "score": self.score,
            "max_score": self.max_score,
            "final_answer": None
            if fa is None
            else {
                "value": readable(fa.value),
                "expected": readable(fa.expected),
                "correct": fa.correct,
                "line": fa.line,
            },
            "diagnostics": [{**d.to_dict(), "advice": self.advice.get(d.code, "")} for d in self.diagnostics],
            "steps": [{"line": s.line, "kind": s.kind, "status": s.status} for s in self.steps],
            "parts": {name: round(credit, 4) for name, credit in self.parts.items()},
            "needs_review": self.needs_review,
            "seconds": round(self.seconds, 6),
            **({"variant": self.variant} if self.variant else {}),
        }
