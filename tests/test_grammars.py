"""The two grammars share one arithmetic: grammars/derivation.lark `%import`s the operator skeleton of
grammars/arithmetic.lark, so a derivation and a cost answer read + - × / ^, signs and juxtaposition the
same way, and the import keeps working from the installed package."""

from __future__ import annotations

import pytest
from lark import Lark, Tree
from lark.load_grammar import FromPackageLoader

from grader.cost.reader import parser as cost_parser
from grader.maths.build import parser as derivation_parser


def _shape(node: object) -> object:
    """The operator structure of a parse tree: operators by name, every number as `n`."""
    if not isinstance(node, Tree):
        return None
    name = str(node.data).removeprefix("arithmetic__")
    if name == "number":
        return "n"
    if name == "group":  # the derivation keeps its brackets as a node
        return _shape(node.children[1])
    return (name, *(s for s in map(_shape, node.children) if s is not None))


def _derivation_expr(text: str) -> Tree:
    chain = derivation_parser().parse(text).children[0]
    return chain.children[1].children[0]  # chain: [rel] item …; item: expr [UNIT]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("2 + 3 * 4", ("add", "n", ("mul", "n", "n"))),
        ("2 - 3 - 4", ("sub", ("sub", "n", "n"), "n")),
        ("2 × 3 / 4", ("div", ("mul", "n", "n"), "n")),
        ("2 ⋅ 3", ("mul", "n", "n")),
        ("6 ÷ 3", ("div", "n", "n")),
        ("2 (3 + 4)", ("imul", "n", ("add", "n", "n"))),
        ("-2^3", ("neg", ("pow", "n", "n"))),
        ("2^-3", ("pow", "n", ("neg", "n"))),
        ("2 ** 3", ("pow", "n", "n")),
        ("+2 - 3", ("sub", ("pos", "n"), "n")),
        ("4 - 1 - 2", ("sub", ("sub", "n", "n"), "n")),
        ("12 / 3 4", ("imul", ("div", "n", "n"), "n")),  # n(n+1)/2 h L: juxtaposition at the level of ×
    ],
)
def test_both_kinds_read_operators_the_same_way(text: str, shape: object) -> None:
    assert _shape(cost_parser().parse(text).children[0]) == shape
    assert _shape(_derivation_expr(text)) == shape


def test_the_derivation_takes_its_operators_from_the_arithmetic_grammar() -> None:
    assert str(_derivation_expr("2 + 3").data) == "arithmetic__add"


def test_another_grammar_of_the_package_can_import_the_arithmetic() -> None:
    grammar = (
        'start: "cost" ":" cost_expr\n%import arithmetic.expr -> cost_expr\n%import common.WS\n%ignore WS\n'
    )
    lark = Lark(grammar, parser="lalr", import_paths=[FromPackageLoader("grader.grammars", ("",))])
    tree = lark.parse("cost: n(n+1)/2 h L")
    assert tree.children[0].data == "arithmetic__imul"


@pytest.mark.parametrize("text", ["Z_1 - 0.6", "(ln Z_1 - 0.629) + 2", "x_1 - 2", "P(y_2 | y_1) - 0.5"])
def test_a_minus_after_a_subscript_is_subtraction(text: str) -> None:
    """The shared MINUS is one string, so it wins over the derivation's WORD pattern that also matches '-'."""
    assert derivation_parser().parse(text) is not None
