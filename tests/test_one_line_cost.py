"""Cost answers written on one line, as typed into a phone's answer box (blind-kinds35), that the grader
misjudged, each pinned by variants written for this test, every right variant at full marks and its
wrong twin still caught.

1. A mark after the maths (✅, 👍, 🤔, ✔️, any emoji or pictograph) is no part of it: it ends the maths as
   an arrow does, so the chain before it is read (it was a parse error, or the maths stopped short and an
   earlier count on the line was taken as the answer). A parenthesised remark after it stays a remark.
2. The answer is the last value of the last chain: where the growth is asked, an O(…) that ends the
   working is the answer even when the chain it ends opens with `≈` ("total ≈ L·h·n³/6 = O(n³·L·h)"),
   not an exact count written before it. Where the exact count is asked, the exact count still wins
   over a growth after it.
"""

from __future__ import annotations

import pytest

from grader.cost.reader import read
from tests.test_cost_classes2 import grade

_KV = "new token i sits at position m+i, so its query meets m+i keys in each of the h heads and L layers. "
_FLOPS = "per layer a step costs 12d² for the dense parts plus 2id for attention, so step i = L(12d² + 2id). "
_RECOMPUTE = "step i recomputes every position: Σ_{t=1..i} t = i(i+1)/2 scores per head per layer. "

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "an exact count on one line, a thumbs-up after it",
        "kv-cache-scores",
        _KV + "total = L·h·Σ_{i=1..n}(m+i) = L·h·(nm + n(n+1)/2) 👍",
        _KV + "total = L·h·Σ_{i=1..n}(m+i-1) = L·h·(nm + n(n-1)/2) 👍",
        "final-answer-wrong",
    ),
    (
        "an exact count after 'Final:', a tick with its variation selector after it",
        "kv-cache-scores",
        "Final: hL(nm + n(n+1)/2) = hLn(2m+n+1)/2 ✔️",
        "Final: hL(nm + n(n+1)/2) = hLn(2m+n+2)/2 ✔️",
        "invalid-step",
    ),
    (
        "a one-line sum over steps, a tick and a remark in brackets after the growth",
        "cached-flops",
        _FLOPS
        + "sum i=1..n => L(12nd² + d·n(n+1)) = O(L·n·d² + L·n²·d) ✅ (d² from the dense layers, n²d from "
        "attention over the growing cache)",
        _FLOPS
        + "sum i=1..n => L(12nd² + d·n(n+1)) = O(L·n·d²) ✅ (attention is small next to the dense layers)",
        "invalid-step",
    ),
    (
        "a growth at the end of a chain that opens with ≈, a shrug after it",
        "recompute-growth",
        _RECOMPUTE + "sum over steps: n(n+1)(n+2)/6 ~ n³/6 => total ≈ L·h·n³/6 = O(n³·L·h) 🤔",
        _RECOMPUTE + "sum over steps: n(n+1)(n+2)/6 ~ n³/6 => total ≈ n³/6 = O(n³) 🤔",
        "final-answer-wrong",
    ),
    (
        "a growth said 'of order' after the exact count, where the growth is asked",
        "recompute-growth",
        "L·h·Σ_{i=1..n} i(i+1)/2 = L·h·n(n+1)(n+2)/6, which is of order O(n³Lh) 🎉",
        "L·h·Σ_{i=1..n} i = L·h·n(n+1)/2, which is of order O(n²Lh) 🎉",
        "final-answer-wrong",
    ),
    (
        "two marks in a row after the count",
        "cache-memory",
        "keys and values: 2d numbers per position per layer, m+n positions => 2Ld(m+n) ✅✅",
        "keys and values: d numbers per position per layer, m+n positions => Ld(m+n) ✅✅",
        "final-answer-wrong",
    ),
    (
        "a count per step and its total on one line, a party popper after it",
        "window-scores",
        "each new token scores the k keys of its window in each head and layer: k·h·L per step, so total = "
        "n·k·h·L 🎉",
        "each new token scores its k keys plus itself in each head and layer: (k+1)·h·L per step, so total = "
        "n·(k+1)·h·L 🎉",
        "final-answer-wrong",
    ),
]


@pytest.mark.parametrize("mark", ["✅", "👍", "🤔", "✔️", "💯", "☑", "⭐", "🙂🙂", "👍🏽"])
def test_a_mark_after_the_maths_is_no_part_of_it(mark: str) -> None:
    chains, unread = read(f"total = L·h·(nm + n(n+1)/2) {mark}\n", frozenset("nmLh"))
    assert unread == []
    assert [e.text for c in chains for e in c.exprs] == ["L·h·(nm + n(n+1)/2)"]


def test_a_mark_between_two_counts_parts_them() -> None:
    chains, _ = read("per step: (m+i)hL ✅ total: hL(nm + n(n+1)/2) ✅\n", frozenset("nmLh"))
    assert [[e.text for e in c.exprs] for c in chains] == [["(m+i)hL"], ["hL(nm + n(n+1)/2)"]]


def test_where_the_exact_count_is_asked_it_wins_over_a_growth_after_it() -> None:
    report = grade("kv-cache-scores", "total = L·h·(nm + n(n+1)/2) ≈ O(Lhn(m+n)) 👍")
    assert report.verdict == "correct", [d.message for d in report.diagnostics]
    assert report.final_answer is not None and report.final_answer.text == "L·h·(nm + n(n+1)/2)"
