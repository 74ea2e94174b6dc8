"""Find the maths in a submission: display blocks, align rows, inline $…$, Answer: lines.

Each piece keeps, for every character, the (line, column) it came from in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from grader.core.precheck import MAX_LINE_LENGTH, MAX_PIECES
from grader.maths.brackets import bracket_end, split_outside_brackets
from grader.maths.dressing import unwrap_notes
from grader.maths.labels import ANSWER_LABEL

_MAX_INLINE = MAX_LINE_LENGTH + 8
_BEGIN_ENV = re.compile(
    r"\\begin\{(align|aligned|equation|eqnarray|gather|multline|split|array)\*?\}(\{[^}]*\})?"
)
_END_ENV = re.compile(r"\\end\{(align|aligned|equation|eqnarray|gather|multline|split|array)\*?\}")
# "+ …" continues a sum; "(2) N = 2", "(iii) PPL = …": an enumeration label before a name, not a factor
_BULLET = re.compile(
    r"^\s*(?:#{1,6}\s+|>\s*|[-*•◦▪‣⁃]\s+|\d+[.)]\s+|\(?[a-z]\)\s+|\((?:\d{1,2}|[ivx]{1,4})\)\s+(?=[^\W\d_]|[\\ΣΠ∑∏]))"
)
# A marker after the maths naming it the answer: "= -0.2748   <- final answer", "… ⇐ answer".
_ANSWER_MARK = re.compile(
    r"(?<=\S)[ \t]+(?:←|<-+|<=+|⇐|⟸)[ \t]*(?:the[ \t]+)?(?:final[ \t]+)?answer\b.*$", re.I
)
# A step's label before its maths, in any language: "Step 2:", "Paso 1:", "Schritt 3)", "Étape 2 –"
# (a dash after a step's number sets the label off, never subtracts), "Ìgbésẹ̀ 2:" (tone marks written
# apart), with Swahili's and Hausa's word for "of" before the number ("Hatua ya 2:", "Mataki na 2:"), "(3)", and "i = 1:", "t=2 :",
# the position a line is about (a colon, never `:=`). Matched at the line's start or after a bullet
# (no `^`: `match(line, pos)` anchors at pos).
STEP_LABEL_WORDS = (
    r"(?:(?:[^\W\d_]|[\u0300-\u036f]){2,}\.?\s*(?:(?:ya|wa|na|ta)\s+)?\d{1,2}\s*(?::(?!=)|[.)](?=\s)|-+(?=\s))"
    r"|\(\d+\)\s*[:.)]|[a-z]\s*=\s*\d+\s*:(?!=)"
    r"|(?:step|paso|passo|schritt|étape|etapa|stap)\s*\d{1,2}(?=\s))"
)
STEP_LABEL = re.compile(rf"\s*{STEP_LABEL_WORDS}\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A run of maths text with the file position of each of its characters."""

    text: str
    positions: tuple[tuple[int, int], ...]  # (line, column), 1-based, one per character
    delimited: bool  # inside $…$, $$…$$, \[…\] or an environment: surely maths
    is_answer: bool
    line: int
    output: bool = False  # a notebook's printed value: "= value" of the input line above, if read
    aside: bool = False  # a statement in brackets beside another one on its line: checked, never continued
    code: bool = False  # typed at a console's or a notebook's prompt: code, read as maths where it is maths
    arrowed: bool = False  # in a clause an arrow opens ("→ negate and exp: e^0.55"), which ends on a result

    def position(self, offset: int) -> tuple[int, int]:
        if not self.positions:
            return (self.line, 1)
        if offset >= len(self.positions):
            line, column = self.positions[-1]
            return (line, column + 1 + offset - len(self.positions))
        return self.positions[max(offset, 0)]


def _piece(line_no: int, start: int, text: str, delimited: bool, is_answer: bool) -> Piece | None:
    text, boxed = unwrap_notes(text)  # same length: an underbrace's note dropped, a box opened
    is_answer = is_answer or boxed  # a boxed value is the answer the student marks as such
    # Trim, keeping positions; drop trailing sentence punctuation.
    left = len(text) - len(text.lstrip())
    body = text.strip()
    end = len(body)  # an index, not repeated slices: a line ending in thousands of commas stays linear
    while (
        end
        and body[end - 1] in ".;,:"
        and not body.endswith("...", 0, end)
        and body[end - 2 : end - 1] != "\\"
    ):
        end -= 1
        while end and body[end - 1].isspace():
            end -= 1
    body = body[:end]
    if not body:
        return None
    positions = tuple((line_no, start + left + i + 1) for i in range(len(body)))
    body, positions = _expand_scripts(body, positions)
    return Piece(body, positions, delimited, is_answer, line_no)


_SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₌ₐₑᵢⱼₖₙₜₒₓₕₗₘₚₛᵣᵤᵥ", "0123456789+-=aeijkntoxhlmpsruv", strict=True))
_SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼ⁱⁿᵏ", "0123456789+-=ink", strict=True))
_RAISED_POINT = "·"  # between raised digits, the decimal point of the exponent: e⁻¹⁰·³⁸⁶² is e^{-10.3862}
# a fraction written as one character: what it stands for (read by every kind)
VULGAR = {
    "½": "1/2",
    "⅓": "1/3",
    "⅔": "2/3",
    "¼": "1/4",
    "¾": "3/4",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
    "⅐": "1/7",
    "⅑": "1/9",
    "⅒": "1/10",
}


