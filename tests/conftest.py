"""Shared fixtures: the bundled problems, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from grader.core.report import Report
from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = {
    "dl": ROOT / "problems/seed/deep-learning.toml",
    "ppl": ROOT / "problems/seed/deep-learning-perplexity.toml",
    "food": ROOT / "problems/seed/bigram-english-food.toml",
    "sam": ROOT / "problems/seed/sam-corpus.toml",
    "bits": ROOT / "problems/seed/cat-nll-bits.toml",
}


@cache
def problem(name: str) -> Problem:
    return load_problem(PROBLEMS[name])


def grade(name: str, text: str) -> Report:
    return grade_text(text, problem(name), "submission.txt")


@pytest.fixture
def root() -> Path:
    return ROOT


def example_score(name: str) -> float:
    """A bundled example's score under the deep-learning problem's rubric, as `grader check` gives it."""
    from grader.derivation.grade import grade_bytes

    path = ROOT / "examples/deep-learning" / name
    return grade_bytes(path.read_bytes(), problem("dl"), path.stem).score
