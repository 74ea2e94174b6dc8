"""A cost problem file: what is counted, under which strategy, over which symbols, and its reference."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sympy

from grader.core.diagnostics import REGISTRY
from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.cost.forms import (
    ASKS,
    DEFINED,
    ROLES,
    STRATEGIES,
    Form,
    Misconception,
    Variant,
    form,
    misconceptions,
    needs,
)
from grader.derivation.problem import _choice, _number, _str

TOP_KEYS = (
    "kind", "id", "title", "statement", "points", "ask", "strategy", "answer_form", "symbols",
    "constants", "model", "examples",
)  # fmt: skip
MODEL_KEYS = ("kind", "vocabulary", "seed", "d_model", "layers", "heads", "d_ff", "n", "m", "k")
ANSWER_FORMS = ("exact", "big_o")


@dataclass(frozen=True)
class CheckSizes:
    """The [model] sizes at which `grader solve` counts the work on the numpy transformer."""

    d_model: int = 8
    layers: int = 2
    heads: int = 2
    n: int = 4
    m: int = 3
    k: int = 2
    vocabulary: int = 5
    seed: int = 0


@dataclass(frozen=True)
class CostProblem:
    path: str
    id: str
    title: str
    statement: str
    points: float
    ask: str
    strategy: str
    answer_form: str
    symbols: dict[str, str]  # letter -> what it means in this problem
    constants: frozenset[str]  # letters fixed in a big-O answer
    sizes: CheckSizes
    examples: tuple[Example, ...] = ()
    reference: Form = field(init=False, repr=False, compare=False)
    wrong: tuple[tuple[Misconception, sympy.Expr], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        defined = frozenset(self.symbols)
        object.__setattr__(self, "reference", form(self.ask, Variant(self.strategy), defined))
        wrong = []
        for mistake in misconceptions(self.ask, self.strategy, defined):
            total = form(self.ask, mistake.variant, defined).total
            if sympy.expand(total - self.reference.total) != 0:
                wrong.append((mistake, total))
        object.__setattr__(self, "wrong", tuple(wrong))

    @property
    def defined(self) -> frozenset[str]:
        return frozenset(self.symbols)


def _symbols(data: dict[str, Any], path: str) -> dict[str, str]:
    raw = data.get("symbols")
    if not isinstance(raw, dict) or not raw:
        raise ProblemError(path, "symbols", 'expected a table such as n = "tokens generated"')
    for letter, meaning in raw.items():
        if letter not in ROLES:
            raise ProblemError(
                path, f"symbols.{letter}", f"expected one of the letters {', '.join(ROLES)} (see README)"
            )
        if not isinstance(meaning, str) or not meaning.strip():
            raise ProblemError(path, f"symbols.{letter}", "expected what the letter means, as a string")
    return dict(raw)


def _sizes(data: dict[str, Any], path: str) -> CheckSizes:
    model = data.get("model", {"kind": "transformer"})
    if not isinstance(model, dict) or model.get("kind") != "transformer":
        raise ProblemError(path, "model.kind", 'expected "transformer"')
    check_keys(model, MODEL_KEYS, path, "model.")
    values: dict[str, int] = {}
    limits = {"d_model": (2, 64), "layers": (1, 8), "heads": (1, 8), "n": (1, 16), "m": (0, 16), "k": (1, 16)}
    for key, (low, high) in limits.items():
        value = model.get(key, getattr(CheckSizes, key))
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ProblemError(
                path, f"model.{key}", f"expected a whole number from {low} to {high}, got {value!r}"
            )
        values[key] = value
    if values["d_model"] % (2 * values["heads"]):
        raise ProblemError(path, "model.heads", "d_model must be an even multiple of heads")
    if "d_ff" in model and model["d_ff"] != 4 * values["d_model"]:
        raise ProblemError(path, "model.d_ff", "the closed forms assume d_ff = 4·d_model; leave it out")
    vocabulary = model.get("vocabulary", ["a", "b", "c", "d", "e"])
    if not isinstance(vocabulary, list) or len(vocabulary) < 2:
        raise ProblemError(path, "model.vocabulary", "expected a list of at least 2 tokens")
    seed = model.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ProblemError(path, "model.seed", f"expected a whole number, got {seed!r}")
    return CheckSizes(vocabulary=len(vocabulary), seed=seed, **values)


def problem_from_dict(data: dict[str, Any], path: str) -> CostProblem:
    """Read a cost problem's table; ProblemError names the file and key."""
    check_keys(data, TOP_KEYS, path)
    ask = _choice(data, "ask", path, ASKS)
    strategy = _choice(data, "strategy", path, STRATEGIES, default="naive")
    if ask in DEFINED and strategy not in DEFINED[ask]:
        raise ProblemError(path, "strategy", f"{ask} is counted only for {' or '.join(DEFINED[ask])}")
    symbols = _symbols(data, path)
    for letter in needs(ask, strategy):
        if letter not in symbols:
            raise ProblemError(path, "symbols", f"{ask} under {strategy} needs the letter {letter!r} defined")
    constants = data.get("constants", [])
    if not isinstance(constants, list) or any(c not in symbols for c in constants):
        raise ProblemError(path, "constants", "expected a list of letters from [symbols]")
    sizes = _sizes(data, path)
    if strategy == "window" and sizes.m < sizes.k:
        raise ProblemError(path, "model.m", "the window forms assume a prompt at least k long (m ≥ k)")
    try:
        examples = read_examples(data.get("examples", []), REGISTRY)
    except ExampleError as err:
        raise ProblemError(path, err.key, err.message) from None
    return CostProblem(
        path=path,
        id=_str(data, "id", path, default=Path(path).stem),
        title=_str(data, "title", path, default=""),
        statement=_str(data, "statement", path),
        points=_number(data.get("points", 1), path, "points"),
        ask=ask,
        strategy=strategy,
        answer_form=_choice(data, "answer_form", path, ANSWER_FORMS, default="exact"),
        symbols=symbols,
        constants=frozenset(constants),
        sizes=sizes,
        examples=examples,
    )
