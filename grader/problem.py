"""Problem files (TOML): read, check and turn into a Problem with its reference answer."""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from grader.examples import Example, ExampleError, read_examples
from grader.reference import Conditional, LanguageModel, ModelError, build_model
from grader.reference.quantities import ASKS, LN_BASE, quantity
from grader.rubric import Rubric, RubricError, read_rubric


class ProblemError(Exception):
    """A problem file the grader cannot use; the message names the file and the key."""

    def __init__(self, path: str, key: str, message: str) -> None:
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {message}")
        self.path, self.key, self.message = path, key, message


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
        return f"P({c.token} | {' '.join(c.context)})" if c.context else f"P({c.token})"


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


def problem_from_dict(data: dict[str, Any], path: str) -> Problem:
    """Check a parsed problem file and compute its reference; errors name the key."""
    sequence = data.get("sequence")
    if not isinstance(sequence, dict):
        raise ProblemError(path, "sequence", "missing [sequence] table with x and y")
    raw_x = sequence.get("x", "")
    if isinstance(raw_x, list):
        x: str | tuple[str, ...] = _tokens(raw_x, path, "sequence.x")
    elif isinstance(raw_x, str):
        x = raw_x
    else:
        raise ProblemError(path, "sequence.x", f"expected a string or a list of tokens, got {raw_x!r}")
    y = _tokens(sequence.get("y"), path, "sequence.y")
    if len(y) > 1000:
        raise ProblemError(path, "sequence.y", "at most 1000 tokens")
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
    from grader.diagnostics import REGISTRY

    try:
        rubric = read_rubric(data.get("rubric"), REGISTRY)
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
        reveal=reveal,
        deadline=deadline,
    )


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


def load_problem(path: str | Path) -> Problem:
    """Read and check a problem file."""
    name = str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ProblemError(name, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ProblemError(name, "", f"cannot read the file ({err})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ProblemError(name, "", f"not valid TOML: {err}") from None
    return problem_from_dict(data, name)
