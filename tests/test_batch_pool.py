"""The worker pool and batch runs under hostile submissions and a real SIGKILL."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import grader.classwork.batch
from grader.classwork.pool import WorkerPool
from grader.cli.main import main
from grader.core.budget import Failure

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = str(ROOT / "problems/seed/deep-learning.toml")
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"


def behave(kind: str) -> str:
    """A task that answers, hangs, crashes, raises or eats memory, by name."""
    if kind == "hang":
        time.sleep(60)
    if kind == "exit":
        os._exit(3)
    if kind == "raise":
        raise ValueError("broken")
    if kind == "memory":
        _hog = bytearray(3 * 1024 * 1024 * 1024)
    return kind.upper()


OUTCOMES = [
    ("ok", "OK"),
    ("hang", Failure("timeout", "the work did not finish within 1 s")),
    ("exit", "crash"),
    ("raise", "crash"),
    ("memory", "memory"),
]


@pytest.mark.parametrize(("kind", "expected"), OUTCOMES)
def test_one_bad_task_fails_alone(kind: str, expected: object) -> None:
    kinds = ["ok"] * 6 + [kind] + ["ok"] * 6
    pool = WorkerPool(behave, jobs=2, seconds=1.0, memory_mb=1024, max_tasks=4)
    results = dict(pool.run((i, (k,)) for i, k in enumerate(kinds)))
    assert sorted(results) == list(range(len(kinds)))
    bad = results.pop(6)
    if isinstance(expected, Failure):
        assert bad == expected
    elif isinstance(expected, str) and expected != "OK":
        assert isinstance(bad, Failure) and bad.kind == expected
    else:
        assert bad == expected
    assert set(results.values()) == {"OK"}  # everything else answered, in spite of the bad one


def test_pool_replaces_workers_after_max_tasks() -> None:
    pool = WorkerPool(behave, jobs=2, seconds=5.0, memory_mb=512, max_tasks=3)
    assert {r for _, r in pool.run((i, ("ok",)) for i in range(12))} == {"OK"}
    assert pool.started >= 4


_REAL_GRADE_TASK = grader.classwork.batch.grade_task


def _hang_for_eve(problems, task, out_path, meta):  # type: ignore[no-untyped-def]
    if task.key == "eve":
        time.sleep(60)
    return _REAL_GRADE_TASK(problems, task, out_path, meta)


def test_a_hanging_submission_becomes_an_error_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    for name in ("ann", "bob", "eve", "zed"):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{name}.txt").write_text(GOOD)
    monkeypatch.setattr(grader.classwork.batch, "grade_task", _hang_for_eve)
    out = tmp_path / "out"
    argv = ["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(out), "-j", "2", "--timeout", "0.5"]
    assert main(argv) == 0  # the run completed; eve's timeout is in the gradebook as verdict error
    with open(out / "grades.csv", newline="") as handle:
        rows = {r["student"]: r for r in csv.DictReader(handle)}
    assert {s: r["verdict"] for s, r in rows.items()} == {
        "ann": "correct",
        "bob": "correct",
        "eve": "error",
        "zed": "correct",
    }
    assert rows["eve"]["codes"] == "grader-timeout" and rows["eve"]["score"] == "0"
    monkeypatch.undo()
    capsys.readouterr()
    assert main([*argv, "--resume"]) == 0  # a grader failure is regraded on resume
    assert "(1 now, 3 from an earlier run)" in capsys.readouterr().out


def _group_alive(pgid: int) -> bool:
    """Whether any process of the group still runs (zombies waiting for a reaper do not count)."""
    if not Path("/proc/self/stat").exists():
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def test_resume_after_sigkill_loses_nothing(tmp_path: Path) -> None:
    count = 1500
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(count):
        value = -1.1 if i % 3 else round(-2 - i / 1000, 4)
        text = GOOD.replace("= -1.1", f"= {value:g}")
        (folder / f"s{i:04d}.txt").write_text(text)
    out = tmp_path / "out"
    argv = [sys.executable, "-m", "grader", "grade", str(folder), "-p", PROBLEM, "-o", str(out), "-j", "1"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    records = out / "seed-deep-learning"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not records.is_dir() or len(os.listdir(records)) < 100):
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)  # the grader, mid-run; its workers must then leave by themselves
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.05)
    assert not _group_alive(proc.pid), "orphaned workers outlived the killed grader"
    before = {p.name: p.stat().st_mtime_ns for p in records.glob("*.json")}
    assert 100 <= len(before) < count, "the run should have been killed part-way"
    for path in records.glob("*.json"):
        json.loads(path.read_text())  # every record left behind is whole
    resumed = subprocess.run([*argv, "--resume"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert f"({count - len(before)} now, {len(before)} from an earlier run)" in resumed.stdout
    after = {p.name: p.stat().st_mtime_ns for p in records.glob("*.json")}
    assert len(after) == count and all(after[name] == mtime for name, mtime in before.items())
    assert not list(records.glob(".*"))
    with open(out / "grades.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["student"] for r in rows] == [f"s{i:04d}" for i in range(count)]
    assert sum(r["verdict"] == "correct" for r in rows) == count - len(range(0, count, 3))
