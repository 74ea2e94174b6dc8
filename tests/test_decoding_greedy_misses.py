"""A sequence said beside "greedy" after greedy's output was named ("So the answer is no: greedy misses "dog
barked loudly"", blind-kinds61) is the sequence compared with greedy's output, not a second output of greedy's:
it was dropped from the comparison, and an earlier, lower sequence was charged as the one offered."""

from __future__ import annotations

import pytest

from tests.test_decoding_reader2 import codes, grade

ANSWER = (
    "Greedy takes the argmax at every step: cat (0.4), then sat (0.4), then down (0.3). Its output is\n"
    '"cat sat down" with probability 0.4 * 0.4 * 0.3 = 0.048.\n\n'
    "It is not the most probable sequence. Starting with dog instead: dog (0.3), barked\n"
    "(0.6), loudly (0.3) gives 0.3 * 0.6 * 0.3 = 0.054. (Also cat sat still = 0.04.)\n"
    'So the answer is no: greedy misses "{other}".\n'
)


def test_the_sequence_greedy_misses_is_the_one_compared() -> None:
    report = grade("greedy-not-best", ANSWER.format(other="dog barked loudly"))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


@pytest.mark.parametrize("other", ["cat sat still", "dog barked again"])
def test_a_sequence_that_does_not_beat_greedy_is_still_charged(other: str) -> None:
    report = grade("greedy-not-best", ANSWER.format(other=other))
    assert report.verdict == "incorrect" and report.score < report.max_score, codes(report)
