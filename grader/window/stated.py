"""Which number a part's lines state as its value: a result after `=` (or `≈`), not a remark around it."""

from __future__ import annotations

import re

from grader.window.sections import Sections

NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?(?!\w|\.\d)")
# what may stand between `=` and the value it states: spaces, `$`, markdown bold, LaTeX spacing, an
# opening bracket, a LaTeX command's brace (\boxed{, \mathbf{)
_AFTER_EQUALS = re.compile(r"=(?:\s|[$*{(]|\\[,;:! ]|\\[A-Za-z]+\s*\{)*$")
# after ≈: a result too, where the line states none after `=` ("Gap: -3.65 - (-4.97) ≈ 1.32"); beside one
# ("= 2.0 (e² ≈ 7.4 times as likely)") a remark
_AFTER_ABOUT = re.compile(r"(?:≈|≃|\\approx)(?:\s|[$*{(]|\\[,;:! ]|\\[A-Za-z]+\s*\{)*$")
# a setting, not a result: k = 1
_SETTING = re.compile(r"\b[kK]\s*=\s*$")
# the member just before `=`/`≈` is an exponential (e^{2.0} = 7.39, exp(2.0) ≈ 7.39): the chain is a ratio
_EXPONENTIAL_MEMBER = re.compile(
    r"(?:\be\s*\^\s*\{?[^=≈≃]*|(?:\\|\b)exp\b\s*\(?[^=≈≃]*)[=≈≃]\s*(?:\$|\\[,;:! ]|\{|\s)*$", re.I
)
# a ratio or a multiple: 7.39:1, 7.39 times, 7.39x, 7.4-fold, 7.4 × as likely (not 1 × 10^-4)
_RATIO_AFTER = re.compile(r"^\s*(?::\s*\d|times\b|x\b|-?fold\b|×(?!\s*10\s*\^))", re.I)
# an exponent (e^2.0, 10^-4, exp(2.0)), a ratio's second term (7.4:1), an uncertainty (± 1e-4)
_EXPONENT_BEFORE = re.compile(r"(?:\^\s*\{?\s*|(?:\\|\b)exp\s*\(\s*|\d\s*:\s*|±\s*)$", re.I)
_POWER_AFTER = re.compile(r"^\s*\^")
# an operand of a comparison of two values: -1.1 > -3.1, -3.1 vs -1.1
_COMPARISON_BEFORE = re.compile(r"(?:[<>≤≥≪≫]|\bvs\.?|\bversus)\s*$", re.I)
_COMPARISON_AFTER = re.compile(r"^\s*(?:[<>≤≥≪≫]|vs\b|versus\b)", re.I)
# an operator and an operand after a number: it opens an expression ("(= -3.6492 + 4.9718)"), it is no result
_OPERAND_AFTER = re.compile(r"^\s*[-+−*/×·]\s*\(?\s*[-+−]?[\d.]")

_CONTEXT = 80  # characters either side of a number that say what it is (bounds the work on a long line)
Found = tuple[float, int, int, int]  # value, line, start column, end column (1-based)


def _ratio_or_power(line: str, start: int, end: int) -> bool:
    """The number at line[start:end] is an exponent, a base, an uncertainty or a ratio, not a value."""
    before, after = line[max(0, start - _CONTEXT) : start], line[end : end + _CONTEXT]
    return bool(
        _EXPONENT_BEFORE.search(before)
        or _POWER_AFTER.match(after)
        or _RATIO_AFTER.match(after)
        or _EXPONENTIAL_MEMBER.search(before)
    )


def _numbers(line: str, start: int) -> tuple[list[tuple[int, int]], ...]:
    """The numbers of `line` from column `start`: (results after `=`, results after `≈`, plain values, all), as
    spans."""
    results, about, plain, every = [], [], [], []
    for m in NUMBER.finditer(line, start):
        span = (m.start(), m.end())
        every.append(span)
        before, after = line[max(0, m.start() - _CONTEXT) : m.start()], line[m.end() : m.end() + _CONTEXT]
        if _ratio_or_power(line, *span) or _SETTING.search(before):
            continue
        if _AFTER_EQUALS.search(before) and not _OPERAND_AFTER.match(after):
            results.append(span)
        if _AFTER_ABOUT.search(before) and not _OPERAND_AFTER.match(after):
            about.append(span)
        if not (_COMPARISON_BEFORE.search(before) or _COMPARISON_AFTER.match(after)):
            plain.append(span)
    return results, about if not results else [], plain, every


def stated_value(sections: Sections, part: str) -> Found | None:
    """The value a part states: the last result after `=` (else after `≈`) of its last line with one; else the first plain
    value of its last line with one; else the first number of its last line with a number. A number
    compared with another (-1.1 > -3.1), an exponent or a ratio (e^2.0 ≈ 7.4, 7.4:1) and a setting (k = 1)
    is a remark around the value, not the value; a name set to a word (y_2 = learning) states none."""
    tiers: list[Found | None] = [None, None, None, None]
    for number in sections.line_numbers(part):
        line = sections.lines[number - 1].replace("−", "-")
        spans = _numbers(line, sections.heading.get(number - 1, 0))
        for tier, found in enumerate(spans):
            if found:
                a, b = found[-1] if tier <= 1 else found[0]
                tiers[tier] = (float(line[a:b]), number, a + 1, b + 1)
    return next((found for found in tiers if found is not None), None)
