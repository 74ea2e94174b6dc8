"""Split a comparison into one section per candidate and the conclusion, by the labels people write."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from grader.compare import words as w
from grader.core.lexicon import AMHARIC_PREFIXES
from grader.core.unspaced import UNSPACED
from grader.maths.segment import STEP_LABEL_WORDS

CONCLUSION = ""  # the section key of the conclusion's lines

_CUE = re.compile(
    r"more\s+likely|less\s+likely|most\s+likely|least\s+likely|more\s+probable|less\s+probable|"
    r"prefer|favou?r|confident|conclu|therefore|\bthus\b|\bhence\b|\bso\b|answer|ratio|"
    r"(?<![=-])>|<(?![-=]+(?!\s*[-−]?\d))|[≥≤]|\\[lg]eq?\b|\\[lg]t\b|\bwins\b|higher|larger|greater|bigger|lower|smaller|"
    # (an arrow's > is none: "A => -0.7 + (-0.4) = -1.1"; nor is <- or <== pointing back at a line)
    # the same meanings in every language of the course (grader/compare/words.py)
    + w.words(
        w.MORE_LIKELY,
        w.LESS_LIKELY,
        w.MORE_CONFIDENT,
        w.LESS_CONFIDENT,
        w.PREFER,
        w.SO,
        w.ANSWER,
        w.CONCLUSION,
        w.RATIO,
        w.HIGHER,
        w.LOWER,
    ),  # fmt: skip
    re.IGNORECASE,
)
# a subscript or an index (y_{<t}, y_<t, Σ_{t<T}, x_{≤3}): its comparator bounds an index, it compares nothing
_SUBSCRIPT = re.compile(r"_\s*(?:\{[^{}]{0,40}\}|(?:[<>≤≥]|\\[lg]eq?\b|\\[lg]t\b)?\s*\w)")


def without_subscripts(line: str) -> str:
    """The line with each subscript blanked (columns stay): what it bounds is an index, not a comparison."""
    return _SUBSCRIPT.sub(lambda m: " " * len(m.group(0)), line)


# what may come before a label at the start of a line: Markdown marks, bold, an item number ("1. A:")
# what may open a labelled line: Markdown marks, a step's label in any language ("Step 1:", "Krok 2:",
# grader.maths.segment), a list number or letter, emphasis
_LEAD = (
    r"(?:[#*>\-]+\s*)*(?:(?i:" + STEP_LABEL_WORDS + r")\s*)?(?:\d{1,2}[.)]\s*|\([a-z0-9]\)\s*)?(?:\*\*|__)?"
)
# the conditioning bar as LaTeX writes it: \mid, \vert, \,|\, (P(A \mid x) names A as P(A | x) does)
BAR = r"\\(?:mid|vert|middle\s*\||[,;!]\s*\|)"
_RELATION = re.compile(r"[=≈]")
# a word that only joins a step to the one before ("… = -0.467, so H ≈ 0.467"): it compares nothing
_CONNECTIVE = w.compiled(w.SO)
# a letter in lower case, accented or not ("même si", "über", "étant"): Latin-1's ß-ö and ø-ÿ
_LOWER = "[a-zß-öø-ÿ]"
# a line that carries on the sentence of the line before (hard-wrapped prose): it starts with a word
# in lower case (même), not with maths (log, ln, exp, p, pr), perhaps set in emphasis or quotes (\emph{per
# token}, *per token*, ``natural''), perhaps a quoted gloss in brackets (("natural language processing"),
# …), and the line before ends mid-sentence
_EMPHASIS = (
    r"(?:\\(?:emph|textit|textbf|textsl|textsc|textrm|textsf|text|underline)\s*\{|\*{1,2}|_{1,2}|``|`)?"
)
_CARRIES_ON = re.compile(
    r"^\s*(?:[(\[]?[\"'“‘]|\()?" + _EMPHASIS + rf"(?!(?:log|ln|exp|pr?)\b){_LOWER}{{2,}}\b"
)
# a line that ends mid-sentence: on a word or a comma, perhaps inside markup it closes there (\emph{per
# token}, $A$, *per token*, `B`): the markup ends, the sentence does not
_MID_SENTENCE = re.compile(r"[\w,\"'”’](?:\s*[}$*_`])*\s*$")
# a line that ends on a word no sentence ends on (a preposition, an article, a conjunction, a copula): the
# sentence goes on below whatever the next line opens with ("… more confident in / B = natural …")
_OPEN_END = re.compile(
    r"(?<![\w\\])(?:in|into|on|of|for|to|towards?|than|as|with|by|from|over|at|between|the|an|and|or|nor|"
    r"that|is|are|was|were|be)\s*$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# a number written as a value, not an index (y_1, log_2, P_{10}) nor part of a name
_NUMBER = re.compile(r"(?<![\w_^{.])[-−]?(?:\d+(?:\.\d*)?|\.\d+)(?!\w|\.\d)")


# a row of a bar chart: the candidate's name, an axis (|, │, :) perhaps, then a bar drawn in one glyph
# (###, ███, ===, ├────┤, |####||##|), perhaps its value and a label ("A | ######  0.55  <-- lower")
_BAR_GLYPHS = r"#█▉▊▋▌▍▎▏▇▆▅▄▃▂▁■▪▬░▒▓=*~─━═\-"
_BAR_ROW = (
    r"^\s*{lead}(?P<name>{n})(?:\*\*)?\s*(?:\([^()]{{0,40}}\)\s*)?(?:[|│┃:]\s*)?[\[|│┃├╟┠]?"
    r"(?:[" + _BAR_GLYPHS + r"][|│┃]{{0,2}}){{3,}}[\]|│┃┤╢┨]?(?![>\w])(?:\s|$)"
)


# a bracketed remark that holds words (three letters or more) beside any maths
_WORDED_ASIDE = re.compile(r"\((?=[^()]*[^\W\d_]{3})[^()]*\)")


def _maths(line: str) -> bool:
    """A line with a relation and a number: worked maths, not a heading."""
    return bool(_RELATION.search(line) and _DIGIT.search(line))


# a number joined to a symbol by an operator (1/T, 2·n, T/2, n^2): part of a general formula, not a value
_SYMBOLIC = re.compile(
    r"\d+(?:\.\d+)?\s*[/*·×]\s*(?:\\?[A-Za-z]+|\|)|(?:[A-Za-z]|\|)\s*[/^*·×]\s*\{?\d+(?:\.\d+)?\}?"
)


def _work(line: str) -> bool:
    """A line that computes with values: a relation and a number that is not part of a general formula
    nor a subscript ("H = -(1/T) · Σ_{t=1}^T log p", "log P(y) = log P(y_1) + log P(y_2 | y_1)" define,
    they do not work)."""
    bare = without_subscripts(line)  # Σ_{t=1}: a bound on an index, not a value
    return bool(_RELATION.search(bare) and _NUMBER.search(_SYMBOLIC.sub(" ", bare)))


# the value a line comes to: the number after its last relation ("… = -1.1", "= 0.55 nats")
_RESULT = re.compile(r"[=≈]\s*\$?\s*(?P<n>[-−]?(?:\d+(?:\.\d*)?|\.\d+))(?![\d.]*\s*[-+*/×·^]\s*[\d(])")


def _results(line: str) -> list[float]:
    return [float(m.group("n").replace("−", "-")) for m in _RESULT.finditer(line)]


def _key(v: float) -> float:
    return round(abs(v), 9)


def _comparisons_out(lines: list[str], sections: dict[str, list[int]], conclusion: list[int]) -> None:
    """Move a section's tail to the conclusion (in place) from its first line that uses a result of its
    own and the final result so far of another candidate's section: that line compares the candidates
    ("-1.1 - (-1.8) = 0.7"), it is not one candidate's work. Linear in the lines."""
    finals = {  # each section's lines with a result, and the last result on each
        name: [(i, rs[-1]) for i in keep if (rs := _results(lines[i]))] for name, keep in sections.items()
    }
    for name, keep in sections.items():
        own: set[float] = set()
        for k, i in enumerate(keep):
            written = {_key(float(m.group(0).replace("−", "-"))) for m in _NUMBER.finditer(lines[i])}
            others = set()
            for other, found in finals.items():
                at = bisect.bisect_left(found, i, key=lambda entry: entry[0])
                if other != name and at:
                    others.add(_key(found[at - 1][1]))
            if own & written and others & written:
                conclusion.extend(keep[k:])
                conclusion.sort()
                sections[name] = keep[:k]
                break
            own.update(_key(v) for v in _results(lines[i]))


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int
    strict: bool  # a label or a P(A)-style name, not a bare word


