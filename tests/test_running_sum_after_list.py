"""Numbers listed alone on a line, then added up a few at a time, the first line of the running sum opening
with "=" ("= −0.0353 − 0.0099 = −0.0452"): the "=" begins the running sum, it does not say the whole list
equals its first two numbers. Variants of layout and sign; wrong twins with a slip in the running sum, a
head that is not the list's, or a sum stopped short."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/logprobs-capital.toml")
LIST = "−0.0353 − 0.0099 − 0.0011 − 0.0013 − 0.0021 − 0.0020 − 0.2231"
RUN = [
    "−0.0452 − 0.0011 = −0.0463",
    "−0.0463 − 0.0013 = −0.0476",
    "−0.0476 − 0.0021 = −0.0497",
    "−0.0497 − 0.0020 = −0.0517",
    "−0.0517 − 0.2231 = −0.2748",
]


def _text(head: str, run: list[str] = RUN, listed: str = LIST, answer: str = "−0.2748") -> str:
    return "\n".join(["log Pr(y|x) = sum of the seven log-probs:", listed, head, *run, f"Answer: {answer}"])


@pytest.mark.parametrize(
    "text",
    [
        _text("= −0.0353 − 0.0099 = −0.0452"),
        _text("= -0.0353 - 0.0099 = -0.0452", listed=LIST.replace("−", "-")),
        _text(
            "= (−0.0353) + (−0.0099) = −0.0452",
            listed="(−0.0353) + (−0.0099) + (−0.0011) + (−0.0013) + (−0.0021) + (−0.0020) + (−0.2231)",
        ),
        _text("= −0.0353 − 0.0099 − 0.0011 = −0.0463", run=RUN[1:]),
    ],
)
def test_a_running_sum_begun_with_equals_is_read(text: str) -> None:
    report = grade_text(text, PROBLEM)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            _text(
                "= −0.0353 − 0.0099 = −0.0452",
                run=[*RUN[:-1], "−0.0517 − 0.2231 = −0.2648"],
                answer="−0.2648",
            ),
            "arithmetic-error",
        ),
        (_text("= −0.0353 − 0.0011 = −0.0364", run=[]), None),  # not the list's head: an equation, and wrong
        (_text("= −0.0353 − 0.0099 = −0.0452", run=[], answer="−0.0452"), None),  # stopped after two
    ],
)
def test_wrong_running_sums_stay_wrong(text: str, code: str | None) -> None:
    report = grade_text(text, PROBLEM)
    assert report.verdict == "incorrect", report.codes
    assert report.score < report.max_score
    if code is not None:
        assert code in report.codes
