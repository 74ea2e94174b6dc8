"""A sentence that names positions before its maths ("Note y_1 comes first, y_2 after: log Pr(y|x) = …") is
words, and the maths after it is read (issue 10, blind-kinds32: such a line was dropped without a word, and a
window answer lost its part). A name last before the relation ("the total is Z_2 ≈ 14.001") is the maths'
own left side, not a word of the sentence."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

DL = ROOT / "problems/seed/deep-learning.toml"
LEADS = [
    "Note y_1 comes first, y_2 after: ",
    "By the chain rule y_1 comes first and y_2 is conditioned on it: ",
    "Here w_1 is deep and w_2 is learning, so ",
    "Since y_{2} depends on y_{1}, ",
]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(
    ("maths", "verdict"),
    [
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.1", "correct"),
        ("log Pr(y|x) = (-0.7)(-0.4) = 0.28", "incorrect"),  # the wrong twin
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.3", "incorrect"),
    ],
)
def test_maths_after_a_sentence_naming_positions_is_read(lead: str, maths: str, verdict: str) -> None:
    report = load_question(DL).grade((lead + maths).encode(), "s.txt")
    assert report.verdict == verdict, report.codes
    assert "no-maths" not in report.codes


WINDOW = ROOT / "problems/window/deep-learning-window.toml"


def test_a_window_part_after_words_naming_positions() -> None:
    text = (
        "Full model: log P(y|x) = -0.7 + (-0.4) = -1.1\n"
        "Window model: y_1 sees only ML, y_2 only deep: log P(deep|ML) + log P(learning|deep) = -2.2 + (-0.9) = -3.1\n"
        "Gap: -1.1 - (-3.1) = 2.0\n"
        "Cheaper: the window model, it reads one token."
    )
    report = load_question(WINDOW).grade(text.encode(), "s.txt")
    assert report.verdict == "correct", report.codes
    wrong = text.replace("(-0.9) = -3.1", "(-0.9) = -3.3").replace("(-3.1) = 2.0", "(-3.3) = 2.2")
    assert load_question(WINDOW).grade(wrong.encode(), "s.txt").parts["window"] < 1
