"""The reference closed forms of the cost kind, one per (ask, strategy), and the wrong forms of known
misconceptions, built from the same pieces (generate-and-match).

The scenario (a problem's statement says it in words): a prompt of m tokens has been read; the
model then produces n new tokens, step i handling position m + i. A transformer has L layers, h
heads, width d (d/h per head) and a feed-forward width of 4d. Per head and layer, at step i:

    naive           recompute the whole prefix: (m+i)(m+i+1)/2 scores, m+i positions
    kv_cache        the new query against the m+i cached keys: m+i scores, 1 position
    window          the new query against the last k keys (m ≥ k): k scores, 1 position
    teacher_forced  one causal pass over all m+n positions of a given text (the prompt included)

A size the problem's [symbols] does not define counts as 1 (d, L, h: "per layer", "per head") or
0 (m: no prompt). tests/test_cost_forms.py proves each form by running the numpy transformer's
work counters (grader/reference/transformer.py `Work`) at several sizes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy

from grader.cost.algebra import power_sum, symbol

ASKS = (
    "attention_scores",
    "conditional_evaluations",
    "kv_cache_entries",
    "forward_flops",
    "sequences_scored",
)
STRATEGIES = ("naive", "kv_cache", "teacher_forced", "window")
ROLES = ("n", "m", "k", "d", "L", "h", "V")  # the letters a cost problem may define
ABSENT = {"m": 0, "d": 1, "L": 1, "h": 1}  # what a size the problem does not define counts as
DEFINED = {
    "kv_cache_entries": ("kv_cache", "window"),
}

ASK_WORDS = {
    "attention_scores": "attention scores (query·key products)",
    "conditional_evaluations": "positions run through the network (next-token distributions computed)",
    "kv_cache_entries": "numbers held in the KV cache at the end",
    "forward_flops": "multiply-adds in the transformer blocks",
    "sequences_scored": "sequences an exhaustive search scores",
}
STRATEGY_WORDS = {
    "naive": "without a cache, the whole prefix recomputed at every step",
    "kv_cache": "with a KV cache, one new position per step",
    "teacher_forced": "one teacher-forced pass over the whole text",
    "window": "a sliding window of the last k positions, cached",
}


@dataclass(frozen=True)
class Variant:
    """What a form is built from; the reference is Variant(strategy), a misconception changes a field."""

    strategy: str
    shift: int = 0  # the step index shifted: the sum's bounds off by one
    dropped: frozenset[str] = frozenset()  # sizes left out: m (prompt), L (layers), h (heads)


@dataclass(frozen=True)
class Form:
    """A closed form with the derivation `grader solve` prints."""

    total: sympy.Expr
    per_step: sympy.Expr | None  # the summand in i, or None for a direct count
    lower: sympy.Expr
    upper: sympy.Expr
    why: str


def needs(ask: str, strategy: str) -> tuple[str, ...]:
    """The letters a problem must define for this (ask, strategy)."""
    if ask == "sequences_scored":
        return ("n", "V")
    width = ("d",) if ask in ("kv_cache_entries", "forward_flops") else ()
    if ask == "kv_cache_entries" and strategy == "window":
        return ("k", *width)
    return ("n", "k", *width) if strategy == "window" else ("n", *width)


def _sizes(defined: frozenset[str], dropped: frozenset[str]) -> dict[str, sympy.Expr]:
    out: dict[str, sympy.Expr] = {}
    for role in ROLES:
        if role in defined and role not in dropped:
            out[role] = symbol(role)
        else:
            out[role] = sympy.Integer(ABSENT.get(role, 0 if role in dropped else 1))
    return out


def form(ask: str, variant: Variant, defined: frozenset[str]) -> Form:
    """The closed form of `ask` under a variant, over the problem's defined letters."""
    s = _sizes(defined, variant.dropped)
    n, m, k, d, layers, h, vocab = (s[r] for r in ROLES)
    i = symbol("i") + variant.shift
    one = sympy.Integer(1)
    if ask == "sequences_scored":
        return Form(vocab**n, None, one, one, "every one of the |V| tokens at each of the n positions")
    strategy = variant.strategy
    if ask == "kv_cache_entries":
        length = k if strategy == "window" else m + n
        why = "a key and a value of width d per layer for each cached position"
        return Form(sympy.expand(2 * d * layers * length), None, one, one, why)
    if strategy == "teacher_forced":
        t = symbol("i") + variant.shift
        scores, positions, upper = t, one, m + n
        why = "position t's query meets the keys of positions 1 … t, all in one pass"
    elif strategy == "naive":
        scores, positions, upper = (m + i) * (m + i + 1) / 2, m + i, n
        why = "step i reruns all m + i positions; position t's query meets t keys"
    elif strategy == "kv_cache":
        scores, positions, upper = m + i, one, n
        why = "step i runs one position, whose query meets the m + i cached keys"
    else:
        scores, positions, upper = k, one, n
        why = "step i runs one position, whose query meets the last k keys only"
    if ask == "attention_scores":
        per_step = h * layers * scores
        why += ", in each of h heads and L layers"
    elif ask == "conditional_evaluations":
        per_step = positions
        why = why.split(";")[0] if strategy == "naive" else why
    else:  # forward_flops
        per_step = layers * (12 * d**2 * positions + 2 * d * scores)
        why += "; per position and layer 12d² for the projections and feed-forward, 2d per score"
    index = symbol("i")
    total = power_sum(per_step, index, one, upper)
    return Form(total, sympy.expand(per_step), one, upper, why)


