"""A bracket at the end of a line that opens with a sentence is a remark, whatever maths it mentions.

From blind63 (students who check their numbers in Python): "Perplexity = **1.7333** (checked in Python with
math.exp(0.55))." was read as no mathematics at all (unparsable, no marks): the bracket held a function call,
so it was not words, and only brackets opened by a connective ("so", "i.e.", "note", …) were asides. A bracket
opened by a sentence — a word of four letters and more, then another word, in any language — is now an aside
too. What stands before it is still the statement checked, so a wrong value there is still wrong; a bracket
opened by a name applied ("(log Pr(y|x) = …)") is not a sentence.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"  # e^0.55 = 1.7333

WORK = "Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.1\nPPL = exp(-(1/2)(-1.1)) = e^0.55\n"
REMARKS = [
    "(checked in Python with math.exp(0.55))",
    "(computed on a calculator: e^0.55)",
    "(verified with np.exp(0.55) = 1.7333)",
    "(vérifié avec exp(0,55))",
    "(geprüft mit exp(0.55))",
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(PERPLEXITY).grade(text.encode(), "s")


@pytest.mark.parametrize("remark", REMARKS)
@pytest.mark.parametrize("lead", ["", WORK])
def test_a_bracketed_sentence_after_the_answer_costs_nothing(remark: str, lead: str) -> None:
    result = graded(lead + f"Perplexity = **1.7333** {remark}.\n")
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score


@pytest.mark.parametrize("remark", REMARKS)
def test_a_wrong_value_before_such_a_remark_is_still_wrong(remark: str) -> None:
    result = graded(WORK + f"Perplexity = 1.8333 {remark}.\n")
    assert "final-answer-wrong" in [d.code for d in result.diagnostics]
