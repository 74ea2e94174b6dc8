"""The maths inside a line of prose: where words stop and maths starts, and the quantity words name."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from functools import lru_cache

from grader.core.languages import vocabulary
from grader.core.languages import words as language_words
from grader.core.lexicon import WORD_LETTERS, alternation
from grader.core.meanings import ABOUT as ABOUT_WORDS
from grader.core.meanings import COMMON, MEAN, SO, STATES
from grader.core.unspaced import UNSPACED
from grader.maths import semantics as sm
from grader.maths.build import ParseFailure, parse_piece
from grader.maths.ownwords import MATH_WORDS
from grader.maths.segment import Piece
from grader.reference.quantities import PER_TOKEN_ASKS

# where maths may start in prose: a number, an operator or relation, a function or quantity's name, or one Greek
# letter standing alone (λ = 3/4, μ ≈ …; a Greek word is prose)
MATHS_START = re.compile(
    r"[-−(\\0-9.ΣΠ∑∏=≈]|(?:log|ln|lg|lb|ld|Log|Ln|exp|P|p|Pr|pr|C|PPL|ppl|PP|pp|NLL|nll|CE|H|LL|N|e|sum|prod)(?![a-z])"
    r"|[α-ωΑ-Ω](?=_|[^\w\u0370-\u03ff\u1f00-\u1fff]|$)"  # λ, λ_{1}: a Greek name, not a Greek word
    # a name of the student's own, indexed, as it is defined: "Total Z1 = 7.9498", "so p_2 = 0.0923"
    r"|[A-Za-z](?:\d{1,2}|_\{?[A-Za-z0-9]{1,6}\}?)(?=[ \t]*[=≈])"
)


# the letters of words in a script that spaces its words: prose in any such language (lexicon.WORD_LETTERS)
LETTERS = WORD_LETTERS
_UNSPACED = UNSPACED  # the letters of scripts that do not space their words: Thai, Myanmar, kana, Han, …
_HAN = f"[{_UNSPACED}]"  # one such letter
# where a run of them (or an enumeration's circled number, ① … ⑳) stops and something else begins
_HAN_END = f"(?<=[{_UNSPACED}\u2460-\u2473])(?=[^\\s{_UNSPACED}\u2460-\u2473])"


def _prose_words(text: str) -> int:
    return sum(1 for w in re.findall(f"[{LETTERS}]{{3,}}", text) if w.lower() not in MATH_WORDS)


def _looks_mathy(text: str) -> bool:
    has_relation = bool(re.search(r"=|≈|\\approx", text))
    symbols = len(re.findall(r"[()=+*/^_|\\0-9]", text))
    if not has_relation:  # scratch work such as "(-0.7 + (-0.4)": an operator between two operands
        binary = re.search(r"[\w)}.]\s*[-+*/^]\s*[\w({\\.]", text)
        return _prose_words(text) == 0 and bool(re.search(r"\d", text)) and bool(binary)
    return _prose_words(text) <= max(2, symbols // 6)


def meant_as_maths(piece: Piece) -> bool:
    """Is a line that does not parse meant as maths (a parse error), or words and symbols in prose?"""
    text = piece.text
    if piece.is_answer:
        return True
    if piece.delimited:  # $\\langle /s \\rangle$ or $w_1, \\dots$ name things; $x = = 3$ is maths
        return bool(re.search(r"=|≈|\\approx", text)) or (
            bool(re.search(r"\d", text)) and bool(re.search(r"[-+*/^(){}\\]", text))
        )
    return _looks_mathy(text)


def sub_piece(piece: Piece, start: int, end: int) -> Piece:
    return Piece(
        piece.text[start:end], piece.positions[start:end], piece.delimited, piece.is_answer, piece.line
    )


# where a clause of a sentence ends, outside brackets: a semicolon, a comma, a full stop before a space, a
# joining word between spaces ("… = 2 with C(I) = 3", "…, so NLL = …", "… = 1/80 and log2 80 = …") or a pronoun
# and a stating verb that say what the work so far comes to ("log2 5 ≈ 2.3219 this is 1 + 2 + 2.3219 + 1 = …")
_CLAUSE_BREAK = re.compile(
    r"(?<!\s),?\s+(?:so|and|with|since|giving|thus|hence|then|which|while|whereas|i\.e\."
    rf"|(?:this|that|it)\s+(?:was|{alternation(STATES['en'])}))\s+|;\s+|,\s+|\.\s+(?=\S)",
    re.IGNORECASE,
)
MAX_CLAUSES = 40  # a paragraph's clauses read one by one: bounded, as every piece is


def clause_pieces(piece: Piece) -> list[Piece]:
    """A line of prose cut into its clauses (outside brackets), each a piece of its own; [] for one clause."""
    text, depth, cuts = piece.text, 0, [0]
    opened = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}
    depths = []
    for ch in text:
        depths.append(depth)
        depth = max(0, depth + opened.get(ch, 0))
    for m in _CLAUSE_BREAK.finditer(text):
        if depths[m.start()] == 0:
            cuts += [m.start(), m.end()]
    cuts.append(len(text))
    pieces = [
        sub_piece(piece, a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if text[a:b].strip()
    ]
    return pieces[:MAX_CLAUSES] if len(pieces) > 1 else []


def strip_prose(piece: Piece) -> sm.Chain | None:
    """Parse the maths inside a line of prose ("So log P(y|x) = -1.1 nats."), or None."""
    piece = _which_comes_to(piece)
    text = piece.text
    # a cut after white space or a colon (never inside :=, unless a word of a script without spaces is what it
    # follows: "代入：= −0.7 …", a label's full-width colon), or between a word and its "=" ("total=.0488"); words of
    # such a script are not spaced, so where they stop is a cut too ("答：困惑度≈2.117", "② P(am|I)＝…")
    starts = [0] + [
        m.end() for m in re.finditer(f"\\s+|:(?!=)|(?<={_HAN}):|(?<=[{LETTERS}])(?=[=≈])|{_HAN_END}", text)
    ]
    starts += [m.end() for m in _GLUED_ABOUT.finditer(text)]  # "היא כ-0.111": about, glued to the number
    starts.sort()
    # "Sum exp row 1 = 7.95": a whole number after a word is that word's index, a label, never "1 = 7.95"
    # and a function's name is never cut from what it applies to ("…, log Pr(y|x) = …" is not "Pr(y|x) = …";
    # "ln = -1.386" names a value)
    starts = [
        s
        for s in starts
        if s < len(text)
        and MATHS_START.match(text, s)
        and not _label_index(text, s)
        and not (text[s] not in "=≈" and _APPLIED_BEFORE.search(text, 0, s))
    ][:12]
    ends = [len(text)] + [m.start() for m in re.finditer(r"\s+", text)][::-1][:4]
    ends += [m.start() for m in re.finditer(r"\s+\(", text) if m.start() not in ends]  # "N = 3  (counting …)"
    # a value named in words ends at a clause break, however long the prose after it ("the perplexity is about
    # 2.12: on average the model was as uncertain as if it …"): the first few colons, semicolons, commas, dashes
    clause_ends = [
        m.start() for m in re.finditer(r"[:;,](?=\s)|\s[-–—](?=\s)", text) if m.start() not in ends
    ][:4]
    ends += [m.start() for m in re.finditer(f"(?<![\\s(]){_HAN}", text)][::-1][
        :2
    ]  # "Σ＝1.5，只用…": words begin
    # a bracket of words glued to the maths, as an input method writes it: "= −0.2748（对应概率 …）", "-0.2748(nats)",
    # "N ＝ 20（<s> を含めた全トークン）"
    glued = f"(?<=\\S)\\((?=[^()]*{_HAN}|[{LETTERS}]{{2,}}\\))"
    ends += [m.start() for m in re.finditer(glued, text) if m.start() not in ends][:2]
    # a mark ends the maths before it, whatever remark follows it ("= −0.2748 ✔️ (mostly the period)")
    ends += [m.start() for m in _BEFORE_MARK.finditer(text) if m.start() not in ends][:2]
    for s in starts:
        refused = len(text) + 1  # an LALR parse refuses a token whatever follows: end before it
        for e in ends + (clause_ends if _VALUE_NAMED_BEFORE.search(text, 0, s) else []):
            while e > s and (
                text[e - 1] in " ,;:." or (text[e - 1] == ")" and text[s:e].count(")") > text[s:e].count("("))
            ):
                e -= 1  # a full stop, or the bracket closing a remark the maths sits in
            # words naming the value before "≈ 2.117" may quote a phrase ('Perplexity of "deep blue" ≈ …')
            # and so may a row's label before a colon ('after "capital" : -0.0353 - 0.0099 = …')
            relation = text[s] in "=≈"
            before_ok = _is_prose(
                text[:s], quotes=relation or text[:s].rstrip().endswith(":"), named=not relation
            )
            if e <= s or e >= refused or not (before_ok and _is_prose(text[e:])):
                continue
            sub = sub_piece(piece, s, e)
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
                        named_chain = parse_piece(sub_piece(piece, at, e))
                        if len(named_chain.items) >= 2:
                            chain = named_chain
            lone = len(chain.items) == 1 and not chain.continues and not piece.is_answer
            if lone and isinstance(chain.items[0], sm.BinOp) and _is_prose(text[:s]) and not text[e:].strip():
                return dataclasses.replace(chain, heading=True)  # "check: ln .25 + …", kept if "= …" follows
            # "→ negate and exp: e^0.55": what the operations an arrow led to came to, a result
            arrowed = piece.arrowed and text[:s].rstrip().endswith(":") and not text[e:].strip()
            if lone and arrowed and _numeric(chain):
                return dataclasses.replace(chain, told=True)
            if len(chain.items) >= 2 or chain.continues or piece.is_answer or _numeric(chain):
                if lone and not own_name:
                    if not _states_a_result(text[:s], text[e:], sub.text):
                        continue
                    return dataclasses.replace(chain, told=True)
                if lone and isinstance(chain.items[0], sm.Num) and _UNIT_WORDS.fullmatch(text[e:]):
                    # a number under a name of the student's own, in any language ("Perplexität = 1.833",
                    # "困惑度 = 1.833"): a value they state, as "the perplexity is 1.833" is
                    return dataclasses.replace(chain, told=True)
                return chain
    return _equated_to_words(piece)


# "P(sent) = prod of bigram probs": a relation followed by words alone
_EQUATED_TO_WORDS = re.compile(r"[=≈]\s*+(?=[^\W\d_])")


def _equated_to_words(piece: Piece) -> sm.Chain | None:
    """A term equated to the words that say what it is ("P(sent) = prod of bigram probs", "log Pr(y|x) = sum
    of token lps"): the term heads the working a `= …` line below continues (kept only if one does)."""
    text = piece.text
    m = _EQUATED_TO_WORDS.search(text)
    if m is None or not text[: m.start()].strip() or re.search(r"\d", text[m.end() :]):
        return None
    if not _is_prose(text[m.end() :]):
        return None
    try:
        chain = parse_piece(sub_piece(piece, 0, len(text[: m.start()].rstrip())))
    except ParseFailure:
        return None
    if (
        len(chain.items) != 1
        or chain.continues
        or not has_terms_or_names(chain)
        or isinstance(chain.items[0], sm.Scalar | sm.EConst)
    ):
        return None
    return dataclasses.replace(chain, heading=True)


# An approximate value is still stated: "is about 3.827", "comes to roughly 0.0488".
_ARROW = re.compile(r"=+>|-+>|[⇒→⟹]")  # "multiply all 4 => 0.0488": an arrow from words to a value
# in any language with rows ("about", "בערך", "כ-", "تقريبا": meanings.ABOUT)
ABOUT = rf"(?:\s+(?:{alternation(ABOUT_WORDS)}|~|≈))?"
# the words stating a value in the languages with rows ("is", "comes to", "היא", "שיוצא", "يساوي": meanings.STATES)
_STATES = rf"(?<!\w){alternation(STATES)}"
# English's own linking words are fewer where a name is linked to its value ("perplexity is"): every other language's
_STATES_ELSEWHERE = rf"(?<!\w){alternation({k: v for k, v in STATES.items() if k != 'en'})}"
# the words that give a value a name before it: "the perplexity is about 2.12", "… comes to ≈ 0.05"
_VALUE_NAMED_BEFORE = re.compile(rf"(?:\b(?:is|was|equals|comes\s+to)|{_STATES_ELSEWHERE})" + ABOUT + r"\s*$")
# a quantity's name right before its value: "the sentence has probability about 3.09 × 10^-4", "a perplexity of
# 2.12", "we get a total of -0.2748 nats"
_NAME_BEFORE_VALUE = r"\b(?:probability|log[- ]?prob(?:ability)?|log[- ]?likelihood|perplexity|nll|cross[- ]entropy|total)(?:\s+of)?"
_RESULT_WORDS = re.compile(
    rf"(?:{_STATES}|answer|result|{_NAME_BEFORE_VALUE}|≈|=|:"
    rf"|{_ARROW.pattern}"
    rf"|^\s*(?:{alternation(SO)}))"  # "so about 0.111", "לכן בערך 0.111" opening a line: the result, told
    + ABOUT
    + r"\s*$",
    re.IGNORECASE,
)
# a unit after a value told: nats or bits in the languages with rows (ביטים, بت, بیت)
_UNIT_NAMES = (
    r"nats?|bits?|ביטים|ביט|נאטים|נאט"
    r"|بتات|بت|نات|بیت|نت"
)
_UNIT_WORDS = re.compile(
    rf"\s*(?:{_UNIT_NAMES}|\(?(?:rounded|approx\.?|approximately)\)?)?\s*$", re.IGNORECASE
)


# A word written straight before "=" ("Sum = -1.2 + (-0.3)", "Step 2: average = …") is the student's
# own name for what follows, its left side: the maths after it is a new statement, not "= …" carrying
# on the line above.
# So is a token of the sequence named as a row's label ("</s> = 3", "<s> I = 2"), in any Latin script, and a
# word with its index ("row 1 = 7.95").
# a word naming the value after it ("Sum = …", "平均负对数似然 = …"): a statement of its own, not a step on
# (its unit in brackets after it too: "sum (nats) = -9.9576")
_OWN_NAME = re.compile(
    f"(?:^|[\\s:])(?:[{LETTERS}][{LETTERS}'\\-]*(?:[ \\t]+\\d{{1,2}})?|</?s>|{_HAN}+)"
    f"(?:[ \\t]*\\((?:{_UNIT_NAMES})\\))?[ \\t]*$",
    re.IGNORECASE,
)


_INDEX_BEFORE_EQUALS = re.compile(r"\d{1,2}[ \t]*[=:](?!=)")
_WORD_BEFORE = re.compile(f"[{LETTERS}]{{2,}}[ \\t]+$")


# a word for "about" written as a prefix on the number ("כ-0.111"): the number starts after it, unsigned
_GLUED_ABOUT = re.compile(
    rf"(?<!\S){alternation([w for row in ABOUT_WORDS.values() for w in row if w.endswith('-')])}(?=\.?\d)"
)


# the words of a relative clause that states the value of the maths before it ("e^0.55 which comes to about 1.73",
# "e^0.55 שיוצא בערך 1.73", "… الذي يساوي تقريبا 1.73"): a relation written in words, between maths and a number.
# Hebrew writes "which" as the prefix ש on the verb
_WHICH: dict[str, tuple[str, ...]] = {
    "en": ("which", "that"),
    "ar": ("الذي", "التي", "وهو", "وهي"),
    "fa": ("که",),
}
_WHICH_STATES = re.compile(
    rf"(?<=[\d)\]}}])(?P<words>\s+(?:{alternation(_WHICH)}(?P<before>{ABOUT})\s+{_STATES}"
    rf"|ש[-\u05be]?(?:{alternation({'he': STATES['he']})}))(?P<about>{ABOUT}))\s+(?=[-−]?\.?\d)",
    re.IGNORECASE,
)


def _which_comes_to(piece: Piece) -> Piece:
    """The piece with a relative clause stating the value of the maths before it written as its relation, column
    for column ("e^0.55 which comes to about 1.73" read as "e^0.55 ≈ 1.73")."""
    text = piece.text
    found = list(_WHICH_STATES.finditer(text))
    if not found:
        return piece
    out, at = [], 0
    for m in found:
        words = m["words"]
        sign = "≈" if m["about"] or m["before"] else "="  # "که تقریباً برابر با 1.733": about, said first
        out += [text[at : m.start("words")], " ", sign, " " * (len(words) - 2)]
        at = m.end("words")
    out.append(text[at:])
    return dataclasses.replace(piece, text="".join(out))


def _label_index(text: str, at: int) -> bool:
    """Is the whole number at `at` the index of a label in words ("row 1 =", "token 2:")?"""
    return bool(_INDEX_BEFORE_EQUALS.match(text, at)) and bool(_WORD_BEFORE.search(text, max(0, at - 40), at))


def _states_a_result(before: str, after: str, maths: str) -> bool:
    """Is a lone number in prose the student's result ("so the answer is 1.73")? A number inside a
    sentence ("about 3.1 in a hundred thousand") is not."""
    after = re.sub(r"\([^()]*\)", " ", _MARKS.sub(" ", after))  # "=> 0.0488 ✨ (about 4.9%)": remarks
    return (
        bool(re.search(r"\d", maths))
        and bool(
            _RESULT_WORDS.search(before) or (_in_another_language(before) and not _WHOLE.fullmatch(maths))
        )
        and bool(_UNIT_WORDS.fullmatch(after))
    )


# a whole number a sentence ends on counts something ("las palabras son 6:", opening a list the line cut off)
_WHOLE = re.compile(r"\s*\d+\s*")
# the words nearly every English sentence uses (meanings.COMMON), folded
_ENGLISH = vocabulary({"en": COMMON["en"]})


def _in_another_language(before: str) -> bool:
    """Words before a number at a sentence's end in a language other than English, whose words for "is" and
    "comes to" no table may have ("Donc la perplexité vaut 1.833.", "困惑度约为 1.833。"): the number ending such
    a sentence is its result; English (a third of the words or more English) states its results with the words
    of _RESULT_WORDS."""
    found = language_words(before)
    if not found and not re.search(f"[{_UNSPACED}]", before):
        return False  # no words at all
    # a word shared with English ("also", "die") makes no sentence English
    english = sum(w in _ENGLISH for w in found)
    return 3 * english < max(1, len(found))


_LINKING = re.compile(
    rf"\s*(?:=|:|is|was|equals|comes\s+to|of|{_STATES_ELSEWHERE})?" + ABOUT + r"\s*", re.IGNORECASE
)
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
            r"(?:sentence|sequence|joint)\s+probability|probability\s+of\s+(?:the\s+)?(?:sentence|sequence)"
            r"|(?:sentence|sequence|answer)\s+(?:has|gets|receives)\s+(?:a\s+)?(?:total\s+)?probability",
            re.I,
        ),
        "probability",
    ),
]
# the same names in the other languages with rows, a table per quantity, a row per language: a Hebrew name may
# carry its prefixes ("ולכן הפרפלקסיטי היא …", "ההסתברות של המשפט"; grader.core.lexicon)
_NAMES_ELSEWHERE: dict[str, dict[str, tuple[str, ...]]] = {
    "log_likelihood": {
        "he": ("לוג הנראות", "לוג-הנראות", "סכום לוג ההסתברויות", "סכום הלוג-הסתברויות"),
        "ar": ("لوغاريتم الإمكان", "لوغاريتم الاحتمال للجملة", "مجموع لوغاريتمات الاحتمالات"),
        "fa": ("لگاریتم درست‌نمایی", "مجموع لگاریتم احتمال‌ها"),
    },
    "nll": {
        "he": ("לוג הנראות השלילי", "מינוס לוג הנראות"),
        "ar": ("سالب لوغاريتم الإمكان",),
        "fa": ("منفی لگاریتم درست‌نمایی",),
    },
    "cross_entropy": {
        "he": ("אנטרופיה צולבת", "אנטרופיה הצולבת"),
        "ar": ("الإنتروبيا المتقاطعة", "الانتروبيا المتقاطعة"),
        "fa": ("آنتروپی متقاطع",),
    },
    "perplexity": {
        "he": ("פרפלקסיטי", "פרפלקסיות", "מבוכה"),
        "ar": ("الحيرة", "الارتباك"),
        "fa": ("سرگشتگی", "پرپلکسیتی"),
    },
    "probability": {
        "he": ("הסתברות המשפט", "הסתברות של המשפט", "הסתברות הרצף", "הסתברות של הרצף", "הסתברות הסדרה"),
        "ar": ("احتمال الجملة", "احتمال التسلسل", "احتمال المتتالية"),
        "fa": ("احتمال جمله", "احتمال دنباله"),
    },
}
_NAMED_IN_WORDS += [
    (re.compile(rf"(?<!\w){alternation(rows)}(?!\w)", re.I), name) for name, rows in _NAMES_ELSEWHERE.items()
]


