"""Strip the typesetting around the maths of a line (LaTeX macros, Markdown marks) so a reader sees
only what was written; every replacement keeps the line's length, so columns stay exact. The one
undressing step the question kinds' readers share (the cost kind's grammar, the decoding kind's lexer).

What is typesetting, not maths: `\\text{…}` and friends keep their words (prose, found as such by
the reader); `\\boxed{X}`, `\\underbrace{X}_{note}`, `\\overset{note}{X}` keep X only; sizing
(`\\left`, `\\big`, …), spacing (`\\;`, `\\quad`), `\\displaystyle`, `\\limits`, `\\#`, `\\tag{…}`, a proof's end mark
(∎, `\\qed`);
Markdown bold `**word**` and the pipes of a table row. Nothing here evaluates or rewrites maths.
"""

from __future__ import annotations

import re

from grader.maths.brackets import bracket_end
from grader.maths.labels import ANSWER_LABEL

# macros whose one braced argument is kept as it is (words stay words, maths stays maths)
_KEEP = re.compile(
    r"\\(?:text(?:bf|it|rm|sf|tt|normal)?|math(?:rm|bf|it|sf|cal|tt)|operatorname|boldsymbol|boxed|emph|(?:sub)*section\*?|paragraph|fbox|mbox|hbox)\s*\{"
)
# macros whose first braced argument is the maths and whose note (`_{…}`, `^{…}`) is dropped
_NOTED = re.compile(r"\\(?:underbrace|overbrace)\s*\{")
# macros whose first argument is the note and second the maths
_NOTE_FIRST = re.compile(r"\\(?:underset|overset|stackrel)\s*\{")
_DROP_ARG = re.compile(r"\\(?:tag|label)\*?\s*\{")
# HTML's inline formatting, as Markdown lets it through (`<u>−1.1</u>`, `<b>`, `<br/>`); never <s> or </s>
_HTML_INLINE = r"</?(?:u|b|i|em|strong|mark|ins|span|font|small|big|code|kbd|br)(?:\s[^<>\n]{0,80})?/?>"
_HTML = re.compile(_HTML_INLINE, re.IGNORECASE)
_BLANK = re.compile(
    r"\\(?:left|right|[bB]igg?[lrm]?)(?![A-Za-z])|\\(?:displaystyle|textstyle|limits|nolimits|qquad|quad)(?![A-Za-z])"
    r"|\\[,;:!# ]"
    # a proof's end mark is no maths
    r"|\\(?:blacksquare|square|qed|qedhere|Box|hfill)(?![A-Za-z])|[∎□]" + "|" + _HTML_INLINE
)
_BOLD = re.compile(
    r"(?<![\w)\]}*|])\*\*(?=[A-Za-z$])|(?<=[A-Za-z:.)$])\*\*(?![\w(\[{*])"
)  # `|V|**n`: a power
# a bold pair around anything (`**2Ld(m+n)**`, `**(a) Part.**`): opened after no operand and hugging its
# text on both sides, so `n**2` and `n ** 2` (powers) never match
_BOLD_PAIR = re.compile(r"(?<![\w)\]}*])\*\*(?=[^\s*])([^*]*?[^\s*])\*\*(?![\w(\[{*])")
_INLINE_CODE = re.compile(r"(?<!`)`([^`\n]{1,400})`(?!`)")
_QUOTED = re.compile(r"[ \t]*(?:>[ \t]?)+(?![=>])")
# a Markdown table's rule row, `|---|:--:|`: only bars, colons, dashes and spaces, with a run of three dashes
# (one character class, fullmatched: linear in the line, where nested optional runs backtracked cubically)
_TABLE_RULE = re.compile(r"[\s:|-]*")


def _blank(chars: list[str], start: int, end: int) -> None:
    for index in range(start, end):
        chars[index] = " "


