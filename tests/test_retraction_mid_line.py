"""A retraction in the middle of a line, after the value it takes back and before its redo on the same line
("P(</s>|Sam) = 1/3   scratch that, C(Sam)=2 -> 1/2"), withdraws the statement before it there: the slip is
neither charged nor credited and the redo is judged. With no redo after it on its line, the statement before
it is the redo of earlier work, as before. Wrong twins: a wrong redo stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")
HEAD = "P(I|<s>) = 2/3\nP(am|I) = 2/3\nP(Sam|am) = 1/2\n"


@pytest.mark.parametrize(
    "line",
    [
        "P(</s>|Sam) = 1/3  scratch that, C(Sam)=2 -> 1/2",
        "P(</s>|Sam) = 0/2 = 0   oops, C(Sam </s>) = 1, so 1/2",
        "P(</s>|Sam) = 1/3   wait, no: C(Sam) = 2, giving 1/2",
        "P(</s>|Sam) = 1/3  correction: 1/2",
    ],
)
def test_a_value_taken_back_mid_line_is_not_charged(line: str) -> None:
    report = grade_text(HEAD + line + "\nP = (2/3)(2/3)(1/2)(1/2) = 1/9 = 0.1111\n", SAM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes


@pytest.mark.parametrize(
    "line",
    [
        "P(</s>|Sam) = 1/2  scratch that, C(Sam)=3 -> 1/3",
        "P(</s>|Sam) = 1/3  oops - C(Sam </s>) = 1, so 1/4",
    ],
)
def test_a_wrong_redo_after_the_retraction_stays_wrong(line: str) -> None:
    report = grade_text(HEAD + line + "\nP = (2/3)(2/3)(1/2)(1/3) = 0.0741\n", SAM)
    assert report.verdict == "incorrect", report.codes


def test_a_retraction_with_nothing_after_it_still_redoes_earlier_work() -> None:
    text = (
        HEAD
        + "P(</s>|Sam) = 1/3\nP(</s>|Sam) = 1/2   (oops, slip above)\nP = (2/3)(2/3)(1/2)(1/2) = 0.1111\n"
    )
    report = grade_text(text, SAM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes
