"""Spreadsheet cell formulas pasted or retyped into an answer, read as the maths they mean.

A cell formula is maths in another spelling: `=LN(0.5)`, `=LOG(0.5;2)`, `=POTENZ(0,5;2)`, `=SUMME(…)`.
Nothing typed is evaluated; each call of a spreadsheet function is rewritten into the notation the
derivation grammar reads (`ln(0.5)`, `log_2(0.5)`, `(0,5)^(2)`, `(a+b)`), padded with spaces so that the
characters after it keep their columns where the rewrite is no longer than the call.

- The `=` that opens a cell (at a line's start, after a tab, a `|`, a backtick, bold, a cell's address or
  another relation) is no relation and is blanked; a glued `=` after maths (`p1 =EXP(-1.2)`) stays one.
- A formula whose arguments are cells or ranges (`=SUM(C2:C5)`, `=EXP(-B4)`, `=LN(B)`) cannot be valued:
  it is blanked. The value the sheet shows after it (`= 6.3219`, `→ 1.7333`, or the next column) is what
  the student states, as a notebook's printed output is: a label to its left names it (`PPL  = 1.733`).
- A tab- or pipe-separated row's number or a cell's address before a formula names a place, not a value,
  and is blanked.

Function names are read in any case, in the common locales' spellings (a row per meaning below). An
argument list split by `;` (the locales with decimal commas) keeps its commas as decimal commas for
`decimal_commas` to read; an upper-case English name (`LOG(5,2)`) splits at `,` as Excel's English does.
"""

from __future__ import annotations

import re

from grader.maths.brackets import split_outside_brackets

# meaning -> the spellings of the locales (English, German, French, Spanish, Italian, Dutch, Portuguese)
_NAMES: dict[str, tuple[str, ...]] = {
    "ln": ("LN",),
    "exp": ("EXP",),
    "log": ("LOG",),  # LOG(x) is base 10, LOG(x; b) base b
    "log10": ("LOG10",),
    "sqrt": ("SQRT", "WURZEL", "RACINE", "RAIZ", "RADQ", "WORTEL", "RAIZQ"),
    "power": ("POWER", "POTENZ", "PUISSANCE", "POTENCIA", "POTENZA", "MACHT", "POTÊNCIA"),
    "sum": ("SUM", "SUMME", "SOMME", "SUMA", "SOMMA", "SOM", "SOMA"),
    "product": ("PRODUCT", "PRODUKT", "PRODUIT", "PRODUCTO", "PRODOTTO", "PRODUCT", "PRODUTO"),
    "mean": ("AVERAGE", "MITTELWERT", "MOYENNE", "PROMEDIO", "MEDIA", "GEMIDDELDE", "MÉDIA"),
}
_MEANING = {name: meaning for meaning, names in _NAMES.items() for name in names}
# longest first, so LOG10 is not read as LOG; a name glued to a word (`SUMPRODUCT`, `logsumexp`) is none
_CALL = re.compile(
    r"(?<![A-Za-z0-9_.\\])("
    + "|".join(sorted((re.escape(n) for n in _MEANING), key=len, reverse=True))
    + r")\(",
    re.IGNORECASE,
)
# what a formula that can be valued is made of once its calls are rewritten
_VALUED = re.compile(r"[\d.,;:+\-*/^%() \t]*")
_READ_NAME = re.compile(r"log_\d+|log10|ln|exp|sqrt|log")
# the `=` of a cell, glued to its formula's first character
_FORMULA = re.compile(r"=(?=[-+(]*(?:[A-Za-z$#]|\d|\.\d))")
# what may stand right before a cell's `=`: nothing, a tab, `|`, a backtick, bold, another relation
_CELL_OPENS = re.compile(r"(?:^|[\t|`*]|[=≈:→][ \t]*|->[ \t]*|^[ \t]*[-•][ \t]+)[ \t]*$")
# where a `=` glued to numbers alone opens a cell (at a line's start it carries on the line above)
_NUMBERS_CELL = re.compile(r"(?:[`\t]|\|[ \t]+|[=≈][ \t]+)[ \t]*$")
# a cell's address (`B7`, `$C$2`) or a row's number as the first cell of a row
_ADDRESS = re.compile(r"^([ \t|]*)(\$?[A-Z]{1,2}\$?\d{1,4}|\d{1,3})(?=[ \t]*[\t|]|[ \t]+=|[ \t]{2,})")
# a cell's address as a row's first cell, right before its formula (`| B7 `=SUM(…)``)
_ADDRESS_BEFORE = re.compile(r"^([ \t|]*)(\$?[A-Z]{1,2}\$?\d{1,4})(?=[ \t`*]*$)")
_SHOWN = re.compile(
    r"(?P<gap>(?:[ \t`|]|\*\*)*+)(?P<rel>=|≈|→|->|=>)?(?P<pad>[ \t*`]*+)"  # possessive: no backtracking
    r"(?P<value>[-−+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?)(?![\w(])"
)


