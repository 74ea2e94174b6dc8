"""One set of word letters (lexicon.WORD_LETTERS) for every reader: words of Hebrew, Arabic, Persian,
Bengali, Tamil, Devanagari, Armenian or Georgian around a cost expression are prose, as Latin or Cyrillic
words are, so "|V|^n רצפים (…)" is read as the answer with words after it. Wrong twins: a wrong expression
among the same words stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

WORDS = [
    ("תשובה:", "רצפים (|V| אפשרויות בכל מקום)"),  # Hebrew
    ("উত্তর:", "টি ক্রম (প্রতিটি অবস্থানে |V| টি বিকল্প)"),  # Bengali
    ("விடை:", "வரிசைகள் (ஒவ்வொரு இடத்திலும் |V| தேர்வுகள்)"),  # Tamil
    ("الجواب:", "تسلسلاً (|V| خيارات في كل موضع)"),  # Arabic
    ("पासुख:", "अनुक्रम (हर स्थान पर |V| विकल्प)"),  # Devanagari
    ("Պատասխան:", "հաջորդականություն"),  # Armenian
    ("პასუხი:", "მიმდევრობა"),  # Georgian
]


@pytest.mark.parametrize(("label", "after"), WORDS)
def test_words_of_any_script_around_a_cost_answer(label: str, after: str) -> None:
    full, codes = grade("cost", "exhaustive-search", f"{label} |V|^n {after}\n")
    assert full, codes


@pytest.mark.parametrize(("label", "after"), WORDS[:4])
def test_a_wrong_expression_among_the_same_words_stays_wrong(label: str, after: str) -> None:
    full, codes = grade("cost", "exhaustive-search", f"{label} n^|V| {after}\n")
    assert not full, codes
