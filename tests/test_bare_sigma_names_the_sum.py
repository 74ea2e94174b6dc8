"""A bare Σ, or the word `sum` alone as an operand, written after a sum is worked names that sum, with the
student's own value of it.

"Σ ln Pr(y_i | x, y_<i) = -1.1" and then "−(1/N)Σ = 1.1 ÷ 2 = 0.55": the Σ alone is the sum just worked, as a
name the student gave it would be (blind59, blind60 deep-learning-perplexity/002, logprobs-inline-perplexity/
003). It was an unknown symbol, its step unchecked and the work sent for review; now the step is judged from
the student's value of the sum, so a slip after it is an arithmetic error and right work needs no review. A Σ
written before any sum is worked names nothing: an unknown symbol, a warning, no marks lost.

The word `sum` alone between operators ("-(1/N) * sum = 0.55", "| -(1/N)·sum | 0.55 |", "−sum/2") was a parse-error
(the grammar reads `sum` only before what it sums); it is read as the bare Σ (maths.ownwords.lone_sums). A sum is
worked by Σ … = …, by the log-likelihood in symbols or words ("ln Pr(y|x) = … = -1.1", "sum of log-probs = …"),
or on a line labelled with the word ("sum = -1.5").
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"  # Σ ln p = -1.1, PPL = e^0.55 = 1.7333
SUM = "Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.1\n"

# (name, right text, wrong twin)
CASES = [
    (
        "minus a fraction times Σ",
        SUM + "N = 2\n-(1/N)Σ = 1.1 / 2 = 0.55\nPPL = e^0.55 ≈ 1.733\n",
        SUM + "N = 2\n-(1/N)Σ = 1.1 / 2 = 0.65\nPPL = e^0.65 ≈ 1.916\n",
    ),
    (
        "Σ over N in the exponent",
        SUM + "PPL = e^{-Σ/2} = e^{0.55} = 1.733\n",
        SUM + "PPL = e^{-Σ/2} = e^{0.65} = 1.916\n",
    ),
    (
        "Σ over N alone",
        SUM + "-Σ/2 = 0.55\nPPL = e^0.55 = 1.7333\n",
        SUM + "-Σ/2 = 0.45\nPPL = e^0.45 = 1.5683\n",
    ),
    (
        "full-width, Chinese",
        "Σ ln Pr(y_i | x, y_<i) ＝ (−0.7) ＋ (−0.4) ＝ −1.1\nN ＝ 2，所以 −(1/N)Σ ＝ 1.1 ÷ 2 ＝ 0.55\nPPL ＝ e^0.55 ≈ 1.733\n",
        "Σ ln Pr(y_i | x, y_<i) ＝ (−0.7) ＋ (−0.4) ＝ −1.1\nN ＝ 2，所以 −(1/N)Σ ＝ 1.1 ÷ 2 ＝ 0.65\nPPL ＝ e^0.65 ≈ 1.916\n",
    ),
]


PPL_BLUE = ROOT / "problems/seed/logprobs-inline-perplexity.toml"  # ln p: -1.2, -0.3; PPL = e^0.75 = 2.117

# (name, problem, right text, wrong twin): the word `sum` as the name of the sum worked before it
WORD_CASES = [
    (
        "sum of log-probs, then times sum",
        PERPLEXITY,
        "sum of log-probs = -0.7 + (-0.4) = -1.1\n-(1/N) * sum = 1.1 / 2 = 0.55\nPPL = exp(0.55) = 1.7333\n",
        "sum of log-probs = -0.7 + (-0.4) = -1.1\n-(1/N) * sum = 1.1 / 2 = 0.45\nPPL = exp(0.45) = 1.5683\n",
    ),
    (
        "a line labelled sum",
        PPL_BLUE,
        "ln P(deep | x) = -1.2\nln P(blue | x, deep) = -0.3\nsum = -1.5\nN = 2\n-(1/N) sum = 0.75\n"
        "PPL = e^0.75 = 2.117\n",
        "ln P(deep | x) = -1.2\nln P(blue | x, deep) = -0.3\nsum = -1.5\nN = 2\n-(1/N) sum = 0.85\n"
        "PPL = e^0.85 = 2.340\n",
    ),
    (
        "the log-likelihood in symbols",
        PERPLEXITY,
        "ln Pr(y|x) = ln Pr(deep|x) + ln Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n(1/N) * sum = -1.1 / 2 = -0.55\n"
        "PP = exp(0.55) = 1.7333\n",
        "ln Pr(y|x) = ln Pr(deep|x) + ln Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n(1/N) * sum = -1.1 / 2 = -0.65\n"
        "PP = exp(0.65) = 1.9155\n",
    ),
    (
        "minus sum over two",
        PERPLEXITY,
        SUM + "-sum/2 = 0.55\nPPL = e^0.55 = 1.7333\n",
        SUM + "-sum/2 = 0.45\nPPL = e^0.45 = 1.5683\n",
    ),
]


def graded(text: str, path=PERPLEXITY):  # type: ignore[no-untyped-def]  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(("name", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_sigma_is_the_sum_worked_before_it(name: str, right: str, wrong: str) -> None:
    report = graded(right)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]
    report = graded(wrong)
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes
    assert "arithmetic-error" in report.codes, report.codes
    assert "unknown-symbol" not in report.codes


def test_the_sum_carries_the_students_own_value() -> None:
    # their sum slipped (-1.2); the Σ after it is their -1.2, so the halving is judged right from it
    report = graded("Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.2\n-Σ/2 = 0.6\nPPL = e^0.6 = 1.8221\n")
    arithmetic = [d for d in report.diagnostics if d.code == "arithmetic-error"]
    assert [d.span.line for d in arithmetic] == [1], report.codes


def test_a_sigma_before_any_sum_names_nothing() -> None:
    report = graded("-(1/2)Σ = 0.55\nPPL = e^0.55 = 1.7333\n")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    unknown = [d for d in report.diagnostics if d.code == "unknown-symbol"]
    assert unknown and all(d.severity == "warning" for d in unknown)


@pytest.mark.parametrize(("name", "path", "right", "wrong"), WORD_CASES, ids=[c[0] for c in WORD_CASES])
def test_the_word_sum_alone_is_the_sum_worked_before_it(name: str, path, right: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    report = graded(right, path)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]
    report = graded(wrong, path)
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes
    slip = [d for d in report.diagnostics if d.code == "arithmetic-error"]
    assert slip, report.codes
    line = wrong.splitlines()[slip[0].span.line - 1]
    assert "sum" in line  # placed on the line that uses the sum, quoted as written
    assert "Σ" not in slip[0].message  # what the student wrote is quoted, not the name it is read as


def test_a_sum_with_something_to_sum_is_left_to_the_grammar() -> None:
    from grader.maths.ownwords import lone_sums

    kept = ["Z1 = sum exp(row 1) = 7.9498", "sum_i ln p_i = -1.1", "the sum of the logs", "sum = -1.5"]
    assert lone_sums(kept) == kept
    assert lone_sums(["-(1/N) * sum = 0.55"]) == ["-(1/N) * (Σ) = 0.55"]
