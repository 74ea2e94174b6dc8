"""Where a per-token quantity is asked (a perplexity), the mean per token written under the name NLL or
log-likelihood ("NLL = (0.7 + 0.4)/2 = 0.55", as PyTorch's NLLLoss reports the mean) and used as the mean is
a name to look at, not a false value: a warning for review, no deduction. With a unit per token ("0.55
nat/token", "nats per token") the name means the mean and nothing is flagged. Wrong twins: the mean divided
again, log P(y|x) written out as equal to the mean, and the mean given as the answer where the total is
asked, stay wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PERPLEXITY = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")
LOG_LIKELIHOOD = load_problem(ROOT / "problems/seed/deep-learning.toml")
PPL = "PPL = exp(0.55) ≈ 1.733\n"


@pytest.mark.parametrize(
    "line",
    [
        "NLL = (0.7 + 0.4)/2 = 0.55",
        "NLL = -(-0.7 - 0.4)/2 = 0.55",
        "keskmine NLL = (0,7 + 0,4)/2 = 0,55",  # a word for "mean" the tables have no row for
        "-LL = (0.7 + 0.4)/2 = 0.55",
    ],
)
def test_the_mean_named_nll_costs_nothing_and_is_flagged(line: str) -> None:
    report = grade_text(f"{line}\n{PPL}", PERPLEXITY)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score
    assert all(d.severity == "warning" for d in report.diagnostics), report.codes


@pytest.mark.parametrize(
    "line",
    [
        "NLL = (0.7 + 0.4)/2 = 0.55 nat/token",
        "NLL = (0.7 + 0.4)/2 = 0.55 nats per token",
        "NLL = (0.7 + 0.4)/2 = 0.55 bits/word",
    ],
)
def test_a_unit_per_token_says_the_name_means_the_mean(line: str) -> None:
    report = grade_text(f"{line}\n{PPL}", PERPLEXITY)
    assert report.verdict == "correct", report.codes
    assert not report.diagnostics, report.codes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (PERPLEXITY, "NLL = (0.7 + 0.4)/2 = 0.55\nPPL = exp(0.55/2) = 1.32\n"),  # divided again
        (PERPLEXITY, "log Pr(y|x) = (-0.7 - 0.4)/2 = -0.55\n" + PPL),  # a false equation
        (LOG_LIKELIHOOD, "log-likelihood = (-0.7 - 0.4)/2 = -0.55\n"),  # the mean where the total is asked
        (LOG_LIKELIHOOD, "log Pr(y|x) = (-0.7 - 0.4)/2 = -0.55 nats per token\n"),
    ],
)
def test_the_mean_stays_wrong_where_it_is_wrong(problem, text: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "incorrect", report.codes
