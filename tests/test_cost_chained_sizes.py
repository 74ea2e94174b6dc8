"""Sizes set in a chain for an example (`L = h = 1`, `m = n = 2`) are an example's sizes, never a count:
the check after a general answer ("e.g. L=h=1, m=2, n=2: 3 + 4 = 7") leaves the answer the general count,
and the example's value said in words ("→ 1 score") is no unread maths. Wrong twins: a wrong general count
before the same check stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

WORK = "New token i meets m + i keys in each head of each layer.\ntotal = L h ( mn + n(n+1)/2 )\n"


@pytest.mark.parametrize(
    "check",
    [
        "e.g. L=h=1, m=2, n=2: 3 + 4 = 7 = 4 + 3 ✓",
        "Check with L = h = 1 and m = n = 2: 3 + 4 = 7.",
        "e.g. \\( L=h=1, m=2, n=2 \\): \\(3 + 4 = 7\\) ✓",
        "For instance n = m = 1, L = h = 2: 4 · 2 = 8.",
        "check: m = 0, n = 1, L = h = 1 → 1 score (the token attends to itself) ✓",
        "check: m = 0, n = 1 gives 1 score",
    ],
)
def test_sizes_set_in_a_chain_are_an_example(check: str) -> None:
    full, codes = grade("cost", "kv-cache-scores", WORK + check + "\n")
    assert full, codes
    assert all(code != "parse-error" for code, _ in codes), codes


@pytest.mark.parametrize(
    "work",
    [
        "total = L h ( mn + n^2 )\n",
        "total = h ( mn + n(n+1)/2 )\n",
    ],
)
def test_a_wrong_count_before_the_example_stays_wrong(work: str) -> None:
    full, codes = grade("cost", "kv-cache-scores", work + "e.g. L=h=1, m=2, n=2: 3 + 4 = 7 ✓\n")
    assert not full, codes
