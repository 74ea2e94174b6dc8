"""A student's definitions (`N = 3`, `|V| = 7`, `λ_1 = 3/4`): which statements are definitions, how the
lines of a statement join, and what a definition says about the problem.

A name the problem defines (N, |V|, a unigram total) is judged against it; a wrong one is the mistake it
shows (perplexity-normalization, bos-counted, wrong-value), and later steps are judged from the
student's own value (Memory.definitions, and their own model where |V| or the total changes it). A name
the problem does not define is the student's own, carrying the rounding of the number written for it.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from fractions import Fraction

from grader.core.diagnostics import Diagnostic, make
from grader.core.report import Step
from grader.derivation import bos, lengths
from grader.derivation.judge import Judge
from grader.maths import semantics as sm
from grader.maths.evaluate import Undefined, evaluate, has_terms, literal_tolerance
from grader.maths.structure import flatten, written_value
from grader.maths.terms import Unresolved
from grader.reference.quantities import PER_TOKEN_ASKS


def merge_chains(chains: list[sm.Chain]) -> list[sm.Chain]:
    """Join chains that start with a relation onto the one before them, and a lone number on the line below
    a chain that ends in arithmetic still to do ("= -0.7 + (-0.4)", then "-1.1" or "Answer: -1.1"): its value."""
    out: list[sm.Chain] = []
    per_line = Counter(c.line for c in chains)  # "-0.0353 → -0.0452 → …": a row of running totals is no value
    for chain in chains:
        host = len(out) - 1
        while chain.continues and host > 0 and out[host].aside:
            host -= 1  # "= …" under "= -0.27   (Pr = e^-0.27 ≈ 0.76)" carries on the statement, not the aside
        if out and per_line[chain.line] == 1 and _value_below(out[host], chain):
            chain = dataclasses.replace(chain, continues=True, lead="=")
        if chain.continues and out and _begins_running_sum(out[host], chain):
            chain = dataclasses.replace(chain, continues=False)  # the list, then "= its first two = …"
        if chain.continues and out and _another_column(out[host], chain):
            chain = dataclasses.replace(chain, continues=False)  # "| -1.4 | ≈ -0.467 |": two columns' values
        if chain.continues and out and not is_definition(out[host]):
            prev = out.pop(host)  # the joined chain is read after the asides it passed over
            out.append(
                sm.Chain(
                    prev.items + chain.items,
                    prev.relations + (chain.lead,) + chain.relations,
                    prev.continues,
                    prev.is_answer or chain.is_answer,
                    prev.line,
                    remark=prev.remark,
                )
            )
        else:
            if out and out[-1].heading:
                out.pop()  # a lone expression nothing continued: a mention in prose
            out.append(chain)
    if out and out[-1].heading:
        out.pop()
    return out


def _another_column(host: sm.Chain, chain: sm.Chain) -> bool:
    """A value beside another on its line, opening with a relation, that the one before cannot equal ("| -1.4 |
    ≈ -0.467 |" in a table's row of a total and a mean): a value of its own, not a step from the other."""
    if host.line != chain.line or len(host.items) != 1 or host.continues:
        return False
    a, b = written_value(host.items[0]), written_value(chain.items[0])
    return a is not None and b is not None and abs(a[0] - b[0]) > 10 * (a[1] + b[1]) + abs(a[0]) / 100


def _literal_summands(expr: sm.Expr) -> list[Fraction] | None:
    """The signed numbers a sum of written numbers adds (-0.0353 − 0.0099: [-0.0353, -0.0099]), or None when
    a summand is not a written number."""
    out = []
    for sign, term in flatten(expr, "+"):
        while isinstance(term, sm.Neg):
            sign, term = -sign, term.arg
        if not isinstance(term, sm.Num):
            return None
        out.append(sign * term.value)
    return out


def _begins_running_sum(listed: sm.Chain, chain: sm.Chain) -> bool:
    """Does `chain` ("= −0.0353 − 0.0099 = −0.0452") begin adding up, a few at a time, the numbers `listed`
    wrote out alone on the line before ("−0.0353 − 0.0099 − 0.0011 − … − 0.2231")? Its first item is the
    list's first two or more numbers and no more, and it states their value: a running sum starts, not an
    equation between the whole list and its head."""
    if len(listed.items) != 1 or listed.continues or len(chain.items) < 2 or chain.lead != "=":
        return False
    whole, head = _literal_summands(listed.items[0]), _literal_summands(chain.items[0])
    return (
        whole is not None and head is not None and 2 <= len(head) < len(whole) and whole[: len(head)] == head
    )


def _value_below(chain: sm.Chain, below: sm.Chain) -> bool:
    """Is `below` a lone number on the line just under `chain`, whose last item is arithmetic on numbers
    still to be done: the value it comes to, stated without its "="?"""
    last = chain.items[-1]
    lone = below.items[0] if len(below.items) == 1 and not below.continues else None
    return (
        lone is not None
        and isinstance(lone.arg if isinstance(lone, sm.Neg) else lone, sm.Num)
        and len(chain.items) >= 2  # an equation, "log P = -0.7 + (-0.4)": not a row of a table
        and isinstance(last, sm.BinOp)
        and not last.implicit  # "4   0.0170   (5.8783)": columns side by side, no product written
        and not has_terms(last)
        and not chain.aside
        and below.line == last.span.end_line + 1
        and not _partial_total(last, lone)
    )


def _partial_total(last: sm.Expr, lone: sm.Expr) -> bool:
    """Is the number below a sum of written numbers the total of its first few, not of all ("= −0.0353 − … −
    0.2231", then "first six: −0.0517"): a running total on the way, at the precision it is written?"""
    summands = _literal_summands(last)
    sign, num = (-1, lone.arg) if isinstance(lone, sm.Neg) else (1, lone)
    if summands is None or len(summands) < 3 or not isinstance(num, sm.Num):
        return False
    value, half = sign * num.value, Fraction(1, 2 * 10 ** (num.decimals or 0))
    if abs(sum(summands) - value) <= half:
        return False
    return any(abs(sum(summands[:k]) - value) <= half for k in range(2, len(summands)))


def is_definition(chain: sm.Chain) -> bool:
    return (
        len(chain.items) >= 2
        and isinstance(chain.items[0], sm.Scalar)
        and not has_terms(chain.items[-1])
        and not chain.continues
    )


def define(judge: Judge, chain: sm.Chain) -> tuple[Diagnostic | None, Step | None]:
    """Judge `name = value` against the problem and remember the value. Returns the mistake it shows and
    the judged step, each if any."""
    name_expr, value_expr = chain.items[0], chain.items[-1]
    assert isinstance(name_expr, sm.Scalar)
    try:
        value = evaluate(value_expr, judge.ctx, judge.model_values)
    except (Undefined, Unresolved) as err:
        span = getattr(err, "span", None) or value_expr.span
        return make("unknown-symbol", str(err), span, "define names with numbers, such as N = 2"), None
    own = judge.memory.definitions.pop(name_expr.name, None)  # judged against the problem, not itself
    try:
        true_value = evaluate(name_expr, judge.ctx, judge.model_values)
    except (Undefined, Unresolved):
        judge.memory.definitions[name_expr.name] = value  # λ_1 = 3/4: the student's own name
        # p1 = e^-0.7 = 0.49659: the name carries the rounding of the number written for it
        written = value_expr.arg if isinstance(value_expr, sm.Neg) else value_expr  # S = … = -6.32 too
        judge.memory.name_rounding[name_expr.name] = (
            literal_tolerance(written, False) if isinstance(written, sm.Num) else 0.0
        )
        # the student's own name restated: the new value replaces the old
        return None, (Step(value_expr.span.line, "definition", "ok") if own is not None else None)
    line = value_expr.span.line
    judge.memory.definitions[name_expr.name] = value
    if name_expr.name in ("V", "|V|") and abs(value - true_value) > 1e-9:
        twin = judge.problem.model.with_vocabulary_size(int(value))  # an n-gram model's own |V|
        if twin is not None:
            judge.memory.model = twin
        counted = bos.vocabulary_counted(judge.problem.model)
        if counted is not None and value == counted[0]:
            says = f"{name_expr.name} = {_fmt(value)}: {bos.vocabulary_says(int(true_value))}"
            return make(bos.CODE, says, value_expr.span, bos.VOCABULARY_HINT), Step(
                line, "definition", "error"
            )
        return make(
            "wrong-value",
            f"{name_expr.name} = {_fmt(value)}, but the vocabulary has {int(true_value)} types "
            "(</s> counts, <s> does not)",
            value_expr.span,
            "count the word types of the corpus, with </s> and without <s>",
        ), Step(line, "definition", "error")
    counts_tokens = judge.problem.ask in PER_TOKEN_ASKS  # elsewhere N is the student's own
    if counts_tokens and name_expr.name in ("N", "n", "T", "|y|") and abs(value - true_value) > 1e-9:
        code = lengths.code_for(judge.seq, int(true_value), value)
        return make(
            code,
            f"{name_expr.name} = {_fmt(value)}, but y has {int(true_value)} predicted tokens"
            + (" (<s> is context, not a prediction)" if code == bos.CODE else ""),
            value_expr.span,
            f"N counts the predicted tokens {' '.join(judge.problem.y)}: N = {int(true_value)}",
        ), Step(line, "definition", "error")
    if value == bos.unigram_total_counted(judge.problem.model):
        judge.memory.model = judge.problem.model.with_unigram_total(int(value))
        return make(
            bos.CODE,
            f"{name_expr.name} = {_fmt(value)} counts every <s> of the corpus as a token; the unigram "
            f"estimates divide by the {judge.problem.model.unigram_total()} predicted tokens",
            value_expr.span,
            "<s> is context only: it is never predicted, so it is not a unigram token",
        ), Step(line, "definition", "error")
    return None, Step(line, "definition", "ok")


def _fmt(v: float) -> str:
    return f"{v:.6g}"
