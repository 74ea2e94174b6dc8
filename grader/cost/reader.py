"""Read a cost answer: find the maths on each line and parse it with grammars/arithmetic.lark.

The result is a plain model (frozen dataclasses with spans, no sympy): one `Chain` of expressions
joined by `=` per piece of maths. Letters get their meaning from the problem's symbol table here,
never from the lexer: a problem symbol, a sum's index, a letter run like `nd` (n·d), or unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from lark import Lark, Token, Transformer, Tree, UnexpectedInput
from lark.exceptions import VisitError

from grader.core.meanings import COUNTERFACTUAL, TEMPTING
from grader.core.parsercache import parser_cache
from grader.core.precheck import decimal_commas
from grader.core.source import Span
from grader.core.unspaced import UNSPACED
from grader.cost.code import Loop, Shift, definition, loop_head, loops, rewrite
from grader.cost.languages import (
    ABBREVIATIONS,
    ANSWER_LABELS,
    ANSWER_TITLES,
    APPROX,
    ASIDE_LABELS,
    BEATS,
    BY_FACTOR,
    COMPARATIVES,
    CONCLUSION_LABELS,
    CONDITIONS,
    CONTRAST,
    COPULAS,
    COST_LETTER_WORDS,
    DETERMINERS,
    FOR,
    FROM,
    GROWS,
    LETTER,
    LIKE,
    OF,
    ONE_LETTER_WORDS,
    RUNS,
    SUM_WORDS,
    TERM_AFTER,
    TO,
    every,
    words,
)
from grader.maths.brackets import bracket_end
from grader.maths.dressing import boxed, markup_signs, pointer_mark, undress
from grader.maths.notebook import read_notebook
from grader.maths.spoken import spoken_lines

MAX_LINE = 400  # characters of one line of maths
MAX_NODES = 300  # pieces of one expression
MAX_DEPTH = 12  # brackets nested
MAX_DIGITS = 12
MAX_TRIES = 64  # pieces of one line tried with the parser
MAX_LINES_READ = 300
INDEX_LETTERS = frozenset("ijt")  # a sum's index, or a step's, when the problem gives them no meaning
# functions a count may be written with (|V|^n = exp(n ln |V|)); the algebra turns them into powers
FUNCTIONS = {"exp": "exp", "ln": "ln", "log": "ln"}
# words spelt only with cost letters, in the course's languages: prose, never a product such as i·n
WORDS = frozenset(every(COST_LETTER_WORDS))
# words of one letter (a, y, e, à): prose unless the problem names the letter; `O` stays big-O, i an index
ONE_LETTER = frozenset(w for x in every(ONE_LETTER_WORDS) for w in (x, x.capitalize())) - {"O", "i", "j", "t"}


def _letters(word: str, symbols: frozenset[str], prose: bool = True) -> bool:
    """A run of letters read as a product (nd = n·d): only the problem's letters and indices; with
    `prose`, not an English word (inside maths already told from prose, `2id` is 2·i·d)."""
    return (
        not (prose and word in WORDS)
        and all(c in symbols or c in INDEX_LETTERS for c in word)
        and any(c in symbols for c in word)
    )


@dataclass(frozen=True)
class Node:
    """One piece of an expression: op is num | sym | add | sub | mul | div | neg | pow | factorial |
    binom | sum | big_o | fn (exp or ln of its argument; text names it) | e (Euler's number)."""

    op: str
    args: tuple[Node, ...] = ()
    text: str = ""  # the number's digits, the symbol's letter, the sum's index


@dataclass(frozen=True)
class Expr:
    node: Node
    span: Span
    text: str
    free_index: bool  # uses a step index (i) outside any sum: a per-step cost, not a total
    big_o: bool  # written as O(…) or Θ(…)
    approx: bool = False  # after `≈`, `~` or "roughly": an approximation, not the exact count
    mention: bool = False  # named in a sentence (|V| is large, the n² term, not d²), not a count
    sentence: bool = False  # a single expression inside a sentence ("the n²d term takes over")
    growth: bool = False  # after "grows like", "scales as": how the count grows, not the count itself


@dataclass(frozen=True)
class Chain:
    """`e0 = e1 = …` on one line (or continued on the next lines with a leading `=`)."""

    exprs: tuple[Expr, ...]
    answer: bool  # an `Answer:` line
    aside: bool = False  # on a remark's line (Remark:, Sanity check:, in brackets): never the answer


@dataclass(frozen=True)
class Unread:
    """A line that looks like maths but could not be read; `unknown` names the letter if that is why."""

    line: int
    column: int
    end_column: int
    message: str
    unknown: str = ""


class UnknownName(Exception):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


class TooBig(Exception):
    pass


@cache
def parser() -> Lark:
    """The LALR parser of grammars/arithmetic.lark, built once (cached in the user's own cache folder)."""
    return Lark.open_from_package(
        "grader.grammars",
        "arithmetic.lark",
        ("",),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        cache=parser_cache("arithmetic"),
    )


class _Build(Transformer):
    """Parse tree -> Node, resolving letters through the symbol table."""

    def __init__(self, symbols: frozenset[str], bound: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.symbols = symbols
        self.bound = bound  # the letters a sum of the piece runs over (`\sum_{l=1}^{L}`): its index
        self.count = 0

    def _node(self, op: str, args: tuple[Node, ...] = (), text: str = "") -> Node:
        self.count += 1
        if self.count > MAX_NODES:
            raise TooBig(f"more than {MAX_NODES} pieces in one expression")
        return Node(op, args, text)

    def number(self, items: list[Token]) -> Node:
        text = str(items[0])
        if len(text.replace(".", "")) > MAX_DIGITS:
            raise TooBig(f"a number longer than {MAX_DIGITS} digits")
        return self._node("num", text=text)

    def name(self, items: list[Token]) -> Node:
        word = str(items[0])
        if word in self.symbols or word in INDEX_LETTERS or word in self.bound:
            return self._node("sym", text=word)
        if word in FUNCTIONS:  # applied to what follows it, in `mul` below
            return self._node("fn", text=FUNCTIONS[word])
        if word == "e":  # Euler's number: no problem letter is e (ROLES)
            return self._node("e")
        # a piece reaches the parser only without words of prose, so `id` here is glued to maths
        if _letters(word, self.symbols, prose=False):  # nd = n·d
            out = self._node("sym", text=word[0])
            for c in word[1:]:
                out = self._node("mul", (out, self._node("sym", text=c)), "run")
            return out
        raise UnknownName(word)

    def cardinality(self, items: list[Token]) -> Node:
        letter = str(items[0]).strip("| \t")
        if letter not in self.symbols:
            raise UnknownName(f"|{letter}|")
        return self._node("sym", text=letter)

    def _binary(op: str):  # noqa: N805 - a factory of methods
        def method(self: _Build, items: list[Node]) -> Node:  # operand, operator, operand
            return self._node(op, (items[0], items[-1]))

        return method

    add = _binary("add")
    sub = _binary("sub")
    div = _binary("div")
    frac = _binary("div")  # \frac{a}{b}

    def mul(self, items: list[Node]) -> Node:
        """a·b written with an operator (a, ·, b) or side by side (imul: a, b)."""
        a, b = items[0], items[-1]
        if a.op == "fn" and not a.args:  # exp(x), ln V
            return self._node("fn", (b,), a.text)
        if a.op == "mul" and a.args[1].op == "fn" and not a.args[1].args:  # n ln V is n·ln(V)
            return self._node("mul", (a.args[0], self.mul([a.args[1], b])), a.text)
        return self._node("mul", (a, b))

    imul = mul

    def pow(self, items: list[Node]) -> Node:
        base, exponent = items[0], items[-1]
        if base.op == "e":  # e^{n ln V} is exp(n ln V)
            return self._node("fn", (exponent,), "exp")
        if base.op == "mul" and base.text == "run":  # Ld^2 is L·d², not (Ld)²
            return self._node("mul", (base.args[0], self.pow([base.args[1], exponent])))
        return self._node("pow", (base, exponent))

    def pow_digit(self, items: list[Node | Token]) -> Node:
        digit = "²³⁴⁵⁶⁷⁸⁹".index(str(items[1])) + 2
        return self.pow([items[0], self._node("num", text=str(digit))])  # type: ignore[list-item]

    def pow_letter(self, items: list[Node | Token]) -> Node:
        letter = "nikmdht"["ⁿⁱᵏᵐᵈʰᵗ".index(str(items[1]))]
        return self.pow([items[0], self.name([Token("NAME", letter)])])  # type: ignore[list-item]

    def factorial(self, items: list[Node]) -> Node:
        return self._node("factorial", (items[0],))

    def binom(self, items: list[Node]) -> Node:
        return self._node("binom", (items[0], items[1]))

    def neg(self, items: list[Node]) -> Node:
        return self._node("neg", (items[-1],))

    def pos(self, items: list[Node]) -> Node:
        return items[-1]

    def big_o(self, items: list[Token | Node]) -> Node:
        return self._node("big_o", (items[-1],))  # type: ignore[arg-type]

    def bounds(self, items: list[Token | Node]) -> tuple[str, Node]:
        return str(items[0]), items[1]  # type: ignore[return-value]

    def sum(self, items: list[object]) -> Node:
        (index, lower), _caret, upper, body = items
        if len(index) != 1:
            raise UnknownName(index)
        return self._node("sum", (lower, upper, body), index)  # type: ignore[arg-type]


def _uses(node: Node, op: str) -> bool:
    return node.op == op or any(_uses(a, op) for a in node.args)


def _free_index(node: Node, symbols: frozenset[str], bound: frozenset[str] = frozenset()) -> bool:
    if node.op == "sym":
        return node.text not in symbols and node.text not in bound
    if node.op == "sum":
        lower, upper, body = node.args
        inner = bound | {node.text}
        return (
            _free_index(lower, symbols, bound)
            or _free_index(upper, symbols, bound)
            or _free_index(body, symbols, inner)
        )
    return any(_free_index(a, symbols, bound) for a in node.args)


# the line that gives the answer: "Answer:", "Final answer:", "Result:", "TL;DR:", "Bottom line:", and a
# memo's "Conclusion:", "Conclusion.", "In conclusion,"
_ANSWER = re.compile(
    rf"^\s*(?:\*\*\s*)?(?:{words(ANSWER_LABELS)}\s*(?:\*\*)?\s*[:：]"
    rf"|{words(CONCLUSION_LABELS)}\s*(?:\*\*)?\s*(?:[:：]|[.,](?=\s)))\s*",
    re.I,
)
# a heading of its own that names the answer ("3. Conclusion", "## Final answer", "**Conclusion**"): the
# paragraph under it gives the answer, even where working (a schedule, an appendix) comes after it
_ANSWER_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*|[1-9]\d?\.\s*|[IVX]{1,4}\.\s*)?(?:\*\*\s*)?"
    rf"{words(CONCLUSION_LABELS, ANSWER_LABELS)}\s*(?:\*\*)?\s*[:：.]?\s*(?:\*\*)?\s*$",
    re.I,
)
# an answer sheet's title on a line of its own ("**Antwort:**", "Réponse :", "## Answer")
_SHEET_TITLE = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*\s*)?{words(ANSWER_TITLES)}\s*(?:\*\*)?\s*[:：.]?\s*(?:\*\*)?\s*$", re.I
)
# a numbered paragraph's label ("2.1 ", "3.1.2 "): in a text that numbers its paragraphs, or before a
# sentence, never a factor; an operator after it makes it a number of the maths (`1.5 × 10^8`)
_PARAGRAPH = re.compile(r"^\s*[1-9]\d?(?:\.\d{1,2})+\.?\s+(?![\s×*·⋅/^=+\-−–]|x\b)")
MIN_PARAGRAPHS = 2  # labelled lines that show a text numbers its paragraphs
# a footnote's mark ("…/2.[1]", "n(n+1)/2[^2]"): it cites, it multiplies nothing; a line opening with one
# is the footnote itself, an authority cited on the side, never the answer
_FOOTNOTE_MARK = re.compile(r"\[\^?\d{1,3}\]")
_FOOTNOTE = re.compile(r"^\s*\[\^?\d{1,3}\]:?\s")
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•]|\([a-c]\))\s+(?=\D)")  # "1. ", "- ", "(a) "
_DASH_ITEM = re.compile(r"^\s*[-*•]\s+")  # an item of a list of dashes, whatever follows
_DASH = re.compile(r"[ \t]*[-*•][ \t]+\S")


