"""A tolerant reader of decoding answers: token sequences with their scores, line by line.

No grammar of the whole answer: students write beams as lists ("step 1: {the: 0.5, a: 0.4}"),
tables ("| 2 | a cat | 0.36 |"), paths ("the (0.5) -> dog (0.4) = 0.20") or prose. A token is a
word of the model's vocabulary; a run of them is a hypothesis, and the first number (or chain
"0.5 × 0.72 = 0.36") after it is its score. Numbers are built here, never evaluated from text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import lru_cache

from grader.core import lexicon, meanings
from grader.core.lexicon import WORD_MARKS
from grader.core.pieces import cut_at_labels
from grader.core.precheck import MAX_LINE_LENGTH, decimal_commas, normalise
from grader.core.report import Report
from grader.core.retractions import retraction_lines
from grader.core.source import Span
from grader.core.unspaced import UNSPACED, Spaced, spaced
from grader.decoding import words as w
from grader.maths.dressing import boxed, markup_signs, undress
from grader.maths.labels import ANSWER_LABEL
from grader.maths.notebook import read_notebook
from grader.maths.segment import VULGAR
from grader.maths.spoken import spoken_lines

_ANY = w.words  # the words of one or more meanings, in every language

BOS = "<s>"
EOS = "</s>"  # a sequence written with its end token is one even inside a sentence

_LEX = re.compile(
    r"""
    (?P<num>(?<![\w.])(?:\d+\s*/\s*\d+(?!\d|\.\d)
        |[VULGARS](?![\d/])
        |-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?
         (?:\s*(?:×|\*|\\times|·)\s*10\s*(?:\^\s*\{?\s*-?\d+\s*\}?|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?(?:\s*\\?%)?))
    |(?P<arrow>→|->|=>|⟶|⇒|⟹|\\to\b|\\(?:long)?(?:rightarrow|Rightarrow|mapsto)\b|\\implies\b)
    |(?P<word></?s>|\\?[^\W\d](?:[\w'’\-MARKS]*[\wMARKS])?)
    |(?P<op>×|\*|·|\+|\\times\b|\\cdot\b)
    |(?P<eq>=|≈|\\approx\b)
    |(?P<open>[(\[{⟨])|(?P<close>[)\]}⟩])|(?P<pipe>\|)|(?P<comma>[,;])|(?P<colon>:)
    |(?P<other>\S)
    """.replace("MARKS", WORD_MARKS).replace("VULGARS", "".join(VULGAR)),
    re.VERBOSE,
)
# Words that may stand between a hypothesis and its score: "the cat with probability 0.36".
_FILLER: frozenset[str] = frozenset(
    [
        "with",
        "prob",
        "probability",
        "probabilities",
        "score",
        "scores",
        "cumulative",
        "cum",
        "p",
        "pr",
        "prob.",
        "logp",
        "logprob",
        "log",
        "ln",
        "total",
        "joint",
        "of",
        "is",
        "has",
        "gives",
        "at",
        "its",
        "value",
        "\\log",
        "\\ln",
        "\\pr",
        "\\text",
    ]
)
_FILLER |= w.parts(w.SCORE_NAME, w.PARTICLE)  # and their words in every language (概率, 확률, は)
_PROB_NAMES = frozenset({"p", "pr", "prob", "\\pr"})
KEEP = re.compile(
    rf"\b(?:{_ANY(w.KEEP)}\b|retain\w*|survivors?|pruned? to|select\w*|top[- ]?(?:\d|two|three|four)\b"
    rf"|{_ANY(w.BEAM)}\s*[:=]"
    rf"|(?:{_ANY(w.COUNT)}|\d+)\s+{_ANY(w.BEST)}\b|{_ANY(w.BEST)}\s+(?:{_ANY(w.COUNT)}|\d+)\b)",
    re.I,
)
_CANDIDATES = re.compile(rf"\b(?:{_ANY(w.CANDIDATES)}|expan\w*|consider\w*|options|possib\w*|all)\b", re.I)
# the range a keep phrase picks from, straight after it, perhaps past a count ("the two best of all five",
# "Keep the top 2 over all candidates:", "keep 2 of the 5 expansions", "los dos mejores de todos los candidatos"):
# its candidates words name what is chosen from, they head no list of candidates
_CANDIDATE_WORD = rf"(?:{_ANY(w.CANDIDATES)}|expan\w*|consider\w*|options|possib\w*|all)\b"
_RANGE = re.compile(
    rf"(?:\s+(?:\d+|{_ANY(w.COUNT)})\b)?\s+(?:{_ANY(w.RANGE)})\s+"
    rf"(?:(?!{_CANDIDATE_WORD})[^\W_]+\s+){{0,2}}{_CANDIDATE_WORD}(?:\s+{_CANDIDATE_WORD})*",
    re.I,
)


# the listing a keep phrase picks from, written straight after it: "top two of {the 0.5, …}", "best 2 from: …"
_POOL = re.compile(rf"(?:\s+(?:\d+|{_ANY(w.COUNT)})\b)?\s+(?:{_ANY(w.RANGE)})\s*:?\s*[{{(\[]?")


def candidate_words(line: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The words on the line (between start and end) that head a list of a step's candidates ("candidates:
    …", "expanding: …"): not those that name the range a keep phrase picks from ("the two best of all
    five are …", "keep the top 2 over all candidates: …")."""
    ranges = [(m.end(), r.end()) for m in KEEP.finditer(line) if (r := _RANGE.match(line, m.end()))]
    stop = len(line) if end is None else end
    return [
        c for c in _CANDIDATES.finditer(line, start, stop) if not any(a <= c.start() < b for a, b in ranges)
    ]


_FINAL = re.compile(
    rf"(?:\b{_ANY(w.ANSWER)}\b|^\s*{_ANY(w.THEREFORE)}\b|^\s*(?:=>|⇒|→)"
    # the search's result named by what it is: "Generated sentence:", "the decoded sequence is"
    r"|\b(?:generated|decoded|greedy|resulting|returned)\s+(?:sentence|sequence|output|continuation|string|text)\b"
    # or by the participle alone as a label ("generated: <s> I am </s>", "Decoded: a cat", "Returned: …")
    r"|^\W*(?:generated|decoded|returned)\s*:"
    # or as the best of the finished ones ("Best finished = a cat, P = 0.36", "best complete: …")
    rf"|^\W*{_ANY(w.BEST)}\s+(?:finished|complete[d]?|final|overall)\b)",
    re.I,
)
_LEAD_ON = re.compile(rf"^\s*(?:{_ANY(w.THEREFORE)}|=>|⇒|→)", re.I)  # a line that goes on from the last
_GREEDY = re.compile(rf"\b{_ANY(w.GREEDY)}\b", re.I)
CLAUSE_END = re.compile(r"[.!?](?=\s|$)|;")  # a sentence's or a clause's end (not a decimal point)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_PROB_OF = re.compile(r"(?:\b(?:P|Pr|p)|\\Pr)\s*\(\s*(?:\\text\w*\s*\{)?\s*[\"'`]?\s*$")
# A line that gives (or opens) a step's beam: "Step 2:", "t = 2", "beam: …", "keep …", a table row
# (any phrase that keeps: "keep …", "Top two: …", "the 2 best: …")
_BLOCK_START = re.compile(rf"\b{_ANY(w.STEP, w.BEAM)}\b|\bt\s*=\s*\d|\bkeep|{KEEP.pattern}|^\s*\|", re.I)
_STEP_MARK = re.compile(rf"\b{_ANY(w.STEP)}\b|\bt\s*=\s*\d", re.I)
_STEP = re.compile(rf"\b(?:{_ANY(w.STEP, w.BEAM, w.KEEP)}|keep|t\s*=\s*\d)", re.I)
_DROPPED = re.compile(
    rf"\W*(?:{_ANY(w.PARTICLE)}\s+)?"
    # its rank said first, then the drop ("no thanks 0.15 is third → dropped", "was 3rd, so pruned")
    r"(?:(?:is|was|comes|came|ranks?|ranked)\s+\w{1,12}\s*(?:→|->|=>|,|;|:|—|-)?\s*(?:so\s+|hence\s+|and\s+)?)?"
    rf"(?:{_ANY(w.DROPPED)}\b|(?:falls?|fell|drops?|goes|went|left) (?:out|off)\b"
    # "maybe (0.2) is out", "… were out", and in a note, "maybe 0.2 out": not "out of three", "out-scores"
    r"|out(?![\w-])(?!\s+of\b)"
    r"|[✗✘❌]"  # or crossed out, as a table's "kept" column does ("| maybe | 0.2 | ✗ |")
    # or marked in a keep/drop column that ends the row ("one  0.10  drop", "| one | 0.1 | prune |")
    r"|(?:drop|prune|discard|reject)(?=\s*(?:[|)\]]|$)))",
    re.I,
)
_KEPT_AFTER = re.compile(  # a participle after the hypotheses it keeps, not a label before them ("Kept:")
    # in the same sentence: "one 0.1. 保留 the 0.5" keeps "the", not "one"
    rf"(?:(?![.!?](?:\s|$))[^\w:=])*(?:{_ANY(w.PARTICLE)}\s+)?{_ANY(w.KEPT)}\b(?!\s*[:=])"
    # or a keep column's mark that ends the row, pointed at or not ("| 0.36 |  keep", "0.2  ← keep", "<-- keep →
    # finished"), as a drop column's "drop" ends one: nothing after it but a bar, a bracket, an arrow or a remark
    r"|[^\w:=.!?]*(?:keep|retain)\b(?=\s*(?:$|[|)\]([,;]|→|->|=>|⇒|⟶|[—–]|-{1,3}\s|✓|✔|✅))",
    re.I,
)
# a remark in brackets straight after a hypothesis that says it is kept ("(kept, finished)", "(finished;
# survives)", not "(not kept)"), or a tick after it: the mark is that hypothesis's own, as "dropped" is
_KEPT_REMARK = re.compile(
    r"\s*[(\[](?![^)\]]*\b(?:not|never|no)\b)(?![^)\]]*n't\b)[^()\[\]]{0,60}?"
    r"\b(?:kept|retained|selected|survive[sd]?|in\s+the\s+beam)\b[^()\[\]]{0,60}?[)\]]"
    # a tick, in brackets or in a column of its own ("| a cat | 0.36 | ✓ |"), or a ticked box ("[x]")
    r"|[\s|]*[(\[]?\s*[✓✔☑✅]\s*[)\]]?|[\s|]*\[[x✓✔]\]",
    re.I,
)
# a mark that opens a line, before its hypotheses: a ticked box or a tick ("- [x] a cat 0.36", "| ✓ | a
# cat | 0.36 |") keeps them, a cross ("- ✗ the car 0.125") drops them; an empty box ("- [ ]") is no mark
_LEADING_MARK = re.compile(
    r"^\s*(?:[-*+•]|\d+[.)])?\s*\|?\s*(?:(?P<kept>\[[x✓✔]\]|[✓✔☑✅])|(?P<dropped>\[[✗✘]\]|[✗✘❌]))", re.I
)
_DROP_BEFORE = re.compile(r"\b(?:drop|prune|discard|remove|eliminate)\b", re.I)
# a drop participle that opens a clause or follows a step's label, before the hypotheses it drops ("(…; step 3
# dropped yes please now 0,0175)", "; pruned the car 0.125"): not one said after a hypothesis ("0.15 dropped")
_ANY_STEP_LABEL = w.numbered(w.STEP, r"\d{1,2}")  # "step 3", "Étape 3", "第3步": any step's label
_DROPPED_OPENING = re.compile(rf"(?:^|[(\[;:]|{_ANY_STEP_LABEL})\s*{_ANY(w.DROPPED)}\b(?!\s*[:=])", re.I)
# words after which a lone token starts a listing rather than continuing a sentence
_LEADS = (
    frozenset(
        re.findall(
            r"\S+",
            "keep keeps kept expand expanding extend beam candidates candidate answer output outputs returns "
            "return choose chooses chosen pick picks picked then and or greedy gives produces select selects "
            "top best first next token word sequence hypothesis hypotheses",
        )
    )
    | w.word_set(w.CANDIDATES, w.ANSWER, w.AND_THEN, w.GREEDY, w.BEST, w.BEAM)
    | w.word_set(w.KEEP, phrase_ends=True)
)
# what follows an article, never a token: a count, an ordinal or a superlative ("the top 2", "the best")
_QUANTIFIER = re.compile(
    r"\s+(?:top|best|first|second|last|highest|largest|most|remaining|other|two|three|four|\d+\s+best)\b",
    re.I,
)
# a comparison word after a run that makes it the rival (VERB_FINAL languages put it there): not the pick
_RIVAL_AFTER = re.compile(
    rf"[\s()\[\]\d.,]*\b{_ANY({k: v for k, v in w.THAN.items() if k in w.VERB_FINAL})}\b", re.I
)
_WOULD = re.compile(rf"(?<!\w){_ANY(meanings.COUNTERFACTUAL)}(?!\w)", re.I)
# a modal straight after a hypothesis, its verb ("yes </s> (0.2) would have won"): what might have been
_MODAL_AFTER = re.compile(rf"[\s)\]]*{_ANY(meanings.COUNTERFACTUAL)}(?!\w)", re.I)
# a comparison sign or word between two runs: the second is the first one's rival at the same step
# ("the (0.6) > a (0.4)", "cat vs dog"), not a token that follows it
_COMPARES = frozenset(["<", ">", "≥", "≤", "≫", "≪", "vs", "versus"])
_CLAUSE_OPENS = re.compile(r"[.!?](?=\s)|[;(]")
_SET_OPENS = re.compile(r"[{\[]\W*$")  # "… one 0.1 => {the 0.5, …}": a set opens, no path goes on
_DENIES = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
# a word between two paths: the second is not also greedy's (a letter set apart from an unspaced script is one;
# the vowel signs of the scripts of India and Latin tone marks written apart are letters of their word)
_WORDS_BETWEEN = re.compile(rf"(?:[^\W\d]|[{WORD_MARKS}]){{3,}}|[{UNSPACED}]")
# A conditional such as P(cat | x, a): a factor of the model, not a hypothesis
_CONDITIONAL = re.compile(r"\b(?:P|Pr|p)\s*\([^()|]{0,200}?(?:\||\\mid\b|\bgiven\b)[^()]{0,200}\)")
# A count of an n-gram in the corpus, c(I am) or #(am </s>): a fact of the model, not a hypothesis
_COUNT_OF = re.compile(r"(?:(?<![\w\\])(?P<name>c|C|N|count|Count)|#)\s*\([^()]{1,200}\)")
_SCORE_BELOW = 3  # lines below a final sequence where its probability, alone on a line, is looked for
MAX_LINE = MAX_LINE_LENGTH  # a longer line is not read (a warning), so no line costs more than a few ms
MAX_VERDICT_LINE = 300  # yes/no is looked for in the first characters of a line
# A heading that opens a list of candidates ("Expand each:"), until a line that keeps some
_CANDIDATES_HEAD = re.compile(rf"\b(?:{_ANY(w.CANDIDATES)}|expan\w*)\b[^:]*:\W*$", re.I)


def _candidates_head(line: str) -> bool:
    """The line ends by heading a list of candidates ("Expand each:"), its candidates word not the range
    a keep phrase picks from ("Keep the top 2 over all candidates:" heads the ones kept)."""
    at = max(0, len(line) - 200)
    head = _CANDIDATES_HEAD.search(line, at)
    return head is not None and any(m.start() == head.start() for m in candidate_words(line, at))


# a word of an unspaced script is a yes or no only as a word of its own, not as the first letter of a
# longer one: 예 but not 예를 ("for example"), 是 but not 是否 ("whether")
_ALONE = rf"(?:(?<![{UNSPACED}])|(?![ \t]*[{UNSPACED}]))"
_YES_WORD, _NO_WORD = (
    f"(?:{_ANY(meanings.YES)}{_ALONE})",
    f"(?:{_ANY(meanings.NO)}{_ALONE})",
)  # yes and no, any language
# a copula where it stands: between greedy's output and what it is called ("greedy's output is the most
# probable", "贪心的输出是最可能的"), or last, in the languages that put it there ("…系列である", "…시퀀스이다")
_IS = _ANY({k: v for k, v in w.IS.items() if k not in w.VERB_FINAL})
_IS_LAST = _ANY({k: v for k, v in w.IS.items() if k in w.VERB_FINAL})
# a negation; a bare "no" only before a copula ("no es"): before another word it is English's determiner
# a word that is a negation in one language and a step in another ("pas 1 → the": Catalan's step, not French's
# "not") is no negation before a number
_NOT_STEP = lexicon.not_numbered(w.NOT, w.STEP)
_NOT = (
    rf"(?:{_NOT_STEP}{_ANY({k: tuple(x for x in v if x != 'no') for k, v in w.NOT.items()})}"
    rf"|no(?=\s+{_IS}\b))"
)
_ANSWER_WORD = _ANY(meanings.ANSWER)  # "answer", "respuesta", "réponse", "答", …
_YES = re.compile(
    rf"^\W*(?:{_ANSWER_WORD}\W*)?{_YES_WORD}\b(?!(?<=si)[ \t]+[^\W\d_])"
    rf"|\b{_ANY(w.GREEDY)}\b[^.]*(?:\b{_IS}\b[^.]*\b{_ANY(w.MOST_PROBABLE)}\b"
    rf"|\b{_ANY(w.MOST_PROBABLE)}\b[^.]*?\b{_IS_LAST}(?![ \t]*[{UNSPACED}])[^.!?]*)",
    re.I,
)
_NO = re.compile(
    rf"^\W*(?:{_ANSWER_WORD}\W*)?{_NO_WORD}\b|\b(?:{_NOT}|isnt|fails?|suboptimal|misses)\b",
    re.I,
)


# A claim that greedy search is optimal in general, not only here: a universal ("always", "for any
# model", "in general", "guaranteed") or the step-to-product inference ("maximises each factor, so …
# the product"), in a sentence that does not deny it ("not always", "in general it is not")
_UNIVERSAL = re.compile(
    rf"\b(?:{_ANY(w.ALWAYS)}\b|(?:{_NOT_STEP}{_ANY(w.NOT)}|cannot|can't)\s+{_ANY(w.FAILS)}\b)",
    re.I,
)
_LOCAL_TO_GLOBAL = re.compile(
    rf"\b{_ANY(w.EACH)}\s+{_ANY(w.LOCAL)}\b.{{0,120}}?"
    rf"\b(?:{_ANY(w.THEREFORE)}|which|and)\b.{{0,80}}?\b{_ANY(w.PRODUCT)}\b",
    re.I,
)
_OPTIMAL = re.compile(rf"\b(?:maximi[sz]\w*|{_ANY(w.OPTIMAL)})\b", re.I)
_DENIED = re.compile(
    rf"\b(?:{_NOT_STEP}{_ANY(w.NOT)}(?!\s+{_ANY(w.FAILS)}\b)|no|need\s+not|fails?\s+(?:in|for)|{_ANY(w.COUNTEREXAMPLE)}"
    r"|(?:can|may|could)\s+miss)\b|n't\b",
    re.I,
)


def general_claim(lines: tuple[str, ...]) -> int | None:
    """The first line with a sentence that claims greedy search finds the most probable sequence in
    general (for any model), by a universal or by "it maximises each factor, so the product", and
    does not deny it; None if no line does. Greedy search is not optimal in general."""
    for n, line in enumerate(lines, start=1):
        for sentence in re.split(r"(?<=[.!?;])\s+", plain(line[:MAX_LINE])):
            if _DENIED.search(sentence) or not (_GREEDY.search(sentence) and _OPTIMAL.search(sentence)):
                continue
            if _UNIVERSAL.search(sentence) or _LOCAL_TO_GLOBAL.search(sentence):
                return n
    return None


@dataclass(frozen=True)
class Number:
    """A number as written: its value and half a unit of its last digit (how precisely it was written)."""

    value: float
    half_unit: float
    text: str


@dataclass(frozen=True)
class Hyp:
    """A hypothesis the student wrote: tokens, its score as written (None if none) and where it is."""

    tokens: tuple[str, ...]
    score: Number | None
    span: Span
    role: str  # "kept" | "candidate" | "final" | "computed" (a probability worked out, not a beam)
    # | "loose" while reading: outside the blocks that give steps
    summed: tuple[float, ...] = ()  # the terms, where the score was written as a sum
    greedy: bool = False  # "greedy" is written just before it (since the previous hypothesis on the line)
    # its last token follows an arrow and its score is in brackets straight after that token ("cat sat →
    # `down` (0.3"): as written, a step's pick and the pick's conditional, if the model says so
    picked: bool = False
    # the number (from 1) of the section it stands in under a heading that names greedy's run ("## Greedy
    # decoding", "**Greedy**"), up to the next heading; 0 if none
    section: int = 0
    score_span: Span | None = None  # where its score is written, if on another line (a labelled line below)
    drawn: bool = False  # a node of a search tree drawn with branches (its steps interleave down the drawing)


@dataclass(frozen=True)
class Reading:
    """What could be read of one answer."""

    lines: tuple[str, ...]
    hyps: tuple[Hyp, ...]
    verdict: tuple[str, int] | None  # ("yes" | "no", line) for greedy_is_best
    skipped: tuple[int, ...] = ()  # lines too long to read
    source: tuple[int, ...] = ()  # lines of program source in fenced blocks, not read (what they print is)
    # the lines as written, where `lines` sets unspaced letters apart, and how to map columns back to them
    spacing: Spaced | None = None
    as_written: tuple[str, ...] = ()
    retractions: tuple[int, ...] = ()  # lines that take back work written before them ("oops", "EDIT:")

    @property
    def written(self) -> tuple[str, ...]:
        """The answer's lines as the student wrote them (after normalising), for the report."""
        return self.as_written or self.lines

    def placed(self, report: Report) -> Report:
        """`report` with its diagnostics' columns placed in the lines as written."""
        return self.spacing.report(report) if self.spacing is not None else report

    def final(self, greedy: bool = False) -> Hyp | None:
        """The chosen sequence, on the last line that states a result: its first hypothesis, or where
        the line also names greedy's output ("a cat, better than greedy's the dog"), the one asked for;
        the longest where it also names the picks ("greedy picks I, then am: I am")."""
        finals = [h for h in self.hyps if h.role == "final"]
        if not finals:
            return None
        last = [h for h in finals if h.span.line == finals[-1].span.line]
        preferred = last if greedy else [h for h in last if not h.greedy] or last
        # the whole sequence, not its first pick; for greedy, the one named greedy's among equals
        return max(preferred, key=lambda h: (len(h.tokens), greedy and h.greedy))


_SUPERSCRIPT = str.maketrans("⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹", "-+0123456789")  # an exponent written raised: 2.22×10⁻¹


def number(text: str) -> Number | None:
    """A written number (0.36, .36, 3.6e-1, 3.6 × 10^-1, 36 %, 9/25, ⅔) with its precision."""
    t = re.sub(r"\s+", "", VULGAR.get(text.strip(), text)).replace("\\times", "×").replace("\\%", "%")
    t = re.sub(r"10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$", lambda m: "10^" + m[1].translate(_SUPERSCRIPT), t)  # 10⁻¹
    try:
        if "/" in t:
            top, bottom = t.split("/")
            if int(bottom) == 0:
                return None
            return Number(float(Fraction(int(top), int(bottom))), 0.0, text)
        percent = t.endswith("%")
        t = t.rstrip("%")
        scale = 0.01 if percent else 1.0
        m = re.fullmatch(r"(-?[\d.]+)(?:[eE]([-+]?\d+)|[×*·]10\^\{?(-?\d+)\}?)?", t)
        if m is None:
            return None
        exponent = int(m[2] or m[3] or 0)
        if abs(exponent) > 300:
            return None
        mantissa = m[1]
        decimals = len(mantissa.partition(".")[2])
        value = float(mantissa) * 10.0**exponent * scale
        half = 0.5 * 10.0**-decimals * 10.0**exponent * scale
    except (ValueError, OverflowError):
        return None
    return Number(value, half, text) if math.isfinite(value) else None


# LaTeX and Markdown that only dress a token or a number, undressed in place (same length, so
# every column the reader reports still points into the student's line)
_EOS_LATEX = re.compile(r"\\langle\s*/\s*s\s*\\rangle|&lt;/s&gt;")
_BOS_LATEX = re.compile(r"\\langle\s*s\s*\\rangle|&lt;s&gt;")
_FRAC = re.compile(r"\\[td]?frac\s*(?:\{\s*(\d+)\s*\}|(\d))\s*(?:\{\s*(\d+)\s*\}|(\d))")
_PRODUCT = re.compile(r"\\(?:times|cdot)(?![a-zA-Z])")
_APPROX = re.compile(r"\\(?:approx|simeq|eqsim)(?![a-zA-Z])")
_SPACING = re.compile(r"\$|\*\*|__|&|\\\\")  # what the shared undressing leaves: math and bold marks, cells
# inline verbatim, \verb|</s>| or \verb+</s>+: its text is the token, the command and delimiters are dressing
_VERB = re.compile(r"\\verb\*?([^\sA-Za-z*])([^\n]*?)\1")
# the text fonts the shared undressing does not name (small capitals, slanted, upright, medium): \text{…}
_TEXT_FONT = re.compile(r"\\text(?:sc|sl|up|md)(?=\s*\{)")
# LaTeX's tick and cross marks (amssymb's \checkmark, pifont's \ding, the usual \cmark and \xmark): a
# tick or a cross as a beam's row marks it
_TICK_LATEX = re.compile(r"\\(?:checkmark|cmark|ding\s*\{\s*5[12]\s*\})(?![a-zA-Z])")
_CROSS_LATEX = re.compile(r"\\(?:xmark|ding\s*\{\s*5[56]\s*\})(?![a-zA-Z])")


def _padded(text: str, width: int) -> str:
    return text + " " * (width - len(text))


# Markdown italics around a word or a run (`*maybe*`, `_yes please_`): opened after no operand and hugging its
# text on both sides, so a product (`0.5*0.4`, `0.5 * 0.4`) never matches; bold's `**` is undress's
_ITALIC_PAIR = re.compile(r"(?<![\w)\]}*_])([*_])(?=[^\s*_\d])([^*_]*?[^\s*_])\1(?![\w(\[{*_])")


def plain(line: str) -> str:
    """A line with its LaTeX and Markdown dressing undone, column for column: \\text{a cat} reads as
    a cat, \\langle/s\\rangle as </s>, \\tfrac23 as 2/3, $ and ** as spaces."""
    line = _VERB.sub(lambda m: " " * (m.start(2) - m.start()) + m[2] + " ", line)
    line = _TEXT_FONT.sub(lambda m: _padded("\\text", len(m[0])), line)
    line = _TICK_LATEX.sub(lambda m: _padded("✓", len(m[0])), line)
    line = _CROSS_LATEX.sub(lambda m: _padded("✗", len(m[0])), line)
    # *maybe*, _maybe_: Markdown's italics, as ** is bold
    line = _ITALIC_PAIR.sub(lambda m: f" {m[2]} ", line)
    line = undress(line, table_cells=False)  # the shared step: \text{…} keeps its words, sizing blanked
    line = _EOS_LATEX.sub(lambda m: _padded("</s>", len(m[0])), line)
    line = _BOS_LATEX.sub(lambda m: _padded("<s>", len(m[0])), line)
    line = _FRAC.sub(lambda m: _padded(f"{m[1] or m[2]}/{m[3] or m[4]}", len(m[0])), line)
    line = line.replace("\\{", " {").replace("\\}", " }")
    line = _PRODUCT.sub(lambda m: _padded("×", len(m[0])), line)  # \\times0.9: no word boundary
    line = _APPROX.sub(lambda m: _padded("≈", len(m[0])), line)
    return _SPACING.sub(lambda m: " " * len(m[0]), line)


@dataclass
class _Item:
    kind: str
    text: str
    start: int
    end: int


@lru_cache(maxsize=1024)  # the checks look through every line for numbers more than once
def numbers_in(line: str) -> tuple[Number, ...]:
    """Every number written on a line, its LaTeX undressed (\\tfrac29 is 2/9)."""
    found = (number(it.text) for it in lex(plain(line)) if it.kind == "num")
    return tuple(n for n in found if n is not None)


def lex(line: str) -> list[_Item]:
    """A line's items: numbers, words, operators, relations, brackets and other marks, with columns."""
    return [_Item(m.lastgroup or "other", m.group(), m.start(), m.end()) for m in _LEX.finditer(line)]


# a function applied to a number in a chain ("½ ln 0.2 ≈ -0.805"): its side is not read as a value
_FUNCTION = re.compile(r"\\?(?:ln|log|lg|exp)(?:_\w*)?", re.I)


def _chain(items: list[_Item], i: int) -> tuple[Number | None, tuple[float, ...], int]:
    """The value of a chain such as 0.5 × 0.72 = 0.36 starting at items[i]: the last side's value,
    the terms when that side is a sum, and the index after the chain."""
    sides, i = chain_sides(items, i)
    if not sides:
        return None, (), i
    summed = next((t for t in map(_sum_terms, sides) if t), ())
    value, _ = side_value(sides[-1])
    return value, summed, i


def chain_sides(items: list[_Item], i: int) -> tuple[list[list[_Item]], int]:
    """The sides of a chain such as 0.5 × 0.72 = 0.36 starting at items[i] (each with a number), and the
    index after the chain."""
    sides: list[list[_Item]] = [[]]
    while i < len(items):
        it = items[i]
        if it.kind == "num" or it.kind == "op":
            sides[-1].append(it)
        elif (
            it.kind == "other"
            and it.text == "-"
            and sides[-1]
            and sides[-1][-1].kind == "num"
            and _number_follows(items, i + 1)
        ):  # a minus between numbers; a dash before words ("0.2 -- all lower") sets a remark apart
            sides[-1].append(_Item("op", "-", it.start, it.end))
        elif it.kind == "eq":
            sides.append([])
        elif it.kind == "open" and it.text == "(" and _opens_remark(items, i):
            break  # "0.36 (best so far, 2 left)": a remark on the value, not a factor of it
        elif it.kind in ("open", "close") and it.text in "()":
            pass
        elif it.kind == "word" and it.text.lower() in ("x",) and sides[-1] and sides[-1][-1].kind == "num":
            sides[-1].append(_Item("op", "×", it.start, it.end))
        elif (
            it.kind == "word"
            and _FUNCTION.fullmatch(it.text)
            and i + 1 < len(items)
            and items[i + 1].kind in ("num", "open")
        ):
            sides[-1].append(_Item("fn", it.text, it.start, it.end))  # ½ ln 0.2: no number's value
        else:
            break
        i += 1
    while sides and not any(s.kind == "num" for s in sides[-1]):
        sides.pop()
    return sides, i


def _path_after_pick(
    items: list[_Item], j: int, k: int
) -> tuple[Number | None, tuple[float, ...], int] | None:
    """The path's value after its pick's conditional in brackets ("cat (0.7) → 0.42", a search tree's node):
    the chain after the arrow, where the bracket holds one number and an arrow leads to a number."""
    bracketed = j > 0 and items[j - 1].kind == "open" and items[j - 1].text == "(" and k == j + 2
    if not bracketed or items[k - 1].kind != "close" or k + 1 >= len(items):
        return None
    if items[k].kind != "arrow" or items[k + 1].kind != "num":
        return None
    return _chain(items, k + 1)


def _number_follows(items: list[_Item], i: int) -> bool:
    """A number comes next, past opening brackets: what a minus sign needs after it."""
    while i < len(items) and items[i].kind == "open" and items[i].text == "(":
        i += 1
    return i < len(items) and items[i].kind == "num"


def _sum_terms(side: list[_Item]) -> tuple[float, ...]:
    """The terms of a side written as a sum of numbers (0.5 + 0.9), else ()."""
    value, terms = side_value(side)
    return terms


def side_value(side: list[_Item]) -> tuple[Number | None, tuple[float, ...]]:
    """The value of one side of a chain (a number, a product or a sum of numbers) and a sum's terms."""
    nums = [number(s.text) for s in side if s.kind == "num"]
    ops = {s.text for s in side if s.kind == "op"}
    if not nums or any(n is None for n in nums) or any(s.kind == "fn" for s in side):
        return None, ()
    values = [n.value for n in nums if n is not None]
    if "-" in ops and ops <= {"+", "-"}:  # a difference: signs apply to the number after them
        signs = [1.0] + [-1.0 if s.text == "-" else 1.0 for s in side if s.kind == "op"]
        if len(signs) != len(values):
            return None, ()
        return Number(math.fsum(a * b for a, b in zip(signs, values, strict=True)), 0.0, ""), ()
    if len(values) == 1:
        return nums[0], ()
    text = " ".join(s.text for s in side)
    if ops == {"+"}:
        return Number(math.fsum(values), 0.0, text), tuple(values)
    if ops and ops <= {"×", "*", "·", "\\times", "\\cdot"}:
        return Number(math.prod(values), 0.0, text), ()
    return None, ()


def _only_sequences(text: str, vocabulary: frozenset[str]) -> bool:
    """Nothing but sequences (and scores) in the text: every word a token, the boundary marks (</s>) too."""
    return all(w in vocabulary for w in re.findall(r"[^\W\d][\w'’-]*", re.sub(r"</?s>", " ", text)))


def _role(line: str, column: int, default: str, vocabulary: frozenset[str], end: int | None = None) -> str:
    """Kept or candidate, from the words before this place on the line ("candidates: …; keep: …")
    or just after it ("maybe 0.2 dropped")."""
    before = line[:column]
    if end is not None and (_DROPPED.match(line[end:]) or _MODAL_AFTER.match(line[end:])):
        return "candidate"  # "maybe 0.2 dropped"; "yes </s> 0.2 would have won": not kept
    if _WOULD.search(before[max([m.end() for m in _CLAUSE_OPENS.finditer(before)], default=0) :]):
        return "candidate"  # "(next would have been no thanks, 0.15)": what might have been kept
    keep = [m.end() for m in KEEP.finditer(before)]
    cand = [m.end() for m in candidate_words(before)]
    # "drop one (0.1)", "prune: the car": a drop word with nothing but sequences and scores after it
    cand += [
        m.end()
        for pattern in (_DROP_BEFORE, _DROPPED_OPENING)
        for m in pattern.finditer(before)
        if _only_sequences(before[m.end() :], vocabulary)
    ]
    # "the top two of {the 0.5, a 0.4, one 0.1}": the listing a keep phrase picks from is the pool, not the kept
    cand += [
        r.end()
        for m in KEEP.finditer(before)
        if (r := _POOL.match(before, m.end())) is not None and _only_sequences(before[r.end() :], vocabulary)
    ]
    if cand and (not keep or max(cand) > keep[-1]):
        return "candidate"
    return default


def _read_line(line: str, number_: int, vocabulary: frozenset[str]) -> list[Hyp]:
    items = lex(line)
    out: list[Hyp] = []
    result_at = result_start(line)  # hypotheses from here on are the result, those before a step's
    keeps = [m.end() for m in KEEP.finditer(line)]
    clause_ends = [m.end() for m in CLAUSE_END.finditer(line)]
    is_table = line.lstrip().startswith("|")
    drawing = _BRANCH.search(line) is not None and _TABLE_BORDER.match(line) is None
    words = [it.text for it in items if it.kind == "word"]
    prose = sum(w not in vocabulary for w in words) > sum(w in vocabulary for w in words)
    i = 0
    path: list[str] = []
    spelt: list[Hyp] = []  # paths spelt by picks listed in order, without a value of their own
    path_start = 0
    while i < len(items):
        it = items[i]
        if it.kind != "word" or it.text not in vocabulary and it.text != BOS:
            i += 1
            continue
        run_start = it.start
        run: list[str] = []
        end = it.end
        arrow = after_arrow = False  # an arrow since the last token; the last token came after one
        # a run opened by a quote mark just before it, and the quote marks met since (the opening one counted)
        opened = i > 0 and items[i - 1].end == it.start and items[i - 1].text in _QUOTE_MARKS
        quotes = int(opened)
        # a run of tokens: words of the vocabulary, with spaces, quotes, arrows (or commas in brackets)
        while i < len(items):
            it = items[i]
            if (
                opened
                and run
                and quotes % 2 == 0
                and items[i - 1].text in _QUOTE_MARKS
                and it.kind == "word"
                and it.start > items[i - 1].end
            ):
                break  # `after "the" the most probable`: a quoted run ends at its closing mark, a bare word is prose
            if (
                run
                and not opened
                and quotes % 2 == 0
                and it.kind == "other"
                and it.text in _QUOTE_MARKS
                and it.start > items[i - 1].end
                and i + 1 < len(items)
                and items[i + 1].start == it.end
            ):
                break  # `and "I am </s>" does occur`: a quote opened after a bare word starts a run of its own
            if it.kind == "other" and it.text in _QUOTE_MARKS:
                quotes += 1
            if it.kind == "word" and (it.text in vocabulary or it.text == BOS):
                if it.text != BOS:
                    run.append(it.text)
                    after_arrow, arrow = arrow and len(run) > 1, False
                end = it.end
            elif run and it.kind == "arrow" and _quoted_sequence(items, i + 1, vocabulary):
                break  # "take </s> => “I am </s>”": the arrow leads to a whole sequence quoted, no next pick
            elif (
                it.kind == "arrow"
                or it.kind == "other"
                and (
                    it.text in "_⟨⟩<>\\~" or it.text in _QUOTE_MARKS
                )  # quotes (« » “ ” too), LaTeX's spaces (a\ cat, a~cat)
                or it.kind == "comma"
                and _inside_brackets(line, it.start)
            ):
                arrow = arrow or it.kind == "arrow"
            else:
                break
            i += 1
        run_end = end
        # the score: after separators and filler words, the first number or chain
        j = i
        while j < len(items) and (
            items[j].kind in ("colon", "eq", "open", "close", "pipe")
            or items[j].kind in ("comma", "arrow")
            and j + 1 < len(items)
            and _score_next(items[j + 1])
            or items[j].kind == "other"
            and (items[j].text == "~" or items[j].text in _QUOTE_MARKS)  # "« one » (0,1)": its closing quote
            or _dash_between(items[j], line)  # "I am </s> — P = 2/9" (the em dash reads as -)
            or items[j].kind == "word"
            and items[j].text.lower().rstrip(".") in _FILLER
        ):
            word = items[j].kind == "word" and items[j].text.lower() in _PROB_NAMES
            if word and j + 1 < len(items) and items[j + 1].kind == "open":
                break  # P( …: the score of another run follows
            j += 1
        score: Number | None = None
        summed: tuple[float, ...] = ()
        if is_table and (j >= len(items) or items[j].kind != "num"):
            j = _next_cell_number(items, j, vocabulary)  # "| the cat (greedy) | 0.42 |": a remark in its cell
        if j < len(items) and items[j].kind == "num" and _counts(items, j, vocabulary):
            i = j + 1  # "(3 tokens generated)": a count of something, not the run's score
        elif j < len(items) and items[j].kind == "num":
            score, summed, k = _chain(items, j)
            end = items[k - 1].end
            # in a search tree drawn with branches, "cat (0.7) → 0.42": the pick's conditional, then its path's
            then = _path_after_pick(items, j, k) if score is not None and drawing else None
            path_value = then[0] if then is not None else None
            # a path is no likelier than its last pick: a larger value after the arrow is no path's
            if (
                then is not None
                and path_value is not None
                and score is not None
                and path_value.value <= score.value
            ):
                score, summed, k = then
                end = items[k - 1].end
            if is_table:  # a table row: the last number before the next run is the score
                while k < len(items) and not (items[k].kind == "word" and items[k].text in vocabulary):
                    if _MARK.fullmatch(items[k].text) or _remark_opens(items, k, vocabulary):
                        break  # "0.20 ✅ (finished → width 1)": a mark or a remark ends the score
                    if items[k].kind == "num":
                        score, summed, k2 = _chain(items, k)
                        end = items[k2 - 1].end
                        k = k2
                    else:
                        k += 1
            i = k
        if not run:
            continue
        # a path written token by token: "the (0.5) -> dog (0.4)" extends the previous run, and
        # the numbers after each token are conditionals, not the path's score
        between = line[out[-1].span.end_column - 1 : run_start] if out else ""
        # a remark in the bracket of the pick's conditional ("am (2/3) -> Sam (1/2, tie broken) -> </s>") is
        # said of that pick: its words do not part the path
        if out and "(" in line[out[-1].span.column - 1 : out[-1].span.end_column - 1]:
            between = re.sub(r"^[^()]*\)", lambda m: " " * len(m[0]), between)
        # "the (0.6) > a (0.4) → the": a run set against the one before it is that one's rival, and
        # the arrow after the comparison gives the step's pick, it does not go on from the rival
        rival = len(out) > 1 and _compared(items, out[-2].span.end_column - 1, out[-1].span.column - 1)
        joined = (
            bool(out)
            and bool(path)
            and len(run) == 1
            and _arrow_between(items, out[-1].span.end_column - 1, run_start)
            and not _WORDS_BETWEEN.search(between)
            and not _SET_OPENS.search(between)
            and not rival
        )
        in_order = 0 if joined or len(run) != 1 else _listed_picks(line, out, run_start)
        if joined:
            run = path + run
            out.pop()
            run_start = path_start
        elif in_order:  # "I (2/3), am (2/3), then </s>": the picks of one path, listed in order
            run = [t for h in out[-in_order:] for t in h.tokens] + run
            run_start = out[-in_order].span.column - 1
            del out[-in_order:]
            joined = True
            rival = False  # the runs it compared are now one path's picks
        if joined:  # the path's value, if any, is what follows it
            score, summed = None, ()
            rest = _orphan_chain(items, i)
            if rest is not None:
                score, summed, i = rest
                end = items[i - 1].end
        picked = (
            after_arrow
            and score is not None
            and not joined
            and _BRACKETED.fullmatch(line[run_end : _score_start(items, line, run_end)]) is not None
        )
        ends = len(run) > 1 and run[-1] == EOS
        listed = bool(keeps) and keeps[0] <= run_start  # "keep a cat and the dog"
        is_final = result_at is not None and run_start >= result_at
        if (
            score is None
            and not is_final
            and prose
            and not _quoted(line, run_start)
            and not ends
            and not listed
            and not joined  # a path going on by arrows ("<s> -> I (2/3) -> am (2/3) -> …") is no sentence's word
        ):
            continue  # a word of the vocabulary in a sentence ("greedy is not the best")
        if (
            score is None
            and len(run) == 1
            and prose
            and _word_follows(items, i)
            and not (run_start > 0 and line[run_start - 1] in _QUOTE_MARKS)
        ):
            continue  # "greedy does return the most probable sequence": an article, not an answer (not "the")
        if score is None and len(run) == 1 and _QUANTIFIER.match(line, run_end):
            continue  # "Keep the top 2", "the two best": an article before a count or a superlative
        role = "final" if is_final else _role(line, run_start, "kept", vocabulary, end)
        if (
            len(run) == 1
            # ("from "the": dog 0.20, …" labels the expansions that follow it: no word named in passing)
            and _in_sentence(
                items, run_start, vocabulary, past_quotes=score is None and not _colon_at(items, i)
            )
            and not _arrow_follows(items, i)
        ):
            # "the width is now 1": a word of the vocabulary in a sentence, with a number; "leads to a
            # near-certain "cat"": one a sentence names as a word, in its quotes, with no score
            continue
        if role == "kept" and _PROB_OF.search(line[:run_start]) and not _STEP.search(line):
            role = "computed"  # P(a cat) = 0.4 × 0.9: a calculation, not a beam listed at a step
        span = Span(number_, run_start + 1, number_, end + 1)
        since = out[-1].span.end_column - 1 if out else 0
        # "greedy" names what follows it in its own clause: not past "; No," or a sentence's end
        clause = max([e for e in clause_ends if e <= run_start], default=0)
        # unless the clause denies it between them ("greedy's output is not the most probable: the
        # dog …" names the sequence that beats greedy's)
        said = [m.end() for m in _GREEDY.finditer(line, max(since, clause), run_start)]
        named_greedy = bool(said) and not _DENIES.search(line, said[-1], run_start)
        # nor into a remark in brackets it opens ("greedy finds the best (a cat = a dog = 0.2 both lose)")
        named_greedy = named_greedy and line.count("(", said[-1], run_start) <= line.count(
            ")", said[-1], run_start
        )
        named_greedy = named_greedy and not _RIVAL_AFTER.match(line, end)  # "greedy: dog (0.3) より cat"
        named_greedy = named_greedy or bool(
            out
            and out[-1].greedy
            and clause <= since
            and not _WORDS_BETWEEN.search(line[since:run_start])
            and not _compared(items, since, run_start)  # "greedy: the (0.6) > a (0.4)": a is its rival
        )
        # the pick after the arrow that ends a comparison is the step's pick, greedy's if the first was
        named_greedy = named_greedy or bool(
            rival
            and out[-2].greedy
            and _arrow_between(items, since, run_start)
            and not _WORDS_BETWEEN.search(line[since:run_start])
        )
        # the path a next pick goes on from: this run, not one read as a word of a sentence and dropped
        path, path_start = run, run_start
        out.append(Hyp(tuple(run), score, span, role, summed, named_greedy, picked))
        if in_order and score is None:
            spelt.append(out[-1])
    out = _written_out(out, spelt)
    # "yes 0.5, no 0.3, maybe 0.2 -> {yes 0.5, no 0.3}": a line that lists a scored sequence again
    # lists the candidates first, then the ones it keeps ("(yes </s> is finished)" only remarks)
    # a sentence after the step that names a kept sequence again ("Keep a cat (0.36) and the dog (0.20).
    # Best: a cat, 0.36 > 0.20") remarks on it: it lists no beam
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]

    def sentence_start(h: Hyp) -> int:
        return max([e for e in ends if e <= h.span.column - 1], default=0)

    def remarks_on(g: Hyp, h: Hyp) -> bool:
        """h names g again in a later sentence with no keep word, g having been kept by one."""
        said_kept = any(m.end() <= g.span.column - 1 for m in KEEP.finditer(line, sentence_start(g)))
        later = sentence_start(h) >= g.span.end_column - 1
        return said_kept and later and not KEEP.search(line, sentence_start(h), h.span.column - 1)

    kept = [h for h in out if h.role == "kept"]
    remarked = {
        id(h)
        for k, h in enumerate(kept)
        if h.score is not None and any(g.tokens == h.tokens and remarks_on(g, h) for g in kept[:k])
    }
    out = [replace(h, role="computed") if id(h) in remarked else h for h in out]
    kept = [h for h in out if h.role == "kept"]
    again = next(
        (
            h
            for k, h in enumerate(kept)
            if h.score is not None and any(g.tokens == h.tokens for g in kept[:k])
        ),
        None,
    )
    if again is not None:
        # the listing kept starts at the repeat, or at a keep word before it ("… Beam keeps: the 0.5,
        # a 0.4" where the first listing's "the" went unread): what follows that word is kept
        first = kept[0].span.column - 1  # a keep word before every listing ("keep the best of: …") parts none
        said = [m.end() for m in KEEP.finditer(line) if first < m.end() <= again.span.column - 1]
        boundary = said[-1] if said else again.span.column - 1
        out = [
            replace(h, role="candidate") if h.role == "kept" and h.span.column - 1 < boundary else h
            for h in out
        ]
    for m in KEEP.finditer(line):  # "… a cat 0.36, the dog 0.2 -> keep a cat": the first are candidates
        before = [h for h in out if h.span.end_column - 1 <= m.start()]
        if before and _kept_mark(line, before[-1]) is not None:
            continue  # "a cat 0.36, the dog 0.2 kept; …": the word follows what it keeps
        # of the step whose hypotheses it keeps (the lengths after the keep word), not an earlier step's
        lengths = {len(h.tokens) for h in out if h.span.column - 1 >= m.end()}
        if not lengths and line.rstrip().endswith(":"):
            # "the 0.5, a 0.4, one 0.1. Keep the top 2:": it opens the listing of what it keeps below
            lengths = {len(h.tokens) for h in before}
        back = _KEEP_BACK.match(line, m.end()) if not lengths and before else None
        if back is not None and re.match(r"\w", m[0]):
            out = _kept_back(out, before, back)
            continue
        out = [
            replace(h, role="candidate")
            if h.role == "kept" and h.span.end_column - 1 <= m.start() and len(h.tokens) in lengths
            else h
            for h in out
        ]
    return _marked_one_by_one(line, _asides(line, out, vocabulary))


# a keep word after the listing it picks from, naming its pick by place or rank, not by sequence ("… yes
# please now 0.0175. Keep the first.", "keep the best two"): not "keep the first two for step 3:"
_KEEP_BACK = re.compile(
    r"\s+(?:only\s+)?(?:the\s+)?(?P<which>first|top|best|highest|likeliest|most\s+probable)"
    r"(?:\s+(?P<n>one|two|three|four|\d+))?(?:\s+(?:ones?|hypothes[ie]s|candidates?))?\s*(?=[.;,)]|$)",
    re.I,
)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _kept_back(out: list[Hyp], before: list[Hyp], back: re.Match[str]) -> list[Hyp]:
    """The line's hypotheses with the ones a keep word after them picks by place or rank kept ("Keep the
    first": the first written; "keep the best two": the two highest scores) and the rest of that step's
    listing not kept."""
    step = len(before[-1].tokens)
    listed = [h for h in before if len(h.tokens) == step and h.role in ("kept", "candidate")]
    count = back["n"] or "1"
    n = int(count) if count.isdigit() else _COUNTS[count.lower()]
    if back["which"].lower() != "first":
        if any(h.score is None for h in listed):
            return out  # a rank with no scores to rank by: not read
        listed = sorted(listed, key=lambda h: -h.score.value if h.score else 0.0)
    chosen = {id(h) for h in listed[:n]}
    return [
        replace(h, role="kept" if id(h) in chosen else "candidate") if any(h is g for g in listed) else h
        for h in out
    ]


def _asides(line: str, out: list[Hyp], vocabulary: frozenset[str]) -> list[Hyp]:
    """Hypotheses in a bracketed remark after the ones a line keeps ("a cat 0.36, the dog 0.20
    (others: the cat .175, a dog .04)"): the remark opens with words of its own, not a token, and
    names the same step's other extensions, which the line does not keep. A bracket that opens on a
    hypothesis ("(a cat, 0.36), (the dog, 0.2)") or says it keeps ("(also kept: …)") is no remark."""
    depth, opened = 0, -1
    asides: list[tuple[int, int]] = []
    for k, ch in enumerate(line):
        if ch == "(":
            depth += 1
            if depth == 1:
                opened = k
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                asides.append((opened, k))
    if depth:
        asides.append((opened, len(line)))
    aside: set[int] = set()
    for start, stop in asides:
        inside = [h for h in out if start < h.span.column - 1 < stop and h.role == "kept"]
        if not inside:
            continue
        opening = line[start + 1 : inside[0].span.column - 1]
        words = re.findall(rf"[^\W\d_]{{2,}}|[{UNSPACED}]", opening)
        if not words or any(w in vocabulary for w in words) or KEEP.search(opening):
            continue
        before = {len(h.tokens) for h in out if h.role == "kept" and h.span.column - 1 < start}
        aside |= {id(h) for h in inside if len(h.tokens) in before}
    return [replace(h, role="candidate") if id(h) in aside else h for h in out]


_MARK = re.compile(r"[✓✔☑✅✗✘❌]")  # a tick or a cross: said of the hypothesis and score before it


def _remark_opens(items: list[_Item], k: int, vocabulary: frozenset[str]) -> bool:
    """A bracket opens here whose words, before any number, are not a score's ("(finished → width 1)",
    "(ends the search)"): a remark on what stands before it, not part of its score ("(P = 0.36)" is)."""
    return items[k].kind == "open" and items[k].text in "([" and _opens_remark(items, k, vocabulary)


def _opens_remark(items: list[_Item], k: int, vocabulary: frozenset[str] = frozenset()) -> bool:
    """The bracket at items[k] holds a word, before any number, that is neither a token nor a score's
    filler or function ("(best so far, 2 left)"; not "(P = 0.36)", "(ln 0.2)")."""
    for it in items[k + 1 :]:
        if it.kind in ("num", "close"):
            return False
        if it.kind == "word" and it.text not in vocabulary and len(it.text) > 1:
            name = it.text.lower().rstrip(".")
            if name not in _FILLER and not _FUNCTION.fullmatch(name):
                return True
    return False


def _kept_mark(line: str, h: Hyp) -> int | None:
    """Where a mark that keeps what is written up to h ends, when one follows h straight away: a
    participle ("a cat 0.36, the dog 0.2 kept"), a remark in brackets ("(kept, finished)") or a tick."""
    start = h.span.end_column - 1
    while start > h.span.column and line[start - 1] in " ([":
        start -= 1  # a score's chain may end on the bracket that opens the remark: "a .4 (kept)"
    m = _KEPT_AFTER.match(line, start) or _KEPT_REMARK.match(line, start)
    return None if m is None else m.end()


# a remark straight after a hypothesis that says it ends the search ("(finished)", "→ finished, width 1",
# "✔ finished", "(done)", ", which finishes"); "(not finished)" is no such remark
_FINISHED_AFTER = re.compile(
    r"[\s)\]]*(?:→|->|=>|⇒|\\(?:long)?(?:rightarrow|Rightarrow)\b|\\to\b|\\implies\b|[,;:]|[—–-]{1,3})?\s*[(\[]?\s*[✓✔✅]?\s*(?:(?:which|it|is|was|now|has|and)\s+){0,2}"
    rf"(?:{_ANY(w.PARTICLE)}\s+)?"
    rf"{_ANY(w.FINISHED)}\b",
    re.I,
)


def finished_remark(line: str, h: Hyp) -> bool:
    """A remark straight after h, past its score, says it is finished ("… = 0.1575 (finished); …")."""
    return _FINISHED_AFTER.match(plain(line), h.span.end_column - 1) is not None


_COLLECTIVE = re.compile(r"\b(?:both|all|these|those|two|three|four)\b", re.I)  # "(both kept)"


def _marked_one_by_one(line: str, out: list[Hyp]) -> list[Hyp]:
    """Where a line marks the hypotheses it keeps ("yes please </s> .1575 (kept), yes please now
    .0175"), the marks decide, even under a candidates word. Marks one by one keep each its own
    hypothesis; a line's only mark, or one that says "both" or "all", keeps every one since the
    previous mark or the last keep or candidates word ("a cat .36, the dog .2 (both kept)"). The same
    step's other hypotheses from the first marked one on, with no keep word of their own, are
    candidates the line did not keep."""
    marks = [
        (h, end) for h in out if h.role in ("kept", "candidate") and (end := _kept_mark(line, h)) is not None
    ]
    if not marks:
        return out

    def opening(
        column: int,
    ) -> int:  # where the listing a hypothesis belongs to starts: not before its sentence
        words = (
            *KEEP.finditer(line, 0, column),
            *candidate_words(line, 0, column),
            *_SENTENCE_END.finditer(line, 0, column),
        )
        return max([m.end() for m in words], default=0)

    lengths = {len(h.tokens) for h, _ in marks}
    region = opening(marks[0][0].span.column - 1)
    covered: set[int] = set()
    previous = region
    for h, end in marks:
        start = h.span.column - 1
        if len(marks) == 1 or _COLLECTIVE.search(line, h.span.end_column - 1, end):
            since = max(previous, opening(start))
            covered |= {
                id(g)
                for g in out
                if since <= g.span.column - 1 <= start
                and len(g.tokens) in lengths
                and not _DROPPED.match(line, g.span.end_column - 1)  # "the car .1 dropped" stays so
            }
        covered.add(id(h))
        previous = end

    def unmarked(h: Hyp) -> bool:
        start = h.span.column - 1
        last = max([end for _, end in marks if end <= start], default=region)
        return (
            h.role == "kept"
            and id(h) not in covered
            and start >= region
            and len(h.tokens) in lengths
            and not KEEP.search(line, last, start)
        )

    return [
        replace(h, role="kept")
        if h.role == "candidate" and id(h) in covered
        else replace(h, role="candidate")
        if unmarked(h)
        else h
        for h in out
    ]


# a line a remark's label opens ("Check: … "I am </s>" does occur in the corpus …, so this is a sensible output"):
# said beside the answer, never its statement
_REMARK_LINE = re.compile(
    rf"^[\s>*_#-]*(?:{lexicon.alternation(meanings.REMARK, regex=True)})\s*(?:\*\*|__)?\s*[:：]", re.I
)


def states_result(line: str) -> bool:
    """The line states the search's result. One that only leads on from the line before ("→ keep
    yes </s> and yes please", "so we keep a cat") and keeps hypotheses gives a step's choice; a remark's
    line states none."""
    if not _FINAL.search(line) or _REMARK_LINE.match(line):
        return False
    return not (KEEP.search(line) and not _FINAL.search(_LEAD_ON.sub(lambda m: " " * len(m[0]), line)))


def result_start(line: str) -> int | None:
    """Where a line's statement of the search's result begins (None if it states none): its start,
    unless only a later sentence or clause states it, when the ones before it are read as a line of
    their own ("Beam = {a cat: 0.36, the dog: 0.20}. Beam search returns a cat": a step's beam, then
    the result)."""
    if not states_result(line):
        return None
    starts = [0] + [m.end() for m in CLAUSE_END.finditer(line)]
    ends = starts[1:] + [len(line)]
    return next((a for a, b in zip(starts, ends, strict=True) if states_result(line[a:b])), 0)


_QUOTE_MARKS = frozenset("\"'`“”‘’«»")


def _in_sentence(
    items: list[_Item], start: int, vocabulary: frozenset[str], past_quotes: bool = False
) -> bool:
    """The token straight after an ordinary word ("is now"), not after a label or punctuation; past
    its opening quote marks too where asked ("to a near-certain "cat"": a word named, not listed), where
    a copula or a score's filler word before the quotes still states it ("the best is "the"")."""
    before = [it for it in items if it.end <= start]
    quoted = False
    while past_quotes and before and before[-1].kind == "other" and before[-1].text in _QUOTE_MARKS:
        before.pop()
        quoted = True
    if not before or before[-1].kind != "word" or before[-1].text in vocabulary:
        return False
    if _UNSPACED_LETTER.fullmatch(before[-1].text):
        return False  # a token of another script in a Chinese, Japanese or Korean sentence is named, not used
    word = before[-1].text.lower()
    return word not in _LEADS and not (quoted and word.rstrip(".") in _FILLER)


# what parts the picks of a path listed in order: a comma (after a pick's bracketed probability), and before
# the last pick a word that says it comes next ("I (2/3), am (2/3), then </s>", "I, am und dann </s>")
_LIST_COMMA = re.compile(r"[\s)\]]*,\s*")
_LIST_THEN = re.compile(rf"[\s)\]]*,?\s*{_ANY(w.THEN)}\s*", re.I)
MAX_LISTED = 12  # picks of one path listed in order


def _written_out(out: list[Hyp], spelt: list[Hyp]) -> list[Hyp]:
    """Where the line writes a path spelt by its picks out whole after them ("the (0.6), then cat (0.7) →
    "the cat", P = 0.42"), the picks were steps of it: the whole one stands for the path (greedy's if
    the picks were)."""
    for h in spelt:
        later = next((g for g in out if g.tokens == h.tokens and g.span.column > h.span.column), None)
        if later is not None:
            at = out.index(later)
            out[at] = replace(later, greedy=later.greedy or h.greedy)
            out = [g for g in out if g is not h]
    return out


def _listed_picks(line: str, out: list[Hyp], start: int) -> int:
    """How many hypotheses read last on the line are picks listed in order before the one read now (from
    `start`), a word that says it comes next ("then") standing just before it: one token each, parted by
    commas only, each with its conditional in brackets or none. 0 if none are."""
    if (
        not out
        or not _pick(line, out[-1])
        or not _LIST_THEN.fullmatch(line, out[-1].span.end_column - 1, start)
    ):
        return 0
    count = 1
    while count < min(len(out), MAX_LISTED):
        before, after = out[-count - 1], out[-count]
        gap = line[before.span.end_column - 1 : after.span.column - 1]
        if not _pick(line, before) or not _LIST_COMMA.fullmatch(gap):
            break
        count += 1
    return count


def _pick(line: str, h: Hyp) -> bool:
    """One token with its conditional in brackets, or none ("am (2/3)", "am"): as a path's pick is written,
    not as a beam lists its hypotheses with their scores ("yes 0.5, no 0.3")."""
    return len(h.tokens) == 1 and (h.score is None or "(" in line[h.span.column - 1 : h.span.end_column - 1])


def _quoted_sequence(items: list[_Item], i: int, vocabulary: frozenset[str]) -> bool:
    """A quotation of more than one token opens here ("“I am </s>”"): a whole sequence, as a result is
    quoted, not one token quoted as a path's next pick ("→ "am" →")."""
    if i >= len(items) or items[i].text not in _QUOTE_MARKS:
        return False
    tokens = 0
    for it in items[i + 1 :]:
        if it.kind == "word" and (it.text in vocabulary or it.text in (BOS, EOS)):
            tokens += 1
        elif it.text in _QUOTE_MARKS:
            return tokens > 1
        else:
            return False
    return False


def _colon_at(items: list[_Item], i: int) -> bool:
    """A colon comes next: what stands before it labels what follows."""
    return i < len(items) and items[i].kind == "colon"


def _arrow_follows(items: list[_Item], i: int) -> bool:
    """A path goes on from here: "cat (0.4) -> sat"."""
    while i < len(items) and items[i].kind in ("open", "close"):
        i += 1
    return i < len(items) and items[i].kind == "arrow"


def _word_follows(items: list[_Item], i: int) -> bool:
    """An ordinary word (not a score's filler) comes straight after a run: it is part of a sentence."""
    return (
        i < len(items)
        and items[i].kind == "word"
        and items[i].text.lower().rstrip(".") not in _FILLER
        and not _UNSPACED_LETTER.fullmatch(items[i].text)  # a particle after it (cat が, cat 가) is its own
    )


def _next_cell_number(items: list[_Item], j: int, vocabulary: frozenset[str]) -> int:
    """In a table row, where the first number of a later cell stands, before the next sequence
    (len(items) if there is none)."""
    piped = False
    for k in range(j, len(items)):
        it = items[k]
        if it.kind == "word" and it.text in vocabulary:
            break
        piped = piped or it.kind == "pipe"
        if it.kind == "num" and piped:
            return k
    return len(items)


def _counts(items: list[_Item], j: int, vocabulary: frozenset[str]) -> bool:
    """A whole number followed by an ordinary word ("3 tokens", "2 steps") counts things: no score."""
    after = items[j + 1] if j + 1 < len(items) else None
    return (
        re.fullmatch(r"\d+", items[j].text) is not None
        and after is not None
        and after.kind == "word"
        and after.text.lower().rstrip(".") not in _FILLER
        and after.text not in vocabulary
        and after.start - items[j].end <= 1
    )


def _score_next(item: _Item) -> bool:
    """A comma between a sequence and what follows it is not a list's comma: "a cat, P = 0.36"."""
    return item.kind == "num" or item.kind == "word" and item.text.lower().rstrip(".") in _FILLER


def _orphan_chain(items: list[_Item], i: int) -> tuple[Number | None, tuple[float, ...], int] | None:
    """A chain later on the line that belongs to no run (": P = 0.5 × 0.4 = 0.20"), if any."""
    while i < len(items):
        it = items[i]
        if it.kind == "comma" and i + 1 < len(items) and _score_next(items[i + 1]):
            pass
        elif (
            it.kind == "word"
            and it.text.lower().rstrip(".") not in _FILLER
            or it.kind in ("comma", "arrow")
            or it.text in _COMPARES  # "cat (0.7 > 0.3)": the number after the sign is the rival pick's
        ):
            return None
        if it.kind == "num":
            return _chain(items, i)
        i += 1
    return None


_COMES_TO = frozenset(
    ["so", "thus", "hence", "therefore", "giving", "overall", "product", "together", "altogether"]
)


def value_after(line: str, column: int) -> Number | None:
    """The value written straight after this column past an arrow, equals or a filler word, before any
    token ("cat (0.7) -> 0.42", "down (0.3), P = 0.048"): what a path of picks comes to; None if none."""
    items = [it for it in lex(plain(line)) if it.start >= column]
    i = 0
    while i < len(items) and (
        items[i].kind in ("arrow", "eq", "colon", "close", "comma")
        or items[i].kind == "word"
        and items[i].text.lower().rstrip(".") in _FILLER | _COMES_TO
    ):
        i += 1
    return _chain(items, i)[0] if i < len(items) and items[i].kind == "num" else None


def labelled_value(line: str) -> tuple[Number, int, int] | None:
    """The value of a line that gives one number under a label and no sequence ("P = 0.6 × 0.7 = 0.42",
    "Probability of greedy output = 0.042"): the last side of the chain after its first equals sign,
    with the columns (from 0) where the chain starts and ends."""
    items = lex(plain(line))
    eq = next((k for k, it in enumerate(items) if it.kind == "eq"), None)
    if eq is None or any(it.kind == "num" for it in items[:eq]) or eq + 1 >= len(items):
        return None
    value, _, k = _chain(items, eq + 1) if items[eq + 1].kind == "num" else (None, (), 0)
    return None if value is None else (value, items[eq + 1].start, items[k - 1].end)


def _dash_between(item: _Item, line: str) -> bool:
    """A dash with a space on each side: it sets a score apart, it is no minus sign."""
    return (
        item.kind == "other"
        and item.text in "-—–"
        and line[item.start - 1 : item.start] == " "
        and line[item.end : item.end + 1] == " "
    )


# what stands between a step's pick and its conditional: quotes, emphasis and an opening bracket
_BRACKETED = re.compile(r"[\s`'\"*_]*[(\[][\s`'\"*_]*")


def _score_start(items: list[_Item], line: str, after: int) -> int:
    """Where the first number after a column starts (the line's end if none)."""
    return next((it.start for it in items if it.kind == "num" and it.start >= after), len(line))


def _quoted(line: str, column: int) -> bool:
    return column > 0 and line[column - 1] in "\"'`[({⟨“‘"


def _compared(items: list[_Item], start: int, end: int) -> bool:
    """A comparison sign or word (>, <, ≥, vs) stands between these columns."""
    return any(it.text.lower() in _COMPARES and start <= it.start < end for it in items)


def _arrow_between(items: list[_Item], start: int, end: int) -> bool:
    return any(it.kind == "arrow" and start <= it.start < end for it in items)


def _inside_brackets(line: str, column: int) -> bool:
    """Inside [the, cat], or a tuple given as a value (y = (a, cat)): commas there join tokens."""
    before = line[:column]
    if before.count("[") > before.count("]"):
        return True
    opened = before.rfind("(")
    return opened > before.rfind(")") and before[:opened].rstrip()[-1:] in ("=", ":")


# A heading: a Markdown one ("## Find"), a bold label ("**Given:**") or a short label and its colon
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*(?P<md>[^\W\d_][^:*#]{0,30}?)\s*:?\s*$|[*_]{0,2}\s*(?P<lab>[^\W\d_][^:*|]{0,30}?)\s*[*_]{0,2}\s*:\s*[*_]{0,2})"
)
_ANSWERED = re.compile(rf"\b(?:{_ANY(meanings.ANSWER_LABEL)}|solution)\s*:", re.I)
# headings under which the question is restated, not answered
_STATEMENT = re.compile(
    r"(?:given|find|to find|question|problem|task|asked|required|wanted|known|data|goal)", re.I
)


# A fenced block of program source: tagged with a programming language, or untagged and opening as
# a program does (an import, a definition). Its lines are the student's code, not a beam written out:
# a string literal "</s>" in a comparison is no hypothesis. What the program printed (an untagged
# block, a plain-text one, or the lines of an interactive session without its prompt) is read.
_FENCE = re.compile(r"^\s*(?:```+|~~~+)\s*(?P<info>[\w+#.-]*)")
_LANGUAGES = frozenset(
    re.findall(
        r"\S+",
        "python py python3 py3 ipython pycon javascript js typescript ts java c cpp c++ csharp cs go rust rs "
        "julia jl r ruby rb matlab octave haskell hs scala kotlin swift lua perl php",
    )
)
_OPENS_PROGRAM = re.compile(
    r"^\s*(?:import\s+\w|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|function\s+\w+\s*\("
    r"|#include\b|fn\s+\w+\s*\()"
)
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)(?:\s|$)|^\s*In\s*\[\d*\]:")  # an interactive session's input


# A line that is only a heading: Markdown ("## …"), wholly bold or italic ("**…**"), a LaTeX sectioning
# or bold command, or a label that ends its line ("Greedy decoding:")
_HEADING_FORM = re.compile(
    r"^\s*(?:(?P<strong>#{1,6}\s|(?P<em>[*_]{1,3})[^*_].*?(?P=em)\s*:?\s*$"
    r"|\\(?:(?:sub)*section\*?|paragraph|textbf)\s*\{.*\}\s*:?\s*$)|[^:]*:\s*$)"
)
# the words of a heading that names greedy search's run and nothing else ("## Step 1 – Greedy decoding",
# "**Greedy search**", "Greedy output and its probability:"); "## Why greedy fails" is no such heading
_GREEDY_RUN_WORDS = frozenset(
    re.findall(
        r"\S+",
        "greedy greedy's search decoding decode decoder output result run running sequence path answer "
        "method algorithm approach solution choice choices pick picks step steps part first the its and "
        "with of probability",
    )
)


def names_greedy_run(line: str) -> bool:
    """The line is a heading that names greedy search's run: what follows it, up to the next heading,
    is greedy's work."""
    if _HEADING_FORM.match(line) is None:
        return False
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’]*", plain(line))]
    words = [w.replace("’", "'") for w in words if len(w) > 1]  # numbering ("a)", "1.") is no word
    return any(w.startswith("greedy") for w in words) and all(w in _GREEDY_RUN_WORDS for w in words)


# Data typed as code outside a fence: a variable assigned a mapping of mappings (the conditional table,
# `cond = {'the': {'dog': 0.4, …}, …}`, R's `list(the = list(dog = 0.4))`) or a comprehension that builds
# the candidates (`{f"{a} {b}": p * q for a, p in beam.items() …}`): the problem's data or the program's
# text, no beam step. What the program printed is read.
_DATA_CODE = re.compile(
    r"^\s*[A-Za-z_][\w.]*\s*(?:=|<-)\s*(?:\{[^{}]*?:\s*\{|list\([^()]*?=\s*list\(|(?P<c>[\[{(]))"
)
_FOR_IN = re.compile(r"\bfor\b")
_IN = re.compile(r"\bin\b")


def _data_code(line: str) -> bool:
    """The line assigns data typed as code or builds a comprehension (one pass over the line)."""
    m = _DATA_CODE.match(line)
    if m is None or m["c"] is None:
        return m is not None
    loop = _FOR_IN.search(line, m.end())
    return loop is not None and _IN.search(line, loop.end()) is not None


def source_lines(lines: tuple[str, ...]) -> frozenset[int]:
    """The numbers (from 1) of the lines that are program source inside fenced code blocks, and of the
    lines outside them that type the data or build the candidates as code."""
    out: set[int] = {k + 1 for k, line in enumerate(lines) if _data_code(line)}
    n = 0
    while n < len(lines):
        fence = _FENCE.match(lines[n])
        if fence is None:
            n += 1
            continue
        close = next((k for k in range(n + 1, len(lines)) if _FENCE.match(lines[k])), len(lines))
        body = range(n + 1, close)
        first = next((lines[k] for k in body if lines[k].strip()), "")
        if fence["info"].lower() in _LANGUAGES or not fence["info"] and _OPENS_PROGRAM.match(first):
            session = any(_PROMPT.match(lines[k]) for k in body)
            # in an interactive session only the prompted lines are source; the others are its output
            out.update(k + 1 for k in body if not session or _PROMPT.match(lines[k]))
        n = close + 1
    return frozenset(out)


# A branch of a search tree drawn in plain text: a junction and its dashes ("├──", "└─", "─┬─", "+--", "|--",
# "`--", "\\--") before a child node. The junction's column ties the branches of one parent together.
_BRANCH = re.compile(
    r"(?P<j>[├└┬┼╰╟╙┣┗])[─━-]+[─━┬-]*|[─━]+(?P<k>[┬┼])[─━]*|(?<![^\s│|])(?P<a>[|+`\\])-{2,}(?=\s*(?:[^\W\d]|<))"
)
_VERTICAL = frozenset("│┃║|├┬┼┣╟")  # what stands at a junction's column on a line between two branches


@dataclass
class _Tree:
    """The search tree drawn so far: for each branch (line, junction column) the path it hangs from, and
    for each line its nodes (column, path), so that a child's hypothesis is its whole path."""

    parents: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    nodes: dict[int, list[tuple[int, tuple[str, ...]]]] = field(default_factory=dict)
    text: dict[int, str] = field(default_factory=dict)

    def paths(self, line: str, n: int, found: list[Hyp], vocabulary: frozenset[str]) -> list[Hyp]:
        """The line's hypotheses with each child under a branch given its whole path ("yes ├── </s> 0.2"
        and "    └── please 0.175" below it are "yes </s>" and "yes please"); the parent's own label
        before a branch is no hypothesis of this step (it was kept at the step before)."""
        self.text[n] = line
        branches = [m for m in _BRANCH.finditer(line) if _TABLE_BORDER.match(line) is None]
        if not branches:
            return found
        out = [h for h in found if h.span.column - 1 >= branches[0].start()]
        for k, m in enumerate(branches):
            column = m.start(m.lastgroup or 0)
            parent = self._parent(line[: m.start()], n, column, vocabulary)
            if parent is None:
                continue
            self.parents[(n, column)] = parent
            stop = branches[k + 1].start() if k + 1 < len(branches) else len(line)
            child = next((h for h in out if m.end() <= h.span.column - 1 < stop), None)
            if child is None:
                continue
            path = child.tokens if child.tokens[: len(parent)] == parent else parent + child.tokens
            self.nodes.setdefault(n, []).append((child.span.column - 1, path))
            out = [replace(h, tokens=path, drawn=True) if h is child else h for h in out]
        return out

    def _parent(self, before: str, n: int, column: int, vocabulary: frozenset[str]) -> tuple[str, ...] | None:
        """The path a branch at this column hangs from: the label before it on its line (the root if that
        label is no token, as the prompt "x" is), else the parent of the branch above it at the same
        column, else the node above it ending at that column; None if the drawing does not say."""
        if _WORD.search(before):
            return _label_path(before, vocabulary)
        for k in range(n - 1, max(n - 60, 0), -1):
            if (k, column) in self.parents:
                return self.parents[(k, column)]
            above = self.text.get(k, "")
            if column < len(above) and above[column] in _VERTICAL:
                continue
            # the node written over the branch's column: a child drawn before, else a label (the root "x")
            words = [m for m in _WORD.finditer(above) if m.start() <= column]
            if not words:
                return None
            drawn = dict(self.nodes.get(k, []))
            start = words[-1].start()
            return drawn[start] if start in drawn else _label_path(above[: words[-1].end()], vocabulary)
        return None


_WORD = re.compile(rf"</?s>|[^\W\d][\w'’{WORD_MARKS}-]*")


def _label_path(text: str, vocabulary: frozenset[str]) -> tuple[str, ...]:
    """The path a node's label names: the tokens that end it ("yes please ├──"); the root, (), where its
    last word is no token (the prompt "x")."""
    tail: list[str] = []
    for word in reversed(_WORD.findall(text)):
        if word not in vocabulary:
            break
        tail.insert(0, word)
    return tuple(tail)


_UNSPACED_LETTER = re.compile(f"[{UNSPACED}]")
_TABLE_BORDER = re.compile(r"^\s*[+|]?[-=+|:\s]*$")  # a table's border or rule ("+----+----+", "|---|---|")


_WORD_CHARS = re.compile(r"[^\W\d_][\w'’-]*")


def _vocabulary_cased(lines: tuple[str, ...], vocabulary: frozenset[str]) -> tuple[str, ...]:
    """The lines with a word that is a token of the vocabulary in another case ("a Cat", autocorrect's
    capital; "THE DOG") written as the token, where only one token has those letters; column for column.
    A capital opening a sentence is the sentence's ("The rest: …"), unless a token or a number follows
    ("The dog 0.20")."""
    folded: dict[str, str | None] = {}
    for token in vocabulary:
        key = token.lower()
        folded[key] = None if key in folded else token

    def cased(m: re.Match[str]) -> str:
        word = m.group()
        token = folded.get(word.lower()) if word not in vocabulary else None
        if token is None or len(token) != len(word):
            return word
        before, after = m.string[: m.start()].rstrip(" \t*_\"“'‘("), m.string[m.end() :].lstrip()
        opens = not before or before[-1] in ".!?:;"
        if opens and word[1:] != word[1:].upper():  # "The" opening a sentence: a token only before one
            following = _WORD_CHARS.match(after)
            token_next = following is not None and following.group().lower() in folded
            if not token_next and not after[:1].isdigit():
                return word
        return token

    return tuple(_WORD_CHARS.sub(cased, line) for line in lines)


# a Georgian or Armenian case ending written onto a token with a hyphen ("a cat-ს", "the dog-ը", "</s>-ի"):
# not part of the token, blanked column for column
_CASE_ENDING = re.compile(r"(?<=[A-Za-z0-9>\"'”’)\]])-[\u0531-\u0587\u10d0-\u10ff]+")


def read(text: str, vocabulary: frozenset[str]) -> Reading:
    """Every hypothesis and score one can read in an answer, and its yes/no (for greedy_is_best)."""
    # 0,36 is 0.36 and `0.4 times 0.4` is 0.4 × 0.4, column for column
    written = markup_signs(decimal_commas(normalise(text)))
    written = [_CASE_ENDING.sub(lambda m: " " * len(m.group()), line) for line in written]
    # print("Answer: a cat") is its text, in its columns; its echo is blanked (grader.maths.notebook)
    spacing = spaced(
        read_notebook(written)
    )  # "第1步：保留前两个。the 0.5" read as "第 1 步 : 保 留 前 两 个 . the 0.5"
    source = source_lines(tuple(spacing.lines))
    lines = _vocabulary_cased(
        tuple(spoken_lines(list(spacing.lines), values=True)), vocabulary
    )  # "point three six" is 0.36, "a Cat" is "a cat", column for column
    lines = _keep_columns_marked(lines)  # "| a | 0.4 | yes |" under "kept?": "| a | 0.4 | ✓   |"
    hyps: list[Hyp] = []
    said: list[tuple[int, str, int]] = []
    listing = False  # inside a list of candidates under a heading
    runs_on = False  # the line above lists candidates and ends with a comma: its list goes on
    block = blocks = False  # inside a block of lines that gives a step's beam; any such block
    skipped: list[int] = []
    pending: int | None = None  # a final sequence still without its probability
    product: int | None = None  # a sequence whose score is a product written without its result
    stating = False  # under a heading that restates the question ("## Find"), until a blank line
    section = sections = 0  # the greedy-headed section the line is in (from 1; 0 if none); how many
    strong = False  # that section's heading is a Markdown, bold or LaTeX one, not a label
    # (line, where its step starts on it): its group, lengths it ticks, marks any
    marked: dict[tuple[int, int], tuple[int, frozenset[int], bool]] = {}
    group = 0  # a paragraph, table or list: lines between blank lines, headings and steps' openings
    tree = _Tree()  # a search tree drawn with branches: each node's path from the root
    for n, at, line in _segments(lines, source):
        if not line.strip() or line.lstrip().startswith("#") or _STEP_MARK.search(line) and "|" not in line:
            group += 1
        if n in source:
            continue  # a program's text: what it prints is read, not its literals
        if len(line) > MAX_LINE:
            skipped.append(n)
            continue
        heading = _HEADING_FORM.match(line)
        if heading is not None and names_greedy_run(line):
            sections += 1
            section, strong, stating = sections, heading["strong"] is not None, False
            continue  # the heading names greedy's run: it gives no sequence of its own
        # a Markdown, bold or LaTeX heading's section ends at the next such heading; a label's ("Greedy
        # search:") at the next label or a blank line
        if heading is not None and (heading["strong"] or not strong) or not line.strip() and not strong:
            section = 0
        label = _HEADING.match(line)
        if label is not None or not line.strip():
            name = (label["md"] or label["lab"] or "") if label is not None else ""
            stating = _STATEMENT.fullmatch(name.strip()) is not None
            if stating and label is not None and label.end() < len(line.rstrip()):
                stating = False  # "Find: greedy's output": this line only states the question,
                if not _ANSWERED.search(line, label.end()):  # unless it answers it ("… Answer: no")
                    continue
        if stating:
            continue  # the question restated ("Generated sequence and its probability") is no answer
        raw = line
        line = _CONDITIONAL.sub(lambda m: _given_blanked(m, vocabulary), plain(line))
        line = _COUNT_OF.sub(lambda m: _count_blanked(m, vocabulary), line)
        line = _REMARK.sub(lambda m: _listing_blanked(m, vocabulary), line)
        line = row_ref_blanked(line)  # "Ref 3": a row's name, no number
        found = tree.paths(line, n, _read_line(line, n, vocabulary), vocabulary)
        if line_verdict(line) is not None:
            section = 0  # the answer's yes or no is given: greedy's run is over
        if section:
            found = [replace(h, section=section) for h in found]
        boxes = boxed(raw)  # a boxed sequence is given as the answer, as on a line that says so
        found = [replace(h, role="final") if _in_box(h, boxes) else h for h in found]
        if found and found[-1].score is None:
            found[-1] = _labelled_later(line, found[-1], vocabulary)
        if product is not None and not found and n - hyps[product].span.line <= _SCORE_BELOW:
            worked = _worked_out(line, hyps[product], lines[hyps[product].span.line - 1], n)
            if worked is not None:
                hyps[product] = worked
                product = None
        elif found:
            product = None
        if pending is not None and not found and n - hyps[pending].span.line <= _SCORE_BELOW:
            items = lex(line)
            scored = _orphan_chain(items, 0)
            if scored is not None and scored[0] is not None:
                # where the value stands: the chain's last number, on this line below its sequence
                value = next(it for it in reversed(items[: scored[2]]) if it.kind == "num")
                at = Span(n, value.start + 1, n, value.end + 1)
                hyps[pending] = replace(hyps[pending], score=scored[0], summed=scored[1], score_span=at)
                pending = None
            elif hyps[pending].greedy and (labelled := labelled_value(line)) is not None:
                # greedy's path, its value on a labelled line of its own below ("P(greedy) = 0.6 × 0.7 = 0.42")
                at = Span(n, labelled[1] + 1, n, labelled[2] + 1)
                hyps[pending] = replace(hyps[pending], score=labelled[0], score_span=at)
                pending = None
        elif found:
            pending = None
        if not found and line.rstrip().endswith(":") and _candidates_head(line):
            listing = True
        elif listing and (
            not line.strip() or KEEP.search(line) or _FINAL.search(line) or _STEP_MARK.search(line)
        ):
            listing = False
        if listing:
            found = [replace(h, role="candidate") if h.role == "kept" else h for h in found]
        if runs_on:  # the candidates listed above run on to this line, up to its first sentence end
            stop = min(
                [m.start() for m in (_SENTENCE_END.search(line), KEEP.search(line)) if m] + [len(line)]
            )
            found = [
                replace(h, role="candidate") if h.role == "kept" and h.span.column <= stop else h
                for h in found
            ]
        found, ticked, any_mark = _own_marks(line, found)
        if found:
            marked[(n, at)] = (group, ticked, any_mark)
        # a list of candidates that ends its line with a comma goes on on the next line
        runs_on = bool(found) and found[-1].role == "candidate" and line.rstrip().endswith(",")
        # what a line gives before its result is a step's beam if a step is open or it opens one
        result_at = result_start(line)
        actual = _actual(line, found)  # "… might have stayed with a wider beam" opens no step
        head = bool(result_at) and (block or bool(_BLOCK_START.search(actual[:result_at])))
        blocks = blocks or head
        # a line that states the result ("Beam search returns …") closes the steps, unless it names one
        drawn = any(h.drawn for h in found)  # a tree's branch lists its node as a step's line does
        if (_BLOCK_START.search(actual) or drawn) and not (
            states_result(line) and not _STEP_MARK.search(line)
        ):
            block = True
            blocks = True
        elif not line.strip() or states_result(line):
            block = False
        if not (head if result_at else block):
            found = [replace(h, role="loose") if h.role == "kept" else h for h in found]
        hyps.extend(found)
        if found and all(h.score is None for h in found):
            pending = len(hyps) - 1  # its probability may follow on its own line (display maths)
        if found and found[-1].score is not None and _factors(line, found[-1]):
            product = len(hyps) - 1  # its product, written unworked, may be worked out on the rows below
        answer = line_verdict(line)
        if answer is not None:
            said.append((_stating(line), answer, n))
    # the last yes or no said where the answer is stated, an answer's label ("Resp.: yes") before a result's
    # name ("… nothing beats the greedy output"); else the first said
    surest = max((s[0] for s in said), default=0)
    verdict = ([s for s in said if s[0] == surest][-1] if surest else said[0])[1:] if said else None
    hyps = _unmarked_dropped(lines, hyps, marked)
    # Where the answer marks its steps, a sequence mentioned outside them ("the cat, 0.175, is
    # lower") is not part of a beam; where it marks none, every sequence listed may be.
    role = "computed" if blocks else "kept"
    hyps = [replace(h, role=role) if h.role == "loose" else h for h in hyps]
    retractions = retraction_lines(lines)
    return Reading(
        lines,
        tuple(_redone(hyps, retractions)),
        verdict,
        tuple(skipped),
        tuple(sorted(source)),
        spacing,
        tuple(written),
        retractions,
    )


# a table column that says whether each row's hypothesis is kept: its header a keep word or "in (the) beam",
# asked or not ("kept?", "Keep", "in beam?", "¿conservada?", "behalten?")
_KEEP_HEADER = re.compile(rf"[*_¿\s]*(?:{_ANY(w.KEEP, w.KEPT)}|in\s+(?:the\s+)?{_ANY(w.BEAM)})[*_?\s]*", re.I)
_YES_CELL = re.compile(rf"[*_\s]*{_YES_WORD}[*_.!\s]*", re.I)
_NO_CELL = re.compile(rf"[*_\s]*{_NO_WORD}[*_.!\s]*", re.I)


def _keep_columns_marked(lines: tuple[str, ...]) -> tuple[str, ...]:
    """A Markdown table whose column says row by row whether the hypothesis is kept (header "kept?", cells
    yes/no in any language): each yes written as the tick and each no as the cross that say so, column for
    column, so the rows it does not keep are candidates considered, not the beam."""
    out = list(lines)
    tables: list[list[int]] = []  # each table's rows, in order
    for n, line in enumerate(lines):
        if line.lstrip().startswith("|"):
            if not tables or tables[-1][-1] != n - 1:
                tables.append([])
            tables[-1].append(n)
    for head, *rows in tables:
        body = [lines[n].split("|") for n in rows if not _TABLE_RULE.fullmatch(lines[n])]
        for k, cell in enumerate(lines[head].split("|")):
            said = [row[k] for row in body if k < len(row) and row[k].strip()]
            # the column says yes or no on every row (a column headed "kept" that lists the kept hypotheses,
            # "yes please", is no such column)
            if (
                not said
                or not _KEEP_HEADER.fullmatch(cell)
                or not all(_YES_CELL.fullmatch(c) or _NO_CELL.fullmatch(c) for c in said)
            ):
                continue
            for n in rows:
                cells = out[n].split("|")
                if k < len(cells) and cells[k].strip() and not _TABLE_RULE.fullmatch(lines[n]):
                    word = len(cells[k]) - len(cells[k].lstrip())
                    mark = "✓" if _YES_CELL.fullmatch(cells[k]) else "✗"
                    cells[k] = cells[k][:word] + mark + " " * (len(cells[k]) - word - 1)
                    out[n] = "|".join(cells)
    return tuple(out)


_TABLE_RULE = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*")  # "|---|:--:|"


def _stating(line: str) -> int:
    """How surely a line states the answer: 2 under an answer's label ("Answer:", "Resp.:"), 1 naming the
    search's result or concluding (_FINAL), else 0."""
    return 2 if ANSWER_LABEL.match(line) else 1 if _FINAL.search(line) else 0


_STEP_ROLES = ("kept", "candidate")


def _redone(hyps: list[Hyp], retractions: tuple[int, ...]) -> list[Hyp]:
    """A step written again after the student takes back work ("oops, I only expanded "the". Redo step 2:")
    replaces the same step written before it: a beam's hypotheses of a length listed again below a
    retraction are withdrawn above it, neither charged nor credited. A finished sequence named again below
    ("EDIT: … yes </s>: -1.609/2") is compared, not a step redone."""
    for at in retractions:
        again = {
            len(h.tokens)
            for h in hyps
            if h.span.line > at and h.role in _STEP_ROLES and h.tokens[-1:] != (EOS,)
        }
        hyps = [
            h for h in hyps if not (h.span.line < at and h.role in _STEP_ROLES and len(h.tokens) in again)
        ]
    return hyps


# a step's label that opens a sentence in the middle of a line ("… (maybe 0.2 out). step 2 cands: …",
# "… 0.3. Schritt 2: …"), in any language the tables know: the step starts there, as on a line of its own
_STEP_LABEL = re.compile(_ANY_STEP_LABEL, re.I)


def _segments(lines: tuple[str, ...], source: frozenset[int]) -> list[tuple[int, int, str]]:
    """Each line (numbered from 1) to read, with where it starts on its line: a line whose sentences open
    steps in its middle is read as one line per step, each blanked but for its part, so columns stay the
    line's own (grader.core.pieces). A program's line, a table's row or a line too long to read stays
    whole."""
    out: list[tuple[int, int, str]] = []
    for n, line in enumerate(lines, start=1):
        if n in source or len(line) > MAX_LINE or line.lstrip().startswith("|"):
            out.append((n, 0, line))
            continue
        pieces = cut_at_labels([line], lambda sentence: _STEP_LABEL.match(sentence) is not None)
        cut = len(pieces.lines) > 1
        out += [(n, at, text.rstrip() if cut else text) for text, at in zip(pieces.lines, pieces.start)]
    return out


# A calculation sheet's row reference opening a line ("Ref 3  …", "| Ref. 2 | …"): it names the row, its
# number is no value
_ROW_REF = re.compile(r"^(?P<bar>\s*\|)?\s*Ref\.?\s*\d+(?:\.\d+)*[a-z]?(?P<sep>\s*\|)?(?=\s|$)", re.I)


def row_ref_blanked(line: str) -> str:
    """The line with its row reference blanked, column for column, and the column's bar after it where
    no bar opens the line ("Ref 2 | …" reads as "S2 | …" does, not as a table's row)."""
    m = _ROW_REF.match(line)
    if m is None:
        return line
    end = m.end() if m["bar"] is None or m["sep"] is None else m.start("sep")
    keep = m.end("bar") if m["bar"] else 0
    return line[:keep] + " " * (end - keep) + line[end:]


_TIMES = frozenset(["×", "*", "·", "\\times", "\\cdot", "x"])


def _factors(line: str, h: Hyp) -> tuple[float, ...]:
    """The factors of h's score where it is a product written without its result ("dog barked loudly
    = .3 x .6 x .3"): () if it is a number or a chain that comes to a value."""
    items = [it for it in lex(line) if h.span.column - 1 <= it.start < h.span.end_column - 1]
    first = next((k for k, it in enumerate(items) if it.kind == "num"), None)
    if first is None:
        return ()
    chain = items[first:]
    ops = [it for it in chain if it.kind in ("op", "word")]
    if any(it.kind == "eq" for it in chain) or not ops or any(it.text.lower() not in _TIMES for it in ops):
        return ()
    values = [n.value for it in chain if it.kind == "num" and (n := number(it.text)) is not None]
    return tuple(values) if len(values) >= 2 else ()


def _worked_out(line: str, h: Hyp, own: str, n: int) -> Hyp | None:
    """h with the value a row below works its unworked product out to (".3 x .6 = .12, x .3 = .036"
    under "dog barked loudly = .3 x .6 x .3"): the row opens on the product's first factors, and its last
    result (a number after an equals sign) is the value; None if the row does not work it out."""
    factors = _factors(plain(own), h)
    items = lex(line)
    nums = [k for k, it in enumerate(items) if it.kind == "num"]
    if not factors or not nums:
        return None
    opening: list[float] = []
    for it in items[nums[0] :]:
        if it.kind == "eq":
            break
        if it.kind == "num" and (v := number(it.text)) is not None:
            opening.append(v.value)
        elif not (it.kind in ("op", "open", "close") or it.kind == "word" and it.text.lower() == "x"):
            return None
    if len(opening) < 2 or tuple(opening) != factors[: len(opening)]:
        return None
    results = [k for k in nums if k > 0 and items[k - 1].kind == "eq"]
    if not results:
        return None
    last = items[results[-1]]
    value, summed, _ = _chain(items, results[-1])
    if value is None:
        return None
    return replace(h, score=value, summed=summed, score_span=Span(n, last.start + 1, n, last.end + 1))


_BRACKETED_REMARK = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _labelled_later(line: str, h: Hyp, vocabulary: frozenset[str]) -> Hyp:
    """The line's last sequence, with no score beside it, given the value a probability's label states
    later on its line ("<s> -> I -> am -> </s> (1/2, tie broken).  P = 4/9 * 1/2 = 2/9"): past remarks in
    brackets, with no other token of the vocabulary between them (else that token's is the value)."""
    start = h.span.end_column - 1
    rest = line[start:]
    closes = re.match(r"[^()]*\)", rest)  # the remark the score opened: "(1/2, tie broken to </s>)"
    if closes is not None and "(" in line[h.span.column - 1 : start]:
        rest = " " * closes.end() + rest[closes.end() :]
    rest = _BRACKETED_REMARK.sub(lambda m: " " * len(m[0]), rest)
    items = lex(rest)
    for k, it in enumerate(items):
        if it.kind == "word" and (it.text in vocabulary or it.text == BOS):
            return h
        if (
            it.kind == "word"
            and it.text.lower() in _PROB_NAMES | {"probability"}
            and k + 2 < len(items)
            and items[k + 1].kind == "eq"
            and items[k + 2].kind == "num"
        ):
            value, summed, end = _chain(items, k + 2)
            if value is None:
                return h
            last = next(x for x in reversed(items[:end]) if x.kind == "num")
            at = Span(h.span.line, start + last.start + 1, h.span.line, start + last.end + 1)
            return replace(h, score=value, summed=summed, score_span=at)
    return h


def _own_marks(line: str, found: list[Hyp]) -> tuple[list[Hyp], frozenset[int], bool]:
    """A line's hypotheses with the marks written beside them deciding: one with a tick, "(kept)" or a
    ticked box is kept (even under a candidates heading), every one after a cross that opens the line
    is dropped. Also the lengths of the hypotheses it marks kept, and whether it marks any at all."""
    lead = _LEADING_MARK.match(line)
    ticks = {
        id(h) for h in found if h.role in ("kept", "loose", "candidate") and _kept_mark(line, h) is not None
    }
    if lead is not None and lead["kept"]:
        ticks |= {id(h) for h in found if h.role in ("kept", "loose", "candidate")}
    crossed = lead is not None and bool(lead["dropped"])
    # one cross after all of a line's hypotheses, and no other mark on it ("- no thanks 0.15, yes indeed 0.125 ❌"):
    # said of every hypothesis on the line, as a cross opening it is
    marks = list(_MARK.finditer(line))
    last = max((h.span.end_column - 1 for h in found), default=len(line))
    if len(marks) == 1 and marks[0].group() in "✗✘❌" and marks[0].start() >= last and not ticks:
        crossed = True
    found = [
        replace(h, role="candidate")
        if crossed and h.role in ("kept", "loose")
        else replace(h, role="kept")
        if id(h) in ticks and h.role == "candidate"
        else h
        for h in found
    ]
    dropped = any(_DROPPED.match(line, h.span.end_column - 1) for h in found)
    ticked = frozenset(len(h.tokens) for h in found if id(h) in ticks)
    return found, ticked, bool(ticked) or crossed or dropped


def _unmarked_dropped(
    lines: tuple[str, ...], hyps: list[Hyp], marked: dict[tuple[int, int], tuple[int, frozenset[int], bool]]
) -> list[Hyp]:
    """Where a table or list marks the hypotheses it keeps row by row ("| a cat | 0.36 ✅ |"), a row
    with no mark at all, of a step it marks, is one it did not keep ("| the cat | 0.175 |"), unless a
    keep word on its own line keeps it ("Beam: …")."""
    ticked: dict[int, set[int]] = {}
    for group, lengths, _ in marked.values():
        ticked.setdefault(group, set()).update(lengths)

    def unmarked(h: Hyp) -> bool:
        at = max((a for n, a in marked if n == h.span.line and a < h.span.column), default=0)
        group, _, any_mark = marked.get((h.span.line, at), (0, frozenset(), True))
        line = plain(lines[h.span.line - 1])
        return (
            h.role in ("kept", "loose")
            and not any_mark
            and len(h.tokens) in ticked.get(group, ())
            and not KEEP.search(line, 0, h.span.column - 1)
        )

    return [replace(h, role="candidate") if unmarked(h) else h for h in hyps]


def _actual(line: str, found: list[Hyp]) -> str:
    """The line with each sentence that only says what would, could or might have been blanked, column
    for column ("The cat 0.175 might have stayed with a wider beam."): it tells of no step taken. A
    sentence that marks a step or keeps a hypothesis ("Step 2: keep a cat and the dog, which would be
    the top two") stays."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(line)]
    ends = starts[1:] + [len(line)]

    def hypothetical(a: int, b: int) -> bool:
        kept = any(h.role == "kept" and a <= h.span.column - 1 < b for h in found)
        return bool(_WOULD.search(line, a, b)) and not kept and not _STEP_MARK.search(line, a, b)

    return "".join(
        " " * (b - a) if hypothetical(a, b) else line[a:b] for a, b in zip(starts, ends, strict=True)
    )


def might_have_been(line: str, h: Hyp) -> bool:
    """Whether `h` is named in a sentence that only says what would, could or might have been ("(without
    normalisation "yes </s>" would have won)"): no result of the work."""
    column = h.span.column - 1
    return 0 <= column < len(line) and not line[column].isspace() and _actual(line, [])[column].isspace()


# a bracketed remark, perhaps a list of the tokens chosen from: "(keep top 2 of the, a, one)"
_REMARK = re.compile(r"\([^()]{1,160}\)")
_TOKEN_RUN = re.compile(rf"[^\W\d_][\w'</>{WORD_MARKS}-]*|</?s>")
_SCORE = re.compile(r"\d\s*[./]\s*\d|(?<!\w)\.\d|%")


def _listing_blanked(m: re.Match[str], vocabulary: frozenset[str]) -> str:
    """A bracketed remark that lists tokens of the vocabulary, comma by comma, without a score ("(keep
    top 2 of the, a, one)", "(from: the, a)") names the candidates chosen from, not a hypothesis kept: it
    is blanked. A remark with a score ("(one 0.1 dropped)", "(the 0.5, a 0.4)") stays, as does any other."""
    inside = m.group()[1:-1]
    if _SCORE.search(inside) is not None:
        return m.group()
    items = [part.strip() for part in re.split(r",|\b(?:or|and)\b", inside)]
    lead = _TOKEN_RUN.findall(items[0])
    listed = [part for part in items[1:] if part in vocabulary]
    # words before the list ("keep top 2 of the, …"); a bracket of tokens alone, "(a, cat)", is a sequence
    if len(lead) >= 2 and lead[-1] in vocabulary and listed and len(listed) == len(items) - 1:
        return " " * len(m.group())
    return m.group()


def _count_blanked(m: re.Match[str], vocabulary: frozenset[str]) -> str:
    """A count c(…) blanked, unless its letter is a token of the vocabulary (then it may be a sequence)."""
    return m.group() if m.group("name") in vocabulary else " " * len(m.group())


def _in_box(h: Hyp, boxes: list[tuple[int, int]]) -> bool:
    """The hypothesis is written inside a \\boxed{…}."""
    return any(a < h.span.column <= b for a, b in boxes)


def _given_blanked(m: re.Match[str], vocabulary: frozenset[str]) -> str:
    """A conditional blanked out, except P(a cat | x): a sequence given the prompt, whose
    probability is the answer's, keeps its sequence and loses only "| x"."""
    text = m.group()
    bar = re.search(r"\||\\mid\b|\bgiven\b", text)
    inside = text[text.index("(") + 1 : bar.start()] if bar else ""
    if sum(it.text in vocabulary for it in lex(inside) if it.kind == "word") < 2 or bar is None:
        return " " * len(text)
    return text[: bar.start()] + " " * (len(text) - bar.start() - 1) + ")"


# "no" straight before a word is a determiner ("so no other sequence beats it"), not the answer no
# nor is "si" before a word ("si el voraz…": if); "no" before a copula negates it ("no es la más probable")
_DETERMINER = rf"(?!(?<=si)[ \t]+[^\W\d_])(?!(?<=no)[ \t]+(?!{_IS}\b)[^\W\d_])"
# a yes/no set off as its own clause anywhere on a line ("P = 0.048. **No** — …", ", and **yes**, this
# is …"): after a sentence's or a clause's start (a dash too, typed " - " or normalised to it) and before
# a clause's end, or before the clause it opens on a pronoun ("0.048, yes it is the most probable")
_SET_OFF = re.compile(
    r"(?:^|[,;:(—–∴→⇒⟹]|[=-]>|\s-{1,3}(?=\s)|[.!?](?=\s)|\b(?:and|but|so|thus|hence|therefore)\b)[\s\"'*_]*"
    rf"\b({_YES_WORD}|{_NO_WORD})\b"
    r"(?=[\s\"'*_]*(?:[,.;:!—–)]|\s-\s|$)|\s+(?:it|this|that)\s+(?:is|was|does|did|isn't|doesn't)\b)",
    re.I,
)
_QUESTION = re.compile(r"[^.!?]*\?")  # a sentence that asks ("is it the most probable?") answers nothing


def line_verdict(line: str) -> str | None:
    """The "yes" or "no" of a line. A paragraph written as one long line is read sentence by sentence, each
    as a line is ("…, so it cannot guarantee the best. … So no, greedy's output is not the best."): the
    surest way of saying it wins (an opening or set-off yes/no over a claim), and sentences saying it that
    surely must agree."""
    if len(line) <= MAX_VERDICT_LINE:
        return _verdict(line)
    said = [
        found
        for sentence in _SENTENCE_END.split(line)
        if (found := _ranked_verdict(sentence[:MAX_VERDICT_LINE])) is not None
    ]
    if not said:
        return None
    surest = min(rank for rank, _ in said)
    answers = {answer for rank, answer in said if rank == surest}
    return answers.pop() if len(answers) == 1 else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _verdict(line: str) -> str | None:
    """The "yes" or "no" of a line that answers whether greedy search finds the most probable sequence."""
    found = _ranked_verdict(line)
    return None if found is None else found[1]


_ASIDE = re.compile(r"\([^()]*\)")


def _ranked_verdict(line: str) -> tuple[int, str] | None:
    """The yes or no of a line, with how surely it says it: 0 opening the line or answering a question
    just asked, 1 set off by punctuation, 2 a claim not denied, 3 after an answer word, 4 greedy denied."""
    start = re.match(rf"^\W*(?:{_ANSWER_WORD}\W*)?({_YES_WORD}|{_NO_WORD})\b" + _DETERMINER, line, re.I)
    start = start or re.search(rf"[?¿]\W*({_YES_WORD}|{_NO_WORD})\b" + _DETERMINER, line, re.I)
    if start:  # an answer that opens the line, or answers a question just asked, says it outright
        return 0, _polarity(start[1])
    line = _QUESTION.sub(lambda m: " " * len(m[0]), line)
    set_off = _SET_OFF.search(line)
    if set_off:
        return 1, _polarity(set_off[1])
    # a remark in brackets is said beside the line's point ("… greedy happens to be optimal (it isn't guaranteed
    # in general)"): a claim or a denial read from the words is read from the line without it
    line = _ASIDE.sub(lambda m: " " * len(m[0]), line)
    claim = _YES.search(line)
    if claim and not re.search(rf"\b{_NOT}\b|n't\b", claim[0], re.I):
        return 2, "yes"  # not denied within the claim ("greedy is not optimal", "el voraz no es el mejor")
    said = re.search(
        rf"\b(?:{_ANSWER_WORD}(?:\s+is)?|{_ANY(w.THEREFORE)})\W+({_YES_WORD}|{_NO_WORD})\b" + _DETERMINER,
        line,
        re.I,
    )
    if said:
        return 3, _polarity(said[1])
    if _GREEDY.search(line) and _NO.search(line):
        return 4, "no"
    return None


# a yes or no as a whole word: "no" before a word is a determiner ("no other sequence"), unless the word
# gives a reason or opens a clause ("no because …", "no it is not")
_POLARITY = re.compile(
    rf"(?<![{UNSPACED}])(?<![{UNSPACED}][ \t])(?:\b({_YES_WORD})\b(?<!\bsi)|\b({_NO_WORD})\b(?![ \t]+(?!(?:because|since|as|for|it|this|that)\b)[^\W\d_]))",
    re.I,
)


def _polarity(said: str) -> str:
    """ "yes" or "no" for a yes or no word of any language."""
    return "yes" if re.fullmatch(_YES_WORD, said, re.I) else "no"


def loose_verdict(lines: tuple[str, ...]) -> tuple[str, int] | None:
    """The yes or no of an answer whose yes/no the reader did not read for certain: the last line that
    states a result (else the last line written), where it says yes or no and not both ("the answer to
    (b) is yes because …"); None where it says neither or both."""
    stated = [n for n, line in enumerate(lines, start=1) if _FINAL.search(line[:MAX_VERDICT_LINE])]
    written = [n for n, line in enumerate(lines, start=1) if line.strip()]
    for n in stated[-1:] or written[-1:]:
        text = _QUESTION.sub(lambda m: " " * len(m[0]), plain(lines[n - 1][:MAX_VERDICT_LINE]))
        said = {"yes" if m[1] else "no" for m in _POLARITY.finditer(text)}
        if len(said) == 1:
            return said.pop(), n
    return None
