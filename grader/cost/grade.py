"""Grade a cost answer: read the chains, check each `=` from the student's own previous expression,
compare the final expression with the reference closed form, and name a known misconception.

Scoring (the answer 3/4, the working 1/4): a right final answer earns the answer part (half of it
for a big-O where the exact count was asked, if its growth is right); the working part is earned
when no step is wrong (a bare right answer earns it too; a wrong answer earns it only with at least
one checked step, since the algebra from the student's own set-up is right: error carried forward).
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, replace

import sympy

from grader.core.diagnostics import Diagnostic, make
from grader.core.precheck import FULL_STOPS, json_member, pictographs_blanked, struck_out
from grader.core.question import grade_text_bytes
from grader.core.report import FinalAnswer, Report, Step
from grader.core.source import Span
from grader.core.unspaced import UNSPACED, Spaced, spaced
from grader.cost.algebra import Built, Unbuildable, build, degree_in, leading, same_growth, same_value
from grader.cost.grouping import regrouped
from grader.cost.problem import CostProblem
from grader.cost.reader import Chain, Expr, Node, read, sizes_set
from grader.maths.spoken import spoken

MAX_BYTES = 64 * 1024
MAX_LINES = 300
MAX_EXPRS = 60
ANSWER_SHARE = 0.75


@dataclass(frozen=True)
class Piece:
    expr: Expr
    value: Built


def _matches(a: Built, b: sympy.Expr, big_o: bool, constants: frozenset[str]) -> bool | None:
    """Whether a student's expression gives the form b: exactly, or in growth for a big-O."""
    if big_o or a.big_o:
        return same_growth(a.value, b, constants)
    return same_value(a.value, b)


def _steps(chains: list[tuple[Piece, ...]], problem: CostProblem) -> tuple[list[Step], list[Diagnostic]]:
    """Each `A = B` checked from the student's own A (errors carry forward)."""
    steps: list[Step] = []
    diagnostics: list[Diagnostic] = []
    for chain in chains:
        for before, after in zip(chain, chain[1:]):
            if before is chain[0] and before.expr.node.op in ("sym", "num"):
                continue  # `i = 1`, `n = 5`: a lone letter or number on the left names, it is no step
            if after.expr.approx and not before.expr.approx:
                ok = _near(after.value.value, before.value.value, problem.constants)
            elif (half := _half_unit(after)) is not None and not before.value.value.free_symbols:
                ok = bool(abs(after.value.value - before.value.value) <= half)  # `= 5.37×10⁸`: rounded
            else:
                ok = _matches(after.value, before.value.value, before.value.big_o, problem.constants)
            line = after.expr.span.line
            if ok is None:
                steps.append(Step(line, "identity", "unchecked", after.expr.text))
                continue
            steps.append(Step(line, "identity", "ok" if ok else "error", after.expr.text))
            if not ok:
                how = (
                    "grows differently from"
                    if (before.value.big_o or after.value.big_o or after.expr.approx)
                    else "is not equal to"
                )
                diagnostics.append(
                    make(
                        "invalid-step",
                        f"{after.expr.text} {how} {before.expr.text}",
                        after.expr.span,
                        "expand both sides, or try n = 1, 2 in each: they must agree",
                    )
                )
    return steps, diagnostics


# a number as a person rounds it: a decimal (5.37) or a mantissa with a power of ten (5.37×10⁸, 5.37 ×
# 10^{8}, 5.37e8); a whole number without a power of ten is exact
_ROUNDED = re.compile(
    r"\$?\s*[-−]?(?P<mantissa>\d+(?P<decimals>\.\d+)?)\s*(?P<power>(?:[×x*·]|\\times|\\cdot)\s*10\s*"
    r"(?:\^\s*\{?\s*[-−]?\d+\s*\}?|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[eE][-+]?\d+)?\s*\$?"
)


def _half_unit(piece: Piece) -> sympy.Expr | None:
    """Half a unit in the last figure of a rounded number (`5.37×10⁸`: 0.005×10⁸), else None."""
    m = _ROUNDED.fullmatch(piece.expr.text)
    value = piece.value.value
    if m is None or not (m["decimals"] or m["power"]) or value.free_symbols or not value.is_Rational:
        return None
    mantissa = sympy.Rational(m["mantissa"])
    if mantissa == 0:
        return None
    places = len(m["decimals"]) - 1 if m["decimals"] else 0
    return abs(value / mantissa) * sympy.Rational(1, 2 * 10**places)