# what a quantity's name is of, between the name and its value ("perplexity of y given x ≈ 1.7333"): the
# asked sequence (y, the answer, the sentence) and perhaps its condition (given x, the prompt)
_OF_THE_ASKED = re.compile(
    r"(?P<of>[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:y|sentence|sequence|answer|completion|output)"
    r"(?:[ \t]+(?:given|conditioned[ \t]+on)[ \t]+(?:the[ \t]+)?(?:x|prompt|context|input))?)"
    r"(?=[ \t]*(?:=|≈|~|:|\bis\b)[ \t*_]*[-−+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-−+]?\d+)?[ \t*_.]*"
    r"(?:nats?|bits?)?[ \t*_.]*$)",
    re.IGNORECASE,
)


def named_of_the_asked(lines: list[str]) -> list[str]:
    """Lines with the "of y given x" after a quantity's name blanked, column for column, where the value
    alone ends the line: "Perplexity of y given x ≈ 1.7333" states the perplexity, not something about x."""
    out = []
    for line in lines:
        for pattern, _ in _NAMED_IN_WORDS:
            for name in pattern.finditer(line):
                m = _OF_THE_ASKED.match(line, name.end())
                if m is not None:
                    line = line[: m.start("of")] + " " * len(m["of"]) + line[m.end("of") :]
        out.append(line)
    return out


