"""Markdown italics around a hypothesis in a beam step (`*maybe* (0.2) falls off`, `keep *yes* and *no*`) are
dressing, as bold is: the words between the asterisks are read, so a dropped one is dropped. A product written
with asterisks (`0.5*0.4`, `0.5 * 0.4`) is no italics; keeping the wrong two stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

BEAM = (
    "Step 1: keep {a} (0.5) and {b} (0.3); {c} (0.2) falls off.\n"
    "Step 2: the six extensions are yes </s> 0.5*0.4 = 0.2, yes please 0.5 * 0.35 = 0.175, yes indeed 0.125,\n"
    "no thanks 0.15, no way 0.105, no </s> 0.045. Top two: yes </s> (0.2), finished, and yes please (0.175).\n"
    "Step 3: yes please </s> = 0.175 × 0.9 = 0.1575. Finished.\n"
    "Normalised: yes </s>: ln(0.2)/2 = -0.805; yes please </s>: ln(0.1575)/3 = -0.616\n"
    'So the answer is "yes please </s>", probability 0.1575.\n'
)
MARKS = [("*", "*"), ("_", "_"), ("**", "**"), ("*", "*")]


@pytest.mark.parametrize(("left", "right"), MARKS)
def test_italic_hypotheses_are_read(left: str, right: str) -> None:
    a, b, c = (f"{left}{w}{right}" for w in ("yes", "no", "maybe"))
    full, codes = grade("decoding", "beam-length-normalised", BEAM.format(a=a, b=b, c=c))
    assert full, codes


@pytest.mark.parametrize(("left", "right"), MARKS)
def test_keeping_the_wrong_two_in_italics_stays_wrong(left: str, right: str) -> None:
    a, b, c = (f"{left}{w}{right}" for w in ("yes", "maybe", "no"))
    text = BEAM.format(a=a, b=b, c=c).replace("(0.3)", "(0.2)", 1).replace("(0.2) falls", "(0.3) falls", 1)
    full, codes = grade("decoding", "beam-length-normalised", text)
    assert not full, codes
