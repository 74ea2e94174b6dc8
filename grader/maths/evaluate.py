"""Numbers from the semantic model: under the model's values, or under random stand-ins.

Evaluating under several random assignments of the chain-rule factors decides whether two
expressions are the same function of the model's conditionals (an identity) without sympy;
evaluating under the model's own values decides substitutions and arithmetic.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import re
import zlib
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from grader.maths import semantics as sm
from grader.maths.estimators import LABELS, estimate_named
from grader.maths.memory import Memory
from grader.maths.structure import significant
from grader.maths.terms import Factor, Issue, Key, ResolvedTerm, Sequence, Unresolved, index_value, resolve
from grader.reference import LanguageModel
from grader.reference.quantities import LN_BASE

MAX_TERMS = 2000  # unrolled factors of sums and products in one expression
MAX_TOTAL_TERMS = 10_000  # terms of all sums and products of an expression, nested ones multiplied
MAX_EXPONENT = 1e4

T = TypeVar("T")  # what a backend computes with: float, or a sympy expression


class Undefined(Exception):
    """The expression has no value here (a term the model does not define, log of 0, overflow)."""

    def __init__(self, reason: str, span: sm.Span | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.span = span


class Values:
    """Where the numbers for factors and counts come from."""

    memory: Memory | None = None  # the student's own values, where these values follow them
    pure = False  # True: the model's own values only, ignoring what the student stated

    def factor(self, key: Key) -> float | None:
        raise NotImplementedError

    def count(self, tokens: tuple[str, ...]) -> float | None:
        raise NotImplementedError


class ModelValues(Values):
    """The model's values (facts), except where the student stated their own (memory: error carried
    forward)."""

    def __init__(self, seq: Sequence, ln_probs: tuple[float, ...], memory: Memory | None = None) -> None:
        self.seq = seq
        self.ln_probs = ln_probs
        self.memory = Memory() if memory is None else memory
        self.pure = False

    def remember(self, expr: sm.Expr, value: float, ctx: Context, width: float = 0.0) -> None:
        """Record `expr = value` as the student's own: a single factor, or a named quantity; `width`: how far
        the value may be from the one they worked with, at the precision they wrote it."""
        log_base = None
        if isinstance(expr, sm.Log):
            log_base, expr = ctx.base(expr), expr.arg
        if isinstance(expr, sm.Prob):
            try:
                resolved = ctx.resolve(expr, {})
            except Unresolved:
                return
            try:
                p = math.exp(value * LN_BASE[log_base]) if log_base else value
            except OverflowError:
                return
            if p <= 0 or not math.isfinite(p):
                return
            if len(resolved.factors) == 1:
                key = resolved.factors[0].key
                self.memory.stated[key] = p  # even a marginal: the student's own number
                self.memory.stated_width.pop(key, None)
                if width:
                    self.memory.stated_width[key] = p * width * LN_BASE[log_base] if log_base else width
            elif len(resolved.factors) > 1:
                keys = tuple(f.key for f in resolved.factors)
                self.memory.stated_joint[keys] = p
                if keys == tuple(("cond", k) for k in range(1, ctx.seq.n + 1)):
                    self.memory.stated_sum_ln = math.log(p)  # the whole sequence: named quantities follow it
            return
        if isinstance(expr, sm.Count):  # C(am) = 3: the student's own count
            with contextlib.suppress(Unresolved):
                self.memory.stated_counts[count_tokens(expr, {}, ctx.seq)] = value
            return
        if isinstance(expr, sm.Quantity):
            name = ctx.ask if expr.name == "asked" else expr.name
            if log_base is not None:
                if name != "probability":
                    return
                name, value = "log_likelihood", value * LN_BASE[log_base] / LN_BASE[ctx.log_base]
            n = next(
                (ctx.memory.definitions[k] for k in ("N", "n", "T") if k in ctx.memory.definitions), ctx.seq.n
            )
            ln_b = LN_BASE[ctx.log_base]
            with contextlib.suppress(ValueError, KeyError, OverflowError):
                self.memory.stated_sum_ln = {
                    "log_likelihood": lambda: value * ln_b,
                    "probability": lambda: math.log(value),
                    "nll": lambda: -value * ln_b,
                    "cross_entropy": lambda: -value * n * ln_b,
                    "perplexity": lambda: -n * math.log(value),
                }[name]()

    def factor(self, key: Key) -> float | None:
        if key in self.memory.stated and not self.pure:
            return self.memory.stated[key]
        if key[0] == "cond":
            return math.exp(self.ln_probs[key[1] - 1])
        if key[0] == "lit":
            words, context = key[1], key[2]
            if len(words) != 1:
                return None
            p = self.seq.model.prob(words[0], tuple(context))
            return None if p is None else float(p)
        if key[0] == "est":
            return self._estimate(key[1], key[2])
        return None

    def _estimate(self, name: str, key: Key) -> float | None:
        """A factor under the estimate `name` (from the student's own model where their definitions made
        one): the conditional of position k, or a written one; a marginal only where the estimate reads no
        history (the unigram)."""
        model = (self.memory.model or self.seq.model).estimate(name)
        if model is None:
            return None
        if key[0] in ("cond", "marg") and (key[0] == "cond" or name == "unigram"):
            k = key[1]
            p = model.prob(self.seq.y[k - 1], (*self.seq.x_tokens, *self.seq.y[: k - 1]))
        elif key[0] == "lit" and len(key[1]) == 1:
            p = model.prob(key[1][0], tuple(key[2]))
        else:
            return None
        return None if p is None else float(p)

    def count(self, tokens: tuple[str, ...]) -> float | None:
        if tokens in self.memory.stated_counts and not self.pure:
            return self.memory.stated_counts[tokens]
        c = self.seq.model.count(tokens)
        return None if c is None else float(c)


class UsedValues(Values):
    """Other values, noting the factors an evaluation asks them for."""

    def __init__(self, values: Values) -> None:
        self.values = values
        self.memory = values.memory
        self.pure = values.pure
        self.used: set[Key] = set()

    def factor(self, key: Key) -> float | None:
        self.used.add(key)
        return self.values.factor(key)

    def count(self, tokens: tuple[str, ...]) -> float | None:
        return self.values.count(tokens)


class RandomValues(Values):
    """Stand-ins in (0.05, 0.95) for every factor; counts keep the model's values."""

    def __init__(self, seed: int, model_values: ModelValues) -> None:
        self.seed = seed
        self.model_values = model_values

    def factor(self, key: Key) -> float | None:
        h = zlib.crc32(repr((self.seed, key)).encode())
        return 0.05 + 0.9 * (h / 0xFFFFFFFF)

    def count(self, tokens: tuple[str, ...]) -> float | None:
        return self.model_values.count(tokens)


