"""The cost kind's closed forms are true: each equals what the numpy transformer's work counters count,
at several sizes, for every (ask, strategy); and each misconception's form really differs."""

from __future__ import annotations

import pytest

from grader.cost.algebra import symbol
from grader.cost.count import Sizes, count
from grader.cost.forms import ASKS, DEFINED, ROLES, STRATEGIES, Variant, form, misconceptions

ALL = frozenset(ROLES)
SIZES = [  # n, m, k, d, L, h, V (window forms need m ≥ k)
    Sizes(1, 1, 1, 4, 1, 1, 2),
    Sizes(4, 3, 2, 8, 2, 2, 3),
    Sizes(6, 5, 3, 12, 3, 3, 2),
    Sizes(3, 7, 7, 16, 1, 4, 4),
    Sizes(9, 2, 1, 4, 2, 1, 2),
]
PAIRS = [(a, s) for a in ASKS for s in STRATEGIES if a not in DEFINED or s in DEFINED[a]]


def at(expr: object, sizes: Sizes) -> int:
    return int(expr.xreplace({symbol(r): getattr(sizes, r) for r in ROLES}))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("ask", "strategy"), PAIRS)
@pytest.mark.parametrize("sizes", SIZES, ids=lambda s: f"n{s.n}m{s.m}k{s.k}d{s.d}L{s.L}h{s.h}")
def test_the_closed_form_is_what_the_model_counts(ask: str, strategy: str, sizes: Sizes) -> None:
    assert at(form(ask, Variant(strategy), ALL).total, sizes) == count(ask, strategy, sizes)


@pytest.mark.parametrize(
    ("defined", "sizes_if_absent"),
    [
        (frozenset("nmdL"), {"h": 1}),  # no h: per head
        (frozenset("nmd"), {"h": 1, "L": 1}),  # no L, h: per layer and head
        (frozenset("nd"), {"h": 1, "L": 1, "m": 0}),  # no m: no prompt
    ],
)
@pytest.mark.parametrize("strategy", ["naive", "kv_cache", "teacher_forced"])
def test_a_letter_the_problem_leaves_out_counts_per_unit(
    defined: frozenset[str], sizes_if_absent: dict[str, int], strategy: str
) -> None:
    base = {"n": 5, "m": 3, "k": 2, "d": 8, "L": 2, "h": 2, "V": 3}
    model = Sizes(**{**base, **sizes_if_absent})
    total = form("attention_scores", Variant(strategy), defined).total
    assert {s.name for s in total.free_symbols} <= defined
    assert at(total, model) == count("attention_scores", strategy, model)


@pytest.mark.parametrize(("ask", "strategy"), PAIRS)
def test_every_misconception_changes_the_count_or_is_left_out(ask: str, strategy: str) -> None:
    reference = form(ask, Variant(strategy), ALL).total
    sizes = SIZES[2]
    names = set()
    for mistake in misconceptions(ask, strategy, ALL):
        wrong = form(ask, mistake.variant, ALL).total
        names.update(mistake.codes)
        if mistake.codes in (("naive-count-for-cache",), ("window-as-full-context",)):
            assert at(wrong, sizes) == count(ask, mistake.variant.strategy, sizes)  # really that strategy's
    if ask == "attention_scores" and strategy == "kv_cache":
        assert names >= {
            "sum-bounds-off-by-one",
            "prompt-left-out",
            "layers-or-heads-dropped",
            "naive-count-for-cache",
        }
    assert reference.free_symbols
