"""A tiny causal transformer in numpy, fully determined by the problem file.

`[model]` with `kind = "transformer"`, `vocabulary`, `seed`, `d_model`, `layers`, `heads`,
`context` (the context window: how many positions it can read) and optionally `d_ff`
(default 4·d_model) and `window` (sliding-window attention: each position attends only to itself
and the window-1 positions before it, so with one layer, or window = 1, the next token is
predicted from the `window` most recent tokens; positions stay absolute).
Architecture (pre-LayerNorm, GPT style, no biases, no learned LN gains):

    h_0 = E[token] + P[position]                      sinusoidal P
    h += Attn(LN(h)) · W_O                            causal softmax(q·k / √d_head), per head
    h += GELU(LN(h) · W_1) · W_2                      tanh approximation of GELU
    logits = LN(h) · W_U,  Pr(· | history) = softmax(logits)

Weights are drawn from `numpy.random.default_rng(seed)` in this order: E (standard normal), then
per layer W_QKV, W_O, W_1, W_2 (standard normal / √fan_in), then W_U (standard normal / √d_model).
Changing this order or these scales changes every bundled problem's answers.

Three ways to compute the conditionals, which agree to rounding: `teacher_forced` (one pass),
`incremental` (a KV cache: prefill once, then one row per token) and `naive` (recompute the
whole prefix at every step). Each counts its `Work`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from grader.reference.base import Conditional, Derivation, LanguageModel, ModelError

BLOCK = 64  # query rows per attention block: causal blocks skip most masked entries
_SQRT_2_OVER_PI = math.sqrt(2.0 / math.pi)


@dataclass(frozen=True)
class TransformerConfig:
    """Everything that determines the model's weights."""

    vocabulary: tuple[str, ...]
    seed: int = 0
    d_model: int = 16
    layers: int = 1
    heads: int = 2
    context: int = 64
    d_ff: int = 0  # 0 means 4·d_model
    window: int | None = None  # sliding-window attention over this many keys; None: all before

    @property
    def d_head(self) -> int:
        return self.d_model // self.heads

    @property
    def ff(self) -> int:
        return self.d_ff or 4 * self.d_model


@dataclass
class Work:
    """What a way of computing the conditionals did, summed over layers and heads."""

    score_entries: int = 0  # causal attention scores q·k computed (masked entries not counted)
    positions: int = 0  # token positions passed through the whole model
    cache_values: int = 0  # floats held in the KV cache at the end (0 without a cache)
    multiply_adds: int = field(
        default=0, compare=False
    )  # in the blocks: projections, feed-forward, q·k and weights·v (causal entries)


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (d, 3d)
    o: np.ndarray  # (d, d)
    w1: np.ndarray  # (d, ff)
    w2: np.ndarray  # (ff, d)


class _Cache:
    """Keys and values of every position seen so far, per layer and head."""

    def __init__(self, config: TransformerConfig) -> None:
        shape = (config.layers, config.heads, config.context, config.d_head)
        self.k = np.empty(shape)
        self.v = np.empty(shape)
        self.length = 0


def _layer_norm(h: np.ndarray) -> np.ndarray:
    centred = h - h.mean(axis=-1, keepdims=True)
    return centred / np.sqrt((centred * centred).mean(axis=-1, keepdims=True) + 1e-5)


