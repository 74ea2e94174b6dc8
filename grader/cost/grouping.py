"""Groupings a count said in words leaves open: "two times L times d times m plus n" is read 2·L·d·m + n, but
speech has no brackets, and 2·L·d·(m + n) is as fair a reading. Every binary grouping of the operands, as
they were said, is valued at two fixed points; the one that gives the reference count is returned, written
with its brackets, so the grader can send the answer for review instead of charging a reading it chose."""

from __future__ import annotations

import random
import re
from fractions import Fraction

import sympy

MAX_OPERANDS = 10  # Catalan(9) = 4862 groupings: enough for any count said aloud, bounded work
MAX_VALUES = 4000  # distinct values kept for one stretch of operands
MAX_EXPONENT = 12

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<sym>\|V\||[A-Za-z])|(?P<op>[-+*/^()×·]))")
_POINTS = tuple(
    {letter: Fraction(rng.randint(3, 17)) for letter in "nmkdLhVijt"}
    for rng in (random.Random(7), random.Random(11))
)

Value = tuple[Fraction, ...]  # a value at each point
Options = dict[Value, tuple[str, int]]  # value -> one grouping that gives it, written out, and its precedence
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_ATOM = 3


class _Unreadable(Exception):
    pass


def _tokens(text: str) -> list[tuple[str, str]]:
    out, at = [], 0
    text = text.rstrip()
    while at < len(text):
        m = _TOKEN.match(text, at)
        if not m or m.end() == at:
            raise _Unreadable(text[at:])
        kind = m.lastgroup or ""
        out.append((kind, m[kind]))
        at = m.end()
    return out


class _Reader:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0
        self.operands = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def stretch(self) -> Options:
        """Operands and the operators between them up to a closing bracket or the end: every grouping."""
        items: list[Options] = [self.operand()]
        ops: list[str] = []
        while (token := self.peek()) is not None and token != ("op", ")"):
            if token[0] == "op" and token[1] in "+-*/×·":
                self.at += 1
                ops.append({"×": "*", "·": "*"}.get(token[1], token[1]))
            else:
                ops.append("*")  # side by side: a product, "L h" or "2 L d"
            items.append(self.operand())
        return _groupings(items, ops)

    def operand(self) -> Options:
        token = self.peek()
        if token is None:
            raise _Unreadable("an operator with nothing after it")
        self.at += 1
        self.operands += 1
        if self.operands > MAX_OPERANDS:
            raise _Unreadable("too many operands")
        kind, text = token
        if kind == "num":
            value = Fraction(text)
            base: Options = {tuple(value for _ in _POINTS): (text, _ATOM)}
        elif kind == "sym":
            name = text.strip("|")
            base = {tuple(p[name] for p in _POINTS): (text, _ATOM)}
        elif text == "(":
            base = {v: (f"({t})", _ATOM) for v, (t, _) in self.stretch().items()}
            if self.peek() != ("op", ")"):
                raise _Unreadable("a bracket left open")
            self.at += 1
        elif text == "-":
            base = {tuple(-x for x in v): (f"-{t}", _ATOM) for v, (t, _) in self.operand().items()}
        else:
            raise _Unreadable(text)
        if self.peek() == ("op", "^"):
            self.at += 1
            exponent = self.operand()
            base = {
                tuple(b ** int(e) for b, e in zip(bv, ev, strict=True)): (f"{bt}^{et}", _ATOM)
                for bv, (bt, _) in base.items()
                for ev, (et, _) in exponent.items()
                if all(e.denominator == 1 and 0 <= e <= MAX_EXPONENT for e in ev)
            }
        return base


def _combine(a: Value, op: str, b: Value) -> Value | None:
    if op == "+":
        return tuple(x + y for x, y in zip(a, b, strict=True))
    if op == "-":
        return tuple(x - y for x, y in zip(a, b, strict=True))
    if op == "*":
        return tuple(x * y for x, y in zip(a, b, strict=True))
    if any(y == 0 for y in b):
        return None
    return tuple(x / y for x, y in zip(a, b, strict=True))


def _groupings(items: list[Options], ops: list[str]) -> Options:
    """Every binary grouping of items[0] ops[0] items[1] …, by the values they take (interval by interval)."""
    n = len(items)
    table: dict[tuple[int, int], Options] = {(i, i): items[i] for i in range(n)}
    for width in range(1, n):
        for i in range(n - width):
            j = i + width
            found: Options = {}
            for k in range(i, j):
                for av, at in table[(i, k)].items():
                    for bv, bt in table[(k + 1, j)].items():
                        value = _combine(av, ops[k], bv)
                        if value is not None and value not in found:
                            found[value] = _written(at, ops[k], bt)
                        if len(found) > MAX_VALUES:
                            raise _Unreadable("too many groupings")
            table[(i, j)] = found
    return table[(0, n - 1)]


def regrouped(text: str, reference: sympy.Expr) -> str | None:
    """A grouping of `text` (a count as read from words) whose value is `reference`, written with its
    brackets; None if there is none or the text is more than operands, operators and brackets."""
    try:
        reader = _Reader(_tokens(text))
        options = reader.stretch()
        if reader.peek() is not None:
            return None
    except (_Unreadable, ZeroDivisionError, OverflowError):
        return None
    symbols = sorted(reference.free_symbols, key=str)
    try:
        target = tuple(Fraction(str(reference.subs({s: int(p[str(s)]) for s in symbols}))) for p in _POINTS)
    except (KeyError, ValueError):
        return None
    written = options.get(target)
    return written[0] if written is not None else None


def _written(a: tuple[str, int], op: str, b: tuple[str, int]) -> tuple[str, int]:
    """`a op b` with the brackets its precedence needs: 2 * L * d * (m + n), not ((2 * L) * d) * (m + n)."""
    level = _PRECEDENCE[op]
    left = a[0] if a[1] >= level else f"({a[0]})"
    right = b[0] if b[1] > level or (b[1] == level and op in "+*") else f"({b[0]})"
    return f"{left} {op} {right}", level
