"""The final answer: chosen by meaning among the work's results, judged at the precision written, and
hedges caught.

Each function reads the judge (`grader.derivation.judge.Judge`) and returns what it finds; only the judge
(`grader.derivation.check.Checker`) reports.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from grader.core.diagnostics import Diagnostic, make
from grader.core.report import FinalAnswer
from grader.derivation.judge import Judge
from grader.derivation.listed import lists_the_values
from grader.derivation.whole import diagnose_final
from grader.derivation.wording import OWN_UNIT, unit_of
from grader.maths import semantics as sm
from grader.maths.evaluate import Undefined, evaluate, has_terms
from grader.maths.labels import ANSWER_LABEL
from grader.maths.structure import signed_literals, significant
from grader.maths.terms import Unresolved
from grader.maths.written import POWER_OF_TEN, power


@dataclass(frozen=True)
class Choice:
    """The answer chosen by meaning: its chain, its value and what it says it computes, beside the
    `Answer:` lines and the chains giving the asked quantity it was chosen among."""

    answers: list[sm.Chain]
    asked: list[sm.Chain]
    chain: sm.Chain | None
    expr: sm.Expr | None
    named: sm.Expr | None  # what the final chain says it computes (NLL = …)


@dataclass(frozen=True)
class Judged:
    """The final answer as judged, and the diagnostics the judge is to report about it."""

    answer: FinalAnswer
    exact: bool = True  # a right answer that is also right at the precision written
    diagnostics: list[Diagnostic] = field(default_factory=list)
    causes: bool = False  # the diagnostics explain a wrong value (no missing answer)


def choose_answer(judge: Judge, results: list[sm.Chain], every: list[sm.Chain] | None = None) -> Choice:
    """The answer by meaning: an explicit Answer:, else the last value given for the asked quantity;
    a conversion or a check written after it is a remark, not the answer. `every`: all the work's chains,
    the names it defines ("sum = -14.366 bits") among them."""
    # an Answer: line or a box; failing those, a result set in bold ("= **6.3219 bits**"), as the student marks it
    answers = [c for c in results if c.is_answer] or [c for c in results if _bold_result(judge, c)]
    # a check after the answer is a remark; the asked quantity named again on a line below the check's
    # label ("Check: Pr = e^-1.1 = 0.3329", then "log Pr(y|x) = -1.1") ends the check: that is the answer
    stated = [c for c in results if not c.remark or (c.below_check and gives_asked(judge, c))] or results
    asked = [c for c in stated if len(c.items) > 1 and gives_asked(judge, c)]
    if not asked and not answers:  # the asked quantity given only in a remark ("Careful: with </s>, P = …")
        remarked = [c for c in results if c.remark and len(c.items) > 1 and gives_asked(judge, c)]
        stated, asked = (stated + remarked, remarked) if remarked else (stated, asked)
    # an aside in brackets beside the asked value ("≈ -14.37 bits   (NLL ≈ 14.37 bits)") comments on it
    asked = [c for c in asked if not c.aside] or asked
    answered = [c for c in answers if c in asked]  # "Answer: log P = -1.1, i.e. P is about 0.33"
    if (
        not answered
        and answers
        and asked
        and asked[-1].line > answers[-1].line
        and not _labelled(judge, answers)
    ):
        answers = []  # a boxed part of another quantity, the asked one given after it: that is the answer
    # failing those, the last result stated, never an aside in brackets beside it ("Total: 3.8273 nats. (Pr(y|x) =
    # e^-3.8273 ≈ 0.0218.)")
    plain = [c for c in stated if not c.aside] or stated
    final_chain = (answered or answers or asked or plain)[-1] if results else None
    if final_chain is not None and not answered and not answers:
        final_chain = _told_instead(judge, final_chain, results)
        final_chain = _worked_after(judge, final_chain, plain)
        final_chain = _in_own_unit_before(judge, final_chain, every or stated)
        if not asked:
            final_chain = _lone_beside(judge, final_chain, stated)
            final_chain = _converted_from(judge, final_chain, stated)
            final_chain = _listed_after(judge, final_chain, stated)
    final_expr = final_item(judge, final_chain) if final_chain else None
    final_named = final_chain.items[0] if final_chain and len(final_chain.items) > 1 else None
    if final_named is None and final_chain is not None and final_chain.is_answer:
        final_named = _restated(judge, final_chain, results)
    return Choice(answers, asked, final_chain, final_expr, final_named)


# bold opened before a value and closed right after it (its unit inside or not): "= **1.7333**", "**PPL ≈ 2.12**"
# or in LaTeX's bold ("= \mathbf{3.8273}")
_BOLD_OPEN = re.compile(r"\*\*[^*]*$|\\(?:mathbf|textbf|boldsymbol|bm)\s*\{[^{}]*$")
_BOLD_CLOSE = re.compile(r"\s*(?:nats?|bits?)?\s*(?:\*\*|\})")


# a relation right before the bold: "Product ≈ **0.04883**" gives a value though its words are no term
_RELATION_BEFORE = re.compile(r"(?:[=≈]|\\approx)\s*(?:\*\*|\\(?:mathbf|textbf|boldsymbol|bm)\s*\{)$")


def _bold_result(judge: Judge, chain: sm.Chain) -> bool:
    """Is the chain's last value set in bold on its line (a lone value only after a relation)?"""
    span = chain.items[-1].span
    if not 0 < span.line <= len(judge.lines) or span.end_line != span.line:
        return False
    line = judge.lines[span.line - 1]
    opened = _BOLD_OPEN.search(line, 0, span.column - 1)
    if opened is None or not _BOLD_CLOSE.match(line, span.end_column - 1):
        return False
    return len(chain.items) >= 2 or bool(_RELATION_BEFORE.search(line[: opened.end()].rstrip()))


