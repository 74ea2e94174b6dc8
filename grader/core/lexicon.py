"""Words of one meaning in the course's languages, and the patterns that read them.

A reader that matches words ("more likely", "cheaper", "line", "answer") keeps one table per meaning, one
row per language (English, Spanish, Portuguese, French, German, Italian, …): a new language is one more row.
This module turns tables into patterns, the same way for every question kind: an accented letter also
matches its bare letter (students drop accents: más, mas), an umlaut also its letter with or without an e
(günstiger, guenstiger, gunstiger), ß also ss, Russian ё also е (растёт, растет), a Greek letter with or
without its tonos (άρα, αρα, ΑΡΑ), Armenian և also as ե and ւ, an Arabic letter with or
without its marks (احتمالاً, احتمالا) and in its Persian or Urdu form (ی, ک, ہ), a Hebrew word with its attached prefixes
(השורה, מ-B), an Amharic word with a preposition written on it (የመስኮት), a Yoruba word with or without its tone
marks and underdots (bẹ́ẹ̀ni, beeni, béèni), a Hausa hooked letter or its plain one (ƙarshe, karshe), a Persian
zero-width non-joiner as written, a space or nothing; a space is any run of white space, an apostrophe either form,
and a trailing `*` lets a word run on (`Fenster*` reads the German compound Fenstermodell); a word of the
scripts of India is whole with its vowel signs, which are no word characters to Python's \b (INDIC_MARK); the letters
of a word in a script that does not space its words (保留) match with or without spaces between them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

from grader.core.unspaced import UNSPACED

Table = Mapping[str, tuple[str, ...]]

# the letters of words in the scripts that space their words: Latin with its extensions (Spanish são, Polish
# ł, Vietnamese ư and Tổng, Hausa's hooked ɓ ɗ ƙ, Yoruba's tone marks written apart: ẹ́), Cyrillic, Armenian,
# Hebrew, Arabic and Persian (with their vowel signs, the hamza above and the zero-width non-joiner inside
# Persian words: لگاریتم‌ها), the scripts of India (उत्तर, উত্তর, விடை), Georgian and Ethiopic (መልስ). Greek is
# the maths' own (λ, Σ, π); scripts that do not space their words are UNSPACED.
WORD_LETTERS = (
    "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿЀ-ӿ\u0531-\u0587\u05d0-\u05ea\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff"
    "\u0900-\u0dff\u10d0-\u10ff\u200c\u0253\u0257\u1200-\u135a\u0300-\u036f"
)
# the names of maths and of LaTeX commands written as words (log, argmax, frac, …): no language's words
MATHS_NAMES = frozenset(
    ("log", "ln", "lg", "lb", "exp", "sqrt", "sum", "prod", "min", "max", "argmax", "argmin", "softmax",
     "sigmoid", "tanh", "frac", "cdot", "times", "approx", "pr", "nll", "ppl", "ll")
)  # fmt: skip
# the letters of Greek words (Απάντηση, άρα), monotonic and polytonic, without the symbol forms (ϑ, ϕ, ϵ): a
# reader that takes them for words of prose takes two letters or more, as one is the maths' own (λ, Σ, Θ)
GREEK_LETTERS = "\u0386\u0388-\u03ce\u1f00-\u1ffc"

_UNSPACED_LETTER = re.compile(f"[{UNSPACED}]")
_DOTLESS = {"ё": "е", "Ё": "Е"}
# Hausa's hooked letters, typed as their plain letters as often as not (ƙarshe, karshe; ɗaya, daya)
_HOOKED = {"ƙ": "k", "Ƙ": "K", "ɗ": "d", "Ɗ": "D", "ɓ": "b", "Ɓ": "B", "ƴ": "y", "Ƴ": "Y"}
_PLAIN = str.maketrans(_HOOKED)
# Romanian ș and ț (comma below) typed with a cedilla as often (ş, ţ), and either without its mark
_ROMANIAN = {"ș": "șşs", "ş": "şșs", "ț": "țţt", "ţ": "ţțt", "Ș": "ȘŞS", "Ş": "ŞȘS", "Ț": "ȚŢT", "Ţ": "ŢȚT"}
# Arabic-script letters written more than one way: Persian ی and ک are Arabic ي (and ى) and ك, and an alef
# with its hamza is often typed bare (أكثر, اكثر); a word of one is found in the other's spelling
_ARABIC_FORMS = {
    "ي": "يیى",
    "ی": "یيى",
    "ى": "ىيی",
    "ك": "كک",
    "ه": "هہ",  # Urdu's gol he (ہ) typed as Arabic ه and back
    "ہ": "ہه",
    "ک": "کك",
    "أ": "أا",
    "إ": "إا",
    "آ": "آا",
}
# the marks written on Arabic letters or not (tanween ً, the short vowels, shadda, sukun, the dagger alef)
# and the tatweel that stretches a word: a letter of a table word may carry any of them
_ARABIC_MARKS = "[\u064b-\u065f\u0670\u0640]*"
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")
# Hebrew attaches its prefixes to the next word ("ו", and; "ה", the; "ב", in; "ל", to; "מ", from; "כ", as;
# "ש", that), bare or with a hyphen or maqaf ("מ-B", "השורה", "מהמודל"): a Hebrew table word may carry them
HEBREW_PREFIXES = "ובכלמהש"
# Amharic writes its prepositions on the next word ("የ", of; "በ", in, by; "ለ", for; "ከ", from, than: "የመስኮት
# ሞዴል", the window's model): an Ethiopic table word may carry one
AMHARIC_PREFIXES = "የበለከ"
_ETHIOPIC = re.compile("[\u1200-\u135a]")
# (no counted repeat: some kinds pass patterns through str.format)
_HEBREW_PREFIX = f"(?:[{HEBREW_PREFIXES}][{HEBREW_PREFIXES}]?[-\u05be]?)?"
# the vowel signs and other marks of the scripts of India (ा, ि, ँ, ্, ா, ை): letters of a word to a reader,
# but no word characters to Python's \b and \w. A table word ending in one ends, as a match, on its last
# letter, its marks looked ahead for (so a \b after it holds); a word ending in a letter is not followed by a
# mark (कम is no कमी); a stem runs on over letters and marks
INDIC_MARKS = "".join(c for c in map(chr, range(0x0900, 0x0E00)) if unicodedata.category(c) in ("Mn", "Mc"))
INDIC_MARK = f"[{INDIC_MARKS}]"
# the marks that are letters of their word to a reader of words: India's vowel signs and the Latin combining
# marks written apart (Yoruba's tones on ẹ and ọ: mọ́ is m, ọ and U+0301), inside a character class
WORD_MARKS = INDIC_MARKS + "\u0300-\u036f"
_INDIC = re.compile("[\u0900-\u0dff]")
_RUN_ON = f"(?:\\w|{INDIC_MARK})*"


# Greek letters with their tonos, dialytika or (polytonic) breathings and accents, each with its bare letter:
# a Greek table word matches with or without them (άρα, αρα, ΑΡΑ), as an Arabic one does with or without its
# vowel marks
def _greek_forms() -> dict[str, str]:
    """Each Greek letter (lower case, accented or not) with every form of its bare letter; σ with ς."""
    forms: dict[str, str] = {}
    for code in (*range(0x0386, 0x03D0), *range(0x1F00, 0x1FFF)):
        char = chr(code).lower()
        base = unicodedata.normalize("NFD", char)[0]
        if char.isalpha() and "\u03b1" <= base <= "\u03c9":
            forms[base] = "".join(dict.fromkeys(forms.get(base, base) + char))
    forms["σ"] = forms["ς"] = "σς"
    return {c: forms[unicodedata.normalize("NFD", c)[0]] for row in forms.values() for c in row}


_GREEK = _greek_forms()
# Armenian's ligature և (and) is typed as its two letters ե and ւ as often: a table word writes it և
_ARMENIAN_EW = "(?:\u0587|\u0565\u0582)"
_VOWELS = {"a": "áàâãä", "e": "éèêë", "i": "íìîï", "o": "óòôõö", "u": "úùûü", "c": "ç", "n": "ñ"}
# any form of a letter, accented or not: where a reader is told a plain letter may be written with any accent
_ANY_FORM = {c: f"[{plain}{marks}]" for plain, marks in _VOWELS.items() for c in (plain, *marks)}


def unaccented(text: str) -> str:
    """The text without its accents (`línea` → `linea`), case kept."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """The text in lower case without its accents (Hausa's hooked letters as their plain ones: ƙ, k;
    Armenian ե + ւ as և): how words are looked up in a table."""
    return unaccented(text.lower()).translate(_PLAIN).replace("\u0565\u0582", "\u0587")


def every(*tables: Table | Iterable[str]) -> list[str]:
    """Every word of the tables, in every language, once, longest first (a pattern tries them in turn, so
    `más barato` is tried before `más`)."""
    found: set[str] = set()
    for table in tables:
        for row in table.values() if isinstance(table, Mapping) else [tuple(table)]:
            found.update(row)
    return sorted(found, key=lambda w: (-len(w), w))


def letter(char: str, any_accent: bool = False) -> str:
    """One letter as a pattern: an accented letter also as its bare letter, an umlaut also with an e after
    it, ß also as ss, ё also as е; with `any_accent`, a bare vowel also with any accent."""
    if char == "ß":
        return "(?:ß|ss)"
    if char in "äöüÄÖÜ":
        return f"(?:{char}|{unicodedata.normalize('NFD', char)[0]}e?)"
    if char in _DOTLESS:  # Russian ё is written е as often as not (четвёртая, четвертая)
        return f"[{char}{_DOTLESS[char]}]"
    if char in _HOOKED:
        return f"[{char}{_HOOKED[char]}]"
    if char in _ROMANIAN:
        return f"[{_ROMANIAN[char]}]"
    if any_accent and char in _ANY_FORM:
        return _ANY_FORM[char]
    if _ARABIC_LETTER.match(char):
        return f"[{_ARABIC_FORMS.get(char, char)}]{_ARABIC_MARKS}"
    if char.lower() in _GREEK:
        return f"[{_GREEK[char.lower()]}]"
    if char == "\u0587":
        return _ARMENIAN_EW
    bare = unicodedata.normalize("NFD", char)[0]
    return f"[{char}{bare}]" if bare != char and bare.isascii() else re.escape(char)


# the marks written apart over or under a Latin letter (Yoruba's tones on ẹ and ọ: ẹ́, ọ̀; m̀), with the letter
# before them (ẹ́ is ẹ and U+0301 in NFC: no letter is both): a table word's are optional, as Arabic's vowel
# marks are
_COMBINING = "\u0300-\u036f"
_CLUSTER = re.compile(f"[{_COMBINING}]+|.[{_COMBINING}]*", re.DOTALL)


def _marked(char: str, marks: str, any_accent: bool) -> str:
    """A letter with marks written apart after it as a pattern: the letter (bare or as written) with each
    mark optional, or the one letter its plain form and the marks make (ẹ́: ẹ́, ẹ, e, é)."""
    if not char.isalpha():
        return re.escape(char) + "".join(f"{re.escape(m)}?" for m in marks)
    body = letter(char, any_accent) + "".join(f"{re.escape(m)}?" for m in marks)
    one = unicodedata.normalize("NFC", unicodedata.normalize("NFD", char)[0] + marks)
    return f"(?:{body}|{re.escape(one)})" if len(one) == 1 and one != char else body


def phrase(word: str, regex: bool = False, any_accent: bool = False) -> str:
    """A word or phrase of a table as a pattern (see the module). With `regex`, the word is itself a small
    pattern (`más probables?`): its other characters are kept as they are, not escaped."""
    stem = word.endswith("*") and not regex
    out = []
    if "\u05d0" <= word[:1] <= "\u05ea":
        # a word of two letters takes only the conjunctions: "ולא", "שלא", but "מלא" (full) is no "לא"
        out.append(_HEBREW_PREFIX if len(word.rstrip("*")) > 2 else "(?:[וש][-\u05be]?)?")
    elif _ETHIOPIC.match(word[:1]) and len(word.rstrip("*")) > 1:
        out.append(f"[{AMHARIC_PREFIXES}]?")
    for cluster in _CLUSTER.findall(word.rstrip("*") if stem else word):
        char, marks = cluster[0], cluster[1:]
        if marks:  # a letter with its marks written apart (ẹ́): the marks optional, or the letter as one (é)
            out.append(_marked(char, marks, any_accent))
            continue
        if char == "\u200c":  # Persian's zero-width non-joiner (محتمل‌تر): written, a space, or left out
            out.append("[\u200c ]?")
            continue
        if char == "\u200d":  # Sinhala's zero-width joiner (ප්‍රශ්නය, සාමාන්‍ය): written or left out
            out.append("\u200d?")
            continue
        if _UNSPACED_LETTER.match(char) and out and _UNSPACED_LETTER.match(out[-1][-1]):
            out.append(r"\s*")  # 保留 matches 保留 as written and 保 留 set apart (grader.core.unspaced)
        if char == " ":
            out.append(r"\s+")
        elif char in "'’":
            out.append("['’]\\s*")
        elif char.isalpha():
            out.append(letter(char, any_accent))
        else:
            out.append(char if regex else re.escape(char))
    body = "".join(out).replace(r"\s+\s+", r"\s+")
    if not _INDIC.search(word):
        return body + (r"\w*" if stem else "")
    if regex:
        body = body.replace(r"\w*", _RUN_ON)
    if stem:
        body += _RUN_ON
    run_on = word[:-1] if stem else word.removesuffix(r"\w*") if regex else word
    if run_on != word:
        # a stem that runs on over nothing after a mark (வைத்துக்கொள்: ends on its virama): as the word alone
        return f"(?:{body}|{phrase(run_on, regex, any_accent)})" if run_on[-1:] in INDIC_MARKS else body
    marks = len(word) - len(word.rstrip(INDIC_MARKS))
    if marks and marks < len(word):
        head = phrase(word[:-marks], regex, any_accent).removesuffix(f"(?!{INDIC_MARK})")
        # the whole word where nothing needs a \b after it; else its letters, the marks looked ahead for (or
        # the end: the letters alone are what a caller matched, matched again)
        end = f"(?![^\\W_]|{INDIC_MARK})"
        return f"(?:{body}{end}|{head}(?={re.escape(word[-marks:])}{end}|$))"
    return body + (f"(?!{INDIC_MARK})" if _INDIC.match(word[-1]) else "")


def alternation(*tables: Table | Iterable[str], regex: bool = False, any_accent: bool = False) -> str:
    """A group (no capture) matching any word of the tables, longest first. Where every word's first letter
    is known, the group first looks ahead for one of them: a text is searched for many words of many
    languages, and most of its positions start none of them."""
    found = every(*tables)
    body = "(?:" + "|".join(phrase(w, regex, any_accent) for w in found) + ")"
    firsts = _first_letters(found, regex, any_accent)
    return f"(?:(?=[{firsts}]){body})" if firsts else body


def _first_letters(found: list[str], regex: bool, any_accent: bool) -> str | None:
    """Every character a match of the words can start with (both cases, bare and accented forms), as the
    inside of a character class; None where a word's first character is not a plain one (a small pattern
    starting with a group or an optional letter)."""
    chars: set[str] = set()
    for word in found:
        c = word[:1]
        if (
            not c
            or c.isspace()
            or (regex and (not c.isalpha() or word[1:2] in ("?", "*", "{") or "|" in word))
        ):
            return None
        if c in "'’":
            chars.update("'’")
            continue
        forms = {
            c,
            unicodedata.normalize("NFD", c)[0],
            _DOTLESS.get(c, c),
            _HOOKED.get(c, c),
            *_ROMANIAN.get(c, ""),
        }
        forms.update(_ARABIC_FORMS.get(c, ""))
        forms.update(_GREEK.get(c.lower(), ""))
        if c == "\u0587":
            forms.add("\u0565")
        marks = _CLUSTER.match(word)[0][1:]  # ẹ̀ta may be written èta
        one = unicodedata.normalize("NFC", unicodedata.normalize("NFD", c)[0] + marks)
        if marks and len(one) == 1:
            forms.add(one)
        if "\u05d0" <= c <= "\u05ea":
            forms.update(HEBREW_PREFIXES)
        if _ETHIOPIC.match(c) and len(word.rstrip("*")) > 1:
            forms.update(AMHARIC_PREFIXES)
        if c == "ß":
            forms.add("s")
        if any_accent and c in _ANY_FORM:
            forms.update(_ANY_FORM[c].strip("[]"))
        chars.update(f for form in forms for f in (form, form.lower(), form.upper()))
    return "".join(re.escape(ch) for ch in sorted(chars)) or None


def union(*tables: Table) -> dict[str, tuple[str, ...]]:
    """One table of the words of all the tables, language by language, each word once, in first-seen order:
    how a kind extends a shared meaning with its own words."""
    merged: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for language, row in table.items():
            merged[language] = tuple(dict.fromkeys((*merged.get(language, ()), *row)))
    return merged


def denial(
    negations: Table, cues: Iterable[Table], before: Callable[[Table], str], whole: Callable[[Table], str]
) -> Callable[[str, str], bool]:
    """A test of whether a cue ("more likely", "wrong") is denied by a negation in the text just before it,
    `before(table)` the pattern of a negation there and `whole(table)` that of a whole cue. A negation denies
    a cue of its own language: Czech "ne" (not) is Hausa's copula ("A ne mafi yiwuwa": A is the likeliest).
    A cue of languages with negations of their own is denied by theirs only; a cue that is English's too, or
    of a language whose negations have no row (or follow the word), by any language's, as before."""
    cues = list(cues)
    anywhere = re.compile(before(negations), re.IGNORECASE)
    of = {lang: re.compile(before({lang: row}), re.IGNORECASE) for lang, row in negations.items() if row}
    cue_of = {
        lang: re.compile(whole({lang: tuple(x for t in cues for x in t.get(lang, ()))}), re.IGNORECASE)
        for lang in dict.fromkeys(lang for t in cues for lang in t)
        if any(t.get(lang) for t in cues)
    }

    def denied(text: str, cue: str) -> bool:
        languages = [lang for lang, pattern in cue_of.items() if pattern.fullmatch(cue)]
        if not languages or "en" in languages or not all(lang in of for lang in languages):
            return bool(anywhere.search(text))
        return any(of[lang].search(text) for lang in languages)

    return denied


