"""Explain a wrong step by generate-and-match: apply each known mistake to the left-hand side and
see which one reproduces the student's right-hand side, at the precision the student wrote.

The most specific explanation wins; when none matches, a wrong step between numbers is an
`arithmetic-error`, a wrong number for a term is a `wrong-value`, anything else `invalid-step`
with what each side evaluates to.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from grader.core.diagnostics import Diagnostic, make
from grader.derivation import added, bos, lengths, multiplied, wrongbase
from grader.derivation.judge import Findings, Judge
from grader.derivation.whole import first_credible, variants  # the whole-computation mistakes
from grader.derivation.wording import QUANTITY_NAMES, fmt
from grader.maths import estimators
from grader.maths import semantics as sm
from grader.maths.evaluate import Undefined, evaluate, has_terms
from grader.maths.structure import Site, flatten
from grader.maths.terms import Unresolved
from grader.reference.quantities import LN_BASE, PER_TOKEN_ASKS


def overflow_safe(default: object) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A matcher whose float arithmetic overflows (1e200 against e^{460}) explains nothing: `default`."""

    def wrap(matcher: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(matcher)
        def safe(*args: Any, **kwargs: Any) -> Any:
            try:
                return matcher(*args, **kwargs)
            except OverflowError:
                return default

        return safe

    return wrap


@dataclass(frozen=True)
class Part:
    """One summand or factor of an expression: how it reads and its value."""

    label: str
    value: float


def source(checker: Judge, expr: sm.Expr | sm.Span) -> str:
    return source_text(checker.lines, expr if isinstance(expr, sm.Span) else expr.span)


def source_text(lines: list[str], span: sm.Span) -> str:
    """The student's own text of a span (first and last line joined by … when it spans lines)."""
    if not lines or span.line > len(lines):
        return "this expression"
    if span.line == span.end_line:
        return lines[span.line - 1][span.column - 1 : span.end_column - 1].strip() or "this expression"
    first = lines[span.line - 1][span.column - 1 :]
    last = lines[span.end_line - 1][: span.end_column - 1]
    return (first + " … " + last).strip()


def parts(checker: Judge, expr: sm.Expr, op: str) -> list[Part]:
    """The summands (op "+") or factors (op "*") of expr, including those of a joint term."""
    if isinstance(expr, sm.Neg) and op == "+":
        return [Part("-" + p.label, -p.value) for p in parts(checker, expr.arg, op)]
    flat = flatten(expr, op)
    if len(flat) > 1:
        out = []
        for sign, e in flat:
            v = checker.value(e)
            if v is None:
                return []
            out.append(Part(("-" if sign < 0 else "") + source(checker, e), sign * v))
        return out
    inner = expr
    log_base = None
    if op == "+" and isinstance(expr, sm.Log):
        inner, log_base = expr.arg, checker.ctx.base(expr)
        flat = flatten(inner, "*")
        if len(flat) > 1:
            out = []
            for _, e in flat:
                v = checker.value(e)
                if v is None or v <= 0:
                    return []
                out.append(Part(f"log {source(checker, e)}", math.log(v) / LN_BASE[log_base]))
            return out
    if isinstance(inner, sm.Quantity) and log_base is None:
        return _quantity_parts(checker, inner, op)
    if isinstance(inner, sm.BigOp) and log_base is None:
        return _bigop_parts(checker, inner, op)
    if op == "+" and log_base is None:
        return []
    if isinstance(inner, sm.Prob):
        try:
            resolved = checker.ctx.resolve(inner, {})
        except Unresolved:
            return []
        if len(resolved.factors) < 2:
            return []
        out = []
        for f in resolved.factors:
            p = checker.model_values.factor(f.key)
            if p is None:
                return []
            if log_base is None:
                out.append(Part(f.text, p))
            else:
                out.append(Part(f"log {f.text}", math.log(p) / LN_BASE[log_base]))
        return out
    return []


def _bigop_parts(checker: Judge, op_node: sm.BigOp, op: str) -> list[Part]:
    """The terms of a written sum (op "+") or product (op "*")."""
    if (op_node.kind == "sum") != (op == "+"):
        return []
    try:
        lo = 1 if op_node.lower is None else evaluate_index(checker, op_node.lower)
        hi = checker.seq.n if op_node.upper is None else evaluate_index(checker, op_node.upper)
    except Unresolved:
        return []
    out = []
    for i in range(lo, min(hi, lo + 50) + 1):
        try:
            v = evaluate(op_node.body, checker.ctx, checker.model_values, {op_node.var or "i": i})
        except (Undefined, Unresolved):
            return []
        out.append(Part(f"term {i}", v))
    return out


def evaluate_index(checker: Judge, idx: sm.Idx) -> int:
    from grader.maths.evaluate import index_value

    return index_value(idx, {}, checker.seq, sm.Span(1, 1, 1, 1))


def _quantity_parts(checker: Judge, q: sm.Quantity, op: str) -> list[Part]:
    name = checker.problem.ask if q.name == "asked" else q.name
    base = LN_BASE[checker.problem.log_base]
    out = []
    for c, ln_p in zip(
        checker.problem.reference.conditionals, checker.problem.reference.ln_probs, strict=True
    ):
        label = checker.seq.factor_text(c.position, checker.seq.needed(c.position))
        if op == "*" and name == "probability":
            out.append(Part(label, math.exp(ln_p)))
        elif op == "+" and name == "log_likelihood":
            out.append(Part(f"log {label}", ln_p / base))
        elif op == "+" and name == "nll":
            out.append(Part(f"-log {label}", -ln_p / base))
    return out


def _contains_product_of_logs(expr: sm.Expr) -> bool:
    for node in sm.walk(expr):
        if isinstance(node, sm.BinOp) and node.op == "*":
            logs = [
                e for _, e in flatten(node, "*") if isinstance(e.arg if isinstance(e, sm.Neg) else e, sm.Log)
            ]
            if len(logs) >= 2:
                return True
    return False


def _contains_sum_of_probs(expr: sm.Expr) -> bool:
    for node in sm.walk(expr):
        if isinstance(node, sm.BinOp) and node.op in "+-":
            probs = [e for _, e in flatten(node, "+") if isinstance(e, sm.Prob | sm.PCond)]
            if len(probs) >= 2:
                return True
    return False


def diagnose_step(checker: Judge, site: Site, approx: bool, findings: Findings) -> Diagnostic:
    """Why the step at `site` fails: its main cause; further findings go to `findings`."""
    a_expr, b_expr = site.a, site.b
    span = b_expr.span
    left, right = source(checker, a_expr), source(checker, b_expr)
    # Structural mistakes, visible without numbers.
    if (
        _contains_product_of_logs(b_expr)
        and not _contains_product_of_logs(a_expr)
        and (has_terms(a_expr) or _has_log(a_expr))
    ):
        code, message, hint = multiplied.written(right)
        return make(code, message, span, hint)
    if has_terms(b_expr) and _contains_sum_of_probs(b_expr) and not _contains_sum_of_probs(a_expr):
        code, message, hint = added.written(right)
        return make(code, message, span, hint)
    a, b = checker.value(a_expr), checker.value(b_expr)
    if a is not None and b is not None:
        a, b = site.sa * a, site.sb * b
        tol = checker.tolerance(b_expr, approx, earlier=a_expr) + 1e-9
        found = match_step(checker, a_expr, b_expr, a, b, tol, findings)
        if found is not None:
            code, message, hint = found
            if code == "wrong-quantity" and _mean_by_its_name(checker, a_expr):
                # "NLL = (0.7 + 0.4)/2 = 0.55" where a per-token quantity is asked: the mean under the name
                # PyTorch's NLLLoss gives it, used as the mean; a name to look at, not a false value
                return replace(make(code, message, span, hint), severity="warning")
            return make(code, message, span, hint)
    if has_terms(a_expr) and has_terms(b_expr):
        structural = symbolic_difference(checker, a_expr, b_expr)
        if structural is not None:
            code, message, hint, _ = structural
            return make(code, message, span, hint)
    answer_like = (
        isinstance(a_expr, sm.Quantity)
        or _whole_sequence(checker, a_expr)
        or (isinstance(a_expr, sm.Prob) and len(factors_of(checker, a_expr) or ()) == checker.seq.n)
    )
    # rounding along the way moves a result by about the sum of the relative changes it made (a product's
    # relative error is the sum of its factors'); twice that, never more than 10 %, explains a value
    drift = min(0.1, 2 * sum(r for r, _ in checker.memory.roundings))
    rounded = (
        a is not None and b is not None and abs(a - b) <= drift * abs(a) and bool(checker.memory.roundings)
    )
    if rounded and answer_like and _plain_number(b_expr):  # what rounded numbers led to, said of the answer
        return make(
            "premature-rounding",
            f"{right} = {fmt(b)} is where rounding along the way led; {left} is {fmt(a)}",
            max(checker.memory.roundings, key=lambda r: r[0])[1],
            "keep 3–4 significant digits until the final answer",
        )
    a_text = fmt(a) if a is not None else "undefined"
    b_text = fmt(b) if b is not None else "undefined"
    if a is not None and b is not None and not has_terms(b_expr):
        if single_term(a_expr) and not any(isinstance(n, sm.Count) for n in sm.walk(b_expr)):
            return make(
                "wrong-value",
                f"{left} is {a_text} under the model, but you wrote {right}"
                + ("" if right == b_text else f" = {b_text}"),
                span,
                "substitute the model's values exactly as given in the problem",
            )
        counts = any(isinstance(n, sm.Count) for n in sm.walk(a_expr))
        ratio = _count_for_its_ratio(checker, a_expr, b, tol)
        if ratio is not None:
            return make(
                "step-unconfirmed",
                f"{left} is a count, {a_text}; {right} is {ratio}, the n-gram's probability: read as that",
                span,
                f"write the probability as a ratio of counts: {ratio} = {right}",
            )
        if counts and not any(isinstance(n, sm.Count) for n in sm.walk(b_expr)):
            return make(
                "wrong-value",
                f"{left} is {a_text} in this corpus, but you wrote {right}"
                + ("" if right == b_text else f" = {b_text}"),
                span,
                "count the n-grams again in the corpus (C(w) counts w as a history)",
            )
        functions = _has_function(a_expr) or _has_function(b_expr)
        slip = _plain_number(b_expr) and not (functions and _is_fraction(b_expr))
        # Combining numbers moves towards fewer of them; (3/4 + 1/4)(2/3 + 3/17) for a sum of
        # products is a rearrangement by a false rule, not a slip of arithmetic.
        computing = len([n for n in sm.walk(b_expr) if isinstance(n, sm.Num)]) < len(
            [n for n in sm.walk(a_expr) if isinstance(n, sm.Num)]
        )
        wrong_n = _wrong_length(checker, a_expr, b, tol)
        if wrong_n is not None:  # "1/N = 0.5, not 1/3": N taken as a count of tokens y does not have
            return make(
                lengths.CODE if wrong_n.code == lengths.CODE else wrong_n.code,
                wrong_n.says,
                span,
                lengths.hint(checker.seq.n),
            )
        if not has_terms(a_expr) and (slip or (not functions and computing)):
            return make(
                "arithmetic-error",
                f"{left} = {a_text}, not {right}" + ("" if right == b_text else f" (= {b_text})"),
                span,
                "redo this computation; it is checked at the number of digits you wrote",
            )
    return make(
        "invalid-step",
        f"this step does not hold: the left side {left} is {a_text} and the right side {right} is {b_text}",
        span,
        "each = must hold; rewrite the step so both sides are equal",
    )


@overflow_safe(None)
def match_step(
    checker: Judge, a_expr: sm.Expr, b_expr: sm.Expr, a: float, b: float, tol: float, findings: Findings
) -> tuple[str, str, str] | None:
    """The first known mistake that turns a into b, as (code, message, hint)."""
    left, right = source(checker, a_expr), source(checker, b_expr)
    tol = max(tol, 2e-3 * abs(b))  # a named mistake is a specific hypothesis: a little slack is safe
    near: Callable[[float], bool] = lambda v: math.isfinite(v) and abs(v - b) <= tol  # noqa: E731
    summands = parts(checker, a_expr, "+")
    factors = parts(checker, a_expr, "*")
    counted = count_mistake(checker, a_expr, b_expr)
    if counted is not None:
        return counted
    if _whole_sequence(checker, a_expr) and abs(a) > 1e-12 and near(a / checker.seq.n):
        return (
            "wrong-quantity",
            f"{right} = {fmt(b)} is the mean per token; {left} is the total, {fmt(a)}",
            "the log-probability of the sequence is the sum over its tokens, not the average",
        )
    written = [e for _, e in flatten(b_expr, "*")]
    if len(summands) >= 2 and len(written) == len(summands) and not has_terms(b_expr):
        values = [checker.value(e) for e in written]
        if all(
            v is not None and math.isclose(abs(v), abs(m.value), rel_tol=0.01)
            for v, m in zip(values, summands, strict=True)
        ):
            return multiplied.of_values([(m.label, m.value) for m in summands])
    for space, mine in (("+", summands), ("*", factors)):
        theirs = [] if has_terms(b_expr) else parts(checker, b_expr, space)
        if len(mine) >= 2 and len(theirs) == len(mine):
            ln_b = checker.problem.ln_base
            if space == "+" and all(
                m.value < 0
                and abs(t.value - math.exp(m.value * ln_b)) <= max(tol, 1e-3)
                or (m.value > 0 and abs(t.value - math.exp(-m.value * ln_b)) <= max(tol, 1e-3))
                for m, t in zip(mine, theirs, strict=True)
            ):
                return (
                    "exp-log-mismatch",
                    f"{right} adds the probabilities where their logarithms belong",
                    "take the log of each probability before adding",
                )
            differ = [(m, t) for m, t in zip(mine, theirs, strict=True) if abs(m.value - t.value) > tol]
            scores = _logit_values(checker)
            if (
                differ
                and scores
                and all(any(abs(t.value - z) <= max(tol, 1e-3) for z in scores) for _, t in differ)
            ):
                return (
                    "unnormalized-scores",
                    f"{right} uses the logits as if they were (log-)probabilities: the softmax normaliser is missing",
                    "log P(w | h) = z_w - log Σ_v exp(z_v)",
                )
            if len(differ) == 1:
                m, t = differ[0]
                return (
                    "wrong-value",
                    f"{t.label} = {fmt(t.value)} stands for {m.label} = {fmt(m.value)}",
                    "substitute the model's value for each factor",
                )
    if (
        len(summands) >= 2
        and (all(s.value <= 0 for s in summands) or all(s.value >= 0 for s in summands))
        and near(multiplied.value([s.value for s in summands]))
    ):
        return multiplied.of_values([(s.label, s.value) for s in summands])
    distinct = len({round(f.value, 9) for f in factors}) > 1  # with equal factors an average is no sign
    if (
        len(factors) >= 2
        and distinct
        and all(0 <= f.value <= 1 for f in factors)
        and near(added.mean([f.value for f in factors]))
    ):
        return added.of_mean([f.value for f in factors])
    if (
        len(factors) >= 2
        and all(0 <= f.value <= 1 for f in factors)
        and near(added.value([f.value for f in factors]))
    ):
        return added.of_values([(f.label, f.value) for f in factors])
    precise = _precise(checker, b_expr)
    if precise and _has_log(a_expr) and abs(a) > 1e-12:
        found = wrongbase.in_log(a, near, left, right)
        if found is not None:
            return found
    if abs(a) > 1e-12 and near(-a):
        return (
            "sign-error",
            f"{left} = {fmt(a)}; you wrote {fmt(b)}, with the sign flipped",
            "check the signs: log-probabilities are ≤ 0",
        )
    powers = any(isinstance(n, sm.Exp) or (isinstance(n, sm.BinOp) and n.op == "^") for n in sm.walk(b_expr))
    if powers and a > 0 and abs(a - 1) > 1e-6:
        if near(1 / a):
            return (
                "sign-error",
                f"{right} = {fmt(b)} is 1/{fmt(a)}: the sign of the exponent is flipped",
                "e^(-x) is 1/e^x: keep the minus sign",
            )
        found = wrongbase.in_power(a, near, left, right)
        if found is not None:
            return found
    inner_term = _log_of_term(a_expr)
    if inner_term is not None:
        p = checker.value(inner_term)
        if p is not None and abs(p - a) > 1e-9 and near(p):
            return (
                "exp-log-mismatch",
                f"{right} is the probability {source(checker, inner_term)} = {fmt(p)}, where the log-probability {left} = {fmt(a)} belongs",
                "stay in log space: substitute the log-probability",
            )
    log_quantity = isinstance(a_expr, sm.Quantity) and a_expr.name in (
        "log_likelihood",
        "nll",
        "cross_entropy",
    )
    if log_quantity and near(math.exp(math.fsum(checker.problem.reference.ln_probs))):
        return (
            "exp-log-mismatch",
            f"{right} = {fmt(b)} is the probability of the sequence, where the {QUANTITY_NAMES[a_expr.name]} belongs",
            "take the log of the probability (and the minus sign for an NLL)",
        )
    head = checker.chain_head
    log_chain = head is not None and (_has_log(head) and not has_terms(a_expr))
    if precise and (has_terms(a_expr) or _has_log(a_expr) or log_chain):
        if a <= 0 and near(math.exp(a)):
            return (
                "exp-log-mismatch",
                f"{right} is e^({fmt(a)}), a probability, where the log-probability {fmt(a)} belongs",
                "stay in log space: substitute the log-probability itself",
            )
        if 0 < a < 1 and near(-math.log(a) / checker.problem.ln_base):
            return (
                "exp-log-mismatch",
                f"{right} is minus the log of {left} = {fmt(a)}, where the probability itself belongs",
                "a log-probability of -0.7 means a probability of e^-0.7 ≈ 0.497",
            )
        if 0 < a <= 1 and near(math.log(a) / checker.problem.ln_base):
            return (
                "exp-log-mismatch",
                f"{right} is the log of {left} = {fmt(a)}, where the probability itself belongs",
                "stay in probability space here, or take the log of both sides",
            )
    joint = None if has_terms(b_expr) else _joint_parts(checker, a_expr)
    if joint is not None and near(joint[-1].value):
        return (
            "joint-for-conditional",
            f"{left} is a joint probability ({fmt(a)}), but {right} = {fmt(b)} is the conditional {joint[-1].label}",
            "write the conditional P(token | history) when you mean the conditional",
        )
    numeric = not has_terms(a_expr) and not any(isinstance(n, sm.Count) for n in sm.walk(a_expr))
    if numeric and not _one_element_apart(checker, a_expr, b_expr):
        summands, factors = [], []
    for i, s in enumerate(summands):
        if len(summands) >= 2 and near(a - s.value):
            return (
                "missing-term",
                f"{s.label} = {fmt(s.value)} is missing: {left} = {fmt(a)}, and you wrote {fmt(b)}",
                "keep one term for every token of the sequence",
            )
        del i
    for f in factors:
        if len(factors) >= 2 and f.value not in (0, 1) and near(a / f.value):
            return (
                "missing-term",
                f"the factor {f.label} = {fmt(f.value)} is missing: {left} = {fmt(a)}, and you wrote {fmt(b)}",
                "keep one factor for every token of the sequence (</s> included)",
            )
    for s in summands:
        if len(summands) >= 2 and abs(s.value) > 1e-12 and near(a + s.value):
            return (
                "extra-term",
                f"{s.label} is counted twice: {left} = {fmt(a)}, you wrote {fmt(b)}",
                "one term per token",
            )
    for f in factors:
        if len(factors) >= 2 and f.value not in (0, 1) and near(a * f.value):
            return (
                "extra-term",
                f"{f.label} is counted twice: {left} = {fmt(a)}, you wrote {fmt(b)}",
                "one factor per token",
            )
    if isinstance(a_expr, sm.Quantity):
        ask = checker.problem.ask if a_expr.name == "asked" else a_expr.name
        # at the precision b is written (4 significant figures at least), not the step's slack
        written = max(checker.tolerance(b_expr, approx=False), 2e-4 * abs(b))
        combo = first_credible(variants(checker, ask, pairs=True), b, written, ask)
        if combo is not None:
            for extra in combo[1:]:  # two mistakes at once: the second is named here too
                findings.also.append(
                    make(extra.code, f"{right} = {fmt(b)}: {extra.message}", b_expr.span, extra.hint)
                )
            return combo[0].code, f"{right} = {fmt(b)}: {combo[0].message}", combo[0].hint
    other_model = _other_model_value(checker, a_expr, near, findings)
    if other_model is not None:
        return other_model
    other = _other_conditional(checker, a_expr, a, near) if precise and single_term(a_expr) else None
    if other is not None:
        return (
            "wrong-token",
            f"{right} is the value of {other}, not of {left} (= {fmt(a)})",
            "substitute the value of the conditional for this token and this history",
        )
    return None


_LENGTH_NAMES = ("N", "n", "T", "|y|", "|w|")


def _wrong_length(checker: Judge, a_expr: sm.Expr, b: float, tol: float) -> lengths.WrongLength | None:
    """The wrong N a student put for the sequence's length N in `a_expr` (1/N written 1/3 where y has two
    tokens), when the value they wrote is what `a_expr` is with that N; None otherwise, or where N is theirs."""
    names = {n.name for n in sm.walk(a_expr) if isinstance(n, sm.Scalar) and n.name in _LENGTH_NAMES}
    if not names or names & set(checker.memory.definitions):
        return None
    with checker.memory.trying() as definitions:
        for wrong in lengths.wrong_lengths(checker.seq, checker.seq.n):
            if wrong.n < 1:
                continue  # N multiplied, not divided, is another shape than a wrong count
            definitions.update(dict.fromkeys(names, float(wrong.n)))
            try:
                value = checker.value(a_expr)
            except (Unresolved, ArithmeticError, ValueError):
                continue
            if value is not None and abs(value - b) <= tol:
                return lengths.WrongLength(wrong.n, wrong.code, f"this {wrong.says}")
    return None


def _one_element_apart(checker: Judge, a_expr: sm.Expr, b_expr: sm.Expr) -> bool:
    """Is B's list of summands (or factors) A's with exactly one element left out or added?"""
    for op in ("+", "*"):
        fa = sorted(round(s * (checker.value(e) or 0.0), 9) for s, e in flatten(a_expr, op))
        fb = sorted(round(s * (checker.value(e) or 0.0), 9) for s, e in flatten(b_expr, op))
        if abs(len(fa) - len(fb)) == 1 and min(len(fa), len(fb)) >= 1:
            small, large = (fa, fb) if len(fa) < len(fb) else (fb, fa)
            rest = list(large)
            if all(x in rest and not rest.remove(x) for x in small):
                return True
    return False


def _precise(checker: Judge, expr: sm.Expr) -> bool:
    """Written with enough digits that a coincidence is unlikely: 2+ significant digits, exact, or
    one of the model's own numbers."""
    for num in (n for n in sm.walk(expr) if isinstance(n, sm.Num)):
        if num.decimals is not None and not (checker.is_model_value(num) or checker.is_model_value(num, -1)):
            digits = num.text.lower().split("e")[0].replace(".", "").lstrip("0")
            if len(digits) < 2:
                return False
    return True


def _log_of_term(expr: sm.Expr) -> sm.Expr | None:
    """The probability term inside ±log P(…), or None."""
    if isinstance(expr, sm.Neg):
        expr = expr.arg
    if isinstance(expr, sm.Log) and single_term(expr.arg):
        return expr.arg
    return None


def _has_function(expr: sm.Expr) -> bool:
    """exp, log, roots or non-integer powers: where a wrong rule, not a slip, is the likely mistake."""
    for n in sm.walk(expr):
        if isinstance(n, sm.Exp | sm.Log | sm.Root):
            return True
        if (
            isinstance(n, sm.BinOp)
            and n.op == "^"
            and not (isinstance(n.right, sm.Num) and n.right.decimals is None)
        ):
            return True
    return False


def _mean_by_its_name(checker: Judge, expr: sm.Expr) -> bool:
    """Is `expr` the NLL or log-likelihood by name alone (not log P(y|x) written out), in a problem that asks
    a per-token quantity (perplexity, cross-entropy), where the mean per token is what the next step needs?"""
    if isinstance(expr, sm.Neg):
        expr = expr.arg
    return (
        isinstance(expr, sm.Quantity)
        and expr.name in ("log_likelihood", "nll")
        and checker.problem.ask in PER_TOKEN_ASKS
    )


def _whole_sequence(checker: Judge, expr: sm.Expr) -> bool:
    """log P(y|x), LL or NLL: a total over the sequence's tokens."""
    if isinstance(expr, sm.Neg):
        expr = expr.arg
    if isinstance(expr, sm.Quantity):
        return expr.name in ("log_likelihood", "nll") or (
            expr.name == "asked" and checker.problem.ask in ("log_likelihood", "nll")
        )
    if isinstance(expr, sm.Log):
        factors = factors_of(checker, expr)
        return factors is not None and len(factors) == checker.seq.n > 1
    return False


@overflow_safe(None)
def count_mistake(checker: Judge, a_expr: sm.Expr, b_expr: sm.Expr) -> tuple[str, str, str] | None:
    """P(w | h) written from the wrong counts: C(other n-gram)/C(h), or C(h w)/(a total)."""
    if not (isinstance(a_expr, sm.Prob) and isinstance(b_expr, sm.BinOp) and b_expr.op == "/"):
        return None
    if not isinstance(b_expr.left, sm.Count):
        return None
    k = factor_position(checker, a_expr)
    if k is None:
        return None
    context = checker.problem.model.context_for(checker.problem.y[: k - 1])
    wanted = tuple(context) + (checker.problem.y[k - 1],)
    from grader.maths.evaluate import count_tokens

    try:
        numerator = count_tokens(b_expr.left, {}, checker.seq)
    except Unresolved:
        return None
    left, right = source(checker, a_expr), source(checker, b_expr)
    if not isinstance(b_expr.right, sm.Count):
        return (
            "joint-for-conditional",
            f"{right} is the relative frequency of the n-gram {' '.join(numerator)} (a joint probability), not {left}",
            f"divide by the count of the history: C({' '.join(wanted)}) / C({' '.join(context)})",
        )
    denominator = count_tokens(b_expr.right, {}, checker.seq)
    if [t.lower() for t in numerator] == [t.lower() for t in context] and [
        t.lower() for t in denominator
    ] == [t.lower() for t in wanted]:
        return (
            "invalid-step",
            f"{right} is upside down: {left} = C({' '.join(wanted)}) / C({' '.join(context)})",
            "the count of the n-gram goes on top, the count of its history below",
        )
    if [t.lower() for t in numerator] != [t.lower() for t in wanted]:
        return (
            "wrong-token",
            f"{right} counts {' '.join(numerator)}, but {left} needs C({' '.join(wanted)}) / C({' '.join(context)})",
            "count the n-gram made of the history and the predicted token",
        )
    return None


def _count_for_its_ratio(checker: Judge, a_expr: sm.Expr, b: float, tol: float) -> str | None:
    """`C(<s> I) = 2/3`: an n-gram's count set to a value no count is (not a whole number) that is the n-gram's
    probability, its count over its history's, C(<s> I)/C(<s>): the ratio written in shorthand. The ratio's
    text, or None."""
    if not isinstance(a_expr, sm.Count) or len(a_expr.events) < 2 or abs(b - round(b)) <= tol:
        return None
    history = sm.Count(a_expr.events[:-1], a_expr.span)
    count, total = checker.value(a_expr), checker.value(history)
    if count is None or not total or abs(count / total - b) > tol:
        return None
    return f"{source(checker, a_expr)}/C({' '.join(source(checker, e.span) for e in history.events)})"


def _is_fraction(expr: sm.Expr) -> bool:
    """5/2 or \\frac{5}{2}: a result written as a ratio of whole numbers."""
    if isinstance(expr, sm.Neg):
        expr = expr.arg
    if isinstance(expr, sm.Num):
        return "/" in expr.text
    return isinstance(expr, sm.BinOp) and expr.op == "/"


def _plain_number(expr: sm.Expr) -> bool:
    """A number as a result is written: 0.28, -1.1, 4/27, \\frac{4}{27}, 3.1 × 10^{-5}."""
    if isinstance(expr, sm.Neg):
        expr = expr.arg
    if isinstance(expr, sm.Num):
        return True
    if isinstance(expr, sm.BinOp) and expr.op == "/":
        return all(isinstance(x, sm.Num) and x.decimals is None for x in (expr.left, expr.right))
    if (
        isinstance(expr, sm.BinOp)
        and expr.op == "*"
        and isinstance(expr.right, sm.BinOp)
        and expr.right.op == "^"
    ):
        base = expr.right.left
        return isinstance(expr.left, sm.Num) and isinstance(base, sm.Num) and base.value == 10
    return False


def factor_position(checker: Judge, expr: sm.Expr) -> int | None:
    """The position k when expr is a probability term for exactly the sequence's factor y_k."""
    factors = factors_of(checker, expr) if isinstance(expr, sm.Prob) else None
    if factors is None or len(factors) != 1 or factors[0].key[0] != "cond":
        return None
    return factors[0].key[1]


def factors_of(checker: Judge, expr: sm.Expr) -> tuple | None:
    """The chain-rule factors of a probability term (or of its log), or None if it has none."""
    inner = expr.arg if isinstance(expr, sm.Log) else expr
    if not isinstance(inner, sm.Prob):
        return None
    try:
        return checker.ctx.resolve(inner, {}).factors
    except Unresolved:
        return None


def single_term(expr: sm.Expr) -> bool:
    """One probability term, or its log (possibly negated): what a substituted number stands for."""
    while isinstance(expr, sm.Neg | sm.Log):
        expr = expr.arg
    return isinstance(expr, sm.Prob | sm.PCond)


def _joint_parts(checker: Judge, expr: sm.Expr) -> list[Part] | None:
    """The factors of a joint term (or of its log), or None."""
    factors = factors_of(checker, expr)
    if factors is None or len(factors) < 2:
        return None
    out = []
    for f in factors:
        p = checker.model_values.factor(f.key)
        if p is None:
            return None
        value = math.log(p) / LN_BASE[checker.ctx.base(expr)] if isinstance(expr, sm.Log) else p
        out.append(Part(f.text, value))
    return out


def _has_log(expr: sm.Expr) -> bool:
    """Does the expression take a logarithm (written, or inside a named log quantity)?"""
    return any(
        isinstance(n, sm.Log)
        or (isinstance(n, sm.Quantity) and n.name in ("log_likelihood", "nll", "cross_entropy"))
        for n in sm.walk(expr)
    )


def _logit_values(checker: Judge) -> list[float]:
    """Each token's logit as a student might misuse it: itself, e^z, or in the problem's log base."""
    problem = checker.problem
    logits = problem.model.logits
    if not problem.model.has_logits:
        return []
    out: list[float] = []
    for k, token in enumerate(problem.y[:50]):
        scores = logits(tuple(problem.model.context_for(problem.y[:k])))
        if scores and token in scores:
            z = float(scores[token])
            out += [z, -z, z / problem.ln_base, -z / problem.ln_base]
            if z < 700:
                out.append(math.exp(z))
    return out


def term_position(checker: Judge, expr: sm.Expr) -> tuple[int, str] | None:
    """For ±log P(…) or P(…) of one sequence factor: its position, and "log", "-log" or "prob"."""
    space = "prob"
    if isinstance(expr, sm.Quantity) and len(expr.args) == 1 and isinstance(expr.args[0], sm.TokenLit):
        token = expr.args[0].text  # NLL(the): one token's share
        k = next((k for k in range(1, checker.seq.n + 1) if checker.seq.y[k - 1] == token), None)
        name = checker.problem.ask if expr.name == "asked" else expr.name
        if k is None or name not in ("log_likelihood", "nll", "probability"):
            return None
        return k, {"log_likelihood": "log", "nll": "-log", "probability": "prob"}[name]
    if isinstance(expr, sm.Neg) and isinstance(expr.arg, sm.Log):
        expr, space = expr.arg.arg, "-log"
    elif isinstance(expr, sm.Log):
        expr, space = expr.arg, "log"
    k = factor_position(checker, expr)
    return None if k is None else (k, space)


def _other_model_value(
    checker: Judge, a_expr: sm.Expr, near: Callable[[float], bool], findings: Findings
) -> tuple[str, str, str] | None:
    """A logit used as a log-probability, or a factor taken from another estimate of the model."""
    named = _named_estimate_value(checker, a_expr, near)
    if named is not None:
        return named
    found = term_position(checker, a_expr)
    if found is None:
        return None
    k, space = found
    problem = checker.problem
    token = problem.y[k - 1]
    context = problem.model.context_for(problem.y[: k - 1])
    ln_b = problem.ln_base

    def in_space(ln_p: float) -> float:
        return {"log": ln_p / ln_b, "-log": -ln_p / ln_b, "prob": math.exp(ln_p) if ln_p < 700 else math.inf}[
            space
        ]

    logits = problem.model.logits
    if problem.model.has_logits:
        scores = logits(tuple(context))
        for j in range(len(problem.y)):  # the token's logit read from another history's row
            other = logits(tuple(problem.model.context_for(problem.y[:j]))) if j != k - 1 else None
            if other and token in other and scores and token in scores:
                lse = math.log(sum(math.exp(z) for z in scores.values()))
                if near(in_space(other[token] - lse)):
                    return (
                        "wrong-token",
                        f"{fmt(other[token])} is the logit of {token!r} after {' '.join(problem.y[:j]) or 'x'}, "
                        f"not after {' '.join(problem.y[: k - 1]) or 'x'}",
                        "take the logit from the row of the history this factor conditions on",
                    )
        if (
            scores
            and token in scores
            and (near(in_space(scores[token])) or (space == "prob" and near(scores[token])))
        ):
            return (
                "unnormalized-scores",
                f"{fmt(scores[token])} is the logit of {token!r}, not its log-probability: the softmax "
                f"normaliser log Σ exp(z) = {fmt(math.log(sum(math.exp(z) for z in scores.values())))} is missing",
                "log P(w | h) = z_w - log Σ_v exp(z_v)",
            )
    counted = bos.vocabulary_counted(problem.model)
    if counted is not None:  # |V| counting <s> as a type
        size, twin = counted
        p = twin.prob(token, tuple(context))
        if p is not None and p > 0 and near(in_space(math.log(float(p)))):
            findings.student_model = twin  # later factors are judged from the student's |V|
            return bos.CODE, f"{fmt(float(p))} smooths over {bos.vocabulary_says(size)}", bos.VOCABULARY_HINT
    for name, model in checker.problem.model.alternatives():
        p = model.prob(token, tuple(context))
        differs = (
            p is not None and p > 0 and abs(float(p) - math.exp(problem.reference.ln_probs[k - 1])) > 1e-12
        )
        if differs and near(in_space(math.log(float(p)))):
            return (
                "mixed-models",
                f"{fmt(float(p))} is P({token} | {' '.join(context)}) under {name}, not under this problem's model",
                "take every factor from the same model (the same smoothing)",
            )
    return None


def _named_estimate_value(
    checker: Judge, a_expr: sm.Expr, near: Callable[[float], bool]
) -> tuple[str, str, str] | None:
    """P_{MLE}(am | I) = 3/14 in an add-one problem: a factor named by one estimate given the value of the
    problem's own model (or of another estimate it has)."""
    space, inner = "prob", a_expr
    if isinstance(inner, sm.Neg) and isinstance(inner.arg, sm.Log):
        space, inner = "-log", inner.arg.arg
    elif isinstance(inner, sm.Log):
        space, inner = "log", inner.arg
    factors = factors_of(checker, inner) if isinstance(inner, sm.Prob) else None
    if not factors or len(factors) != 1 or factors[0].key[0] != "est" or factors[0].key[2][0] != "cond":
        return None
    name, k = factors[0].key[1], factors[0].key[2][1]
    problem = checker.problem
    token, context = problem.y[k - 1], problem.model.context_for(problem.y[: k - 1])
    own = [("this problem's model", math.exp(problem.reference.ln_probs[k - 1]))]
    others = [(label, model.prob(token, tuple(context))) for label, model in problem.model.alternatives()]
    for label, p in own + others:
        if p is None or p <= 0 or label == estimators.LABELS.get(name):
            continue
        value = {
            "prob": float(p),
            "log": math.log(p) / problem.ln_base,
            "-log": -math.log(p) / problem.ln_base,
        }
        if near(value[space]):
            return (
                "mixed-models",
                f"{fmt(float(p))} is P({token} | {' '.join(context)}) under {label}, "
                f"not under {estimators.LABELS[name]}, which the term names",
                "give each named estimate its own value",
            )
    return None


def _other_conditional(
    checker: Judge, a_expr: sm.Expr, a: float, near: Callable[[float], bool]
) -> str | None:
    """Another conditional of the model whose value (or log) the student substituted."""
    if not has_terms(a_expr):
        return None
    is_log = isinstance(a_expr, sm.Log) or (isinstance(a_expr, sm.Neg) and isinstance(a_expr.arg, sm.Log))
    table = checker.problem.model.table or {}
    for (context, token), p in table.items():
        value = float(p)
        if value <= 0:
            continue
        candidate = math.log(value) / checker.problem.ln_base if is_log else value
        if abs(candidate - a) > 1e-12 and near(candidate):
            ctx = " ".join(context) if context else "x"
            return f"Pr({token} | {ctx})"
    for c in checker.problem.reference.conditionals:
        value = float(c.prob or 0)
        if value <= 0:
            continue
        candidate = math.log(value) / checker.problem.ln_base if is_log else value
        if abs(candidate - a) > 1e-12 and near(candidate):
            return f"the factor for y_{c.position} = {c.token}"
    model = checker.problem.model
    for c in checker.problem.reference.conditionals[:50]:  # other tokens after each history of y
        try:
            dist = model.distribution(c.context) or {}
        except (ValueError, KeyError, TypeError):
            dist = {}
        for word, p in dist.items():
            if p is None or p <= 0 or word == c.token:
                continue
            value = float(p)
            candidate = math.log(value) / checker.problem.ln_base if is_log else value
            if abs(candidate - a) > 1e-12 and near(candidate):
                return f"P({word} | {' '.join(c.context) or 'x'})"
    return None


@overflow_safe(None)
def symbolic_difference(
    checker: Judge, a_expr: sm.Expr, b_expr: sm.Expr
) -> tuple[str, str, str, sm.Span | None] | None:
    """For two symbolic sides: is one factor missing from B, or one too many (and which term is it)?"""
    seeds = checker.random_values
    try:
        pairs = [(evaluate(a_expr, checker.ctx, v), evaluate(b_expr, checker.ctx, v), v) for v in seeds]
    except (Undefined, Unresolved):
        return None
    log_space = _has_log(a_expr)
    base = LN_BASE[checker.problem.log_base]
    candidates: list[tuple[tuple, str, sm.Span | None]] = [
        (("cond", k), checker.seq.factor_text(k, checker.seq.needed(k)), None)
        for k in range(1, checker.seq.n + 1)
    ]
    for term in (n for n in sm.walk(b_expr) if isinstance(n, sm.Prob)):
        try:
            resolved = checker.ctx.resolve(term, {})
        except Unresolved:
            continue
        if len(resolved.factors) == 1 and resolved.factors[0].key[0] != "cond":
            candidates.append((resolved.factors[0].key, source_text(checker.lines, term.span), term.span))
    for key, text, span in candidates:
        for code, sign in (("missing-term", -1), ("extra-term", 1)):
            if code == "missing-term" and span is not None:
                continue
            ok = False
            for direction in (1, -1) if log_space else (1,):  # an NLL subtracts the logs it sums
                ok = all(
                    math.isclose(
                        vb,
                        va + direction * sign * math.log(values.factor(key) or 1.0) / base
                        if log_space
                        else va * (values.factor(key) or 1.0) ** sign,
                        rel_tol=1e-9,
                        abs_tol=1e-12,
                    )
                    for va, vb, values in pairs
                )
                if ok:
                    break
            if ok:
                what = (
                    "is missing on the right-hand side"
                    if code == "missing-term"
                    else "is not a factor of this sequence"
                )
                if code == "extra-term" and span is None:
                    what = "appears twice on the right-hand side"
                return (code, f"the factor {text} {what}", "one factor for every token of y", span)
    return None
