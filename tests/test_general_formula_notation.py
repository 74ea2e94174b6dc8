"""Notation a theory-minded class writes around its general formulas, read as maths: TeX's \\frac with
one-character arguments unbraced (\\frac12, \\frac1N), definitions with ≜ and ≝ as with := and ≔, and a
clause that defines a name after the statement that used it ("PPL = P(y|x)^{-1/N} with N = 2", "where N =
2", "for N = 2"). Read, they are judged: wrong twins (a wrong N in the clause, a wrong fraction) stay wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PERPLEXITY = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")


@pytest.mark.parametrize(
    "text",
    [
        "$$\\mathrm{PPL} = \\exp\\Big(-\\frac1N \\sum_{i=1}^{N} \\ln \\Pr(y_i \\mid x, y_{<i})\\Big)$$\n"
        "$$= \\exp(\\frac12 \\cdot 1.1) = \\exp(0.55) \\approx 1.733$$\n",
        "ℓ(y) ≜ Σ_{i=1}^{N} ln Pr(y_i | x, y_{<i}) = -0.7 + (-0.4) = -1.1\nPPL ≝ exp(-ℓ(y)/N) = exp(0.55) ≈ 1.733\n",
        "PPL = Pr(y | x)^{-1/N} with N = 2\n= (e^{-1.1})^{-1/2} = e^{0.55} ≈ 1.733\n",
        "PPL = exp(NLL/N) where N = 2\nNLL = 0.7 + 0.4 = 1.1\nPPL = exp(1.1/2) ≈ 1.733\n",
        "PPL = exp(1.1/N) for N = 2\n= exp(0.55) ≈ 1.733\n",
    ],
)
def test_general_notation_is_read_without_review(text: str) -> None:
    report = grade_text(text, PERPLEXITY)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score
    assert "parse-error" not in report.codes, report.codes


@pytest.mark.parametrize(
    "text",
    [
        "PPL = exp(1.1/N) with N = 3\n= exp(0.367) ≈ 1.443\n",  # the wrong N, in the clause
        "PPL = exp(1.1/N) where N = 4\n= 1.316\n",
        "$$\\mathrm{PPL} = \\exp(\\frac13 \\cdot 1.1) \\approx 1.443$$\n",  # the wrong fraction
        "NLL ≜ 0.7 · 0.4 = 0.28\nPPL = exp(0.28/2) ≈ 1.150\n",  # multiplied, under ≜
    ],
)
def test_wrong_work_in_that_notation_stays_wrong(text: str) -> None:
    report = grade_text(text, PERPLEXITY)
    assert report.verdict == "incorrect", report.codes


def test_a_shorthand_fraction_over_zero_is_refused_not_read() -> None:
    report = grade_text("$$\\mathrm{PPL} = \\frac10$$\n", PERPLEXITY)
    assert report.verdict != "correct"
