"""Split a window answer into its parts (full model, window model, gap, cost), keeping line numbers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from grader.core import lexicon
from grader.core.meanings import RESTATED
from grader.core.pieces import Pieces, cut_at_labels
from grader.core.unspaced import UNSPACED
from grader.window.words import (
    CHEAPER,
    COST,
    FEW,
    FULL,
    GAP,
    LAST,
    MODEL,
    PART,
    SHORTENED,
    VALUES,
    WINDOW,
    names,
    table_regex,
    table_words,
)

PARTS = ("full", "window", "gap", "cost")
MAX_HEADING_WORDS = 8
_LONGEST_WORD = 40  # letters: longer than any word of a heading in the languages read
# a run of letters of an unspaced script, set apart one by one (grader.core.unspaced): "窗 口 模 型"
_UNSPACED_RUN = re.compile(f"[{UNSPACED}](?:\\s+[{UNSPACED}])*")


def word_count(text: str) -> int:
    """How many words a heading has: a run of letters of an unspaced script counts a word for every two
    letters (窗口 模型: two), as its words mostly are, not a word a letter."""
    runs = [len(m.group(0).split()) for m in _UNSPACED_RUN.finditer(text)]
    return len(_UNSPACED_RUN.sub(" ", text).split()) + sum((n + 1) // 2 for n in runs)


# markup around a heading: **Full model:**, ## Window, \textbf{Gap}, \item
_MARKUP = re.compile(r"\\(?:textbf|textit|emph|section\*?|subsection\*?|paragraph)\{|\\item\b|[*#_`>{}]")
_ENUMERATOR = re.compile(
    rf"^\s*(?:\(?(?:[a-d]|[1-4]|i{{1,3}}|iv)[).:]\s+|{table_words(PART)}\s+\w+\s*[:.)\-–—]?\s*|q?\d+[.)]\s+)",
    re.I,
)
# which part a heading names, tried in this order (a "gap between the full and window models" is the gap)
_HEADINGS = (
    ("gap", re.compile(rf"{table_words(GAP)}|δ|Δ", re.I)),
    ("cost", table_regex(CHEAPER, COST)),
    (
        "window",
        re.compile(
            rf"{table_words(WINDOW, SHORTENED)}|\bk\s*=\s*\d|\bk-|(?:{table_words(LAST)})\s+(?:\d+|{table_words(FEW)})(?!\w)|\bshort\b",
            re.I,
        ),
    ),
    ("full", table_regex(FULL)),
)
# a line of working that is itself the gap: log P_full − log P_1 = …, Δ = … (checked before its first `=`)
_GAP_WORDS = re.compile(rf"{table_words(GAP)}|δ|Δ", re.I)
_LOG_P = re.compile(r"\blog\s*\\?p", re.I)
# prose that answers the cost question: "The window model is cheaper", "costs less"
_COST_PROSE = table_regex(CHEAPER)
_DERIVATION_START = re.compile(
    r"^\s*(?:\$+\s*)?(?:\\?(?:log|ln|lg)\w*\s*)?\\?(?:p|pr|prob)(?![a-z])[^=]*=", re.I
)
# model names written as subscripts, P_1(y|x), P_k, P_{full}, P_\text{win}: the grammar reads P(y|x)
_MODEL_SUBSCRIPT = re.compile(
    r"\b(P|Pr|p)_(?:\{\\text\{\w+\}\}|\{[\w=\s-]+\}|\\text\{\w+\}|[A-Za-z0-9]+)(?=\s*\()"
)

# a list bullet that opens a line (• and ∙ are read as ·): the derivation reader knows only - and *
_BULLET = re.compile(r"^\s*[·•∙◦▪‣⁃]\s")
_UNICODE_SUBSCRIPT = re.compile(r"\b(P|Pr|p)[₀-₉ₖₙ]+(?=\s*\()")

_MATHS_START = re.compile(r"\\?(?:log|ln)\b|\\?(?:P|Pr)(?:_\{?\w+\}?)?\s*\(")
_K_EQUALS = re.compile(r"\b[kK]\s*=\s*\d+")


@dataclass
class Sections:
    """Which lines belong to which part; a heading's own words are not part of the working. Its lines are
    the answer's lines cut where a label opens a part mid-line ("… = −1.1. Window model: …"), each piece a
    line of its own in its columns as written; `number` gives a piece's line in the answer."""

    lines: list[str]
    owner: list[str | None] = field(default_factory=list)  # per line: its part, or None
    heading: dict[int, int] = field(default_factory=dict)  # line index -> columns of heading to blank
    labelled: set[str] = field(default_factory=set)
    pieces: Pieces | None = None  # where the lines were cut from (None: the answer's own lines)
    given: list[str] = field(default_factory=list)  # the answer's lines, before any cut

    def number(self, line: int) -> int:
        """The answer's 1-based line number of the 1-based `line` of these lines."""
        return self.pieces.number(line) if self.pieces is not None else line

    def source(self, number: int) -> str:
        """The answer's line `number` (1-based), as the reader was given it before any cut."""
        return (self.given or self.lines)[number - 1]

    def text(self, part: str, k: int | None = None) -> str:
        """The submission with only `part`'s lines kept (others blank), so line numbers stay the same; a
        bare `log P_full`/`log P_k` naming this part's model (the window of `k` tokens) is read as log P."""
        out = []
        kept = unbroken_maths(self.lines)
        names = model_names(part, k, [kept[i] for i, o in enumerate(self.owner) if o == part])
        for i, line in enumerate(kept):
            if self.owner[i] != part:
                out.append("")
                continue
            cut = self.heading.get(i, 0)
            if is_data_list(line[cut:]):  # "Full: -0.7, -0.4. Window: -2.2, -0.9": the givens, not working
                out.append("")
                continue
            line = _BULLET.sub(lambda m: " " * len(m.group(0)), " " * cut + line[cut:])
            out.append(_unnamed(_unsubscript(line, names), names))
        return "\n".join(self.pieces.joined(out) if self.pieces is not None else out)

    def present(self, part: str) -> bool:
        """Whether `part` has working: a line beyond its heading that is not a list of the given values."""
        return any(
            o == part and (rest := self.lines[i][self.heading.get(i, 0) :]).strip() and not is_data_list(rest)
            for i, o in enumerate(self.owner)
        )

    def owned(self, part: str) -> list[int]:
        """1-based numbers of every line of `part`, headings included."""
        return [i + 1 for i, o in enumerate(self.owner) if o == part and self.lines[i].strip()]

    def line_numbers(self, part: str) -> list[int]:
        """1-based numbers of the lines of `part` that hold more than a heading."""
        return [
            i + 1
            for i, o in enumerate(self.owner)
            if o == part and self.lines[i][self.heading.get(i, 0) :].strip()
        ]


