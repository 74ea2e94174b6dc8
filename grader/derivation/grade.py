"""Grade one submission: text → precheck → pieces → parse → check → score → Report."""

from __future__ import annotations

import contextlib
import dataclasses
import re
import time
from functools import lru_cache

from grader.core.diagnostics import REGISTRY, Diagnostic, make, strict
from grader.core.precheck import (
    MAX_PIECES,
    PrecheckError,
    check_segment,
    decimal_commas,
    normalise,
    raised_points,
)
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report, Step
from grader.core.rubric import score as rubric_score
from grader.derivation.audience import with_advice
from grader.derivation.check import Checker
from grader.derivation.doubt import read_for_certain, unconfirmed, with_numbers
from grader.derivation.factors import attribute
from grader.derivation.problem import Problem
from grader.derivation.remarks import remark_lines, withdraw_retracted
from grader.derivation.unread import (
    LOST,
    expected_as_written,
    right_on_unread_line,
    unread_final,
    unshown_absence,
    work_in_words,
)
from grader.maths import semantics as sm
from grader.maths.build import ParseFailure, parse_piece
from grader.maths.dressing import chat_speakers, flattened, footnote_marks, underlines, unlabel
from grader.maths.evaluate import MAX_TOTAL_TERMS, too_many_terms
from grader.maths.segment import Piece, find_maths
from grader.maths.spoken import spoken_lines
from grader.maths.written import POWER_OF_TEN_SHAPE

_HINT = "submit UTF-8 text of a reasonable size"  # what a refused file is told to be

