"""A sum's or product's body runs over the whole product after it: in `∏_{i=1}^{4} C(w_{i−1} w_i)/C(w_{i−1})`
the divisor names the index, so it divides inside the product (it was read as outside, its index unbound: a
review flag on correct work). A divisor that does not name the index, or a bracket closing the operator,
keeps it outside. Wrong values inside stay wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from grader.maths import semantics as sm
from grader.maths.build import parse_piece
from grader.maths.segment import Piece
from tests.conftest import ROOT

SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")


def _head_value(text: str) -> sm.Expr:
    chain = parse_piece(Piece(text, tuple((1, k + 1) for k in range(len(text))), False, False, 1))
    return chain.items[1]


@pytest.mark.parametrize(
    "line",
    [
        "P(<s> I am Sam </s>) = ∏_{i=1}^{4} C(w_{i-1} w_i)/C(w_{i-1}) = (2/3)(2/3)(1/2)(1/2) = 1/9",
        "ℙ(<s> I am Sam </s>) = ∏_{i=1}^{4} C(w_{i−1}w_i)/C(w_{i−1}) = 1/9 ≈ 0.1111",
        "P(y) = \\prod_{i=1}^{4} C(w_{i-1} w_i) / C(w_{i-1}) = 1/9",
    ],
)
def test_a_divisor_naming_the_index_is_inside_the_product(line: str) -> None:
    report = grade_text(line + "\n", SAM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


def test_a_divisor_without_the_index_stays_outside() -> None:
    value = _head_value("P = ∏_{i=1}^{4} C(w_{i-1} w_i) / 2")
    assert isinstance(value, sm.BinOp) and value.op == "/" and isinstance(value.left, sm.BigOp)


def test_a_bracket_closes_the_product() -> None:
    value = _head_value("P = (∏_{i=1}^{4} C(w_{i-1} w_i))/C(w_{i-1})")
    assert isinstance(value, sm.BinOp) and isinstance(value.left, sm.BigOp)


def test_a_divisor_with_the_index_joins_the_body() -> None:
    value = _head_value("P = ∏_{i=1}^{4} C(w_{i-1} w_i)/C(w_{i-1})")
    assert isinstance(value, sm.BigOp) and isinstance(value.body, sm.BinOp) and value.body.op == "/"


@pytest.mark.parametrize(
    "line",
    [
        "P(<s> I am Sam </s>) = ∏_{i=1}^{4} C(w_{i-1} w_i)/C(w_{i-1}) = (2/3)(2/3)(1/2)(1/3) = 2/27",
        "P(<s> I am Sam </s>) = ∏_{i=1}^{4} C(w_{i-1} w_i)/C(w_{i-1}) = 1/6",
    ],
)
def test_wrong_values_stay_wrong(line: str) -> None:
    report = grade_text(line + "\n", SAM)
    assert report.verdict == "incorrect", report.codes
