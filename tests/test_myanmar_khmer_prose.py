"""Burmese and Khmer, like Thai and Lao, do not space their words: a word of theirs before the maths is prose
(a label or a name: "ပေါင်းလဒ် = -10.3862" says "the sum is"), and their full stops (။, ។) end a sentence.
The values after them are judged; wrong twins stay wrong."""

from __future__ import annotations

import pytest

from grader.core.precheck import FULL_STOPS
from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

DEEP = load_problem(ROOT / "problems/seed/deep-learning.toml")


@pytest.mark.parametrize(
    "text",
    [
        "log Pr(y|x) = -0.7 + (-0.4)\nပေါင်းလဒ် = -1.1\n",  # Burmese: sum
        "log Pr(y|x) = -0.7 + (-0.4)\nផលបូក = -1.1។\n",  # Khmer: sum, with its full stop
        "ကွင်းဆက်စည်းမျဉ်းအရ log Pr(y|x) = -0.7 + (-0.4) = -1.1။\n",  # Burmese prose glued to the maths
    ],
)
def test_burmese_and_khmer_words_are_prose(text: str) -> None:
    report = grade_text(text, DEEP)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize(
    "text",
    [
        "log Pr(y|x) = -0.7 + (-0.4)\nပေါင်းလဒ် = -1.3\n",
        "log Pr(y|x) = -0.7 * (-0.4)\nផលបូក = 0.28។\n",
    ],
)
def test_wrong_values_after_them_stay_wrong(text: str) -> None:
    assert grade_text(text, DEEP).verdict == "incorrect"


def test_their_full_stops_end_a_sentence() -> None:
    assert FULL_STOPS["။"] == FULL_STOPS["។"] == "."
