"""How fast a cost answer is checked: warm-process grading of every bundled example, parsing alone,
and a fresh `grader check` process.

    python bench/bench_cost.py

Prints figures; target (issue 12): a cost answer checked in ≤ 50 ms warm, sympy included.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grader.core.question import load_question  # noqa: E402
from grader.cost import algebra  # noqa: E402
from grader.cost.reader import read  # noqa: E402


def forget() -> None:
    """Empty the comparison caches, so a timed run never reuses a previous run's answers."""
    for cached in (algebra.same_value, algebra._fingerprint, algebra._growth):
        cached.cache_clear()


def timed_ms(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    all_times: list[float] = []
    print("warm grading, per bundled example (median / max of 20 runs, comparison caches emptied, ms):")
    for path in sorted((ROOT / "problems/cost").glob("*.toml")):
        question = load_question(path)
        question.prepare()
        for example in question.examples:
            data = example.submission.encode()
            question.grade(data, "warm-up")
            times = timed_ms(lambda q=question, d=data: (forget(), q.grade(d, "bench")), 20)
            all_times.extend(times)
            print(f"  {statistics.median(times):6.1f} {max(times):6.1f}  {path.stem}: {example.name}")
    all_times.sort()
    p95 = all_times[int(0.95 * (len(all_times) - 1))]
    print(
        f"all examples: median {statistics.median(all_times):.1f} ms, p95 {p95:.1f} ms, max {all_times[-1]:.1f} ms"
    )
    line = "Total = \\sum_{i=1}^{n} (m + i) h L = h L (n m + n(n+1)/2)"
    parse = timed_ms(lambda: read(line, frozenset("nmLh")), 200)
    print(f"reading one line of maths (parse + model): median {statistics.median(parse):.2f} ms")
    start = time.perf_counter()
    question = load_question(ROOT / "problems/cost/kv-cache-scores.toml")
    print(
        f"loading a problem (reference and misconception forms): {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    sub = ROOT / "bench" / ".bench-cost-answer.txt"
    sub.write_text("Answer: hLn(2m + n + 1)/2\n")
    try:
        cold = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "grader",
                    "check",
                    str(sub),
                    "--problem",
                    str(ROOT / "problems/cost/kv-cache-scores.toml"),
                ],
                capture_output=True,
                check=False,
            )
            cold.append(time.perf_counter() - start)
        print(f"`grader check` as a fresh process: median {statistics.median(cold):.2f} s")
    finally:
        sub.unlink()


if __name__ == "__main__":
    main()
