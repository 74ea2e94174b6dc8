"""A flaw analysis that writes a subscript in braces or brackets (y_{1}, as LaTeX and an editor's <sub> give it, or
y_(1), as Word's linear format does) is read as one that writes y_1.

blind-kinds60 flaw--dropped-conditioning/002 (Word HTML, whose <sub>1</sub> the reader turns into `_{1}`) said "the
conditioning on y_{1} = deep has been dropped"; the phrases that name a mistake are written with y_1, so none
matched, the mistake was unrecognised and right work went to a person. A metamorphic table: each analysis, its
subscripts rewritten, is graded as written with y_1.
"""

from __future__ import annotations

import re

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

FLAW = ROOT / "problems/flaw/dropped-conditioning.toml"
CORRECTION = "\nCorrect computation:\nlog Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= −0.7 + (−0.4)\n= −1.1\n"
ANALYSES = [
    "Line 1 is the first wrong line. It writes log Pr(y_2 | x): the conditioning on y_1 = deep has been dropped.",
    "Line 1 is the first wrong line: it leaves out y_1 from the condition.",
    "Line 1: the second term should condition on y_1 as well as x.",
    "Line 2 is wrong: it conditions on y_1 only.",
]


def graded(text: str):  # type: ignore[no-untyped-def]
    report = load_question(FLAW).grade(text.encode(), "analysis.txt")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize("analysis", ANALYSES)
@pytest.mark.parametrize("written", ["y_{{{}}}", "y_{{ {} }}", "y_({})"])
def test_a_braced_subscript_reads_as_the_plain_one(analysis: str, written: str) -> None:
    braced = re.sub(r"y_(\d)", lambda m: written.format(m.group(1)), analysis)
    assert graded(braced + CORRECTION) == graded(analysis + CORRECTION)
