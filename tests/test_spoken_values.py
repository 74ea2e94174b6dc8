"""Decoding answers dictated in words say their probabilities without a relation ("the dog point one eight",
"Sam at one half"): a spoken value that cannot be a word of a sentence is read as a number there, while a
number word alone ("the best one", "keep the top two") stays words (issue 10, blind-kinds31)."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.spoken import spoken_lines, spoken_values
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("the dog point one eight a cat point two", "the dog 0.18 a cat 0.2"),
        ("greedy picks the at zero point six", "greedy picks the at 0.6"),
        ("Sam at one half, I at two thirds", "Sam at 1/2 , I at 2/3"),  # padded in place: columns stay
        ("a half of the time", "1/2 of the time"),
        ("so the best one point four two beats them", "so the best one 0.42 beats them"),
        ("keep the top two and the best one", "keep the top two and the best one"),  # no value said
        ("the point is that greedy is not optimal", "the point is that greedy is not optimal"),
    ],
)
def test_spoken_values(line: str, read: str) -> None:
    got = spoken_values(line)
    assert len(got) == len(line)
    assert " ".join(got.split()) == read


def test_only_kinds_that_ask_for_values_read_them_alone() -> None:
    line = "the dog point one eight"
    assert spoken_lines([line]) == [line]
    assert " ".join(spoken_lines([line], values=True)[0].split()) == "the dog 0.18"


PROBLEM = ROOT / "problems/decoding/greedy-is-best.toml"


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        (
            "greedy picks the at point six then cat at point seven so the cat with probability point four two\n"
            "the other sequences are the dog point one eight a cat point two and a dog point two\n"
            "so yes greedy found the best one, point four two beats all of them",
            "correct",
        ),
        (  # the wrong twin: greedy's probability said wrong
            "greedy picks the at point six then cat at point seven so the cat with probability point three two\n"
            "the other sequences are the dog point one eight a cat point two and a dog point two\n"
            "so yes greedy found the best one, point three two beats all of them",
            "incorrect",
        ),
    ],
)
def test_greedy_dictated(answer: str, verdict: str) -> None:
    assert load_question(PROBLEM).grade(answer.encode(), "s.txt").verdict == verdict