_DEEPER_ITEMS = 40  # how far a list's deeper items may part two of its items (bounds the scan)


def dash_lists(lines: list[str]) -> set[int]:
    """The lines (numbered from 1) that are items of a list: two or more lines opening with a dash (or * or
    •) and a space at the same indent, with only deeper items between them. A lone "- 2 L d" may subtract;
    a run of them is a list."""
    opens = [(m.group(0).index(m.group(0).strip()[0]) if (m := _DASH.match(line)) else -1) for line in lines]

    def sibling(k: int, step: int) -> bool:
        j = k + step
        while 0 <= j < len(opens) and opens[j] > opens[k] and abs(j - k) < _DEEPER_ITEMS:
            j += step  # a deeper item of the same list
        return 0 <= j < len(opens) and opens[j] == opens[k]

    return {k + 1 for k, indent in enumerate(opens) if indent >= 0 and (sibling(k, -1) or sibling(k, 1))}


# a sum in words: "Σ (m+i) from i=1 to n", "sum of (m + i) for i = 1 to n"
_WORDED_SUM = re.compile(
    rf"(?:Σ|∑|\\sum|\b{words(SUM_WORDS)})(?:\s+{words(OF)})?\s*(\([^()]*\)|[^\s()]+)\s+{words(FROM, FOR)}\s+"
    rf"([a-z])\s*=\s*([\w+-]+)\s+{words(TO)}\s+([\w+-]+)"
)


def _worded_sum(match: re.Match[str]) -> str:
    """The sum in the grammar's notation, padded to the same length so columns stay exact."""
    body, index, lower, upper = match.groups()
    written = f"\\sum_{{{index}={lower}}}^{{{upper}}} {body}"
    return written.ljust(len(match.group(0))) if len(written) <= len(match.group(0)) else match.group(0)


# an index's range said in a sentence: "over i = 1, ..., n", "i = 1..n", "i = 1 to n", "i runs from 1 to n"
_BOUND = r"[A-Za-z0-9][\w+-]*"
_RANGE_SAID = re.compile(
    rf"(?<![\w|\\])([a-z])(?:\s*=\s*({_BOUND})\s*,?\s*(?:\.{{2,3}}|…|⋯|\\[lc]?dots\b|\b{words(TO)}\b)"
    rf"\s*,?\s*|\s+(?:{words(RUNS)}\s+)?{words(FROM)}\s+({_BOUND})\s+{words(TO)}\s+)"
    rf"({_BOUND})"
)
# a sum whose range is not written on it: "sum of X", "the sum over i of X", a bare Σ or Σ_i
_SUM_SAID = re.compile(
    rf"\b(?:{words(DETERMINERS)}\s+)?{words(SUM_WORDS)}\s+(?:{words(FOR)}\s+([a-z])\s+)?{words(OF)}\s+"
    r"|(?:Σ|∑|\\sum)(?:_\{?([a-z])\}?(?![\w{=<≤]))?(?!\s*[_^])\s*"
)
MAX_RANGES = 8  # indices whose range one line states
_MACRO = re.compile(r"\\[A-Za-z]+")


def said_ranges(raw: str, symbols: frozenset[str]) -> dict[str, tuple[str, str]]:
    """The ranges the line states for step or sum indices (a problem's own letter is never an index)."""
    out: dict[str, tuple[str, str]] = {}
    for match in _RANGE_SAID.finditer(raw[:MAX_LINE]):
        index, lower, upper = match.group(1), match.group(2) or match.group(3), match.group(4)
        if index in INDEX_LETTERS and index not in symbols and len(out) < MAX_RANGES:
            out[index] = (lower, upper)
    return out


def _unsaid(match: re.Match[str], symbols: frozenset[str]) -> str:
    """A range stated for an index, blanked (it counts nothing); any other match as it is written."""
    index = match.group(1)
    return " " * len(match.group(0)) if index in INDEX_LETTERS and index not in symbols else match.group(0)


def _said_body_end(text: str, start: int) -> int:
    """Where the terms of a sum said in words end: at `=`, `≈` or `;` outside brackets, a clause's comma
    or full stop, or the end of the line."""
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        depth += (char in "([{") - (char in ")]}")
        if depth < 0:
            return index
        if depth == 0 and (char in "=≈∼~;" or (char in ",." and text[index + 1 : index + 2] in ("", " "))):
            return index
    return len(text)


def said_sums(
    text: str, symbols: frozenset[str], ranges: dict[str, tuple[str, str]]
) -> list[tuple[int, int, str]]:
    """Each sum written without its range ("sum of (m + i)", `Σ_i (m+i)`) as a sum over the range the text
    states for its index (start, end, the sum); with no range stated, or two that fit, it stays a sum
    the grammar cannot read (its terms are never read as the count)."""
    out = []
    for match in _SUM_SAID.finditer(text):
        end = _said_body_end(text, match.end())
        body = text[match.end() : end].rstrip()
        if not body or _words_of_prose(body, symbols):
            continue  # "the sum of the step costs": a sentence, not a sum
        named = match.group(1) or match.group(2)
        letters = _MACRO.sub(" ", body)  # `\times` holds no index
        fits = [v for v in ([named] if named else sorted(ranges)) if v in ranges and v in letters]
        if len(fits) != 1 or named and named not in ranges:
            out.append((match.start(), match.end(), "Σ "))
            continue
        lower, upper = ranges[fits[0]]
        out.append((match.start(), match.end() + len(body), f"Σ_{{{fits[0]}={lower}}}^{{{upper}}} ({body})"))
    return out


