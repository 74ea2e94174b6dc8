"""A line into statements and lines into pieces: statements side by side or joined by words, an
expression carried over lines, a running result, emphasis and "is" read as written."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from fractions import Fraction

from grader.core.lexicon import alternation
from grader.core.meanings import SO, STATES
from grader.core.unspaced import UNSPACED
from grader.derivation.prose import ABOUT, LETTERS, MATHS_START, has_terms_or_names, sub_piece
from grader.maths import semantics as sm
from grader.maths.labels import ANSWER_LABEL
from grader.maths.segment import Piece
from grader.maths.written import POWER_OF_TEN_SHAPE

# what separates two statements on a line; a comma between digits (2,32) is a number's, never one
# (a full stop may follow the blanks of a bold closed before it: "**log₂ Pr(y|x) ≈ −14.37 bits**. The …")
_SEPARATOR = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|[;&→⇒]|(?:(?<=[A-Za-z]{2})|(?<=[0-9)])|(?<=[\w)]  ))\.(?=\s+[A-Z(])|=+>|(?<![<-])-+>|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow)(?![A-Za-z])"
    r"|\b(?:and|then|which gives|giving)\b"
    # a colon after a statement that ends in a value or a name ("Divide by N = 2: −1.1/2 = −0.55"); never
    # ":=" nor a colon inside brackets (y_{1:6}, the loop protects those)
    r"|(?<=[\w)\]}]):(?=[ \t])"
    # a clause that defines a name the statement before it used: "PPL = P^{-1/N} with N = 2", "… where T = 4"
    r"|\b(?:where|with|for|using|given)\b(?=\s+[^\W\d]\w{0,11}\s*(?::=|=|≈|≜))"
    # a word that draws a consequence, in any language with rows; one of a script without spaces needs no
    # edge after it ("N = 2 なので平均：−1.1 / 2 = …")
    rf"|(?<!\w){alternation(SO)}(?:(?<=[{UNSPACED}])|(?!\w)))\s*"
)


# statements side by side with only blanks (or a bar) between them, each a term given a value: "C(<s>)=3 C(<s> I)=2
# | C(I)=3": at the blanks after a value, where a term follows that is itself given one (a term followed by an
# operator, "3/4 P(w|v) + 1/4 P(w)", is a product, never parted); after a bar, a word may come first ("| unigrams
# C(I)=3") and a name may be what is given a value ("| N=17")
_TERM = (
    r"(?!(?:ln|log\d*|lg|lb|ld|exp|sqrt)\b)[A-Za-z][\w']{0,8}(?:_\{?\w{1,8}\}?)?\([^()=\n]{1,40}\)[ \t]*[=≈]"
)
# numbered steps run together on one line ("… = -log2 0.5 = 1 2) -log2 P(cat|the) = …"): the next step's number
# after a value parts them too, and is no maths
_TERM_GIVEN_A_VALUE = re.compile(
    rf"[ \t]+(?:\|[ \t]+(?:[^\W\d_]{{2,20}}:?[ \t]+)?(?={_TERM}|[A-Za-z]\w{{0,3}}[ \t]*[=≈])|(?={_TERM})"
    r"|\(?\d{1,2}[).][ \t]+(?=\S))"
)


# "everything else is between 0.25 and 0.68": the "and" of a range joins its two ends, no statements
_RANGE_OPENED = re.compile(r"\bbetween[ \t]+[-−]?(?:\d[\d.,/]*|\.\d+)[ \t]*$", re.I)
# what a statement gives its term when another statement follows it after blanks: a number alone ("=3", "= 2/3"),
# not a name's digits (log2) nor the end of a sum (2 ln(3/14) + 2 ln(2/13): a coefficient)
_VALUE_ALONE = re.compile(r"[ \t]*[-−]?(?:\d{1,12}(?:\.\d{1,12})?|\.\d{1,12})(?:/\d{1,12})?")


def split_top_level(piece: Piece) -> list[Piece]:
    """Split a line of several statements ("C(I) = 3, C(I am) = 2, so P(am|I) = 2/3") at top-level
    commas, semicolons and joining words; brackets protect the commas inside P(y_2 | x, y_1)."""
    text = piece.text
    cuts: list[tuple[int, int]] = []
    depth = 0
    i = 0
    related = -1  # where the last relation sign stands
    while i < len(text):
        c = text[i]
        if c in "=≈":
            related = i
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif (
            depth == 0
            and c.isspace()
            and i > 0
            and text[i - 1].isspace()
            and i + 1 < len(text)
            and text[i + 1].isspace()
        ):
            pass  # inside a run of spaces: the separator's leading \s* read it from the run's start (linear in a line)
        elif (
            depth == 0
            and c in " \t"
            and related > (cuts[-1][1] if cuts else -1)
            and _VALUE_ALONE.fullmatch(text, related + 1, i)
            and (blanks := _TERM_GIVEN_A_VALUE.match(text, i))
        ):
            cuts.append((i, blanks.end()))
            i = blanks.end()
            continue
        elif depth == 0:
            m = _SEPARATOR.match(text, i)
            # a colon parts statements only after one ("N = 2: …"); after words it ends a label ("row 1: Z = …")
            after_statement = c != ":" or related > (cuts[-1][1] if cuts else -1)
            if (
                m
                and m.end() > i
                and after_statement
                and not (m.group().strip() == "and" and _RANGE_OPENED.search(text, max(0, i - 40), i))
                and (c in ",;&→⇒.:" or text[i : i + 2] == "=>" or text[i - 1 : i].isspace() or i == 0)
            ):
                cuts.append((i, m.end()))
                i = m.end()
                continue
        i += 1
    out: list[Piece] = []
    start, after_arrow = 0, False
    # where the separator before the part opened; whether the part before is in a clause an arrow opened
    start_cut, arrowed = 0, False
    for a, b in cuts + [(len(text), len(text))]:
        if a > start:
            part = sub_piece(piece, start, a)
            if after_arrow and out:
                part = _applied_to_value(out[-1], part) or part
            # "0.25 × 0.33 = 0.0825, × 0.0011 = 9.075e-5": a part opening with an operator carries on from the
            # value the part before it came to, as a line below does (join_continued); so does one that says
            # its operator ("0.5441 times 0.5294 = 0.28805; times 0.4044 = 0.11649")
            # (only where it carries on from a value: else its words stay for the prose reader)
            worded = _operator_in_words(part) if out else part
            if worded is not part and _running_result(out[-1], worded, beside=True) is not None:
                part = worded
            carried = (
                _running_result(out[-1], part, beside=True)
                if out and _CARRIES_ON_BESIDE.match(part.text)
                else None
            )
            first = relation_signs(out[-1].text)[0] if carried is not None else 0
            if carried is not None and not _arithmetic_left(out[-1].text, first):
                # "P = 0.25 × 0.33 = 0.0825, × 0.0011 = …": P names what the whole run comes to, not 0.0825
                out[-1] = sub_piece(out[-1], first + 1, len(out[-1].text))
            part = part if carried is None else _carried_on(carried, part)
            if after_arrow or (arrowed and _JOINING.fullmatch(text[start_cut:start])):
                part = dataclasses.replace(part, arrowed=True)  # "→ negate and exp: e^0.55": one clause
            arrowed = part.arrowed
            out.append(part)
        start_cut, start = a, b
        after_arrow = bool(_ARROW_ONLY.fullmatch(text[a:b]))
    return out


# a log named with no argument, then its value: "-ln = 1.4441", "-log2 = 1", "log₂ ≈ -2.32"
_BARE_LOG = re.compile(r"^(\s*[-−]?\s*)(\\?(?:ln|lg|ld|lb|log(?:_?\{?\d+\}?|[₂₁₀]+)?))(\s*[=≈])")
# a statement that opens with a log ("ln(1/2) = …", "-log2 P = …")
_LOG_FIRST = re.compile(r"^\s*[-−]?\s*\\?(?:ln|lg|ld|lb|log)")
# the value a statement comes to, at its end
_LAST_VALUE = re.compile(r"[=≈]\s*(-?[\d.]+(?:[eE][-+]?\d+)?(?:/\d+)?)\s*$")  # 0.23595, 1/2


def _applied_to_value(before: Piece, part: Piece) -> Piece | None:
    """ "P(the|x) = 0.23595 → -ln = 1.4441": a log named after an arrow with no argument is taken of the
    probability the statement before the arrow came to, "-ln(0.23595) = 1.4441", checked as a step of its own;
    None for any other part (after a statement of a log, or a value that is no probability)."""
    bare, value = _BARE_LOG.match(part.text), _LAST_VALUE.search(before.text)
    if bare is None or value is None or _LOG_FIRST.match(before.text):
        return None  # "ln(1/2) = -0.6931 -> log2 = -1": the other log of the same probability, not of -0.6931
    try:
        probability = 0 < Fraction(value.group(1)) <= 1
    except (ValueError, ZeroDivisionError):
        return None
    if not probability:
        return None
    sign, name, rest = bare.group(1), bare.group(2), part.text[bare.end(2) :]
    number = before.text[value.start(1) : value.end(1)]
    at = before.positions[value.start(1) : value.end(1)]
    positions = part.positions
    head = positions[: bare.end(2)]
    return Piece(
        f"{sign}{name}({number}){rest}",
        head + (at[0],) + at + (at[-1],) + positions[bare.end(2) :],
        part.delimited,
        part.is_answer,
        part.line,
    )


def _carried_on(value: Piece, piece: Piece) -> Piece:
    """The value a running computation came to, then the piece that carries it on, as one piece."""
    gap = (value.positions[-1],)
    return Piece(
        value.text + " " + piece.text,
        value.positions + gap + piece.positions,
        piece.delimited,
        piece.is_answer,
        piece.line,
    )


RESTATEMENT = re.compile(
    r"^\s*(?:[xyw](?:_\{?[0-9a-z+\-]*\}?)?|\\mathbf\{[xyw]\}|\|y\|)\s*="
    # a heading in words that restates the sequence: "Perplexity of y = (deep, blue)", "Answer y = 'a cat'",
    # "Soit y = (y₁,…,y₇). On a …", ending there or its sentence; words after it in its sentence ("The NLL of
    # y = (the, cat) is … = 3.8273") make it a sentence that works, no heading
    r"|^\s*(?:[^\W\d_]+[ \t]+){1,4}[xyw][ \t]*=[ \t]*[(\[\"'⟨<][^=≈]*?[)\]\"'⟩>]\s*(?:$|[.;:]\s)"
)


def own_left_sides(results: list[tuple[Piece, sm.Chain | None]]) -> list[tuple[Piece, sm.Chain | None]]:
    """ "\\ln\\sum_v e^{z_v}\\big|_{x} &= \\ln 7.95 = 2.07": a "= …" part after a part of the same line that
    was not read has that part as its left side, unknown: a new statement, never the line above's next step."""
    out: list[tuple[Piece, sm.Chain | None]] = []
    for k, (part, chain) in enumerate(results):
        if chain is not None and chain.continues and k > 0 and out[-1][1] is None:
            chain = dataclasses.replace(chain, continues=False)
        out.append((part, chain))
    return out


