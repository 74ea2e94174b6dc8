"""Explain a wrong final answer by a mistake made across the whole computation.

Students merge steps, so a wrong answer reached by steps that all hold is matched against what
known whole-computation mistakes give (a wrong N, another log base, the probability for the
log-likelihood, a forgotten </s>, logits for log-probabilities, another estimate of the model),
and otherwise, when every step held at the precision written, put down to early rounding.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from grader.core.diagnostics import Diagnostic, make
from grader.derivation import lengths, multiplied, wrongbase
from grader.derivation.judge import Judge
from grader.derivation.wording import QUANTITY_NAMES, fmt
from grader.maths import semantics as sm
from grader.reference.printed import roundings
from grader.reference.quantities import ASKS, LN_BASE, PER_TOKEN_ASKS, quantity


def diagnose_final(
    checker: Judge, expr: sm.Expr, value: float, expected: float, earlier: list[Diagnostic]
) -> list[Diagnostic]:
    """The diagnostics of a wrong final answer, explained by a whole-computation mistake if no step did."""
    problem = checker.problem
    what = QUANTITY_NAMES[problem.ask]
    message = f"your final answer {fmt(value)} is not the expected {what} {fmt(expected)}"
    hint = ""
    if earlier:
        first = min(earlier, key=lambda d: (d.span.line, d.span.column))
        message += f"; it follows from the mistake on line {first.span.line} ({first.code})"
        hint = "later steps were checked from your own numbers (error carried forward)"
    other = _other_kind(checker)  # what the student's own chain says it computes: evidence, not a guess
    causes = [other] if other else [] if earlier else explain_final(checker, expr, value)
    found = []
    for code, cause_message, cause_hint in causes:
        span = expr.span
        if code == "premature-rounding" and checker.memory.roundings:
            span = max(checker.memory.roundings, key=lambda r: r[0])[1]  # where the coarsest rounding was
        found.append(make(code, cause_message, span, cause_hint))
    found.append(make("final-answer-wrong", message, expr.span, hint or f"the {what} is {fmt(expected)}"))
    return found


def _other_kind(checker: Judge) -> tuple[str, str, str] | None:
    """Whatever went wrong before, a final chain that computes another kind of quantity is wrong-quantity."""
    kind = checker.named_kind(checker.final_named)
    ask = checker.problem.ask
    if kind in (None, "asked", ask) or {kind, ask} <= {"log_likelihood", "nll"}:
        return None
    return (
        "wrong-quantity",
        f"this computes the {QUANTITY_NAMES[kind]}, but the {QUANTITY_NAMES[ask]} is asked",
        f"give the {QUANTITY_NAMES[ask]}",
    )


@dataclass(frozen=True)
class Computation:
    """How a student computed the answer: which log-probabilities, which N, base, sign, quantity."""

    ask: str
    ln_probs: tuple[float, ...]  # natural logs of the factors used
    base: str  # the log base of the log quantities
    n: float  # the N divided by (perplexity, cross-entropy)
    flip: bool = False  # the final sign flipped
    power_base: str = "e"  # perplexity: the base raised to the cross-entropy in nats
    product: bool = False  # the log-probabilities multiplied instead of added
    probability: bool = False  # the probability itself where its log belongs

    def value(self) -> float:
        if self.probability:  # e.g. exp(-(1/N) · P(y|x)) for exp(-(1/N) · ln P(y|x))
            ln_b = LN_BASE[self.base] if self.ask != "perplexity" else 1.0
            total = [math.exp(math.fsum(self.ln_probs)) * ln_b]
            return quantity(self.ask, total, self.base, self.n)  # type: ignore[arg-type]
        if self.product:
            ln_b = LN_BASE[self.base] if self.ask != "perplexity" else 1.0
            total = [multiplied.value([lp / ln_b for lp in self.ln_probs]) * ln_b]
        else:
            total = list(self.ln_probs)
        if self.ask == "perplexity" and self.power_base != "e":
            v = float(self.power_base) ** (-math.fsum(total) / self.n)
        else:
            v = quantity(self.ask, total, self.base, self.n)  # type: ignore[arg-type]
        return 1 / v if self.flip and self.ask == "perplexity" else -v if self.flip else v


@dataclass(frozen=True)
class Mistake:
    code: str
    message: str
    hint: str
    apply: Callable[[Computation], Computation | None]


def mistakes(checker: Judge, ask: str) -> list[Mistake]:
    """The known whole-computation mistakes, each a change to how the answer is computed."""
    problem = checker.problem
    n = len(problem.reference.ln_probs)
    base = problem.log_base
    what = QUANTITY_NAMES[ask]
    normalised = ask in PER_TOKEN_ASKS
    out: list[Mistake] = []

    def with_n(m: float) -> Callable[[Computation], Computation | None]:
        return lambda c: replace(c, n=m)

    if n >= 2 and ask != "probability":
        out.append(
            Mistake(multiplied.CODE, *multiplied.of_quantity(what), lambda c: replace(c, product=True))
        )
    if normalised:  # (for a total, the probability itself is just the wrong quantity)
        out.append(
            Mistake(
                "exp-log-mismatch",
                f"this {what} uses the probability of the sequence where its log belongs",
                "take the log of the probability first",
                lambda c: replace(c, probability=True),
            )
        )
    if normalised:
        for wrong in lengths.wrong_lengths(checker.seq, n):
            out.append(Mistake(wrong.code, f"this {what} {wrong.says}", lengths.hint(n), with_n(wrong.n)))
    if ask == "perplexity":
        out.append(
            Mistake(
                "sign-error",
                "this is 1/perplexity: the exponent's sign is flipped",
                "PPL = exp(-(1/N) Σ ln p)",
                lambda c: replace(c, flip=True),
            )
        )
        for b2, message, hint in wrongbase.power_bases():
            out.append(Mistake(wrongbase.CODE, message, hint, lambda c, b2=b2: replace(c, power_base=b2)))
    if ask in ("log_likelihood", "nll", "cross_entropy"):
        for b2, message, hint in wrongbase.quantity_bases(what, base):
            out.append(Mistake(wrongbase.CODE, message, hint, lambda c, b2=b2: replace(c, base=b2)))
        out.append(
            Mistake(
                "sign-error",
                f"the sign is flipped: the {what} is {fmt(problem.reference.value)}",
                "log-probabilities are ≤ 0",
                lambda c: replace(c, flip=True),
            )
        )
    for q in ASKS:
        if q != ask:
            out.append(
                Mistake(
                    "wrong-quantity",
                    f"this is the {QUANTITY_NAMES[q]}, but the {what} is asked",
                    f"give the {what}",
                    lambda c, q=q: replace(c, ask=q),
                )
            )
    if ask in ("log_likelihood", "nll"):
        out.append(
            Mistake(
                "wrong-quantity",
                f"this is the mean per token, but the total {what} is asked",
                "sum over the tokens; do not divide by N",
                lambda c: (
                    replace(
                        c,
                        ask="cross_entropy" if c.ask == "nll" else c.ask,
                        flip=c.flip != (c.ask == "log_likelihood"),
                        n=n,
                    )
                    if c.ask in ("nll", "log_likelihood")
                    else None
                ),
            )
        )
    for k in range(n):
        for fewer in (False, True) if normalised else (False,):  # N left as it was, or counted down too

            def drop(c: Computation, k: int = k, fewer: bool = fewer) -> Computation | None:
                if len(c.ln_probs) != n:
                    return None
                rest = c.ln_probs[:k] + c.ln_probs[k + 1 :]
                return replace(c, ln_probs=rest, n=c.n - 1 if fewer and c.n == n else c.n)

            message = f"this leaves out the factor for y_{k + 1} = {problem.y[k]}"
            out.append(Mistake("missing-term", message, "include every predicted token, </s> too", drop))
    logits = problem.model.logits
    if problem.model.has_logits:
        scores: list[float] = []
        for k, token in enumerate(problem.y):
            z = logits(tuple(problem.model.context_for(problem.y[:k])))
            if not z or token not in z:
                scores = []
                break
            scores.append(float(z[token]))
        if scores:
            out.append(
                Mistake(
                    "unnormalized-scores",
                    f"this {what} treats the logits as log-probabilities (no softmax)",
                    "normalise: log P = z - log Σ exp(z)",
                    lambda c, s=tuple(scores): replace(c, ln_probs=s),
                )
            )
    for name, model in checker.problem.model.alternatives():
        alt = [model.prob(t, tuple(model.context_for(problem.y[:k]))) for k, t in enumerate(problem.y)]
        if all(p is not None and p > 0 for p in alt):
            logs = tuple(math.log(float(p)) for p in alt)
            out.append(
                Mistake(
                    "mixed-models",
                    f"this is the {what} under {name}, not under this problem's model",
                    "use the model the problem defines for every factor",
                    lambda c, logs=logs: replace(c, ln_probs=logs),
                )
            )
    return out


def _nearest_as_printed(checker: Judge, value: float) -> list[tuple[tuple[Mistake, ...], float]]:
    """Each mistake (and pair) once, with the value it gives nearest the student's: worked from the model's exact
    values, or (one mistake alone) from them as a statement prints them (0.2360 for 0.235995: the natural logs of the printed
    probabilities sum to -9.9576 where the exact ones give -9.9607)."""
    ask = checker.problem.ask
    found = {_key(c): (c, v) for c, v in variants(checker, ask, pairs=True)}
    for printed in _printed(
        checker
    ):  # one mistake at a time: a pair needs its exact value, as a tighter match
        for combo, v in variants(checker, ask, ln_probs=printed):
            k = _key(combo)
            if k in found and abs(v - value) < abs(found[k][1] - value):
                found[k] = (found[k][0], v)
    return list(found.values())


def _key(combo: tuple[Mistake, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((m.code, m.message) for m in combo)


def _printed(checker: Judge) -> list[tuple[float, ...]]:
    """The sequence's natural-log conditionals from its probabilities printed to 3 or 4 decimals or significant
    figures; none where the probabilities are exact fractions."""
    probs = [c.prob for c in checker.problem.reference.conditionals]
    if not probs or any(p is None or isinstance(p, Fraction) or p <= 0 for p in probs):
        return []
    out = []
    for rounding in roundings(places=(4, 3), figures=(4, 3)):
        printed = [rounding(float(p)) for p in probs]
        if all(p > 0 for p in printed):
            out.append(tuple(math.log(p) for p in printed))
    return out


def variants(
    checker: Judge, ask: str, pairs: bool = False, ln_probs: tuple[float, ...] | None = None
) -> list[tuple[tuple[Mistake, ...], float]]:
    """The answers known mistakes give (each alone, then two together when `pairs`), best first; from the
    model's conditionals, or from `ln_probs` (as printed) where given."""
    problem = checker.problem
    logs = tuple(problem.reference.ln_probs) if ln_probs is None else ln_probs
    start = Computation(ask, logs, problem.log_base, len(problem.reference.ln_probs))
    right = start.value()
    found = mistakes(checker, ask)
    out: list[tuple[tuple[Mistake, ...], float]] = []

    def add(combo: tuple[Mistake, ...]) -> None:
        c: Computation | None = start
        for m in combo:
            c = m.apply(c) if c is not None else None
        if c is None:
            return
        try:
            value = c.value()
        except (ValueError, ZeroDivisionError, OverflowError):
            return
        if math.isfinite(value) and abs(value - right) > 1e-12:
            out.append((combo, value))

    for m in found:
        add((m,))
    if pairs:
        for i, first in enumerate(found):
            for second in found[i + 1 :]:
                if first.code != second.code:
                    add((first, second))
    return out


