"""A position written without its underscore inside a probability, with its token given ("Pr(y1 = deep | x)",
"Pr(y2 = learning | x, y1 = deep)"), reads as y_1 = deep (issue 10, blind40: such givens were sent for review
as unreadable); a word that is no position before "=" inside P(…) is still not read."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/seed/deep-learning.toml"
GIVENS = "log Pr(y1 = deep | x) = -0.7\nlog Pr(y2 = learning | x, y1 = deep) = -0.4\n"


@pytest.mark.parametrize(
    ("text", "verdict", "review"),
    [
        (GIVENS + "log Pr(y|x) = -0.7 + (-0.4) = -1.1", "correct", False),
        (
            GIVENS.replace("y1", "w1").replace("y2", "w2") + "log Pr(y|x) = -0.7 + (-0.4) = -1.1",
            "correct",
            False,
        ),
        (GIVENS + "log Pr(y|x) = (-0.7)(-0.4) = 0.28", "incorrect", False),  # the wrong twin
        (
            GIVENS.replace("-0.4", "-0.5") + "log Pr(y|x) = -0.7 + (-0.5) = -1.2",
            "incorrect",
            False,
        ),  # not the model's
        (
            "log Pr(deep = y1 | x) = -0.7\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1",
            "correct",
            True,
        ),  # not a position
    ],
)
def test_positions_written_plain_with_their_tokens(text: str, verdict: str, review: bool) -> None:
    report = load_question(PROBLEM).grade(text.encode(), "s.txt")
    assert report.verdict == verdict, report.codes
    assert report.needs_review == review, report.codes


CAT = ROOT / "problems/seed/cat-nll-bits.toml"


@pytest.mark.parametrize(
    ("text", "verdict", "review"),
    [
        (
            "NLL = -Σ log2 P(wi | wi-1)\n= -(log2(1/2) + log2(1/4) + log2(1/5) + log2(1/2))\n= 6.3219",
            "correct",
            False,
        ),
        ("NLL = -Σ log2 P(wi|wi-1)\n= -(-1 - 2 - 2.3219 - 1)\n= 6.3219", "correct", False),
        # the wrong twins: natural logs reported as bits, the sign dropped
        ("NLL = -Σ log P(wi|wi-1)\n= -(ln 0.5 + ln 0.25 + ln 0.2 + ln 0.5)\n= 4.3819", "incorrect", False),
        ("NLL = Σ log2 P(wi|wi-1)\n= -1 - 2 - 2.3219 - 1\n= -6.3219", "incorrect", False),
    ],
)
def test_general_formulas_with_plain_indices(text: str, verdict: str, review: bool) -> None:
    """`P(wi | wi-1)` in a general formula is P(w_i | w_{i-1}) (blind40: 'wi' was an unknown symbol)."""
    report = load_question(CAT).grade(text.encode(), "s.txt")
    assert report.verdict == verdict, report.codes
    assert report.needs_review == review, report.codes
