"""What the authoring tools know of each question kind, beyond the `Question` protocol.

A kind adds ONE line to AUTHORING naming a module with the functions of `KindTools` (see
grader/authoring/derivation.py) and its template to grader/authoring/templates/<kind>.toml. A kind without a line
still gets `show` (statement, solution) and lint's key, default-free and example checks.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

# kind -> the module that tells the authoring tools about its model, defaults and likely mistakes
AUTHORING: dict[str, str] = {
    "derivation": "grader.authoring.derivation",
}


@dataclass(frozen=True)
class Value:
    """A number the model gives, which a statement may print: what it is and how to name it."""

    value: float
    label: str  # P(learning | x, deep), C(I am), |V|
    what: str  # probability | log-probability | logit | count | parameter


@dataclass(frozen=True)
class Printed:
    """A number written in the statement: its value, how many decimals it shows, and its file line."""

    value: float
    text: str
    decimals: int | None  # None for a fraction such as 1/2 (exact)
    line: int


def tools(kind: str) -> ModuleType | None:
    """The authoring module of a kind, or None when the kind has none yet."""
    name = AUTHORING.get(kind)
    return importlib.import_module(name) if name else None


class KindTools(Protocol):
    """The functions a kind's authoring module defines."""

    def defaults(self, data: dict[str, Any], path: str) -> list[tuple[str, str]]:
        """(key, the value used) for each key with a default that the file leaves out."""
        ...

    def model_line(self, question: Any) -> str | None:
        """The model, in one line (model.describe())."""
        ...

    def values(self, question: Any) -> list[Value]:
        """Every number the model gives that a statement may print."""
        ...

    def misconceptions(self, question: Any) -> tuple[str, ...]:
        """The diagnostic codes the problem's [[examples]] should show it catching."""
        ...

    def precision(self, question: Any, printed: list[Printed]) -> str | None:
        """Why the tolerance is finer than the printed values allow, or None when it is not."""
        ...