# A cause is named only when a random answer written as precisely would match it, or a more
# common cause, at most this often (issue 10: "markedly better than chance").
CHANCE_LIMIT = 0.03

# How common each whole-computation mistake is, most common first: a match with a rarer one needs a
# more precise answer, since more hypotheses have been tried by then.
PRIOR_ORDER = (
    "sign-error",
    "wrong-quantity",
    "missing-term",
    "perplexity-normalization",
    "log-base-mismatch",
    "multiplied-log-probs",
    "bos-counted",
    "exp-log-mismatch",
    "unnormalized-scores",
    "mixed-models",
)


# For a quantity divided by N, the division is what goes wrong first.
NORMALISED_ORDER = ("perplexity-normalization",) + tuple(
    c for c in PRIOR_ORDER if c != "perplexity-normalization"
)


def _rank(combo: tuple[Mistake, ...], order: tuple[str, ...]) -> tuple[int, int]:
    ranks = [order.index(m.code) if m.code in order else len(order) for m in combo]
    return len(combo), sum(ranks)


def first_credible(
    candidates: list[tuple[tuple[Mistake, ...], float]], value: float, tol: float, ask: str
) -> tuple[Mistake, ...] | None:
    """The most common mistake (one before two) whose answer matches `value` within `tol`, provided
    a random answer written as precisely would match it or a more common one at most CHANCE_LIMIT of
    the time: answers spread log-uniformly over a factor e² either side, either sign, match each
    candidate with chance (tol / |value|) / 4."""
    if value == 0 or not math.isfinite(value):
        return None
    per_candidate = tol / abs(value) / 4
    order = NORMALISED_ORDER if ask in PER_TOKEN_ASKS else PRIOR_ORDER
    for tried, (combo, candidate) in enumerate(sorted(candidates, key=lambda c: _rank(c[0], order)), start=1):
        if tried * per_candidate > CHANCE_LIMIT:
            return None
        if abs(candidate - value) <= tol:
            return combo
    return None


