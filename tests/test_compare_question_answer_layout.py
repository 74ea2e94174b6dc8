"""Work laid out as questions and answers ("Q2. And log Pr(B | x)?" then "A: … = -1.8", or "Q: log Pr(B|x)?
A: -1.6 - 0.2 = -1.8" on one line; blind-kinds66) has "A:" mark each answer, not name candidate A: every answer
was read as A's work (a wrong token, B with no work). Where there is no Q/A layout, "A:" names the candidate."""

from __future__ import annotations

import pytest

from grader.compare.grade import grade_compare
from grader.compare.sections import answer_marks_blanked
from grader.core.question import load_question
from tests.conftest import ROOT

MAIN = load_question(ROOT / "problems/compare/deep-vs-reinforcement.toml").problem  # type: ignore[attr-defined]

LAYOUTS = [
    "**Q1. What is log Pr(A | x)?**\nA: log Pr(deep | x) + log Pr(learning | x, deep) = -0.7 + (-0.4) = {a}\n\n"
    "**Q2. And log Pr(B | x)?**\nA: log Pr(reinforcement | x) + log Pr(learning | x, reinforcement) = -1.6 + (-0.2)"
    " = -1.8\n\n**Q3. Which is bigger?**\nA: {a} > -1.8, so A is more likely.\n",
    "Q: log Pr(A|x)?  A: -0.7 - 0.4 = {a}\nQ: log Pr(B|x)?  A: -1.6 - 0.2 = -1.8\n"
    "Q: which is more likely?  A: A, since {a} > -1.8.\n",
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_answers_in_a_question_layout_are_each_candidates_work(layout: str) -> None:
    report = grade_compare(layout.format(a="-1.1"), MAIN)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_wrong_value_in_a_question_layout_is_charged(layout: str) -> None:
    report = grade_compare(layout.format(a="-1.2"), MAIN)
    assert report.verdict == "incorrect" and report.score < report.max_score


def test_without_questions_a_names_the_candidate() -> None:
    lines = ["A: -0.7 + (-0.4) = -1.1", "B: -1.6 + (-0.2) = -1.8", "So A."]
    assert answer_marks_blanked(lines) == lines
