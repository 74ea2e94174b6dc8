"""A toy question kind for the seam's tests: full marks when the submission names the expected word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from grader.core.diagnostics import REGISTRY, make
from grader.core.examples import Example, read_examples
from grader.core.problemfile import ProblemError, check_keys
from grader.core.question import rejected_report
from grader.core.report import FinalAnswer, Report
from grader.core.source import Span


@dataclass(frozen=True)
class WordQuestion:
    path: str
    id: str
    title: str
    statement: str
    points: float
    word: str
    examples: tuple[Example, ...] = ()
    kind: str = "word"

    def prepare(self) -> None:
        pass

    def grade(self, data: bytes, name: str) -> Report:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return rejected_report(self.id, self.points, name, "not UTF-8", Span(1, 1, 1, 2), "submit text")
        right = self.word in text.split()
        diagnostics = (
            () if right else (make("final-answer-wrong", f"expected the word {self.word}", Span(1, 1, 1, 2)),)
        )
        final = FinalAnswer(None, None, right, 1, text.strip()[:40])
        verdict = "correct" if right else "incorrect"
        return Report(
            self.id, name, verdict, self.points if right else 0.0, self.points, final, diagnostics, ()
        )

    def student_view(self, report: Report, now: datetime | None = None) -> Report:
        return report

    def solve(self, fmt: str = "text") -> str:
        return f"The word is {self.word}.\n"

    def data_files(self) -> list[tuple[str, str]]:
        return []


def question_from_dict(data: dict[str, Any], path: str) -> WordQuestion:
    check_keys(data, ("kind", "id", "title", "statement", "points", "word", "examples"), path)
    if not isinstance(data.get("word"), str):
        raise ProblemError(path, "word", "expected a string")
    examples = read_examples(data.get("examples", []), REGISTRY)
    return WordQuestion(
        path,
        str(data.get("id", "word")),
        str(data.get("title", "")),
        str(data.get("statement", "")),
        float(data.get("points", 1)),
        data["word"],
        examples,
    )
