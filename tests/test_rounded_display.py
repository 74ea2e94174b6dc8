"""`= 1/9 ≈ 0.11`: a right exact value of the student's own, shown rounded after an ≈, is the answer; the
rounding only displays it (issue 10 §2). A wrong exact value, a wrong rounding, or a model term rounded
too coarsely stays wrong. The texts are written for this test.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


SAM = "P(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = "
ADD_ONE = "P = 3/14 * 3/14 * 2/13 * 2/13 = "
# (problem, right, wrong)
CASES = [
    ("sam-corpus", SAM + "1/9 ≈ 0.11", SAM + "1/9 ≈ 0.12"),  # a rounding that is not 1/9's
    ("sam-corpus", SAM + "1/9 \\approx 0.1", SAM + "1/8 \\approx 0.1"),  # 1/8 is not the product
    ("sam-corpus", SAM + "4/36 ≈ 0.1", SAM + "4/36 ≈ 0.13"),  # 4/36 at 1 d.p. is 0.1; 0.13 is no rounding
    ("sam-corpus-add-one", ADD_ONE + "36/33124 ≈ 0.0011", ADD_ONE + "36/33124 ≈ 0.0012"),
]


@pytest.mark.parametrize(("stem", "right", "wrong"), CASES)
def test_a_right_exact_value_shown_rounded_is_the_answer(stem: str, right: str, wrong: str) -> None:
    good = grade_text(right + "\n", _problem(stem))
    assert (good.verdict, good.codes) == ("correct", []), good.codes
    bad = grade_text(wrong + "\n", _problem(stem))
    assert bad.verdict == "incorrect" and bad.score < bad.max_score, bad.codes


def test_a_model_term_rounded_too_coarsely_stays_wrong() -> None:
    report = grade_text("P(<s> I am Sam </s>) ≈ 0.1\n", _problem("sam-corpus"))
    assert report.final_answer is not None and not report.final_answer.correct
