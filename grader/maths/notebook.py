"""Python and R notebook cells pasted as an answer, read as what they state (same line count).

Nothing typed is evaluated: the values come from the output the student pasted under the code.

- `print("Answer: …")`, `print('…')`, `cat("…\\n")`: the line is the string's text, in its columns; the
  echo of that text printed below it is blanked (it is the same line twice).
- `print(f"Window model: {win1:.1f}")` with its output `Window model: -3.1` below: the line is the output's
  text, and a placeholder that is a variable assigned an arithmetic expression of numbers
  (`win1 = -2.2 + -0.9`) is written as that expression with the printed value (`-2.2 + -0.9 = -3.1`):
  the labelled value has its working.
- R: `x <- expr` is the assignment `x = expr`; the prompt `> ` of a line of R code is blanked; `[1] -1.1`
  is R's printed vector.
- A variable's printed value (`print(x)`, `print(round(a, 2), round(b, 2))`, R's `> x` then `[1] -1.1`) is
  the result of its assignment: `x = -0.7 + -0.4` reads `x = -0.7 + -0.4 = -1.1`, and the echo is blanked.
- A printed vector of several values that no variable names (`[1] 0.33 0.17`) is output, not maths: blanked.
- The problem's numbers typed as a Python list (`A = [-0.7, -0.4]`, `np.array([…])`) are data restated:
  blanked (R's `A <- c(-0.7, -0.4)` is left as written, which no kind reads as maths).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.maths.brackets import split_outside_brackets

_NAME = r"[A-Za-z_.][\w.]{0,40}"
# an assignment, Python's `=` or R's `<-`, perhaps after R's prompt, perhaps with a `#` remark
_ASSIGN = re.compile(
    rf"^(?P<lead>[ \t]*(?:>[ \t]+)?)(?P<name>{_NAME})[ \t]*(?P<op><-|=(?!=))[ \t]*(?P<expr>[^#\n]*?)[ \t]*(?P<remark>#.*)?$"
)
# an expression of numbers only: the value the printed output gives it can be checked from it
_ARITHMETIC = re.compile(r"[-+*/() \t\d.eE]*\d[-+*/() \t\d.eE]*")
# R's printed vector, perhaps behind knitr's `## `
# a list of numbers: `[-0.7, -0.4]`, R's `c(-0.7, -0.4)`, `np.array([-0.7, -0.4])`
_DATA_LIST = re.compile(
    r"(?:(?:np\.|numpy\.)?array\(\s*\[|\[|c\()\s*[-+]?[\d.]+(?:\s*,\s*[-+]?[\d.]+)+\s*(?:\]\s*\)|\]|\))"
)
_R_OUTPUT = re.compile(r"^[ \t]*(?:##[ \t]+)?\[\d+\][ \t]+(?P<values>\S.*?)[ \t]*$")
_R_PROMPT = re.compile(rf"^[ \t]*>[ \t]+(?=(?:{_NAME}[ \t]*(?:<-|\(|$)))")
_PY_PROMPT = re.compile(r"^[ \t]*>>>[ \t]?")
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_NUMBERS = re.compile(rf"(?:{_NUMBER})(?:[ \t,]+{_NUMBER})*")
# print("…"), print('…'), print(f"…"), cat("…\n"), perhaps with a trailing `;` or `# remark`
_PRINT_STRING = re.compile(
    r"^(?P<lead>[ \t]*)(?:print|cat)\([ \t]*(?P<f>[fF]?)(?P<q>[\"'])(?P<body>.*?)(?P=q)[ \t]*"
    r"(?:,[ \t]*sep[ \t]*=[ \t]*[\"'][^\"']*[\"'][ \t]*)?\)[ \t]*;?[ \t]*(?:#.*)?$"
)
# print(x), print(round(x, 2), y): variables printed by name
_PRINT_NAMES = re.compile(r"^[ \t]*print\((?P<args>.*)\)[ \t]*;?[ \t]*(?:#.*)?$")
_ARG = re.compile(
    rf"^[ \t]*(?:round\([ \t]*(?P<r>{_NAME})[ \t]*(?:,[ \t]*\d+[ \t]*)?\)|(?P<n>{_NAME}))[ \t]*$"
)
_PLACEHOLDER = re.compile(r"\{(?P<inside>[^{}]*)\}")
_PLACEHOLDER_NAME = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]*(?:![rsa])?(?::[^{{}}]*)?$")
_MAX_AHEAD = 12  # lines between a print and its output
_MAX_TEMPLATE = 200  # characters of an f-string matched against its output
_MAX_PLACEHOLDERS = 4
_MAX_CODE_LINE = 400  # a longer line is left as written (no pattern here runs long on student text)


@dataclass
class _Assigned:
    line: int  # 0-based
    end: int  # column where the expression ends
    expr: str


def _blank(line: str) -> str:
    return " " * len(line.rstrip("\n"))


def _strip_escapes(body: str) -> str:
    return body.replace("\\n", "  ").replace("\\t", "  ").rstrip()


def _output_text(line: str) -> str:
    """An output line's text without Python's `>>>` or R's `[1]` in front."""
    m = _PY_PROMPT.match(line)
    text = line[m.end() :] if m else line
    r = _R_OUTPUT.match(text)
    return (r["values"] if r else text).strip()


