"""Decoding answers written on one line, as typed into a phone's answer box (blind-kinds35), that the
grader misjudged, each pinned by variants written for this test, every right variant at full marks and
its wrong twin still caught.

1. A step's label that opens a sentence in the middle of a line ("… (maybe 0.2 out). step 2 cands: …",
   "… 0.4. Schritt 2: …", any language the tables know) starts a new step, as a new line would: what
   follows it is not read with the step before. And "maybe 0.2 out", as a note says it, drops maybe.
2. A greedy path written as one path is read as one: an arrow that leads to a whole sequence in quotes
   ("take </s> => “I am </s>”") ends the path of picks before it, and the quoted sequence is the result;
   picks listed in order with their bracketed conditionals ("I (2/3), am (2/3), then </s>") are one
   path, whose probability, said after it or on a line below, is checked (a product that leaves out a
   pick's factor is decoded-prob-wrong, no longer a warning).
"""

from __future__ import annotations

import pytest

from grader.core.unspaced import spaced
from grader.decoding.reader import _segments, read
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_CAT_STEP2 = "step 2: the dog 0.2, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04 => keep "

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a beam search on one line, its steps labelled mid-line",
        "beam-a-cat",
        "step 1: the 0.5, a 0.4 (one 0.1 out). "
        + _CAT_STEP2
        + "a cat 0.36, the dog 0.2. answer: a cat 0.36 ✅",
        "step 1: the 0.5, a 0.4 (one 0.1 out). "
        + _CAT_STEP2
        + "a cat 0.36, the cat 0.175. answer: a cat 0.36 ✅",
        "beam-step-wrong",
    ),
    (
        "German step labels mid-line",
        "beam-a-cat",
        "Schritt 1: the 0.5, a 0.4. Schritt 2: the dog 0.2, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04"
        " => behalten: a cat 0.36, the dog 0.2. Antwort: a cat, P = 0.36",
        "Schritt 1: the 0.5, a 0.4. Schritt 2: the dog 0.2, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04"
        " => behalten: a cat 0.36, a dog 0.04. Antwort: a cat, P = 0.36",
        "beam-step-wrong",
    ),
    (
        "a beam search with an end token on one line, a pruned extension noted 'out' in step 3",
        "beam-length-normalised",
        "step 1: yes 0.5, no 0.3 (maybe 0.2 out). step 2: yes </s> 0.2 (finished), yes please 0.175 kept, "
        "no thanks 0.15 out. step 3: yes please </s> 0.175×0.9 = 0.1575 (finished), now 0.0175 out. "
        "normalised: yes </s> ln0.2/2 ≈ -0.805, yes please </s> ln0.1575/3 ≈ -0.616 => answer: "
        "“yes please </s>” P = 0.1575",
        "step 1: yes 0.5, no 0.3 (maybe 0.2 out). step 2: yes </s> 0.2 (finished), no thanks 0.15 kept, "
        "yes please 0.175 out. step 3: no thanks </s> 0.15 (finished). "
        "normalised: yes </s> ln0.2/2 ≈ -0.805, no thanks </s> ln0.15/3 ≈ -0.632 => answer: "
        "“no thanks </s>” P = 0.15",
        "beam-ranked-by-last-token",
    ),
    (
        "a greedy path by arrows, then the result in quotes after an arrow",
        "greedy-sam-bigram",
        "<s> → I (2/3) → am (2/3) → tie between </s> and Sam at 1/2, the rule takes </s> => “I am </s>”, "
        "P = 2/3 × 2/3 × 1/2 = 2/9 👍",
        "<s> → I (2/3) → am (2/3) → tie between </s> and Sam at 1/2, I take Sam => “I am Sam </s>”, "
        "P = 2/3 × 2/3 × 1/2 × 1/2 = 1/9 👍",
        "decoded-sequence-wrong",
    ),
    (
        "greedy's picks listed with commas and 'then', the probability after them",
        "greedy-sam-bigram",
        "greedy from <s>: I (2/3), am (2/3), then </s> (tie, the rule takes </s>), P = 2/3 × 2/3 × 1/2 = 2/9",
        "greedy from <s>: I (2/3), am (2/3), then </s> (tie, the rule takes </s>), P = 2/3 × 2/3 = 4/9",
        "decoded-prob-wrong",
    ),
    (
        "greedy's picks listed with commas and 'then', the probability on the line below",
        "greedy-sam-bigram",
        "greedy: I (2/3), am (2/3), then </s> (tie broken to </s>)\nP = 2/3 × 2/3 × 1/2 = 2/9 ≈ 0.222 ✅\n",
        "greedy: I (2/3), am (2/3), then </s> (tie broken to </s>)\nP = 2/3 × 2/3 = 4/9 ≈ 0.44 ✅\n",
        "decoded-prob-wrong",
    ),
    (
        "greedy's picks listed with 'und dann'",
        "greedy-sam-bigram",
        "Greedy: I (2/3), am (2/3) und dann </s> (1/2, Gleichstand), P = 2/9",
        "Greedy: I (2/3), am (2/3), Sam (1/2) und dann </s> (1/2), P = 1/9",
        "decoded-sequence-wrong",
    ),
]


