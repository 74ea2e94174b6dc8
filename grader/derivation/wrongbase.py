"""One misconception explained in one place: a logarithm in the wrong base (log-base-mismatch).

Bits, nats and bans differ by constant factors. A student mixes them in a step's numbers (a log evaluated in
another base than the one meant, a power of another base undoing a log), in a change of unit (nats to bits
multiplied where they divide), or across the whole computation (the asked quantity in another base, a
perplexity raising 2 or 10 to a cross-entropy in nats). Diagnosis of a step, the unit check and the
whole-computation search ask here for the mistake's value and what to tell the student.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

from grader.derivation.wording import BASE_NAMES, fmt
from grader.reference.quantities import LN_BASE

CODE = "log-base-mismatch"
PAIRS = (("e", "2"), ("e", "10"), ("2", "e"), ("10", "e"), ("2", "10"), ("10", "2"))  # (meant, used)

Found = tuple[str, str, str]  # (code, message, hint)


def _name(base: str) -> str:
    return "e" if base == "e" else base


def in_log(a: float, near: Callable[[float], bool], left: str, right: str) -> Found | None:
    """A step's `right` whose value is `left`'s log value `a` taken in another base."""
    for meant, used in PAIRS:
        if near(a * LN_BASE[meant] / LN_BASE[used]):
            return (
                CODE,
                f"{right} is {left} in the {BASE_NAMES[used]}, but here the log is the {BASE_NAMES[meant]}"
                f" ({left} = {fmt(a)})",
                f"log_b p = ln p / ln b; use the {BASE_NAMES[meant]} throughout",
            )
    return None


def in_power(a: float, near: Callable[[float], bool], left: str, right: str) -> Found | None:
    """A step's power `right` undoing a log of `left` (value `a`) with a power of another base."""
    for meant, used in PAIRS:
        exponent = math.log(a) / LN_BASE[meant]
        if near(math.exp(exponent * LN_BASE[used])):
            return (
                CODE,
                f"{right} raises {_name(used)} to a log taken in base {_name(meant)}; {left} = {fmt(a)}",
                "undo a log with the power of the same base: 10^(log10 p), e^(ln p)",
            )
    return None


def in_conversion(value: float, unit: str, converted: float, written: float) -> Found:
    """A change of unit `value` `unit`s = `written` in the other unit, where `converted` is right (shown to six
    figures: a conversion is read at the precision the student wrote)."""
    return (
        CODE,
        f"{value:.6g} {unit}s is {converted:.6g} {'bits' if unit == 'nat' else 'nats'}, not {written:.6g}",
        "1 nat = 1/ln 2 ≈ 1.443 bits: divide nats by ln 2 to get bits",
    )


def power_bases() -> Iterator[tuple[str, str, str]]:
    """(base, message, hint) for a perplexity raising another base than e to a cross-entropy in nats."""
    for used in ("2", "10"):
        yield (
            used,
            f"this raises {used} to the cross-entropy in nats",
            "use the same base for the log and the power",
        )


def quantity_bases(what: str, base: str) -> Iterator[tuple[str, str, str]]:
    """(base, message, hint) for the log quantity `what`, asked in `base`, computed in another base."""
    for used in ("e", "2", "10"):
        if used != base:
            yield (
                used,
                f"this is the {what} with the {BASE_NAMES[used]}; the problem uses the {BASE_NAMES[base]}",
                "log_b p = ln p / ln b",
            )
