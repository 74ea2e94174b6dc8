"""Compare and window answers dictated in words are read as the maths they say (issue 10, blind-kinds31):
"minus zero point seven plus minus zero point four equals minus one point one". Each right answer, written
for this test, gets full marks; its twin, with one number said wrong, stays caught. A sentence that writes
its numbers in digits ("-1.1 minus -1.8 is 0.7") is prose to these readers, as it was."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

COMPARE = "problems/compare/deep-vs-reinforcement.toml"
WINDOW = "problems/window/deep-learning-window.toml"

CASES = [
    (
        COMPARE,
        "for A log P is minus zero point seven plus minus zero point four which equals minus one point one\n"
        "for B it is minus one point six plus minus zero point two equals minus one point eight\n"
        "minus one point one is bigger than minus one point eight so A is more likely\n",
        ("minus one point one", "minus one point three"),
    ),
    (
        WINDOW,
        "Full model: minus zero point seven plus minus zero point four equals minus one point one\n"
        "Window model: minus zero point seven plus minus two point four equals minus three point one\n"
        "Gap: minus one point one minus minus three point one equals two point zero\n"
        "Cheaper: the window model, each token attends to fewer positions\n",
        ("equals two point zero", "equals one point zero"),
    ),
    (
        COMPARE,
        "A: minus zero point seven plus minus zero point four equals minus one point one\n"
        "B: minus one point six plus minus zero point two equals minus one point eight\n"
        "so the model prefers A\n",
        ("minus one point eight\n", "minus one point nine\n"),
    ),
]


@pytest.mark.parametrize(("problem", "right", "slip"), CASES)
def test_a_dictated_answer_is_read_and_a_dictated_slip_caught(
    problem: str, right: str, slip: tuple[str, str]
) -> None:
    question = load_question(ROOT / problem)
    report = question.grade(right.encode(), "s.txt")
    assert report.verdict == "correct", [(d.code, d.span.line) for d in report.diagnostics]
    wrong = question.grade(right.replace(*slip).encode(), "s.txt")
    assert wrong.verdict != "correct" and wrong.score < wrong.max_score


def test_numbers_in_digits_keep_a_sentence_prose() -> None:
    from grader.maths.spoken import dictated_lines

    line = "-1.1 minus -1.8 is 0.7, and e^0.7 is about 2.01."
    assert dictated_lines([line]) == [line]
    said = "log P equals minus one point one"
    assert dictated_lines([said]) != [said]
