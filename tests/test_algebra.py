"""The fast identity check (random stand-ins for the factors) agrees with sympy's algebra."""

from __future__ import annotations

import pytest

from grader.core.precheck import normalise
from grader.derivation.check import Checker
from grader.maths.algebra import equal
from grader.maths.build import parse_piece
from grader.maths.segment import Piece
from tests.conftest import problem


def sides(text: str):  # type: ignore[no-untyped-def]
    text = normalise(text)[0]
    chain = parse_piece(Piece(text, tuple((1, i + 1) for i in range(len(text))), True, False, 1))
    return chain.items[0], chain.items[1]


STEPS = [
    # (problem, step, is it an identity?)
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1)", True),
    ("dl", "log P(y|x) = log P(y_1|x) * log P(y_2|x, y_1)", False),
    ("dl", "P(y|x) = P(y_1|x) + P(y_2|x, y_1)", False),
    ("dl", "P(y|x) = e^{log P(y_1|x) + log P(y_2|x, y_1)}", True),
    ("dl", "log P(y|x) = \\sum_{i=1}^{n} \\log P(y_i | x, y_{<i})", True),
    ("dl", "log P(y|x) = log P(y_1|x) + log P(y_2|x)", False),
    ("dl", "log P(y|x) = 2 log P(y_1|x)", False),
    ("dl", "log_2 P(y|x) = log P(y|x) / log 2", True),
    ("ppl", "PPL = P(y|x)^{-1/2}", True),
    ("ppl", "PPL = \\exp(-\\frac{1}{2}(\\ln P(y_1|x) + \\ln P(y_2|x,y_1)))", True),
    ("ppl", "PPL = \\exp(-\\frac{1}{3}(\\ln P(y_1|x) + \\ln P(y_2|x,y_1)))", False),
    (
        "food",
        "P(<s> i want english food </s>) = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)",
        True,
    ),
    ("food", "P(food | want english) = P(food | english)", True),  # the bigram licenses it
    ("food", "P(<s> i want english food </s>) = P(i|<s>) P(want|i) P(english|want) P(food|english)", False),
    ("bits", "NLL = -\\sum_{i=1}^{4} \\log_2 P(w_i | w_{i-1})", True),
    ("bits", "NLL = -\\sum_{i=1}^{4} \\ln P(w_i | w_{i-1})", False),
    ("sam", "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)", True),
]


@pytest.mark.parametrize(("name", "step", "identity"), STEPS)
def test_numeric_identity_check_agrees_with_sympy(name: str, step: str, identity: bool) -> None:
    a, b = sides(step)
    checker = Checker(problem(name))
    assert checker.same_function(a, b) is identity
    assert equal(a, b, checker.ctx) is identity


def test_sympy_decides_where_floats_overflow() -> None:
    a, b = sides("log P(y|x) = log (P(y_1|x) P(y_2|x, y_1) e^{800}) - 800")
    checker = Checker(problem("dl"))
    assert checker.same_function(a, b) is True
