"""Which chain-rule factor a diagnosed mistake concerns, so a class report can say which factor the
class gets wrong ("P(</s> | Sam)") instead of which line.

The rule reads only the semantic model: the factors named inside the diagnostic's span; else the
factors that differ between the diagnosed expression and the one it was equated with, aligned part
by part as the checker compares them (a factor left out, one conditioned differently, a term
replaced by a number). A mistake that concerns no
single factor (arithmetic, the final answer) is attributed to none.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from grader.core.diagnostics import REGISTRY, Diagnostic
from grader.maths import semantics as sm
from grader.maths.structure import align, within

if TYPE_CHECKING:
    from grader.derivation.judge import Judge
    from grader.derivation.problem import Problem

Key = tuple


def _keys(expr: sm.Expr, checker: Judge, inside: sm.Span | None = None) -> set[Key]:
    """The canonical factor keys of the probability terms of an expression (or of those within a span)."""
    from grader.maths.terms import Unresolved

    keys: set[Key] = set()
    for node in sm.walk(expr):
        if not isinstance(node, sm.Prob) or (inside is not None and not within(node.span, inside)):
            continue
        try:
            keys.update(f.key for f in checker.ctx.resolve(node, {}).factors)
        except (Unresolved, ValueError, KeyError, IndexError):
            continue  # a term with a free index or one that names nothing: no factor to blame
    return keys


def _positions(keys: set[Key]) -> set[int]:
    return {k[1] for k in keys if len(k) > 1 and isinstance(k[1], int)}


def _neighbours(chains: list[sm.Chain]) -> list[tuple[sm.Expr, sm.Expr | None]]:
    """Every expression with the one it is equated with on its left (across continued lines)."""
    out: list[tuple[sm.Expr, sm.Expr | None]] = []
    previous: sm.Expr | None = None
    for chain in chains:
        left = previous if chain.continues else None
        for item in chain.items:
            out.append((item, left))
            left = item
        previous = chain.items[-1] if chain.items else None
    return out


def factor_of(diag: Diagnostic, pairs: list[tuple[sm.Expr, sm.Expr | None]], checker: Judge) -> int | None:
    """The one position of y a diagnostic concerns, or None."""
    for item, left in pairs:
        if not within(diag.span, item.span):
            continue
        named = _positions(_keys(item, checker, inside=diag.span))
        if len(named) == 1 and not within(item.span, diag.span):
            return named.pop()
        if left is not None:  # narrow to the aligned parts the mistake sits in, as the checker compares them
            for site in align(left, item):
                if within(diag.span, site.b.span):
                    left, item = site.a, site.b
                    break
        here = _keys(item, checker)
        before = _keys(left, checker) if left is not None else set()
        for candidates in (_positions(here ^ before), _positions(here), _positions(before)):
            if len(candidates) == 1:
                return candidates.pop()
            if candidates:
                return None
        return None
    return None


def attribute(
    diagnostics: list[Diagnostic], chains: list[sm.Chain], checker: Judge, problem: Problem
) -> list[Diagnostic]:
    """The diagnostics, each with the chain-rule factor it concerns where there is exactly one."""
    pairs = _neighbours(chains)
    n = len(problem.reference.conditionals)
    out = []
    for diag in diagnostics:
        entry = REGISTRY.get(diag.code)
        position = factor_of(diag, pairs, checker) if entry is not None and entry.level == "step" else None
        out.append(
            replace(diag, factor=problem.factor_label(position)) if position and 1 <= position <= n else diag
        )
    return out
