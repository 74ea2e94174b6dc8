"""A run of terms elided with `…` in a sum or product, `log Pr(y_1|x) + log Pr(y_2|x, y_1) + … + log Pr(y_7|x,
y_{<7})`: filled from the problem's sequence when the written terms either side share one rule of conditioning
(the whole history, the last w tokens, with or without the prompt), so the step is checked as if written out;
otherwise the expression is dropped from its chain (what it stood for cannot be told) and the chain's other
steps are still checked. Numbers either side (`-0.0353 + (-0.0099) + … + (-0.2231)`) are never filled in: the
student's own values are not invented. Runs before any check, so no check ever meets an `sm.Elided`."""

from __future__ import annotations

import dataclasses

from grader.core.diagnostics import Diagnostic, make
from grader.maths import semantics as sm
from grader.maths.structure import replace_node
from grader.maths.terms import Sequence, Unresolved, resolve

_MAX_FILLED = 2000  # terms one expression may be filled with (the sum cap elsewhere bounds the rest)


def fill_elided(chains: list[sm.Chain], seq: Sequence) -> tuple[list[sm.Chain], list[Diagnostic]]:
    """The chains with every elided run filled in or its expression dropped; a warning for a dropped
    expression that stated terms (its method cannot be checked), and for a dropped head (the line cannot be
    read: nothing is known to equal what follows it)."""
    out: list[sm.Chain] = []
    diagnostics: list[Diagnostic] = []
    for chain in chains:
        if not any(isinstance(n, sm.Elided) for item in chain.items for n in sm.walk(item)):
            out.append(chain)
            continue
        items = [_filled(item, seq) for item in chain.items]
        if items[0] is None and not chain.continues:
            diagnostics.append(_unread(chain.items[0], "this line cannot be read"))
            continue
        for written, filled in zip(chain.items, items, strict=True):
            if filled is None and any(isinstance(n, sm.Prob | sm.PCond | sm.Count) for n in sm.walk(written)):
                diagnostics.append(_unread(written, "this expression cannot be checked"))
        kept = _without_dropped(chain, items)
        if kept is not None:
            out.append(kept)
    return out, diagnostics


def _unread(expr: sm.Expr, what: str) -> Diagnostic:
    gap = next(n for n in sm.walk(expr) if isinstance(n, sm.Elided))
    return make(
        "parse-error",
        f"{what}: the terms '…' stands for cannot be told from the terms either side",
        gap.span,
        "write the terms either side of '…' in one pattern, e.g. log P(y_2|x, y_1) + … + log P(y_n|x, y_{<n})",
    )


def _without_dropped(chain: sm.Chain, items: list[sm.Expr | None]) -> sm.Chain | None:
    """The chain with its dropped expressions taken out: the relations either side of one join (≈ if
    either was ≈), so what came before is compared with what comes after."""
    kept: list[sm.Expr] = []
    relations: list[str] = []
    units: list[str | None] = []
    lead, pending = chain.lead, None
    with_units = len(chain.units) == len(chain.items)
    for i in range(len(chain.items)):
        relation = chain.relations[i - 1] if i else None
        if relation is not None:
            pending = relation if pending is None else ("≈" if "≈" in (pending, relation) else "=")
        if items[i] is None:
            continue
        if kept:
            relations.append(pending or "=")
        elif i and chain.continues:
            lead = "≈" if "≈" in (lead, pending or "=") else lead
        pending = None
        kept.append(items[i])  # type: ignore[arg-type]
        if with_units:
            units.append(chain.units[i])
    if not kept:
        return None
    return dataclasses.replace(
        chain,
        items=tuple(kept),
        relations=tuple(relations),
        units=tuple(units) if with_units else chain.units,
        lead=lead,
    )


def _filled(expr: sm.Expr, seq: Sequence) -> sm.Expr | None:
    """The expression with each `a + … + b` filled by the terms between a and b, or None."""
    while True:
        outer = next(
            (
                n
                for n in sm.walk(expr)
                if isinstance(n, sm.BinOp)
                and isinstance(n.left, sm.BinOp)
                and isinstance(n.left.right, sm.Elided)
            ),
            None,
        )
        if outer is None:
            break
        run = _run(outer, seq)
        if run is None:
            return None
        expr = replace_node(expr, outer, run)
    return None if any(isinstance(n, sm.Elided) for n in sm.walk(expr)) else expr


