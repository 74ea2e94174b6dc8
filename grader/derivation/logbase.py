"""The log bases the student's own unmarked logs stand for, read from their numbers.

An unmarked `log` is base e in a French course and base 10 in an engineer's; `lg` is base 10 by the ISO
convention and base 2 in computer science. Which one a student means is read from the first step that
takes such logs to numbers; the judge then evaluates their logs in that base (Memory.log_base,
Memory.lg_base). A convention is never a mistake; logs in another base than the one asked, unconverted,
are (log-base-mismatch, judged as written).
"""

from __future__ import annotations

import contextlib
import itertools
import math

from grader.derivation.judge import Judge
from grader.maths import semantics as sm
from grader.maths.evaluate import Undefined, is_lg
from grader.maths.structure import flatten
from grader.maths.terms import Unresolved
from grader.reference.quantities import LN_BASE


def unmarked_log_base(judge: Judge, chains: list[sm.Chain]) -> str | None:
    """The base the student's unmarked `log` stands for, read from the first step that takes such logs
    to numbers (`log .25 + log .33 = -0.6021 + (-0.4815)`): another base where that step holds only in
    it (an engineer's log is base 10, a French course's is base e), else None (the problem's own base).
    Where a log quantity is asked in a base, logs in another are the student's convention only if their
    work converts them (divides by log 2 in their base, `−9.958 / 0.6931`); else they are the mistake,
    shown at the first of them. A value that holds in no base decides nothing; the steps are judged as
    written."""
    free = judge.problem.ask in ("probability", "perplexity")  # the asked value has no log base
    base = _student_log_base(judge, chains, terms=free) or _written_out_in(judge, chains)
    if base is None or free or converts(chains, base, judge.problem.log_base):
        return base
    return None


def _student_log_base(judge: Judge, chains: list[sm.Chain], terms: bool) -> str | None:
    """The base the first step taking unmarked logs to numbers holds in, if only another than the problem's;
    `terms`: logs of the model's terms count too (`log P(deep|x) = -0.3040`), else only logs of numbers."""
    named = (sm.Quantity, sm.Scalar) if terms else (sm.Quantity, sm.Scalar, sm.Prob, sm.Count)
    for chain in chains:
        for a, b in itertools.pairwise(chain.items):
            logs = [n for n in sm.walk(a) if isinstance(n, sm.Log)]
            if (
                not logs
                or any(n.base or is_lg(n) for n in logs)
                or any(isinstance(n, sm.Log) for n in sm.walk(b))
            ):
                continue
            if any(isinstance(n, named) for n in sm.walk(a)):
                continue  # log P, log L: the value of a name, not of the logs' arguments
            holds = [
                base for base in (judge.problem.log_base, "e", "10", "2") if _holds_in(judge, a, b, base)
            ]
            return holds[0] if holds and holds[0] != judge.problem.log_base else None
    return None


def _written_out_in(judge: Judge, chains: list[sm.Chain]) -> str | None:
    """The base an unmarked log of a name is written out in: its first step equates it to logs all in one
    base given (`log P = log2(2/3) + log2(2/3) + …`): the student's log is that base's, if not the problem's."""
    for chain in chains:
        for a, b in itertools.pairwise(chain.items):
            inner = a.arg if isinstance(a, sm.Neg) else a
            if not isinstance(inner, sm.Log) or inner.base or is_lg(inner):
                continue
            logs = [n for n in sm.walk(b) if isinstance(n, sm.Log)]
            bases = {n.base for n in logs}
            if not logs or len(bases) != 1 or None in bases or any(is_lg(n) for n in logs):
                return None
            written = bases.pop()
            return written if written != judge.problem.log_base else None
    return None