_MATH_WORDS = {
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
_START = re.compile(
    r"[-−(\\0-9.ΣΠ∑∏=≈]|(?:log|ln|lg|exp|P|p|Pr|pr|C|PPL|ppl|PP|pp|NLL|nll|CE|H|LL|N|e|sum|prod)(?![a-z])"
)


# the letters of words in a Latin script (Spanish são, German Größe, Polish ł): prose in any such language
_LATIN = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"


def _prose_words(text: str) -> int:
    return sum(1 for w in re.findall(f"[{_LATIN}]{{3,}}", text) if w.lower() not in _MATH_WORDS)


def _looks_mathy(text: str) -> bool:
    has_relation = bool(re.search(r"=|≈|\\approx", text))
    symbols = len(re.findall(r"[()=+*/^_|\\0-9]", text))
    if not has_relation:  # scratch work such as "(-0.7 + (-0.4)": an operator between two operands
        binary = re.search(r"[\w)}.]\s*[-+*/^]\s*[\w({\\.]", text)
        return _prose_words(text) == 0 and bool(re.search(r"\d", text)) and bool(binary)
    return _prose_words(text) <= max(2, symbols // 6)


def _meant_as_maths(piece: Piece) -> bool:
    """Is a line that does not parse meant as maths (a parse error), or words and symbols in prose?"""
    text = piece.text
    if piece.is_answer:
        return True
    if piece.delimited:  # $\\langle /s \\rangle$ or $w_1, \\dots$ name things; $x = = 3$ is maths
        return bool(re.search(r"=|≈|\\approx", text)) or (
            bool(re.search(r"\d", text)) and bool(re.search(r"[-+*/^(){}\\]", text))
        )
    return _looks_mathy(text)


def _sub_piece(piece: Piece, start: int, end: int) -> Piece:
    return Piece(
        piece.text[start:end], piece.positions[start:end], piece.delimited, piece.is_answer, piece.line
    )


def _strip_prose(piece: Piece) -> sm.Chain | None:
    """Parse the maths inside a line of prose ("So log P(y|x) = -1.1 nats."), or None."""
    text = piece.text
    # a cut after white space or a colon (never inside :=), or between a word and its "=" ("total=.0488")
    starts = [0] + [m.end() for m in re.finditer(f"\\s+|:(?!=)|(?<=[{_LATIN}])(?=[=≈])", text)]
    # "Sum exp row 1 = 7.95": a whole number after a word is that word's index, a label, never "1 = 7.95"
    starts = [s for s in starts if s < len(text) and _START.match(text, s) and not _label_index(text, s)][:12]
    ends = [len(text)] + [m.start() for m in re.finditer(r"\s+", text)][::-1][:4]
    ends += [m.start() for m in re.finditer(r"\s+\(", text) if m.start() not in ends]  # "N = 3  (counting …)"
    for s in starts:
        refused = len(text) + 1  # an LALR parse refuses a token whatever follows: end before it
        for e in ends:
            while e > s and (
                text[e - 1] in " ,;:." or (text[e - 1] == ")" and text[s:e].count(")") > text[s:e].count("("))
            ):
                e -= 1  # a full stop, or the bracket closing a remark the maths sits in
            # words naming the value before "≈ 2.117" may quote a phrase ('Perplexity of "deep blue" ≈ …')
            # and so may a row's label before a colon ('after "capital" : -0.0353 - 0.0099 = …')
            before_ok = _is_prose(text[:s], quotes=text[s] in "=≈" or text[:s].rstrip().endswith(":"))
            if e <= s or e >= refused or not (before_ok and _is_prose(text[e:])):
                continue
            sub = _sub_piece(piece, s, e)
            if not sub.text.strip():
                continue
            try:
                chain = parse_piece(sub)
            except ParseFailure as failure:
                if failure.syntax and " " not in text[s + failure.offset : e]:
                    pass  # the refused word runs to the end: a shorter cut may read differently
                elif failure.syntax:
                    refused = min(refused, text.find(" ", s + failure.offset))
                continue
            if _PER_TOKEN.search(text[:s]):
                chain = _per_token(chain)
            bare = len(chain.items) == 1 and not chain.continues and not piece.is_answer
            named = _named_in_words(piece, text[:s], chain)
            if bare and named is not chain and not re.search(r"\d", sub.text):
                continue  # "the perplexity is e to the minus average": words, not a value stated
            chain = named
            own = _OWN_NAME.search(text[:s]) if chain.continues else None
            own_name = own is not None
            if own is not None:
                chain = dataclasses.replace(chain, continues=False)  # "Sum = …": a new statement
                letter = own.group().strip(" \t:")
                if len(letter) == 1:  # "… -> V = 12": one letter is a name the maths can read
                    with contextlib.suppress(ParseFailure):
                        at = len(text[:s].rstrip(" \t")) - 1  # the letter itself
                        named_chain = parse_piece(_sub_piece(piece, at, e))
                        if len(named_chain.items) >= 2:
                            chain = named_chain
            lone = len(chain.items) == 1 and not chain.continues and not piece.is_answer
            if lone and isinstance(chain.items[0], sm.BinOp) and _is_prose(text[:s]) and not text[e:].strip():
                return dataclasses.replace(chain, heading=True)  # "check: ln .25 + …", kept if "= …" follows
            if (
                len(chain.items) >= 2
                or chain.continues
                or (piece.is_answer or not _has_terms_or_names(chain))
            ):
                if lone and not own_name:
                    if not _states_a_result(text[:s], text[e:], sub.text):
                        continue
                    return dataclasses.replace(chain, told=True)
                return chain
    return None


# An approximate value is still stated: "is about 3.827", "comes to roughly 0.0488".
_ARROW = re.compile(r"=+>|-+>|[⇒→⟹]")  # "multiply all 4 => 0.0488": an arrow from words to a value
_ABOUT = r"(?:\s+(?:about|approximately|approx\.?|roughly|around|circa|~|≈))?"
_RESULT_WORDS = re.compile(
    r"(?:\bis|\bare|\bequals|\bget|\bgets|\bgives|\bgiving|\bobtain|\bcomes\s+to|answer|result|total|≈|=|:"
    rf"|{_ARROW.pattern}"
    r"|^\s*(?:so|thus|hence|therefore))"  # "so about 0.111" opening a line: the result, told
    + _ABOUT
    + r"\s*$",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(r"\s*(?:nats?|bits?|\(?(?:rounded|approx\.?|approximately)\)?)?\s*$", re.IGNORECASE)


# A word written straight before "=" ("Sum = -1.2 + (-0.3)", "Step 2: average = …") is the student's
# own name for what follows, its left side: the maths after it is a new statement, not "= …" carrying
# on the line above.
# So is a token of the sequence named as a row's label ("</s> = 3", "<s> I = 2"), in any Latin script, and a
# word with its index ("row 1 = 7.95").
_OWN_NAME = re.compile(f"(?:^|[\\s:])(?:[{_LATIN}][{_LATIN}'\\-]*(?:[ \\t]+\\d{{1,2}})?|</?s>)[ \\t]*$")


_INDEX_BEFORE_EQUALS = re.compile(r"\d{1,2}[ \t]*[=:](?!=)")
_WORD_BEFORE = re.compile(f"[{_LATIN}]{{2,}}[ \\t]+$")


def _label_index(text: str, at: int) -> bool:
    """Is the whole number at `at` the index of a label in words ("row 1 =", "token 2:")?"""
    return bool(_INDEX_BEFORE_EQUALS.match(text, at)) and bool(_WORD_BEFORE.search(text, max(0, at - 40), at))


def _states_a_result(before: str, after: str, maths: str) -> bool:
    """Is a lone number in prose the student's result ("so the answer is 1.73")? A number inside a
    sentence ("about 3.1 in a hundred thousand") is not."""
    after = re.sub(r"\([^()]*\)", " ", _MARKS.sub(" ", after))  # "=> 0.0488 ✨ (about 4.9%)": remarks
    return (
        bool(re.search(r"\d", maths))
        and bool(_RESULT_WORDS.search(before))
        and bool(_UNIT_WORDS.fullmatch(after))
    )


_LINKING = re.compile(r"\s*(?:=|:|is|was|equals|comes\s+to)?" + _ABOUT + r"\s*", re.IGNORECASE)
_NAMED_IN_WORDS = [
    (
        re.compile(
            r"(?:(?:the\s+)?sum\s+of\s+(?:the\s+)?log[- ]?prob(?:abilitie)?s|(?:total\s+)?log[- ]likelihood|log[- ]prob(?:ability)?\s+of\s+(?:the\s+)?(?:sentence|sequence|answer))",
            re.I,
        ),
        "log_likelihood",
    ),
    (re.compile(r"negative\s+log[- ]likelihood|\bnll\b", re.I), "nll"),
    (re.compile(r"cross[- ]entropy", re.I), "cross_entropy"),
    (re.compile(r"perplexity", re.I), "perplexity"),
    (
        re.compile(
            r"(?:sentence|sequence|joint)\s+probability|probability\s+of\s+(?:the\s+)?(?:sentence|sequence)",
            re.I,
        ),
        "probability",
    ),
]


# a word before a quantity's name that makes it the mean per token: "average NLL", "mean negative log-likelihood"
_PER_TOKEN = re.compile(r"(?:average|mean|avg\.?|per[- ]token)\s*$", re.IGNORECASE)


def _named_in_words(piece: Piece, before: str, chain: sm.Chain) -> sm.Chain:
    """ "sum of log probs = (-0.7)(-0.4)": the words name the quantity the maths computes."""
    starts_with_value = chain.continues or (
        len(chain.items) == 1 and re.search(r"\b(?:is|was|equals|comes\s+to)" + _ABOUT + r"\s*$", before)
    )
    if not starts_with_value:
        return chain
    named_here = []
    for pattern, name in _NAMED_IN_WORDS:
        found = None
        for m in pattern.finditer(before):
            found = m
        if found is not None and _LINKING.fullmatch(before[found.end() :]):
            named_here.append((found, name))
    if not named_here:
        return chain
    # the longest name wins: "negative log-likelihood" names the NLL, not the log-likelihood in it
    found, name = min(named_here, key=lambda pair: pair[0].start())
    per_token = name in ("nll", "log_likelihood") and _PER_TOKEN.search(before, 0, found.start())
    line, column = piece.position(found.start())
    end_line, end_column = piece.position(found.end() - 1)
    span = sm.Span(line, column, end_line, end_column + 1)
    named: sm.Expr = sm.Quantity("cross_entropy" if per_token else name, span, found.group(0))
    if per_token and name == "log_likelihood":
        named = sm.Neg(named, span)  # "average log-likelihood = …": the mean log-probability per token
    relations = ((chain.lead,) if chain.continues else ("=",)) + chain.relations
    return dataclasses.replace(chain, items=(named, *chain.items), relations=relations, continues=False)


def _per_token(chain: sm.Chain) -> sm.Chain:
    """ "average NLL = …": the mean negative log-likelihood per token is the cross-entropy."""
    first = chain.items[0]
    if isinstance(first, sm.Quantity) and first.name == "nll":
        first = sm.Quantity("cross_entropy", first.span, first.written)
        return dataclasses.replace(chain, items=(first, *chain.items[1:]))
    return chain


_PROSE = re.compile(f"[{_LATIN}][{_LATIN}\\s,;:.'’()\\-!?]*")
_QUOTED = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”")  # "deep blue": a phrase quoted in a sentence
# marks on a line, not maths: ticks, arrows pointing back at it, and any emoji or pictograph (✨, 😬, 🎉)
_MARKS = re.compile(r"[✓✔✗✘☑✅←⟵⇐\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]|<-+|<=+(?!\s*\d)")


# A bracketed aside opened by a connective word, whatever maths it holds; a bracket opened by maths
# ("(1 - 0.25)") never is one.
_ASIDE = re.compile(
    r"\(\s*(?:so|i\.?e\.?|e\.?g\.?|which|that|that's|thus|hence|i\.e|or|note|check|cf\.?|since)\b[^\n]*\)\Z",
    re.IGNORECASE,
)


# Han, kana and Hangul with their punctuation: words written without spaces between them, with the
# number they label ("步骤1", "第1題": step 1, question 1)
_CJK = re.compile(r"(?:[\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+\d*)+")


# a whole number of one or two digits after a word, before another word or the end: it counts things
_COUNTING = re.compile(f"(?<=[{_LATIN}])(\\s+)(\\d{{1,2}})(?=\\s+[{_LATIN}]|\\s*$)")
_FUNCTION_BEFORE = re.compile(r"(?:log|ln|lg|exp|sqrt|base|log2|log10)$", re.IGNORECASE)


def _counted(m: re.Match[str]) -> str:
    """A counting number as a word ("all 4" → "all n"); after log or ln it is maths (ln 2), kept."""
    return m.group(0) if _FUNCTION_BEFORE.search(m.string[: m.start()]) else m.group(1) + "n"


@lru_cache(maxsize=4096)  # a line's cuts ask of the same words before and after again and again
def _is_prose(text: str, quotes: bool = False) -> bool:
    """Words only (what may be cut from around the maths of a line), or nothing; a remark in
    parentheses such as "(1 of 5 words)" counts as words."""
    text = text.strip(" ,;:.")
    if _ASIDE.match(text):
        return True  # "(so Pr(y|x) ≈ 0.76)": an aside in brackets opened by a connective
    if quotes:
        text = _QUOTED.sub("words", text)
    text = re.sub(r"</?s>", "word", text)  # "<s> I: C(<s> I) = 2": the boundary tokens named in a label
    text = _CJK.sub("word", text)  # "步骤1: 0.25 × 0.33 = 0.0825": words of a script without spaces
    text = re.sub(r"(?<![A-Za-z])\([^()]*[A-Za-z][^()]*\)", "words", text)  # (2 d.p.), (counting </s>)
    text = re.sub(r"\(\s*[=≈][^()=≈]*\)", "words", text)  # "= 21381376   (= 2^8 · 17^4)": an aside
    text = text.strip(
        " ,;:.()"
    )  # the brackets of a remark the maths sits in: "(… since 1 nat = 1.443 bits.)"
    text = _MARKS.sub(" ", text).strip(" ,;:.")  # ✓, <- final: marks on a line, not maths
    text = _ARROW.sub(" ", text).strip(" ,;:.")  # "multiply all four => 0.0488": an arrow links words to it
    text = _COUNTING.sub(_counted, text)  # "multiply all 4", "the 2 tokens": a number counting things
    if re.search(r"[A-Za-z]\(", text):
        return False  # log(ab): a function applied, not words
    return not text or bool(_PROSE.fullmatch(text))


# what separates two statements on a line; a comma between digits (2,32) is a number's, never one
_SEPARATOR = re.compile(
    r"\s*(?:(?<!\d),|,(?!\d)|[;&→⇒]|(?:(?<=[A-Za-z]{2})|(?<=[0-9)]))\.(?=\s+[A-Z(])|=>|(?<![<-])-+>|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow)(?![A-Za-z])"
    r"|\b(?:and|so|then|thus|hence|therefore|which gives|giving)\b)\s*"
)


def _split_top_level(piece: Piece) -> list[Piece]:
    """Split a line of several statements ("C(I) = 3, C(I am) = 2, so P(am|I) = 2/3") at top-level
    commas, semicolons and joining words; brackets protect the commas inside P(y_2 | x, y_1)."""
    text = piece.text
    cuts: list[tuple[int, int]] = []
    depth = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0:
            m = _SEPARATOR.match(text, i)
            if (
                m
                and m.end() > i
                and (c in ",;&→⇒." or text[i : i + 2] == "=>" or text[i - 1 : i].isspace() or i == 0)
            ):
                cuts.append((i, m.end()))
                i = m.end()
                continue
        i += 1
    out = []
    start = 0
    for a, b in cuts + [(len(text), len(text))]:
        if a > start:
            out.append(_sub_piece(piece, start, a))
        start = b
    return out


_RESTATEMENT = re.compile(r"^\s*(?:[xyw](?:_\{?[0-9a-z+\-]*\}?)?|\\mathbf\{[xyw]\}|\|y\|)\s*=")


def _own_left_sides(results: list[tuple[Piece, sm.Chain | None]]) -> list[tuple[Piece, sm.Chain | None]]:
    """ "\\ln\\sum_v e^{z_v}\\big|_{x} &= \\ln 7.95 = 2.07": a "= …" part after a part of the same line that
    was not read has that part as its left side, unknown: a new statement, never the line above's next step."""
    out: list[tuple[Piece, sm.Chain | None]] = []
    for k, (part, chain) in enumerate(results):
        if chain is not None and chain.continues and k > 0 and out[-1][1] is None:
            chain = dataclasses.replace(chain, continues=False)
        out.append((part, chain))
    return out


_ARROW_ONLY = re.compile(r"\s*(?:=+>|-+>|[⇒→⟹]|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow))\s*")


def _arrowed_values(
    piece: Piece, results: list[tuple[Piece, sm.Chain | None]]
) -> list[tuple[Piece, sm.Chain | None]]:
    """ "log Pr(y|x) -> 0.7597": a term or a quantity's name, an arrow, then a lone value states that value
    of it (a statement, checked as one), not a mention and a stray number."""
    out: list[tuple[Piece, sm.Chain | None]] = []
    for part, chain in results:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[1] is not None
            and chain is not None
            and _lone(prev[1])
            and _lone(chain)
            and _has_terms_or_names(prev[1])
            and _is_number(chain.items[0])
            and _ARROW_ONLY.fullmatch(_between(piece, prev[0], part))
        ):
            joined = dataclasses.replace(
                prev[1], items=(prev[1].items[0], chain.items[0]), relations=("=",), units=(), heading=False
            )
            out[-1] = (prev[0], joined)
            continue
        out.append((part, chain))
    return out


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


def _only_a_name(expr: sm.Expr) -> bool:
    return isinstance(expr, sm.Scalar | sm.Quantity | sm.EConst)


def _has_terms_or_names(chain: sm.Chain) -> bool:
    return any(not isinstance(n, sm.Num | sm.Neg | sm.BinOp) for item in chain.items for n in sm.walk(item))


_CONTINUES_EXPRESSION = re.compile(
    r"^[&\s]*(?:\\q?quad\s*)?(?:[+*×·]|\\cdot(?![A-Za-z])|\\times(?![A-Za-z]))"
)


_LATEX_ARITHMETIC = re.compile(r"\\(?:times|cdot|d?frac|left|right)(?![A-Za-z])|\\[,;:! ]")
_ARITHMETIC = re.compile(r"[\s\d.+\-*/×·^(){}\[\]eE]*")
_VALUE = re.compile(rf"\s*-?(?:\d+\.?\d*|\.\d+){POWER_OF_TEN_SHAPE}?\s*")


_WORDS_LABEL = re.compile(f"^\\s*[{_LATIN}][{_LATIN}\\s,'’-]*:\\s*")


def _running_result(prev: Piece, piece: Piece) -> Piece | None:
    """A line of numbers worked out to a value ("0.0825 × 0.0011 = 9.075e-5") followed by a line that
    starts with an operator and states its own result ("× 0.5 = 4.5375e-5") is a running computation:
    the new line carries on from the value (returned, as a piece), not from the whole line above."""
    cuts, here = _relations(prev.text), _relations(piece.text)
    if not cuts or not here:
        return None
    last = cuts[-1]
    start = last + (len("\\approx") if prev.text.startswith("\\approx", last) else 1)
    value = prev.text[start:]
    left = _LATEX_ARITHMETIC.sub(" ", prev.text[: cuts[0]])
    left = _WORDS_LABEL.sub("", left)  # "small ones first: 0.0099 + … = 0.0164": a label in words before it
    if not left.strip() or not _ARITHMETIC.fullmatch(left) or not _VALUE.fullmatch(value):
        return None
    return _sub_piece(prev, start + len(value) - len(value.lstrip()), len(prev.text.rstrip()))


# "plus 0.0353 = 0.0517", "then times 0.5 = …": the operator said in a word at the start of a line
_OPERATOR_WORD = re.compile(
    r"^\s*(?:(?:then|and|now)\s+)?(?:(plus|add|adding)|(times|multiplied\s+by|multiply\s+by))\s+(?=[-(.\d])",
    re.IGNORECASE,
)


def _operator_in_words(piece: Piece) -> Piece:
    """The piece with a leading operator word written as its symbol, padded so columns stay."""
    m = _OPERATOR_WORD.match(piece.text)
    if m is None:
        return piece
    symbol = "+" if m.group(1) else "×"
    text = " " * m.start(1 if m.group(1) else 2) + symbol
    text = text.ljust(m.end()) + piece.text[m.end() :]
    return dataclasses.replace(piece, text=text)


def join_continued(pieces: list[Piece]) -> list[Piece]:
    """A line that starts with + or × (or says it: "plus 0.0353 = 0.0517") carries on the expression
    above it (a long sum broken over lines, `&\\quad + \\log P(y_2 | x, y_1)`): join the two into one piece."""
    out: list[Piece] = []
    for piece in pieces:
        piece = _operator_in_words(piece)
        last_line = out[-1].positions[-1][0] if out and out[-1].positions else None
        next_line = piece.line == (last_line or 0) + 1
        if out and next_line and _wrapped(out[-1], piece):
            out[-1] = _joined(
                out[-1], piece
            )  # a display row broken mid-product: "P(a)\\,P(b)\\," then "P(c)"
            continue
        if out and _CONTINUES_EXPRESSION.match(piece.text) and next_line:
            prev = out[-1]
            carried = _running_result(prev, piece)
            if carried is not None:  # "0.0825 × 0.0011 = 9.075e-5" then "× 0.5 = 4.5375e-5"
                gap = (carried.positions[-1],)
                out.append(
                    Piece(
                        carried.text + " " + piece.text,
                        carried.positions + gap + piece.positions,
                        piece.delimited,
                        piece.is_answer,
                        piece.line,
                    )
                )
                continue
            out[-1] = _joined(prev, piece)
        else:
            out.append(piece)
    return out


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


# "Pr(y | x) is about 0.33": between maths and a number, "is" says "=" (positions kept)
_IS = re.compile(r"(?<=[)\]}])\s+(?:is|equals|was)" + _ABOUT + r"\s+(?=[-−]?\.?\d)", re.IGNORECASE)


def _unmarked(piece: Piece) -> Piece:
    """The piece with Markdown emphasis markers blanked and "is" between a term and its value read as
    "=" (positions kept)."""
    text = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), piece.text)
    text = _IS.sub(lambda m: " =" + " " * (len(m.group(0)) - 2), text)
    return piece if text == piece.text else dataclasses.replace(piece, text=text)


