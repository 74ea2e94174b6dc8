"""A statement in brackets at the end of a line, after the line's own statement, is an aside beside it on any line,
not only an answer line: "log Pr(y | x) = −0.2748 nats (Pr(y | x) = e^−0.2748 ≈ 0.76)."

blind69 logprobs-capital/008 wrote its result with a unit and then the probability in brackets; the bracket was split
off as an aside only on a line labelled Answer, so this line was a parse-error and right work went to a person. Now
any line whose last bracket holds a relation of its own, after a value, is the statement and an aside (checked,
never continued). A slip inside the aside is still looked at; one in the statement is still charged.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAPITAL = ROOT / "problems/seed/logprobs-capital.toml"
SUM = "log Pr(y|x) = -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(CAPITAL).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(
    "line",
    [
        "log Pr(y | x) = −0.2748 nats (Pr(y | x) = e^−0.2748 ≈ 0.76).",
        "so log Pr(y | x) = −0.2748 nats (Pr(y | x) = e^{−0.2748} ≈ 0.760)",
        "total = −0.2748 (e^total = 0.76)",
    ],
)
def test_a_bracketed_statement_beside_a_line_is_an_aside(line: str) -> None:
    report = graded(SUM + line + "\n")
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )


def test_a_wrong_statement_before_the_aside_is_still_charged() -> None:
    report = graded(SUM + "log Pr(y | x) = −0.2848 nats (Pr(y | x) = e^−0.2848 ≈ 0.75).\n")
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes, report.codes