class OwnFactors(Values):
    """Other values with every factor named by an estimate (P_{MLE}(am | I)) read as the model's own factor."""

    def __init__(self, values: Values) -> None:
        self.values = values

    def factor(self, key: Key) -> float | None:
        return self.values.factor(key[2] if key[0] == "est" else key)

    def count(self, tokens: tuple[str, ...]) -> float | None:
        return self.values.count(tokens)


def named_estimate(term: sm.Prob) -> str:
    """The estimate a term's subscript names ("mle", …), for a term whose factors are ("est", name, …)."""
    return estimate_named(term.estimator or "") or ""


def is_lg(log: sm.Log) -> bool:
    """Is this log written `lg` (base 2 in computer science, base 10 in the ISO convention)?"""
    return log.base is None and log.written.lstrip("\\").startswith("lg")


@dataclass
class Context:
    """What evaluation needs besides the values: the problem's facts and the student's memory."""

    seq: Sequence
    ask: str
    log_base: str
    memory: Memory = field(default_factory=Memory)  # the names the student defined, among their values
    bare_p_asked: bool = False  # read a bare `P =` as the quantity asked, not the probability
    issues: dict[tuple, Issue] = field(default_factory=dict)  # per-term problems, first seen
    issue_terms: dict[sm.Span, sm.Prob] = field(default_factory=dict)  # the term each issue is about
    # terms named by an estimate the model does not have (P_{foo}, P_uni in an add-one problem): read as the
    # model's own P, the word kept, so a step they fail is a warning, never a charge
    unknown_estimators: dict[sm.Span, str] = field(default_factory=dict)
    # what each term resolved to, by the term's id and the bindings; the term is kept with it, alive, so no
    # other term built later (a rule's letters bound to tokens) can take its id and be read as it
    _resolved: dict[tuple, tuple[sm.Prob, ResolvedTerm]] = field(default_factory=dict)

    def base(self, log: sm.Log) -> str:
        """The base a log stands for: its own, else the student's for an unmarked log, else the problem's;
        `lg` is base 10 or 2 by convention, as the student's own numbers show (Memory.lg_base)."""
        if log.base:
            return log.base
        if is_lg(log):
            return self.memory.lg_base or "2"
        return self.memory.log_base or self.log_base

    def resolve(self, term: sm.Prob, bindings: dict[str, int]) -> ResolvedTerm:
        cache_key = (id(term), tuple(sorted(bindings.items())))
        hit = self._resolved.get(cache_key)
        found = hit[1] if hit is not None and hit[0] is term else None
        if found is None:
            found = self._estimated(term, resolve(term, bindings, self.seq))
            self._resolved[cache_key] = (term, found)
            for issue in found.issues:
                self.issue_terms[issue.span] = term
            for issue in found.issues:
                self.issues.setdefault((issue.code, issue.span), issue)
        return found

    def _estimated(self, term: sm.Prob, found: ResolvedTerm) -> ResolvedTerm:
        """A term named by an estimate (P_{MLE}(am | I)): the model's own estimate keeps its factors; another
        the model has gets factors of that estimate, ("est", name, factor), valued by ModelValues."""
        if term.estimator is None:
            return found
        name = estimate_named(term.estimator)
        if name == "mle":  # P_ML(w) in an interpolated bigram: the unigram MLE, the component it names
            name = _component(term, self.seq.model) or name
        model = self.seq.model.estimate(name) if name is not None else None
        # P_uni(am) reads no history, so none is dropped; nor can one be shown dropped from an estimate unknown
        issues = found.issues
        if name == "unigram" or model is None:
            issues = tuple(i for i in issues if i.code != "dropped-conditioning")
        if model is None:
            self.unknown_estimators[term.span] = term.estimator
            return dataclasses.replace(found, issues=issues)
        if model is self.seq.model:
            return found
        label = LABELS[name]  # type: ignore[index]
        return dataclasses.replace(
            found,
            issues=issues,
            factors=tuple(
                Factor(("est", name, f.key), written=f"{f.text} under {label}") for f in found.factors
            ),
        )


