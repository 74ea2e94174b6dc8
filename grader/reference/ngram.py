"""n-gram models: from explicit entries, or estimated from a corpus (MLE, add-k or interpolation).

Conventions, as a problem's statement should state them:

- `<s>` is context only: it is never predicted and is not a vocabulary type. `</s>` is predicted
  and is a type. So |V| counts the distinct corpus tokens other than `<s>`, `</s>` included,
  unless the problem gives `vocabulary_size` (e.g. "assume |V| = 10 000").
- Each corpus sentence gets `<s>`/`</s>` added where missing, and an order-n model pads it with
  n-1 copies of `<s>`, so the first word is predicted from `<s> … <s>`.
- C(h) in a denominator is the number of times the history h is followed by a predicted token
  (so C(</s>) never appears there); `count` gives raw corpus counts of any n-gram.
- MLE: C(h w) / C(h). Add-k: (C(h w) + k) / (C(h) + k|V|).
- Interpolation: Σ_m λ_m P_MLE(w | last m-1 tokens of h), with `lambdas` listed from the highest
  order (λ_1, the full n-gram) down to the unigram P(w) = C(w) / N, N the number of predicted
  tokens. A lower-order term whose history never occurs contributes 0.

Probabilities estimated from counts are exact fractions.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import dropwhile
from typing import Any

from grader.reference.base import (
    BOS,
    EOS,
    Conditional,
    Derivation,
    LanguageModel,
    ModelError,
    Prob,
)

SMOOTHINGS = ("mle", "add-k", "interpolation")
SMOOTHING_ALIASES = {"add-one": "add-k", "laplace": "add-k"}


@dataclass(frozen=True)
class Smoothing:
    """How probabilities are estimated from counts."""

    method: str = "mle"  # one of SMOOTHINGS
    k: Fraction = Fraction(0)  # add-k only
    lambdas: tuple[Fraction, ...] = ()  # interpolation only, highest order first


@dataclass
class NgramCounts:
    """Counts from a padded corpus: every n-gram (up to the order) and every predicting history."""

    grams: Counter[tuple[str, ...]] = field(default_factory=Counter)
    histories: Counter[tuple[str, ...]] = field(default_factory=Counter)  # keys of length 0 … n-1


def _text(tokens: tuple[str, ...]) -> str:
    return " ".join(tokens)


class NgramModel(LanguageModel):
    """Pr(w_i | w_{i-n+1} … w_{i-1}): it licenses dropping all but the last n-1 tokens."""

    kind = "ngram"

    def __init__(
        self,
        order: int,
        prompt: tuple[str, ...] | None,
        table: dict[tuple[tuple[str, ...], str], Prob] | None = None,
        counts: NgramCounts | None = None,
        smoothing: Smoothing = Smoothing(),
        vocabulary: tuple[str, ...] = (),
        vocabulary_size: int | None = None,
        corpus_sentences: int | None = None,
        window: int | None = None,
    ) -> None:
        super().__init__(prompt)
        self.order = order
        # `window = k` below n-1 truncates further: MLE and add-k estimate from the shorter history
        self.window = order - 1 if window is None else min(window, order - 1)
        self.table = table
        self.counts = counts
        self.smoothing = smoothing
        self.vocabulary = vocabulary
        self.vocabulary_size = vocabulary_size if vocabulary_size is not None else len(vocabulary)
        self.stated_vocabulary_size = vocabulary_size  # as the problem gives it, or None
        self.corpus_sentences = corpus_sentences
        self._alternatives: list[tuple[str, LanguageModel]] | None = None

    @property
    def k(self) -> Fraction:
        return self.smoothing.k

    @property
    def smoothing_method(self) -> str | None:  # type: ignore[override]
        return self.smoothing.method

    def unigram_total(self) -> int | None:
        return None if self.counts is None else self.counts.histories.get((), None)

    def describe(self) -> str:
        name = {1: "unigram", 2: "bigram", 3: "trigram"}.get(self.order, f"{self.order}-gram")
        if self.counts is None:
            return f"{name} model (order {self.order}) given by its conditionals"
        how = {
            "mle": "maximum likelihood",
            "add-k": f"add-k smoothing with k = {self.smoothing.k}",
            "interpolation": "linear interpolation with λ = "
            + ", ".join(str(lam) for lam in self.smoothing.lambdas)
            + " (highest order first)",
        }[self.smoothing.method]
        vocab = f"|V| = {self.vocabulary_size}"
        if self.vocabulary_size == len(self.vocabulary):
            vocab += " (corpus types, </s> counted, <s> not)"
        else:
            vocab += " (as given by the problem)"
        return f"{name} model estimated from {self.corpus_sentences or 0} sentence(s) by {how}; {vocab}"

    def _window(self, context: tuple[str, ...]) -> tuple[str, ...] | None:
        context = tuple(context)
        context = context[len(context) - self.window :] if self.window else ()
        if len(context) == self.window:
            return context
        # a shorter history at a sentence's start, where the model's entries give one (ARPA convention)
        starts = self.table is not None and context[:1] == ("<s>",)
        return context if starts else None

    def prob(self, token: str, context: tuple[str, ...]) -> Prob | None:
        ctx = self._window(context)
        if ctx is None:
            return None
        if self.table is not None:
            return self.table.get((ctx, token))
        if token == BOS:
            return None
        # add-k with a stated |V| larger than the corpus's gives unseen types k / (C(h) + k|V|)
        unseen_allowed = self.smoothing.method == "add-k" and self.vocabulary_size > len(self.vocabulary)
        if token not in self.vocabulary and not unseen_allowed:
            return None
        if self.smoothing.method == "interpolation":
            return sum(
                (
                    lam * self._mle(token, ctx[len(ctx) - m + 1 :] if m > 1 else ())
                    for m, lam in self._orders()
                ),
                Fraction(0),
            )
        k = self.smoothing.k
        denominator = self._history(ctx) + k * self.vocabulary_size
        if denominator == 0:
            return None
        return (self._gram(ctx + (token,)) + k) / denominator

    def _orders(self) -> list[tuple[int, Fraction]]:
        """(order m, λ_m) pairs, highest order first."""
        return [(self.order - i, lam) for i, lam in enumerate(self.smoothing.lambdas)]

    def _gram(self, tokens: tuple[str, ...]) -> int:
        assert self.counts is not None
        return self.counts.grams.get(tokens, 0)

    def _history(self, context: tuple[str, ...]) -> int:
        assert self.counts is not None
        return self.counts.histories.get(context, 0)

    def _mle(self, token: str, context: tuple[str, ...]) -> Fraction:
        history = self._history(context)
        return Fraction(self._gram(context + (token,)), history) if history else Fraction(0)

    def with_vocabulary_size(self, size: int) -> NgramModel:
        """A copy that smooths over `size` types (a student's own |V|)."""
        twin = copy.copy(self)
        twin.vocabulary_size = size
        return twin

    def alternatives(self) -> list[tuple[str, LanguageModel]]:
        """The same corpus estimated the other usual ways (the unsmoothed MLE, add-one), by name."""
        if self._alternatives is None:
            self._alternatives = []
            if self.counts is not None:
                method, k = self.smoothing.method, self.smoothing.k
                if method != "mle" and self.stated_vocabulary_size is None:  # |V| is given only for add-k
                    self._alternatives.append(("the unsmoothed MLE estimate", self._estimated(Smoothing())))
                if not (method == "add-k" and k == 1):
                    self._alternatives.append(
                        ("add-one smoothing", self._estimated(Smoothing("add-k", Fraction(1))))
                    )
        return self._alternatives

    def estimate(self, name: str) -> LanguageModel | None:
        """The estimate a probability's subscript names (P_MLE, P_Lap, P_uni, …), from the same counts: the
        model itself, the unsmoothed MLE (as `alternatives` builds it), add-one, or in an interpolated model
        a component, the m-gram MLE (the unigram C(w)/N). None where the model has no such estimate."""
        if self.counts is None:
            return None
        method, k = self.smoothing.method, self.smoothing.k
        if name == "mle":
            return self if method == "mle" else self._estimated(Smoothing())
        if name == "add-one":
            return self if method == "add-k" and k == 1 else None
        if name == "add-k":
            return self if method == "add-k" else None
        if name == "interpolation":
            return self if method == "interpolation" else None
        if name == "smoothed":
            return self if method != "mle" else None
        m = {"unigram": 1, "bigram": 2, "trigram": 3}.get(name)
        if m is None or m > self.order:
            return None
        if m == self.order and method == "mle":
            return self
        if method != "interpolation":
            return None
        lambdas = tuple(Fraction(int(i == self.order - m)) for i in range(self.order))
        twin = self._estimated(Smoothing("interpolation", lambdas=lambdas))
        twin.window = min(self.window, m - 1)  # a unigram reads no history at all
        return twin

    def _estimated(self, smoothing: Smoothing) -> NgramModel:
        """A copy estimating from the same counts with another smoothing."""
        twin = copy.copy(self)
        twin.smoothing = smoothing
        twin._alternatives = None
        return twin

    def with_unigram_total(self, total: int) -> NgramModel:
        """A copy whose unigram estimates divide by `total` (a student's own N)."""
        twin = copy.copy(self)
        assert self.counts is not None
        twin.counts = copy.copy(self.counts)
        twin.counts.histories = self.counts.histories.copy()
        twin.counts.histories[()] = total
        return twin

    def count(self, tokens: tuple[str, ...]) -> int | None:
        if self.counts is None:
            return None
        return self.counts.grams.get(tuple(tokens), 0)

    def history_count(self, context: tuple[str, ...]) -> int | None:
        """C(context) as the denominator of an MLE estimate: how often it is followed by a token."""
        if self.counts is None:
            return None
        return self.counts.histories.get(tuple(context), 0)

    def distribution(self, context: tuple[str, ...]) -> dict[str, Prob] | None:
        if self.table is not None:
            ctx = self._window(context)
            dist = {tok: p for (c, tok), p in self.table.items() if c == ctx}
            return dist or None
        probs = {w: self.prob(w, context) for w in self.vocabulary}
        return {w: p for w, p in probs.items() if p is not None} or None

    def derive(self, token: str, context: tuple[str, ...]) -> Derivation | None:
        ctx = self._window(context)
        if self.counts is None or ctx is None:
            return None
        p = self.prob(token, ctx)
        if p is None:
            return None
        if self.smoothing.method == "interpolation":
            formulas, numbers, counts = [], [], []
            for m, lam in self._orders():
                sub = ctx[len(ctx) - m + 1 :] if m > 1 else ()
                gram, hist = (
                    f"C({_text(sub + (token,))})",
                    f"C({_text(sub)})" if sub else "N",
                )
                formulas.append(f"λ{self.order - m + 1}·{gram}/{hist}")
                numbers.append(f"{lam}·{self._gram(sub + (token,))}/{self._history(sub)}")
                counts += [
                    (gram, self._gram(sub + (token,))),
                    (hist, self._history(sub)),
                ]
            return Derivation(" + ".join(formulas), f"{' + '.join(numbers)} = {p}", tuple(counts))
        gram, hist = f"C({_text(ctx + (token,))})", f"C({_text(ctx)})" if ctx else "N"
        counts = ((gram, self._gram(ctx + (token,))), (hist, self._history(ctx)))
        if self.smoothing.method == "add-k":
            k, v = self.smoothing.k, self.vocabulary_size
            return Derivation(
                f"({gram} + k) / ({hist} + k·|V|)",
                f"({counts[0][1]} + {k}) / ({counts[1][1]} + {k}·{v}) = {p}",
                counts + (("|V|", v),),
            )
        raw = f"{counts[0][1]}/{counts[1][1]}"
        return Derivation(f"{gram} / {hist}", raw if raw == str(p) else f"{raw} = {p}", counts)

    def explain_missing(self, conditional: Conditional) -> ModelError | None:
        if self.counts is None:
            return None
        token, ctx = conditional.token, self._window(conditional.context)
        where = f"sequence.y[{conditional.position - 1}]"
        if token == BOS:
            return ModelError(where, f"{BOS} is context only and is never predicted; start y after it")
        if token not in self.vocabulary:
            return ModelError(
                where,
                f"{token!r} never occurs in model.corpus, so the model gives it no probability "
                '(use smoothing = "add-k" with vocabulary_size, or change the sequence)',
            )
        missing = [t for t in ctx or () if t != BOS and t not in self.vocabulary]
        if missing and self.prompt is not None and missing[0] in self.prompt:
            return ModelError("sequence.x", f"{missing[0]!r} never occurs in model.corpus")
        if ctx is not None and self._history(ctx) == 0:
            return ModelError(
                "model.corpus",
                f"the history {_text(ctx)!r} is never followed by a token in the corpus, "
                f"so P({token} | {_text(ctx)}) = C({_text(ctx + (token,))})/C({_text(ctx)}) = 0/0",
            )
        if ctx is not None:
            return ModelError(
                "model.corpus",
                f"C({_text(ctx + (token,))}) = 0, so the MLE gives P({token} | {_text(ctx)}) = 0 "
                '(use smoothing = "add-k" or "interpolation", or change the sequence)',
            )
        return None


def _fraction_option(
    raw: Any, key: str, *, low: Fraction, high: Fraction | None, strict_low: bool
) -> Fraction:
    """A number or a fraction string such as "1/3", within bounds, as an exact Fraction."""
    try:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            raise TypeError
        value = Fraction(str(raw).strip())
    except (TypeError, ValueError, ZeroDivisionError):
        raise ModelError(key, f'expected a number or a fraction such as "1/3", got {raw!r}') from None
    if value < low or (strict_low and value == low) or (high is not None and value > high):
        bound = f"> {low}" if strict_low else f"in [{low}, {high}]"
        raise ModelError(key, f"expected a number {bound}, got {raw!r}")
    return value


def _smoothing(spec: dict[str, Any], key: str, order: int) -> Smoothing:
    raw = spec.get("smoothing", "mle")
    method = SMOOTHING_ALIASES.get(raw, raw) if isinstance(raw, str) else raw
    if method not in SMOOTHINGS:
        raise ModelError(
            f"{key}.smoothing",
            f'expected "mle", "add-k" or "interpolation", got {raw!r}',
        )
    if "k" in spec and method != "add-k":
        raise ModelError(f"{key}.k", 'k is used only with smoothing = "add-k"')
    if "lambdas" in spec and method != "interpolation":
        raise ModelError(f"{key}.lambdas", 'lambdas are used only with smoothing = "interpolation"')
    if method == "add-k":
        k = _fraction_option(spec.get("k", 1), f"{key}.k", low=Fraction(0), high=None, strict_low=True)
        return Smoothing("add-k", k=k)
    if method == "interpolation":
        raw_lambdas = spec.get("lambdas")
        if not isinstance(raw_lambdas, list) or len(raw_lambdas) != order:
            raise ModelError(
                f"{key}.lambdas",
                f"an order-{order} interpolated model needs {order} weights, highest order first, got {raw_lambdas!r}",
            )
        lambdas = tuple(
            _fraction_option(
                lam,
                f"{key}.lambdas[{i}]",
                low=Fraction(0),
                high=Fraction(1),
                strict_low=False,
            )
            for i, lam in enumerate(raw_lambdas)
        )
        if sum(lambdas) != 1:
            raise ModelError(
                f"{key}.lambdas",
                f"the weights must sum to 1, they sum to {sum(lambdas)}",
            )
        return Smoothing("interpolation", lambdas=lambdas)
    return Smoothing()


def count_corpus(sentences: list[str], order: int) -> tuple[NgramCounts, tuple[str, ...]]:
    """Counts and vocabulary (sorted, without `<s>`) of a corpus, padded as the module describes."""
    counts = NgramCounts()
    vocabulary: set[str] = set()
    for sentence in sentences:
        words = sentence.split()
        if words[0] != BOS:
            words = [BOS] + words
        if words[-1] != EOS:
            words = words + [EOS]
        lead = len(words) - len(list(dropwhile(lambda w: w == BOS, words)))  # <s> already written
        words = [BOS] * max(0, order - 1 - lead) + words  # an order-n model sees n-1 <s>, however written
        vocabulary.update(w for w in words if w != BOS)
        for n in range(1, order + 1):
            for i in range(len(words) - n + 1):
                counts.grams[tuple(words[i : i + n])] += 1
        for i in range(len(words)):
            if words[i] == BOS:
                continue
            for m in range(order):  # histories of every lower order, for interpolation
                if i - m >= 0:
                    counts.histories[tuple(words[i - m : i])] += 1
    return counts, tuple(sorted(vocabulary))


def build_ngram(
    spec: dict[str, Any], key: str, log_base: str, prompt: tuple[str, ...] | None, window: int | None = None
) -> NgramModel:
    """An n-gram model from `[model]` with `order` and either `entries` or `corpus` (and a `window`)."""
    from grader.reference.table import read_entries

    order = spec.get("order", 2)
    if isinstance(order, bool) or not isinstance(order, int) or not 1 <= order <= 6:
        raise ModelError(f"{key}.order", f"expected a whole number from 1 to 6, got {order!r}")
    if prompt is None:
        raise ModelError("sequence.x", 'an n-gram model needs x as a list of tokens, such as ["<s>"]')
    has_entries, has_corpus = "entries" in spec, "corpus" in spec
    if has_entries == has_corpus:
        raise ModelError(key, "an ngram model needs exactly one of `entries` or `corpus`")
    if has_entries:
        for option in ("smoothing", "k", "lambdas", "vocabulary_size"):
            if option in spec:
                raise ModelError(
                    f"{key}.{option}",
                    "applies only to a model estimated from a `corpus`",
                )
        if window is not None and window < order - 1:
            raise ModelError(
                f"{key}.window",
                f"an order-{order} model given by entries has only {order - 1}-token contexts; "
                f"for a window of {window} give an order-{window + 1} model's entries",
            )
        table = read_entries(spec["entries"], f"{key}.entries", log_base, context_length=order - 1)
        return NgramModel(order, prompt, table=table)
    corpus = spec["corpus"]
    if (
        not isinstance(corpus, list)
        or not corpus
        or not all(isinstance(s, str) and s.strip() for s in corpus)
    ):
        raise ModelError(f"{key}.corpus", "expected a non-empty list of sentences (strings)")
    smoothing = _smoothing(spec, key, order)
    if window is not None and window < order - 1 and smoothing.method == "interpolation":
        raise ModelError(
            f"{key}.window",
            f"an interpolated order-{order} model has weights for every order up to {order}; "
            f"a window of {window} leaves them undefined (give an order-{window + 1} model instead)",
        )
    counts, vocabulary = count_corpus(corpus, order)
    size = spec.get("vocabulary_size")
    if size is not None:
        if isinstance(size, bool) or not isinstance(size, int) or size < len(vocabulary):
            raise ModelError(
                f"{key}.vocabulary_size",
                f"expected a whole number at least the {len(vocabulary)} types in the corpus, got {size!r}",
            )
        if smoothing.method != "add-k":
            raise ModelError(
                f"{key}.vocabulary_size",
                'vocabulary_size is used only with smoothing = "add-k"',
            )
    return NgramModel(
        order,
        prompt,
        counts=counts,
        smoothing=smoothing,
        vocabulary=vocabulary,
        vocabulary_size=size,
        corpus_sentences=len(corpus),
        window=window,
    )