_ARROW_ONLY = re.compile(r"\s*(?:=+>|-+>|[⇒→⟹]|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow))\s*")
_JOINING = re.compile(r"\s*\b(?:and|then)\b\s*")  # "negate and exp": one clause's operations, joined


def arrowed_values(
    piece: Piece, results: list[tuple[Piece, sm.Chain | None]]
) -> list[tuple[Piece, sm.Chain | None]]:
    """ "log Pr(y|x) -> 0.7597": a term or a quantity's name, an arrow, then a lone value states that value
    of it (a statement, checked as one), not a mention and a stray number."""
    out: list[tuple[Piece, sm.Chain | None]] = []
    for part, chain in results:
        prev = out[-1] if out else None
        arrowed = (
            prev is not None
            and prev[1] is not None
            and chain is not None
            and _lone(chain)
            and _is_number(chain.items[0])
            and bool(_ARROW_ONLY.fullmatch(_between(piece, prev[0], part)))
        )
        if arrowed and _lone(prev[1]) and has_terms_or_names(prev[1]):
            joined = dataclasses.replace(
                prev[1], items=(prev[1].items[0], chain.items[0]), relations=("=",), units=(), heading=False
            )
            out[-1] = (prev[0], joined)
            continue
        if arrowed and _worked_to_a_value(prev[1]) and ANSWER_LABEL.match(part.text):
            # "PPL = e^0.55 = 1.7333 ==> final answer: 1.733": the value the working comes to, labelled the
            # answer after an arrow: the student's last word on it, checked against the working at the
            # precision written (an arrow alone often leads to another quantity: "ln 0.09 = -2.38 -> -3.44 bits")
            worked = prev[1]
            unit = chain.units[0] if chain.units and chain.units[0] else None
            units = (*worked.units, unit or worked.units[-1]) if worked.units else ()  # in the unit it had
            joined = dataclasses.replace(
                worked, items=(*worked.items, chain.items[0]), relations=(*worked.relations, "≈"), units=units
            )
            out[-1] = (prev[0], joined)
            continue
        out.append((part, chain))
    return out


