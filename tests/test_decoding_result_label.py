"""The search's result named by a participle alone as a label ("generated: <s> I am </s>", "Decoded: …") is
the answer, as "generated sequence:" is, so the picks of the steps above it ("so pick am") are steps, not the
result. Wrong twins: a wrong sequence after the same label stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

STEPS = (
    "start at <s>: I 2/3 > Sam 1/3 so pick I\n"
    "after I: am 2/3 > do 1/3 so pick am\n"
    "after am: </s> 1/2 and Sam 1/2 tie, the rule says take </s>\n\n"
)


@pytest.mark.parametrize(
    "result",
    [
        "generated: <s> I am </s>\nprob = 2/3 * 2/3 * 1/2 = 2/9\n",
        "Decoded: I am </s>, P = 2/9 ≈ 0.222\n",
        "**Generated:** <s> I am </s> (probability 2/9)\n",
    ],
)
def test_a_participle_label_names_the_result(result: str) -> None:
    full, codes = grade("decoding", "greedy-sam-bigram", STEPS + result)
    assert full, codes


@pytest.mark.parametrize(
    "result",
    [
        "generated: <s> I am Sam </s>\nprob = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        "Decoded: I am </s>, P = 4/9\n",
    ],
)
def test_a_wrong_result_after_the_label_stays_wrong(result: str) -> None:
    full, codes = grade("decoding", "greedy-sam-bigram", STEPS + result)
    assert not full, codes
