"""A product continued on the lines below its equation, each opening with `*` and the next term
("Pr(y | x) = Pr(the | <s>)" then "          * Pr(cat | <s>, the)" …), is one product, however many lines it
runs over: not a list of bullets. A product continued so that leaves out a factor stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

BITS = load_problem(ROOT / "problems/seed/transformer-log-likelihood.toml")
FACTORS = ["Pr(the | <s>)", "Pr(cat | <s>, the)", "Pr(sat | <s>, the, cat)", "Pr(</s> | <s>, the, cat, sat)"]
TAIL = "log_2 Pr(y | x) = log_2 0.2360 + log_2 0.0923 + log_2 0.1279 + log_2 0.0170 = -14.3659\n"


@pytest.mark.parametrize("indent", [10, 4, 2])
@pytest.mark.parametrize("star", ["*", "×", "·"])
def test_a_product_continued_with_stars_is_one_product(indent: int, star: str) -> None:
    rows = "".join(f"{' ' * indent}{star} {f}\n" for f in FACTORS[1:])
    report = grade_text(f"Pr(y | x) = {FACTORS[0]}\n{rows}\n{TAIL}", BITS)
    assert report.verdict == "correct", report.codes


def test_a_continued_product_missing_a_factor_stays_wrong() -> None:
    rows = "".join(f"          * {f}\n" for f in FACTORS[1:3])
    report = grade_text(f"Pr(y | x) = {FACTORS[0]}\n{rows}\n{TAIL}", BITS)
    assert report.verdict == "incorrect", report.codes