def _worked_to_a_value(chain: sm.Chain) -> bool:
    """Is the chain working that ends in a number it comes to (`P = 0.25 × 0.5 = 0.125`)?"""
    return len(chain.items) >= 2 and not chain.aside and _is_number(chain.items[-1])


def _lone(chain: sm.Chain) -> bool:
    return len(chain.items) == 1 and not chain.continues


def _is_number(expr: sm.Expr) -> bool:
    """Is the expression one number as written, signed or not (`0.7597`, `-1.1`)?"""
    return isinstance(expr.arg if isinstance(expr, sm.Neg) else expr, sm.Num)


def _between(piece: Piece, left: Piece, right: Piece) -> str:
    """The text of `piece` between two of its parts (where they came apart)."""
    if not left.positions or not right.positions:
        return ""
    try:
        a = piece.positions.index(left.positions[-1]) + 1
        b = piece.positions.index(right.positions[0])
    except ValueError:
        return ""
    return piece.text[a:b]


_CONTINUES_EXPRESSION = re.compile(
    r"^[&\s]*(?:\\q?quad\s*)?(?:[+*×·]|\\cdot(?![A-Za-z])|\\times(?![A-Za-z]))"
)
# a running computation carried on beside its value: an operator, then a number ("× 0.0011 = …"), never an
# emphasis mark before a word ("so *cat* gets …")
_CARRIES_ON_BESIDE = re.compile(_CONTINUES_EXPRESSION.pattern + r"\s*[-−]?[\d.(]")


