"""Read a student's analysis of a flawed calculation: the line they blame, the mistake they name, and
where their corrected computation is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from grader.core import lexicon
from grader.core.diagnostics import Code
from grader.core.languages import words as prose_words
from grader.core.lexicon import HEBREW_PREFIXES, denial, denied_words
from grader.core.meanings import CARDINALS, TEMPTING, cardinal
from grader.core.pieces import cut_at_labels
from grader.core.precheck import SENTENCE_DASH
from grader.core.unspaced import UNSPACED, spaced
from grader.flaw import words as w
from grader.maths.dressing import listing_numbers

_NOUN = w.alternation(w.LINE)
_CARDINAL = w.alternation([form for forms in CARDINALS.values() for row in forms for form in row])
_WRONG = w.alternation(w.WRONG)
_ARTICLE = w.alternation(w.ARTICLE)
_COPULA = w.alternation(w.COPULA)
_FIRST_ORDINAL = w.alternation([row[0] for forms in w.ORDINALS.values() for row in forms[:1]])
# an ordinal and a line's name in one language ("second line", "segunda línea", "2ª linha", "2. Zeile")


def _numbered(lang: str) -> str:
    """A line's number as a place in one language: "2nd", "2ª", "2." after the digits; where the language
    counts with the number first (words.BEFORE_NUMBER: "第1行", "1行目", "2번째 줄", "2줄"), a word before
    it and the suffix optional, set apart from the digits as an unspaced script is."""
    suffix = w.alternation(w.ORDINAL_SUFFIX.get(lang, ()))
    if lang not in w.BEFORE_NUMBER:
        return rf"\d{{1,2}}{suffix}"
    return rf"(?:{w.alternation(w.BEFORE_NUMBER[lang])}\s*)?\d{{1,2}}(?:\s*{suffix})?"


_ORDINAL_FIRST = "|".join(
    rf"(?:{w.alternation([form for row in forms for form in row], w.LAST.get(lang, ()))}|{_numbered(lang)})"
    rf"(?=\s+{w.alternation(w.LINE.get(lang, ()))}\b)"
    for lang, forms in w.ORDINALS.items()
)


_ORDINAL_AFTER = w.alternation(
    [form for lang in w.ORDINAL_AFTER_NOUN for row in w.ORDINALS[lang] for form in row],
    *(w.LAST[lang] for lang in w.ORDINAL_AFTER_NOUN),
)


def _key(word: str) -> str:
    """An ordinal as it is looked up: lower case, unaccented, without spaces ("첫 번째", "第 一")."""
    return re.sub(r"\s+", "", w.unaccented(word.lower()))


_ORDINAL_NUMBER = {
    _key(form): n for forms in w.ORDINALS.values() for n, row in enumerate(forms, 1) for form in row
}
_LAST = {_key(word) for word in w.words(w.LAST)}
# where a verdict names the line it is about: "is 2", "= 2", ": line 2", "es la **1**", "é a linha 1", a
# dash for "is" ("строка — 1", as Russian writes it; a spaced em dash reaches here as precheck's
# SENTENCE_DASH), and with the emphasis after the article: "è la **riga 2**", "est la *ligne 2*"
_SAID = rf"\s*(?:{_COPULA}\s+|[=:–]|{re.escape(SENTENCE_DASH)}(?=\s))[*_\s]{{0,4}}(?:{_ARTICLE}\s+[*_]{{0,2}})?(?:{_NOUN}\s*)?[*_]{{0,2}}"
# a line named by its number, in the languages a class writes in (words.LINE: line 2, Zeile 2, línea 2, …)
_LINE = re.compile(
    # the line given as the answer to "which line is wrong?", as a calculation sheet's output states it:
    # "first wrong line = 2", "the incorrect step is 1", "flawed line: line 2" (the name itself blames it),
    # and with the noun first: "la primera línea incorrecta es la 1", "linha errada: 2"; a name or number
    # ends at a letter or digit, not at the underscore of emphasis ("__linha 2__")
    rf"\b(?:{_FIRST_ORDINAL}\s+)?{_WRONG}\s+{_NOUN}{_SAID}(?P<said>\d{{1,2}}|{_CARDINAL})(?![^\W_])"
    rf"|\b(?:{_FIRST_ORDINAL}\s+)?{_NOUN}\s+(?:(?:que|that|which|qui|che)\s+)?{_WRONG}"
    rf"(?:\s+{w.alternation(w.FIRST)})?{_SAID}(?P<said2>\d{{1,2}}|{_CARDINAL})(?![^\W_])"
    rf"|(?<![^\W_]){_NOUN}\s*(?:{w.alternation(w.NUMBER)}\s*|\(\s*|:\s*)?(?P<n>\d{{1,2}})(?![^\W_])"
    # the number in words, as dictation writes it: "line two", "Zeile zwei", "строка два"
    rf"|(?<![^\W_]){_NOUN}\s+(?:{w.alternation(w.NUMBER)}\s*)?(?P<n_word>{_CARDINAL})(?![^\W_])"
    rf"|(?<![\w.,])(?P<ord>{_ORDINAL_FIRST})\s+{_NOUN}\b"
    # the ordinal after the name, in the languages that put it there: "baris kedua", "dòng thứ hai"
    rf"|(?<![^\W_]){_NOUN}\s+(?P<ord_after>{_ORDINAL_AFTER})(?![^\W_])(?!\s+{w.alternation(w.RELATIVE)}\b)",
    re.IGNORECASE,
)
# every way of naming a line holds a line's noun: a text without one names no line, found at a tenth of the cost
_LINE_NOUN = re.compile(_NOUN, re.IGNORECASE)


@lru_cache(maxsize=256)
def _line_names(text: str) -> tuple[re.Match[str], ...]:
    """The lines `text` names (_LINE's matches), looked for only where a line's noun is written."""
    return tuple(_LINE.finditer(text)) if _LINE_NOUN.search(text) else ()


# a negation in one language that is a line's name in another before its number ("pas 2": Catalan's step,
# not French's "not") is no negation there
_NOT = lexicon.not_numbered(w.NOT, w.LINE) + w.alternation(w.NOT)
_FINE_WORDS = w.alternation([x for x in w.words(w.FINE) if not x.endswith(("ly", "ment", "mente"))])
# "line 1 is correct", "line 1 looks fine", "a linha 1 está certa" (but not "line 1 is not correct")
# a denial after the word, a few letters on, as Japanese and Korean write it ("正しくない", "틀리지 않았다")
_NOT_AFTER = rf"(?:\s*[{UNSPACED}]){{0,3}}?\s*{w.alternation(w.NOT_AFTER)}"
# "line 1 correctly adds the logs", "la ligne 1 applique correctement …": an adverb of the table saying it right
_FINE_ADVERBS = w.alternation([x for x in w.words(w.FINE) if x.endswith(("ly", "ment", "mente"))])
_FINE = re.compile(
    rf"^[^\w]{{0,8}}+(?:(?:(?!{_NOT}\b)\w+\s+){{0,2}}?{_COPULA}\s+(?:(?!{_NOT}\b)\w+\s+)?{_FINE_WORDS}\b"
    rf"(?!{_NOT_AFTER})|(?:\w+\s+)?{_FINE_ADVERBS}\b)",
    re.I,
)


def _loose(word: str) -> str:
    """A table's small pattern with its letters of an unspaced script matched with or without the spaces
    the text was set apart by (grader.core.unspaced): `对数` reads `对 数`."""
    if not re.search(f"[{UNSPACED}]", word):
        return word
    loose = r"\s*".join(re.sub(f"([{UNSPACED}])", r" \1 ", word).split())
    return re.sub(r"(?:\\s\*){2,}", lambda _: r"\s*", loose)  # one run of spaces, one way to match it


_SYNONYMS = re.compile(r"\b(?:" + "|".join(_loose(x) for x in w.words(w.LOGS)) + r")\b")
# a list bullet that opens a line (• and ∙ are read as ·): the derivation reader knows only - and *
_BULLET = re.compile(r"^\s*[·•∙◦▪‣⁃]\s")
# a tick or a cross written right after a line's name, past any emphasis or colon: the verdict on it
_CROSSES = "✗✘❌❎"
_MARK = re.compile(r"[\s*_:)\]-]{0,6}([✓✔✅☑✗✘❌❎])")
_BLAME = re.compile(rf"\b(?:{_WRONG}|{w.alternation(w.FAULT)})(?:s|es|ed|ly|mente)?\b", re.IGNORECASE)
# typesetting that may open a line before its words: `\paragraph{`, `\textbf{`, `**`, `## `, `- `, and
# the label of an exam part: `(c)`, `c)`, `3.`, `(iii)`, `Part (c):`
_PART = r"(?:part\s*+)?\(?+(?:[a-h]|[ivx]{1,4}+|\d{1,2}+)[).:]\s*+"
_MARKUP = r"(?:\\[A-Za-z]++\*?\s*+\{?\s*+|[^\w\s\\]\s*+|" + _PART + r"){0,8}+"  # bounded, possessive
_CORRECTION = re.compile(
    r"^\s*+" + _MARKUP + w.alternation(w.CORRECTION) + r"(?!\w)",
    re.IGNORECASE,
)

# the same label opening a sentence in the middle of a line, as a phone's answer box writes the whole
# analysis on one line ("… dropped y_1 from the conditioning. fix: log Pr(y|x) = …"): there it must end in
# a colon, after at most a remark in brackets ("Correction (line 2):")
_CORRECTION_LABEL = re.compile(
    r"[*_]{0,2}" + w.alternation(w.CORRECTION) + r"(?!\w)[*_]{0,2}\s*(?:\([^()]{0,40}\)\s*)?[*_]{0,2}:",
    re.IGNORECASE,
)


def opens_correction(rest: str) -> bool:
    """Whether a sentence that starts mid-line opens the corrected computation with its label."""
    return bool(_CORRECTION_LABEL.match(rest))


@dataclass(frozen=True)
class Blamed:
    """The line a student blames (1-based in the flawed text) and where they say so (0-based line, column)."""

    line: int
    at: tuple[int, int]
    how: str  # "number" | "quote"


def _cell_walls(line: str) -> int:
    """How many unescaped pipes stand outside brackets in a line: the walls of a Markdown table's cells."""
    depth, walls = 0, 0
    for k, c in enumerate(line):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "|" and depth <= 0 and (k == 0 or line[k - 1] != "\\"):
            walls += 1
    return walls


def unescaped_pipes(lines: list[str]) -> list[str]:
    """The lines with a Markdown table row's escaped bar (`Pr(y\\|x)`, written so the bar does not end the
    cell) as the bar it renders, of the same length; `\\|` outside a table row (LaTeX's ‖) stays."""
    return [line.replace("\\|", " |") if "\\|" in line and _cell_walls(line) >= 2 else line for line in lines]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("−", "-")


def _content(line: str) -> str:
    """A flawed line's own content: without the `=` that continues the line before."""
    return compact(re.sub(r"^\s*[=≈]", "", line))


def _spaced(text: str) -> str:
    """LaTeX's unbreakable space (`Line~1`) as the space it typesets, of the same length."""
    return text.replace("~", " ")


# where a sentence ends: . ! ? not inside a number (-0.7), or the end of the line
_SENTENCE_END = re.compile(r"[.!?](?!\d)|。|$")
_NEAR = 40  # characters before a blame word in which a "not" denies it
# a line named as a landmark, the place a mistake comes before or after ("it has gone wrong before line 3",
# "everything after line 1"): the words about it are not a verdict on that line
_LANDMARK = re.compile(rf"\b{w.alternation(w.LANDMARK)}\s+(?:{_ARTICLE}\s+)?$", re.IGNORECASE)
# the same where the language writes the landmark's word after the line ("第3行之前", "3行目より前")
_LANDMARK_AFTER = re.compile(rf"\s*{w.alternation(w.LANDMARK_AFTER)}(?!\w)")
_BUT = w.alternation(w.BUT)
_TEMPTING = re.compile(rf"\b{lexicon.alternation(TEMPTING)}", re.IGNORECASE)
_CLAUSE = re.compile(rf"[;,:]|\s[—–-]\s|\b{_BUT}\b", re.IGNORECASE)
_EXCUSED = re.compile(rf"\b{w.alternation(w.FINE)}\b", re.IGNORECASE)
# a "not" before a verdict's word denies a word of its own language (Hausa's copula "ne" is Czech's "not")
_DENIED = denial(
    w.NOT,
    (w.WRONG, w.FAULT, w.FINE),
    lambda t: rf"(?:\b|(?<=n)){w.alternation(t)}\s+(?:\w+\s+)?$",
    lambda t: rf"{w.alternation(t)}(?:s|es|ed|ly|mente)?",
)
_DENIED_AFTER = re.compile(_NOT_AFTER)


def _denied(words: str, m: re.Match[str]) -> bool:
    """A word of a verdict is denied: a "not" before it ("not wrong") or, in a language that denies after
    the word, after it ("間違っていない")."""
    return bool(
        _DENIED(words[max(0, m.start() - _NEAR) : m.start()], m.group(0))
        or _DENIED_AFTER.match(words, m.end())
    )


def _verdict(words: str) -> str:
    """What the words a student writes about one line say of it: "blamed", "excused" or "neutral"."""
    cleared = False  # a blame denied ("nothing wrong with line 1") or an excuse ("line 1 is fine")
    for m in _BLAME.finditer(words):
        if not _denied(words, m):
            return "blamed"  # "line 2 is the first wrong line", "the mistake is in line 2"
        cleared = True
    for m in _EXCUSED.finditer(words):
        if _denied(words, m):
            return "blamed"  # a denied excuse: "line 1 is not correct", a check sheet's "line 1 … | NOT OK"
        cleared = True
    return "excused" if cleared else "neutral"


def _line_number(m: re.Match[str], flawed: tuple[str, ...]) -> int:
    said = m.group("n") or m.group("said") or m.group("said2") or m.group("n_word")
    if said:
        return int(said) if said.isdigit() else cardinal(said) or 0
    word = _key(m.group("ord") or m.group("ord_after"))
    while word and word not in _ORDINAL_NUMBER and word not in _LAST and word[0] in HEBREW_PREFIXES:
        word = word[1:].lstrip("-\u05be")  # Hebrew's attached prefixes: "השנייה" is "שנייה"
    if word in _LAST:
        return len(flawed)
    digits = re.search(r"\d+", word)
    return _ORDINAL_NUMBER.get(word) or (int(digits.group()) if digits else 0)


# a numbered step's label opening a line: "Step 2:", "الخطوة ٢:" (its digits read by precheck), "(3)"
_STEP_LABEL = re.compile(r"^\s*(?:[^\W\d_]+\s*)?\(?\d{1,2}\)?\s*[:.)]")
_REMOVED = re.compile(r"^-\s")


_LABEL_END = re.compile(r"[*_]{0,2}\s*[:.)]")


def _labels_working(text: str, m: re.Match[str]) -> bool:
    """Is this line's name the label of the student's own working ("Step 1: log Pr(y|x) = …", "الخطوة ١: …"):
    opening the line, closed by a colon, with maths and no word of prose after it?"""
    end = _LABEL_END.match(text, m.end())
    return not text[: m.start()].strip(" \t*_#>") and end is not None and not prose_words(text[end.end() :])


def blamed_line(lines: list[str], flawed: tuple[str, ...]) -> Blamed | None:
    """The line the student blames, by number ("line 2", "step 2", "the second line") or by quoting it.

    Each sentence's words are shared among the lines it names: a line owns the words from its name to
    the next line's name (the first also owns the sentence's opening). The first line whose words call it
    wrong is blamed; else the first line not called right ("Line 1 is the chain rule, so it's fine"). A
    line named as a landmark ("wrong before line 3") is neither. With no line named, a line of prose that
    quotes a flawed line blames it; a line of maths alone (a correction's working) does not."""
    neutral: Blamed | None = None
    for i, raw in enumerate(lines):
        text = _spaced(raw)
        start = 0
        named = [(m.start(), m.end()) for m in _line_names(text)]
        # a dot inside a line's name ("die 3. Zeile") does not end the sentence
        ends = [
            e.end() for e in _SENTENCE_END.finditer(text) if not any(s <= e.start() < t for s, t in named)
        ]
        for end in ends:
            names = [m for m in _line_names(text) if start <= m.start() and m.end() <= end]
            # the words between two named lines are split at their last clause break ("; ", ", but")
            cuts = [start]
            for left, right in zip(names, names[1:], strict=False):
                breaks = list(_CLAUSE.finditer(text, left.end(), right.start()))
                cuts.append(breaks[-1].end() if breaks else right.start())
            cuts.append(end)
            for k, m in enumerate(names):
                to = cuts[k + 1]
                words = text[cuts[k] : m.start()] + " " + text[m.end() : to]
                verdict = (
                    "blamed" if m.group("said") or m.group("said2") else _verdict(words)
                )  # "first wrong line = 2"
                if _FINE.match(text[m.end() : to]):
                    verdict = "excused"  # "line 1 is correct": not the one blamed
                mark = _MARK.match(text, m.end())
                if mark is not None:  # "Line 1 ✓", "**Line 2 ✗**": a tick or a cross beside the line's name
                    verdict = "blamed" if mark.group(1) in _CROSSES else "excused"
                if _LANDMARK.search(text[max(0, m.start() - _NEAR) : m.start()]) or _LANDMARK_AFTER.match(
                    text, m.end()
                ):
                    continue  # a landmark keeps its words from the other lines, but is neither blamed nor excused
                if _TEMPTING.search(text, cuts[k], m.start()):
                    continue  # "it is tempting to blame line 2": the line set up to be cleared, not blamed
                if verdict == "neutral" and _labels_working(text, m):
                    continue  # "Step 1: log Pr(y|x) = …": the student's own step, no line of the flawed work
                found = Blamed(_line_number(m, flawed), (i, m.start()), "number")
                if verdict == "blamed":
                    return found
                if verdict == "neutral" and neutral is None:
                    neutral = found
            start = end
            if end >= len(text):
                break
    if neutral is not None:
        return neutral
    for i, text in enumerate(lines):
        # a line of maths with no word of prose but a numbered step's label (a correction's working,
        # "Step 1: log Pr(y|x) = …", "الخطوة ١: …", whatever the label's language) works the sum again; it
        # quotes no line to blame
        # (a diff's removed line, "- log Pr(y|x) = …", quotes the line it removes)
        working = not prose_words(_STEP_LABEL.sub("", text, count=1)) and not _REMOVED.match(text)
        spans = [] if working else quoted(text, flawed)
        if spans:
            (start, _end, n) = spans[0]
            return Blamed(n, (i, start), "quote")
    return None


# LaTeX spellings of what a flawed line writes plainly: \mid is |, \log is log; $, sizing and spacing go
_DRESS = re.compile(
    r"\\(?:mid|vert)(?![A-Za-z])|\\(?=(?:log|ln|Pr|exp)(?![A-Za-z]))|\\(?:left|right)(?![A-Za-z])|\\[,;:! ]|\$|−|\s"
)
_PLAIN = {"\\mid": "|", "\\vert": "|", "−": "-"}
# a piece of maths set apart in a sentence: `$…$`, `…`, "…"
_INLINE = re.compile(r"\$(?P<a>[^$]{1,300})\$|`(?P<b>[^`]{1,300})`|[\"“](?P<c>[^\"”]{1,300})[\"”]")


def _squeezed(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text as a flawed line would write it, without spaces, and the (start, end) each character came from."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    at = 0
    dropped: int | None = None  # where dropped dress began: the next character kept starts there
    for m in [*_DRESS.finditer(text), None]:
        upto = m.start() if m else len(text)
        for k in range(at, upto):
            out.append(text[k])
            where.append((k if dropped is None else dropped, k + 1))
            dropped = None
        if m is None:
            break
        if m.group(0) in _PLAIN:
            out.append(_PLAIN[m.group(0)])
            where.append((m.start() if dropped is None else dropped, m.end()))
            dropped = None
        elif dropped is None:
            dropped = m.start()
        at = m.end()
    return "".join(out), where


def quoted(text: str, flawed: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """(start, end, flawed line number) of each flawed line's content a line of text quotes (≥ 5
    characters), plainly or in LaTeX dress (`\\log\\Pr(y_2\\mid x)`)."""
    squeezed, where = _squeezed(text)
    found: list[tuple[int, int, int]] = []
    for number, line in sorted(enumerate(flawed, 1), key=lambda nl: -len(_content(nl[1]))):
        content = _content(line)
        if len(content) < 5:
            continue
        at = squeezed.find(content)
        if at >= 0 and not any(s <= where[at][0] < e for s, e, _ in found):
            found.append((where[at][0], where[at + len(content) - 1][1], number))
    return sorted(found)


def quoted_pieces(text: str, flawed: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each piece of maths set apart in a sentence (`$…$`, `…`, "…") that quotes part of
    a flawed line ("it writes $\\log\\Pr(y_2\\mid x)$"): a quote of the mistake, not a step of the fix."""
    contents = [_content(line) for line in flawed]
    out = []
    for m in _INLINE.finditer(text):
        piece = _squeezed(next(g for g in m.groups() if g is not None))[0]
        if len(piece) >= 5 and any(piece in c for c in contents):
            out.append((m.start(), m.end()))
    return out


# a quotation in quotation marks (not maths set apart with $ or `, which a student's own steps use too),
# and a Markdown blockquote's body up to the dash that adds a remark ("> … — the wrong number here")
_QUOTATION = re.compile(r"[\"“](?P<q>[^\"“”\n]{1,300})[\"”]")
_BLOCKQUOTE = re.compile(r"^\s*>\s*(?P<q>.*?)\s*(?:\s(?:—|–|--)\s.*)?$")
_QUOTE_MARKS = re.compile(r"[\"'`“”‘’«»]")
_MIN_QUOTED = 8  # characters (squeezed) a quotation needs before it is taken for the statement's text


def _as_quoted(text: str) -> str:
    """Text squeezed as a flawed line is (`_squeezed`), without quotation marks: how a quotation and the
    statement it quotes are compared ("for 'learning' as …" quotes "for "learning" as …")."""
    return _QUOTE_MARKS.sub("", _squeezed(text)[0])


def statement_quotes(text: str, statement: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of the problem's own statement in a line: a piece in quotation marks
    ("log Pr(y_1 = learning | x) = -2.3") or a blockquote's body (a pull quote, "> …") that holds an
    equation and is the statement's text. The problem's givens, quoted, are not a step of the fix."""
    given = _as_quoted(statement)
    found: list[tuple[int, int]] = []
    block = _BLOCKQUOTE.match(text)
    for m in [*_QUOTATION.finditer(text), *([block] if block else [])]:
        piece = _as_quoted(m.group("q"))
        if len(piece) >= _MIN_QUOTED and "=" in piece and piece in given:
            span = (m.start("q"), m.end("q")) if m is block else (m.start(), m.end())
            if not any(s <= span[0] and span[1] <= e for s, e in found):
                found.append(span)
    return found


# one word for each family of words people use for the same thing ("multiplied", "multiplication", "multiplicó")
_STEMS = [
    (re.compile(r"\b(?:" + "|".join(_loose(x) for x in w.words(table)) + r")\b"), stem)
    for stem, table in w.STEMS.items()
]
# a word set in a LaTeX style (\\emph{multiplied}, \\textbf{sum}): the word
_STYLED = re.compile(r"\\(?:emph|textbf|textit|textsl|textrm|text|underline|mathrm)\s*\{([^{}$\\]{1,100})\}")
_FILLER = {w.unaccented(word) for word in w.words(w.FILLER)}


_BRACED_SUBSCRIPT = re.compile(r"_[{(][ \t]*(\w{1,4})[ \t]*[})]")


def normalise_words(text: str) -> str:
    """The words of a description reduced to what they mean: lower case, log-probabilities as "logs",
    one stem per family of words, filler words left out."""
    text = "\n".join(
        spaced(text.split("\n")).lines
    )  # 对数概率 as 对 数 概 率: letters of an unspaced script apart
    text = _STYLED.sub(r" \1 ", text)
    text = _BRACED_SUBSCRIPT.sub(r"_\1", text)  # y_{1}, y_(1): the subscript y_1 (LaTeX, HTML's <sub>, Word)
    text = w.unaccented(text.lower().replace("’", "'").replace("-", " "))
    text = _SYNONYMS.sub("logs", text)
    for pattern, stem in _STEMS:
        text = pattern.sub(stem, text)
    words = re.findall(r"[\w()+=*/'^{}]+|[.,;:!?]", text)
    return " ".join(w for w in words if w not in _FILLER)


@cache
def _phrase(phrase: str) -> tuple[str, re.Pattern[str]]:
    """A phrase's words in order, with at most two other words between them, within one clause; with its
    first word, which a text must hold for the phrase to be found in it (a cheap test before the search)."""
    words = normalise_words(phrase).split()
    gap = r"(?: [^\s.,;:!?]+){0,2} "
    return words[0] if words else "", re.compile(
        r"(?<!\S)" + gap.join(re.escape(w) for w in words) + r"(?!\S)"
    )


def _says_phrase(phrase: str, words: str) -> bool:
    first, pattern = _phrase(phrase)
    return first in words and pattern.search(words) is not None


# where a clause ends: a sentence's end, a semicolon, a contrast, a list item; a remark in parentheses
# with words in it ("(the arithmetic is fine)") is a clause of its own, P(y_2 | x) is not
_CLAUSES = re.compile(rf"[.!?](?!\d)|[。;]|\b{_BUT}\b|\n\s*[-*•·]\s", re.I)
_REMARK = re.compile(r"\(([^()]{0,300}\s[^()]{0,300})\)")
# a clause that says a thing is fine ("the arithmetic is fine") or denies a mistake of it ("no sign error")
# a negation denies a mistake's word of its own language (words.NOT and lexicon.denied_words)
_NO_FAULT = denied_words(w.NOT, w.FAULT, r"\s+(?:\w+\s+){0,2}?", any_accent=True)
_NOT_WRONG = denied_words(w.NOT, w.WRONG, r"\s+(?:is\s+)?", any_accent=True)
_FINE_SAID = re.compile(
    rf"\b(?:{_COPULA}|looks?|seems?|remains?|stays?)\s+(?:\w+ly\s+|still\s+|all\s+)?{_FINE_WORDS}\b|"
    rf"\b(?:{_NO_FAULT}|(?:not\s+an?|nothing\s+wrong\s+with(?:\s+the)?)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{w.alternation(w.FAULT)}))(?:s|es)?\b|"
    rf"\b{_NOT_WRONG}\b",
    re.I,
)


def clauses(text: str) -> list[str]:
    """The clauses of a text, each remark in parentheses apart from the clause it stands in."""
    out: list[str] = []
    for clause in _CLAUSES.split(text):
        out.extend(m.group(1) for m in _REMARK.finditer(clause))
        out.append(_REMARK.sub(" ", clause))
    return out


def excused(clause: str) -> bool:
    """The clause says what it names is fine, or denies a mistake in it, and blames nothing."""
    return bool(_FINE_SAID.search(clause)) and _verdict(clause) != "blamed"


def _says(code: Code) -> tuple[str, ...]:
    """The phrases that name a code's mistake: the catalogue's (English) and the other languages' (words.SAYS)."""
    return (*code.says, *w.words(w.SAYS.get(code.code, {})))


def named_codes(text: str, codes: Iterable[Code]) -> set[str]:
    """The catalogue codes whose phrases (`says`) the text uses, in clauses that do not excuse what they
    name ("the arithmetic -0.7 - 2.3 = -3.0 is fine" names no arithmetic error)."""
    codes = list(codes)
    found: set[str] = set()
    for clause in clauses(text):
        if excused(clause):
            continue
        words = normalise_words(clause)
        found |= {c.code for c in codes for phrase in _says(c) if _says_phrase(phrase, words)}
    return found


# a fenced block of a diff (```diff, ~~~patch) and the lines a diff writes about itself (---, +++, @@)
_DIFF_FENCE = re.compile(r"^\s*(?:```|~~~)\s*(?:diff|patch|udiff)\b", re.IGNORECASE)
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_DIFF_HEADER = re.compile(r"^(?:---|\+\+\+|@@)")
_DIFF_MARK = re.compile(r"^[-+]")


def _diff_hunks(lines: list[str], flawed: tuple[str, ...]) -> dict[int, str]:
    """Each line of a suggested change written as a diff, as "removed", "added" or "header": the lines in a
    ```diff fence, or a run of lines that each open with "- " or "+ " where some "- " line quotes a flawed
    line and some "+ " line follows (a list of "- " bullets alone is no diff)."""
    out: dict[int, str] = {}
    fenced = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = bool(_DIFF_FENCE.match(line)) and not fenced
            continue
        if fenced:
            out[i] = "header" if _DIFF_HEADER.match(line) else _kind(line)
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if i < len(lines) and i not in out and re.match(r"^[-+]\s", line):
            run.append(i)
            continue
        kinds = {k: _kind(lines[k]) for k in run}
        quotes = [k for k in run if kinds[k] == "removed" and quoted(lines[k], flawed)]
        if quotes and any(kinds[k] == "added" and k > quotes[0] for k in run):
            out |= kinds
        run = []
    return out


def _kind(line: str) -> str:
    m = _DIFF_MARK.match(line)
    return "context" if m is None else "removed" if m.group(0) == "-" else "added"


def correction_lines(lines: list[str], flawed: tuple[str, ...], statement: str = "") -> list[str]:
    """The lines that hold the corrected computation: from a "Correction:" marker on, else all of them;
    quotes of the flawed lines, and quotations of the problem's statement, are blanked (line and column
    numbers stay). A marker that opens a sentence mid-line ("… . fix: …") starts the correction there."""
    pieces = cut_at_labels(lines, opens_correction)
    return pieces.joined(_correction_pieces(pieces.lines, flawed, statement))


def _correction_pieces(lines: list[str], flawed: tuple[str, ...], statement: str) -> list[str]:
    """`correction_lines` of lines already cut at a mid-line marker."""
    start = next((i for i, line in enumerate(lines) if _CORRECTION.match(line)), -1)
    marked = start >= 0
    diff = _diff_hunks(lines, flawed)
    out = []
    for i, line in enumerate(lines):
        if i < start or diff.get(i) in ("removed", "header"):
            out.append("")  # before the correction, or what a suggested change takes out of the flawed text
            continue
        if diff.get(i) == "added":
            out.append(" " + line[1:])  # the line a suggested change puts in, without its mark
            continue
        if i == start:
            m = _CORRECTION.match(line)
            rest = line[m.end() :] if m else line
            # "Correction (line 2):", "\\textbf{Fix:}" — the label up to the colon and its markup
            colon = re.match(r"[^:=]*:[}*_]*", rest)
            cut = len(line) - len(rest) + (colon.end() if colon else 0)
            line = " " * cut + line[cut:]
        elif not marked and (_line_names(_spaced(line)) or _BLAME.search(line)):
            # the flawed line, or a piece of it, quoted to blame it: not a step of the fix
            for s, e in [(s, e) for s, e, _ in quoted(line, flawed)] + quoted_pieces(line, flawed):
                line = line[:s] + " " * (e - s) + line[e:]
        for s, e in statement_quotes(line, statement):  # a pull quote of the givens: not the student's step
            line = line[:s] + " " * (e - s) + line[e:]
        # "line 2" names a line of the flawed text (the blame), never a number of the computation; it is
        # found with LaTeX's tie read as a space (Line~1), but a ~ in the maths (≈) stays
        for m in _line_names(_spaced(line)):
            line = line[: m.start()] + " " * len(m.group(0)) + line[m.end() :]
        line = _BULLET.sub(lambda m: " " * len(m.group(0)), line)  # "• = -1.1": a list item's step
        out.append(line)
    for i, (start, end) in listing_numbers(out):
        out[i] = out[i][:start] + " " * (end - start) + out[i][end:]
    return out


def analysis_text(lines: list[str], flawed: tuple[str, ...], statement: str = "") -> str:
    """The words where the mistake is named: the lines apart from the correction (a suggested change's
    removed lines restate the flaw, they name nothing); with no such line, the whole text."""
    pieces = cut_at_labels(lines, opens_correction).lines  # "… conditioning. fix: …": the words, then the fix
    diff = _diff_hunks(pieces, flawed)
    fixed = _correction_pieces(pieces, flawed, statement)
    analysis = "\n".join(
        line for i, (line, fix) in enumerate(zip(pieces, fixed, strict=True)) if not fix and i not in diff
    )
    return analysis if analysis.strip() else "\n".join(lines)