def _component(term: sm.Prob, model: LanguageModel) -> str | None:
    """The m-gram estimate an MLE term with less history than the model reads names where the model has it as
    a component (P_ML(w_i) in an interpolated bigram is C(w_i)/N): its history's length plus one."""
    history = len(term.given or ())
    if model.window is None or history >= model.window or history > 2:
        return None
    if any(isinstance(e, sm.Ellipsis_) for e in term.given or ()):
        return None
    name = ("unigram", "bigram", "trigram")[history]
    return name if model.estimate(name) is not None else None


def too_many_terms(expr: sm.Expr) -> sm.BigOp | None:
    """The sum or product at which an expression unrolls to more than MAX_TOTAL_TERMS terms in
    all (nested ranges multiply), read from its bounds before anything is computed; or None."""
    total = 0
    stack: list[tuple[sm.Expr, dict[str, tuple[int, int]], int]] = [(expr, {}, 1)]
    while stack:
        node, ranges, outer = stack.pop()
        if isinstance(node, sm.BigOp):
            lo = _bound_range(node.lower, ranges, 1)
            hi = _bound_range(node.upper, ranges, 1)
            count = outer * max(1, hi[1] - lo[0] + 1)
            total += count
            if total > MAX_TOTAL_TERMS:
                return node
            stack.append((node.body, {**ranges, node.var or "i": (lo[0], hi[1])}, count))
        else:
            stack.extend((child, ranges, outer) for child in sm.children(node))
    return None


def _bound_range(idx: sm.Idx | None, ranges: dict[str, tuple[int, int]], default: int) -> tuple[int, int]:
    """The least and greatest value a bound can take: an enclosing index's range, n taken as small."""
    if idx is None:
        return (default, default)
    low, high = ranges.get(idx.symbol, (0, 0)) if idx.symbol is not None else (0, 0)
    return (low + idx.offset, high + idx.offset)


