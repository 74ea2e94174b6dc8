"""Where a key of a problem file is written: its line, so findings read `file:line` (tomllib keeps none)."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


def _parts(dotted: str) -> list[str]:
    return [p.strip().strip("\"'") for p in dotted.split(".")]


def key_lines(text: str) -> dict[str, int]:
    """Each key path (`model.entries[0].token`, `tolerance`, `statement`) -> its 1-based line."""
    lines: dict[str, int] = {}
    table: list[str] = []
    counts: dict[str, int] = {}
    fence: str | None = None  # inside a multi-line string, until its closing quotes
    for number, line in enumerate(text.splitlines(), start=1):
        if fence is not None:
            if line.count(fence) % 2 == 1:
                fence = None
            continue
        header = _HEADER.match(line)
        if header:
            names = _parts(header.group(2))
            base = ".".join(table_path(names[:-1], counts))
            path = f"{base}.{names[-1]}" if base else names[-1]
            if header.group(1) == "[[":
                index = counts.get(path, -1) + 1
                counts[path] = index
                lines.setdefault(path, number)
                path = f"{path}[{index}]"
            lines.setdefault(path, number)
            table = [path]
            continue
        key = _KEY.match(line)
        if not key:
            continue
        prefix = f"{table[0]}." if table else ""
        lines.setdefault(prefix + ".".join(_parts(key.group(1))), number)
        rest = line[key.end() :]
        for quotes in ('"""', "'''"):
            if rest.count(quotes) % 2 == 1:
                fence = quotes
                break
    return lines


def table_path(names: list[str], counts: dict[str, int]) -> list[str]:
    """A header's parent path with the index of the latest element of each array of tables in it."""
    out: list[str] = []
    for name in names:
        here = ".".join(out + [name]) if out else name
        out = [f"{here}[{counts[here]}]" if here in counts else here]
    return out


def line_of(lines: dict[str, int], key: str) -> int | None:
    """The line of a key path, else of the nearest table that holds it."""
    while key:
        if key in lines:
            return lines[key]
        key = key.rsplit(".", 1)[0] if "." in key else ""
    return None
