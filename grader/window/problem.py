"""Window problem files: the full model, the same model limited to k tokens, and their references."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.derivation.problem import ENTRY_KEYS, Problem, problem_from_dict
from grader.reference import ModelError, build_model
from grader.reference.quantities import LN_BASE
from grader.reference.table import TableModel, read_entries

ASKS = ("window_gap", "full", "windowed")
TOP_KEYS = (
    "kind", "id", "title", "statement", "ask", "window", "cheaper", "log_base", "tolerance", "points",
    "reveal", "deadline", "strict_notation", "model", "window_entries", "sequence", "examples",
)  # fmt: skip
# what the derivation reader takes from a window problem for each model's derivation
SHARED = (
    "id",
    "title",
    "statement",
    "log_base",
    "tolerance",
    "reveal",
    "deadline",
    "strict_notation",
    "sequence",
)


@dataclass(frozen=True)
class WindowProblem:
    """A window question: log P(y | x) under the full model and under its k-window, their gap, the cost."""

    path: str
    id: str
    title: str
    statement: str
    ask: str  # one of ASKS
    k: int
    cheaper: bool  # the question also asks which model costs less to compute
    points: float
    full: Problem  # a derivation problem (log-likelihood) under the full model
    windowed: Problem  # the same under the k-window model
    alternatives: dict[str, float | None] = field(default_factory=dict)  # misreadings -> their value
    examples: tuple[Example, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def gap(self) -> float:
        """log P_full − log P_k, in the problem's log base."""
        return self.full.reference.value - self.windowed.reference.value

    @property
    def log_base(self) -> str:
        return self.full.log_base

    @property
    def parts(self) -> tuple[str, ...]:
        """The rubric's parts, each worth the same share of the points."""
        asked = {"window_gap": ("full", "window", "gap"), "full": ("full",), "windowed": ("window",)}[
            self.ask
        ]
        return asked + (("cost",) if self.cheaper else ())


def _window_k(data: dict[str, Any], path: str) -> int:
    k = data.get("window")
    if isinstance(k, bool) or not isinstance(k, int) or not 0 <= k <= 8192:
        got = "missing" if k is None else f"got {k!r}"
        raise ProblemError(path, "window", f"expected the window k, a whole number of tokens from 0, {got}")
    return k


def _sub_dict(data: dict[str, Any], model: dict[str, Any]) -> dict[str, Any]:
    sub = {key: data[key] for key in SHARED if key in data}
    return {**sub, "ask": "log_likelihood", "points": 1, "model": model}


def _windowed_spec(data: dict[str, Any], spec: dict[str, Any], k: int, path: str) -> dict[str, Any]:
    """The k-window model's `[model]`: the same model with `window = k`; a table's own entries."""
    if spec.get("kind") != "table":
        if "window_entries" in data:
            raise ProblemError(
                path, "window_entries", "only a table model needs the window model's own entries"
            )
        return {**spec, "window": k}
    entries = data.get("window_entries")
    if entries is None:
        raise ProblemError(
            path,
            "window_entries",
            "a table model needs [[window_entries]]: the k-window model's conditionals, keyed by the "
            "last k tokens of x and y (a table cannot derive them from the full model's)",
        )
    if isinstance(entries, list):
        for i, entry in enumerate(entries):
            if isinstance(entry, dict):
                check_keys(entry, ENTRY_KEYS, path, f"window_entries[{i}].")
    return {"kind": "table", "entries": entries, "window": k}


def _derivation(data: dict[str, Any], model: dict[str, Any], path: str, table_key: str = "") -> Problem:
    """A derivation problem for one of the two models; a window table's errors name window_entries."""
    try:
        return problem_from_dict(_sub_dict(data, model), path)
    except ProblemError as err:
        key = err.key
        if table_key and key.startswith("model.entries"):
            key = table_key + key.removeprefix("model.entries")
        elif table_key and key == "model":
            key = table_key
        raise ProblemError(path, key, err.message) from None


def _value_under(data: dict[str, Any], full: Problem, window: int) -> float | None:
    """log P(y | x) (in the log base) under the model limited to `window` tokens, None where undefined."""
    spec = data["model"]
    y, prompt = full.y, full.prompt_tokens
    try:
        if spec.get("kind") == "table":
            table = read_entries(data.get("window_entries"), "window_entries", full.log_base)
            model = TableModel(table, prompt, window)
            m = len(prompt) if prompt is not None else 1
            probs = [
                full.reference.conditionals[i].prob  # the window covers the whole history: the full entry
                if window >= m + i
                else model.prob(token, model.context_for(y[:i]))
                for i, token in enumerate(y)
            ]
        else:
            model = build_model({**spec, "window": window}, log_base=full.log_base, prompt=prompt)
            probs = [c.prob for c in model.conditionals(y)]
    except ModelError:
        return None
    if any(p is None or p <= 0 for p in probs):
        return None
    return math.fsum(math.log(p) for p in probs) / LN_BASE[full.log_base]  # type: ignore[arg-type]


def window_problem_from_dict(data: dict[str, Any], path: str) -> WindowProblem:
    """Check a window problem file and compute both references; errors name the file and key."""
    check_keys(data, TOP_KEYS, path)
    ask = data.get("ask")
    if ask not in ASKS:
        options = " | ".join(f'"{a}"' for a in ASKS)
        raise ProblemError(
            path,
            "ask",
            f"expected one of {options}, got {ask!r}" if "ask" in data else f"missing ({options})",
        )
    k = _window_k(data, path)
    cheaper = data.get("cheaper", True)
    if not isinstance(cheaper, bool):
        raise ProblemError(path, "cheaper", f"expected true or false, got {cheaper!r}")
    points = data.get("points", 1)
    if (
        isinstance(points, bool)
        or not isinstance(points, int | float)
        or not math.isfinite(points)
        or points < 0
    ):
        raise ProblemError(path, "points", f"expected a non-negative number, got {points!r}")
    spec = data.get("model")
    if not isinstance(spec, dict):
        raise ProblemError(path, "model", "missing [model] table (the full model)")
    if "window" in spec:
        raise ProblemError(
            path,
            "model.window",
            "give the full model under [model]; the top-level `window` sets the window k",
        )
    full = _derivation(data, spec, path)
    windowed = _derivation(
        data,
        _windowed_spec(data, spec, k, path),
        path,
        "window_entries" if spec.get("kind") == "table" else "",
    )
    alternatives = {
        "window-used-full-history": full.reference.value,
        "window-kept-extra-token": _value_under(data, full, k + 1),
        "window-kept-too-few": _value_under(data, full, k - 1) if k >= 1 else None,
    }
    from grader.core.diagnostics import REGISTRY

    try:
        examples = read_examples(data.get("examples"), REGISTRY)
    except ExampleError as err:
        raise ProblemError(path, err.key, err.message) from None
    return WindowProblem(
        path=path,
        id=full.id if "id" in data else Path(path).stem,
        title=full.title,
        statement=full.statement,
        ask=ask,
        k=k,
        cheaper=cheaper,
        points=float(points),
        full=full,
        windowed=windowed,
        alternatives=alternatives,
        examples=examples,
        raw=data,
    )