# a unit named in the words before a lone value: "in nats: -9.958", "as bits: 6.32"
_UNIT_BEFORE = re.compile(r"\b(?:in|as)\s+(?:\w+\s+){0,2}?(nats?|bits?)\b[^=\d]{0,6}$", re.IGNORECASE)


def _unit_given(judge: Judge, chain: sm.Chain) -> str | None:
    """The log unit the chain's last value is written in: after it ("-9.958 nats") or named before it on its
    line ("in nats: -9.958"); None when it names none."""
    if len(chain.units) == len(chain.items) and chain.units[-1]:
        return unit_of(chain.units[-1])
    span = chain.items[-1].span
    if not 0 < span.line <= len(judge.lines):
        return None
    m = _UNIT_BEFORE.search(judge.lines[span.line - 1], 0, span.column - 1)
    return unit_of(m.group(1).lower()) if m else None


def _in_own_unit_before(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain:
    """A last value written in another log unit than the problem's ("in nats: -9.958" where bits are asked),
    after a result given in the problem's own unit ("sum = -14.366 bits"): a conversion, a remark; the result
    in the own unit is the answer."""
    own = OWN_UNIT.get(judge.problem.log_base)
    given = _unit_given(judge, final_chain)
    if own is None or given is None or given == own:
        return final_chain
    before = [c for c in stated if c is not final_chain and c.line <= final_chain.line and not c.remark]

    def in_own(c: sm.Chain) -> bool:  # in the own unit: said so, or said in none and naming no other quantity
        unit = _unit_given(judge, c)
        if has_terms(c.items[-1]) or unit not in (own, None) or _lone_whole(c):
            return False
        return unit == own or gives_asked(judge, c) or judge.named_kind(c.items[0]) is None

    own_results = [c for c in before if in_own(c)]
    return own_results[-1] if own_results else final_chain


def final_item(judge: Judge, chain: sm.Chain) -> sm.Expr:
    """The chain's last value in the problem's own unit: `-1.1 nats = -1.587 bits` answers -1.1 in nats."""
    own = OWN_UNIT.get(judge.problem.log_base)
    units = [unit_of(u) for u in chain.units] if len(chain.units) == len(chain.items) else []
    if own is None or own not in units:
        return chain.items[-1]
    return next(item for item, unit in reversed(list(zip(chain.items, units, strict=True))) if unit == own)


def gives_asked(judge: Judge, chain: sm.Chain) -> bool:
    """Does this chain end in a value (not terms) of the quantity the problem asks for?"""
    kind, ask = judge.named_kind(chain.items[0]), judge.problem.ask
    same = kind in (ask, "asked") or {kind, ask} <= {"log_likelihood", "nll"}
    return kind is not None and same and not has_terms(chain.items[-1])


def _restated(judge: Judge, answer: sm.Chain, results: list[sm.Chain]) -> sm.Expr | None:
    """What an `Answer: v` line restates: the head of the result just before it, if it ends in v."""
    earlier = [c for c in results if c is not answer and len(c.items) > 1 and c.line <= answer.line]
    if not earlier:
        return None
    try:
        value, before = judge.value(answer.items[-1]), judge.value(earlier[-1].items[-1])
    except (Undefined, Unresolved):
        return None
    if value is None or before is None:
        return None
    return (
        earlier[-1].items[0]
        if abs(value - before) <= judge.tolerance(answer.items[-1], approx=True)
        else None
    )


def _labelled(judge: Judge, answers: list[sm.Chain]) -> bool:
    """Does the student name one of these answers so in words ("Final answer: 0.3329")? Such an
    answer is what they submit, whatever they work out after it; only a box may be a part's answer."""
    return any(
        0 < c.line <= len(judge.lines) and ANSWER_LABEL.match(judge.lines[c.line - 1]) for c in answers
    )


def _told_instead(judge: Judge, final_chain: sm.Chain, results: list[sm.Chain]) -> sm.Chain:
    """The last sentence of the work states a value as its result ("The product comes to about
    0.0588."), after the value worked for the asked quantity and close to it (within a factor 1.5) but
    not the same at the precision written: that restatement is the answer the student gives, checked
    as one. A value far from it is a remark about another quantity ("the largest factor is 0.68")."""
    told = next((c for c in reversed(results) if not c.aside), None)  # an aside beside it comments on it
    if told is None or not told.told or told.remark or told is final_chain or told.line <= final_chain.line:
        return final_chain
    try:
        value = judge.value(told.items[0])
    except (Undefined, Unresolved):
        return final_chain
    try:
        worked = judge.value(final_item(judge, final_chain))
    except (Undefined, Unresolved):  # a formula with no value ("-ln Pr(w) = ln Σ_v e^{z_v} - z_w"): the value
        return told if value is not None else final_chain  # told after it is the result
    if worked is None or value is None or worked == 0 or not 1 / 1.5 <= value / worked <= 1.5:
        return final_chain
    half = _half_unit(told.items[0], value)
    return final_chain if half is not None and abs(value - worked) <= half * (1 + 1e-9) else told


def _worked_after(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain:
    """The asked quantity equated to an expression the student never works out ("NLL = -[log2(1/2) + …]"),
    then arithmetic of numbers alone that comes to a number of its size ("this is 1 + 2 + 2.3219 + 1 = 5.3219
    bits"): that number is the one the student gives, checked as the answer (the grader's own value of the
    expression is none the student wrote). The last chain after it, if it is such: not a remark, naming nothing,
    in the problem's unit or none, within a factor 1.5 of the expression's value (a part of the working, such as
    one term's log, is not its result)."""
    last = final_chain.items[-1]
    if (
        len(final_chain.items) < 2
        or _literal(last)
        or not has_terms(final_chain.items[-1])
        and _plain_arithmetic(last)
    ):
        return final_chain
    own = OWN_UNIT.get(judge.problem.log_base)
    try:
        expected = judge.value(last)
    except (Undefined, Unresolved):
        return final_chain
    for c in reversed(stated):
        if c is final_chain or c.line < final_chain.line:
            break
        if (
            len(c.items) >= 2
            and _literal(c.items[-1])
            and all(not has_terms(item) and _plain_arithmetic(item) for item in c.items)
            and _unit_given(judge, c) in (own, None)
        ):
            # of the size the expression comes to (within a factor 1.5): its working out, not a part of it
            value = judge.value(c.items[-1])
            if expected and value is not None and 1 / 1.5 <= value / expected <= 1.5:
                return c
            return final_chain
    return final_chain


def _literal(item: sm.Expr) -> bool:
    """A number as written, signed or not (-1.1, 1/9, 3.09e-5)."""
    inner = item.arg if isinstance(item, sm.Neg) else item
    return isinstance(inner, sm.Num)


def _plain_arithmetic(item: sm.Expr) -> bool:
    """Numbers and the four operations only: no log, exp, power or term."""
    return all(
        isinstance(n, (sm.Num, sm.Neg, sm.BinOp)) and not (isinstance(n, sm.BinOp) and n.op == "^")
        for n in sm.walk(item)
    )


def _lone_beside(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain:
    """Lone whole numbers after working that came to a fraction ("Word count: 143", "Student ID
    20231234") count something else: the value worked before them is the answer. A lone decimal stays
    the answer (a total, a restatement, a slip or a misconception's value)."""
    if not _lone_whole(final_chain):
        return final_chain
    before = [c for c in stated if c.line < final_chain.line and not c.remark and not _lone_whole(c)]
    if not before:
        return final_chain
    try:
        value = judge.value(final_item(judge, before[-1]))
    except (Undefined, Unresolved):
        return final_chain
    return final_chain if value is None or float(value).is_integer() else before[-1]


def _listed_after(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain:
    """A line listing the per-token values after the working ("(2/3)(2/3)(1/2)(1/2) = 0.1111", then "counts:
    <s> I 2/3, I am 2/3, am Sam 1/2, Sam </s> 1/2") lists what the work used: the result before it is the
    answer."""
    if len(final_chain.items) != 1 or not lists_the_values(stated, final_chain.line, judge.problem):
        return final_chain
    before = [c for c in stated if c.line < final_chain.line and len(c.items) > 1]
    return before[-1] if before else final_chain


def _converted_from(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain:
    """A last line naming another quantity than the asked one and worked from the value just before it,
    which names none ("-0.7 + (-0.4) = -1.1 ⇒ Pr ≈ e^-1.1 ≈ 0.33" where the log-likelihood is asked, or a
    value told in words before it): a conversion of that result, a remark; the result it converts is the
    answer. A line naming another quantity not worked from the value before it ("⇒ P ≈ 0.33") stays the
    answer, checked as one."""
    if len(final_chain.items) < 2:
        return final_chain
    source = _function_of_result(judge, final_chain, stated)
    if source is not None:
        return source
    if _another_quantity(judge, final_chain.items[0]) is not True:
        return final_chain
    before = [c for c in stated if c is not final_chain and c.line <= final_chain.line and not c.remark]
    # the value before it: worked to a result, or told in words ("Adding the seven logprobs gives −0.2748 nats,
    # so Pr(y | x) = e^−0.2748 ≈ 0.76")
    if not before or (len(before[-1].items) < 2 and not before[-1].told):
        return final_chain
    if len(before[-1].items) >= 2 and judge.named_kind(before[-1].items[0]) is not None:
        return final_chain
    source = before[-1]
    if has_terms(source.items[-1]):
        return final_chain
    try:
        value = judge.value(final_item(judge, source))
    except (Undefined, Unresolved):
        return final_chain
    if value is None:
        return final_chain
    written = [(num, sign) for item in final_chain.items[1:-1] for num, sign in signed_literals(item)]
    for num, sign in written:
        half = _half_unit(num, float(num.value)) or 0.0
        if value != 0 and abs(sign * float(num.value) - value) <= half * (1 + 1e-9):
            return source
    # or its value is the result's probability or its log (or minus it), in the problem's base, at the
    # precision written
    try:
        converted = judge.value(final_item(judge, final_chain))
    except (Undefined, Unresolved):
        return final_chain
    if converted is None:
        return final_chain
    half = _half_unit(final_item(judge, final_chain), converted)
    # a result that is the model's value as written (6.322 bits for 6.32193) converts as the model's value does:
    # its probability is 1/80, not 2^-6.322
    spread = _half_unit(final_item(judge, source), value) or 0.0
    expected = judge.problem.reference.value
    sources = [value] + (
        [expected] if expected is not None and abs(value - expected) <= spread * (1 + 1e-9) else []
    )
    slack = max(half or 0.0, 1e-9 * abs(converted))
    if (half is not None or len(sources) > 1) and any(
        abs(converted - v) <= slack for s in sources for v in _conversions(s, judge.problem.ln_base)
    ):
        return source
    return final_chain


def _conversions(value: float, ln_base: float) -> list[float]:
    """A result's probability (of a log, or of minus it), and its log or minus it (of a probability)."""
    logs = [math.log(value) / ln_base, -math.log(value) / ln_base] if 0 < value < 1 else []
    return [math.exp(-abs(value) * ln_base), *logs]


def _function_of_result(judge: Judge, final_chain: sm.Chain, stated: list[sm.Chain]) -> sm.Chain | None:
    """Where a log is asked, a last chain that opens with exp or a power of a result stated before it ("… comes
    to -1.1, i.e. a probability of about e^-1.1 ≈ 0.33"), or with its log where a probability is asked, converts
    that result to the other quantity: a remark, and the result it converts (None: no such result)."""
    head, ask = final_chain.items[0], judge.problem.ask
    inner = head.arg if isinstance(head, sm.Neg) else head
    # away from the asked quantity only: exp or a power of a log where a log is asked, a log where a probability
    # is (the log of the probability worked is the log-likelihood asked; a perplexity's exp is its last step)
    if ask in ("log_likelihood", "nll") and isinstance(inner, sm.Exp):
        arg = inner.arg
    elif ask in ("log_likelihood", "nll") and isinstance(inner, sm.BinOp) and inner.op == "^":
        if not isinstance(inner.left, (sm.Num, sm.EConst)):
            return None
        arg = inner.right
    elif ask == "probability" and isinstance(inner, sm.Log):
        arg = inner.arg
    else:
        return None
    if has_terms(arg):
        return None
    try:
        argument = judge.value(arg)
    except (Undefined, Unresolved):
        return None
    half = _half_unit(arg, argument) if argument is not None else None
    if half is None:
        return None
    for source in reversed([c for c in stated if c is not final_chain and c.line <= final_chain.line]):
        if (
            source.remark
            or source.items[-1].span.column >= head.span.column
            and source.line == final_chain.line
        ):
            continue  # only a result written before the conversion
        try:
            value = judge.value(final_item(judge, source))
        except (Undefined, Unresolved):
            continue
        if value is not None and value != 0 and abs(abs(argument) - abs(value)) <= half * (1 + 1e-9):
            return source
    return None


def _another_quantity(judge: Judge, head: sm.Expr) -> bool | None:
    """Whether the head names the probability where its log is asked, or the log where the probability is
    (None: it names no quantity the judge knows)."""
    kind, ask = judge.named_kind(head), judge.problem.ask
    inner = head.arg if isinstance(head, sm.Neg) else head
    if kind is None and isinstance(inner, sm.Log) and isinstance(inner.arg, sm.Quantity):
        kind = {"probability": "nll" if inner is not head else "log_likelihood"}.get(inner.arg.name)  # log P
    if kind is None:
        return None
    return kind in _CONVERTIBLE and ask in _CONVERTIBLE and not {kind, ask} <= {"log_likelihood", "nll"}


# the quantities one value is converted between by its exp or log: a probability and its log
_CONVERTIBLE = frozenset({"probability", "log_likelihood", "nll"})


def judge_answer(
    judge: Judge, expr: sm.Expr | None, chain: sm.Chain | None, asked: list[sm.Chain]
) -> Judged | None:
    """The final answer judged against the expected value, at the precision written; None with no answer."""
    expected = judge.problem.reference.value
    if expr is None:
        return None
    if has_terms(expr) or any(isinstance(n, sm.Count) for n in sm.walk(expr)):
        missing = make(
            "no-final-answer",
            "the derivation does not end in a number",
            expr.span,
            f"finish with the value of the {judge.problem.ask.replace('_', ' ')}, e.g. an `Answer: …` line",
        )
        return Judged(FinalAnswer(None, expected, False, expr.span.line), diagnostics=[missing])
    try:
        value = evaluate(expr, judge.ctx, judge.model_values)
    except (Undefined, Unresolved) as err:
        missing = make("no-final-answer", f"the final answer has no value: {err}", expr.span)
        return Judged(FinalAnswer(None, expected, False, expr.span.line), diagnostics=[missing])
    correct = (
        judge.problem.tolerance.allows(value, expected)
        or _rounded_right(expr, value, expected)
        or _rounded_display(judge, chain, expr, value, expected)
        or _restated_rounded(judge, asked, chain, expr, value, expected)
    )
    answer = FinalAnswer(value, expected, correct, expr.span.line)
    if correct:
        half = _half_unit(expr, value)
        exact = half is None or abs(value - expected) <= max(half * (1 + 1e-9), 1e-4 * abs(expected))
        return Judged(answer, exact)
    earlier = [d for d in judge.out.diagnostics if d.severity == "error"]
    return Judged(answer, diagnostics=diagnose_final(judge, expr, value, expected, earlier), causes=True)


def _rounded_display(
    judge: Judge, chain: sm.Chain | None, expr: sm.Expr, value: float, expected: float
) -> bool:
    """`= 1/9 ≈ 0.11`: the student's own exact value, right, shown rounded at the precision written after
    an ≈. The answer is the exact value; the rounding only displays it."""
    if chain is None or len(chain.items) < 2 or chain.items[-1] is not expr or chain.relations[-1] != "≈":
        return False
    exact = chain.items[-2]
    if has_terms(exact) or any(isinstance(n, sm.Count | sm.Scalar) for n in sm.walk(exact)):
        return False  # the model's value, not one the student wrote: any rounding of it would pass
    try:
        before = evaluate(exact, judge.ctx, judge.model_values)
    except (Undefined, Unresolved):
        return False
    half = _half_unit(expr, value)
    return (
        half is not None
        and judge.problem.tolerance.allows(before, expected)
        and abs(before - value) <= half * (1 + 1e-9)
    )


def _restated_rounded(
    judge: Judge, asked: list[sm.Chain], chain: sm.Chain | None, expr: sm.Expr, value: float, expected: float
) -> bool:
    """`P ≃ 0.0488`, then `P ≈ 4.9·10⁻²`: an answer that restates, more coarsely, a right value the
    student already wrote for the asked quantity is that value shown rounded, at the precision written."""
    half = _half_unit(expr, value)
    if half is None or chain is None:
        return False
    for earlier in asked:
        if earlier is chain or earlier.line >= chain.line or earlier.remark:
            continue
        item = final_item(judge, earlier)
        if has_terms(item) or any(isinstance(n, sm.Count | sm.Scalar) for n in sm.walk(item)):
            continue  # the model's value, not one the student wrote
        try:
            before = evaluate(item, judge.ctx, judge.model_values)
        except (Undefined, Unresolved):
            continue
        if judge.problem.tolerance.allows(before, expected) and abs(before - value) <= half * (1 + 1e-9):
            return True
    return False


def hedged(
    judge: Judge, answers: list[sm.Chain], final_chain: sm.Chain | None, given: float
) -> Diagnostic | None:
    """Several different answers (two Answer: lines that disagree, `Answer: 1.73 (or 3.00)`) are a
    hedge: the final answer (`given`, judged right) earns nothing, whichever of them is right."""
    values = []
    own = OWN_UNIT.get(judge.problem.log_base)
    for chain in answers:
        kind = judge.named_kind(chain.items[0]) if len(chain.items) > 1 else None
        units = [unit_of(u) for u in chain.units if u]
        if (kind is not None and not gives_asked(judge, chain)) or (units and own and units[-1] != own):
            continue  # another quantity, or the answer in another unit: a remark, not a second answer
        try:
            value = judge.value(final_item(judge, chain))
        except (Undefined, Unresolved):
            continue
        if value is not None:
            values.append((value, chain.items[-1].span))
    if final_chain is not None and final_chain.is_answer:
        line = judge.lines[final_chain.line - 1] if 0 < final_chain.line <= len(judge.lines) else ""
        for m in _OR_VALUE.finditer(line):
            span = sm.Span(final_chain.line, m.start("mant") + 1, final_chain.line, m.end("mant") + 1)
            if (or_value := _or_value(m)) is not None:
                values.append((or_value, span))
    # another value is one the answer's own precision does not cover
    others = [
        (v, span)
        for v, span in values
        if not judge.problem.tolerance.allows(v, given) and abs(v - given) > 5e-3 * abs(given)
    ]
    if not others:
        return None
    value, span = others[-1]
    return make(
        "hedged-answer",
        f"you give more than one answer ({value:.6g} as well); a hedge earns nothing for the answer",
        span,
        "give one final value; say which convention you use instead of giving both",
    )


# "Answer: 1.73 (or 3.00 depending on the convention)": a second value offered with "or".
# "or 0.125", "(or maybe $0.125$)", "or $P = 0.125$": a second value offered on the answer's line
_OR_VALUE = re.compile(
    r"\bor\s+(?:maybe\s+|perhaps\s+)?\$?\s*(?:[A-Za-z][\w{}\\]{0,20}\s*=\s*)?(?P<mant>[-−]?\d+(?:\.\d+)?)"
    rf"{POWER_OF_TEN}?"  # "or 3.086 × 10^-5": one number
)


def _or_value(m: re.Match[str]) -> float | None:
    """The number an `or …` gives, its power of ten included; None for a power no float holds."""
    exponent = power(m)
    return None if exponent is None else float(m["mant"].replace("−", "-")) * 10.0**exponent


def _lone_whole(chain: sm.Chain) -> bool:
    """Is the chain one whole number written alone ("143", no decimal point, no fraction)?"""
    item = chain.items[0]
    return (
        len(chain.items) == 1
        and not chain.continues
        and isinstance(item, sm.Num)
        and item.decimals is None
        and item.value.denominator == 1
    )


def _half_unit(expr: sm.Expr, value: float) -> float | None:
    """Half a unit of the last digit written in a final number (0.0005 for -0.275, 5e-8 for 3.09 × 10^{-5});
    None where the final is not one decimal number (a fraction, an expression)."""
    written = [n for n, _ in signed_literals(expr) if n.decimals is not None]
    if len(written) != 1:
        return None
    mantissa = float(written[0].value)
    return 0.5 * 10.0 ** -written[0].decimals * (abs(value) / mantissa if mantissa else 0.0)


def states_expected(judge: Judge, expr: sm.Expr) -> bool:
    """Is this written value the expected one, within the problem's tolerance or at its precision?"""
    try:
        value = judge.value(expr)
    except (Undefined, Unresolved):
        return False
    expected = judge.problem.reference.value
    return value is not None and (
        judge.problem.tolerance.allows(value, expected) or _rounded_right(expr, value, expected)
    )


def _rounded_right(expr: sm.Expr, value: float, expected: float) -> bool:
    """A final number that is the expected value correctly rounded to the 3 or more significant
    figures written (0.00109 for 0.0010868, 3.09 × 10^{-5} for 3.0855e-5) is right at its precision."""
    written = [n for n, _ in signed_literals(expr) if n.decimals is not None]
    half_unit = _half_unit(expr, value)
    if half_unit is None or significant(written[0]) < 3:
        return False
    return abs(value - expected) <= half_unit * (1 + 1e-9)
