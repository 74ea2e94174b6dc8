"""Read a comparison's conclusion: the candidate chosen ("A is more likely"), or the number stated."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from grader.compare import words as w
from grader.compare.sections import Mention, Mentions, without_subscripts
from grader.core import lexicon

MAX_CONCLUSION = 600
MAX_TURNS = 4  # the last few places a line turns to its conclusion ("so", "hence", "→") are read
MAX_QUANTITY_GAP = 120  # characters before a cue in which the quantity it compares is named
# the words of each meaning, in every language of the course (grader/compare/words.py)
_POSITIVE = w.words(
    w.MORE_LIKELY, w.MORE_CONFIDENT, w.HIGHER, w.PREFER, w.BETTER, w.ANSWER, w.TWICE_AS_LIKELY
)
_NEGATIVE = w.words(w.LESS_LIKELY, w.LESS_CONFIDENT, w.LOWER, w.WORSE)
_TWICE = w.compiled(w.TWICE_AS_LIKELY)
# a word of size (higher, lower), which a lower-is-better quantity turns; "more confident" says its meaning itself
_MAGNITUDE = w.compiled(w.HIGHER, w.LOWER)
_THAN, _AS = w.words(w.THAN), w.words(w.AS)
# the name a comparison is set against, marked by a word before it ("比 B") or a particle after it ("B より")
_THAN_BEFORE_NAME = re.compile(rf"{w.words(w.THAN_BEFORE_NAME)}\s*$")
_THAN_AFTER_NAME = re.compile(rf"\s*{w.words(w.THAN_AFTER_NAME)}")
_CUE = re.compile(rf"(?P<neg>{_NEGATIVE})|(?P<pos>{_POSITIVE})", re.IGNORECASE)
_ANSWER_CUE = w.compiled(w.ANSWER)
_LABEL_GAP = re.compile(r"[\s:=*_\"'(\[{]*")  # between an answer label and the name it gives
# a legend that equates a direction with what it means ("lower = more confident", "higher means less
# likely"): the candidate it is set beside is read by the meaning, not by the direction
_GLOSS = re.compile(
    rf"\s*(?:=|:|≡|{w.words(w.MEANS, w.IS)}|->|-->|→|⇒|=>)\s*(?:the\s+)?(?:model\s+is\s+)?"
    rf"(?:(?P<neg>{_NEGATIVE})|(?P<pos>{_POSITIVE}))",
    re.IGNORECASE,
)
# lower perplexity (cross-entropy, loss) is the more likely candidate
_INVERSE = re.compile(
    rf"\s+(?:\w+\s+){{0,2}}?(?:{w.words(w.INVERSE_QUANTITY)}|negative\s+log)",
    re.IGNORECASE,
)
# the quantity a clause is about when the cue comes after it ("the perplexity of B is lower")
_QUANTITY = re.compile(
    r"(?P<inverse>negative\s+log[- ]?(?:likelihood|probabilit\w*|probs?\b|prob\w*)|"
    rf"{w.words(w.INVERSE_QUANTITY)}|\bce\b|"
    r"(?-i:\bH)(?=\s*[(_]))|"  # H(A), H_B: the cross-entropy's symbol
    rf"(?P<direct>{w.words(w.DIRECT_QUANTITY)}|log[- ]?probs?\b|logprob\w*|\blog\s*p)",
    re.IGNORECASE,
)


def _inverse_before(head: str) -> bool:
    """The last quantity named before a cue is one where lower means more likely (perplexity, loss)."""
    found = list(_QUANTITY.finditer(head[-MAX_QUANTITY_GAP:]))
    return bool(found) and found[-1].group("inverse") is not None


# an arrow that leads to what follows, typed ("->", "-->", "=>"), drawn ("→", "⟹") or in LaTeX ("\\Rightarrow")
_ARROW = r"(?:→|⇒|⟶|⟹|=>|(?<![<\-])-+>|\\(?:rightarrow|longrightarrow|implies|to)(?![A-Za-z]))"
_SO = re.compile(
    rf"(?:{w.words(w.ANSWER, w.CONCLUSION)}\W*|{_ARROW}|{w.words(w.SO)}\s*[:,]?)"
    rf"\s*(?:(?:{w.words(w.IS, w.THE, w.LABEL)})\s*)*(?:\*\*)?\(?$",
    re.IGNORECASE,
)
# where a line turns from its reasons to its conclusion ("…, so A is more likely"): the choice is read there
_FINAL = w.words(w.FINAL)
# (a semicolon turns too: "Final answer: mean log-prob A = -0.55, B ≈ -0.467; per token the model is more confident
# in B" picks in its last clause, not among the values named before it)
_TURN = re.compile(
    rf"{w.words(w.SO)}|{_ARROW}|(?:{_FINAL}\s+)?{w.words(w.ANSWER)}(?:\s+{_FINAL})?\s*(?:{w.words(w.IS)}|:)|;",
    re.IGNORECASE,
)
_LEAD = r"^\s*(?:[#>*\-•·]+\s*)*(?:\*\*|__|\*|_)?\s*"
# a line that gives the answer by name: "Answer: B", "**Conclusion:** A"
_ANSWER_LINE = re.compile(
    _LEAD + rf"(?:{_FINAL}\s+)?{w.words(w.ANSWER, w.CONCLUSION)}(?:\s+{_FINAL})?[^:=\w]{{0,4}}[:=]",
    re.IGNORECASE,
)
# a remark beside the answer: "*Aside:* …", "Note: …", "(check: …)"; "(a)", "(ii)" number parts instead
_REMARK = re.compile(_LEAD + w.words(w.REMARK), re.IGNORECASE)
_NOT = re.compile(rf"{w.words(w.NOT)}\s+(?:\w+\s+)?$", re.IGNORECASE)
# a negation denies a cue of its own language (Hausa's copula "ne" is Czech's "not")
_denied = lexicon.denial(
    w.NOT,
    (w.MORE_LIKELY, w.MORE_CONFIDENT, w.HIGHER, w.PREFER, w.BETTER, w.ANSWER, w.TWICE_AS_LIKELY)
    + (w.LESS_LIKELY, w.LESS_CONFIDENT, w.LOWER, w.WORSE),
    lambda t: rf"{w.words(t)}\s+(?:\w+\s+)?$",
    w.words,
)


# "<" that is no arrow drawn back at what it labels ("0.467  <-- lower", "<- B"); "< -1.1", "<-1.1" compare
_COMPARATOR = re.compile(r">=|<=|≥|≤|>|<(?!-+(?:\s|[^\W\d]|$))|\\geq?\b|\\leq?\b|\\gt\b|\\lt\b")
# a number, not an index (y_1, log_2, P_{10}) nor part of a name
# "2.3x more likely": a multiple's x closes the number, as × does
_NUMBER = re.compile(r"(?<![\w_^{.])[-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(?=x(?!\w)|(?!\w|\.\d))")


def remark(line: str) -> bool:
    """A line set beside the answer as an aside, a note or a check, or wholly in parentheses."""
    return bool(_REMARK.match(line)) or _in_parentheses(line)


def _in_parentheses(line: str) -> bool:
    """The whole line sits inside one pair of parentheses or square brackets (a margin note): "(check: … lower
    for B)", "[even though B's 2nd token is likelier, …]", not "(-1.8)/(-1.1) = 1.6"."""
    text = line.strip().rstrip(".")
    if len(text) < 2 or (text[0], text[-1]) not in (("(", ")"), ("[", "]")):
        return False
    opening, closing = text[0], text[-1]
    depth = 0
    for at, c in enumerate(text):
        depth += {opening: 1, closing: -1}.get(c, 0)
        if depth == 0:
            return at == len(text) - 1
    return False


def deciding(lines: list[str], indices: list[int]) -> list[int]:
    """The conclusion's lines in the order they decide the answer: a line that gives the answer by name,
    then the other lines, then remarks (an aside is read only when nothing else concludes); last first."""
    named = [i for i in indices if _ANSWER_LINE.match(lines[i])]
    remarks = [i for i in indices if i not in named and remark(lines[i])]
    rest = [i for i in indices if i not in named and i not in remarks]
    return [*reversed(named), *reversed(rest), *reversed(remarks)]


# the words that say which basis a clause compares on: per token, or the whole sequences
_PER_TOKEN_BASIS = w.compiled(w.PER_TOKEN)
_TOTAL_BASIS = w.compiled(w.TOTAL)
# where a line's clauses part: a contrast ("…, but per token B") or a semicolon; a clause that a contrast
# word opens ("Although the totals favour A, B …") ends at its comma
_CONTRAST = re.compile(rf";|{w.words(w.CONTRAST)}", re.IGNORECASE)
_OPENED = re.compile(rf"{w.words(w.CONCEDING)}[^,;]{{0,200}},", re.IGNORECASE)


# where a sentence that names both bases parts into a clause for each ("A wins on the whole-sequence
# probability, B wins per token", "A wins in total and B per token"): a comma (not a decimal one) or "and"
_JOINS = re.compile(rf"[,，、،](?=\s)|[，、]|{w.words(w.AND)}", re.IGNORECASE)


def _both_bases(clause: str) -> bool:
    return bool(_PER_TOKEN_BASIS.search(clause) and _TOTAL_BASIS.search(clause))


def _basis_parts(line: str, start: int, end: int) -> set[int]:
    """Where a clause that names both bases parts into a part for each: at its commas and its "and", a
    piece that names no basis joined to the one before it (the one after, first): "A wins | on the total"
    is one part, its candidate before its basis."""
    joins = [m.start() for m in _JOINS.finditer(line, start, end) if m.start() > start]
    bounds = [start, *joins, end]
    pieces = list(zip(bounds, bounds[1:], strict=False))
    named = [bool(_PER_TOKEN_BASIS.search(line, a, b) or _TOTAL_BASIS.search(line, a, b)) for a, b in pieces]
    if sum(named) < 2:
        return set()
    first = named.index(True)
    # a cut opens each piece that names a basis, the first one's at the clause's start
    return {a for (a, _), said in zip(pieces, named, strict=False) if said} - {pieces[first][0]}


def other_basis_blanked(line: str, per_token: bool) -> str:
    """The line with each clause blanked that speaks only of the other basis than the one asked ("the
    whole-sequence score still favours A, but per token B …" asked per token): a remark, not the answer.
    A clause that names a candidate for each basis ("A wins on the whole-sequence probability, B wins per
    token") parts at its commas and its "and": it answers with the one on the basis asked."""
    asked, other = (_PER_TOKEN_BASIS, _TOTAL_BASIS) if per_token else (_TOTAL_BASIS, _PER_TOKEN_BASIS)
    breaks = {m.start() for m in _CONTRAST.finditer(line)} | {m.end() for m in _OPENED.finditer(line)}
    cuts = sorted({0, *breaks, len(line)})
    for start, end in zip(cuts, cuts[1:], strict=False):
        if _both_bases(line[start:end]):
            breaks |= _basis_parts(line, start, end)
    cuts = sorted({0, *breaks, len(line)})
    out = line
    for start, end in zip(cuts, cuts[1:], strict=False):
        clause = line[start:end]
        if other.search(clause) and not asked.search(clause):
            out = out[:start] + " " * (end - start) + out[end:]
    return out


def concessions_blanked(line: str) -> str:
    """The line with each clause that concedes blanked ("although log P(A) = -1.1 > -1.4 = log P(B), per
    token B …"): what a sentence grants before its comma is not what it concludes."""
    out = line
    for m in _OPENED.finditer(line):
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def choice(line: str, mentions: Mentions, per_token: bool | None = None) -> str | None:
    """The candidate a conclusion line picks as more likely, or None when it picks none: read from where
    the line turns to its conclusion ("the higher perplexity means …, so B"), else from the whole line.
    Given the basis asked (`per_token`), a line whose clauses contrast the two bases is read in the
    clauses on the basis asked; a line wholly about one basis is read as it stands. A clause that
    concedes ("although …,") is read only when the rest of the line picks no candidate."""
    line = line[-MAX_CONCLUSION:]  # a conclusion is a sentence; a huge line is read at its end only
    if per_token is not None:
        kept = other_basis_blanked(line, per_token)
        picked = _choice(kept, mentions) if kept != line and kept.strip() else None
        if picked is not None:
            return picked
    kept = concessions_blanked(line)
    if kept != line and kept.strip():
        picked = _choice(kept, mentions)
        if picked is not None:
            return picked
    return _choice(line, mentions)


def _choice(line: str, mentions: Mentions) -> str | None:
    """The candidate a line picks, read where it turns to its conclusion, else in the whole line."""
    for turn in [m.start() for m in _TURN.finditer(line)][-MAX_TURNS:][::-1]:
        picked = _clause_choice(line[turn:], mentions)
        if picked is not None:
            return picked
    return _clause_choice(line, mentions)


def _set_against(line: str, mention: Mention) -> bool:
    """Whether the mention is the name a comparison is set against, marked as Chinese, Japanese and Korean
    mark it: a word before it (比 B) or a particle after it (B より, B보다), wherever the comparative is."""
    return bool(_THAN_BEFORE_NAME.search(line[: mention.start]) or _THAN_AFTER_NAME.match(line, mention.end))


def _clause_choice(line: str, mentions: Mentions) -> str | None:
    """The candidate one clause picks as more likely, or None."""
    found = mentions.find(line, loose=True)
    if not found:
        return None
    names = mentions.names
    for m in _COMPARATOR.finditer(without_subscripts(line)):
        left = [x for x in found if x.end <= m.start()]
        right = [x for x in found if x.start >= m.end()]
        if left and right and left[-1].name != right[0].name:
            bigger = m.group(0).lstrip("\\")[0] in ">≥g"
            if _inverse_before(line[: left[-1].start]):
                bigger = not bigger  # "H(B) < H(A)", "PPL(A) > PPL(B)": lower means more likely
            return left[-1].name if bigger else right[0].name
    glossed = -1  # the end of a legend's meaning: that cue was read with its direction
    labelled: str | None = None  # the name an answer label picks ("Answer: B"), read if no comparative picks
    for cue in _CUE.finditer(line):
        if cue.start() < glossed:
            continue
        # an answer label is no comparison: the name written straight after it ("Answer: B") is the pick; a name
        # further on ("Answer: log Pr(A|x) = -1.1, …, B more likely") is one the comparatives on the line pick from
        if _ANSWER_CUE.fullmatch(cue.group(0)):
            after = [x for x in found if x.start >= cue.end()]
            if after and _LABEL_GAP.fullmatch(line[cue.end() : after[0].start]):
                return after[0].name
            if labelled is None and after:
                labelled = after[0].name
            continue
        positive = cue.group("pos") is not None
        gloss = _GLOSS.match(line, cue.end())
        if gloss is not None:  # "B … <-- lower = more confident": B is read as more confident
            positive, glossed = gloss.group("pos") is not None, gloss.end()
        elif _MAGNITUDE.fullmatch(cue.group(0)) and (
            _INVERSE.match(line, cue.end()) or _inverse_before(line[: cue.start()])
        ):
            positive = not positive  # "lower perplexity": only a size is turned by a lower-is-better name
        if _denied(line[max(0, cue.start() - 30) : cue.start()], cue.group(0)):
            positive = not positive
        # a name marked as the one compared against ("A 比 B 更可能", "B より A の方が") is no subject
        against = [x for x in found if x.end <= cue.start() and _set_against(line, x)]
        before = [x for x in found if x.end <= cue.start() and x not in against]
        after = [x for x in found if x.start >= cue.end()]
        word = _AS if _TWICE.fullmatch(cue.group(0)) else _THAN  # "twice as likely as B"
        than = re.match(rf"\s*(?:\w+\s+){{0,3}}?{word}", line[cue.end() :], re.IGNORECASE)
        if before:
            subject = before[-1].name
        elif after and not than:
            subject = after[0].name
        else:
            continue
        if positive:
            return subject
        if against:
            return against[-1].name
        if than and after:
            return after[0].name
        others = [n for n in names if n != subject]
        if len(others) == 1:
            return others[0]
    if labelled is not None:
        return labelled
    # "Answer: B", "-1.8 < -1.1 → A", "so A.", "Verdict: A, deep learning, …" (a name and then its gloss)
    if len({x.name for x in found}) == 1 and any(
        _SO.search(line[max(0, x.start - 40) : x.start]) for x in found
    ):
        return found[0].name
    return None


def number(line: str) -> tuple[float, int] | None:
    """The last number a line states, and its column (0-based), or None."""
    found = [m for m in _NUMBER.finditer(line)]
    for m in reversed(found):
        try:
            return float(m.group(0).replace("−", "-")), m.start()
        except ValueError:
            continue
    return None


# odds written as a ratio of two numbers, "2 : 1" or "2:1" (the colon spaced alike on both sides, so a
# label's "step 1: 0.5" is not one): the one number a / b
_ODDS = re.compile(r"^(?: : |:)$")
# a candidate's name as an odds' label, bare or inside P(…) / Pr(… | x): "A:B", "Pr(B | x) : Pr(A | x)"
_LABEL = r"(?:\b(?:P|Pr|p)\s*\(\s*)?{n}(?:\s*\|[^()]{{0,40}})?\)?"


def _labels(first: str, second: str) -> re.Pattern[str]:
    """Two names as the labels of the odds written right after them, with only words and a relation
    between ("A:B ≈ 2:1", "A : B odds of about 2 : 1")."""
    one, two = (_LABEL.format(n=_name_pattern(n)) for n in (first, second))
    return re.compile(one + r"\s*:\s*" + two + r"[^\d:;.]{0,40}$")


@dataclass(frozen=True)
class Written:
    """A number as a line states it: its value, where it is written, and how finely."""

    value: float
    column: int  # 0-based; of the dividend when the value is odds a : b
    width: float  # half the spread of values it may be the rounding of ("2": 0.5, "2.0": 0.05, "2:1": 0.5)
    # the half-unit it is judged at (half_unit); None when too coarse, or for odds not against a written 1
    unit: float | None
    end: int = -1  # 0-based, just after the number as written (of the divisor for odds)


def _width(text: str) -> float:
    """Half a unit in the last decimal place written ("2": 0.5, "2.01": 0.005)."""
    return 0.5 * 10.0 ** -len(text.partition(".")[2])


def _unit(text: str) -> float | None:
    """Half a unit in the last place when the number has two or more significant digits, else None."""
    if "e" in text.lower():
        return None
    digits = text.lstrip("-−")
    if len(digits.replace(".", "").lstrip("0")) < 2:
        return None
    return _width(digits)


def _flipped(line: str, start: int, order: tuple[str, str]) -> bool:
    """The odds at `start` are labelled with the candidates the other way round ("B:A ≈ 1:2")."""
    first, second = order
    for names, flip in (((second, first), True), ((first, second), False)):
        if _labels(*names).search(line, max(0, start - 160), start):
            return flip
    return False


_MULTIPLE = re.compile(
    rf"\s*(?:x|×|{w.words(w.TIMES)})\s+(?:{w.words(w.MORE, w.AS_MUCH)}\s+)?{w.words(w.LIKELY)}", re.IGNORECASE
)


def _reversed_multiple(line: str, w: Written, order: tuple[str, str]) -> Written:
    """A multiple said of the candidates the other way round ("B is only 0.5x as likely as A", "B is 2x more
    likely than A") states the inverse of the first against the last: read in their order (2, 0.5)."""
    if not _MULTIPLE.match(line, w.end):
        return w
    start = max(line.rfind(stop, 0, w.column) for stop in ".;,:(")
    first, second = (re.compile(_name_pattern(n)) for n in order)
    before = [
        (m.start(), n) for n, p in enumerate((first, second)) for m in p.finditer(line, start + 1, w.column)
    ]
    if not before or max(before)[1] != 1 or not first.search(line, w.end):
        return w
    return Written(1 / w.value, w.column, w.width / w.value**2, None, w.end)


def _name_pattern(name: str) -> str:
    """A candidate's name as a pattern: a one-letter name is case-sensitive (the article "a" is not A)."""
    body = re.escape(name)
    return rf"(?<![\w]){body}(?![\w])" if len(name) == 1 else rf"(?<![\w])(?i:{body})(?![\w])"


def _odds(line: str, a: re.Match[str], b: re.Match[str], order: tuple[str, str] | None) -> Written:
    """Odds a : b as the one number they state, the dividend first by the labels' order ("B:A = 1:2" is 2)."""
    if order is not None and float(a.group(0).rstrip(".")) > 0 and _flipped(line, a.start(), order):
        a, b = b, a
    top, bottom = (m.group(0).rstrip(".") for m in (a, b))  # "2:1." ends a sentence
    x, y = float(top), float(bottom)
    # a written 1 is the unit the other side is counted in ("2:1", "1:2"): exact
    relative = sum(_width(t) / v for t, v in ((top, x), (bottom, y)) if t != "1" and v > 0)
    unit = _unit(top) if bottom == "1" else None
    return Written(x / y, a.start(), x / y * relative, unit, max(a.end(), b.end()))


def written_at(line: str, order: tuple[str, str] | None = None) -> list[Written]:
    """Every number a line states (not indices such as y_1 or log_2); odds "2 : 1" are the one number 2,
    read as the candidates in `order` when labelled with their names ("B:A ≈ 1:2" is A/B = 2)."""
    out: list[Written] = []
    last: re.Match[str] | None = None
    line = _WRAPPER.sub(lambda w: " " * len(w.group(0)), line)  # \boxed{2.014} states 2.014, columns kept
    for m in _NUMBER.finditer(line):
        try:
            value = float(m.group(0).replace("−", "-"))
        except ValueError:
            continue
        signed = line[m.start()] in "-−" or (last is not None and line[last.start()] in "-−")
        if last is not None and not signed and value > 0 and _ODDS.match(line[last.end() : m.start()]):
            out[-1] = _odds(line, last, m, order)
            last = None
            continue
        written = Written(value, m.start(), _width(m.group(0)), _unit(m.group(0)), m.end())
        out.append(_reversed_multiple(line, written, order) if order is not None and value > 0 else written)
        last = m
    return out


def numbers_at(line: str, order: tuple[str, str] | None = None) -> list[tuple[float, int]]:
    """Every number a line states (not indices such as y_1 or log_2), and its column (0-based); odds
    "2 : 1" are the one number 2."""
    return [(w.value, w.column) for w in written_at(line, order)]


def numbers(line: str) -> list[float]:
    """Every number a line states (not indices such as y_1 or log_2)."""
    return [value for value, _ in numbers_at(line)]


# "≈ **2.01**", "\\approx \\boxed{2.014}" state it too
_STATED = re.compile(
    r"(?:=|≈|\\approx|\\simeq)\s*\$?\s*(?:\*\*|__|\*|_|\\(?:boxed|fbox|mathbf|textbf)\{)?\s*$"
)
# a LaTeX command that sets a number off without changing it ("\\boxed{2.014}", "\\mathbf{2.01}"); a number after
# any other brace is an exponent's or an index's (e^{0.7}, y_{1})
_WRAPPER = re.compile(r"\\(?:boxed|fbox|mathbf|textbf|bm|underline)\{")


def half_unit(line: str, column: int, order: tuple[str, str] | None = None) -> float | None:
    """Half a unit in the last place of the number written at `column`, when it has two or more
    significant digits (2.0, 0.70; odds 2.0 : 1 as 2.0); None for one digit ("about 2"), too coarse to
    judge by, and for odds that are no count against a written 1 (3 : 2)."""
    return next((w.unit for w in written_at(line, order) if w.column == column), None)


def _all_numbers(
    lines: list[str], indices: list[int], order: tuple[str, str] | None
) -> list[tuple[int, Written]]:
    """Every number the lines state, in reading order, with the index of its line."""
    return [(i, w) for i in indices for w in written_at(lines[i], order)]


_ASIDE_WORDS = re.compile(r"[A-Za-z]{2,}|[=≈<>]")


def in_aside(line: str, column: int) -> bool:
    """The number at `column` sits in brackets that hold more than a number: words or a relation beside
    it ("(e^{-1.1} ≈ 0.333 vs e^{-1.8} ≈ 0.165)"), not a bracketed term ("(-0.4)", "(-1.8)/(-1.1)")."""
    opened: list[int] = []
    for at, c in enumerate(line):
        if at >= column and not opened:
            return False
        if c == "(":
            opened.append(at)
        elif c == ")" and opened:
            start = opened.pop()
            if start < column < at:
                inside = line[start + 1 : at]
                return (
                    bool(_ASIDE_WORDS.search(_NUMBER.sub(" ", inside)))
                    or _AFTER_PROSE.search(line[:start]) is not None
                )
    return False


# a bracket opened after a word of prose and a space ("B's token is more confident (-0.2)"): a remark, where one
# after an operator or a function's name ("× (-0.4)", "exp(-0.2)") holds a term
_AFTER_PROSE = re.compile(
    r"(?<![\w\\])(?!(?:log|exp|sqrt|softmax|sum|prod)\b)[A-Za-z]{3,}[ \t]+$", re.IGNORECASE
)


def stated_number(
    lines: list[str],
    indices: list[int],
    aside: AbstractSet[tuple[int, int]] = frozenset(),
    order: tuple[str, str] | None = None,
) -> tuple[int, tuple[float, int]] | None:
    """The value a conclusion states: the last number, unless it restates in prose, or rounds after ≈,
    a result stated earlier after = or ≈ ("e^{0.7} ≈ 2.01 → about 2 times", "= 2.01 → A is ≈ 2 times"):
    then the finest such result. A rougher restatement between them ("= 2.01 … A:B ≈ 2:1 … about 2.0
    times") is read past, not taken for the answer; a last number that does not agree with the result
    before it is the answer. Numbers at the (line, column) places in `aside` are read only when the
    conclusion states no other; odds labelled with the candidates' names are read in `order`."""
    found = _all_numbers(lines, indices, order)
    found = [(i, w) for i, w in found if (i, w.column) not in aside] or found
    if not found:
        return None
    last, head = found[-1]
    answer = head
    line_of = last
    prose = _STATED.search(lines[last][: head.column]) is None
    for i, earlier in reversed(found[:-1]):
        if not _STATED.search(lines[i][: earlier.column]):
            continue
        # it agrees with the answer so far at the rougher of the two precisions, and rounds to the last
        near = abs(earlier.value - answer.value) <= max(earlier.width, answer.width) + 1e-12
        if not near or abs(earlier.value - head.value) > head.width + 1e-12:
            break
        # finer than the answer so far, or stated where the last only restates it in prose ("about 1.64")
        if earlier.width < answer.width or (answer is head and prose and earlier.width == head.width):
            answer, line_of = earlier, i
    return line_of, (answer.value, answer.column)
