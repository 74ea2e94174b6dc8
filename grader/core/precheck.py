"""Before any parsing: decode bytes, bound the input, and normalise characters one for one.

Every normalisation here maps one character to one character, so a column in the normalised
text is the column in the student's file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from grader.core.lexicon import MATHS_NAMES, WORD_LETTERS
from grader.core.unspaced import UNSPACED

MAX_BYTES = 64 * 1024
MAX_LINES = 400
MAX_LINE_LENGTH = (
    2000  # a paragraph written as one line, or a written-out sum of 30+ terms, is normal homework
)
MAX_NESTING = 40
MAX_DIGITS = 40
MAX_PIECES = 2000  # pieces of maths graded in one submission (a line of $1$ $1$ … holds hundreds)
MAX_EXPONENT = 308  # a written power of ten beyond a float's range is refused, never computed

# A decimal digit of another script (Unicode category Nd: Arabic-Indic ٠…٩, Persian ۰…۹, Devanagari ०…९, Bengali,
# Thai, …), read as the digit 0…9 it is.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# A letter or digit of the Mathematical Alphanumeric Symbols (𝑃, 𝑦, 𝐏, 𝟐), as Word's equation editor pastes
# them: the plain letter or digit it is styled from (NFKC: one character for one).
_STYLED = re.compile("[\U0001d400-\U0001d7ff]")
# a pictograph (👍, 🤔, 🎉, with its skin tone, presentation selector and joined parts) says how the student
# feels, never maths: blanked column for column. Ticks and crosses (✓ ✅ ✗ ❌) are not pictographs: a kind may
# read them.
_PICTOGRAPH = re.compile(
    "[\U0001f000-\U0001faff](?:[\ufe0f\U0001f3fb-\U0001f3ff\U0001f000-\U0001faff]|\u200d[\u2600-\u27bf\U0001f000-\U0001faff])*"
    "|\ufe0f"
)


# the full stops of Devanagari and Bengali (। and ॥), of Urdu (۔), Ethiopic (።), Armenian (։), Myanmar (။) and
# Khmer (។): a sentence's end, as "." is
FULL_STOPS = {
    "\u0964": ".", "\u0965": ".", "\u06d4": ".", "\u1362": ".", "\u0589": ".", "\u104b": ".", "\u17d4": ".",
}  # fmt: skip
# One character to one character, so positions survive.
_CHAR_MAP = str.maketrans(
    {
        # full-width forms (＝, ：, （, ０…９), as an East Asian input method types them, and its space
        **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
        "\u3000": " ",
        # the Arabic decimal separator ٫ and thousands separator ٬, comma ، and semicolon ؛ (its digits: _OTHER_DIGIT)
        "\u066b": ".",
        "\u066c": ",",
        "\u060c": ",",
        "\u061b": ";",
        "\u066a": "%",
        **FULL_STOPS,
        # Ethiopic's comma ፣ and semicolon ፤
        "\u1363": ",",
        "\u1364": ";",
        # the marks that set the direction of right-to-left text around maths: invisible, no maths
        "\u200e": " ",
        "\u200f": " ",
        "\u061c": " ",
        **{chr(c): " " for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
        "\u2212": "-",  # minus sign
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2012": "-",
        "\u2223": "|",  # divides (used as the bar)
        "\u2119": "P",  # ℙ, the double-struck P of probability (French and measure-theory courses)
        "\u2502": "|",
        "\u22c5": "·",  # dot operator
        "\u2219": "·",
        "\u2022": "·",
        "\u2217": "*",
        "\u2215": "/",
        "\u2211": "Σ",
        "\u220f": "∏",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u27e8": "⟨",
        "\u2329": "⟨",
        "\u232a": "⟩",
        "\u3008": "⟨",
        "\u3009": "⟩",
        "\u0302": " ",  # a combining hat (P̂, an estimate): the letter it sits on is read
        "\u00a0": " ",
        "\u2009": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u202f": " ",
        "\u200b": " ",
        # Word's equation editor: function application (log⁡ P), invisible times, separator and plus
        **{chr(c): " " for c in range(0x2061, 0x2065)},
        "\t": " ",
        "\ufeff": " ",
        "\u2264": "≤",
        "\u2248": "≈",
        "\u2243": "≈",  # ≃, asymptotically equal: the physicist's "about"
        "\u2245": "≈",  # ≅
        "\u2250": "≈",  # ≐, "approaches": China's and Russia's "about"
        "\u2252": "≈",  # ≒, Japan's "about"
        "\u2253": "≈",  # ≓
    }
)


# A bullet opening a line, as a word processor writes it ("•\tln Pr(y_1 | x) = -0.7"): list markup.
_LEADING_BULLET = re.compile(r"^[ \t\u00a0]*([\u2022\u25e6\u25aa\u2023\u2043])[ \t\u00a0\u2002\u2003]")


# Digits grouped in threes by a no-break or thin space, as a word processor writes 33 124 (33124);
# the gap is kept as a narrow no-break space, which the lexer reads inside a number. An ordinary
# space is never a group separator (2 100 may be a product).
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,]|\.\d)")
_GROUP_GAP = re.compile(r"[\u00a0\u202f\u2009]")


# An em dash with a space on each side and no operand on one of them is a sentence's dash ("Yes — 0.42 is the
# best", "15:20 — = -0.27"; Russian "строка — 1", where it stands for "is"), read as the clause break ";";
# between two operands ("-0.7 — 0.4") or against its operand ("—0.4") it is a minus sign.
SENTENCE_DASH = ";"
# Two or three hyphens, spaced, are the typewriter's em dash ("= 1 -- wait, C(I) = 3"), read the same way.
_SPACED_DASH = re.compile(r"(?<=\s)(?:—|-{2,3})(?=\s)")


# A hyphen, en dash or minus sign set apart by spaces after the words that open a line ("Answer - 0.0488", "Counts - C(I)=3",
# "ရေတွက်ချက် - C(<s>)=3") is the label's dash, as a colon is, never a minus: words of three letters or more, or
# of a script that does not space its words, other than the names of maths (log, sum, …), with nothing else
# before the dash. Written as a colon, column for column.
_LABEL_WORD = rf"(?:[{WORD_LETTERS}]{{3,}}|[{UNSPACED}]+)"
_LABEL_DASH = re.compile(
    rf"^(\s*(?:[-*•]\s+)?{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,5}}[ \t]+)[-–−](?=[ \t]+\S)"
)
_MATHS_NAMES = MATHS_NAMES | {"mean", "avg"}  # and the average's names, which label no dash


def _label_dash(line: str) -> str:
    """The line with the dash after its opening words written as a colon (see _LABEL_DASH)."""
    m = _LABEL_DASH.match(line)
    if m is None or any(word.lower() in _MATHS_NAMES for word in m.group(1).split()):
        return line
    return line[: m.end(1)] + ":" + line[m.end(1) + 1 :]


# A member of a JSON object written as an answer (`"total": "L*h*(n*m + n)"`, `"flawed_line": 2,`): a key of
# words and a value, read as the label and value they are ("total : L*h*(n*m + n)"); a string alone on its
# line is an array's element, read without its quotes
_JSON_MEMBER = re.compile(
    r'^(\s*)"([A-Za-z][A-Za-z0-9_ \-]{0,40})"(\s*:\s*)(?:"([^"]*)"|([^"\s][^"]*?))(\s*,?\s*)$'
)


_JSON_ELEMENT = re.compile(r'^(\s*)"([^"]*)"(\s*,?\s*)$')  # a string in a JSON array: `"= -0.7 + (-0.4)",`


def json_member(line: str) -> str:
    """The line with a JSON member's (or an array's string's) quotes blanked, column for column (anything else
    unchanged)."""
    m = _JSON_MEMBER.match(line)
    if m is None:
        e = _JSON_ELEMENT.match(line)
        return line if e is None else f"{e.group(1)} {e.group(2)} {e.group(3)}"
    value = f" {m.group(4)} " if m.group(4) is not None else m.group(5)
    return f"{m.group(1)} {m.group(2)} {m.group(3)}{value}{m.group(6)}"


def _sentence_dashes(line: str) -> str:
    """The line with each spaced em dash that has no operand on one side written as SENTENCE_DASH (each dash
    looks only across the spaces beside it: linear in the line)."""

    def dash(m: re.Match[str]) -> str:
        before, after = m.start() - 1, m.end()
        while before >= 0 and line[before].isspace():
            before -= 1
        while after < len(line) and line[after].isspace():
            after += 1
        between = (
            before >= 0
            and line[before] in "0123456789)]"
            and after < len(line)
            and line[after] in "0123456789(.["
        )
        return m.group() if between else SENTENCE_DASH.ljust(len(m.group()))

    return _SPACED_DASH.sub(dash, line) if "—" in line or "--" in line else line


# A sentence's full stop after a value, before a bracket: "V=11. (2+1)/(3+11) · …" states V and then a product;
# the stop is no decimal point joining them. Read as the clause break SENTENCE_DASH stands for.
_STOP_BEFORE_BRACKET = re.compile(r"(?<=[=≈])(\s*[-−]?\d+(?:\.\d+)?)\.(?=[ \t]+\()")


# Work the student struck out, as Markdown writes it (~~P = 0.5 + 0.33~~: no space just inside the marks) or
# LaTeX's ulem (\sout{…}): taken back, so not part of the answer; blanked, columns kept.
_STRUCK = re.compile(r"~~(?=\S)[^~\n]*?(?<=\S)~~|\\sout\{[^{}\n]*\}")


def pictographs_blanked(line: str) -> str:
    """The line with its pictographs (👍 🤔) blanked, column for column."""
    return _PICTOGRAPH.sub(lambda m: " " * len(m.group()), line)


def struck_out(line: str) -> str:
    """The line with the work struck out in it as spaces, of the same length."""
    return _STRUCK.sub(lambda m: " " * len(m.group()), line) if "~~" in line or "\\sout" in line else line


# Spaces between a LaTeX control word and its braced argument (`\\text {bits}`, `\\frac {1}`, as OCR tools
# write them) mean nothing to TeX; they move before the control word, so every column after it stays put.
_CONTROL_WORD_GAP = re.compile(r"(\\[A-Za-z]+)([ \t]+)(?=\{)")

# a capital Greek letter that looks like a Latin one, standing alone: the Latin letter, as typed on a Greek
# keyboard for a name ("η Α είναι πιο πιθανή": response A). Not Η and Ο, the articles "the" of Greek sentences
_GREEK_LOOKALIKES = dict(zip("ΑΒΕΖΙΚΜΝΡΤΥΧ", "ABEZIKMNPTYX"))
_GREEK_LOOKALIKE = re.compile(f"(?<![^\\W_])[{''.join(_GREEK_LOOKALIKES)}](?![^\\W\\d_])")
# The letter x between a number and a power of ten is the times sign of scientific notation.
_LETTER_TIMES = re.compile(r"(?:(?<=\d)|(?<=\d ))[xX](?= ?10 ?(?:\^|\*\*))")


@dataclass(frozen=True)
class PrecheckError(Exception):
    """Input refused before parsing; line/column are 1-based (0 when not about a place)."""

    message: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return self.message


def decode(data: bytes) -> str:
    """Text from UTF-8 (with or without BOM) or UTF-16 with a BOM, composed (NFC: a letter and its combining
    tone mark, as Vietnamese is often typed, are the one precomposed letter the word tables spell);
    undecodable bytes are located."""
    return unicodedata.normalize("NFC", _decoded(data))


def _decoded(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise PrecheckError(f"the submission is {len(data)} bytes; at most {MAX_BYTES} are graded")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PrecheckError(
                "the file starts with a UTF-16 byte-order mark but is not valid UTF-16"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise PrecheckError(
            f"byte 0x{data[err.start]:02x} is not UTF-8; save the file as UTF-8 text", line, column
        ) from None


def _plain_letter(m: re.Match[str]) -> str:
    plain = unicodedata.normalize("NFKC", m.group())
    return plain if len(plain) == 1 else m.group()


def lines_of(text: str) -> list[str]:
    """The text's lines, whichever line ends it was written with (CRLF, CR or LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def normalise(text: str) -> list[str]:
    """Lines of text with CRLF/CR line ends, control characters and look-alike symbols normalised."""
    if len(text) > MAX_BYTES:
        raise PrecheckError(f"the submission has {len(text)} characters; at most {MAX_BYTES} are graded")
    lines = lines_of(text)
    if len(lines) > MAX_LINES:
        raise PrecheckError(f"the submission has {len(lines)} lines; at most {MAX_LINES} are graded")
    out = []
    for line in lines:
        bullet = _LEADING_BULLET.match(line)
        gaps = [
            n.start() + m.start() for n in _GROUPED.finditer(line) for m in _GROUP_GAP.finditer(n.group())
        ]
        if "\\" in line:
            line = _CONTROL_WORD_GAP.sub(lambda m: m.group(2) + m.group(1), line)
        line = _label_dash(_sentence_dashes(struck_out(json_member(line)))).translate(_CHAR_MAP)
        if "." in line:
            line = _STOP_BEFORE_BRACKET.sub(lambda m: m.group(1) + SENTENCE_DASH, line)
        if not line.isascii():
            line = line.replace("⟨s⟩", "<s>").replace("⟨/s⟩", "</s>")  # the boundary tokens in angle brackets
            line = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), line)
            line = _STYLED.sub(_plain_letter, line)
            line = pictographs_blanked(line)
            line = _GREEK_LOOKALIKE.sub(lambda m: _GREEK_LOOKALIKES[m.group()], line)
        if gaps:  # 33 124: one number, its gaps kept as narrow no-break spaces
            chars = list(line)
            for at in gaps:
                chars[at] = "\u202f"
            line = "".join(chars)
        line = _LETTER_TIMES.sub("×", line)  # 3.09 x 10^-5: the letter x is the times sign
        if "・" in line or "･" in line:
            line = _KANA_DOT.sub("·", line)
        if "N[" in line:
            line = _numeric_values(line)
        if bullet:  # a list bullet opening the line stays a bullet, not the product dot it maps to
            line = line[: bullet.start(1)] + "•" + line[bullet.end(1) :]
        line = "".join(" " if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) else c for c in line)
        out.append(line)
    return out


