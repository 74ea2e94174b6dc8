"""Marginals and decoding (greedy, beam, exhaustive) over any model with a next-token distribution.

Conventions: generation starts after the prompt the model was built with; a hypothesis is
finished when it ends with `eos` (`</s>` by default), and nothing follows it. Ties are broken by
the tokens' text order, so results are deterministic. Probabilities stay exact fractions where
every factor is exact; `logprob` is the natural log of the hypothesis's probability.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from grader.reference.base import EOS, LanguageModel, Prob
from grader.reference.quantities import LN_BASE

COMPLETE_SLACK = 1e-9  # how far a distribution may sum from 1 and still count as complete


class DecodingError(ValueError):
    """The model cannot answer: no distribution here, an incomplete one, or too much work."""


@dataclass(frozen=True)
class Hypothesis:
    """A generated continuation with its probability under the model."""

    tokens: tuple[str, ...]
    prob: Prob
    finished: bool  # ends with eos

    @property
    def logprob(self) -> float:
        """Natural log of `prob` (-inf for 0)."""
        return math.log(self.prob) if self.prob > 0 else -math.inf

    def logprob_in(self, log_base: str) -> float:
        """log of `prob` in base "e", "2" or "10"."""
        return self.logprob / LN_BASE[log_base]

    def _key(self) -> tuple[float, tuple[str, ...]]:
        return (-self.logprob, self.tokens)


def _distribution(model: LanguageModel, prefix: tuple[str, ...], *, complete: bool) -> dict[str, Prob]:
    context = model.context_for(prefix)
    dist = model.distribution(context)
    if dist is None:
        raise DecodingError(f"the model has no next-token distribution after {' '.join(context) or 'x'!r}")
    if complete and abs(float(sum(dist.values())) - 1) > COMPLETE_SLACK:
        total = float(sum(dist.values()))
        raise DecodingError(
            f"the model lists only part of the distribution after {' '.join(context) or 'x'!r} "
            f"(it sums to {total:.6g}), so nothing can be summed over it"
        )
    return dist


def _state(model: LanguageModel, prefix: tuple[str, ...]) -> tuple[str, ...]:
    """The part of the prefix that decides every later context: the last `window` tokens."""
    w = model.window
    if w is None or model.kind == "transformer":  # a transformer's positions are absolute: all of it decides
        return prefix
    return prefix[len(prefix) - w :] if w and len(prefix) > w else (prefix if w else ())


def marginal(
    model: LanguageModel,
    position: int,
    token: str,
    given: tuple[str, ...] = (),
    *,
    eos: str | None = EOS,
    budget: int = 1_000_000,
) -> Prob:
    """Pr(y_position = token | x, y_1 … y_k = given), summing out y_{k+1} … y_{position-1}.

    For example, Pr(y_2 = w | x) = Σ_v Pr(v | x) Pr(w | x, v). Paths through `eos` end there and
    so contribute nothing. Every distribution summed over must be complete.
    """
    if position <= len(given):
        raise ValueError(f"position {position} is already given")
    states: dict[tuple[str, ...], Prob] = {_state(model, tuple(given)): Fraction(1)}
    work = 0
    for _ in range(position - len(given) - 1):
        nxt: dict[tuple[str, ...], Prob] = {}
        for state, mass in states.items():
            for v, p in _distribution(model, state, complete=True).items():
                work += 1
                if work > budget:
                    raise DecodingError(
                        f"summing out {position - len(given) - 1} positions exceeds {budget} steps"
                    )
                if p == 0 or v == eos:
                    continue
                key = _state(model, state + (v,))
                nxt[key] = nxt.get(key, Fraction(0)) + mass * p
        states = nxt
    total: Prob = Fraction(0)
    for state, mass in states.items():
        p = _distribution(model, state, complete=True).get(token, Fraction(0))
        total += mass * p
    return total


def greedy(model: LanguageModel, max_len: int, *, eos: str | None = EOS) -> Hypothesis:
    """The most probable next token at every step, until `eos` or `max_len` tokens."""
    tokens: tuple[str, ...] = ()
    prob: Prob = Fraction(1)
    while len(tokens) < max_len and (not tokens or tokens[-1] != eos):
        dist = _distribution(model, tokens, complete=False)
        best, p = min(dist.items(), key=lambda item: (-item[1], item[0]))
        tokens, prob = tokens + (best,), prob * p
    return Hypothesis(tokens, prob, bool(tokens) and tokens[-1] == eos)


@dataclass(frozen=True)
class BeamStep:
    """One step of beam search: every extension of the beam, and those kept (finished ones included)."""

    candidates: tuple[Hypothesis, ...]  # best first, by the tie rule of `Hypothesis._key`
    kept: tuple[Hypothesis, ...]
    width: int  # how many could be kept at this step


def extend(model: LanguageModel, beam: list[Hypothesis], *, eos: str | None = EOS) -> list[Hypothesis]:
    """Every extension of the unfinished hypotheses of `beam` by a token of non-zero probability, best first."""
    candidates = [
        Hypothesis(h.tokens + (v,), h.prob * p, v == eos)
        for h in beam
        if not h.finished
        for v, p in _distribution(model, h.tokens, complete=False).items()
        if p > 0
    ]
    candidates.sort(key=Hypothesis._key)
    return candidates


def beam_steps(model: LanguageModel, width: int, max_len: int, *, eos: str | None = EOS) -> list[BeamStep]:
    """The steps `beam_search` takes: what it could keep and what it kept, one entry per step."""
    if width < 1:
        raise ValueError("width must be at least 1")
    beam = [Hypothesis((), Fraction(1), False)]
    steps: list[BeamStep] = []
    for _ in range(max_len):
        candidates = extend(model, beam, eos=eos)
        kept = candidates[:width]
        steps.append(BeamStep(tuple(candidates), tuple(kept), width))
        beam = [h for h in kept if not h.finished]
        width -= len(kept) - len(beam)
        if not beam or width <= 0:
            break
    return steps


def beam_search(model: LanguageModel, width: int, max_len: int, *, eos: str | None = EOS) -> list[Hypothesis]:
    """Beam search of width `width`; returns every finished hypothesis and the final beam, best first.

    At each step every beam hypothesis is extended by every token with non-zero probability and
    the `width` best extensions are kept. A hypothesis that reaches `eos` leaves the beam and
    the beam shrinks by one; the search stops when the beam is empty or at `max_len` tokens.
    """
    if width < 1:
        raise ValueError("width must be at least 1")
    beam = [Hypothesis((), Fraction(1), False)]
    finished: list[Hypothesis] = []
    for _ in range(max_len):
        candidates = [
            Hypothesis(h.tokens + (v,), h.prob * p, v == eos)
            for h in beam
            for v, p in _distribution(model, h.tokens, complete=False).items()
            if p > 0
        ]
        candidates.sort(key=Hypothesis._key)
        kept = candidates[:width]
        finished += [h for h in kept if h.finished]
        beam = [h for h in kept if not h.finished]
        width -= len(kept) - len(beam)
        if not beam or width <= 0:
            break
    return sorted(finished + beam, key=Hypothesis._key)


def exhaustive(
    model: LanguageModel, max_len: int, *, eos: str | None = EOS, budget: int = 200_000
) -> list[Hypothesis]:
    """Every continuation up to `max_len` tokens (ending at `eos`, or unfinished at max_len), best first."""
    out: list[Hypothesis] = []
    frontier = [Hypothesis((), Fraction(1), False)]
    expanded = 0
    while frontier:
        h = frontier.pop()
        if h.finished or len(h.tokens) == max_len:
            out.append(h)
            continue
        expanded += 1
        if expanded > budget:
            raise DecodingError(f"more than {budget} prefixes to expand; use beam search")
        for v, p in _distribution(model, h.tokens, complete=False).items():
            if p > 0:
                frontier.append(Hypothesis(h.tokens + (v,), h.prob * p, v == eos))
    return sorted(out, key=Hypothesis._key)
