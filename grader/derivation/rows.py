"""Rows of a per-token list. A line opened by a label that names one position of y, by its index ("i = 2:",
"t=2:", "token 2:") or by its token and what it follows (`"cat" after the:`, "sat | cat:"), gives a bare P on
that line the meaning of that position's conditional, as p_2 would: in "i = 2: ln Pr = -0.3" or
`"cat" after the:  P = 1/4, cost = 2 bits`, P is the row's factor, not the sequence's probability. Read so
only where two or more labelled rows hold maths (a list of rows), each naming a different position."""

from __future__ import annotations

import dataclasses
import re

from grader.derivation.problem import Problem
from grader.derivation.symbols import bare_probability, map_nodes
from grader.maths import semantics as sm

# the label: bullets or markup, then an index ("i = 2", "t=2", "Token 2", "position 2", "y_2"; not "Step 2", which
# numbers the working, not the sequence) or a token,
# quoted or bare, perhaps with what it follows ("after the", "given <s>", "| the"), then a colon
_INDEXED = re.compile(
    r"^[\s*_#>•\-]*(?:(?i:[it]|pos(?:ition)?|token|word)\s*=?\s*|y_?\{?)(?P<index>\d{1,3})\}?"
    # y's token named after its position: "y1 = deep:", "y_2 (blue):"
    r"""(?:\s*=\s*["']?(?P<named>[^\s=:"']{1,30})["']?|\s*\(\s*(?P<bracketed>[^()=\s]{1,30})\s*\))?"""
    r"[\s*_]*[:)]"
)
_TOKENED = re.compile(
    r"""^[\s*_#>•\-]*["'“‘`]?(?P<token></?s>|[^\W\d][\w'’.-]{0,30}|[.,!?])["'”’`]?"""
    r"""(?:\s+(?:after|given|following|\|)\s+["'“‘`]?(?P<after></?s>|[^\W\d][\w'’.-]{0,30}|[.,!?])["'”’`]?)?"""
    r"[\s*_]*:"
)


def _position(line: str, problem: Problem) -> int | None:
    """The 1-based position of y the line's label names, if it names exactly one."""
    conditionals = problem.reference.conditionals
    if (m := _INDEXED.match(line)) is not None:
        k = int(m["index"])
        named = m["named"] or m["bracketed"]
        if not 1 <= k <= len(conditionals) or (named and named.lower() != conditionals[k - 1].token.lower()):
            return None  # "y1 = blue:" names another token than y's first: no row of this sequence
        return k
    if (m := _TOKENED.match(line)) is None:
        return None
    token, after = m["token"], m["after"]
    found = []
    for k, c in enumerate(conditionals, 1):
        if c.token.lower() != token.lower():
            continue
        before = c.context[-1] if c.context else "<s>"
        if after is None or before.lower() == after.lower():
            found.append(k)
    return found[0] if len(found) == 1 else None


def row_terms(chains: list[sm.Chain], lines: list[str], problem: Problem) -> list[sm.Chain]:
    """The chains with a bare P on a labelled row read as that row's conditional (see the module)."""
    rows: dict[int, int] = {}  # line -> position
    for chain in chains:
        if 0 < chain.line <= len(lines):
            position = _position(lines[chain.line - 1], problem)
            if position is not None:
                rows[chain.line] = position
    if len(set(rows.values())) < 2:
        return chains
    out = []
    for chain in chains:
        position = rows.get(chain.line)
        if position is None:
            out.append(chain)
            continue
        index = sm.IndexSpec("point", sm.Idx(None, position))

        def conditional(node: sm.Expr, index: sm.IndexSpec = index) -> sm.Expr | None:
            # a bare P, or the letter p a row writes for its probability ("y1 = deep: ln p = -1.2")
            row_p = bare_probability(node) or (isinstance(node, sm.Scalar) and node.name == "p")
            return sm.PCond(index, node.span) if row_p else None

        out.append(dataclasses.replace(chain, items=tuple(map_nodes(e, conditional) for e in chain.items)))
    return out
