"""A power of e whose raising a paste lost, written right after the e with no space ("e0.75", "e−1.1"), is read
as the power it was.

blind69 logprobs-inline-perplexity/006 (a Google Docs paste: "so the perplexity is e0.75 ≈ 2.12.") had `e0` read
as a name of the student's own, an unknown symbol, and right work went to a person; "Pr(y|x) = e−1.1 ≈ 0.333"
was e minus 1.1, a false invalid step. The grammar now reads an `e` standing alone right before a decimal or a
signed number as e raised to it. `1e-5` is still a number and `e1`, `e2` are still names a student may give.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PPL = ROOT / "problems/seed/logprobs-inline-perplexity.toml"  # ln p: -1.2, -0.3; PPL = e^0.75 = 2.117
DEEP = ROOT / "problems/seed/deep-learning.toml"
WORK = "ln Pr(deep|x) = -1.2\nln Pr(blue|x,deep) = -0.3\naverage NLL = 0.75\n"


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    "line", ["so the perplexity is e0.75 ≈ 2.12.", "PPL = e0.75 = 2.117", "PPL = e+0.75 ≈ 2.117"]
)
def test_a_flattened_power_of_e_is_read_as_a_power(line: str) -> None:
    report = graded(PPL, WORK + line + "\n")
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )


@pytest.mark.parametrize(
    ("line", "code"), [("PPL = e0.75 = 2.217", "arithmetic-error"), ("PPL = e−0.75 ≈ 0.472", "sign-error")]
)
def test_a_wrong_value_of_a_flattened_power_is_still_named(line: str, code: str) -> None:
    report = graded(PPL, WORK + line + "\n")
    assert code in report.codes and report.score < report.max_score, report.codes


def test_a_probability_from_a_flattened_power_holds() -> None:
    report = graded(DEEP, "log Pr(y|x) = -0.7 + (-0.4) = -1.1\nPr(y|x) = e-1.1 ≈ 0.333\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert "invalid-step" not in report.codes and "arithmetic-error" not in report.codes


def test_names_and_scientific_numbers_are_left_alone() -> None:
    report = graded(DEEP, "e1 = -0.7, e2 = -0.4\nlog Pr(y|x) = e1 + e2 = -1.1\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    report = graded(DEEP, "log Pr(y|x) = -0.7 + (-0.4) = -1.1\nPr(y|x) = 3.33e-1\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
