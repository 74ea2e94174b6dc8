"""A minus moved from one factor of a step to another (`exp(-(1/N) Σ ln p)` = `exp((1/2)·1.1)`, the sum's
minus taken into 1.1) keeps the step's value: no sign error, although each factor alone differs by its sign.
Only an even number of places differing by sign alone, with the whole step holding, is such a move; one
flipped sign, or flips that change the value, stay sign errors."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PERPLEXITY = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")
GENERAL = "PPL = exp(-(1/N) Σ_{i=1}^{N} ln Pr(y_i | x, y_{<i}))\n"


@pytest.mark.parametrize(
    "step",
    [
        "= exp((1/2) · 1.1) = exp(0.55) ≈ 1.733",
        "= exp((1/2)(0.7 + 0.4)) = exp(0.55) ≈ 1.733",
        "= exp(1.1/2) ≈ 1.733",
        "= exp(-(1/2)(-1.1)) = exp(0.55) ≈ 1.733",  # no move: both signs kept
    ],
)
def test_a_minus_moved_into_the_sum_is_no_sign_error(step: str) -> None:
    report = grade_text(GENERAL + step + "\n", PERPLEXITY)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score


@pytest.mark.parametrize(
    "step",
    [
        "= exp((1/2) · (-1.1)) = exp(-0.55) ≈ 0.577",  # one sign dropped: the value changes
        "= exp(-(1/2) · 1.1) = exp(-0.55) ≈ 0.577",
    ],
)
def test_a_sign_that_changes_the_value_stays_an_error(step: str) -> None:
    report = grade_text(GENERAL + step + "\n", PERPLEXITY)
    assert report.verdict == "incorrect", report.codes
    assert "sign-error" in report.codes or "final-answer-wrong" in report.codes
