"""A last value in another log unit than the problem's ("in nats: -9.958" where bits are asked), written after a
result in the problem's own unit, is a conversion, a remark: the result in the own unit is the answer.

blind72 transformer-log-likelihood/001 summed its log2 terms ("sum = -14.366 bits"), then gave the probability and
"in nats: -9.958"; the nats value was judged as the answer and right work lost the final part. The unit is read
after a value or named before it ("in nats:", "as bits:"); the earlier result counts as the own unit's when it says
so or says no unit and names no other quantity. A student who works in the wrong unit throughout is still wrong.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BITS = ROOT / "problems/seed/transformer-log-likelihood.toml"  # -14.366 bits
TERMS = "log2 0.2360 = -2.0831\nlog2 0.0923 = -3.4375\nlog2 0.1279 = -2.9669\nlog2 0.0170 = -5.8783\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(BITS).grade((TERMS + text).encode(), "work.txt")


@pytest.mark.parametrize(
    "ending",
    [
        "sum = -14.366 bits\nin nats: -9.958\n",
        "sum = -14.366\nin nats: -9.958\n",
        "sum = -14.366 bits\nPr(y|x) = 0.2360*0.0923*0.1279*0.0170 = 4.736e-5\nin nats: -9.958\n",
        "sum = -14.366 bits\nthat is -9.958 nats\n",
    ],
)
def test_a_conversion_after_the_answer_is_a_remark(ending: str) -> None:
    report = graded(ending)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


@pytest.mark.parametrize(
    "ending", ["sum = -9.958\nin nats: -9.958\n", "sum = -15.366 bits\nin nats: -10.651\n"]
)
def test_a_wrong_result_stays_wrong(ending: str) -> None:
    report = graded(ending)
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes, report.codes
