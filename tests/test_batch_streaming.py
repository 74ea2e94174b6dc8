"""A batch run streams the class: discovery is lazy, only tasks in flight are held, order is kept."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import grader.classwork.batch
from grader.classwork import spillsort
from grader.classwork.batch import Options, run_batch
from grader.classwork.classfiles import ClassFilesError, Manifest, Submissions, Task
from grader.cli.main import main
from grader.core.question import load_question

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = str(ROOT / "problems/seed/deep-learning.toml")
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"


def write_tree(root: Path, names: list[str]) -> Path:
    for rel in names:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(GOOD, encoding="utf-8")
    return root


# (files in the class folder, expected [(student, files read)]) — a student's entries need not sit
# together in name order ("ann" < "ann-2.txt" < "ann.md"), yet make one task, placed by its first name
ORDERS = [
    (["a.txt", "a-b/x.txt"], [("a-b", ["a-b/x.txt"]), ("a", ["a.txt"])]),
    (
        ["ann/x.txt", "ann-2.txt", "ann.md", "ann.txt", "bob.tex"],
        [("ann", ["ann/x.txt", "ann.md", "ann.txt"]), ("ann-2", ["ann-2.txt"]), ("bob", ["bob.tex"])],
    ),
    (
        ["k.TXT", "k-1.txt", "k-2/w.md", "k.tex", "k.a.txt", "l.txt"],
        [
            ("k-1", ["k-1.txt"]),
            ("k-2", ["k-2/w.md"]),
            ("k", ["k.TXT", "k.tex"]),
            ("k.a", ["k.a.txt"]),
            ("l", ["l.txt"]),
        ],
    ),
    (["z/notes.pdf", "z.txt", "y/q/a.md"], [("y", ["y/q/a.md"]), ("z", ["z.txt"])]),
]


@pytest.mark.parametrize("run", [None, 2], ids=["in-memory", "spilled-to-disk"])
@pytest.mark.parametrize(("names", "expected"), ORDERS)
def test_each_student_is_one_task_in_name_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, names: list[str], expected: list, run: int | None
) -> None:
    if run:
        monkeypatch.setattr(spillsort, "RUN", run)  # a big class: names sorted in runs on disk
    root = write_tree(tmp_path, names)
    tasks = list(Submissions(root, PROBLEM))
    assert [(t.key, [f.relative_to(root).as_posix() for f in t.files]) for t in tasks] == expected


NAMES = [
    [],
    ["b"],
    ["b", "a", "c"],
    ["s10", "s9", "s1", "S1", "s1.txt", "s1-2.txt", "s1 .txt"],
    ["line\nbreak.txt", "é.md", "e.md", "\udcff.txt", "z.txt", "Ω", "a\x7f"],  # \udcff: a byte not UTF-8
]


@pytest.mark.parametrize("names", NAMES)
@pytest.mark.parametrize("run", [1, 2, 3, 100])
def test_spilled_sort_orders_names_as_sorted_does(names: list[str], run: int) -> None:
    assert list(spillsort.sorted_names(iter(names), run)) == sorted(names)


def test_discovery_walks_the_folder_lazily(tmp_path: Path) -> None:
    """A student's folder is looked at only when the walk reaches it, after earlier tasks were taken."""
    root = write_tree(tmp_path, ["ann/a.txt", "bob/b.txt", "cat/c.txt"])
    walk = iter(Submissions(root, PROBLEM))
    assert next(walk).key == "ann"
    (root / "cat" / "d.md").write_text(GOOD)  # added after ann's task was handed out
    rest = list(walk)
    assert [(t.key, [f.name for f in t.files]) for t in rest] == [
        ("bob", ["b.txt"]),
        ("cat", ["c.txt", "d.md"]),
    ]


MANIFESTS = [
    # rows (student, file), expected [(student, files)]: a student's rows merge wherever they are
    ([("ann", "a1"), ("ann", "a2"), ("bob", "b")], [("ann", ["a1", "a2"]), ("bob", ["b"])]),
    ([("ann", "a1"), ("bob", "b"), ("ann", "a2")], [("ann", ["a1", "a2"]), ("bob", ["b"])]),
    (
        [("bob", "b"), ("ann", "a1"), ("cat", "c"), ("ann", "a2"), ("ann", "a3"), ("bob", "b2")],
        [("bob", ["b", "b2"]), ("ann", ["a1", "a2", "a3"]), ("cat", ["c"])],
    ),
    (
        [("cat", "c1"), ("bob", "b1"), ("cat", "c2"), ("bob", "b2")],
        [("cat", ["c1", "c2"]), ("bob", ["b1", "b2"])],
    ),
]


@pytest.mark.parametrize(("rows", "expected"), MANIFESTS)
def test_manifest_rows_of_a_student_make_one_task(tmp_path: Path, rows: list, expected: list) -> None:
    write_tree(tmp_path, [f"{f}.txt" for _, f in rows])
    (tmp_path / "m.csv").write_text(
        "student,problem,file\n" + "".join(f"{s},p.toml,{f}.txt\n" for s, f in rows)
    )
    manifest = Manifest(tmp_path / "m.csv")
    for _ in range(2):  # the first walk indexes the split students; a second walk must agree
        tasks = list(manifest)
        assert [(t.key, [f.stem for f in t.files]) for t in tasks] == expected


