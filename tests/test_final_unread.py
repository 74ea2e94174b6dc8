"""A final answer on a line the grader cannot read is unread work, not a missing answer (issue 10 §1):
the line's last number, at the precision written, is the answer a person will confirm (`final-unread`,
a warning and needs_review). The right value earns the final part; any other value earns nothing for it
and names no mistake; a derivation that really ends without a number is still `no-final-answer`. The
texts are written for this test; the unreadable lines break the grammar in different ways.
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


# (problem, the read working, an unreadable final line with {v} for its value, right value, wrong value)
CASES = [
    (
        "deep-learning",
        "log P(y|x) = log P(deep|x) + log P(learning|x, deep)\n",
        "all in: -0.7 +* (-0.4) =) {v}\n",
        "-1.1",
        "-0.28",
    ),
    (
        "bigram-english-food",
        "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n",
        "[[ 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 ]] ==== {v}\n",
        "3.09 × 10^{-5}",
        "4.54 × 10^{-5}",
    ),
    (
        "sam-corpus",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n",
        "so (2/3)(2/3)(1/2)(1/2 =>> {v}\n",
        "1/9",
        "1/6",
    ),
    (
        "deep-learning-perplexity",
        "PP = exp(-(log P(deep|x) + log P(learning|x, deep)) / 2)\n",
        "which gives PP = exp(0.55 ]] {v}\n",
        "1.733",
        "3.004",
    ),
]


def _grade(stem: str, text: str):
    return grade_text(text, _problem(stem), "t.txt")


@pytest.mark.parametrize(("stem", "work", "last", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_right_value_on_an_unreadable_final_line_is_credited_for_review(stem, work, last, right, wrong):
    report = _grade(stem, work + last.format(v=right))
    assert "final-unread" in report.codes, report.codes
    assert "no-final-answer" not in report.codes
    assert report.final_answer is not None and report.final_answer.correct
    assert report.score == report.max_score, (report.score, report.codes)
    assert report.needs_review
    assert not [d for d in report.diagnostics if d.severity == "error"]


@pytest.mark.parametrize(("stem", "work", "last", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_other_value_on_an_unreadable_final_line_earns_no_final_part_and_names_no_mistake(
    stem, work, last, right, wrong
):
    report = _grade(stem, work + last.format(v=wrong))
    assert "final-unread" in report.codes, report.codes
    assert report.final_answer is not None and not report.final_answer.correct
    assert report.parts["final"] == 0.0
    assert report.score < report.max_score
    assert report.needs_review
    assert not [d for d in report.diagnostics if d.severity == "error"], report.codes


@pytest.mark.parametrize(("stem", "work", "last", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_derivation_that_ends_without_a_number_still_has_no_final_answer(stem, work, last, right, wrong):
    for tail in ("", "and that is where I stopped ]] (\n"):
        report = _grade(stem, work + tail)
        assert "no-final-answer" in report.codes, (tail, report.codes)
        assert "final-unread" not in report.codes
        assert report.parts["final"] == 0.0
