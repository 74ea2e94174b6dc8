"""The sequence's per-token values listed in order on one line ("Token logprobs: −0.0353, −0.0099, …, −0.0231").

A line of lone numbers, as many as y has tokens, that follows the model's per-token values in order (its
probabilities, its log-probabilities in the problem's base, or their negatives) at the precision each is
written, but for one, lists those values: the one that differs, by more than a rounding on the way could
make it (2 %), is a value misread from the problem, charged where it is written (wrong-value). A line that
matches fewer lists something else and says nothing here.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from grader.core.diagnostics import Diagnostic, make
from grader.derivation.problem import Problem
from grader.maths import semantics as sm
from grader.maths.evaluate import literal_tolerance
from grader.reference.quantities import LN_BASE


def _lone_number(chain: sm.Chain) -> tuple[float, sm.Num] | None:
    """The signed number a chain of one item is, with the literal that writes it; else None."""
    if len(chain.items) != 1 or chain.continues:
        return None
    item, sign = chain.items[0], 1.0
    if isinstance(item, sm.Neg):
        item, sign = item.arg, -1.0
    if not isinstance(item, sm.Num):
        return None
    try:
        return sign * float(item.value), item
    except OverflowError:  # 1.8e308 written out: no value of a token's
        return None


def _readings(problem: Problem) -> list[tuple[str, Callable[[float], float]]]:
    ln_b = LN_BASE[problem.log_base]
    unit = {"e": "log-probability", "2": "log-probability in bits", "10": "log-probability (base 10)"}
    return [
        ("probability", math.exp),
        (unit[problem.log_base], lambda ln_p: ln_p / ln_b),
        ("negative " + unit[problem.log_base], lambda ln_p: -ln_p / ln_b),
    ]


def listed_values(chains: list[sm.Chain], problem: Problem) -> list[Diagnostic]:
    """wrong-value for each value misread in a line that lists the per-token values (see the module)."""
    ln_probs = problem.reference.ln_probs
    n = len(ln_probs)
    by_line: dict[int, list[tuple[float, sm.Num]]] = {}
    for chain in chains:
        found = _lone_number(chain)
        if found is not None:
            by_line.setdefault(chain.line, []).append(found)
    out: list[Diagnostic] = []
    for numbers in by_line.values():
        if n < 3 or len(numbers) != n:
            continue
        for name, of in _readings(problem):
            model = [of(ln_p) for ln_p in ln_probs]
            off = [
                k for k, ((v, num), m) in enumerate(zip(numbers, model, strict=True)) if not _same(v, num, m)
            ]
            if len(off) != 1:
                continue
            k = off[0]
            value, num = numbers[k]
            if abs(value - model[k]) <= _MISREAD * abs(model[k]):
                break  # "roughly -5.878" for -5.8825 worked out: a rounding on the way, not a value misread
            token = problem.reference.conditionals[k].token
            message = (
                f"the {name} of y_{k + 1} = {token} is {model[k]:.6g} under the model, but the list gives "
                f"{value:g}"
            )
            hint = "copy each value from the problem exactly as given"
            out.append(make("wrong-value", message, num.span, hint))
            break
    return out


def lists_the_values(chains: list[sm.Chain], line: int, problem: Problem) -> bool:
    """The lone numbers on this line are the per-token values, all of them in order, at the precision each is
    written ("counts: <s> I 2/3, I am 2/3, am Sam 1/2, Sam </s> 1/2" after the product): a listing of what
    the work used, not a result of its own."""
    numbers = [found for c in chains if c.line == line and (found := _lone_number(c)) is not None]
    ln_probs = problem.reference.ln_probs
    if len(ln_probs) < 2 or len(numbers) != len(ln_probs):
        return False
    return any(
        all(_same(v, num, of(ln_p)) for (v, num), ln_p in zip(numbers, ln_probs, strict=True))
        for _, of in _readings(problem)
    )


# how far a value misread from the problem is from the model's at least: a digit slipped, dropped or added
_MISREAD = 0.02


def _same(value: float, num: sm.Num, model: float) -> bool:
    """Is the written value the model's at the precision it is written?"""
    return abs(value - model) <= literal_tolerance(num, approx=False) + 1e-9 * max(1.0, abs(model))
