"""Structure of expressions: shapes for comparison, summands and factors, and where two sides differ."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fractions import Fraction

from grader.maths import semantics as sm


@dataclass(frozen=True)
class Site:
    """A place where the two sides of a step differ: sa·a on the left, sb·b on the right."""

    sa: int
    a: sm.Expr
    sb: int
    b: sm.Expr


def same_tree(a: sm.Expr, b: sm.Expr) -> bool:
    return shape(a) == shape(b)


_SHAPES: dict[int, tuple[object, object]] = {}  # id(node) -> (node, its shape); the node kept alive
_MAX_SHAPES = 20_000


def shape(e: object) -> object:
    """A node with its spans and written forms removed, for structural comparison (memoised per node:
    the semantic model is immutable, and the same subtrees are compared again and again)."""
    if not hasattr(e, "__dataclass_fields__"):
        return _shape(e)
    hit = _SHAPES.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    found = _shape(e)
    if len(_SHAPES) >= _MAX_SHAPES:
        _SHAPES.clear()
    _SHAPES[id(e)] = (e, found)
    return found


def _shape(e: object) -> object:
    if isinstance(e, sm.Num):
        return ("num", e.value)
    if isinstance(e, sm.Span):
        return None
    if isinstance(e, sm.TokenLit):
        return ("token", e.text.lower())
    if isinstance(e, tuple):
        return tuple(shape(x) for x in e)
    if hasattr(e, "__dataclass_fields__"):
        return (type(e).__name__,) + tuple(
            shape(getattr(e, f))
            for f in e.__dataclass_fields__
            if f not in ("span", "written", "implicit", "grouped")
        )
    return e


def flatten(e: sm.Expr, op: str, sign: int = 1, root: bool = True) -> list[tuple[int, sm.Expr]]:
    """Signed summands (op "+") or factors (op "*") of an expression.

    A left-associated chain such as 2/3 · 2/3 parses as ((2/3)·2)/3; its factors are read the way
    it is written, [2/3, 2/3]: a division binds to the factor just before it.
    """
    if op == "+":
        if isinstance(e, sm.BinOp) and e.op in "+-" and not (e.grouped and not root):
            right_sign = sign if e.op == "+" else -sign
            return flatten(e.left, op, sign, root=False) + flatten(e.right, op, right_sign, root=False)
        return [(sign, e)]
    if isinstance(e, sm.BinOp) and e.op == "*":
        return flatten(e.left, op) + flatten(e.right, op)
    if isinstance(e, sm.BinOp) and e.op == "/" and isinstance(e.left, sm.BinOp) and e.left.op == "*":
        head = flatten(e.left, op)
        _, last = head[-1]
        span = sm.Span(last.span.line, last.span.column, e.right.span.end_line, e.right.span.end_column)
        return head[:-1] + [(1, sm.BinOp("/", last, e.right, span))]
    return [(1, e)]


def align(a: sm.Expr, b: sm.Expr) -> list[Site]:
    """The places where a and b differ, matched term by term where their shapes agree."""
    if same_tree(a, b):
        return []
    for op in ("+", "*"):
        fa, fb = flatten(a, op), flatten(b, op)
        if len(fa) > 1 and len(fa) == len(fb):
            out: list[Site] = []
            for (sa, xa), (sb, xb) in zip(fa, fb, strict=True):
                out.extend(align(xa, xb) if sa == sb else [Site(sa, xa, sb, xb)])
            return out
        if len(fa) > 1 or len(fb) > 1:
            return [Site(1, a, 1, b)]
    if isinstance(a, sm.Neg | sm.Exp) and type(a) is type(b):
        return align(a.arg, b.arg)  # type: ignore[union-attr]
    if isinstance(a, sm.Log) and isinstance(b, sm.Log) and a.base == b.base:
        return align(a.arg, b.arg)
    if isinstance(a, sm.BinOp) and a.op == "^" and any(isinstance(n, sm.Quantity) for n in sm.walk(a.right)):
        return [Site(1, a, 1, b)]  # 2^H: H is taken in base 2 there, so it is compared only as a whole
    if isinstance(a, sm.BinOp) and isinstance(b, sm.BinOp) and a.op == b.op and a.op in "/^":
        # Descend only where one operand is unchanged: (a+b)/2 = (c+d)/2.
        if same_tree(a.right, b.right):
            return align(a.left, b.left)
        if same_tree(a.left, b.left):
            return align(a.right, b.right)
        if a.op == "/" and all(isinstance(x, sm.Count) for x in (a.left, a.right)):
            return align(a.left, b.left) + align(a.right, b.right)  # C(I am)/C(I) = 2/3
    return [Site(1, a, 1, b)]


def replace_node(expr: sm.Expr, old: sm.Expr, new: sm.Expr) -> sm.Expr:
    """expr with the node `old` (by identity) replaced by `new`."""
    if expr is old:
        return new
    changes = {}
    for name in ("arg", "left", "right", "body", "degree"):
        child = getattr(expr, name, None)
        if child is not None and not isinstance(child, str) and hasattr(child, "span"):
            replaced = replace_node(child, old, new)
            if replaced is not child:
                changes[name] = replaced
    return dataclasses.replace(expr, **changes) if changes else expr


def within(inner: sm.Span, outer: sm.Span) -> bool:
    return (outer.line, outer.column) <= (inner.line, inner.column) and (
        inner.end_line,
        inner.end_column,
    ) <= (
        outer.end_line,
        outer.end_column,
    )


def signed_literals(expr: sm.Expr) -> list[tuple[sm.Num, int]]:
    """The numbers written in expr, each with the sign it carries (-0.7 in `x - 0.7` is negative)."""
    out: list[tuple[sm.Num, int]] = []
    stack: list[tuple[sm.Expr, int]] = [(expr, 1)]
    while stack:
        node, sign = stack.pop()
        if isinstance(node, sm.Num):
            out.append((node, sign))
        elif isinstance(node, sm.Neg):
            # -(−0.7 − 0.4): the numbers in brackets keep the signs written beside them
            grouped = isinstance(node.arg, sm.BinOp) and node.arg.grouped
            stack.append((node.arg, 1 if grouped else -sign))
        elif isinstance(node, sm.BinOp) and node.op in "+-":
            stack.append((node.left, sign))
            stack.append((node.right, -sign if node.op == "-" else sign))
        else:
            stack.extend((child, 1) for child in sm.children(node))
    return out


def significant(num: sm.Num) -> int:
    digits = num.text.split("e")[0].split("E")[0].replace(".", "").lstrip("0")
    return len(digits)


def written_value(expr: sm.Expr) -> tuple[Fraction, Fraction] | None:
    """A value written from numbers alone (0.17647, 3/17, -1.1) and how far it may be from what it stands for
    (half a unit in its last place; an exact fraction, none); None for anything else."""
    if isinstance(expr, sm.Num):
        return expr.value, Fraction(1, 2 * 10**expr.decimals) if expr.decimals else Fraction(0)
    if isinstance(expr, sm.Neg):
        inner = written_value(expr.arg)
        return None if inner is None else (-inner[0], inner[1])
    if isinstance(expr, sm.BinOp) and expr.op == "/":
        top, bottom = written_value(expr.left), written_value(expr.right)
        if top and bottom and bottom[0] and not top[1] and not bottom[1]:
            return top[0] / bottom[0], Fraction(0)
    return None


def agree(a: sm.Expr, b: sm.Expr) -> bool:
    """Two values written from numbers alone that can stand for the same value (3/17 and .17647)."""
    va, vb = written_value(a), written_value(b)
    return va is not None and vb is not None and abs(va[0] - vb[0]) <= va[1] + vb[1] + Fraction(1, 10**12)
