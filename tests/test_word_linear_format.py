"""What Word's equation editor pastes as plain text (its "linear format") is read: ∑_(i=1)^2▒log⁡Pr(y_i |x,y_(<i)).

blind69 deep-learning/001 and transformer-log-likelihood/001 pasted the chain rule from Word's equation editor:
the function-application mark U+2061 after log, bounds and subscripts in round brackets (`_(i=1)`, `y_(<i)`) and
▒ before the body of a sum. Each line was a parse-error (▒ even read as a character lost in the upload), so right
work went to a person. Now the invisible operators are spaces, ▒ after a sum's or product's bounds is a space, and
round brackets after `_` hold a bound or a subscript as braces do. A wrong rule so written is still named.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

DEEP = ROOT / "problems/seed/deep-learning.toml"
BITS = ROOT / "problems/seed/transformer-log-likelihood.toml"
NUMBERS = "\n= -0.7 + (-0.4) = -1.1\n"


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    "rule",
    [
        "log\u2061Pr(y|x)=∑_(i=1)^2▒log\u2061Pr(y_i |x,y_(<i))",
        "log Pr(y|x)=∑_(i=1)^2 log Pr(y_i |x,y_(<i))",
        "log\u2061Pr(y|x)=log\u2061Pr(y_1 |x)+log\u2061Pr(y_2 |x,y_1)",
        "log\u2061Pr(y|x)=∏_(i=1)^2▒Pr(y_i |x,y_(<i))",
    ],
)
def test_words_linear_format_is_read(rule: str) -> None:
    report = graded(DEEP, rule + NUMBERS)
    if "∏" in rule:  # a product of probabilities is no log-likelihood: named, not unread
        assert "parse-error" not in report.codes and report.score < report.max_score, report.codes
        return
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )


def test_a_log_in_bits_written_in_linear_format_holds() -> None:
    text = (
        "log_2\u2061Pr(y|x)=∑_(i=1)^4▒log_2\u2061Pr(y_i |x,y_(<i))\n"
        "= log2 0.2360 + log2 0.0923 + log2 0.1279 + log2 0.0170 = -2.0831 - 3.4375 - 2.9669 - 5.8783 = -14.3658\n"
    )
    report = graded(BITS, text)
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )


def test_a_character_lost_in_an_upload_is_still_lost() -> None:
    report = graded(DEEP, "log Pr(y|x) = -0.7 + (-0.4) = -1.▒\n")
    assert report.needs_review and "parse-error" in report.codes, report.codes