def literal_tolerance(num: sm.Num, approx: bool) -> float:
    """How far the exact value may be from what is written, at the precision written: half a unit of its
    last digit (a unit after ≈), and a whole unit where five or more significant figures are written: a
    calculator's digits, worked from inputs it held unrounded, may differ there by one."""
    if num.decimals is None:
        return 0.5 if approx else 0.0
    unit = 10.0 ** (-num.decimals)
    calculator = significant(num) >= 5
    return unit if approx or calculator else 0.55 * unit


def evaluate(
    expr: sm.Expr,
    ctx: Context,
    values: Values,
    bindings: dict[str, int] | None = None,
    nudge: dict[int, float] | None = None,
) -> float:
    """The value of an expression; `nudge` shifts chosen literals and logits (by id) to measure rounding."""
    return FloatInterpreter(ctx, values, nudge or {}).value(expr, bindings or {})


class Interpreter(Generic[T]):
    """The one reading of the semantic model's meaning: what each node stands for (a chain-rule factor,
    a count, a student's own name, a sum unrolled over positions), in the arithmetic of a backend
    (floats under the model's values or random stand-ins; sympy, in grader.maths.algebra). A backend
    gives the arithmetic and the leaves; everything else is decided here, once for all backends."""

    max_terms = MAX_TERMS  # unrolled terms of one sum or product

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.budget = MAX_TERMS  # chain-rule factors in one expression
        self.work = MAX_TOTAL_TERMS  # terms of sums and products unrolled, nested ones included

    # ---- what a backend gives -------------------------------------------------------------------
    def number(self, e: sm.Num) -> T:
        raise NotImplementedError

    def known(self, v: float) -> T:  # a value the problem fixes: a count, a length, a logit, a definition
        raise NotImplementedError

    def e_const(self) -> T:
        raise NotImplementedError

    def neg(self, a: T) -> T:
        raise NotImplementedError

    def binop(self, op: str, a: T, b: T, span: sm.Span) -> T:
        raise NotImplementedError

    def log(self, a: T, base: str, span: sm.Span) -> T:
        raise NotImplementedError

    def exp(self, a: T, span: sm.Span) -> T:
        raise NotImplementedError

    def root(self, a: T, degree: T | None, span: sm.Span) -> T:
        raise NotImplementedError

    def leaf_factor(self, key: Key, span: sm.Span) -> T:
        raise NotImplementedError

    def count(self, tokens: tuple[str, ...], span: sm.Span) -> T:
        raise NotImplementedError

    def whole(self, name: str, base: str, n: float, span: sm.Span) -> T:  # a named quantity of all of y
        raise NotImplementedError

    def checked(self, v: T, e: sm.Expr) -> T:  # the value of a node, refused where it is no real number
        return v

    # ---- the meaning of each node ---------------------------------------------------------------
    def value(self, e: sm.Expr, b: dict[str, int]) -> T:
        try:
            v = self._value(e, b)
        except OverflowError:
            raise Undefined("a number too large to compute", e.span) from None
        except ZeroDivisionError:
            raise Undefined("a division by zero", e.span) from None
        return self.checked(v, e)

    def _value(self, e: sm.Expr, b: dict[str, int]) -> T:
        if isinstance(e, sm.Num):
            return self.number(e)
        if isinstance(e, sm.EConst):
            return self.e_const()
        if isinstance(e, sm.Neg):
            return self.neg(self.value(e.arg, b))
        if isinstance(e, sm.BinOp):
            left = self.value(e.left, b)
            right = self._exponent_in_base(e) if e.op == "^" else None
            right = self.value(e.right, b) if right is None else right
            return self.binop(e.op, left, right, e.span)
        if isinstance(e, sm.Log):
            return self.log(self.value(e.arg, b), self.ctx.base(e), e.span)
        if isinstance(e, sm.Exp):
            return self.exp(self.value(e.arg, b), e.span)
        if isinstance(e, sm.Root):
            arg = self.value(e.arg, b)
            return self.root(arg, None if e.degree is None else self.value(e.degree, b), e.span)
        if isinstance(e, sm.Prob):
            return self.prob(self.ctx.resolve(e, b), e.span)
        if isinstance(e, sm.PCond):
            k = index_value(e.index.lo, b, self.ctx.seq, e.span)
            if not 1 <= k <= self.ctx.seq.n:
                raise Unresolved(
                    f"p_{k} does not exist: y has {self.ctx.seq.n} tokens", e.span, past_end=True
                )
            return self.factor(("cond", k), e.span)
        if isinstance(e, sm.Count):
            letters = [
                ev.name
                for ev in e.events
                if isinstance(ev, sm.VarRef) and ev.name in ("w", "y") and ev.index is None
            ]
            if letters and self.ctx.seq.n > 1:  # c(w) in P_uni(w) = c(w)/N: a word's count, not all of y's
                raise Unresolved(f"C({letters[0]}) is a general formula", e.span, code="generic")
            tokens = count_tokens(e, b, self.ctx.seq)
            known = set(self.ctx.seq.model.vocabulary) | {"<s>"}
            unknown = [t for t in tokens if known and t not in known]
            if unknown and all(len(t.rstrip("'")) == 1 and t[0].islower() for t in unknown):
                raise Unresolved(f"C({' '.join(tokens)}) is a general formula", e.span, code="generic")
            if unknown:
                raise Unresolved(f"{unknown[0]!r} is not a word of the corpus", e.span)
            return self.count(tokens, e.span)
        if isinstance(e, sm.Quantity):
            if b and len(b) == 1 and bare_probability(e):  # Σ ln Pr: the model's p_i inside a sum
                return self.factor(("cond", next(iter(b.values()))), e.span)
            return self.quantity(e)
        if isinstance(e, sm.Scalar):
            return self.scalar(e, b)
        if isinstance(e, sm.BigOp):
            return self.bigop(e, b)
        if isinstance(e, sm.Logit):
            return self.logit_value(e)
        raise AssertionError(type(e))

    def logit_value(self, e: sm.Logit) -> T:
        return self.known(self.logit(e))

    def factor(self, key: Key, span: sm.Span) -> T:
        self.budget -= 1
        if self.budget < 0:
            raise Undefined("too many terms to expand", span)
        return self.leaf_factor(key, span)

    def prob(self, resolved: ResolvedTerm, span: sm.Span) -> T:
        return self._fold("*", [self.factor(f.key, span) for f in resolved.factors], span)

    def _fold(self, op: str, items: list[T], span: sm.Span) -> T:
        if not items:
            return self.known(0.0 if op == "+" else 1.0)
        out = items[0]
        for item in items[1:]:
            out = self.binop(op, out, item, span)
        return out

    def logit(self, e: sm.Logit) -> float:
        seq = self.ctx.seq
        logits = seq.model.logits
        if not seq.model.has_logits:
            raise Unresolved(f"z_{e.token}: this model has no logits", e.span)
        positions = [k for k in range(1, seq.n + 1) if seq.y[k - 1] == e.token]
        if not positions and len(e.token) == 1 and e.token.islower():
            raise Unresolved(f"z_{e.token} is a general formula", e.span, code="generic")
        if not positions:
            raise Unresolved(f"{e.token!r} is not a token of y, so z_{e.token} has no place", e.span)
        k = positions[0]
        scores = logits(tuple(seq.model.context_for(seq.y[: k - 1])))
        if not scores or e.token not in scores:
            raise Unresolved(f"the model gives no logit for {e.token!r}", e.span)
        return float(scores[e.token])

    def _exponent_in_base(self, e: sm.BinOp) -> T | None:
        """2^H, 10^{-LL/N}: an entropy or log-likelihood named as the exponent of 2 or 10 is taken in
        that base (PP = 2^H with H in bits is a valid convention), whatever the problem's own base."""
        if not (isinstance(e.left, sm.Num) and e.left.value in (2, 10)):
            return None
        inner, negated = (e.right.arg, True) if isinstance(e.right, sm.Neg) else (e.right, False)
        if not isinstance(inner, sm.Quantity) or inner.name not in ("cross_entropy", "nll", "log_likelihood"):
            return None
        q = self.quantity(inner, base=str(int(e.left.value)))
        return self.neg(q) if negated else q

    def quantity(self, e: sm.Quantity, base: str | None = None) -> T:
        base = base or self.ctx.log_base
        token = _one_token(e.args)
        k = next((k for k in range(1, self.ctx.seq.n + 1) if self.ctx.seq.y[k - 1] == token), None)
        if k is not None:  # NLL(the): the quantity of one token of y (PP(T) names the whole text)
            p = self.factor(("cond", k), e.span)
            name = self.ctx.ask if e.name == "asked" else e.name
            if name in ("log_likelihood", "nll", "cross_entropy"):
                value = self.log(p, base, e.span)
                return self.neg(value) if name != "log_likelihood" else value
            if name == "perplexity":
                return self.binop("/", self.known(1.0), p, e.span)
            return p
        name = (
            self.ctx.ask
            if e.name == "asked" or (self.ctx.bare_p_asked and e.written in ("P", "Pr"))
            else e.name
        )
        # A student's own N (right or wrong) is used, so later steps are judged from it.
        n = next(
            (self.ctx.memory.definitions[k] for k in ("N", "n", "T") if k in self.ctx.memory.definitions),
            self.ctx.seq.n,
        )
        return self.whole(name, base, n, e.span)

    def scalar(self, e: sm.Scalar, b: dict[str, int] | None = None) -> T:
        if e.name == "p" and b and len(b) == 1:  # Σ ln p: the model's p_i inside a sum
            return self.factor(("cond", next(iter(b.values()))), e.span)
        if e.name in self.ctx.memory.definitions:
            return self.known(self.ctx.memory.definitions[e.name])
        if e.name in ("N", "n", "T", "|y|", "|w|"):
            return self.known(float(self.ctx.seq.n))
        if e.name in ("V", "|V|"):
            size = self.ctx.seq.model.vocabulary_size
            if size:
                return self.known(float(size))
        raise Unresolved(f"{e.name} is not defined in this problem", e.span)

    def bigop(self, e: sm.BigOp, b: dict[str, int]) -> T:
        if over_vocabulary(e):
            raise Unresolved("a sum over the vocabulary is a rule about the model", e.span, code="generic")
        # `sum([-0.7 -0.4])`, `Σ(-0.7 - 0.4)`: no index, numbers only: the sum of what it lists, once
        if e.var is None and e.lower is None and e.upper is None and _numbers_only(e.body):
            return self.value(e.body, b)
        var = e.var or "i"
        lo = 1 if e.lower is None else index_value(e.lower, b, self.ctx.seq, e.span)
        hi = self.ctx.seq.n if e.upper is None else index_value(e.upper, b, self.ctx.seq, e.span)
        if hi - lo > self.max_terms:
            raise Undefined("a sum or product with too many terms", e.span)
        self.work -= max(0, hi - lo + 1)
        if self.work < 0:
            raise Undefined("sums or products with too many terms in all", e.span)
        op = "+" if e.kind == "sum" else "*"
        return self._fold(op, [self.value(e.body, {**b, var: i}) for i in range(lo, hi + 1)], e.span)


