"""A comparison inside a pick's bracket, then picks listed in order, is read, never a crash.

From blind-kinds57 (Dutch, Scandinavian and Finnish class), decoding--greedy-not-best/001: "Steg 1: greedy
väljer cat (0,4 > 0,3), sedan sat (0,4), sedan down (0,3)." The reader took "0,3" for the score of a rival
run set against cat, then joined cat, sat and down as one path's picks listed in order, and looked for the
rival's partner among the runs just merged away: an IndexError, the submission reported as the grader's
failure (verdict error). A comparison between runs that become one path's picks no longer stands. The table
pins the line in several languages and shapes, with wrong twins that must still be named; the property test
grades every arrangement of picks, comparisons and joining words and asks only that none fails.
"""

from __future__ import annotations

import itertools

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

# greedy: cat sat down, 0.048; the most probable: dog barked loudly, 0.054
GREEDY_NOT_BEST = ROOT / "problems/decoding/greedy-not-best.toml"

TAIL = (
    '\nGreedy: "cat sat down", P = 0.4 · 0.4 · 0.3 = 0.048.\n'
    'Compare "dog barked loudly": 0.3 · 0.6 · 0.3 = 0.054 > 0.048.\n'
    "Answer: no, greedy does not find the most probable sequence."
)

READ = [
    ("swedish, as written", "Steg 1: greedy väljer cat (0,4 > 0,3), sedan sat (0,4), sedan down (0,3)."),
    ("english", "Step 1: greedy picks cat (0.4 > 0.3), then sat (0.4), then down (0.3)."),
    ("comparison later", "greedy picks cat (0.4), then sat (0.4 > 0.1), then down (0.3)."),
    ("two comparisons", "greedy: cat (0.4 > 0.3), sat (0.4 > 0.2), down (0.3 > 0.2)"),
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(GREEDY_NOT_BEST).grade(text.encode(), "s")


@pytest.mark.parametrize(("name", "line"), READ, ids=[n for n, _ in READ])
def test_listed_picks_with_a_comparison_are_graded(name: str, line: str) -> None:
    report = graded(line + TAIL)
    assert report.verdict == "correct", [d.code for d in report.diagnostics]
    assert report.score == report.max_score


def test_wrong_greedy_path_with_a_comparison_is_still_named() -> None:
    line = "Step 1: greedy picks dog (0.3 > 0.2), then barked (0.6), then loudly (0.3)."
    tail = '\nGreedy: "dog barked loudly", P = 0.054.\nAnswer: yes, greedy finds the most probable sequence.'
    report = graded(line + tail)
    assert report.verdict == "incorrect"
    assert {"decoded-sequence-wrong", "greedy-assumed-best"} <= {d.code for d in report.diagnostics}


PICKS = ["cat (0.4 > 0.3)", "sat (0.4)", "down (0.3 > 0.2)", "dog (0.3)", "the (0.5 < 0.6)"]
JOINS = [", then ", ", ", " -> ", " > "]


def test_no_arrangement_of_picks_and_comparisons_fails() -> None:
    question = load_question(GREEDY_NOT_BEST)
    for picks in itertools.permutations(PICKS, 3):
        for join in JOINS:
            text = "greedy picks " + join.join(picks) + "."
            report = question.grade(text.encode(), "s")
            assert report.verdict != "error", text
