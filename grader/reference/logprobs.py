"""A model read from a language-model API's per-token log-probabilities.

The input is the OpenAI-compatible chat-completions `logprobs.content` list: one item per
generated token, `{token, logprob, top_logprobs: [{token, logprob}, …]}` (`bytes` is ignored).
`[model]` gives it inline as `content = [...]`, or as `file = "name.json"` relative to the problem
file; the JSON may be the whole response (`choices[choice].logprobs.content`, `choice` defaulting
to 0), one choice, the `logprobs` object or the bare list.

Conventions: log-probabilities are natural logs, as the API gives them, whatever the problem's
`log_base`. Tokens are compared with surrounding whitespace stripped (" Paris" is "Paris"), since
the problem's y is; if two alternatives at one position strip to the same text, the first listed
is kept. The model knows Pr(token | x, y_<i) only along the generated path: at position i for
the generated token and its listed alternatives, nowhere else.
"""

from __future__ import annotations

import json
import math
import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path, PurePath
from typing import Any, NoReturn

from grader.reference.base import Conditional, Derivation, LanguageModel, ModelError

# how far the listed alternatives may sum above 1, and the sampled token's logprob may differ from
# its own entry among them, before we call the data inconsistent (the API rounds)
SUM_SLACK = 1e-4
LOGPROB_SLACK = 1e-3
MAX_FILE_BYTES = 8 * 1024 * 1024  # a saved API response with top_logprobs for ~10,000 tokens

Fail = Callable[[str, str], NoReturn]  # raises ModelError for a path inside the data


class LogprobsModel(LanguageModel):
    """Conditionals recorded from a real model: known on the generated path only."""

    kind = "logprobs"
    window = None

    def describe(self) -> str:
        return f"log-probabilities recorded from a model's API output ({len(self.path)} generated tokens)"

    def __init__(
        self, steps: list[dict[str, float]], path: tuple[str, ...], prompt: tuple[str, ...] | None
    ) -> None:
        super().__init__(prompt)
        self.path = path  # the generated tokens, stripped
        self.steps = steps  # at position i: {token: natural logprob} (sampled token and alternatives)

    def _step(self, context: tuple[str, ...]) -> dict[str, float] | None:
        i = len(context)
        if i >= len(self.steps) or tuple(context) != self.path[:i]:
            return None
        return self.steps[i]

    def logprob(self, token: str, context: tuple[str, ...]) -> float | None:
        step = self._step(context)
        return None if step is None else step.get(token)

    def prob(self, token: str, context: tuple[str, ...]) -> float | None:
        lp = self.logprob(token, context)
        return None if lp is None else math.exp(lp)

    def distribution(self, context: tuple[str, ...]) -> dict[str, float] | None:
        """The listed part of the next-token distribution (top alternatives only)."""
        step = self._step(context)
        return None if step is None else {t: math.exp(lp) for t, lp in step.items()}

    def derive(self, token: str, context: tuple[str, ...]) -> Derivation | None:
        lp = self.logprob(token, context)
        if lp is None:
            return None
        return Derivation("exp(logprob)", f"exp({lp:.6g}) = {math.exp(lp):.6g}")

    def explain_missing(self, conditional: Conditional) -> ModelError | None:
        i = conditional.position - 1
        where = f"sequence.y[{i}]"
        if i >= len(self.steps):
            return ModelError(where, f"the logprobs record only {len(self.steps)} generated tokens")
        if tuple(conditional.context) != self.path[:i]:
            return ModelError(
                where,
                f"the logprobs know position {i + 1} only after {' '.join(self.path[:i])!r}, "
                f"the generated tokens; y departs from them earlier",
            )
        listed = ", ".join(repr(t) for t in self.steps[i])
        return ModelError(where, f"{conditional.token!r} is not among the tokens listed there ({listed})")


def _logprob(item: Mapping[str, Any], fail: Fail, path: str) -> float:
    raw = item.get("logprob")
    if isinstance(raw, bool) or not isinstance(raw, int | float) or math.isnan(raw):
        fail(f"{path}.logprob", f"expected a number, got {raw!r}")
    if raw > 0:
        fail(f"{path}.logprob", f"a log-probability cannot be above 0, got {raw}")
    return float(raw)


def _token(item: Mapping[str, Any], fail: Fail, path: str) -> str:
    raw = item.get("token")
    if not isinstance(raw, str) or not raw:
        fail(f"{path}.token", f"expected a non-empty string, got {raw!r}")
    return raw.strip() or raw


