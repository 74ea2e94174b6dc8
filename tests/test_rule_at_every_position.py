"""A rule with an index nothing binds, stated before it is used ("P(w_i | w_{i-1}) = C(w_{i-1} w_i) / C(w_{i-1})"), is
judged at every position of the sequence: one that holds under the model at each is passed over as a definition.

blind69 sam-corpus/002, 003 and sam-corpus-add-one/003 (and many a training file) opened with the model's own
estimator in letters; the free i made it an unknown symbol, so right work went to a person. Now i takes each
position of y in turn and both sides are compared under the model: the MLE or add-one rule of the problem holds
at every one and costs nothing. A rule that fails somewhere (another model's smoothing, a wrong denominator) is
not charged either: it stays a warning for a person, as before, since a rule in letters may use an indexing of
the student's own.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

SAM = ROOT / "problems/seed/sam-corpus.toml"
ADD_ONE = ROOT / "problems/seed/sam-corpus-add-one.toml"
SAM_WORK = "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n"
ADD_ONE_WORK = "P(<s> I am Sam </s>) = (3/14)(3/14)(2/13)(2/13) = 36/33124 ≈ 0.00109\n"

HOLDS = [
    (SAM, "P(w_i | w_{i-1}) = C(w_{i-1} w_i) / C(w_{i-1})"),
    (SAM, "Bigram MLE: P(w_{i} | w_{i−1}) = C(w_{i−1} w_{i}) / C(w_{i−1})"),
    (SAM, "MLE bigram estimates P(wᵢ | wᵢ₋₁) = C(wᵢ₋₁ wᵢ) / C(wᵢ₋₁)."),
    (SAM, r"$P(w_k \mid w_{k-1}) = \frac{C(w_{k-1} w_k)}{C(w_{k-1})}$"),
    (ADD_ONE, "P(w_i | w_{i-1}) = (C(w_{i-1} w_i) + 1) / (C(w_{i-1}) + V)"),
    (ADD_ONE, "P_{Lap}(w_{i} | w_{i−1}) = (C(w_{i−1}w_{i}) + 1) / (C(w_{i−1}) + V),  V = 11"),
    (ADD_ONE, "P(w_i | w_{i-1}) = (C(w_{i-1} w_i) + 1) / (C(w_{i-1}) + 11)"),
]

FAILS = [
    (SAM, "P(w_i | w_{i-1}) = (C(w_{i-1} w_i) + 1) / (C(w_{i-1}) + 11)"),  # add-one under an MLE model
    (SAM, "P(w_i | w_{i-1}) = C(w_{i-1} w_i) / C(w_i)"),  # the wrong count below
    (ADD_ONE, "P(w_i | w_{i-1}) = C(w_{i-1} w_i) / C(w_{i-1})"),  # MLE under an add-one model
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


def _work(path) -> str:  # type: ignore[no-untyped-def]
    return SAM_WORK if path == SAM else ADD_ONE_WORK


@pytest.mark.parametrize(("path", "rule"), HOLDS, ids=[r for _, r in HOLDS])
def test_the_models_rule_in_letters_holds_and_needs_no_review(path, rule: str) -> None:  # type: ignore[no-untyped-def]
    report = graded(path, rule + "\n" + _work(path))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]


@pytest.mark.parametrize(("path", "rule"), FAILS, ids=[r for _, r in FAILS])
def test_a_rule_that_fails_somewhere_is_a_warning_not_a_deduction(path, rule: str) -> None:  # type: ignore[no-untyped-def]
    report = graded(path, rule + "\n" + _work(path))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert report.needs_review
    assert all(d.severity == "warning" for d in report.diagnostics), report.codes