_GAP = re.compile(r"[ \t]{2,}")
# a remark in brackets that opens with a word: "(bigram 2/3, unigram 3/17)", "(rounded)"
_LATIN_REMARK = f"\\((?=[{_LATIN}]{{3}})[^()=]*\\)"
# a value stated as written: 3, 0.25, .544, 2/3; a full stop after it ends a sentence, a remark in brackets
# may follow it ("= .419 (bigram 1/2, unigram 3/17) total = …")
_VALUE_BEFORE = re.compile(
    r"[=≈]\s*[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?(?:(?P<stop>\.)|[ \t]*\([^()=]{0,100}\))?$"
)
_TERM_AFTER = re.compile(
    f"[ \\t]+(?=(?:C|c|Count|count|P|Pr|p|pr|\\\\Pr)\\([^()]*\\)[ \\t]*[=≈]|(?!(?:nats?|bits?)\\b)[A-Za-z]\\w*[ \\t]*[=≈][^=]|{_LATIN_REMARK})"
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
_ROW_LABEL = re.compile(f"\\s*[{_LATIN}][{_LATIN} -]*:\\s*")
_OPEN = "=≈+-−*/×·^(&"  # what a statement cannot start or end with


def _columns(piece: Piece) -> list[Piece]:
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
    if not all(
        _RELATION.search(t) and (t[0] not in _OPEN or (k == 0 and t[0] == "=")) and t[-1] not in _OPEN
        for k, t in enumerate(whole)
    ):
        return [piece]  # "= 4/36 =   1/9": one statement with space in it
    out = [_sub_piece(piece, a, _before_punctuation(text, a, b)) for a, b in parts]
    # an aside in brackets is checked but is never the answer its line labels ("Answer: P = 0.0488 (ln P = …)")
    return [
        dataclasses.replace(p, is_answer=False, aside=True) if k in asides else p for k, p in enumerate(out)
    ]


_ASIDE_START = re.compile(r"\s*(?:(?:so|i\.?e\.?|hence|thus|check)[:,]?\s+)?" + _START.pattern)


def _unbracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A column that is one statement in brackets ("(Pr(y|x) = e^-0.27 ≈ 0.76)", an aside beside the
    result) without its brackets; any other column as it is."""
    a = start + len(text[start:end]) - len(text[start:end].lstrip())
    b = _before_punctuation(text, a, end)
    if b - a < 2 or text[a] != "(" or text[b - 1] != ")" or not _ASIDE_START.match(text, a + 1):
        return start, end  # "(there is no y_3, so …)": words in brackets stay a remark in prose
    depth = 0
    for i in range(a, b):
        depth += text[i] in "([{"
        depth -= text[i] in ")]}"
        if depth == 0 and i < b - 1:
            return start, end  # "(1 - 0.25) = 0.75": the bracket closes before the end
    return a + 1, b - 1


def _inside(text: str, start: int, end: int) -> bool:
    """Does the gap text[start:end] lie inside one statement: after or before a relation or operator?"""
    operators = tuple(_OPEN.replace("(", "") + "≈")
    return text[:start].rstrip()[-1:] in operators + ("(",) or text[end:][:1] in operators


def _before_punctuation(text: str, start: int, end: int) -> int:
    """The end of a statement without the comma or semicolon that parts it from the next one."""
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


# A name given its value in brackets inside the words that head a line: "unigram parts (N = 17): …".
_HEADING_DEFINITION = re.compile(r"[A-Za-z]\s*\(\s*([A-Za-z]{1,3}\s*=\s*\d+(?:\.\d+)?)\s*\)\s*:")


_RULE_LINE = re.compile(r"\s*(?:[=_~—─-]\s*){3,}")


def read_chains(lines: list[str]) -> tuple[list[sm.Chain], list[Diagnostic]]:
    """Every chain of relations in the submission, and the lines that could not be read."""
    chains: list[sm.Chain] = []
    diagnostics: list[Diagnostic] = []
    pieces = join_continued(find_maths(lines))
    after_skip = False  # the last piece of maths could not be read at all
    recovery = [RECOVERY_PARSES]
    if len(pieces) > MAX_PIECES:
        line, column = pieces[MAX_PIECES].position(0)
        message = f"more than {MAX_PIECES} pieces of maths; the rest, from here on, is not graded"
        diagnostics.append(make("input-rejected", message, sm.Span(line, column, line, column + 1)))
        del pieces[MAX_PIECES:]
    last_source: Piece | None = None  # the piece the last chain was read from
    previous: Piece | None = None
    for piece in (p for whole in pieces for p in _columns(_unmarked(whole))):
        before, previous = previous, piece
        problem = check_segment(piece.text)
        if problem is not None:
            message, offset = problem
            line, column = piece.position(offset)
            diagnostics.append(make("input-rejected", message, sm.Span(line, column, line, column + 1)))
            continue
        lost = LOST.search(piece.text)
        if lost:  # "= ▒.▒▒ bits", "▒▒▒▒": what was written there did not survive the upload or the scan
            line, column = piece.position(lost.start())
            message = f"cannot read this line: {lost.group()[0]!r} stands for text lost in the upload or scan"
            diagnostics.append(make("parse-error", message, sm.Span(line, column, line, column + 1)))
            continue
        if not piece.delimited and not piece.is_answer and not re.search(r"[=≈\d(\\]", piece.text):
            continue  # plain prose
        if _RULE_LINE.fullmatch(piece.text):
            continue  # "=========" under an answer: a double underline, as "____" is an underline
        try:
            chain = parse_piece(piece)
        except ParseFailure as failure:
            if _RESTATEMENT.match(piece.text) or piece.aside:
                continue  # "y = (deep, learning)": the problem's data restated; "(log10 = -0.954)": a remark
            for m in _HEADING_DEFINITION.finditer(piece.text):  # "unigram parts (N = 17): …"
                with contextlib.suppress(ParseFailure):
                    chains.append(parse_piece(_sub_piece(piece, m.start(1), m.end(1))))
            chain = None if piece.delimited else _strip_prose(piece)
            if chain is None and not piece.delimited:
                chain = _bridge_words(piece, recovery)
            if chain is None:
                parts = _split_top_level(piece)
                if len(parts) > 1 or (parts and parts[0].text != piece.text):  # "=> log P = -1.1"
                    results = _arrowed_values(piece, _own_left_sides([(p, _parse_part(p)) for p in parts]))
                    if all(c is not None or not _meant_as_maths(p) for p, c in results):
                        chains.extend(c for _, c in results if c is not None)
                        last_source = piece
                        continue  # several statements, or maths among names ("w_1, …, w_5")
            if chain is None:
                after_skip = bool(_relations(piece.text))  # a statement not read: what "= …" below continues
                if _meant_as_maths(piece):
                    line, column = piece.position(failure.offset)
                    refused = failure.offset if failure.syntax else len(piece.text)
                    part = _longest_readable(piece, refused, recovery)
                    diagnostics.append(
                        make(
                            "parse-error",
                            f"cannot read {'part of ' if part else ''}this line: {failure.message}",
                            sm.Span(line, column, line, column + 1),
                            "the part that could be read is graded; a person reviews the rest"
                            if part
                            else "this line was skipped; the rest of the derivation is still graded",
                        )
                    )
                    if part is not None:
                        after_skip = False
                        chains.append(part)
                        last_source = piece
                continue
        big = next(filter(None, map(too_many_terms, chain.items)), None)
        if big is not None:
            line, column = big.span.line, big.span.column
            message = f"sums or products here unroll to more than {MAX_TOTAL_TERMS} terms in all"
            diagnostics.append(make("input-rejected", message, sm.Span(line, column, line, column + 1)))
            continue
        if (
            after_skip and chain.continues
        ):  # "= …" under a line that could not be read: its left side is unknown
            chain = dataclasses.replace(chain, continues=False)
        if chain.continues and piece.delimited and _named_in_prose(lines, piece):
            chain = dataclasses.replace(chain, continues=False)  # "product $= 0.046 \times 0.024 = …$"
        if piece.output and chain.continues and (before is None or last_source is not before):
            chain = dataclasses.replace(chain, continues=False)  # printed under code that was not read
        if piece.aside:  # beside the statement it comments on: what "= …" below continues is that one
            chain = dataclasses.replace(chain, aside=True, continues=False)
        after_skip = False
        lone = not piece.is_answer and len(chain.items) == 1 and not chain.continues
        if (lone or len(chain.items) > 1) and _named_value(chain.items[0]) is not None:
            chain = _name_beside_value(chain)  # "Perplexity 2.12", "perplexity e^0.55 = 1.73"
            lone = False
        if lone and _only_a_name(chain.items[0]):
            continue  # "$y$" or "N" in a sentence: a mention, not a step
        if lone and not piece.delimited and (_has_terms_or_names(chain) or not re.search(r"\d", piece.text)):
            chain = dataclasses.replace(chain, heading=True)  # kept only if a `= …` line continues it
        chains.append(chain)
        last_source = piece
    return chains, diagnostics


_NUMERIC = (sm.Num, sm.EConst, sm.Neg, sm.BinOp, sm.Exp, sm.Log, sm.Root)


def _named_value(item: sm.Expr) -> tuple[sm.Expr, sm.Expr] | None:
    """A quantity's name and a value beside it, nothing else ("Perplexity 2.12", "NLL  3.83", "perplexity
    e^0.55"): the quantity and its value, as a ledger's label and amount (no one multiplies a perplexity
    by 2.12). The value is numbers only; a name in it ("PPL N") makes the product what was written."""
    if not (isinstance(item, sm.BinOp) and item.op == "*" and item.implicit and not item.grouped):
        return None
    name, value = item.left, item.right
    if (
        isinstance(name, sm.Quantity)
        and len(name.written) >= 2
        and not name.args
        and all(isinstance(node, _NUMERIC) for node in sm.walk(value))
    ):
        return name, value
    return None


def _name_beside_value(chain: sm.Chain) -> sm.Chain:
    """A chain that opens on a quantity's name beside its value ("perplexity 1.59", "perplexity e^0.55 =
    1.73") as the name equated to the value; any other chain as it is."""
    named = None if chain.continues else _named_value(chain.items[0])
    if named is None:
        return chain
    units = (None, *chain.units) if chain.units else ()
    return dataclasses.replace(
        chain, items=(*named, *chain.items[1:]), relations=("=", *chain.relations), units=units
    )


