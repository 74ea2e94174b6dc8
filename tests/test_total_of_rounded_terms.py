"""A total over the sequence's printed conditionals, stated as a number, may carry the rounding of each of its n
terms as the total is written: summing the logs of the printed probabilities, each rounded to four places, gives
-14.3658 where their exact logs give -14.3659 (and the model's own values -14.3703). That is no wrong value. A
slip larger than n units in the last place (-14.3758, inside the problem's 1 % tolerance as a final answer) is
still a wrong value at the precision written, and a factor gets no such width."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

BITS = load_problem(ROOT / "problems/seed/transformer-log-likelihood.toml")

LOGS = ["-2.0831", "-3.4375", "-2.9669", "-5.8783"]
PROBS = ["0.2360", "0.0923", "0.1279", "0.0170"]
LIST = "".join(f"- $\\log_2 {p} = {q}$\n" for p, q in zip(PROBS, LOGS, strict=True))
TABLE = "| i | p | log2 p |\n|---|---|---|\n" + "".join(
    f"| {i} | {p} | {q} |\n" for i, (p, q) in enumerate(zip(PROBS, LOGS, strict=True), 1)
)
BOX = (
    "┌───┬────────┬─────────┐\n"
    + "".join(f"│ {i} │ {p} │ {q} │\n" for i, (p, q) in enumerate(zip(PROBS, LOGS, strict=True), 1))
    + "└───┴────────┴─────────┘\n"
)
HEAD = "$$\\log_2 \\Pr(y\\mid x)=\\sum_{i=1}^{4}\\log_2\\Pr(y_i\\mid x,y_{<i})$$\n"
TOTALS = [
    "$\\log_2\\Pr(y\\mid x) = {v}$ bits.",
    "log Pr(y|x) = {v} bits",
    "log2 P(y | x) = {v}",
    "So log₂ Pr(y|x) = {v} bits.",
]


@pytest.mark.parametrize("work", [LIST, TABLE, BOX])
@pytest.mark.parametrize("total", TOTALS)
def test_the_total_of_rounded_logs_is_no_wrong_value(work: str, total: str) -> None:
    report = grade_text(HEAD + work + total.replace("{v}", "-14.3658") + "\n", BITS)
    assert report.verdict == "correct", report.codes
    assert "wrong-value" not in report.codes


@pytest.mark.parametrize("work", [LIST, TABLE])
@pytest.mark.parametrize("value", ["-14.6000", "-14.1000", "-12.4827", "-14.3758", "-14.3668"])
def test_a_total_outside_the_tolerance_stays_wrong(work: str, value: str) -> None:
    report = grade_text(HEAD + work + f"log Pr(y|x) = {value} bits\n", BITS)
    assert report.verdict == "incorrect", report.codes


def test_a_factor_off_by_as_much_is_still_a_wrong_value() -> None:
    """Within 1 % of its own value, but a factor of the chain, not the asked quantity: no width."""
    text = "log2 P(cat | x, the) = -3.4000\nlog2 P(y|x) = -2.0831 - 3.4000 - 2.9669 - 5.8783 = -14.3283\n"
    report = grade_text(text, BITS)
    assert "wrong-value" in report.codes, report.codes
