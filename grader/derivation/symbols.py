"""A student's own symbols: a letter the reader takes for a constant or a generic name, given a meaning
by the student's own definition, reads with that meaning in every line.

- `e = C(am Sam) = 1` (letters a…h naming counts): `e` is a name, not Euler's number, wherever it is used.
- `Step 1 P(the | x):` then `P = 0.2359`: a heading that names one term gives a bare P below it that
  term's meaning.
- `ℓ(y | x) = Σ log p(y_t | …) = -1.1`: a generic name (ℓ, L, \\mathcal{L}) whose defining chain ends in
  the log-likelihood's (or the NLL's) value, on its line or on the `= …` lines that continue it, names that
  quantity, not the asked one. A value matching
  neither leaves the name as it was read, so a wrong value is still judged against the asked quantity.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
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
    for at, chain in enumerate(chains):
        head = chain.items[0]
        if not (_defines(chain) and isinstance(head, sm.Quantity) and head.name == "asked"):
            continue
        if _written(head) not in _GENERIC or head.written in meanings:
            continue
        last = chain  # the definition's value: where it ends, on its line or on the lines that continue it
        for after in chains[at + 1 :]:
            if not after.continues:
                break
            last = after
        value = _number(last.items[-1])
        if value is None or problem.tolerance.allows(value, asked):
            continue
        for kind in _KINDS:
            if kind != problem.ask and problem.tolerance.allows(
                value, quantity(kind, problem.reference.ln_probs, problem.log_base)
            ):
                meanings[head.written] = kind
                break
    return meanings


BARE_PROBABILITY = "probability"  # the quantity a bare P, Pr or p is read as


def _headed(chains: list[sm.Chain], lines: list[str]) -> list[sm.Chain]:
    """A heading that names one probability term on a line of its own ending in a colon ("Step 1
    P(the | x):") gives a bare P in the lines below it that term's meaning ("-> P = 0.2359"), until the
    next heading or a statement about a named term."""
    out: list[sm.Chain] = []
    term: sm.Prob | None = None
    for chain in chains:
        head = chain.items[0]
        if chain.heading:
            titled = 0 < chain.line <= len(lines) and lines[chain.line - 1].rstrip().endswith(":")
            term = head if titled and len(chain.items) == 1 and isinstance(head, sm.Prob) else None
        elif isinstance(head, sm.Prob):
            term = None  # "Pr(y | x) = 0.2359 × 0.0923": the student names the terms again
        elif term is not None:
            change = functools.partial(_as_term, term)
            chain = dataclasses.replace(chain, items=tuple(map_nodes(item, change) for item in chain.items))
        out.append(chain)
    return out


def _as_term(term: sm.Prob, node: sm.Expr) -> sm.Expr | None:
    """A bare P read as the term a heading named, where it was written."""
    if bare_probability(node):
        return dataclasses.replace(term, span=node.span)
    return None


# an arrow alone between two statements on a line
_ARROW_BETWEEN = re.compile(r"\s*(?:→|->|-->|=>|==>|⇒|⟶|\\to|\\rightarrow|\\Rightarrow)\s*")


def _arrowed(chains: list[sm.Chain], lines: list[str]) -> list[sm.Chain]:
    """`ln Pr(deep | x) = -1.2  → Pr = e^{-1.2} = 0.3012`: a bare P after an arrow is the probability whose log the
    statement before the arrow gave, as the term written out would be."""
    out: list[sm.Chain] = []
    for chain in chains:
        prev = out[-1] if out else None
        head = chain.items[0]
        term = _logged_term(prev) if prev is not None and prev.line == chain.line else None
        if term is not None and prev is not None and bare_probability(head) and 0 < chain.line <= len(lines):
            between = lines[chain.line - 1][prev.items[-1].span.end_column - 1 : head.span.column - 1]
            if _ARROW_BETWEEN.fullmatch(between):
                chain = dataclasses.replace(
                    chain, items=(dataclasses.replace(term, span=head.span), *chain.items[1:])
                )
        out.append(chain)
    return out


def _logged_term(chain: sm.Chain) -> sm.Prob | None:
    """The probability term whose log (or negated log) a statement gives: `ln Pr(deep | x) = -1.2`."""
    head = chain.items[0]
    if isinstance(head, sm.Neg):
        head = head.arg
    if len(chain.items) > 1 and isinstance(head, sm.Log) and isinstance(head.arg, sm.Prob):
        return head.arg
    return None


def bare_probability(node: sm.Expr) -> bool:
    """A bare P, Pr or p, naming no term."""
    return isinstance(node, sm.Quantity) and node.name == BARE_PROBABILITY and not node.args


def _without_bare_sum(chain: sm.Chain) -> sm.Chain:
    """`log Pr(y|x) = Σ = -1.1`: a Σ alone between two members says "which is the sum", a word, not a member;
    the chain is read without it (an unknown symbol otherwise, sent for review)."""
    keep = [
        k
        for k, item in enumerate(chain.items)
        if not (0 < k < len(chain.items) - 1 and isinstance(item, sm.Scalar) and item.name in ("Σ", "∑"))
    ]
    if len(keep) == len(chain.items):
        return chain
    relations = [
        "≈" if "≈" in chain.relations[a:b] else chain.relations[a] for a, b in itertools.pairwise(keep)
    ]
    units = tuple(chain.units[k] for k in keep) if len(chain.units) == len(chain.items) else chain.units
    items = tuple(chain.items[k] for k in keep)
    return dataclasses.replace(chain, items=items, relations=tuple(relations), units=units)


def own_symbols(chains: list[sm.Chain], problem: Problem, lines: list[str]) -> list[sm.Chain]:
    """The chains with the student's own symbols read as the student defines them."""
    chains = _arrowed(_headed([_without_bare_sum(c) for c in chains], lines), lines)
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