_DOLLAR = re.compile(r"(?<!\\)\$\$?")
# a value named by its model alone and set to its working: `w1 = -2.2 + (-0.9)`, `full = …` (a session's
# or a script's variable); `k = 1` is a setting, not a value
_NAMED_VALUE = re.compile(r"^(?P<lead>\s*)(?P<name>[A-Za-z]\w{0,15})(?=\s*=(?!=))")


def _unnamed(line: str, names: frozenset[str]) -> str:
    """A line that sets the part's own model name (`w1 = …` for the window of k = 1) with the name blanked,
    so `= …` is read as that model's log P(y | x); columns stay."""
    m = _NAMED_VALUE.match(line)
    if m is None or m["name"].lower() not in names or m["name"].lower() == "k":
        return line
    return m["lead"] + " " * len(m["name"]) + line[m.end() :]


def unbroken_maths(lines: list[str]) -> list[str]:
    """The lines with the `$` of a maths span that runs over a line break blanked (same columns): each
    line is then read as a whole, as the derivation reader reads lines; spans within a line are kept."""
    out = []
    inside = False
    for line in lines:
        chars = list(line)
        opened: int | None = None
        for m in _DOLLAR.finditer(line):
            if inside and opened is None:  # closes a span opened on an earlier line
                chars[m.start() : m.end()] = " " * (m.end() - m.start())
                inside = False
            elif opened is None:
                opened = m.start()
            else:
                opened = None
        if opened is not None:  # opens a span closed on a later line
            end = opened + (2 if line.startswith("$$", opened) else 1)
            chars[opened:end] = " " * (end - opened)
            inside = True
        out.append("".join(chars))
    return out


