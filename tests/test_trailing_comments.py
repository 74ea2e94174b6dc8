"""A code-style remark after a statement (`= -0.7 + (-0.4)   # from the table`) is a remark: the
statement before it is read and judged, the remark costs nothing, and a slip before it is still caught."""

from __future__ import annotations

import pytest

from tests.conftest import grade

RIGHT = [
    "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)   # chain rule\n= -0.7 + (-0.4)   # the table's values\n= -1.1",
    "log P(y|x) = -0.7 + (-0.4) = -1.1  # natural log, 2 tokens",
    "LL = -0.7 - 0.4\t# sum of the logs\nAnswer: -1.1",
]
WRONG = [  # the same remarks after a real slip
    (
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)   # chain rule\n= (-0.7)(-0.4)   # the table's values\n= 0.28",
        2,
    ),
    ("log P(y|x) = -0.7 + (-0.4) = -1.2  # natural log, 2 tokens", 1),
    ("LL = -0.7 - 0.3\t# sum of the logs\nAnswer: -1.0", 1),
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_trailing_remark_is_not_maths(text: str) -> None:
    report = grade("dl", text)
    assert report.verdict == "correct" and not report.needs_review, report.codes


@pytest.mark.parametrize(("text", "line"), WRONG)
def test_a_slip_before_a_remark_is_still_caught(text: str, line: int) -> None:
    report = grade("dl", text)
    errors = [d for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "incorrect" and errors and errors[0].span.line == line, report.codes
