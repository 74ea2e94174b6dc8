"""The sequence's per-token values listed in order on one line ("Token logprobs: −0.0353, −0.0099, …, −0.0231").

A line of lone numbers, as many as y has tokens, that follows the model's per-token values in order (its
probabilities, its log-probabilities in the problem's base, or their negatives) at the precision each is
written, but for one, lists those values: the one that differs, by more than a rounding on the way could
make it (2 %), is a value misread from the problem, charged where it is written (wrong-value). A line that
matches fewer lists something else and says nothing here. So does a line of pairs, each of y's tokens in order
with its value ("The -0.0353, capital -0.0099, …, Paris -0.0002, . -0.2231"), which the maths reader leaves as
words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction

from grader.core.diagnostics import Diagnostic, make
from grader.core.source import Span
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
        found = _one_misread([(v, literal_tolerance(num, approx=False)) for v, num in numbers], problem)
        if found is not None:
            k, name, model = found
            out.append(_misread_value(problem, k, name, model, numbers[k][0], numbers[k][1].span))
    return out


def labelled_values(lines: list[str], problem: Problem) -> list[Diagnostic]:
    """wrong-value for a value misread in a line of pairs, each of y's tokens in order with its value."""
    y = problem.y
    if len(y) < 3:
        return []
    out: list[Diagnostic] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > _MAX_LISTING or line.count(",") + line.count(";") < len(y) - 1:
            continue
        starts = [0, *(m.end() for m in _ITEMS.finditer(line))]
        items = [line[a:b] for a, b in zip(starts, [*(m.start() for m in _ITEMS.finditer(line)), len(line)])]
        pairs = [_PAIR.fullmatch(item.strip()) for item in items]
        if len(pairs) != len(y) or None in pairs:
            continue
        if [m["token"].strip("\"'`*") for m in pairs] != list(y):  # type: ignore[index]
            continue
        values = [(float(m["value"].replace("−", "-")), _tolerance(m["value"])) for m in pairs]  # type: ignore[index]
        found = _one_misread(values, problem)
        if found is not None:
            k, name, model = found
            item = items[k]
            at = starts[k] + len(item) - len(item.lstrip()) + pairs[k].start("value") + 1  # type: ignore[union-attr]
            span = Span(number, at, number, at + len(pairs[k]["value"]))  # type: ignore[index]
            out.append(_misread_value(problem, k, name, model, values[k][0], span))
    return out


# a line of pairs: its items, parted by commas or semicolons (not a decimal comma), each a token and its value
_ITEMS = re.compile(r"[,;](?!\d)")
_PAIR = re.compile(
    r"(?P<token>\S{1,40}?)(?:[ \t]*+[:=][ \t]*+|[ \t]++)(?P<value>[-−]?(?:\d{1,6}(?:\.\d{1,12})?|\.\d{1,12}))"
)
_MAX_LISTING = 2000


def _tolerance(text: str) -> float:
    """How far the value written may be from the one it stands for, as literal_tolerance reads a literal."""
    unsigned = text.lstrip("-−")
    decimals = len(unsigned.partition(".")[2]) if "." in unsigned else None
    num = sm.Num(Fraction(unsigned), unsigned, decimals, Span(0, 0, 0, 0))
    return literal_tolerance(num, approx=False)


def _one_misread(values: list[tuple[float, float]], problem: Problem) -> tuple[int, str, float] | None:
    """(place, reading, model's value) of the one value of a list of the per-token values, in one reading, that
    is not the model's at the precision written, by more than a rounding on the way could make it; else None."""
    for name, of in _readings(problem):
        model = [of(ln_p) for ln_p in problem.reference.ln_probs]
        off = [
            k
            for k, ((v, tol), m) in enumerate(zip(values, model, strict=True))
            if abs(v - m) > tol + 1e-9 * max(1.0, abs(m))
        ]
        if len(off) != 1:
            continue
        k = off[0]
        if abs(values[k][0] - model[k]) <= _MISREAD * abs(model[k]):
            return None  # "roughly -5.878" for -5.8825 worked out: a rounding on the way, not a value misread
        return k, name, model[k]
    return None


def _misread_value(problem: Problem, k: int, name: str, model: float, value: float, span: Span) -> Diagnostic:
    token = problem.reference.conditionals[k].token
    message = (
        f"the {name} of y_{k + 1} = {token} is {model:.6g} under the model, but the list gives {value:g}"
    )
    return make("wrong-value", message, span, "copy each value from the problem exactly as given")


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