@dataclass(frozen=True)
class Split:
    """Line indices (0-based) of each candidate's section and of the conclusion."""

    sections: dict[str, list[int]]
    conclusion: list[int]
    unclear: str = ""  # why the split is in doubt ("" when it is clear)
    both: set[int] = field(default_factory=set)  # lines that are in a section and also conclude


# a code name that ends in a one-letter candidate name (MATLAB, Python): logPA, PA, lA, pr_B — camel
# case after a lower-case letter, a digit, an underscore or a probability's P; DNA, USA are words
_CODE_NAME = r"(?<![\w\\])(?:[a-z][A-Za-z0-9_]*?(?<=[a-z0-9_P])|P|Pr)(?P<g>{n})(?![\w])"


# where a symbol is applied to an argument written right after it: a letter (ℓ, H, PPL), an accent on it
# (ℓ̄) or a LaTeX group closing (\mathrm{PPL}); "option (A)" with a space is prose, not an application
_APPLIED = r"(?<=[^\W\d_]|[\u0300-\u036f}])(?:\\left)?"


def _name(name: str) -> str:
    """A candidate name as a pattern: a one-letter name is case-sensitive (the article "a" is not A)."""
    body = r"\s+".join(re.escape(part) for part in name.split())
    return body if len(name) == 1 else f"(?i:{body})"


