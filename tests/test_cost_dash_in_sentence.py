"""A hyphen or en dash set apart by spaces before a word of prose is a dash in a sentence, not a minus: the
cost answer before it ends there ("O(L h n^3) - cubic in the length, …"). A minus between terms of maths
("n^2 - nk") stays a minus. Wrong twins: a wrong power before the same dash stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

WORK = (
    "At step i each of the t <= i positions scores t keys, so one head in one layer does i(i+1)/2 scores.\n"
    "Over i = 1..n that is about n^3/6 (exactly n(n+1)(n+2)/6), and every head in every layer does it.\n"
)


@pytest.mark.parametrize(
    "answer",
    [
        "So the total grows like O(L h n^3) - cubic in the length, which is why caches help.",
        "Total: O(L h n^3) – cubic, so long outputs get slow.",
        "So it is O(L h n^3) - which is cubic.",
    ],
)
def test_a_dash_before_words_ends_the_answer(answer: str) -> None:
    full, codes = grade("cost", "recompute-growth", WORK + answer + "\n")
    assert full, codes


@pytest.mark.parametrize(
    "answer",
    [
        "So the total grows like O(L h n^2) - quadratic in the length.",
        "So the total grows like O(n^3) - cubic in the length.",
    ],
)
def test_a_wrong_answer_before_the_dash_stays_wrong(answer: str) -> None:
    full, codes = grade("cost", "recompute-growth", WORK + answer + "\n")
    assert not full, codes
