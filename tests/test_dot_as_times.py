"""A dot set apart by spaces on both sides between two operands ("2/3 . 2/3 . 1/2 . 1/2") is the times sign,
the school notation of a centred dot typed as a full stop; a decimal point (0.5) and a sentence's full stop
("= 0.111. Done") are not. Wrong twins keep their wrong factor."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/sam-corpus.toml")


@pytest.mark.parametrize(
    "text",
    [
        "P = 2/3 . 2/3 . 1/2 . 1/2 = 1/9 = 0.111\n",
        "P = (2/3) . (2/3) . (1/2) . (1/2) = 0.1111\n",
        "P = 0.6667 . 0.6667 . 0.5 . 0.5 = 0.1111. Done.\n",
    ],
)
def test_a_spaced_dot_between_operands_multiplies(text: str) -> None:
    report = grade_text(text, PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


def test_a_wrong_factor_after_a_spaced_dot_is_charged() -> None:
    report = grade_text("P = 2/3 . 2/3 . 1/2 . 1/3 = 0.074\n", PROBLEM)
    assert report.verdict == "incorrect"
    assert "wrong-value" in report.codes
