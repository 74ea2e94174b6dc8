"""Ranges written in ASCII with two dots are read: a history `y_1..y_{i-1}` and a sum's bounds `sum_{i=1..7}`,
`sum_(i=1..n)`.

From blind66 (CAS sessions) and blind67 (phone typing): "log Pr(y|x) = sum_i log Pr(y_i | x, y_1..y_{i-1}) =
-0.2748" and "sum_{i=1}^{7} log Pr(y_i | x, y_1..y_{i-1})" were parse errors (sent for review), as
"sum_(i=1..7)" was in earlier sets: two dots are the ASCII ellipsis and the range of a sum's index. The
history reads as `y_1, …, y_{i-1}` and the bounds as `_{i=1}^{7}`, so a wrong range is still named
(off-by-one) and a wrong value still told.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAPITAL = ROOT / "problems/seed/logprobs-capital.toml"  # seven log-probs summing to -0.2748
TERMS = "-0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231"

READ = [
    "log Pr(y|x) = sum_i log Pr(y_i | x, y_1..y_{i-1}) = -0.2748",
    "log Pr(y|x) = sum_{i=1..7} log Pr(y_i | x, y_{<i}) = -0.2748",
    "log Pr(y|x) = sum_(i=1..7) log Pr(y_i | x, y_{<i}) = -0.2748",
    "log Pr(y|x) = sum_{i=1..n} log Pr(y_i | x, y_1..y_{i-1}) = -0.2748",
    "log Pr(y|x) = sum_{i=1..7} log Pr(y_i | x, y_{1..i-1}) = -0.2748",  # blind68: y_{1..6}, as y_{1:6}
    f"log Pr(y|x) = sum_{{i=1..7}} log Pr(y_i | x, y_{{<i}}) = {TERMS} = -0.2748",
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(CAPITAL).grade((text + "\n").encode(), "s")


@pytest.mark.parametrize("text", READ)
def test_a_range_with_two_dots_is_read(text: str) -> None:
    result = graded(text)
    assert result.score == result.max_score
    assert not result.needs_review, [d.code for d in result.diagnostics]


def test_a_sum_over_too_few_positions_is_named() -> None:
    text = "log Pr(y|x) = sum_{i=1..6} log Pr(y_i | x, y_{<i}) = " + TERMS.rsplit(" - ", 1)[0] + " = -0.0517"
    assert "off-by-one" in {d.code for d in graded(text).diagnostics}


def test_a_wrong_value_after_the_range_is_told() -> None:
    result = graded("log Pr(y|x) = sum_i log Pr(y_i | x, y_1..y_{i-1}) = -0.3")
    assert "final-answer-wrong" in {d.code for d in result.diagnostics}
