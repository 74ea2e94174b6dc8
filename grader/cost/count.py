"""Count the work of a strategy by running the numpy transformer, with its `Work` counters.

This is how a closed form is proved (tests/test_cost_forms.py) and shown (`grader solve`): the
model really computes every score and position it is charged for.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from grader.reference.transformer import Transformer, TransformerConfig, Work

FIELDS = {
    "attention_scores": "score_entries",
    "conditional_evaluations": "positions",
    "kv_cache_entries": "cache_values",
    "forward_flops": "multiply_adds",
}


@dataclass(frozen=True)
class Sizes:
    n: int
    m: int
    k: int
    d: int
    L: int  # noqa: N815 - the course's letter
    h: int
    V: int  # noqa: N815


def _minus(a: Work, b: Work) -> Work:
    return Work(
        a.score_entries - b.score_entries,
        a.positions - b.positions,
        a.cache_values,
        a.multiply_adds - b.multiply_adds,
    )


def _work(net: Transformer, strategy: str, sizes: Sizes) -> Work:
    ids = [t % sizes.V for t in range(sizes.m + sizes.n)]
    prefill = Work()
    if sizes.m:
        net.teacher_forced(ids[: sizes.m], prefill)
    if strategy == "teacher_forced":
        work = Work()
        net.teacher_forced(ids, work)
        return work
    if strategy == "naive":
        work = Work()
        net.naive(ids, sizes.m, work)
        return _minus(work, prefill)
    if strategy == "kv_cache":
        work = Work()
        net.incremental(ids, sizes.m, work)
        return _minus(work, prefill)
    total = Work()  # window: each step is the last row of a run over the k newest positions
    for step in range(1, sizes.n + 1):
        window = ids[sizes.m + step - sizes.k : sizes.m + step]
        whole, head = Work(), Work()
        net.incremental(window, sizes.k - 1, whole)
        if sizes.k > 1:
            net.teacher_forced(window[:-1], head)
        last = _minus(whole, head)
        total.score_entries += last.score_entries
        total.positions += last.positions
        total.multiply_adds += last.multiply_adds
        total.cache_values = whole.cache_values
    return total


def count(ask: str, strategy: str, sizes: Sizes, seed: int = 0) -> int:
    """What the model counts for `ask` under `strategy` at these sizes."""
    if ask == "sequences_scored":  # exhaustive search: every sequence of n tokens
        return sum(1 for _ in itertools.product(range(sizes.V), repeat=sizes.n))
    config = TransformerConfig(
        vocabulary=tuple(f"t{j}" for j in range(sizes.V)),
        seed=seed,
        d_model=sizes.d,
        layers=sizes.L,
        heads=sizes.h,
        context=max(8, sizes.m + sizes.n),
    )
    return getattr(_work(Transformer(config), strategy, sizes), FIELDS[ask])