def _unwrap(chars: list[str], pattern: re.Pattern[str], notes: str) -> None:
    """Blank each macro of `pattern` and its braces; `notes` says which argument is a note to drop:
    "" none, "after" a `_{…}`/`^{…}` after the argument, "before" the first of two arguments."""
    text = "".join(chars)
    for match in reversed(list(pattern.finditer(text))):
        text = "".join(chars)
        opening = match.end() - 1
        closing = bracket_end(text, opening)
        if closing is None:
            continue
        if notes == "before":
            second = closing + 1
            while second < len(text) and text[second] == " ":
                second += 1
            end = bracket_end(text, second) if second < len(text) and text[second] == "{" else None
            if end is None:
                continue
            _blank(chars, match.start(), second + 1)
            chars[end] = " "
            continue
        _blank(chars, match.start(), opening + 1)
        chars[closing] = " "
        if notes == "after":
            after = closing + 1
            if after + 1 < len(text) and text[after] in "_^" and text[after + 1] == "{":
                end = bracket_end(text, after + 1)
                if end is not None:
                    _blank(chars, after, end + 1)


_BOXED = re.compile(r"\\boxed\s*\{")


def boxed(line: str) -> list[tuple[int, int]]:
    """Where a line boxes what it gives as its answer: the columns inside each `\\boxed{…}`, 0-based,
    end exclusive (an unclosed box is no answer)."""
    out = []
    for match in _BOXED.finditer(line):
        closing = bracket_end(line, match.end() - 1)
        if closing is not None:
            out.append((match.end(), closing))
    return out


# a mark pointing back at the maths before it, after a blank: an arrow to the left and at most a few words
# ("   <- boxed", "← final answer", "⇐ this one"); `<=` only before a word naming the answer, else it is ≤
_POINTER = re.compile(
    r"(?<=\S)[ \t]+(?:←|⟵|⇐|⟸|<-+|<=+(?=[ \t]*(?:the[ \t]+)?(?:final|answer|boxed|result)))"
    r"(?P<words>(?:[ \t]*[^\W\d_]{2,}[.!]?(?:[ \t]+[^\W\d_]{2,}[.!]?){0,4})?)[ \t]*$"
)


def pointer_mark(line: str) -> tuple[str, str | None]:
    """The line with a mark pointing back at its maths blanked (columns kept), and the mark's words ("boxed",
    "final answer", "" for a bare arrow); None where the line has no such mark."""
    m = _POINTER.search(line)
    if m is None:
        return line, None
    return line[: m.start()] + " " * (len(line) - m.start()), m.group("words").strip()


# a pair of bars a Markdown table row escapes (its `\|` is a bar, no cell wall) around what they hug
_ESCAPED_BARS = re.compile(r"\\\|(\S[^|\\]*?)\\\|")


def undress(line: str, table_cells: bool = True) -> str:
    """The line with its typesetting blanked, of the same length; `table_cells`: a Markdown table row's
    cell walls become commas (for a reader that has no notion of tables)."""
    if "---" in line and _TABLE_RULE.fullmatch(line):
        return " " * len(line)
    quoted = _QUOTED.match(line)  # "> …", "> > …": a Markdown blockquote or a notes app's callout
    if quoted:
        line = " " * quoted.end() + line[quoted.end() :]
    # `L h (nm + n(n+1)/2)`: maths set in inline code, as AsciiMath and Markdown write it
    line = _INLINE_CODE.sub(lambda m: f" {m.group(1)} ", line)
    chars = list(line)
    for match in _DROP_ARG.finditer(line):
        closing = bracket_end(line, match.end() - 1)
        if closing is not None:
            _blank(chars, match.start(), closing + 1)
    _unwrap(chars, _NOTED, "after")
    _unwrap(chars, _NOTE_FIRST, "before")
    _unwrap(chars, _KEEP, "")
    text = _BLANK.sub(lambda m: " " * len(m.group(0)), "".join(chars))
    text = _BOLD_PAIR.sub(lambda m: f"  {m.group(1)}  ", text)
    text = _BOLD.sub("  ", text)
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|"):  # a Markdown table row: its escaped bars are bars
        text = _ESCAPED_BARS.sub(
            lambda m: f" |{m.group(1)}| ", text
        )  # (`\|V\|^n` is |V|^n, hugging its letter)
    if table_cells and stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        # a Markdown table row: its cell walls (not |V|'s bars, which hug a letter) part its cells
        # as a comma does, so neighbouring cells are never read as one product
        text = re.sub(
            r"(?:(?<=^)|(?<=\s))\|(?=\s|$)|^\s*\||\|\s*$", lambda m: m.group(0).replace("|", ","), text
        )
    return text


