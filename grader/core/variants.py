"""Per-student variants: the `[params]` table of a problem file, each student's draw, and template filling.

    [params]
    salt = "fall-2026"                                # optional; `--salt` overrides it
    lp1 = { low = -1.5, high = -0.5, step = 0.1 }     # a number from a range with a step
    lp2 = [-0.2, -0.3, -0.4]                          # a choice from a list (of anything TOML holds)
    seed = { low = 1, high = 9999 }                   # whole numbers: step 1 (a transformer's seed)
    corpus = { sample = ["<s> a b </s>", "<s> b a </s>", "<s> a a </s>"], k = 2 }   # k of them, in order

A value is drawn from sha256(salt, problem id, student id, parameter name), never from a clock or
a global generator, so regrading reproduces it and adding a parameter leaves the others' draws
alone. Filling is data, never code: a string that is exactly `{{ name }}` becomes the value
itself (a number, a list); elsewhere `{{ name }}` or `{{ name:.3f }}` is replaced by its text.
An unknown name is a ProblemError naming the key it is in.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from grader.core.problemfile import ProblemError

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TEMPLATE = re.compile(r"\{\{\s*(.*?)\s*\}\}", re.DOTALL)
# Python's format-spec mini-language (data, not code): fill/align, sign, width, precision, type
FORMAT_SPEC = re.compile(r"[<>=^]?[+\- ]?#?0?\d*[,_]?(\.\d+)?[eEfFgG%]?")
MAX_RANGE_VALUES = 1_000_000
MAX_SAMPLE = 10_000
RESERVED = ("salt",)


@dataclass(frozen=True)
class Param:
    """One parameter: a choice from `values`, a number from low..high by step, or k of `values`."""

    name: str
    values: tuple[Any, ...] = ()
    low: float | int = 0
    step: float | int = 1
    count: int = 0  # how many values the range holds
    k: int = 0  # > 0: a sample of k of `values`

    def first(self) -> Any:
        """The value a problem without a student gets (its first variant): the first choice, low, or the first k."""
        if self.k:
            return list(self.values[: self.k])
        return self.values[0] if self.values else self._at(0)

    def pick(self, digest: bytes) -> Any:
        """The value a student's digest selects."""
        if self.k:
            return self._sample(digest)
        size = len(self.values) or self.count
        index = int.from_bytes(digest, "big") % size
        return self.values[index] if self.values else self._at(index)

    def _at(self, index: int) -> float | int:
        if isinstance(self.low, int) and isinstance(self.step, int):
            return self.low + index * self.step
        decimals = max(_decimals(self.low), _decimals(self.step))
        return round(self.low + index * self.step, decimals)  # -0.7, not -0.7000000000000001

    def _sample(self, digest: bytes) -> list[Any]:
        """k of the values, chosen by a Fisher-Yates shuffle driven by the digest, kept in listed order."""
        order = list(range(len(self.values)))
        for i in range(self.k):
            step = hashlib.sha256(digest + i.to_bytes(4, "big")).digest()
            j = i + int.from_bytes(step, "big") % (len(order) - i)
            order[i], order[j] = order[j], order[i]
        return [self.values[i] for i in sorted(order[: self.k])]


@dataclass(frozen=True)
class ParamSpec:
    """A problem file's `[params]`: its parameters in file order, and its salt."""

    params: tuple[Param, ...]
    salt: str = ""


def _decimals(value: float | int) -> int:
    text = repr(float(value))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 12


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _range(name: str, table: dict[str, Any], path: str) -> Param:
    key = f"params.{name}"
    unknown = set(table) - {"low", "high", "step"}
    if unknown:
        raise ProblemError(path, f"{key}.{sorted(unknown)[0]}", "expected low, high and step")
    low, high = table.get("low"), table.get("high")
    for which, value in (("low", low), ("high", high)):
        if not _is_number(value):
            raise ProblemError(path, f"{key}.{which}", f"expected a number, got {value!r}")
    step = table.get("step", 1)
    if not _is_number(step) or step <= 0:
        raise ProblemError(path, f"{key}.step", f"expected a positive number, got {step!r}")
    if high < low:  # type: ignore[operator]
        raise ProblemError(path, f"{key}.high", f"expected at least low ({low}), got {high}")
    count = int(math.floor((high - low) / step + 1e-9)) + 1  # type: ignore[operator]
    if count > MAX_RANGE_VALUES:
        raise ProblemError(path, f"{key}.step", f"at most {MAX_RANGE_VALUES:,} values, got {count:,}")
    return Param(name, low=low, step=step, count=count)  # type: ignore[arg-type]


def _sample(name: str, table: dict[str, Any], path: str) -> Param:
    key = f"params.{name}"
    unknown = set(table) - {"sample", "k"}
    if unknown:
        raise ProblemError(path, f"{key}.{sorted(unknown)[0]}", "expected sample and k")
    values, k = table.get("sample"), table.get("k")
    if not isinstance(values, list) or not values or len(values) > MAX_SAMPLE:
        raise ProblemError(path, f"{key}.sample", f"expected a list of 1 to {MAX_SAMPLE} values")
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= len(values):
        raise ProblemError(path, f"{key}.k", f"expected a whole number from 1 to {len(values)}, got {k!r}")
    return Param(name, values=tuple(values), k=k)