class FloatInterpreter(Interpreter[float]):
    """Floats, under the model's values or random stand-ins (`values`)."""

    def __init__(self, ctx: Context, values: Values, nudge: dict[int, float]) -> None:
        super().__init__(ctx)
        self.values = values
        self.nudge = nudge

    def number(self, e: sm.Num) -> float:
        return float(e.value) + self.nudge.get(id(e), 0.0)

    def logit_value(self, e: sm.Logit) -> float:
        return self.logit(e) + self.nudge.get(id(e), 0.0)

    def known(self, v: float) -> float:
        return float(v)

    def e_const(self) -> float:
        return math.e

    def neg(self, a: float) -> float:
        return -a

    def binop(self, op: str, a: float, b: float, span: sm.Span) -> float:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b
        if abs(b) > MAX_EXPONENT:
            raise Undefined("an exponent too large to compute", span)
        if a < 0 and b != int(b):
            raise Undefined("a fractional power of a negative number", span)
        return a**b

    def log(self, a: float, base: str, span: sm.Span) -> float:
        if a <= 0:
            raise Undefined(f"the logarithm of {a:.4g}, which is not positive", span)
        return math.log(a) / LN_BASE[base]

    def exp(self, a: float, span: sm.Span) -> float:
        if a > 700:
            raise Undefined("a number too large to compute", span)
        return math.exp(a)

    def root(self, a: float, degree: float | None, span: sm.Span) -> float:
        degree = 2.0 if degree is None else degree
        if degree == 0 or a < 0:
            raise Undefined("a root that is not a real number", span)
        return a ** (1 / degree)

    def leaf_factor(self, key: Key, span: sm.Span) -> float:
        v = self.values.factor(key)
        if v is None:
            raise Undefined("a probability the model does not define", span)
        return v

    def count(self, tokens: tuple[str, ...], span: sm.Span) -> float:
        c = self.values.count(tokens)
        if c is None:
            raise Unresolved("counts C(…) exist only for models estimated from a corpus", span)
        return c

    def prob(self, resolved: ResolvedTerm, span: sm.Span) -> float:
        memory = None if self.values.pure else self.values.memory
        if memory is not None and memory.stated_joint and len(resolved.factors) > 1:
            keys = tuple(f.key for f in resolved.factors)
            if keys in memory.stated_joint:
                return memory.stated_joint[keys]
        p = 1.0
        for f in resolved.factors:
            p *= self.factor(f.key, span)
        return p

    def whole(self, name: str, base: str, n: float, span: sm.Span) -> float:
        from grader.reference.quantities import quantity

        ln_probs = [math.log(self.factor(("cond", k), span)) for k in range(1, self.ctx.seq.n + 1)]
        memory = None if self.values.pure else self.values.memory
        if memory is not None and memory.stated_sum_ln is not None:
            ln_probs = [memory.stated_sum_ln]  # the student's own value of the sum, carried forward
        return quantity(name, ln_probs, base, n)  # type: ignore[arg-type]

    def checked(self, v: float, e: sm.Expr) -> float:
        if isinstance(v, complex) or math.isnan(v) or math.isinf(v):
            raise Undefined("a value that is not a real number", e.span)
        return v