# a box the derivation reader opens (an \fbox too), and an underline: the answer marked in the exam convention
_BOX = re.compile(r"\\(?:boxed|fbox|underline|uline|uuline)\s*\{")


def unwrap_notes(line: str) -> tuple[str, bool]:
    """The line with its annotations undone, of the same length, and whether it holds a boxed answer:
    an `\\underbrace{X}_{note}`/`\\overset{note}{X}` keeps X (the note restates a value); a box around
    a statement (`\\boxed{PPL = e^{0.55}}`) or of a value with its unit is opened, and a box of maths
    (not only words, as in `\\boxed{\\text{line 1}}`) is the answer the student marks; so is a statement
    framed in square brackets on a line of its own (`[ PP ≈ 2.12 ]`)."""
    chars = list(line)
    _unwrap(chars, _NOTED, "after")
    _unwrap(chars, _NOTE_FIRST, "before")
    text = "".join(chars)
    boxed = False
    frame = _FRAME.fullmatch(text)
    if frame and not _several(frame.group(2)):  # "[ PP ≈ 2.12 ]": a result framed by hand, as a box is drawn
        chars[frame.start(1)] = chars[frame.end(2)] = " "
        return "".join(chars), True
    for match in reversed(list(_BOX.finditer(text))):
        closing = bracket_end(text, match.end() - 1)
        if closing is None:
            continue
        maths = _WORDS_ONLY.sub(" ", text[match.end() : closing])
        if not re.search(r"\d", maths):
            continue
        boxed = True
        # a boxed statement, or a value with its unit (`\underline{3.827\ \text{nats}}`): the box is opened
        if _RELATION_IN_BOX.search(maths) or _UNIT_IN_BOX.search(text[match.end() : closing]):
            _blank(chars, match.start(), match.end())
            chars[closing] = " "
    return "".join(chars), boxed


_FRAME = re.compile(
    r"\s*(\[)([^\[\]]*[=≈][^\[\]]*)\]\s*"
)  # a whole line in square brackets, a relation in it


# several statements in the frame, parted by a semicolon or a comma ("[C(<s> I)=2, C(<s>)=3; V=11]"): a note of the
# values used, not one result framed
def _several(framed: str) -> bool:
    return sum(bool(re.search("[=≈]", part)) for part in re.split("[;,]", framed)) >= 2


# every relation the grammar reads (`\\boxed{P \\simeq 1.09 \\times 10^{-3}}`), not only = and ≈
_RELATION_IN_BOX = re.compile(r"=|≈|~|\\(?:approx|simeq|sim)(?![A-Za-z])")
_UNIT_IN_BOX = re.compile(r"(?<![A-Za-z])(?:nats?|bits?)(?![A-Za-z])")
_WORDS_ONLY = re.compile(r"\\(?:text|mbox|textrm|textit)\s*\{[^{}]*\}")


# a line's own number in a listing, as a numbered calculation numbers its lines: "  2   = -0.7 + (-0.4)"
# or a table's first column: "| 2 | = -0.7 + (-0.4) |"
_NUMBERED = re.compile(
    r"^\s*(?:\|\s*)?(?P<label>\((?P<m>\d{1,2})\)|(?P<major>[1-9]\d?)\.(?P<minor>\d{1,2})(?=[ \t]+(?:[^\W\d]|[=≈]))|(?P<n>\d{1,2})[.):]?)"
    r"(?=\s|\|)"
)  # or a part's steps numbered under it, "2.1 log Pr(y | x) = …", "2.2      = -0.7 + (-0.4)" (a word or a relation after it)
# an equation's number at the end of its line, set apart by a wide gap or a LaTeX space: "= -1.1    (3)",
# "\\qquad (2)", "(eq. 4)", "(1a)", "(*)"; and LaTeX's own numbering commands
_TRAILING_TAG = re.compile(
    r"(?:(?<=\S)\s{2,}|\t|\\q?quad\s*)(?P<tag>\(\s*(?:(?:eq(?:n|uation)?\.?\s*)?\d{1,2}[a-z]?|[ivx]{1,4}|\*{1,3})\s*\))"
    r"\s*(?:\\\\|\$\$?)?\s*$",
    re.IGNORECASE,
)
_NUMBERING = re.compile(r"\\(?:nonumber|notag)(?![A-Za-z])")