def denied_words(negations: Table, cues: Table, gap: str, any_accent: bool = False) -> str:
    """A pattern of a negation, `gap`, then a cue it denies, by the rule of `denial`: each language's negations
    before its own cues, English's, and those of the languages whose negations have no row ("no error",
    "sin error", "ba tare da kuskure", but not Czech "ne" before Hausa's "kuskure")."""
    open_ = tuple(x for lang, row in cues.items() if lang == "en" or not negations.get(lang) for x in row)
    return (
        "(?:"
        + "|".join(
            f"{alternation(row, any_accent=any_accent)}{gap}"
            f"{alternation((*cues.get(lang, ()), *open_), any_accent=any_accent)}"
            for lang, row in negations.items()
            if row
        )
        + ")"
    )


def numbered_words(negations: Table, *numbered: Table) -> list[str]:
    """The words that are a negation in one language and, in another, a word a number follows (French "pas",
    not; Catalan "pas", step): before a number ("pas 1 → the") such a word is the other language's, no
    negation. Compared folded."""
    named = {fold(w) for table in numbered for row in table.values() for w in row}
    return sorted(
        {w for row in negations.values() for w in row if fold(w) in named}, key=lambda w: (-len(w), w)
    )


def not_numbered(negations: Table, *numbered: Table) -> str:
    """A lookahead that fails where a word of `numbered_words` is followed by a number: put before a
    negation's pattern, the word then reads as the numbered one ("pas 2", step 2), not as "not"."""
    found = numbered_words(negations, *numbered)
    return rf"(?!{alternation(found)}\s*#?\d)" if found else ""