_WORD = re.compile(r"(?<![A-Za-z\\])(?!(?:log|exp|sum|prod|frac|sqrt|text|mathrm)(?![A-Za-z]))[A-Za-z]{3,}")
# Where one statement ends and another begins, outside brackets: "0.0923, so -ln Pr(…)", "= 1. Same …".
_SEAM = re.compile(
    r"[,;:→⇒]|=>|(?<![<-])-+>|\\(?:Rightarrow|implies|to|rightarrow|Longrightarrow)(?![A-Za-z])|\.\s"
    r"|\b(?:and|so|then|thus|hence|therefore|i\.e|giving|gives|which)\b",
    re.IGNORECASE,
)


def _outside_brackets(text: str) -> str:
    """text with everything inside brackets blanked, so only its top level is searched."""
    out, depth = [], 0
    for c in text:
        depth -= c in ")]}"
        out.append(c if depth <= 0 else " ")
        depth += c in "([{"
    return "".join(out)


# "Σ logprobs", "\\sum_i \\text{logprob}": a sum sign before the word naming what is summed
_SUMMED_WORD = re.compile(
    r"\s*(?:Σ|∑|\\sum|sum)(?:_\{?\w{1,3}\}?)?\s*(?:\\text\{)?[A-Za-z][A-Za-z-]{2,}\}?\s*"
)