APPROX_TOLERANCE = 0.05  # `2 × 32 × 4096 × 1000 ≈ 2.6 × 10⁸`: within 5 %


def _near(a: sympy.Expr, b: sympy.Expr, constants: frozenset[str]) -> bool | None:
    """`b ≈ a`: numbers within APPROX_TOLERANCE, expressions of the same growth (n(n+1)/2 ≈ n²/2); a
    bare power of ten from 10^4 on (`32000^20 ≈ 10^90`) states an order of magnitude, judged as one."""
    if not a.free_symbols and not b.free_symbols:
        order = _power_of_ten(a)
        if order is not None and abs(order) >= 4 and b > 0:
            return bool(abs(float(sympy.log(b, 10).evalf(15)) - order) <= 0.5)
        return bool(abs(a - b) <= APPROX_TOLERANCE * abs(b))
    return same_growth(a, b, constants)


def _power_of_ten(value: sympy.Expr) -> int | None:
    """k when the value is exactly 10^k (k a whole number), else None."""
    if not value.is_Rational or value <= 0:
        return None
    p, q = int(value.p), int(value.q)  # type: ignore[attr-defined]
    number, flip = (p, 1) if q == 1 else (q, -1) if p == 1 else (0, 0)
    text = str(number)
    if number <= 0 or text[0] != "1" or text.strip("0") != "1":
        return None
    return flip * (len(text) - 1)


def _part_of(piece: Piece, before: Piece) -> bool:
    """A single product named in a sentence right after a count on its line, dividing one of that
    count's terms: the sentence talks about a term of the count (`the n²d term`), it gives no new one."""
    if not piece.expr.sentence or piece.expr.span.line != before.expr.span.line:
        return False
    return _term_divided(piece, before) is not None


def _term_divided(piece: Piece, count: Piece) -> sympy.Expr | None:
    """The term of the count that a single product (not the count itself) divides, or None."""
    value = sympy.expand(piece.value.value)
    if not value.free_symbols or len(sympy.Add.make_args(value)) != 1:
        return None
    if sympy.expand(count.value.value - value) == 0:
        return None
    for term in sympy.Add.make_args(sympy.expand(count.value.value)):
        _, denominator = sympy.fraction(sympy.cancel(term / value))
        if not denominator.free_symbols:
            return term
    return None


def _terms_compared(pieces: list[Piece], count: Piece) -> bool:
    """A sentence naming two different terms of the count ("the d² term dominates while n < d, the
    attention term n²d once n > d"): it talks about the count's terms, it gives no new count."""
    if len(pieces) < 2 or not all(p.expr.sentence for p in pieces):
        return False
    terms = {_term_divided(p, count) for p in pieces}
    return None not in terms and len(terms) >= 2


MAX_CHOICES = 16  # combinations of written sizes tried for one expression
RECENT_COUNTS = 4  # earlier counts a check may instantiate: the ones just before it


def _instance_of(piece: Piece, counts: list[Piece], sizes: list[tuple[int, str, int]]) -> bool:
    """The expression is an earlier count with some of its sizes set to numbers the text sets them to
    on or before its line (`n = 1 should give Lh(m+1)`): a check of the count, not a new one."""
    have = piece.value.value.free_symbols
    for count in counts:
        free = count.value.value.free_symbols
        missing = sorted(free - have, key=str)
        if not missing or not have <= free or count.value.big_o != piece.value.big_o:
            continue
        line = piece.expr.span.line
        options = [sorted({v for at, s, v in sizes if s == str(m) and at <= line}) for m in missing]
        if not all(options):
            continue
        for values in itertools.islice(itertools.product(*options), MAX_CHOICES):
            point = {m: sympy.Integer(v) for m, v in zip(missing, values, strict=True)}
            if same_value(count.value.value.xreplace(point), piece.value.value):
                return True
    return False


def _rough(piece: Piece, exact: bool) -> bool:
    """An approximation, or (where the exact count is asked) a growth said in words ("grows like |V|^n").
    Where the growth is asked, an O(…) is the form asked for, even after `≈` ("total ≈ Lhn³/6 = O(n³Lh)"):
    a count's growth is no rougher than the growth it names."""
    if not exact and piece.value.big_o:
        return False
    return piece.expr.approx or (exact and piece.expr.growth)