def _is_gap_line(line: str) -> bool:
    """Working that states the gap: its left side names the gap or subtracts one log P from another."""
    head, equals, _ = line.partition("=")
    if not equals:
        return False
    if _GAP_WORDS.search(head):
        return True
    logs = [m.span() for m in _LOG_P.finditer(head)]
    if len(logs) < 2:
        return False
    between = head[logs[0][1] : logs[-1][0]]
    return any(sign in between for sign in "-−–")


def _unsubscript(line: str, names: frozenset[str] = frozenset()) -> str:
    """P_1(y | x), P₁(y | x) → P(y | x), and `log P_name` with `name` among `names` → log P, padded so
    every later column stays where it was."""

    def pad(m: re.Match[str]) -> str:
        return m.group(1) + " " * (len(m.group(0)) - len(m.group(1)))

    line = _UNICODE_SUBSCRIPT.sub(pad, line)
    line = _MODEL_SUBSCRIPT.sub(pad, line)
    return _BARE_MODEL.sub(lambda m: pad(m) if _subscript_name(m) in names else m.group(0), line)


# a log-probability named by its model alone, with no (y | x): log P_full = …, \ln P_{k=1} = …
_BARE_MODEL = re.compile(
    r"((?:\\|\b)(?:log|ln)\s*\\?(?:P|Pr|p))_(?:\{\\text\{(?P<a>\w+)\}\}|\{(?P<b>[\w=\s-]+)\}|\\text\{(?P<c>\w+)\}|"
    r"(?P<d>[A-Za-z0-9]+))(?![\w({_])"
)
_POSITION_SUBSCRIPT = re.compile(r"\b(?:P|Pr|p)_\{?(\d+)\}?(?![\w(])")
_FULL_NAMES = frozenset({"f", "all", "infty", "inf"}) | names(FULL)
_WINDOW_NAMES = frozenset({"win", "w", "k", "sw"}) | names(WINDOW)


def _subscript_name(m: re.Match[str]) -> str:
    """The model name a `_BARE_MODEL` match carries, lower case and without spaces: "full", "k=1", "1"."""
    name = m.group("a") or m.group("b") or m.group("c") or m.group("d") or ""
    return name.replace(" ", "").lower()


def model_names(part: str, k: int | None, lines: list[str]) -> frozenset[str]:
    """The subscripts that name `part`'s model (the problem's own names: P_full, P_k with k its number).
    A number is the window's name only when the lines do not number their P's by position (P_1 and P_2)."""
    if part == "full":
        return _FULL_NAMES
    if part != "window" or k is None:
        return frozenset()
    numbered = {m.group(1) for line in lines for m in _POSITION_SUBSCRIPT.finditer(line)}
    by_position = len(numbered) > 1
    own = {f"k={k}", f"w{k}"} | ({str(k)} if not by_position else set())
    return _WINDOW_NAMES | own


def _lead_in(line: str) -> tuple[str, int] | None:
    """A prose lead-in before the working: "Under the window model, log P(y|x) = …" (part, its width)."""
    maths = _MATHS_START.search(line)
    if maths is None or maths.start() == 0:
        return None
    prefix = line[: maths.start()]
    words = _MARKUP.sub(" ", _ENUMERATOR.sub("", prefix))
    if not words.split() or word_count(words) > MAX_HEADING_WORDS or "=" in _K_EQUALS.sub(" ", prefix):
        return None
    for part, pattern in _HEADINGS:
        if part != "gap" and pattern.search(prefix):
            return part, maths.start()
    return None