def _squeezed(text: str) -> str:
    """Runs of spaces as one space, none at the ends."""
    return " ".join(text.split())


def _template(body: str) -> list[str] | None:
    """An f-string's text around its placeholders (spaces squeezed), or None when it cannot be matched
    against its output: too long, too many placeholders, or two placeholders side by side."""
    if len(body) > _MAX_TEMPLATE or len(_PLACEHOLDER.findall(body)) > _MAX_PLACEHOLDERS:
        return None
    pieces = [re.sub(r"\s+", " ", piece) for piece in _PLACEHOLDER.split(body)[::2]]  # the text between
    if len(pieces) < 2 or any(not p for p in pieces[1:-1]):
        return None
    return pieces


def _filled(pieces: list[str], text: str) -> list[str] | None:
    """The values an output gives an f-string's placeholders (each a run without spaces), or None when
    the output is not the f-string's. Read left to right, each value up to the text that follows it: no
    backtracking, so a line of any shape costs one pass."""
    text = _squeezed(text)
    first, last = pieces[0].lstrip(), pieces[-1].rstrip()
    if not text.startswith(first) or not text.endswith(last) or len(text) < len(first) + len(last):
        return None
    end = len(text) - len(last)
    position, values = len(first), []
    for piece in pieces[1:-1]:
        found = text.find(piece, position + 1)
        if found < 0 or found > end:
            return None
        values.append(text[position:found])
        position = found + len(piece)
    values.append(text[position:end])
    if any(not v or " " in v for v in values):
        return None
    return values


# R's echo of variables by name: `x`, `a; b`
_ECHO = re.compile(rf"{_NAME}(?:[ \t]*;[ \t]*{_NAME})*[ \t]*;?")
# R's vector of variables, printed in one row: `c(a, b)`
_R_VECTOR = re.compile(rf"c\((?P<names>[ \t]*{_NAME}(?:[ \t]*,[ \t]*{_NAME})*)[ \t]*\)")


def _printed_values(lines: list[str], start: int, count: int) -> tuple[list[str], list[int]] | None:
    """The `count` numbers printed on the output lines right below an input (blank lines skipped), and
    those lines; None when a line in between is no list of numbers or the count differs."""
    values: list[str] = []
    rows: list[int] = []
    j = start
    while j < len(lines) and len(values) < count:
        if lines[j].strip():
            text = _output_text(lines[j])
            if _NUMBERS.fullmatch(text) is None:
                return None
            values.extend(re.findall(_NUMBER, text))
            rows.append(j)
        j += 1
    return (values, rows) if len(values) == count else None


def _find_output(lines: list[str], start: int, test) -> int | None:
    for j in range(start, min(len(lines), start + _MAX_AHEAD)):
        if lines[j].strip() and len(lines[j]) <= _MAX_CODE_LINE and test(_output_text(lines[j])):
            return j
    return None