# a word before a quantity's name that makes it the mean per token ("average NLL", "mean negative log-likelihood",
# "moyenne NLL", "평균 NLL"), in any language with rows (meanings.MEAN)
_PER_TOKEN = re.compile(rf"(?:(?<!\w){alternation(MEAN)}|(?<!\w)avg\.?)\s*$", re.IGNORECASE)


def _named_in_words(piece: Piece, before: str, chain: sm.Chain) -> sm.Chain:
    """ "sum of log probs = (-0.7)(-0.4)": the words name the quantity the maths computes."""
    # a value after a stating word, or straight after a name ("the sentence has probability about 3.09e-4")
    starts_with_value = chain.continues or (
        len(chain.items) == 1
        and (
            _VALUE_NAMED_BEFORE.search(before)
            or re.search(_NAME_BEFORE_VALUE + ABOUT + r"\s*$", before, re.I)
        )
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


def per_token_by_unit(chain: sm.Chain, ask: str) -> sm.Chain:
    """ "NLL = (0.7 + 0.4)/2 = 0.55 nat/token" where a per-token quantity is asked: a value in nats or bits
    per token is the mean per token, so the NLL it names is the cross-entropy. (Where the total is asked, a
    total written "1.1 nats per token" keeps its name: the unit is what is loose.)"""
    per_token_asked = ask in PER_TOKEN_ASKS
    if per_token_asked and any(u and re.search(r"(?:/|\bper)\s*(?:token|word)", u) for u in chain.units):
        return _per_token(chain)
    return chain


def _per_token(chain: sm.Chain) -> sm.Chain:
    """ "average NLL = …": the mean negative log-likelihood per token is the cross-entropy."""
    first = chain.items[0]
    if isinstance(first, sm.Quantity) and first.name == "nll":
        first = sm.Quantity("cross_entropy", first.span, first.written)
        return dataclasses.replace(chain, items=(first, *chain.items[1:]))
    return chain


_PROSE = re.compile(f"[{LETTERS}][{LETTERS}\\s,;:.'’()\\-!?]*")
_QUOTED = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”")  # "deep blue": a phrase quoted in a sentence
# marks on a line, not maths: ticks, arrows pointing back at it, and any emoji or pictograph (✨, 😬, 🎉)
_MARKS = re.compile(r"[✓✔✗✘☑✅←⟵⇐\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]|<-+|<=+(?!\s*\d)")
_BEFORE_MARK = re.compile(r"\s+(?=" + _MARKS.pattern + ")")  # where a mark begins, after the maths


# A bracketed aside opened by a connective word, whatever maths it holds; a bracket opened by maths
# ("(1 - 0.25)") never is one.
_ASIDE = re.compile(
    r"\(\s*(?:(?:so|i\.?e\.?|e\.?g\.?|which|that|that's|thus|hence|i\.e|or|note|check|cf\.?|since)\b|"
    + _HAN  # or by words of a script without spaces: "（对应概率 e^−1.1 ≈ 0.333）", the probability it comes to
    # or by a sentence, in any language: a word of four letters and more, then another word ("(checked in
    # Python with math.exp(0.55))", "(computed on a calculator: e^0.55)"), not a name applied ("(log Pr(y|x))")
    + r"|[^\W\d_]{4,}\s+[^\W\d_]{2,}(?![\w(])"
    + r")[^\n]*\)\Z",
    re.IGNORECASE,
)


# Han, kana and Hangul with their punctuation: words written without spaces between them, with the
# number they label ("步骤1", "第1題": step 1, question 1)
_CJK = re.compile(f"(?:[\u3001-\u303f{_UNSPACED}\u2460-\u2473]+\\d*)+")
# a word of Greek (Απάντηση, "answer"): three letters or more in a row; one or two are the maths' own (λ, Σ, π)
_GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]{3,}")
# a position named in a sentence ("y_1 comes first, y_2 after:", "w_{i-1} is the word before"): a letter with
# its index, with words after it, is a word of the sentence; last before the maths ("the total is Z_2 ≈ …")
# it is the maths' own left side
_INDEXED_NAME = re.compile(  # y_1, y_{t-1}; or y1, its index glued on ("y1 sees ML, y2 sees deep: …")
    f"(?<![{LETTERS}\\d_])[A-Za-z](?:_(?:\\{{[\\w+\\-<>]{{1,6}}\\}}|[\\w<>]{{1,3}})|\\d{{1,2}})(?=[\\s,;:.]+[{LETTERS}])"
)


