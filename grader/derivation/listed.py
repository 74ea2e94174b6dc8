"""The sequence's per-token values listed in order on one line ("Token logprobs: −0.0353, −0.0099, …, −0.0231").

A line of lone numbers, as many as y has tokens, that follows the model's per-token values in order (its
probabilities, its log-probabilities in the problem's base, or their negatives) at the precision each is
written, but for one, lists those values: the one that differs, by more than a rounding on the way could
make it (2 %), is a value misread from the problem, charged where it is written (wrong-value). A line that
matches fewer lists something else and says nothing here. So does a line of pairs, each of y's tokens in order
with its value ("The -0.0353, capital -0.0099, …, Paris -0.0002, . -0.2231"), which the maths reader leaves as
words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction

from grader.core.diagnostics import Diagnostic, make
from grader.core.source import Span
from grader.derivation.problem import Problem
from grader.maths import semantics as sm
from grader.maths.evaluate import has_terms, literal_tolerance
from grader.reference.quantities import LN_BASE


def _lone_number(chain: sm.Chain) -> tuple[float, sm.Num] | None:
    """The signed number a chain of one item is, with the literal that writes it; else None."""
    if len(chain.items) != 1 or chain.continues:
        return None
    item, sign = chain.items[0], 1.0
    if isinstance(item, sm.Neg):
        item, sign = item.arg, -1.0
    if not isinstance(item, sm.Num):
        return None
    try:
        return sign * float(item.value), item
    except OverflowError:  # 1.8e308 written out: no value of a token's
        return None


def _summands(expr: sm.Expr) -> list[tuple[float, sm.Num]] | None:
    """The signed numbers a sum of plain numbers adds (`-0.0353 - 0.0099 + (-0.0011)`), with their literals, in
    order; None for anything else (a product, a term, a bracket that groups several)."""
    if isinstance(expr, sm.BinOp) and expr.op in "+-" and not expr.grouped:
        left, right = _summands(expr.left), _summands(expr.right)
        if left is None or right is None:
            return None
        return left + ([(-v, num) for v, num in right] if expr.op == "-" else right)
    sign, inner = (-1.0, expr.arg) if isinstance(expr, sm.Neg) else (1.0, expr)
    if not isinstance(inner, sm.Num):
        return None
    try:
        return [(sign * float(inner.value), inner)]
    except OverflowError:
        return None


def _readings(problem: Problem) -> list[tuple[str, Callable[[float], float]]]:
    ln_b = LN_BASE[problem.log_base]
    unit = {"e": "log-probability", "2": "log-probability in bits", "10": "log-probability (base 10)"}
    return [
        ("probability", math.exp),
        (unit[problem.log_base], lambda ln_p: ln_p / ln_b),
        ("negative " + unit[problem.log_base], lambda ln_p: -ln_p / ln_b),
    ]


def listed_values(chains: list[sm.Chain], problem: Problem) -> list[Diagnostic]:
    """wrong-value for each value misread in a line that lists the per-token values (see the module)."""
    ln_probs = problem.reference.ln_probs
    n = len(ln_probs)
    by_line: dict[int, list[tuple[float, sm.Num]]] = {}
    for chain in chains:
        found = _lone_number(chain)
        if found is not None:
            by_line.setdefault(chain.line, []).append(found)
    summed: set[int] = set()
    # "= -0.0353 - 0.0099 - … - 0.2231": a sum of the n values, each a term of its own, the values substituted,
    # not worked out (a sum a computation leads to is that step's)
    for chain in chains:
        if chain.continues:
            continue
        for at, item in enumerate(chain.items):
            if at and not has_terms(chain.items[at - 1]) and not isinstance(chain.items[at - 1], sm.Scalar):
                continue
            terms = _summands(item)
            if terms is not None and len(terms) == n and chain.line not in by_line:
                by_line[chain.line] = terms
                summed.add(chain.line)
    out: list[Diagnostic] = []
    for line, numbers in by_line.items():
        if n < 3 or len(numbers) != n:
            continue
        found = _one_misread([(v, literal_tolerance(num, approx=False)) for v, num in numbers], problem)
        if found is not None:
            k, name, model = found
            value, tolerance = numbers[k][0], literal_tolerance(numbers[k][1], approx=False)
            if line in summed and (
                _own_value(value, model, line, chains) or _another_value(value, tolerance, k, name, problem)
            ):
                continue
            out.append(_misread_value(problem, k, name, model, numbers[k][0], numbers[k][1].span))
    return out


def _another_value(value: float, tolerance: float, k: int, name: str, problem: Problem) -> bool:
    """Is the odd value one the model gives elsewhere: another token's (a wrong token), or this token's in another
    reading (its probability where its log belongs)? That is a mistake a step shows by its own name."""
    return any(
        abs(value - of(ln_p)) <= tolerance + 1e-9
        for reading, of in _readings(problem)
        for j, ln_p in enumerate(problem.reference.ln_probs)
        if j != k or reading != name
    )


def _own_value(value: float, model: float, line: int, chains: list[sm.Chain]) -> bool:
    """Is a value in a sum the student's own rather than one copied from the problem: the model's with its sign
    turned (a sign slip, which the step shows), or a number an earlier line gives (a result of theirs carried
    on, `log₂5 = 2.5` then `1 + 2 + 2.5 + 1`, charged where it was worked)?"""
    if abs(abs(value) - abs(model)) <= 1e-9 + 1e-6 * abs(model):
        return True
    return any(
        isinstance(node, sm.Num) and abs(float(node.value) - abs(value)) <= 1e-12 * max(1.0, abs(value))
        for chain in chains
        if chain.line < line
        for item in chain.items
        for node in sm.walk(item)
    )


def labelled_values(lines: list[str], problem: Problem) -> list[Diagnostic]:
    """wrong-value for a value misread in a line of pairs, each of y's tokens in order with its value."""
    y = problem.y
    if len(y) < 3:
        return []
    out: list[Diagnostic] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > _MAX_LISTING or line.count(",") + line.count(";") < len(y) - 1:
            continue
        starts = [0, *(m.end() for m in _ITEMS.finditer(line))]
        items = [line[a:b] for a, b in zip(starts, [*(m.start() for m in _ITEMS.finditer(line)), len(line)])]
        pairs = [_PAIR.fullmatch(item.strip()) for item in items]
        if len(pairs) != len(y) or None in pairs:
            continue
        if [m["token"].strip("\"'`*") for m in pairs] != list(y):  # type: ignore[index]
            continue
        values = [(float(m["value"].replace("−", "-")), _tolerance(m["value"])) for m in pairs]  # type: ignore[index]
        found = _one_misread(values, problem)
        if found is not None:
            k, name, model = found
            item = items[k]
            at = starts[k] + len(item) - len(item.lstrip()) + pairs[k].start("value") + 1  # type: ignore[union-attr]
            span = Span(number, at, number, at + len(pairs[k]["value"]))  # type: ignore[index]
            out.append(_misread_value(problem, k, name, model, values[k][0], span))
    return out


