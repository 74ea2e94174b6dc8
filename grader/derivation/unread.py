"""What could not be read, and what it still shows: the answer on a line not read, work told in words, and
the lines a scan or an upload lost characters from. Nothing here deducts for what was not read."""

from __future__ import annotations

import dataclasses
import re

from grader.core.diagnostics import Diagnostic
from grader.core.report import FinalAnswer, Step
from grader.derivation.problem import Problem
from grader.maths import semantics as sm
from grader.maths.written import POWER_OF_TEN, power

# Characters a scan, an OCR or a broken upload leaves where text was lost: shade blocks ░▒▓█, the boxes a
# missing glyph is drawn as (▯, and □ among characters or in a run: a lone □ ending a line is a proof's end
# mark), the replacement character.
LOST = re.compile(r"[\u2591-\u2593\u2588\u25af\ufffd]+|\u25a1{2,}|(?<=[\w.])\u25a1|\u25a1(?=[\w.])")


# A number as written in a sentence, not part of a name (y_1, log2) or a list marker ("2." opening a line).
_PROSE_NUMBER = re.compile(
    r"(?<![\w.^−-])[-−]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][-−+]?\d+)?(?:\s*/\s*\d+)?(?![\w])"
)
_LIST_MARKER = re.compile(r"^\s*(?:\(?[0-9a-z]{1,2}[.)]|step\s+\d+\s*:)\s", re.IGNORECASE)


def work_in_words(
    lines: list[str], chains: list[sm.Chain], steps: list[Step], final: FinalAnswer | None
) -> int | None:
    """The first line of working told in words when no step was read (only a final value): at least two
    numbers in sentences besides the final value itself, so the work may be there and a person should
    look; None otherwise (steps were read, there is no final, or there is no working at all)."""
    if final is None or any(step.kind != "copy" for step in steps):
        return None
    read = {c.line for c in chains if not c.remark and (len(c.items) > 1 or c.continues)}
    final_line = final.line  # a lone value in a sentence is a mention, not a step
    # the final value is one of its line's numbers when written as one (1.733), not when worked (e^0.55)
    on_final = [c for c in chains if c.line == final_line]
    written = not on_final or isinstance(on_final[-1].items[-1], sm.Num | sm.Neg)
    first, count = None, 0
    for number, line in enumerate(lines, 1):
        if number in read and number != final_line:
            continue
        found = len(_PROSE_NUMBER.findall(_LIST_MARKER.sub(" ", line))) - (number == final_line and written)
        if found > 0 and first is None:
            first = number
        count += max(found, 0)
    return first if count >= 2 else None


# A value as written at the end of a line: -1.1, .25, 3.09e-5, 3.09 × 10^{-5}, 1/9.
_WRITTEN_VALUE = re.compile(
    r"(?<![\w.^])(?P<sign>[-−])?\s*(?P<mant>\d+(?:\.(?P<dec>\d+))?|\.(?P<dec2>\d+))"
    rf"{POWER_OF_TEN}?"
    r"(?:\s*/\s*(?P<den>\d+))?(?!\w|\.\d)"  # a sentence's full stop may follow a decimal (0.001087.)
)


def _written_value(line: str) -> tuple[float, float] | None:
    """The last number of a line and half a unit of its last written digit (0 for a fraction); None on a
    line that lost characters in the upload or scan ("= 0.0▯▯" is no value)."""
    if LOST.search(line):
        return None
    # "= -1.  ####": a whole number before a point may be a decimal cut short; only a decimal ends a sentence
    found = [
        m
        for m in _WRITTEN_VALUE.finditer(line)
        if m["dec"] or m["dec2"] or m["den"] or m["e"] or m["p"] or not line.startswith(".", m.end())
    ]
    if not found:
        return None
    m = found[-1]
    exponent = power(m)
    if max(len(m["mant"]), len(m["den"] or "")) > 30 or exponent is None:
        return None  # a number too long to be an answer, not read
    value = float(m["mant"]) * 10.0**exponent
    decimals = len(m["dec"] or m["dec2"] or "")
    half = 0.5 * 10.0 ** (exponent - decimals)
    if m["den"]:
        if float(m["den"]) == 0:
            return None
        value, half = value / float(m["den"]), 0.0
    return (-value if m["sign"] else value), half