_DELIMS = re.compile(r"\\\[|\\\]|\\\(|\\\)|\$\$?|\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}|\\\\")
_ASCII_RULE = re.compile(r"^\s*[-=+|:]*-{3,}[-=+|:]*(?:\s+[-=+|:]*-{3,}[-=+|:]*)*\s*$")
# a cell wall of a plain-text table: a bar with space on both sides (|V|'s bars hug their letter)
_WALL = re.compile(r"(?<=\s)\|(?=\s)")
# a code comment after a statement: `# …`, `// …` (never `// 2`, an integer division)
_COMMENT = re.compile(r"(?<=\S)\s+(?:#|//(?!\s*[\d(]))\s.*$")
_LINE_COMMENT = re.compile(r"^\s*//+(?=\s*=)")  # a C-family comment that goes on with `= …`: maths
_FUNCTION_MACRO = re.compile(r"\\(?=(?:ln|log|exp)(?![A-Za-z]))")  # \ln |V| is ln |V|
# a font on one letter without braces (`\mathcal V`, `\mathbb V`): the letter is the maths; braced
# fonts are undressed by the shared step (blanked here, after the table walls are found: |\mathcal V|
# keeps its bars hugging). A proof's end mark is blanked by the shared step.
_FONT_LETTER = re.compile(
    r"\\(?:math(?:cal|rm|bf|it|sf|tt|bb|scr|frak)|boldsymbol|bm)\s*(?=[A-Za-z](?![A-Za-z]))"
)
# the script letter ℓ (`\ell`), a sum's index over layers: the letter l, padded so columns stay exact
_SCRIPT_L = re.compile(r"\\ell(?![A-Za-z])|ℓ")
_MATHS_HINT = re.compile(r"[=^Σ∑+*·×]|\\sum|\\frac|\d\s*[a-zA-Z(]|[a-zA-Z)]\s*[*/·×]")


@dataclass(frozen=True)
class _Parsed:
    """A piece the grammar read: its expressions, their trees, and which follow an `≈`."""

    nodes: list[Node]
    trees: list[Tree]
    approx: list[bool]


_MINUS_SIGNS = str.maketrans("−–", "--")  # a minus sign or an en dash typed for a minus, one for one


def _parse(text: str, symbols: frozenset[str]) -> _Parsed | None:
    """The chain's expressions (Nodes) and their parse trees, or None if the grammar refuses it."""
    try:
        tree = parser().parse(text.translate(_MINUS_SIGNS))
    except UnexpectedInput:
        return None
    bound = frozenset(str(b.children[0]) for b in tree.find_data("bounds") if len(b.children[0]) == 1)
    build = _Build(symbols, bound)
    trees = [child for child in tree.children if isinstance(child, Tree)]
    approx, after = [], False
    for child in tree.children:
        if isinstance(child, Token):  # APPROX: this link and every later one is approximate
            after = True
        else:
            approx.append(after)
    try:
        nodes = [build.transform(child) for child in trees]
    except VisitError as err:  # unwrap once: the reason is ours (UnknownName, TooBig)
        raise err.orig_exc from None
    return _Parsed(nodes, trees, approx)


_WORD = re.compile(r"\S+")


def _numeric(node: Node) -> bool:
    """Built from numbers only (`2 × 32 × 4096`, `10^47`)."""
    return node.op != "sym" and all(_numeric(a) for a in node.args) and node.op not in ("sum", "big_o")


def _sizes_only(node: Node) -> bool:
    """Sizes added up (`n`, `m + n`, `|V|`): what an example gives a number to."""
    return node.op == "sym" or (node.op == "add" and all(_sizes_only(a) for a in node.args))


def _instance(parsed: _Parsed) -> int | None:
    """Where a chain of counts turns into numbers for an example (`|V|ⁿ ≈ 10^40`: at 1), or None.
    The numbers are the count at example sizes, neither a count nor a step of one."""
    if _numeric(parsed.nodes[0]):
        return None  # arithmetic on numbers (2 × 32 × 4096 ≈ 2.6 × 10⁵) is checked as it is
    return next((j for j, node in enumerate(parsed.nodes) if _numeric(node)), None)


def _lone_size(node: Node) -> bool:
    """One size (`|V|`, `d`): what a sentence names ("|V| is large"), not a count."""
    return node.op == "sym"


_COMPARING = words(BEATS)
# a determiner, a negation or "multiply by" right before maths in a sentence makes it a thing talked
# about ("the n² term", "not d²", "multiply by L*h"), not a count claimed ("the total is n²")
_LEADING_TIMES = re.compile(r"^\s*[×·⋅]\s*")  # never "*", a Markdown bullet
_NAMED_BEFORE = re.compile(
    rf"^\s*[×·⋅]\s*$|(?<!\w)(?:{words(DETERMINERS)}|{words(BY_FACTOR)}"
    # a contrast: what the count is set against ("vs. Θ(n(m+n)) without a window"), not the count
    rf"|{words(CONTRAST)}"
    # the other side of a comparison ("n²d beats nd² when n > d", "… is larger than nd²")
    rf"|{_COMPARING}|{words(COMPARATIVES)}|than)\s*$",
    re.I,
)  # "multiply by L*h": a factor named, not a count claimed
# a term set against another by a verb after it ("n²d beats nd²", "nd² is smaller than …"): both sides
# are talked about, neither is claimed as the count
_COMPARED_AFTER = re.compile(
    rf"^\s*(?:{_COMPARING}|{words(COPULAS)}\s+(?:[{LETTER}]+\s+)?{words(COMPARATIVES)})(?!\w)"
    # or named a part of the count by the noun after it ("n² term when n > d", "der n²-Term")
    rf"|^-?\s*{words(TERM_AFTER)}(?!\w)",
    re.I,
)


# the conditional mood in a bracket before the maths ("(with a KV cache it would only be O(n²))", "(mit
# KV-Cache wäre es nur O(n²))"): a count under another setting, set beside the one claimed, not claimed
_WOULD = re.compile(rf"(?<!\w){words(COUNTERFACTUAL)}(?!\w)")


# the tempting answer named in a sentence before the maths ("On pourrait être tenté par |V|!/(|V|−n)!", "a naive
# count gives n·|V|"): set up to be refuted, not claimed
_TEMPTING = re.compile(rf"(?<!\w){words(TEMPTING)}(?!\w)")
_SENTENCE_BREAK = re.compile(r"[.!?;](?=\s|$)")


def _tempting_before(text: str, start: int) -> bool:
    """Whether the sentence of the maths at `start` names, before it, a tempting answer."""
    opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    return _TEMPTING.search(text, opening, start) is not None


_CONTRASTED = re.compile(rf"(?<!\w){words(CONTRAST)}(?!\w)", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:.!?](?=\s|$)")


def _contrasted_conditional(text: str, start: int) -> bool:
    """Whether the clause of the maths at `start` sets something against the count and says, after that,
    what it would be ("… contrary to full attention where it would be Lh(nm + n(n+1)/2)"): a count under the
    other setting, not claimed."""
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    contrast = _CONTRASTED.search(text, opening, start)
    return contrast is not None and _WOULD.search(text, contrast.end(), start) is not None