# a whole number of one or two digits after a word, before another word or the end: it counts things; so does
# a range of them ("tokens 1-6", "steps 2–3", "i = 1..7" is maths: a letter is no word)
_COUNTING = re.compile(
    f"(?<=[{LETTERS}])(\\s+)(\\d{{1,2}}(?:\\s*[-–—]\\s*\\d{{1,2}}|\\.\\.\\d{{1,2}})?)(?=\\s+[{LETTERS}]|\\s*$)"
)
# a value named only to be denied after the maths ("= -1.1 not 0.28", "instead of 0.28", "nicht 0,28")
_DENIED_VALUE = re.compile(
    r"^(?:(?:and|but|und|et|y|e|и|а|i)\s+)?(?:not|rather\s+than|instead\s+of|nicht|pas|non|não|не|nie)\s+"
    r"[-−]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$",
    re.IGNORECASE,
)
_APPLIED_BEFORE = re.compile(r"\b(?:log|ln|lg|exp|log2|log10)[ \t]+$", re.IGNORECASE)
_FUNCTION_BEFORE = re.compile(r"(?:log|ln|lg|exp|sqrt|base|log2|log10)$", re.IGNORECASE)


def _counted(m: re.Match[str]) -> str:
    """A counting number as a word ("all 4" → "all n"); after log or ln it is maths (ln 2), kept."""
    return m.group(0) if _FUNCTION_BEFORE.search(m.string[: m.start()]) else m.group(1) + "n"


