"""A bare P on rows labelled by position or token is each row's factor (blind73: `"cat" after the:  P = 1/4,
cost = 2 bits`; blind72: "i = 2: … ln Pr = -0.3"): read as the sequence's probability, every row was an
invalid step on right work. Two or more labelled rows naming different positions make a list of rows; one
label alone changes nothing, and a wrong row value is still an error on that row."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAT = load_question(ROOT / "problems/seed/cat-nll-bits.toml")

LABELS = {
    "token after": ['"the" after <s>:', '"cat" after the:', '"sat" after cat:', '"</s>" after sat:'],
    "bare token": ["the:", "cat:", "sat:", "</s>:"],
    "index": ["i = 1:", "i = 2:", "i = 3:", "i = 4:"],
    "t index": ["- t=1:", "- t=2:", "- t=3:", "- t=4:"],
    "position": ["Token 1:", "Token 2:", "Token 3:", "Token 4:"],
}
VALUES = ["1/2", "1/4", "1/5", "1/2"]
COSTS = ["1 bit", "2 bits", "2.322 bits", "1 bit"]


def _rows(labels: list[str], values: list[str]) -> str:
    rows = [f"{lab}   P = {v}, cost = {c}" for lab, v, c in zip(labels, values, COSTS, strict=True)]
    return "Cost of each token, -log2 P:\n" + "\n".join(rows) + "\n\nTotal: 1 + 2 + 2.322 + 1 = 6.322 bits\n"


@pytest.mark.parametrize("style", LABELS)
def test_labelled_rows_of_right_values_earn_full_marks(style: str) -> None:
    report = CAT.grade(_rows(LABELS[style], VALUES).encode(), "rows.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


@pytest.mark.parametrize("style", LABELS)
def test_a_wrong_row_value_is_an_error_on_that_row(style: str) -> None:
    report = CAT.grade(_rows(LABELS[style], ["1/2", "1/3", "1/5", "1/2"]).encode(), "rows.txt")
    errors = [d for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "incorrect" and errors[0].span.line == 3, errors


def test_one_labelled_row_leaves_a_bare_p_the_sequence_probability() -> None:
    text = "i = 1: P = 1/2 × 1/4 × 1/5 × 1/2 = 0.0125\nNLL = -log2 0.0125 = 6.322 bits\n"
    report = CAT.grade(text.encode(), "one.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


def test_numbered_steps_are_no_rows() -> None:
    text = (
        "Step 1: P(the|<s>) = 1/2, P(cat|the) = 1/4\nStep 2: P(sat|cat) = 1/5, P(</s>|sat) = 1/2\n"
        "Step 3: P = 1/2 × 1/4 × 1/5 × 1/2 = 0.0125\nStep 4: NLL = -log2 0.0125 = 6.322 bits\n"
    )
    report = CAT.grade(text.encode(), "steps.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics
