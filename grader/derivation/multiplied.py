"""One misconception explained in one place: log-probabilities multiplied instead of added
(multiplied-log-probs).

The log of a product is the sum of the logs. A student who multiplies the logs does so in what they write
(a product of logs where a sum belongs), in the numbers of a step (the product of the step's summands), or
across the whole computation (the quantity built from the product). Diagnosis of a step and the
whole-computation search ask here for the mistake's value and what to tell the student.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from grader.derivation.wording import fmt

CODE = "multiplied-log-probs"
HINT = "add the log-probabilities of the factors instead of multiplying them"


def value(logs: Sequence[float]) -> float:
    """What multiplying the log-probabilities gives."""
    return math.prod(logs)


def written(right: str) -> tuple[str, str, str]:
    """(code, message, hint) for an expression `right` that multiplies log-probabilities."""
    return CODE, f"{right} multiplies log-probabilities; the log of a product is the sum of the logs", HINT


def of_values(named: Sequence[tuple[str, float]]) -> tuple[str, str, str]:
    """(code, message, hint) for a step whose value is the product of the log-probabilities `named` (label,
    value)."""
    values = [v for _, v in named]
    by = " by ".join(f"{label} = {fmt(v)}" for label, v in named)
    return (
        CODE,
        f"you multiplied {by}; log-probabilities of a sequence add",
        f"add them: {' + '.join(fmt(v) for v in values)} = {fmt(sum(values))}",
    )


def of_quantity(what: str) -> tuple[str, str]:
    """(message, hint) for a whole `what` (a log-likelihood, a perplexity) built from the product."""
    return f"this {what} uses the product of the log-probabilities, not their sum", "log-probabilities add"
