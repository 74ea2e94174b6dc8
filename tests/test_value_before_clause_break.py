"""A value named in words and followed by a clause break and a long run of prose ("So the perplexity is about
2.12: on average the model was as uncertain as if it / were picking among ~2 tokens", blind72) is read: the maths
in a line of prose was only tried ending at the last few spaces, so the value was lost and an extra after it
(the probability) was taken for the answer. Each row is right work; its twin with a wrong value is caught."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PPL = load_question(ROOT / "problems/seed/logprobs-inline-perplexity.toml")  # 2.117
WORK = "Sum = -1.5\nDivide by N = 2: -0.75\nExponentiate: exp(0.75) = 2.1170\n\n"
EXTRA = "\nThe whole answer had probability exp(-1.5) = 0.223.\n"

SENTENCES = [
    "So the perplexity is about {v}: on average the model was as uncertain as if it\nwere picking among ~2 tokens.",
    "So the perplexity is about {v}; on average it is fairly low for a model of this kind, I think.",
    "So the perplexity is about {v}, which on average means the model was as uncertain as if it were guessing.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_value_before_a_clause_break_is_read(sentence: str) -> None:
    report = PPL.grade((WORK + sentence.format(v="2.12") + EXTRA).encode(), "s.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_wrong_value_before_a_clause_break_is_caught(sentence: str) -> None:
    work = WORK.replace("2.1170", "2.0138").replace("0.75", "0.7").replace("-0.75", "-0.7")
    report = PPL.grade((work + sentence.format(v="2.01") + EXTRA).encode(), "s.txt")
    assert report.verdict == "incorrect", report.codes