# prose after a heading that ends in a colon before the working: "Window model: with k = 1, y_1 sees only
# ML, y_2 only deep: log P(deep | ML) + …" (its only equation a setting of k, no number nor maths of its own)
_LEAD_BEFORE_MATHS = re.compile(
    r"[^:=()|]*?(?:\b[kK]\s*=\s*\d+[^:=()|]*?)*:(?=\s*(?:\\?(?:log|ln)\b|\\?(?:P|Pr)\s*\())"
)


def _lead_before_maths(rest: str) -> int:
    """The width of a prose lead-in after a heading, up to the colon before its working (0 if none)."""
    m = _LEAD_BEFORE_MATHS.match(rest)
    if m is None or _MATHS_START.search(m.group(0)) or not re.search(r"[^\W\d_]{2,}", m.group(0)):
        return 0
    if re.search(r"(?<!\w)\d", _K_EQUALS.sub(" ", m.group(0))):  # a value ("Full: -0.7, -0.4. Window k = 1:")
        return 0
    return m.end()


_HEADING_NOTE = re.compile(r"(?<=\w)\s*\([^()]*\)")  # a bracket after a word of the heading


def _heading(line: str) -> tuple[str, int] | None:
    """(part, columns to blank) when the line opens a part: "Full model:", "(b) Window (k = 1)", "Gap: 0.5"."""
    head, colon, _rest = line.partition(":")
    if not colon:
        head = line
    if "=" in _K_EQUALS.sub(" ", head):
        return _lead_in(line)
    named = _K_EQUALS.sub(" ", head)  # "Window model (k = 1)" is a heading, not an equation
    if "=" in named or "|" in named or "(y" in named.replace(" ", ""):
        return None
    plain = _MARKUP.sub(" ", _ENUMERATOR.sub("", _MARKUP.sub(" ", head)))
    # its words, a setting of k ("(k = 1, only the last token)") none of them (though it names the part), nor
    # a note in brackets after its name ("Window model (k = 1 → only the last token before each prediction):")
    unnoted = _HEADING_NOTE.sub(" ", plain)
    words = word_count(_K_EQUALS.sub(" ", unnoted if unnoted.strip() else plain))
    if not words or words > MAX_HEADING_WORDS:
        return None
    # the heading one space apart: what is searched is only as long as its words are
    plain = " ".join(plain.split())
    if len(plain) > MAX_HEADING_WORDS * _LONGEST_WORD:
        return None  # "1111…": a run no word is as long as
    if not colon and words > 5:
        return None
    for part, pattern in _HEADINGS:
        if pattern.search(plain):
            return part, (len(head) + 1 if colon else len(line))
    return None


def opens_part(rest: str) -> bool:
    """Whether a sentence that starts mid-line opens a part with its label ("Window model (k=1): …",
    "Gap: …", "Cheaper: …", in any language of the word tables): a heading that ends in a colon, not a
    prose lead-in to an equation, nor a list of the given values ("Window k = 1: -2.2, -0.9")."""
    head, colon, _ = rest.partition(":")
    if not colon or "=" in _K_EQUALS.sub(" ", head) or is_data_list(rest):
        return False
    return _heading(rest) is not None


_LISTED = re.compile(r"[-+−]?(?:\d+\.\d*|\.\d+|\d+)(?![\w.]\d)")
_MODEL_WORDS = table_regex(FULL, WINDOW, MODEL, VALUES)


