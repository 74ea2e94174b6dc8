"""A number in brackets after a word of prose in a conclusion ("B's second token is more confident (-0.2)")
is a remark, as one beside words inside the brackets is, so it is not taken for the answer; a bracketed term
after an operator or a function's name ("× (-0.4)", "exp(-0.2)") stays a term. The value the conclusion
states is judged; wrong twins stay wrong."""

from __future__ import annotations

import pytest

from grader.compare.conclusion import in_aside
from tests.kinds_languages import grade

WORK = "log Pr(A|x) = -0.7 + (-0.4) = -1.1\nlog Pr(B|x) = -1.6 + (-0.2) = -1.8\nratio = e^{0.7}\n"


@pytest.mark.parametrize(
    "conclusion",
    [
        "So A is roughly 2.01 times as likely. Nice that B's second token is more confident (-0.2), though.",
        "A is about 2.01x more likely; its first token is weak (-0.7) but B's is weaker (-1.6).",
    ],
)
def test_a_remark_in_brackets_is_not_the_answer(conclusion: str) -> None:
    full, codes = grade("compare", "deep-vs-reinforcement-ratio", WORK + conclusion + "\n")
    assert full, codes


@pytest.mark.parametrize(
    "conclusion",
    [
        "So A is roughly 5.01 times as likely. Nice that B's second token is more confident (-0.2), though.",
        "A is about 0.61 times as likely; its first token is weak (-0.7).",
    ],
)
def test_a_wrong_ratio_beside_the_remark_stays_wrong(conclusion: str) -> None:
    full, codes = grade("compare", "deep-vs-reinforcement-ratio", WORK + conclusion + "\n")
    assert not full, codes


@pytest.mark.parametrize(
    ("line", "aside"),
    [
        ("token is more confident (-0.2) here", True),
        ("= -1.6 × (-0.2) = 0.32", False),
        ("= exp(-0.2) = 0.82", False),
        ("so log (-0.2) is undefined", False),
    ],
)
def test_which_brackets_are_remarks(line: str, aside: bool) -> None:
    assert in_aside(line, line.index("-0.2")) is aside