def _final(
    built: list[tuple[Piece, ...]],
    chains: list[Chain],
    sizes: list[tuple[int, str, int]],
    exact: bool,
    lines: list[str] | None = None,
) -> tuple[Piece | None, bool]:
    """The expression given as the answer, and whether it is only an approximation.

    Candidates are the totals (no free step index) outside remarks, other than what a sentence only
    names (`|V| is large`, `not d²`), a number for an example (`≈ 10^47`) while a count in the
    sizes was written, or an earlier count at sizes set for a check (`for n = 1: Lh(m+1)`). An
    `Answer:` line's (or a boxed) count wins; else the last exact count; else the last approximation.
    Where the `exact` count is asked, a growth said in words ("grows like |V|^n") ranks as an
    approximation: |V|!/(|V|-n)! "grows like |V|^n" answers |V|!/(|V|-n)!, and so does a single term said
    in a sentence after a count named as the total, whatever words say it (`_remarked_on`)."""
    labelled: list[Piece] = []
    candidates: list[Piece] = []
    named: list[Piece] = []  # what sentences only talk about: the answer only when nothing else is
    on_line: dict[int, list[Piece]] = {}  # what each line names outside an answer: a sentence's pieces
    for pieces, chain in zip(built, chains):
        for p in pieces if not chain.answer else ():
            on_line.setdefault(p.expr.span.line, []).append(p)
    for pieces, chain in zip(built, chains):
        named += [p for p in pieces if not p.expr.free_index and p.expr.mention and not chain.aside]
        found = [p for p in pieces if not p.expr.free_index and not p.expr.mention]
        counts = [p for p in candidates if p.value.value.free_symbols and not p.expr.approx]
        if found and counts and not chain.answer and _part_of(found[0], counts[-1]):
            continue  # "O(Lnd² + Ln²d); beyond that the n²d term takes over": a term of the count
        if (
            found
            and counts
            and not chain.answer
            and _terms_compared(on_line[found[0].expr.span.line], counts[-1])
        ):
            continue  # "the d² term dominates while n < d, the n²d term once n > d": terms of the count
        if not chain.answer:
            found = [p for p in found if not _instance_of(p, counts[-RECENT_COUNTS:], sizes)]
        if chain.answer and found:
            labelled = found
        candidates += [p for p in found if not chain.aside]
    candidates = candidates or named
    symbolic = [p for p in candidates if p.value.value.free_symbols]
    candidates = symbolic or candidates
    counts_written = [p for p in candidates if not _rough(p, exact)]
    if labelled:
        exact_labelled = [p for p in labelled if not _rough(p, exact)]
        # where the exact count is asked, an `Answer: ≈ …` does not hide the exact count written
        final = (exact_labelled or (counts_written if exact else []) or labelled)[-1]
        final = _whole_of(final, built, chains, lines) or final
    else:
        # where the exact count is asked, an O(…) is the growth of a count, and the count written wins
        exact_counts = [p for p in counts_written if not (exact and p.value.big_o)]
        final = (exact_counts or counts_written or candidates or [None])[-1]
        if exact and final is not None:
            final = _remarked_on(final, exact_counts, lines) or final
    return final, final is not None and _rough(final, exact)


# a count named as the total before its `=` ("Total = …", "totale = …", `\text{Gesamt} = …`): a word of
# prose, in any language, right before the `=` that gives the count
_NAMED_TOTAL = re.compile(r"(?<![\w\\])[^\W\d_]{2,}\s*\}?\s*=\s*\$*\s*$")