def _bracketed_conditional(text: str, start: int) -> bool:
    """Whether the maths at `start` is inside a bracket that says, before it, what would be."""
    depth = 0
    for i in range(start - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return _WOULD.search(text, i + 1, start) is not None
            depth -= 1
    return False


# an approximation said before the maths: "~n^3/6", "≈ 10^47", "roughly |V|^n", "roughly like |V|^n",
# "on the order of |V|^n"
_APPROX_BEFORE = re.compile(
    r"(?:[~≈∼]|\\approx|\\sim"
    rf"|(?<!\w){words(APPROX)}"
    rf"(?:\s+(?:{words(LIKE)}|equal\s+to|as\s+(?:large|big|many|much|fast)\s+as))?"
    r"|\b(?:on|of)\s+(?:the\s+)?order(?:\s+of)?|\bclose\s+to)\s*$",
    re.I,
)
# a growth said before the maths ("grows like |V|^n", "scales as n²", "grows exponentially, like |V|^n"):
# the count's growth, which is the answer to a big-O question but not an exact count
_GROWTH_BEFORE = re.compile(
    rf"(?<!\w){words(GROWS)}\s+(?:[{LETTER}]+,?\s+)?{words(LIKE)}\s*$",
    re.I,
)
# a growth whose verb comes after the maths, as German puts it ("was wie |V|^n wächst")
_LIKE_BEFORE = re.compile(rf"(?<!\w){words(LIKE)}\s*$")
_GROWS_AFTER = re.compile(rf"^\s*{words(GROWS)}(?!\w)")
# a remark's line: its maths is said on the side, never the answer asked for
# a pointing mark's words that name the line the answer ("<- boxed", "← final answer")
_NAMES_ANSWER = re.compile(rf"^(?:final|answer|boxed|circled|result|{words(ANSWER_LABELS)})\b", re.I)

_ASIDE = re.compile(
    rf"^\s*(?:\*\*\s*)?{words(ASIDE_LABELS)}"
    rf"(?:\s*\([^)]{{0,30}}\)|\s+{words(CONDITIONS)}(?!\w)[^:：]{{0,30}})?\s*(?:\*\*)?\s*[:：]",
    re.I,
)  # "Remark:", "Sanity check with n = 1:", not "Note that the total is n k L: …"
# arrows (LaTeX's too), the therefore and because signs (∴ ∵, as LaTeX's \therefore), a dash in a sentence,
# check marks, and any emoji or pictograph (✅, 👍, 🤔): a mark beside the maths, no part of it (never ✕ or ✖,
# which a phone may type for a times sign)
_ARROW = re.compile(
    r"=>|->|⇒|→|⟹|⟶|—|[∴∵]|[\u2600-\u2714\u2717-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+|(?<=\s)--(?=\s)"
    r"|\\(?:[Ll]ong)?(?:[Rr]ightarrow|mapsto)(?![A-Za-z])|\\(?:implies|to|therefore|checkmark)(?![A-Za-z])"
)
_SIZE = r"(?:\|\s*[A-Za-z]\s*\||[A-Za-z]\w*|\d+)"
# what maths says without counting: a condition between sizes (m ≥ k, n < |V|) or an index's range
# (i = 1 … n, t = 1..i)
_SAID = re.compile(
    rf"(?<![\w|]){_SIZE}\s*(?:>=|<=|≥|≤|≠|!=|≫|≪|<(?!-)|(?<!-)>(?!=))\s*{_SIZE}(?![\w(|^])"
    rf"|(?:\b[a-z]\s*=\s*)?(?<![\w+-])\w[\w+-]*\s*(?:…|\.{{2,3}}|,\s*…\s*,|,\s*\.{{3}}\s*,)\s*\w[\w+-]*(?![\w(^])"
)
# a vector's type (`k ∈ ℝ^d`, `\mathbf{v}\in\mathbb{R}^{d}`): it says what a thing is, it counts nothing
_TYPED = re.compile(
    r"(?<![\w|])[A-Za-z]\w*\s*(?:\\in(?![A-Za-z])|∈)\s*(?:\\mathbb\s*\{?\s*[RNZ]\s*\}?|[ℝℕℤ])"
    r"(?:\s*\^\s*(?:\{[^{}]*\}|\w+))?"
)
_UNSPACED_LETTER = re.compile(f"[{UNSPACED}]")
_PROSE_WORD = re.compile(rf"[{LETTER}]+(?:['’.][{LETTER}]+)*")


def _prose(word: str, symbols: frozenset[str]) -> bool:
    """A word of the sentence around the maths: letters, not a run of the problem's own letters."""
    core = word.strip(".,;:!?\"'()")
    if core in ONE_LETTER and core not in symbols or _UNSPACED_LETTER.fullmatch(core):
        return True  # a word of one letter (a, y, e, à, 个), unless the problem gave the letter a meaning
    return (
        (
            len(core) >= 2
            and _PROSE_WORD.fullmatch(core) is not None  # it's, i.e., e.g.: words; Σᵢ is maths
            and not _letters(core, symbols)
            and core not in ("sum", "O", *FUNCTIONS)
        )
        or _hyphenated(core, symbols)
        or word.endswith(":")
    )


_LATIN_WORD = re.compile(f"[{LETTER}]+")


def _hyphenated(core: str, symbols: frozenset[str]) -> bool:
    """A compound word (`multiply-adds`, `feed-forward`, `query·key`): parts of two letters or more, one of
    them no run of the problem's letters; `n-k`, `m-n`, `nd·Lh` stay maths."""
    parts = re.split(r"[-·⋅]", core)
    return (
        len(parts) > 1
        and all(len(p) >= 2 and _LATIN_WORD.fullmatch(p) for p in parts)
        and not all(_letters(p, symbols) for p in parts)
    )


_OPERATORS = "=+-−–*/×·⋅^"  # an operator or `=` beside an English word spelt in cost letters makes it maths
_OPERAND_SIDES = _OPERATORS + "(){}[].,;"  # and nothing else may stand on its other side


def _operand(text: str, word: re.Match[str], symbols: frozenset[str]) -> bool:
    """An English word spelt in the problem's letters standing as an operand (`i × d = id;`, `2 × id + 1`):
    an operator or `=` on one side, nothing but an operator, a bracket or the clause's end on the other."""
    core = word.group().strip(".,;:!?\"'()[]{}")
    if core not in WORDS or not _letters(core, symbols, prose=False):
        return False
    head = word.group()[: word.group().index(core)]
    tail = word.group()[word.group().index(core) + len(core) :]
    left = (text[: word.start()].rstrip() + head)[-1:]
    right = (tail + text[word.end() :].lstrip())[:1]
    sides = (left, right)
    return any(c and c in _OPERATORS for c in sides) and all(not c or c in _OPERAND_SIDES for c in sides)


def _prose_at(text: str, word: re.Match[str], symbols: frozenset[str]) -> bool:
    """A word of prose where it stands in the line (`id` is a word in a sentence, i·d after `=`)."""
    return _prose(word.group(), symbols) and not _operand(text, word, symbols)


def _words_of_prose(text: str, symbols: frozenset[str], start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] has a word of prose in it, each word judged where it stands in the line."""
    span = len(text) if end is None else end
    return any(_prose_at(text, w, symbols) for w in _WORD.finditer(text, start, span))


MAX_LABEL = 2  # words of one term's label ("FFN", "value mixing"; "値の混合", its letters set apart, is one)
MAX_LABEL_LETTERS = 12  # letters set apart in one label, at most
# the operators between labelled terms: never `=` (12d² per layer = 12Ld² is no step), nor a hyphen or
# an en dash, which prose uses as a dash (`O(n²) - roughly n²/2 of them`)
_TERM_OPERATORS = "+−*/×·⋅"
# a bare word, a bracket beside it (and a stop after the bracket)
_LABEL_WORD = re.compile(rf"[(\[{{]?([{LETTER}]+(?:['’-][{LETTER}]+)*)(?:[)\]}}][.,;]?)?")
_TERM_END = ")]}|²³⁴⁵⁶⁷⁸⁹ⁿⁱᵏᵐᵈʰᵗ!"


def _word_at(text: str, position: int) -> re.Match[str] | None:
    """The word (a run of non-space) the position falls in."""
    return next((w for w in _WORD.finditer(text) if w.start() <= position < w.end()), None)


def _maths_at(text: str, position: int, symbols: frozenset[str]) -> bool:
    """Whether the word at the position is maths (not a word of prose)."""
    word = _word_at(text, position)
    return word is not None and not _prose_at(text, word, symbols)


def _term_ends(text: str, symbols: frozenset[str]) -> bool:
    """Whether the text ends with a term of maths (`4d²`, `(m+n)`, `i`)."""
    return (
        bool(text)
        and (text[-1].isalnum() or text[-1] in _TERM_END)
        and _maths_at(text, len(text) - 1, symbols)
    )


def _term_starts(text: str, start: int, symbols: frozenset[str]) -> bool:
    """Whether a term of maths starts at the position (`8d²`, `d`, `(2id)`)."""
    return start < len(text) and not text[start].isspace() and _maths_at(text, start, symbols)


def _joins(text: str, opening: int, symbols: frozenset[str]) -> bool:
    """Whether the bracket opening at the position holds a sum of terms at its top level (`(d key + d value)`;
    not `(exactly Lhn(n+1)(n+2)/6)`, a remark in words about one term)."""
    closing = bracket_end(text, opening)
    if closing is None:
        return False
    depth = 0
    for char in text[opening + 1 : closing]:
        depth += (char in "([{") - (char in ")]}")
        if depth == 0 and char in "+−":
            return True
    return False


def unlabel(text: str, symbols: frozenset[str]) -> str:
    """The line with the labels of terms blanked, columns kept: a word or two naming a term of a sum or a
    product, between an operator and the term (`4d² + FFN 8d²`), between the term and an operator (`i keys
    × d`), or between the term and the bracket around the sum (`(d key + d value)`). A label is never next
    to `=`, and an operator joins terms of maths on both of its sides."""
    words = list(_WORD.finditer(text))
    bare = [_LABEL_WORD.fullmatch(w.group()) for w in words]
    out = list(text)
    index = 0
    while index < len(words):
        size = weight = 0  # words taken, and words counted: a run of an unspaced script's letters is one
        while (
            index + size < len(words)
            and bare[index + size] is not None
            and _prose_at(text, words[index + size], symbols)
            # a bracket or a stop may open the label or close it, never stand inside it
            and (
                size == 0
                or (
                    bare[index + size].start(1) == 0
                    and _whole(words[index + size - 1], bare[index + size - 1])
                )
            )
        ):
            letter = _UNSPACED_LETTER.fullmatch(words[index + size].group()) is not None
            weight += not (
                letter and size > 0 and _UNSPACED_LETTER.fullmatch(words[index + size - 1].group())
            )
            size += 1
        if not 1 <= weight <= MAX_LABEL or size > MAX_LABEL_LETTERS:
            index += max(size, 1)
            continue
        start = words[index].start() + bare[index].start(1)  # type: ignore[union-attr]
        end = words[index + size - 1].start() + bare[index + size - 1].end(1)  # type: ignore[union-attr]
        if _labels_term(text, start, end, symbols):
            out[start:end] = " " * (end - start)
        index += size
    return "".join(out)


def _whole(word: re.Match[str], bare: re.Match[str] | None) -> bool:
    """Whether the word is its bare letters and nothing else."""
    return bare is not None and bare.end(1) == len(word.group())


def _labels_term(text: str, start: int, end: int, symbols: frozenset[str]) -> bool:
    """Whether text[start:end] labels a term: an operator joining it to a term on one side, or the bracket
    around a sum of terms; the term it names on the other side."""
    left = text[:start].rstrip()
    right_at = len(text) - len(text[end:].lstrip())
    right = text[right_at:]
    if left[-1:] and left[-1] in _TERM_OPERATORS:  # `4d² + FFN 8d²`
        return _term_ends(left[:-1].rstrip(), symbols) and _term_starts(text, right_at, symbols)
    if right[:1] and right[0] in _TERM_OPERATORS:  # `i keys × d`
        beyond = len(text) - len(text[right_at + 1 :].lstrip())
        return _term_ends(left, symbols) and _term_starts(text, beyond, symbols)
    if left[-1:] in ("(", "[") and _joins(text, len(left) - 1, symbols):  # `(key d + value d)`
        return _term_starts(text, right_at, symbols)
    if right[:1] in (")", "]"):  # `(d key + d value)`
        opening = _opening(text, right_at)
        return opening is not None and _joins(text, opening, symbols) and _term_ends(left, symbols)
    return False


def _opening(text: str, closing: int) -> int | None:
    """Where the bracket that closes at the position opens."""
    depth = 0
    for position in range(closing, -1, -1):
        depth += (text[position] in ")]}") - (text[position] in "([{")
        if depth == 0:
            return position
    return None


def _bounds(text: str, symbols: frozenset[str]) -> tuple[list[int], list[int]]:
    """Where maths may start (the line's start, after a prose word) and end (before one, or the end)."""
    words = list(_WORD.finditer(text))
    starts, ends = [0], [len(text)]
    for before, after in zip(words, words[1:]):
        if _prose_at(text, before, symbols):
            starts.append(after.start())
        if _prose_at(text, after, symbols):
            ends.append(len(text[: before.end()].rstrip(".,;:")))
    # a line opened by a times sign ("× h heads × L layers", "3. × L"): what follows multiplies the count
    # before it, as "multiply by" says; it starts after the sign
    lead = _LEADING_TIMES.match(text)
    if lead is not None:
        starts.append(lead.end())
    # what stands before an `=` outside brackets ("Total =", "T(n) =", "C_i =", an unreadable link
    # of a chain) need not be maths: the maths may start after any such `=`
    depth = 0
    for index, char in enumerate(text):
        depth += (char in "({[") - (char in ")}]")
        if (
            char == "="
            and depth == 0
            and text[index - 1 : index] not in ("<", ">", "!", "+", "-", "*", "/")  # not `total *= L h`
            and text[index + 1 : index + 2] != ">"
        ):
            starts.append(index + 1)
        if char in "~≈∼":  # an approximation starts after its sign ("-> ~n^3/6", "(… ≈ 12Ld²)")
            starts.append(index + 1)
    # a comma, semicolon or full stop and a space end a piece of maths in a sentence ("$O(nd)$, i.e. …");
    # an arrow (=>, ->, ⇒) ends one and starts the next
    # and so does a membership (`nkLh \in Θ(nk)`): the count's class, said beside it, is no link of its chain
    for match in [
        *re.finditer(r"[,;](?=\s)|(?<!\.)\.(?!\.)(?=\s|[)\]]\s*$)", text),
        *_ARROW.finditer(text),
        *_MEMBER.finditer(text),
    ]:
        ends.append(match.start())
        starts.append(match.end())
    # a hyphen or en dash set apart by spaces before a word of prose is a dash in a sentence, not a minus:
    # "O(L h n^3) - cubic in the length" ends before it ("n^2 - nk" goes on: nk is maths)
    for match in re.finditer(r"(?<=\s)[-–](?=\s)", text):
        after = next(_WORD.finditer(text, match.end()), None)
        if after is not None and _prose_at(text, after, symbols):
            ends.append(match.start())
    # a bracketed remark in words, "(exactly n(n+1)/2)", ends where its bracket closes; and any bracket
    # with a word of prose in it, even after a letter ("(m does not appear)"), or a unit in square
    # brackets ("2d [numbers]"), ends the maths before it
    for match in re.finditer(rf"[(\[]\s*([{LETTER}']*)", text):
        closing = bracket_end(text, match.start())
        if closing is None:
            continue
        if _prose(match.group(1), symbols):
            ends.append(closing)
        if _words_of_prose(text, symbols, match.start() + 1, closing):
            ends.append(match.start())
    # a bracket that restates the maths before it, "X (= Y)", "X (≈ Y)": X ends before it, Y inside it
    for match in _RESTATED.finditer(text):
        closing = bracket_end(text, match.start())
        if closing is not None:
            ends += [match.start(), closing]
            starts.append(match.end())
    return sorted(set(starts)), sorted(set(ends), reverse=True)


_MEMBER = re.compile(r"\\in(?![A-Za-z])|∈")
_MEMBER_BEFORE = re.compile(r"(?:\\in|∈)\s*$")
_RESTATED = re.compile(r"\(\s*(?:=|≈|∼|\\approx)")
_RESTATING = re.compile(r"\(\s*(?:=|≈|∼|\\approx)\s*$")  # the maths starts inside such a bracket


def _exprs(
    parsed: _Parsed,
    raw: str,
    number: int,
    base: int,
    symbols: frozenset[str],
    regions: list[tuple[int, int]],
    approx: bool,
    sentence: bool,
    named: bool = False,
    growth: bool = False,
    shift: Shift | None = None,
) -> tuple[Expr, ...]:
    out = []
    lone = sentence and len(parsed.nodes) == 1
    shift = shift or Shift()
    for node, tree, after in zip(parsed.nodes, parsed.trees, parsed.approx):
        col, end = base + tree.meta.column, base + tree.meta.end_column
        col, end = shift.old(col - 1) + 1, shift.old(end - 1, end=True) + 1
        for a, b in regions:  # a sum written in words spans all of its words
            if a < end - 1 and col - 1 < b:
                col, end = min(col, a + 1), max(end, b + 1)
        col = _opening_macro(raw, col, end)
        text = raw[col - 1 : end - 1].strip()
        out.append(
            Expr(
                node,
                Span(number, col, number, end),
                text,
                _free_index(node, symbols),
                _uses(node, "big_o"),
                approx or after,
                lone and (named or _lone_size(node)),
                lone,
                growth,
            )
        )
    return tuple(out)


_MACRO_BEFORE = re.compile(r"\\[A-Za-z]+\s*$")


def _opening_macro(raw: str, col: int, end: int) -> int:
    """The column a piece starts at, moved back over the macro whose braces it closes (`\\mathcal{O}(n)`
    read from its `O`), so what the report quotes is what the student wrote, brackets balanced."""
    piece = raw[col - 1 : end - 1]
    if piece.count("}") <= piece.count("{"):
        return col
    opening = raw.rfind("{", 0, col - 1)
    macro = _MACRO_BEFORE.search(raw[:opening]) if opening >= 0 else None
    return macro.start() + 1 if macro is not None else col


# digits grouped in threes by a space or a narrow no-break space (50 000, 1 000 000): one number where
# a gap is narrow or a group opens with a zero, which no factor of a product is written with (2 100 stays)
_GROUPED = re.compile(r"(?<![\w.,^_])\d{1,3}(?:[ \u202f]\d{3})+(?![\w,]|\.\d)")


# digits grouped in threes by commas (50,000, 1,000,000): one number, never a list of two; a quantity
# written out so, and an exclamation mark after it ends the sentence ("|V| is like 50,000!")
_COMMA_GROUPED = re.compile(r"(?<![\w.,^_])\d{1,3}(?:,\d{3})+(?![\w,])(?:!(?=\s|$))?")


# digits grouped in threes by points, as German, Spanish and Portuguese write thousands (50.000, 1.000.000):
# two groups or more, or one group of zeros, for a count is never written with three zero decimals; never a
# mantissa before a power of ten (6.000 × 10^35)
_DOT_GROUPED = re.compile(
    r"(?<![\w.,^_])\d{1,3}(?:(?:\.\d{3}){2,}|\.000)(?![\w,]|\.\d|\s*(?:×|\\times|\\cdot|\*|·)\s*10)"
)


def _grouped(match: re.Match[str]) -> str:
    """The grouped number with its gaps moved after it, so the number starts at its column."""
    text = match.group(0)
    groups = re.split(r"[ \u202f]", text)
    if "\u202f" not in text and not any(g.startswith("0") for g in groups[1:]):
        return text
    return "".join(groups).ljust(len(text))


# an abbreviation of several pieces ("p. ej.", "z. B."), which no piece of maths stands inside
_ABBREVIATION = re.compile(rf"(?<![\w.]){words(ABBREVIATIONS)}(?![\w.])")


def _as_english_abbreviation(match: re.Match[str]) -> str:
    """The abbreviation as one word of prose (`e.g.`), padded so columns stay exact."""
    return "e.g.".ljust(len(match.group(0))) if len(match.group(0)) >= 4 else match.group(0)


def read_line(
    raw: str,
    number: int,
    symbols: frozenset[str],
    functions: dict[str, tuple[str, str]] | None = None,
    ranges: dict[str, tuple[str, str]] | None = None,
    numbered: bool = False,
    concluding: bool = False,
    listed: bool = False,
) -> tuple[list[Chain], Unread | None, bool]:
    """One line: its chains of maths (none for prose), what could not be read, and whether the first
    continues the previous line's chain (a leading `=`). `functions`: per-step functions defined above
    (`cost(i) = …`), name -> (index, body); `ranges`: the ranges stated so far for indices, index ->
    (first, last); `numbered`: the text numbers its paragraphs (`2.1 `); `concluding`: the line is in
    the paragraph under a heading that names the answer ("3. Conclusion"); `listed`: the line is an item of a
    list of dashes, whose dash is a bullet even before a number ("- 2 L d × n(n+1)/2 = …")."""
    if len(raw) > MAX_LINE:
        return [], Unread(number, 1, 2, f"a line longer than {MAX_LINE} characters"), False
    if _ASCII_RULE.match(raw):
        return [], None, False  # the rule under a plain-text table's header
    if loop_head(undress(raw)):
        return [], None, False  # a loop's head states its variable's range: it counts nothing
    body, pointer = pointer_mark(
        undress(raw)
    )  # "total = 2dL(m + n)   <- boxed": a mark on the line, no maths
    body = _ABBREVIATION.sub(_as_english_abbreviation, markup_signs([body])[0])
    footnote = bool(_FOOTNOTE.match(body))
    body = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), body)
    label = _PARAGRAPH.match(body)
    if label is not None and (numbered or _sentence_starts(body[label.end() :], symbols)):
        body = " " * label.end() + body[label.end() :]
    body = (_DASH_ITEM if listed else _LIST_MARK).sub(lambda m: " " * len(m.group(0)), body, count=1)
    body = _WALL.sub(",", body)  # a plain-text table's cell walls part its cells, as a comma does
    marked = pointer is not None and _NAMES_ANSWER.search(pointer) is not None
    answer = (bool(_ANSWER.match(body)) or concluding or marked) and not footnote
    boxes = boxed(raw)
    stripped = body.strip().rstrip(".")
    aside = (
        footnote
        or bool(_ASIDE.match(body))
        or (stripped.startswith("(") and bracket_end(stripped, 0) == len(stripped) - 1)
    )
    body = _ANSWER.sub(lambda m: " " * len(m.group(0)), body, count=1)
    body = _DELIMS.sub(lambda m: " " * len(m.group(0)), body)
    body = _FUNCTION_MACRO.sub(" ", body)
    # `$\approx 3\times10^{23}$`: as ≈ is
    body = _APPROX_MACRO.sub(lambda m: "≈".ljust(len(m.group(0))), body)
    body = _FONT_LETTER.sub(lambda m: " " * len(m.group(0)), body)
    body = _SCRIPT_L.sub(lambda m: "l".ljust(len(m.group(0))), body)
    body = _COMMENT.sub(lambda m: " " * len(m.group(0)), body)
    body = _LINE_COMMENT.sub(lambda m: " " * len(m.group(0)), body)
    body = body.replace("~", "∼")  # an ASCII tilde links as ∼ does (`n(n+1)/2 ~ n^2/2`)
    body = _GROUPED.sub(_grouped, body)  # 50 000 is fifty thousand, not 50 × 000
    body = _COMMA_GROUPED.sub(lambda m: m.group(0).replace(",", "").rstrip("!").ljust(len(m.group(0))), body)
    body = _DOT_GROUPED.sub(lambda m: m.group(0).replace(".", "").ljust(len(m.group(0))), body)
    said = said_sums(body, symbols, {**(ranges or {}), **said_ranges(body, symbols)})
    body, shift = rewrite(body, functions or {}, said)  # Python sums, per-step functions: as maths
    if len(body) > 2 * MAX_LINE:
        return [], Unread(number, 1, len(raw) + 1, "too long once written out"), False
    regions = [
        (shift.old(a), shift.old(b, end=True)) for a, b in (m.span() for m in _WORDED_SUM.finditer(body))
    ]
    body = _WORDED_SUM.sub(_worded_sum, body)
    body = _SAID.sub(lambda m: " " * len(m.group(0)), body)  # a condition or a range says, it counts nothing
    body = _RANGE_SAID.sub(lambda m: _unsaid(m, symbols), body)  # "i = 1 to n", "i from 1 to n" too
    body = _TYPED.sub(lambda m: " " * len(m.group(0)), body)
    text = body.rstrip().rstrip(".,;:")  # a colon at the end introduces what follows: no maths
    if not text.strip():
        return [], None, False
    continues = text.lstrip().startswith(("=", "&=")) and not _ARROW.match(text.lstrip())
    if body.count("(") > MAX_DEPTH or body.count("{") > 3 * MAX_DEPTH:
        return [], Unread(number, 1, len(raw) + 1, "brackets nested too deep"), False
    if continues:
        cut = text.index("=") + 1
        text = " " * cut + text[cut:]
    line = _Line(raw, number, symbols, regions, shift, boxes, answer, aside, continues, text)
    # labelled terms (`4d² + FFN 8d²`, `i keys × d`) are read as their terms, when that reads the line
    labelled = unlabel(text, symbols)
    if labelled != text:
        found = _pieces(labelled, line)
        if found[1] is None:
            return found
    return _pieces(text, line)