def listing_numbers(lines: list[str]) -> list[tuple[int, tuple[int, int]]]:
    """(line index, (start, end) of its number) for each line of a numbered listing of maths: consecutive lines
    numbered 1, 2, 3, … that each hold a step (an `=` or ≈) or a value alone ("3 -0.0463", a running total
    listed between steps), one step at least. The numbers label lines; they are not values."""
    out: list[tuple[int, tuple[int, int]]] = []
    run: list[tuple[int, tuple[int, int]]] = []
    steps = 0
    major = None  # the part a run numbered "2.1", "2.2", … is under
    for i, line in enumerate([*lines, ""]):
        m = _NUMBERED.match(line)
        held = _held(line[m.end() :]) if m else None
        number = int(m.group("n") or m.group("m") or m.group("minor")) if m else 0
        if m and held and number == len(run) + 1 and m.group("major") == major:
            run.append((i, m.span("label")))
            steps += held == "step"
            continue
        if len(run) >= 2 and steps:
            out.extend(run)
        run, steps = [], 0
        if m and held and number == 1:
            run.append((i, m.span("label")))
            steps = int(held == "step")
            major = m.group("major")
    return out


_LONE_VALUE = re.compile(r"\s*[-−+]?(?:\d+\.\d+|\.\d+)\s*")


def _held(rest: str) -> str | None:
    """What a numbered line holds after its number: "step" (an `=` or ≈), "value" (a decimal alone), or None."""
    if re.search(r"[=≈]", rest):
        return "step"
    return "value" if _LONE_VALUE.fullmatch(rest) else None


def unlabel(lines: list[str]) -> list[str]:
    """The lines with the labels of equations blanked, each of the same length: a numbered listing's line
    numbers, an equation number at the end of a line ("= -1.1    (3)"), `\\tag{…}`, `\\label{…}`,
    `\\nonumber`. A label names a line; read as maths it would be a factor or a value."""
    out = list(lines)
    for i, (start, end) in listing_numbers(out):
        out[i] = out[i][:start] + " " * (end - start) + out[i][end:]
    for i, line in enumerate(out):
        if "=" not in line and "≈" not in line:
            continue
        chars = list(line)
        for match in _DROP_ARG.finditer(line):
            closing = bracket_end(line, match.end() - 1)
            if closing is not None:
                _blank(chars, match.start(), closing + 1)
        text = _NUMBERING.sub(lambda m: " " * len(m.group(0)), "".join(chars))
        tag = _TRAILING_TAG.search(text)
        if tag is not None:
            text = text[: tag.start("tag")] + " " * len(tag.group("tag")) + text[tag.end("tag") :]
        out[i] = text
    return out


# A chat message's time in front of it: "[10:42]", "(9:05 PM)", "<13:17:02>", as inline code too.
_CHAT_TIME = re.compile(r"\s*`?[\[(<]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?[\])>]\s*")
# A speaker's handle in front of a message: "ana:", "@leo:", "**omar** -", "**mo** 19:00 —" (a dash only
# after a bold name or a time; a spaced em dash reaches here as the clause break ";", grader.core.precheck).
_CHAT_HANDLE = re.compile(
    r"\s*(?P<name>(?P<bold>\*\*|__)?@?[A-Za-z][\w.\-]{0,23}(?(bold)(?:\*\*|__)))\s*"
    r"(?P<time>[\[(<]?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?[\])>]?\s*)?(?P<sep>:`?|[-;])\s+"
)


def _handle(line: str, at: int = 0) -> re.Match[str] | None:
    h = _CHAT_HANDLE.match(line, at)
    return h if h is not None and (h["sep"] not in "-;" or h["bold"] or h["time"]) else None


