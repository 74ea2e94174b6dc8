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


# the same row as a table's (`| 2 | capital | -0.0099 | -0.0452 |`): its last two cells the value and the total,
# the bar between them read as the arrow
_TABLE_ROW = re.compile(
    r"^(?P<label>[ \t]*\|(?:[^|\n]*\|)*?)[ \t]*"
    rf"(?P<value>{_NUMBER})[ \t]*(?P<arrow>\|)[ \t]*(?P<total>{_NUMBER})[ \t]*(?P<end>\|?)[ \t]*$"
)


def _number(text: str) -> float:
    return float(text.replace("−", "-"))


def running_rows(lines: list[str]) -> list[str]:
    """The lines with each block of running-sum rows written as the additions it keeps (columns kept)."""
    out = list(lines)
    i = 0
    while i < len(lines):
        block: list[re.Match[str]] = []
        row = _TABLE_ROW if _TABLE_ROW.match(lines[i]) else _ROW
        while i + len(block) < len(lines) and (m := row.match(lines[i + len(block)])) is not None:
            block.append(m)
        if (
            len(block) >= 2
            and _starts_a_sum(block)
            and all(len(m["label"]) >= 2 for m in block[1:])
            and (row is _ROW or _adds_up(block))
        ):
            for k, m in enumerate(block):
                out[i + k] = _addition(m, first=k == 0)
        i += max(len(block), 1)
    return out


def _adds_up(block: list[re.Match[str]]) -> bool:
    """A table's last column a running sum, not a product or another column: most of its rows add their value
    to the total above (a slip or two is what the reading is for)."""
    adds = sum(
        abs(_number(b["total"]) - _number(a["total"]) - _number(b["value"])) <= 1.5 * _unit(b["total"])
        for a, b in zip(block, block[1:], strict=False)
    )
    return 2 * adds >= len(block) - 1


def _unit(text: str) -> float:
    """One unit of the last digit a number is written to."""
    return 10.0 ** -len(text.partition(".")[2]) if "." in text else 1.0


def _starts_a_sum(block: list[re.Match[str]]) -> bool:
    first = block[0]
    return abs(_number(first["value"]) - _number(first["total"])) <= 1e-12


def _addition(m: re.Match[str], first: bool) -> str:
    """One row as a statement: `value = total`, after `+ ` for a row that adds to the total before it."""
    label = " " * len(m["label"]) if first else " " * (len(m["label"]) - 2) + "+ "
    arrow = "=".ljust(len(m["arrow"]))
    line = m.string
    rest = line[m.end("arrow") :]
    if "end" in m.re.groupindex and m["end"]:  # a table row's closing bar
        at = m.start("end") - m.end("arrow")
        rest = rest[:at] + " " + rest[at + 1 :]
    return label + line[m.start("value") : m.start("arrow")] + arrow + rest
