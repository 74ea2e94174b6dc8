"""The flaw question on the seam: find the first wrong line of a flawed calculation, name it, correct it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from grader.core.diagnostics import REGISTRY
from grader.core.question import FromProblem
from grader.core.report import Report
from grader.derivation.question import _data_files
from grader.flaw.problem import FlawProblem, flaw_from_dict


@dataclass(frozen=True)
class FlawQuestion(FromProblem):
    """A `Question` whose answer names a flawed calculation's wrong line and mistake, and corrects it."""

    problem: FlawProblem
    kind: str = "flaw"

    def prepare(self) -> None:
        from grader.maths.build import parser

        parser()

    def grade(self, data: bytes, name: str) -> Report:
        from grader.flaw.grade import grade_flaw_bytes

        return grade_flaw_bytes(data, self.problem, name)

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        from grader.derivation.audience import student_view

        return student_view(report, self.problem.problem, now)

    def solve(self, fmt: str = "text") -> str:
        return render(self.problem, fmt)

    def data_files(self) -> list[tuple[str, str]]:
        model = self.problem.raw.get("model")
        return _data_files(model if isinstance(model, dict) else {}, "model")


def render(problem: FlawProblem, fmt: str = "text") -> str:
    """The key: the flawed calculation numbered, its first wrong line and mistake, and the correction."""
    from grader.derivation.solve import render_solution

    flaw = problem.flaw
    entries = [REGISTRY[c] for c in flaw.codes]
    if fmt == "json":
        out: dict[str, Any] = {
            "problem": problem.id,
            "kind": "flaw",
            "flawed": list(problem.flawed),
            "line": flaw.line,
            "codes": list(flaw.codes),
            "mistake": [e.title for e in entries],
            "correction": json.loads(render_solution(problem.problem, "json")),
        }
        return json.dumps(out, indent=2) + "\n"
    md = fmt == "markdown"
    parts = [f"# {problem.title or problem.id}\n\n" if md else "", "The flawed calculation:\n"]
    parts += [f"  {i:>2}  {line}\n" for i, line in enumerate(problem.flawed, 1)]
    parts.append(f"\nFirst wrong line: line {flaw.line}: {flaw.text.strip()}\n")
    for e in entries:
        parts.append(f"Mistake: {e.title} ({e.code}). {e.why}\n")
        if e.says:
            parts.append(f"  (in words: {'; '.join(e.says[:3])})\n")
    parts.append("\n## Correction\n\n" if md else "\nCorrection:\n")
    parts.append(render_solution(problem.problem, fmt))
    return "".join(parts)


def question_from_dict(data: dict[str, Any], path: str) -> FlawQuestion:
    """Read a flaw problem file's table (ProblemError names the key)."""
    return FlawQuestion(flaw_from_dict(data, path))
