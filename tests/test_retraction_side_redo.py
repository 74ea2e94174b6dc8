"""A link of a chain taken back mid-line and redone on the side ("= -.2648   wait, no, recount: .0353+.0099=.0452,
… +.2231=.2748"), with the chain carried on by the next line ("= -.2748"): only the link is taken back, the
recount is a side computation, and the next line continues the chain it corrects, not the recount's running
sum (which made it a sign error). Wrong twins: the chain carried on with a wrong value stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

CAPITAL = load_problem(ROOT / "problems/seed/logprobs-capital.toml")
DEEP = load_problem(ROOT / "problems/seed/deep-learning.toml")
HEAD = "log Pr(y|x) = Σ log Pr(y_i | x, y_<i)\n = -(.0353+.0099+.0011+.0013+.0021+.002+.2231)\n"
RECOUNT = ".0353+.0099=.0452, +.0011=.0463, +.0013=.0476, +.0021=.0497, +.002=.0517, +.2231=.2748"


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (CAPITAL, f"{HEAD} = -.2648   wait, no, recount: {RECOUNT}\n = -.2748\n"),
        (CAPITAL, f"{HEAD} = -.2648   oops, redo: {RECOUNT}\n = -.2748\n"),
        (DEEP, "log Pr(y|x) = -0.7 + (-0.4)\n = -1.2   wait, no: 0.7 + 0.4 = 1.1\n = -1.1\n"),
    ],
)
def test_the_chain_carries_on_past_a_side_recount(problem, text: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (CAPITAL, f"{HEAD} = -.2648   wait, no, recount: {RECOUNT}\n = -.2648\n"),  # the old value kept
        (DEEP, "log Pr(y|x) = -0.7 + (-0.4)\n = -1.2   wait, no: 0.7 + 0.4 = 1.1\n = -1.2\n"),
        (DEEP, "log Pr(y|x) = -0.7 + (-0.4)\n = -1.2   wait, no: 0.7 + 0.4 = 1.1\n = 1.1\n"),  # sign dropped
    ],
)
def test_a_wrong_value_after_the_recount_stays_wrong(problem, text: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "incorrect", report.codes
