"""Arithmetic anywhere in a decoding answer is checked (blind-kinds65: a Telugu answer, before Telugu was read,'s `0.6 × 0.7 = 0.48`
on a line the reader did not tie to greedy's output earned full marks). A product or sum of numbers set
equal to a number it is not, at the precision written, is an arithmetic-error on its line, charged half the
part it belongs to; the rounding of a log or a rounded product it is computed from is allowed for, the
model's own probabilities are exact; a line already charged is not charged twice."""

from __future__ import annotations

import random

import pytest

from grader.decoding.arithmetic import slips
from tests.test_decoding_reader2 import _question, codes, grade

# the prose of the answer in a language the reader has no words for (it cannot tie the line to a sequence)
KANNADA = (
    'ಗ್ರೀಡಿ: ಮೊದಲು "the" (0.6), ನಂತರ "cat" (0.7)\n'
    "ಸಂಭವನೀಯತೆ = 0.6 × 0.7 = {p}\n"
    "ಇತರ ಅನುಕ್ರಮಗಳು: the dog = 0.18, a cat = 0.20, a dog = 0.20\n"
    "ಹೌದು, {p} ಎಲ್ಲಕ್ಕಿಂತ ಹೆಚ್ಚು, ಆದ್ದರಿಂದ ಗ್ರೀಡಿ ಫಲಿತಾಂಶವೇ ಉತ್ತಮ.\n"
)


def test_a_slip_on_an_untied_line_is_charged() -> None:
    right = grade("greedy-is-best", KANNADA.format(p="0.42"))
    wrong = grade("greedy-is-best", KANNADA.format(p="0.48"))
    assert right.score == right.max_score and "arithmetic-error" not in codes(right)
    assert "arithmetic-error" in codes(wrong) and wrong.score < wrong.max_score
    assert [d.span.line for d in wrong.diagnostics if d.code == "arithmetic-error"] == [2]


@pytest.mark.parametrize("seed", range(20))
def test_random_wrong_products_are_slips_and_right_ones_are_not(seed: int) -> None:
    rng = random.Random(seed)
    a, b = rng.choice([0.5, 0.4, 0.6, 0.7, 0.3, 0.9]), rng.choice([0.5, 0.4, 0.6, 0.7, 0.3, 0.9])
    right = f"{a * b:.3f}"
    wrong = f"{a * b + rng.choice([-1, 1]) * rng.uniform(0.01, 0.2):.3f}"
    exact = frozenset({a, b})
    assert slips((f"P = {a} × {b} = {right}",), exact) == []
    assert [s.result.text for s in slips((f"P = {a} × {b} = {wrong}",), exact)] == [wrong]


@pytest.mark.parametrize(
    "line",
    [
        "log = -0.916 - 0.916 - 1.204 = -3.037",  # rounded logs: their sum may be off by their rounding
        "0.175 × 0.9 = 0.1575",
        "0.175 × 0.9 = 0.158",  # rounded at the precision written
        "ln(0.2)/2 = -0.805",  # a function's value is not computed here
        "0.6 × 0.7 = 42%",
        "Ref 3  0.3 x 0.6 = 0.18, x 0.3 = 0.054",  # a row's name before a product is no factor of it
    ],
)
def test_rounding_and_functions_are_no_slips(line: str) -> None:
    exact = _question("greedy-not-best").problem.exact_values  # type: ignore[attr-defined]
    assert slips((line,), exact) == []


def test_a_line_already_charged_is_not_charged_twice() -> None:
    report = grade(
        "greedy-is-best", 'Greedy: "the cat", probability = 0.6 × 0.7 = 0.48\nYes, it is the best.'
    )
    assert "arithmetic-error" not in codes(report) and "decoded-prob-wrong" in codes(report)
