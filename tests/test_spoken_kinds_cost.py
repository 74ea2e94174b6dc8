"""The cost and decoding kinds read maths said in words (issue 10, blind-kinds31): "n times k times L times h",
"big O of n cubed L h", "V to the power n", "point four times point three equals point one two" are read as the
notation they state, and a dictated wrong answer is still caught."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.spoken import spoken
from tests.conftest import ROOT

LETTERS = frozenset("nLdhkmV")


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("so the total is n times k times L times h", "so the total is n * k * L * h"),
        ("each step costs d squared times L", "each step costs d^2 * L"),
        ("the growth is big O of m cubed h L", "the growth is O(m^3 h L)"),
        ("it grows as big O of n L plus n squared d so both", "it grows as O(n L + n^2 d) so both"),
        ("we score V to the power n sequences", "we score V^n sequences"),
        ("we score V to the power of n sequences", "we score V^n sequences"),
        ("that gives three times L times d", "that gives 3 * L * d"),
        ("it keeps point seven times point two equals point one four", "it keeps 0.7 * 0.2 = 0.14"),
    ],
)
def test_a_spoken_formula_over_the_kinds_letters_reads_as_notation(line: str, reading: str) -> None:
    got = spoken(line, LETTERS)
    assert len(got) == len(line)
    assert " ".join(got.split()) == reading


@pytest.mark.parametrize(
    ("line", "letters"),
    [
        ("I ran the loop n times before it stopped", LETTERS),  # "times" with no operand after it
        ("we tried it three times and got the same", LETTERS),
        ("n times k times L times h", frozenset()),  # no letters named: a kind that names none is unchanged
        ("a cat is a pet and a dog is too", LETTERS),
        ("the big oak of the garden", LETTERS),
        (
            "count the adds (FLOPs) over n steps, big-O in n and d",
            LETTERS,
        ),  # a bracket of prose is no operand
        ("2) times L and h as above", LETTERS),  # a list's number is no operand
    ],
)
def test_prose_and_unnamed_letters_stay_as_written(line: str, letters: frozenset[str]) -> None:
    assert spoken(line, letters) == line


def _graded(kind: str, stem: str, text: str) -> tuple[str, float]:
    """The verdict and score the bundled problem gives a text."""
    report = load_question(ROOT / f"problems/{kind}/{stem}.toml").grade(text.encode(), "s.txt")
    return report.verdict, report.score


# each correct dictated answer, and its twin with one spoken quantity wrong
CASES = [
    (
        "cost",
        "window-scores",
        "every new token meets k keys in each of h heads in L layers\nso the total is n times k times L times h",
        "every new token meets k keys in each of h heads in L layers\nso the total is n times m times L times h",
    ),
    (
        "cost",
        "recompute-growth",
        "redoing every step costs about n cubed over six per head\nso the growth is big O of L h n cubed",
        "redoing every step costs about n squared over two per head\nso the growth is big O of L h n squared",
    ),
    (
        "cost",
        "exhaustive-search",
        "each of the n places holds any of V tokens\nso the count is V to the power of n",
        "each of the n places holds any of V tokens\nso the count is n to the power of V",
    ),
    (
        "cost",
        "cached-flops",
        "projections cost d squared per layer and attention n d per layer\n"
        "in all it grows as big O of n squared L d plus n L d squared",
        "projections cost d squared per layer and attention d per layer\nin all it grows as big O of n L d squared",
    ),
    (
        "decoding",
        "greedy-not-best",
        "greedy takes cat at point four then sat at point four then down at point three\n"
        "so greedy gives point four times point four times point three equals point zero four eight\n"
        "but dog barked loudly is point three times point six times point three equals point zero five four\n"
        "that is bigger so no greedy does not find the most probable sequence",
        "greedy takes cat at point four then sat at point four then down at point three\n"
        "so greedy gives point four times point four times point three equals point zero six four\n"
        "but dog barked loudly is point three times point six times point three equals point zero five four\n"
        "that is smaller so yes greedy finds the most probable sequence",
    ),
    (
        "decoding",
        "beam-a-cat",
        "step one keeps the at point five and a at point four\n"
        "step two a cat is point four times point nine equals point three six and the dog is point five times"
        " point four equals point two\nbeam search returns a cat with probability point three six",
        "step one keeps the at point five and a at point four\n"
        "step two a cat is point four times point nine equals point three two and the dog is point five times"
        " point four equals point two\nbeam search returns a cat with probability point three two",
    ),
]


@pytest.mark.parametrize(("kind", "stem", "right", "wrong"), CASES, ids=[c[1] for c in CASES])
def test_a_dictated_answer_gets_full_marks_and_its_wrong_twin_is_caught(
    kind: str, stem: str, right: str, wrong: str
) -> None:
    assert _graded(kind, stem, right) == ("correct", 1.0)
    verdict, score = _graded(kind, stem, wrong)
    assert verdict != "correct" and score < 1.0


def test_diagnostics_point_into_the_line_as_written() -> None:
    text = "each of the n places holds any of V tokens\nso the count is n to the power of V"
    report = load_question(ROOT / "problems/cost/exhaustive-search.toml").grade(text.encode(), "s.txt")
    line = text.splitlines()[1]
    spans = [d.span for d in report.diagnostics if d.span.line == 2]
    assert spans and all(1 <= s.column <= len(line) for s in spans)
