"""The listing a keep phrase picks from, written straight after it ("Beam width 2, so the top two of {the 0.5,
a 0.4, one 0.1}:", blind-kinds66), is the pool the step chooses from, not the beam: read as kept, the step held
three hypotheses (beam-width-wrong on right work). What is then kept is read from the lines that say so; a beam
that really keeps three is still charged."""

from __future__ import annotations

import pytest

from tests.test_decoding_reader2 import codes, grade

REST = (
    "beam = {the: 0.5, a: 0.4}.\n\nExpand both:\n"
    "  the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
    'Top two: a cat (0.36) and the dog (0.20).\nAnswer: "a cat", P = 0.36\n'
)
POOLS = [
    "What survives step 1? Beam width 2, so the top two of {the 0.5, a 0.4, one 0.1}:\n",
    "Step 1: the best two from (the 0.5, a 0.4, one 0.1):\n",
    "Step 1: keep the top 2 out of: the 0.5, a 0.4, one 0.1\n",
]


@pytest.mark.parametrize("pool", POOLS)
def test_the_pool_a_keep_phrase_picks_from_is_not_the_beam(pool: str) -> None:
    report = grade("beam-a-cat", pool + REST)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


def test_a_beam_that_keeps_three_is_still_charged() -> None:
    report = grade(
        "beam-a-cat",
        "Step 1: keep the 0.5, a 0.4, one 0.1\n" + REST.replace("beam = {the: 0.5, a: 0.4}.\n", ""),
    )
    assert "beam-width-wrong" in codes(report), codes(report)
