"""Judge every step of a derivation: identity, substitution or arithmetic, at the precision written.

A step A = B holds when
- both sides are the same function of the model's conditionals (checked by evaluating both under
  random stand-ins for the factors, which the chain rule and the model's window make canonical), or
- both sides have the same value under the model's values, within the rounding of the numbers
  written on the right-hand side.
Substitutions are checked term by term where the two sides line up, so a wrong value is located.
Each step is checked from the student's own left-hand side, so errors carry forward.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import math
import random
import re
from collections.abc import Iterator
from fractions import Fraction

from grader.core.diagnostics import Diagnostic, make
from grader.core.report import Step
from grader.derivation import wrongbase
from grader.derivation.definitions import define, is_definition, merge_chains
from grader.derivation.diagnose import (
    count_mistake,
    diagnose_step,
    factors_of,
    single_term,
    source_text,
    symbolic_difference,
    term_position,
)
from grader.derivation.final import Choice, choose_answer, hedged, judge_answer, states_expected
from grader.derivation.judge import Findings, Outcome
from grader.derivation.letters import bound, places, rule_letters
from grader.derivation.listed import labelled_values, listed_values, normaliser_sums, rowed_values
from grader.derivation.logbase import lg_base, unmarked_log_base
from grader.derivation.problem import Problem
from grader.derivation.symbols import own_symbols
from grader.derivation.wording import OWN_UNIT, unit_of
from grader.maths import semantics as sm
from grader.maths.estimators import LABELS
from grader.maths.evaluate import (
    Context,
    ModelValues,
    OwnFactors,
    RandomValues,
    Undefined,
    UsedValues,
    evaluate,
    has_terms,
    index_value,
    literal_tolerance,
    named_estimate,
    over_vocabulary,
)
from grader.maths.memory import Memory
from grader.maths.structure import (
    Site,
    align,
    replace_node,
    same_tree,
    shape,
    signed_literals,
    significant,
    within,
)
from grader.maths.terms import Sequence, Unresolved
from grader.reference.printed import roundings
from grader.reference.quantities import LN_BASE

SEEDS = (11, 29)
MAX_STATED_ROUNDED = 40  # stated probabilities whose rounding one step's tolerance follows
# a statement prints a model's logits to three decimals: what a student computes from them is as exact
_LOGIT_DECIMALS = 3
_LOGIT_UNIT = 10.0**-_LOGIT_DECIMALS
ONCE_PER_SUBMISSION = frozenset(
    {"unnormalized-scores", "mixed-models", "bos-counted", "joint-for-conditional"}
)

# a line labelled with the word for the sum it works out ("sum ln = …", "Sum: -0.7 + -0.4 = -1.1", "Σ = …")
_SUM_LABEL = re.compile(r"\s*(?:[-*•]\s+)?(?:\*\*)?(?:sum|Sum|SUM|Σ)(?![\w(_^])")


def _printed_logits(expr: sm.Expr) -> list[tuple[sm.Num | sm.Logit, float]]:
    """The logits named in expr (z_cat), each as rounded as the statement prints it."""
    return [(z, _LOGIT_UNIT / 2) for z in sm.walk(expr) if isinstance(z, sm.Logit)]


class Checker:
    def __init__(self, problem: Problem, lines: list[str] | None = None, seq: Sequence | None = None) -> None:
        self.problem = problem
        self.lines = lines or []
        self.seq = seq or Sequence(problem.x, problem.y, problem.model)
        self.memory = Memory()  # what the student states, kept apart from the problem's facts
        self.ctx = Context(self.seq, problem.ask, problem.log_base, self.memory)
        self.model_values = ModelValues(self.seq, problem.reference.ln_probs, self.memory)
        self.random_values = [RandomValues(s, self.model_values) for s in SEEDS]
        self.out = Outcome()
        self._reported: set[tuple[str, object]] = set()
        self._unresolved: set[tuple[str, str]] = set()
        self._model_numbers: set[float] | None = None
        self.explained: set[sm.Span] = set()  # terms or sums whose mistake a diagnostic already named
        self.final_named: sm.Expr | None = None  # what the final chain says it computes (NLL = …)
        self.chain_head: sm.Expr | None = None  # the first expression of the chain being checked
        self._explained_terms: list[sm.Expr] = []  # the terms of `explained`, for their shapes

    # ------------------------------------------------------------ helpers
    def report(self, diag: Diagnostic) -> None:
        """Add a diagnostic, once: the same code twice on a line, or the same message twice, is one
        mistake; so is a misconception applied throughout (logits for log-probabilities, another
        model's estimates, <s> as a token)."""
        if diag.code in ONCE_PER_SUBMISSION and any(d.code == diag.code for d in self.out.diagnostics):
            return
        keys = {(diag.code, diag.span.line), (diag.code, diag.message)}
        if not keys & self._reported:
            self._reported |= keys
            self.out.diagnostics.append(diag)

    def value(self, expr: sm.Expr) -> float | None:
        """Model value, or None where undefined; Unresolved propagates."""
        try:
            return evaluate(expr, self.ctx, self.model_values)
        except Undefined:
            return None

    def same_function(self, a: sm.Expr, b: sm.Expr) -> bool:
        """Are a and b the same function of the factors (equal under every random stand-in)?"""
        for values in self.random_values:
            try:
                va = evaluate(a, self.ctx, values)
                vb = evaluate(b, self.ctx, values)
            except Undefined as err:
                if "too large" not in err.reason:
                    return False  # a log of 0, a division by zero: no identity to find
                from grader.maths.algebra import equal  # floats gave out (an overflow): let sympy decide

                return bool(equal(a, b, self.ctx))
            if not math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-12):
                return False
        return True

    def tolerance(self, expr: sm.Expr, approx: bool, earlier: sm.Expr | None = None) -> float:
        """How far `expr`'s value may move if its written numbers are read as rounded.

        Numbers on the earlier side count too when they look rounded (three or more significant
        digits, such as 0.693 for ln 2): the student may have worked from the unrounded values.
        Short numbers there (-0.7, 0.25) are taken as exact, the way problems give them.
        """
        base = self.value(expr)
        if base is None:
            return 0.0
        total = 1e-9 * max(1.0, abs(base))
        rounded = [
            (n, literal_tolerance(n, approx))
            for n, sign in signed_literals(expr)
            if not self.is_model_value(n, sign)
        ]
        total += self._rounding(expr, rounded + _printed_logits(expr), base)
        total += self._name_rounding(expr, base)
        total += self._stated_rounding(expr, base)
        if earlier is not None:
            before = self.value(earlier)
            if before is not None:
                looks_rounded = [
                    (n, literal_tolerance(n, False))
                    for n, sign in signed_literals(earlier)
                    if significant(n) >= 3 and not self.is_model_value(n, sign)
                ]
                total += self._rounding(earlier, looks_rounded + _printed_logits(earlier), before)
                total += self._name_rounding(earlier, before)
                total += self._stated_rounding(earlier, before)
                total += self._printed_softmax(earlier, before)
        return total

    def _printed_softmax(self, earlier: sm.Expr, before: float) -> float:
        """How far one conditional computed from the logits as the statement prints them may be from the
        model's own: each printed logit is off by up to half a unit of its last decimal, so the softmax's
        logarithm by up to one unit (Pr(the|x) = 1.87572/7.94976 from the printed row is the model's 0.236).
        A term over several factors has its own widths (whole_as_printed)."""
        if not self.problem.model.has_logits:
            return 0.0
        found = term_position(self, earlier)
        if found is None:
            return 0.0
        if found[1] == "prob":
            return abs(before) * _LOGIT_UNIT
        return _LOGIT_UNIT / self.problem.ln_base

    def is_model_value(self, num: sm.Num, sign: int = 1) -> bool:
        """Is this number (with its sign) one the problem gives exactly: a probability or log-probability?"""
        if self._model_numbers is None:
            values: set[float] = set()
            probs = [c.prob for c in self.problem.reference.conditionals]
            probs += list((self.problem.model.table or {}).values())
            for c in self.problem.reference.conditionals[:50]:  # the alternatives the model lists
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    probs += list((self.problem.model.distribution(c.context) or {}).values())
            for p in probs:
                if p is not None and p > 0:
                    values.add(round(float(p), 12))
                    values.add(round(math.log(float(p)) / self.problem.ln_base, 12))
            self._model_numbers = values
        return round(sign * float(num.value), 12) in self._model_numbers

    def _rounding(self, expr: sm.Expr, nums: list[tuple[sm.Num | sm.Logit, float]], base: float) -> float:
        total = 0.0
        for num, u in nums:
            if u == 0:
                continue
            moved = 0.0
            for direction in (u, -u):
                try:
                    shifted = evaluate(expr, self.ctx, self.model_values, nudge={id(num): direction})
                except (Undefined, Unresolved):
                    continue
                moved = max(moved, abs(shifted - base))
            total += moved
        return total

    def _name_rounding(self, expr: sm.Expr, base: float) -> float:
        """How far `expr` may move through the student's own names, each as rounded as written."""
        total = 0.0
        names = {n.name for n in sm.walk(expr) if isinstance(n, sm.Scalar)}
        for name in sorted(names):
            u, kept = self.memory.name_rounding.get(name, 0.0), self.memory.definitions.get(name)
            if not u or kept is None:
                continue
            moved = 0.0
            for direction in (u, -u):
                self.memory.definitions[name] = kept + direction
                try:
                    moved = max(moved, abs(evaluate(expr, self.ctx, self.model_values) - base))
                except (Undefined, Unresolved, ArithmeticError, ValueError):
                    continue
                finally:
                    self.memory.definitions[name] = kept
            total += moved
        return total

    def _stated_rounding(self, expr: sm.Expr, base: float) -> float:
        """How far `expr` may move through the probabilities the student stated and it uses, each as rounded
        as written (Pr(the|x) = 0.2453 may be the 0.24525 their next step worked from)."""
        widths = self.memory.stated_width
        if not widths or not any(isinstance(n, sm.Prob | sm.Quantity) for n in sm.walk(expr)):
            return 0.0
        used = UsedValues(self.model_values)
        try:
            evaluate(expr, self.ctx, used)
        except (Undefined, Unresolved, ArithmeticError, ValueError):
            return 0.0
        total = 0.0
        for key in sorted(used.used & widths.keys(), key=repr)[:MAX_STATED_ROUNDED]:
            kept, u = self.memory.stated[key], widths[key]
            moved = 0.0
            for direction in (u, -u):
                self.memory.stated[key] = kept + direction
                try:
                    moved = max(moved, abs(evaluate(expr, self.ctx, self.model_values) - base))
                except (Undefined, Unresolved, ArithmeticError, ValueError):
                    continue
                finally:
                    self.memory.stated[key] = kept
            total += moved
        return total

    def issues_in(self, expr: sm.Expr) -> bool:
        """Did any term of expr raise its own issue (dropped conditioning and the like)?"""
        spans = {n.span for n in sm.walk(expr) if isinstance(n, sm.Prob)}
        return bool(spans & self.explained) or any(issue.span in spans for issue in self.ctx.issues.values())

    def remember(self, chain: sm.Chain) -> None:
        """Keep the student's own value for what a chain computed, so later steps are judged from it
        (error carried forward): `P(y_1|x) = 0.7` or `H = … = 0.3667`."""
        first, last = chain.items[0], chain.items[-1]
        if len(chain.items) < 2:
            return
        known = self.memory.aliases.setdefault(shape(first), [])
        seen = {shape(e) for e in known}
        for item in chain.items[1:]:  # a restatement adds nothing: keeps the work linear in the lines
            if shape(item) not in seen:
                seen.add(shape(item))
                known.append(item)
        if has_terms(last):
            return
        try:
            value = evaluate(last, self.ctx, self.model_values)
        except (Undefined, Unresolved):
            return
        try:
            truth = self.value(first) if not isinstance(first, sm.Scalar) else None
        except Unresolved:
            truth = None
        if truth is not None and not math.isclose(value, truth, rel_tol=1e-3, abs_tol=1e-6):
            self.memory.slips.append((value, truth))
        elif truth is not None and (carried := self._slip_carried(first, value)) is not None:
            self.memory.slips.append(
                (value, carried)
            )  # -0.0507 + -0.002 = -0.0527 after a slip: -0.0527 carries it
        elif truth is not None and not math.isclose(value, truth, rel_tol=1e-9, abs_tol=1e-12):
            self.memory.early.append(
                (value, truth)
            )  # 0.23595 for 0.23603: rounded early, used later as written
            if isinstance(last, sm.Num):
                self.memory.early_width[value] = literal_tolerance(last, True)
        # a rounded number of the student's own (0.2453), not one the problem gives exactly (0.5, 0.25)
        rounded = isinstance(last, sm.Num) and significant(last) >= 3 and not self.is_model_value(last)
        width = literal_tolerance(last, False) if rounded else 0.0
        self.model_values.remember(first, value, self.ctx, width)

    def bind_sum(self, chain: sm.Chain) -> None:
        """A bare Σ written after a sum is worked ("Σ ln p = -1.1", then "−(1/N)Σ = 1.1 ÷ 2") is that sum, as
        the student's own name for it would be: their value, as rounded as they wrote it. A chain works out a
        sum when it is Σ … = …, the log-likelihood (Σ log p) in symbols or words ("ln Pr(y|x) = … = -1.1",
        "sum of log-probs = -0.7 + (-0.4) = -1.1"), or a line labelled with the word ("sum = -1.5", "Sum: …")."""
        first, last = chain.items[0], chain.items[-1]
        line = self.lines[chain.line - 1] if 0 < chain.line <= len(self.lines) else ""
        summed = (
            (isinstance(first, sm.BigOp) and first.kind == "sum" and len(chain.items) > 1)
            or (len(chain.items) > 1 and self.named_kind(first) == "log_likelihood")
            or bool(_SUM_LABEL.match(line))
        )
        if not summed or has_terms(last):
            return
        try:
            value = evaluate(last, self.ctx, self.model_values)
        except (Undefined, Unresolved, ArithmeticError, ValueError):
            return
        written = last.arg if isinstance(last, sm.Neg) else last
        self.memory.definitions["Σ"] = value
        self.memory.name_rounding["Σ"] = (
            literal_tolerance(written, False) if isinstance(written, sm.Num) else 0.0
        )

    def _slip_carried(self, expr: sm.Expr, value: float) -> float | None:
        """What a result that holds would be with the earlier slips it uses put back to their true values;
        None when it uses none (or they change nothing): a right step on a slipped number carries the slip."""
        if not self.memory.slips:
            return None
        nudge: dict[int, float] = {}
        for num, sign in signed_literals(expr):
            written = sign * float(num.value)
            for student, truth in self.memory.slips:
                if abs(abs(written) - abs(student)) <= _restating(num, student):
                    target = truth if math.copysign(1.0, written) == math.copysign(1.0, student) else -truth
                    nudge[id(num)] = (target - written) * sign
                    break
        if not nudge:
            return None
        try:
            carried = evaluate(expr, self.ctx, self.model_values, nudge=nudge)
        except (Undefined, Unresolved):
            return None
        return None if math.isclose(carried, value, rel_tol=1e-3, abs_tol=1e-6) else carried

    def alias_values(self, a: sm.Expr, b: sm.Expr) -> list[float]:
        """Values of what the student earlier said `a` (or the argument of log a, exp a, -a) equals."""
        wrap = None
        target = a
        if shape(a) not in self.memory.aliases and isinstance(a, sm.Log | sm.Exp | sm.Neg):
            wrap, target = a, a.arg
        out = []
        for alias in self.memory.aliases.get(shape(target), []):
            if alias is b:
                continue
            try:
                v = evaluate(alias, self.ctx, self.model_values)
                if isinstance(wrap, sm.Log):
                    v = math.log(v) / LN_BASE[self.ctx.base(wrap)]
                elif isinstance(wrap, sm.Exp):
                    v = math.exp(v)
                elif isinstance(wrap, sm.Neg):
                    v = -v
            except (Undefined, Unresolved, ValueError, OverflowError):
                continue
            out.append(v)
        return out

    def carried_forward(self, site: Site, approx: bool) -> bool:
        """Does a failing site hold from the student's own earlier results (error carried forward)?
        Either B is what the student earlier said A equals, or B uses a number from an earlier
        wrong result, and holds once that number is put back to its true value."""
        b_value = self.value(site.b)
        if b_value is None:
            return False
        tol = self.tolerance(site.b, approx, earlier=site.a)
        for v in self.alias_values(site.a, site.b):
            if abs(site.sa * v - site.sb * b_value) <= tol + 1e-9 * max(1.0, abs(v)):
                return True
        if any(isinstance(n, sm.Count) for n in sm.walk(site.b)) and self.memory.stated_counts:
            right = self.true_value(site.b)  # the right counts in the right places; the numbers are the
            a_value = self.true_value(site.a)  # student's own earlier (already reported) counts
            if (
                right is not None
                and a_value is not None
                and abs(site.sa * a_value - site.sb * right) <= tol + 1e-9
            ):
                return True
        if self.memory.model is not None and single_term(site.a):
            found = term_position(self, site.a)
            if found is not None:
                k, space = found
                p = self.memory.model.prob(
                    self.problem.y[k - 1], self.problem.model.context_for(self.problem.y[: k - 1])
                )
                if p is not None and p > 0:
                    ln_p = math.log(float(p))
                    v = {
                        "log": ln_p / self.problem.ln_base,
                        "-log": -ln_p / self.problem.ln_base,
                        "prob": float(p),
                    }[space]
                    if abs(site.sa * v - site.sb * b_value) <= tol + 1e-9:
                        return True
        a_value = self.value(site.a)
        if a_value is None or not (self.memory.slips or self.memory.early):
            return False
        rounded: dict[int, float] = {}  # every number that is an early-rounded result, put back at once
        logs: dict[int, tuple[float, float]] = {}  # numbers that are logs of early-rounded results
        for num, sign in signed_literals(site.b):
            written = sign * float(num.value)
            for student, truth in self.memory.slips + self.memory.early:
                if abs(abs(written) - abs(student)) > _restating(num, student):
                    continue
                # a rounded result keeps its sign as used (e^2.197 for e^-2.197 stays a sign error)
                same = math.copysign(1.0, written) == math.copysign(1.0, student)
                early = (student, truth) in self.memory.early
                if early:
                    rounded[id(num)] = ((truth if same else -truth) - written) * sign
                for target in (truth, -truth) if not early else ((truth,) if same else (-truth,)):
                    if self._holds_nudged(site, a_value, tol, {id(num): (target - written) * sign}):
                        return True
            for student_log, truth_log, width in self._early_logs():
                if id(num) not in logs and abs(written - student_log) <= literal_tolerance(num, True) + width:
                    logs[id(num)] = ((student_log - written) * sign, (truth_log - written) * sign)
        if len(rounded) > 1 and self._holds_nudged(site, a_value, tol, rounded):
            return True
        # the logs of early-rounded probabilities, each as the student's own value or the true one
        return bool(logs) and any(
            self._holds_nudged(site, a_value, tol, {k: pair[side] for k, pair in logs.items()})
            for side in (0, 1)
        )

    def _early_logs(self) -> list[tuple[float, float, float]]:
        """The logs (natural and the problem's base, either sign) of early-rounded probabilities, as the
        student's and as the true value, with how far the student's may be off as written: 1.444141 is
        -ln of 0.235949 (±5e-7), rounded early and carried."""
        out = []
        for student, truth in self.memory.early:
            width = self.memory.early_width.get(student)
            if width is None or not (0 < student < 1 and 0 < truth < 1):
                continue
            for scale in {1.0, 1 / self.problem.ln_base}:
                for sign in (1.0, -1.0):
                    out.append(
                        (
                            sign * scale * math.log(student),
                            sign * scale * math.log(truth),
                            scale * width / student,
                        )
                    )
        return out

    def _holds_nudged(self, site: Site, a_value: float, tol: float, nudge: dict[int, float]) -> bool:
        """Does the site hold once the numbers in `nudge` are moved by the amounts given?"""
        try:
            fixed = evaluate(site.b, self.ctx, self.model_values, nudge=nudge)
        except (Undefined, Unresolved):
            return False
        return abs(site.sa * a_value - site.sb * fixed) <= tol + 1e-9 * max(1.0, abs(fixed))

    def general_formula(self, chain: sm.Chain) -> bool:
        for item in chain.items:
            try:
                self.value(item)
            except Unresolved as err:
                if err.code == "generic":
                    return True
        return False

    def rule_at_every_position(self, chain: sm.Chain, later: list[sm.Chain]) -> bool:
        """A rule with an index nothing binds ("P(w_i | w_{i-1}) = C(w_{i-1} w_i) / C(w_{i-1})"), stated before
        it is used: it holds when, for every position of the sequence the index can take, its sides have
        the same value under the model. One that holds is passed over as a definition. One that fails is
        charged as a rule in letters is (wrong-value on its own line) where the student's later numbers follow
        it; otherwise it is left to the rest of the checker (a symbol for a person to look at, no deduction)."""
        if len(chain.items) < 2:
            return False
        with self.memory.trying() as definitions, self._issues_kept():
            self._count_total(chain, definitions)
            letter = self._free_index(chain.items)
            if letter is None:
                return False
            held = 0
            failed: list[tuple[str, float, float, int]] = []  # the place, the model's value, the rule's, item
            for k in range(1, self.seq.n + 1):
                try:
                    values = [
                        evaluate(item, self.ctx, self.model_values, {letter: k}) for item in chain.items
                    ]
                except (Undefined, Unresolved, ArithmeticError, ValueError):
                    continue
                wrong = next(
                    (
                        i
                        for i in range(1, len(values))
                        if not math.isclose(values[0], values[i], rel_tol=1e-9, abs_tol=1e-12)
                    ),
                    None,
                )
                if wrong is None:
                    held += 1
                else:
                    failed.append(
                        (f"{letter} = {k} ({self._place_term(k)})", values[0], values[wrong], wrong)
                    )
        if failed and self._free_index(chain.items[:1]) == letter:
            # only a rule for the index's term (P(w_i | w_{i-1}) = …), not a quantity of the whole sequence
            # equated to one of its places ("per-token perplexity = exp(-ln P(y_i | …))")
            return self._charge_rule(chain, failed, later)
        return held > 0

    def _free_index(self, items: tuple[sm.Expr, ...]) -> str | None:
        """The one index letter nothing binds in these items (`i` of P(w_i | w_{i-1})), or None when they have
        none, more than one, or something else unresolved."""
        letters = set()
        for item in items:
            try:
                self.value(item)
            except Unresolved as err:
                if err.free_index is None:
                    return None
                letters.add(err.free_index)
            except (Undefined, ArithmeticError, ValueError):
                return None
        return letters.pop() if len(letters) == 1 else None

    def _count_total(self, chain: sm.Chain, definitions: dict[str, float]) -> None:
        """C(w)/N in a rule: N, beside counts and unless the student defined it, is the corpus's tokens."""
        total = self.seq.model.unigram_total()
        counts = any(isinstance(n, sm.Count) for item in chain.items for n in sm.walk(item))
        if counts and total and "N" not in definitions:
            definitions["N"] = float(total)

    def _place_term(self, k: int) -> str:
        """`P(Sam | am)`: the model's conditional at place k of y, as the problem's tokens."""
        window = self.seq.model.window
        start = 1 - self.seq.m if window is None else k - window
        given = [self.seq.token(p) for p in range(start, k) if self.seq.valid(p)]
        return f"P({self.seq.token(k)} | {' '.join(given)})" if given else f"P({self.seq.token(k)})"

    def _charge_rule(
        self, chain: sm.Chain, failed: list[tuple[str, float, float, int]], later: list[sm.Chain]
    ) -> bool:
        """A rule that fails at these places (each with the model's value there, the rule's and the item that
        gives it) is a demonstrated mistake (wrong-value) only where the student's later numbers follow it: a
        value the rule gives at a failing place is written, and the model's value there is not. True when
        charged."""
        written = _written_values(self, later)
        for place, model, rule, i in failed:
            follows = any(abs(v - rule) <= tol and abs(v - model) > tol for v, tol in written)
            if follows and not any(abs(v - model) <= tol for v, tol in written):
                self.report(
                    make(
                        "wrong-value",
                        f"this rule does not give the model's values: at {place} it gives {_fmt(rule)}, "
                        f"where the model's value is {_fmt(model)}; your later numbers follow the rule",
                        chain.items[i].span,
                        "check the rule against the problem's definition of the estimate (its weights, "
                        "counts and denominators) before substituting",
                    )
                )
                return True
        return False

    @contextlib.contextmanager
    def _issues_kept(self) -> Iterator[None]:
        """What terms resolve to in a trial (a rule's letters bound at each place) says nothing about what the
        student wrote there: the problems found with them are forgotten after it."""
        issues, issue_terms = dict(self.ctx.issues), dict(self.ctx.issue_terms)
        try:
            yield
        finally:
            self.ctx.issues, self.ctx.issue_terms = issues, issue_terms

    def rule_in_letters(self, chain: sm.Chain, later: list[sm.Chain]) -> None:
        """`P(w | v) = 1/4 · C(vw)/C(v) + 3/4 · C(w)/N`, a rule whose letters stand for any tokens, judged at
        each place of y (w the token there, v the one before). A rule that gives the model's value at every
        place is a definition, passed over. One that does not is a demonstrated mistake (wrong-value: the
        values it gives are not the model's) only where the student's later numbers follow it: a value the
        rule gives at a place where it fails is written, and the model's value there is not (a rule stated
        in passing, such as the unsmoothed estimate before the add-one one, costs nothing)."""
        letters = rule_letters(chain.items[0], self.seq.model.window)
        if letters is None or len(chain.items) < 2:
            return
        failed: list[tuple[dict[str, str], float, float, int]] = []  # tokens, model's value, rule's, item
        with self.memory.trying() as definitions, self._issues_kept():
            self._count_total(chain, definitions)
            for _, tokens in places(self.seq, *letters):
                items = [bound(item, tokens) for item in chain.items]
                try:
                    values = [evaluate(item, self.ctx, self.model_values) for item in items]
                    tolerances = [self.tolerance(item, False) for item in items]
                except (Undefined, Unresolved, ArithmeticError, ValueError):
                    continue
                if items[0].span in self.ctx.unknown_estimators:
                    return  # P_{foo}(w | v): an estimate the model does not know, never charged on its own
                wrong = next(
                    (
                        i
                        for i in range(1, len(values))
                        if abs(values[i] - values[0]) > tolerances[i] + tolerances[0]
                    ),
                    None,
                )
                if wrong is not None:
                    failed.append((tokens, values[0], values[wrong], wrong))
        target, given = letters
        self._charge_rule(
            chain,
            [
                (f"P({tokens[target]} | {' '.join(tokens[g] for g in given)})", model, rule, i)
                for tokens, model, rule, i in failed
            ],
            later,
        )

    def conversion(self, a: sm.Expr, b: sm.Expr, unit: str, approx: bool) -> Step:
        """`1 nat = 1.443 bits`, `-1.1 nats ≈ -1.587 bits`: a change of unit, not an equality of numbers."""
        try:
            va, vb = self.value(a), self.value(b)
        except (Undefined, Unresolved):
            return Step(b.span.line, "arithmetic", "unchecked")
        if va is None or vb is None:
            return Step(b.span.line, "arithmetic", "unchecked")
        converted = va / math.log(2) if unit == "nat" else va * math.log(2)
        if abs(converted - vb) <= self.tolerance(b, approx, earlier=a) + 1e-9 * max(1.0, abs(vb)):
            return Step(b.span.line, "arithmetic", "ok")
        code, message, hint = wrongbase.in_conversion(va, unit, converted, vb)
        self.report(make(code, message, b.span, hint))
        return Step(b.span.line, "arithmetic", "error")

    def in_other_unit(self, a: sm.Expr, b: sm.Expr, units: tuple[str | None, ...]) -> bool:
        """`H = 0.55 / ln 2 = 0.79 bits`: a log quantity stated in the unit the chain names, other than
        the problem's own (the PP = 2^H convention), is not a mistake; a wrong value is caught where used."""
        other = {unit_of(u) for u in units} - {None, OWN_UNIT.get(self.problem.log_base)}
        if not other or not (
            isinstance(a, sm.Quantity) and a.name in ("cross_entropy", "nll", "log_likelihood")
        ):
            return False
        try:
            va, vb = self.value(a), self.value(b)
        except (Undefined, Unresolved):
            return False
        if not va or vb is None:
            return False
        tol = self.tolerance(b, False, earlier=a) + 1e-9 * max(1.0, abs(vb))
        return any(abs(va * r - vb) <= tol for r in (1 / math.log(2), math.log(2)))

    def general_identity(self, chain: sm.Chain) -> bool:
        """An identity in letters the problem does not define and about none of its terms ("Recall
        log(ab) = log a + log b"): judged under random positive stand-ins for the letters; one that
        fails is a demonstrated mistake (invalid-step), one that holds is a remark."""
        nodes = [n for item in chain.items for n in sm.walk(item)]
        about_y = (sm.Prob, sm.PCond, sm.Quantity, sm.Count, sm.BigOp)  # Σ ln p binds p to the model's p_i
        if len(chain.items) < 2 or any(
            isinstance(n, about_y) or (isinstance(n, sm.Num) and n.decimals is not None) for n in nodes
        ):
            return False
        free = {n.name for n in nodes if isinstance(n, sm.Scalar) and not self._defined(n)}
        if not free:
            return False
        rng = random.Random(7)
        with self.memory.trying() as definitions:
            for _ in range(3):
                definitions.update({name: rng.uniform(0.2, 3.0) for name in free})
                try:
                    values = [evaluate(item, self.ctx, self.model_values) for item in chain.items]
                except (Undefined, Unresolved, ArithmeticError, ValueError):
                    return True  # not a claim that can be judged: a remark
                for i in range(len(values) - 1):
                    if not math.isclose(values[i], values[i + 1], rel_tol=1e-9, abs_tol=1e-12):
                        self.report(
                            make(
                                "invalid-step",
                                f"this identity does not hold: with {', '.join(sorted(free))} chosen at random "
                                f"the left side is {_fmt(values[i])} and the right side {_fmt(values[i + 1])}",
                                chain.items[i + 1].span,
                                "check the rule you used: log(ab) = log a + log b, log(a/b) = log a − log b",
                            )
                        )
                        return True
        return True

    def _defined(self, name: sm.Scalar) -> bool:
        try:
            evaluate(name, self.ctx, self.model_values)
        except (Undefined, Unresolved):
            return False
        return True

    def _generic(self, item: sm.Expr) -> bool:
        try:
            self.value(item)
        except Unresolved as err:
            return err.code == "generic"
        return False

    def without_formula(self, chain: sm.Chain) -> sm.Chain:
        """Pr(the | x) = e^{z_the} / Σ_v e^{z_v} = 1.8757 / 7.9496 = 0.2360: the rule in letters
        restated between the term and its numbers is passed over, and the term is judged against
        the numbers; a chain that starts with the rule (P(w | v) = …) stays a general formula."""
        generic = [self._generic(item) for item in chain.items]
        rule = [g and _about_vocabulary(item) for g, item in zip(generic, chain.items, strict=True)]
        if rule[0] and sum(not g for g in generic) >= 2:
            generic[0] = True  # "Σ_w (C(am w) + 1) = C(am) + V = 13": the rule about a row is passed over
        elif not any(generic) or generic[0] or all(generic[1:]):
            return chain
        keep = [i for i, g in enumerate(generic) if not g]
        relations = []
        for before, after in itertools.pairwise(keep):
            between = chain.relations[before:after]
            relations.append("≈" if "≈" in between else "=")
        units = tuple(chain.units[i] for i in keep) if len(chain.units) == len(chain.items) else chain.units
        return dataclasses.replace(
            chain, items=tuple(chain.items[i] for i in keep), relations=tuple(relations), units=units
        )

    def sentence_named(self, chain: sm.Chain) -> sm.Chain:
        """P(s) = 0.25 · 0.33 · … : a letter with no condition, equated to values about this problem,
        names the sequence's probability (as P(W) does in a textbook), not a rule in letters."""
        head = chain.items[0]
        if not (
            isinstance(head, sm.Prob)
            and head.given is None
            and len(head.targets) == 1
            and isinstance(head.targets[0], sm.TokenLit)
            and len(chain.items) > 1
        ):
            return chain
        try:
            self.value(head)
        except Unresolved as err:
            if err.code != "generic":
                return chain
        else:
            return chain
        try:
            for item in chain.items[1:]:
                self.value(item)
        except Unresolved:
            return chain  # P(w) = C(w) / N: a rule in letters
        written = f"P({head.targets[0].text})"
        return dataclasses.replace(
            chain, items=(sm.Quantity("probability", head.span, written), *chain.items[1:])
        )

    def resolvable(self, expr: sm.Expr) -> bool:
        """Does expr refer only to things the problem defines? Reports the first that it does not."""
        try:
            self.value(expr)
        except Unresolved as err:
            self.report_unresolved(err)
            return False
        return True

    def off_by_one(self, a: sm.Expr, b: sm.Expr) -> bool:
        """Does a sum or product in B hold once its range is moved to 1 … n? Reports off-by-one."""
        for node in (n for n in sm.walk(b) if isinstance(n, sm.BigOp)):
            try:
                lo = 1 if node.lower is None else index_value(node.lower, {}, self.seq, node.span)
                hi = self.seq.n if node.upper is None else index_value(node.upper, {}, self.seq, node.span)
            except Unresolved:
                continue
            for new_lo, new_hi in ((lo + 1, hi + 1), (lo - 1, hi - 1), (1, self.seq.n)):
                if (new_lo, new_hi) == (lo, hi):
                    continue
                moved = dataclasses.replace(node, lower=sm.Idx(None, new_lo), upper=sm.Idx(None, new_hi))
                try:
                    if not self.same_function(a, replace_node(b, node, moved)):
                        continue
                except Unresolved:
                    continue
                self.explained.add(node.span)
                self.report(
                    make(
                        "off-by-one",
                        f"{source_text(self.lines, node.span)} runs over i = {lo} … {hi}; with the indices "
                        f"written, the factors of y need i = {new_lo} … {new_hi}",
                        node.span,
                        "one term for each position 1 … n of y, conditioned on the tokens before it",
                    )
                )
                return True
        return False

    def estimate_in_place_of_model(self, a: sm.Expr, b: sm.Expr) -> sm.Prob | None:
        """P(y) = P_{MLE}(I | <s>) · …: a term named by another estimate standing where the model's own factor
        belongs; the step holds with the model's factor there and fails with the named one. The term, or None."""
        named = [n for n in (*sm.walk(a), *sm.walk(b)) if isinstance(n, sm.Prob) and self._other_estimate(n)]
        if not named:
            return None
        va, vb = self.value(a), self.value(b)
        if va is None or vb is None or math.isclose(va, vb, rel_tol=1e-6, abs_tol=1e-12):
            return None
        for values in self.random_values:
            try:
                model = OwnFactors(values)
                if not math.isclose(
                    evaluate(a, self.ctx, model), evaluate(b, self.ctx, model), rel_tol=1e-9, abs_tol=1e-12
                ):
                    return None
            except Undefined:
                return None
        return named[0]

    def _other_estimate(self, term: sm.Prob) -> bool:
        """Is this term named by an estimate other than the model's own (its factors are ("est", …))?"""
        if term.estimator is None:
            return False
        try:
            return any(f.key[0] == "est" for f in self.ctx.resolve(term, {}).factors)
        except Unresolved:
            return False

    def joint_in_place_of_conditional(self, a: sm.Expr, b: sm.Expr) -> sm.Prob | None:
        """A joint term that B uses as one factor among others, where A had none like it."""
        terms_b = [n for n in sm.walk(b) if isinstance(n, sm.Prob)]
        if len(terms_b) < 2:
            return None
        shapes_a = {shape(n) for n in sm.walk(a) if isinstance(n, sm.Prob)}
        for term in terms_b:
            if shape(term) in shapes_a:
                continue
            try:
                resolved = self.ctx.resolve(term, {})
            except Unresolved:
                continue
            if len(resolved.factors) >= 2:
                return term
        return None

    # ------------------------------------------------------------ steps
    def check_step(self, a: sm.Expr, b: sm.Expr, relation: str) -> Step:
        """Judge A = B (see _judge), remembering what it states for the rubric."""
        mark = (len(self.out.diagnostics), set(self._reported), set(self.explained), set(self._unresolved))
        step = self._judge(a, b, relation)
        named = self._unknown_estimator(a, b) if step.status == "error" else None
        if named is not None:  # P_{foo}(…): read as the model's P, but what it names cannot be shown wrong
            del self.out.diagnostics[mark[0] :]
            self._reported, self.explained, self._unresolved = mark[1], mark[2], mark[3]
            word, span = named
            self.report(
                make(
                    "unknown-symbol",
                    f"the subscript {word!r} names no estimate of this problem's model; the step is not judged",
                    span,
                    "name the estimate the problem asks for (P_MLE, P_add1, P_interp …), or write P(…)",
                )
            )
            step = dataclasses.replace(step, status="unchecked")
        return dataclasses.replace(step, key=repr((shape(a), shape(b))))

    def _unknown_estimator(self, a: sm.Expr, b: sm.Expr) -> tuple[str, sm.Span] | None:
        """The first term of A = B named by an estimate the model does not have, with its word."""
        for node in (*sm.walk(a), *sm.walk(b)):
            if isinstance(node, sm.Prob) and node.span in self.ctx.unknown_estimators:
                return self.ctx.unknown_estimators[node.span], node.span
        return None

    def _judge(self, a: sm.Expr, b: sm.Expr, relation: str) -> Step:
        """Judge A = B; a bare `P` that fails as the probability is tried as the quantity asked."""
        if self.problem.ask == "probability" or not any(
            isinstance(n, sm.Quantity) and n.written in ("P", "Pr") for n in sm.walk(a)
        ):
            return self._check_step(a, b, relation)
        mark = (len(self.out.diagnostics), set(self._reported), set(self.explained), set(self._unresolved))
        step = self._check_step(a, b, relation)
        if step.status != "error":
            return step
        first_try = (self.out.diagnostics[mark[0] :], self._reported, self.explained, self._unresolved)
        del self.out.diagnostics[mark[0] :]
        self._reported, self.explained, self._unresolved = set(mark[1]), set(mark[2]), set(mark[3])
        self.ctx.bare_p_asked = True
        try:
            retry = self._check_step(a, b, relation)
        finally:
            self.ctx.bare_p_asked = False
        if retry.status == "ok":
            return retry
        del self.out.diagnostics[mark[0] :]
        self.out.diagnostics.extend(first_try[0])
        self._reported, self.explained, self._unresolved = first_try[1], first_try[2], first_try[3]
        return step

    def _check_step(self, a: sm.Expr, b: sm.Expr, relation: str) -> Step:
        approx = relation == "≈"
        line = b.span.line
        if same_tree(a, b):
            return Step(line, "copy", "copy")
        try:
            a_terms, b_terms = has_terms(a), has_terms(b)
            try:
                if a_terms and b_terms and self.same_function(a, b):
                    return Step(line, "identity", "ok")
            except Unresolved as err:
                if self.off_by_one(a, b):
                    return Step(line, "identity", "error")
                self.report_unresolved(err)
                a_terms = b_terms = False  # judge the parts that are defined, term by term
            if a_terms and b_terms and self.off_by_one(a, b):
                return Step(line, "identity", "error")
            if a_terms and b_terms:
                extra = symbolic_difference(self, a, b)
                if extra is not None and extra[3] is not None:  # a term that is no factor of y, added
                    code, message, hint, span = extra
                    self.explained.add(span)
                    self._explained_terms += [
                        n for n in sm.walk(b) if isinstance(n, sm.Prob) and n.span == span
                    ]
                    self.report(make(code, message, span, hint))
                    return Step(line, "identity", "error")
            named = self.estimate_in_place_of_model(a, b) if a_terms and b_terms else None
            if named is not None:
                self.explained.add(named.span)
                self.report(
                    make(
                        "mixed-models",
                        f"{source_text(self.lines, named.span)} is {LABELS[named_estimate(named)]}, "
                        "not this problem's model, used here in its place",
                        named.span,
                        "take every factor from the same model (the same smoothing)",
                    )
                )
                return Step(line, "identity", "error")
            joint = self.joint_in_place_of_conditional(a, b) if a_terms and b_terms else None
            if joint is not None:
                self.explained.add(joint.span)
                self.report(
                    make(
                        "joint-for-conditional",
                        f"{source_text(self.lines, joint.span)} is a joint probability of several tokens, "
                        "used here as one factor of the chain rule",
                        joint.span,
                        "each factor is a conditional of one token given the tokens before it, e.g. P(y_2 | x, y_1)",
                    )
                )
                return Step(line, "identity", "error")
            sites = align(a, b)
            kind = "substitution" if a_terms and not b_terms else "identity" if b_terms else "arithmetic"
            if len(sites) > 1:
                failures = [s for s in sites if not self.site_holds(s, approx)]
                if failures and _permutation_holds(self, sites, approx):
                    failures = []
                if failures and kind == "arithmetic" and self.site_holds(Site(1, a, 1, b), approx):
                    failures = []  # (1/4)(33/100) = (1*33)/(4*100): regrouped numbers, the same value
                if failures and self._sign_moved(failures, a, b, approx):
                    failures = []  # exp(-(1/N) Σ ln p) = exp((1/2)·1.1): the minus moved into the sum
                failures = [f for f in failures if not self.carried_forward(f, approx)]
                if not failures:
                    return Step(line, kind, "ok")
                codes: set[str] = set()
                reported = [self.explain_wrong(site, approx, codes) for site in failures]
                return Step(line, kind, "error" if any(reported) else "unchecked")
            site = sites[0] if sites else Site(1, a, 1, b)
            if self.site_holds(site, approx) or self.carried_forward(site, approx):
                return Step(line, kind, "ok")
            reported = self.explain_wrong(site, approx)
            return Step(line, kind, "error" if reported else "unchecked")
        except Unresolved as err:
            self.report_unresolved(err)
            return Step(line, "identity", "unchecked")

    def _sign_moved(self, failures: list[Site], a: sm.Expr, b: sm.Expr, approx: bool) -> bool:
        """Do the failing places differ only by their signs, an even number of them, with the whole step
        holding? Then a minus moved from one factor to another: the same value, no mistake."""
        if len(failures) % 2 or not self.site_holds(Site(1, a, 1, b), approx):
            return False
        return all(self.site_holds(Site(-f.sa, f.a, f.sb, f.b), approx) for f in failures)

    def site_holds(self, site: Site, approx: bool) -> bool:
        try:
            return self._site_holds(site, approx)
        except Unresolved as err:
            self.report_unresolved(err)
            return True  # a site about an undefined term: reported once, not judged again

    def named_kind(self, head: sm.Expr | None) -> str | None:
        """The quantity a chain's head says it computes (log_likelihood, nll, probability, …; "asked"
        for a bare name of the asked one), or None when it names none."""
        if isinstance(head, sm.Quantity):
            return head.name
        inner = head.arg if isinstance(head, sm.Neg) else head
        factors = factors_of(self, inner) if isinstance(inner, sm.Prob | sm.Log) else None
        if factors is None or len(factors) != self.seq.n:
            return None
        if isinstance(inner, sm.Prob):
            return None if inner is not head else "probability"
        return "nll" if inner is not head else "log_likelihood"

    def report_unresolved(self, err: Unresolved) -> None:
        if err.code == "generic":
            return  # a rule in letters (P(w | v)) inside other work: nothing to judge
        if any(within(err.span, outer) for outer in self.explained):
            return  # inside a sum already reported as off by one
        if err.past_end and any(d.code == "off-by-one" for d in self.out.diagnostics):
            return  # a position past the end, reached by a range already reported as shifted
        if (err.code, err.message) not in self._unresolved:  # the same unknown term, once
            self._unresolved.add((err.code, err.message))
            self.report(make(err.code, err.message, err.span, err.hint))

    def _site_holds(self, site: Site, approx: bool) -> bool:
        a, b = site.a, site.b
        if count_mistake(self, a, b) is not None:
            return False  # the right number from the wrong counts is still the wrong counts
        if same_tree(a, b) and site.sa == site.sb:
            return True
        if has_terms(a) and has_terms(b) and site.sa == site.sb and self.same_function(a, b):
            return True
        va, vb = self.value(a), self.value(b)
        if va is None or vb is None:
            return False
        tol = self.tolerance(b, approx, earlier=a)
        if abs(site.sa * va - site.sb * vb) <= tol:
            if va and not has_terms(b) and abs(va - vb) > 1e-12 and not self._not_roundings(a, b):
                self.memory.roundings.append((abs(site.sa * va - site.sb * vb) / abs(va), b.span))
            return True
        if any(abs(site.sa * v - site.sb * vb) <= tol for v in self.as_printed(a)):
            return True
        # a total over the sequence's printed conditionals, written as one number with "=": each of its n terms
        # may have been rounded as the total is written (-2.0831 - 3.4375 - 2.9669 - 5.8783 = -14.3658, where the
        # exact logs give -14.3659); an "≈" has its own, wider, width, and a sum of numbers is judged term by term
        single = isinstance(b.arg if isinstance(b, sm.Neg) else b, sm.Num)
        carried = (self.seq.n - 1) * self.tolerance(b, False) if single and not approx else 0.0
        if any(abs(site.sa * v - site.sb * vb) <= tol + carried for v in self.whole_as_printed(a)):
            return True
        truth = self.true_value(a)  # a student may work from the true value as well as from their own
        return truth is not None and truth != va and abs(site.sa * truth - site.sb * vb) <= tol

    def _not_roundings(self, a: sm.Expr, b: sm.Expr) -> bool:
        """`P = 0.5375 × 0.525 × 0.4 × 0.4125`: a product of one number per factor of the sequence's probability,
        some of them no rounding of any factor's value (0.5375 for 0.5441): the step may hold within the width its
        shortest number gives it (0.4), but what it moves the answer by is no rounding along the way, and is never
        told as one."""
        if self.named_kind(a) != "probability":
            return False
        numbers = _product_numbers(b)
        model = sorted(math.exp(ln_p) for ln_p in self.problem.reference.ln_probs)
        if numbers is None or len(numbers) != len(model) or len(model) < 2:
            return False
        written = sorted(float(n.value) for n in numbers)
        tolerances = [literal_tolerance(n, False) for n in sorted(numbers, key=lambda n: float(n.value))]
        return any(
            abs(v - p) > max(t, _ROUNDING_SLACK * p)
            for v, p, t in zip(written, model, tolerances, strict=True)
        )

    def true_value(self, expr: sm.Expr) -> float | None:
        """The model's value of expr, ignoring what the student stated earlier."""
        self.model_values.pure = True
        try:
            return self.value(expr)
        except Unresolved:
            return None
        finally:
            self.model_values.pure = False

    def whole_as_printed(self, a: sm.Expr) -> list[float]:
        """The value of a term over several factors (log Pr(y | x), NLL) from every conditional rounded
        the way a problem statement prints it: summing the printed 0.2360, 0.0923, … is right."""
        if not has_terms(a) or term_position(self, a) is not None:
            return []  # a number, or one factor (as_printed judges it)
        probs = [c.prob for c in self.problem.reference.conditionals]
        if not probs or any(p is None or isinstance(p, Fraction) or p <= 0 for p in probs):
            return []  # exact probabilities are printed exactly
        rounded_sets = [[rounding(float(p)) for p in probs] for rounding in roundings()]
        from_logits = [self._softmax_as_printed(k) for k in range(1, len(probs) + 1)]
        if all(p is not None for p in from_logits):  # every factor worked from the printed logits
            rounded_sets.append([float(p) for p in from_logits if p is not None])
        out = []
        for printed in rounded_sets:
            if any(p <= 0 for p in printed):
                continue
            values = ModelValues(self.seq, tuple(math.log(p) for p in printed))
            try:
                out.append(evaluate(a, self.ctx, values))
            except (Undefined, Unresolved, ArithmeticError, ValueError):
                continue
        return out

    def as_printed(self, a: sm.Expr) -> list[float]:
        """A term's value computed from its probability rounded the way a problem statement prints it
        (0.2360 for 0.235995): a student who takes the log of the printed number is right."""
        found = term_position(self, a)
        if found is None:
            return []
        k, space = found
        p = self.problem.reference.conditionals[k - 1].prob
        if p is None or isinstance(p, Fraction) or p <= 0:
            return []  # exact probabilities are printed exactly
        out = []
        candidates = {rounding(float(p)) for rounding in roundings()}
        from_logits = self._softmax_as_printed(k)
        if from_logits is not None:
            candidates.add(from_logits)
        for printed in candidates:
            if printed > 0:
                ln_p = math.log(printed)
                out.append(
                    {
                        "log": ln_p / self.problem.ln_base,
                        "-log": -ln_p / self.problem.ln_base,
                        "prob": printed,
                    }[space]
                )
        return out

    def _softmax_as_printed(self, k: int) -> float | None:
        """The k-th factor's probability from a softmax worked on the logits as a statement prints them
        (three decimals), or None where the model has no logits."""
        if not self.problem.model.has_logits:
            return None
        scores = (
            self.problem.model.logits(tuple(self.problem.model.context_for(self.problem.y[: k - 1]))) or {}
        )
        if self.problem.y[k - 1] not in scores:
            return None
        rounded = {t: round(float(z), _LOGIT_DECIMALS) for t, z in scores.items()}
        total = math.fsum(math.exp(z) for z in rounded.values())
        return math.exp(rounded[self.problem.y[k - 1]]) / total

    def explain_wrong(self, site: Site, approx: bool, codes: set[str] | None = None) -> bool:
        """Report why a site is wrong; False if a diagnostic already says it (`codes`: this step's)."""
        if self.issues_in(site.b) or self.issues_in(site.a):
            return False  # dropped conditioning and the like: one mistake, one diagnostic
        findings = Findings()
        diag = diagnose_step(self, site, approx, findings)
        for extra in findings.also:
            self.report(extra)
        if findings.student_model is not None:
            self.memory.model = findings.student_model
        if diag.code == "extra-term" and any(d.code == "bos-counted" for d in self.out.diagnostics):
            return False  # the extra factor is the value given to <s>, already named
        if codes is not None:
            if diag.code in codes:
                return True  # the same mistake at two places of one step is one mistake
            codes.add(diag.code)
        self.report(diag)
        return True

    # ------------------------------------------------------------ the whole derivation
    def run(self, chains: list[sm.Chain]) -> Outcome:
        merged = merge_chains(own_symbols(chains, self.problem, self.lines))
        # "Token logprobs: −0.0353, …" or "The -0.0353, capital -0.0099, …": a value misread from the problem
        for diag in [
            *listed_values(merged, self.problem),
            *labelled_values(self.lines, self.problem),
            *rowed_values(self.lines, self.problem),
            *normaliser_sums(merged, self.problem),
        ]:
            self.report(diag)
        self.memory.log_base = unmarked_log_base(self, merged)
        self.memory.lg_base = lg_base(self, merged)
        for at, chain in enumerate(merged):
            if is_definition(chain):
                for i in range(1, len(chain.items) - 1):  # p = 2/3 · 2/3 · 1/2 · 1/2 = 4/36 = 1/9: its steps
                    a, b = chain.items[i], chain.items[i + 1]
                    self.out.steps.append(self.check_step(a, b, chain.relations[i]))
                diag, step = define(self, chain)
                if diag is not None:
                    self.report(diag)
                if step is not None:
                    self.out.steps.append(step)
                continue
            chain = self.without_formula(self.sentence_named(chain))
            if (
                self.general_formula(chain)
                or self.rule_at_every_position(chain, merged[at + 1 :])
                or self.general_identity(chain)
            ):
                self.rule_in_letters(chain, merged[at + 1 :])
                continue  # P(w | v) = C(v w) / C(v), log(ab) = log a + log b: rules in letters, not about y
            if not self.resolvable(chain.items[0]):
                continue  # a chain about an undefined term (P(<s>) = …): reported once, not checked
            self.chain_head = chain.items[0]
            other = len(chain.items) > 1 and self.in_other_unit(chain.items[0], chain.items[1], chain.units)
            for i in range(len(chain.items) - 1):
                units = chain.units[i : i + 2] if len(chain.units) == len(chain.items) else (None, None)
                a, b, relation = chain.items[i], chain.items[i + 1], chain.relations[i]
                if unit_of(units[0]) and unit_of(units[1]) and unit_of(units[0]) != unit_of(units[1]):
                    self.out.steps.append(self.conversion(a, b, unit_of(units[0]), relation == "≈"))
                elif i == 0 and other:
                    self.out.steps.append(Step(b.span.line, "arithmetic", "ok"))
                else:
                    self.out.steps.append(self.check_step(a, b, relation))
            if not other:  # H in bits is not the value of H in the problem's own unit
                self.remember(chain)
                self.bind_sum(chain)
        results = [c for c in merged if not is_definition(c)]
        # the work's last statement gives its value a name of the student's own ("p = p1·p2·p3·p4 =
        # 0.0488"): a value worked out, as a result is; a number only renamed is the answer only as the
        # expected value ("λ₁ = 3/4" written last recalls a given); a name the problem defines is a fact. An aside
        # or a remark after it (the values used, in brackets; a check) comments on it: it is no later statement
        last = next((c for c in reversed(merged) if not c.aside and not c.remark), None)
        if (
            last is not None
            and is_definition(last)
            and last.items[0].name in self.memory.name_rounding
            and (len(last.items) > 2 or states_expected(self, last.items[-1]))
        ):
            results.append(last)
        choice = choose_answer(self, results, merged)
        self.final_named = choice.named
        explained_shapes = {shape(n) for n in self._explained_terms}
        remarks = {c.line for c in merged if c.remark}
        # a mistake before loose notation: one diagnostic per code and line, so the mistake is the one kept
        for issue in sorted(
            self.ctx.issues.values(), key=lambda i: i.loose and not self.problem.strict_notation
        ):
            term = self.ctx.issue_terms.get(issue.span)
            if term is not None and shape(term) in explained_shapes:
                continue  # the same term, named as extra or joint where it was used
            if issue.code == "wrong-token" and issue.span.line in remarks and self._model_defines(term):
                continue  # "check: P(Sam|am) + P(</s>|am) = 1": a remark about the model, not a factor of y
            if issue.span not in self.explained:
                diag = make(issue.code, issue.message, issue.span, issue.hint)
                if issue.loose and not self.problem.strict_notation:  # x is given: loose notation, review
                    diag = dataclasses.replace(diag, severity="warning")
                self.report(diag)
        self.final(choice)
        return self.out

    def final(self, choice: Choice) -> None:
        """Report the final answer as judged (grader.derivation.final), then any hedge beside it."""
        judged = judge_answer(self, choice.expr, choice.chain, choice.asked)
        if judged is None:
            return
        self.out.final = judged.answer
        if judged.answer.correct:
            self.out.final_exact = judged.exact
        before = len(self.out.diagnostics)
        for diag in judged.diagnostics:
            self.report(diag)
        if judged.causes:
            self.out.final_causes = self.out.diagnostics[before:]
        if not judged.answer.correct:
            return
        assert judged.answer.value is not None
        hedge = hedged(self, choice.answers, choice.chain, judged.answer.value)
        if hedge is not None:
            self.report(hedge)
            self.out.final = dataclasses.replace(judged.answer, correct=False)

    def _model_defines(self, term: sm.Expr | None) -> bool:
        """Does the model give this term a value of its own (a conditional of another context)?"""
        if term is None:
            return False
        try:
            return self.true_value(term) is not None
        except (Undefined, ArithmeticError, ValueError):
            return False


