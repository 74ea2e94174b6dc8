"""A bracket ending an answer line after its value, holding a statement of its own ("Answer: -1.1 (P(y|x) ≈
0.333)", "답: −1.1 (Pr(y|x) = 0.333)"), is a remark beside the answer: read and checked as an aside, never
part of the answer and never a line the grader could not read. Wrong twins: a wrong answer beside a right
remark, a wrong remark beside a right answer."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/deep-learning.toml")
WORK = "log P(y|x) = -0.7 + (-0.4) = -1.1\n"


@pytest.mark.parametrize(
    "answer",
    [
        "Answer: -1.1 (P(y|x) ≈ 0.333)",
        "Answer: -1.1 (P(y|x) = 0.3329)",
        "답: −1.1 (Pr(y|x) ≈ 0.333)",
        "Final answer: -1.1 (e^{-1.1} = 0.333).",
        "Answer: (-0.7) + (-0.4) = -1.1",  # brackets that are the answer's own
    ],
)
def test_a_remark_in_brackets_beside_the_answer(answer: str) -> None:
    report = grade_text(WORK + answer + "\n", PROBLEM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score
    assert not report.needs_review, report.codes


@pytest.mark.parametrize(
    "answer",
    [
        "Answer: -1.8 (P(y|x) ≈ 0.333)",  # the answer is wrong; the remark does not make it right
        "Answer: -1.1 (P(y|x) ≈ 0.9)",  # the remark is a wrong statement, checked
    ],
)
def test_wrong_answers_or_remarks_beside_them(answer: str) -> None:
    report = grade_text(WORK + answer + "\n", PROBLEM)
    assert report.verdict == "incorrect", report.codes
