"""A line that keeps hypotheses by a rank phrase ("Top two: …") opens its step's beam as "Keep …:" does.

From blind-kinds56 (formal answers): step 2's six expansions in a table under "Expansions:", then "Top two: yes
</s> ($0.20$, finished, width drops to 1) and yes please ($0.175$)." The reader's keep phrases (KEEP) already
knew "top two", but the lines that open a step's block knew only "keep" and the table's words, so the line was
read as more of the candidates and all six were taken as kept (beam-width-wrong). Any keep phrase now opens a
block. The beam it keeps is checked as before: keeping the wrong two is still wrong.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-length-normalised.toml"  # keeps yes </s>, yes please; "yes please </s>"

WORK = """Step 1: yes 0.5, no 0.3 kept.

Step 2. Expansions:
yes </s> 0.20
yes please 0.175
no thanks 0.15
yes indeed 0.125
no way 0.105
no </s> 0.045

{keep}

Step 3: yes please </s> = 0.175*0.9 = 0.1575, yes please now 0.0175. Keep yes please </s>.

ln 0.2 / 2 = -0.805, ln 0.1575 / 3 = -0.616.
Answer: yes please </s>, probability 0.1575.
"""

TABLE = "| hypothesis | P |\n|---|---|\n| yes </s> | 0.20 |\n| yes please | 0.175 |\n| no thanks | 0.15 |\n"

KEEPS = [
    "Top two: yes </s> (0.20, finished, width drops to 1) and yes please (0.175).",
    "Top 2: yes </s> 0.20 (finished) and yes please 0.175.",
    "The 2 best: yes </s> 0.20 (finished), yes please 0.175.",
]


def test_a_rank_phrase_after_a_table_of_expansions_keeps_two() -> None:
    text = WORK.replace("yes </s> 0.20\nyes please 0.175\nno thanks 0.15\n", TABLE).format(keep=KEEPS[0])
    result = graded(text)
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(BEAM).grade(text.encode(), "s")


@pytest.mark.parametrize("keep", KEEPS)
def test_a_rank_phrase_keeps_its_step_beam(keep: str) -> None:
    result = graded(WORK.format(keep=keep))
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score
    assert not result.needs_review


@pytest.mark.parametrize("keep", KEEPS)
def test_keeping_the_wrong_two_by_a_rank_phrase_is_caught(keep: str) -> None:
    wrong = keep.replace("yes please", "no thanks").replace("0.175", "0.15")
    result = graded(WORK.format(keep=wrong))
    assert result.score < result.max_score
    assert any(d.severity == "error" for d in result.diagnostics)
