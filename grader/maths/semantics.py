"""The semantic model of a derivation: frozen dataclasses with source spans, no sympy."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from grader.core.source import Span


# ---------------------------------------------------------------- indices inside P(...)
@dataclass(frozen=True)
class Idx:
    """A linear index `symbol + offset` (`i-1`, `3`, `n`)."""

    symbol: str | None
    offset: int


@dataclass(frozen=True)
class IndexSpec:
    """What a subscript selects: one position, all before, up to, or a range."""

    kind: str  # "point" | "before" | "upto" | "range"
    lo: Idx
    hi: Idx | None = None


# ---------------------------------------------------------------- events inside P(...)
@dataclass(frozen=True)
class VarRef:
    name: str  # "x" | "y" | "w"
    index: IndexSpec | None
    span: Span


@dataclass(frozen=True)
class TokenLit:
    text: str
    span: Span


@dataclass(frozen=True)
class Assign:
    var: VarRef
    token: TokenLit
    span: Span


@dataclass(frozen=True)
class Ellipsis_:
    span: Span


Event = VarRef | TokenLit | Assign | Ellipsis_


# ---------------------------------------------------------------- expressions
@dataclass(frozen=True)
class Num:
    value: Fraction
    text: str
    decimals: int | None  # digits after the point as written (None: an integer)
    span: Span


@dataclass(frozen=True)
class EConst:
    span: Span


@dataclass(frozen=True)
class Neg:
    arg: Expr
    span: Span


@dataclass(frozen=True)
class BinOp:
    op: str  # "+", "-", "*", "/", "^"
    left: Expr
    right: Expr
    span: Span
    implicit: bool = False
    grouped: bool = False  # written in brackets: (0.629 - 2.073) is one summand of what contains it


@dataclass(frozen=True)
class Log:
    arg: Expr
    base: str | None  # "e", "2", "10", or None for a bare `log` (the problem's base)
    span: Span
    written: str = "log"


@dataclass(frozen=True)
class Exp:
    arg: Expr
    span: Span


@dataclass(frozen=True)
class Root:
    arg: Expr
    degree: Expr | None
    span: Span


@dataclass(frozen=True)
class Prob:
    targets: tuple[Event, ...]
    given: tuple[Event, ...] | None  # None: no bar written
    span: Span
    estimator: str | None = None  # the word of P_{MLE}(…), P_\text{Lap}(…) (grader.maths.estimators)
    # a term an ellipsis stood for, filled in by the rule of the terms either side: (target, given positions)
    filled: tuple[int, frozenset[int]] | None = None


@dataclass(frozen=True)
class PCond:
    """`p_i`: the model's conditional for position i."""

    index: IndexSpec
    span: Span


@dataclass(frozen=True)
class Count:
    events: tuple[Event, ...]
    span: Span


@dataclass(frozen=True)
class Quantity:
    """A named quantity: PPL, NLL, CE, H, LL; a bare P is the probability (or, failing that, the
    quantity asked)."""

    name: str
    span: Span
    written: str = ""
    args: tuple[Event, ...] = ()  # NLL(the): the quantity for one token


@dataclass(frozen=True)
class Logit:
    """`z_the`: the model's score for a token before the softmax, at that token's place in y."""

    token: str
    span: Span


@dataclass(frozen=True)
class Elided:
    """`…` between two terms of a sum or product (`a + … + b`): the terms it stands for are not written;
    it never reaches a check (grader.derivation.elided fills it from the problem or drops its item)."""

    op: str  # "+", "-", "*": the operator either side
    span: Span


@dataclass(frozen=True)
class Scalar:
    """N, n, T (the sequence length), V (vocabulary size), |y|."""

    name: str
    span: Span


@dataclass(frozen=True)
class BigOp:
    kind: str  # "sum" | "prod"
    var: str | None
    lower: Idx | None
    upper: Idx | None
    body: Expr
    span: Span


Expr = (
    Num
    | EConst
    | Neg
    | BinOp
    | Log
    | Exp
    | Root
    | Prob
    | PCond
    | Count
    | Quantity
    | Scalar
    | BigOp
    | Logit
    | Elided
)


@dataclass(frozen=True)
class Chain:
    """`A = B ≈ C` on one line or align row; `continues` if it starts with a relation."""

    items: tuple[Expr, ...]
    relations: tuple[str, ...]  # between items: "=" or "≈"
    continues: bool
    is_answer: bool
    line: int
    units: tuple[str | None, ...] = field(default=())
    lead: str = "="  # the relation a continuing chain starts with
    heading: bool = False  # a lone expression ("P(<s> i want …)") that only heads a chain continued below
    remark: bool = False  # in a paragraph the student labels a check ("Sanity check: e^(-1.1) ≈ 0.33")
    below_check: bool = False  # a remark on a line below its check's label
    aside: bool = (
        False  # in brackets beside another statement ("= -0.27   (Pr = e^-0.27 ≈ 0.76)"): never continued
    )
    told: bool = False  # a lone value a sentence states as its result ("… comes to about 0.0488.")


def children(node: Expr) -> tuple[Expr, ...]:
    """The sub-expressions of a node (not events)."""
    if isinstance(node, BinOp):
        return (node.left, node.right)
    if isinstance(node, Neg | Log | Exp):
        return (node.arg,)
    if isinstance(node, Root):
        return (node.arg,) if node.degree is None else (node.arg, node.degree)
    if isinstance(node, BigOp):
        return (node.body,)
    return ()


def walk(node: Expr):
    """Every node of an expression, parents first (iterative: depth is bounded but no recursion)."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(children(n)))
