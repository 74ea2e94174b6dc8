"""How the derivation names things: quantities, log bases, their units and numbers."""

from __future__ import annotations

QUANTITY_NAMES = {
    "log_likelihood": "log-likelihood",
    "probability": "probability",
    "nll": "negative log-likelihood",
    "perplexity": "perplexity",
    "cross_entropy": "cross-entropy",
}
BASE_NAMES = {"e": "natural log (nats)", "2": "log base 2 (bits)", "10": "log base 10"}


def fmt(v: float) -> str:
    """A number as messages show it: 4 significant figures, 5 from 1 up, scientific when tiny or huge."""
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e6):
        return f"{v:.4g}"
    return f"{v:.4g}" if abs(v) < 1 else f"{v:.5g}"


OWN_UNIT = {"e": "nat", "2": "bit"}  # the unit a problem's log base measures in


def unit_of(written: str | None) -> str | None:
    """nat or bit, however written (nats, \\text{bits}), or None."""
    if not written:
        return None
    return "bit" if "bit" in written else "nat" if "nat" in written else None
