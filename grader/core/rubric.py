"""Turn the findings into a score: points for the parts of the work, deductions per mistake.

A problem file may carry

    [rubric]
    decomposition = 0.25   # setting up the chain rule (identity steps)
    substitution = 0.25    # putting the model's values in
    arithmetic = 0.2       # combining the numbers
    final = 0.3            # the final answer
    [rubric.deductions]    # optional, a fraction of the points per diagnostic of that code
    multiplied-log-probs = 0.1

The weights are fractions of the problem's points and must sum to 1. Each part earns the share of
its steps that hold, counting every mistake named in it; a step that merely repeats an earlier one
earns nothing more. A part with no steps of its own (the student merged it into another) earns the
mean of the parts shown; with no work shown at all, only the final answer counts, unless there was
work the grader could not read: then the parts follow the final answer (a person reviews it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from grader.core.diagnostics import PARTS, REGISTRY, can_deduct

DEFAULT_WEIGHTS = {"decomposition": 0.25, "substitution": 0.25, "arithmetic": 0.2, "final": 0.3}

PART_OF_STEP = {
    "identity": "decomposition",
    "definition": "decomposition",
    "substitution": "substitution",
    "arithmetic": "arithmetic",
}
CODE_PART = {code: entry.part for code, entry in REGISTRY.items() if entry.part}  # from the one catalogue


class RubricError(ValueError):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key, self.message = key, message


@dataclass(frozen=True)
class Rubric:
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    deductions: Mapping[str, float] = field(default_factory=dict)


def read_rubric(raw: Any, known_codes: Iterable[str], strict_notation: bool = False) -> Rubric:
    """The `[rubric]` table of a problem file, checked; RubricError names the bad key. A deduction for a
    code that can never cost marks (a warning, a preview code) is refused, not silently ignored."""
    if raw is None:
        return Rubric()
    if not isinstance(raw, Mapping):
        raise RubricError("rubric", "expected a table")
    unknown = set(raw) - set(PARTS) - {"deductions"}
    if unknown:
        raise RubricError(f"rubric.{sorted(unknown)[0]}", f"expected one of {', '.join(PARTS)} or deductions")
    weights = dict(DEFAULT_WEIGHTS)
    if any(part in raw for part in PARTS):
        weights = {part: 0.0 for part in PARTS}
        for part in PARTS:
            value = raw.get(part, 0.0)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise RubricError(f"rubric.{part}", f"expected a fraction from 0 to 1, got {value!r}")
            weights[part] = float(value)
        if abs(sum(weights.values()) - 1) > 1e-9:
            raise RubricError("rubric", f"the parts must sum to 1, got {sum(weights.values()):g}")
    deductions_raw = raw.get("deductions", {})
    if not isinstance(deductions_raw, Mapping):
        raise RubricError("rubric.deductions", "expected a table of code = fraction")
    codes = set(known_codes)
    deductions = {}
    for code, value in deductions_raw.items():
        if code not in codes:
            raise RubricError(
                f"rubric.deductions.{code}", "not a diagnostic code (`grader explain` lists them)"
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise RubricError(f"rubric.deductions.{code}", f"expected a fraction from 0 to 1, got {value!r}")
        if not can_deduct(code, strict_notation):
            entry = REGISTRY[code]
            why = (
                "it is a preview code, reported for review until measured"
                if entry.status == "preview"
                else "what could not be read costs nothing unless strict_notation = true"
                if entry.notation
                else f"its severity is {entry.severity}, which never costs marks"
            )
            raise RubricError(f"rubric.deductions.{code}", f"{code} can never deduct: {why}")
        deductions[code] = float(value)
    return Rubric(weights, deductions)


def score(
    rubric: Rubric,
    points: float,
    steps: Iterable[Any],
    mistakes: Iterable[tuple[str, int]],
    final_correct: bool,
    unread: bool = False,
) -> tuple[float, dict[str, float]]:
    """The score, and the credit (0 to 1) of each part; `mistakes`: (code, line) of each error, charged
    to the part of the judged step on its line (the code's own part where no step holds it); `unread`:
    some of the work could not be read (it is sent for review, and costs nothing)."""
    held: dict[str, set[str]] = {part: set() for part in PARTS}
    failed: dict[int, list[str]] = {}  # line -> parts of the steps judged wrong there
    for step in steps:
        part = PART_OF_STEP.get(step.kind)
        if part is not None and step.status == "ok":
            held[part].add(step.key or f"{step.line}:{len(held[part])}")  # a repeated step earns once
        elif part is not None and step.status == "error":
            failed.setdefault(step.line, []).append(part)
    charged: dict[str, int] = dict.fromkeys(PARTS, 0)
    mistake_list = list(mistakes)
    for code, line in mistake_list:
        own = CODE_PART.get(code)
        if own is None:
            continue  # about the whole computation: the final answer's part says it
        there = failed.get(line, [])
        charged[own if own in there or not there else there[0]] += 1
    credit: dict[str, float] = {}
    for part in PARTS[:-1]:
        ok, bad = len(held[part]), charged[part]
        if ok + bad:
            credit[part] = ok / (ok + bad)
    shown = [credit[p] for p in PARTS[:-1] if p in credit]
    credit["final"] = 1.0 if final_correct else 0.0
    for part in PARTS[:-1]:
        if part not in credit:
            if shown and sum(held[p] != set() for p in PARTS[:-1]):
                credit[part] = sum(shown) / len(shown)
            else:  # no work read: unreadable work is given the benefit of its answer, absent work is not
                credit[part] = credit["final"] if unread else 0.0
    total = sum(rubric.weights[p] * credit[p] for p in PARTS)
    total -= sum(rubric.deductions.get(code, 0.0) for code, _ in mistake_list)
    return round(max(0.0, min(1.0, total)) * points, 4), credit
