"""A bare Σ written after a sum is worked names that sum, with the student's own value of it.

"Σ ln Pr(y_i | x, y_<i) = -1.1" and then "−(1/N)Σ = 1.1 ÷ 2 = 0.55": the Σ alone is the sum just worked, as a
name the student gave it would be (blind59, blind60 deep-learning-perplexity/002, logprobs-inline-perplexity/
003). It was an unknown symbol, its step unchecked and the work sent for review; now the step is judged from
the student's value of the sum, so a slip after it is an arithmetic error and right work needs no review. A Σ
written before any sum is worked names nothing: an unknown symbol, a warning, no marks lost.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"  # Σ ln p = -1.1, PPL = e^0.55 = 1.7333
SUM = "Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.1\n"

# (name, right text, wrong twin)
CASES = [
    (
        "minus a fraction times Σ",
        SUM + "N = 2\n-(1/N)Σ = 1.1 / 2 = 0.55\nPPL = e^0.55 ≈ 1.733\n",
        SUM + "N = 2\n-(1/N)Σ = 1.1 / 2 = 0.65\nPPL = e^0.65 ≈ 1.916\n",
    ),
    (
        "Σ over N in the exponent",
        SUM + "PPL = e^{-Σ/2} = e^{0.55} = 1.733\n",
        SUM + "PPL = e^{-Σ/2} = e^{0.65} = 1.916\n",
    ),
    (
        "Σ over N alone",
        SUM + "-Σ/2 = 0.55\nPPL = e^0.55 = 1.7333\n",
        SUM + "-Σ/2 = 0.45\nPPL = e^0.45 = 1.5683\n",
    ),
    (
        "full-width, Chinese",
        "Σ ln Pr(y_i | x, y_<i) ＝ (−0.7) ＋ (−0.4) ＝ −1.1\nN ＝ 2，所以 −(1/N)Σ ＝ 1.1 ÷ 2 ＝ 0.55\nPPL ＝ e^0.55 ≈ 1.733\n",
        "Σ ln Pr(y_i | x, y_<i) ＝ (−0.7) ＋ (−0.4) ＝ −1.1\nN ＝ 2，所以 −(1/N)Σ ＝ 1.1 ÷ 2 ＝ 0.65\nPPL ＝ e^0.65 ≈ 1.916\n",
    ),
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(PERPLEXITY).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(("name", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_sigma_is_the_sum_worked_before_it(name: str, right: str, wrong: str) -> None:
    report = graded(right)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]
    report = graded(wrong)
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes
    assert "arithmetic-error" in report.codes, report.codes
    assert "unknown-symbol" not in report.codes


def test_the_sum_carries_the_students_own_value() -> None:
    # their sum slipped (-1.2); the Σ after it is their -1.2, so the halving is judged right from it
    report = graded("Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.2\n-Σ/2 = 0.6\nPPL = e^0.6 = 1.8221\n")
    arithmetic = [d for d in report.diagnostics if d.code == "arithmetic-error"]
    assert [d.span.line for d in arithmetic] == [1], report.codes


def test_a_sigma_before_any_sum_names_nothing() -> None:
    report = graded("-(1/2)Σ = 0.55\nPPL = e^0.55 = 1.7333\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    unknown = [d for d in report.diagnostics if d.code == "unknown-symbol"]
    assert unknown and all(d.severity == "warning" for d in unknown)