def _remarked_on(final: Piece, counts: list[Piece], lines: list[str] | None) -> Piece | None:
    """The count a final expression remarks on: where the exact count is asked, a count named as the total
    on a line above (`Total = |V|!/(|V| − n)!`, `Total = |V| n`), then said later inside a sentence, in
    words the reader may not know, what only remarks on it (`_remark`): its leading term ("it grows roughly
    like |V|^n", "for large n this tends to h L n²/2") or a part of it ("per layer that is 2d(m + n)").
    The count named as the total is the answer. A sentence that restates a count in full (`n(n+1)/2 · L h`,
    several terms) or names another one (`|V|^2` after `count = |V|^n`) is a count of its own."""
    if lines is None or not final.expr.sentence or final.value.big_o:
        return None
    for count in reversed(counts):
        at = count.expr.span
        if count is final or at.line >= final.expr.span.line or at.line > len(lines):
            continue
        if count.value.big_o or count.expr.approx or count.expr.growth:
            continue
        if not _remark(count.value.value, final.value.value):
            return None  # the count just above is remarked on by no such term: the term is a count
        if _NAMED_TOTAL.search(lines[at.line - 1][: at.column - 1]):
            return count
        return None  # the count just above is not named as the total: the term may be a count of its own
    return None


def _remark(count: sympy.Expr, said: sympy.Expr) -> bool:
    """Whether `said` is the count's leading term or a part of it, not the count: a single term that is one
    of the count's maximal monomials up to its factor (a polynomial's), or in the same sizes (`|V|^n` of
    `|V|!/(|V| − n)!`, of `|V| n`); or the count per some sizes, which it lacks (`2d(m + n)` of
    `2Ld(m + n)`)."""
    term, letters = sympy.expand(said), said.free_symbols
    if not letters or not letters <= count.free_symbols or same_value(count, said):
        return False
    if letters < count.free_symbols:
        quotient = sympy.cancel(count / said)
        missing = count.free_symbols - letters
        if quotient.free_symbols and quotient.free_symbols <= missing and quotient.is_polynomial(*missing):
            return True  # a part: the count per the sizes it leaves out
    if len(sympy.Add.make_args(term)) != 1:
        return False
    total = sympy.expand(count)
    growing = sorted(total.free_symbols, key=str)
    if not total.is_polynomial(*growing) or not term.is_polynomial(*growing):
        return letters == count.free_symbols
    top = leading(total, frozenset())
    return any(sympy.cancel(term / t).is_number for t in sympy.Add.make_args(top))


MAX_FACTORS = 8  # written factors of one product tried against a labelled part


def _factors(node: Node) -> list[Node]:
    """The factors a product is written with (`(m+n)·L·2d`: m+n, L, 2d), nested products flattened."""
    if node.op != "mul":
        return [node]
    return [f for arg in node.args for f in _factors(arg)]


# an answer line that names what its value is before the value, after a label of its own ("Answer: positions
# in the cache: m + n", "Risposta: per strato: …"): words and a second colon right before the maths
# (or an arrow: "答：每个位置、每一层存 K 和 V 各 d 个数 → 2d 个数")
# (the letters of a script without spaces come set apart: core.unspaced)
_SUB_LABEL = re.compile(r"[:：][^:：]*[^\W\d_]\s?[^\W\d_][^:：]*(?:[:：]|→|⇒|-+>|=+>)\s*[$*]*\s*$")


def _whole_of(
    label: Piece, built: list[tuple[Piece, ...]], chains: list[Chain], lines: list[str] | None = None
) -> Piece | None:
    """The total that a labelled value is a part of, written below it: an `Answer:` line that names a part
    before its value ("Answer: positions cached: m + n", "per layer: …") with a later count written as a
    product of that part and more sizes (`total = (m+n)·L·2d = 2Ld(m+n)`) answers with the total, the last
    link of its chain. A later count that does not write the part as a factor, or only a number times it,
    is no such total; nor is a product of an answer given without naming a part ("Answer: |V|^n", then
    "scoring them costs n · |V|^n passes": another quantity)."""
    if label.value.big_o or not label.value.value.free_symbols or lines is None:
        return None
    at = label.expr.span
    if at.line > len(lines) or not _SUB_LABEL.search(lines[at.line - 1][: at.column - 1]):
        return None
    whole: Piece | None = None
    for pieces, chain in zip(built, chains):
        if chain.answer or chain.aside or not pieces or pieces[0].expr.span.line <= label.expr.span.line:
            continue
        first = pieces[0]
        if first.expr.free_index or first.expr.mention or first.value.big_o or first.expr.approx:
            continue
        factors = _factors(first.expr.node)
        if len(factors) < 2 or len(factors) > MAX_FACTORS:
            continue
        try:  # the part written as one factor ((m+n)·L·2d) or as several (2 × d × L × (m+n))
            values = [build(f).value for f in factors]
        except Unbuildable:
            continue
        written = any(
            same_value(sympy.Mul(*chosen), label.value.value)
            for r in range(1, len(values))
            for chosen in itertools.combinations(values, r)
        )
        rest = sympy.cancel(first.value.value / label.value.value)
        if written and rest.free_symbols:
            exact = [p for p in pieces if not (p.expr.approx or p.expr.growth or p.value.big_o)]
            whole = exact[-1] if exact else first
    return whole