_LATEX_ARITHMETIC = re.compile(r"\\(?:times|cdot|d?frac|left|right)(?![A-Za-z])|\\[,;:! ]")
_ARITHMETIC = re.compile(r"[\s\d.+\-*/×·^(){}\[\]eE]*")
_VALUE = re.compile(rf"\s*[-−]?(?:\d+\.?\d*|\.\d+){POWER_OF_TEN_SHAPE}?\s*")


_WORDS_LABEL = re.compile(f"^\\s*[{LETTERS}][{LETTERS}\\s,'’-]*:\\s*")


def _arithmetic_left(text: str, relation: int) -> bool:
    """Is what stands left of the first relation plain arithmetic (numbers and operators, perhaps after a
    label in words: "small ones first: 0.0099 + … = 0.0164"), not a name such as P?"""
    left = _WORDS_LABEL.sub("", _LATEX_ARITHMETIC.sub(" ", text[:relation]))
    return bool(left.strip()) and _ARITHMETIC.fullmatch(left) is not None


def _running_result(prev: Piece, piece: Piece, beside: bool = False) -> Piece | None:
    """A line of numbers worked out to a value ("0.0825 × 0.0011 = 9.075e-5") followed by a line that
    starts with an operator and states its own result ("× 0.5 = 4.5375e-5") is a running computation:
    the new line carries on from the value (returned, as a piece), not from the whole line above. Written
    `beside` it on the same line ("P = 0.25 × 0.33 = 0.0825, × 0.0011 = …"), it carries on from the value
    whatever the value was of."""
    cuts, here = relation_signs(prev.text), relation_signs(piece.text)
    if not cuts or not here:
        return None
    last = cuts[-1]
    start = last + (len("\\approx") if prev.text.startswith("\\approx", last) else 1)
    value = prev.text[start:]
    if not (_arithmetic_left(prev.text, cuts[0]) or beside) or not _VALUE.fullmatch(value):
        return None
    return sub_piece(prev, start + len(value) - len(value.lstrip()), len(prev.text.rstrip()))


# "plus 0.0353 = 0.0517", "then times 0.5 = …": the operator said in a word at the start of a line
_OPERATOR_WORD = re.compile(
    r"^\s*(?:(?:then|and|now)\s+)?(?:(plus|add|adding)|(times|multiplied\s+by|multiply\s+by))\s+(?=[-(.\d])",
    re.IGNORECASE,
)


# after an operator and its operand, a verb that states the result: "times 0.4044 gives 0.1165"
_STATED_AFTER_OPERAND = re.compile(
    rf"(?P<lead>\s*[+×]\s*[-−]?(?:\d+\.?\d*|\.\d+)\s+)(?P<verb>{alternation(STATES)})(?=\s+[-−]?[\d.])",
    re.IGNORECASE,
)


