"""Rows of a running sum: a label (an index, a token), the row's value, an arrow, and the total so far.

     i=1 The      -0.0353 -> -0.0353
     i=2 capital  -0.0099 -> -0.0452

Such a block is read as the additions it keeps: the first row states its value as the total so far
("-0.0353 = -0.0353"), each later row adds its value to the total before it ("+ -0.0099 = -0.0452", which
the reader of statements carries on from the line above), so a slip in a total is shown on its row. A block
is two rows or more, its first row's total its own value (what makes it a running sum, not a list of
conversions); its labels become spaces, so every column stays where the student wrote it.
"""

from __future__ import annotations

import re

_NUMBER = r"[-−]?+(?:\d++(?:\.\d*+)?+|\.\d++)"  # possessive: a long run of digits is read once
_ROW = re.compile(
    r"^(?P<label>[ \t]*(?:[-*•][ \t]+)?(?:[itk][ \t]*=[ \t]*\d{1,3}[ \t]+)?"
    r"(?:(?:</?s>|[^\s\d+\-−.=<>|]\S{0,30}|\.)[ \t]+)?)"
    rf"(?P<value>{_NUMBER})[ \t]*(?P<arrow>->|→|=>|⇒|⟶)[ \t]*(?P<total>{_NUMBER})[ \t]*$"
)


def _number(text: str) -> float:
    return float(text.replace("−", "-"))


def running_rows(lines: list[str]) -> list[str]:
    """The lines with each block of running-sum rows written as the additions it keeps (columns kept)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        block = []
        while i + len(block) < len(lines) and (m := _ROW.match(lines[i + len(block)])) is not None:
            block.append(m)
        if len(block) >= 2 and _starts_a_sum(block) and all(len(m["label"]) >= 2 for m in block[1:]):
            for k, m in enumerate(block):
                out[i + k] = _addition(m, first=k == 0)
        i += max(len(block), 1)
    return out


def _starts_a_sum(block: list[re.Match[str]]) -> bool:
    first = block[0]
    return abs(_number(first["value"]) - _number(first["total"])) <= 1e-12


def _addition(m: re.Match[str], first: bool) -> str:
    """One row as a statement: `value = total`, after `+ ` for a row that adds to the total before it."""
    label = " " * len(m["label"]) if first else " " * (len(m["label"]) - 2) + "+ "
    arrow = "=".ljust(len(m["arrow"]))
    line = m.string
    return label + line[m.start("value") : m.start("arrow")] + arrow + line[m.end("arrow") :]
