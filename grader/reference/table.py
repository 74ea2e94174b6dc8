"""A model given as an explicit table of conditionals (possibly partial)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from grader.reference.base import LanguageModel, ModelError, Prob


def read_prob(entry: Mapping[str, Any], key: str, log_base: str) -> Prob:
    """The probability of one `[[model.entries]]` item, from `prob` or `logprob`."""
    import math

    if ("prob" in entry) == ("logprob" in entry):
        raise ModelError(key, "give exactly one of `prob` or `logprob`")
    if "prob" in entry:
        raw = entry["prob"]
        try:
            if isinstance(raw, bool):
                raise TypeError
            if isinstance(raw, str):
                value: Prob = Fraction(raw.strip())
            elif isinstance(raw, int):
                value = Fraction(raw)
            elif isinstance(raw, float):
                value = Fraction(str(raw))
            else:
                raise TypeError
        except (TypeError, ValueError, ZeroDivisionError):
            raise ModelError(
                f"{key}.prob",
                f'expected a number or a fraction such as "2/3", got {raw!r}',
            ) from None
        if not 0 <= value <= 1:
            raise ModelError(f"{key}.prob", f"a probability must lie in [0, 1], got {raw!r}")
        return value
    raw = entry["logprob"]
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ModelError(f"{key}.logprob", f"expected a number, got {raw!r}")
    if raw > 0:
        raise ModelError(f"{key}.logprob", f"a log-probability cannot be above 0, got {raw}")
    ln_base = {"e": 1.0, "2": math.log(2), "10": math.log(10)}[log_base]
    return math.exp(raw * ln_base)


def read_entries(
    entries: Any, key: str, log_base: str, context_length: int | None = None
) -> dict[tuple[tuple[str, ...], str], Prob]:
    """Parse `[[model.entries]]` into {(context, token): prob}, checking each distribution."""
    if not isinstance(entries, list) or not entries:
        raise ModelError(key, "expected a non-empty list of [[model.entries]]")
    table: dict[tuple[tuple[str, ...], str], Prob] = {}
    for i, entry in enumerate(entries):
        here = f"{key}[{i}]"
        if not isinstance(entry, Mapping):
            raise ModelError(here, "expected a table with token, context and prob or logprob")
        token = entry.get("token")
        if not isinstance(token, str) or not token.strip():
            raise ModelError(f"{here}.token", "expected a non-empty string")
        context = entry.get("context", [])
        if (
            not isinstance(context, Sequence)
            or isinstance(context, str)
            or not all(isinstance(t, str) for t in context)
        ):
            raise ModelError(f"{here}.context", "expected a list of token strings")
        # At a sentence's start the history is shorter (the ARPA/SRILM/KenLM convention): an order-3
        # model conditions `I` on just ["<s>"].
        sentence_start = bool(context) and context[0] == "<s>" and len(context) < (context_length or 0)
        if context_length is not None and len(context) != context_length and not sentence_start:
            raise ModelError(
                f"{here}.context",
                f"an order-{context_length + 1} model needs {context_length} context token(s), got {len(context)}"
                ' (or fewer, starting with "<s>", at the start of a sentence)',
            )
        k = (tuple(context), token)
        if k in table:
            raise ModelError(here, f"duplicate entry for {token!r} after {list(context)!r}")
        table[k] = read_prob(entry, here, log_base)
    totals: dict[tuple[str, ...], float] = {}
    for (context, _), p in table.items():
        totals[context] = totals.get(context, 0.0) + float(p)
    for context, total in totals.items():
        if total > 1 + 1e-9:
            raise ModelError(
                key,
                f"the probabilities after context {list(context)!r} sum to {total:.6g} > 1",
            )
    return table


class TableModel(LanguageModel):
    """Explicit conditionals Pr(token | x, history); it licenses dropping no history.

    With `window = k` its entries are keyed by the truncated history instead: the last k tokens of
    x and y_<i (an opaque x is never a key), and it licenses dropping everything before them.
    """

    kind = "table"
    window = None

    def __init__(
        self,
        table: dict[tuple[tuple[str, ...], str], Prob],
        prompt: tuple[str, ...] | None,
        window: int | None = None,
    ) -> None:
        super().__init__(prompt)
        self.table = table
        self.window = window
        self._rows: dict[tuple[str, ...], dict[str, Prob]] | None = None  # the entries by context, built once

    def prob(self, token: str, context: tuple[str, ...]) -> Prob | None:
        return self.table.get((tuple(context), token))

    def distribution(self, context: tuple[str, ...]) -> dict[str, Prob] | None:
        if self._rows is None:
            self._rows = {}
            for (ctx, tok), p in self.table.items():
                self._rows.setdefault(ctx, {})[tok] = p
        dist = self._rows.get(tuple(context))
        return dict(dist) if dist else None
