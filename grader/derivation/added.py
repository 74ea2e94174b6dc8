"""One misconception explained in one place: probabilities added instead of multiplied (added-probs).

The probability of a sequence is the product of its conditionals. A student who adds them does so in what
they write (a sum of the model's probabilities where a product belongs) or in the numbers of a step (the
sum, or the average, of the step's factors). Diagnosis of a step asks here for the mistake's value and what
to tell the student.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from grader.derivation.wording import fmt

CODE = "added-probs"


def written(right: str) -> tuple[str, str, str]:
    """(code, message, hint) for an expression `right` that adds the model's probabilities."""
    return (
        CODE,
        f"{right} adds probabilities; the probability of a sequence is the product of its conditionals",
        "multiply the conditionals (or add their logarithms)",
    )


def value(probs: Sequence[float]) -> float:
    """What adding the probabilities gives."""
    return sum(probs)


def mean(probs: Sequence[float]) -> float:
    """What averaging the probabilities gives."""
    return sum(probs) / len(probs)


def _multiply(probs: Sequence[float]) -> str:
    return f"multiply them: {' × '.join(fmt(p) for p in probs)} = {fmt(math.prod(probs))}"


def of_values(named: Sequence[tuple[str, float]]) -> tuple[str, str, str]:
    """(code, message, hint) for a step whose value is the sum of the probabilities `named` (label, value)."""
    added = " and ".join(f"{label} = {fmt(v)}" for label, v in named)
    probs = [v for _, v in named]
    return CODE, f"you added {added}; the probabilities of a sequence's tokens multiply", _multiply(probs)


def of_mean(probs: Sequence[float]) -> tuple[str, str, str]:
    """(code, message, hint) for a step whose value is the average of the probabilities `probs`."""
    return (
        CODE,
        f"you averaged the probabilities {', '.join(fmt(p) for p in probs)}; the probabilities of a "
        "sequence's tokens multiply",
        _multiply(probs),
    )
