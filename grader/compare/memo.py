"""A memo's paragraph numbers (1.1, 2.3) and footnotes ([1] …): blanked before reading, columns kept."""

from __future__ import annotations

import re

# a paragraph's number at the start of its line, "2.1 " (or "2.1. "); not an operator's operand ("1.1 / 2")
_PARAGRAPH = re.compile(r"^\s*(?P<major>[1-9]\d?)\.(?P<minor>[1-9]\d?)\.?(?=[ \t]+\S)")
_OPERAND = re.compile(r"\s*(?:[-+*/×·^=≈<>:)]|\\(?:times|cdot|approx)\b)")
# a footnote's text, "[1] Jurafsky & Martin …" or Markdown's "[^1]: …", at the start of its line
_FOOTNOTE = re.compile(r"^\s*\[\^?(?P<n>[1-9]\d?)\]:?[ \t]+\S")


def _numbered(lines: list[str]) -> list[tuple[int, int]]:
    """(line, end) of each paragraph number in outline order (1.1, 1.2, 2.1 …): a number that breaks
    the order ("2.0 times as likely" after 3.1) is a value, not a paragraph's number."""
    found: list[tuple[int, int]] = []
    last: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        m = _PARAGRAPH.match(line)
        if m is None or _OPERAND.match(line, m.end()):
            continue
        at = (int(m["major"]), int(m["minor"]))
        follows = (
            at[1] == 1 if last is None else at == (last[0], last[1] + 1) or (at[0] > last[0] and at[1] == 1)
        )
        if follows:
            found.append((i, m.end()))
            last = at
    return found if len(found) >= 2 else []  # one "1.1 …" alone is not an outline


# a footnote's mark set in the text, right after what it annotates ("rule,[1]", "B.[^1]")
_MARK = re.compile(r"(?<=\S)\[\^?(?P<n>[1-9]\d?)\]")


def _footnotes(lines: list[str]) -> dict[int, str]:
    """Each footnote's line and its mark, when the mark is also set in the text ("rule,[1]", "B.[^1]").
    Linear in the lines: where each mark is set is found once."""
    marked: dict[str, set[int]] = {}
    for i, line in enumerate(lines):
        for m in _MARK.finditer(line):
            marked.setdefault(m["n"], set()).add(i)
    out = {}
    for i, line in enumerate(lines):
        m = _FOOTNOTE.match(line)
        if m is not None and marked.get(m["n"], set()) - {i}:
            out[i] = m["n"]
    return out


def blanked(lines: list[str]) -> list[str]:
    """The lines with paragraph numbers, footnotes and footnote marks blanked: they cite and number,
    they are neither work nor the answer."""
    out = list(lines)
    for i, end in _numbered(lines):
        out[i] = " " * end + out[i][end:]
    notes = _footnotes(lines)
    if notes:
        marks = re.compile(r"(?<=\S)\[\^?(?:" + "|".join(sorted(set(notes.values()))) + r")\]")
        for i, line in enumerate(out):
            out[i] = " " * len(line) if i in notes else marks.sub(lambda m: " " * len(m.group(0)), line)
    return out
