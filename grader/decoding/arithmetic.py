"""Arithmetic written anywhere in a decoding answer. A product or sum of numbers set equal to a number it is
not, at the precision that number is written to (`0.6 × 0.7 = 0.48`), is a slip the grader can show, whether
or not the reader tied the line to a hypothesis (a line in a language it cannot read, `P = …` after a list
of picks). Nothing is evaluated but numbers the reader lexed; a side holding a function (ln 0.2) is skipped."""

from __future__ import annotations

from dataclasses import dataclass

from grader.core.source import Span
from grader.decoding.reader import Number, chain_sides, lex, number, plain, side_value


@dataclass(frozen=True)
class Slip:
    """A computed side and the number it is set equal to, which it is not."""

    span: Span  # from the computed side's first number to the result's end
    worked: str  # the computed side as written
    result: Number
    value: float  # what the computed side comes to


def _value(side: list) -> float | None:  # type: ignore[type-arg]
    """A side of two or more numbers joined by one kind of operation (× or +, with minus signs), else None."""
    numbers = sum(1 for it in side if it.kind == "num")
    operators = sum(1 for it in side if it.kind == "op")
    if numbers < 2 or operators != numbers - 1:
        return None  # "Ref 3  0.3 x 0.6": a row's name before the product is no factor of it
    value, _ = side_value(side)
    return value.value if value is not None else None


def _spread(side: list, value: float, exact: frozenset[float]) -> float:  # type: ignore[type-arg]
    """How far a side's value may be from its written inputs' true values: each rounded input's half unit,
    scaled for a product by the product over that input."""
    nums = [number(it.text) for it in side if it.kind == "num"]
    product = any(it.kind == "op" and it.text not in ("+", "-") for it in side)
    spread = 0.0
    for n in nums:
        if n is None or round(abs(n.value), 12) in exact:
            continue
        spread += abs(value / n.value) * n.half_unit if product and n.value else n.half_unit
    return spread


def slips(lines: tuple[str, ...], exact: frozenset[float], skip: frozenset[int] = frozenset()) -> list[Slip]:
    """Every chain step on the lines (1-based numbers in `skip` are not read) whose result is wrong: further
    from what its side comes to than the result's half unit and its inputs' rounding allow."""
    found: list[Slip] = []
    for n, line in enumerate(lines, 1):
        if n in skip:
            continue
        items = lex(plain(line))
        i = 0
        while i < len(items):
            if items[i].kind != "num":
                i += 1
                continue
            sides, after = chain_sides(items, i)
            for left, right in zip(sides, sides[1:], strict=False):
                value = _value(left)
                lone = [it for it in right if it.kind != "op"]
                if value is None or len(lone) != 1 or lone[0].kind != "num" or len(right) != 1:
                    continue
                result = number(lone[0].text)
                if result is None or result.half_unit == 0:
                    continue  # a fraction (9/25) is exact: not a rounded result to hold to a precision
                allowed = result.half_unit + _spread(left, value, exact)
                if abs(value - result.value) > allowed * (1 + 1e-6) + 1e-12:
                    span = Span(n, left[0].start + 1, n, lone[0].end + 1)
                    found.append(Slip(span, line[left[0].start : left[-1].end], result, value))
            i = max(after, i + 1)
    return found
