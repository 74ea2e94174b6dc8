"""Time the three ways of computing a tiny transformer's conditionals for n = 16 … 1024.

    python bench/bench_transformer.py [--max-n 1024] [--naive-max-n 1024]

Prints a Markdown table: time per way, its ratio to teacher forcing, the attention-score
entries each way computes, and the growth exponent fitted to log time against log n (n ≥ 128,
where fixed per-call costs no longer dominate).
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from grader.reference.transformer import Transformer, TransformerConfig, Work

CONFIG = TransformerConfig(
    vocabulary=tuple(f"t{i}" for i in range(64)), seed=0, d_model=32, layers=2, heads=4, context=1024
)
FIT_FROM = 128


def best_time(run: Callable[[], object], budget: float = 0.5, max_repeats: int = 20) -> float:
    """The fastest of several runs (at least one, more while under `budget` seconds)."""
    times: list[float] = []
    spent = 0.0
    while not times or (spent < budget and len(times) < max_repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
        spent += times[-1]
    return min(times)


def exponent(ns: list[int], times: list[float]) -> float:
    """Least-squares slope of log time against log n, over n ≥ FIT_FROM."""
    pairs = [(math.log(n), math.log(t)) for n, t in zip(ns, times, strict=True) if n >= FIT_FROM]
    x, y = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    return float(np.polyfit(x, y, 1)[0])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-n", type=int, default=1024)
    parser.add_argument("--naive-max-n", type=int, default=1024)
    args = parser.parse_args(argv)
    net = Transformer(CONFIG)
    ns = [n for n in (16, 32, 64, 128, 256, 512, 1024) if n <= args.max_n]
    rng = np.random.default_rng(0)
    rows, columns = [], {"tf": [], "kv": [], "naive": []}
    for n in ns:
        ids = rng.integers(0, len(CONFIG.vocabulary), n).tolist()
        works = {name: Work() for name in columns}
        net.teacher_forced(ids, works["tf"])
        net.incremental(ids, 1, works["kv"])
        tf = best_time(lambda ids=ids: net.teacher_forced(ids))
        kv = best_time(lambda ids=ids: net.incremental(ids, 1))
        naive = math.nan
        if n <= args.naive_max_n:
            net.naive(ids, 1, works["naive"])
            naive = best_time(lambda ids=ids: net.naive(ids, 1), budget=0.0)
        for name, value in (("tf", tf), ("kv", kv), ("naive", naive)):
            columns[name].append(value)
        rows.append(
            f"| {n} | {tf * 1e3:.2f} | {kv * 1e3:.2f} | {naive * 1e3:.1f} | {kv / tf:.1f} | {naive / tf:.0f} "
            f"| {works['tf'].score_entries} | {works['naive'].score_entries} |"
        )
    print(
        f"Tiny transformer: {CONFIG.layers} layers, d_model {CONFIG.d_model}, {CONFIG.heads} heads, "
        f"|V| = {len(CONFIG.vocabulary)}; best of repeated runs; numpy {np.__version__}, "
        f"Python {platform.python_version()}, {platform.machine()}.\n"
    )
    print(
        "| n | teacher-forced ms | KV cache ms | naive ms | KV/TF | naive/TF | scores TF = KV | scores naive |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    fits = []
    for label, name in (("teacher-forced", "tf"), ("KV cache", "kv"), ("naive", "naive")):
        finite = [(n, t) for n, t in zip(ns, columns[name], strict=True) if not math.isnan(t)]
        if sum(n >= FIT_FROM for n, _ in finite) >= 2:
            fits.append(f"{label} n^{exponent([n for n, _ in finite], [t for _, t in finite]):.2f}")
    print(f"\nFitted growth (n ≥ {FIT_FROM}): " + ", ".join(fits) + ".")
    print(
        "Score entries are summed over layers and heads: L·H·n(n+1)/2 with one pass or a cache, "
        "L·H·Σ_t t(t+1)/2 when every prefix is recomputed."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
