"""A value an arrow's clause ends on, or a label's value worked as e^0.55, is a stated result.

From blind63 (Python and Jupyter pastes), deep-learning-perplexity/005, whose first line was working told with
arrows between words: "Sum of log-probs: −0.7 + (−0.4) = −1.1 → divide by N = 2 → −0.55 → negate and exp:
e^0.55." Alone, it was read as no mathematics (0 marks, unparsable): the clause "→ negate and exp: e^0.55"
ends on a value worked with a function, and a lone e^0.55 after words was taken for a mention, as a term is
("we need P(am|I)"). Two rules now:
- a clause an arrow opens (through "and"/"then") whose words end in a colon states the value after the colon:
  the result of the operations the words name ("→ negate and exp: e^0.55"); "→ divide by 2 →" states no 2;
- a value worked on numbers only (e^0.55, exp(1.1/2), ln 2) after a label reads as a plain number does:
  "perplexity: e^0.55" is graded exactly as "perplexity: 1.733" is, and its mistakes are named the same way.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"  # -0.7, -0.4; PP = e^0.55 = 1.7333

SUM = "Sum of log-probs: −0.7 + (−0.4) = −1.1"

ARROWED = [
    ("the blind file's line", SUM + " → divide by N = 2 → −0.55 → negate and exp: e^0.55."),
    ("no full stop", SUM + " → divide by N = 2 → −0.55 → negate and exp: e^0.55"),
    ("no words before the sum", "−0.7 + (−0.4) = −1.1 → divide by N = 2 → −0.55 → negate and exp: e^0.55"),
    ("braces, one operation", SUM + " → divide by N = 2 → −0.55 → exp of minus that: e^{0.55}"),
    ("then, exp()", SUM + " → divide by N = 2 → −0.55 → negate, then exponentiate: exp(0.55)"),
    ("a bare divisor is no value", SUM + " → divide by 2 → −0.55 → negate and exp: e^0.55"),
    ("ASCII arrows", "-0.7 + (-0.4) = -1.1 -> divide by N = 2 -> -0.55 -> negate and exp: e^0.55"),
]

ARROWED_WRONG = [
    ("wrong N", SUM + " → divide by N = 3 → −0.367 → negate and exp: e^0.367.", "perplexity-normalization"),
    ("sign kept", SUM + " → divide by N = 2 → −0.55 → exp: e^-0.55", "sign-error"),
    ("wrong exponent", SUM + " → divide by N = 2 → −0.55 → negate and exp: e^0.65", "final-answer-wrong"),
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(PERPLEXITY).grade((text + "\n").encode(), "s")


@pytest.mark.parametrize(("name", "text"), ARROWED, ids=[n for n, _ in ARROWED])
def test_value_an_arrow_leads_to_is_the_answer(name: str, text: str) -> None:
    report = graded(text)
    assert report.verdict == "correct", [d.code for d in report.diagnostics]
    assert report.score == report.max_score
    assert report.final_answer is not None and report.final_answer.value == pytest.approx(1.7333, abs=1e-3)


@pytest.mark.parametrize(("name", "text", "code"), ARROWED_WRONG, ids=[n for n, _, _ in ARROWED_WRONG])
def test_wrong_value_an_arrow_leads_to_is_named(name: str, text: str, code: str) -> None:
    report = graded(text)
    assert report.verdict == "incorrect"
    codes = {d.code for d in report.diagnostics if d.severity == "error"}
    assert code in codes and "final-answer-wrong" in codes


# the same labelled answers, the value written as a number and worked as a function of numbers
LABELLED = [
    ("perplexity: {}", "1.733", "e^0.55"),
    ("Perplexity: {}", "1.7333", "exp(0.55)"),
    ("PP: {}", "1.733", "e^{1.1/2}"),
    ("Sum: −1.1, mean: -0.55, perplexity: {}", "1.733", "e^0.55"),
    ("Sum: −1.1, mean: -0.55, perplexity: {}", "1.822", "e^0.6"),  # wrong both ways
    ("perplexity: {}", "0.5769", "e^-0.55"),
]


@pytest.mark.parametrize(("form", "number", "worked"), LABELLED, ids=[f"{f}|{w}" for f, _, w in LABELLED])
def test_labelled_value_worked_reads_as_the_number(form: str, number: str, worked: str) -> None:
    as_number, as_worked = graded(form.format(number)), graded(form.format(worked))
    assert as_worked.verdict == as_number.verdict != "unparsable"
    assert as_worked.score == as_number.score
    codes = sorted(d.code for d in as_number.diagnostics)
    assert sorted(d.code for d in as_worked.diagnostics) == codes
