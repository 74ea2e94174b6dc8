"""A letter x set apart by spaces between two factors that close and open a bracket or a term is the times sign.

From blind67 (a class typing on phones), bigram-english-food/001: "P(<s> i want english food </s>) = P(i|<s>) x
P(want|i) x … x P(</s>|food) = 0.25 x 0.33 x …". "x" between numbers was already read as times; between terms
it was read as the prompt x, a symbol the problem has not (unknown-symbol, sent for review). The prompt x is
named inside a term, never between two, so the same rule holds there; a product that leaves out a factor
is still named.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BIGRAM = ROOT / "problems/seed/bigram-english-food.toml"  # 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 = 3.0855e-05
TERMS = ["P(i|<s>)", "P(want|i)", "P(english|want)", "P(food|english)", "P(</s>|food)"]
VALUES = ["0.25", "0.33", "0.0011", "0.5", "0.68"]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(BIGRAM).grade((text + "\n").encode(), "s")


@pytest.mark.parametrize(
    "text",
    [
        f"P(<s> i want english food </s>) = {' x '.join(TERMS)} = {' x '.join(VALUES)} = 3.0855e-05",
        f"P = {' x '.join(TERMS)} = 3.0855e-05",
    ],
)
def test_x_between_terms_is_times(text: str) -> None:
    result = graded(text)
    assert result.score == result.max_score
    assert not result.needs_review, [d.code for d in result.diagnostics]


def test_a_factor_left_out_is_still_named() -> None:
    text = (
        f"P(<s> i want english food </s>) = {' x '.join(TERMS[:4])} = {' x '.join(VALUES[:4])} = 4.5375e-05"
    )
    assert "missing-term" in {d.code for d in graded(text).diagnostics}
