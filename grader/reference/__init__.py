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
]

KINDS = ("table", "ngram", "transformer", "logprobs")


def build_model(
    spec: Mapping[str, Any],
    *,
    log_base: str,
    prompt: tuple[str, ...] | None,
    key: str = "model",
    base_dir: Path | None = None,
) -> LanguageModel:
    """The model a problem file's `[model]` table describes; ModelError names the bad key.

    `base_dir` is the problem file's folder, against which files the model names are resolved.
    """
    if not isinstance(spec, Mapping):
        raise ModelError(key, "expected a table")
    kind = spec.get("kind")
    if kind == "table":
        from grader.reference.table import TableModel, read_entries

        return TableModel(read_entries(spec.get("entries"), f"{key}.entries", log_base), prompt)
    if kind == "ngram":
        from grader.reference.ngram import build_ngram

        return build_ngram(dict(spec), key, log_base, prompt)
    if kind == "transformer":
        from grader.reference.transformer import build_transformer

        return build_transformer(dict(spec), key, prompt)
    if kind == "logprobs":
        from grader.reference.logprobs import build_logprobs

        return build_logprobs(dict(spec), key, prompt, base_dir or Path("."))
    choices = ", ".join(f'"{k}"' for k in KINDS)
    raise ModelError(f"{key}.kind", f"expected one of {choices}, got {kind!r}")