def _growth_remarks(
    built: list[tuple[Piece, ...]], chains: list[Chain], final: Piece, problem: CostProblem
) -> tuple[list[Step], list[Diagnostic]]:
    """Each O(…) said after the exact count given as the answer, in a chain of its own (`This is
    Θ(…)`), checked as the count's growth: a growth the count does not have is a wrong step. The sizes
    the O(…) leaves out are held fixed (`∈ Θ(nk)` per head and layer, of nkLh), as students mean."""
    steps: list[Step] = []
    out: list[Diagnostic] = []
    for pieces, chain in zip(built, chains):
        if chain.aside or any(p is final for p in pieces):
            continue  # a link of the answer's own chain is checked as a step already
        for piece in pieces:
            expr = piece.expr
            if (
                not piece.value.big_o
                or expr.free_index
                or expr.mention
                or expr.span.line < final.expr.span.line
            ):
                continue
            left_out = final.value.value.free_symbols - piece.value.value.free_symbols
            fixed = problem.constants | {str(s) for s in left_out}
            if same_growth(piece.value.value, final.value.value, fixed) is False:
                steps.append(Step(expr.span.line, "identity", "error", expr.text))
                out.append(
                    make(
                        "invalid-step",
                        f"{expr.text} grows differently from {final.expr.text}",
                        expr.span,
                        "the growth of a count is that of its largest terms: compare them",
                    )
                )
    return steps, out


def _misconception(pieces: list[Piece], final: Piece, problem: CostProblem) -> tuple[list[Diagnostic], str]:
    """The known mistake the final answer follows from, named where it first appears."""
    big_o = problem.answer_form == "big_o"
    for mistake, total in problem.wrong:
        if not _matches(final.value, total, big_o, problem.constants):
            continue
        first = next(
            (p for p in pieces if _matches(p.value, total, big_o, problem.constants)),
            final,
        )
        out = [
            make(code, f"{first.expr.text} is the count {mistake.words}", first.expr.span, _HINTS[code])
            for code in mistake.codes
        ]
        return out, " and ".join(mistake.codes)
    reference = problem.reference.total
    full_context = problem.strategy != "window" and "n" in problem.symbols
    if full_context and (degree_in(reference, "n") or 0) >= 2 and degree_in(final.value.value, "n") == 1:
        diag = make(
            "linear-growth-for-full-attention",
            f"{final.expr.text} grows linearly in n, but every step attends to a context that grows with n",
            final.expr.span,
            _HINTS["linear-growth-for-full-attention"],
        )
        return [diag], diag.code
    return [], ""


_HINTS = {
    "sum-bounds-off-by-one": "check the first and last step: step i sees the prompt and the i new tokens so far",
    "prompt-left-out": "every step also attends to the m prompt positions",
    "layers-or-heads-dropped": "the count repeats in every layer (and every head, for attention scores)",
    "naive-count-for-cache": "with a cache, each step runs only the new position against the cached keys",
    "linear-growth-for-full-attention": "each step's cost grows with the context, so the total is a sum of growing terms",
    "window-as-full-context": "with a window, each step attends to at most k positions, whatever n is",
    "big-o-for-exact-count": "the question asks for the exact count; give the closed form, not only its growth",
}


def grade_text(text: str, problem: CostProblem, name: str) -> Report:
    """The staff report on one cost answer."""
    start = time.perf_counter()
    lines = text.splitlines()
    if len(text.encode()) > MAX_BYTES or len(lines) > MAX_LINES:
        diag = make(
            "input-rejected", f"larger than {MAX_BYTES // 1024} KB or {MAX_LINES} lines", Span(1, 1, 1, 2)
        )
        return Report(problem.id, name, "unparsable", 0.0, problem.points, None, (diag,), ())
    # work struck out (~~…~~) is taken back; a pictograph (👍) is no maths; an unspaced script's letters set
    # apart, so its words have edges ("第1步", "个点积"); its full stop and enumeration comma read as ours;
    # columns mapped back to the text as written at the end
    apart = _apart([struck_out(pictographs_blanked(json_member(line))) for line in lines])
    return apart.report(_graded("\n".join(apart.lines), lines, problem, name, start))