def _run(outer: sm.BinOp, seq: Sequence) -> sm.Expr | None:
    """`L op … op R` written out: the terms between L's last operand and R, by the rule they share."""
    inner = outer.left
    assert isinstance(inner, sm.BinOp) and isinstance(inner.right, sm.Elided)
    gap = inner.right
    before = inner.left
    while isinstance(before, sm.BinOp) and before.op == outer.op and not before.grouped:
        before = before.right
    ends = [_positions(before, seq), _positions(outer.right, seq)]
    if ends[0] is None or ends[1] is None or _wrapper(before) != _wrapper(outer.right):
        return None
    (k_a, given_a), (k_b, given_b) = ends[0], ends[1]
    if not 1 <= k_a < k_b or k_b - k_a - 1 > _MAX_FILLED:
        return None
    rule = _shared_rule(seq, (k_a, given_a), (k_b, given_b))
    if rule is None:
        return None
    expr = inner.left
    for j in range(k_a + 1, k_b):
        term = _term(j, rule(j), gap.span, before)
        expr = sm.BinOp(
            outer.op,
            expr,
            term,
            sm.Span(expr.span.line, expr.span.column, gap.span.end_line, gap.span.end_column),
        )
    return sm.BinOp(outer.op, expr, outer.right, outer.span)


def _wrapper(term: sm.Expr) -> tuple[object, ...]:
    """What a term wraps its probability in: nothing, or a log of one base as written."""
    if isinstance(term, sm.Log):
        return ("log", term.base, term.written)
    return ("prob",)


def _positions(term: sm.Expr, seq: Sequence) -> tuple[int, frozenset[int]] | None:
    """The one chain-rule factor a written term (Pr(…) or log Pr(…)) stands for: its target position and
    the positions it is given; None for anything else."""
    prob = term.arg if isinstance(term, sm.Log) else term
    if not isinstance(prob, sm.Prob):
        return None
    try:
        resolved = resolve(prob, {}, seq)
    except (Unresolved, ArithmeticError, ValueError):
        return None
    if len(resolved.factors) != 1:
        return None  # a mistake of the term's own (dropped conditioning) is its own, reported where it stands
    factor = resolved.factors[0]
    if factor.key[0] not in ("cond", "marg"):
        return None
    return factor.key[1], factor.given.union(*factor.runs)


def _shared_rule(seq: Sequence, *ends: tuple[int, frozenset[int]]):
    """The rule of conditioning both ends follow, as a function from a position to what it is given: the
    last w positions before it (the prompt's among them as they come), or the prompt and the last w of y;
    w may be as long as the whole history. None when no rule fits both."""
    first = 1 - seq.m
    longest = max(k for k, _ in ends) + seq.m

    def last(w: int):
        return lambda k: frozenset(range(max(k - w, first), k))

    def prompt_and_last(w: int):
        return lambda k: seq.x_positions | frozenset(range(max(k - w, 1), k))

    for family in (last, prompt_and_last):
        for w in range(longest + 1):
            rule = family(w)
            if all(rule(k) == given for k, given in ends):
                return rule
    return None


def _term(k: int, given: frozenset[int], span: sm.Span, like: sm.Expr) -> sm.Expr:
    """The term for position k given `given`, wrapped as `like` is (Pr(…) or log Pr(…))."""
    events: list[sm.Event] = []
    if any(p <= 0 for p in given):
        events.append(sm.VarRef("x", None, span))
    ys = sorted(p for p in given if p >= 1)
    if ys:
        events.append(sm.VarRef("y", sm.IndexSpec("range", sm.Idx(None, ys[0]), sm.Idx(None, ys[-1])), span))
    target = sm.VarRef("y", sm.IndexSpec("point", sm.Idx(None, k)), span)
    prob = sm.Prob((target,), tuple(events) if events else None, span, filled=(k, given))
    if isinstance(like, sm.Log):
        return dataclasses.replace(like, arg=prob, span=span)
    return prob
