""" "Returned:" labels the search's result as "Generated:" and "Decoded:" do: after the steps and a sentence on
what an unnormalised comparison would pick, the labelled sequence is the answer. A wrong one under the label
stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

WORK = (
    "Step 1: keep yes (0.5) and no (0.3).\n"
    "Step 2: yes </s> 0.20, yes please 0.175, no thanks 0.15. Top 2: yes </s> (finished, width drops to 1) and"
    " yes please.\n"
    "Step 3: yes please </s> = 0.175 × 0.9 = 0.1575. Finished.\n"
    "Normalised: yes </s>: ln 0.20 / 2 = -0.805; yes please </s>: ln 0.1575 / 3 = -0.616\n"
    'Without normalisation one would pick "yes </s>" (0.20 > 0.1575).\n'
)


@pytest.mark.parametrize("label", ["Returned:", "**Returned:**", "returned :", "- Returned:"])
def test_the_returned_label_gives_the_result(label: str) -> None:
    full, codes = grade(
        "decoding", "beam-length-normalised", WORK + f'{label} "yes please </s>", probability 0.1575.\n'
    )
    assert full, codes


@pytest.mark.parametrize("label", ["Returned:", "**Returned:**"])
def test_a_wrong_sequence_under_the_label_stays_wrong(label: str) -> None:
    full, codes = grade(
        "decoding", "beam-length-normalised", WORK + f'{label} "yes </s>", probability 0.2.\n'
    )
    assert not full, codes
