"""The quantities a problem can ask for, computed from a sequence's chain-rule factors."""

from __future__ import annotations

import math
from collections.abc import Sequence

ASKS = ("log_likelihood", "probability", "nll", "perplexity", "cross_entropy")
PER_TOKEN_ASKS = ("perplexity", "cross_entropy")  # the asks that divide by the number of tokens
LN_BASE = {"e": 1.0, "2": math.log(2), "10": math.log(10)}


def quantity(ask: str, ln_probs: Sequence[float], log_base: str, n: int | None = None) -> float:
    """The value of `ask` for factors with natural logs `ln_probs`; `n` defaults to their count."""
    total = math.fsum(ln_probs)
    count = len(ln_probs) if n is None else n
    ln_b = LN_BASE[log_base]
    if ask == "log_likelihood":
        return total / ln_b
    if ask == "probability":
        return math.exp(total)
    if ask == "nll":
        return -total / ln_b
    if ask == "cross_entropy":
        return -total / ln_b / count
    if ask == "perplexity":
        return math.exp(-total / count)
    raise ValueError(ask)