def rowed_values(lines: list[str], problem: Problem) -> list[Diagnostic]:
    """wrong-value for a value misread in a run of lines, one a token in order, each of one form ("log2 0.2360 =
    -2.0831", …, "log2 0.170  = -2.5564"): as many lines as y has tokens, each holding the same count of decimals
    and the same relations, all but one giving its token's value in one reading. A line that names its term
    (P(…)) is checked as a step, not here."""
    n = len(problem.y)
    if n < 3:
        return []
    rows = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    shapes = [_row_shape(line) for _, line in rows]
    out: list[Diagnostic] = []
    for start in range(len(rows) - n + 1):
        window = rows[start : start + n]
        shape = shapes[start]
        if shape is None or any(shapes[start + k] != shape for k in range(n)):
            continue
        if start > 0 and shapes[start - 1] == shape or start + n < len(rows) and shapes[start + n] == shape:
            continue  # a longer run of one form lists something else
        found = _one_row_misread(window, problem)
        if found is not None:
            out.append(found)
    return out


# a decimal as a row writes a token's value (not a log's base, log2, nor an index, y_4): 0.2360, -2.0831, .25
_DECIMAL = re.compile(r"(?<![\w.])[-−]?(?:\d{1,6}\.\d{1,12}|\.\d{1,12})(?![\w.])")
_NAMED_TERM = re.compile(r"\b(?:P|Pr|p)\s*[(\[]|\\Pr\b")


