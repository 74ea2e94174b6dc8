"""Classes of misreading found by blind99 (derivations) and blind-kinds87 (2026-12-03, ordinary mixed classes,
measured after all of the session's tuning), each pinned by twins."""

from __future__ import annotations

import pytest

from tests.conftest import graded

PROSE_NLL = """The negative log-likelihood is minus the sum of the log-probabilities of each transition, in base 2.
The four transitions are <s>→the (1/2), the→cat (1/4), cat→sat (1/5) and sat→</s> (1/2).
In bits these cost 1, 2, log2 5 ≈ 2.3219 and 1, so the total is about {total} bits.
That is the same as -log2(1/80), since the sentence probability is 1/80.
"""


@pytest.mark.parametrize(
    ("total", "right"), [("6.322", True), ("6.32", True), ("6.3219", True), ("5.322", False)]
)
def test_a_probability_after_a_rounded_result_is_its_conversion(total: str, right: bool) -> None:
    """ "… the total is about 6.322 bits. … the sentence probability is 1/80": the probability converts the result
    told before it, which stands for any value it rounds (2^-6.32193 is 1/80, 2^-6.322 is not quite); it is a
    remark, the total the answer (1/80 was taken for the answer: wrong-quantity)."""
    verdict, codes, score, best = graded("cat-nll-bits", PROSE_NLL.format(total=total))
    if right:
        assert (verdict, codes, score) == ("correct", [], best), codes
    else:
        assert verdict == "incorrect" and score < best, codes


@pytest.mark.parametrize(
    ("label", "value", "right"),
    [
        ("y1 sees ML, y2 sees deep", "-3.1", True),
        ("k=1 → y1 sees ML, y2 sees deep", "-3.1", True),
        ("y1 given ML, y2 given deep", "-3.1", True),
        ("y1 sees ML, y2 sees deep", "-3.2", False),
    ],
)
def test_a_positions_name_with_its_index_glued_on_is_a_word_of_a_label(
    label: str, value: str, right: bool
) -> None:
    """`y1 sees ML, y2 sees deep: -2.2 + -0.9 = -3.1`: y1 and y2 name positions in the label's words, as y_1 does
    (the line was no maths at all: no-maths, the part's value lost)."""
    text = (
        "Full model: -0.7 + -0.4 = -1.1\n"
        f"Window model: {label}: -2.2 + -0.9 = {value}\n"
        "Gap: -1.1 − (−3.1) = +2.0\n"
        "Cheaper: window (k=1) — attends to one position per step vs. all previous positions.\n"
    )
    verdict, codes, score, best = graded("window--deep-learning-window", text)
    if right:
        assert (verdict, codes, score) == ("correct", [], best), codes
    else:
        assert verdict == "incorrect" and score < best, codes


FRENCH_BEAM = """Étape 1 : on garde {o}the{c} (0,5) et {o}a{c} (0,4) ; {o}one{c} (0,1) est éliminé.

Étape 2 : on étend les deux hypothèses :
the dog = 0,5 × 0,4 = 0,20
the cat = 0,5 × 0,35 = 0,175
the car = 0,5 × 0,25 = 0,125
a cat = 0,4 × 0,9 = 0,36
a dog = 0,4 × 0,1 = 0,04
On garde les deux meilleures : {o}a cat{c} (0,36) et {o}{kept}{c} ({score}).

La recherche en faisceau renvoie {o}a cat{c} avec une probabilité de 0,36.
"""


@pytest.mark.parametrize(("o", "c"), [("« ", " »"), ("“", "”"), ('"', '"'), ("‘", "’")])
def test_a_hypothesis_in_any_quote_marks_keeps_its_score_and_its_drop(o: str, c: str) -> None:
    """`« one » (0,1) est éliminé`: a hypothesis quoted in guillemets or curly quotes is followed by its score and
    what is said of it, as in straight quotes (its score and its drop were not read: three hypotheses kept at step 1,
    beam-width-wrong); keeping the wrong one at step 2 is charged."""
    right = FRENCH_BEAM.format(o=o, c=c, kept="the dog", score="0,20")
    verdict, codes, score, best = graded("decoding--beam-a-cat", right)
    assert (verdict, codes, score) == ("correct", [], best), codes
    wrong = FRENCH_BEAM.format(o=o, c=c, kept="the car", score="0,125")
    verdict, codes, score, best = graded("decoding--beam-a-cat", wrong)
    assert verdict == "incorrect" and score < best, codes


KV_STEPS = """1. new token i sits at pos m+i, query vs keys 1..m+i → m+i scores per head per layer
2. Σ_{{i=1}}^n (m+i) = nm + n(n+1)/2
{times}
=> ANSWER: {answer}
"""


@pytest.mark.parametrize("times", ["3. × h heads × L layers", "× h × L", "- · L · h", "3. × L h"])
def test_a_line_opened_by_a_times_sign_multiplies_the_count_before_it(times: str) -> None:
    """`× h heads × L layers` under a count names the factors it is multiplied by, as "multiply by" does: neither a
    count claimed nor a line that cannot be read (it was a parse error sent for review)."""
    right = KV_STEPS.format(times=times, answer="L h (n m + n(n+1)/2)")
    verdict, codes, score, best = graded("cost--kv-cache-scores", right)
    assert (verdict, codes, score) == ("correct", [], best), codes
    wrong = KV_STEPS.format(times=times, answer="L h n(n+1)/2")
    verdict, codes, score, best = graded("cost--kv-cache-scores", wrong)
    assert verdict == "incorrect" and score < best, codes


@pytest.mark.parametrize("compound", ["query·key dot products", "key·value pairs", "query⋅key scores"])
def test_a_compound_of_prose_words_is_no_maths_left_unread(compound: str) -> None:
    """ "how many query·key dot products are computed" restating the question: the product sign inside a compound of
    words hints at no maths, so the sentence is prose, not a line that cannot be read (a parse error)."""
    text = (
        f"The question: with the $m$ prompt positions already cached, $n$ new tokens are fed in one at a time; how many"
        f" {compound} are computed in total?\n\nAnswer: $Lh(nm + n(n+1)/2)$\n"
    )
    verdict, codes, score, best = graded("cost--kv-cache-scores", text)
    assert (verdict, codes, score) == ("correct", [], best), codes