def chat_speakers(lines: list[str]) -> list[str]:
    """The lines of a pasted chat with each message's time and speaker blanked, each of the same length:
    "[10:42] ana: p(i|<s>) = 0.25" is the maths after them. A time in front of the name or after it
    ("**mo** 18:21 -") makes a message; a handle alone counts where the same one opens at least half the
    lines with text (a speaker talks on), so that a label a line carries once ("Answer:", "check:") stays."""
    handles: dict[str, int] = {}
    for line in lines:
        rest = line[m.end() :] if (m := _CHAT_TIME.match(line)) else line
        if (h := _handle(rest)) is not None:
            handles[h["name"]] = handles.get(h["name"], 0) + 1
    texts = sum(1 for line in lines if line.strip())
    # "Answer: -1.1" twice is two answers, not a speaker called Answer
    speakers = {
        name
        for name, n in handles.items()
        if n >= 2 and 2 * n >= texts and not ANSWER_LABEL.match(name + ":")
    }
    out = []
    for line in lines:
        end = 0
        if (m := _CHAT_TIME.match(line)) is not None and line[m.end() :].strip():
            end = m.end()
            h = _handle(line, end)
            if h is not None and (h["name"] in speakers or not line[h.end() :].lstrip().startswith("=")):
                end = h.end()  # after a time, a name and a colon are its speaker
        elif (h := _handle(line)) is not None and (h["name"] in speakers or h["time"]):
            end = h.end()
        out.append(" " * end + line[end:] if end else line)
    return out


# Notation a handwriting OCR (or a quick typist) flattens, restored column for column: an exponent put on
# the line ("e -0.7", "3.0855 x 10-5"), a stacked fraction put on one line with the bar spaced out
# ("2+1 / 3+11"), and a circled answer written as "((1/9))".
_E_ON_LINE = re.compile(r"(?<![\w.^])e (?=[-+]?\.?\d)")  # e -0.7: e^-0.7 (the space becomes the caret)
_TEN_TO_MINUS = re.compile(
    r"(?<![\w.^])10 (?=-\.?\d)"
)  # P = 10 -4.5107: 10^-4.5107 (a minus kept on its number)
_TEN_ON_LINE = re.compile(r"(?<=\d)(?P<gap>\s?)[x×·*] 10-(?=\d{1,3}(?![\d.]))")  # 3.1 x 10-5: 3.1 ×10^-5
_SPACED_FRACTION = re.compile(
    r"(?:(?<=^)|(?<=[\s=]))(?P<a>\s)(?P<num>[\d.]+(?:[-+*][\d.]+)+|[\d.]+) / "
    r"(?P<den>[\d.]+(?:[-+*][\d.]+)+|[\d.]+)(?P<b>\s|$)"
)
_CIRCLED = re.compile(r"(?P<lead>^\s*|(?<=\s\s))\(\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)\)")


def _spaced_fraction(m: re.Match[str]) -> str:
    """ " 2+1 / 3+11 " → "(2+1)/(3+11)": the bar a fraction was written with binds its sides whole."""
    num, den = m.group("num"), m.group("den")
    if not any(c in num + den for c in "+-*") or not m.group("b"):
        return m.group(0)  # "6 / 3": nothing to group; at the line's end no space is left for the bracket
    return f"({num})/({den})"


# A transcriber's or the student's note in square brackets ("[boxed]", "[margin: ≈ 14.4 bits of
# surprise]", "[crossed out]"), opened by a word that is not maths: a remark, blanked. And a stray mark
# the scan left alone at a line's end ("= -2.967      `").
_NOTE = re.compile(
    r"\[\s*(?!(?:log|ln|lg|exp|sum|prod|sqrt|frac|text|mathrm|Pr|P\b))[A-Za-z]{3,}[^\[\]=()|_^]*"
    r"(?::[^\[\]()|]*)?\]"
)
_STRAY_MARK = re.compile(r"(?<=\s)[`'~](?=\s*$)")


def _note(m: re.Match[str]) -> str:
    """A note blanked; "[boxed]" or "[circled]" opening a line names what follows as the answer."""
    width = len(m.group(0))
    marks_answer = re.fullmatch(r"\[\s*(?:boxed|circled|underlined)\s*\]", m.group(0), re.IGNORECASE)
    if marks_answer and not m.string[: m.start()].strip():
        return "Answer:".ljust(width)
    return " " * width


def _circled(m: re.Match[str]) -> str:
    """A circled answer: alone on its line it is the statement; after the line's maths it restates it."""
    if m.group("lead") or m.start() == 0:
        return m.group("lead") + "  " + m.group("inner") + "  "
    return " " * len(m.group(0))


