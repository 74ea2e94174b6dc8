"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds11: prose-first work
written like a philosophy course), each pinned by variants written for this test, every right variant
with a wrong twin still caught.

1. A sum written without its range ("sum of (m + i)", "the sum over i of …", `Σ_i …`, a bare Σ) runs
   over the range the text states for its index, above it ("Summing over i = 1, ..., n:") or on its
   own line ("…, where i runs from 1 to n"): the step is checked as that sum, never as its terms alone.
   With no range stated, or two indices that could be meant, the sum is not read: its terms are never
   taken for the count, so no step is judged against them.
"""

from __future__ import annotations

import pytest

from grader.cost.reader import read, said_ranges
from tests.test_cost_classes2 import errors, grade

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "sum of (…) under a range said on the line above",
        "kv-cache-scores",
        "Premise. Step i compares one query with m + i keys, in h heads and L layers.\n"
        "We add this up over i = 1, ..., n:\n"
        "    sum of (m + i) = m n + n(n + 1)/2\n"
        "Conclusion. The total is L h (m n + n(n + 1)/2).\n",
        "Premise. Step i compares one query with m + i keys, in h heads and L layers.\n"
        "We add this up over i = 1, ..., n:\n"
        "    sum of (m + i) = m n + n^2/2\n"
        "Conclusion. The total is L h (m n + n(n + 1)/2).\n",
        "invalid-step",
    ),
    (
        "the sum over i of …, its range said in words on the line above",
        "recompute-growth",
        "Let i run from 1 to n. Rerunning all i positions costs i(i+1)/2 scores per head and layer.\n"
        "the sum over i of L h i(i + 1)/2 = L h n(n + 1)(n + 2)/6\n"
        "So the work grows as O(L h n^3).\n",
        "Let i run from 1 to n. Rerunning all i positions costs i(i+1)/2 scores per head and layer.\n"
        "the sum over i of L h i(i + 1)/2 = L h n(n + 1)/2\n"
        "So the work grows as O(L h n^3).\n",
        "invalid-step",
    ),
    (
        "Σ_i under a range given with dots",
        "kv-cache-scores",
        "Index the new tokens by i = 1..n; token i is compared with m + i keys per head and layer.\n"
        "Σ_i L h (m + i) = L h (n m + n(n + 1)/2)\n",
        "Index the new tokens by i = 1..n; token i is compared with m + i keys per head and layer.\n"
        "Σ_i L h (m + i) = L h (n m + n(n - 1)/2)\n",
        "invalid-step",
    ),
    (
        "a bare Σ whose range is said after it on the same line",
        "kv-cache-scores",
        "Σ (m + i) = n m + n(n+1)/2, where i goes from 1 to n.\nEach term counts once per head and layer.\n"
        "Answer: L h (n m + n(n+1)/2)\n",
        "Σ (m + i) = n m + n(n+1)/2 + 1, where i goes from 1 to n.\nEach term counts once per head and layer.\n"
        "Answer: L h (n m + n(n+1)/2)\n",
        "invalid-step",
    ),
    (
        "sum of … with no range stated is not read as its terms",
        "kv-cache-scores",
        "Each new token i meets m + i keys.\nsum of (m + i) = n m + n(n + 1)/2\nTotal = L h (n m + n(n + 1)/2)\n",
        "Each new token i meets m + i keys.\nsum of (m + i) = n m + n(n + 1)/2\nTotal = L h (n m + n(n - 1)/2)\n",
        "final-answer-wrong",
    ),
    (
        "two indices with ranges: the sum of their product is not guessed",
        "recompute-growth",
        "Take i = 1 to n and t = 1 to i.\nsum of L h t i = L h n(n+1)(n+2)/6 in the end\n"
        "Total L h n(n+1)(n+2)/6, which is O(L h n^3).\n",
        "Take i = 1 to n and t = 1 to i.\nsum of L h t i = L h n(n+1)(n+2)/6 in the end\n"
        "Total L h n(n+1)/2, which is O(L h n^2).\n",
        "final-answer-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "ranges"),
    [
        ("Summing over i = 1, ..., n:", {"i": ("1", "n")}),
        ("for t = 1 … i", {"t": ("1", "i")}),
        ("where i runs from 1 to n - and t = 1..i", {"i": ("1", "n"), "t": ("1", "i")}),
        ("i = 1 to n+1", {"i": ("1", "n+1")}),
        ("$i=1,\\ldots,n$", {"i": ("1", "n")}),
        ("n = 1 to 5 gives 5 rows", {}),  # a problem's own letter is no index
        ("a 1 to 5 scale", {}),  # a word is no index
        ("it is from 1 to n", {}),
    ],
)
def test_an_index_range_is_read_from_a_sentence(line: str, ranges: dict[str, tuple[str, str]]) -> None:
    assert said_ranges(line, frozenset("nmLh")) == ranges


def test_a_sum_under_a_stated_range_keeps_the_written_columns() -> None:
    text = "Summing over i = 1, ..., n:\n  sum of (m + i) = n m + n(n + 1)/2.\n"
    chains, unread = read(text, frozenset("nmLh"))
    assert unread == []
    first = chains[-1].exprs[0]
    assert (first.node.op, first.text, first.span.column) == ("sum", "sum of (m + i)", 3)


def test_a_sentence_about_a_sum_is_left_as_prose() -> None:
    # "the sum of the step costs" names no terms: nothing is rewritten, the count after it is read
    text = "For i = 1 to n, the sum of the step costs is L h (n m + n(n + 1)/2).\n"
    report = grade("kv-cache-scores", text)
    assert report.verdict == "correct" and errors(report) == [], [d.message for d in report.diagnostics]
