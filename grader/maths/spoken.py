"""Read mathematics dictated in words (speech-to-text, screen-reader style) as the notation the grammar reads:
"log P of deep given x equals minus 0.7" becomes "log P(deep | x) = -0.7", "two thirds times two thirds
equals four ninths" becomes "2/3 * 2/3 = 4/9", each line keeping its length (symbols take the place of the
words they replace, padded with spaces), so diagnostics keep their columns.

The vocabulary is the standard one of spoken maths (MathSpeak/ClearSpeak): number words with "point",
fractions as ordinals, plus/minus/negative/times/over/divided by, equals/is/is about, of, given, comma,
open/close paren, to the power of, squared/cubed, square root of, log base b of, ln, e to the, ten to the
minus n. A word outside it stays as written. Only a line that states maths in words is read (a spoken
relation between spoken operands, or an answer label before a spoken value, and no `=` of its own), so
ordinary prose ("I multiplied four times") is never touched. One pass over the words: linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = {w: n for w, n in _UNITS.items() if n < 10}
# an ordinal as a fraction's denominator: "thirds", "a ninth", "fourteenths", "hundredths"
_ORDINALS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
_ORDINALS |= {w + "s": n for w, n in list(_ORDINALS.items()) if w not in ("half", "halves")}
_ORDINALS["quarters"] = 4

# spoken words and the symbol each stands for; the first word of each phrase is the key
_OPERATORS = {
    ("plus",): "+",
    ("times",): "*",
    ("multiplied", "by"): "*",
    ("divided", "by"): "/",
    ("over",): "/",
}
_RELATIONS = {  # (words, symbol, strong): a strong relation needs only a spoken value on its right
    ("is", "equal", "to"): ("=", True),
    ("is", "approximately"): ("≈", True),
    ("is", "about"): ("≈", True),
    ("approximately", "equals"): ("≈", True),
    ("approximately",): ("≈", True),
    ("equals",): ("=", True),
    ("equal", "to"): ("=", True),
    ("equals", "about"): ("≈", True),
    ("comes", "to"): ("=", True),
    ("comes", "to", "about"): ("≈", True),
    ("comes", "to", "roughly"): ("≈", True),
    ("comes", "to", "approximately"): ("≈", True),
    ("is", "roughly"): ("≈", True),
    ("about",): ("≈", False),
    ("is",): ("=", False),
}
_PROBABILITY = {"p", "pr"}
_FUNCTIONS = {"log", "ln", "exp", "sqrt", "lg"}
_MINUS = {"minus", "negative"}
_ANSWER = {"answer"}
_TOKEN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|\S")
_MAX_WORDS = 400  # a longer line is no dictated step; left as written


@dataclass
class _Out:
    """One piece of the spoken line's translation: its text, the column it came from, and whether it hugs
    the piece before it (no space between)."""

    text: str
    column: int
    glue: bool = False


def _number(words: list[str], i: int) -> tuple[str, int] | None:
    """The number spoken from words[i] ("zero point two five", "one hundred ninety six") and the index after
    it, or None if no number word starts there."""
    total, current, j, seen = 0, 0, i, False
    while j < len(words):
        w = words[j]
        if w in _UNITS:
            last = current % 100
            if seen and (
                total + current == 0 or last and not (last >= 20 and last % 10 == 0 and _UNITS[w] < 10)
            ):
                break  # "two five" is two numbers, "twenty five" one
            current += _UNITS[w]
        elif w in _TENS:
            if current % 100:
                break
            current += _TENS[w]
        elif w in _SCALES and seen:
            scale = _SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif w == "and" and seen and j + 1 < len(words) and (words[j + 1] in _UNITS or words[j + 1] in _TENS):
            pass  # "one hundred and six"
        else:
            break
        seen = True
        j += 1
    if not seen:
        return _point(words, i)
    text = str(total + current)
    if j + 1 < len(words) and words[j] == "point" and words[j + 1] in _DIGITS:
        j += 1
        decimals = ""
        while j < len(words) and words[j] in _DIGITS:
            decimals += str(_DIGITS[words[j]])
            j += 1
        text += "." + decimals
    return text, j


def _point(words: list[str], i: int) -> tuple[str, int] | None:
    """A decimal said from its point ("point three six" is 0.36) and the index after it, or None."""
    j = i + 1
    while i < len(words) and words[i] == "point" and j < len(words) and words[j] in _DIGITS:
        j += 1
    return ("0." + "".join(str(_DIGITS[d]) for d in words[i + 1 : j]), j) if j > i + 1 else None


# what "negative" names, not negates: the negative log-likelihood, the negative log-probability (NLL)
_NEGATIVE_OF = frozenset(
    {"likelihood", "likelihoods", "probability", "probabilities", "prob", "probs", "loss"}
)


def _names_quantity(words: list[str], i: int) -> bool:
    """Is words[i] the "negative" of a quantity's name ("negative log-likelihood"), not a minus sign?"""
    after = [w for w in words[i + 1 : i + 4] if w != "-"]  # "log-likelihood" is read as log, -, likelihood
    return words[i] == "negative" and len(after) >= 2 and after[0] == "log" and after[1] in _NEGATIVE_OF


