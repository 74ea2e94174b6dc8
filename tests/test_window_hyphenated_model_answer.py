"""A model named first with a hyphen ("het window-model, …") is the bare answer to which costs less.

From blind-kinds57 (Dutch, Scandinavian and Finnish class), window--deep-learning-window/002: "Cheaper: het
window-model, want elke voorspelling leest maar 1 token …, terwijl het volledige model de hele geschiedenis
leest en dus meer kost …". A model named first, bare, before its reason answers the question ("The window
model: it reads one token"); written with a hyphen, as Dutch, Swedish and German compounds are, it was not
seen as one, and the sentence's first cost word ("meer kost", costs more, said of the full model in the
whereas-clause) was taken as said of the window model: window-cost-wrong on correct work. The twins name the
full model first the same way, and must still be told it is not the cheaper one.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

WINDOW = ROOT / "problems/window/deep-learning-window.toml"
HEAD = "Full model: -0,7 + (-0,4) = -1,1\nWindow model: -2,2 + (-0,9) = -3,1\nGap: 2,0\n"

WINDOW_FIRST = [
    "Cheaper: het window-model, terwijl het volledige model meer kost.",
    "Cheaper: het window-model, want elke voorspelling leest maar 1 token (kosten per token O(k) met k = 1), "
    "terwijl het volledige model de hele geschiedenis leest en dus meer kost naarmate de tekst langer wordt.",
    "Cheaper: the window-model, while the full model costs more.",
    "Billigast: fönster-modellen, medan den fulla modellen kostar mer.",
]
FULL_FIRST = [
    "Cheaper: het full-model, terwijl het window-model meer kost.",
    "Cheaper: the full-attention model, because it caches.",
]


def graded(answer: str):  # type: ignore[no-untyped-def]
    return load_question(WINDOW).grade((HEAD + answer + "\n").encode(), "s")


@pytest.mark.parametrize("answer", WINDOW_FIRST)
def test_window_model_named_first_with_a_hyphen_is_the_answer(answer: str) -> None:
    report = graded(answer)
    assert report.verdict == "correct", [d.code for d in report.diagnostics]
    assert report.score == report.max_score


@pytest.mark.parametrize("answer", FULL_FIRST)
def test_full_model_named_first_with_a_hyphen_is_told(answer: str) -> None:
    report = graded(answer)
    assert "window-cost-wrong" in {d.code for d in report.diagnostics if d.severity == "error"}