# the middle dot of Japanese (・, half-width ･) beside maths is the product's dot (`3/4・2/3`); between two words of
# the script it lists them (ヘッド・層) and stays
_KANA_DOT = re.compile(f"[・･](?![{UNSPACED}])|(?<![{UNSPACED}])[・･]")


# Mathematica's N[…], the numeric value of what it holds (`N[Exp[-1.1]]` = 0.332871): a call, not N times a bracket
_NUMERIC_VALUE = re.compile(r"(?<![\w\\])N\[")


def _numeric_values(line: str) -> str:
    """The line with each N[…] written as the bracket (…) its value is, every column kept."""
    chars = list(line)
    for m in _NUMERIC_VALUE.finditer(line):
        depth, closing = 0, None
        for at in range(m.end() - 1, len(line)):
            depth += {"[": 1, "]": -1}.get(line[at], 0)
            if depth == 0:
                closing = at
                break
        if closing is not None:
            chars[m.start() : m.end()] = [" ", "("]
            chars[closing] = ")"
    return "".join(chars)


def check_segment(text: str) -> tuple[str, int] | None:
    """Why a piece of maths is too large to parse safely, and where (0-based offset), or None."""
    if len(text) > MAX_LINE_LENGTH:
        return (f"this line of maths has {len(text)} characters; at most {MAX_LINE_LENGTH} are graded", 0)
    depth = 0
    digits = 0
    for i, c in enumerate(text):
        if c in "([{":
            depth += 1
            if depth > MAX_NESTING:
                return (f"brackets nested more than {MAX_NESTING} deep", i)
        elif c in ")]}":
            depth -= 1
        if c.isdigit():
            digits += 1
            if digits > MAX_DIGITS:
                return (f"a number longer than {MAX_DIGITS} digits", i - digits + 1)
        elif c != ".":
            digits = 0
    for m in _EXPONENT.finditer(text):
        if abs(int(m.group(1))) > MAX_EXPONENT:
            start = m.start()
            while start > 0 and text[start - 1] in "0123456789.":
                start -= 1
            return (f"a number with a power of ten beyond ±{MAX_EXPONENT}", start)
    return None


