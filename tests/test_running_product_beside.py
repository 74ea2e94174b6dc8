"""A running computation carried on beside its value on one line ("P = 0.25*0.33 = 0.0825, *0.0011 = 9.075e-5,
…", "$0.25 \\times 0.33 = 0.0825$, $\\times 0.0011 = …$") goes on from the value the part before it came to,
as a line below does; a name on its left (P) names what the whole run comes to. Each variant is read whole
(no line left unread) and right; its twin with one slip is charged on that line."""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem() -> Problem:
    return load_problem(ROOT / "problems/seed/bigram-english-food.toml")


RUNS = [
    ("ascii-commas", "P = 0.25*0.33 = 0.0825, *0.0011 = {a}, *0.5 = {b}, *0.68 = {c}"),
    ("unicode-semicolons", "P(y|x) = 0.25 × 0.33 = 0.0825; × 0.0011 = {a}; × 0.5 = {b}; × 0.68 = {c}"),
    (
        "latex-inline-pieces",
        "$0.25 \\times 0.33 = 0.0825$, $\\times 0.0011 = {a}$, $\\times 0.5 = {b}$, $\\times 0.68 = {c}$",
    ),
    ("bare-numbers", "0.25*0.33 = 0.0825, *0.0011 = {a}, *0.5 = {b}, *0.68 = {c}"),
]
RIGHT = {"a": "9.075e-5", "b": "4.5375e-5", "c": "3.0855e-5"}
SLIPPED = {"a": "9.175e-5", "b": "4.5875e-5", "c": "3.1195e-5"}  # a slip at the first step, carried on


def _text(template: str, values: dict[str, str]) -> str:
    return (
        "Bigram probabilities multiplied in order:\n"
        + template.replace("{a}", values["a"]).replace("{b}", values["b"]).replace("{c}", values["c"])
        + "\n"
    )


@pytest.mark.parametrize(("name", "template"), RUNS, ids=[r[0] for r in RUNS])
def test_a_running_product_on_one_line_is_read_and_right(name: str, template: str) -> None:
    report = grade_text(_text(template, RIGHT), _problem())
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics
    assert not [d for d in report.diagnostics if d.code == "parse-error"]


@pytest.mark.parametrize(("name", "template"), RUNS, ids=[r[0] for r in RUNS])
def test_a_slip_in_the_run_is_charged_on_its_line(name: str, template: str) -> None:
    report = grade_text(_text(template, SLIPPED), _problem())
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert report.score < report.max_score
    assert ("arithmetic-error", 2) in errors, errors


def test_an_emphasised_word_after_a_comma_is_no_operator() -> None:
    text = "e^0.256 ≈ 1.292, so *cat* gets about 1.292 / 14.0 ≈ 0.0923.\nP = 0.25*0.33*0.0011*0.5*0.68 = 3.0855e-5\n"
    report = grade_text(text, _problem())
    assert report.verdict == "correct"
