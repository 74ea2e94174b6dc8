"""Decoding problem files: read and check the TOML table, and compute the reference searches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.derivation.problem import (
    Tolerance,
    _check_bounds,
    _check_model_keys,
    _choice,
    _number,
    _reveal,
    _str,
    _tokens,
)
from grader.reference import LanguageModel, ModelError, Prob, build_model
from grader.reference.base import EOS
from grader.reference.decoding import (
    BeamStep,
    DecodingError,
    Hypothesis,
    beam_steps,
    exhaustive,
    greedy,
)

ASKS = ("greedy", "beam", "best", "greedy_is_best")
NORMALISATIONS = ("none", "length")
MAX_WIDTH = 16
MAX_LENGTH = 20
DEFAULT_TOLERANCE = Tolerance(absolute=0.0, relative=0.01)
TOP_KEYS = (
    "kind", "id", "title", "statement", "ask", "beam_width", "max_length", "eos", "normalise",
    "log_base", "tolerance", "points", "reveal", "deadline", "model", "sequence", "examples",
)  # fmt: skip


@dataclass(frozen=True)
class Searches:
    """The reference: greedy's output, beam search step by step, and the most probable sequence."""

    greedy: Hypothesis
    steps: tuple[BeamStep, ...]
    beam: Hypothesis  # beam search's output, chosen by the problem's normalisation
    best: Hypothesis | None  # the most probable sequence (exhaustive, by the same normalisation), where asked
    finished: tuple[Hypothesis, ...]  # what beam search chooses among


MAX_PREFIXES = 5000  # the model's sequences walked for its exact values (a course's models are far smaller)
_TIE_RULE = re.compile(r"\b(?:ties?|tied|equally (?:probable|likely))\b", re.I)


@dataclass(frozen=True)
class DecodingProblem:
    """A decoding question: the model, the search asked for and its reference answer."""

    path: str
    id: str
    title: str
    statement: str
    ask: str
    beam_width: int
    max_length: int
    eos: str
    normalise: str
    log_base: str
    tolerance: Tolerance
    points: float
    model: LanguageModel
    vocabulary: frozenset[str]
    reference: Searches = field(repr=False, compare=False)
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    examples: tuple[Example, ...] = field(default=(), repr=False, compare=False)
    reveal: str = "never"
    deadline: datetime | None = None
    _dists: dict[tuple[str, ...], dict[str, Prob]] = field(default_factory=dict, repr=False, compare=False)

    def distribution(self, prefix: tuple[str, ...]) -> dict[str, Prob]:
        """The next-token distribution after a generated prefix (empty where the model has none), cached."""
        context = self.model.context_for(prefix)
        if not self._dists and isinstance(getattr(self.model, "table", None), dict):
            for (ctx, token), p in self.model.table.items():  # type: ignore[attr-defined]
                self._dists.setdefault(ctx, {})[token] = p
        if context not in self._dists:
            self._dists[context] = dict(self.model.distribution(context) or {})
        return self._dists[context]

    @cached_property
    def exact_values(self) -> frozenset[float]:
        """The model's conditionals and the probabilities of its prefixes: numbers a student copies or multiplies
        out exactly. Any other number written (a log, a rounded product) stands for a value within half a unit
        of its last digit, so what is computed from it may differ by that much. Walked once per problem."""
        found: set[float] = set()
        queue: list[tuple[tuple[str, ...], float]] = [((), 1.0)]
        while queue and len(found) < MAX_PREFIXES:
            prefix, p = queue.pop()
            for token, q in self.distribution(prefix).items():
                value = p * float(q)
                found.update((round(float(q), 12), round(value, 12)))
                if token != self.eos and len(prefix) + 1 < self.max_length:
                    queue.append((prefix + (token,), value))
        return frozenset(found)

    @property
    def ties_ruled(self) -> bool:
        """The statement tells students how to break a tie ("when two tokens are equally probable,
        take </s>"): the reference's own tie rule then decides, and the other pick is a mistake."""
        return bool(_TIE_RULE.search(self.statement))

    @property
    def answer(self) -> Hypothesis:
        """The sequence the question asks for (greedy's output for greedy_is_best)."""
        r = self.reference
        return {"greedy": r.greedy, "beam": r.beam, "best": r.best or r.greedy}.get(self.ask, r.greedy)

    @property
    def greedy_is_best(self) -> bool:
        """Greedy's output is (one of) the most probable: the answer to ask = greedy_is_best."""
        best = self.reference.best
        return (
            best is None
            or score(self.reference.greedy, self.normalise) >= score(best, self.normalise) - 1e-12
        )


