"""A decimal comma before an exponent in e-notation (`3,086e-5`, `4,79E-5`) is a decimal comma: the number
is read as `3.086e-5`, as in the Dutch and Scandinavian answers of blind43 ("svar: 3,086e-5"). A letter
other than an exponent's e after the digits (`0,5x`, `2,5ab`) still keeps the comma as written."""

from __future__ import annotations

import pytest

from grader.core.precheck import decimal_commas
from grader.core.question import load_question
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("svar: 3,086e-5", "svar: 3.086e-5"),
        ("antwoord: 4,79E-5", "antwoord: 4.79E-5"),
        ("P ≈ 0,25e+1", "P ≈ 0.25e+1"),
        ("P = 3,0855e−5", "P = 3.0855e−5"),
        ("x = 0,5x", "x = 0,5x"),  # not an exponent: a letter after the digits keeps the comma
        ("f(0,5e)", "f(0,5e)"),  # an e with no digits after it is a letter
    ],
)
def test_a_decimal_comma_before_an_exponent(line: str, read: str) -> None:
    assert decimal_commas([line]) == [read]


_WORKING = "ln 0,25 = -1,3863\nsum = -10,3862\nP = e^(-10,3862) ≈ 3,0855 · 10^-5\n\n{label} {value}\n"


@pytest.mark.parametrize("label", ["Answer:", "Svar:", "Antwoord:"])
def test_an_answer_in_e_notation_with_a_decimal_comma_is_read(label: str) -> None:
    question = load_question(ROOT / "problems" / "seed" / "bigram-english-food.toml")
    right = question.grade(_WORKING.format(label=label, value="3,086e-5").encode(), "s.txt")
    assert right.verdict == "correct" and not right.diagnostics, right.diagnostics
    wrong = question.grade(_WORKING.format(label=label, value="3,086e-4").encode(), "s.txt")
    assert wrong.verdict != "correct"