# A footnote's mark after a sentence's full stop ("… = -0.2748 nats.¹"): a reference, not an exponent.
_FOOTNOTE_MARK = re.compile(r"(?<=\.)[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\s*_]|$)")


# A proof's end mark ending a line ("= -1.1 ∎", "… = 1/9  □"): no maths, and no text lost either.
_END_MARK = re.compile(r"(?<![\w.\u25a1])[∎□]\s*$")


# Text underlined as Markdown writes it, one underscore each side ("_log Pr(y|x) = -0.55_", "= _6.32 bits_"):
# an underscore after a space or the line's start opens it (a subscript follows a letter or a bracket), one
# before a space, punctuation or the line's end closes it; `__bold__` is another mark, left to the reader.
_UNDERLINED = re.compile(r"(?<![\w}\)\]_\\])_(?=[^\s_])([^_\n]{0,400}?[^\s_])_(?![\w{_])")


def underlines(lines: list[str]) -> list[str]:
    """Lines with the underscores that underline text blanked, each character for one (columns stay)."""
    return [
        _UNDERLINED.sub(lambda m: " " + m.group(1) + " ", line) if "_" in line else line for line in lines
    ]


def html_marks(lines: list[str]) -> list[str]:
    """Lines with HTML's inline formatting blanked (`**答**：<u>−1.1</u>`), each character for one (columns stay)."""
    return [_HTML.sub(lambda m: " " * len(m.group(0)), line) if "<" in line else line for line in lines]


def footnote_marks(lines: list[str]) -> list[str]:
    """Lines with the footnote marks after a full stop, and a proof's end mark at a line's end, blanked,
    each character for one (columns stay)."""
    return [_END_MARK.sub(" ", _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), line)) for line in lines]


# Word's linear format writes a sum's or product's body after ▒ (∑_(i=1)^2▒log⁡P(…)): a space, not a character
# lost in an upload (unread.LOST), once it follows the operator and its bounds
_NARY_BODY = re.compile(r"([Σ∑∏][^\s▒]{0,60})▒")


def flattened(lines: list[str]) -> list[str]:
    """Lines with OCR-flattened notation restored, each character for one (columns stay)."""
    out = []
    for line in lines:
        line = _NARY_BODY.sub(lambda m: m.group(1) + " ", line)
        line = _E_ON_LINE.sub("e^", line)
        line = _TEN_TO_MINUS.sub("10^", line)
        line = _TEN_ON_LINE.sub(lambda m: m.group("gap") + "×10^-", line)
        line = _SPACED_FRACTION.sub(_spaced_fraction, line)
        line = _CIRCLED.sub(_circled, line)
        line = _NOTE.sub(_note, line)
        line = _STRAY_MARK.sub(" ", line)
        out.append(line)
    return out


# AsciiMath's and Typst's words and digraphs for relations and operators, read as their signs column for column:
# `~~` and `approx` (≈), `xx`, `times` and `dot` (× and ·) between two operands; and Typst's text in quotes
# naming a value ("PP" = e^(0.55)): the name, unquoted. `~~` spaced on both sides is no Markdown strikethrough
# (whose marks hug their text), and a word stands for its sign only beside a number or a bracket, so prose ("the
# dot product", "approx. the same") is left alone.
_MARKUP_SIGNS = re.compile(
    r"(?<=\s)(?P<approx>~~|approx)(?=\s+[-−+(.\d])"
    # after an operand, before a bracket, a number, a one-letter name or a function's call (`d dot frac(n, 2)`),
    # never before a word ("n(2m + n + 1)/2 dot products")
    r"|(?<=[\w)\]}|]\s)(?P<times2>xx|times|dot)(?=\s+(?:[-−(.\d|]|[A-Za-z](?![A-Za-z])|[A-Za-z]{2,8}\())"
    r"|(?<![\w\"])\"(?P<name>[A-Za-z][A-Za-z ]{0,19})\"(?=\s*(?:=|≈|~~|approx\b))"
)


def _markup_sign(m: re.Match[str]) -> str:
    if m.group("name") is not None:
        return f" {m.group('name')} "
    width = len(m.group(0))
    sign = "≈" if m.group("approx") else "·" if m.group(0) == "dot" else "×"
    return sign.ljust(width)