def _operator_in_words(piece: Piece) -> Piece:
    """The piece with a leading operator word written as its symbol, padded so columns stay, and the verb that
    states its result as `=` ("and times 0.4191 gives 0.048825" is "× 0.4191 = 0.048825")."""
    text = piece.text
    m = _OPERATOR_WORD.match(text)
    if m is not None:
        symbol = "+" if m.group(1) else "×"
        text = (" " * m.start(1 if m.group(1) else 2) + symbol).ljust(m.end()) + text[m.end() :]
    stated = _STATED_AFTER_OPERAND.match(text)
    if m is None and stated is None:
        return piece
    if stated is not None:
        text = text[: stated.start("verb")] + "=".ljust(len(stated["verb"])) + text[stated.end("verb") :]
    return dataclasses.replace(piece, text=text)


def join_continued(pieces: list[Piece]) -> list[Piece]:
    """A line that starts with + or × (or says it: "plus 0.0353 = 0.0517") carries on the expression
    above it (a long sum broken over lines, `&\\quad + \\log P(y_2 | x, y_1)`): join the two into one piece."""
    out: list[Piece] = []
    alone = {line for line, n in Counter(p.line for p in pieces).items() if n == 1}  # a line's only piece
    for piece in pieces:
        piece = _operator_in_words(piece)
        last_line = out[-1].positions[-1][0] if out and out[-1].positions else None
        next_line = piece.line == (last_line or 0) + 1
        if out and next_line and _wrapped(out[-1], piece):
            out[-1] = _joined(
                out[-1], piece
            )  # a display row broken mid-product: "P(a)\\,P(b)\\," then "P(c)"
            continue
        beside = bool(out) and piece.line == last_line and piece.delimited and out[-1].delimited
        if beside and _CARRIES_ON_BESIDE.match(piece.text):  # "$… = 0.0825$, $\\times 0.0011 = …$"
            carried = _running_result(out[-1], piece, beside=True)
            if carried is not None:
                out.append(_carried_on(carried, piece))
                continue
        if out and next_line and {out[-1].line, piece.line} <= alone and _shown_value(out[-1], piece):
            out[-1] = _equated(
                out[-1], piece
            )  # "=SUM(-0.7,-0.4)" then "-1.1": what the cell or the calculator shows
            continue
        if out and _CONTINUES_EXPRESSION.match(piece.text) and next_line:
            prev = out[-1]
            carried = _running_result(prev, piece)
            if carried is not None:  # "0.0825 × 0.0011 = 9.075e-5" then "× 0.5 = 4.5375e-5"
                out.append(_carried_on(carried, piece))
                continue
            out[-1] = _joined(prev, piece)
        else:
            out.append(piece)
    return out


# a value alone on its line, a unit after it at most ("-1.1", "3.8273 nats")
_LONE_VALUE = re.compile(_VALUE.pattern + r"(?:(?:nats?|bits?)\s*)?")
# an expression of numbers: an operator between two of them, or a function applied to one ("ln(.25)")
# (a minus spaced on one side only is a sign: "-1.4441 -2.3832" lists two values, as a notebook prints them)
_NUMBER_EXPRESSION = re.compile(
    r"[\d.)](?:\s*[+*/×·^]\s*|[-−]|\s+[-−]\s+)[-−(]?[\d.(]|\b(?:ln|log\w*|exp|sqrt)\s*\(?\s*[-−]?[\d.]"
)


def _shown_value(prev: Piece, piece: Piece) -> bool:
    """Is `piece` a lone value under a line that is an expression of numbers and nothing more (no relation,
    no words): the value a spreadsheet cell or a calculator shows for the formula typed above it?"""
    text = prev.text
    return (
        not (prev.output or prev.code or piece.output or piece.code)  # a notebook's own lines pair otherwise
        and _LONE_VALUE.fullmatch(piece.text) is not None
        and _NUMBERS_ONLY.fullmatch(re.sub(r"\b(?:ln|log\d*|exp|sqrt)\b", "", text)) is not None
        and _NUMBER_EXPRESSION.search(text) is not None
    )


# what an expression of numbers is written with: digits, points, operators, brackets and the commas of a call
_NUMBERS_ONLY = re.compile(r"[\s\d.,+\-−*/×·^()\[\]{}]*")


