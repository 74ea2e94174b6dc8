"""Brackets in written text: where one closes, and where a text splits at separators outside them
(a call's arguments, a typed line's statements). Shared by the readers of every kind."""

from __future__ import annotations

_PAIRS = {"{": "}", "(": ")", "[": "]"}


def bracket_end(text: str, opening: int) -> int | None:
    """The index of the bracket matching the `{`, `(` or `[` at `opening`, or None if it is not closed in
    `text` (or there is no opening bracket there)."""
    start = text[opening] if 0 <= opening < len(text) else ""
    end = _PAIRS.get(start)
    if end is None:
        return None
    depth = 0
    for index in range(opening, len(text)):
        if text[index] == start:
            depth += 1
        elif text[index] == end:
            depth -= 1
            if depth == 0:
                return index
    return None


def split_outside_brackets(text: str, separators: str = ",", keep: bool = False) -> list[str]:
    """`text` split at each of `separators` that no `(`, `[` or `{` encloses; with `keep`, each part keeps
    the separator that ends it. A closing bracket with no opening one is ignored."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth = max(depth - 1, 0)
        elif char in separators and depth == 0:
            parts.append(text[start : index + 1 if keep else index])
            start = index + 1
    parts.append(text[start:])
    return parts
