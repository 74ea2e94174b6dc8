"""A count said in words has no brackets (issue 10, blind-kinds31): where the reading as said is not the count
but another grouping of the same words is, the answer is sent for review (grouping-unsaid), not charged; a
count that no grouping of what was said gives, and a count typed without brackets, are still wrong."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.cost.algebra import symbol
from grader.cost.grouping import regrouped
from tests.conftest import ROOT

L, d, m, n, h = (symbol(c) for c in "Ldmnh")


@pytest.mark.parametrize(
    ("read", "reference", "grouped"),
    [
        ("2 * L * d * m + n", 2 * L * d * (m + n), "2 * L * d * (m + n)"),
        ("L h (n m + n n + 1 / 2)", L * h * (n * m + n * (n + 1) / 2), "L * h * (n * m + n * (n + 1) / 2)"),
        ("n * k * L * h", n * symbol("k") * L * h, "n * k * L * h"),  # as said is already right
        ("2 * L * d * m", 2 * L * d * (m + n), None),  # a factor missing: no grouping gives it
        ("2 * L * d * n + m * m", 2 * L * d * (m + n), None),  # wrong operands
        ("|V|^n", symbol("V") ** n, "|V|^n"),
    ],
)
def test_a_grouping_of_what_was_said_that_gives_the_count(read: str, reference, grouped: str | None) -> None:
    assert regrouped(read, reference) == grouped


def test_more_operands_than_speech_holds_are_not_searched() -> None:
    assert regrouped(" + ".join(["n"] * 11), 11 * n) is None


PROBLEM = ROOT / "problems/cost/cache-memory.toml"


@pytest.mark.parametrize(
    ("answer", "verdict", "codes"),
    [
        # said: review, full marks
        ("so the cache holds two times L times d times m plus n numbers", "correct", ["grouping-unsaid"]),
        ("answer two L d times m plus n", "correct", ["grouping-unsaid"]),
        # said with its brackets: nothing to review
        ("answer two L d times open bracket m plus n close bracket", "correct", []),
        # said, but no grouping gives the count
        ("so the cache holds two times L times d times m numbers", "incorrect", ["final-answer-wrong"]),
        ("so the cache holds L times d times m plus n numbers", "incorrect", ["final-answer-wrong"]),
        # typed without brackets: the student wrote this grouping
        ("Answer: 2*L*d*m + n", "incorrect", ["final-answer-wrong"]),
    ],
)
def test_cache_memory_said_in_words(answer: str, verdict: str, codes: list[str]) -> None:
    report = load_question(PROBLEM).grade(answer.encode(), "answer.txt")
    assert report.verdict == verdict
    assert [c for c in report.codes if c in ("grouping-unsaid", "final-answer-wrong")] == codes
    assert report.needs_review == ("grouping-unsaid" in codes)
