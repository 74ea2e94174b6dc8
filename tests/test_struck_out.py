"""Work the student struck out (`~~…~~` in Markdown, `\\sout{…}` in LaTeX) is taken back in every kind: it is
neither charged nor read as the answer (issue 10, blind42 and blind-kinds34: a struck first attempt was taken
as the line blamed). `~~` used loosely for "about" (spaces inside the marks) is not a strikethrough."""

from __future__ import annotations

import pytest

from grader.core.precheck import struck_out
from grader.core.question import load_question
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("~~line 2, bad~~ actually line 1", "actually line 1"),
        ("a ~~x~~ b ~~y = 2~~ c", "a b c"),
        (r"\sout{P = 0.5} P = 0.25", "P = 0.25"),
        ("P ~~ 0.3 and Q ~~ 0.5", "P ~~ 0.3 and Q ~~ 0.5"),  # no strikethrough: spaces inside the marks
    ],
)
def test_struck_out_is_blanked(line: str, read: str) -> None:
    got = struck_out(line)
    assert len(got) == len(line)
    assert " ".join(got.split()) == read


FLAW = ROOT / "problems/flaw/multiplied-logs.toml"  # the flaw is on line 2
CORRECTION = "\nCorrected: log Pr(y|x) = -0.7 + (-0.4) = -1.1"


@pytest.mark.parametrize(
    ("answer", "right_line"),
    [
        ("~~Line 1 is wrong.~~ Line 2 is wrong: it multiplies the logs." + CORRECTION, True),
        (r"\sout{Line 1 is wrong.} Line 2 is wrong: it multiplies the logs." + CORRECTION, True),
        (
            "~~Line 2 is wrong.~~ Line 1 is wrong: it multiplies the logs." + CORRECTION,
            False,
        ),  # the wrong twin
    ],
)
def test_a_struck_line_is_not_blamed(answer: str, right_line: bool) -> None:
    report = load_question(FLAW).grade(answer.encode(), "s.md")
    assert ("wrong-line-blamed" in report.codes) != right_line


DL = ROOT / "problems/seed/deep-learning.toml"
COST = ROOT / "problems/cost/cache-memory.toml"


@pytest.mark.parametrize(
    ("problem", "text", "verdict"),
    [
        (DL, "~~log Pr(y|x) = (-0.7)(-0.4) = 0.28~~\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1", "correct"),
        (DL, "~~log Pr(y|x) = -0.7 + (-0.4) = -1.1~~\nlog Pr(y|x) = (-0.7)(-0.4) = 0.28", "incorrect"),
        (COST, "~~Answer: 2dLn~~\nAnswer: 2dL(m+n)", "correct"),
        (COST, "~~Answer: 2dL(m+n)~~\nAnswer: 2dLn", "incorrect"),
    ],
)
def test_struck_work_in_a_derivation_and_a_cost(problem, text: str, verdict: str) -> None:
    assert load_question(problem).grade(text.encode(), "s.md").verdict == verdict