def read_content(content: Any, fail: Fail, prefix: str) -> tuple[list[dict[str, float]], tuple[str, ...]]:
    """Steps and generated path from a `logprobs.content` list; `fail(path, message)` raises."""
    if not isinstance(content, list) or not content:
        fail(prefix, "expected a non-empty list of {token, logprob, top_logprobs} items")
    steps: list[dict[str, float]] = []
    path: list[str] = []
    for i, item in enumerate(content):
        here = f"{prefix}[{i}]"
        if not isinstance(item, Mapping):
            fail(here, f"expected a table with token, logprob and top_logprobs, got {item!r}")
        token, lp = _token(item, fail, here), _logprob(item, fail, here)
        top = item.get("top_logprobs", [])
        if not isinstance(top, list):
            fail(f"{here}.top_logprobs", f"expected a list of {{token, logprob}}, got {top!r}")
        step: dict[str, float] = {}
        for j, alt in enumerate(top):
            at = f"{here}.top_logprobs[{j}]"
            if not isinstance(alt, Mapping):
                fail(at, f"expected a table with token and logprob, got {alt!r}")
            step.setdefault(_token(alt, fail, at), _logprob(alt, fail, at))
        if token in step and abs(step[token] - lp) > LOGPROB_SLACK:
            fail(
                f"{here}.logprob",
                f"{lp} differs from {step[token]}, the logprob listed for {token!r} in top_logprobs",
            )
        step.setdefault(token, lp)
        total = math.fsum(math.exp(v) for v in step.values())
        if total > 1 + SUM_SLACK:
            fail(f"{here}.top_logprobs", f"the listed probabilities sum to {total:.6g} > 1")
        steps.append(step)
        path.append(token)
    return steps, tuple(path)


def _content_of(data: Any, choice: int, fail: Fail) -> tuple[Any, str]:
    """Find `logprobs.content` in a whole response, a choice, a logprobs object or a bare list."""
    if isinstance(data, list):
        return data, ""
    if not isinstance(data, Mapping):
        fail("", "expected a JSON object or list")
    path = ""
    if "choices" in data:
        choices = data["choices"]
        if not isinstance(choices, list) or not choices:
            fail(".choices", "expected a non-empty list")
        if choice >= len(choices):
            fail(".choices", f"has {len(choices)} choice(s); model.choice = {choice} does not exist")
        data, path = choices[choice], f".choices[{choice}]"
        if not isinstance(data, Mapping):
            fail(path, "expected an object")
    if "logprobs" in data:
        data, path = data["logprobs"], f"{path}.logprobs"
        if not isinstance(data, Mapping):
            fail(
                path,
                f"expected an object with `content` (did the request set logprobs = true?), got {data!r}",
            )
    if "content" not in data:
        fail(path or "", "no `content` list of per-token log-probabilities found")
    return data["content"], f"{path}.content"


def _read_beside(name: str, base_dir: Path, key: str) -> bytes:
    """The bytes of a regular file inside the problem file's folder, refused if it leads out or is too large."""
    if PurePath(name).is_absolute() or ".." in PurePath(name).parts:
        raise ModelError(key, f"expected a file in the problem file's folder, got {name!r}")
    base = os.path.realpath(base_dir)
    real = os.path.realpath(base_dir / name)
    if os.path.commonpath([base, real]) != base:
        raise ModelError(key, f"{name!r} leads outside the problem file's folder (a symbolic link)")
    # O_NOFOLLOW: a link swapped in after the check is refused; O_NONBLOCK: a FIFO cannot hang us
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(real, flags)
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ModelError(key, f"{name!r} is not a regular file")
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise ModelError(key, f"{name!r} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    return data


def build_logprobs(
    spec: dict[str, Any], key: str, prompt: tuple[str, ...] | None, base_dir: Path
) -> LogprobsModel:
    """A LogprobsModel from `[model]` with `content` inline or a JSON `file`."""
    known = {"kind", "content", "file", "choice"}
    for option in spec:
        if option not in known:
            raise ModelError(f"{key}.{option}", f"unknown option; expected one of {', '.join(sorted(known))}")
    if ("content" in spec) == ("file" in spec):
        raise ModelError(key, "a logprobs model needs exactly one of `content` or `file`")
    choice = spec.get("choice", 0)
    if isinstance(choice, bool) or not isinstance(choice, int) or choice < 0:
        raise ModelError(f"{key}.choice", f"expected a whole number ≥ 0, got {choice!r}")
    if "content" in spec:

        def fail_inline(path: str, message: str) -> NoReturn:
            raise ModelError(f"{key}.content{path}", message)

        steps, path = read_content(spec["content"], fail_inline, "")
        return LogprobsModel(steps, path, prompt)
    name = spec["file"]
    if not isinstance(name, str) or not name.strip():
        raise ModelError(f"{key}.file", f"expected a path to a JSON file, got {name!r}")
    file = base_dir / name
    try:
        data = json.loads(_read_beside(name, base_dir, f"{key}.file").decode("utf-8-sig"))
    except FileNotFoundError:
        raise ModelError(f"{key}.file", f"no such file {str(file)!r}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ModelError(f"{key}.file", f"cannot read {str(file)!r} ({err})") from None
    except json.JSONDecodeError as err:
        raise ModelError(f"{key}.file", f"{name}: not valid JSON: {err}") from None

    def fail_file(path: str, message: str) -> NoReturn:
        at = f" at {path.lstrip('.')}" if path else ""
        raise ModelError(f"{key}.file", f"{name}{at}: {message}")

    content, prefix = _content_of(data, choice, fail_file)
    steps, path = read_content(content, fail_file, prefix)
    return LogprobsModel(steps, path, prompt)
