"""The language-model interface the grader's reference is computed from."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

Prob = Fraction | float

BOS = "<s>"
EOS = "</s>"


class ModelError(Exception):
    """A model description that cannot describe a real model; `key` is its path in the file."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Derivation:
    """How a model arrives at one conditional, for worked solutions: formula, then numbers."""

    formula: str  # e.g. "C(<s> I) / C(<s>)"
    substituted: str  # e.g. "2/3"
    counts: tuple[tuple[str, int], ...] = ()  # e.g. (("C(<s> I)", 2), ("C(<s>)", 3))


@dataclass(frozen=True)
class Conditional:
    """One chain-rule factor Pr(token | context) of a sequence, as the model computes it."""

    position: int  # 1-based position in y
    token: str
    context: tuple[str, ...]  # what the model looks at (see LanguageModel.context_for)
    prob: Prob | None  # None where the model does not define it

    @property
    def logprob(self) -> float | None:
        """Natural log of the probability, or None where it is undefined or zero."""
        if self.prob is None or self.prob <= 0:
            return None
        return math.log(self.prob)


class LanguageModel(ABC):
    """An autoregressive model: Pr(token | context), and the history it really looks at.

    `window` is how many previous tokens the model uses: n-1 for an n-gram model, None for a
    model that conditions on the whole history (prompt included). `context_for` turns the
    tokens generated so far into the context the model's entries are keyed by.
    """

    kind: str = "abstract"
    window: int | None = None
    # What a model can say about itself; the checker asks these, never the problem file's TOML.
    table: Mapping[tuple[tuple[str, ...], str], Prob] | None = None  # the entries a problem lists, if any
    vocabulary: tuple[str, ...] = ()  # the token types it knows, where it has a closed vocabulary
    vocabulary_size: int | None = None  # |V| as smoothing uses it
    smoothing_method: str | None = None  # "mle" | "add-k" | "interpolation" for a model estimated from counts
    corpus_sentences: int | None = None  # how many sentences it was estimated from
    has_logits: bool = False  # does `logits` give the scores before the softmax?

    def __init__(self, prompt: tuple[str, ...] | None) -> None:
        self.prompt = prompt  # the prompt's tokens, or None for an opaque prompt

    @abstractmethod
    def prob(self, token: str, context: tuple[str, ...]) -> Prob | None:
        """Pr(token | context), or None where the model does not define it."""

    def logprob(self, token: str, context: tuple[str, ...]) -> float | None:
        """Natural log of `prob`, or None where undefined or zero."""
        p = self.prob(token, context)
        if p is None or p <= 0:
            return None
        return math.log(p)

    def context_for(self, y_prefix: tuple[str, ...]) -> tuple[str, ...]:
        """The context for the next token after the prompt and `y_prefix`."""
        if self.window is None:
            return tuple(y_prefix)
        history = (self.prompt or ()) + tuple(y_prefix)
        return history[len(history) - self.window :] if self.window else ()

    def looks_at(self, context: tuple[str, ...]) -> tuple[str, ...]:
        """The tokens a context from `context_for` lets the model read (what a factor's label shows)."""
        return tuple(context)

    def conditionals(self, y: tuple[str, ...]) -> list[Conditional]:
        """Every chain-rule factor of y given the prompt."""
        out = []
        for i, token in enumerate(y):
            context = self.context_for(y[:i])
            out.append(Conditional(i + 1, token, context, self.prob(token, context)))
        return out

    def distribution(self, context: tuple[str, ...]) -> dict[str, Prob] | None:
        """The whole next-token distribution, where the model has a vocabulary."""
        return None

    def count(self, tokens: tuple[str, ...]) -> int | None:
        """Corpus count of an n-gram, for models trained on a corpus."""
        return None

    def derive(self, token: str, context: tuple[str, ...]) -> Derivation | None:
        """How `prob(token, context)` is computed, for a worked solution; None if it is just given."""
        return None

    def logits(self, context: tuple[str, ...]) -> dict[str, float] | None:
        """The next-token scores before the softmax, by token, where the model has them."""
        return None

    def unigram_total(self) -> int | None:
        """N, the number of tokens its unigram estimates divide by, for a model estimated from counts."""
        return None

    def with_vocabulary_size(self, size: int) -> LanguageModel | None:
        """The same model smoothing over `size` types (a student's own |V|), where |V| matters."""
        return None

    def with_unigram_total(self, total: int) -> LanguageModel | None:
        """The same model dividing its unigram estimates by `total` (a student's own N), where it can."""
        return None

    def describe(self) -> str:
        """One line saying what the model is, with the conventions that decide its numbers."""
        return "explicit conditionals given in the problem"

    def estimate(self, name: str) -> LanguageModel | None:
        """The model's estimate named `name` ("mle", "add-one", "add-k", "interpolation", "smoothed",
        "unigram", "bigram", "trigram": grader.maths.estimators), where it has one: itself when it is that
        estimate, another estimate from the same counts, or None (no such estimate here)."""
        return None

    def alternatives(self) -> list[tuple[str, LanguageModel]]:
        """Other usual estimates of the same model, by name (for mixed-models); none by default."""
        return []

    def explain_missing(self, conditional: Conditional) -> ModelError | None:
        """Why the model gives `conditional` no (non-zero) probability, naming the key to fix."""
        return None