_BOUNDARY_MARK = re.compile(r"(</?s>)")


def count_tokens(e: sm.Count, b: dict[str, int], seq: Sequence) -> tuple[str, ...]:
    from grader.maths.terms import _positions

    out: list[str] = []
    for ev in e.events:
        if isinstance(ev, sm.TokenLit):  # a boundary mark is a token of its own, spaced or not: C(<s>I)
            out.extend(part for part in _BOUNDARY_MARK.split(ev.text) if part)
        elif isinstance(ev, sm.VarRef):
            out.extend(seq.token(p) for p in _positions(ev, b, seq))
        elif isinstance(ev, sm.Assign):
            out.append(ev.token.text)
    return tuple(out)


def _one_token(events: tuple[sm.Event, ...]) -> str | None:
    if len(events) == 1 and isinstance(events[0], sm.TokenLit):
        return events[0].text
    return None


def _numbers_only(e: sm.Expr) -> bool:
    """Built from written numbers alone: nothing in it stands for a position's value."""
    return all(
        isinstance(n, (sm.Num, sm.EConst, sm.Neg, sm.BinOp, sm.Log, sm.Exp, sm.Root)) for n in sm.walk(e)
    )


def over_vocabulary(e: sm.BigOp) -> bool:
    """Σ_w (C(am w) + 1): a sum with no bounds over a word variable runs over the vocabulary, not
    over the positions of y; it states a rule about the model (a row sums to one), not a value of y.
    So does a softmax's normaliser written with no variable at all, the logit z bare in it: Σ exp(z)."""
    if e.lower is not None or e.upper is not None:
        return False
    return e.var in ("w", "v") or (
        e.var is None and any(isinstance(n, sm.Scalar) and n.name == "z" for n in sm.walk(e.body))
    )


def bare_probability(e: sm.Quantity) -> bool:
    """Is this a bare P or Pr (no brackets), which inside a sum over positions names each factor?"""
    return e.written in ("P", "Pr", "\\Pr") and not e.args


def has_terms(expr: sm.Expr) -> bool:
    """Does the expression mention probabilities or named quantities (not only numbers)?"""
    return any(
        isinstance(n, sm.Prob | sm.PCond | sm.Quantity) or (isinstance(n, sm.Scalar) and n.name == "p")
        for n in sm.walk(expr)
    )
