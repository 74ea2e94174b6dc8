"""The compare question on the seam: which candidate a model finds more likely, or by how much."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from grader.compare.problem import CHOICE_ASKS, CompareProblem, compare_from_dict
from grader.core.question import FromProblem
from grader.core.report import FinalAnswer, Report
from grader.derivation.question import _data_files

ASK_WORDS = {
    "more_likely": "which candidate the model finds more likely",
    "more_likely_per_token": "which candidate the model finds more likely per token",
    "log_ratio": "the log-ratio log P(A) − log P(B)",
    "probability_ratio": "the probability ratio P(A) / P(B)",
}


@dataclass(frozen=True)
class CompareQuestion(FromProblem):
    """A `Question` whose answer is a derivation per candidate and a conclusion comparing them."""

    problem: CompareProblem
    kind: str = "compare"

    def prepare(self) -> None:
        from grader.maths.build import parser

        parser()

    def grade(self, data: bytes, name: str) -> Report:
        from grader.compare.grade import grade_compare_bytes

        return grade_compare_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        from grader.derivation.audience import reveals, student_view

        first = self.problem.candidates[0].problem
        if reveals(first, now):
            return report
        for c in self.problem.candidates:  # each candidate's values are hidden in turn
            report = student_view(report, c.problem, now)
        fa = report.final_answer
        if fa is not None:
            report = replace(report, final_answer=FinalAnswer(fa.value, None, fa.correct, fa.line, fa.text))
        return report

    def solve(self, fmt: str = "text") -> str:
        return render(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        model = self.problem.raw.get("model")
        return _data_files(model if isinstance(model, dict) else {}, "model")


def _n(v: float) -> str:
    return f"{v:.4g}"


def render(problem: CompareProblem, fmt: str = "text") -> str:
    """The worked comparison: each candidate's chain rule and value, then the conclusion."""
    from grader.derivation.solve import render_solution

    log = "ln" if problem.log_base == "e" else f"log{problem.log_base}"
    answer = problem.answer()
    if fmt == "json":
        out: dict[str, Any] = {
            "problem": problem.id,
            "kind": "compare",
            "ask": problem.ask,
            "log_base": problem.log_base,
            "candidates": [
                {"name": c.name, "y": list(c.problem.y), "log_prob": c.total, "per_token": c.per_token}
                for c in problem.candidates
            ],
            "answer": answer,
        }
        return json.dumps(out, indent=2) + "\n"
    parts = [f"# {problem.title or problem.id}\n" if fmt == "markdown" else ""]
    for c in problem.candidates:
        parts.append(f"{'## ' if fmt == 'markdown' else ''}Candidate {c.name}: y = {' '.join(c.problem.y)}\n")
        parts.append(render_solution(c.problem, fmt))
        if problem.per_token:
            parts.append(f"per token: {log} P({c.name}) / {len(c.problem.y)} = {_n(c.per_token)}\n")
        parts.append("\n")
    a, *rest = problem.candidates
    if problem.ask in CHOICE_ASKS:
        basis = problem.scores()
        order = " > ".join(f"{_n(v)} ({n})" for n, v in sorted(basis.items(), key=lambda kv: -kv[1]))
        parts.append(f"Conclusion: {order}, so {answer} is more likely")
        parts.append(" per token.\n" if problem.per_token else ".\n")
    else:
        b = rest[0]
        diff = a.total - b.total
        parts.append(
            f"{log} P({a.name}) − {log} P({b.name}) = {_n(a.total)} − ({_n(b.total)}) = {_n(diff)}\n"
        )
        if problem.ask == "probability_ratio":
            base = "e" if problem.log_base == "e" else problem.log_base
            parts.append(f"P({a.name}) / P({b.name}) = {base}^{_n(diff)} = {_n(answer)}\n")  # type: ignore[arg-type]
        parts.append(f"Answer: {_n(answer)}\n")  # type: ignore[arg-type]
    return "".join(parts)


def question_from_dict(data: dict[str, Any], path: str) -> CompareQuestion:
    """Read a compare problem file's table (ProblemError names the key)."""
    return CompareQuestion(compare_from_dict(data, path))
