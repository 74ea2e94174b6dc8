"""Rubrics turn findings into scores; problem files may set their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.core.report import Step
from grader.core.rubric import Rubric, score
from grader.derivation.grade import grade_text
from grader.derivation.problem import ProblemError, load_problem
from tests.conftest import ROOT, grade

RIGHT = "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1"


def with_rubric(tmp_path: Path, rubric: str) -> Path:
    text = (ROOT / "problems/seed/deep-learning.toml").read_text().split("\n# Question tests")[0]
    path = tmp_path / "p.toml"
    path.write_text(text + "\n" + rubric)
    return path


def test_default_rubric_full_marks_and_parts() -> None:
    assert grade("dl", RIGHT).score == 1
    only_answer = grade("dl", "Answer: -1.1")
    assert only_answer.final_answer is not None and only_answer.final_answer.correct
    assert only_answer.score == pytest.approx(0.3)  # no work shown: the final answer's part only
    slip = grade("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.3")
    assert slip.parts == {"decomposition": 1.0, "substitution": 1.0, "arithmetic": 0.0, "final": 0.0}
    assert slip.score == pytest.approx(0.5)  # the report's parts, weighted 0.25 / 0.25 / 0.2 / 0.3


def test_repeating_a_step_earns_nothing_more() -> None:
    padded = grade(
        "dl",
        "log P(y_1|x) = -0.7\nlog P(y_1|x) = -0.7\nlog P(y_1|x) = -0.7\nlog P(y_1|x) = -0.7\n"
        "log P(y|x) = -0.7 + (-0.4) = -1.3",
    )
    honest = grade("dl", "log P(y_1|x) = -0.7\nlog P(y|x) = -0.7 + (-0.4) = -1.3")
    assert padded.score == honest.score


def test_custom_rubric_and_deductions(tmp_path: Path) -> None:
    path = with_rubric(
        tmp_path,
        "[rubric]\ndecomposition = 0.5\nsubstitution = 0.2\narithmetic = 0.2\nfinal = 0.1\n"
        "[rubric.deductions]\narithmetic-error = 0.05\n",
    )
    p = load_problem(path)
    assert grade_text(RIGHT, p).score == 1
    slip = grade_text("log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.3", p)
    # decomposition 0.5 + substitution 0.2 + arithmetic 0 (its one step is wrong) + final 0 - 0.05
    assert slip.score == pytest.approx(0.65)


@pytest.mark.parametrize(
    ("rubric", "key"),
    [
        ("[rubric]\ndecomposition = 0.5\nfinal = 0.1\n", "rubric"),
        ("[rubric]\nstyle = 0.5\n", "rubric.style"),
        ("[rubric]\nfinal = 2\n", "rubric.final"),
        ("[rubric.deductions]\nmultiplied-log-prob = 0.1\n", "rubric.deductions.multiplied-log-prob"),
    ],
)
def test_broken_rubric_names_the_key(tmp_path: Path, rubric: str, key: str) -> None:
    with pytest.raises(ProblemError) as info:
        load_problem(with_rubric(tmp_path, rubric))
    assert info.value.key == key


S = Step  # (line, kind, status)


@pytest.mark.parametrize(
    ("steps", "mistakes", "expected"),
    [
        # the chain rule set up right on line 2, the logs multiplied while substituting on line 3
        (
            [S(2, "identity", "ok"), S(3, "substitution", "error"), S(4, "arithmetic", "ok")],
            [("multiplied-log-probs", 3)],
            {"decomposition": 1.0, "substitution": 0.0, "arithmetic": 1.0},
        ),
        # a wrong value on an arithmetic line is charged to the arithmetic there
        (
            [S(1, "identity", "ok"), S(2, "substitution", "ok"), S(3, "arithmetic", "error")],
            [("wrong-value", 3)],
            {"decomposition": 1.0, "substitution": 1.0, "arithmetic": 0.0},
        ),
        # where no judged step sits on the mistake's line, the code's own part takes it
        (
            [S(1, "identity", "ok"), S(2, "substitution", "ok"), S(3, "arithmetic", "ok")],
            [("added-probs", 5)],
            {"decomposition": 0.5, "substitution": 1.0, "arithmetic": 1.0},
        ),
        # two failing steps on one line: the one of the code's own part takes it
        (
            [S(1, "identity", "error"), S(1, "substitution", "error"), S(2, "substitution", "ok")],
            [("wrong-value", 1)],
            {"substitution": 0.5},
        ),
    ],
)
def test_a_mistake_is_charged_to_the_part_of_the_step_it_sits_on(
    steps: list[Step], mistakes: list[tuple[str, int]], expected: dict[str, float]
) -> None:
    _, credit = score(Rubric(), 1.0, steps, mistakes, final_correct=False)
    assert {part: credit[part] for part in expected} == expected
