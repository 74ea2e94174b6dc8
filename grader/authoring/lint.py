"""`grader problems lint`: what in a problem file is likely wrong, though it loads (or nearly does).

Findings: unknown keys (with did-you-mean), defaults spelled out (info), numbers in the statement
the model does not give at the precision printed, likely mistakes no [[examples]] entry shows, and a
tolerance finer than the printed values allow. Each is named by file:line, or file and key.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from typing import Any

from grader.authoring.kinds import Printed, Value, tools
from grader.authoring.tomlpos import key_lines, line_of
from grader.core.problemfile import ProblemError, UnknownKeyError, read_problem_file
from grader.core.question import DEFAULT_KIND, Question, question_from_dict

MAX_UNKNOWN = 100  # a file with more unknown keys than this is not a problem file
MAX_NUMBERS = 2000  # statement numbers checked (a statement is read by students: far fewer)
SEVERITIES = ("error", "warning", "info")

_DECIMAL = re.compile(r"(?<![\w.])([-−]?\d*\.\d+)(?![\w.])")
_FRACTION = re.compile(r"(?<![\w./])(\d+)\s*/\s*(\d+)(?![\w./])")
# integers are checked only where the statement says they are counts
_COUNTS = (
    (re.compile(r"\bC\(([^()]*)\)\s*=\s*(\d+)\b"), None),
    (re.compile(r"\|V\|\s*=\s*(\d+)\b"), "|V|"),
    (re.compile(r"\b(\d+)\s+(?:word\s+)?types\b"), "|V|"),
    (re.compile(r"\bN\s*=\s*(\d+)\b"), "N"),
)


@dataclass(frozen=True)
class Finding:
    """One lint finding, in the compiler style `file:line: severity: key: message [check]`."""

    path: str
    line: int | None
    key: str | None
    severity: str  # error | warning | info
    check: str
    message: str

    def render(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        key = f"{self.key}: " if self.key else ""
        return f"{where}: {self.severity}: {key}{self.message} [{self.check}]"


class Unreadable(Exception):
    """A file lint cannot read as a problem file at all (exit 2), with what it found before."""

    def __init__(self, error: ProblemError, findings: list[Finding]) -> None:
        super().__init__(str(error))
        self.findings = findings


def _drop(data: dict[str, Any], key: str) -> bool:
    """Remove a key path such as `model.entries[0].tokn` from the table; False if it is not there."""
    node: Any = data
    parts = re.findall(r"[^.\[\]]+|\[\d+\]", key)
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node.get(part)
        if not isinstance(node, dict | list):
            return False
    if isinstance(node, dict) and parts[-1] in node:
        del node[parts[-1]]
        return True
    return False


def _load(data: dict[str, Any], path: str, lines: dict[str, int]) -> tuple[Question, list[Finding]]:
    """The question, with every unknown key reported and left out (loading stops at the first)."""
    found: list[Finding] = []
    for _ in range(MAX_UNKNOWN):
        try:
            return question_from_dict(data, path), found
        except UnknownKeyError as err:
            found.append(Finding(path, line_of(lines, err.key), err.key, "error", "unknown-key", err.message))
            if not _drop(data, err.key):
                raise Unreadable(err, found) from None
        except ProblemError as err:
            found.append(
                Finding(path, line_of(lines, err.key), err.key or None, "error", "load", err.message)
            )
            raise Unreadable(err, found) from None
    raise Unreadable(ProblemError(path, "", f"more than {MAX_UNKNOWN} unknown keys"), found)


def statement_numbers(statement: str, first_line: int) -> tuple[list[Printed], list[tuple[Printed, str]]]:
    """The decimals and fractions a statement prints, and the counts it names (with the count's label)."""
    printed: list[Printed] = []
    counts: list[tuple[Printed, str]] = []
    for offset, text in enumerate(statement.split("\n")):
        line = first_line + offset
        for match in _DECIMAL.finditer(text):
            raw = match.group(1).replace("−", "-")
            decimals = len(raw.split(".")[1])
            printed.append(Printed(float(raw), match.group(1), decimals, line))
        for match in _FRACTION.finditer(text):
            num, den = int(match.group(1)), int(match.group(2))
            if den:
                printed.append(Printed(num / den, match.group(0), None, line))
        for pattern, label in _COUNTS:
            for match in pattern.finditer(text):
                if label is None:
                    tokens = " ".join(match.group(1).split())
                    number, name = match.group(2), f"C({tokens})"
                else:
                    number, name = match.group(1), label
                counts.append((Printed(float(number), match.group(0), 0, line), name))
    return printed, counts


def _agrees(printed: Printed, value: float) -> bool:
    if printed.decimals is None:
        return math.isclose(printed.value, value, rel_tol=1e-9, abs_tol=1e-12)
    return abs(printed.value - value) <= 0.5 * 10.0**-printed.decimals + 1e-12


def _shown(value: float, decimals: int | None) -> str:
    return f"{value:.{(decimals or 4) + 2}f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:g}"


def _parameters(raw: Any, key: str) -> list[Value]:
    """The numbers the problem file's [model] table states (λ, k, sizes): a statement may print them."""
    found: list[Value] = []
    items = raw.items() if isinstance(raw, dict) else enumerate(raw) if isinstance(raw, list) else ()
    for name, value in items:
        where = f"{key}.{name}" if isinstance(name, str) else f"{key}[{name}]"
        if isinstance(value, dict | list):
            found.extend(_parameters(value, where))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found.append(Value(float(value), where, "parameter"))
        elif isinstance(value, str) and (m := re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", value)) and int(m[2]):
            found.append(Value(int(m[1]) / int(m[2]), where, "parameter"))
    return found


def _statement_line(text: str, lines: dict[str, int]) -> int | None:
    """The file line of the statement's first line (after an opening triple quote and newline)."""
    line = lines.get("statement")
    if line is None:
        return None
    rest = text.splitlines()[line - 1].split("=", 1)[1].strip()
    return line + 1 if rest in ('"""', "'''") else line


def _numbers(
    question: Question, values: list[Value], first: int | None, path: str
) -> tuple[list[Finding], list[Printed]]:
    printed, counts = statement_numbers(question.statement, first or 0)
    found: list[Finding] = []
    where = (lambda n: n.line) if first else (lambda n: None)
    plain = sorted((v for v in values if v.what != "count"), key=lambda v: v.value)
    keys = [v.value for v in plain]
    for number in printed[:MAX_NUMBERS]:
        at = bisect.bisect_left(keys, number.value)
        around = plain[max(0, at - 2) : at + 2]  # the nearest values on either side, ties included
        if around and not any(_agrees(number, v.value) for v in around):
            near = min(around, key=lambda v: (round(abs(v.value - number.value), 9), v.what == "parameter"))
            found.append(
                Finding(
                    path,
                    where(number),
                    "statement",
                    "warning",
                    "statement-number",
                    f"{number.text} is not a value of the model at the precision printed; the nearest is "
                    f"{near.label} = {_shown(near.value, number.decimals)}",
                )
            )
    for number, label in counts:
        named = [v for v in values if v.what == "count" and v.label.split(" ")[0] == label]
        if named and not any(v.value == number.value for v in named):
            found.append(
                Finding(
                    path,
                    where(number),
                    "statement",
                    "warning",
                    "statement-number",
                    f"{number.text}: the model gives {named[0].label} = {named[0].value:g}",
                )
            )
    return found, printed


def lint_file(path: str) -> list[Finding]:
    """Every finding for one problem file; Unreadable when it cannot be read as one."""
    try:
        data = read_problem_file(path)
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except ProblemError as err:
        raise Unreadable(err, []) from None
    except (OSError, UnicodeDecodeError) as err:
        raise Unreadable(ProblemError(path, "", f"cannot read the file ({err})"), []) from None
    lines = key_lines(text)
    question, found = _load(data, path, lines)  # drops the unknown keys from `data`
    hooks = tools(question.kind)
    spelled = (
        hooks.defaults(data, path)
        if hooks
        else ([("kind", f'"{DEFAULT_KIND}"')] if "kind" not in data else [])
    )
    for key, value in spelled:
        found.append(Finding(path, None, None, "info", "default", f"{key} not set: {value} used"))
    if hooks:
        values = hooks.values(question) + _parameters(data.get("model"), "model")
        numbers, printed = _numbers(question, values, _statement_line(text, lines), path)
        found.extend(numbers)
        reason = hooks.precision(question, printed)
        if reason:
            found.append(
                Finding(path, lines.get("tolerance"), "tolerance", "warning", "tolerance-precision", reason)
            )
        found.extend(_coverage(question, hooks.misconceptions(question), lines, path))
    elif not question.examples:
        found.append(_no_examples(path, lines))
    return found


def _no_examples(path: str, lines: dict[str, int]) -> Finding:
    return Finding(
        path, None, "examples", "warning", "uncovered-mistake",
        "no [[examples]]: `grader problems test` has nothing to run",
    )  # fmt: skip


def _coverage(question: Question, likely: tuple[str, ...], lines: dict[str, int], path: str) -> list[Finding]:
    """A warning for each mistake the problem will likely meet that no example shows it catching."""
    if not question.examples:
        return [_no_examples(path, lines)]
    shown = {expected.code for example in question.examples for expected in example.codes}
    return [
        Finding(
            path,
            lines.get("examples"),
            "examples",
            "warning",
            "uncovered-mistake",
            f"no example shows {code} being caught (a likely mistake here; `grader explain {code}`)",
        )
        for code in likely
        if code not in shown
    ]


def exit_status(findings: list[Finding]) -> int:
    """0 when only info lines remain, 1 with any error or warning."""
    return 1 if any(f.severity != "info" for f in findings) else 0
