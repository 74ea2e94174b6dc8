"""Who reads a report: staff see everything; students see what is wrong and where, not the answer.

A student who can read the expected value from the feedback can guess, read it and resubmit, so
the student view hides every number the problem asks the student to find (the final value, each
chain-rule factor's probability and its logarithms, the running sums and products, every quantity
derived from them), unless the student wrote that number themselves or the problem's `reveal`
policy allows it. The rule is on values, not on messages: whatever message a number appears in,
it is hidden when it is a secret value at the precision it is shown.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import UTC, datetime
from fractions import Fraction

from grader.core.report import FinalAnswer, Report
from grader.derivation.problem import Problem
from grader.reference.quantities import ASKS, quantity

HIDDEN = "…"

# A number as the grader prints one: 0.6667, -1.1, 2/3, 1.234e-05, 12.5. Integers without a
# point are left alone (line numbers, counts of tokens), as are digits inside names (y_2, log_10).
_NUMBER = re.compile(
    r"(?<![\w.])(?P<num>\d+/\d+(?![\d.])|\d*\.\d+(?:[eE][-+]?\d+)?|\d+(?:\.\d*)?[eE][-+]?\d+)(?![\w.])"
)
# A sign left in front of a hidden value ("= -…") says half of it: it goes too, unless it is a minus
# between two terms ("1 - …").
_SIGNED_HIDDEN = re.compile(r"(?:(?<=^)|(?<=[\s(=,:]))[-−](?=…)")
# Any number a student wrote, integers included (not indices such as y_1 or log_2): what they
# wrote is theirs to see again.
_WRITTEN = re.compile(r"(?<![\w.])(?:\d+/\d+|\d*\.\d+(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?)")


def reveals(problem: Problem, now: datetime | None = None) -> bool:
    """Whether students may see the expected values now, under the problem's `reveal` policy."""
    if problem.reveal == "always":
        return True
    if problem.reveal == "after_deadline" and problem.deadline is not None:
        return (now or datetime.now(UTC)) >= problem.deadline
    return False


def secret_values(problem: Problem) -> tuple[float, ...]:
    """Every value the problem asks a student to find, as magnitudes."""
    ln_probs = problem.reference.ln_probs
    values: set[float] = {abs(problem.reference.value)}
    bases = ("e", "2", "10", problem.log_base)
    for c, ln_p in zip(problem.reference.conditionals, ln_probs, strict=True):
        values.add(float(c.prob))  # type: ignore[arg-type]
        values.update(abs(ln_p / math.log({"e": math.e, "2": 2.0, "10": 10.0}[b])) for b in bases)
    for end in range(1, len(ln_probs) + 1):  # running sums and products, and what each would give
        prefix = ln_probs[:end]
        for ask in ASKS:
            for base in bases:
                values.add(abs(quantity(ask, prefix, base)))
    return tuple(v for v in values if math.isfinite(v) and v > 0)


def _shown_value(text: str) -> tuple[float, float]:
    """The value of a number as printed, and half a unit of its last digit (how precise it is)."""
    if "/" in text:
        top, bottom = text.split("/")
        return (float(Fraction(int(top), int(bottom))) if int(bottom) else math.inf), 0.0
    mantissa, _, exponent = text.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    scale = 10.0 ** int(exponent) if exponent else 1.0
    return float(text), 0.5 * 10.0**-decimals * scale


def _matches(shown: tuple[float, float], value: float) -> bool:
    number, half_unit = shown
    return abs(number - value) <= half_unit + 1e-12 * max(1.0, abs(value))


class Redactor:
    """Hides the secret values of one problem in text shown to one student."""

    def __init__(self, problem: Problem, source: str) -> None:
        self.secrets = secret_values(problem)
        self.written = [v for t in _WRITTEN.findall(source) if math.isfinite(v := _shown_value(t)[0])]

    def _theirs(self, shown: tuple[float, float]) -> bool:
        """The student wrote this value themselves, at least as precisely as it is shown (0.11 does not
        make 0.1111 theirs; 2/3 makes 0.6667 theirs)."""
        number, half_unit = shown
        return any(
            abs(number - w) < half_unit or abs(number - w) <= 1e-9 * max(1.0, abs(w)) for w in self.written
        )

    def hide(self, text: str) -> str:
        """The text with every secret value the student did not write replaced by `HIDDEN`."""

        def one(match: re.Match[str]) -> str:
            shown = _shown_value(match["num"])
            if not math.isfinite(shown[0]) or self._theirs(shown):
                return match.group(0)
            return HIDDEN if any(_matches(shown, s) for s in self.secrets) else match.group(0)

        return _SIGNED_HIDDEN.sub("", _NUMBER.sub(one, text))


def student_view(report: Report, problem: Problem, now: datetime | None = None) -> Report:
    """The report as a student may see it under the problem's `reveal` policy."""
    if reveals(problem, now):
        return report
    redactor = Redactor(problem, "\n".join(report.source_lines))
    diagnostics = tuple(
        replace(d, message=redactor.hide(d.message), hint=redactor.hide(d.hint)) for d in report.diagnostics
    )
    final = report.final_answer
    if final is not None:
        final = FinalAnswer(final.value, None, final.correct, final.line, final.text)
    return replace(report, diagnostics=diagnostics, final_answer=final)


_LHS = {
    "probability": "P(y | x)",
    "log_likelihood": "log P(y | x)",
    "nll": "-log P(y | x)",
    "perplexity": "PPL",
    "cross_entropy": "H",
}


def _chain(terms: list[str], joiner: str) -> str:
    """The factors joined, with the middle elided when there are many."""
    shown = terms if len(terms) <= 4 else [*terms[:2], "…", terms[-1]]
    return joiner.join(shown)


def advice(code: str, problem: Problem) -> str:
    """What to write instead, for this problem: its own tokens and model, never its values."""
    from grader.core.diagnostics import REGISTRY
    from grader.derivation.wording import BASE_NAMES, QUANTITY_NAMES
    from grader.reference.base import EOS

    entry = REGISTRY.get(code)
    if entry is None or not entry.advice:
        return ""
    terms = [problem.factor_label(c.position) for c in problem.reference.conditionals]
    log = "ln" if problem.log_base == "e" else f"log{problem.log_base}"
    from grader.derivation.solve import describe_model

    return entry.advice.format(
        lhs=_LHS[problem.ask],
        lhs_prob="P(y | x)",
        asked=QUANTITY_NAMES[problem.ask],
        chain=_chain([f"{log} {t}" for t in terms], " + ")
        if problem.ask != "probability"
        else _chain(terms, " · "),
        chain_log=_chain([f"{log} {t}" for t in terms], " + "),
        chain_prob=_chain(terms, " · "),
        first=terms[0],
        n=len(terms),
        eos=f" ({EOS} included)" if problem.y[-1] == EOS else "",
        base=f"the {BASE_NAMES[problem.log_base]}",
        model=describe_model(problem),
    )


def with_advice(report: Report, problem: Problem) -> Report:
    """The report with this problem's advice for each code it names."""
    codes = dict.fromkeys(report.codes)
    return replace(report, advice={c: a for c in codes if (a := advice(c, problem))})
