"""Explain a wrong final answer by a mistake made across the whole computation.

Students merge steps, so a wrong answer reached by steps that all hold is matched against what
known whole-computation mistakes give (a wrong N, another log base, the probability for the
log-likelihood, a forgotten </s>, logits for log-probabilities, another estimate of the model),
and otherwise, when every step held at the precision written, put down to early rounding.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from grader import semantics as sm
from grader.diagnose import BASE_NAMES, QUANTITY_NAMES, alternative_models, factors_of, fmt
from grader.diagnostics import Diagnostic, make
from grader.reference.quantities import ASKS, LN_BASE, quantity

if TYPE_CHECKING:
    from grader.check import Checker


def diagnose_final(
    checker: Checker, expr: sm.Expr, value: float, expected: float, earlier: list[Diagnostic]
) -> None:
    """Report a wrong final answer, and explain it by a whole-computation mistake if no step did."""
    problem = checker.problem
    what = QUANTITY_NAMES[problem.ask]
    message = f"your final answer {fmt(value)} is not the expected {what} {fmt(expected)}"
    hint = ""
    if earlier:
        first = min(earlier, key=lambda d: (d.span.line, d.span.column))
        message += f"; it follows from the mistake on line {first.span.line} ({first.code})"
        hint = "later steps were checked from your own numbers (error carried forward)"
    cause = explain_final(checker, expr, value) if not earlier else _other_kind(checker)
    if cause is not None:
        code, cause_message, cause_hint = cause
        span = expr.span
        if code == "premature-rounding" and checker.roundings:
            span = max(checker.roundings, key=lambda r: r[0])[1]  # where the coarsest rounding was
        checker.report(make(code, cause_message, span, cause_hint))
    checker.report(make("final-answer-wrong", message, expr.span, hint or f"the {what} is {fmt(expected)}"))


def _other_kind(checker: Checker) -> tuple[str, str, str] | None:
    """Whatever went wrong before, a final chain that computes another kind of quantity is wrong-quantity."""
    head = checker.final_named
    kind = None
    if isinstance(head, sm.Quantity) and head.name != "asked":
        kind = head.name
    elif isinstance(head, sm.Prob | sm.Log) and _whole_sequence_term(checker, head):
        kind = "log_likelihood" if isinstance(head, sm.Log) else "probability"
    ask = checker.problem.ask
    if kind is None or kind == ask or {kind, ask} <= {"log_likelihood", "nll"}:
        return None
    return (
        "wrong-quantity",
        f"this computes the {QUANTITY_NAMES[kind]}, but the {QUANTITY_NAMES[ask]} is asked",
        f"give the {QUANTITY_NAMES[ask]}",
    )


def _whole_sequence_term(checker: Checker, expr: sm.Expr) -> bool:
    factors = factors_of(checker, expr)
    return factors is not None and len(factors) == checker.seq.n


def variants(checker: Checker, ask: str) -> list[tuple[str, float, str, str]]:
    """What known whole-computation mistakes make of the quantity `ask`: (code, value, message, hint)."""
    problem = checker.problem
    ln_probs = list(problem.reference.ln_probs)
    n = len(ln_probs)
    base = problem.log_base
    what = QUANTITY_NAMES[ask]
    right = quantity(ask, ln_probs, base)
    has_bos = not checker.seq.opaque and "<s>" in checker.seq.x_tokens
    out: list[tuple[str, float, str, str]] = []
    if n >= 2:
        ln_b = LN_BASE[base] if ask != "perplexity" else 1.0
        product = math.prod(lp / ln_b for lp in ln_probs) * ln_b  # Σ log_b p written as ∏ log_b p
        if ask in ("log_likelihood", "nll", "cross_entropy", "perplexity"):
            fake = [product]
            out.append(
                (
                    "multiplied-log-probs",
                    quantity(ask, fake, base, n),
                    f"this {what} uses the product of the log-probabilities, not their sum",
                    "log-probabilities add",
                )
            )
    if ask in ("perplexity", "cross_entropy"):
        out.append(
            (
                "perplexity-normalization",
                quantity(ask, ln_probs, base, 1 / n),
                f"this multiplies by N = {n} instead of dividing",
                f"divide by N = {n}",
            )
        )
        for m in (n - 1, n + 1, n + 2, 1):
            if m >= 1 and m != n:
                code = "bos-counted" if (m == n + 1 and has_bos) else "perplexity-normalization"
                message = (
                    f"this is the {what} without dividing by N = {n}"
                    if m == 1
                    else f"this is the {what} with N = {m}, but y has N = {n} predicted tokens"
                )
                out.append(
                    (
                        code,
                        quantity(ask, ln_probs, base, m),
                        message,
                        f"N counts the predicted tokens: N = {n}",
                    )
                )
        if ask == "perplexity":
            out.append(
                (
                    "sign-error",
                    math.exp(math.fsum(ln_probs) / n),
                    "this is 1/perplexity: the exponent's sign is flipped",
                    "PPL = exp(-(1/N) Σ ln p)",
                )
            )
            h = -math.fsum(ln_probs) / n
            for b2 in ("2", "10"):
                out.append(
                    (
                        "log-base-mismatch",
                        float(b2) ** h,
                        f"this raises {b2} to the cross-entropy in nats",
                        "use the same base for the log and the power",
                    )
                )
            if base != "e":
                h_b = h / LN_BASE[base]
                out.append(
                    (
                        "log-base-mismatch",
                        math.exp(h_b),
                        f"this raises e to the cross-entropy in base {base}",
                        "use the same base for the log and the power",
                    )
                )
    if ask in ("log_likelihood", "nll", "cross_entropy"):
        for b2 in ("e", "2", "10"):
            if b2 != base:
                out.append(
                    (
                        "log-base-mismatch",
                        quantity(ask, ln_probs, b2),
                        f"this is the {what} with the {BASE_NAMES[b2]}; the problem uses the {BASE_NAMES[base]}",
                        "log_b p = ln p / ln b",
                    )
                )
        out.append(
            (
                "sign-error",
                -right,
                f"the sign is flipped: the {what} is {fmt(right)}",
                "log-probabilities are ≤ 0",
            )
        )
    if ask == "cross_entropy":
        out.append(
            (
                "perplexity-normalization",
                quantity("nll", ln_probs, base),
                f"this is the total NLL, not divided by N = {n}",
                f"divide by N = {n}",
            )
        )
    for q in ASKS:
        if q != ask:
            out.append(
                (
                    "wrong-quantity",
                    quantity(q, ln_probs, base),
                    f"this is the {QUANTITY_NAMES[q]}, but the {what} is asked",
                    f"give the {what}",
                )
            )
    if ask in ("log_likelihood", "nll"):
        out.append(
            (
                "wrong-quantity",
                right / n,
                f"this is the mean per token, but the total {what} is asked",
                "sum over the tokens; do not divide by N",
            )
        )
    for k in range(n):
        rest = ln_probs[:k] + ln_probs[k + 1 :]
        if rest:
            for m in (n - 1, n) if ask in ("perplexity", "cross_entropy") else (None,):
                out.append(
                    (
                        "missing-term",
                        quantity(ask, rest, base, m),
                        f"this leaves out the factor for y_{k + 1} = {problem.y[k]}",
                        "include every predicted token, </s> too",
                    )
                )
    logits = getattr(problem.model, "logits", None)
    if callable(logits):
        scores = []
        for k, token in enumerate(problem.y):
            z = logits(tuple(problem.model.context_for(problem.y[:k])))
            if not z or token not in z:
                scores = []
                break
            scores.append(z[token])
        if scores:
            out.append(
                (
                    "unnormalized-scores",
                    quantity(ask, scores, base, n),
                    f"this {what} treats the logits as log-probabilities (no softmax)",
                    "normalise: log P = z - log Σ exp(z)",
                )
            )
    for name, model in alternative_models(checker):
        alt = [model.prob(t, tuple(model.context_for(problem.y[:k]))) for k, t in enumerate(problem.y)]
        if all(p is not None and p > 0 for p in alt):
            out.append(
                (
                    "mixed-models",
                    quantity(ask, [math.log(float(p)) for p in alt], base, n),
                    f"this is the {what} under {name}, not under this problem's model",
                    "use the model the problem defines for every factor",
                )
            )
    return [
        (code, value, message, hint)
        for code, value, message, hint in out
        if math.isfinite(value) and abs(value - right) > 1e-12
    ]


def explain_final(checker: Checker, expr: sm.Expr, value: float) -> tuple[str, str, str] | None:
    """Generate the answers that known whole-computation mistakes give, and match the student's."""
    problem = checker.problem
    tol = max(
        checker.tolerance(expr, approx=True) / 2,
        problem.tolerance.absolute,
        problem.tolerance.relative * abs(problem.reference.value),
        1e-9,
    )
    named = checker.final_named
    if (
        isinstance(named, sm.Quantity)
        and named.name not in (problem.ask, "asked")
        and named.written not in ("P", "Pr")
    ):
        claimed = quantity(named.name, problem.reference.ln_probs, problem.log_base)
        if abs(claimed - value) <= tol:
            return (
                "wrong-quantity",
                f"this is the {QUANTITY_NAMES[named.name]}, as you say, but the {QUANTITY_NAMES[problem.ask]} is asked",
                f"give the {QUANTITY_NAMES[problem.ask]}",
            )
    error = abs(value - problem.reference.value)
    if _rounded_intermediates(checker) and error <= 0.1 * abs(problem.reference.value):
        return (
            "premature-rounding",
            f"every step holds at the precision written, but rounding along the way moved the answer to {fmt(value)}",
            "keep 3–4 significant digits until the final answer",
        )
    for code, candidate, message, hint in variants(checker, problem.ask):
        if abs(candidate - value) <= tol:
            return code, message, hint
    if _rounded_intermediates(checker) and error <= 0.25 * abs(problem.reference.value):
        return (
            "premature-rounding",
            f"every step holds at the precision written, but rounding along the way moved the answer to {fmt(value)}",
            "keep 3–4 significant digits until the final answer",
        )
    return None


def _rounded_intermediates(checker: Checker) -> bool:
    return any(s.status == "ok" and s.kind == "arithmetic" for s in checker.out.steps)
