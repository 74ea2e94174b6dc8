"""The derivation kind's authoring facts: its defaults, model values, likely mistakes, printed precision."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from grader.authoring.kinds import Printed, Value
from grader.derivation.question import DerivationQuestion
from grader.reference.quantities import LN_BASE, quantity

# the mistakes every derivation of this ask meets, as diagnostic codes (README "Diagnostics")
CHAIN_RULE = ("multiplied-log-probs", "added-probs", "dropped-conditioning", "missing-term")
MISCONCEPTIONS = {
    "log_likelihood": CHAIN_RULE,
    "probability": CHAIN_RULE[1:],  # no logarithm is written, so none can be multiplied
    "nll": (*CHAIN_RULE, "sign-error"),
    "perplexity": (*CHAIN_RULE, "perplexity-normalization"),
    "cross_entropy": (*CHAIN_RULE, "perplexity-normalization"),
}


MAX_CONTEXTS = 20  # next-token distributions (and logits) offered as values a statement may print


def defaults(data: dict[str, Any], path: str) -> list[tuple[str, str]]:
    """(key, the value used) for each key with a default the file leaves out."""
    spelled = [
        ("kind", '"derivation"'),
        ("id", f'"{Path(path).stem}" (the file name)'),
        ("log_base", '"e"'),
        ("tolerance", "0.01 (absolute)"),
        ("points", "1"),
        ("reveal", '"never"'),
        ("strict_notation", "false"),
    ]
    return [(key, value) for key, value in spelled if key not in data]


def model_line(question: DerivationQuestion) -> str:
    return question.problem.model.describe()


def _logs(p: float, label: str, base: str) -> list[Value]:
    if p <= 0:
        return []
    out = [Value(p, label, "probability"), Value(math.log(p), f"ln {label}", "log-probability")]
    if base != "e":
        out.append(Value(math.log(p) / LN_BASE[base], f"log_{base} {label}", "log-probability"))
    return out


def _label(token: str, context: tuple[str, ...], whole_history: bool) -> str:
    if whole_history:
        return f"P({token} | {', '.join(('x', *context))})"
    return f"P({token} | {' '.join(context)})" if context else f"P({token})"


def values(question: DerivationQuestion) -> list[Value]:
    """Every conditional, listed entry, next-token distribution, logit and count the model gives."""
    problem = question.problem
    model, base = problem.model, problem.log_base
    whole = model.window is None
    found: list[Value] = []
    contexts = []
    for c in problem.reference.conditionals:
        found.extend(_logs(float(c.prob or 0), problem.factor_label(c.position), base))
        contexts.append(c.context)
    for (context, token), prob in (model.table or {}).items():
        found.extend(_logs(float(prob), _label(token, context, whole), base))
    for context in contexts[:MAX_CONTEXTS]:  # a statement prints a few distributions, not one per token
        for token, prob in (model.distribution(context) or {}).items():
            found.extend(_logs(float(prob), _label(token, context, whole), base))
        for token, logit in (model.logits(context) or {}).items() if model.has_logits else ():
            history = ", ".join(("x", *context))
            found.append(Value(float(logit), f"logit z({token} | {history})", "logit"))
    tokens = (*(problem.prompt_tokens or ()), *problem.y)
    for n in (1, 2, 3):
        for i in range(len(tokens) - n + 1):
            count = model.count(tuple(tokens[i : i + n]))
            if count is not None:
                found.append(Value(float(count), f"C({' '.join(tokens[i : i + n])})", "count"))
    for value, label in (
        (model.vocabulary_size, "|V|"),
        (model.unigram_total(), "N (tokens counted)"),
        (model.corpus_sentences, "sentences in the corpus"),
    ):
        if value is not None:
            found.append(Value(float(value), label, "count"))
    return found


def misconceptions(question: DerivationQuestion) -> tuple[str, ...]:
    return MISCONCEPTIONS.get(question.problem.ask, CHAIN_RULE)


def _matches(printed: Printed, value: float) -> bool:
    if printed.decimals is None:
        return math.isclose(printed.value, value, rel_tol=1e-9, abs_tol=1e-12)
    return abs(printed.value - value) <= 0.5 * 10.0**-printed.decimals + 1e-12


def precision(question: DerivationQuestion, printed: list[Printed]) -> str | None:
    """Does a student who works from the statement's printed (rounded) values still get the answer
    the tolerance accepts? None if yes or the statement prints no factor; else why not."""
    problem = question.problem
    base = LN_BASE[problem.log_base]
    used: list[float] = []
    shown: list[str] = []
    for c in problem.reference.conditionals:
        p = float(c.prob or 0)
        forms = ((p, math.log), (math.log(p), lambda v: v), (math.log(p) / base, lambda v: v * base))
        ln = next(
            (
                (to_ln(n.value), n.text)
                for n in printed
                for exact, to_ln in forms
                if _matches(n, exact) and (n.value > 0 or to_ln is not math.log)
            ),
            None,
        )
        if ln is None:
            used.append(math.log(p))
        else:
            used.append(ln[0])
            shown.append(ln[1])
    if not shown:
        return None
    from_printed = quantity(problem.ask, used, problem.log_base)
    expected = problem.reference.value
    if problem.tolerance.allows(from_printed, expected):
        return None
    return (
        f"finer than the statement's printed precision: working from the printed values "
        f"({', '.join(shown)}) gives {from_printed:.6g}, the key is {expected:.6g} "
        f"(off by {abs(from_printed - expected):.2g}); print more digits or loosen the tolerance"
    )
