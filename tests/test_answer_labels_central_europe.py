"""The answer labels of Hungarian, Romanian, Serbian (both scripts), Croatian and Bulgarian ("Válasz:",
"Răspuns:", "Odgovor:", "Одговор:", "Отговор:", "Végeredmény:", "Rezultat:") name the final answer, as
"Answer:" does: a remark in brackets beside it is an aside, and a wrong answer is charged on its own line."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/deep-learning.toml")
WORK = "log P(y|x) = -0.7 + (-0.4) = -1.1\n\n"
LABELS = [
    "Válasz:",
    "Végeredmény:",
    "Răspuns:",
    "Rezultat:",
    "Odgovor:",
    "Одговор:",
    "Konačni odgovor:",
    "Отговор:",
]


@pytest.mark.parametrize("label", LABELS)
def test_the_label_names_the_answer(label: str) -> None:
    report = grade_text(WORK + f"{label} -1.1 (Pr(y|x) = e^-1.1 ≈ 0.3329)\n", PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize("label", LABELS)
def test_a_wrong_answer_under_the_label_is_charged_there(label: str) -> None:
    report = grade_text(WORK + f"{label} -1.8\n", PROBLEM)
    assert report.verdict == "incorrect"
    assert ("final-answer-wrong", 3) in [(d.code, d.span.line) for d in report.diagnostics]
