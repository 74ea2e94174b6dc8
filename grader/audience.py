"""Who reads a report: staff see everything; students see what is wrong and where, not the answer."""

from __future__ import annotations

from grader.problem import Problem
from grader.report import Report


def student_view(report: Report, problem: Problem) -> Report:
    """The report as a student may see it under the problem's `reveal` policy."""
    return report  # filled in by the answer-secrecy change (issue 8)