def explain_final(checker: Judge, expr: sm.Expr, value: float) -> list[tuple[str, str, str]]:
    """Generate the answers that one or two known whole-computation mistakes give, and match the
    student's: the causes as (code, message, hint), none if nothing matches."""
    problem = checker.problem
    # at the precision the student wrote, and never finer than 4 significant figures (rounding upstream)
    tol = max(checker.tolerance(expr, approx=True) / 2, 2e-4 * abs(value), 1e-9)
    named = checker.final_named
    if (
        isinstance(named, sm.Quantity)
        and named.name not in (problem.ask, "asked")
        and named.written not in ("P", "Pr")
    ):
        claimed = quantity(named.name, problem.reference.ln_probs, problem.log_base)
        if abs(claimed - value) <= tol:
            return [
                (
                    "wrong-quantity",
                    f"this is the {QUANTITY_NAMES[named.name]}, as you say, but the {QUANTITY_NAMES[problem.ask]} is asked",
                    f"give the {QUANTITY_NAMES[problem.ask]}",
                )
            ]
    error = abs(value - problem.reference.value)
    generated = _rounding_generates(checker, value, tol)
    if (generated or _rounded_intermediates(checker, error)) and error <= 0.1 * abs(problem.reference.value):
        return [
            (
                "premature-rounding",
                f"every step holds at the precision written, but rounding along the way moved the answer to {fmt(value)}",
                "keep 3–4 significant digits until the final answer",
            )
        ]
    combo = first_credible(_nearest_as_printed(checker, value), value, tol, problem.ask)
    if combo is not None:
        together = " (together with the next)" if len(combo) > 1 else ""
        return [(m.code, m.message + together * (i == 0), m.hint) for i, m in enumerate(combo)]
    if (generated or _rounded_intermediates(checker, error)) and error <= 0.25 * abs(problem.reference.value):
        return [
            (
                "premature-rounding",
                f"every step holds at the precision written, but rounding along the way moved the answer to {fmt(value)}",
                "keep 3–4 significant digits until the final answer",
            )
        ]
    return []


