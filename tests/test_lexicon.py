"""The one way word tables of the course's languages become patterns (grader.core.lexicon), which every
question kind's readers share: what a student may write for a word in a table, and what they may not."""

from __future__ import annotations

import re

import pytest

from grader.core import lexicon

TABLE = {
    "en": ("cheaper",),
    "es": ("más barato",),
    "de": ("günstiger", "Fenster*", "Größe"),
    "fr": ("l'ordre",),
}


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("cheaper", True),
        ("más barato", True),
        ("mas barato", True),  # an accent dropped
        ("más   barato", True),  # any run of spaces
        ("günstiger", True),
        ("guenstiger", True),  # the umlaut as ue
        ("gunstiger", True),
        ("Fenstermodell", True),  # a word that runs on (*)
        ("Grösse", True),  # ß as ss
        ("l’ordre", True),  # either apostrophe
        ("más caro", False),
        ("cheap", False),
    ],
)
def test_a_tables_words_as_students_write_them(text: str, matches: bool) -> None:
    pattern = re.compile(rf"^{lexicon.alternation(TABLE)}$", re.IGNORECASE)
    assert bool(pattern.match(text)) is matches


def test_any_accent_lets_a_bare_vowel_take_one() -> None:
    assert re.fullmatch(lexicon.alternation(["linea"], any_accent=True), "línea")
    assert not re.fullmatch(lexicon.alternation(["linea"]), "línea")


def test_longest_first_and_each_once() -> None:
    assert lexicon.every({"es": ("más", "más barato")}, ["más"]) == ["más barato", "más"]
    assert lexicon.fold("Línea") == "linea" and lexicon.unaccented("Línea") == "Linea"


def test_a_word_that_is_a_pattern_keeps_its_syntax() -> None:
    pattern = lexicon.phrase("más probables?", regex=True)
    assert re.fullmatch(pattern, "mas probable") and re.fullmatch(pattern, "más probables")