def _bridge_words(piece: Piece, budget: list[int]) -> sm.Chain | None:
    """`log Pr(y|x) = sum over the tokens of log Pr(y_i | …) = -0.27`: a middle member told in words
    is passed over and the members either side of it are equated (what the student states), or None.
    At most four relations are looked at, each member parsed once, from the per-submission budget."""
    text = piece.text
    cuts = _relations(text)
    if not 2 <= len(cuts) <= 4:
        return None
    bounds = [0, *cuts, len(text)]
    dropped: list[tuple[int, int]] = []
    for i in range(1, len(bounds) - 2):  # the middle members, each after its relation sign
        a, b = bounds[i] + 1, bounds[i + 1]
        told = len(_WORD.findall(text[a:b])) >= 2 or _SUMMED_WORD.fullmatch(text[a:b])
        if not told or _SEAM.search(_outside_brackets(text[a:b])) or budget[0] <= 0:
            continue  # not words, or two statements meeting (split_top_level reads those)
        budget[0] -= 1
        try:
            parse_piece(_sub_piece(piece, a, b))
        except ParseFailure:
            dropped.append((bounds[i], b))  # its relation sign and itself
    if not dropped:
        return None
    keep = [k for k in range(len(text)) if not any(a <= k < b for a, b in dropped)]
    rest = Piece(
        "".join(text[k] for k in keep),
        tuple(piece.positions[k] for k in keep),
        piece.delimited,
        piece.is_answer,
        piece.line,
    )
    try:
        chain = parse_piece(rest)
    except ParseFailure:
        chain = _strip_prose(rest)
    return chain if chain is not None and len(chain.items) >= 2 else None


