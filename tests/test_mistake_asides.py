"""A warning about a mistake, showing the tempting wrong computation and its value, never costs correct work
marks (blind73, a class writing as tutors: "Common mistake: …", "Careful: …", "*Tip:* …"). Its paragraph is a
remark: its value is not the answer, its "which is wrong" judges the mistake it shows and takes back nothing
written before it. Metamorphic over every bundled problem's correct example, after the work and before it;
each aside's twin on a wrong answer leaves that answer wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SEED = sorted((ROOT / "problems/seed").glob("*.toml"))

ASIDES = [
    "Common mistake: forgetting the end token gives {wrong}, which is wrong.",
    "Careful: if you multiplied the logs instead you'd get ≈ {wrong}.",
    "*Tip:* don't drop a factor — without it you'd get ≈ {wrong}.",
    "**Common mistake:** adding the probabilities gives {wrong} (wrong).",
    "Watch out! Using the wrong base you get {wrong}, which is not right.",
    "Pitfall — dividing by the wrong N gives {wrong}.",
]


def _wrong(value: float) -> str:
    return f"{value * 1.37 + 0.11:.4g}"


def _cases() -> list[tuple[Path, str, str]]:
    return [(path, aside, where) for path in SEED for aside in ASIDES for where in ("after", "before")]


def _with(submission: str, aside: str, where: str) -> str:
    if where == "after":
        return submission.rstrip("\n") + "\n\n" + aside + "\n"
    return aside + "\n\n" + submission


@pytest.mark.parametrize(("path", "aside", "where"), _cases(), ids=str)
def test_a_mistake_shown_as_a_warning_costs_correct_work_nothing(path: Path, aside: str, where: str) -> None:
    problem = load_problem(path)
    submission = next(e.submission for e in problem.examples if e.verdict == "correct")
    report = grade_text(
        _with(submission, aside.format(wrong=_wrong(problem.reference.value)), where), problem
    )
    assert report.verdict == "correct" and report.score == report.max_score, [
        (d.code, d.span.line, d.message) for d in report.diagnostics
    ]


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.stem)
def test_a_wrong_answer_stays_wrong_beside_a_warning(path: Path) -> None:
    problem = load_problem(path)
    wrong = next((e.submission for e in problem.examples if e.verdict == "incorrect"), None)
    if wrong is None:
        pytest.skip("no wrong example")
    for aside in ASIDES:
        text = _with(wrong, aside.format(wrong=_wrong(problem.reference.value)), "after")
        report = grade_text(text, problem)
        assert report.verdict == "incorrect", (aside, [(d.code, d.span.line) for d in report.diagnostics])
