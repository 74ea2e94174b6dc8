"""One interpreter of the semantic model (issue 9): floats and sympy read every node the same way.

What a node means (a chain-rule factor, a count, a length, a logit, a named quantity in a log base, a sum
unrolled over positions) is decided once, in grader.maths.evaluate.Interpreter; the float and sympy
backends give only the arithmetic. So the sympy value of every kind of node, with each factor's symbol
replaced by the model's probability, is the float value under the model's values.
"""

from __future__ import annotations

import math

import pytest

from grader.core.precheck import normalise
from grader.derivation.check import Checker
from grader.derivation.problem import load_problem
from grader.maths.algebra import SympyInterpreter
from grader.maths.build import parse_piece
from grader.maths.evaluate import evaluate
from grader.maths.segment import Piece
from tests.conftest import ROOT


def _expr(text: str):  # type: ignore[no-untyped-def]
    text = normalise(text)[0]
    chain = parse_piece(Piece(text, tuple((1, i + 1) for i in range(len(text))), True, False, 1))
    return chain.items[-1]


# (problem, the right side of `x = …`: one of each kind of node)
NODES = [
    ("deep-learning", "log P(y|x)"),
    ("deep-learning", "log P(y_1|x) + log P(y_2|x, y_1)"),
    ("deep-learning", "\\sum_{i=1}^{2} \\log P(y_i | x, y_{<i})"),
    ("deep-learning", "\\prod_{i=1}^{2} P(y_i | x, y_{<i})"),
    ("deep-learning", "e^{-0.7} \\cdot 2 - 1/3"),
    ("deep-learning", "\\sqrt{P(y|x)}"),
    ("deep-learning", "\\sqrt[3]{P(y_1|x)}"),
    ("deep-learning", "log_2 P(y|x)"),
    ("deep-learning", "\\exp(log P(y|x) / N)"),
    ("deep-learning", "-(log P(y_1|x))"),
    ("deep-learning-perplexity", "PPL"),
    ("deep-learning-perplexity", "NLL / N"),
    ("deep-learning-perplexity", "2^{H}"),
    ("deep-learning-perplexity", "P(y|x)^{-1/2}"),
    ("sam-corpus", "C(I am) / C(I)"),
    ("sam-corpus", "P(<s> I am Sam </s>)"),
    ("sam-corpus-add-one", "(C(I am) + 1) / (C(I) + V)"),
    ("cat-nll-bits", "-\\sum_{i=1}^{4} \\log_2 P(w_i | w_{i-1})"),
    ("transformer-softmax", "z_{the}"),
]


@pytest.mark.parametrize(("stem", "text"), NODES)
def test_sympy_and_floats_give_every_node_the_same_value(stem: str, text: str) -> None:
    checker = Checker(load_problem(ROOT / "problems/seed" / f"{stem}.toml"))
    expr = _expr(f"x = {text}")
    as_float = evaluate(expr, checker.ctx, checker.model_values)
    interpreter = SympyInterpreter(checker.ctx)
    symbolic = interpreter.value(expr, {})
    point = {symbol: checker.model_values.factor(key) for key, symbol in interpreter.symbols.items()}
    as_sympy = float(symbolic.subs(point).evalf(30))
    assert math.isclose(as_sympy, as_float, rel_tol=1e-9, abs_tol=1e-12), (as_sympy, as_float)
