"""The --out folder: a spreadsheet-safe gradebook, one gradebook across problems, one run at a time."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader.classwork.batch import FolderBusy, lock_folder
from grader.cli.main import main
from grader.writers import gradebook

ROOT = Path(__file__).resolve().parent.parent
Q1 = ROOT / "problems/seed/deep-learning.toml"
Q2 = ROOT / "problems/seed/sam-corpus.toml"
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"

# (text a student, problem or code could carry, the cell a spreadsheet must get)
CELLS = [
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("+1+1", "'+1+1"),
    ("-2+3", "'-2+3"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("ada@example.edu", "ada@example.edu"),
    ("O'Brien", "O'Brien"),
    ("", ""),
]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(("text", "cell"), CELLS)
def test_every_text_cell_is_neutralised_and_numbers_stay_numbers(
    tmp_path: Path, text: str, cell: str
) -> None:
    saved = {
        "students": [text],
        "problem": text,
        "score": -1,
        "max_score": 2.5,
        "verdict": "incorrect",
        "diagnostics": [{"code": text or "x"}],
        "skipped": [text] if text else [],
    }
    (tmp_path / "g.csv").write_text(gradebook.render_rows(gradebook.rows(saved)), newline="")
    with open(tmp_path / "g.csv", newline="", encoding="utf-8") as handle:
        (row,) = list(csv.reader(handle))
    assert row[:2] == [cell, cell] and row[2:5] == ["-1", "2.5", "incorrect"]
    assert row[5] == (cell if text else "x")


def test_formula_names_from_file_names_are_neutralised_in_a_real_run(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("=1+2", "@SUM(A1)", "-bob", "ann"):
        (folder / f"{name}.txt").write_text(GOOD)
    assert main(["grade", str(folder), "-p", str(Q1), "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    rows = read_csv(tmp_path / "out" / "grades.csv")
    assert [r["student"] for r in rows] == ["'-bob", "'=1+2", "'@SUM(A1)", "ann"]
    assert {r["score"] for r in rows} == {"1"}


def test_runs_for_two_problems_keep_one_gradebook(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "ann.txt").write_text(GOOD)
    (folder / "ben.txt").write_text("log P(y|x) = 0.5\n")
    q1 = ["grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "1"]
    q2 = ["grade", str(folder), "-p", str(Q2), "-o", str(out), "-j", "1"]
    assert main(q1) == 0 and main(q2) == 0
    expected = [
        ("ann", "seed-deep-learning", "correct"),
        ("ben", "seed-deep-learning", "incorrect"),
        ("ann", "sam-corpus-bigram", "incorrect"),
        ("ben", "sam-corpus-bigram", "incorrect"),
    ]
    rows = read_csv(out / "grades.csv")
    assert [(r["student"], r["problem"], r["verdict"]) for r in rows] == expected
    capsys.readouterr()
    assert main([*q1, "--resume"]) == 0  # regrading q1 keeps q2's rows; the summary counts this run only
    assert "graded 2 submissions (0 now, 2 from an earlier run)" in capsys.readouterr().out
    rows = read_csv(out / "grades.csv")
    assert sorted((r["student"], r["problem"], r["verdict"]) for r in rows) == sorted(expected)


def test_two_problems_with_one_id_do_not_overwrite_each_others_records(tmp_path: Path) -> None:
    for hw in ("hw1", "hw2"):  # the same id (both named problem.toml, say): different files
        (tmp_path / hw).mkdir()
        (tmp_path / hw / "problem.toml").write_bytes(Q1.read_bytes())
        (tmp_path / hw / "in").mkdir()
        (tmp_path / hw / "in" / "ann.txt").write_text(GOOD)
    out = tmp_path / "out"
    for hw in ("hw1", "hw2"):
        argv = ["grade", str(tmp_path / hw / "in"), "-p", str(tmp_path / hw / "problem.toml"), "-o", str(out)]
        assert main([*argv, "-j", "1"]) == 0
    records = sorted(p.relative_to(out).parts[0] for p in out.glob("*/ann.json"))
    assert len(records) == 2 and records[0] == "seed-deep-learning"
    assert len(read_csv(out / "grades.csv")) == 2


def test_a_second_run_into_a_busy_folder_fails_at_once(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "ann.txt").write_text(GOOD)
    records = out / "seed-deep-learning"
    records.mkdir(parents=True)
    other = records / ".ann.json.99999.tmp"  # the running run's half-written record
    other.write_text("{")
    with lock_folder(out):
        code = main(["grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "1"])
        with pytest.raises(FolderBusy), lock_folder(out):
            pass
    err = capsys.readouterr().err
    assert code == 2 and f"{out}: another `grader grade` run (pid {os.getpid()})" in err
    assert other.exists() and not (out / "grades.csv").exists()  # nothing of the other run touched
    assert main(["grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "1"]) == 0  # free again


def test_a_killed_runs_lock_does_not_block_the_next_run(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    (folder / "ann.txt").write_text(GOOD)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from grader.classwork.batch import lock_folder\n"
            "with lock_folder(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)",
            str(out),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    assert main(["grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "1"]) == 2
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (out / ".grader.lock").read_text().strip() == str(holder.pid)  # stale file left behind
    assert main(["grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "1"]) == 0


def test_workers_of_a_killed_run_do_not_keep_the_lock(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(400):
        (folder / f"s{i:03d}.txt").write_text(GOOD)
    run = subprocess.Popen(
        [sys.executable, "-m", "grader", "grade", str(folder), "-p", str(Q1), "-o", str(out), "-j", "2"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    records = out / "seed-deep-learning"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not records.is_dir() or len(os.listdir(records)) < 20):
        time.sleep(0.005)
    os.kill(run.pid, signal.SIGKILL)  # the parent only: its workers are still alive for a moment
    run.wait()
    with lock_folder(out):  # taken at once: no worker kept a copy of the lock
        pass