def _operand_starts(words: list[str], i: int) -> bool:
    """Does a spoken operand (a number, a letter, a function, a signed value) start at words[i]?"""
    while i < len(words) and words[i] in _MINUS:
        i += 1  # "minus minus 2" is as hostile as it is rare: looked past without recursion
    if i >= len(words):
        return False
    w = words[i]
    if w[0].isdigit() or w in _UNITS or w in _TENS or w in _FUNCTIONS or w in _PROBABILITY or w == "e":
        return True
    if _point(words, i) is not None:
        return True
    if w in ("square", "open") or (w == "a" and i + 1 < len(words) and words[i + 1] in _ORDINALS):
        return True
    return len(w) == 1 and w.isalpha()


def _spoken_starts(words: list[str], i: int) -> bool:
    """Does a value said in words start at words[i] ("zero point five", "minus 0.7", "e to the", "log of",
    "a half"), not one already in digits?"""
    if i >= len(words):
        return False
    w = words[i]
    if w in _UNITS or w in _TENS or w == "a" and i + 1 < len(words) and words[i + 1] in _ORDINALS:
        return True
    if _point(words, i) is not None:
        return True
    if w in _MINUS:
        return _operand_starts(words, i + 1)
    if w == "e":
        return _exponent(words, i + 1) is not None if i + 1 < len(words) else False
    follows = words[i + 1] if i + 1 < len(words) else ""
    return (
        (w in _FUNCTIONS or w in _PROBABILITY)
        and follows == "of"
        or w == "log"
        and follows == "base"
        or (w == "square" and follows == "root")
    )


def _phrase(words: list[str], i: int, table: dict) -> tuple[tuple[str, ...], object] | None:
    """The longest phrase of `table` starting at words[i], and what it stands for."""
    for length in (3, 2, 1):
        key = tuple(words[i : i + length])
        if len(key) == length and key in table:
            return key, table[key]
    return None


_GLOSS = re.compile(r"(?P<value>-?\d+(?:\.\d+)?)\s*\(\s*(?P=value)\s*\)")
_SENTENCES = re.compile(r"(?<=[.;!?])(\s+)(?=[A-Z])")  # a sentence's end, its spaces kept as a part


