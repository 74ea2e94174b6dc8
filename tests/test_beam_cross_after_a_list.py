"""One cross after all the hypotheses of a line, and no other mark on it, drops every hypothesis on the line:
"- no thanks 0.15, yes indeed 0.125, no way 0.105, no </s> 0.045 ❌".

blind-kinds61 decoding--beam-length-normalised/001 (an Obsidian page) listed a step's kept hypothesis with ✅ on one
bullet and the rest on the next, one ❌ at its end; the cross was taken as the last hypothesis's own, the other three
were read as kept and the step as keeping 5 (beam-width-wrong on right work). A cross that opens a line was already
said of all its hypotheses; one that closes a line with no other mark now is too. A line that marks each hypothesis
("yes 0.5 ✅, no 0.3 ✅, maybe 0.2 ❌") keeps its own reading, and a step that really keeps too many is still told.
"""

from __future__ import annotations

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-length-normalised.toml"
STEP1 = "Step 1 (beam width 2)\nyes 0.5 ✅, no 0.3 ✅, maybe 0.2 ❌\n\nStep 2\n"
REST = (
    "\nStep 3\n- yes please </s> = 0.175·0.9 = 0.1575 → finished, width 1 → 0\n- yes please now = 0.0175 ❌\n\n"
    "Scores log P / length: yes </s> -0.8047, yes please </s> -0.6161\n"
    "Answer: yes please </s> (score -0.616 > -0.805), probability 0.1575.\n"
)
KEPT = "- yes </s> = 0.5·0.4 = 0.20 → finished, beam width 2 → 1\n- yes please = 0.5·0.35 = 0.175 ✅ kept\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(BEAM).grade(text.encode(), "answer.md")


def test_a_cross_closing_a_list_drops_all_of_it() -> None:
    text = STEP1 + KEPT + "- no thanks 0.15, yes indeed 0.125, no way 0.105, no </s> 0.045 ❌\n" + REST
    report = graded(text)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


def test_the_same_list_with_a_cross_on_each_reads_alike() -> None:
    crossed = "- no thanks 0.15 ❌, yes indeed 0.125 ❌, no way 0.105 ❌, no </s> 0.045 ❌\n"
    one = graded(STEP1 + KEPT + "- no thanks 0.15, yes indeed 0.125, no way 0.105, no </s> 0.045 ❌\n" + REST)
    each = graded(STEP1 + KEPT + crossed + REST)
    assert (one.verdict, one.score) == (each.verdict, each.score)


def test_a_step_that_keeps_too_many_is_still_told() -> None:
    text = STEP1 + KEPT + "- no thanks 0.15 ✅, yes indeed 0.125, no way 0.105 ❌\n" + REST
    report = graded(text)
    assert "beam-width-wrong" in report.codes, report.codes
