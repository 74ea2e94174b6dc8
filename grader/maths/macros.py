"""A LaTeX answer's own macros, expanded where they are used. A class writing in Overleaf defines its notation
once (`\\newcommand{\\lp}[1]{\\log\\Pr(#1)}`, `\\def\\eos{\\langle/s\\rangle}`, `\\DeclareMathOperator{\\PPL}{PPL}`) and
writes the derivation in it (`\\lp{y\\mid x} = \\lp{\\deep\\mid x} + …`); read as written, every such line is
unknown LaTeX. Definitions are read from their own lines (which are then blank: a definition states nothing
about y), and every use is replaced by the body with its arguments, as TeX would.

Nothing is evaluated: a body is text put in place of its use. Student text is hostile, so the work is bounded:
at most MAX_MACROS definitions of at most MAX_BODY characters, MAX_PASSES rounds of expansion (a macro that
uses itself stops there), and no line grows past MAX_GROWTH times its length plus MAX_EXTRA characters; past a
bound the line is left as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_MACROS = 64
MAX_BODY = 400
MAX_PASSES = 6
MAX_GROWTH = 4
MAX_EXTRA = 800

# \newcommand{\lp}[1]{…}, \renewcommand*\p{…}, \providecommand{\e}[2][x]{…}
_NEWCOMMAND = re.compile(
    r"\\(?:re|provide)?newcommand\*?\s*(?:\{\s*\\(?P<a>[A-Za-z]+)\s*\}|\\(?P<b>[A-Za-z]+))"
    r"\s*(?:\[\s*(?P<n>[1-9])\s*\])?\s*(?:\[(?P<default>[^\[\]]{0,40})\])?\s*(?=\{)"
)
# \def\lp#1{…}, \def\eos{…}
_DEF = re.compile(r"\\(?:g|e|x)?def\s*\\(?P<name>[A-Za-z]+)\s*(?P<params>(?:#[1-9]){0,9})\s*(?=\{)")
# \DeclareMathOperator{\PPL}{PPL}, \DeclareMathOperator*{\argmax}{arg\,max}
_OPERATOR = re.compile(r"\\DeclareMathOperator\*?\s*\{\s*\\(?P<name>[A-Za-z]+)\s*\}\s*(?=\{)")


@dataclass(frozen=True)
class Macro:
    """A macro the answer defines: how many arguments it takes, the first one's default if optional."""

    body: str
    arguments: int = 0
    default: str | None = None


def _group(text: str, start: int) -> tuple[str, int] | None:
    """The content of the brace group opening at text[start] and the index after it, or None."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for k in range(start, min(len(text), start + MAX_BODY + 2)):
        if text[k] == "\\":
            continue
        if text[k] == "{" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif text[k] == "}" and text[k - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : k], k + 1
    return None


def _definitions(line: str) -> tuple[dict[str, Macro], str]:
    """The macros a line defines, and the line with their definitions blanked."""
    found: dict[str, Macro] = {}
    spans: list[tuple[int, int]] = []
    for pattern in (_NEWCOMMAND, _DEF, _OPERATOR):
        for m in pattern.finditer(line):
            body = _group(line, m.end())
            if body is None:
                continue
            text, end = body
            if pattern is _NEWCOMMAND:
                name = m["a"] or m["b"]
                macro = Macro(text, int(m["n"] or 0), m["default"])
            elif pattern is _DEF:
                name = m["name"]
                macro = Macro(text, len(m["params"]) // 2)
            else:
                name, macro = m["name"], Macro(f"\\mathrm{{{text}}}")
            found[name] = macro
            spans.append((m.start(), end))
    for start, end in sorted(spans, reverse=True):
        line = line[:start] + " " * (end - start) + line[end:]
    return found, line


def _argument(text: str, at: int) -> tuple[str, int] | None:
    """One argument after a macro's name: a brace group's content, else one character or command."""
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text):
        return None
    if text[at] == "{":
        return _group(text, at)
    command = re.match(r"\\[A-Za-z]+|\\.|.", text[at:])
    return (command.group(), at + command.end()) if command else None


def _substituted(body: str, args: list[str]) -> str:
    """A body with #1, #2, … replaced by the arguments given (a parameter with none given is left out)."""
    return re.sub(r"#([1-9])", lambda g: args[int(g[1]) - 1] if int(g[1]) <= len(args) else "", body)


def _expand_once(line: str, macros: dict[str, Macro], pattern: re.Pattern[str]) -> str:
    out: list[str] = []
    at = 0
    for m in pattern.finditer(line):
        if m.start() < at:
            continue
        macro = macros[m["name"]]
        end = m.end()
        args: list[str] = []
        if macro.default is not None:
            optional = re.match(r"\s*\[([^\[\]]{0,80})\]", line[end:])
            if optional:
                args.append(optional[1])
                end += optional.end()
            else:
                args.append(macro.default)
        while len(args) < macro.arguments:
            taken = _argument(line, end)
            if taken is None:
                break
            args.append(taken[0])
            end = taken[1]
        if len(args) < macro.arguments:
            continue  # a use without its arguments: left as written
        body = _substituted(macro.body, args)
        # a body ending in a command name is kept apart from letters after it (\deep x, not \deepx)
        if re.search(r"\\[A-Za-z]+$", body) and re.match(r"[A-Za-z]", line[end : end + 1]):
            body += " "
        out.append(line[at : m.start()] + body.replace("\n", " "))
        at = end
    out.append(line[at:])
    return "".join(out)


def expand_macros(lines: list[str]) -> list[str]:
    """The lines with the answer's own macros expanded where used and their definitions blanked; unchanged
    when the answer defines none."""
    if not any(
        "\\newcommand" in line
        or "\\def" in line
        or "\\renewcommand" in line
        or "\\providecommand" in line
        or "\\DeclareMathOperator" in line
        for line in lines
    ):
        return lines
    macros: dict[str, Macro] = {}
    out: list[str] = []
    for line in lines:
        found, rest = _definitions(line)
        if found and len(macros) < MAX_MACROS:
            macros.update({k: v for k, v in found.items() if len(v.body) <= MAX_BODY})
            line = rest
        out.append(line)
    if not macros:
        return lines
    names = sorted(macros, key=len, reverse=True)
    pattern = re.compile(r"\\(?P<name>" + "|".join(map(re.escape, names)) + r")(?![A-Za-z])")
    expanded = []
    for line in out:
        limit = MAX_GROWTH * len(line) + MAX_EXTRA
        for _ in range(MAX_PASSES):
            if pattern.search(line) is None:
                break
            longer = _expand_once(line, macros, pattern)
            if len(longer) > limit or longer == line:
                break
            line = longer
        expanded.append(line)
    return expanded
