"""Classes of correct work the grader used to mark down, each pinned by several variants written for
this test (not copied from a blind set) and a wrong twin of each that must stay caught (issue 10).

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # A word written straight before "=" is the student's name for the value: a new statement, not a
    # "= …" continuing the line above (which made "-0.4 = -0.7 + (-0.4)" a false step).
    (
        "own-name",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\ntotal = -0.7 + (-0.4) = -1.1\n"
        "avg = -1.1 / 2 = -0.55\nPPL = exp(0.55) = 1.733\n",
        (
            "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\ntotal = -0.7 + (-0.4) = -1.2\n"
            "avg = -1.2 / 2 = -0.6\nPPL = exp(0.6) = 1.822\n",
            3,
        ),
    ),
    (
        "own-name",
        "deep-learning-perplexity",
        "(a) ln Pr(y_1 | x) = -0.7 and ln Pr(y_2 | x, y_1) = -0.4\n(b) Combined = -1.1\n"
        "(c) halved = -0.55, negated = 0.55\nPerplexity = e^0.55 = 1.7333\n",
        (
            "(a) ln Pr(y_1 | x) = -0.7 and ln Pr(y_2 | x, y_1) = -0.4\n(b) Combined = -1.1\n"
            "(c) halved = -0.55, negated = 0.55\nPerplexity = e^0.55 = 1.9\n",
            4,
        ),
    ),
    (
        "own-name",
        "bigram-english-food",
        "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011\nP(food|english) = 0.5, "
        "P(</s>|food) = 0.68\nproduct = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-5\n",
        (
            "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011\nP(food|english) = 0.5, "
            "P(</s>|food) = 0.68\nproduct = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.5e-5\n",
            3,
        ),
    ),
    # An arrow opening a line ("=> …", "⇒ …") marks a conclusion; the maths after it is read.
    (
        "leading-arrow",
        "deep-learning",
        "ln Pr(y_1 | x) + ln Pr(y_2 | x, y_1) = -0.7 + (-0.4)\n=> log Pr(y | x) = -1.1\n",
        ("ln Pr(y_1 | x) + ln Pr(y_2 | x, y_1) = -0.7 + (-0.4)\n=> log Pr(y | x) = -1.3\n", 2),
    ),
    (
        "leading-arrow",
        "deep-learning-perplexity",
        "mean log-prob: (-0.7 - 0.4)/2 = -0.55\n⇒ PPL = e^{0.55} = 1.733\n",
        ("mean log-prob: (-0.7 - 0.4)/2 = -0.55\n⇒ PPL = e^{0.55} = 1.633\n", 2),
    ),
    # The radical sign √ applies to what follows it, as \sqrt{…} does.
    (
        "root-sign",
        "deep-learning-perplexity",
        "Pr(y | x) = e^{-1.1} = 0.3329\nPPL = 0.3329^(-1/2) = 1/√0.3329 = 1.733\n",
        ("Pr(y | x) = e^{-1.1} = 0.3329\nPPL = 0.3329^(-1/2) = 1/√0.3329 = 1.933\n", 2),
    ),
    (
        "root-sign",
        "deep-learning-perplexity",
        "PPL = √(1 / (e^{-0.7} · e^{-0.4})) = √3.0042 ≈ 1.7333\n",
        ("PPL = √(1 / (e^{-0.7} · e^{-0.4})) = √3.0042 ≈ 1.8333\n", 1),
    ),
]


@pytest.mark.parametrize(
    ("kind", "stem", "work", "twin"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_correct_variant_gets_full_marks(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    report = grade_text(work, _problem(stem))
    errors = [(d.code, d.span.line, d.message) for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "correct" and report.score == report.max_score, errors


@pytest.mark.parametrize(
    ("kind", "stem", "work", "twin"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_wrong_twin_stays_caught(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    text, line = twin
    report = grade_text(text, _problem(stem))
    errors = [d for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "incorrect" and report.score < report.max_score
    assert any(d.span.line == line for d in errors), [(d.code, d.span.line) for d in errors]
