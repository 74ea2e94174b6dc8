"""An instructor previews two students' versions of a randomised problem and checks work against each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = str(ROOT / "problems/variants/deep-learning.toml")


def _answer(student: str) -> float:
    return float(json.loads(load_question(PROBLEM, student).solve("json"))["answer"])


def _two_students() -> tuple[str, str]:
    names = [f"s{k}" for k in range(40)]
    first = names[0]
    return first, next(n for n in names[1:] if abs(_answer(n) - _answer(first)) > 0.05)


def test_show_previews_each_students_own_statement(capsys: pytest.CaptureFixture[str]) -> None:
    one, two = _two_students()
    shown = {}
    for student in (one, two):
        assert main(["problems", "show", PROBLEM, "--as", "student", "--student", student]) == 0
        shown[student] = capsys.readouterr().out
    assert shown[one] != shown[two] and "{{" not in shown[one] + shown[two]


def test_check_and_solve_follow_the_student_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, two = _two_students()
    work = tmp_path / "work.txt"
    work.write_text(f"log P(y|x) = {_answer(one):g}\n")
    assert main(["check", str(work), "-p", PROBLEM, "--student", one]) == 0
    assert main(["check", str(work), "-p", PROBLEM, "--student", two]) == 1
    capsys.readouterr()
    assert main(["solve", "-p", PROBLEM, "--student", two, "--format", "json"]) == 0
    assert float(json.loads(capsys.readouterr().out)["answer"]) == _answer(two)
