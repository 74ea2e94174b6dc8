"""A student's own name carries the rounding of the number written for it: p1 = 0.49659 may stand for
e^-0.7 = 0.496585…, so a later step through p1 is judged at that precision (issue 10: only a mistake
the grader can show costs marks). A real slip through the same names is still caught."""

from __future__ import annotations

import pytest

from tests.conftest import grade

RIGHT = [
    "p1 = e^-0.7 = 0.49659\np2 = e^-0.4 = 0.67032\nPPL = (p1·p2)^(-1/2) = 1.7333\nAnswer: 1.733",
    "a = e^-0.7 = 0.4966\nb = e^-0.4 = 0.6703\nPPL = (a b)^(-1/2) = 1.7333\nAnswer: 1.733",
    "q1 = exp(-0.7) = 0.497\nq2 = exp(-0.4) = 0.670\nPPL = 1/sqrt(q1 q2) = 1.733\nAnswer: 1.73",
]
WRONG = [  # the same names, one real slip each
    ("p1 = e^-0.7 = 0.49659\np2 = e^-0.4 = 0.67032\nPPL = (p1·p2)^(-1/2) = 1.8333\nAnswer: 1.833", 3),
    ("a = e^-0.7 = 0.4966\nb = e^-0.4 = 0.6703\nPPL = (a b)^(-1/2) = 1.6333\nAnswer: 1.633", 3),
    ("q1 = exp(-0.7) = 0.497\nq2 = exp(-0.4) = 0.670\nPPL = 1/(q1 q2) = 3.003\nAnswer: 3.003", 3),
]


@pytest.mark.parametrize("text", RIGHT)
def test_steps_through_rounded_names_hold_at_their_precision(text: str) -> None:
    report = grade("ppl", text)
    assert report.verdict == "correct" and report.score == 1.0, report.codes


@pytest.mark.parametrize(("text", "line"), WRONG)
def test_a_slip_through_the_same_names_is_still_caught(text: str, line: int) -> None:
    report = grade("ppl", text)
    errors = [d for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "incorrect" and errors and errors[0].span.line == line, report.codes
