"""A remark in words, in brackets, on a number inside an expression ("= -0.0517 (first six) + (-0.2231)") is a
remark: the expression is read without it.

blind72 logprobs-capital/004 wrote "= -0.0517 (first six) + (-0.2231) = -0.2748"; the bracket of words was a
parse-error, the line was not read and the probability written after it ("P ≈ 0.76") was judged as the answer
(wrong-quantity on right work). A bracket of words right after a number or a bracket, with an operator or a
relation after it, is now blanked column for column; a unit in brackets, a token list and a bracket with maths in
it are left alone. A metamorphic table: each line with its remark is graded as the line without it.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.dressing import worded_remarks
from tests.conftest import ROOT

CAPITAL = ROOT / "problems/seed/logprobs-capital.toml"
SAM = ROOT / "problems/seed/sam-corpus.toml"

# (problem, the text with a remark, the remark)
CASES = [
    (
        CAPITAL,
        "chain rule: log P(y|x) = sum of the 7 token logprobs\n= -0.0517 (first six) + (-0.2231) = -0.2748\nP ≈ 0.76\n",
        " (first six)",
    ),
    (CAPITAL, "log P(y|x) = -0.0517 (first six) + (-0.2231) = -0.2848\n", " (first six)"),
    (SAM, "P = 2/3 (bigram) · 2/3 · 1/2 · 1/2 = 1/9\n", " (bigram)"),
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    report = load_question(path).grade(text.encode(), "work.txt")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize(("path", "text", "remark"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_worded_remark_is_read_as_a_remark(path, text: str, remark: str) -> None:  # type: ignore[no-untyped-def]
    assert graded(path, text) == graded(path, text.replace(remark, ""))


@pytest.mark.parametrize(
    "line",
    [
        "-1.1 (nats) / 2 = -0.55",
        "0.25 (i|<s>) * 0.33",
        "2 (words)",
        "P(I|<s>) (2/3) = 0.67",
        "log2(p) = ln(p)/ln(2)",
        "log10(P) = log10(0.25) + log10(0.33)",
    ],
)
def test_units_tokens_and_maths_in_brackets_stay(line: str) -> None:
    assert worded_remarks([line]) == [line]
