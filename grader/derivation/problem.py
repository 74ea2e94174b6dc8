"""Problem files (TOML): read, check and turn into a Problem with its reference answer."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from grader.core.examples import Example, ExampleError, read_examples
from grader.core.problemfile import ProblemError, check_keys, read_problem_file
from grader.core.rubric import Rubric, RubricError, read_rubric
from grader.reference import Conditional, LanguageModel, ModelError, build_model
from grader.reference.quantities import ASKS, LN_BASE, quantity

# Bounds on what a problem file may ask the grader to build: every seed problem is far below them,
# and together they keep loading one problem within seconds and a few tens of MB.
MAX_TOKENS = 1000  # sequence.x and sequence.y
MAX_ENTRIES = 20_000  # model.entries, model.corpus sentences, model.content items
MAX_CORPUS_CHARS = 1_000_000
TRANSFORMER_BOUNDS = {
    "vocabulary": 10_000,
    "d_model": 512,
    "layers": 12,
    "heads": 16,
    "context": 2048,
    "d_ff": 4096,
}
MAX_PARAMETERS = 5_000_000  # a transformer's weights: 40 MB of float64


@dataclass(frozen=True)
class Tolerance:
    """A value v is accepted for an expected e when |v - e| <= max(absolute, relative * |e|)."""

    absolute: float = 0.0
    relative: float = 0.0

    def allows(self, value: float, expected: float) -> bool:
        return abs(value - expected) <= max(self.absolute, self.relative * abs(expected)) + 1e-12


@dataclass(frozen=True)
class Reference:
    """The worked answer: every chain-rule factor and the asked quantity."""

    conditionals: tuple[Conditional, ...]
    ln_probs: tuple[float, ...]
    value: float


@dataclass(frozen=True)
class Problem:
    path: str
    id: str
    title: str
    statement: str
    ask: str
    log_base: str
    tolerance: Tolerance
    points: float
    model: LanguageModel
    x: str | tuple[str, ...]
    y: tuple[str, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)
    reference: Reference = field(repr=False, compare=False)
    rubric: Rubric = field(default_factory=Rubric, repr=False, compare=False)
    examples: tuple[Example, ...] = field(default=(), repr=False, compare=False)
    strict_notation: bool = False  # unreadable lines and unknown symbols cost marks (default: review only)
    reveal: str = "never"  # when students may see the expected values: never | after_deadline | always
    deadline: datetime | None = None  # for reveal = "after_deadline"

    @property
    def prompt_tokens(self) -> tuple[str, ...] | None:
        return self.x if isinstance(self.x, tuple) else None

    @property
    def ln_base(self) -> float:
        return LN_BASE[self.log_base]

    def factor_label(self, position: int) -> str:
        """The chain-rule factor at a 1-based position of y, in the model's own notation: P(learning | x, deep)
        for a model of the whole history, P(am | I) for a bigram."""
        c = self.reference.conditionals[position - 1]
        if self.model.window is None:
            return f"P({c.token} | {', '.join(('x',) + c.context)})"
        seen = self.model.looks_at(c.context)
        return f"P({c.token} | {' '.join(seen)})" if seen else f"P({c.token})"


def _str(data: dict[str, Any], key: str, path: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ProblemError(path, key, f"expected a string, got {value!r}" if key in data else "missing")
    return value


def _choice(
    data: dict[str, Any], key: str, path: str, choices: tuple[str, ...], default: str | None = None
) -> str:
    value = data.get(key, default)
    if value not in choices:
        options = " | ".join(f'"{c}"' for c in choices)
        raise ProblemError(
            path, key, f"expected one of {options}, got {value!r}" if key in data else f"missing ({options})"
        )
    return value  # type: ignore[return-value]


def _number(value: Any, path: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ProblemError(path, key, f"expected a non-negative number, got {value!r}")
    return float(value)


def _tolerance(data: dict[str, Any], path: str) -> Tolerance:
    raw = data.get("tolerance", 0.01)
    if isinstance(raw, dict):
        unknown = set(raw) - {"absolute", "relative"}
        if unknown:
            raise ProblemError(
                path, f"tolerance.{sorted(unknown)[0]}", "expected only `absolute` and `relative`"
            )
        return Tolerance(
            _number(raw.get("absolute", 0.0), path, "tolerance.absolute"),
            _number(raw.get("relative", 0.0), path, "tolerance.relative"),
        )
    return Tolerance(absolute=_number(raw, path, "tolerance"))


def _tokens(value: Any, path: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, list) or not value or not all(isinstance(t, str) and t.strip() for t in value):
        raise ProblemError(path, key, f"expected a non-empty list of token strings, got {value!r}")
    return tuple(t.strip() for t in value)


def _size(value: Any, default: int) -> int | None:
    """A whole-number option as given (the default when absent); None when it is not one (the model says so)."""
    if value is None:
        return default
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def transformer_parameters(vocabulary: int, d_model: int, layers: int, d_ff: int) -> int:
    """How many weights a transformer of these sizes has (what building it allocates)."""
    # embedding and unembedding, then per layer: QKV and output projections, and the MLP
    return 2 * vocabulary * d_model + layers * (4 * d_model * d_model + 2 * d_model * d_ff)


def _check_transformer(spec: dict[str, Any], path: str) -> None:
    vocabulary = spec.get("vocabulary")
    sizes = {
        "vocabulary": len(vocabulary) if isinstance(vocabulary, list) else None,
        "d_model": _size(spec.get("d_model"), 16),
        "layers": _size(spec.get("layers"), 1),
        "heads": _size(spec.get("heads"), 2),
        "context": _size(spec.get("context"), 64),
    }
    d = sizes["d_model"]
    sizes["d_ff"] = _size(spec.get("d_ff"), 4 * d if d is not None else 64)
    for name, high in TRANSFORMER_BOUNDS.items():
        got = sizes[name]
        if got is not None and got > high:
            what = f"{got} tokens" if name == "vocabulary" else str(got)
            raise ProblemError(
                path, f"model.{name}", f"at most {high} (a reference model must stay small), got {what}"
            )
    v, layers, ff = sizes["vocabulary"], sizes["layers"], sizes["d_ff"]
    if v is not None and d is not None and layers is not None and ff is not None:
        count = transformer_parameters(v, d, layers, ff)
        if count > MAX_PARAMETERS:
            raise ProblemError(
                path,
                "model",
                f"the transformer has {count:,} parameters; at most {MAX_PARAMETERS:,} "
                "(lower d_model, layers, d_ff or the vocabulary)",
            )


def _check_bounds(data: dict[str, Any], path: str) -> None:
    """Refuse a problem that would take the grader too long or too much memory to build; errors name the key."""
    sequence = data.get("sequence")
    if isinstance(sequence, dict):
        for name in ("x", "y"):
            value = sequence.get(name)
            count = (
                len(value) if isinstance(value, list) else len(value.split()) if isinstance(value, str) else 0
            )
            if count > MAX_TOKENS:
                raise ProblemError(path, f"sequence.{name}", f"at most {MAX_TOKENS} tokens, got {count}")
    spec = data.get("model")
    if not isinstance(spec, dict):
        return
    for name in ("entries", "corpus", "content"):
        value = spec.get(name)
        if isinstance(value, list) and len(value) > MAX_ENTRIES:
            raise ProblemError(path, f"model.{name}", f"at most {MAX_ENTRIES} items, got {len(value)}")
    corpus = spec.get("corpus")
    if isinstance(corpus, list):
        chars = sum(len(s) for s in corpus if isinstance(s, str))
        if chars > MAX_CORPUS_CHARS:
            raise ProblemError(path, "model.corpus", f"at most {MAX_CORPUS_CHARS} characters, got {chars}")
    if spec.get("kind") == "transformer":
        _check_transformer(spec, path)


TOP_KEYS = (
    "kind", "id", "title", "statement", "ask", "log_base", "tolerance", "points", "reveal", "deadline",
    "strict_notation", "model", "sequence", "rubric", "examples",
)  # fmt: skip
SEQUENCE_KEYS = ("x", "y")
MODEL_KEYS = {
    "table": ("kind", "entries", "window"),
    "ngram": ("kind", "order", "entries", "corpus", "smoothing", "k", "lambdas", "vocabulary_size", "window"),
    "logprobs": ("kind", "file", "content", "choice", "window"),  # window: refused by the model, with why
}
ENTRY_KEYS = ("token", "context", "prob", "logprob")


def _check_model_keys(model: Any, path: str) -> None:
    if not isinstance(model, dict) or model.get("kind") not in MODEL_KEYS:
        return  # a missing table or an unknown kind is reported by the model builder, with its key
    check_keys(model, MODEL_KEYS[model["kind"]], path, "model.")
    entries = model.get("entries")
    if isinstance(entries, list):
        for i, entry in enumerate(entries):
            if isinstance(entry, dict):
                check_keys(entry, ENTRY_KEYS, path, f"model.entries[{i}].")


def _model_kind(data: dict[str, Any]) -> object:
    model = data.get("model")
    return model.get("kind") if isinstance(model, dict) else None


def problem_from_dict(data: dict[str, Any], path: str, student: str | None = None) -> Problem:
    """Check a parsed problem file and compute its reference; errors name the key.

    A file with [params] gives `student`'s variant (None: the first), statement and examples filled.
    """
    if "params" in data:
        return _variant_problem(data, path, student)
    check_keys(data, TOP_KEYS, path)
    sequence = data.get("sequence")
    if not isinstance(sequence, dict):
        raise ProblemError(path, "sequence", "missing [sequence] table with x and y")
    check_keys(sequence, SEQUENCE_KEYS, path, "sequence.")
    _check_model_keys(data.get("model"), path)
    _check_bounds(data, path)
    raw_x = sequence.get("x", "")
    if raw_x == [] or (isinstance(raw_x, str) and not raw_x.strip() and _model_kind(data) == "ngram"):
        x: str | tuple[str, ...] = ()  # an unconditional sequence: P(red red blue), no prompt
    elif isinstance(raw_x, list):
        x = _tokens(raw_x, path, "sequence.x")
    elif isinstance(raw_x, str):
        x = raw_x
    else:
        raise ProblemError(path, "sequence.x", f"expected a string or a list of tokens, got {raw_x!r}")
    y = _tokens(sequence.get("y"), path, "sequence.y")
    log_base = _choice(data, "log_base", path, ("e", "2", "10"), default="e")
    ask = _choice(data, "ask", path, ASKS)
    points = _number(data.get("points", 1), path, "points")
    try:
        model = build_model(
            data.get("model"),
            log_base=log_base,
            prompt=x if isinstance(x, tuple) else None,
            base_dir=Path(path).parent,
        )
    except ModelError as err:
        raise ProblemError(path, err.key, err.message) from None
    conditionals = tuple(model.conditionals(y))
    for c in conditionals:
        if c.prob is None or c.prob <= 0:
            reason = model.explain_missing(c)
            if reason is not None:
                raise ProblemError(path, reason.key, reason.message)
            context = " ".join(c.context) if c.context else "x"
            raise ProblemError(
                path,
                "model",
                f"the model gives no (non-zero) probability for y_{c.position} = {c.token!r} after {context!r}",
            )
    ln_probs = tuple(math.log(c.prob) for c in conditionals)  # type: ignore[arg-type]
    from grader.core.diagnostics import REGISTRY

    try:
        rubric = read_rubric(data.get("rubric"), REGISTRY, _bool(data, "strict_notation", path))
        examples = read_examples(data.get("examples"), REGISTRY)
    except (RubricError, ExampleError) as err:
        raise ProblemError(path, err.key, err.message) from None
    reference = Reference(conditionals, ln_probs, quantity(ask, ln_probs, log_base))
    reveal, deadline = _reveal(data, path)
    return Problem(
        path=path,
        id=_str(data, "id", path, default=Path(path).stem),
        title=_str(data, "title", path, default=""),
        statement=_str(data, "statement", path, default=""),
        ask=ask,
        log_base=log_base,
        tolerance=_tolerance(data, path),
        points=points,
        model=model,
        x=x,
        y=y,
        raw=data,
        reference=reference,
        rubric=rubric,
        examples=examples,
        strict_notation=_bool(data, "strict_notation", path),
        reveal=reveal,
        deadline=deadline,
    )


def _bool(data: dict[str, Any], key: str, path: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ProblemError(path, key, f"expected true or false, got {value!r}")
    return value


REVEALS = ("never", "after_deadline", "always")


def _reveal(data: dict[str, Any], path: str) -> tuple[str, datetime | None]:
    """`reveal` (default never) and, for after_deadline, a `deadline` with a time zone."""
    reveal = _choice(data, "reveal", path, REVEALS, default="never")
    deadline = data.get("deadline")
    if deadline is None:
        if reveal == "after_deadline":
            raise ProblemError(
                path,
                "deadline",
                'reveal = "after_deadline" needs a deadline such as 2026-12-15T23:59:00-05:00',
            )
        return reveal, None
    if not isinstance(deadline, datetime) or deadline.tzinfo is None:
        raise ProblemError(
            path,
            "deadline",
            f"expected a date and time with its offset (2026-12-15T23:59:00-05:00), got {deadline!r}",
        )
    return reveal, deadline


def _variant_problem(data: dict[str, Any], path: str, student: str | None) -> Problem:
    """A [params] problem as `student` gets it, read through the seam that draws and fills variants."""
    from dataclasses import replace

    from grader.core.question import VariantQuestion, question_from_dict

    question = question_from_dict(data, path, student)
    inner = question.inner if isinstance(question, VariantQuestion) else question
    problem = getattr(inner, "problem", None)
    if not isinstance(problem, Problem):
        raise ProblemError(path, "kind", "not a derivation problem")
    return replace(problem, statement=question.statement, examples=question.examples)


def load_problem(path: str | Path, student: str | None = None) -> Problem:
    """Read and check a problem file (with [params]: `student`'s variant, None for the first)."""
    return problem_from_dict(read_problem_file(path), str(path), student)
