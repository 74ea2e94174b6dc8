"""A step that fails as read, beside a right final answer, with no known mistake to explain it, is sent for
review (`step-unconfirmed`, a warning) instead of costing marks: on fresh work such steps were misread
tables, consoles and notations far more often than real slips (issue 10 §1). A mistake the catalogue
names still costs marks beside a right answer, the same failing step beside a wrong answer still costs
marks, and an instructor's own text (a flaw question's flawed derivation) gets no benefit of the doubt.
The texts are written for this test.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


def _errors(report) -> set[str]:
    return {d.code for d in report.diagnostics if d.severity == "error"}


# (problem, working with a step that fails as read, a right final line, a wrong final line)
UNEXPLAINED = [
    (
        "deep-learning",
        "row 2 -0.7-0.4=-1.1\n",  # a running sum's row labelled: read as 2 - 0.7 - 0.4
        "Answer: -1.1\n",
        "Answer: -1.2\n",
    ),
    (
        "sam-corpus",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n= (2/3)(2/3)(1/2)(1/2) = 1/8\n",
        "so P = 1/9 ≈ 0.1111\n",
        "so P = 1/8 = 0.125\n",
    ),
    (
        "bigram-english-food",
        "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n"
        "= 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 = 0.25 · 0.33 · 0.0011 · 0.5\n",
        "Answer: 3.0855e-5\n",
        "Answer: 4.5375e-5\n",
    ),
    (
        "deep-learning-perplexity",
        "PP = exp(-(log P(deep|x) + log P(learning|x, deep))/2) = exp((0.7 + 0.4)/2) = exp(0.65)\n",
        "PP = 1.733\n",
        "PP = 1.916\n",
    ),
]


@pytest.mark.parametrize(("stem", "work", "right", "wrong"), UNEXPLAINED, ids=[c[0] for c in UNEXPLAINED])
def test_step_failing_as_read_beside_a_right_answer_is_reviewed_not_charged(stem, work, right, wrong):
    report = grade_text(work + right, _problem(stem), "t.txt")
    assert "step-unconfirmed" in report.codes, report.codes
    assert not _errors(report), report.codes
    assert report.score == report.max_score and report.verdict == "correct"
    assert report.needs_review
    assert not [s for s in report.steps if s.status == "error"]


@pytest.mark.parametrize(("stem", "work", "right", "wrong"), UNEXPLAINED, ids=[c[0] for c in UNEXPLAINED])
def test_the_same_step_beside_a_wrong_answer_still_costs_marks(stem, work, right, wrong):
    report = grade_text(work + wrong, _problem(stem), "t.txt")
    assert "step-unconfirmed" not in report.codes
    assert _errors(report), report.codes
    assert report.score < report.max_score and report.verdict == "incorrect"


# A catalogued mistake on the way to a right final answer: still charged, benefit of the doubt or not.
NAMED = [
    ("log P(y|x) = log P(deep|x) * log P(learning|x, deep) = -0.7 + (-0.4) = -1.1\n", "multiplied-log-probs"),
    ("log P(y|x) = log(P(deep|x) + P(learning|x, deep)) = -0.7 + (-0.4) = -1.1\n", "added-probs"),
    ("log P(y|x) = log P(deep|x) - log P(learning|x, deep) = -0.7 + (-0.4) = -1.1\n", "sign-error"),
    ("log P(y|x) = log P(deep|x) + log P(learning|x) = -0.7 + (-0.4) = -1.1\n", "dropped-conditioning"),
]


@pytest.mark.parametrize(("text", "code"), NAMED, ids=[c[1] for c in NAMED])
def test_a_named_mistake_beside_a_right_answer_is_still_charged(text, code):
    report = grade_text(text, _problem("deep-learning"), "t.txt")
    assert report.final_answer is not None and report.final_answer.correct
    assert code in _errors(report), report.codes
    assert "step-unconfirmed" not in report.codes
    assert report.score < report.max_score


def test_an_instructors_own_text_gets_no_benefit_of_the_doubt():
    work, right = UNEXPLAINED[0][1], UNEXPLAINED[0][2]
    report = grade_text(work + right, _problem("deep-learning"), "flawed", benefit_of_doubt=False)
    assert "arithmetic-error" in _errors(report), report.codes
    assert "step-unconfirmed" not in report.codes


# A slip carried into a final answer that the problem's tolerance still accepts: the final is not right at
# the precision written, so the slip is no doubt and is charged.
CARRIED = [
    ("deep-learning", "log P(y|x) = log P(deep|x) + log P(learning|x, deep) = -0.7 + (-0.4) = -1.105\n"),
    ("deep-learning", "log P(y|x) = -0.7 + (-0.4)\n= -1.104\nAnswer: -1.104\n"),
]


@pytest.mark.parametrize(("stem", "text"), CARRIED)
def test_a_slip_carried_into_a_final_inside_tolerance_is_charged(stem, text):
    report = grade_text(text, _problem(stem), "t.txt")
    assert report.final_answer is not None and report.final_answer.correct  # inside the tolerance
    assert "arithmetic-error" in _errors(report), report.codes
    assert "step-unconfirmed" not in report.codes
    assert report.score < report.max_score


# (problem, a line read in full whose plain arithmetic slips, a right final line)
PLAIN_SLIPS = [
    (
        "deep-learning",
        "log P(y|x) = log P(deep|x) + log P(learning|x, deep) = -0.7 + (-0.4) = -1.2\n",
        "Answer: -1.1\n",
    ),
    ("sam-corpus", "P = 2/3 * 2/3 * 1/2 * 1/2\n= 4/9 * 1/4 = 1/8\n", "so P = 1/9 ≈ 0.1111\n"),
    ("logprobs-inline-perplexity", "= -1.2 + (-0.3) = -1.6\n", "PP = e^{0.75} = 2.117\n"),
]


@pytest.mark.parametrize(("stem", "work", "right"), PLAIN_SLIPS, ids=[c[0] for c in PLAIN_SLIPS])
def test_a_slip_in_plain_arithmetic_read_in_full_stands_beside_a_right_answer(stem, work, right):
    """Numbers and written operators on a line read from start to end leave nothing to misread: the slip
    is shown and costs marks, whatever the final answer."""
    report = grade_text(work + right, _problem(stem), "t.txt")
    assert report.final_answer is not None and report.final_answer.correct
    assert "arithmetic-error" in _errors(report), report.codes
    assert report.verdict == "incorrect" and report.score < report.max_score
