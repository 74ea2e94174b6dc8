"""Reference language models: they know nothing about parsing, only Pr(token | context)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
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

__all__ = [
    "BOS",
    "EOS",
    "KINDS",
    "Conditional",
    "Derivation",
    "LanguageModel",
    "ModelError",
    "Prob",
    "build_model",
    "read_window",
]

KINDS = ("table", "ngram", "transformer", "logprobs")


MAX_WINDOW = 8192


def read_window(raw: Any, key: str) -> int | None:
    """`window = k` under `[model]`: the model reads only the k most recent tokens (None: no limit)."""
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= MAX_WINDOW:
        raise ModelError(key, f"expected a whole number of tokens from 0 to {MAX_WINDOW}, got {raw!r}")
    return raw


def build_model(
    spec: Mapping[str, Any],
    *,
    log_base: str,
    prompt: tuple[str, ...] | None,
    key: str = "model",
    base_dir: Path | None = None,
) -> LanguageModel:
    """The model a problem file's `[model]` table describes; ModelError names the bad key.

    `window = k` in the table limits any kind but logprobs to the k most recent tokens.

    `base_dir` is the problem file's folder, against which files the model names are resolved.
    """
    if not isinstance(spec, Mapping):
        raise ModelError(key, "expected a table")
    kind = spec.get("kind")
    spec = dict(spec)
    window = read_window(spec.pop("window", None), f"{key}.window")
    if kind == "table":
        from grader.reference.table import TableModel, read_entries

        return TableModel(read_entries(spec.get("entries"), f"{key}.entries", log_base), prompt, window)
    if kind == "ngram":
        from grader.reference.ngram import build_ngram

        return build_ngram(spec, key, log_base, prompt, window)
    if kind == "transformer":
        from grader.reference.transformer import build_transformer

        return build_transformer(spec, key, prompt, window)
    if kind == "logprobs":
        if window is not None:
            raise ModelError(
                f"{key}.window",
                "a logprobs model's numbers were recorded from a model that read the whole history; "
                "they cannot be limited to a window (use a table, ngram or transformer model)",
            )
        from grader.reference.logprobs import build_logprobs

        return build_logprobs(dict(spec), key, prompt, base_dir or Path("."))
    choices = ", ".join(f'"{k}"' for k in KINDS)
    raise ModelError(f"{key}.kind", f"expected one of {choices}, got {kind!r}")
