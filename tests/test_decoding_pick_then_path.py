"""A node written with its pick's conditional in brackets and the path's probability after an arrow ("cat (0.7)
→ 0.42", blind-kinds64's search tree) has the path's probability as its score: the bracket was read as the
path's value (decoded-prob-wrong on right work). A value after the arrow larger than the bracket's cannot be
the path's (a path is no likelier than its last pick), so that reading is kept only where it can hold."""

from __future__ import annotations

import pytest

from tests.test_decoding_reader2 import codes, grade

TREE = (
    "```\n"
    "x ─┬─ the (0.6) ─┬─ cat (0.7)  → {the_cat}   ← greedy path\n"
    "   │             └─ dog (0.3)  → 0.18\n"
    "   └─ a   (0.4) ─┬─ cat (0.5)  → 0.20\n"
    "                 └─ dog (0.5)  → 0.20\n"
    "```\n\n"
    'Greedy picks "the" then "cat": "the cat", P = {the_cat}. Is it the most probable? **Yes**: 0.18, 0.20 and\n'
    "0.20 are all lower.\n"
)


def test_a_tree_of_picks_then_paths_earns_full_marks() -> None:
    report = grade("greedy-is-best", TREE.format(the_cat="0.42"))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


@pytest.mark.parametrize("wrong", ["0.48", "0.36"])
def test_a_wrong_path_value_after_the_arrow_is_charged(wrong: str) -> None:
    report = grade("greedy-is-best", TREE.format(the_cat=wrong))
    assert report.verdict == "incorrect" and codes(report) & {"decoded-prob-wrong", "arithmetic-error"}