def _sentence_starts(text: str, symbols: frozenset[str]) -> bool:
    """Whether a sentence starts the text: a capitalised word of prose ("The work is …"), which no number
    of the maths stands before."""
    word = _WORD.match(text)
    return word is not None and word.group()[0].isupper() and _prose(word.group(), symbols)


@dataclass(frozen=True)
class _Line:
    """What the pieces of one line are read against: the line as written and what was found around it."""

    raw: str
    number: int
    symbols: frozenset[str]
    regions: list[tuple[int, int]]  # sums written in words, as columns of the written line
    shift: Shift
    boxes: list[tuple[int, int]]
    answer: bool
    aside: bool
    continues: bool
    plain: str  # the prepared text with its labels of terms kept (`(… numbers)`), columns as the text's


# an inequality between two pieces of maths ("T(n) ≤ Lh n³", "$T(n)\\ge Lh\\,n^3/16$"): a bound on the count,
# said on the way to its growth, neither a count claimed nor a step (`<` and `>` only set apart by spaces:
# never an arrow's or a token's)
_BOUND_SIGN = re.compile(
    r"≤|≥|≦|≧|⩽|⩾|≪|≫|≲|≳|<=|>=|(?<=\s)[<>](?=\s)"
    r"|\\(?:leq?|geq?|leqslant|geqslant|ll|gg|lesssim|gtrsim)(?![A-Za-z])"
)