def _arguments(inner: str, upper_english: bool) -> list[str]:
    """A call's arguments: split at `;` when it has one (its commas are decimal commas), else at `,` for an
    upper-case English name (Excel's English), else one argument."""
    parts = split_outside_brackets(inner, ";")
    if len(parts) > 1:
        return parts
    if upper_english:
        return split_outside_brackets(inner, ",")
    return [inner]


def _spelled(meaning: str, args: list[str]) -> str | None:
    """The call in the grammar's notation, or None when it is no call of that meaning."""
    args = [a.strip(" \t") for a in args]
    if not all(args):
        return None
    if meaning in ("ln", "exp", "sqrt", "log10") and len(args) == 1:
        return f"{meaning}({args[0]})"
    if meaning == "log" and len(args) == 1:
        return f"log10({args[0]})"
    if meaning == "log" and len(args) == 2 and re.fullmatch(r"\d{1,2}", args[1]):
        return f"log_{args[1]}({args[0]})"
    if meaning == "power" and len(args) == 2:
        return f"({args[0]})^({args[1]})"
    if meaning in ("sum", "mean"):
        total = args[0] + "".join(a if a.startswith(("-", "−")) else "+" + a for a in args[1:])
        return f"({total})" if meaning == "sum" else f"({total})/{len(args)}"
    if meaning == "product":
        return "(" + "*".join(args) + ")"
    return None


def _closers(text: str) -> dict[int, int]:
    """Where each closed `(` of `text` closes, in one pass."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            pairs[stack.pop()] = i
    return pairs


def _rewrite_calls(text: str, in_formula: bool) -> str:
    """Every spreadsheet call in `text` in the grammar's notation, innermost first; a rewrite no longer than
    the call is padded after it with spaces, so the columns after it stay. Outside a cell formula only an
    upper-case name is a spreadsheet's (`SUM(…)`, not `sum(…)`), and `LOG(x)` alone keeps the problem's base."""
    for _ in range(20):  # nested calls: one pass per level
        changed = False
        out, at = [], 0
        closing = _closers(text)
        for m in _CALL.finditer(text):
            if m.start() < at:
                continue
            opening = m.end() - 1
            close = closing.get(opening)
            if close is None:
                continue
            inner = text[opening + 1 : close]
            if any(c.group(1) not in _GRAMMAR for c in _CALL.finditer(inner)):
                continue  # its arguments first
            name = m.group(1)
            meaning = _MEANING[name.upper()]
            if not in_formula and (
                not name.isupper() or (meaning == "log" and ";" not in inner and "," not in inner)
            ):
                continue
            if name.islower() and meaning in ("ln", "exp", "sqrt", "log", "log10") and ";" not in inner:
                continue  # the grammar's own spelling
            spelled = _spelled(meaning, _arguments(inner, name.isupper() and name.upper() in _ENGLISH))
            if spelled is None or (not in_formula and not _valued(spelled)):
                continue  # outside a formula only a call of numbers: "(=PRODUCT(A1:A4))" stays as written
            width = close + 1 - m.start()
            out.append(text[at : m.start()] + spelled + " " * max(width - len(spelled), 0))
            at = close + 1
            changed = True
        out.append(text[at:])
        text = "".join(out)
        if not changed:
            break
    return text


_LONGEST = 800  # characters: a longer line is no sheet's row
_NEAR = 64  # characters before a `=` that say whether it opens a cell
_GRAMMAR = {"ln", "exp", "sqrt", "log", "log10"}  # spelled as the grammar reads them
_ENGLISH = {"LN", "EXP", "LOG", "LOG10", "SQRT", "POWER", "SUM", "PRODUCT", "AVERAGE"}


def _formula_end(line: str, start: int) -> int:
    """Where the formula opening at `start` (just after its `=`) ends: at a space, tab, `|`, backtick, bold
    or `[` outside brackets, or the line's end."""
    depth = 0
    for i in range(start, len(line)):
        ch = line[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and (ch in " \t|`[=≈→" or line.startswith("**", i)):
            return i
    return len(line)


def _of_sheet(body: str, any_case: bool) -> bool:
    """Is this a spreadsheet's formula: a call the grammar does not spell so (`LN(`, `SUMME(`; in a cell also
    `sum(…)`), or in a cell a cell's address or a range? A `=` glued to numbers alone (`=0.25*0.33`, a
    line carried on from the one above) or to `exp(…)` is ordinary maths."""
    for call in _CALL.finditer(body):
        name = call.group(1)
        if name.isupper() or (any_case and name.lower() not in _GRAMMAR):
            return True
    return any_case and _ADDRESSES.search(body) is not None


def _valued(formula: str) -> bool:
    """Can the grader value this formula (numbers, operators and the grammar's functions only)?"""
    bare = _READ_NAME.sub("", formula)
    return _VALUED.fullmatch(bare) is not None and re.search(r"\d", bare) is not None and ".." not in bare


def _blank(line: str, start: int, end: int) -> str:
    return line[:start] + " " * (end - start) + line[end:]


def _label_left(left: str) -> bool:
    """Is there a label on the cell's left (words or maths naming what the formula gives)?"""
    left = _ADDRESSES.sub(" ", left)
    return re.search(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff)]", left) is not None