# a key and a quoted value in a configuration format (YAML, TOML, JSON): `total = "L * h * n * k"`, `"answer": "A",`,
# `sequences_scored: "|V|^n"   # …`; the quotes (and JSON's comma after the value) only delimit text
_QUOTED_VALUE = re.compile(
    r"""^(?P<lead>\s*(?:-\s+)?)(?P<kq>"?)(?P<key>[A-Za-z_][\w.-]{0,40})(?P=kq)(?P<sep>\s*[:=]\s*)"""
    r"""(?P<q>["'])(?P<value>[^"'\n]*)(?P=q)(?P<comma>\s*,)?(?P<rest>\s*(?:#.*)?)$"""
)


def _unquoted(m: re.Match[str]) -> str:
    kq = " " * len(m["kq"])
    comma = " " * len(m["comma"] or "")
    return f"{m['lead']}{kq}{m['key']}{kq}{m['sep']} {m['value']} {comma}{m['rest']}"


# A JSON object, a Python dict or YAML typed as the answer, read as "key: value" statements, column for column: a
# quoted key and its colon (`"mean_logp":`) is the key's words and a colon (` mean logp: `), a string value's quotes
# are blanked (its text, maths or words, stays), the braces of the structure are blanked (a list in brackets stays
# as written: the readers know lists) and the commas between its entries part statements as ";" does; a YAML key of words joined by underscores is the words
# (`first_wrong_line:` is `first wrong line:`), and a list item that is a quoted string is its text. A key whose
# underscore may be a subscript (log_p, p_A) stays as written.
# a key of a JSON object or a Python dict, in its quotes, before its colon: "log_p": …, 'A': …
_QUOTED_KEY = re.compile(r"""(?P<q>["'])(?P<key>[A-Za-z_][\w .-]{0,40})(?P=q)\s*:""")
# a YAML key of words joined by underscores at a line's start: `first_wrong_line: 1`, `- log_p_total: -1.1`
_YAML_KEY = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?=\s*:(?:\s|$))"
)
_OPENS_ON_KEY = re.compile(r"""\s*+[{\[]?\s*+["'][A-Za-z_][\w .-]{0,40}["']\s*:""")  # possessive: linear
_STRUCTURE_ONLY = re.compile(r"\s*[\[\]{}]+,?\s*")


_MATHS_WORDS = {"log", "ln", "exp", "pr", "prob", "sum", "mean", "avg"}


def _worded(key: str) -> str:
    """A key of words joined by underscores as the words ("first_wrong_line" is "first wrong line",
    "response_A" is "response A"); a key whose underscore may be a subscript (log_p, p_A, log_p_A) stays."""
    parts = key.split("_")
    if len(parts) < 2:
        return key
    words = all(len(p) >= 2 for p in parts) or (
        all(len(p) >= 3 for p in parts[:-1]) and parts[0].lower() not in _MATHS_WORDS
    )
    return " ".join(parts) if words else key


# a YAML list item that is a quoted string: `  - "= -0.7 + (-0.4)"`
_QUOTED_ITEM = re.compile(r"""^(?P<lead>\s*)-\s+(?P<q>["'])(?P<value>.*)(?P=q)\s*,?\s*$""")


def structured(lines: list[str]) -> list[str]:
    """The lines with a configuration format's structure read as statements (structured_fields); a line of
    braces or brackets alone is blanked only in a text with a quoted key (JSON, a dict), never LaTeX's. A key's
    quoted value loses its quotes first (_QUOTED_VALUE): one reader of configuration formats for every kind."""
    lines = [_QUOTED_VALUE.sub(_unquoted, line) if '"' in line or "'" in line else line for line in lines]
    keyed = any(_OPENS_ON_KEY.match(line) for line in lines)
    return [
        " " * len(line) if keyed and _STRUCTURE_ONLY.fullmatch(line) else structured_fields(line)
        for line in lines
    ]


# a list whose items are quoted statements (`steps: ["log P(deep|x) = -0.7", "log P(learning|x, deep) = -0.4"]`)
_LIST = re.compile(r"\[([^\[\]\n]*)\]")
_LIST_ITEM = re.compile(r"""\s*(["'])([^"'\n]*[=≈][^"'\n]*)\1\s*(?:,|$)""")