def _gelu(u: np.ndarray) -> np.ndarray:
    return 0.5 * u * (1.0 + np.tanh(_SQRT_2_OVER_PI * (u + 0.044715 * (u * u * u))))


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _positions(context: int, d: int) -> np.ndarray:
    pos = np.arange(context)[:, None]
    rates = np.exp(-math.log(10000.0) * (np.arange(0, d, 2) / d))
    table = np.zeros((context, d))
    table[:, 0::2] = np.sin(pos * rates)
    table[:, 1::2] = np.cos(pos * rates[: d // 2])
    return table


class Transformer:
    """The network itself, on token ids; `TransformerModel` wraps it as a LanguageModel."""

    def __init__(self, config: TransformerConfig) -> None:
        self.config = config
        d, ff, v = config.d_model, config.ff, len(config.vocabulary)
        rng = np.random.default_rng(config.seed)
        self.embed = rng.standard_normal((v, d))
        layers = []
        for _ in range(config.layers):
            qkv = rng.standard_normal((d, 3 * d)) / math.sqrt(d)
            o = rng.standard_normal((d, d)) / math.sqrt(d)
            w1 = rng.standard_normal((d, ff)) / math.sqrt(d)
            w2 = rng.standard_normal((ff, d)) / math.sqrt(ff)
            layers.append(_Layer(qkv, o, w1, w2))
        self.layers = tuple(layers)
        self.unembed = rng.standard_normal((d, v)) / math.sqrt(d)
        self.pos = _positions(config.context, d)
        self._mask = np.triu(np.full((BLOCK, BLOCK), -np.inf), 1)

    def _forward(self, ids: np.ndarray, start: int, cache: _Cache | None, work: Work) -> np.ndarray:
        """Logits (m, V) of positions start … start+m-1, reading keys/values from `cache` if given."""
        cfg = self.config
        m, d, heads, dh = len(ids), cfg.d_model, cfg.heads, cfg.d_head
        end = start + m
        scale = 1.0 / math.sqrt(dh)
        h = self.embed[ids] + self.pos[start:end]
        for index, layer in enumerate(self.layers):
            qkv = (_layer_norm(h) @ layer.qkv).reshape(m, 3, heads, dh).transpose(1, 2, 0, 3)
            q, k, v = qkv[0] * scale, qkv[1], qkv[2]  # each (heads, m, dh)
            if cache is not None:
                cache.k[index, :, start:end] = k
                cache.v[index, :, start:end] = v
                k, v = cache.k[index, :, :end], cache.v[index, :, :end]
            mixed = self._attend(q, k, v, start, work).transpose(1, 0, 2).reshape(m, d)
            h = h + mixed @ layer.o
            h = h + _gelu(_layer_norm(h) @ layer.w1) @ layer.w2
        work.positions += m
        work.multiply_adds += cfg.layers * m * (4 * d * d + 2 * d * cfg.ff)
        if cache is not None:
            cache.length = end
        return _layer_norm(h) @ self.unembed

    def _attend(self, q: np.ndarray, k: np.ndarray, v: np.ndarray, start: int, work: Work) -> np.ndarray:
        """Causal attention of queries at start … start+m-1 over keys 0 … start+m-1."""
        if self.config.window is not None:
            return self._attend_window(q, k, v, start, work, self.config.window)
        heads, m, _ = q.shape
        out = np.empty_like(q)
        for r0 in range(0, m, BLOCK):
            r1 = min(m, r0 + BLOCK)
            b, cols = r1 - r0, start + r1
            scores = q[:, r0:r1] @ k[:, :cols].transpose(0, 2, 1)  # (heads, b, cols)
            if b > 1:
                scores[:, :, cols - b :] += self._mask[:b, :b]
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            # normalise the (b, d_head) result rather than the (b, cols) weights: one pass fewer
            out[:, r0:r1] = (scores @ v[:, :cols]) / scores.sum(axis=-1, keepdims=True)
            entries = b * cols - b * (b - 1) // 2
            work.score_entries += heads * entries
            work.multiply_adds += 2 * heads * entries * q.shape[2]
        return out

    def _attend_window(
        self, q: np.ndarray, k: np.ndarray, v: np.ndarray, start: int, work: Work, window: int
    ) -> np.ndarray:
        """Sliding-window attention: the query at t reads keys t-window+1 … t only."""
        heads, m, _ = q.shape
        out = np.empty_like(q)
        for r0 in range(0, m, BLOCK):
            r1 = min(m, r0 + BLOCK)
            lo, cols = max(0, start + r0 - window + 1), start + r1  # the keys any row of the block reads
            t = np.arange(start + r0, start + r1)[:, None]
            j = np.arange(lo, cols)[None, :]
            allowed = (j <= t) & (j > t - window)
            scores = q[:, r0:r1] @ k[:, lo:cols].transpose(0, 2, 1)  # (heads, b, cols - lo)
            scores += np.where(allowed, 0.0, -np.inf)
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            out[:, r0:r1] = (scores @ v[:, lo:cols]) / scores.sum(axis=-1, keepdims=True)
            work.score_entries += heads * int(allowed.sum())
        return out

    def teacher_forced(self, ids: Sequence[int], work: Work | None = None) -> np.ndarray:
        """Logits after every position of `ids`, in one causal pass."""
        return self._forward(np.asarray(ids, dtype=np.intp), 0, None, work or Work())

    def incremental(self, ids: Sequence[int], prefill: int = 1, work: Work | None = None) -> np.ndarray:
        """The same logits with a KV cache: the first `prefill` positions at once, then one at a time."""
        work = work or Work()
        arr = np.asarray(ids, dtype=np.intp)
        cache = _Cache(self.config)
        rows = [self._forward(arr[:prefill], 0, cache, work)]
        for t in range(prefill, len(arr)):
            rows.append(self._forward(arr[t : t + 1], t, cache, work))
        cfg = self.config
        work.cache_values = 2 * cfg.layers * cfg.heads * cfg.d_head * cache.length
        return np.concatenate(rows)

    def naive(self, ids: Sequence[int], first: int = 1, work: Work | None = None) -> np.ndarray:
        """The same logits without a cache: the whole prefix again for every position from `first`."""
        work = work or Work()
        arr = np.asarray(ids, dtype=np.intp)
        rows = [self._forward(arr[:first], 0, None, work)]
        for t in range(first + 1, len(arr) + 1):
            rows.append(self._forward(arr[:t], 0, None, work)[-1:])
        return np.concatenate(rows)


METHODS = ("teacher_forced", "incremental", "naive")


class TransformerModel(LanguageModel):
    """Pr(token | x, y_<i) from the tiny transformer; the whole history, or its `window` last tokens.

    Its contexts are always y_<i (the network reads x and y_<i at their absolute positions); the
    attention mask, not the context, drops what lies outside a window.
    """

    kind = "transformer"
    window = None
    has_logits = True

    def __init__(self, config: TransformerConfig, prompt: tuple[str, ...]) -> None:
        super().__init__(prompt)
        self.config = config
        self.window = config.window
        self.net = Transformer(config)
        self.vocabulary = config.vocabulary
        self.index = {token: i for i, token in enumerate(config.vocabulary)}
        self._logits: dict[tuple[str, ...], np.ndarray] = {}  # context -> next-token logits

    def _ids(self, context: tuple[str, ...]) -> list[int] | None:
        tokens = (self.prompt or ()) + tuple(context)
        if len(tokens) > self.config.context or any(t not in self.index for t in tokens):
            return None
        return [self.index[t] for t in tokens]

    def context_for(self, y_prefix: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(y_prefix)

    def looks_at(self, context: tuple[str, ...]) -> tuple[str, ...]:
        if self.window is None:
            return tuple(context)
        history = (self.prompt or ()) + tuple(context)
        return history[len(history) - self.window :]

    def logits_after(self, context: tuple[str, ...]) -> np.ndarray | None:
        """The next-token logits after the prompt and `context`, or None if it cannot be read."""
        context = tuple(context)
        if context not in self._logits:
            ids = self._ids(context)
            if ids is None:
                return None
            rows = self.net.teacher_forced(ids)
            for i in range(len(context) + 1):  # one pass gives every shorter context too
                self._logits.setdefault(context[:i], rows[len(ids) - len(context) - 1 + i])
        return self._logits[context]

    def describe(self) -> str:
        cfg = self.config
        return (
            f"tiny causal transformer (seed {cfg.seed}, d_model {cfg.d_model}, {cfg.layers} layer(s), "
            f"{cfg.heads} head(s), context {cfg.context}, |V| = {len(cfg.vocabulary)})"
        )

    def logits(self, context: tuple[str, ...]) -> dict[str, float] | None:
        """The next-token logits by token, so a problem can ask for a softmax by hand."""
        row = self.logits_after(context)
        return None if row is None else dict(zip(self.vocabulary, row.tolist(), strict=True))

    def logprob(self, token: str, context: tuple[str, ...]) -> float | None:
        row = self.logits_after(context)
        if row is None or token not in self.index:
            return None
        return float(_log_softmax(row)[self.index[token]])

    def prob(self, token: str, context: tuple[str, ...]) -> float | None:
        lp = self.logprob(token, context)
        return None if lp is None else math.exp(lp)

    def distribution(self, context: tuple[str, ...]) -> dict[str, float] | None:
        row = self.logits_after(context)
        if row is None:
            return None
        return dict(zip(self.vocabulary, np.exp(_log_softmax(row)).tolist(), strict=True))

    def run(
        self,
        ids: Sequence[int],
        method: str = "teacher_forced",
        work: Work | None = None,
    ) -> np.ndarray:
        """Logits after every position of prompt-and-continuation `ids`, by one of METHODS."""
        if method == "teacher_forced":
            return self.net.teacher_forced(ids, work)
        if method == "incremental":
            return self.net.incremental(ids, len(self.prompt or ()), work)
        if method == "naive":
            return self.net.naive(ids, len(self.prompt or ()), work)
        raise ValueError(f"unknown method {method!r}; expected one of {METHODS}")

    def conditionals(self, y: tuple[str, ...], method: str = "teacher_forced") -> list[Conditional]:
        """Every Pr(y_i | x, y_<i) from one run over x and y_<n, by one of METHODS."""
        y = tuple(y)
        ids = self._ids(y[:-1])
        if ids is None or not y or y[-1] not in self.index:  # unreadable: per-token, None where undefined
            return [Conditional(i + 1, t, y[:i], self.prob(t, y[:i])) for i, t in enumerate(y)]
        first = len(self.prompt or ()) - 1
        rows = self.run(ids, method)[first:]
        logp = _log_softmax(rows)
        out = []
        for i, token in enumerate(y):
            self._logits.setdefault(y[:i], rows[i])
            out.append(Conditional(i + 1, token, y[:i], math.exp(float(logp[i, self.index[token]]))))
        return out

    def derive(self, token: str, context: tuple[str, ...]) -> Derivation | None:
        row = self.logits_after(context)
        if row is None or token not in self.index:
            return None
        z = float(row[self.index[token]])
        lse = float(row.max() + np.log(np.exp(row - row.max()).sum()))
        return Derivation(
            "exp(z[token] − log Σ_v exp(z[v]))",
            f"exp({z:.6f} − {lse:.6f}) = {math.exp(z - lse):.6g}",
        )

    def explain_missing(self, conditional: Conditional) -> ModelError | None:
        where = f"sequence.y[{conditional.position - 1}]"
        if conditional.token not in self.index:
            return ModelError(where, f"{conditional.token!r} is not in model.vocabulary")
        needed = len(self.prompt or ()) + conditional.position - 1
        if needed > self.config.context:
            return ModelError(
                "sequence.y",
                f"x and y need {needed} positions but the model's context window is {self.config.context}",
            )
        return None


def _whole(spec: dict[str, Any], key: str, name: str, default: int | None, low: int, high: int) -> int:
    value = spec.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        got = "missing" if value is None else f"got {value!r}"
        raise ModelError(f"{key}.{name}", f"expected a whole number from {low} to {high}, {got}")
    return value


def build_transformer(
    spec: dict[str, Any], key: str, prompt: tuple[str, ...] | None, window: int | None = None
) -> TransformerModel:
    """A TransformerModel from `[model]`; every bad option is named by its key."""
    known = {
        "kind",
        "vocabulary",
        "seed",
        "d_model",
        "layers",
        "heads",
        "context",
        "d_ff",
    }
    for option in spec:
        if option not in known:
            raise ModelError(
                f"{key}.{option}",
                f"unknown option; expected one of {', '.join(sorted(known))}",
            )
    vocabulary = spec.get("vocabulary")
    if (
        not isinstance(vocabulary, list)
        or len(vocabulary) < 2
        or not all(isinstance(t, str) and t.strip() == t and t for t in vocabulary)
    ):
        raise ModelError(
            f"{key}.vocabulary",
            "expected a list of at least 2 token strings without spaces",
        )
    if len(set(vocabulary)) != len(vocabulary):
        duplicate = next(t for t in vocabulary if vocabulary.count(t) > 1)
        raise ModelError(f"{key}.vocabulary", f"{duplicate!r} is listed twice")
    d_model = _whole(spec, key, "d_model", 16, 2, 1024)
    heads = _whole(spec, key, "heads", 2, 1, d_model)
    if d_model % heads:
        raise ModelError(f"{key}.heads", f"d_model = {d_model} must be a multiple of heads = {heads}")
    if d_model % 2:
        raise ModelError(
            f"{key}.d_model",
            f"expected an even number (sinusoidal positions), got {d_model}",
        )
    config = TransformerConfig(
        vocabulary=tuple(vocabulary),
        seed=_whole(spec, key, "seed", None, 0, 2**63 - 1),
        d_model=d_model,
        layers=_whole(spec, key, "layers", 1, 1, 64),
        heads=heads,
        context=_whole(spec, key, "context", 64, 1, 8192),
        d_ff=_whole(spec, key, "d_ff", 4 * d_model, 1, 16384),
        window=window,
    )
    if window is not None and window < 1:
        raise ModelError(
            f"{key}.window",
            "a transformer always reads the token it predicts from (the residual stream), so its "
            f"window is at least 1, got {window}",
        )
    if window is not None and window > 1 and config.layers > 1:
        reach = config.layers * (window - 1) + 1
        raise ModelError(
            f"{key}.window",
            f"a sliding window of {window} over {config.layers} layers lets a position see {reach} tokens, "
            "not the window's; use layers = 1 (or window = 1)",
        )
    if not prompt:
        raise ModelError(
            "sequence.x",
            'a transformer model needs x as a list of tokens, such as ["<s>"]',
        )
    for i, token in enumerate(prompt):
        if token not in config.vocabulary:
            raise ModelError(f"sequence.x[{i}]", f"{token!r} is not in model.vocabulary")
    if len(prompt) > config.context:
        raise ModelError(
            "sequence.x",
            f"{len(prompt)} tokens exceed the context window model.context = {config.context}",
        )
    return TransformerModel(config, prompt)
