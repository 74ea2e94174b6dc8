"""A colon after a statement that ends in a value or a name parts two statements: "Divide by N = 2: −1.1/2 = −0.55"
is N = 2, then −1.1/2 = −0.55.

blind69 deep-learning-perplexity/001 ("Step 2. Divide by N = 2: −1.1/2 = −0.55") was a parse-error (the colon was read
only after words, as a label), so a right step went to a person. Now a top-level colon followed by a space is a
place where a line of several statements may be cut, as a comma or a semicolon is; `:=` and a colon inside brackets
(y_{1:6}) are not. Each statement is checked on its own, so a slip in the second is still an arithmetic error.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"
SUM = "Σ ln Pr(y_i | x, y_<i) = −0.7 + (−0.4) = −1.1\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(PERPLEXITY).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Step 2. Divide by N = 2: −1.1/2 = −0.55",
        "Divide by N = 2: −1.1/2 = −0.55",
        "with N = 2: -(-1.1)/2 = 0.55",
    ],
)
def test_two_statements_parted_by_a_colon_are_both_read(line: str) -> None:
    report = graded(SUM + line + "\nPPL = e^0.55 ≈ 1.7333\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]


def test_a_slip_after_the_colon_is_still_an_arithmetic_error() -> None:
    report = graded(SUM + "Divide by N = 2: −1.1/2 = −0.65\nPPL = e^0.65 ≈ 1.9155\n")
    assert "arithmetic-error" in report.codes and report.score < report.max_score, report.codes


def test_a_colon_after_words_ends_a_label_not_a_statement() -> None:
    # "row 1" states nothing: the colon ends its label, and p(the) is the conditional of that row
    softmax = ROOT / "problems/seed/transformer-softmax.toml"
    text = (
        "Softmax row 1: Z = 7.9498, p(the) = 1.8757/7.9498 = 0.23595\n"
        "Softmax row 2: Z = 14.0014, p(cat) = 1.2918/14.0014 = 0.09226\n"
        "Pr(y|x) = 0.23595 × 0.09226 = 0.021769\nNLL = -ln(0.021769) = 3.8273 nats\n"
    )
    report = load_question(softmax).grade(text.encode(), "work.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
