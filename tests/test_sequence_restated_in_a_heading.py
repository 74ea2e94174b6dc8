"""A heading in words that restates the sequence ("Perplexity of y = (deep, blue)") is the problem's data, not a step.

blind69 logprobs-inline-perplexity/008 (a Pages export) opened with that heading; only a line that began with
`y =` was known as a restatement, so this one was a parse-error and right work went to a person. Now a few words
before `x =`, `y =` or `w =` and a bracket or quote after it restate the sequence too.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PPL = ROOT / "problems/seed/logprobs-inline-perplexity.toml"
WORK = "\nln Pr(y₁ = deep | x) = −1.2\nln Pr(y₂ = blue | x, deep) = −0.3\n−(1/2)(−1.2 − 0.3) = 0.75\nPPL = e^0.75 ≈ 2.117\n"


@pytest.mark.parametrize(
    "heading",
    ["Perplexity of y = (deep, blue)", 'Perplexity of y = "deep blue"', "Here the output y = [deep, blue]"],
)
def test_a_heading_restating_the_sequence_is_no_step(heading: str) -> None:
    report = load_question(PPL).grade((heading + WORK).encode(), "work.txt")
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )
