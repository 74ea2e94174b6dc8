"""The decoding reader: numbers and token sequences as students write them, read without eval."""

from __future__ import annotations

import math

import pytest

from grader.decoding.reader import number, read

VOCAB = frozenset(["the", "a", "one", "dog", "cat", "car", "</s>"])


@pytest.mark.parametrize(
    ("text", "value", "half_unit"),
    [
        ("0.36", 0.36, 0.005),
        (".36", 0.36, 0.005),
        ("3.6e-1", 0.36, 0.005),
        ("3.6 × 10^-1", 0.36, 0.005),
        ("3.6\\times10^{-1}", 0.36, 0.005),
        ("36%", 0.36, 0.005),
        ("36 \\%", 0.36, 0.005),
        ("9/25", 0.36, 0.0),
        ("-1.022", -1.022, 0.0005),
        ("1", 1.0, 0.5),
    ],
)
def test_numbers_are_read_with_their_precision(text: str, value: float, half_unit: float) -> None:
    n = number(text)
    assert n is not None
    assert math.isclose(n.value, value) and math.isclose(n.half_unit, half_unit, abs_tol=1e-15)


@pytest.mark.parametrize("text", ["1/0", "1e999", "2 × 10^400"])
def test_numbers_beyond_reason_are_refused_not_computed(text: str) -> None:
    assert number(text) is None


# (line, the (tokens, score) pairs read from it)
SEQUENCES = [
    ("step 1: {the: 0.5, a: 0.4}", [(("the",), 0.5), (("a",), 0.4)]),
    ('step 2: {"a cat": 0.36, "the dog": 0.20}', [(("a", "cat"), 0.36), (("the", "dog"), 0.2)]),
    ("a cat: 0.4 × 0.9 = 0.36", [(("a", "cat"), 0.36)]),
    ("a cat: 0.4 * 0.9", [(("a", "cat"), 0.36)]),
    ("| 2 | a cat | 0.9 | 0.36 |", [(("a", "cat"), 0.36)]),
    ("[a, cat] -> 0.36", [(("a", "cat"), 0.36)]),
    ("<s> a cat </s> with probability 36%", [(("a", "cat", "</s>"), 0.36)]),
    ("P(a cat) = 0.36", [(("a", "cat"), 0.36)]),
    ("the (0.5) -> dog (0.4), P = 0.5 × 0.4 = 0.20", [(("the", "dog"), 0.2)]),
    ("a cat: ln P = -0.916 + -0.105 = -1.021", [(("a", "cat"), -1.021)]),
    ("the dog: -0.693 - 0.916", [(("the", "dog"), -1.609)]),
    ("Answer: a cat, P = 9/25", [(("a", "cat"), 0.36)]),
    ("beam: the, a", [(("the",), None), (("a",), None)]),
    ("$\\{a\\ cat: 0.36, the~dog: 0.2\\}$", [(("a", "cat"), 0.36), (("the", "dog"), 0.2)]),
    ("P(a cat) = P(a | x) P(cat | x, a) = 0.36", [(("a", "cat"), 0.36)]),
    ("step 3: the width is now 1. a cat 0.36", [(("a", "cat"), 0.36)]),
]


@pytest.mark.parametrize(("line", "expected"), SEQUENCES, ids=[s[0] for s in SEQUENCES])
def test_sequences_and_scores_are_read_in_many_notations(line: str, expected: list) -> None:  # type: ignore[type-arg]
    got = [(h.tokens, None if h.score is None else round(h.score.value, 6)) for h in read(line, VOCAB).hyps]
    assert got == [(t, None if s is None else round(s, 6)) for t, s in expected]


def test_a_sum_of_probabilities_is_kept_as_its_terms() -> None:
    (h,) = read("a cat: 0.4 + 0.9 = 1.3", VOCAB).hyps
    assert h.summed == (0.4, 0.9) and h.score is not None and h.score.value == 1.3


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("candidates: the dog 0.2, a cat 0.36; keep: a cat 0.36", ["candidate", "candidate", "kept"]),
        ("step 2: a cat 0.36", ["kept"]),
        ("Answer: a cat 0.36", ["final"]),
        ("So beam search returns a cat (0.36)", ["final"]),
        ("step 1: the 0.5, a 0.4 (one 0.1 dropped)", ["kept", "kept", "candidate"]),
        ("step 2: a cat 0.36, a dog 0.04 -> keep a cat", ["candidate", "candidate", "kept"]),
        ("P(a cat) = 0.4 × 0.9 = 0.36", ["computed"]),
    ],
)
def test_kept_candidate_and_final_hypotheses_are_told_apart(text: str, roles: list[str]) -> None:
    assert [h.role for h in read(text, VOCAB).hyps] == roles


def test_a_list_under_a_candidates_heading_is_candidates_until_a_keep() -> None:
    text = "Step 2. Expand each:\n- the dog: 0.20\n- a cat: 0.36\nKeep a cat (0.36) and the dog (0.20).\n"
    assert [h.role for h in read(text, VOCAB).hyps] == ["candidate", "candidate", "kept", "kept"]


def test_the_answer_line_prefers_the_searchs_output_over_greedys() -> None:
    reading = read('Answer: "a cat" (0.36), better than greedy\'s "the dog" (0.20)', VOCAB)
    assert reading.final() is not None and reading.final().tokens == ("a", "cat")
    assert reading.final(greedy=True).tokens == ("the", "dog")  # type: ignore[union-attr]


def test_vocabulary_words_in_a_sentence_are_not_hypotheses() -> None:
    assert read("greedy is not the best here because it commits early", VOCAB).hyps == ()


def test_struck_out_work_is_not_read() -> None:
    assert [h.tokens for h in read("~~the dog 0.2~~ a cat 0.36", VOCAB).hyps] == [("a", "cat")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("No, greedy is not optimal here.", "no"),
        ("Answer: yes", "yes"),
        ("Greedy is the most probable here.", "yes"),
        ("greedy doesn't find it", "no"),
        ("the dog 0.2", None),
    ],
)
def test_yes_or_no_is_read(text: str, verdict: str | None) -> None:
    got = read(text, VOCAB).verdict
    assert (got[0] if got else None) == verdict


def test_a_hostile_answer_is_read_in_bounded_time() -> None:
    import time

    text = ("the " * 300 + "0.5 × " * 300 + "\n") * 20 + "((((" * 200
    start = time.perf_counter()
    read(text, VOCAB)
    assert time.perf_counter() - start < 2.0
