"""A rule written in letters (`P(w | v) = 1/4 · C(v w)/C(v) + 3/4 · C(w)/N`) judged at the sequence's own places.

The letters of the rule's term stand for any tokens; binding them to the tokens of each place of y (w the
token, v the one before it) turns the rule into a statement about the model's values there, which either
holds or does not. This module only binds: which places a rule covers and the rule with its letters
replaced by the tokens of one place. What a failing rule costs is the checker's decision
(grader.derivation.check), made only where the student's own later numbers follow the rule.
"""

from __future__ import annotations

import dataclasses

from grader.maths import semantics as sm
from grader.maths.terms import Sequence


def _letter(event: sm.Event) -> str | None:
    """The letter an event of a rule is written as (w, v, u, w'), or None for a token or a position."""
    if isinstance(event, sm.VarRef) and event.index is None:
        return event.name
    if isinstance(event, sm.TokenLit):
        word = event.text
        if len(word.rstrip("'")) == 1 and word[0].isalpha() and word[0].islower():
            return word
    return None


def rule_letters(head: sm.Expr, window: int | None) -> tuple[str, tuple[str, ...]] | None:
    """(target letter, history letters) of a rule's head `P(w | v)`: one letter for the token and one for
    each token of history the model reads (a bigram's one), all different; else None."""
    if not isinstance(head, sm.Prob) or head.given is None or len(head.targets) != 1:
        return None
    target = _letter(head.targets[0])
    given = tuple(_letter(e) for e in head.given)
    if target is None or not given or None in given or window is None or len(given) != window:
        return None
    letters = (target, *given)
    if len(set(letters)) != len(letters):
        return None
    return target, given  # type: ignore[return-value]


def places(seq: Sequence, target: str, given: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """For each place k of y whose whole history is written in the problem, the tokens the letters stand
    for there: the target letter y_k, the history letters the tokens just before it."""
    out = []
    for k in range(1, seq.n + 1):
        before = range(k - len(given), k)
        if not all(seq.valid(p) for p in before) or seq.opaque and any(p <= 0 for p in before):
            continue
        tokens = {target: seq.token(k)} | {g: seq.token(p) for g, p in zip(given, before, strict=True)}
        out.append((k, tokens))
    return out


def bound(expr: sm.Expr, tokens: dict[str, str]) -> sm.Expr:
    """The expression with each letter replaced by its token (`C(vw)`, a run of letters, by the tokens)."""

    def event(e: sm.Event) -> tuple[sm.Event, ...]:
        letter = _letter(e)
        if letter is not None and letter in tokens:
            return (sm.TokenLit(tokens[letter], e.span),)
        if isinstance(e, sm.TokenLit) and len(e.text) > 1 and all(ch in tokens for ch in e.text):
            return tuple(sm.TokenLit(tokens[ch], e.span) for ch in e.text)  # C(vw): v then w
        return (e,)

    def events(es: tuple[sm.Event, ...]) -> tuple[sm.Event, ...]:
        return tuple(out for e in es for out in event(e))

    if isinstance(expr, sm.Prob):
        given = None if expr.given is None else events(expr.given)
        return dataclasses.replace(expr, targets=events(expr.targets), given=given)
    if isinstance(expr, sm.Count):
        return dataclasses.replace(expr, events=events(expr.events))
    if isinstance(expr, sm.BinOp):
        return dataclasses.replace(expr, left=bound(expr.left, tokens), right=bound(expr.right, tokens))
    if isinstance(expr, sm.Neg | sm.Log | sm.Exp):
        return dataclasses.replace(expr, arg=bound(expr.arg, tokens))
    if isinstance(expr, sm.Root):
        degree = None if expr.degree is None else bound(expr.degree, tokens)
        return dataclasses.replace(expr, arg=bound(expr.arg, tokens), degree=degree)
    return expr