# a list of plain numbers in brackets inside a sentence: the values the words speak of, no maths of its own
_VALUES_LISTED = re.compile(r"\(\s*[-−]?(?:\d+\.?\d*|\.\d+)(?:\s*,\s*[-−]?(?:\d+\.?\d*|\.\d+)){1,11}\s*\)")


# a position of y named as a row's label, perhaps with its token: "y1", "y_2", "y1 = deep", "y2 (blue)"
_POSITION_LABEL = re.compile(
    r"^\s*y_?\{?\d{1,2}\}?(?:\s*=\s*[\"']?[^\s=:\"']{1,30}[\"']?|\s*\([^()=]{1,30}\))?\s*$"
)
# a conditional written bare, token | history, without P( ): "the|<s>", "</s> | Sam", "am|I"
_BARE_CONDITIONAL = re.compile(
    r"(?<![\w|])(?:</?s>|[^\W\d_][\w'-]{0,30}+)[ \t]*+\|[ \t]*+(?:</?s>|[^\W\d_][\w'-]{0,30}+)(?![\w|(])"
)


@lru_cache(maxsize=4096)  # a line's cuts ask of the same words before and after again and again
def _is_prose(text: str, quotes: bool = False, named: bool = False) -> bool:
    """Words only (what may be cut from around the maths of a line), or nothing; a remark in
    parentheses such as "(1 of 5 words)" counts as words; with `named` (no relation follows), a position
    named last ("Since y_2 depends on y_1, …") is a word too."""
    label = text.rstrip().endswith(":")
    text = text.strip(" ,;:.")
    if label:  # "the|<s>: -log2(.5) = 1": a conditional written bare, as a row's label, names the row
        text = _BARE_CONDITIONAL.sub("word", text)
        text = _POSITION_LABEL.sub("word", text)  # "y1 = deep: ln p = -1.2": the row of y's first token
    if _ASIDE.match(text):
        return True  # "(so Pr(y|x) ≈ 0.76)": an aside in brackets opened by a connective
    if quotes:
        text = _QUOTED.sub("words", text)
    if (
        named
    ):  # "multiplying the four (0.5441, 0.5294, 0.4044, 0.4191) gives about 0.0488": values listed, words
        text = _VALUES_LISTED.sub("words", text)
    text = re.sub(r"</?s>", "word", text)  # "<s> I: C(<s> I) = 2": the boundary tokens named in a label
    text = _CJK.sub("word", text)  # "步骤1: 0.25 × 0.33 = 0.0825": words of a script without spaces
    text = _GREEK_WORD.sub("word", text)
    if re.search(f"[{LETTERS}]{{3}}", text):  # among words of a sentence
        text = _INDEXED_NAME.sub("word", text + (" word" if named else "")).removesuffix(" word")
    text = re.sub(r"(?<![A-Za-z])\([^()]*[A-Za-z][^()]*\)", "words", text)  # (2 d.p.), (counting </s>)
    text = re.sub(r"\(\s*[=≈][^()=≈]*\)", "words", text)  # "= 21381376   (= 2^8 · 17^4)": an aside
    text = text.strip(
        " ,;:.()"
    )  # the brackets of a remark the maths sits in: "(… since 1 nat = 1.443 bits.)"
    text = _MARKS.sub(" ", text).strip(" ,;:.")  # ✓, <- final: marks on a line, not maths
    text = text.replace("∴", " ").replace("∵", " ").strip()  # "therefore", "because": words written as signs
    text = _ARROW.sub(" ", text).strip(" ,;:.")  # "multiply all four => 0.0488": an arrow links words to it
    text = _COUNTING.sub(_counted, text)  # "multiply all 4", "the 2 tokens": a number counting things
    text = _DENIED_VALUE.sub("words", text)  # "… = -1.1 not 0.28": the value it is not, a remark
    if re.search(r"[A-Za-z]\(", text):
        return False  # log(ab): a function applied, not words
    return not text or bool(_PROSE.fullmatch(text))


def only_a_name(expr: sm.Expr) -> bool:
    return isinstance(expr, sm.Scalar | sm.Quantity | sm.EConst)


# the nodes of a value worked on numbers only: numbers, signs, operators and the functions of numbers
NUMERIC = (sm.Num, sm.EConst, sm.Neg, sm.BinOp, sm.Exp, sm.Log, sm.Root)


def _numeric(chain: sm.Chain) -> bool:
    """Is the chain numbers only, with the functions worked on numbers (e^0.55, ln 2, √3)?"""
    return all(isinstance(n, NUMERIC) for item in chain.items for n in sm.walk(item))


def has_terms_or_names(chain: sm.Chain) -> bool:
    return any(not isinstance(n, sm.Num | sm.Neg | sm.BinOp) for item in chain.items for n in sm.walk(item))
