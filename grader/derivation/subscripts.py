"""The condition written as a subscript, as German and Austrian schools write a conditional probability:
P_B(A) is P(A | B), so `P_am(Sam)` is P(Sam | am) and `P_{<s>}(I)` is P(I | <s>).

Only where both the subscript and the bracket hold tokens of the problem's sequence (or its boundaries):
`P_θ(y | x)` names a model's parameters and `p_i` a position, and stay as written. Each rewrite keeps the
line's length (P_am(Sam) and P(Sam|am) are as long; braces become spaces after it), so columns stay right.
"""

from __future__ import annotations

import re

from grader.derivation.problem import Problem

_SUBSCRIPTED = re.compile(
    r"(?<![\w\\])(P|Pr|p)_(?:\{\s*([^{}()|]{1,40}?)\s*\}|(</?s>|[^\W\d_][\w']*))\(([^()|=]{1,80})\)"
)


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", text.strip()) if t]


def subscript_conditions(lines: list[str], problem: Problem) -> list[str]:
    """`lines` with each P_B(A) whose B and A are tokens of the problem written P(A|B), one length for one."""
    known = {t.lower() for t in (*problem.y, *(problem.prompt_tokens or ()), "<s>", "</s>")}

    def rewrite(m: re.Match[str]) -> str:
        given, target = _tokens(m.group(2) or m.group(3)), _tokens(m.group(4))
        if not given or not target or any(t.lower() not in known for t in (*given, *target)):
            return m.group(0)
        out = f"{m.group(1)}({' '.join(target)}|{' '.join(given)})"
        return out + " " * (len(m.group(0)) - len(out)) if len(out) <= len(m.group(0)) else m.group(0)

    return [_SUBSCRIPTED.sub(rewrite, line) if "_" in line else line for line in lines]