def _relations(text: str) -> list[int]:
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


def _wide_gap(text: str) -> bool:
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


_RECOVERED_LENGTH = 240  # the longest line whose readable part is looked for (two lines of maths)
RECOVERY_PARSES = 120  # tries (a parse, or a cut of the words around it) per submission: stays linear


def _longest_readable(piece: Piece, refused: int, budget: list[int]) -> sm.Chain | None:
    """The longest run of a line that reads as a chain of two or more items, cut at its = and ≈ signs
    ("P = p₁·p₂ = 0.25 × 0.5 = 0.125" without its first part; "… ≈ 0.001 ≈ 0.1 %" without its last):
    one unreadable part does not lose the whole line. `refused`: where the grammar refused a token
    whatever followed it (no run from the start past it can read), or the line's length; `budget`: the
    parses left for this submission (spent here)."""
    text = piece.text
    if len(text) > _RECOVERED_LENGTH:
        return None  # a paragraph: the maths inside it is read by cutting the words away, not here
    cuts = _relations(text)[:4]  # bounded: a dozen parses at most, whatever the line
    spans = [(a, len(text)) for a in cuts if a > 0] + [(0, b) for b in cuts if 0 < b <= refused]
    spans += [(a, b) for a in cuts for b in cuts if 0 < a < b]
    for a, b in sorted(spans, key=lambda ab: ab[0] - ab[1]):
        sub = _sub_piece(piece, a, b)
        if _wide_gap(sub.text):
            continue  # "C(I)=3  C(I am)=2": statements side by side, never one product
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        try:
            chain = parse_piece(sub)
        except ParseFailure:
            # "= 0.25 × 0.5 ≈ 0.13  (exactly 1/8)": a remark in brackets after a tail (cost stays bounded)
            chain = _strip_prose(sub) if b == len(text) and "(" in text[a:] else None
        if chain is not None and len(chain.items) >= 2:
            return dataclasses.replace(chain, continues=chain.continues and a == 0)  # its head was not read
    return None