def score(h: Hypothesis, normalise: str) -> float:
    """What hypotheses are compared by: log-probability, or per token for normalise = "length"."""
    if normalise == "length" and h.tokens:
        return h.logprob / len(h.tokens)
    return h.logprob


def choose(hypotheses: list[Hypothesis] | tuple[Hypothesis, ...], normalise: str) -> Hypothesis:
    """The best hypothesis by `score`; ties go to the token sequence first in text order."""
    return min(hypotheses, key=lambda h: (-score(h, normalise), h.tokens))


def _whole(data: dict[str, Any], key: str, path: str, default: int | None, high: int) -> int:
    value = data.get(key, default)
    if value is None:
        raise ProblemError(path, key, "missing (a whole number)")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
        raise ProblemError(path, key, f"expected a whole number from 1 to {high}, got {value!r}")
    return value


def vocabulary_of(model: LanguageModel) -> frozenset[str]:
    """Every token the model can name: what the reader recognises as a token in student text."""
    table = getattr(model, "table", None)
    if isinstance(table, dict):
        return frozenset(t for ctx, tok in table for t in (*ctx, tok))
    return frozenset(getattr(model, "vocabulary", ()) or ())


def _searches(
    model: LanguageModel, path: str, width: int, length: int, eos: str, normalise: str, exhaustive_too: bool
) -> Searches:
    """The reference searches; exhaustive search only where the question needs the most probable sequence."""
    try:
        g = greedy(model, length, eos=eos)
        steps = beam_steps(model, width, length, eos=eos)
        finished = [h for s in steps for h in s.kept if h.finished] + [
            h for h in steps[-1].kept if not h.finished
        ]
        best = (
            choose(exhaustive(model, length, eos=eos, budget=50_000), normalise) if exhaustive_too else None
        )
    except DecodingError as err:
        raise ProblemError(path, "model", str(err)) from None
    return Searches(g, tuple(steps), choose(finished, normalise), best, tuple(finished))


def problem_from_dict(data: dict[str, Any], path: str) -> DecodingProblem:
    """Check a decoding problem file's table and compute its reference; errors name the key."""
    check_keys(data, TOP_KEYS, path)
    sequence = data.get("sequence", {})
    if not isinstance(sequence, dict):
        raise ProblemError(path, "sequence", "expected a [sequence] table with x (the prompt)")
    check_keys(sequence, ("x",), path, "sequence.")
    _check_model_keys(data.get("model"), path)
    _check_bounds(data, path)
    raw_x = sequence.get("x", "")
    prompt = _tokens(raw_x, path, "sequence.x") if isinstance(raw_x, list) else None
    if not isinstance(raw_x, str | list):
        raise ProblemError(path, "sequence.x", f"expected a string or a list of tokens, got {raw_x!r}")
    ask = _choice(data, "ask", path, ASKS)
    log_base = _choice(data, "log_base", path, ("e", "2", "10"), default="e")
    normalise = _choice(data, "normalise", path, NORMALISATIONS, default="none")
    width = _whole(data, "beam_width", path, 2 if ask != "beam" else None, MAX_WIDTH)
    length = _whole(data, "max_length", path, MAX_LENGTH, MAX_LENGTH)
    eos = _str(data, "eos", path, default=EOS)
    try:
        model = build_model(data.get("model"), log_base=log_base, prompt=prompt, base_dir=Path(path).parent)
    except ModelError as err:
        raise ProblemError(path, err.key, err.message) from None
    from grader.core.diagnostics import REGISTRY

    try:
        examples = read_examples(data.get("examples"), REGISTRY)
    except ExampleError as err:
        raise ProblemError(path, err.key, err.message) from None
    reveal, deadline = _reveal(data, path)
    tolerance = _tolerance(data, path)
    return DecodingProblem(
        path=path,
        id=_str(data, "id", path, default=Path(path).stem),
        title=_str(data, "title", path, default=""),
        statement=_str(data, "statement", path, default=""),
        ask=ask,
        beam_width=width,
        max_length=length,
        eos=eos,
        normalise=normalise,
        log_base=log_base,
        tolerance=tolerance,
        points=_number(data.get("points", 1), path, "points"),
        model=model,
        vocabulary=vocabulary_of(model) | {eos},
        reference=_searches(model, path, width, length, eos, normalise, ask in ("best", "greedy_is_best")),
        raw=data,
        examples=examples,
        reveal=reveal,
        deadline=deadline,
    )


def _tolerance(data: dict[str, Any], path: str) -> Tolerance:
    """The derivation kind's `tolerance`, but relative 1 % by default: 0.048 and 0.054 must differ."""
    if "tolerance" not in data:
        return DEFAULT_TOLERANCE
    from grader.derivation.problem import _tolerance as read

    return read(data, path)
