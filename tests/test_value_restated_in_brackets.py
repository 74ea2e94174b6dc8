"""A value followed in brackets by the same value in another notation ("0.000031 (3.1 × 10^-5)", "0.5 (1/2)") is
that value restated, never a product of the two.

blind71 bigram-english-food/004 ended "Answer: P ~~ 0.000031 (3.1 xx 10^(-5))."; read as 0.000031 × 3.1 × 10^-5, its
right answer was an invalid step and a wrong final answer. The same line in plain Unicode was marked down the
same way. A bracket after a number restated it only when it gave more digits of it (3.827 (3.8274)); now one that
gives exactly the same value in another notation (two significant figures or more) restates it too; "0.5 (0.5)"
stays a product. A different value in the bracket is still no
restatement.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

FOOD = ROOT / "problems/seed/bigram-english-food.toml"
WORK = "P = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68\n"


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (FOOD, "Answer: P ≈ 0.000031 (3.1 × 10^(-5))."),
        (FOOD, "P ≈ 0.000031 (3.1 × 10^-5)"),
        (FOOD, "P ≈ 0.000031 (3.1e-5)"),
        (FOOD, "P ≈ 0.0000309 (3.09 × 10^-5)"),
    ],
)
def test_the_same_value_in_another_notation_is_restated(path, line: str) -> None:  # type: ignore[no-untyped-def]
    report = graded(path, WORK + line + "\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


def test_a_different_value_in_brackets_is_no_restatement() -> None:
    report = graded(FOOD, WORK + "P ≈ 0.000031 (3.2 × 10^-5)\n")
    assert report.verdict == "incorrect", report.codes