@dataclass(frozen=True)
class Misconception:
    codes: tuple[str, ...]
    variant: Variant
    words: str


def misconceptions(ask: str, strategy: str, defined: frozenset[str]) -> list[Misconception]:
    """The wrong variants worth matching for this question, single mistakes first, then pairs."""
    base = Variant(strategy)
    singles: list[Misconception] = []
    if ask not in ("sequences_scored", "kv_cache_entries"):
        singles += [
            Misconception(
                ("sum-bounds-off-by-one",), replace(base, shift=-1), "with the step index one too low"
            ),
            Misconception(
                ("sum-bounds-off-by-one",), replace(base, shift=1), "with the step index one too high"
            ),
        ]
    if (
        "m" in defined
        and ask != "sequences_scored"
        and not (strategy == "window" and ask == "kv_cache_entries")
    ):
        singles.append(
            Misconception(
                ("prompt-left-out",), replace(base, dropped=frozenset("m")), "without the m prompt positions"
            )
        )
    for letter, words in (("L", "without the L layers"), ("h", "without the h heads")):
        if letter in defined and (ask == "attention_scores" or (letter == "L" and ask != "sequences_scored")):
            singles.append(
                Misconception(("layers-or-heads-dropped",), replace(base, dropped=frozenset(letter)), words)
            )
    if strategy == "kv_cache" and ask in ("attention_scores", "conditional_evaluations", "forward_flops"):
        singles.append(
            Misconception(
                ("naive-count-for-cache",), Variant("naive"), "of recomputing every prefix (no cache)"
            )
        )
    if strategy == "window" and ask != "sequences_scored":
        for other in ("kv_cache", "naive"):
            if ask == "kv_cache_entries" and other == "naive":
                continue
            singles.append(
                Misconception(("window-as-full-context",), Variant(other), f"over the full context ({other})")
            )
    pairs = []
    for a_index, a in enumerate(singles):
        for b in singles[a_index + 1 :]:
            merged = _merge(a.variant, b.variant, base)
            if merged is not None:
                codes = tuple(dict.fromkeys(a.codes + b.codes))
                pairs.append(Misconception(codes, merged, f"{a.words} and {b.words}"))
    return singles + pairs


def _merge(a: Variant, b: Variant, base: Variant) -> Variant | None:
    if (a.shift and b.shift) or (a.strategy != base.strategy and b.strategy != base.strategy):
        return None
    strategy = a.strategy if a.strategy != base.strategy else b.strategy
    return Variant(strategy, a.shift or b.shift, a.dropped | b.dropped)
