"""A MATLAB/Octave command-window session read as what it states: `>> expr` is a computation, and the
`ans = v` / `name = v` block printed after it (the value perhaps on a line of its own) is its value.

Nothing typed is evaluated: the printed value is taken as the value the student states for the input
above it, written as the continuation `= v` of that input, every character in its own column. `%` starts
a remark after a statement. Lines that are no session stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.maths.brackets import split_outside_brackets

# the prompt of an input line: `>> ` (two angle brackets; Python's `>>>` is another console)
_PROMPT = re.compile(r"^[ \t]*>>(?!>)(?:[ \t]+|$)")
# a printed block's first line: `ans = -1.1000`, `mA = -0.5500`, or `ppl =` with its value below
_OUTPUT = re.compile(r"^[ \t]*(?P<name>[A-Za-z]\w{0,30})[ \t]*=(?!=)[ \t]*(?P<value>.*?)[ \t]*$")
_NUMBER = re.compile(r"[ \t]*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?[ \t]*")
_ASSIGNED = re.compile(r"^[ \t]*(?P<name>[A-Za-z]\w*)[ \t]*=(?!=)")
_MAX_BLANKS = 2  # blank lines Octave prints between `name =` and its value
_STRING_OPENER = " \t([{,;="  # a quote after one of these opens a string; elsewhere it transposes


@dataclass(frozen=True)
class Session:
    """The lines as read (same count, same columns) and the 0-based indices of the typed inputs."""

    lines: list[str]
    inputs: frozenset[int]


def _code_end(line: str, start: int = 0) -> int:
    """Where a `%` remark starts outside quotes on a statement (len(line) when it has none)."""
    quote = ""
    for i in range(start, len(line)):
        ch = line[i]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"" and (i == 0 or line[i - 1] in _STRING_OPENER):
            quote = ch
        elif ch == "%":
            return i
    return len(line)


def _statements(code: str) -> list[str]:
    """The statements of a typed input, split at `,` and `;` outside brackets; a trailing `;` silences
    the last one (it prints nothing) and is dropped with it."""
    parts = split_outside_brackets(code, ",;", keep=True)
    return [p for p in parts if p.strip(" \t,")]


def _blank(line: str, start: int, end: int | None = None) -> str:
    end = len(line) if end is None else end
    return line[:start] + " " * (end - start) + line[end:]


def _remark(line: str, code_end: int) -> str:
    """The line with its `%` remark blanked; a remark that shows the value ("% = -1.1000") stays, for the
    derivation reader reads it as the statement's printed value."""
    shown = line[code_end + 1 :].lstrip()
    if shown.startswith("=") and not shown.startswith("=="):
        return line
    return _blank(line, code_end)


# a remark after a statement in a script: two spaces or a tab before `%`, or a `;`/`)` right before it
# ("25 % of them" is a percentage)
_SCRIPT_REMARK = re.compile(r"(?:[ \t]{2,}|\t|(?<=[;)\]])[ \t]*)%")


def _script_line(line: str) -> str:
    """A line outside a session: a `%` remark after a statement (`x = a + b;   % from the table`) blanked."""
    if "%" not in line or "$" in line:
        return line
    end = _code_end(line)
    if end >= len(line) or not line[:end].strip():
        return line  # no remark, or a line that is all remark (a heading in a comment)
    code = line[:end]
    if "=" not in code or not _SCRIPT_REMARK.search(line, 0, end + 1):
        return line
    return _remark(line, end)


def _printed(lines: list[str], i: int) -> tuple[int, int] | None:
    """The printed block at line i: (index of its value's line, index of its last line), or None."""
    m = _OUTPUT.match(lines[i])
    if m is None:
        return None
    if m["value"]:
        return i, i
    j = i + 1
    while j < len(lines) and j - i <= _MAX_BLANKS and not lines[j].strip():
        j += 1
    if j < len(lines) and lines[j].strip() and not _PROMPT.match(lines[j]) and not _OUTPUT.match(lines[j]):
        return j, j
    return None


def _as_continuation(line: str) -> str | None:
    """A printed value line ("  -1.1000") as `= -1.1000` in the same columns, or None (no room, no number)."""
    if not _NUMBER.fullmatch(line):
        return None
    lead = len(line) - len(line.lstrip())
    if lead == 0:
        return None
    at = max(lead - 2, 0)
    return line[:at] + "=" + line[at + 1 :]


def read_session(lines: list[str]) -> Session:
    """The lines with each prompt blanked, each input's `%` remark and silencing `;` blanked, and the one
    value printed for a single-statement input written as its continuation (`name = v` → `     = v`); a
    block it cannot tie to one input (two statements, a vector) stays as printed."""
    out = list(lines)
    inputs: set[int] = set()
    i = 0
    while i < len(out):
        prompt = _PROMPT.match(out[i])
        if prompt is None:
            out[i] = _script_line(out[i])
            i += 1
            continue
        inputs.add(i)
        line = _blank(out[i], 0, prompt.end())
        end = _code_end(line, prompt.end())
        if end < len(line):
            line = _remark(line, end)
        code = line[: end if end < len(line) else len(line)].rstrip()
        statements = _statements(code[prompt.end() :])
        if code.endswith(";") and len(statements) == 1:
            line = _blank(line, len(code) - 1, len(code))
        out[i] = line
        i += 1
        if len(statements) != 1 or code.endswith(";"):
            continue  # several values, or none printed: what follows is not tied to one statement
        assigned = _ASSIGNED.match(statements[0])
        name = assigned["name"] if assigned else "ans"
        while i < len(out) and not out[i].strip():
            i += 1
        block = _printed(out, i) if i < len(out) else None
        m = _OUTPUT.match(out[i]) if block is not None else None
        if block is None or m is None or m["name"] != name:
            continue
        value_at, last = block
        if value_at == i:  # `name = v` on one line: the name goes, `= v` stays where it is
            if _NUMBER.fullmatch(m["value"]):
                out[i] = _blank(out[i], 0, m.start("name") + len(m["name"]))
        elif (shown := _as_continuation(out[value_at])) is not None:
            out[i] = " " * len(out[i])
            out[value_at] = shown
        i = last + 1
    return Session(out, frozenset(inputs))