def _equated(prev: Piece, piece: Piece) -> Piece:
    """An expression and the value shown for it below, as one statement ("… = -1.1"; the "=" stands where
    the expression's line ends)."""
    end = prev.positions[-1] if prev.positions else (prev.line, 1)
    return Piece(
        prev.text + " = " + piece.text,
        prev.positions + (end, end, end) + piece.positions,
        prev.delimited and piece.delimited,
        prev.is_answer or piece.is_answer,
        prev.line,
    )


# A display row that ends where an expression cannot: after an operator, an open bracket or LaTeX's thin
# space between factors; its next source line carries it on (a LaTeX row ends at \\, not at a newline).
_BROKEN_ROW = re.compile(r"(?:[-+*×·(/]|\\(?:cdot|times)|\\[,;:! ])\s*$")


def _wrapped(prev: Piece, piece: Piece) -> bool:
    """Is `piece` the rest of `prev`, broken over two lines: a display row that ends where an expression
    cannot, or plain text wrapped inside a bracket ("… + (–" then "0.0021) + …", a PDF's line wrap)?"""
    if prev.delimited and piece.delimited:
        return bool(_BROKEN_ROW.search(prev.text))
    if prev.delimited or piece.delimited or len(prev.text) + len(piece.text) > _MAX_WRAPPED:
        return False  # a wrapped line is a line of a page; longer is not a wrap (and stays cheap)
    if prev.text.count("(") > prev.text.count(")") and piece.text.count(")") > piece.text.count("("):
        return bool(_BROKEN_ROW.search(prev.text))
    # "log Pr(y|x) = ln Pr(The|x) + … + ln" then "Pr(France|x) + …": a relation, then an operator or a
    # log with nothing after it (a dash is left alone: it ends sentences too)
    # ("= 2/" then "P(I|<s>) = …" is an abandoned line, then a new statement: not one)
    return (
        "=" in prev.text
        and bool(_OPEN_END.search(prev.text))
        and not _CONTINUES_EXPRESSION.match(piece.text)
        and not _RELATION.search(piece.text)
    )


_MAX_WRAPPED = 600
_OPEN_END = re.compile(r"(?:[+*×·/]|\b(?:ln|log|exp|log2|log10))\s*$")


def _joined(prev: Piece, piece: Piece) -> Piece:
    """Two pieces read as one, the second carrying on the first (a space between them)."""
    gap = (prev.positions[-1] if prev.positions else (prev.line, 1),)
    return Piece(
        prev.text + " " + piece.text,
        prev.positions + gap + piece.positions,
        prev.delimited,
        prev.is_answer or piece.is_answer,
        prev.line,
    )


# Markdown emphasis around words or numbers (**3.827 nats**, __0.11__), never a power such as 2**3.
_EMPHASIS = re.compile(r"(?<![\w)*_])(?:\*\*|__)(?=[^\s*_])|(?<=[^\s*_(])(?:\*\*|__)(?![\w(*_])")


# "Pr(y | x) is about 0.33", "… comes to -1.1": between maths and a number, a stating verb says "=" (positions kept)
_IS = re.compile(
    rf"(?<=[)\]}}])\s+(?:was|{alternation(STATES)})" + ABOUT + r"\s+(?=[-−]?\.?\d)", re.IGNORECASE
)


# a sentence's full stop inside the text of a unit: "≈ -14.366 \text{ bits.}"
_UNIT_TEXT_STOP = re.compile(r"(?<=\\text\{)(\s*(?:nats?|bits?)\s*)\.(?=\s*\})")


def unmarked(piece: Piece) -> Piece:
    """The piece with Markdown emphasis markers blanked, a full stop in a unit's text blanked and "is" between
    a term and its value read as "=" (positions kept)."""
    text = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), piece.text)
    text = _UNIT_TEXT_STOP.sub(lambda m: m.group(1) + " ", text)
    text = _IS.sub(lambda m: " =" + " " * (len(m.group(0)) - 2), text)
    return piece if text == piece.text else dataclasses.replace(piece, text=text)


