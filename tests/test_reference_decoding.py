"""Marginals and decoding with exact hypothesis probabilities."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction as F

import pytest

from grader.derivation.problem import load_problem
from grader.reference import build_model
from grader.reference.base import LanguageModel
from grader.reference.decoding import DecodingError, Hypothesis, beam_search, exhaustive, greedy, marginal
from grader.reference.transformer import TransformerConfig, TransformerModel


def sam() -> LanguageModel:
    return load_problem("problems/seed/sam-corpus.toml").model


def tiny_transformer() -> TransformerModel:
    return TransformerModel(TransformerConfig(("<s>", "a", "b", "</s>"), 2, 8, 1, 2, 16), ("<s>",))


@pytest.mark.parametrize(
    ("position", "token", "given", "expected"),
    [
        (1, "I", (), F(2, 3)),
        (2, "am", (), F(2, 3) * F(2, 3)),  # only I is followed by am
        (2, "I", (), F(1, 3) * F(1, 2)),  # <s> Sam I
        (3, "Sam", ("I",), F(2, 3) * F(1, 2)),
        (2, "am", ("I",), F(2, 3)),  # nothing to sum out: the conditional itself
    ],
)
def test_marginals_of_the_sam_bigram_are_exact(
    position: int, token: str, given: tuple[str, ...], expected: F
) -> None:
    assert marginal(sam(), position, token, given) == expected


def test_marginal_matches_brute_force_sum_for_the_transformer() -> None:
    m = tiny_transformer()
    vocab = m.vocabulary
    brute = math.fsum(
        m.prob(v, ()) * m.prob(w, (v,)) * m.prob("b", (v, w))  # type: ignore[operator]
        for v, w in itertools.product(vocab, vocab)
        if "</s>" not in (v, w)
    )
    assert marginal(m, 3, "b") == pytest.approx(brute, abs=1e-12)


def test_marginal_refuses_partial_distributions() -> None:
    model = load_problem("problems/seed/deep-learning.toml").model  # lists only some tokens
    with pytest.raises(DecodingError):
        marginal(model, 2, "learning")


def test_greedy_picks_the_most_probable_token_each_step() -> None:
    assert greedy(sam(), 10) == Hypothesis(("I", "am", "</s>"), F(2, 9), True)


def test_greedy_stops_at_max_len_unfinished() -> None:
    h = greedy(sam(), 2)
    assert h.tokens == ("I", "am") and not h.finished and h.prob == F(4, 9)


def test_beam_of_width_one_is_greedy() -> None:
    m = tiny_transformer()
    assert beam_search(m, 1, 6)[0].tokens == greedy(m, 6).tokens


def test_beam_search_sam_width_3() -> None:
    hyps = beam_search(sam(), 3, 10)
    assert [(h.tokens, h.prob) for h in hyps] == [
        (("I", "am", "</s>"), F(2, 9)),
        (("Sam", "</s>"), F(1, 6)),
        (("I", "am", "Sam", "</s>"), F(1, 9)),
    ]
    assert all(h.finished for h in hyps)
    assert hyps[0].logprob_in("2") == pytest.approx(math.log2(2 / 9))


def test_exhaustive_finds_the_best_and_probabilities_match_the_chain_rule() -> None:
    m = sam()
    hyps = exhaustive(m, 6)
    assert hyps[0].tokens == ("I", "am", "</s>")
    for h in hyps[:5]:
        chain = F(1)
        for c in m.conditionals(h.tokens):
            chain *= c.prob  # type: ignore[operator]
        assert h.prob == chain
    finished = sum(h.prob for h in hyps if h.finished)
    assert 0 < finished <= 1


@pytest.mark.parametrize("width", [1, 2, 4])
def test_beam_never_beats_exhaustive(width: int) -> None:
    m = tiny_transformer()
    best = exhaustive(m, 4)[0]
    assert beam_search(m, width, 4)[0].logprob <= best.logprob + 1e-12


def test_exhaustive_budget_is_enforced() -> None:
    with pytest.raises(DecodingError):
        exhaustive(tiny_transformer(), 12, budget=100)


def test_paths_through_eos_end_and_ties_break_by_token_text() -> None:
    spec = {"kind": "ngram", "order": 1, "corpus": ["a b", "b a"]}  # P(a) = P(b) = P(</s>) = 1/3
    m = build_model(spec, log_base="e", prompt=("<s>",))
    # y_3 exists only if neither y_1 nor y_2 was </s>
    assert marginal(m, 3, "a") == F(2, 3) * F(2, 3) * F(1, 3)
    assert greedy(m, 3) == Hypothesis(("</s>",), F(1, 3), True)  # "</s>" sorts before "a" and "b"
