"""An answer label is read in every language of the shared table, by every question kind (issue 9's one
table per meaning; issue 10's languages).

Submissions from the question kinds' blind sets whose answer is labelled "Answer:" are graded again with the
label written in each language of grader.core.meanings.ANSWER ("Respuesta:", "Antwort:", "Ответ:", "答:",
…). A correct one keeps full marks; a wrong one stays short of them.
"""

from __future__ import annotations

import re
import sys
import tomllib
from functools import cache
from pathlib import Path

import pytest

from grader.core import meanings
from grader.core.question import Question, load_question
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from blind_measure import problem_path  # noqa: E402  (a blind set's problem id to its file)

_LABEL = re.compile(r"^(\W*)Answer(\W{0,4}:)", re.MULTILINE)
LANGUAGES = {language: row[0] for language, row in meanings.ANSWER.items()}


def _labelled_files() -> list[tuple[str, str, str]]:
    out = []
    for labels in sorted(ROOT.glob("tests/corpus/blind-kinds*/labels.toml")):
        for entry in tomllib.loads(labels.read_text())["submission"]:
            path = labels.parent / entry["file"]
            if _LABEL.search(path.read_text()):
                out.append((str(path), entry["problem"], entry["verdict"]))
    return out[::4]


@cache
def _question(problem: str) -> Question:
    return load_question(problem_path(problem))


@pytest.mark.parametrize(
    ("path", "problem", "verdict"), _labelled_files(), ids=lambda v: "/".join(Path(v).parts[-3:])
)
def test_the_answer_label_reads_in_every_language(path: str, problem: str, verdict: str) -> None:
    text = Path(path).read_text()
    question = _question(problem)
    as_written = question.grade(text.encode(), "s.txt").verdict
    if (as_written == "correct") != (verdict == "correct"):
        pytest.skip("graded against its label as written (pinned by the behaviour snapshot)")
    moved = {
        language: report.verdict
        for language, word in LANGUAGES.items()
        if (report := question.grade(_LABEL.sub(rf"\g<1>{word}\g<2>", text).encode(), "s.txt")).verdict
        != as_written
        and "correct" in (report.verdict, as_written)
    }
    assert not moved, moved