_GAP = re.compile(r"[ \t]{2,}")
# a remark in brackets that opens with a word: "(bigram 2/3, unigram 3/17)", "(rounded)"
_LATIN_REMARK = f"\\((?=[{LETTERS}]{{3}})[^()=]*\\)"
# a value stated as written (after a relation or a label's colon): 3, 0.25, .544, 2/3, its unit after it
# ("Total: 3.8273 nats"); a full stop after it ends a sentence, a remark in brackets
# may follow it ("= .419 (bigram 1/2, unigram 3/17) total = …")
_VALUE_BEFORE = re.compile(
    r"(?:[=≈]|(?<=[^\W\d]):)\s*[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?(?:[ \t]+(?:nats?|bits?))?"
    r"(?:(?P<stop>\.)|[ \t]*\([^()=]{0,100}\))?$"
)
# an aside in brackets opened by a connective, that states a relation: "= -1.1 (so Pr(y|x) = e^-1.1 ≈ 0.33)"
_CONNECTIVE_ASIDE = r"\((?:so|i\.?e\.?|hence|thus|that is|which is)[,:]?[ \t]+(?=[^\n]*[=≈])"
# an aside in brackets that states relations of its own: "= 2/3 (C(<s> I)=2, C(<s>)=3)"; a relation is never
# a factor of a product, so the bracket is no operand
_RELATION_ASIDE = r"\((?=(?:[^()=≈]|\([^()]*\))*[=≈](?:[^()]|\([^()]*\))*\))"
_TERM_AFTER = re.compile(
    f"[ \\t]+(?=(?:C|c|Count|count|P|Pr|p|pr|\\\\Pr)\\([^()]*\\)[ \\t]*[=≈]|(?!(?:nats?|bits?)\\b)[A-Za-z]\\w*[ \\t]*[=≈][^=]|{_LATIN_REMARK}|{_CONNECTIVE_ASIDE}|{_RELATION_ASIDE})"
)
_AFTER_STOP = re.compile(r"[ \t]+(?=[-−(.\d\\A-Za-z])")


def _next_statement(text: str, i: int) -> re.Match[str] | None:
    """After a stated value, the next statement: "C(I)=3 C(am)=2", "p(i|<s>)=.544 p(am|i)=.529" (a
    count or probability term or a name, each before its "=", or a remark in brackets starts it; never
    "= 3/4 C(vw)/C(v)", a product), "V=11. 3/14 x
    3/14 = …" (a sentence's full stop ends the value)."""
    # only the tail before i can hold that value: a bounded window keeps a long line linear
    value = _VALUE_BEFORE.search(text, max(0, i - 160), i)
    if value is None:
        return None
    return (_AFTER_STOP if value["stop"] else _TERM_AFTER).match(text, i)


_RELATION = re.compile(r"[=≈]")
_ROW_LABEL = re.compile(f"\\s*[{LETTERS}][{LETTERS} -]*:\\s*")
_LABELLED_VALUE = re.compile(_ROW_LABEL.pattern + r"[-−]?\.?\d")
_OPEN = "=≈+-−*/×·^(&"  # what a statement cannot start or end with


def columns(piece: Piece) -> list[Piece]:
    """Statements laid out side by side ("C(<s>) = 3     C(<s> I) = 2"): a wide gap at the top level
    between two parts that each state a relation separates them; a product is never written so."""
    text = piece.text
    cuts, depth = [], 0
    for i, c in enumerate(text):
        depth += c in "([{"
        depth -= c in ")]}"
        if depth == 0 and c in " \t" and (i == 0 or text[i - 1] not in " \t"):
            gap = _GAP.match(text, i) or _next_statement(text, i)
            # "C(<s> I)   = 2": a gap before or after a relation or an operator is inside a statement
            if gap and text[:i].strip() and text[gap.end() :].strip() and not _inside(text, i, gap.end()):
                cuts.append((i, gap.end()))
    if not cuts:
        return [piece]
    bounds = [0] + [x for cut in cuts for x in cut] + [len(text)]
    parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    if len(parts) > 2 and _ROW_LABEL.fullmatch(text[parts[0][0] : parts[0][1]]):
        parts = parts[1:]  # "bigram:   C(<s> I)=2   C(I am)=2": the row's label, then its statements
    unwrapped = [_unbracketed(text, a, b) for a, b in parts]
    asides = {k for k, bounds in enumerate(unwrapped) if bounds != parts[k]}
    parts = unwrapped
    # a remark in words between two statements ("= .419 (bigram 2/3, unigram 3/17) total = …") is prose
    remarks = {k for k, (a, b) in enumerate(parts) if k and re.fullmatch(_LATIN_REMARK, text[a:b].strip())}
    if len(parts) - len(remarks) < 2:
        return [piece]  # one statement and a remark in words: the line as written
    asides -= remarks
    parts = [bounds for k, bounds in enumerate(parts) if k not in remarks]
    whole = [text[a:b].strip() for a, b in parts]
    # the first may carry on the line above ("= -0.27    (Pr(y|x) = e^-0.27 ≈ 0.76)")
    # or states its value after a label's colon ("Total: 3.8273 nats.   (Pr(y|x) = e^-3.8273 ≈ 0.0218)")
    if not all(
        (_RELATION.search(t) or k == 0 and _LABELLED_VALUE.match(t))
        and (t[0] not in _OPEN or (k == 0 and t[0] == "="))
        and t[-1] not in _OPEN
        for k, t in enumerate(whole)
    ):
        return [piece]  # "= 4/36 =   1/9": one statement with space in it
    out = [sub_piece(piece, a, _before_punctuation(text, a, b)) for a, b in parts]
    # an aside in brackets is checked but is never the answer its line labels ("Answer: P = 0.0488 (ln P = …)")
    return [
        dataclasses.replace(p, is_answer=False, aside=True) if k in asides else p for k, p in enumerate(out)
    ]