def _rounded_intermediates(checker: Judge, error: float) -> bool:
    """Do the work's own roundings account for how far the answer is off? Steps that hold only as rounded
    (each recorded with how far its rounding moved it) can move a result by about the sum of those moves; twice
    that explains the error. Steps that hold, with no such rounding, explain none of it."""
    if not any(s.status == "ok" and s.kind == "arithmetic" for s in checker.out.steps):
        return False
    moved = 2 * sum(r for r, _ in checker.memory.roundings)
    return error <= moved * abs(checker.problem.reference.value)


def _rounding_generates(checker: Judge, value: float, tol: float) -> bool:
    """Does the model's own values, each rounded the same way before they are combined (to 1–3 decimals or
    1–3 significant figures, as probabilities or as logs in the problem's base), give the student's value at the
    precision written? The mistake's generated value matching is what shows it (`0.21·0.21·0.15·0.15` for
    3/14, 3/14, 2/13, 2/13)."""
    problem = checker.problem
    ln_probs = problem.reference.ln_probs
    ln_b = LN_BASE[problem.log_base]
    roundings: list[Callable[[float], float]] = [
        *(lambda v, d=d: round(v, d) for d in (1, 2, 3)),
        *(lambda v, s=s: float(f"{v:.{s}g}") for s in (1, 2, 3)),
    ]
    for rounded in roundings:
        probs = [rounded(math.exp(ln_p)) for ln_p in ln_probs]
        logs = [rounded(ln_p / ln_b) * ln_b for ln_p in ln_probs]
        candidates = [logs]
        if all(p > 0 for p in probs):
            candidates.append([math.log(p) for p in probs])
        for ln_values in candidates:
            try:
                generated = quantity(problem.ask, ln_values, problem.log_base)
            except (ValueError, OverflowError):
                continue
            if abs(generated - value) <= tol and abs(generated - problem.reference.value) > tol:
                return True
    return False
