"""The word for "average" before a quantity's name makes it the mean per token in every language with rows
(meanings.MEAN): "평균 NLL = (1.2 + 0.3)/2 = 0.75" is the cross-entropy, not a total NLL miscomputed. Each
row is written the way that language puts it; the wrong twins divide by the wrong N or skip the mean."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/logprobs-inline-perplexity.toml")
WORK = "ln Pr(deep|x) = -1.2, ln Pr(blue|x, deep) = -0.3\n{mean} NLL = (1.2 + 0.3)/2 = 0.75\nPPL = exp(0.75) = 2.117\n"


@pytest.mark.parametrize(
    "mean",
    [
        "average",
        "Mean",
        "avg.",
        "moyenne",
        "mittlere",
        "promedio",
        "média",
        "średnia",
        "средняя",
        "gemiddelde",
        "ortalama",
        "rata-rata",
        "trung bình",
        "平均",
        "평균",
        "المتوسط",
    ],
)
def test_the_mean_named_in_the_language(mean: str) -> None:
    report = grade_text(WORK.format(mean=mean), PROBLEM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score


def test_wrong_twins_stay_wrong() -> None:
    text = (
        WORK.format(mean="평균")
        .replace("/2 = 0.75", "/3 = 0.5")
        .replace("exp(0.75) = 2.117", "exp(0.5) = 1.649")
    )
    report = grade_text(text, PROBLEM)
    assert report.verdict == "incorrect", report.codes
    assert report.score < report.max_score, report.codes


def test_with_no_word_for_the_mean_the_name_is_flagged_not_charged() -> None:
    """The mean stated as "NLL" where a perplexity is asked: PyTorch's name for the mean, used as the mean
    (tests/test_mean_named_nll.py): a warning for a person, no deduction."""
    report = grade_text(WORK.format(mean="").replace("PPL = exp(0.75) = 2.117", "PPL = 2.117"), PROBLEM)
    assert report.verdict == "correct", report.codes
    assert [d.severity for d in report.diagnostics if d.code == "wrong-quantity"] == ["warning"]
