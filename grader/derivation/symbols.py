"""A student's own symbols: a letter the reader takes for a constant or a generic name, given a meaning
by the student's own definition, reads with that meaning in every line.

- `e = C(am Sam) = 1` (letters a…h naming counts): `e` is a name, not Euler's number, wherever it is used.
- `ℓ(y | x) = Σ log p(y_t | …) = -1.1`: a generic name (ℓ, L, \\mathcal{L}) whose defining chain ends in
  the log-likelihood's (or the NLL's) value names that quantity, not the asked one. A value matching
  neither leaves the name as it was read, so a wrong value is still judged against the asked quantity.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from grader.derivation.problem import Problem
from grader.maths import semantics as sm
from grader.reference.quantities import quantity

_GENERIC = {"\\ell", "ℓ", "L", "\\mathcal{L}"}  # names whose meaning the student gives
_KINDS = ("log_likelihood", "nll")


def map_nodes(expr: sm.Expr, change: Callable[[sm.Expr], sm.Expr | None]) -> sm.Expr:
    """expr with every node for which `change` gives a replacement replaced (parents first)."""
    new = change(expr)
    if new is not None:
        return new
    fields = {}
    for name in ("arg", "left", "right", "body", "degree"):
        child = getattr(expr, name, None)
        if child is not None and hasattr(child, "span") and not isinstance(child, str):
            replaced = map_nodes(child, change)
            if replaced is not child:
                fields[name] = replaced
    return dataclasses.replace(expr, **fields) if fields else expr


def _written(name: sm.Quantity) -> str:
    """The name as written, braces balanced (the reader keeps `\\mathcal{L` of `\\mathcal{L}`)."""
    return name.written + "}" if name.written.count("{") > name.written.count("}") else name.written


def _number(expr: sm.Expr) -> float | None:
    if isinstance(expr, sm.Num):
        return float(expr.value)
    if isinstance(expr, sm.Neg) and isinstance(expr.arg, sm.Num):
        return -float(expr.arg.value)
    return None


def _defines(chain: sm.Chain) -> bool:
    return len(chain.items) >= 2 and not chain.continues and chain.relations[0] == "="


def _generic_meaning(chains: list[sm.Chain], problem: Problem) -> dict[str, str]:
    """Generic names the student defines by a value of a quantity other than the asked one."""
    meanings: dict[str, str] = {}
    asked = quantity(problem.ask, problem.reference.ln_probs, problem.log_base)
    for chain in chains:
        head = chain.items[0]
        if not (_defines(chain) and isinstance(head, sm.Quantity) and head.name == "asked"):
            continue
        if _written(head) not in _GENERIC or head.written in meanings:
            continue
        value = _number(chain.items[-1])
        if value is None or problem.tolerance.allows(value, asked):
            continue
        for kind in _KINDS:
            if kind != problem.ask and problem.tolerance.allows(
                value, quantity(kind, problem.reference.ln_probs, problem.log_base)
            ):
                meanings[head.written] = kind
                break
    return meanings


def own_symbols(chains: list[sm.Chain], problem: Problem) -> list[sm.Chain]:
    """The chains with the student's own symbols read as the student defines them."""
    e_named = any(_defines(c) and isinstance(c.items[0], sm.EConst) for c in chains)
    meanings = _generic_meaning(chains, problem)
    if not e_named and not meanings:
        return chains

    def change(node: sm.Expr) -> sm.Expr | None:
        if e_named and isinstance(node, sm.EConst):
            return sm.Scalar("e", node.span)
        if isinstance(node, sm.Quantity) and node.name == "asked" and node.written in meanings:
            return dataclasses.replace(node, name=meanings[node.written])
        return None

    return [dataclasses.replace(c, items=tuple(map_nodes(item, change) for item in c.items)) for c in chains]