def _statement_lists(line: str) -> str:
    """The line with each list of quoted statements read as the statements, parted as ";" parts entries, of the
    same length; a list of anything else (tokens, numbers) stays as written."""
    chars = list(line)
    for m in _LIST.finditer(line):
        inside, at, items = m.group(1), 0, []
        while at < len(inside) and (item := _LIST_ITEM.match(inside, at)) is not None and item.end() > at:
            items.append(item)
            at = item.end()
        if not items or at < len(inside):
            continue
        chars[m.start()] = chars[m.end() - 1] = " "
        for item in items:
            base = m.start(1)
            chars[base + item.start(1)] = chars[base + item.end(2)] = " "
            if inside[item.end() - 1] == ",":
                chars[base + item.end() - 1] = ";"
    return "".join(chars)


def structured_fields(line: str) -> str:
    """One line of a configuration format read as statements, of the same length (see above)."""
    if "[" in line and ("=" in line or "≈" in line):
        line = _statement_lists(line)
    item = _QUOTED_ITEM.match(line)
    if item is not None:
        start = item.start("value")
        return " " * start + item["value"] + " " * (len(line) - item.end("value"))
    # a line of the structure itself opens on a key (a program's `step1 = {'the': 0.5}` or a console's printed
    # `>>> {'a cat': 0.36}` is code and its output, read as such)
    keys = list(_QUOTED_KEY.finditer(line)) if _OPENS_ON_KEY.match(line) else []
    if not keys:
        m = _YAML_KEY.match(line)
        if m is None:
            return line
        return line[: m.start("key")] + _worded(m["key"]) + line[m.end("key") :]
    quote = keys[0]["q"]
    chars = list(line)
    for m in keys:  # `"mean_logp":` is ` mean logp: `
        key = _worded(m["key"])
        chars[m.start() : m.end()] = list(" " + key + ":" + " " * (m.end() - m.start() - len(key) - 2))
    inside, depth = False, 0
    key_spans = [(m.start(), m.end()) for m in keys]  # in order, never overlapping: one pass over the line
    i, k = 0, 0
    while i < len(chars):
        if k < len(key_spans) and i >= key_spans[k][0]:
            i, k = max(i, key_spans[k][1]), k + 1  # a key, read above
            continue
        c = line[i]
        if inside:
            if c == quote:
                chars[i] = " "
                inside = False
        elif c == quote:
            chars[i] = " "
            inside = True
        elif c == "[" and (close := line.find("]", i)) > i:
            i = close + 1  # a list as written (`["I", "am", "</s>"]`): the readers know lists
            continue
        elif c in "{}[]":
            chars[i] = " "
        elif c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "," and depth == 0:  # entries part as ";"
            chars[i] = ";"
        i += 1
    return "".join(chars)


def markup_signs(lines: list[str]) -> list[str]:
    """Lines with AsciiMath's and Typst's words for signs read as the signs, and a configuration format's quotes
    around a value read as no sign, its structure as statements, each line of the same length."""
    lines = structured(lines)
    return [
        _MARKUP_SIGNS.sub(_markup_sign, line)
        if ("~~" in line or '"' in line or re.search(r"\b(?:approx|xx|times|dot)\b", line))
        else line
        for line in lines
    ]


# a remark in words, in brackets, on a number inside an expression: "= -0.0517 (first six) + (-0.2231)"; blanked,
# column for column, when a space parts it from the number (`log2(p)` applies log2) and an operator or a relation
# follows it (a unit is no remark: "(nats)" stays)
_WORDED_REMARK = re.compile(
    r"(?<=[\d)])([ \t]+)\((?!\s*(?:nats?|bits?)\s*\))([A-Za-z][A-Za-z' -]{2,40})\)(?=[ \t]*[-−+*/×·=≈])"
)


def worded_remarks(lines: list[str]) -> list[str]:
    """Lines with each worded remark on a number inside an expression blanked, each line of the same length."""
    return [
        _WORDED_REMARK.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), line)
        if "(" in line
        else line
        for line in lines
    ]
