"""A word the student defines as a name (`total = −0.2748`, `avg = total/7`) read as that name in maths.

The grammar reads letters, not words: a word between operators (`total/7`) is prose to it, so the line was
not read and a wrong step on it went unseen. A word becomes a name only where the student defines it, at the
start of a line or after a bullet (`word = …` or `word := …`, the word before any other maths on the line),
and is read as one where maths touches it (an operator, a relation or a bracket beside it), never inside the
events of a probability or a count (`P(total | x)` names a token). Words the grammar already gives a meaning
(log, exp, sum, perplexity, …) and answer labels keep theirs.

The word is marked in place, its first letter swapped for a private-use character that encodes it, so the
line keeps its length and every column stays exact; `name_of` gives the word back.
"""

from __future__ import annotations

import re

_MARK = 0xE000  # private use: chr(_MARK + ord(letter)) stands for a defined word's first letter
# a defined word: at the start of a line, or after a bullet or a step's label
_DEFINITION = re.compile(
    r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?P<word>[A-Za-z][a-z]{2,}(?:_[a-z]+)?)\s*(?::=|=(?!=))\s*(?=\S)"
)
_WORD = re.compile(r"(?<![\\A-Za-z_])[A-Za-z][a-z]{2,}(?:_[a-z]+)?(?![A-Za-z_(])")
# words with a meaning of their own in maths: functions, LaTeX's names, quantities, units (never prose)
MATH_WORDS = {
    "log",
    "ln",
    "lg",
    "exp",
    "sum",
    "prod",
    "frac",
    "sqrt",
    "cdot",
    "times",
    "left",
    "right",
    "text",
    "mathrm",
    "approx",
    "mid",
    "dots",
    "ldots",
    "langle",
    "rangle",
    "boxed",
    "mathbb",
    "operatorname",
    "ppl",
    "nll",
    "nats",
    "bits",
    "perplexity",
    "log2",
    "log10",
    "displaystyle",
    "quad",
}
# and what else a defined word may not be: a function the grammar reads, an answer label, prose glue
_RESERVED = MATH_WORDS | {
    "lb",
    "ld",
    "print",
    "count",
    "nat",
    "bit",
    "answer",
    "ans",
    "result",
    "final",
    "and",
    "the",
    "then",
    "thus",
    "hence",
    "with",
    "where",
    "for",
    "step",
}
_MATHS_BESIDE_BEFORE = re.compile(r"[-+*/×·^=≈(−]\s*$")
_MATHS_BESIDE_AFTER = re.compile(r"\s*[-+*/×·^=≈)−]")
_EVENTS_OPEN = re.compile(r"(?:\\Pr|(?<![A-Za-z\\])(?:Pr|PR|pr|P|p|C|c|Count|count))\s*\($")


def name_of(marked: str) -> str:
    """The word a marked name stands for."""
    return chr(ord(marked[0]) - _MARK) + marked[1:]


def _inside_events(line: str, at: int) -> bool:
    """Is position `at` inside the brackets of a probability or a count (`P(total | x)`)?"""
    depth = 0
    for i in range(at - 1, -1, -1):
        c = line[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return bool(_EVENTS_OPEN.search(line[: i + 1]))
            depth -= 1
    return False


def own_words(lines: list[str]) -> list[str]:
    """The lines with every use of a word the student defines as a name marked as that name, and its
    definition with it; a word defined and never used in maths after its definition stays as written (a
    labelled result, "total = … = -0.2748", reads as it always has)."""
    defined: dict[str, tuple[int, int]] = {}  # word -> (line index, column) of its first definition
    uses: dict[str, list[tuple[int, int]]] = {}
    for k, line in enumerate(lines):
        m = _DEFINITION.match(line)
        if m and m["word"].lower() not in _RESERVED and m["word"] not in defined:
            defined[m["word"]] = (k, m.start("word"))
        for w in _WORD.finditer(line):
            word = w.group()
            if word not in defined or (k, w.start()) == defined[word] or _inside_events(line, w.start()):
                continue
            if _MATHS_BESIDE_BEFORE.search(line, 0, w.start()) or _MATHS_BESIDE_AFTER.match(line, w.end()):
                uses.setdefault(word, []).append((k, w.start()))
    if not uses:
        return lines
    marked = {defined[word] for word in uses} | {at for found in uses.values() for at in found}
    out = list(lines)
    for k, column in sorted(marked):
        line = out[k]
        out[k] = line[:column] + chr(_MARK + ord(line[column])) + line[column + 1 :]
    return out


# the word `sum` alone as an operand, with nothing after it to sum ("-(1/N) * sum = 0.55", "| -(1/N)·sum |",
# "−sum/2"): a name for the sum worked before it, as a bare Σ is (derivation.check binds Σ to that sum's value);
# the grammar reads `sum` only before what it sums
_LONE_SUM = re.compile(r"(?<![\\A-Za-z_])sum(?=\s*(?:[=≈*/·×)|,;]|$))")
_OPERATOR_BEFORE = re.compile(r"[-−*/·×()]\s*$")


def lone_sums(lines: list[str]) -> list[str]:
    """The lines with each `sum` that stands alone as an operand written as (Σ), column for column."""
    out = []
    for line in lines:
        found = [m for m in _LONE_SUM.finditer(line) if _OPERATOR_BEFORE.search(line, 0, m.start())]
        for m in found:
            line = line[: m.start()] + "(Σ)" + line[m.end() :]  # three columns for three, quoted as written
        out.append(line)
    return out