def unread_final(
    lines: list[str], chains: list[sm.Chain], diagnostics: list[Diagnostic], final: FinalAnswer | None
) -> tuple[int, tuple[float, float] | None] | None:
    """The last line that could not be read, after all the read working, when it carries a number and no
    right final value was read ("sum = … = -6.32" read, then "NLL = -(sum) = 6.32 bits" not): the final
    answer may be there. (line, its last number and half-unit) or None.

    So too a wrong final value read from a line only part of which could be read, when that line goes on
    to another number ("= 0.55 \\text{ nats per token} \\Rightarrow \\mathrm{PPL} = … = 1.733"): the line's
    last number is its answer, not the value the reading stopped at."""
    if final is not None and final.value is not None:
        if final.correct or final.line is None:
            return None
        # the final value was read from this line, so a parse error on it means the line was read in part
        partly = any(d.code == "parse-error" and d.span.line == final.line for d in diagnostics)
        value = _written_value(lines[final.line - 1]) if partly else None
        if value is not None:
            if abs(value[0] - final.value) <= value[1] * (1 + 1e-9) + 1e-12:
                return None
            return final.line, value
    for line in reversed(_refused_after_work(diagnostics, chains)):
        value = _written_value(lines[line - 1])
        # after a value read, only a line that states a result ("NLL = -(sum) = 6.32") may hold the
        # answer; a scratch line ("(-0.7 + (-0.4)") does not
        if value is not None and (final is None or final.value is None or _STATES.search(lines[line - 1])):
            return line, value
    return None


def right_on_unread_line(lines: list[str], diagnostics: list[Diagnostic], problem: Problem) -> bool:
    """Does the last line that could not be read state a result (a relation, then its last number) that
    is the expected value at the precision written?"""
    refused = _refused_after_work(diagnostics, [])
    if not refused or not _STATES.search(lines[refused[-1] - 1]):
        return False
    written = _written_value(lines[refused[-1] - 1])
    if written is None:
        return False
    return expected_as_written(problem, *written)


def expected_as_written(problem: Problem, value: float, half: float) -> bool:
    """Is a value written on a line not read the expected one, within tolerance or at its precision?"""
    expected = problem.reference.value
    return problem.tolerance.allows(value, expected) or abs(value - expected) <= half * (1 + 1e-9)


# a relation or an arrow, then the line's last number; or a ledger's amount after a column's gap
_STATES = re.compile(r"(?:[=≈]|->|→|=>|⇒)\s*[-−]?\.?\d[^=≈]*$|\S(?:\t|  )[ \t]*+[-−(]?\.?\d[\d.]*\)?[ \t]*$")


def _refused_after_work(diagnostics: list[Diagnostic], chains: list[sm.Chain]) -> list[int]:
    """The lines after all the read working (remarks aside) that could not be read, in order; the last
    line read counts too when it could be read only in part ("(3/14)(3/14)(2/13)(2/13) using C(<s> I)=2 …
    → ≈ 0.00109": what it goes on to after the part read may be the answer)."""
    last_read = max((c.line for c in chains if not c.remark), default=0)
    return sorted({d.span.line for d in diagnostics if d.code == "parse-error" and d.span.line >= last_read})


def unshown_absence(diagnostics: list[Diagnostic], chains: list[sm.Chain]) -> list[Diagnostic]:
    """No final value read, but a line after all the read working could not be read: the answer may be
    there, so its absence is not shown; a warning for a person, never a deduction of its own."""
    if not _refused_after_work(diagnostics, chains):
        return diagnostics
    return [
        dataclasses.replace(d, severity="warning") if d.code == "no-final-answer" else d for d in diagnostics
    ]
