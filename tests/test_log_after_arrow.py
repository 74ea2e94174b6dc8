"""A log named with no argument after an arrow ("P(the|x) = 0.23595 → -ln = 1.4441", "P(cat|the) = 0.25 ->
-log2 = 2") is taken of the probability the statement before the arrow came to, and checked as a step. After a
statement of a log ("ln(1/2) = -0.6931 -> log2 = -1") it is the other log of the same probability, not a log
of the log: never read as one. Wrong twins: a wrong log value is charged on its line."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/cat-nll-bits.toml")
ROWS = [
    ("P(the|<s>) = 0.5", "1"),
    ("P(cat|the) = 0.25", "2"),
    ("P(sat|cat) = 0.2", "2.3219"),
    ("P(</s>|sat) = 0.5", "1"),
]


def _text(arrow: str, log: str, values: list[str]) -> str:
    lines = [f"{p} {arrow} {log} = {v}" for (p, _), v in zip(ROWS, values, strict=True)]
    total = " + ".join(values)
    return "\n".join([*lines, f"NLL = {total} = {sum(map(float, values)):.4f} bits"]) + "\n"


@pytest.mark.parametrize(("arrow", "log"), [("->", "-log2"), ("→", "−log₂"), ("=>", "-log_2")])
def test_a_bare_log_after_an_arrow_takes_the_probability(arrow: str, log: str) -> None:
    report = grade_text(_text(arrow, log, [v for _, v in ROWS]), PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


def test_a_wrong_log_after_an_arrow_is_charged_on_its_line() -> None:
    report = grade_text(_text("->", "-log2", ["1", "3", "2.3219", "1"]), PROBLEM)
    assert report.verdict == "incorrect"
    assert 2 in [d.span.line for d in report.diagnostics if d.severity == "error"]


def test_after_a_statement_of_a_log_it_is_not_a_log_of_the_log() -> None:
    text = "ln(1/2) = -0.6931  -> log2 = -1\nln(1/4) = -1.3863 -> log2 = -2\n"
    text += "ln(1/5) = -1.6094 -> log2 = -2.3219\nln(1/2) = -0.6931 -> log2 = -1\nNLL = 6.3219 bits\n"
    report = grade_text(text, PROBLEM)
    assert report.score == report.max_score, report.codes
    assert "step-unconfirmed" not in report.codes