def read_params(data: dict[str, Any], path: str) -> ParamSpec | None:
    """A problem file's `[params]` table, checked (None when it has none); errors name params.NAME."""
    raw = data.get("params")
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw:
        raise ProblemError(path, "params", "expected a [params] table of name = values")
    salt = raw.get("salt", "")
    if not isinstance(salt, str):
        raise ProblemError(path, "params.salt", f"expected a string, got {salt!r}")
    params = []
    for name, spec in raw.items():
        if name in RESERVED:
            continue
        if not NAME.fullmatch(name):
            raise ProblemError(path, f"params.{name}", "a parameter name is letters, digits and _")
        if isinstance(spec, list):
            if not spec:
                raise ProblemError(path, f"params.{name}", "expected a non-empty list to choose from")
            params.append(Param(name, values=tuple(spec)))
        elif isinstance(spec, dict) and "sample" in spec:
            params.append(_sample(name, spec, path))
        elif isinstance(spec, dict):
            params.append(_range(name, spec, path))
        else:
            raise ProblemError(
                path,
                f"params.{name}",
                "expected a list to choose from, { low, high, step } or { sample = [...], k = N }",
            )
    if not params:
        raise ProblemError(path, "params", "no parameters (only a salt)")
    return ParamSpec(tuple(params), salt)


def draw(spec: ParamSpec, problem_id: str, student: str | None, salt: str | None = None) -> dict[str, Any]:
    """A student's values (the first variant when student is None); the salt defaults to the file's."""
    if student is None:
        return {p.name: p.first() for p in spec.params}
    salt = spec.salt if salt is None else salt
    out = {}
    for p in spec.params:
        seed = json.dumps([salt, problem_id, student, p.name], ensure_ascii=False).encode()
        out[p.name] = p.pick(hashlib.sha256(seed).digest())
    return out


def fingerprint(values: dict[str, Any]) -> str:
    """A short stable name for a variant's values (what --resume and the records compare)."""
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _key(name: str) -> str:
    """How a name is looked up: spaces do not matter, so P(learning|x,deep) is P(learning | x, deep)."""
    return re.sub(r"\s+", "", name)


def text_of(value: Any, spec: str = "") -> str:
    """A value as a statement prints it: numbers to 6 significant digits unless a format spec says."""
    if isinstance(value, list | tuple):
        return " ".join(text_of(v, spec) for v in value)
    if isinstance(value, Fraction) and not spec:
        return str(value)
    if isinstance(value, bool) or not isinstance(value, int | float | Fraction):
        return format(str(value), spec)  # a number's spec on text (.3f) is a ValueError, named by key
    if spec:
        return format(float(value) if isinstance(value, Fraction) else value, spec)
    return str(value) if isinstance(value, int) else f"{value:.6g}"


class Names:
    """The names a template may use, looked up with spaces ignored."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = {_key(k): v for k, v in values.items()}
        self.shown = list(values)

    def lookup(self, name: str, path: str, where: str) -> tuple[Any, str]:
        """The value and format spec of `name` or `name:spec`; ProblemError naming `where` when unknown."""
        spec = ""
        head, colon, tail = name.rpartition(":")
        if colon and FORMAT_SPEC.fullmatch(tail.strip()) and tail.strip():
            name, spec = head, tail.strip()
        if _key(name) not in self.values:
            known = ", ".join(self.shown[:12]) + (", …" if len(self.shown) > 12 else "")
            raise ProblemError(path, where, f"unknown template name {name!r}; known names: {known}")
        return self.values[_key(name)], spec

    def fill(self, text: str, path: str, where: str) -> str:
        """`text` with every {{ name }} replaced by its value's text."""

        def one(match: re.Match[str]) -> str:
            value, spec = self.lookup(match.group(1), path, where)
            try:
                return text_of(value, spec)
            except (ValueError, TypeError) as err:
                raise ProblemError(path, where, f"cannot format {match.group(1)!r}: {err}") from None

        return TEMPLATE.sub(one, text)


def is_template(text: str) -> bool:
    return bool(TEMPLATE.search(text))


def fill_table(data: Any, names: Names, path: str, where: str = "", skip: tuple[str, ...] = ()) -> Any:
    """A copy of a problem table with its string values filled; a string that is exactly {{ name }} takes the value itself."""
    if isinstance(data, dict):
        return {
            k: v if k in skip else fill_table(v, names, path, f"{where}.{k}" if where else k)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [fill_table(v, names, path, f"{where}[{i}]") for i, v in enumerate(data)]
    if isinstance(data, str):
        whole = TEMPLATE.fullmatch(data.strip())
        if whole:
            value, spec = names.lookup(whole.group(1), path, where)
            return text_of(value, spec) if spec else value
        return names.fill(data, path, where)
    return data
