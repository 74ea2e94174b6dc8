"""How much the `grader grade` parent's memory grows with the size of the class.

    python bench/bench_batch_memory.py [--sizes 2000 20000] [--jobs N] [--layout folder|manifest]

Each size is measured in a fresh process: it writes that many small submissions (a mix of correct
and wrong one-line derivations of the seed problem) in a temporary folder, grades a class of five
first (so imports, parsers and caches are loaded), then traces the parent with tracemalloc while
`grader grade` runs on the whole class, and prints the peak growth over what was held before.
Workers really grade each submission; each stops tracing as it starts, so only the parent is
measured (a forked child inherits tracemalloc and would otherwise be slowed by it).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBLEM = ROOT / "problems/seed/deep-learning.toml"
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = {total}\n"


def write_class(folder: Path, size: int, layout: str) -> list[str]:
    """`size` one-file submissions under folder; returns the `grader grade` arguments naming them."""
    work = folder / "work"
    work.mkdir(parents=True)
    for i in range(size):
        total = "-1.1" if i % 4 else f"{-1.0 - i % 7 / 10:g}"
        (work / f"s{i:06d}.txt").write_text(GOOD.format(total=total))
    if layout == "folder":
        return [str(work), "--problem", str(PROBLEM)]
    rows = "".join(f"s{i:06d},{PROBLEM},work/s{i:06d}.txt\n" for i in range(size))
    (folder / "class.csv").write_text("student,problem,file\n" + rows)
    return ["--manifest", str(folder / "class.csv")]


def _untraced_grade_task(*args: object) -> str:
    """The real grade_task, after the forked worker stops the tracing it inherited from the parent."""
    from grader.classwork import batch

    if tracemalloc.is_tracing():
        tracemalloc.stop()
    return batch.REAL_GRADE_TASK(*args)  # type: ignore[attr-defined]


def measure(size: int, jobs: int, layout: str) -> None:
    """Child process: grade a class of `size` and print `size peak_bytes seconds`."""
    import contextlib
    import io

    from grader.classwork import batch
    from grader.cli.main import main

    batch.REAL_GRADE_TASK = batch.grade_task  # type: ignore[attr-defined]
    batch.grade_task = _untraced_grade_task
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        warm = write_class(base / "warm", 5, layout)
        big = write_class(base / "big", size, layout)
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet):
            main(["grade", *warm, "--out", str(base / "warm-out"), "--jobs", str(jobs)])
            tracemalloc.start()
            before = tracemalloc.get_traced_memory()[0]
            started = time.perf_counter()
            code = main(
                ["grade", *big, "--out", str(base / "out"), "--jobs", str(jobs), "--progress", "never"]
            )
            took = time.perf_counter() - started
            peak = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.stop()
        if code != 0 or f"graded {size} submissions" not in quiet.getvalue():
            raise SystemExit(f"the run failed (exit {code}):\n{quiet.getvalue()}")
    print(f"{size} {peak} {took:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--layout", choices=("folder", "manifest"), default="folder")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        measure(args.child, args.jobs, args.layout)
        return
    print(f"| submissions ({args.layout}) | parent peak growth (KB) | per submission (bytes) | seconds |")
    print("|---|---|---|---|")
    for size in args.sizes:
        argv = [
            sys.executable,
            __file__,
            "--child",
            str(size),
            "--jobs",
            str(args.jobs),
            "--layout",
            args.layout,
        ]
        run = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
        if run.returncode != 0:
            raise SystemExit(run.stderr or run.stdout)
        _, peak, took = run.stdout.split()[-3:]
        print(f"| {size} | {int(peak) / 1024:.0f} | {int(peak) / size:.0f} | {took} |", flush=True)


if __name__ == "__main__":
    main()
