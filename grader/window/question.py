"""The window question on the seam: the full model against its k-token window."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from grader.core.question import FromProblem
from grader.core.report import FinalAnswer, Report
from grader.window.problem import WindowProblem, window_problem_from_dict


@dataclass(frozen=True)
class WindowQuestion(FromProblem):
    """A `Question` asking log P(y | x) under a full model and under its k-window, their gap and the cost."""

    problem: WindowProblem
    kind: str = "window"

    def prepare(self) -> None:
        from grader.maths.build import parser

        parser()

    def grade(self, data: bytes, name: str) -> Report:
        from grader.window.grade import grade_window_bytes

        return grade_window_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        """Both models' secret values and the gap hidden, unless the problem reveals them."""
        from grader.derivation.audience import Redactor, reveals, secret_values

        full = self.problem.full
        if reveals(full, now):
            return report
        redactor = Redactor(full, "\n".join(report.source_lines))
        gap = abs(self.problem.gap)
        redactor.secrets = redactor.secrets + secret_values(self.problem.windowed) + ((gap,) if gap else ())
        diagnostics = tuple(
            replace(d, message=redactor.hide(d.message), hint=redactor.hide(d.hint))
            for d in report.diagnostics
        )
        final = report.final_answer
        if final is not None:
            final = FinalAnswer(final.value, None, final.correct, final.line, final.text)
        return replace(report, diagnostics=diagnostics, final_answer=final)

    def solve(self, fmt: str = "text") -> str:
        from grader.window.solve import render_window_solution

        return render_window_solution(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        from grader.derivation.question import _data_files

        model = self.problem.raw.get("model")
        return _data_files(model if isinstance(model, dict) else {}, "model")


def question_from_dict(data: dict[str, Any], path: str) -> WindowQuestion:
    """Read a window problem file's table (ProblemError names the key)."""
    return WindowQuestion(window_problem_from_dict(data, path))
