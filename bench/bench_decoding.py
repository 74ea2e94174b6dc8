"""How fast a decoding answer is checked: beam width up to 4, up to 6 tokens.

    python bench/bench_decoding.py

Prints figures; target (issue 12): ≤ 10 ms per answer, warm, for beam width ≤ 4 and length ≤ 6.
Answers are written from the reference search (right) and with one slip at step 2 (wrong), on a
table model over histories, a bigram and the numpy transformer.
"""

from __future__ import annotations

import itertools
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.decoding.grade import grade_text  # noqa: E402
from grader.decoding.problem import DecodingProblem, problem_from_dict  # noqa: E402

WORDS = ["red", "blue", "green", "cat", "dog", "sat"]


def table_model(depth: int, branching: int) -> dict[str, Any]:
    """A full tree of conditionals over histories, random but fixed."""
    rng = random.Random(1)
    entries = []
    for d in range(depth):
        for context in itertools.product(WORDS[:branching], repeat=d):
            weights = [rng.randint(1, 9) for _ in range(branching)]
            total = sum(weights)
            for w, k in zip(WORDS[:branching], weights, strict=True):
                entries.append({"context": list(context), "token": w, "prob": f"{k}/{total}"})
    return {"kind": "table", "entries": entries}


def bigram_model() -> dict[str, Any]:
    rng = random.Random(2)
    entries = []
    for context in ["<s>", *WORDS]:
        weights = [rng.randint(1, 9) for _ in WORDS]
        total = sum(weights)
        for w, k in zip(WORDS, weights, strict=True):
            entries.append({"context": [context], "token": w, "prob": f"{k}/{total}"})
    return {"kind": "ngram", "order": 2, "entries": entries}


def transformer_model() -> dict[str, Any]:
    return {"kind": "transformer", "vocabulary": ["<s>", *WORDS], "seed": 7, "d_model": 16, "layers": 2}


def problem(model: dict[str, Any], width: int, length: int, prompt: list[str] | str) -> DecodingProblem:
    data = {
        "kind": "decoding",
        "ask": "beam",
        "beam_width": width,
        "max_length": length,
        "model": model,
        "sequence": {"x": prompt},
    }
    return problem_from_dict(data, "bench.toml")


def answers(p: DecodingProblem) -> tuple[str, str]:
    """A right answer written from the reference, and the same with one hypothesis dropped at step 2."""
    lines = []
    for t, step in enumerate(p.reference.steps, start=1):
        kept = ", ".join(f"{' '.join(h.tokens)}: {float(h.prob):.4g}" for h in step.kept)
        lines.append(f"step {t}: {{{kept}}}")
    best = p.reference.beam
    right = "\n".join(lines) + f"\nAnswer: {' '.join(best.tokens)}, P = {float(best.prob):.4g}\n"
    wrong_lines = list(lines)
    wrong_lines[1] = wrong_lines[1].rsplit(",", 1)[0] + "}"
    wrong = "\n".join(wrong_lines) + f"\nAnswer: {' '.join(best.tokens)}, P = {float(best.prob):.4g}\n"
    return right, wrong


def median_ms(p: DecodingProblem, text: str, repeat: int = 50) -> float:
    grade_text(text, p, "warm")
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        grade_text(text, p, "bench")
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    cases = [
        ("table, 4-way tree", table_model(6, 4), ""),
        ("bigram, 6 words", bigram_model(), ["<s>"]),
        ("transformer, d=16, 2 layers", transformer_model(), ["<s>"]),
    ]
    print(f"{'model':<30} {'width':>5} {'length':>6} {'first ms':>9} {'right ms':>9} {'wrong ms':>9}")
    worst = 0.0
    for name, model, prompt in cases:
        for width, length in ((2, 3), (4, 6)):
            p = problem(model, width, length, prompt)
            right, wrong = answers(p)
            start = time.perf_counter()
            grade_text(wrong, p, "first")  # nothing cached yet: what a fresh process pays once
            first = (time.perf_counter() - start) * 1000
            a, b = median_ms(p, right), median_ms(p, wrong)
            worst = max(worst, a, b)
            print(f"{name:<30} {width:>5} {length:>6} {first:>9.2f} {a:>9.2f} {b:>9.2f}")
    print(f"worst median: {worst:.2f} ms per answer (target ≤ 10 ms)")


if __name__ == "__main__":
    main()
