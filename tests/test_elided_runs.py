"""A run of terms elided with `…` in a sum or product is filled from the problem when the terms either side
share one rule of conditioning, and checked as if written out.

"log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) + … + log Pr(y_7|x, y_1..y_6)" was a parse-error (the grammar
read `…` only inside a condition), so its line went unread and the work to a person (blind10, blind15, blind19,
blind21, blind26, blind36, blind37, blind42, blind50, blind51 logprobs-capital; 55 other files of the training
sets wrote the same line and were read only because the reading happened to pass it over). Now the run is the
terms between the two written either side, each conditioned as both of them are (the whole history, the last w
tokens, with or without the prompt), so a right pattern is an identity and a wrong one (a product of logs, a
condition dropped on both sides, a term short) is named. Numbers either side of `…` are never filled in (the
student's values are not invented): that expression is taken out of its chain and what comes before it is
compared with what comes after.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAPITAL = ROOT / "problems/seed/logprobs-capital.toml"  # 7 token logprobs, sum -0.2748
SAM = ROOT / "problems/seed/sam-corpus.toml"  # MLE bigram, P(<s> I am Sam </s>) = 1/9
NUMBERS = "\n= -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n"
LEFT = "log Pr(y|x) = "

# the same run, written with positions or with the tokens themselves, in ASCII, Unicode and LaTeX
RIGHT_PATTERNS = [
    "log Pr(y_1|x) + log Pr(y_2|x,y_1) + ... + log Pr(y_7|x,y_1..y_6)",
    "log Pr(y_1|x) + log Pr(y_2|x,y_1) + ... + log Pr(y_7|x,y_{<7})",
    "log Pr(y₁ | x) + log Pr(y₂ | x, y₁) + … + log Pr(y₇ | x, y₁…y₆)",
    "log Pr(The|x) + log Pr(capital|x,The) + ... + log Pr(.|x,The,...,Paris)",
    r"\log\Pr(y_1\mid x) + \log\Pr(y_2\mid x,y_1) + \dots + \log\Pr(y_7\mid x,y_{<7})",
    "log Pr(y_1|x) + log Pr(y_2|x,y_1) + log Pr(y_3|x,y_1,y_2) + ... + log Pr(y_7|x,y_{<7})",
]

# (wrong pattern, the code it must be told)
WRONG_PATTERNS = [
    ("log Pr(y_1|x) · log Pr(y_2|x,y_1) · … · log Pr(y_7|x,y_{<7})", "multiplied-log-probs"),
    ("log Pr(y_1|x) + log Pr(y_2|y_1) + … + log Pr(y_7|y_6)", "dropped-conditioning"),
    ("log Pr(y_1) + log Pr(y_2) + … + log Pr(y_7)", "dropped-conditioning"),
    ("log Pr(y_1|x) + log Pr(y_2|x,y_1) + … + log Pr(y_6|x,y_{<6})", "missing-term"),
]


def graded(text: str, path=CAPITAL):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize("pattern", RIGHT_PATTERNS)
def test_a_right_elided_run_is_read_and_holds(pattern: str) -> None:
    report = graded(LEFT + pattern + NUMBERS)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]
    assert report.steps and report.steps[0].line == 1 and report.steps[0].status == "ok"


@pytest.mark.parametrize(("pattern", "code"), WRONG_PATTERNS)
def test_a_wrong_elided_run_is_named(pattern: str, code: str) -> None:
    report = graded(LEFT + pattern + NUMBERS)
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes
    assert code in report.codes and "parse-error" not in report.codes, report.codes


def test_a_product_of_bigram_conditionals_is_filled_by_the_models_rule() -> None:
    head = "P(<s> I am Sam </s>) = P(I|<s>) · P(am|I) · … · P(</s>|Sam)"
    report = graded(head + " = 2/3 · 2/3 · 1/2 · 1/2 = 1/9", SAM)
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, False), (
        report.codes
    )
    short = graded(head + " = 2/3 · 2/3 · 1/2 = 2/9", SAM)  # a factor left out of the numbers
    assert "missing-term" in short.codes and short.score < short.max_score, short.codes
    added = graded(
        "P(<s> I am Sam </s>) = P(I|<s>) + P(am|I) + … + P(</s>|Sam) = 2/3 + 2/3 + 1/2 + 1/2 = 7/3", SAM
    )
    assert "added-probs" in added.codes, added.codes


@pytest.mark.parametrize(
    "numbers",
    [
        "-0.0353 + (-0.0099) + ... + (-0.2231)",
        "-0.0353 - 0.0099 - … - 0.2231",
        r"-0.0353 - 0.0099 - \cdots - 0.2231",
    ],
)
def test_elided_numbers_are_not_invented_and_cost_nothing(numbers: str) -> None:
    right = graded(f"log Pr(y|x) = {numbers}\n= -0.2748\n")
    assert (right.verdict, right.score, right.needs_review) == ("correct", right.max_score, False), (
        right.codes
    )
    # what comes before the numbers is compared with what comes after: a wrong total is still wrong
    wrong = graded(f"log Pr(y|x) = {numbers}\n= -0.3748\n")
    assert wrong.verdict == "incorrect" and "final-answer-wrong" in wrong.codes, wrong.codes


def test_a_run_with_no_shared_rule_is_a_warning_not_a_deduction() -> None:
    # names of the student's own either side: nothing says what `…` stands for
    report = graded("l_1 + ... + l_7 = -0.2748\nlog Pr(y|x) = -0.2748\n")
    assert report.score == report.max_score and report.needs_review, report.codes
    assert all(d.severity == "warning" for d in report.diagnostics if d.code == "parse-error")
