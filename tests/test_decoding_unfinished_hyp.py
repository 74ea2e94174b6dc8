"""A hypothesis written on the way ("yes please 0.175" kept at step 2) is not the finished sequence ("yes
please </s>", 0.1575): its score is the probability of the tokens so far, so when the answer names the
sequence without tying a probability to it, that earlier score is not taken as the answer's. Variants of
where and how the answer is written; wrong twins give the finished sequence the unfinished score."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

STEPS = (
    "Step 1: yes 0.5, no 0.3 (keep both)\n"
    "Step 2: yes </s> 0.20, yes please 0.175, no thanks 0.15 -> keep yes </s> 0.20, yes please 0.175\n"
    "Step 3: yes please </s> = 0.175 x 0.9 = 0.1575\n"
    "Normalised: yes </s>: ln 0.20 / 2 = -0.805; yes please </s>: ln 0.1575 / 3 = -0.616\n"
)


@pytest.mark.parametrize(
    "answer",
    [
        'So beam search returns "yes please" (</s>) with probability 0.1575.',
        'Answer: "yes please" -- its probability is 0.1575',
        'Answer: "yes please </s>", P = 0.1575',
    ],
)
def test_the_finished_sequence_is_not_given_the_unfinished_score(answer: str) -> None:
    full, codes = grade("decoding", "beam-length-normalised", STEPS + answer + "\n")
    assert full, codes
    assert "decoded-prob-wrong" not in [c for c, _ in codes]


@pytest.mark.parametrize(
    "answer",
    [
        'Answer: "yes please </s>", P = 0.175',
        'Answer: "yes please", P = 0.175',
    ],
)
def test_the_unfinished_score_given_to_the_answer_is_wrong(answer: str) -> None:
    full, codes = grade("decoding", "beam-length-normalised", STEPS + answer + "\n")
    assert not full
    assert ("decoded-prob-wrong", 5) in codes
