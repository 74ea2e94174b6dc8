"""The work's last statement may give its value a name of the student's own (`∏ = 0.04883`, `p = p1·p2·p3·p4
= 0.0488`, `s = -0.7 + (-0.4) = -1.1`): that value was worked out, and it is the answer when no line is
labelled the answer and none names the asked quantity. A name the problem defines (N, λ) states a fact about
the problem, never the answer; a wrong value under an own name stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

INTERPOLATION = load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml")
DEEP = load_problem(ROOT / "problems/seed/deep-learning.toml")
FACTORS = (
    "p1 = P(I|<s>) = ¾·(2/3) + ¼·(3/17) = 0.54412\n"
    "p2 = P(am|I) = ¾·(2/3) + ¼·(2/17) = 0.52941\n"
    "p3 = P(Sam|am) = ¾·(1/2) + ¼·(2/17) = 0.40441\n"
    "p4 = P(</s>|Sam) = ¾·(1/2) + ¼·(3/17) = 0.41912\n\n"
)
UNNAMED = (
    "P(I|<s>) = 0.5 + 0.0441 = 0.5441\nP(am|I) = 0.5 + 0.0294 = 0.5294\n"
    "P(Sam|am) = 0.375 + 0.0294 = 0.4044\nP(</s>|Sam) = 0.375 + 0.0441 = 0.4191\n\n"
)


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (INTERPOLATION, FACTORS + "p = p1·p2·p3·p4 = 0.04883\n"),
        (INTERPOLATION, FACTORS + "∏ = p1·p2·p3·p4 = 0.04883\n"),
        (INTERPOLATION, FACTORS + "q = p1 p2 p3 p4 ≈ 0.0488\n"),
        (INTERPOLATION, UNNAMED + "∏ = 0.04883\n"),
        (INTERPOLATION, UNNAMED + "p = 0.0488\n"),
        (INTERPOLATION, UNNAMED + "prob = 0.5441 · 0.5294 · 0.4044 · 0.4191 = 0.0488\n"),
        (DEEP, "a = log Pr(deep|x) = -0.7\nb = log Pr(learning|x, deep) = -0.4\ns = a + b = -1.1\n"),
        (DEEP, "a = -0.7\nb = -0.4\nS = a + b = -1.1\n"),
    ],
)
def test_the_last_value_under_an_own_name_is_the_answer(problem, text: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (INTERPOLATION, FACTORS + "p = p1·p2·p3·p4 = 0.0588\n"),  # an arithmetic slip
        (INTERPOLATION, UNNAMED + "∏ = 0.4191\n"),  # the last factor, not the product
        (INTERPOLATION, UNNAMED + "p = 0.5441 + 0.5294 + 0.4044 + 0.4191 = 1.897\n"),  # added
        (DEEP, "a = -0.7\nb = -0.4\nS = a · b = 0.28\n"),  # multiplied log-probabilities
        (DEEP, "a = -0.7\nb = -0.4\nS = -0.7\n"),
    ],
)
def test_a_wrong_value_under_an_own_name_stays_wrong(problem, text: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "incorrect", report.codes
    assert report.score < report.max_score


def test_a_name_the_problem_defines_after_the_work_is_no_answer() -> None:
    """`λ₁ = 3/4` written last restates the problem's weight: the answer is still the product above it."""
    text = UNNAMED + "0.5441·0.5294·0.4044·0.4191 = 0.0488\nλ₁ = 3/4\n"
    report = grade_text(text, INTERPOLATION)
    assert report.verdict == "correct", report.codes
    assert report.final_answer is not None and report.final_answer.correct
