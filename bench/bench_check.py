"""How fast `grader check` is: warm-process grading, parsing alone, and fresh processes.

    python bench/bench_check.py

Prints figures; targets (issue #2 §7): a typical 5-line derivation ≤ 5 ms median warm,
parse ≈ 0.5 ms, `grader check` as a fresh process ≤ 0.6 s, `grader --help` ≤ 0.15 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TYPICAL = """By the chain rule,
log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)
= -0.7 + (-0.4)
= -1.1
Answer: -1.1
"""
LATEX = r"""\begin{align*}
\log P(y|x) &= \sum_{i=1}^{2} \log P(y_i \mid x, y_{<i}) \\
&= \log P(y_1 = \text{deep} \mid x) + \log P(y_2 = \text{learning} \mid x, y_1 = \text{deep}) \\
&= -0.7 - 0.4 \\
&= -1.1
\end{align*}
"""
WRONG = """log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)
= (-0.7)(-0.4)
= 0.28
"""


COMPARE = "For A: (-0.7 + (-0.4))/2 = -0.55\nFor B: (-1.0 + (-0.3) + (-0.1))/3 = -0.467\nB is more likely per token.\n"


def median_ms(fn, repeat: int = 300) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def command_seconds(args: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _long_problem(n: int):  # type: ignore[no-untyped-def]
    """A whole-history table model over n tokens, every conditional 0.5."""
    from grader.derivation.problem import problem_from_dict

    y = [f"w{i}" for i in range(n)]
    entries = [{"token": t, "context": y[:i], "prob": 0.5} for i, t in enumerate(y)]
    data = {
        "ask": "log_likelihood",
        "model": {"kind": "table", "entries": entries},
        "sequence": {"x": "p", "y": y},
    }
    return problem_from_dict(data, f"long-{n}.toml")


def _bigram_problem(n: int):  # type: ignore[no-untyped-def]
    """A window-1 table over n tokens (a bigram model), every conditional 0.5: its data is linear in n."""
    from grader.derivation.problem import problem_from_dict

    y = [f"w{i}" for i in range(n)]
    entries = [{"token": t, "context": [c], "prob": 0.5} for t, c in zip(y, ["p", *y[:-1]], strict=True)]
    data = {
        "ask": "log_likelihood",
        "model": {"kind": "table", "window": 1, "entries": entries},
        "sequence": {"x": ["p"], "y": y},
    }
    return problem_from_dict(data, f"bigram-{n}.toml")


def main() -> None:
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from grader.maths.build import parse_piece, parser
    from grader.maths.segment import Piece

    problem = load_problem(ROOT / "problems/seed/deep-learning.toml")
    parser()
    grade_text(TYPICAL, problem)  # warm up
    line = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1"
    piece = Piece(line, tuple((1, i + 1) for i in range(len(line))), True, False, 1)
    rows = [
        ("parse one line (warm)", median_ms(lambda: parse_piece(piece), 1000), "ms", "≈ 0.5"),
        ("grade typical 5-line ASCII (warm)", median_ms(lambda: grade_text(TYPICAL, problem)), "ms", "≤ 5"),
        ("grade 6-line LaTeX align (warm)", median_ms(lambda: grade_text(LATEX, problem)), "ms", "≤ 5"),
        ("grade a wrong derivation (warm)", median_ms(lambda: grade_text(WRONG, problem)), "ms", "≤ 5"),
    ]
    example = str(ROOT / "examples/deep-learning/alice.txt")
    toml = str(ROOT / "problems/seed/deep-learning.toml")
    rows.append(
        (
            "`grader check` fresh process",
            command_seconds([sys.executable, "-m", "grader", "check", example, "-p", toml]),
            "s",
            "≤ 0.6",
        )
    )
    # the other kinds load more: their word tables for every language compile when imported (before the
    # worker forks, so not in the submission's time budget)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "work.txt"
        work.write_text(COMPARE, encoding="utf-8")
        compare = str(ROOT / "problems/compare/per-token.toml")
        rows.append(
            (
                "`grader check` fresh process, a compare answer",
                command_seconds([sys.executable, "-m", "grader", "check", str(work), "-p", compare], 3),
                "s",
                "≤ 0.6",
            )
        )
    rows.append(
        (
            "`grader --help` fresh process",
            command_seconds([sys.executable, "-m", "grader", "--help"]),
            "s",
            "≤ 0.15",
        )
    )
    # grading a sequence of n tokens should be close to linear in n (issue #9); a whole-history table holds
    # n contexts of up to n tokens each, so its own data is quadratic in n, while a bigram (window-1) table's
    # is linear; each factor's conditioning set x, y_{<i} is kept as runs of positions, so grading both is linear
    sums = (("", _long_problem, "x, y_{<i}"), (", bigram table", _bigram_problem, "y_{i-1}"))
    for label, build, history in sums:
        for n in (125, 250, 500, 1000):
            model = build(n)
            text = f"log P(y|x) = \\sum_{{i=1}}^{{{n}}} log P(y_i | {history}) = {n} * log 0.5 = {n * -0.69314718:.4f}"
            timed = median_ms(lambda t=text, p=model: grade_text(t, p), 9)
            rows.append((f"a Σ over n = {n} tokens{label} (warm)", timed, "ms", "linear"))
    # the largest submissions the bounds let through are graded within the default worker budget
    # (grader.core.budget.DEFAULT_SECONDS); tests only guard them against hangs
    from grader.core.budget import DEFAULT_SECONDS
    from tests.conftest import corpus_paragraphs

    for label, text in (
        ("64 KB of the corpus's prose and maths", corpus_paragraphs()),
        ("a line of 20,000 inline pieces $1$", "$1$" * 20_000),
    ):
        rows.append(
            (
                f"grade {label} (warm)",
                median_ms(lambda t=text: grade_text(t, problem), 3) / 1000,
                "s",
                f"≤ {DEFAULT_SECONDS:g}",
            )
        )
    # a hostile line in each kind's reader (tests/conftest.py HOSTILE: once 55 s in a cost answer, 143 s in a window
    # answer, from nested optional runs of spaces): graded within the worker budget, the slowest line per kind
    from tests.conftest import HOSTILE, question_of

    for problem_id in (
        "deep-learning",
        "compare--per-token",
        "cost--kv-cache-scores",
        "decoding--beam-a-cat",
        "flaw--multiplied-logs",
        "window--transformer-window",
    ):
        question = question_of(problem_id)
        question.grade(b"warm up", "w.txt")  # type: ignore[attr-defined]
        slowest = max(
            median_ms(lambda t=text, q=question: q.grade(t.encode(), "s.txt"), 1)  # type: ignore[attr-defined]
            for text in HOSTILE.values()
        )
        rows.append(
            (f"slowest hostile line, {problem_id} (warm)", slowest / 1000, "s", f"≤ {DEFAULT_SECONDS:g}")
        )
    print("| what | median | target |")
    print("|---|---|---|")
    for name, value, unit, target in rows:
        print(f"| {name} | {value:.3g} {unit} | {target} {unit if target != 'linear' else ''} |")


if __name__ == "__main__":
    main()
