"""The decoding kind through the CLI: check, solve, problems test and a class graded in batch."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader.cli.main import main
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "problems/decoding").glob("*.toml"))
A_CAT = ROOT / "problems/decoding/beam-a-cat.toml"
RIGHT = "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat: 0.36, the dog: 0.20}\nAnswer: a cat, P = 0.36\n"
WRONG = "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat: 0.36, the dog: 0.20, the cat: 0.175}\nAnswer: a cat, P = 0.36\n"


def test_grader_check_exits_by_verdict_and_points_at_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "right.txt").write_text(RIGHT)
    (tmp_path / "wrong.txt").write_text(WRONG)
    assert main(["check", str(tmp_path / "right.txt"), "--problem", str(A_CAT)]) == 0
    assert "score: 1 / 1" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "wrong.txt"), "--problem", str(A_CAT)]) == 1
    out = capsys.readouterr().out
    assert "wrong.txt:2:" in out and "beam-width-wrong" in out and " 2 | step 2:" in out
    assert main(["check", str(tmp_path / "wrong.txt"), "-p", str(A_CAT), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["verdict"] == "incorrect" and report["parts"]["steps"] == 0.5
    assert report["diagnostics"][0]["advice"]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_solve_prints_the_search_in_every_format(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["solve", "--problem", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Ties:" in text
    assert main(["solve", "--problem", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert main(["solve", "--problem", str(path), "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("## ")
    if data["ask"] == "beam":
        for step in data["beam"]["steps"]:  # the beam at every step, each kept hypothesis printed
            assert f"beam after step {step['step']}" in text
            assert all(" ".join(h["tokens"]) in text for h in step["kept"])


def test_solve_prints_the_course_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    main(["solve", "--problem", str(A_CAT)])
    assert "beam search output: a cat, P = 0.36" in capsys.readouterr().out
    main(["solve", "--problem", str(ROOT / "problems/decoding/greedy-not-best.toml")])
    out = capsys.readouterr().out
    assert "greedy output: cat sat down, P = 0.4 × 0.4 × 0.3 = 0.048" in out
    assert "most probable: dog barked loudly, P = 0.054" in out


def test_bundled_examples_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["problems", "test", str(ROOT / "problems/decoding")]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1].endswith(" passed, 0 failed")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_a_class_is_graded_in_batch_as_grader_check_grades_each(path: Path, tmp_path: Path) -> None:
    from grader.core.question import load_question

    question = load_question(path)
    folder = tmp_path / "subs"
    folder.mkdir()
    expected = {}
    for i, example in enumerate(question.examples):
        (folder / f"s{i}.txt").write_text(example.submission)
        expected[f"s{i}"] = question.grade(example.submission.encode(), f"s{i}.txt").score
    (folder / "garbled.txt").write_bytes(b"\xff\xfe\x00\xd8garbage")
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--problem", str(path), "--out", str(out), "--jobs", "1"]) in (0, 1)
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert {s: float(rows[s]["score"]) for s in expected} == pytest.approx(expected)
    assert "garbled" in rows


def test_a_broken_problem_file_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.toml"
    path.write_text(A_CAT.read_text().replace("beam_width = 2", "beam_width = 0"))
    (tmp_path / "s.txt").write_text(RIGHT)
    assert main(["check", str(tmp_path / "s.txt"), "--problem", str(path)]) == 2
    assert "p.toml: beam_width: expected a whole number" in capsys.readouterr().err


def test_prairielearn_runs_a_decoding_question(tmp_path: Path) -> None:
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    (root / "student" / "answer.txt").write_text(RIGHT)
    (root / "tests" / "problem.toml").write_text(A_CAT.read_text())
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 1.0