_ADDRESSES = re.compile(r"(?<![A-Za-z0-9_])\$?[A-Z]{1,2}\$?\d{1,4}(?![A-Za-z0-9_(])")


def _read_line(line: str) -> str:
    if len(line) > _LONGEST or "=" not in line:
        return line  # no sheet's row is this long: a hostile line is not scanned
    formulas = []
    for m in _FORMULA.finditer(line):
        # what opens a cell is near its `=`: the text before, cut to a window (a cut one opens nothing)
        left = line[: m.start()] if m.start() <= _NEAR else "x" + line[m.start() - _NEAR : m.start()]
        cell = _CELL_OPENS.search(_strip_address(left)) is not None
        body = line[m.end() : _formula_end(line, m.end())]
        if cell and _of_sheet(body, any_case=True):  # `=LN(…)`, `=SUM(C2:C5)`, `=sum(0,5;0,25)` in a cell
            formulas.append((m, cell))
        elif cell and (_strip_address(left) != left or _NUMBERS_CELL.search(left)) and _valued(body):
            formulas.append((m, cell))  # `B2 =(2+1)/(3+11)`, `` `=0.25*0.33` ``, `| =0.5 |`, `= =0.22^(-1/2)`
        elif not cell and _CALL.match(body, len(body) - len(body.lstrip("-+("))) and _of_sheet(body, False):
            formulas.append((m, cell))  # `p1 =EXP(-1.2)` after maths
    if formulas and formulas[0][1]:
        address = _ADDRESS.match(line) or _ADDRESS_BEFORE.match(line[: formulas[0][0].start()])
        if address is not None and address.end() <= formulas[0][0].start():
            line = _blank(line, address.start(2), address.end(2))
    for m, cell in reversed(formulas):
        end = _formula_end(line, m.end())
        formula = _rewrite_calls(line[m.end() : end], in_formula=True)
        if _valued(formula):
            line = line[: m.end()] + formula + line[end:]
            left = line[: m.start()].rstrip(" ")
            if cell:
                if not (left.endswith(("\t", "|")) and _label_left(left)):  # `P\t=LN(0.5)`: a relation
                    line = _blank(line, m.start(), m.end())
                shown = _SHOWN.match(line, m.end() + len(formula.rstrip()))
                if shown is not None and shown["rel"] is None and shown["gap"]:
                    # `=LN(2/3)  -0.405465`: the sheet's value beside its formula, the next cell's `|` or a
                    # space between them its relation (a backtick or bold closing the formula stays)
                    gap = shown["gap"]
                    at = shown.start("gap") + (
                        gap.index("|") if "|" in gap else len(gap) - len(gap.lstrip("`*"))
                    )
                    line = line[:at] + "=" + line[at + 1 :]
            continue
        shown = _SHOWN.match(line, end)
        if shown is None:  # cells the grader cannot value, no value shown: a cell is left unread; in prose
            if cell:  # ("and then =PRODUCT(A1:A4), which returned …") the line stays as written
                line = _blank(line, m.start(), end)
            continue
        line = _blank(line, m.start() + (0 if cell else 1), end)
        if not cell:  # `P(…) =PRODUCT(E2:E4) = 0.1165`: the relation before it names the value
            if shown["rel"]:
                line = _blank(line, shown.start("rel"), shown.end("rel"))
            continue
        labelled = _label_left(line[: m.start()])
        if shown["rel"] is None and labelled:
            line = line[: m.start()] + "=" + line[m.start() + 1 :]  # `PPL  =EXP(B6)  1.733` → `PPL = 1.733`
        elif shown["rel"] is not None and not labelled:
            line = _blank(line, shown.start("rel"), shown.end("rel"))  # a bare value, no continuation
    return _rewrite_calls(line, in_formula=False)


def _strip_address(left: str) -> str:
    """The text before a formula without the cell's address or row number right before it."""
    m = re.search(r"(?:^|[\t|])[ \t]*(?:\$?[A-Z]{1,2}\$?\d{1,4}|\d{1,3})[ \t]*$", left)
    return left[: m.start() + 1] if m and m.start() > 0 else ("" if m else left)


def read_sheet(lines: list[str]) -> list[str]:
    """The lines with each cell formula read as the maths it means (same count of lines)."""
    return [_read_line(line) for line in lines]