def _bounds_blanked(text: str, starts: list[int], ends: list[int]) -> str:
    """The text with each bound at the top level blanked, from where its maths starts to where it ends."""
    depth, depths = 0, []  # how deep in brackets each position is, in one pass
    for c in text:
        depths.append(depth)
        depth += (c in "([{") - (c in ")]}")
    signs = [m for m in _BOUND_SIGN.finditer(text) if depths[m.start()] == 0]
    for sign in signs:
        left = max((a for a in starts if a <= sign.start()), default=0)
        right = min((b for b in ends if b >= sign.end()), default=len(text))
        text = text[:left] + " " * (right - left) + text[right:]
    return text


def _pieces(text: str, line: _Line) -> tuple[list[Chain], Unread | None, bool]:
    """The chains of maths in the prepared text of a line, what could not be read, whether it continues."""
    raw, number, symbols, regions, shift = line.raw, line.number, line.symbols, line.regions, line.shift
    boxes, answer, aside, continues = line.boxes, line.answer, line.aside, line.continues
    starts, ends = _bounds(text, symbols)
    text = _bounds_blanked(text, starts, ends)
    chains: list[Chain] = []
    unknown = ""
    tries = 0
    done = 0  # maths found up to here
    last_end = 0  # where the last chain's maths ends
    stray = False  # a letter read in a sentence, and no other maths on the line
    sizes: list[tuple[int, int]] = []  # where the line sets sizes for an example (`take n = 2`)
    for start in starts:
        if start < done:
            continue
        for end in ends:
            if end <= start or tries >= MAX_TRIES:
                continue
            piece = text[start:end]
            if not piece.strip() or _words_of_prose(text, symbols, start, end):
                continue  # a piece with a word of prose in it cannot be maths: do not parse it
            tries += 1
            try:
                parsed = _parse(piece, symbols)
            except UnknownName as err:
                unknown = unknown or err.word
                continue
            except TooBig as err:
                return [], Unread(number, 1, len(raw) + 1, str(err)), False
            except RecursionError:
                return [], Unread(number, 1, len(raw) + 1, "nested too deep"), False
            if parsed is None:
                continue
            sentence = (start, end) != (0, len(text))
            if sentence and len(piece.strip()) == 1:
                rest = _LEADING_TIMES.sub(" ", text.replace(piece, " ", 1)).replace("=", " ")
                stray = stray or _MATHS_HINT.search(rest) is None  # "4. × L": the factor named alone
                continue  # a stray letter in a sentence ("… of size d", "window = k keys") is not an answer
            cut = _instance(parsed)
            if cut is not None:
                if all(_sizes_only(node) for node in parsed.nodes[:cut]):
                    done = end  # `n = 20`, `m + n = 1000`, `L = h = 1`: sizes for an example, not a count
                    sizes.append((start, end))
                    break
                parsed = _Parsed(parsed.nodes[:cut], parsed.trees[:cut], parsed.approx[:cut])
            # on an `Answer:` line the answer is the maths right after it, not a later aside
            approx = _APPROX_BEFORE.search(text[:start]) is not None
            named = (
                _NAMED_BEFORE.search(text[:start]) is not None
                or bool(_COMPARED_AFTER.match(text[end:]))
                or _bracketed_conditional(text, start)
                or _contrasted_conditional(text, start)
                or _tempting_before(text, start)
            )
            # the class after a membership (`… ∈ Θ(n²)`) is the count's growth, as "grows like" says
            growth = (
                _GROWTH_BEFORE.search(text[:start]) is not None
                or _MEMBER_BEFORE.search(text[:start]) is not None
                or (
                    _LIKE_BEFORE.search(text[:start]) is not None
                    and _GROWS_AFTER.match(text[end:]) is not None
                )
            )
            exprs = _exprs(
                parsed, raw, number, start, symbols, regions, approx, sentence, named, growth, shift
            )
            # a boxed expression is given as the answer, as an `Answer:` line's is
            in_box = any(a < e.span.column <= b for e in exprs for a, b in boxes)
            restating = _RESTATING.search(text[:start])
            # "X (= Y)", "X numbers (≈ Y numbers)": Y is one more link of X's chain; "X numbers (≈ Y GB
            # at 2 bytes each)" says another quantity (a conversion, a remark), a chain of its own
            maths_end = start + parsed.trees[-1].meta.end_pos  # the piece may end in blanked labels
            restated = restating is not None and _alike(line.plain, last_end, restating.start(), maths_end)
            if restated and chains:
                last = chains[-1]
                chains[-1] = Chain(last.exprs + exprs, last.answer or in_box, last.aside)
            else:
                chains.append(Chain(exprs, (answer and not chains) or in_box, aside))
            done, last_end = end, maths_end
            break
    if chains:
        column = chains[0].exprs[0].span.column
        # the first chain continues when it starts right after the leading `=` (an align's `&=` too)
        right_after = column <= len(raw) - len(raw.lstrip()) + 3 or _LEADING_EQ.fullmatch(raw[: column - 1])
        return chains, None, continues and bool(right_after)
    if stray or sizes and not _MATHS_HINT.search(_example_values_blanked(_blanked(text, sizes), symbols)):
        return [], None, False  # a sentence that only sets sizes for an example ("take n = 2 here")
    if not answer and not any(_maths_word(text, w, symbols) for w in _WORD.finditer(text)):
        return [], None, False  # a formula in words ("count positions × layers"): no maths to read
    wordless = not _words_of_prose(text, symbols)
    # a compound of prose ("how many query·key dot products") hints at no maths: its words are blanked first
    prose_blanked = "".join(
        " " * len(w.group()) if _prose_at(text, w, symbols) else w.group()
        for w in re.finditer(r"\S+|\s+", text)
    )
    if _MATHS_HINT.search(prose_blanked) or answer or (wordless and len(unknown) == 1):
        first = len(text) - len(text.lstrip()) + 1
        where = _syntax_error(text, number, starts) or Unread(
            number, first, len(text) + 1, "cannot read this line as a cost expression"
        )
        if len(unknown) == 1 or unknown.startswith("|"):
            where = Unread(number, first, len(text) + 1, f"unknown symbol {unknown!r}", unknown)
        column, end = shift.old(where.column - 1) + 1, shift.old(where.end_column - 1, end=True) + 1
        return [], Unread(number, column, max(end, column + 1), where.message, where.unknown), False
    return [], None, False


