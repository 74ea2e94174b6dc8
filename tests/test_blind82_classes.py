"""Classes of misreading found by blind82 and blind-kinds72 (2026-12-02), each pinned by right/wrong twins."""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, question_of

GREEDY_IS_BEST = (
    'Greedy search takes the most probable token at each step: first "the" (0.6), then {after} the most probable '
    'token is "cat" (0.7). So greedy outputs "the cat" with probability 0.6 × 0.7 = {value}.\n\n'
    'Yes, this is the most probable sequence: "a cat" and "a dog" have 0.4 × 0.5 = 0.20, and "the dog" has '
    "0.6 × 0.3 = 0.18. Both are below {value}.\n"
)


@pytest.mark.parametrize("after", ['after "the"', 'given "the"', "after “the”", "following 'the'"])
def test_a_quoted_token_ends_at_its_closing_mark(after: str) -> None:
    """`after "the" the most probable token`: the article after the quoted token "the" is prose, not a second
    pick "the the" (a correct answer once lost its greedy part)."""
    right = GREEDY_IS_BEST.format(after=after, value="0.42")
    wrong = GREEDY_IS_BEST.format(after=after, value="0.48")
    assert_twins(question_of("decoding--greedy-is-best"), right, wrong)


STOPPED = (
    "greedy: first token cat (0.4), then sat (0.4){more}\n"
    'output = "{output}", P = {product}\n\n'
    "but {rival} > {value}\n\n"
    'So no, greedy isn\'t best, "{rival_tokens}" beats it.\n'
)


def test_greedy_stopped_short_of_the_asked_length_is_wrong() -> None:
    """Greedy's output given with two tokens where three are asked (`output = "cat sat", P = 0.16`) is a run
    stopped early: once read as no output at all (full marks, a warning), now its missing step is charged."""
    right = STOPPED.format(
        more=", then down (0.3)",
        output="cat sat down",
        product="0.4 * 0.4 * 0.3 = 0.048",
        rival="dog barked loudly = 0.3 * 0.6 * 0.3 = 0.054",
        value="0.048",
        rival_tokens="dog barked loudly",
    )
    wrong = STOPPED.format(
        more="",
        output="cat sat",
        product="0.4 * 0.4 = 0.16",
        rival="dog barked = 0.3 * 0.6 = 0.18",
        value="0.16",
        rival_tokens="dog barked",
    )
    question = question_of("decoding--greedy-not-best")
    assert_twins(question, right, wrong)
    report = question.grade(wrong.encode(), "s.txt")  # type: ignore[attr-defined]
    assert ("decoded-sequence-wrong", 2) in [(d.code, d.span.line) for d in report.diagnostics]
