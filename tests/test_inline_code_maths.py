"""Maths set in inline code (`L h (nm + n(n+1)/2)`), as AsciiMath and Markdown write it, is read by the cost and
decoding kinds as the same maths without the backticks.

blind-kinds62 (a class writing AsciiMath) put every cost answer in backticks: six of twelve correct cost answers
were unparsable or judged from a line above ("Total = `L h sum_(i=1)^n (m+i) = L h (nm + n(n+1)/2)`."). The
derivation kind read inline code already; the readers of the other kinds now blank a pair of backticks as other
dressing is. A metamorphic table: each answer, its maths in backticks, is graded as the plain answer is.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

# (problem, the answer with its maths in backticks); the plain answer is the same without them
ANSWERS = [
    ("cost/kv-cache-scores", "Total = `L h sum_(i=1)^n (m+i) = L h (nm + n(n+1)/2)`."),
    ("cost/kv-cache-scores", "Total = `L h (nm + n^2)`."),
    ("cost/window-scores", "Per token: `k L h`. Over n tokens: `n k L h`."),
    ("cost/window-scores", "Per token: `k L h`. Over n tokens: `n m L h`."),
    ("cost/exhaustive-search", "`|V| * |V| * ... * |V| = |V|^n` sequences."),
    (
        "decoding/greedy-sam-bigram",
        "Greedy: `<s> -> I (2/3) -> am (2/3) -> </s> (1/2)`, `P = 2/3 * 2/3 * 1/2 = 2/9`.",
    ),
]


def graded(problem: str, text: str):  # type: ignore[no-untyped-def]
    report = load_question(ROOT / f"problems/{problem}.toml").grade(text.encode(), "answer.md")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize(("problem", "coded"), ANSWERS, ids=[f"{p}-{i}" for i, (p, _) in enumerate(ANSWERS)])
def test_maths_in_inline_code_reads_as_plain_maths(problem: str, coded: str) -> None:
    assert graded(problem, coded) == graded(problem, coded.replace("`", ""))
