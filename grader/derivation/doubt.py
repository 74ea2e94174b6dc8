"""The benefit of the doubt: a step that fails as read, with no known mistake to explain it, beside a right
final answer is more likely misread than wrong, so it is sent for review instead of costing marks."""

from __future__ import annotations

import dataclasses

from grader.core.diagnostics import Diagnostic, make
from grader.core.report import Step
from grader.maths import semantics as sm

# What the checker says when a step fails and no catalogued mistake explains it.
UNEXPLAINED = frozenset({"invalid-step", "arithmetic-error", "missing-term"})


def with_numbers(chains: list[sm.Chain]) -> set[int]:
    """The lines whose read maths holds a number as written: where a misread layout shows (an identity in
    letters alone, log(a b) = log a · log b, has nothing to misread and is judged as it stands)."""
    lines = set()
    for c in chains:
        nums = [n for item in c.items for n in sm.walk(item) if isinstance(n, sm.Num)]
        if nums:  # the chain's line, and each line a number stands on (a stacked fraction spans three)
            lines.add(c.line)
            lines.update(n.span.line for n in nums)
    return lines


def unconfirmed(
    diagnostics: list[Diagnostic], steps: list[Step], final_correct: bool, numeric_lines: set[int]
) -> tuple[list[Diagnostic], list[Step]]:
    """Diagnostics and steps with the benefit of the doubt given where it is due: the final answer is right
    and every error is an unexplained step failure on a line with numbers. Each such line's errors become
    one `step-unconfirmed` warning (review, no deduction) and its failed steps are unchecked. A mistake the
    catalogue names, or a failing identity in letters alone, is shown: then everything stands."""
    by_line: dict[int, list[Diagnostic]] = {}
    for d in diagnostics:
        if d.severity == "error":
            by_line.setdefault(d.span.line, []).append(d)
    shown = any(d.code not in UNEXPLAINED for found in by_line.values() for d in found)
    if not final_correct or not by_line or shown or not set(by_line) <= numeric_lines:
        return diagnostics, steps  # a mistake is shown (named, or in letters alone): nothing is in doubt
    doubted = set(by_line)
    kept = [d for d in diagnostics if not (d.severity == "error" and d.span.line in doubted)]
    for line in sorted(doubted):
        d = by_line[line][0]
        said = d.message.split(": ", 1)[-1] if d.code == "invalid-step" else d.message
        kept.append(
            make(
                "step-unconfirmed",
                f"this step does not hold as the grader read it ({said}); the final answer is right, so a person "
                "will look at this line (a slip or a misreading: no marks are taken for it)",
                d.span,
                d.hint,
            )
        )
    kept.sort(key=lambda d: (d.span.line, d.span.column))
    steps = [
        dataclasses.replace(s, status="unchecked") if s.status == "error" and s.line in doubted else s
        for s in steps
    ]
    return kept, steps