FIRST_ERRORS = [
    # a manifest's first broken line is the one reported, whichever pass of the walk meets it first
    ("ann,p.toml,nope.txt\nbob,p.toml,\n", "line 2: file: no such file"),
    ("ann,p.toml,a.txt\nbob,,a.txt\nann,p.toml,nope.txt\n", "line 3: problem: empty"),
    ("ann,p.toml,a.txt\nbob,p.toml,a.txt\nann,p.toml,w/../../x.txt\n", "line 4: file: "),
]


@pytest.mark.parametrize(("rows", "message"), FIRST_ERRORS)
def test_a_broken_manifest_names_its_first_broken_line(tmp_path: Path, rows: str, message: str) -> None:
    write_tree(tmp_path, ["a.txt"])
    (tmp_path / "m.csv").write_text("student,problem,file\n" + rows)
    with pytest.raises(ClassFilesError) as err:
        list(Manifest(tmp_path / "m.csv"))
    assert str(err.value).startswith(f"{tmp_path / 'm.csv'}: {message}")


class ObservedClass:
    """A re-walkable class that checks, as each task is handed out, which records already exist."""

    def __init__(self, tasks: list[Task], records: Path) -> None:
        self.tasks, self.records, self.walks = tasks, records, 0
        self.saved_when_handed: list[int] = []

    def __iter__(self) -> Iterator[Task]:
        self.walks += 1
        for task in self.tasks:
            if self.walks == 1:
                self.saved_when_handed.append(len(list(self.records.glob("*.json"))))
            yield task


def test_the_parent_hands_out_tasks_as_workers_free_up(tmp_path: Path) -> None:
    """With one worker, task k is taken from the walk only after tasks 0..k-1 are saved: none is held."""
    root = write_tree(tmp_path / "in", [f"s{i}.txt" for i in range(6)])
    source = ObservedClass(list(Submissions(root, PROBLEM)), tmp_path / "out" / "seed-deep-learning")
    problems = {PROBLEM: load_question(PROBLEM)}
    options = Options(tmp_path / "out", jobs=1)
    summary = run_batch(source, problems, options, {PROBLEM: "x"}, show_progress=False)
    assert source.saved_when_handed == list(range(6))
    assert source.walks == 2 and summary.submissions == summary.graded_now == 6  # grading, gradebook
    with open(tmp_path / "out" / "grades.csv", newline="") as handle:
        assert [r["student"] for r in csv.DictReader(handle)] == [f"s{i}" for i in range(6)]


def test_progress_total_counts_what_is_left_to_grade(tmp_path: Path) -> None:
    """On a terminal the bar's total is what --resume leaves to grade, counted by an extra walk."""
    import io

    write_tree(tmp_path / "in", ["ann.txt", "ben.txt", "cat.txt"])
    argv = ["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(tmp_path / "out"), "-j", "1"]
    assert main(argv) == 0
    (tmp_path / "in" / "ben.txt").write_text(GOOD + "\n")
    source = Submissions(tmp_path / "in", PROBLEM)
    bar = io.StringIO()
    options = Options(tmp_path / "out", jobs=1, resume=True)
    summary = run_batch(
        source, {PROBLEM: load_question(PROBLEM)}, options, {PROBLEM: _sha(PROBLEM)}, bar, True
    )
    assert (summary.graded_now, summary.resumed) == (1, 2)
    assert "1/1" in bar.getvalue() and "/3" not in bar.getvalue()


def _sha(path: str) -> str:
    import hashlib

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_REAL_GRADE_TASK = grader.classwork.batch.grade_task


def _grade_and_note_blas(problems, task, out_path, meta):  # type: ignore[no-untyped-def]
    """Grade as usual, and leave beside the record what BLAS thread settings the worker saw."""
    out_path.with_suffix(".env").write_text(" ".join(f"{n}={os.environ.get(n)}" for n in BLAS))
    return _REAL_GRADE_TASK(problems, task, out_path, meta)


def test_workers_run_with_one_blas_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in BLAS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(grader.classwork.batch, "grade_task", _grade_and_note_blas)
    write_tree(tmp_path / "in", ["ann.txt"])
    assert main(["grade", str(tmp_path / "in"), "-p", PROBLEM, "-o", str(tmp_path / "out"), "-j", "1"]) == 0
    seen = (tmp_path / "out" / "seed-deep-learning" / "ann.env").read_text()
    assert seen == " ".join(f"{n}=1" for n in BLAS)
    # and the setting is in place before numpy is loaded, which reads it once, on import
    probe = "import sys, grader.cli.main, grader.cli.classwork; print('numpy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert run.stdout.strip() == "False", run.stderr