def _maths_word(text: str, word: re.Match[str], symbols: frozenset[str]) -> bool:
    """Whether the word holds maths to read: a letter or a digit, outside a word of prose."""
    return any(c.isalnum() for c in word.group()) and not _prose_at(text, word, symbols)


def _alike(text: str, last_end: int, opening: int, end: int) -> bool:
    """Whether the words after the maths inside a restating bracket (from `end` to its close) are those
    between the maths it restates (ending at `last_end`) and the bracket (at `opening`): the same
    quantity said in the same words (none, or the same unit), not another one."""
    closing = bracket_end(text, opening)
    inside = text[end : len(text) if closing is None else closing]
    return _said_words(text[last_end:opening]) == _said_words(inside)


def _said_words(text: str) -> str:
    """The words of a piece of text, without the spacing and punctuation around them."""
    return " ".join(re.sub(r"[.,;:]", " ", text).split())


# a number said with a word of prose after it ("1 score", "→ 7 keys"): the count at an example's sizes
_SAID_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s+(?=[^\W\d_]{2,})")


def _example_values_blanked(text: str, symbols: frozenset[str]) -> str:
    """The text of a line that sets sizes for an example with the values it says in words blanked
    ("m = 0, n = 1 → 1 score"): the example's result, no maths of the count's."""
    out = text
    for m in _SAID_NUMBER.finditer(text):
        word = _WORD.match(text, m.end())
        if word is not None and not _maths_word(text, word, symbols):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans blanked."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


_APPROX_MACRO = re.compile(r"\\(?:approx|simeq|thickapprox)(?![A-Za-z])")
_LEADING_EQ = re.compile(r"[\s&$]*(?://+\s*)?=[\s&]*")


def _syntax_error(text: str, number: int, starts: list[int]) -> Unread | None:
    """Where the grammar stops reading the line, from the start that reads furthest."""
    furthest: tuple[int, str] | None = None
    for start in starts[:8]:
        try:
            parser().parse(text[start:].translate(_MINUS_SIGNS))
        except UnexpectedInput as err:
            column = start + max(1, getattr(err, "column", 1) or 1)
            if furthest is None or column > furthest[0]:
                token = getattr(err, "token", None)
                furthest = (column, str(token) if token is not None and str(token) else "the end of the line")
        except RecursionError:
            continue
    if furthest is None:
        return None
    column, token = furthest
    if token == "the end of the line" or column > len(text):
        message = "this line of maths stops before it is complete (a bracket not closed?)"
        return Unread(number, len(text.rstrip()), len(text.rstrip()) + 1, message)
    message = f"cannot read this line as a cost expression: unexpected {token!r}"
    return Unread(number, column, column + max(1, len(token)), message)


# sizes set to numbers for an example or a check: "n = 1", "m = 0, n = 2", "L = h = 1"
_SIZES_SET = re.compile(r"(?<![\w|^_])((?:[A-Za-z]\s*=\s*)+)(\d{1,3})(?![\w.^])")
MAX_SIZES_SET = 40


def sizes_set(text: str, symbols: frozenset[str]) -> list[tuple[int, str, int]]:
    """Every size the text sets to a whole number (`n = 1`, `L = h = 1`): (line, letter, value)."""
    out: list[tuple[int, str, int]] = []
    for number, raw in enumerate(text.splitlines()[:MAX_LINES_READ], 1):
        for match in _SIZES_SET.finditer(raw[:MAX_PARAGRAPH]):  # a paragraph on one line sets them too
            for letter in re.findall(r"[A-Za-z]", match.group(1)):
                if letter in symbols and len(out) < MAX_SIZES_SET:
                    out.append((number, letter, int(match.group(2))))
    return out


# `//` between an operand and a number or a bracket, as grader.cost.code tells it from a `// comment`
# (never a URL's `://`)
_FLOOR_DIVISION = re.compile(r"(?<=[\w)])(\s*)//(?=\s*[\d(])")


