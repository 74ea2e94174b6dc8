"""A line cut into pieces where a label opens a part in its middle, as a phone's answer box writes a whole
answer: "Full model: … = −1.1. Window model: … = −3.1. Gap: … = 2.0." is read as the three lines it means.

A label opens a part mid-line only after a sentence's end (". ", "! ", "? ", ";") outside brackets; which
words are a label is the kind's to say (its own word tables). Each piece is a line of its own for the
kind's reader, written as the line it came from with every column outside the piece blanked, so every
column a reader reports is the column as written; `number` and `joined` give the line numbers back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# a sentence's end: a stop, an exclamation or a question followed by a space; a semicolon. Not a decimal
# point (−1.1), nor the dot of an abbreviation run into the next word, nor the last dot of one written
# with a dot after each letter ("i.e. the k = 2 column:", "z.B.", "d.h.")
_END = re.compile(r"(?<![^\W\d_]\.[^\W\d_])[.!?](?=\s)|;")
_OPEN, _CLOSE = "([{", ")]}"
# bounds on hostile text: a label is judged on its sentence, at most this many characters of it, and a line
# is cut into at most this many pieces (an answer has a handful of parts)
_LOOK = 300
_MAX_PIECES = 8


@dataclass(frozen=True)
class Pieces:
    """The pieces of some lines, each written as a line, and which line and columns each came from."""

    lines: list[str]  # per piece: its line with the columns before it blanked, up to the piece's end
    origin: tuple[int, ...]  # per piece: the 0-based index of the line it was cut from
    start: tuple[int, ...]  # per piece: its first column in that line
    count: int  # how many lines were cut

    def number(self, piece: int) -> int:
        """The 1-based number of the line that the 1-based `piece` was cut from."""
        return self.origin[piece - 1] + 1 if 1 <= piece <= len(self.origin) else piece

    def joined(self, pieces: list[str]) -> list[str]:
        """Pieces read by a kind (blanked or edited column for column; "" for a piece left out) laid back
        over the lines they were cut from: one line per line, every kept column where it was written."""
        out: list[list[str]] = [[] for _ in range(self.count)]
        for k, text in enumerate(pieces):
            out[self.origin[k]].append(text)
        joined = []
        for i, texts in enumerate(out):
            if len(texts) == 1:
                joined.append(texts[0])  # a line not cut: as the reader left it
                continue
            first = self.origin.index(i)
            line = ""
            for j, text in enumerate(texts):
                start = self.start[first + j]
                last = j == len(texts) - 1
                end = len(text) if last else self.start[first + j + 1]
                piece = text[start:end]
                line = line.ljust(start) + piece if len(line) <= start else line + piece
            joined.append(line if line.strip() else "")
        return joined


def _skipped(char: str) -> bool:
    """What may stand between a sentence's end and the label after it: spaces, an emoji or a tick."""
    return char.isspace() or unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")


def cut_at_labels(lines: list[str], opens: Callable[[str], bool]) -> Pieces:
    """`lines` cut wherever `opens` (called with the sentence that starts at a candidate's first letter, up
    to the next sentence's end) says a label opens a part after a sentence's end outside brackets; lines
    with no such label stay whole."""
    pieces: list[str] = []
    origin: list[int] = []
    starts: list[int] = []
    for i, line in enumerate(lines):
        cuts = [0]
        depth = 0
        ends = [m.end() for m in _END.finditer(line)]
        at_end = set(ends)
        following = iter([*ends, len(line)])
        for k, char in enumerate(line):
            if char in _OPEN:
                depth += 1
            elif char in _CLOSE:
                depth = max(depth - 1, 0)
            if depth or k + 1 not in at_end or len(cuts) >= _MAX_PIECES:
                continue
            at = k + 1
            while at < len(line) and _skipped(line[at]):
                at += 1
            stop = next((e for e in following if e > at), len(line))
            if cuts[-1] < at < len(line) and opens(line[at : min(stop, at + _LOOK)]):
                cuts.append(at)
        for j, start in enumerate(cuts):
            end = cuts[j + 1] if j + 1 < len(cuts) else len(line)
            pieces.append(line if len(cuts) == 1 else " " * start + line[start:end])
            origin.append(i)
            starts.append(start)
    return Pieces(pieces, tuple(origin), tuple(starts), len(lines))