_LINKING_WORDS = re.compile(
    r"(?:so|thus|hence|then|therefore|and|which|that|i\.?e\.?|gives?|giving|equals?|is|are|was|we|get|"
    r"have|to|this|it|or|in|now)",
    re.IGNORECASE,
)


def _named_in_prose(lines: list[str], piece: Piece) -> bool:
    """Is a delimited `$= …$` written after a word that names its left side ("Sum $= 2(-0.585) + …$",
    "product $= …$"), not one that links it ("so $= …$", "the NLL is $≈ …$")? Then it states a new
    value, not the next step of the maths before it."""
    line, column = piece.position(0)
    if not 0 < line <= len(lines):
        return False
    before = lines[line - 1][: max(column - 1, 0)]
    before = re.split(r"\$|\\\(|\\\)", before)
    words = re.findall(r"[A-Za-z]+", before[-2] if len(before) >= 2 else "")
    return bool(words) and len(words[-1]) > 1 and not _LINKING_WORDS.fullmatch(words[-1])


def _parse_part(piece: Piece) -> sm.Chain | None:
    """One statement of a line of several: maths, maths inside words, or None."""
    if _RESTATEMENT.match(piece.text) or not piece.text.strip():
        return None
    try:
        chain = parse_piece(piece)
    except ParseFailure:
        chain = _strip_prose(piece)
    if chain is not None and len(chain.items) == 1 and not chain.continues and _only_a_name(chain.items[0]):
        return None  # "w_1" in a list of names: a mention
    return None if chain is None else _name_beside_value(chain)  # "…, perplexity 1.59"


_INDEXING = re.compile(
    r"\b([yw])_\{?(\d{1,3})\}?\s*=\s*(?:\\(?:text|texttt|mathrm)\{\s*)?"
    r"(<\\?/?s>|\\langle\s*/?s\s*\\rangle|[A-Za-z][\w'-]*)"
)


# `w_{n+1} = </s>`: where the student's length letter puts a token
_LENGTH_INDEXING = re.compile(
    r"\b[yw]_\{\s*([nNT])\s*(?:([-+])\s*(\d))?\s*\}\s*=\s*(?:\\(?:text|texttt|mathrm)\{\s*)?"
    r"(<\\?/?s>|\\langle\s*/?s\s*\\rangle|[A-Za-z][\w'-]*)"
)


def stated_length(lines: list[str]) -> list[tuple[str, int, str]]:
    """(letter, shift, token) for each `w_{n+1} = </s>` a student writes to fix what their n counts."""
    out = []
    for line in lines:
        for m in _LENGTH_INDEXING.finditer(line):
            token = re.sub(r"\\langle\s*(/?)s\s*\\rangle", r"<\1s>", m.group(4)).replace("\\", "")
            shift = int(m.group(3) or 0) * (-1 if m.group(2) == "-" else 1)
            out.append((m.group(1), shift, token))
    return out


def stated_indexing(lines: list[str]) -> list[tuple[str, int, str]]:
    """(variable, index, token) for each `w_1 = <s>` a student writes to fix their indexing."""
    out = []
    for line in lines:
        for m in _INDEXING.finditer(line):
            token = re.sub(r"\\langle\s*(/?)s\s*\\rangle", r"<\1s>", m.group(3)).replace("\\", "")
            out.append((m.group(1), int(m.group(2)), token))
    return out


def ratio_of_statements(chain: sm.Chain) -> list[sm.Chain]:
    """`C(<s> I)=2/C(<s>)=3` is two counts stated and set over each other (2/3), not the chain
    C(<s> I) = 2/C(<s>) = 3: two statements, each checked on its own."""
    if len(chain.items) != 3 or chain.continues or chain.relations != ("=", "="):
        return [chain]
    first, middle, last = chain.items
    counted = (sm.Count, sm.Prob)
    if not (
        isinstance(first, counted)
        and isinstance(middle, sm.BinOp)
        and middle.op == "/"
        and isinstance(middle.left, sm.Num)
        and isinstance(middle.right, counted)
        and isinstance(last, sm.Num)
    ):
        return [chain]
    return [
        dataclasses.replace(chain, items=(first, middle.left), relations=("=",), units=()),
        dataclasses.replace(chain, items=(middle.right, last), relations=("=",), units=()),
    ]


def score(
    problem: Problem, steps: list[Step], diagnostics: list[Diagnostic], final_correct: bool
) -> tuple[float, dict[str, float]]:
    """The problem's rubric applied to the steps and the mistakes found: points, and each part's credit."""
    mistakes = [(d.code, d.span.line) for d in diagnostics if d.severity == "error"]
    # what could not be read, or not confirmed as read, costs nothing: the parts follow the answer
    unread = any(
        (REGISTRY[d.code].notation or d.code == "step-unconfirmed") and d.severity == "warning"
        for d in diagnostics
    )
    return rubric_score(problem.rubric, problem.points, steps, mistakes, final_correct, unread)


# a sentence that asks something: a word, then a question mark after a word or number ("… in the sum?",
# "… or base 2?"), not "P(?)" in maths
_QUESTION_MARK = re.compile(r"\w\s*\?(?:\s|$)")
_A_WORD = re.compile(f"[{_LATIN}]{{2,}}\\s")