def _restating(num: sm.Num, result: float) -> float:
    """How far a number may be from an earlier result of the student's and still be that result, written
    again: a unit of its last decimal (0.667 for 0.6667); an exact number (2, 1/2) only its own value."""
    if num.decimals is None:
        return 1e-9 * max(1.0, abs(result))
    return literal_tolerance(num, True) + 1e-12


def _permutation_holds(checker: Checker, sites: list[Site], approx: bool) -> bool:
    """Do the differing terms match in some other order (a reordered sum or product)?"""
    left = [(s.sa, s.a) for s in sites]
    right = [(s.sb, s.b) for s in sites]
    used: set[int] = set()
    for sa, a in left:
        for j, (sb, b) in enumerate(right):
            if j not in used and checker.site_holds(Site(sa, a, sb, b), approx):
                used.add(j)
                break
        else:
            return False
    return True


def _about_vocabulary(item: sm.Expr) -> bool:
    return any(isinstance(n, sm.BigOp) and over_vocabulary(n) for n in sm.walk(item))


def _written_values(checker: Checker, chains: list[sm.Chain]) -> list[tuple[float, float]]:
    """The values a student writes in these chains from numbers alone (a literal, 1/4·2/3 + 3/4·3/17), each
    with how far its written numbers let it be from the value it stands for."""
    out = []
    about_model = (sm.Prob, sm.PCond, sm.Quantity, sm.BigOp, sm.Logit, sm.Scalar)
    for chain in chains:
        for item in chain.items:
            if any(isinstance(n, about_model) for n in sm.walk(item)):
                continue
            try:
                value = checker.value(item)
                tol = checker.tolerance(item, False)
            except (Undefined, Unresolved, ArithmeticError, ValueError):
                continue
            if value is not None:
                out.append((value, tol))
    return out


def _fmt(v: float) -> str:
    return f"{v:.6g}"


# a factor worked from rounded numbers may be this far (relative) from its exact value
_ROUNDING_SLACK = 0.005


def _product_numbers(expr: sm.Expr) -> list[sm.Num] | None:
    """The plain numbers a product of them multiplies (`0.5375 × 0.525 × 0.4`), in order; None for anything else."""
    if isinstance(expr, sm.BinOp) and expr.op == "*":
        left, right = _product_numbers(expr.left), _product_numbers(expr.right)
        return None if left is None or right is None else left + right
    return [expr] if isinstance(expr, sm.Num) else None
