"""The tiny transformer: three ways to the conditionals agree, and each counts its work exactly."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from grader.derivation.problem import ProblemError, load_problem, problem_from_dict
from grader.reference.transformer import BLOCK, Transformer, TransformerConfig, TransformerModel, Work

VOCAB = ("<s>", "a", "b", "c", "</s>")


def net(layers: int = 2, heads: int = 2, d_model: int = 8, seed: int = 3, context: int = 256) -> Transformer:
    return Transformer(TransformerConfig(VOCAB, seed, d_model, layers, heads, context))


def random_ids(n: int, seed: int = 0) -> list[int]:
    return np.random.default_rng(seed).integers(0, len(VOCAB), n).tolist()


# (layers, heads, d_model, n, prompt): n > BLOCK crosses attention blocks
CASES = [(1, 1, 4, 1, 1), (1, 2, 8, 7, 1), (2, 2, 8, 20, 3), (3, 4, 16, 33, 5), (2, 2, 8, BLOCK + 9, 2)]


@pytest.mark.parametrize(("layers", "heads", "d_model", "n", "prompt"), CASES)
def test_three_ways_agree_within_1e_12(layers: int, heads: int, d_model: int, n: int, prompt: int) -> None:
    t = net(layers, heads, d_model)
    ids = random_ids(n)
    forced = t.teacher_forced(ids)
    assert forced.shape == (n, len(VOCAB))
    np.testing.assert_allclose(t.incremental(ids, prompt), forced, rtol=0, atol=1e-12)
    np.testing.assert_allclose(t.naive(ids, prompt), forced, rtol=0, atol=1e-12)


@pytest.mark.parametrize(("layers", "heads", "d_model", "n", "prompt"), CASES)
def test_work_counters_match_closed_forms(layers: int, heads: int, d_model: int, n: int, prompt: int) -> None:
    t, ids = net(layers, heads, d_model), random_ids(n)
    per_head_layer = layers * heads
    forced, cached, naive = Work(), Work(), Work()
    t.teacher_forced(ids, forced)
    t.incremental(ids, prompt, cached)
    t.naive(ids, prompt, naive)
    # teacher forcing: one pass, n(n+1)/2 causal scores per head and layer, nothing cached
    assert forced == Work(per_head_layer * n * (n + 1) // 2, n, 0)
    # KV cache: prefill p(p+1)/2, then row t adds t scores; every position once; 2·L·H·d_head per token
    prefill = prompt * (prompt + 1) // 2
    rows = sum(range(prompt + 1, n + 1))
    assert cached.score_entries == per_head_layer * (prefill + rows) == forced.score_entries
    assert cached.positions == n
    assert cached.cache_values == 2 * layers * heads * (d_model // heads) * n
    # no cache: the prefix of every length t from p to n again, Σ t(t+1)/2 scores and Σ t positions
    assert naive.score_entries == per_head_layer * sum(s * (s + 1) // 2 for s in range(prompt, n + 1))
    assert naive.positions == sum(range(prompt, n + 1))
    assert naive.cache_values == 0


def test_generating_from_one_token_without_cache_is_the_tetrahedral_sum() -> None:
    work, n = Work(), 12
    net(layers=1, heads=1).naive(random_ids(n), 1, work)
    assert work.score_entries == n * (n + 1) * (n + 2) // 6


def test_causal_earlier_positions_ignore_later_tokens() -> None:
    t = net()
    a, b = random_ids(10, 1), random_ids(10, 1)
    b[7] = (b[7] + 1) % len(VOCAB)
    la, lb = t.teacher_forced(a), t.teacher_forced(b)
    np.testing.assert_array_equal(la[:7], lb[:7])
    assert not np.allclose(la[7:], lb[7:])


def test_seed_determines_the_model() -> None:
    ids = random_ids(6)
    np.testing.assert_array_equal(net(seed=5).teacher_forced(ids), net(seed=5).teacher_forced(ids))
    assert not np.allclose(net(seed=5).teacher_forced(ids), net(seed=6).teacher_forced(ids))


def model(prompt: tuple[str, ...] = ("<s>",)) -> TransformerModel:
    return TransformerModel(TransformerConfig(VOCAB, 1, 8, 2, 2, 32), prompt)


def test_model_interface_is_consistent() -> None:
    m = model(("<s>", "a"))
    y = ("b", "c", "a", "</s>")
    conditionals = m.conditionals(y)
    assert m.window is None
    for c in conditionals:
        assert c.context == y[: c.position - 1]
        assert fresh_prob(c.token, c.context) == pytest.approx(c.prob, abs=1e-12)
        dist = m.distribution(c.context)
        assert dist is not None and math.fsum(dist.values()) == pytest.approx(1, abs=1e-12)
        logits = m.logits(c.context)
        assert logits is not None
        by_hand = math.exp(logits[c.token]) / math.fsum(math.exp(z) for z in logits.values())
        assert by_hand == pytest.approx(c.prob, abs=1e-12)
    for method in ("incremental", "naive"):
        other = m.conditionals(y, method=method)
        assert [c.prob for c in other] == pytest.approx([c.prob for c in conditionals], abs=1e-12)


def fresh_prob(token: str, context: tuple[str, ...]) -> float | None:
    """The probability from a new model object, so nothing is shared through its memo."""
    return model(("<s>", "a")).prob(token, context)


def transformer_problem(**model: Any) -> dict[str, Any]:
    spec = {
        "kind": "transformer",
        "vocabulary": list(VOCAB),
        "seed": 1,
        "d_model": 8,
        "heads": 2,
        "context": 6,
    }
    spec.update(model)
    return {"ask": "log_likelihood", "model": spec, "sequence": {"x": ["<s>"], "y": ["a", "b", "</s>"]}}


@pytest.mark.parametrize(
    ("model_changes", "sequence", "key"),
    [
        ({"heads": 3}, {}, "model.heads"),
        ({"d_model": 7, "heads": 1}, {}, "model.d_model"),
        ({"seed": None}, {}, "model.seed"),
        ({"vocabulary": ["a", "a", "b"]}, {}, "model.vocabulary"),
        ({"vocabulary": "abc"}, {}, "model.vocabulary"),
        ({"layers": 0}, {}, "model.layers"),
        ({"dropout": 0.1}, {}, "model.dropout"),
        ({}, {"x": "a prompt"}, "sequence.x"),
        ({}, {"x": ["<s>", "z"]}, "sequence.x[1]"),
        ({}, {"y": ["a", "zz", "</s>"]}, "sequence.y[1]"),
        ({}, {"y": ["a", "b", "c", "a", "b", "c", "</s>"]}, "sequence.y"),  # needs 7 positions, context 6
    ],
)
def test_bad_transformer_problems_name_the_key(
    model_changes: dict[str, Any], sequence: dict[str, Any], key: str
) -> None:
    data = transformer_problem(**model_changes)
    if model_changes.get("seed", 1) is None:
        del data["model"]["seed"]
    data["sequence"].update(sequence)
    with pytest.raises(ProblemError) as err:
        problem_from_dict(data, "t.toml")
    assert err.value.key == key


def test_sequence_filling_the_context_window_exactly_loads() -> None:
    data = transformer_problem()
    data["sequence"]["y"] = ["a", "b", "c", "a", "b", "</s>"]  # x + y[:-1] = 6 positions
    assert len(problem_from_dict(data, "t.toml").reference.conditionals) == 6


def test_bundled_problems_state_what_the_model_computes() -> None:
    """The numbers printed in each statement are the model's own, so students grade against them."""
    problem = load_problem("problems/seed/transformer-log-likelihood.toml")
    stated = [float(row.rsplit("|", 2)[1]) for row in _rows(problem.statement, "| ") if "Pr(" in row]
    assert [c.prob for c in problem.reference.conditionals] == pytest.approx(stated, abs=5e-5)

    problem = load_problem("problems/seed/transformer-softmax.toml")
    assert isinstance(problem.model, TransformerModel)
    for c, row in zip(problem.reference.conditionals, _rows(problem.statement, "| after"), strict=True):
        stated = [float(v) for v in row.strip("|").split("|")[1:]]
        logits = problem.model.logits(c.context)
        assert logits is not None
        assert list(logits.values()) == pytest.approx(stated, abs=5e-4)


def _rows(statement: str, prefix: str) -> list[str]:
    return [line for line in statement.splitlines() if line.startswith(prefix)]