def is_data_list(text: str) -> bool:
    """A line that only lists values under model names ("Full: -0.7, -0.4. Window k = 1: -2.2, -0.9"): the
    given conditionals restated, with no relation, operation or other words; it is not a step of working."""
    bare = _K_EQUALS.sub(" ", text)
    if "=" in bare or _COMPUTATION.search(bare) or _MATHS_START.search(bare):
        return False
    marked = _LISTED.sub("#", bare)
    if marked.count("#") < 2 or not re.search(r"#\s*[,;]\s*#", marked):
        return False
    return not re.sub(r"[#\s,;.:*_()|]", "", _MODEL_WORDS.sub(" ", marked))


_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_CELL_DIGIT = re.compile(r"\d")
_COMPUTATION = re.compile(
    r"[\d)]\s*(?:[-+*/×·−–]|\\cdot|\\times)\s*[-−(]*\s*\d"
)  # numbers combined: -0.7 + (-0.4)


def _walls(line: str) -> list[int]:
    """The columns of a table row's cell walls: its pipes outside brackets, not escaped (`P(y_1|x)` and
    `P(deep\\|ML)` inside a cell are bars of a condition)."""
    walls, depth = [], 0
    for i, ch in enumerate(line):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(depth - 1, 0)
        elif ch == "|" and depth == 0 and (i == 0 or line[i - 1] != "\\"):
            walls.append(i)
    return walls


def table_rows(lines: list[str]) -> list[str]:
    """Lines with each table row that names a part in its first cell (`| Gap: | -1.1 − (−3.1) | 2.0 |`)
    written out as that part's line, column for column: the cell walls go, a cell that combines numbers and
    the cell after it are one chain (computation = result), a row's other cells are parted by a semicolon
    (columns of different quantities, such as each token's log-probability). Other lines stay as they are."""
    out = []
    for line in lines:
        row = _ROW.match(line)
        walls = _walls(line) if row else []
        cells = [line[a + 1 : b] for a, b in zip(walls, walls[1:], strict=False)]
        label = cells[0].strip().replace("*", "") if len(cells) >= 2 else ""
        if not label or _heading(label if label.endswith(":") else label + ":") is None:
            out.append(line)
            continue
        chars = list(line)
        chars[walls[0]] = chars[walls[-1]] = " "
        chars[walls[1]] = " " if label.endswith(":") else ":"
        for k in range(2, len(walls) - 1):  # between cells k-1 and k
            worked = _COMPUTATION.search(cells[k - 1]) and _CELL_DIGIT.search(cells[k])
            chars[walls[k]] = "=" if worked else ";"  # a computation, then its result: one chain
        combined = _combined(cells[1:])
        if combined is not None:  # `| Full model: | -2.0526 | -1.5966 | -3.6492 |`: the terms, then their sum
            for k in range(2, len(walls) - 2):
                chars[walls[k]] = combined
            chars[walls[-2]] = "="
        out.append("".join(chars))
    return out


_CELL_NUMBER = re.compile(r"\s*([-+−]?(?:\d+\.?\d*|\.\d+))\s*")


def _combined(cells: list[str]) -> str | None:
    """The operator that makes a row's last cell of its other cells, each a lone number: "+" where it is their
    sum at the precision it is written (a column of terms and one of their total), "*" where it is their product;
    None for any other row (the values of different quantities side by side)."""
    found = [_CELL_NUMBER.fullmatch(c) for c in cells]
    if len(found) < 3 or not all(found):
        return None
    written = [m.group(1).replace("−", "-") for m in found if m]
    values = [float(w) for w in written]
    decimals = len(written[-1].partition(".")[2])
    half = 0.5 * 10.0**-decimals * (1 + 1e-9) + 1e-12 * len(values)
    if abs(sum(values[:-1]) - values[-1]) <= half:
        return "+"
    return "*" if abs(math.prod(values[:-1]) - values[-1]) <= half else None


