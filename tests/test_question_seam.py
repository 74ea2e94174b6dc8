"""The question seam: every command reaches a question only through the `Question` protocol and the
registry of kinds, so a new kind is one module plus one line in KINDS (here a toy kind from tests/)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core import question as seam
from grader.core.problemfile import ProblemError, read_problem_file
from grader.core.question import KINDS, Question, load_question
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "problems").rglob("*.toml"))
WORD = """
kind = "word"
id = "w1"
title = "Name the animal"
statement = "Which animal purrs?"
points = 2
word = "cat"

[[examples]]
name = "right"
submission = "a cat"
verdict = "correct"

[[examples]]
name = "wrong"
submission = "a dog"
verdict = "incorrect"
codes = ["final-answer-wrong"]
"""


@pytest.fixture
def word_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setitem(KINDS, "word", "tests.toykind")
    path = tmp_path / "w1.toml"
    path.write_text(WORD)
    return path


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_bundled_problem_is_a_question_of_its_kind(path: Path) -> None:
    question = load_question(path)
    assert isinstance(question, Question)
    kind = seam.kind_of(read_problem_file(path), str(path))  # derivation unless the file says otherwise
    assert question.kind == kind and question.path == str(path) and question.points > 0


def test_an_explicit_default_kind_grades_as_the_implicit_one(tmp_path: Path) -> None:
    source = (ROOT / "problems/seed/deep-learning.toml").read_text()
    explicit = tmp_path / "dl.toml"
    explicit.write_text('kind = "derivation"\n' + source)
    work = (ROOT / "examples/deep-learning/bob.txt").read_bytes()
    a = load_question(ROOT / "problems/seed/deep-learning.toml").grade(work, "bob.txt")
    b = load_question(explicit).grade(work, "bob.txt")
    assert (a.verdict, a.score, a.codes) == (b.verdict, b.score, b.codes)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ('"derivaton"', "did you mean 'derivation'?"),
        ("3", "unknown question kind 3"),
        ('"essay"', "expected one of"),
    ],
)
def test_an_unknown_kind_is_refused_naming_the_key(tmp_path: Path, kind: str, words: str) -> None:
    path = tmp_path / "p.toml"
    path.write_text(f"kind = {kind}\n" + (ROOT / "problems/seed/deep-learning.toml").read_text())
    with pytest.raises(ProblemError) as err:
        load_question(path)
    assert err.value.key == "kind" and words in str(err.value)


def test_a_new_kind_is_checked_by_grader_check(word_kind: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "right.txt").write_text("it is a cat")
    (tmp_path / "wrong.txt").write_text("it is a dog")
    assert main(["check", str(tmp_path / "right.txt"), "--problem", str(word_kind)]) == 0
    capsys.readouterr()
    assert main(["check", str(tmp_path / "wrong.txt"), "--problem", str(word_kind), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert (report["verdict"], report["score"], report["max_score"]) == ("incorrect", 0, 2)


def test_a_new_kind_is_solved_and_its_examples_run(word_kind: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["solve", "--problem", str(word_kind)]) == 0
    assert "The word is cat." in capsys.readouterr().out
    assert main(["problems", "test", str(word_kind)]) == 0
    assert "2 passed, 0 failed" in capsys.readouterr().out


def test_a_new_kind_is_graded_as_a_class(word_kind: Path, tmp_path: Path) -> None:
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "ann.txt").write_text("cat")
    (folder / "ben.txt").write_text("dog")
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--problem", str(word_kind), "--out", str(out), "--jobs", "1"]) == 0
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert (rows["ann"]["score"], rows["ben"]["score"]) == ("2", "0")


def test_a_new_kind_runs_on_prairielearn(word_kind: Path, tmp_path: Path) -> None:
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    (root / "student" / "answer.txt").write_text("my answer: cat")
    (root / "tests" / "problem.toml").write_text(WORD)
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    results = json.loads((root / "results" / "results.json").read_text())
    assert results["score"] == 1.0
