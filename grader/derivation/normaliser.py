"""The softmax normaliser written loosely: `Σ exp(row 1)`, `Σ e^z(Zeile 2)`, `sum exp(row1)`, `logsumexp(z)`,
`lse(row2)`, `Σ_v e^{z^{(1)}_v}`, `Σ exp(z) after x`.

The grammar has no reading of "the sum of the exponentials of a row" (which row is said in words, in any
language, or by a superscript), so a line holding one was a parse error and right work went for review. It is
the student's name for a value, judged where the value is used: the probability worked from it is checked
against the model. So the item of a chain that holds it is passed over with the relation before it
(`Z₁ = Σ exp(row 1) = 7.9498` reads `Z₁ = 7.9498`; `Pr(the|x) = e^0.629 / Σ e^z(row 1) = 1.8757 / 7.9498`
reads `Pr(the|x) = 1.8757 / 7.9498`); where it opens the chain it becomes the name Z (`Σ exp = 7.9498` reads
`Z = 7.9498`). Columns stay. Only for a model with logits.
"""

from __future__ import annotations

import re

# the sum of exponentials, over a row said any way, or its log-sum-exp
_ROW = r"(?:\s*\((?:[^()=]|\([^()=]*\)){0,40}\))?"  # (row 1), (z), (第一行), (logits después de x, the)
_EXPONENTIAL = (
    r"(?:exponentials?|exp(?![a-z])|e\s*\^\s*(?:\{(?:[^{}=]|\{(?:[^{}=]|\{[^{}=]*\})*\})*\}|z[\w⁽⁾¹²]*))"
)
_NORMALISER = re.compile(
    r"(?:(?<![\w\\])(?:\\?(?:ln|log)\s*)?"
    r"(?:Σ|∑|\\sum|(?<![\w])sum(?![\w]))\s*(?:_\s*\{?\s*v\s*\}?\s*)?(?:of\s+(?:the\s+)?)?"
    rf"{_EXPONENTIAL}{_ROW}(?:\s+(?:over|after|of|for)\s+(?:row\s*\d|x(?:\s*,\s*the)?)(?![\w]))?"
    r"|(?<![\w\\])(?:logsumexp|lse\d?|\\operatorname\{LSE\}|LSE)\s*\((?:[^()=]|\([^()=]*\)){0,40}\)"
    r"|(?<![\w])(?:Σ|∑)\s*row[- ]?\d)",
    re.IGNORECASE,
)
_MOST_PER_LINE = 12
_OWN_NAME = re.compile(r"[^\W\d_]{1,3}(?:_?\{?\d{1,2}\}?|[₀-₉]{1,2})")
_RELATIONS = ("=", "≈", "＝", "≅")
_SEPARATORS = frozenset("=≈＝≅,;:，；：$>→|")
# what may open an item before its maths: spaces, emphasis, a code span's mark, LaTeX's alignment and spacing
_LEAD = re.compile(r"(?:[\s*_`&]|\\q?quad(?![A-Za-z])|\\[,;:! ])*")


def normaliser_names(lines: list[str]) -> list[str]:
    """The lines with every item holding a loosely written normaliser passed over (see the module)."""
    return [_rewritten(line) if _NORMALISER.search(line) else line for line in lines]


def _rewritten(line: str) -> str:
    out = line
    found = list(_NORMALISER.finditer(line))
    if len(found) > _MOST_PER_LINE:
        return line  # no line of working names so many: each found costs a walk along its item
    for m in reversed(found):
        start = _item_start(out, m.start())
        end = _item_end(out, m.end())
        before = out[:start].rstrip()
        if before.endswith(_RELATIONS) and not before.endswith("=="):
            # `A = <item> = B`: the item and the relation before it go
            cut = len(before) - 1
            out = out[:cut] + " " * (end - cut) + out[end:]
        elif out[end:].lstrip().startswith(_RELATIONS) and not _OWN_NAME.fullmatch(
            out[m.end() : end].strip()
        ):
            # it opens the chain: the normaliser's name, unless a name of the student's own follows it ("Sum of
            # exponentials Z1 = …": Z1 is theirs, defined there)
            out = out[:start] + "Z".ljust(end - start) + out[end:]
    return out


def _separates(line: str, k: int) -> bool:
    """Does line[k] part two chain items: a relation, a comma or a colon (not a decimal comma), a semicolon,
    a maths delimiter, an arrow's head?"""
    c = line[k]
    if c in ",，" and 0 < k < len(line) - 1 and line[k - 1].isdigit() and line[k + 1].isdigit():
        return False  # 0,629: a decimal comma
    return c in _SEPARATORS


def _item_start(line: str, at: int) -> int:
    """Where the chain item around `at` starts: after the separator before it at bracket depth 0, past the
    spaces, emphasis and LaTeX spacing that open it."""
    depth = 0
    k = at
    while k > 0:
        c = line[k - 1]
        depth += 1 if c in ")]}" else -1 if c in "([{" else 0
        if depth < 0 or depth == 0 and _separates(line, k - 1):
            break
        k -= 1
    lead = _LEAD.match(line, k, at)
    return lead.end() if lead else k


def _item_end(line: str, at: int) -> int:
    """Where the chain item that holds `at` ends: before the next separator at bracket depth 0 (an arrow's
    two signs included)."""
    depth = 0
    k = at
    while k < len(line):
        c = line[k]
        depth += 1 if c in "([{" else -1 if c in ")]}" else 0
        if depth < 0 or depth == 0 and (_separates(line, k) or line.startswith(("->", "=>"), k)):
            break
        k += 1
    return k