# Every exponent that follows a digit or point, wherever the lexer may start a number
# (in 1e-4e4300 it reads 1e-4, then e, -, and 4e4300).
_EXPONENT = re.compile(r"(?<=[0-9.])[eE]([+-]?\d+)")


# A number written with one comma between digits: `0,25`, `-1,386`, `10,000`. Not part of a run of
# such groups (`1,2,3`, `1,234,567`), not glued to a point, a letter or a subscript (`y_{1,2}`,
# `0.25,0.33`): a list or a condition is never one of these.
# A power written without braces (`e^0,75`) holds its number as any other place does.
# the comma plain or braced as LaTeX writes a decimal comma (`0{,}55`, so that no space follows it)
# a number straight after a LaTeX product sign (`\times0{,}5`) stands alone, as after a space; in a braced
# power a braced comma is one (`e^{0{,}55}`), and a plain one where the number fills the braces and is surely
# decimal by its own shape (`e^{0,55}`, `e^{6,3219}`; `e^{-0,55}` already was), never an index pair
# (`x^{1,2}`) or a list (`x^{1,2,3}`, `x^{0,5 t}`); an exponent may follow its digits (`3,086e-5`, `4,79E-5`)
_COMMA_NUMBER = re.compile(
    r"(?:(?<![\w.,])|(?<=\\times)|(?<=\\cdot))(?<!_\{)(?:(?<!\^\{)|(?=\d+\{,\}\d|0,\d+\}|\d+,\d{4,}\}))(\d+)(,|\{,\})(\d+)(?!(?![eE][-+−]?\d)\w|,\d|\.\d)"
)
# Unambiguously a decimal comma: integer part 0 (`0,25`), four or more decimals (`6,3219`), or one or
# two decimals (`2,32`), which no thousands separator leaves, unless a fraction's slash touches them
# (`(2/3,1/2)` lists two fractions).
_SURE_DECIMAL = re.compile(r"^(?:0,\d+|\d+,\d{4,})$")
_SHORT_DECIMAL = re.compile(r"^\d+,\d{1,2}$")
_E_NOTATION = re.compile(r"[eE][-+−]?\d")  # an exponent in e-notation, after a number's digits
# Unambiguously an English thousands separator: two or more groups of three, or a comma then a point.
_THOUSANDS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\w.,])\d{1,3},\d{3}\.\d")


