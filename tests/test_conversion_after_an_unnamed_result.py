"""A value converted to another quantity after an unnamed result is a remark; the result is the answer.

From blind-kinds55 (timed-exam shorthand), flaw--multiplied-logs/001: "corrected: -0.7 + (-0.4) = -1.1  ⇒ Pr ≈
e^-1.1 ≈ 0.33". The result -1.1 names no quantity, the line after it names another one than the asked (the
probability, where the log-likelihood is asked), and it is worked from that result: a conversion, which the
final-answer rule already makes a remark when the result is named ("log Pr(y|x) = … = -1.1 ⇒ Pr ≈ 0.33"). It
was taken for the answer (wrong-quantity and final-answer-wrong). Now the converted line is a remark when it
writes the result in its working (e^-1.1) or its value is the result's probability or log (or minus the log)
in the problem's base, at the precision written. A line naming another quantity that is not so worked from
the result before it stays the answer, checked as one.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

LOGLIK = ROOT / "problems/seed/deep-learning.toml"  # log Pr(y|x) = -1.1 asked
PROB = ROOT / "problems/seed/bigram-english-food.toml"  # the probability 3.0855e-05 asked
FLAW = ROOT / "problems/flaw/multiplied-logs.toml"  # the flaw, then the corrected log-likelihood

FLAW_HEAD = "[line 2] multiplies the logs; log of a product = SUM of logs\n"
BIGRAM = "0.25 × 0.33 × 0.0011 × 0.5 × 0.68 = 3.0855e-05"

CONVERTED = [
    ("arrow, worked", LOGLIK, "-0.7 + (-0.4) = -1.1  ⇒ Pr ≈ e^-1.1 ≈ 0.33"),
    ("so, worked", LOGLIK, "-0.7 + (-0.4) = -1.1, so Pr ≈ e^-1.1 ≈ 0.33"),
    ("arrow, its value only", LOGLIK, "-0.7 + (-0.4) = -1.1  ⇒ P ≈ 0.33"),
    ("labelled", LOGLIK, "corrected: -0.7 + (-0.4) = -1.1  ⇒ Pr ≈ e^-1.1 ≈ 0.333"),
    ("to the log, worked", PROB, BIGRAM + " ⇒ log P = ln(3.0855e-05) = -10.39"),
    ("to the log, value only", PROB, BIGRAM + " ⇒ log P = -10.39"),
    ("to minus the log", PROB, BIGRAM + " ⇒ -log P = 10.39"),
    ("the flaw's correction", FLAW, FLAW_HEAD + "corrected: -0.7 + (-0.4) = -1.1  ⇒ Pr ≈ e^-1.1 ≈ 0.33"),
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade((text + "\n").encode(), "s")


def errors(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics if d.severity == "error"]


@pytest.mark.parametrize(("name", "path", "text"), CONVERTED)
def test_a_conversion_of_an_unnamed_result_is_a_remark(name: str, path, text: str) -> None:  # type: ignore[no-untyped-def]
    result = graded(path, text)
    assert errors(result) == []
    assert result.score == result.max_score


WRONG = [
    ("the result wrong", LOGLIK, "-0.7 + (-0.4) = -1.2  ⇒ Pr ≈ e^-1.2 ≈ 0.30", "arithmetic-error"),
    (
        "the conversion not of the result",
        LOGLIK,
        "-0.7 + (-0.4) = -1.1  ⇒ Pr ≈ e^-1.2 ≈ 0.30",
        "wrong-quantity",
    ),
    ("another quantity worked directly", LOGLIK, "Pr = e^-0.7 · e^-0.4 = 0.33", "wrong-quantity"),
    ("a value no conversion gives", LOGLIK, "-0.7 + (-0.4) = -1.1  ⇒ P ≈ 0.35", "wrong-quantity"),
    (
        "the log-likelihood named",
        PROB,
        "log P = ln 0.25 + ln 0.33 + ln 0.0011 + ln 0.5 + ln 0.68 = -10.39",
        "wrong-quantity",
    ),
    (
        "the flaw's correction wrong",
        FLAW,
        FLAW_HEAD + "corrected: -0.7 + (-0.4) = -1.2  ⇒ Pr ≈ e^-1.2 ≈ 0.30",
        "final-answer-wrong",
    ),
]


@pytest.mark.parametrize(("name", "path", "text", "code"), WRONG)
def test_what_is_no_conversion_stays_the_answer(name: str, path, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    result = graded(path, text)
    assert code in errors(result)
    assert result.score < result.max_score
