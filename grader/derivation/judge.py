"""What diagnosis and the final answer (grader.derivation.final) may read of the judge checking a
submission, and what diagnosis hands back.

Diagnosis is a function of the problem's facts (model values, sequence, tolerance), the judge's
memory of the student's work (grader.maths.memory.Memory: values stated, aliases, slips, roundings;
and the student's own model) and a failing site; it returns candidate mistakes in `Findings` and never
reports by itself: only the judge (`grader.derivation.check.Checker`) reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from grader.core.diagnostics import Diagnostic
from grader.core.report import FinalAnswer, Step
from grader.derivation.problem import Problem
from grader.maths import semantics as sm
from grader.maths.evaluate import Context, ModelValues, RandomValues
from grader.maths.memory import Memory
from grader.maths.terms import Sequence
from grader.reference import LanguageModel


@dataclass
class Outcome:
    """What the judge has concluded so far: diagnostics, judged steps and the final answer."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    final: FinalAnswer | None = None
    # a right final answer that is also right at the precision written: nothing off is carried into it
    final_exact: bool = True
    # what explains a wrong final value (its cause named from the value alone): moot if the answer is elsewhere
    final_causes: list[Diagnostic] = field(default_factory=list)


@dataclass
class Findings:
    """What one diagnosis hands back beside its main cause: further mistakes seen at the same site
    (two mistakes at once), and the model as the student's own definitions make it (their |V|)."""

    also: list[Diagnostic] = field(default_factory=list)
    student_model: LanguageModel | None = None


class Judge(Protocol):
    """The checker as diagnosis and the final answer see it: the facts of the problem and its memory of the
    student's work."""

    # facts: fixed for the problem
    problem: Problem
    lines: list[str]
    seq: Sequence
    ctx: Context
    model_values: ModelValues
    random_values: list[RandomValues]
    # memory: what the student's work has established so far (their values, aliases, slips, roundings)
    memory: Memory
    out: Outcome
    final_named: sm.Expr | None
    chain_head: sm.Expr | None  # the first expression of the chain being judged

    def value(self, expr: sm.Expr) -> float | None: ...

    def tolerance(self, expr: sm.Expr, approx: bool, earlier: sm.Expr | None = None) -> float: ...

    def is_model_value(self, num: sm.Num, sign: int = 1) -> bool: ...

    def named_kind(self, head: sm.Expr | None) -> str | None: ...