def _plain(m: re.Match[str]) -> str:
    """The number with its comma written plainly: `0{,}55` → `0,55`."""
    return f"{m.group(1)},{m.group(3)}"


def _sure(m: re.Match[str]) -> bool:
    """Is this comma surely a decimal comma, whatever the rest of the file does?"""
    plain = _plain(m)
    if _SURE_DECIMAL.match(plain):
        return True
    text = m.string
    if _E_NOTATION.match(text, m.end()):
        return True  # a mantissa in e-notation (`3,086e-5`) is never grouped in thousands
    touches_slash = text[m.start() - 1 : m.start()] == "/" or text[m.end() : m.end() + 1] == "/"
    return bool(_SHORT_DECIMAL.match(plain)) and not touches_slash


# A number written with the raised (British) decimal point, `0·25`; never beside a fraction's slash
# (`1/2·1/4` multiplies).
_RAISED_NUMBER = re.compile(r"(?<![\d·/.])(\d+)·(\d+)(?![\d·/])")


def _surely_raised(m: re.Match[str]) -> bool:
    return m.group(1) == "0" or m.group(2).startswith("0") or len(m.group(2)) >= 3


def raised_points(lines: list[str]) -> list[str]:
    """Lines with each raised decimal point read as a point (`0·25` → `0.25`), one character for one.

    Only in a file that surely writes them: a number `0·…`, `2·08` or `3·0855` (a factor is never written
    0, 08 or 0855); then its other `2·97` too, while a spaced dot (`2 · 3`) and a dot beside a fraction stay
    products.
    """
    if not any(_surely_raised(m) for line in lines for m in _RAISED_NUMBER.finditer(line)):
        return lines
    return [_RAISED_NUMBER.sub(lambda m: f"{m.group(1)}.{m.group(2)}", line) for line in lines]


def decimal_commas(lines: list[str]) -> list[str]:
    """Lines with each decimal comma read as a point (`0,25` → `0.25`), one character for one.

    A braced comma (`0{,}55`) becomes a point and the number is padded with spaces after it, so the
    characters after the number keep their columns.
    Per number: integer part 0 or four or more decimals is surely a decimal comma. Per file: when the
    file writes such a number and no sure English thousands separator (`1,234,567`, `1,234.5`), its
    ambiguous numbers (`1,386`, `2,5`) follow that use too; otherwise only the sure ones are read so.
    A comma followed by a space, a letter or a bracket (`0.25, 0.33`, `P(y_2 | x, y_1)`, `C(I, am)`)
    is never a decimal comma.
    """
    text = "\n".join(lines)
    sure = [m for m in _COMMA_NUMBER.finditer(text) if _sure(m)]
    if not sure:
        return lines
    follow_file = _THOUSANDS.search(text) is None

    def point(m: re.Match[str]) -> str:
        if follow_file or _sure(m):
            return f"{m.group(1)}.{m.group(3)}" + " " * (len(m.group(2)) - 1)
        return m.group()

    return [_COMMA_NUMBER.sub(point, line) for line in lines]
