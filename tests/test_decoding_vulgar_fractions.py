"""A decoding answer that writes its probabilities as fraction characters (⅔, ½) is read as one writing 2/3, 1/2.

blind-kinds60 decoding--greedy-sam-bigram/002 (a paste from a word processor, which turns 2/3 into ⅔ as it is
typed) was unparsable: the reader's numbers were digits only. Each such character is now a number, exact as the
fraction is; a wrong choice so written is still named. A metamorphic table: each answer, its fractions written
as single characters, is graded as the answer with the fractions typed out.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

GREEDY = ROOT / "problems/decoding/greedy-sam-bigram.toml"
ANSWERS = [
    "<s> → I (2/3) → am (2/3) → </s> (1/2, tie with Sam broken towards </s>)\nP = 2/3 · 2/3 · 1/2 = 2/9 ≈ 0.22\n",
    "Greedy picks I (2/3), then am (2/3), then </s> (1/2).\nSequence: <s> I am </s>, probability 2/9.\n",
    "<s> → I (2/3) → am (2/3) → Sam (1/2) → </s> (1/2)\nP = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≈ 0.11\n",
]
CHARACTERS = {"2/3": "⅔", "1/2": "½"}


def graded(text: str):  # type: ignore[no-untyped-def]
    report = load_question(GREEDY).grade(text.encode(), "answer.txt")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize("typed", ANSWERS)
def test_fraction_characters_read_as_the_fractions(typed: str) -> None:
    written = typed
    for fraction, character in CHARACTERS.items():
        written = written.replace(fraction, character)
    assert written != typed
    assert graded(written) == graded(typed)
