"""The benefit of the doubt: a step that fails as read, with no known mistake to explain it, beside a right
final answer is more likely misread than wrong, so it is sent for review instead of costing marks."""

from __future__ import annotations

import dataclasses
import itertools
import re

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


def _plain(expr: sm.Expr) -> bool:
    """Is an expression only numbers and the operators + - × / written out (nothing to misread)?"""
    if isinstance(expr, sm.Num):
        return True
    if isinstance(expr, sm.Neg):
        return _plain(expr.arg)
    if isinstance(expr, sm.BinOp):
        return expr.op in "+-*/" and not expr.implicit and _plain(expr.left) and _plain(expr.right)
    return False


def _arithmetic(found: list[Diagnostic]) -> bool:
    return all(d.code == "arithmetic-error" for d in found)


def read_for_certain(chains: list[sm.Chain], text: list[str], as_written: set[int]) -> set[int]:
    """The lines read in full, from start to end, where a step of plain arithmetic stands as written
    (`= (-0.7) + (-0.4) = -1.2`): numbers and written operators only, on a line read exactly as the student
    wrote it (`as_written`: no reading rule, decimal commas or OCR repairs, had to change it) and not opened
    by a bare number (`2 -0.0353-0.0099`, a row's number). A slip there is shown, never in doubt."""
    lines: set[int] = set()
    for c in chains:
        first, last = c.items[0].span, c.items[-1].span
        if c.remark or len(c.items) < 2 or first.line != last.line or first.line not in as_written:
            continue
        line = text[first.line - 1]
        before, after = line[: first.column - 1].strip(), line[last.end_column - 1 :].strip()
        if before not in ("", "=") or after not in ("", ".", ",") or _ROW_NUMBER.match(line):
            continue
        if any(_plain(a) and _plain(b) and isinstance(a, sm.BinOp) for a, b in itertools.pairwise(c.items)):
            lines.add(first.line)
    return lines


_ROW_NUMBER = re.compile(r"\s*\d+\s+[-−+]?\d")


def unconfirmed(
    diagnostics: list[Diagnostic],
    steps: list[Step],
    final_correct: bool,
    numeric_lines: set[int],
    certain: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[Diagnostic], list[Step]]:
    """Diagnostics and steps with the benefit of the doubt given where it is due: the final answer is right
    and every error is an unexplained step failure on a line with numbers. Each such line's errors become
    one `step-unconfirmed` warning (review, no deduction) and its failed steps are unchecked. A mistake the
    catalogue names, or a failing identity in letters alone, is shown: then everything stands. So is a slip
    in plain arithmetic read for `certain` (its line stands; the others may still be in doubt)."""
    by_line: dict[int, list[Diagnostic]] = {}
    for d in diagnostics:
        if d.severity == "error":
            by_line.setdefault(d.span.line, []).append(d)
    shown = any(d.code not in UNEXPLAINED for found in by_line.values() for d in found)
    if not final_correct or not by_line or shown or not set(by_line) <= numeric_lines:
        return diagnostics, steps  # a mistake is shown (named, or in letters alone): nothing is in doubt
    doubted = {line for line, found in by_line.items() if not (line in certain and _arithmetic(found))}
    if not doubted:
        return diagnostics, steps
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