# where the maths of an aside starts: after its connective word, if any ("(so Pr(y|x) = …)")
_ASIDE_START = re.compile(
    r"\s*(?:(?:so|i\.?e\.?|hence|thus|check|that is|which is)[:,]?\s+)?(?=" + MATHS_START.pattern + ")"
)


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A column that is one statement in brackets ("(Pr(y|x) = e^-0.27 ≈ 0.76)", an aside beside the
    result) without its brackets; any other column as it is."""
    a = start + len(text[start:end]) - len(text[start:end].lstrip())
    b = _before_punctuation(text, a, end)
    opened = _ASIDE_START.match(text, a + 1) if b - a >= 2 and text[a] == "(" and text[b - 1] == ")" else None
    if opened is None:
        return start, end  # "(there is no y_3, so …)": words in brackets stay a remark in prose
    depth = 0
    for i in range(a, b):
        depth += text[i] in "([{"
        depth -= text[i] in ")]}"
        if depth == 0 and i < b - 1:
            return start, end  # "(1 - 0.25) = 0.75": the bracket closes before the end
    return opened.end(), b - 1


# an operator or relation LaTeX spells as a command (`\cdot`, `\times`, `\approx`)
_LATEX_OPERATOR = r"\\(?:cdot|times|div|pm|mp|ast|approx|simeq|sim|neq|leq?|geq?)(?![A-Za-z])"
_OPERATOR_AFTER = re.compile(_LATEX_OPERATOR)
_OPERATOR_BEFORE = re.compile(_LATEX_OPERATOR + r"\s*$")


def _inside(text: str, start: int, end: int) -> bool:
    """Does the gap text[start:end] lie inside one statement: after or before a relation or operator
    (`C(<s> I)   = 2`, `0.2359   \\cdot 0.0923`)?"""
    operators = tuple(_OPEN.replace("(", "") + "≈")
    if text[:start].rstrip()[-1:] in operators + ("(",) or text[end:][:1] in operators:
        return True
    return _OPERATOR_AFTER.match(text, end) is not None or _OPERATOR_BEFORE.search(text, 0, start) is not None


def _before_punctuation(text: str, start: int, end: int) -> int:
    """The end of a statement without the comma or semicolon that parts it from the next one, or the full
    stop that ends its sentence ("Total: 3.8273 nats.", "(… ≈ 0.0218.)"; never a dot of an ellipsis)."""
    while end > start and (
        text[end - 1] in " ,;" or text[end - 1] == "." and end - 1 > start and text[end - 2] not in "."
    ):
        end -= 1
    return end


def relation_signs(text: str) -> list[int]:
    """Offsets of the top-level = and ≈ signs of a line (not inside brackets)."""
    out: list[int] = []
    depth = 0
    for i, c in enumerate(text):
        depth += c in "([{"
        depth -= c in ")]}"
        if (
            depth == 0
            and (c in "=≈" or text.startswith("\\approx", i))
            and text[i - 1 : i] not in ("<", ">", "!")
        ):
            out.append(i)
    return out


def wide_gap(text: str) -> bool:
    """Does a wide gap at the top level stand between two operands (where a product is never written)?"""
    depth = 0
    for m in re.finditer(r"[ \t]{2,}|[([{]|[)\]}]", text):
        token = m.group(0)
        depth += token in "([{"
        depth -= token in ")]}"
        if depth == 0 and token.isspace():
            left, right = text[: m.start()].rstrip()[-1:], text[m.end() :][:1]
            if left and right and left not in _OPEN + "≈" and right not in _OPEN + "≈)":
                return True
    return False
