"""sympy from the semantic model: identities decided symbolically, when numbers cannot decide them.

Expressions are built node by node through a fixed set of sympy constructors — never from a
string — with every chain-rule factor a positive symbol, so `expand_log` may split logs of
products. The checker uses it where evaluating under random stand-ins for the factors breaks
down (an overflow, a value too large for a float); sympy is imported only then.
"""

from __future__ import annotations

from typing import Any

from grader.maths import semantics as sm
from grader.maths.evaluate import Context, bare_probability, count_tokens, index_value, over_vocabulary
from grader.maths.terms import Key

MAX_NODES = 400
MAX_TERMS = 200
MAX_RATIONAL_DIGITS = 40


class TooComplex(Exception):
    """The expression is too large to hand to sympy within the grader's budget."""


class _Builder:
    def __init__(self, ctx: Context) -> None:
        import sympy

        self.sp = sympy
        self.ctx = ctx
        self.symbols: dict[Key, Any] = {}
        self.nodes = 0

    def factor(self, key: Key) -> Any:
        if key not in self.symbols:
            self.symbols[key] = self.sp.Symbol(f"F{len(self.symbols)}", positive=True)
        return self.symbols[key]

    def log(self, arg: Any, base: str | None) -> Any:
        base = base or self.ctx.log_base
        if base == "e":
            return self.sp.log(arg)
        return self.sp.log(arg) / self.sp.log(self.sp.Integer(int(base)))

    def build(self, e: sm.Expr, b: dict[str, int]) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise TooComplex("too many nodes")
        sp = self.sp
        if isinstance(e, sm.Num):
            if len(str(e.value.numerator)) + len(str(e.value.denominator)) > MAX_RATIONAL_DIGITS:
                raise TooComplex("a number too long")
            return sp.Rational(e.value.numerator, e.value.denominator)
        if isinstance(e, sm.EConst):
            return sp.E
        if isinstance(e, sm.Neg):
            return -self.build(e.arg, b)
        if isinstance(e, sm.BinOp):
            left, right = self.build(e.left, b), self.build(e.right, b)
            if e.op == "+":
                return sp.Add(left, right)
            if e.op == "-":
                return sp.Add(left, -right)
            if e.op == "*":
                return sp.Mul(left, right)
            if e.op == "/":
                if right == 0:
                    raise TooComplex("division by zero")
                return sp.Mul(left, sp.Pow(right, -1))
            if right.is_number and abs(right) > 64:
                raise TooComplex("an exponent too large")
            return sp.Pow(left, right)
        if isinstance(e, sm.Log):
            return self.log(self.build(e.arg, b), e.base)
        if isinstance(e, sm.Exp):
            return sp.exp(self.build(e.arg, b))
        if isinstance(e, sm.Root):
            degree = sp.Integer(2) if e.degree is None else self.build(e.degree, b)
            return sp.Pow(self.build(e.arg, b), 1 / degree)
        if isinstance(e, sm.Prob):
            resolved = self.ctx.resolve(e, b)
            return sp.Mul(*(self.factor(f.key) for f in resolved.factors))
        if isinstance(e, sm.PCond):
            return self.factor(("cond", index_value(e.index.lo, b, self.ctx.seq, e.span)))
        if isinstance(e, sm.Count):
            count = self.ctx.seq.model.count(count_tokens(e, b, self.ctx.seq))
            if count is None:
                raise TooComplex("no counts in this model")
            return sp.Integer(count)
        if isinstance(e, sm.Quantity):
            if len(b) == 1 and bare_probability(e):
                return self.factor(("cond", next(iter(b.values()))))
            return self.quantity(e)
        if isinstance(e, sm.Scalar):
            if e.name == "p" and len(b) == 1:
                return self.factor(("cond", next(iter(b.values()))))
            if e.name in self.ctx.definitions:
                return sp.nsimplify(self.ctx.definitions[e.name])
            if e.name in ("N", "n", "T", "|y|", "|w|"):
                return sp.Integer(self.ctx.seq.n)
            raise TooComplex(f"{e.name} has no value here")
        if isinstance(e, sm.BigOp):
            if over_vocabulary(e):
                raise TooComplex("a sum over the vocabulary")
            var = e.var or "i"
            lo = 1 if e.lower is None else index_value(e.lower, b, self.ctx.seq, e.span)
            hi = self.ctx.seq.n if e.upper is None else index_value(e.upper, b, self.ctx.seq, e.span)
            if hi - lo > MAX_TERMS:
                raise TooComplex("a sum with too many terms")
            terms = [self.build(e.body, {**b, var: i}) for i in range(lo, hi + 1)]
            return sp.Add(*terms) if e.kind == "sum" else sp.Mul(*terms)
        raise TooComplex(f"no sympy form for {type(e).__name__}")

    def quantity(self, e: sm.Quantity) -> Any:
        sp = self.sp
        name = self.ctx.ask if e.name == "asked" else e.name
        n = self.ctx.definitions.get("N", self.ctx.seq.n)
        logs = [self.log(self.factor(("cond", k)), None) for k in range(1, self.ctx.seq.n + 1)]
        total = sp.Add(*logs)
        if name == "log_likelihood":
            return total
        if name == "nll":
            return -total
        if name == "cross_entropy":
            return -total / sp.nsimplify(n)
        probability = sp.Mul(*(self.factor(("cond", k)) for k in range(1, self.ctx.seq.n + 1)))
        if name == "probability":
            return probability
        return sp.Pow(probability, -1 / sp.nsimplify(n))  # perplexity


def equal(a: sm.Expr, b: sm.Expr, ctx: Context) -> bool | None:
    """Are a and b the same expression in the chain-rule factors? None when sympy cannot say."""
    try:
        builder = _Builder(ctx)
        difference = builder.build(a, {}) - builder.build(b, {})
    except (TooComplex, OverflowError, ValueError, ZeroDivisionError):
        return None
    sp = builder.sp
    try:
        return _decide(sp, builder, difference)
    except (TypeError, ValueError, ArithmeticError, sp.SympifyError, sp.PolynomialError):
        return None  # sympy met something it cannot decide (a NaN, an undefined log)


def _decide(sp: Any, builder: _Builder, difference: Any) -> bool | None:
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
