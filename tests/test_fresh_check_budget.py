"""A fresh `grader check` spends its time budget on the submission, not on loading the grader.

Gradescope and PrairieLearn grade each submission in a new process. The grading modules of compare,
decoding and flaw compile their multilingual word tables when imported, over 2 s on a 2-core machine; that
happened inside the worker, so a fresh `grader check` on those kinds ran out of the default 2 s budget and
reported `grader-timeout` (exit 3) for every submission. The grader is now loaded before the worker forks
(core.question.warm_up), so even a 1 s budget is spent on the work alone: these runs fail on a grader that
loads inside the worker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

# one problem of each kind, with the first of its bundled examples as the submission
PROBLEMS = [
    "problems/seed/deep-learning.toml",
    "problems/compare/per-token.toml",
    "problems/cost/cache-memory.toml",
    "problems/decoding/beam-a-cat.toml",
    "problems/flaw/multiplied-logs.toml",
    "problems/window/deep-learning-window.toml",
]


def first_example(problem: Path) -> str:
    examples = tomllib.loads(problem.read_text(encoding="utf-8")).get("examples", [])
    assert examples, f"{problem} has no examples"
    return examples[0]["submission"]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_fresh_check_grades_within_a_one_second_budget(problem: str, tmp_path: Path) -> None:
    submission = tmp_path / "work.txt"
    submission.write_text(first_example(ROOT / problem), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "grader", "check", str(submission), "--problem", problem]
        + ["--format", "json", "--timeout", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GRADER_CACHE_DIR": str(tmp_path / "cache")},
        timeout=120,
    )
    assert run.returncode in (0, 1), (run.returncode, run.stdout[-400:], run.stderr[-400:])
    report = json.loads(run.stdout)
    assert report["verdict"] != "error"
    assert not any(d["code"].startswith("grader-") for d in report["diagnostics"])
