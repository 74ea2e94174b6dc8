"""Words written in Latin letters beyond Latin-1 and Extended-A (Vietnamese ư, ơ and the letters with two
marks: Bước, Tổng, Cộng, đầu; Latin Extended-B and Additional) are prose, as Spanish or Polish words are:
a label or a sentence in them is never a line of maths the grader could not read. Wrong twins keep their
slips."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/deep-learning.toml")


@pytest.mark.parametrize(
    "text",
    [
        "Bước 1: log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\nBước 2: thay số: = -0,7 + (-0,4) = -1,1\n",
        "Tổng: log P(y|x) = -0.7 + (-0.4) = -1.1\nĐáp số: -1.1\n",
        "Cộng hai token đầu: log P(y|x) = -0.7 + (-0.4) = -1.1\n",
        "Ước lượng: log P(y|x) = -0.7 + (-0.4) = -1.1 (đơn vị nats)\n",
    ],
)
def test_words_in_latin_extended_letters_are_prose(text: str) -> None:
    report = grade_text(text, PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize(
    "text",
    [
        "Bước 2: thay số: = -0,7 + (-0,4) = -1,2\n",
        "Tổng: log P(y|x) = (-0.7)(-0.4) = 0.28\n",
    ],
)
def test_slips_after_such_words_are_charged(text: str) -> None:
    report = grade_text(text, PROBLEM)
    assert report.verdict == "incorrect", report.codes
    assert any(d.severity == "error" for d in report.diagnostics)
