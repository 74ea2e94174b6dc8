"""An unspaced fraction before a power (`11/10⁴`, `11/10^4`, `11/10^{4}`, `11/10**4`) is the numerator over the
power, as precedence says, not the fraction raised to it: `11/10⁴` is 0.0011. A fraction with no power after it
stays one exact number, and a wrong power stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

FOOD = load_problem(ROOT / "problems/seed/bigram-english-food.toml")
WORK = (
    "P(<s> i want english food </s>)\n"
    " = P(i|<s>)·P(want|i)·P(english|want)·P(food|english)·P(</s>|food)\n"
    " = (1/4)(33/100)({english})(1/2)(17/25)\n"
    " ≈ {total}\n"
)


@pytest.mark.parametrize("english", ["11/10⁴", "11/10^4", "11/10^{4}", "11/10**4", "11/10000", "11 / 10⁴"])
def test_a_fraction_before_a_power_divides_by_the_power(english: str) -> None:
    report = grade_text(WORK.format(english=english, total="3.0855 × 10⁻⁵"), FOOD)
    assert report.verdict == "correct", report.codes


@pytest.mark.parametrize("english", ["11/10³", "11/10^3", "11/10^5"])
def test_a_wrong_power_stays_wrong(english: str) -> None:
    report = grade_text(WORK.format(english=english, total="3.0855 × 10⁻⁵"), FOOD)
    assert report.verdict == "incorrect", report.codes