# a middle dot between two letters of such a script lists words ("헤드·층", "ヘッド・層"), it multiplies nothing
_INTERPUNCT = re.compile(f"(?<=[{UNSPACED}])[·・](?=[{UNSPACED}])")


def _apart(lines: list[str]) -> Spaced:
    """The lines as the readers see them: the letters of unspaced scripts and their parting signs set apart
    (grader.core.unspaced), our signs for the full-width ones; columns as written."""
    apart = spaced([_INTERPUNCT.sub(" ", line) for line in lines])
    return replace(apart, lines=[line.translate(_CJK_FORMS) for line in apart.lines])


# what an East Asian input method types for our signs, one letter for one (columns kept): the full-width
# forms (＝, ：, （, ０…９) and the ideographic space; and the full stops of India's scripts and Urdu (।, ۔)
_CJK_FORMS = str.maketrans(
    {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}, "\u3000": " ", **FULL_STOPS}
)


def _graded(read_text: str, lines: list[str], problem: CostProblem, name: str, start: float) -> Report:
    """The report on `read_text`, the answer as its readers see it; `lines`: the answer as written."""
    chains, unread = read(read_text, frozenset(problem.symbols))
    diagnostics: list[Diagnostic] = []
    for bad in unread:
        code = "unknown-symbol" if bad.unknown else "parse-error"
        span = Span(bad.line, bad.column, bad.line, max(bad.end_column, bad.column + 1))
        hint = f"this problem's letters are {', '.join(problem.symbols)}" if bad.unknown else ""
        diagnostics.append(make(code, bad.message, span, hint))
    built: list[tuple[Piece, ...]] = []
    count = 0
    for chain in chains:
        pieces = []
        for expr in chain.exprs:
            count += 1
            if count > MAX_EXPRS:
                break
            try:
                pieces.append(Piece(expr, build(expr.node)))
            except Unbuildable as err:
                diagnostics.append(make("parse-error", f"cannot evaluate {expr.text}: {err}", expr.span))
        built.append(tuple(pieces))
    steps, step_diags = _steps(built, problem)
    diagnostics += step_diags
    totals = [p for chain in built for p in chain if not p.expr.free_index]
    exact = problem.answer_form == "exact"
    final, approximate = _final(
        built, chains, sizes_set(read_text, frozenset(problem.symbols)), exact, read_text.splitlines()
    )
    if final is None:
        unreadable = any(d.code in ("parse-error", "unknown-symbol") for d in diagnostics)
        if not chains and not unreadable:  # nothing read at all: unparsable, not a wrong answer
            first = next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
            width = len(lines[first - 1]) if lines else 0
            diagnostics.append(
                make(
                    "no-maths",
                    "no mathematics found",
                    Span(first, 1, first, width + 1),
                    "write the count as maths, e.g. Answer: n * k * L * h",
                )
            )
            unreadable = True
        elif not unreadable:
            diagnostics.append(
                make("no-final-answer", "no cost expression found", Span(1, 1, 1, 2), "end with Answer: …")
            )
        verdict = "unparsable" if unreadable else "incorrect"
        return _report(problem, name, verdict, 0.0, None, diagnostics, steps, lines, start)
    # a number where a closed form is asked may be the count at example sizes (`(5×10⁴)^10`)
    numeric = not final.value.value.free_symbols and bool(problem.reference.total.free_symbols)
    if (approximate or numeric) and any(d.code in ("parse-error", "unknown-symbol") for d in diagnostics):
        # the count may be on the unread line; the approximation (or example) after it is no proof of it
        given = "only as an approximation" if approximate else "only as a number"
        diagnostics.append(
            make(
                "parse-error",
                f"{final.expr.text} is given {given}, and a line of maths could not "
                "be read: which count is the answer needs a person",
                final.expr.span,
                "write the exact count on a line of its own, e.g. Answer: …",
            )
        )
        return _report(problem, name, "unparsable", 0.0, final, diagnostics, steps, lines, start)
    if exact and not final.value.big_o:
        remark_steps, remarks = _growth_remarks(built, chains, final, problem)
        steps += remark_steps
        diagnostics += remarks
    big_o = problem.answer_form == "big_o"
    reference = problem.reference.total
    answer = 0.0
    if problem.answer_form == "exact" and final.value.big_o:
        if same_growth(final.value.value, reference, problem.constants):
            answer = 0.5
            diagnostics.append(
                make(
                    "big-o-for-exact-count",
                    f"{final.expr.text} gives only the growth; the question asks for the exact count",
                    final.expr.span,
                    _HINTS["big-o-for-exact-count"],
                )
            )
    else:
        right = _matches(final.value, reference, big_o, problem.constants)
        if right is None:
            diagnostics.append(
                make("parse-error", f"cannot compare {final.expr.text} with the answer", final.expr.span)
            )
            return _report(problem, name, "unparsable", 0.0, final, diagnostics, steps, lines, start)
        answer = 1.0 if right else 0.0
        unsaid = None if right or big_o else _unsaid_grouping(final, read_text, problem)
        if unsaid is not None:
            answer = 1.0
            diagnostics.append(
                make(
                    "grouping-unsaid",
                    f"said without brackets, this reads {' '.join(final.expr.text.split())}, which is not the count; "
                    f"grouped as {unsaid} it is: a person should check which was meant",
                    final.expr.span,
                    "say where a group starts and ends (open bracket … close bracket), or type the answer",
                )
            )
    if answer < 1.0 and not any(d.code == "big-o-for-exact-count" for d in diagnostics):
        named, cause = _misconception(totals, final, problem)
        diagnostics += named
        because = f"; it follows from {cause}" if cause else ""
        diagnostics.append(
            make(
                "final-answer-wrong",
                f"your final answer {final.expr.text} is not the expected count{because}",
                final.expr.span,
                "later steps were checked from your own expressions (error carried forward)" if cause else "",
            )
        )
    checked = [s for s in steps if s.status in ("ok", "error")]
    wrong_step = any(s.status == "error" for s in steps)
    working = 0.0 if wrong_step or (answer < 1.0 and not checked) else 1.0
    score = round(problem.points * (ANSWER_SHARE * answer + (1 - ANSWER_SHARE) * working), 6)
    errors = any(d.severity == "error" for d in diagnostics)
    verdict = "correct" if score >= problem.points and not errors else "incorrect"
    return _report(problem, name, verdict, score, final, diagnostics, steps, lines, start, answer, working)