@pytest.mark.parametrize(("label", "problem", "right", "wrong", "code"), CASES, ids=[c[0] for c in CASES])
def test_right_variant_full_marks_and_wrong_twin_caught(
    label: str, problem: str, right: str, wrong: str, code: str
) -> None:
    report = grade(problem, right)
    assert (report.verdict, errors(report)) == ("correct", set()), [d.message for d in report.diagnostics]
    assert report.score == report.max_score
    assert not report.diagnostics, [d.message for d in report.diagnostics]  # every step read, no warning
    twin = grade(problem, wrong)
    assert twin.verdict == "incorrect" and code in errors(twin), [d.message for d in twin.diagnostics]


def test_a_step_label_after_a_sentence_end_parts_the_line_column_for_column() -> None:
    line = "step 1: the 0.5, a 0.4. step 2: a cat 0.36! Schritt 3: done"
    parts = _segments((line,), frozenset())
    assert [(n, at) for n, at, _ in parts] == [(1, 0), (1, 24), (1, 44)]
    for _, at, text in parts:
        assert text[:at].strip() == "" and line.startswith(text[at:].rstrip(), at)


@pytest.mark.parametrize(
    "line",
    [
        "Schritt 1: the 0.5, a 0.4. Schritt 2: a cat 0.36",
        "Paso 1: the 0.5, a 0.4. paso 2: a cat 0.36",
        "第1步：the 0.5，a 0.4。第2步：a cat 0.36",
        "ステップ1: the 0.5, a 0.4。ステップ2: a cat 0.36",
        "Krok 1: the 0.5, a 0.4! Krok 2: a cat 0.36",
    ],
)
def test_a_step_label_opens_a_step_mid_line_in_any_language_the_tables_know(line: str) -> None:
    lines = tuple(spaced([line]).lines)  # as the reader sees it: unspaced letters set apart, 。 read as .
    assert len(_segments(lines, frozenset())) == 2


@pytest.mark.parametrize(
    "line",
    [
        "step 1: the 0.5, a 0.4, then at step 2: a cat 0.36",  # no sentence ends before it
        "the 0.5. 2 steps later: a cat",  # a count of steps, no label
        "| step 1 | the 0.5. step 2 |",  # a table's row
        "P(cat | a) = 0.9, a cat 0.36, step 1 of 2",  # no sentence ends before the label
    ],
)
def test_a_line_without_a_step_opening_a_sentence_stays_whole(line: str) -> None:
    assert [(n, at) for n, at, _ in _segments((line,), frozenset())] == [(1, 0)]


def test_out_after_a_score_drops_but_out_of_does_not() -> None:
    vocabulary = frozenset({"the", "a", "one", "cat", "dog"})
    dropped = read("step 1: the 0.5, a 0.4, one 0.1 out\n", vocabulary).hyps
    assert [(h.tokens, h.role) for h in dropped][-1] == (("one",), "candidate")
    counted = read("step 1: the 0.5, a 0.4 out of three\n", vocabulary).hyps
    assert all(h.role == "kept" for h in counted)


def test_a_beam_listing_with_then_is_no_path() -> None:
    vocabulary = frozenset({"the", "a", "one", "cat", "dog"})
    hyps = read("step 1: the 0.5, a 0.4, then one 0.1\n", vocabulary).hyps
    assert [h.tokens for h in hyps] == [("the",), ("a",), ("one",)]