def read_notebook(lines: list[str]) -> list[str]:
    """The lines with the notebook's code read as what it states; lines that are no code stay."""
    if not any(("print(" in line or "cat(" in line or "<-" in line or "[" in line) for line in lines):
        return list(lines)
    out = list(lines)
    assigned: dict[str, _Assigned] = {}
    consumed: set[int] = set()
    code = [line for line in lines if len(line) <= _MAX_CODE_LINE]
    is_r = any(_R_OUTPUT.match(line) for line in code) or any(
        (m := _ASSIGN.match(line)) is not None and m["op"] == "<-" for line in code
    )

    def fold(name: str, value: str) -> bool:
        a = assigned.get(name)
        if a is None:
            return False
        line = out[a.line]
        out[a.line] = line[: a.end] + " = " + value + line[a.end :]
        del assigned[name]
        return True

    for i, raw in enumerate(lines):
        if i in consumed or len(raw) > _MAX_CODE_LINE:
            continue
        line = raw
        if is_r and (p := _R_PROMPT.match(line)):
            line = " " * p.end() + line[p.end() :]
        a = _ASSIGN.match(line)
        if a is not None and a["op"] == "=" and not a["lead"].strip() and _DATA_LIST.fullmatch(a["expr"]):
            # the problem's numbers typed as a list: data restated, not a derivation (R's `x <- c(…)` is
            # no maths to the reader already: it stays as written)
            out[i] = _blank(line)
            continue
        if a is not None and a["expr"] and (a["op"] == "<-" or not a["lead"].strip()):
            if _ARITHMETIC.fullmatch(a["expr"]):
                if a["op"] == "<-":
                    line = line[: a.start("op")] + "= " + line[a.end("op") :]
                assigned[a["name"]] = _Assigned(i, a.end("expr"), a["expr"])
                out[i] = line
            continue  # data typed as code (`A <- c(-0.7, -0.4)`) stays as written
        s = _PRINT_STRING.match(line)
        if s is not None:
            body = _strip_escapes(s["body"])
            if not s["f"]:
                out[i] = " " * s.start("body") + body
                said = body.strip()
                j = _find_output(lines, i + 1, lambda t, b=said: t == b)
                if j is not None:
                    out[j], consumed = _blank(lines[j]), consumed | {j}
                continue
            pieces = _template(body)
            j = (
                None
                if pieces is None
                else _find_output(lines, i + 1, lambda t, p=pieces: _filled(p, t) is not None)
            )
            if j is None or pieces is None:
                continue
            values = _filled(pieces, _output_text(lines[j])) or []
            text, last = [], 0
            for k, m in enumerate(_PLACEHOLDER.finditer(body)):
                text.append(body[last : m.start()])
                value = values[k].strip()
                n = _PLACEHOLDER_NAME.match(m["inside"])
                held = assigned.get(n["name"]) if n else None
                text.append(f"{held.expr} = {value}" if held else value)
                last = m.end()
            text.append(body[last:])
            out[i] = " " * s.start("body") + "".join(text)
            out[j], consumed = _blank(lines[j]), consumed | {j}
            continue
        names: list[str] = []
        pn = _PRINT_NAMES.match(line)
        if pn is not None:
            for arg in split_outside_brackets(pn["args"]):
                g = _ARG.match(arg)
                if g is None:
                    names = []
                    break
                names.append(g["r"] or g["n"])
            names = [n for n in names if not n[0].isdigit()]
        elif is_r and _ECHO.fullmatch(line.strip()):
            names = [n.strip() for n in line.strip().rstrip(";").split(";")]
        elif is_r and (vector := _R_VECTOR.fullmatch(line.strip())):
            names = [n.strip() for n in vector["names"].split(",")]
        if names and all(n in assigned for n in names):
            found = _printed_values(lines, i + 1, len(names))
            if found is not None:
                values, rows = found
                for name, value in zip(names, values, strict=True):
                    fold(name, value)
                out[i] = _blank(lines[i])
                for j in rows:
                    out[j] = _blank(lines[j])
                consumed |= set(rows)
                continue
        r = _R_OUTPUT.match(line)
        if is_r and r is not None and len(r["values"].split()) > 1:
            out[i] = _blank(line)  # a vector printed: output, not maths
            continue
        out[i] = line
    return out
