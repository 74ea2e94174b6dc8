"""A Greek name with a subscript (λ₁, λ_{2}) starts the maths inside a line of words, as a bare λ does.

blind69 sam-corpus-interpolation/005 opened with "λ₁ = 3/4 (bigram), λ₂ = 1/4 (unigram), N = 17": each statement
carries a word in brackets, so each is read by cutting the maths out of its words, and a cut could start at a
Greek letter only when no word character followed it, never at λ_{1}. The line was a parse-error and the work
went to a person. Now a Greek letter followed by its subscript is a place the maths may start.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

INTERPOLATION = ROOT / "problems/seed/sam-corpus-interpolation.toml"
WORK = "\nP = (37/68)(36/68)(55/136)(57/136) ≈ 0.04883\n"


@pytest.mark.parametrize(
    "line",
    [
        "λ₁ = 3/4 (bigram), λ₂ = 1/4 (unigram), N = 17",
        "with λ_1 = 3/4 (bigram), λ_2 = 1/4 (unigram), N = 17",
        "λ_{1} = 3/4 (bigram weight)",
    ],
)
def test_subscripted_greek_names_in_words_are_read(line: str) -> None:
    report = load_question(INTERPOLATION).grade((line + WORK).encode(), "work.txt")
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )
