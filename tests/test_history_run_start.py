"""A condition written as "all the tokens before" (y_{<i}, w_{1:i-1}, w_1 … w_{i-1}) takes in the start symbol
a sequence begins with, as y_0 = <s> is: the chain rule written in general before the numbers, `P(w_{1:n}) =
∏_{i} P(w_i | w_{1:i-1})`, is the chain rule, not a first factor with its history dropped. A factor written
with no condition at all (P(y_1), ∏ P(y_t)) still drops <s> under an n-gram model."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")
ADD_ONE = load_problem(ROOT / "problems/seed/sam-corpus-add-one.toml")
INSTANCE = "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam) = (2/3)(2/3)(1/2)(1/2) = 1/9\n"


@pytest.mark.parametrize(
    "general",
    [
        "P(w_{1:n}) = ∏_{i=1}^{n} P(w_i | w_{1:i-1})",
        "By the chain rule, P(w_{1:n}) = ∏_i P(w_i | w_{1:i−1}), and the Markov assumption keeps w_{i−1}.",
        "P(w_1 … w_n) = ∏_{i} P(w_i | w_1 … w_{i-1})",
        "P(y) = ∏_{t=1}^{T} P(y_t | y_{<t}) ≈ ∏_{t=1}^{T} P(y_t | y_{t-1})",
        "$$P(y) = \\prod_{t} P(y_t \\mid y_{<t})$$",
    ],
)
def test_the_chain_rule_in_general_before_the_numbers(general: str) -> None:
    report = grade_text(f"{general}\n{INSTANCE}", SAM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score
    assert "dropped-conditioning" not in report.codes


def test_the_rule_holds_for_add_one_too() -> None:
    text = (
        "P(y) = ∏_{t} P(y_t | y_{<t})\n"
        "P(I|<s>) = 3/14, P(am|I) = 3/14, P(Sam|am) = 2/13, P(</s>|Sam) = 2/13\n"
        "P = 3/14 · 3/14 · 2/13 · 2/13 = 36/33124 ≈ 0.001087\n"
    )
    report = grade_text(text, ADD_ONE)
    assert "dropped-conditioning" not in report.codes, report.codes


@pytest.mark.parametrize(
    "text",
    [
        "P(y) = ∏_{t=1}^{T} P(y_t)\n" + INSTANCE,  # no history at all: a unigram product
        "P(y) = P(y_1) P(y_2 | y_1) P(y_3 | y_2) P(y_4 | y_3) = (3/17)(2/3)(1/2)(1/2) = 1/34\n",
    ],
)
def test_a_factor_with_no_condition_still_drops_the_start(text: str) -> None:
    report = grade_text(text, SAM)
    assert report.verdict == "incorrect", report.codes
    assert "dropped-conditioning" in report.codes