def _expand_scripts(
    text: str, positions: tuple[tuple[int, int], ...]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """y₁ → y_{1}, log₂ → log_{2}, 10⁻⁴ → 10^{-4}; every character added keeps its source position."""
    if not any(c in _SUBSCRIPTS or c in _SUPERSCRIPTS or c in VULGAR for c in text):
        return text, positions
    out: list[str] = []
    where: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        if text[i] in VULGAR:  # ½ → (1/2)
            out.extend(["(", *VULGAR[text[i]], ")"])
            where.extend([positions[i]] * (len(VULGAR[text[i]]) + 2))
            i += 1
            continue
        table = _SUBSCRIPTS if text[i] in _SUBSCRIPTS else _SUPERSCRIPTS if text[i] in _SUPERSCRIPTS else None
        if table is None:
            out.append(text[i])
            where.append(positions[i])
            i += 1
            continue
        j = i
        while j < len(text) and (text[j] in table or _raised_point(text, j, table)):
            j += 1
        run = "".join(table.get(c, ".") for c in text[i:j])
        marker = "_" if table is _SUBSCRIPTS else "^"
        if marker == "_" and len(out) >= 2 and out[-1] in "<≤" and out[-2].isalpha():
            # y<ᵢ, y≤ᵢ: the bound is written before the lowered index; it means y_{<i}
            bound, at = out.pop(), where.pop()
            out.extend(["_", "{", bound, *run, "}"])
            where.extend([at, at, at, *positions[i:j], positions[j - 1]])
            i = j
            continue
        out.extend([marker, "{", *run, "}"])
        where.extend([positions[i], positions[i], *positions[i:j], positions[j - 1]])
        i = j
    return "".join(out), tuple(where)


def _raised_point(text: str, j: int, table: dict[str, str]) -> bool:
    """Is text[j] a raised dot between two raised digits (the decimal point of an exponent)?"""
    return (
        table is _SUPERSCRIPTS
        and text[j] == _RAISED_POINT
        and 0 < j < len(text) - 1
        and table.get(text[j - 1], "").isdigit()
        and table.get(text[j + 1], "").isdigit()
    )


def _split_rows(line_no: int, start: int, text: str, is_answer: bool, delimited: bool = True) -> list[Piece]:
    """Split display maths on \\\\ (align rows); `&` and \\nonumber are left for the lexer/dropped."""
    out = []
    offset = 0
    for part in re.split(r"(\\\\(?:\[[^\]]{0,40}\])?)", text):  # bounded: \\[ without ] is not quadratic
        if not part.startswith("\\\\"):
            cleaned = re.sub(
                r"\\(?:nonumber|notag|label\{[^}]*\}|tag\{[^}]*\})", lambda m: " " * len(m.group()), part
            )
            piece = _piece(line_no, start + offset, cleaned, delimited, is_answer)
            if piece:
                out.append(piece)
        offset += len(part)
    return out


# Inline maths is at most a line of maths long: an opener with no closer then costs that much, not
# the rest of a 64 KB line for each opener (quadratic); longer maths is refused later anyway.
_INLINE = re.compile(
    rf"\$\$(.{{1,{_MAX_INLINE}}}?)\$\$|\$(.{{1,{_MAX_INLINE}}}?)\$|\\\((.{{1,{_MAX_INLINE}}}?)\\\)"
)


# Between two pieces of inline maths that one bracket spans, the words an OCR tool set as text
# (`\\( \\operatorname{Pr}( \\) deep \\( \\mid x)=0.4966 \\)`): a few words and commas, no maths of their own.
_SPANNED_GAP = re.compile(r"[^\S\n]*[^\s$\\=<>()]{1,30}(?:[,\s]{1,3}[^\s$\\=<>()]{1,30}){0,3}[,\s]*")
_MAX_SPANNED = 8  # pieces one bracket may span


def _bracket_depth(text: str) -> int:
    return text.count("(") - text.count(")")


def joined_across_words(line: str) -> str:
    """The line with the delimiters inside a bracket that spans several inline pieces blanked, so the
    pieces and the words between them are read as the one piece of maths they are (`Pr(` deep `| x) = …`);
    column for column. Pieces whose brackets do not close within a few pieces are left as they are."""
    found = list(_INLINE.finditer(line))
    chars = list(line)
    i = 0
    while i < len(found):
        depth = _bracket_depth(found[i].group(found[i].lastindex or 0))
        j = i
        while depth > 0 and j + 1 < len(found) and j - i < _MAX_SPANNED:
            gap = line[found[j].end() : found[j + 1].start()]
            if not _SPANNED_GAP.fullmatch(gap):
                break
            j += 1
            depth += _bracket_depth(found[j].group(found[j].lastindex or 0))
        if j > i and depth == 0 and all(m.lastindex != 1 for m in found[i : j + 1]):  # never across $$…$$
            for k in range(i, j):
                close, opener = found[k].end(), found[k + 1].start()
                closer_width = 2 if line[close - 1] == ")" else 1
                opener_width = 2 if line[opener] == "\\" else 1
                chars[close - closer_width : close] = " " * closer_width
                chars[opener : opener + opener_width] = " " * opener_width
            i = j + 1
        else:
            i += 1
    return "".join(chars)


def _inline(line_no: int, line: str, is_answer: bool, base: int = 0) -> tuple[list[Piece], str]:
    """Pieces for each $…$ / \\(…\\) in a line, and the line with them blanked out."""
    if "$" not in line and "\\)" not in line:
        return [], line  # no closer: nothing inline (and no opener is scanned a line's length for one)
    line = joined_across_words(line)
    pieces = []
    blanked = list(line)
    for m in _INLINE.finditer(line):
        group = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        if len(pieces) <= MAX_PIECES:  # past the cap nothing is graded: blanked, not built
            pieces.extend(_split_rows(line_no, base + m.start(group), m.group(group), is_answer))
        for i in range(m.start(), m.end()):
            blanked[i] = " "
    return pieces, "".join(blanked)


# A notebook or console paste: the prompt of an input line and of an output line, in the consoles students
# use: Python `>>> ` and `... `, IPython `In [3]: ` / `Out[3]: `, MATLAB and Octave `>> `, Julia `julia> `,
# Mathematica `In[3]:= ` / `Out[3]= ` (`Out[3]//N= `), R's `[1] ` before printed values, and R's or Maple's
# `> ` before a line of code (an assignment `<-` or a call such as `sum(lp)`; a Markdown quote `> P(am|I) = …`
# is no prompt). A console prints its output on the lines after the input, unprompted.
_PROMPT = re.compile(
    r"^\s*(?:>>>|\.\.\.:?|In\s*\[\s*\d*\s*\]:=?|>>(?!>)|julia>"
    r"|>(?=[ \t]+(?:[A-Za-z_.][\w.]{0,40}[ \t]*(?:<-|:=)|[-+( \t]{0,4}[a-z][a-z0-9_.]{0,30}\()))(?:[ \t]|$)"
)
_SESSION_PROMPT = re.compile(r"^\s*>(?:[ \t]|$)")
_OUT_PROMPT = re.compile(r"^\s*(?:Out\s*\[\s*\d*\s*\](?://\w+)?\s*[:=]|\[\d+\])[ \t]*")
# what MATLAB and Octave print under an input: `ans = -10.3862`, `p = 0.1111`, or `lp =` over its value; a
# row of several numbers is a vector printed, no statement
_NAMED_OUTPUT = re.compile(
    r"^\s*[A-Za-z]\w{0,30}[ \t]*=(?!=)[ \t]*(?=$|[-+]?\.?\d[\d.]*(?:[eE][-+]?\d+)?\s*$)"
)
_PRINTED_NUMBER_ONLY = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def _printed_row(line: str) -> bool:
    """A row of several numbers printed alone on a line (a vector's value), read without backtracking."""
    cells = [c for c in re.split(r"[ \t,]+", line.strip()) if c]
    return len(cells) >= 2 and all(_PRINTED_NUMBER_ONLY.fullmatch(c) for c in cells)


_CODE_ONLY = re.compile(r"\s*(?:import|from|def|class|for|while|with|if|return|print\s*\(\s*\))\b")
_PRINTED_VALUE = re.compile(r"^\s*(?:True|False|None|\[|\(|\{|'|\"|array\(|tensor\()")
_PRINTED_NUMBER = re.compile(r"\s*\(?([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\)?\s*$")


def typed_at_prompt(line: str) -> bool:
    """Is the line typed at a console's prompt (code, whose names are the program's, not the maths')?"""
    return _PROMPT.match(line) is not None


def _output_piece(line_no: int, line: str, start: int, alone: bool = False) -> Piece | None:
    """A printed value as `= value`, continuing the input above it (`alone`: the value by itself, for an
    input that prints nothing); None for other output (True, a list)."""
    m = _PRINTED_NUMBER.match(line, start)
    if m is None:
        return None
    first = (line_no, m.start(1) + 1)
    digits = tuple((line_no, m.start(1) + 1 + i) for i in range(len(m.group(1))))
    if alone:
        return Piece(m.group(1), digits, False, False, line_no)
    return Piece("= " + m.group(1), (first, first) + digits, False, False, line_no, output=True)


# an input that prints nothing: ended by `;`, or only assignments with R's `<-` or Maple's and
# Mathematica's `:=` (`> full <- -0.7 + -0.4; win <- -2.2 + -0.9`)
_ASSIGNS = re.compile(r"[ \t]*[A-Za-z_.][\w.]{0,40}[ \t]*(?:<-|:=)[^;#%]*")


def _prints_nothing(code: str) -> bool:
    """Does the code typed at a prompt print nothing, so a value printed under it is no value of its own?"""
    code = re.split(r"[#%]", code, maxsplit=1)[0].rstrip()  # a remark after it says nothing printed
    if code.endswith(";"):
        return True
    statements = [s for s in code.split(";") if s.strip()]
    return bool(statements) and all(_ASSIGNS.fullmatch(s.rstrip()) for s in statements)


_TRAILING_COMMENT = re.compile(r"(?<=\S)[ \t]+#[ \t]")  # code-style "  # …" after a statement
# MATLAB/Octave's (and LaTeX's) remark after a statement: "p = 0.5*0.4;   % from the table". A percent
# sign one space after a number ("25 % of them") is a percentage, not a remark.
# (one start per run of blanks: a line of spaces stays linear)
_PERCENT_COMMENT = re.compile(r"(?<=\S)(?P<gap>[ \t]+)%[ \t]+(?=\S)")


def _percent_comment(line: str) -> re.Match[str] | None:
    """The first `%` remark after a statement, or None."""
    for m in _PERCENT_COMMENT.finditer(line):
        if len(m.group("gap")) >= 2 or "\t" in m.group("gap") or not line[m.start() - 1].isdigit():
            return m
    return None


# A remark that shows the value the statement prints: "logP = sum(lp)   % = -1.1000" (MATLAB echoes it).
_SHOWN = re.compile(r"=(?!=)")


def _shown_piece(line_no: int, line: str, start: int) -> Piece | None:
    """The value a remark shows ("% = -1.1000") as printed output `= …` of its statement, else None."""
    m = _SHOWN.match(line, start)
    if m is None:
        return None
    text = line[start:].rstrip()
    positions = tuple((line_no, start + 1 + i) for i in range(len(text)))
    return Piece(text, positions, False, False, line_no, output=True)


# A ledger's row: what the row is (a label in words, a name, an expression) and, after a column's gap (a tab
# or two spaces and more), its amount: "Product      0.0010868", "PPL = exp(0.55)    1.7333",
# "ln Pr(deep|x)    (0.7000)" (an amount wholly in brackets is negative, as accounts write it).
_LEDGER_ROW = re.compile(
    r"^(?P<label>[ \t]*\S(?:(?: ?[^\s])*)?)(?P<gap>(?:\t| {2})[ \t]*+)"
    r"(?P<amount>\((?P<negative>\d+(?:\.\d+)?|\.\d+)\)|[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-−+]?\d+)?)[ \t]*$"
)
_WORDS = re.compile(
    r"[ \t]*[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+)*(?:[ \t]+\d{1,2})?(?:[ \t]*\([^\W\d_ ]+\))?[ \t]*"
)
# what makes a label maths: a bracket (a term, a call), a relation, or one name ("PPL", "LL", "H_2")
_MATHS_LABEL = re.compile(r"[ \t]*(?:.*[(=≈].*|[^\W\d_][\w{}^]*)[ \t]*")
_LONE_NUMBER = re.compile(r"[ \t]*[-−(]?[\d.]+\)?[ \t]*")


def _ledger_row(line: str) -> str:
    """A ledger's row read as what it states, of the same length: a label in words becomes "label: amount",
    a name or an expression "expression = amount" (a column of amounts is no product); a row of two lone
    numbers ("-0.7    -0.4") stays as written."""
    row = _LEDGER_ROW.match(line)
    if row is None or "$" in line or _LONE_NUMBER.fullmatch(row["label"]):
        return line
    if row["label"].rstrip()[-1] in "=≈+-−*/×·^:(,;":
        return line  # "P =     0.25", "0.25 ×    0.5": the gap is inside a statement
    if _WORDS.fullmatch(row["label"]):
        mark = ":"
    elif _MATHS_LABEL.fullmatch(row["label"]):
        mark = "="
    else:
        return line  # "i | <s>      0.25", "b/f    0.0": a row of a table the grammar cannot name
    amount = row["amount"]
    if row["negative"] is not None:
        amount = "-" + row["negative"] + " "  # "(0.7000)" in a column of amounts is -0.7000
    return row["label"] + mark + row["gap"][1:] + amount + line[row.end("amount") :]


# A probability term (or its log, or a ratio of two) used as a field's label, its colon then the working:
# "log Pr(A|x): -0.7 + (-0.4) = -1.1", "- P(I | <s>): 2/3", "Ratio Pr(A|x)/Pr(B|x): 0.333/0.165 = 2.01". The
# label names what the working equals, so its colon is read as `=` (only where maths, not words, follows it, and
# one statement: "P(I|<s>): .75 x 2 ÷ 3 = .5 ; .25 x 3 ÷ 17 = .0441 ; sum .5441" labels parts, not an equation).
_TERM = (
    r"(?:\\?(?:log|ln|lg)(?:_\{?\w{1,3}\}?)?[ \t]*+)?\\?(?:P|Pr|p|Prob|prob)(?:_\{?\w{1,12}\}?)?[ \t]*+"
    r"[(\[][^()\[\]\n:]{1,200}[)\]]"
)
_TERM_LABEL = re.compile(
    r"^[ \t]*+(?:[-*•][ \t]++)?(?:\*\*|__)?(?:[^\W\d_]{2,12}[ \t]++)?"
    rf"{_TERM}(?:[ \t]*+/[ \t]*+{_TERM})?(?:\*\*|__)?[ \t]*+(?P<colon>:)(?:\*\*|__)?"
    r"(?=[ \t]*+(?:[-−+(.\d]|\\?(?:log|ln|exp|t?d?frac)\b|e\^|\\?(?:P|Pr)[ \t]*+[(\[]))"
)


def _term_label(line: str) -> str:
    """The line with a term's label colon read as the relation it is (see _TERM_LABEL), of the same length."""
    m = _TERM_LABEL.match(line)
    if m is None or re.search(r"[;:]", line[m.end() :]):
        return line
    return line[: m.start("colon")] + "=" + line[m.end("colon") :]


def find_maths(lines: list[str]) -> list[Piece]:
    """Every piece of maths in the file, in reading order."""
    pieces: list[Piece] = []
    block: str | None = None  # "$$", "\\]" or "env" while inside a display block
    fence = False
    console = False  # after a prompted input line: unprompted lines are its printed output
    silent = False  # that input prints nothing: a value printed under it stands alone
    shown: Piece | None = None  # the value a remark showed, read after its statement
    stacked = _stacked_fractions(lines)
    typed = -1  # where the pieces of a line typed at a prompt begin, while they are being found
    beside: list[Piece] = []  # the statements in a line's reason column, read after the line's own
    for index, raw in enumerate(lines):
        pieces.extend(beside)
        beside = []
        if typed >= 0:
            pieces[typed:] = [replace(p, code=True) for p in pieces[typed:]]
            typed = -1
        if shown is not None:
            pieces.append(shown)
            shown = None
        line_no = index + 1
        line = raw
        if index in stacked:
            if stacked[index] is not None:
                pieces.append(stacked[index])  # type: ignore[arg-type]
            continue
        if block is None:
            # in a session, R's `> ` opens any line typed next (`> full - win`), not only a call or `<-`
            prompt = _PROMPT.match(line) or (_SESSION_PROMPT.match(line) if console else None)
            out = _OUT_PROMPT.match(line)
            # `[1] 2`, `Out[2]= -1.1`: the value of the input above it, alone under no input or a silent one
            printed = _output_piece(line_no, line, out.end(), silent or not console) if out else None
            if console and not prompt and not out:
                # `ans = -10.3862`, `lp =` over its value: printed under no name of theirs ("NLL = 3.8 nats" is)
                named = _NAMED_OUTPUT.match(line)
                printed = _output_piece(line_no, line, named.end() if named else 0, silent)
                if printed is None and (named or _PRINTED_VALUE.match(line) or _printed_row(line)):
                    continue  # True, [-2.08, -3.44], array([...]), `lp =`, a row: printed, not maths
            if out or printed is not None:
                if printed is not None:
                    pieces.append(printed)
                continue
            console = prompt is not None
            if line.strip():  # a blank line (or one another part of the answer owns) keeps it
                silent = console and _prints_nothing(line[prompt.end() :])
            if prompt:  # the code typed at the prompt is read like any other notation
                if _CODE_ONLY.match(line, prompt.end()):
                    continue  # `import math`, a loop header: code, not maths
                line = " " * prompt.end() + line[prompt.end() :]
                typed = len(pieces)
        if line.strip().startswith("```"):
            fence = not fence
            continue
        line = _INLINE_CODE.sub(
            lambda m: " " + m.group(1) + " ", line
        )  # Markdown `-0.0353`: its text is read
        if block is not None:
            end = {"$$": line.find("$$"), "\\]": line.find("\\]")}.get(block)
            if block == "env":
                m = _END_ENV.search(line)
                end = m.start() if m else -1
            if end >= 0:
                pieces.extend(_split_rows(line_no, 0, line[:end], False))
                block = None
                rest = line[end:]
                rest = re.sub(r"^(\$\$|\\\]|\\end\{[^}]*\})", "", rest)
                if rest.strip():
                    more, _ = _inline(line_no, rest, False, base=len(line) - len(rest))
                    pieces.extend(more)
            else:
                pieces.extend(_split_rows(line_no, 0, line, False))
            continue
        if re.match(r"^\s*#{1,6}\s", line) and "$" not in line and "=" not in line:
            continue  # a Markdown heading: "## 2b) perplexity"
        reason = None if fence else _reason_column(line)
        if reason is not None:  # "= .0488      [chain rule (bigram)]": the step's reason, beside it
            opening, closing = reason
            beside.extend(
                replace(p, aside=True)
                for p in _split_rows(
                    line_no, opening + 1, line[opening + 1 : closing], False, delimited=False
                )
                if _RELATION_SIGN.search(p.text)
            )
            line = line[:opening] + " " * (len(line) - opening)
        comment = _TRAILING_COMMENT.search(line)
        if comment and "=" in line[: comment.start()]:  # "= -0.7 + (-0.4)   # from the table": a remark
            line = line[: comment.start()] + " " * (len(line) - comment.start())
        percent = None if fence else _percent_comment(line)
        if percent and "$" not in line[percent.start() :]:  # "$…$ % $x$": not a remark on plain code
            shown = _shown_piece(line_no, line, percent.end())
            line = line[: percent.start()] + " " * (len(line) - percent.start())
        if not fence and _drawn_rule(line):
            continue  # a drawn table's rule (├───┼───┤): no maths
        if not fence and _row_of_cells(line):
            header = _header(lines, index)
            if not header:
                # "| P(english \| want) | 0.011 |": the term is that value, under a column not titled a log
                line = _term_value_row(line, _column_title(lines, index))
            # a header row's cells title their columns ("| $C(v\,w)$ | $P(w\mid v)$ |"): only a cell that
            # states a relation is maths there
            pieces.extend(
                p for p in _table_cells(line_no, line) if not header or _RELATION_SIGN.search(p.text)
            )
            continue
        if not fence:
            line = _term_label(_ledger_row(line))
        answer = ANSWER_LABEL.match(line)
        is_answer = answer is not None
        marker = _ANSWER_MARK.search(line)
        if marker and not is_answer:  # "= -0.2748   ← final answer (natural log)": the marked line
            line = line[: marker.start()] + " " * (len(line) - marker.start())
            is_answer = True
        start = answer.end() if answer else 0
        if not is_answer and not fence:
            plain = _unbold(line)  # "**Step 3.** NLL = …": the label inside bold is the label
            label = _BULLET.match(line) or STEP_LABEL.match(plain)
            if label and _carries_on(lines, index):
                label = None  # "0.25 * 0.33 = 0.0825" then, indented under it, "* 0.0011 = …": a factor
            if label:
                start = label.end()
                step = STEP_LABEL.match(plain, start)
                if step:
                    start = step.end()
                answer = ANSWER_LABEL.match(line[start:])  # "Step 3: Answer: -1.1", "- Answer: …"
                if answer:
                    is_answer = True
                    start += answer.end()
        body = line[start:]
        stripped = body.strip()
        # Opening of a display block on this line.
        opener = None
        for token, kind in (("$$", "$$"), ("\\[", "\\]")):
            if (
                stripped.startswith(token)
                and not (token == "$$" and stripped.count("$$") >= 2)
                and not (token == "\\[" and "\\]" in stripped)
            ):
                opener = (body.index(token) + len(token), kind)
        env = _BEGIN_ENV.search(body)
        if env and not _END_ENV.search(body, env.end()):
            opener = (env.end(), "env")
        if opener:
            offset, block = opener
            pieces.extend(_split_rows(line_no, start + offset, body[offset:], is_answer))
            continue
        if env:  # a whole environment on one line
            m = _END_ENV.search(body, env.end())
            assert m
            pieces.extend(_split_rows(line_no, start + env.end(), body[env.end() : m.start()], is_answer))
            continue
        if stripped.startswith("\\[") and "\\]" in stripped:
            a = body.index("\\[") + 2
            pieces.extend(_split_rows(line_no, start + a, body[a : body.index("\\]", a)], is_answer))
            continue
        inline, rest = _inline(line_no, body, is_answer, base=start)
        if inline:
            pieces.extend(_before_inline(line_no, start, body, is_answer, inline))
            continue
        body = _unbold(body)
        aside = _answer_aside(body) if is_answer else None
        if aside is not None:  # "Answer: -0.2748 (Pr(y|x) ≈ 0.760)": the answer, and a remark beside it
            pieces.extend(_split_rows(line_no, start, body[: aside[0]], is_answer, delimited=False))
            pieces.extend(
                replace(p, is_answer=False, aside=True)
                for p in _split_rows(
                    line_no, start + aside[0] + 1, body[aside[0] + 1 : aside[1]], False, delimited=False
                )
            )
            continue
        pieces.extend(_split_rows(line_no, start, body, is_answer, delimited=False))
    if typed >= 0:
        pieces[typed:] = [replace(p, code=True) for p in pieces[typed:]]
    pieces.extend(beside)
    if shown is not None:
        pieces.append(shown)
    return pieces


# A fraction written on paper and kept stacked by an OCR or a plain-text typist: a numerator line, a bar
# of dashes, a denominator line, in the same columns ("  C(I am)   2" / "P(am|I) = ------- = ---" /
# "  C(I)      3").
_BAR = re.compile(r"-{3,}|—{2,}|─{3,}|_{3,}")


def _stacked_fractions(lines: list[str]) -> dict[int, Piece | None]:
    """The bar lines of stacked fractions, each as one piece read across its three lines (numerator
    and denominator placed over the bar as (num)/(den), each character keeping its own position), and
    the numerator and denominator lines they use up (None)."""
    out: dict[int, Piece | None] = {}
    for i in range(1, len(lines) - 1):
        above, bar, below = lines[i - 1], lines[i], lines[i + 1]
        runs = list(_BAR.finditer(bar))
        if not runs or i - 1 in out or "$" in bar or bar.lstrip().startswith("|") or _drawn_rule(bar):
            continue  # a table's rule, no fraction's bar
        if i >= 2 and any(_cell(lines[i - 2], m.start(), m.end()) for m in runs):
            continue  # a rule under a column of numbers: their total follows, not a fraction
        over = [_cell(above, m.start(), m.end()) for m in runs]
        under = [_cell(below, m.start(), m.end()) for m in runs]
        if None in over or None in under or not _only_in(above, over) or not _only_in(below, under):
            continue
        piece = _fraction_piece(lines, i, runs, over, under)  # type: ignore[arg-type]
        if piece is None:
            continue
        out[i - 1] = out[i + 1] = None
        out[i] = piece
    return out


def _fraction_piece(
    lines: list[str],
    i: int,
    runs: list[re.Match[str]],
    over: list[tuple[int, int]],
    under: list[tuple[int, int]],
) -> Piece | None:
    """The bar line i read with each bar's numerator and denominator over it as (num)/(den)."""
    text: list[str] = []
    positions: list[tuple[int, int]] = []

    def take(row: int, a: int, b: int) -> None:  # characters of a line, at their own positions
        text.extend(lines[row][a:b])
        positions.extend((row + 1, col + 1) for col in range(a, b))

    def mark(symbol: str, col: int) -> None:  # brackets and the slash, placed on the bar
        text.extend(symbol)
        positions.extend([(i + 1, col + 1)] * len(symbol))

    at = 0
    for m, (na, nb), (da, db) in zip(runs, over, under, strict=True):
        take(i, at, m.start())
        mark("(", m.start())
        take(i - 1, na, nb)
        mark(")/(", m.start())
        take(i + 1, da, db)
        mark(")", m.start())
        at = m.end()
    take(i, at, len(lines[i]))
    body = "".join(text)
    left, end = len(body) - len(body.lstrip()), len(body.rstrip())
    return Piece(body[left:end], tuple(positions[left:end]), False, False, i + 1) if end > left else None


def _cell(line: str, start: int, end: int) -> tuple[int, int] | None:
    """The columns of the text over (or under) a bar: the run of non-blank text overlapping it."""
    a, b = start, min(end, len(line))
    while a < b and line[a] == " ":
        a += 1
    while b > a and line[b - 1] == " ":
        b -= 1
    if a >= b:
        return None
    while a > 0 and line[a - 1] != " ":
        a -= 1
    while b < len(line) and line[b] != " ":
        b += 1
    return (a, b)


def _only_in(line: str, cells: list[tuple[int, int] | None]) -> bool:
    """Is all the text of the line inside these cells (over or under the bars)?"""
    covered = [False] * len(line)
    for cell in cells:
        if cell is not None:
            covered[cell[0] : cell[1]] = [True] * (cell[1] - cell[0])
    return all(covered[k] or c == " " for k, c in enumerate(line))


# Markdown inline code, one backtick each side, on one line: the backticks are typesetting (blanked, so
# columns stay); what they hold is read as any other text of the line.
_INLINE_CODE = re.compile(r"(?<!`)`(?!`)([^`\n]+)(?<!`)`(?!`)")


def _carries_on(lines: list[str], index: int) -> bool:
    """Is a line opening with `*` the next factor of the equation above it rather than a list item?
    It is indented past the start of that equation, or under a line that is itself such a factor,
    as a running product is laid out ("0.25 * 0.33 = 0.0825" then "     * 0.0011 = …" below)."""
    star = _STAR_FACTOR.match(lines[index])
    while star is not None and index > 0:
        above = lines[index - 1]
        if not above.strip():
            return False
        above_star = _STAR_FACTOR.match(above)
        if above_star is not None and len(above_star.group(1)) == len(star.group(1)):
            star, index = above_star, index - 1  # the factor before it, laid out alike: look further up
            continue
        return "=" in above and len(star.group(1)) > len(above) - len(above.lstrip())
    return False


# a number, a bracket or a term of the model after the star: "     * 0.0011 = …", "     * Pr(cat | <s>, the)"
_STAR_FACTOR = re.compile(r"^(\s*)\*\s+(?:[\d.(]|\\?(?:Pr|P|p|log|ln|exp)\s*[(\[_{])")


# the rule under a Markdown table's header row: |---|:--:|
_RULE_ROW = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*")
_RELATION_SIGN = re.compile(r"=|≈|\\approx")

# A table drawn with box characters, as a terminal or a script prints it, is read as a Markdown table is: its
# walls part cells (the light │, which precheck reads as |, the heavy ┃ and the double ║) and its rules are no
# maths: box characters only (┌───┬───┐, ├───┼───┤, ╞═══╪═══╡, ┗━━━┻━━━┛), or ASCII (+-----+-----+). A row
# pasted with tabs or aligned under dashes reaches here drawn so (drawn_rows), with no wall at either end.
_WALLS = "|┃║"
_BOX_WALL = re.compile("[┃║]")
_HORIZONTAL = "─━═┄┅┈┉╌╍"
_BOX_RULE = re.compile(r"[ \t]*[\u2500-\u257f|][\u2500-\u257f| \t]*")
_ASCII_RULE = re.compile(r"[ \t]*[+|](?:[-=:]{2,}[+|])+[ \t]*")  # +-----+-----+, |-----+-----|
_MARKDOWN_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _drawn_rule(line: str) -> bool:
    """Is the line a rule of a drawn table: a horizontal run with a corner, a junction or a wall on it? (A
    horizontal run alone, `───────`, may be a fraction's bar.)"""
    if _ASCII_RULE.fullmatch(line):
        return "+" in line or "=" in line  # |---|---| is Markdown's own rule
    if not _BOX_RULE.fullmatch(line):
        return False
    drawn = line.strip()
    return any(c * 2 in drawn for c in _HORIZONTAL) and any(c not in _HORIZONTAL for c in drawn if c != " ")


def _row_of_cells(line: str) -> bool:
    """Is the line a table's row: walled at both ends (| a | b |, ┃ a ┃ b ┃), or parted by a box wall?"""
    return _MARKDOWN_ROW.match(line) is not None or _BOX_WALL.search(line) is not None


def _header(lines: list[str], index: int) -> bool:
    """Is this row its table's header? In Markdown, the row over the |---| rule. In a drawn table, its first
    row (only rules above it in the table) with a rule under it: a grid rules every row, and a bottom rule
    closes the last. In a table pasted with tabs (no walls at its ends, no rules), its first row."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if _RULE_ROW.fullmatch(below):
        return True
    above = index - 1
    while above >= 0 and (_RULE_ROW.fullmatch(lines[above]) or _drawn_rule(lines[above])):
        above -= 1
    first = above < 0 or not _row_of_cells(lines[above])
    if _drawn_rule(below):
        return first
    return first and _open_row(lines[index]) and _open_row(below)


# A table pasted from a sheet or a script is drawn with box walls (column for column) and read as a drawn one:
# - a row whose cells are parted by tabs, three cells or more, among such rows: its tabs become walls. A row
#   of two is a ledger's label and amount (_ledger_row), and a cell opening or closing with a relation
#   (`log Pr\t=\t-0.55`, a sheet's formula read as `\t= 1`) spreads a statement over cells: read whole;
# - rows aligned with spaces under a rule of dashes (`----  -----  ------`), the header over it: a wall in each
#   gap of the rule, where every row leaves the whole gap blank (a line that does not ends the table).
_TAB_WALL = "┃"
_RELATION_END = re.compile(r"^[=≈]|[=≈]$")
_DASH_RULE = re.compile(r" *-+(?: {2,}-+)+ *")


def drawn_rows(lines: list[str]) -> list[str]:
    """The lines with the rows of tables pasted with tabs or aligned under a rule of dashes drawn with walls
    (each line of the same length, the same count of lines)."""
    return _aligned_rows(_tabbed_rows(lines))


def _tabbed_rows(lines: list[str]) -> list[str]:
    """The lines with each row of a table pasted with tabs drawn with walls."""
    drawn = []
    for line in lines:
        cells = line.strip().split("\t")
        drawn.append(
            sum(1 for c in cells if c.strip()) >= 3
            and not any(_RELATION_END.search(c.strip()) for c in cells)
            and not _BOX_WALL.search(line)
        )
    out = []
    for i, line in enumerate(lines):
        rows = (i > 0 and drawn[i - 1]) or (i + 1 < len(lines) and drawn[i + 1])  # a table has rows
        if not (drawn[i] and rows):
            out.append(line)
            continue
        first, last = len(line) - len(line.lstrip()), len(line.rstrip())
        out.append(line[:first] + line[first:last].replace("\t", _TAB_WALL) + line[last:])
    return out


def _aligned_rows(lines: list[str]) -> list[str]:
    """The lines with each table aligned under a rule of dashes drawn: walls in its rows, its rule in box
    characters (a rule with junctions, read as a drawn table's)."""
    out = list(lines)
    for i, rule in enumerate(lines):
        if i == 0 or not _DASH_RULE.fullmatch(rule):
            continue
        runs = [m.span() for m in re.finditer(r"-+", rule)]
        gaps = [(a[1], b[0]) for a, b in zip(runs, runs[1:], strict=False)]
        header = _walled(lines[i - 1], gaps)
        if header is None:
            continue
        rows = []
        for j in range(i + 1, len(lines)):
            row = _walled(lines[j], gaps)
            if row is None:
                break
            rows.append(row)
        if not rows:
            continue
        out[i - 1] = header
        out[i + 1 : i + 1 + len(rows)] = rows
        drawn = list(rule.replace("-", "─"))
        for start, _ in gaps:
            drawn[start] = "┼"
        out[i] = "".join(drawn)
    return out


def _walled(line: str, gaps: list[tuple[int, int]]) -> str | None:
    """The row with a wall at the start of each gap it leaves blank and reaches past; None when it is no
    row of the table (it writes into a gap, has tabs or walls, has one cell, or is the next table's rule)."""
    if "\t" in line or _BOX_WALL.search(line) or not line.strip() or _DASH_RULE.fullmatch(line):
        return None
    chars = list(line)
    end = len(line.rstrip())
    walls = 0
    for start, stop in gaps:
        if start >= end:
            break
        if line[start:stop].strip():
            return None
        chars[start] = _TAB_WALL
        walls += 1
    return "".join(chars) if walls else None


def _open_row(line: str) -> bool:
    """A row with walls between its cells only, as a row pasted with tabs reaches here."""
    return _BOX_WALL.search(line) is not None and line.strip()[:1] not in _WALLS


# a cell that holds one probability term (or its log): `P(i \| <s>)`, `$\Pr(\text{the}\mid x)$`, `log P(deep | x)`
_TERM_CELL = re.compile(
    r"\s*\$?\s*(?:[-−]\s*)?(?:\\?(?:log|ln)(?:_?\{?2\}?|₂)?\s*)?"
    r"(?:\\Pr|\\mathbb\{P\}|\\operatorname\{P\}|Pr|P|p|ℙ)\s*(?:\\left)?\s*\((?:[^()]|\([^()]*\))*\)\s*\$?\s*"
)
# a cell that holds a value: digits, signs, fractions and powers (LaTeX's \frac, \times, \cdot read as signs)
_VALUE_CELL = re.compile(r"(?=\D*+\d)[\s$\-−+\d.,/×·*^(){}⁻⁰¹²³⁴⁵⁶⁷⁸⁹eE]*+")
_LATEX_SIGN = re.compile(r"\\(?:[dt]?frac|times|cdot)(?![A-Za-z])")


def _term_value_row(line: str, title: str) -> str:
    """A table row of two cells, a probability term and a value ("| P(english \\| want) | 0.011 |"), as the
    statement it makes (the wall between them read as `=`, columns kept); any other row as it is. Not where
    the value's column is titled as a log or a cost (`−log₂`, `ln p`, `bits`): its values are not the term's."""
    walls = _walls(line)
    body = line.strip()
    if body[:1] not in _WALLS or body[-1:] not in _WALLS or len(walls) != 3 or _LOG_TITLE.search(title):
        return line
    term, value = line[walls[0] + 1 : walls[1]], line[walls[1] + 1 : walls[2]]
    if _TERM_CELL.fullmatch(term) is None or _VALUE_CELL.fullmatch(_LATEX_SIGN.sub(" ", value)) is None:
        return line
    # a value the term can have: a probability strictly between 0 and 1, a log of one at most 0 (a table that
    # lists -0.7 beside P(deep | x) lists its log under a loose title, which costs nothing)
    number = _PLAIN_VALUE.fullmatch(value.replace("$", "").replace("−", "-").strip())
    if number is None:
        return line
    v = float(number[1]) / (float(number[2]) if number[2] else 1.0)
    logged = re.match(r"\s*\$?\s*(?:[-−]\s*)?\\?(?:log|ln)", term) is not None
    if not (v <= 0 if logged else 0 < v < 1):
        return line
    return line[: walls[1]] + "=" + line[walls[1] + 1 :]


_PLAIN_VALUE = re.compile(r"(-?(?:\d++(?:\.\d*+)?+|\.\d++))(?:\s*+/\s*+(\d++))?")


_LOG_TITLE = re.compile(r"log|ln|lg|nll|bit|nat|surpris|cost|[-−]", re.IGNORECASE)


def _column_title(lines: list[str], index: int) -> str:
    """The title of a Markdown table's second column, from the header over its rule ("" when none)."""
    k = index
    while k > 0 and _row_of_cells(lines[k - 1]):
        k -= 1
    if k + 1 >= len(lines) or not _RULE_ROW.fullmatch(lines[k + 1]):
        return ""
    walls = _walls(lines[k])
    return lines[k][walls[1] + 1 : walls[2]] if len(walls) >= 3 else ""


def _walls(line: str) -> list[int]:
    """Where a table row's walls stand: bars outside brackets, not Markdown's escaped `\\|`."""
    out, depth = [], 0
    for i, c in enumerate(line):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c in _WALLS and depth <= 0 and not (i > 0 and line[i - 1] == "\\"):
            out.append(i)
    return out


def _table_cells(line_no: int, line: str) -> list[Piece]:
    """The cells of a table row, each its own piece; the |---| rule row has none. A bar inside brackets, as in
    P(I | <s>), does not end a cell, nor does Markdown's escaped bar (`Pr(the \\| x)`), which is a bar. An open
    row's first cell starts the line and its last ends it."""
    if re.fullmatch(r"[\s|:\-]*", line):
        return []
    escaped = {m.end() - 1 for m in re.finditer(r"\\\|", line)}  # Markdown's `\|`: a bar, no wall
    line = line.replace("\\|", " |")
    out = []
    body = line.strip()
    indent = len(line) - len(line.lstrip())
    depth, start = 0, indent + 1 if body[:1] in _WALLS else 0
    for i in range(start, len(line) + (0 if body[-1:] in _WALLS else 1)):
        c = line[i] if i < len(line) else _WALLS[0]  # an open row: its end closes its last cell
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c in _WALLS and i not in escaped and (depth <= 0 or i == len(line)):
            cell = line[start:i]
            inline, rest = _inline(line_no, cell, False, base=start)
            if inline:
                out.extend(inline)
            else:
                piece = _piece(line_no, start, cell, False, False)
                if piece:
                    out.append(piece)
            start = i + 1
    return out


# Plain maths written before a line's first $…$: "**NLL = 6.32 bits** (so $P = 2^{-6.32}$)".
_PLAIN_STATEMENT = re.compile(r"[\w)\]}*]\s*[=≈]\s*[-−]?\.?\d")


def _before_inline(line_no: int, start: int, body: str, is_answer: bool, inline: list[Piece]) -> list[Piece]:
    """A line's inline pieces, after the statement written outside the dollars before them if there is
    one. Inline maths in brackets opened in words after other maths of the line ("$P = 0.1$ (log-prob
    $\\approx -2.3$)") is an aside beside it, never its next step nor a second answer."""
    first = inline[0].positions[0][1] - 1 - start if inline[0].positions else 0
    lead = body[: body.find("$") if "$" in body[:first] else first]
    plain = (
        _split_rows(line_no, start, _unbold(lead), is_answer, delimited=False)
        if _PLAIN_STATEMENT.search(lead)
        else []
    )
    _, words = _inline(line_no, body, is_answer, base=start)  # the line with its dollars blanked
    out: list[Piece] = []
    depth, seen = 0, 0  # the brackets open in the words before each piece, counted once along the line
    # a line opened by a bracket in words ("(using $\log P(\text{deep}\mid x)$ and …)."): a remark beside the
    # working, as a line framed whole in brackets is
    framed = words.lstrip()[:1] == "("
    for k, piece in enumerate(inline):
        at = max(seen, piece.positions[0][1] - 1 - start if piece.positions else 0)
        depth += words.count("(", seen, at) - words.count(")", seen, at)
        seen = at
        if (plain or k > 0 or framed) and depth > 0:
            piece = replace(piece, is_answer=False, aside=True)
        out.append(piece)
    return plain + out


# a relation outside any inner bracket
_TOP_RELATION = re.compile(r"[=≈≃]")


# A column of reasons beside a statement, after a gap (two spaces and more) that ends the line: a
# reason in square brackets ("= .0488      [chain rule (bigram)]", "[C(<s> I)=2, C(<s>)=3]") or after a bar
# that opens no table ("S3 = S2 - 0.0011 = -0.0463      | token 3").
# (one start per run of blanks, taken whole: a line of spaces stays linear)
_REASON = re.compile(r"(?<![ \t])[ \t]{2,}+(?:(\[)[^\[\]]*\]|(\|)[^|]*)[ \t]*$")


def _reason_column(line: str) -> tuple[int, int] | None:
    """(open, close) of the reason written beside a statement (a relation before it, its brackets closed),
    the close at the bracket's end or the line's; None when the line has none."""
    m = _REASON.search(line)
    if m is None:
        return None
    opening = m.start(1) if m.group(1) else m.start(2)
    before = line[:opening]
    if not _RELATION_SIGN.search(before) or _depth(before) != 0 or _row_of_cells(line):
        return None
    if m.group(2) and len(split_outside_brackets(before, "|")) > 1:
        return None  # "| -1.4/3 = -0.467  | ← higher": a row of a table, not a reason
    closing = line.rstrip().rfind("]") if m.group(1) else len(line.rstrip())
    return opening, closing


def _depth(text: str) -> int:
    """How many brackets the text leaves open."""
    depth = 0
    for char in text:
        depth += (char in "([{") - (char in ")]}")
    return depth


def _answer_aside(body: str) -> tuple[int, int] | None:
    """(open, close) of a bracket ending an answer line after its value, holding a statement of its own
    ("-0.2748 (Pr(y|x) ≈ 0.760)", "3.09e-5 (log = -10.39)"): a remark beside the answer, never part of it.
    None when the line has no such bracket (a value in brackets, "(−0.7) + (−0.4)", is the answer)."""
    end = len(body.rstrip(" \t.;,"))
    if not end or body[end - 1] != ")":
        return None
    opening, depth = None, 0
    for index in range(end - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(body[index], 0)
        if depth == 0:
            opening = index
            break
    if opening is None or not re.search(r"\d", body[:opening]):
        return None
    inner = body[opening + 1 : end - 1]
    level, top = 0, False
    for char in inner:
        level += {"(": 1, ")": -1}.get(char, 0)
        top = top or (level == 0 and _TOP_RELATION.match(char) is not None)
    return (opening, end - 1) if top and bracket_end(body, opening) == end - 1 else None


def _unbold(text: str) -> str:
    """Blank out Markdown bold markers (** or __), keeping ** that is Python's power operator."""
    return re.sub(r"\*\*|__", lambda m: "  " if not _is_power(text, m.start()) else m.group(), text)


def _is_power(text: str, at: int) -> bool:
    """Is `**` at `at` Python's power operator rather than Markdown bold? A power is spaced alike on both
    sides (`n**2`, `n ** 2`); a bold mark hugs its words on one side only (`**Step 3** NLL`)."""
    before = at > 0 and text[at - 1].isspace()
    after = at + 2 < len(text) and text[at + 2].isspace()
    if before != after:
        return False
    i, j = at - 1, at + 2  # the nearest non-blank on each side, found without copying the line
    while i >= 0 and text[i].isspace():
        i -= 1
    while j < len(text) and text[j].isspace():
        j += 1
    return (
        i >= 0
        and j < len(text)
        and (text[i].isalnum() or text[i] in ")}")
        and (text[j].isalnum() or text[j] in "({-.+")
    )
