"""Further classes of correct work the grader used to mark down (issue 10, from the blind9 misses),
each pinned by variants written for this test (not copied from a blind set) and a wrong twin of each
that must stay caught at the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.core.precheck import decimal_commas
from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# The decimal-comma rule, one line of a file at a time: (lines, what is read).
COMMA_READINGS: list[tuple[list[str], list[str]]] = [
    (["P = 0,25 · 0,5 = 0,125"], ["P = 0.25 · 0.5 = 0.125"]),  # integer part 0: surely decimal
    (["ln P = -2,0794 nats"], ["ln P = -2.0794 nats"]),  # four decimals: surely decimal
    (["a = 0,5", "b = 1,386"], ["a = 0.5", "b = 1.386"]),  # ambiguous, follows the file's own use
    (["a = 0,5", "b = 2,5 and c = e^-1,1"], ["a = 0.5", "b = 2.5 and c = e^-1.1"]),
    (["10,000 tokens, 1,386 of them"], ["10,000 tokens, 1,386 of them"]),  # no sure decimal comma
    (["1,234,567 tokens", "p = 0,5, q = 1,386"], ["1,234,567 tokens", "p = 0.5, q = 1,386"]),  # English file
    (["0.25, 0.33, 0,5"], ["0.25, 0.33, 0.5"]),  # a list written with a space after its commas
    (["0.25,0.33 and 0,5"], ["0.25,0.33 and 0.5"]),  # glued to a point: a list, not a number
    (["P(y_2 | x, y_1) = 0,4"], ["P(y_2 | x, y_1) = 0.4"]),  # a condition's commas stay
    (["C(I, am) = 2, p = 0,5"], ["C(I, am) = 2, p = 0.5"]),
    (["y_{1,2} and x_1,2 and 0,5"], ["y_{1,2} and x_1,2 and 0.5"]),  # subscripts stay
    (["ranks 1,2,3 and 0,5"], ["ranks 1,2,3 and 0.5"]),  # a run of groups is a list
]


@pytest.mark.parametrize(("lines", "read"), COMMA_READINGS)
def test_decimal_comma_rule(lines: list[str], read: list[str]) -> None:
    out = decimal_commas(lines)
    assert out == read
    assert [len(line) for line in out] == [len(line) for line in lines]  # columns stay the student's


# (class, problem, correct work, (wrong work, the line of its slip))
# Graded by tests/test_reading_classes.py with its own table: (class, problem stem, right work, (wrong twin, line)).
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "decimal-comma",
        "deep-learning",
        "log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= -0,7 + -0,4\n= -1,1\n",
        ("log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= -0,7 + -0,4\n= -1,2\n", 3),
    ),
    (
        "decimal-comma",
        "bigram-english-food",
        "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n"
        "  = 0,25 × 0,33 × 0,0011 × 0,5 × 0,68\n  = 3,0855 × 10^-5\n",
        (
            "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n"
            "  = 0,25 × 0,33 × 0,0011 × 0,5 × 0,68\n  = 3,6855 × 10^-5\n",
            3,
        ),
    ),
    (
        "decimal-comma",
        "deep-learning-perplexity",
        "Somme: ln Pr(deep | x) + ln Pr(learning | x, deep) = -0,7 - 0,4 = -1,1\n"
        "PPL = exp(1,1 / 2) = exp(0,55) = 1,733\n",
        (
            "Somme: ln Pr(deep | x) + ln Pr(learning | x, deep) = -0,7 - 0,4 = -1,1\n"
            "PPL = exp(1,1 / 2) = exp(0,55) = 1,933\n",
            2,
        ),
    ),
    # A slip taken back: the statement it corrects is found by the left side the redo names again
    # (wherever it is), or is the statement just before the retraction; the redo is judged.
    (
        "redo",
        "logprobs-capital",
        "log Pr(y | x) = sum of the seven log-probs\n-0.0353 - 0.0099 = -0.0452\n-0.0452 - 0.0011 = -0.0463\n"
        "-0.0463 - 0.0013 = -0.0486\n-0.0476 - 0.0021 = -0.0497\n"
        "wait, should be -0.0463 - 0.0013 = -0.0476\n-0.0497 - 0.002 = -0.0517\n-0.0517 - 0.2231 = -0.2748\n"
        "Answer: -0.2748\n",
        (
            "log Pr(y | x) = sum of the seven log-probs\n-0.0353 - 0.0099 = -0.0452\n-0.0452 - 0.0011 = -0.0463\n"
            "-0.0463 - 0.0013 = -0.0486\n-0.0476 - 0.0021 = -0.0497\n"
            "wait, should be -0.0463 - 0.0013 = -0.0466\n-0.0497 - 0.002 = -0.0517\n-0.0517 - 0.2231 = -0.2748\n"
            "Answer: -0.2748\n",
            6,
        ),
    ),
    (
        "redo",
        "sam-corpus",
        "C(<s>) = 3, C(<s> I) = 2\nC(I) = 3, C(I am) = 2\nC(am) = 3, C(am Sam) = 1\nC(Sam) = 2, C(Sam </s>) = 1\n"
        "Correction: C(am) is only 2, I counted a line twice.\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        (
            "C(<s>) = 3, C(<s> I) = 2\nC(I) = 3, C(I am) = 2\nC(am) = 3, C(am Sam) = 1\nC(Sam) = 2, C(Sam </s>) = 1\n"
            "Correction: C(am) is only 2, I counted a line twice.\n"
            "P = 2/3 * 2/3 * 1/3 * 1/2 = 1/9\n",
            6,
        ),
    ),
    (
        "redo",
        "deep-learning-perplexity",
        "PPL = exp(1.1) = 3.004\nhmm, that doesn't look right: the 1/N is missing.\n"
        "PPL = exp(1.1 / 2) = exp(0.55) = 1.733\n",
        (
            "PPL = exp(1.1) = 3.004\nhmm, that doesn't look right: the 1/N is missing.\n"
            "PPL = exp(1.1 / 2) = exp(0.55) = 1.933\n",
            3,
        ),
    ),
    (
        "redo",
        "deep-learning",
        "log Pr(y_1 | x) + log Pr(y_2 | x, y_1) = -0.7 + -0.4\n-0.7 + -0.4 = -1.2\n"
        "-0.7 + -0.4 = -1.1   (redid the line above, I slipped)\nlog Pr(y | x) = -1.1\n",
        (
            "log Pr(y_1 | x) + log Pr(y_2 | x, y_1) = -0.7 + -0.4\n-0.7 + -0.4 = -1.2\n"
            "-0.7 + -0.4 = -1.3   (redid the line above, I slipped)\nlog Pr(y | x) = -1.3\n",
            3,
        ),
    ),
    # Words that name a quantity before a bare symbol ("the perplexity is e to the minus average") say
    # how it is computed; they do not state its value.
    (
        "named-bare-symbol",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\n"
        "The perplexity is e to the minus average log-probability.\nPPL = exp(1.1 / 2) = 1.733\n",
        (
            "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\n"
            "The perplexity is e to the minus average log-probability.\nPPL = exp(1.1 / 2) = 1.933\n",
            4,
        ),
    ),
]


def test_report_shows_what_was_written() -> None:
    """The report's lines are the student's (0,25), though the grader read 0.25."""
    report = grade_text("Pr(y | x) = 0,5 · 0,5", _problem("deep-learning"))
    assert report.source_lines == ("Pr(y | x) = 0,5 · 0,5",)
