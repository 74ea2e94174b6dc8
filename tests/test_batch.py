"""Batch grading: finding submissions, the gradebook, the summary, exit codes and the progress bar."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grader.classwork.batch import Progress, write_atomic
from grader.classwork.classfiles import ClassFilesError, discover, read_manifest
from grader.cli.main import main
from tests.conftest import example_score

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = str(ROOT / "problems/seed/deep-learning.toml")
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"
BAD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= (-0.7)(-0.4)\n= 0.28\n"


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


GS_METADATA = """submission_101:
  :submitters:
  - :name: Ada Lovelace
    :sid: '001'
    :email: ada@example.edu
  :created_at: 2024-01-01 10:00:00.000000000 -08:00
submission_102:
  :submitters:
  - :name: Alan Turing
    :sid: '002'
  - :name: Grace Hopper
    :email: grace@example.edu
"""

LAYOUTS = [
    # (files, expected [(key, students, file names)])
    (
        {"alice.txt": GOOD, "bob.md": BAD, "carol.tex": GOOD, "notes.pdf": "x", ".hidden.txt": GOOD},
        [
            ("alice", ("alice",), ["alice.txt"]),
            ("bob", ("bob",), ["bob.md"]),
            ("carol", ("carol",), ["carol.tex"]),
        ],
    ),
    (
        {"alice/answer.txt": GOOD, "bob/q2/work.md": BAD, "bob/a.txt": GOOD, "dave/readme.pdf": "x"},
        [("alice", ("alice",), ["answer.txt"]), ("bob", ("bob",), ["a.txt", "work.md"])],
    ),
    (
        {
            "submission_metadata.yml": GS_METADATA,
            "submission_101/derivation.txt": GOOD,
            "submission_102/answer.md": BAD,
            "submission_103/x.txt": GOOD,
        },
        [
            ("submission_101", ("ada@example.edu",), ["derivation.txt"]),
            ("submission_102", ("002", "grace@example.edu"), ["answer.md"]),
            ("submission_103", ("submission_103",), ["x.txt"]),
        ],
    ),
]


@pytest.mark.parametrize(
    ("files", "expected"), LAYOUTS, ids=["flat", "folder-per-student", "gradescope-export"]
)
def test_discover_layouts(tmp_path: Path, files: dict[str, str], expected: list) -> None:
    tasks = discover(write_tree(tmp_path, files), PROBLEM)
    assert [(t.key, t.students, [f.name for f in t.files]) for t in tasks] == expected
    assert {t.problem for t in tasks} == {PROBLEM}


MANIFEST_ERRORS = [
    ("student,file\nann,a.txt\n", "missing column 'problem'"),
    ("student,problem,file\nann,p.toml,\n", "line 2: file: empty"),
    ("student,problem,file\nann,p.toml,a.txt\nbob,p.toml,nope.txt\n", "line 3: file: no such file"),
]


@pytest.mark.parametrize(("text", "message"), MANIFEST_ERRORS)
def test_manifest_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    write_tree(tmp_path, {"a.txt": GOOD, "hw.csv": text})
    with pytest.raises(ClassFilesError) as err:
        read_manifest(tmp_path / "hw.csv")
    assert str(tmp_path / "hw.csv") in str(err.value) and message in str(err.value)


def test_manifest_groups_rows_and_resolves_paths(tmp_path: Path) -> None:
    write_tree(tmp_path, {"w/a1.txt": GOOD, "w/a2.txt": GOOD, "w/bob/x.md": BAD})
    (tmp_path / "hw.csv").write_text(
        "Student,Problem,File,Section\nann,p.toml,w/a1.txt,A\nann,p.toml,w/a2.txt,A\nbob,p.toml,w/bob,B\n"
    )
    tasks = read_manifest(tmp_path / "hw.csv")
    assert [(t.key, [f.name for f in t.files]) for t in tasks] == [
        ("ann", ["a1.txt", "a2.txt"]),
        ("bob", ["x.md"]),
    ]
    assert tasks[0].problem == str(tmp_path / "p.toml")


def read_gradebook(out: Path) -> list[dict[str, str]]:
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_grade_folder_writes_gradebook_reports_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "results"
    code = main(
        ["grade", str(ROOT / "examples/deep-learning"), "--problem", PROBLEM, "--out", str(out), "-j", "2"]
    )
    assert code == 0  # the run completed; the gradebook says bob lost marks
    rows = read_gradebook(out)
    bob = example_score("bob.txt")
    assert [(r["student"], r["verdict"], float(r["score"]), r["max_score"]) for r in rows] == [
        ("alice", "correct", 1.0, "1"),
        ("bob", "incorrect", pytest.approx(bob, abs=1e-4), "1"),
    ]
    assert 0 < bob < 1
    assert rows[1]["codes"].split() == ["multiplied-log-probs", "final-answer-wrong"]
    saved = json.loads((out / "seed-deep-learning" / "bob.json").read_text())
    assert saved["students"] == ["bob"] and saved["verdict"] == "incorrect" and saved["input_sha256"]
    assert {d["code"] for d in saved["diagnostics"]} == {"multiplied-log-probs", "final-answer-wrong"}
    printed = capsys.readouterr()
    assert "graded 2 submissions" in printed.out and "multiplied-log-probs" in printed.out
    assert printed.err == ""  # no progress bar off a terminal
    assert not list(out.rglob(".*.tmp"))


def test_manifest_with_two_problems_and_group_rows(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": GOOD, "b.txt": "log P(y|x) = 0.5\n"})
    (tmp_path / "hw.csv").write_text(
        f"student,problem,file\nann,{PROBLEM},a.txt\nann,{ROOT / 'problems/seed/sam-corpus.toml'},b.txt\n"
    )
    out = tmp_path / "out"
    assert main(["grade", "--manifest", str(tmp_path / "hw.csv"), "--out", str(out), "-j", "1"]) == 0
    rows = read_gradebook(out)
    assert [(r["student"], r["problem"], r["verdict"]) for r in rows] == [
        ("ann", "seed-deep-learning", "correct"),
        ("ann", "sam-corpus-bigram", "incorrect"),
    ]


def test_completed_run_exits_zero_so_report_can_follow(tmp_path: Path) -> None:
    write_tree(tmp_path / "in", {"ann.txt": GOOD, "ben.md": GOOD})
    assert main(["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(tmp_path / "out")]) == 0


USAGE_ERRORS = [
    (["grade", "{in}", "-o", "{out}"], "needs --problem"),
    (["grade", "{in}", "--manifest", "m.csv", "-o", "{out}"], "either a folder"),
    (["grade", "{in}", "-p", "{broken}", "-o", "{out}"], "broken.toml: ask"),
    (["grade", "{in}", "-p", "{missing}", "-o", "{out}"], "missing.toml: no such file"),
    (["grade", "{empty}", "-p", PROBLEM, "-o", "{out}"], "no submissions"),
    (["grade", "{in}", "-p", PROBLEM, "-o", "{out}", "--jobs", "0"], "--jobs"),
    (["grade", "{in}", "-p", PROBLEM, "-o", "{out}", "--timeout", "nan"], "--timeout"),
    (["grade", "{in}", "-p", PROBLEM, "-o", "{out}", "--timeout", "0"], "--timeout"),
    (["grade", "{in}", "-p", PROBLEM, "-o", "{out}", "--memory", "10"], "--memory"),
]


@pytest.mark.parametrize(("argv", "message"), USAGE_ERRORS)
def test_usage_errors_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture, argv: list[str], message: str
) -> None:
    write_tree(tmp_path, {"in/ann.txt": GOOD, "broken.toml": 'ask = "nothing"\n[sequence]\ny = ["a"]\n'})
    (tmp_path / "empty").mkdir()
    names = {
        "in": tmp_path / "in",
        "out": tmp_path / "out",
        "broken": tmp_path / "broken.toml",
        "missing": tmp_path / "missing.toml",
        "empty": tmp_path / "empty",
    }
    assert main([a.format(**names) for a in argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_resume_regrades_changed_files_only(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    write_tree(tmp_path / "in", {"ann.txt": GOOD, "ben.txt": BAD, "cat.txt": GOOD})
    argv = ["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(tmp_path / "out"), "-j", "1"]
    assert main(argv) == 0
    capsys.readouterr()
    (tmp_path / "in" / "ben.txt").write_text(GOOD)
    assert main([*argv, "--resume"]) == 0
    assert "(1 now, 2 from an earlier run)" in capsys.readouterr().out
    assert {r["verdict"] for r in read_gradebook(tmp_path / "out")} == {"correct"}


def test_progress_bar_only_when_enabled() -> None:
    shown, hidden = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (hidden, False)):
        bar = Progress(3, stream, enabled)
        for _ in range(3):
            bar.advance()
        bar.close()
    assert "3/3" in shown.getvalue() and "/s" in shown.getvalue() and "left" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_cli_is_quiet_off_a_terminal(tmp_path: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "grader",
            "grade",
            str(ROOT / "examples/deep-learning"),
            "-p",
            PROBLEM,
            "-o",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0 and run.stderr == "" and "graded 2 submissions" in run.stdout


def test_write_atomic_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    write_atomic(target, "old")
    write_atomic(target, "new")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_gradebook_marks_work_for_review(tmp_path: Path) -> None:
    """Unreadable lines cost nothing but send the work to a person: the gradebook says which rows."""
    unknown = "log P(y|x) = log P(y_1|x) + log P(y_3|x, y_1, y_2) = -1.1\n"
    write_tree(tmp_path / "in", {"ann.txt": GOOD, "ben.txt": unknown})
    assert main(["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    with open(tmp_path / "out" / "grades.csv", newline="") as handle:
        rows = {r["student"]: r for r in csv.DictReader(handle)}
    assert rows["ann"]["needs_review"] == "" and rows["ben"]["needs_review"] == "yes"
    assert rows["ben"]["verdict"] == "correct" and rows["ben"]["codes"] == "unknown-symbol"
