"""A line's label that names an estimate ("unigram (N=17): P(I)=3/17, P(am)=2/17", "- **Unigram estimates:**
…", "bigram MLE: P(am|I) = 2/3") names the estimate of each probability on the line that names none, as
P_uni(I) does: an interpolation's unigram terms are not bigram terms with <s> dropped. Wrong values under
the label stay wrong. Without a label, a term with no history whose value is its unigram estimate is that
component too (grader.derivation.labelled; issue 10 §1: a right value is no mistake to charge), and one with
another value keeps the model's own meaning, charged as a dropped condition."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

INTERPOLATION = load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml")
REST = "mixed: 0.5441, 0.5294, 0.4044, 0.4191\nproduct ≈ 0.04883\n"


def _work(unigram_line: str, bigram_line: str = "bigram MLE: 2/3, 2/3, 1/2, 1/2") -> str:
    return f"{bigram_line}\n{unigram_line}\n{REST}"


@pytest.mark.parametrize(
    "line",
    [
        "unigram (N=17): P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",
        "unigram: P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",
        "- **Unigram estimates:** P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",
        "Unigram probs (N = 17): P(I) = 3/17 ≈ 0.176, P(am) = 2/17 ≈ 0.118",
        "P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",  # no label: the values say it is the unigram
    ],
)
def test_terms_under_an_estimate_label_are_that_estimate(line: str) -> None:
    report = grade_text(_work(line), INTERPOLATION)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score


def test_bigram_terms_under_a_bigram_label() -> None:
    text = _work(
        "unigram: P(I)=3/17, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",
        "bigram MLE: P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2",
    )
    report = grade_text(text, INTERPOLATION)
    assert report.verdict == "correct", report.codes


@pytest.mark.parametrize(
    "line",
    [
        "unigram (N=17): P(I)=2/3, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",  # a bigram value as a unigram one
        "unigram: P(I)=3/18, P(am)=2/18, P(Sam)=2/18, P(</s>)=3/18",  # <s> counted in N
        "P(I)=2/3, P(am)=2/17, P(Sam)=2/17, P(</s>)=3/17",  # no label, a bigram value: P(I) drops <s>
    ],
)
def test_wrong_or_unlabelled_terms_stay_charged(line: str) -> None:
    report = grade_text(_work(line), INTERPOLATION)
    assert report.verdict == "incorrect", report.codes