def _opening_piece(pieces: Pieces, i: int) -> bool:
    """Piece `i` opens a line cut at a mid-line label and has neither a colon nor an equation: as the whole
    line would not be, it is no short heading without a colon ("oops, that's k = 2. k = 1 reads only the
    last token:"); a lead-in to its working ("Under the full model, log P(y|x) = …") still is one."""
    piece = pieces.lines[i]
    cut = i + 1 < len(pieces.origin) and pieces.origin[i + 1] == pieces.origin[i]
    return cut and pieces.start[i] == 0 and ":" not in piece and "=" not in _K_EQUALS.sub(" ", piece)


# a heading under which the question is restated ("Given:", "**To find:**", "Дано:"), alone or before the data
# (no two optional runs of spaces side by side: a line of spaces is read in linear time)
_RESTATING = re.compile(rf"^[*_#>\s]*{lexicon.alternation(RESTATED)}\s*(?:[*_]+\s*)?[:：]", re.I)
_ITEM = re.compile(r"^\s*(?:[-*•◦]\s|\(?[a-z0-9]{1,2}[.)]\s)")


def _restated(lines: list[str]) -> set[int]:
    """The lines that restate the question: a restating heading's line and what follows it, indented deeper or
    as items of a list, up to a blank line or a line that starts where the heading does ("Solution:")."""
    out: set[int] = set()
    indent: int | None = None
    for i, line in enumerate(lines):
        if _RESTATING.match(line):
            out.add(i)
            indent = len(line) - len(line.lstrip())
        elif (
            indent is not None
            and line.strip()
            and (len(line) - len(line.lstrip()) > indent or _ITEM.match(line))
        ):
            out.add(i)
        else:
            indent = None
    return out


def split(
    lines: list[str],
    derivation_parts: tuple[str, ...] = ("full", "window"),
    typed: frozenset[int] = frozenset(),
) -> Sections:
    """Assign every line to a part: by headings, by what the line is, else derivations in the asked order.
    A line typed at a console's prompt (0-based indices in `typed`: `>> full - win`) is working, never a
    heading. A line that holds several parts, a label opening each mid-line, is cut first (`opens_part`)."""
    pieces = cut_at_labels(lines, opens_part)
    typed = frozenset(k for k, i in enumerate(pieces.origin) if i in typed)
    given, lines = lines, pieces.lines
    s = Sections(lines, [None] * len(lines), pieces=pieces, given=given)
    current: str | None = None
    unlabelled_starts: list[int] = []
    restated = _restated(lines)
    for i, line in enumerate(lines):
        # the question's data copied ("Given: / Full: … / Last token: …"): no part's working
        if i in restated:
            current = None
            continue
        found = None if i in typed or _opening_piece(pieces, i) else _heading(line)
        if found is not None and found[0] in s.labelled and found[0] != current and current == "cost":
            found = None  # "Cheaper: / The window model: it reads one token": the answer, not a new part
        enumerated = _ENUMERATOR.match(line)
        if found is None and enumerated:  # "(b) log P(y|x) = …": the label goes, the working stays
            s.heading[i] = enumerated.end()
            line = " " * enumerated.end() + line[enumerated.end() :]
        if found is not None:
            current, cut = found
            s.heading[i] = cut + _lead_before_maths(line[cut:])
            s.labelled.add(current)
        elif _is_gap_line(line):  # under a Gap heading too: the gap's working, not a new derivation
            current = "gap"
        elif current != "cost" and "=" not in line and _COST_PROSE.search(line):
            current = "cost"
        elif _DERIVATION_START.search(line) and (
            current in (None, "gap", "cost")
            or (current == "?" and (enumerated is not None or (i > 0 and not lines[i - 1].strip())))
        ):
            unlabelled_starts.append(i)
            current = "?"
        s.owner[i] = current
    # derivations under no heading take the derivation parts no heading named, in order
    free = [p for p in derivation_parts if p not in s.labelled]
    assign: dict[int, str] = dict(zip(unlabelled_starts, free, strict=False))
    part: str | None = None
    for i, owner in enumerate(s.owner):
        if i in assign:
            part = assign[i]
        elif owner != "?":
            part = None
        if owner == "?":
            s.owner[i] = part
    return s