_FOR, _LABEL, _OF_FOR = w.words(w.FOR), w.words(w.LABEL), w.words(w.OF_FOR)
# the words of a heading before its "of" / "for": letters of any alphabet, apostrophes, spaces, hyphens
HEADING_WORDS = r"[^\W\d_](?:[^\W\d_]|[' -]){0,40}?"


def _patterns(
    name: str, tokens: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(strict, tokens, bare, bar-chart row) patterns that mention a candidate."""
    n = _name(name)
    alternatives = [
        rf"\b(?:log\s*|ln\s*|\\log\s*)?(?:P|Pr|p|\\Pr|\\mathrm\{{P\}})\s*(?:\\left)?\(\s*(?P<a>{n})\s*(?=[|)]|{BAR})",
        rf"\by\s*[_^]\s*\{{?\(?(?P<b>{n})\)?\}}?(?![\w])",
        # any quantity's symbol applied to the candidate: H(A), PPL(B), ℓ̄(A), \mathrm{PPL}(A), \bar\ell(B)
        rf"{_APPLIED}\(\s*(?P<h>{n})\s*(?=(?:\\right\s*)?[|)]|{BAR})",
        rf"^\s*{_LEAD}\(?(?P<c>{n})\)?\s*(?:\([^()]{{0,40}}\)\s*)?(?:\*\*)?\s*(?:[:.)\-–—]|$)",
        # the name, then a heading in a script without spaces, then a colon: "A の合計:", "B 的总和：", "A 합계:"
        rf"^\s*{_LEAD}(?P<j>{n})(?:\s*[{UNSPACED}]){{1,8}}\s*[:：]",
        # "For A, …" opening the line or a sentence in it ("… log-probability. For A, the token log-probs are …")
        rf"(?i:(?:^\s*{_LEAD}|(?<=[.!?])\s+){_FOR})\s+(?P<d>{n})\b",
        # any quantity's symbol with the candidate as its subscript: H_A, \ell_{B}, PPL_{\text{A}}, \bar\ell_A
        rf"(?<![\w\\])(?!log|ln)(?:[A-Za-z]{{1,4}}|\\[A-Za-z]+)(?:\s*\\[A-Za-z]+)?\s*_\s*\{{?\s*(?:\\(?:text|mathrm)\s*\{{\s*)?"
        rf"(?P<k>{n})\s*\}}?\s*\}}?(?![\w])",
        rf"(?i:{_LABEL})\s+(?P<e>{n})(?![\w])",
        # a heading in words that ends on the candidate: "Mean log-probability of A:", "Perplexity for B ="
        rf"^\s*{_LEAD}(?i:{HEADING_WORDS}{_OF_FOR})\s+(?P<i>{n})\s*(?=[:=≈])",
        # the first cell of a table row: "| A | -0.7 | …", "| **B** (3 tokens) | …"
        rf"^\s*\|\s*(?:\*\*)?(?P<f>{n})(?:\*\*)?\s*(?=(?:[:(][^|]*)?\|)",
    ]
    if len(name) == 1 and name.isupper():
        alternatives.append(_CODE_NAME.format(n=re.escape(name)))
    strict = re.compile("|".join(alternatives))
    bar_row = re.compile(_BAR_ROW.format(lead=_LEAD, n=n))
    words = r"[\s,]+".join(re.escape(t) for t in tokens)
    by_tokens = re.compile(rf"(?<![\w])(?i:{words})(?![\w])")
    # a bare name, or one an Amharic preposition is written on ("በB", in B; "ከA", than A)
    bare = re.compile(rf"(?:(?<![\w])|(?<=(?<![\w])[{AMHARIC_PREFIXES}])){n}(?![\w])")
    return strict, by_tokens, bare, bar_row


class Mentions:
    """Finds where a line mentions each candidate."""

    def __init__(self, candidates: list[tuple[str, tuple[str, ...]]]) -> None:
        self.names = [name for name, _ in candidates]
        self.patterns = {name: _patterns(name, tokens) for name, tokens in candidates}
        # every way of mentioning a candidate writes its name, or its first token: a line without them is
        # passed over before the long patterns are searched
        self._name = {name: re.compile(_name(name)) for name, _ in candidates}
        self._first_token = {name: tokens[0].lower() if tokens else "" for name, tokens in candidates}

    def find(self, line: str, loose: bool = False) -> list[Mention]:
        """The mentions in a line, left to right; `loose` also counts a bare name ("A is more likely")."""
        found: list[Mention] = []
        lowered = line.lower()
        for name, (strict, by_tokens, bare, _) in self.patterns.items():
            named = self._name[name].search(line) is not None
            for m in strict.finditer(line) if named else ():
                group = next(g for g in "abcdefghijk" if (m.groupdict().get(g)) is not None)
                found.append(Mention(name, m.start(group), m.end(group), True))
            for m in by_tokens.finditer(line) if self._first_token[name] in lowered else ():
                found.append(Mention(name, m.start(), m.end(), True))
            if loose and named:
                found.extend(Mention(name, m.start(), m.end(), False) for m in bare.finditer(line))
        # a longer mention covers a shorter one inside it ("deep reinforcement learning" ⊃ "reinforcement learning")
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Mention] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept

    def bar_row(self, line: str) -> str | None:
        """The candidate whose bar a chart's row draws ("B | #########  0.467"), or None."""
        return next((name for name, (*_, row) in self.patterns.items() if row.match(line)), None)


def chart_title(lines: list[str], i: int, mentions: Mentions) -> str:
    """The caption right over the bar chart whose row is line i ("CE per token"): what its bars measure,
    so a label beside a bar ("<-- lower") is read on that quantity; "" when the chart has none."""
    j = i - 1
    while j >= 0 and mentions.bar_row(lines[j]) is not None:
        j -= 1
    caption = lines[j].strip() if j >= 0 else ""
    return "" if _DIGIT.search(caption) or mentions.find(caption, loose=True) else caption


def _step_joined(line: str, section: list[str]) -> bool:
    """A line of a candidate's work whose only cues are connectives after a relation ("= -0.55, so H =
    0.55"): one step joined to the next, not a turn to the comparison (a line that opens with "so" turns).
    It is the section's first work, or it works with a result of the section's own ("-1.4/3 = -0.467,
    so"); a line that uses none ("difference = 0.7, so e^{0.7} = 2.01") compares."""
    cues = list(_CUE.finditer(without_subscripts(line)))
    relation = _RELATION.search(line)
    if not _maths(line) or relation is None:
        return False
    if not all(_CONNECTIVE.fullmatch(m.group(0)) and m.start() > relation.start() for m in cues):
        return False
    own = {_key(v) for text in section for v in _results(text)}
    written = {_key(float(m.group(0).replace("−", "-"))) for m in _NUMBER.finditer(line)}
    return not any(_work(text) for text in section) or bool(own & written)


def carries_on(lines: list[str], i: int) -> bool:
    """Line i continues the sentence the line right before it began (prose wrapped by hand): it opens
    with a word in lower case, or the line before ends on a word that needs what follows and line i
    does not work with values."""
    if i == 0 or not _MID_SENTENCE.search(lines[i - 1]):
        return False
    if _CARRIES_ON.match(lines[i]):
        return True
    return bool(_OPEN_END.search(lines[i - 1])) and bool(lines[i].strip()) and not _work(lines[i])


# a quantity subscripted with a candidate's name: H_A, \\mathrm{PPL}_B, p_{(A)} (not a number's index)
_SUBSCRIPTED = r"(?<=[A-Za-z}}])\s*_\s*\{{?\(?{n}\)?\}}?(?![\w])"


# a probability of a candidate by its name: P(A), Pr(B | x), \\Pr[A], p(A|x), \\Pr(A \\mid x)
_ARGUMENT = r"(?<![A-Za-z])(?:\\?Pr|P|p)\s*(?:\\left)?[\(\[]\s*{n}\s*(?=[|)\]]|\\mid|\\vert)"


# a quantity of one candidate set equal to a number, where the number ends the expression: "log Pr(A|x) =
# -1.1 and …", "logA=-1.1  logB=-1.8" (a program's printed names), "{'A': -1.1, 'B': -1.8}" (a printed dict)
_STATED = (
    r"(?:(?:\\?(?:log|ln)\s*(?:_\{{?\w+\}}?)?\s*)?(?:\\?Pr|P|p)\s*[\(\[]\s*{n}\s*(?:[|,;][^=≈:()\[\]]{{0,40}})?[\)\]]"
    r"|(?<![\w\\])[A-Za-z]\w{{0,20}}?_\{{?{n}\}}?(?![\w])"
    r"|(?<![\w\\])(?:[a-z][A-Za-z0-9_]*?(?<=[a-z0-9_])){n}(?![\w])"
    r"|['\"]{n}['\"])"
    r"\s*[=≈:]\s*[-−+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-−+]?\d+)?(?!\d|\.\d|\s*[-−+*/^×·(\d])"
)


def stated(line: str, names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The pieces (start, end) of a line that state one candidate's value as a number, by candidate."""
    found: dict[str, list[tuple[int, int]]] = {}
    for name in names:
        for m in re.finditer(_STATED.format(n=re.escape(name)), line):
            if line[: m.start()].rstrip()[-1:] not in ("/", "*", "×", "·", "^", "+", "-", "−"):
                found.setdefault(name, []).append(m.span())  # not one operand of a ratio: P(A)/P(B) = 2
    return found


# a piece that works: a relation, then a number
_WORKED_PIECE = re.compile(r"[=≈]\s*[^=≈]*\d")
# a piece opened by the candidate's name and a colon: "A: -0.7 + (-0.4) = -1.1, B: -1.6 + (-0.2) = -1.8"
# or by a word or two and the name, then a relation or an arrow: "mean log-prob A = …", "B => −1.6 + (−0.2) = …"
_OPENED_BY = r"\s*(?:[^\W\d_][\w-]*:?\s+){{0,2}}{n}(?:\s+(?:total|mean))?\s*(?:[:：]|=>|⇒|=(?!=)|→|->)"


# where a row that works the candidates side by side parts them: LaTeX's \\quad / \\qquad, a semicolon, a
# comma and a space, or a sentence's full stop ("A: … = -1.1.  B: … = -1.8."), outside brackets
_SIDE_BREAK = re.compile(r"\\q?quad(?![A-Za-z])|;|,(?=\s)|\.(?=\s)")


def side_by_side(line: str, names: list[str]) -> dict[str, list[tuple[int, int]]]:
    """The pieces (start, end) of a row that works two or more candidates side by side, by the candidate
    whose subscript each piece's quantity carries ("H_A = 0.55, \\qquad H_B = 0.467": H_A's piece is A's);
    {} for any other line. A piece with no candidate's subscript, or with several, belongs to none."""
    cuts, depth = [0], 0
    for k, c in enumerate(line):
        depth += 1 if c in "([{" else -1 if c in ")]}" else 0
        if depth == 0 and (m := _SIDE_BREAK.match(line, k)) is not None:
            cuts.append(m.end())
    cuts.append(len(line))
    owned: dict[str, list[tuple[int, int]]] = {}
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = line[start:end]
        if not _WORKED_PIECE.search(piece):
            continue  # "Let a = log Pr(A|x), b = …", "Find log Pr(A|x), log Pr(B|x)": no work of its own
        owners = {
            n
            for n in names
            if re.search(_SUBSCRIPTED.format(n=re.escape(n)), piece)
            or re.search(_ARGUMENT.format(n=re.escape(n)), piece)
            or re.match(_OPENED_BY.format(n=re.escape(n)), piece)
        }
        if len(owners) == 1:
            owned.setdefault(owners.pop(), []).append((start, end))
    return owned if len(owned) >= 2 else {}


# a candidate's heading by a label word ("回答 A：", "Respuesta B:"): the word names whose work follows, it
# gives no answer, though it may also be the word for one (respuesta; 答 in 回答 once set apart)
_HEADING_LABEL = re.compile(rf"^\s*{_LEAD}(?i:{_LABEL})(?=\s+\(?[A-Z]\)?\s*[:：])")


def _blank(match: re.Match[str]) -> str:
    """The match as spaces, columns kept."""
    return " " * len(match.group(0))


# a question in a Q/A layout: "Q:", "Q1.", "**Q2.**", "Q3)" opening a line
_QUESTION = re.compile(r"^[\s>*_#-]*Q\d{0,2}\s*[.:)]")
# its answer's marker: "A:" opening the next line, or after the question's "?" on its own line
_ANSWER_MARK = re.compile(r"^[\s>*_-]*(?P<a>A\d{0,2})\s*[:)]|(?<=\?)[\s*_]*(?P<b>A\d{0,2})\s*[:)]")


def answer_marks_blanked(lines: list[str]) -> list[str]:
    """In work laid out as questions and answers ("Q1. What is log Pr(B | x)?" / "A: … = -1.8"), the answers'
    "A:" blanked: it marks an answer, it names no candidate (else every answer is read as candidate A's)."""
    if sum(1 for line in lines if _QUESTION.match(line)) < 2:
        return lines
    out, asked = [], False
    for line in lines:
        if _QUESTION.match(line):
            asked = True
            m = _ANSWER_MARK.search(line)
            if m is not None and m["b"]:
                line = line[: m.start("b")] + " " * len(m["b"]) + line[m.end("b") :]
        elif asked and line.strip():
            m = _ANSWER_MARK.match(line)
            if m is not None and m["a"]:
                line = line[: m.start("a")] + " " * len(m["a"]) + line[m.end("a") :]
            asked = False
        out.append(line)
    return out


def split(lines: list[str], mentions: Mentions) -> Split:
    """Each line to a candidate's section, the conclusion, or nowhere (prose before any label)."""
    sections: dict[str, list[int]] = {name: [] for name in mentions.names}
    conclusion: list[int] = []
    both: set[int] = set()
    current: str | None = None
    stray: list[int] = []  # maths before any label
    labelled = False
    aside = False  # in a paragraph of prose after the conclusion that neither concludes nor works
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        found = {m.name for m in mentions.find(line)}
        named = {m.name for m in mentions.find(line, loose=True)}
        cue = bool(_CUE.search(without_subscripts(_HEADING_LABEL.sub(_blank, line, count=1))))
        if carries_on(lines, i) and (current == CONCLUSION or aside):
            if not aside:
                conclusion.append(i)  # the sentence the conclusion began goes on here
            continue
        opens = current == CONCLUSION and not lines[i - 1].strip()  # a new paragraph after the conclusion
        if (aside or opens) and not (cue or named or _maths(line)):
            aside = True  # "Makes sense: the first token is unlikely (-1.6)": a remark, not the result
            continue
        aside = False
        if mentions.bar_row(line) is not None:  # a drawing of a value already worked: no candidate's work
            if cue:
                conclusion.append(i)  # its label reads the chart ("<-- lower = more confident")
                current = CONCLUSION
            continue
        if (
            cue
            and current not in (None, CONCLUSION)
            and named <= {current}
            and _step_joined(line, [lines[k] for k in sections[current]])
        ):
            cue = False  # "mean = -1.4/3 ≈ -0.467, so": the candidate's work goes on, it compares nothing
        beside = side_by_side(line, mentions.names) if current != CONCLUSION and not cue else {}
        if beside:  # "H_A = 0.55, \\qquad H_B = 0.467": each candidate's piece is its work
            for name in beside:
                sections[name].append(i)
            labelled = True
            continue
        # "A is more likely (about twice as likely, e^{0.7} ≈ 2.0)": maths in a bracketed remark in words, on a
        # line that concludes, compares the candidates; it is no work of the one the line names
        if len(named) >= 2 or (cue and len(found) != 1) or (cue and not _maths(_WORDED_ASIDE.sub(" ", line))):
            conclusion.append(i)
            current = CONCLUSION
            continue
        if len(found) == 1:
            (current,) = found
            labelled = True
            if cue:
                conclusion.append(i)
                both.add(i)
        if current is None:
            if _work(line):
                stray.append(i)
            continue
        if current == CONCLUSION:
            conclusion.append(i)
        else:
            sections[current].append(i)
    _comparisons_out(lines, sections, conclusion)
    for name, keep in sections.items():  # a general rule after a candidate's numbers is not its work
        numbered = [i for i in keep if _NUMBER.search(lines[i])]
        if numbered:
            sections[name] = [i for i in keep if i <= numbered[-1]]
    unclear = ""
    if not labelled and (stray or any(_maths(lines[i]) for i in conclusion)):
        unclear = "no derivation is labelled with a candidate (For A: …, log P(A) = …)"
        sections = _by_blocks(lines, stray, sections)
    elif stray:
        unclear = f"line {stray[0] + 1} comes before any candidate's label"
    return Split(sections, conclusion, unclear, both)


def _by_blocks(lines: list[str], stray: list[int], sections: dict[str, list[int]]) -> dict[str, list[int]]:
    """Unlabelled work in as many blocks (blank-line separated) as candidates: one block each, in order."""
    blocks: list[list[int]] = []
    for i in stray:
        if blocks and all(lines[j].strip() for j in range(blocks[-1][-1] + 1, i)):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    if len(blocks) != len(sections):
        return sections
    return dict(zip(sections, blocks, strict=True))
