"""A candidate's label after a step's label ("Step 1: A: log P = …", "Krok 2: B: …") names the candidate
whose work follows (issue 10, blind-kinds32: B's sum with a token dropped went unchecked because the
candidate was never found behind "Step 2:")."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/compare/per-token.toml"


def _answer(step: str, b_sum: str, b_total: str, b_mean: str) -> str:
    return (
        f"{step} 1: A: log P = -0.7 + (-0.4) = -1.1, mean = -1.1/2 = -0.55\n"
        f"{step} 2: B: log P = {b_sum} = {b_total}, mean = {b_total}/3 ≈ {b_mean}\n"
        f"{step} 3: {b_mean} > -0.55\n"
        "Answer: B is more likely per token."
    )


@pytest.mark.parametrize("step", ["Step", "Krok", "Schritt", "Paso", "Étape"])
def test_candidates_behind_step_labels_are_read(step: str) -> None:
    question = load_question(PROBLEM)
    right = question.grade(_answer(step, "-1.0 + (-0.3) + (-0.1)", "-1.4", "-0.467").encode(), "s.txt")
    assert right.verdict == "correct", right.codes
    assert "candidates-unclear" not in right.codes
    # the wrong twin: a token dropped from B's sum, the same conclusion
    wrong = question.grade(_answer(step, "-1.0 + (-0.3)", "-1.3", "-0.433").encode(), "s.txt")
    assert wrong.verdict == "incorrect"
    assert wrong.parts["B"] < 1 and wrong.parts["A"] == 1
