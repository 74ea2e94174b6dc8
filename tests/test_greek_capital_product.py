"""The Greek capital pi typed for the product sign (Π, U+03A0, or TeX's \\Pi, where ∏ is U+220F), as Σ is
typed for ∑: with bounds after it, it is the product over them and its line is read, checked like ∏; alone
before a relation it is the student's name for the product. Wrong twins (a product over the wrong bounds, a
wrong value under the name) stay wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

CAPITAL = load_problem(ROOT / "problems/seed/logprobs-capital.toml")
SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")

CHAIN = (
    "{head} Pr(y|x) = {op}_{{i=1}}^{{7}} Pr(y_i | x, y_{{<i}})\n"
    "log Pr(y|x) = Σ_{{i=1}}^{{7}} log Pr(y_i | x, y_{{<i}})\n"
    "= (-0.0353) + (-0.0099) + (-0.0011) + (-0.0013) + (-0.0021) + (-0.002) + (-0.2231)\n"
    "= {total}\n"
)
OPERATORS = ["Π", "\\Pi", "Π ", "∏"]
HEADS = ["Chain rule:", "By the chain rule,", "Цепное правило:"]


@pytest.mark.parametrize("op", OPERATORS)
@pytest.mark.parametrize("head", HEADS)
def test_a_greek_capital_pi_with_bounds_is_the_product(op: str, head: str) -> None:
    report = grade_text(CHAIN.format(head=head, op=op, total="-0.2748"), CAPITAL)
    assert report.verdict == "correct" and not report.needs_review, report.codes


@pytest.mark.parametrize("op", OPERATORS)
def test_a_product_over_too_few_tokens_is_still_caught(op: str) -> None:
    text = f"Pr(y|x) = {op}_{{i=1}}^{{6}} Pr(y_i | x, y_{{<i}})\n"
    report = grade_text(text + "log Pr(y|x) = -0.0517\n", CAPITAL)
    assert report.verdict == "incorrect", report.codes


@pytest.mark.parametrize(
    ("work", "correct"),
    [
        ("Π = 2/3 * 2/3 * 1/2 * 1/2 = 1/9", True),
        ("Π = 2/3 · 2/3 · 1/2 · 1/2 ≈ 0.1111", True),
        ("Π = 2/3 * 2/3 * 1/2 = 2/9", False),  # </s> left out
        ("Π = 2/3 * 1/2 * 1/2 * 1/2 = 1/12", False),  # a wrong count
    ],
)
def test_a_lone_greek_capital_pi_names_the_product(work: str, correct: bool) -> None:
    text = f"P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n{work}\n"
    report = grade_text(text, SAM)
    assert (report.verdict == "correct") is correct, report.codes
    assert "parse-error" not in report.codes
