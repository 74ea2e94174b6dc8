"""How a submission is framed never changes its grade (issue 10, metamorphic).

Correct derivations from the blind sets (every eighth, written by people who never saw the grader) are
graded again framed as students frame them: a title, a name and student number, a closing "Thanks!",
Windows line ends, trailing spaces, the typographic minus. A file given full marks as written keeps them.
"""

from __future__ import annotations

import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest

from grader.core.question import Question, load_question
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from blind_measure import problem_path  # noqa: E402  (a blind set's problem id to its file)

FRAMES = {
    "title": lambda t: "# Homework 3, problem 2\n\n" + t,
    "name": lambda t: "Name: Alex Doe\nStudent ID: 20231234\n\n" + t,
    "thanks": lambda t: t.rstrip("\n") + "\n\nThanks!\n",
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "trailing-spaces": lambda t: t.replace("\n", "   \n"),
    "typographic-minus": lambda t: t.replace(" -", " \u2212"),
}


def _correct_files() -> list[tuple[str, str]]:
    out = []
    for labels in sorted(ROOT.glob("tests/corpus/blind[0-9]*/labels.toml")):
        for entry in tomllib.loads(labels.read_text())["submission"]:
            if entry["verdict"] == "correct":
                out.append((str(labels.parent / entry["file"]), entry["problem"]))
    return out[::8]


@cache
def _question(problem: str) -> Question:
    return load_question(problem_path(problem))


@pytest.mark.parametrize(("path", "problem"), _correct_files(), ids=lambda v: "/".join(Path(v).parts[-3:]))
def test_framing_keeps_full_marks(path: str, problem: str) -> None:
    text = Path(path).read_text()
    question = _question(problem)
    if question.grade(text.encode(), "s.txt").verdict != "correct":
        pytest.skip("not full marks as written (pinned by the behaviour snapshot)")
    changed = {
        how: report.verdict
        for how, frame in FRAMES.items()
        if (report := question.grade(frame(text).encode(), "s.txt")).verdict != "correct"
    }
    assert not changed, changed
