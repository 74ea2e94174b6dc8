"""The decoding question on the seam: greedy, beam or exhaustive search answers, checked step by step."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from grader.core.question import FromProblem
from grader.core.report import FinalAnswer, Report
from grader.decoding.problem import DecodingProblem, problem_from_dict


@dataclass(frozen=True)
class DecodingQuestion(FromProblem):
    """A `Question` whose answer is the output of a search over a model, with its probability."""

    problem: DecodingProblem
    kind: str = "decoding"

    def prepare(self) -> None:
        """Cache the distributions the reference search visits, before worker processes fork."""
        r = self.problem.reference
        for prefix in {
            h.tokens[:i]
            for h in (r.greedy, *(h for s in r.steps for h in s.kept))
            for i in range(len(h.tokens))
        }:
            self.problem.distribution(prefix)

    def grade(self, data: bytes, name: str) -> Report:
        from grader.decoding.grade import grade_bytes

        return grade_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        """The report without the reference's sequences and values, until the problem reveals them."""
        p = self.problem
        if p.reveal == "always" or (
            p.reveal == "after_deadline"
            and p.deadline is not None
            and (now or datetime.now(UTC)) >= p.deadline
        ):
            return report
        diagnostics = tuple(
            replace(d, message=d.before_reveal, before_reveal=None) if d.before_reveal is not None else d
            for d in report.diagnostics
        )
        final = report.final_answer
        if final is not None:
            final = FinalAnswer(final.value, None, final.correct, final.line, final.text)
        return replace(report, diagnostics=diagnostics, final_answer=final)

    def solve(self, fmt: str = "text") -> str:
        from grader.decoding.solve import render_solution

        return render_solution(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        from grader.derivation.question import _data_files

        model = self.problem.raw.get("model")
        return _data_files(model if isinstance(model, dict) else {}, "model")


def question_from_dict(data: dict[str, Any], path: str) -> DecodingQuestion:
    """Read a decoding problem file's table (ProblemError names the key)."""
    return DecodingQuestion(problem_from_dict(data, path))