def spoken(line: str, letters: frozenset[str] = frozenset()) -> str:
    """The line with its spoken maths written in notation, of the same length; a line that states no maths in
    words, or holds a symbolic relation of its own, is returned as it is (each of its sentences read alone). `letters` are the quantities a kind
    names (n, L, d): a spoken operator on one of them states maths without a relation ("n times L")."""
    if not re.search(r"[A-Za-z]{2}", line):
        return line
    if "=" in line or "≈" in line:  # a sentence of its own may still say its maths in words
        sentences = _SENTENCES.split(line)
        if len(sentences) == 1:
            return line
        return "".join(s if "=" in s or "≈" in s or s.isspace() else spoken(s, letters) for s in sentences)
    tokens = _letters_joined([(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(line)])
    if len(tokens) > _MAX_WORDS:
        return line
    words = [t[2].lower() for t in tokens]
    out = _translate(tokens, words, letters)
    if out is None:
        return line
    # "minus one point one (-1.1)": the digits in brackets after a value said in words gloss it, no factor
    return _GLOSS.sub(lambda m: m["value"] + " " * (len(m.group(0)) - len(m["value"])), _lay_out(out, line))


def _translate(
    tokens: list[tuple[int, int, str]], words: list[str], letters: frozenset[str] = frozenset()
) -> list[_Out] | None:
    """The pieces of the translated line, or None if it states no maths in words."""
    out: list[_Out] = []
    opened: list[str] = []  # the functions whose brackets are open: "p" (words inside) or "f" (one operand)
    stated = False  # a relation between spoken operands, or an answer label before a spoken value
    related = False  # a relation has been read on the line
    operand_end = False  # the last piece ends an operand
    expression = False  # that operand is maths said as such (an operator, a function, a number in words)
    conditioned = False  # the open P has its "given"
    glue_next = False
    led = False  # the word before is a pronoun naming the value before it ("which is …"), blanked
    written: list[
        bool
    ] = []  # the brackets written in notation that are open: each a term's ("Pr(y | x)") or not
    operand_before_comma = False  # the last token is a comma after an operand
    i = 0
    n = len(tokens)

    def emit(text: str, at: int, glue: bool = False) -> None:
        nonlocal glue_next
        if "o" in opened and not (glue or glue_next):  # "O(" is shorter than "big O of": its terms close up
            text, glue = " " + text, True
        out.append(_Out(text, tokens[at][0], glue or glue_next))
        glue_next = False

    def close_all(keep: str = "") -> None:
        while opened and opened[-1] != keep:
            opened.pop()
            out.append(_Out(")", out[-1].column if out else 0, True))

    def named(at: int) -> bool:  # are the piece before and the token at `at` operands, one a kind's letter
        left = out[-1].text if out else ""
        right = tokens[at][2] if at < n else ""
        both = (left in letters or _digits(left)) and (
            right in letters or _digits(right) or words[at] in _UNITS
        )
        return both and (left in letters or right in letters)

    while i < n:
        w = words[i]
        start, end, raw = tokens[i]
        spaced = i > 0 and tokens[i - 1][1] < start  # a space before this token as written
        led, was_led = False, led
        # a relation
        relation = _phrase(words, i, _RELATIONS)
        lead = w in ("which", "that") and i + 1 < n and _phrase(words, i + 1, _RELATIONS) is not None
        # "…, which is …": the pronoun names the operand before its comma
        after_comma = i > 1 and tokens[i - 1][2] == "," and operand_before_comma
        if lead and (operand_end or opened or i == 0 or after_comma):
            i += 1  # "which is about": the pronoun names the value before; blanked
            led = True
            continue
        if relation is not None:
            key, (symbol, strong) = relation
            after = i + len(key)
            left = operand_end and not _letter(out) or bool(opened) or was_led
            in_words = bool(opened) and opened[-1] == "p" and strong  # "P of w given v equals count of …"
            # "N equals 2 is minus 0.55": a second, weak relation is the sentence's verb, not a step
            # "step 2 is 0.5": a lone number in digits before a weak "is" is prose, not an operand
            weak_left = was_led or bool(opened) or operand_end and expression and not _letter(out)
            if (_operand_starts(words, after) or in_words) and (strong or weak_left and not related):
                close_all()
                emit(symbol, i)
                stated = stated or left or _spoken_starts(words, after)
                related = True
                operand_end = expression = False
                i = after
                continue
        if w in _ANSWER:
            j = i + 1
            while j < n and j < i + 3 and words[j] in ("is", "about", "approximately", "of"):
                j += 1
            stated = stated or _spoken_starts(words, j)
        operator = _phrase(words, i, _OPERATORS)
        if operator == (("plus",), "+") and not operand_end and out and out[-1].text == "(":
            i += 1  # "exp of plus 0.55": a sign said before the operand, no operator
            continue
        if operator is not None and (operand_end or opened) and _operand_starts(words, i + len(operator[0])):
            key, symbol = operator
            stated = stated or named(i + len(key))
            close_all(keep="o")
            emit(str(symbol), i)
            operand_end, expression = False, True
            i += len(key)
            continue
        if w in _MINUS and _operand_starts(words, i + 1) and not _names_quantity(words, i):
            if operand_end or (opened and opened[-1] == "f" and out and out[-1].text != "("):
                close_all(keep="o")
            emit("-", i)
            glue_next = expression = True
            operand_end = False
            i += 1
            continue
        number = _number(words, i)
        if number is not None or w[0].isdigit() or (w == "a" and i + 1 < n and words[i + 1] in _ORDINALS):
            text, after = number if number is not None else (raw if w != "a" else "1", i + 1)
            if after < n and words[after] in _ORDINALS and text.isdigit():
                text += "/" + str(_ORDINALS[words[after]])  # "two thirds": 2/3
                after += 1
            expression = expression or number is not None
            emit(text, i, glue=not spaced and w[0].isdigit())  # "(-1.1)": digits hug the sign written before
            # "3.086 e minus 5": the exponent of a number in scientific notation
            if (
                after + 1 < n
                and words[after] == "e"
                and (_number(words, after + 1) or words[after + 1] in _MINUS)
            ):
                out.append(_Out("e", tokens[after][0], True))
                glue_next = True
                after += 1
            operand_end = True
            i = after
            if glue_next:
                continue
            if opened and opened[-1] == "f":
                close_all()
            continue
        if w in ("to", "raised") and (exponent := _exponent(words, i)) is not None and operand_end:
            stated = stated or named(exponent)
            out.append(_Out("^", start, True))
            glue_next = expression = True
            operand_end = False
            i = exponent
            continue
        if w in ("squared", "cubed") and operand_end:
            stated = stated or out[-1].text in letters
            out.append(_Out("^2" if w == "squared" else "^3", start, True))
            expression = True
            i += 1
            continue
        if (
            w == "e"
            and i + 1 < n
            and words[i + 1] in ("to", "raised")
            and _exponent(words, i + 1) is not None
        ):
            emit("e", i)
            operand_end = expression = True
            i += 1
            continue
        if w == "big" and words[i + 1 : i + 3] == ["o", "of"] and _operand_starts(words, i + 3):
            emit("O(", i)
            opened.append("o")
            glue_next = expression = stated = True
            i += 3
            continue
        if w == "square" and i + 2 < n and words[i + 1] == "root" and words[i + 2] == "of":
            emit("sqrt(", i)
            opened.append("f")
            glue_next = expression = True
            i += 3
            continue
        if w == "log" and i + 2 < n and words[i + 1] == "base" and (base := _base(words, i + 2)) is not None:
            emit("log_" + base[0], i)
            i = base[1]
            operand_end, expression = False, True
            if i < n and words[i] == "of":
                out.append(_Out("(", tokens[i][0], True))
                opened.append("f")
                glue_next = True
                i += 1
            continue
        if (w in _FUNCTIONS or w in _PROBABILITY) and i + 1 < n and words[i + 1] == "of":
            emit(raw, i)
            out.append(_Out("(", tokens[i + 1][0], True))
            opened.append("p" if w in _PROBABILITY else "f")
            glue_next = expression = True
            operand_end = conditioned = False
            i += 2
            continue
        if w in ("open", "close") and i + 1 < n and words[i + 1] in ("paren", "parenthesis", "bracket"):
            emit("(" if w == "open" else ")", i, glue=w == "close")
            glue_next = w == "open"
            operand_end, expression = w == "close", True
            i += 2
            continue
        if opened and opened[-1] == "p":
            if w == "given" or w == "and" and conditioned:
                emit("|" if w == "given" else ",", i)
                conditioned = True
            elif w == "comma":
                emit(",", i, glue=True)
            elif w == "start":
                emit("<s>", i)
            elif w == "end":
                emit("</s>", i)
            else:
                emit(raw, i, glue=not spaced)
            operand_end = True
            i += 1
            continue
        if w == "comma" and operand_end:
            emit(",", i, glue=True)
            operand_end = False
            i += 1
            continue
        if opened and not raw[0].isalnum() and raw not in ",.;:" or opened and raw.isalpha() and len(raw) > 1:
            close_all()
        # a word outside the vocabulary (or a letter, a mark) stays as written
        operand_before_comma = raw == "," and operand_end
        if raw in ",;" and not opened:
            related = False  # a clause ends: "…, that is minus 1.1, so log P of y given x is minus 1.1"
        term = raw in ")}" and bool(written) and written.pop()  # "Pr(y | x)", "e^{0.75}" closed: a term
        if raw in "({":
            written.append(
                i > 0 and (words[i - 1] in _PROBABILITY or words[i - 1] in _FUNCTIONS or words[i - 1] == "^")
            )
        emit(raw, i, glue=not spaced)
        operand_end = len(raw) == 1 and raw.isalpha() or raw in ")}"
        expression = term or expression and raw == ")"
        i += 1
    if not stated:
        return None
    close_all()
    return out


def _digits(text: str) -> bool:
    """Is the text a number in digits ("12", "0.5")?"""
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", text))


def _letter(out: list[_Out]) -> bool:
    """Is the last piece a bare letter ("I", "V"): in "count of start I is 2" a word, not an operand."""
    return bool(out) and len(out[-1].text) == 1 and out[-1].text.isalpha()


def _base(words: list[str], i: int) -> tuple[str, int] | None:
    """A logarithm's base, in digits or in words, and the index after it."""
    if i < len(words) and words[i].isdigit():
        return words[i], i + 1
    return _number(words, i)


def _letters_joined(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Tokens with a name spelled out letter by letter ("N L L": capitals one space apart) joined into one."""
    out: list[tuple[int, int, str]] = []
    spelled = False  # the last token is a run of single capitals
    for start, end, raw in tokens:
        single = len(raw) == 1 and raw.isupper()
        if (
            single
            and out
            and out[-1][1] + 1 == start
            and (spelled or len(out[-1][2]) == 1 and out[-1][2].isupper())
        ):
            out[-1] = (out[-1][0], end, out[-1][2] + raw)
            spelled = True
            continue
        spelled = False
        out.append((start, end, raw))
    return out


def _exponent(words: list[str], i: int) -> int | None:
    """Where the exponent starts after "to the (power of)" / "raised to (the power of)" at words[i], if an
    operand follows."""
    j = i
    if words[j] == "raised":
        j += 1
        if j >= len(words) or words[j] != "to":
            return None
    j += 1
    if j < len(words) and words[j] == "the":
        j += 1
    if j < len(words) and words[j] == "power":
        j += 1 + (j + 1 < len(words) and words[j + 1] == "of")  # "to the power n", "to the power of n"
    return j if j > i + 1 and _operand_starts(words, j) else None


def _lay_out(out: list[_Out], line: str) -> str:
    """The pieces placed at their columns (or just after the piece before, if it ran over), the line padded
    to its length; the line as it is if the pieces do not fit."""
    chars = [" "] * len(line)
    cursor = 0
    for piece in out:
        at = cursor if piece.glue else max(piece.column, cursor + 1 if cursor else 0)
        if at + len(piece.text) > len(line):
            return line
        chars[at : at + len(piece.text)] = piece.text
        cursor = at + len(piece.text)
    return "".join(chars)


def spoken_lines(lines: list[str], letters: frozenset[str] = frozenset(), values: bool = False) -> list[str]:
    """Lines with maths dictated in words written in notation, each of the same length (columns stay). With
    `values` (a kind whose values are probabilities, as decoding's), a line that states no maths in words
    still has its unmistakable spoken values written as numbers (spoken_values). A sign said before a number
    in digits is its sign on any line ("the full stop adds minus 0.2231")."""
    out = []
    for line in lines:
        read = spoken(line, letters)
        if read == line:
            read = spoken_signs(spoken_values(line) if values else line)
        out.append(read)
    return out


# "minus" or "negative" said before a number in digits, not after an operand (then it subtracts): its sign
_SPOKEN_SIGN = re.compile(r"\b(?:minus|negative)\s+(?=\d|\.\d)", re.IGNORECASE)
_OPERAND_BEFORE = re.compile(r"(?:[\d)\]}]|\b[A-Za-z])\s*$")


def spoken_signs(line: str) -> str:
    """The line with each sign said in a word before a number in digits written as "-", of the same length:
    "give minus 0.0517" is "give -0.0517"; "0.5 minus 0.3" and "x minus 1" subtract and stay as written."""
    if "minus" not in line.lower() and "negative" not in line.lower():
        return line
    return _SPOKEN_SIGN.sub(  # (an operand looked for just before the word: linear in the line)
        lambda m: (
            m.group(0)
            if _OPERAND_BEFORE.search(line, max(0, m.start() - 40), m.start())
            else "-".rjust(len(m.group(0)))
        ),
        line,
    )


_DIGIT_WORD = "|".join(w for w, n in _UNITS.items() if n < 10)
_FRACTION_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# a value that cannot be a word of a sentence: a decimal said from its point ("point one eight", "zero point
# four two") or a fraction with its ordinal ("two thirds", "one half", "a half")
_SPOKEN_VALUE = re.compile(
    rf"\b(?:(?:zero|oh)\s+)?point(?P<digits>(?:\s+(?:{_DIGIT_WORD}))+)\b"
    rf"|\b(?P<top>{_DIGIT_WORD}|a)\s+(?P<bottom>{_FRACTION_WORD})\b",
    re.IGNORECASE,
)


def _value_written(m: re.Match[str]) -> str:
    if m["digits"]:
        text = "0." + "".join(str(_DIGITS[d.lower()]) for d in m["digits"].split())
    else:
        top = 1 if m["top"].lower() == "a" else _UNITS[m["top"].lower()]
        text = f"{top}/{_ORDINALS[m['bottom'].lower()]}"
    return text.ljust(len(m.group()))


def spoken_values(line: str) -> str:
    """The line with each spoken value that cannot be a word of a sentence written as a number, of the same
    length: "the dog point one eight" is "the dog 0.18", "Sam at one half" is "Sam at 1/2"; "the best one"
    stays words (a number word alone may count or name things)."""
    return (
        _SPOKEN_VALUE.sub(_value_written, line)
        if "point" in line.lower() or _FRACTION_HINT.search(line)
        else line
    )


_FRACTION_HINT = re.compile(rf"\b(?:{_FRACTION_WORD})\b", re.IGNORECASE)


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def dictated_lines(lines: list[str]) -> list[str]:
    """spoken_lines for the lines that say a number in words ("minus one point one"): where a reader meets
    maths among sentences that write their numbers in digits ("-1.1 minus -1.8 is 0.7"), those sentences
    are prose to it and stay as written."""
    read = spoken_lines(lines)
    return [new if _NUMBER_WORD.search(old) else old for old, new in zip(lines, read, strict=True)]