def _row_shape(line: str) -> tuple[int, str] | None:
    """A row's form: how many decimals it holds and its relations in order; None for a line that names a term or
    holds no decimal."""
    if len(line) > _MAX_LISTING or _NAMED_TERM.search(line):
        return None
    count = len(_DECIMAL.findall(line))
    return (count, "".join(re.findall("[=≈]", line))) if count else None


def _one_row_misread(window: list[tuple[int, str]], problem: Problem) -> Diagnostic | None:
    """The wrong-value of the one row of `window` whose decimals give no value of its token, in the reading the
    others all follow; None where no reading fits all but one row, or that row's value is a rounding away."""
    found = [
        [(m, _tolerance(m.group().replace("−", "-"))) for m in _DECIMAL.finditer(line)] for _, line in window
    ]
    for name, of in _readings(problem):
        model = [of(ln_p) for ln_p in problem.reference.ln_probs]
        off = [
            k
            for k, row in enumerate(found)
            if not any(abs(float(m.group().replace("−", "-")) - model[k]) <= tol + 1e-9 for m, tol in row)
        ]
        if len(off) != 1:
            continue
        k = off[0]
        same_sign = [m for m, _ in found[k] if (float(m.group().replace("−", "-")) < 0) == (model[k] < 0)]
        if not same_sign or model[k] == 0:
            return None
        m = min(
            same_sign,
            key=lambda c: abs(math.log(abs(float(c.group().replace("−", "-")) or 1e-300) / abs(model[k]))),
        )
        value = float(m.group().replace("−", "-"))
        if abs(value - model[k]) <= _MISREAD * abs(model[k]):
            return None
        number = window[k][0]
        return _misread_value(
            problem, k, name, model[k], value, Span(number, m.start() + 1, number, m.end() + 1)
        )
    return None


# a line of pairs: its items, parted by commas or semicolons (not a decimal comma), each a token and its value
_ITEMS = re.compile(r"[,;](?!\d)")
_PAIR = re.compile(
    r"(?P<token>\S{1,40}?)(?:[ \t]*+[:=][ \t]*+|[ \t]++)(?P<value>[-−]?(?:\d{1,6}(?:\.\d{1,12})?|\.\d{1,12}))"
)
_MAX_LISTING = 2000


def _tolerance(text: str) -> float:
    """How far the value written may be from the one it stands for, as literal_tolerance reads a literal."""
    unsigned = text.lstrip("-−")
    decimals = len(unsigned.partition(".")[2]) if "." in unsigned else None
    num = sm.Num(Fraction(unsigned), unsigned, decimals, Span(0, 0, 0, 0))
    return literal_tolerance(num, approx=False)


def _one_misread(values: list[tuple[float, float]], problem: Problem) -> tuple[int, str, float] | None:
    """(place, reading, model's value) of the one value of a list of the per-token values, in one reading, that
    is not the model's at the precision written, by more than a rounding on the way could make it; else None."""
    for name, of in _readings(problem):
        model = [of(ln_p) for ln_p in problem.reference.ln_probs]
        off = [
            k
            for k, ((v, tol), m) in enumerate(zip(values, model, strict=True))
            if abs(v - m) > tol + 1e-9 * max(1.0, abs(m))
        ]
        if len(off) != 1:
            continue
        k = off[0]
        if abs(values[k][0] - model[k]) <= _MISREAD * abs(model[k]):
            return None  # "roughly -5.878" for -5.8825 worked out: a rounding on the way, not a value misread
        return k, name, model[k]
    return None


def _misread_value(problem: Problem, k: int, name: str, model: float, value: float, span: Span) -> Diagnostic:
    token = problem.reference.conditionals[k].token
    message = f"the {name} of y_{k + 1} = {token} is {model:.6g} under the model, but you wrote {value:g}"
    return make("wrong-value", message, span, "copy each value from the problem exactly as given")