def read(text: str, symbols: frozenset[str]) -> tuple[list[Chain], list[Unread]]:
    """Every chain of maths in the text, and the lines that look like maths but could not be read."""
    chains: list[Chain] = []
    unread: list[Unread] = []
    above = 0  # the last line above with something written on it
    # notebook cells: print("Answer: …") is its text; Python's integer division `n*(n+1)//2` is a division
    lines = [_FLOOR_DIVISION.sub(r"\1/ ", line) for line in read_notebook(text.splitlines())]
    lines = decimal_commas(lines)  # 2,6 × 10⁸ is 2.6 × 10⁸, as every kind reads it
    lines = spoken_lines(lines, symbols)  # "n squared times L" is n^2 * L, column for column
    nests = {loop.first: loop for loop in loops(lines[:MAX_LINES_READ], symbols)}
    functions: dict[str, tuple[str, str]] = {}
    ranges: dict[str, tuple[str, str]] = {}  # index -> (first, last), as the text last stated it
    totals: dict[str, Expr] = {}  # a loop's accumulator -> the count it holds after the loop
    numbered = sum(1 for raw in lines[:MAX_LINES_READ] if _PARAGRAPH.match(undress(raw))) >= MIN_PARAGRAPHS
    concluding = concluding_lines(lines[:MAX_LINES_READ])
    listed = dash_lists(lines[:MAX_LINES_READ])
    skip = 0
    for number, raw in enumerate(lines, 1):
        if number <= skip:
            continue
        nest = _nest(nests.get(number), raw, symbols)
        if nest is not None:
            loop, expr = nest
            chains.append(Chain((expr,), False))
            totals[loop.name] = expr
            skip = above = loop.last
            continue
        ranges.update(said_ranges(raw, symbols))  # "Summing over i = 1, ..., n:" holds for the lines below
        found, bad, continues = _read_paragraph(
            raw, number, symbols, functions, ranges, numbered, number in concluding, number in listed
        )
        if bad is not None:
            unread.append(bad)
        defined = definition(undress(raw), symbols) if len(raw) <= MAX_LINE else None
        if defined is not None and len(functions) < MAX_FUNCTIONS:
            functions[defined[0]] = defined[1:]
        if found:
            found[0] = _restating_total(found[0], raw, totals)
        if found and chains and _goes_on(raw, chains[-1], found[0], lines[above - 1] if above else "", above):
            found[0] = _summed(chains.pop(), found[0])
            continues = False  # the joined chain is the one above, carried on
        for j, chain in enumerate(found):
            # `= …` continues the chain of the line just above it; after a line that was not read (or
            # prose), what it equals is unknown: it starts a chain of its own, and no step is judged
            if j == 0 and continues and chains and chains[-1].exprs[-1].span.end_line == above:
                last = chains[-1]
                chains[-1] = Chain(last.exprs + chain.exprs, last.answer or chain.answer)
            else:
                chains.append(chain)
        if raw.strip():
            above = number
    return chains, unread


MAX_FUNCTIONS = 8  # per-step functions remembered from one answer
MAX_PARAGRAPH = 4000  # characters of a paragraph written as one line, read sentence by sentence
MAX_SENTENCES = 40
# the end of a sentence: a full stop, `!` or `?` and a space, before a word or a number starts the next (never
# an ellipsis, `1 + … + n`, nor a decimal point, `1.5`); a full stop of a script that does not space its words
_SENTENCE_END = re.compile(r"(?<=[^.\s][.!?])\s+(?=[^\W_]|[|$\\(])|(?<=[。！？])\s*")


def _read_paragraph(
    raw: str,
    number: int,
    symbols: frozenset[str],
    functions: dict[str, tuple[str, str]],
    ranges: dict[str, tuple[str, str]],
    numbered: bool,
    concluding: bool,
    listed: bool,
) -> tuple[list[Chain], Unread | None, bool]:
    """One line, as read_line reads it; a paragraph written as one line longer than a line of maths may be
    is read sentence by sentence ("The search scores |V|^n sequences. … With, say, 50,000 tokens …"),
    each at its own columns, when every sentence is short enough to be one."""
    if len(raw) <= MAX_LINE or len(raw) > MAX_PARAGRAPH:
        return read_line(raw, number, symbols, functions, ranges, numbered, concluding, listed)
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(raw)] + [len(raw)]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if raw[a:b].strip()]
    if len(spans) < 2 or len(spans) > MAX_SENTENCES or any(b - a > MAX_LINE for a, b in spans):
        return read_line(raw, number, symbols, functions, ranges, numbered, concluding, listed)
    chains: list[Chain] = []
    unread: Unread | None = None
    continues = False
    for k, (a, b) in enumerate(spans):
        found, bad, goes_on = read_line(
            raw[a:b].rstrip(),
            number,
            symbols,
            functions,
            ranges,
            numbered,
            concluding and not chains,
            listed and k == 0,
        )
        if bad is not None and unread is None:
            unread = replace(bad, column=bad.column + a, end_column=bad.end_column + a)
        if k == 0:
            continues = goes_on
        chains += [replace(c, exprs=tuple(_moved(e, a) for e in c.exprs)) for c in found]
    return chains, unread, continues


def _moved(expr: Expr, by: int) -> Expr:
    """The expression of a sentence read on its own, at its columns in its line."""
    span = expr.span
    at = Span(
        span.line,
        span.column + by,
        span.end_line,
        span.end_column + (by if span.end_line == span.line else 0),
    )
    return replace(expr, span=at)


# a line that opens with `+`: the rest of a sum broken over lines (`4d² + 8d²` / `+ id + id` / `= …`)
_SUM_GOES_ON = re.compile(r"^[\s&$]*(?:\\\[|\\\(|\$\$)?[\s&]*\+(?!\+)")
# what may close a line after the maths it ends with: a display's delimiters, a LaTeX line break
_LINE_CLOSE = re.compile(r"^(?:\s|\\\\|\\\]|\\\)|\$|&)*$")


def _goes_on(raw: str, last: Chain, first: Chain, above_raw: str, above: int) -> bool:
    """This line opens with `+` and the line just above ends with the maths of the last chain: the sum
    above goes on here, one expression over two lines, not two counts."""
    end = last.exprs[-1].span
    return (
        _SUM_GOES_ON.match(undress(raw)) is not None
        and end.end_line == above
        and not last.exprs[-1].big_o
        and not first.exprs[0].big_o
        and _LINE_CLOSE.match(undress(above_raw)[end.end_column - 1 :]) is not None
    )


def _summed(last: Chain, first: Chain) -> Chain:
    """The last chain whose last expression goes on with the first expression of this line's chain."""
    a, b = last.exprs[-1], first.exprs[0]
    span = Span(a.span.line, a.span.column, b.span.end_line, b.span.end_column)
    node = Node("add", (a.node, b.node))
    joined = Expr(node, span, f"{a.text} {b.text}", a.free_index or b.free_index, False, a.approx or b.approx)
    return Chain((*last.exprs[:-1], joined, *first.exprs[1:]), last.answer or first.answer, last.aside)


def concluding_lines(lines: list[str]) -> set[int]:
    """The lines (numbered from 1) of the paragraph under each heading that names the answer: from the
    first line written after it up to the next blank line or heading. An answer sheet's title written
    before anything else ("**Antwort:**", "Réponse :" opening the text) heads the whole text, working
    included, not its first paragraph; a summary's heading ("3. Conclusion", "TL;DR") heads its paragraph
    wherever it stands."""
    out: set[int] = set()
    under = started = written = False  # after such a heading; its paragraph begun; a line written above
    for number, raw in enumerate(lines, 1):
        text = undress(raw)
        if _ANSWER_HEADING.match(text):
            under, started = written or not _SHEET_TITLE.match(text), False
            written = True
        elif not text.strip() or text.lstrip().startswith("#"):
            under = under and not started  # a blank line or a heading ends the paragraph begun
        elif under:
            out.add(number)
            started = True
        written = written or bool(text.strip())
    return out


def _nest(loop: Loop | None, raw: str, symbols: frozenset[str]) -> tuple[Loop, Expr] | None:
    """The count a loop nest starting on this line adds up, as one expression, or None."""
    if loop is None:
        return None
    try:
        parsed = _parse(loop.maths, symbols)
    except (UnknownName, TooBig, RecursionError):
        return None
    if parsed is None or len(parsed.nodes) != 1:
        return None
    node = parsed.nodes[0]
    column = len(raw) - len(raw.lstrip()) + 1
    text = f"{loop.name} after the loops on lines {loop.first}–{loop.last}"
    span = Span(loop.first, column, loop.last, column + 1)
    return loop, Expr(node, span, text, _free_index(node, symbols), False)


def _restating_total(chain: Chain, raw: str, totals: dict[str, Expr]) -> Chain:
    """`total = X` after a loop that adds up `total`: X is one more link of the loop's count."""
    for name, expr in totals.items():
        match = re.search(rf"(?<![\w.]){re.escape(name)}\s*=(?![=>])", raw)
        if match and raw[match.end() :].strip() and chain.exprs[0].span.column - 1 >= match.end():
            between = raw[match.end() : chain.exprs[0].span.column - 1]
            if not between.strip():
                return Chain((expr, *chain.exprs), chain.answer, chain.aside)
    return chain
