"""sympy for cost answers: build expressions from the reader's model, and decide equivalence and growth.

Only this module builds sympy objects, through a whitelist (Integer, Rational, Symbol, Add, Mul,
Pow, factorial, binomial, summation, and log only as a step to a power: exp(n ln |V|) is built as
|V|^n), never from text. Sizes are bounded before any algebra so no step can
explode: at most MAX_DEGREE in any symbol, integer exponents within ±MAX_EXPONENT, symbolic exponents
only linear (|V|^n), factorials only of linear forms (|V|!, (|V|-n)!) or of whole numbers up to
MAX_FACTORIAL, sums only of polynomials in their index and nested at most MAX_SUMS deep (a sum whose
terms do not use its index is a product, and nests no deeper).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache

import sympy

from grader.cost.reader import Node

MAX_EXPONENT = 12
MAX_DEGREE = 16
MAX_SUMS = 2
MAX_FACTORIAL = 100
MAX_NUMBER_DIGITS = 2000  # a number to a whole power (10^47, 50000^20) in an example
POINTS = 4  # random integer points for the fallback comparison
_SIZES = "nmkdLhV"  # the letters a cost problem may define (grader/cost/forms.py ROLES)
_LETTERS = _SIZES + "ijt"


class Unbuildable(Exception):
    """An expression the grader will not evaluate (too large, or outside what costs are made of)."""


@cache
def symbol(name: str) -> sympy.Symbol:
    """The one sympy symbol for a letter: positive integers, as sizes are."""
    return sympy.Symbol(name, positive=True, integer=True)


def _bernoulli(count: int) -> list[Fraction]:
    """B_0 … B_count with B_1 = +1/2 (the convention of Faulhaber's formula below)."""
    b = [Fraction(1)]
    for n in range(1, count + 1):
        b.append(1 - sum(Fraction(math.comb(n, j), n - j + 1) * b[j] for j in range(n)))
    return b


@cache
def _faulhaber(p: int) -> sympy.Expr:
    """Σ_{i=1}^{x} i^p as a polynomial in the placeholder x (no sympy.summation: it is slow)."""
    x = sympy.Symbol("x")
    b = _bernoulli(p)
    terms = [
        sympy.Rational(math.comb(p + 1, j)) * sympy.Rational(b[j]) * x ** (p + 1 - j) for j in range(p + 1)
    ]
    return sympy.expand(sympy.Add(*terms) / (p + 1))


def power_sum(body: sympy.Expr, index: sympy.Symbol, lower: sympy.Expr, upper: sympy.Expr) -> sympy.Expr:
    """Σ_{index=lower}^{upper} body for a body polynomial in the index, by Faulhaber's formula."""
    x = sympy.Symbol("x")
    poly = sympy.Poly(sympy.expand(body), index)
    total = sympy.Integer(0)
    for (p,), coefficient in poly.terms():
        f = _faulhaber(p)
        total += coefficient * (f.xreplace({x: upper}) - f.xreplace({x: lower - 1}))
    return sympy.expand(total)


@dataclass(frozen=True)
class Built:
    value: sympy.Expr
    big_o: bool


def _linear(expr: sympy.Expr) -> bool:
    """An exponent or a sum's bound: a polynomial of degree at most 1 with small coefficients."""
    if not expr.free_symbols:
        return expr.is_Integer and abs(int(expr)) <= 10**6
    poly = sympy.Poly(expr, *sorted(expr.free_symbols, key=str)) if expr.is_polynomial() else None
    return (
        poly is not None
        and poly.total_degree() <= 1
        and all(c.is_Integer and abs(int(c)) <= 1000 for c in poly.coeffs())
    )


def _build(node: Node, depth: int) -> sympy.Expr:
    op, args = node.op, node.args
    if op == "num":
        return sympy.Rational(Fraction(node.text))
    if op == "sym":
        return symbol(node.text)
    if op == "big_o":
        return _build(args[0], depth)
    if op == "neg":
        return -_build(args[0], depth)
    if op == "sum":
        return _sum(node, depth)
    if op == "factorial":
        return _factorial(_build(args[0], depth))
    if op == "binom":
        return _binomial(_build(args[0], depth), _build(args[1], depth))
    if op == "fn":
        return _function(node.text, _build(args[0], depth)) if args else _unapplied(node.text)
    if op == "e":
        raise Unbuildable("Euler's number e outside e^(…)")
    a, b = _build(args[0], depth), _build(args[1], depth)
    if op == "add":
        out = a + b
    elif op == "sub":
        out = a - b
    elif op == "mul":
        out = a * b
    elif op == "div":
        if b == 0:
            raise Unbuildable("a division by zero")
        out = a / b
    else:  # pow
        out = _power(a, b)
    return out


def _digits(number: sympy.Rational) -> int:
    """How many digits its numerator or denominator has (at least 1)."""
    return max(len(str(abs(number.p))), len(str(number.q)))


def _power(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    if exponent.is_Integer and base.is_Rational and _digits(base) * abs(int(exponent)) <= MAX_NUMBER_DIGITS:
        return base**exponent  # 10^47, 50000^20 in an example: a number of at most MAX_NUMBER_DIGITS digits
    if exponent.is_Integer:
        if abs(int(exponent)) > MAX_EXPONENT and (base.free_symbols or abs(base) > 1):
            raise Unbuildable(f"an exponent beyond ±{MAX_EXPONENT}")
        return base**exponent
    if exponent.is_Rational:
        raise Unbuildable("a fractional exponent")
    if not _linear(exponent) or not (base.is_Symbol or (base.is_Integer and 1 < base <= 1000)):
        raise Unbuildable("a symbolic exponent other than |V|^n or 2^n")
    return base**exponent


def _factorial(arg: sympy.Expr) -> sympy.Expr:
    if arg.is_Integer and not 0 <= int(arg) <= MAX_FACTORIAL:
        raise Unbuildable(f"a factorial of a whole number outside 0 … {MAX_FACTORIAL}")
    if not arg.is_Integer and not _linear(arg):
        raise Unbuildable("a factorial of something other than a size such as |V| or |V| - n")
    return sympy.factorial(arg)


def _unapplied(name: str) -> sympy.Expr:
    raise Unbuildable(f"{name} with nothing to apply it to")


def _function(name: str, arg: sympy.Expr) -> sympy.Expr:
    """ln of a size or a whole number (kept as sympy's log until an exp takes it), or exp of a sum of
    multiples of such logs, turned into powers (exp(n ln |V|) = |V|^n); any other use is refused."""
    if name == "ln":
        if (arg.is_Integer and 1 < arg <= 1000) or arg.is_Symbol:
            return sympy.log(arg)
        raise Unbuildable("a logarithm of something other than a size or a whole number")
    out = sympy.Integer(1)
    for term in sympy.Add.make_args(sympy.expand(arg)):
        logs = [f for f in sympy.Mul.make_args(term) if isinstance(f, sympy.log)]
        if len(logs) != 1:
            raise Unbuildable("exp of something other than a multiple of a logarithm (exp(n ln |V|))")
        out *= _power(logs[0].args[0], sympy.cancel(term / logs[0]))
    return out


def _binomial(top: sympy.Expr, bottom: sympy.Expr) -> sympy.Expr:
    """C(top, bottom): a polynomial in top for a whole-number bottom (C(i+1, 2) = (i+1)i/2), else
    factorials of linear forms."""
    if bottom.is_Integer and 0 <= int(bottom) <= MAX_DEGREE:
        return sympy.Mul(*(top - j for j in range(int(bottom)))) / math.factorial(int(bottom))
    return _factorial(top) / (_factorial(bottom) * _factorial(top - bottom))


def _uses_letter(node: Node, letter: str) -> bool:
    return (node.op == "sym" and node.text == letter) or any(_uses_letter(a, letter) for a in node.args)


def _sized(node: Node) -> bool:
    """Made of numbers and the problem's sizes only (no sum's index)."""
    return (node.op != "sym" or node.text in _SIZES) and all(_sized(a) for a in node.args)


def _sum(node: Node, depth: int) -> sympy.Expr:
    lower_node, upper_node, body_node = node.args
    # Σ_{ℓ=1}^{L} X with no ℓ in X and bounds in the sizes is L·X, a product: it nests no deeper (Σ
    # over layers and heads); Σ_{t=1}^{j} 1 under a sum over j is j, a sum of that sum
    repeated = not _uses_letter(body_node, node.text) and all(
        _sized(bound) for bound in (lower_node, upper_node)
    )
    if depth >= MAX_SUMS and not repeated:
        raise Unbuildable(f"sums nested more than {MAX_SUMS} deep")
    index = symbol(node.text)
    lower, upper = _build(lower_node, depth), _build(upper_node, depth)
    if index in lower.free_symbols | upper.free_symbols or not (_linear(lower) and _linear(upper)):
        raise Unbuildable("a sum's bounds must be whole numbers or sizes such as n, n-1, m+n")
    body = sympy.expand(_build(body_node, depth if repeated else depth + 1))
    if not body.is_polynomial(index):
        raise Unbuildable(f"a sum whose terms are not a polynomial in {index}")
    return power_sum(body, index, lower, upper)


def _degree(node: Node) -> int:
    """An upper bound on the expression's degree, from its shape alone (checked before any algebra)."""
    op, args = node.op, node.args
    if op == "num":
        return 0
    if op == "sym":
        return 1
    if op in ("add", "sub"):
        return max(_degree(args[0]), _degree(args[1]))
    if op in ("mul", "div"):
        return _degree(args[0]) + _degree(args[1])
    if op == "pow":
        exponent = args[1].args[0] if args[1].op == "neg" else args[1]
        power = int(exponent.text) if exponent.op == "num" and exponent.text.isdigit() else 1
        return _degree(args[0]) * min(power, 10**6)
    if op == "sum":
        return _degree(args[2]) + max(_degree(args[0]), _degree(args[1]), 1)
    if op == "binom":
        k = args[1]
        return _degree(args[0]) * (int(k.text) if k.op == "num" and k.text.isdigit() else 1)
    return _degree(args[0]) if args else 0  # an unapplied ln, or e: refused when built


def build(node: Node) -> Built:
    """The sympy value of an expression (inside O(…) for a big-O), or Unbuildable."""
    if _degree(node) > MAX_DEGREE:
        raise Unbuildable(f"a degree above {MAX_DEGREE}")
    try:
        value = _build(node, 0)
    except (ZeroDivisionError, ValueError, TypeError, sympy.PolynomialError) as err:
        raise Unbuildable(f"cannot evaluate ({type(err).__name__})") from None
    if value.has(sympy.log):
        raise Unbuildable("a logarithm outside exp(…): a count has none")
    return Built(value, _has_big_o(node))


def _has_big_o(node: Node) -> bool:
    return node.op == "big_o" or any(_has_big_o(a) for a in node.args)


@lru_cache(maxsize=1024)
def _fingerprint(expr: sympy.Expr) -> tuple[sympy.Expr, ...]:
    """The expression's values at two fixed random points: different values mean different forms."""
    rng = random.Random(20261130)
    points = [{symbol(c): sympy.Integer(rng.randint(3, 40)) for c in _LETTERS} for _ in range(2)]
    return tuple(expr.xreplace(point) for point in points)


def _points(symbols: list[sympy.Symbol], count: int) -> list[dict[sympy.Symbol, sympy.Integer]]:
    rng = random.Random(20261130)
    return [{s: sympy.Integer(rng.randint(3, 10**4)) for s in symbols} for _ in range(count)]


@lru_cache(maxsize=1024)
def same_value(a: sympy.Expr, b: sympy.Expr) -> bool:
    """a ≡ b as functions of the sizes: expanded difference zero, else agreement at random points."""
    if _fingerprint(a) != _fingerprint(b):
        return False  # they differ somewhere: no algebra needed
    difference = sympy.expand(a - b)
    if difference == 0:
        return True
    symbols = sorted(difference.free_symbols, key=str)
    if not symbols or difference.is_polynomial(*symbols):
        return False  # an expanded polynomial is zero only when written as 0
    return all(a.xreplace(point) - b.xreplace(point) == 0 for point in _points(symbols, POINTS))


def _maximal_monomials(expr: sympy.Expr, growing: list[sympy.Symbol]) -> frozenset[tuple[int, ...]] | None:
    """The monomials no other monomial of the polynomial dominates: its leading growth."""
    expr = sympy.expand(expr)
    if expr == 0:
        return frozenset()
    if not growing:
        return frozenset({()})
    if not expr.is_polynomial(*growing):
        return None
    poly = sympy.Poly(expr, *growing)
    monomials = [m for m, c in poly.terms() if c != 0]
    top = {m for m in monomials if not any(o != m and all(x >= y for x, y in zip(o, m)) for o in monomials)}
    if any(poly.coeff_monomial(m) < 0 for m in top):
        return None  # a negative leading term is no count's growth
    return frozenset(top)


@lru_cache(maxsize=1024)
def _growth(expr: sympy.Expr, constants: frozenset[str]) -> frozenset[tuple[int, ...]] | None:
    """The maximal monomials over every letter, the constants fixed at 1 (None: not a polynomial)."""
    fixed = {s: 1 for s in expr.free_symbols if s.name in constants}
    growing = [symbol(c) for c in _LETTERS if c not in constants]
    return _maximal_monomials(expr.xreplace(fixed), growing)


def same_growth(a: sympy.Expr, b: sympy.Expr, constants: frozenset[str]) -> bool | None:
    """Θ(a) = Θ(b) with the `constants` fixed and every other size growing; None if undecidable."""
    ta, tb = _growth(a, constants), _growth(b, constants)
    if ta is not None and tb is not None:
        return ta == tb
    polynomial = [e.is_polynomial(*e.free_symbols) for e in (a, b)]
    if all(polynomial):
        return False  # a negative leading term: no count grows like that
    ratio = sympy.cancel(a / b) if b != 0 else None
    if ratio is not None and not ratio.free_symbols:
        return bool(ratio > 0)
    return None


def degree_in(expr: sympy.Expr, name: str) -> int | None:
    """The degree in one size (None when the expression is not a polynomial in it)."""
    s = symbol(name)
    expr = sympy.expand(expr)
    if s not in expr.free_symbols:
        return 0
    if not expr.is_polynomial(s):
        return None
    return int(sympy.degree(expr, s))


def leading(expr: sympy.Expr, constants: frozenset[str]) -> sympy.Expr:
    """The growth of a count as a sum of its maximal monomials (coefficients dropped), for Θ(…)."""
    fixed = {s: 1 for s in expr.free_symbols if s.name in constants}
    expr = sympy.expand(expr.xreplace(fixed))
    growing = sorted(expr.free_symbols, key=str)
    top = _maximal_monomials(expr, growing)
    if top is None or not growing:
        return expr
    return sympy.Add(*(sympy.Mul(*(s**e for s, e in zip(growing, m))) for m in sorted(top, reverse=True)))