def _unsaid_grouping(final: Piece, read_text: str, problem: CostProblem) -> str | None:
    """Where the answer was said in words, a grouping of what was said that gives the count (speech has no
    brackets: "two times L times d times m plus n" may be 2Ld(m + n)); None where it was written, or no
    grouping gives the count."""
    lines = read_text.splitlines()
    line = lines[final.expr.span.line - 1] if final.expr.span.line <= len(lines) else ""
    if spoken(line, frozenset(problem.symbols)) == line:
        return None
    return regrouped(final.expr.text, problem.reference.total)


def _report(
    problem: CostProblem,
    name: str,
    verdict: str,
    score: float,
    final: Piece | None,
    diagnostics: list[Diagnostic],
    steps: list[Step],
    lines: list[str],
    start: float,
    answer: float = 0.0,
    working: float = 0.0,
) -> Report:
    final_answer = (
        None
        if final is None
        else FinalAnswer(None, None, answer >= 1.0, final.expr.span.line, final.expr.text)
    )
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column))
    return Report(
        problem.id,
        name,
        verdict,
        score,
        problem.points,
        final_answer,
        tuple(diagnostics),
        tuple(steps),
        tuple(lines),
        time.perf_counter() - start,
        {"answer": answer, "working": working},
    )


def grade_bytes(data: bytes, problem: CostProblem, name: str) -> Report:
    """Grade raw bytes, decoded and bounded as every kind's are (text that is not UTF-8 is refused)."""
    return grade_text_bytes(
        data,
        problem.id,
        problem.points,
        name,
        lambda t: grade_text(t, problem, name),
        "submit the answer as plain text",
    )