def lg_base(judge: Judge, chains: list[sm.Chain]) -> str | None:
    """The base the student's `lg` stands for, read from the first step that takes `lg` logs to numbers
    (`lg 0,25 + lg 0,33 = -0,60206 - 0,48149`, or `lg P = −4,5107` of the model's P): 10 where that step holds
    only with lg = log10 (the ISO convention), else None (lg = log2, computer science's). Either is a
    convention, never a mistake."""
    for chain in chains:
        for a, b in itertools.pairwise(chain.items):
            logs = [n for n in sm.walk(a) if isinstance(n, sm.Log)]
            if not logs or not all(is_lg(n) for n in logs) or any(isinstance(n, sm.Log) for n in sm.walk(b)):
                continue
            if any(isinstance(n, sm.Quantity | sm.Scalar) for n in sm.walk(a)):
                # `lg P = −4,5107`: a named value's lg decides only where it holds in one base alone
                holds = [base for base in ("10", "2") if _holds_in(judge, a, b, base, lg=True)]
                if holds == ["10"]:
                    return "10"
                continue
            votes = {base: _lg_terms_in(judge, a, b, base) for base in ("10", "2")}
            if votes["10"] > votes["2"] or (
                _holds_in(judge, a, b, "10", lg=True) and not _holds_in(judge, a, b, "2", lg=True)
            ):
                return "10"
            return None
    return None


def _lg_terms_in(judge: Judge, a: sm.Expr, b: sm.Expr, base: str) -> int:
    """How many `lg x` summands of a have, in b's summand beside them, their value in `base` (a slip
    in one of them does not hide the convention the others show)."""
    left, right = flatten(a, "+"), flatten(b, "+")
    if len(left) != len(right):
        return 0
    found = 0
    for (sa, x), (sb, y) in zip(left, right, strict=True):
        if not (isinstance(x, sm.Log) and is_lg(x)):
            continue
        with contextlib.suppress(Unresolved, ValueError, ArithmeticError, Undefined):
            arg, value = judge.value(x.arg), judge.value(y)
            if arg is not None and value is not None and arg > 0:
                want = sa * math.log(arg) / LN_BASE[base]
                found += abs(sb * value - want) <= 0.005 * abs(want) + 1e-4
    return found


def _holds_in(judge: Judge, a: sm.Expr, b: sm.Expr, base: str, lg: bool = False) -> bool:
    """Does a = b hold, to the 0.5 % a student rounds to, when an unmarked log (`lg`, with lg) is taken
    in `base`?"""
    setattr(judge.memory, "lg_base" if lg else "log_base", base)
    try:
        left, right = judge.value(a), judge.value(b)
    except (Unresolved, ValueError, ArithmeticError):
        return False
    finally:
        setattr(judge.memory, "lg_base" if lg else "log_base", None)
    return left is not None and right is not None and abs(left - right) <= 0.005 * abs(right) + 1e-4


def converts(chains: list[sm.Chain], student: str, problem_base: str) -> bool:
    """Does the work convert logs in the student's base to the problem's: a division by log(problem base)
    or a product with its inverse, written as a number (`/ 0.6931`, `× 1.4427`) or a log (`/ log 2`,
    `/ ln 2`), taken in the student's base?"""
    factor = LN_BASE[problem_base] / LN_BASE[student]  # log_student(problem base)

    def value(node: sm.Expr) -> float | None:
        if isinstance(node, sm.Num):
            return float(node.value)
        if isinstance(node, sm.Log) and isinstance(node.arg, sm.Num) and node.arg.value > 0:
            return math.log(float(node.arg.value)) / LN_BASE[node.base or student]
        return None

    def near(v: float | None, want: float) -> bool:
        return v is not None and abs(v - want) <= 2e-3 * abs(want)

    for chain in chains:
        for item in chain.items:
            for node in sm.walk(item):
                if not isinstance(node, sm.BinOp):
                    continue
                if node.op == "/" and near(value(node.right), factor):
                    return True
                if node.op == "*" and (
                    near(value(node.right), 1 / factor) or near(value(node.left), 1 / factor)
                ):
                    return True
    return False