def _asks(line: str) -> bool:
    """Is the line a sentence asking something (a word, later a question mark after a word or number)?"""
    mark = _QUESTION_MARK.search(line) if "?" in line else None
    return mark is not None and _A_WORD.search(line, 0, mark.start()) is not None


def grade_text(
    text: str, problem: Problem, name: str = "<submission>", benefit_of_doubt: bool = True
) -> Report:
    """Grade a submission already decoded to text; `benefit_of_doubt=False` charges every step that fails
    as read (an instructor's own text, e.g. a flaw question's flawed derivation)."""
    started = time.perf_counter()
    try:
        written = normalise(text)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, _HINT, started)
    lines = raised_points(
        decimal_commas(written)
    )  # read 0,25 and 0·25 as 0.25; the report shows what was written
    lines = chat_speakers(lines)  # "[10:42] ana: …": a chat message's time and speaker
    lines = unlabel(lines)  # an equation's number or a listing's line number names a line, it is no value
    lines = flattened(lines)  # "e -0.7", "x 10-5", "2+1 / 3+11", "((1/9))": what an OCR flattened
    lines = footnote_marks(lines)  # "… ≈ 0.1111.¹": a footnote's mark, no power
    lines = underlines(lines)  # "_P ≈ 0.0488_": an underlined answer, no subscript
    lines = spoken_lines(lines)  # "log P of deep given x equals minus 0.7": maths dictated in words
    chains, diagnostics = read_chains(lines)
    chains = [c for chain in chains for c in ratio_of_statements(chain)]
    chains = withdraw_retracted(chains, lines)
    checks = remark_lines(lines)
    chains = [
        dataclasses.replace(c, remark=True, below_check=checks[c.line]) if c.line in checks else c
        for c in chains
    ]
    # nothing read: `unparsable` says so and no attempt is lost over it; but the right value stated on a line
    # not read ("logpr(y|x)=sum logprobs = -.275") is full marks and a person looks (final-unread)
    if not chains and not right_on_unread_line(lines, diagnostics, problem):
        if not diagnostics:
            first = next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
            width = len(lines[first - 1]) if lines else 0
            hint = "write the derivation as equations, e.g. log P(y|x) = log P(y_1|x) + … = (your value)"
            diagnostics.append(
                make("no-maths", "no mathematics found", sm.Span(first, 1, first, width + 1), hint)
            )
        return Report(
            problem.id,
            name,
            "unparsable",
            0.0,
            problem.points,
            None,
            tuple(diagnostics),
            (),
            tuple(written),
            time.perf_counter() - started,
        )
    checker = Checker(problem, lines)
    checker.seq.adopt_indexing(stated_indexing(lines))
    checker.seq.adopt_length(stated_length(lines))
    outcome = checker.run(chains)
    diagnostics.extend(attribute(outcome.diagnostics, chains, checker, problem))
    told = work_in_words(lines, chains, outcome.steps, outcome.final)
    if told is not None:
        diagnostics.append(
            make(
                "work-in-words",
                "the working is told in words: only the final value was read (a person will look)",
                sm.Span(told, 1, told, len(lines[told - 1]) + 1),
            )
        )
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column, d.code == "final-answer-wrong"))
    unread = unread_final(lines, chains, diagnostics, outcome.final)
    if unread is not None:  # not shown to be missing: the answer may be on the line that was not read
        line, (value, half) = unread
        right = expected_as_written(problem, value, half)
        outcome.final = FinalAnswer(value, problem.reference.value, right, line)
        moot = {(d.code, d.span) for d in outcome.final_causes}  # explained the value read before it
        diagnostics = [
            d
            for d in diagnostics
            if d.code not in ("no-final-answer", "final-answer-wrong") and (d.code, d.span) not in moot
        ]
        said = "taken as its answer; it is the expected value" if right else "not the expected value"
        diagnostics.append(
            make(
                "final-unread",
                f"the final answer is on a line that cannot be read: its last number, {value:g}, is {said}"
                " (a person will look)",
                sm.Span(line, 1, line, len(lines[line - 1]) + 1),
            )
        )
    final_correct = bool(outcome.final and outcome.final.correct)
    steps = outcome.steps
    if benefit_of_doubt:
        exact = final_correct and outcome.final_exact  # an off value carried into the final is no doubt
        unsure = {d.span.line for d in diagnostics if REGISTRY[d.code].notation}  # lines read in part
        as_written = {k for k, (w, r) in enumerate(zip(written, lines, strict=False), 1) if w == r} - unsure
        certain = read_for_certain(chains, lines, as_written)
        diagnostics, steps = unconfirmed(diagnostics, steps, exact, with_numbers(chains), certain)
    if outcome.final is None and not any(d.code == "no-final-answer" for d in diagnostics):
        diagnostics.append(
            make(
                "no-final-answer", "the derivation has no final value", sm.Span(len(lines), 1, len(lines), 2)
            )
        )
    if not final_correct and (outcome.final is None or outcome.final.value is None):
        diagnostics = unshown_absence(diagnostics, chains)
        asked = next((k for k, line in enumerate(lines, 1) if _asks(line)), None)
        if asked is not None:  # "Do we include <s> in the sum? I stopped here.": a person reads it
            message = "the submission asks a question and gives no answer (a person will look)"
            diagnostics.append(
                make("asks-a-question", message, sm.Span(asked, 1, asked, len(lines[asked - 1]) + 1))
            )
    if problem.strict_notation:
        diagnostics = [strict(d) for d in diagnostics]
    points, parts = score(problem, steps, diagnostics, final_correct)
    if final_correct and points < problem.points and not diagnostics and all(s.kind == "copy" for s in steps):
        line = outcome.final.line if outcome.final and outcome.final.line else len(lines)
        diagnostics.append(  # the right value alone: say why the working's parts earned nothing
            make(
                "no-working",
                "only the final value is given: the working that leads to it is not shown",
                sm.Span(line, 1, line, len(lines[line - 1]) + 1 if lines else 2),
            )
        )
    errors = [d for d in diagnostics if d.severity == "error"]
    verdict = "correct" if points >= problem.points and not errors else "incorrect"
    report = Report(
        problem.id,
        name,
        verdict,
        points,
        problem.points,
        outcome.final,
        tuple(diagnostics),
        tuple(steps),
        tuple(written),
        time.perf_counter() - started,
        parts,
    )
    return with_advice(report, problem)


def grade_bytes(data: bytes, problem: Problem, name: str = "<submission>") -> Report:
    """Grade a submission's raw bytes (any supported encoding)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_text(t, problem, name), _HINT
    )