def lists_the_values(chains: list[sm.Chain], line: int, problem: Problem) -> bool:
    """The lone numbers on this line are the per-token values, all of them in order, at the precision each is
    written ("counts: <s> I 2/3, I am 2/3, am Sam 1/2, Sam </s> 1/2" after the product): a listing of what
    the work used, not a result of its own."""
    numbers = [found for c in chains if c.line == line and (found := _lone_number(c)) is not None]
    ln_probs = problem.reference.ln_probs
    if len(ln_probs) < 2 or len(numbers) != len(ln_probs):
        return False
    return any(
        all(_same(v, num, of(ln_p)) for (v, num), ln_p in zip(numbers, ln_probs, strict=True))
        for _, of in _readings(problem)
    )


# how far a value misread from the problem is from the model's at least: a digit slipped, dropped or added
_MISREAD = 0.02


def _same(value: float, num: sm.Num, model: float) -> bool:
    """Is the written value the model's at the precision it is written?"""
    return abs(value - model) <= literal_tolerance(num, approx=False) + 1e-9 * max(1.0, abs(model))


def normaliser_sums(chains: list[sm.Chain], problem: Problem) -> list[Diagnostic]:
    """wrong-value where a softmax's normaliser is summed over all but one or two tokens of the vocabulary: a sum
    whose terms are each e^z of a different token of one history's row (as `e^.629 + e^.520 + …`, or their
    values as `1.8757 + 1.6820 + …`), as many as the row has tokens but one or two. The normaliser runs over every
    token the model scores (`<s>` too where the row gives it a logit); the tokens left out are named."""
    model = problem.model
    if not model.has_logits:
        return []
    rows = []
    for k in range(len(problem.y)):
        row = model.logits(tuple(model.context_for(tuple(problem.y[:k]))))
        if row and row not in rows:
            rows.append(row)
    out: list[Diagnostic] = []
    seen: set[int] = set()
    for chain in chains:
        for item in chain.items:
            terms = _exp_terms(item)
            if terms is None or chain.line in seen:
                continue
            for row in rows:
                missing = _left_out(terms, row)
                if missing:
                    names = ", ".join(missing)
                    message = (
                        f"the softmax's normaliser sums e^z over every token the model scores ({len(row)}); this sum "
                        f"leaves out {names}"
                    )
                    out.append(
                        make("wrong-value", message, item.span, "sum e^z over every column of the row")
                    )
                    seen.add(chain.line)
                    break
    return out


def _exp_terms(expr: sm.Expr) -> list[tuple[float, float, bool]] | None:
    """The terms of a sum of e^z (or of plain positive numbers): (z or value, its tolerance, whether it is an
    exponent), in order; None for anything else or fewer than three terms."""
    terms: list[tuple[float, float, bool]] = []

    def walk(e: sm.Expr) -> bool:
        if isinstance(e, sm.BinOp) and e.op == "+" and not e.grouped:
            return walk(e.left) and walk(e.right)
        if isinstance(e, sm.Exp):
            arg, sign = (e.arg.arg, -1.0) if isinstance(e.arg, sm.Neg) else (e.arg, 1.0)
            if not isinstance(arg, sm.Num):
                return False
            terms.append((sign * float(arg.value), literal_tolerance(arg, approx=False), True))
            return True
        if isinstance(e, sm.Num):
            terms.append((float(e.value), literal_tolerance(e, approx=False), False))
            return True
        return False

    return terms if walk(expr) and len(terms) >= 3 and len({t[2] for t in terms}) == 1 else None


def _left_out(terms: list[tuple[float, float, bool]], row: dict[str, float]) -> list[str]:
    """The tokens of the row a sum's terms leave out, when every term is a different token's e^z and only one or
    two are left out; else []."""
    if not 1 <= len(row) - len(terms) <= 2:
        return []
    free = dict(row)
    for value, tolerance, exponent in terms:
        match = next(
            (
                token
                for token, z in free.items()
                if abs(value - z) <= tolerance + 1e-9
                or (not exponent and abs(value - math.exp(z)) <= tolerance + _EXP_SLACK * math.exp(z))
            ),
            None,
        )
        if match is None:
            return []
        del free[match]
    return sorted(free)


_EXP_SLACK = 1e-3  # a value of e^z worked from a logit printed to three decimals
