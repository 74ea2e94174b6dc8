"""A wrong answer that is just a number is not explained by a misconception that is not there.

Metamorphic property (issue 10): for every bundled problem, random wrong answers written to three
significant figures, spread log-uniformly over a factor e² either side of the right answer with
either sign, get a named cause beyond final-answer-wrong at most 3 % of the time. A cause is named
only when it matches better than chance (grader.derivation.whole.first_credible).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SEED = sorted((ROOT / "problems/seed").glob("*.toml"))
TRIES = 200
LIMIT = 0.03


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.stem)
def test_random_wrong_answers_are_not_given_a_cause(path: Path) -> None:
    problem = load_problem(path)
    right = problem.reference.value
    rng = random.Random(path.stem)
    named, wrong = [], 0
    while wrong < TRIES:
        value = float(f"{abs(right) * math.exp(rng.uniform(-2, 2)) * rng.choice((-1, 1)):.3g}")
        if problem.tolerance.allows(value, right):
            continue
        wrong += 1
        report = grade_text(f"Answer: {value}\n", problem, "guess.txt")
        assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes
        causes = [c for c in report.codes if c != "final-answer-wrong"]
        if causes:
            named.append((value, causes))
    assert len(named) <= LIMIT * TRIES, named


def test_a_real_whole_computation_mistake_is_still_named() -> None:
    """The gate does not silence real mistakes: the sign flipped, or the probability for its log."""
    dl = load_problem(ROOT / "problems/seed/deep-learning.toml")
    assert "sign-error" in grade_text("Answer: 1.1\n", dl).codes
    sam = load_problem(ROOT / "problems/seed/sam-corpus.toml")
    assert "wrong-quantity" in grade_text("Answer: -2.197\n", sam).codes
    ppl = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")
    assert "perplexity-normalization" in grade_text("PPL = exp(1.1) = 3.004\n", ppl).codes
