"""One misconception generated in one place: a perplexity or cross-entropy divided by the wrong N
(perplexity-normalization).

A per-token quantity divides the sequence's log-probability by N, the number of predicted tokens. A student
who gets N wrong multiplies by it instead, does not divide at all, or counts one token too few or too many
(with <s> counted as a token, the one too many is bos-counted instead). Definitions (`N = 4`) and the
whole-computation search ask here for the N under each mistake and its code, so each form is generated once.
"""

from __future__ import annotations

from dataclasses import dataclass

from grader.derivation import bos
from grader.maths.terms import Sequence

CODE = "perplexity-normalization"


@dataclass(frozen=True)
class WrongLength:
    """What a student divided by instead of the sequence's N, and the mistake that explains it."""

    n: float
    code: str
    says: str  # what the quantity then is, after "this is the … " or "this …"


def code_for(seq: Sequence, n: int, m: float) -> str:
    """The mistake behind dividing by `m` where y has `n` predicted tokens."""
    return bos.CODE if m == bos.length_counted(seq, n) else CODE


def wrong_lengths(seq: Sequence, n: int) -> list[WrongLength]:
    """Every N known mistakes divide by, where y has `n` predicted tokens: multiplied by N, not divided at
    all (the commonest), one too few, one or two too many."""
    out = [WrongLength(1 / n, CODE, f"multiplies by N = {n} instead of dividing")]
    for m in (1, n - 1, n + 1, n + 2):
        if m >= 1 and m != n:
            says = (
                f"is not divided by N = {n}"
                if m == 1
                else f"uses N = {m}, but y has N = {n} predicted tokens"
            )
            out.append(WrongLength(m, code_for(seq, n, m), says))
    return out


def hint(n: int) -> str:
    """How to count N, for a sequence of `n` predicted tokens."""
    return f"N counts the predicted tokens: N = {n}"
