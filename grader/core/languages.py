"""Is a line written in a language the kinds' word tables have no rows for?

A kind reads its answers by words (a conclusion's "more likely", a blamed "line 2", a "Cheaper:"), one row
of each table per language. When a reader finds no answer, it matters why: an answer written in a language
with rows that says no choice ("it depends") is an answer that chose nothing, while one written in a
language without rows ("Jibu: A inawezekana zaidi") is one the grader could not read, and what it could not
read costs no marks (a person looks). Lines are in a known language when a third of their words or more are
words nearly every sentence of one uses (meanings.COMMON) or words of the tables, or when they use the
letters of a script whose language has rows and does not space its words (Han, kana, Hangul).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import ModuleType

from grader.core.lexicon import INDIC_MARKS, MATHS_NAMES, fold
from grader.core.meanings import ANSWER_LABEL, COMMON, NO, NOT, YES

# a word: two letters or more of any script (a single letter is a candidate's or a variable's name), the
# vowel signs of the scripts of India with their letters (তাই, not ত and ই), and the tone marks written
# apart on a Latin letter (Yoruba's bẹ́ẹ̀ni, not bẹ, ẹ and ni)
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{INDIC_MARKS}\u0300-\u036f])+")
# the letters of the scripts with rows whose words are not spaced: kana, Han, Hangul
_KNOWN_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# LaTeX commands and the names of maths (lexicon.MATHS_NAMES: log, exp, argmax, …) are no language's words
_COMMAND = re.compile(r"\\[A-Za-z]+")


def vocabulary(*tables: Mapping[str, Iterable[str]]) -> frozenset[str]:
    """The words of tables' phrases, folded ("more likely" gives "more" and "likely"; a pattern's `*` and
    `\\w*` are left out)."""
    return frozenset(
        fold(word)
        for table in tables
        for row in table.values()
        for phrase in row
        for word in _WORD.findall(phrase)
    )


def words_module(module: ModuleType) -> frozenset[str]:
    """Every word of a kind's words module: its tables are its module-level maps of language to words."""
    tables = [
        value
        for value in vars(module).values()
        if isinstance(value, Mapping)
        and value
        and all(isinstance(row, tuple) and all(isinstance(w, str) for w in row) for row in value.values())
    ]
    return vocabulary(*tables)


_KNOWN = vocabulary(COMMON, ANSWER_LABEL, YES, NO, NOT)


def words(line: str) -> list[str]:
    """The words of a line, folded, without LaTeX commands and the names of maths."""
    return [w for w in map(fold, _WORD.findall(_COMMAND.sub(" ", line))) if w not in MATHS_NAMES]


def unknown_language(lines: Iterable[str], known: Iterable[str] = ()) -> bool:
    """Are these lines written in words, fewer than a third of them words of a language the tables have rows
    for (or of `known`, a kind's own table words, folded)? A short word of one language may be a word of
    another ("on" in English and Finnish), so one such word does not make a sentence known. False for lines
    with no words at all, and for lines in the letters of an unspaced script with rows."""
    vocabulary = _KNOWN | frozenset(known)
    found = read = 0
    for line in lines:
        if _KNOWN_UNSPACED.search(line):
            return False
        for word in words(line):
            found += 1
            read += word in vocabulary
    return found > 0 and 3 * read < found
