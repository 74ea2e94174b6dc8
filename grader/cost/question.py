"""The cost question on the seam: an expression in n, m, k, d, L, h, |V| for the work a strategy does."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from grader.core.question import FromProblem
from grader.core.report import Report
from grader.cost.problem import CostProblem, problem_from_dict


@dataclass(frozen=True)
class CostQuestion(FromProblem):
    """A `Question` whose answer is a closed form (or its growth) for a count of work."""

    problem: CostProblem
    kind: str = "cost"

    def prepare(self) -> None:
        from grader.cost.reader import parser

        parser()

    def grade(self, data: bytes, name: str) -> Report:
        from grader.cost.grade import grade_bytes

        return grade_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        # messages never state the reference form, and FinalAnswer.expected is always None here
        return report

    def solve(self, fmt: str = "text") -> str:
        from grader.cost.solve import render_solution

        return render_solution(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        return []


def question_from_dict(data: dict[str, Any], path: str) -> CostQuestion:
    """Read a cost problem file's table (ProblemError names the key)."""
    return CostQuestion(problem_from_dict(data, path))
