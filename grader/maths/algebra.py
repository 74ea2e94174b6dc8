"""sympy from the semantic model: identities decided symbolically, when numbers cannot decide them.

Expressions are built node by node through a fixed set of sympy constructors — never from a
string — with every chain-rule factor a positive symbol, so `expand_log` may split logs of
products. What each node means is decided by the one interpreter (grader.maths.evaluate.Interpreter),
the same as for floats; this module gives it sympy's arithmetic. The checker uses it where evaluating under random stand-ins for the factors breaks
down (an overflow, a value too large for a float); sympy is imported only then.
"""

from __future__ import annotations

from typing import Any

from grader.maths import semantics as sm
from grader.maths.evaluate import Context, Interpreter, Undefined
from grader.maths.terms import Key, Unresolved

MAX_NODES = 400
MAX_TERMS = 200
MAX_RATIONAL_DIGITS = 40


class TooComplex(Exception):
    """The expression is too large to hand to sympy within the grader's budget."""


class SympyInterpreter(Interpreter[Any]):
    """sympy expressions: every chain-rule factor a positive symbol, the problem's fixed values exact."""

    max_terms = MAX_TERMS

    def __init__(self, ctx: Context) -> None:
        import sympy

        super().__init__(ctx)
        self.sp = sympy
        self.symbols: dict[Key, Any] = {}
        self.nodes = 0

    def value(self, e: sm.Expr, b: dict[str, int]) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise TooComplex("too many nodes")
        return super().value(e, b)

    def number(self, e: sm.Num) -> Any:
        if len(str(e.value.numerator)) + len(str(e.value.denominator)) > MAX_RATIONAL_DIGITS:
            raise TooComplex("a number too long")
        return self.sp.Rational(e.value.numerator, e.value.denominator)

    def known(self, v: float) -> Any:
        return self.sp.nsimplify(v)

    def e_const(self) -> Any:
        return self.sp.E

    def neg(self, a: Any) -> Any:
        return -a

    def binop(self, op: str, a: Any, b: Any, span: sm.Span) -> Any:
        sp = self.sp
        if op == "+":
            return sp.Add(a, b)
        if op == "-":
            return sp.Add(a, -b)
        if op == "*":
            return sp.Mul(a, b)
        if op == "/":
            if b == 0:
                raise TooComplex("division by zero")
            return sp.Mul(a, sp.Pow(b, -1))
        if b.is_number and abs(b) > 64:
            raise TooComplex("an exponent too large")
        return sp.Pow(a, b)

    def log(self, a: Any, base: str, span: sm.Span) -> Any:
        if base == "e":
            return self.sp.log(a)
        return self.sp.log(a) / self.sp.log(self.sp.Integer(int(base)))

    def exp(self, a: Any, span: sm.Span) -> Any:
        return self.sp.exp(a)

    def root(self, a: Any, degree: Any | None, span: sm.Span) -> Any:
        return self.sp.Pow(a, 1 / (self.sp.Integer(2) if degree is None else degree))

    def leaf_factor(self, key: Key, span: sm.Span) -> Any:
        if key not in self.symbols:
            self.symbols[key] = self.sp.Symbol(f"F{len(self.symbols)}", positive=True)
        return self.symbols[key]

    def count(self, tokens: tuple[str, ...], span: sm.Span) -> Any:
        count = self.ctx.seq.model.count(tokens)
        if count is None:
            raise TooComplex("no counts in this model")
        return self.sp.Integer(count)

    def whole(self, name: str, base: str, n: float, span: sm.Span) -> Any:
        sp = self.sp
        factors = [self.factor(("cond", k), span) for k in range(1, self.ctx.seq.n + 1)]
        total = sp.Add(*(self.log(f, base, span) for f in factors))
        if name == "log_likelihood":
            return total
        if name == "nll":
            return -total
        if name == "cross_entropy":
            return -total / sp.nsimplify(n)
        probability = sp.Mul(*factors)
        if name == "probability":
            return probability
        return sp.Pow(probability, -1 / sp.nsimplify(n))  # perplexity


def equal(a: sm.Expr, b: sm.Expr, ctx: Context) -> bool | None:
    """Are a and b the same expression in the chain-rule factors? None when sympy cannot say."""
    try:
        builder = SympyInterpreter(ctx)
        difference = builder.value(a, {}) - builder.value(b, {})
    except (TooComplex, Undefined, Unresolved, OverflowError, ValueError, ZeroDivisionError):
        return None
    sp = builder.sp
    try:
        return _decide(sp, builder, difference)
    except (TypeError, ValueError, ArithmeticError, sp.SympifyError, sp.PolynomialError):
        return None  # sympy met something it cannot decide (a NaN, an undefined log)


def _decide(sp: Any, builder: SympyInterpreter, difference: Any) -> bool | None:
    if difference.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        return None
    difference = sp.expand_log(sp.expand(difference), force=True)
    if difference == 0:
        return True
    if sp.count_ops(difference) > 200:
        return None  # simplify only as a bounded last resort
    simplified = sp.simplify(difference)
    if simplified == 0:
        return True
    # Not zero after simplifying: confirm at a point (exact rationals, 50-digit evaluation).
    point = {symbol: sp.Rational(3 + 2 * i, 11 + 3 * i) for i, symbol in enumerate(builder.symbols.values())}
    value = simplified.subs(point).evalf(50)
    if value.is_number and abs(value) > sp.Float("1e-30"):
        return False
    return None
