"""A number on the line under a sum of written numbers is that sum's value only when it is the total of all of
them; the total of its first few is a running total on the way ("first six: −0.0517"), not a slip.

blind28 logprobs-capital/003 wrote the seven log-probabilities as a sum, then "first six: -0.0517", then "plus the
period: -0.0517 - 0.2231 = -0.2748". Once the chain-rule line above it was read (derivation.elided), the lone
-0.0517 was joined to the sum as its value: an arithmetic-error and a wrong final answer on correct work. A lone
number below a sum is still its value, and a slip in it still an arithmetic error, unless it is, at the precision
written, the total of the sum's first two or more numbers and not of all of them.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAPITAL = ROOT / "problems/seed/logprobs-capital.toml"
SUM = "log Pr(y|x)\n= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(CAPITAL).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    "partial",
    ["first six: -0.0517", "-0.0517", "so far -0.0517 (without the period)", "first two: -0.0452"],
)
def test_a_running_total_below_a_sum_is_not_its_value(partial: str) -> None:
    report = graded(SUM + partial + "\nplus the period: -0.0517 - 0.2231 = -0.2748\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert "arithmetic-error" not in report.codes


@pytest.mark.parametrize("slip", ["-0.2758", "Total: -0.2758", "-0.0527"])
def test_a_slip_below_a_sum_is_still_an_arithmetic_error(slip: str) -> None:
    report = graded(SUM + slip + "\n")
    assert "arithmetic-error" in report.codes and report.score < report.max_score, report.codes
