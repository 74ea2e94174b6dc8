"""`window = k` under [model]: each model kind reads only the k most recent tokens, and says so."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from grader.core.problemfile import ProblemError
from grader.derivation.grade import grade_text
from grader.derivation.problem import problem_from_dict
from grader.reference import build_model
from grader.reference.transformer import BLOCK, Transformer, TransformerConfig, Work

VOCAB = ("<s>", "a", "b", "c", "</s>")
CORPUS = ["a b a c", "b a b", "c a b a", "a a b c"]


def ngram(order: int, window: int | None = None, smoothing: str = "mle") -> Any:
    spec: dict[str, Any] = {"kind": "ngram", "order": order, "corpus": CORPUS, "smoothing": smoothing}
    if window is not None:
        spec["window"] = window
    return build_model(spec, log_base="e", prompt=("<s>", "<s>"))


# (order, window, the order whose MLE the windowed model must equal)
NGRAM_CASES = [(3, 1, 2), (3, 0, 1), (3, 2, 3), (3, 5, 3), (2, 1, 2), (2, 0, 1), (4, 1, 2)]


@pytest.mark.parametrize(("order", "window", "same_as"), NGRAM_CASES)
def test_ngram_window_truncates_below_n_minus_1_and_changes_nothing_above(
    order: int, window: int, same_as: int
) -> None:
    windowed, plain = ngram(order, window), ngram(same_as)
    assert windowed.window == min(window, order - 1)
    y = ("a", "b", "a", "c", "</s>")
    got = [c.prob for c in windowed.conditionals(y)]
    want = [c.prob for c in plain.conditionals(y)]
    assert got == want
    assert all(len(c.context) <= windowed.window for c in windowed.conditionals(y))


@pytest.mark.parametrize(
    ("spec", "needle"),
    [
        ({"kind": "ngram", "order": 3, "corpus": CORPUS, "smoothing": "interpolation",
          "lambdas": [0.5, 0.3, 0.2], "window": 1}, "interpolated"),
        ({"kind": "ngram", "order": 2, "window": 0,
          "entries": [{"token": "a", "context": ["<s>"], "prob": 1}]}, "order-1"),
        ({"kind": "transformer", "vocabulary": list(VOCAB), "seed": 1, "window": 0}, "at least 1"),
        ({"kind": "transformer", "vocabulary": list(VOCAB), "seed": 1, "layers": 2, "window": 2}, "layers = 1"),
        ({"kind": "table", "entries": [{"token": "a", "prob": 1}], "window": -1}, "whole number"),
        ({"kind": "table", "entries": [{"token": "a", "prob": 1}], "window": 1.5}, "whole number"),
        ({"kind": "logprobs", "content": [], "window": 1}, "logprobs"),
    ],
)  # fmt: skip
def test_a_window_a_model_cannot_have_is_refused_naming_model_window(
    spec: dict[str, Any], needle: str
) -> None:
    data = {"ask": "log_likelihood", "model": spec, "sequence": {"x": ["<s>"], "y": ["a"]}}
    with pytest.raises(ProblemError) as err:
        problem_from_dict(data, "p.toml")
    assert err.value.key == "model.window"
    assert needle in str(err.value)
    assert "p.toml" in str(err.value)


TABLE = [
    {"token": "deep", "context": [], "logprob": -0.7},
    {"token": "learning", "context": ["deep"], "logprob": -0.9},
    {"token": "nets", "context": ["learning"], "logprob": -1.2},
    {"token": "nets", "context": ["deep", "learning"], "logprob": -0.3},
]


@pytest.mark.parametrize(
    ("window", "contexts", "logprobs"),
    [
        (1, [(), ("deep",), ("learning",)], [-0.7, -0.9, -1.2]),
        (2, [(), ("deep",), ("deep", "learning")], [-0.7, -0.9, -0.3]),
        (None, [(), ("deep",), ("deep", "learning")], [-0.7, -0.9, -0.3]),
    ],
)
def test_table_answers_with_the_entry_for_the_truncated_history(
    window: int | None, contexts: list[tuple[str, ...]], logprobs: list[float]
) -> None:
    spec: dict[str, Any] = {"kind": "table", "entries": TABLE}
    if window is not None:
        spec["window"] = window
    model = build_model(spec, log_base="e", prompt=None)
    assert model.window == window
    conditionals = model.conditionals(("deep", "learning", "nets"))
    assert [c.context for c in conditionals] == contexts
    assert [math.log(c.prob) for c in conditionals] == pytest.approx(logprobs)


def transformer(window: int | None, layers: int = 1, seed: int = 3) -> Transformer:
    return Transformer(TransformerConfig(VOCAB, seed, 8, layers, 2, 256, window=window))


def ids(n: int, seed: int = 0) -> list[int]:
    return np.random.default_rng(seed).integers(0, len(VOCAB), n).tolist()


# (window, layers, n, prompt): n > BLOCK crosses attention blocks
MASK_CASES = [
    (1, 1, 9, 1),
    (1, 3, 20, 2),
    (2, 1, 20, 3),
    (3, 1, BLOCK + 9, 2),
    (5, 1, 40, 1),
    (100, 1, 30, 4),
]


@pytest.mark.parametrize(("window", "layers", "n", "prompt"), MASK_CASES)
def test_windowed_transformer_three_ways_agree(window: int, layers: int, n: int, prompt: int) -> None:
    t, seq = transformer(window, layers), ids(n)
    forced = t.teacher_forced(seq)
    np.testing.assert_allclose(t.incremental(seq, prompt), forced, rtol=0, atol=1e-12)
    np.testing.assert_allclose(t.naive(seq, prompt), forced, rtol=0, atol=1e-12)
    work = Work()
    t.teacher_forced(seq, work)
    assert work.score_entries == layers * 2 * sum(min(window, i + 1) for i in range(n))


@pytest.mark.parametrize(("window", "layers"), [(1, 1), (1, 3), (2, 1), (4, 1)])
def test_windowed_transformer_reads_only_the_last_k_tokens(window: int, layers: int) -> None:
    t = transformer(window, layers)
    a = ids(12, 1)
    b = list(a)
    last = len(a) - 1
    b[last - window] = (b[last - window] + 1) % len(VOCAB)  # just outside the window of the last row
    np.testing.assert_allclose(t.teacher_forced(a)[-1], t.teacher_forced(b)[-1], rtol=0, atol=1e-12)
    c = list(a)
    c[last - window + 1] = (c[last - window + 1] + 1) % len(VOCAB)  # the oldest token inside it
    assert not np.allclose(t.teacher_forced(a)[-1], t.teacher_forced(c)[-1])


def test_window_at_least_the_sequence_is_the_full_transformer() -> None:
    seq = ids(30)
    np.testing.assert_allclose(
        transformer(64).teacher_forced(seq), transformer(None).teacher_forced(seq), atol=1e-12
    )


def _problem(model: dict[str, Any], x: Any, y: list[str]) -> Any:
    data = {"ask": "log_likelihood", "model": model, "sequence": {"x": x, "y": y}}
    return problem_from_dict(data, "p.toml")


def test_model_conditionals_of_windowed_transformer_match_every_method() -> None:
    p = _problem(
        {"kind": "transformer", "vocabulary": list(VOCAB), "seed": 4, "d_model": 8, "window": 2},
        ["<s>", "a"],
        ["b", "c", "a", "</s>"],
    )
    assert p.model.window == 2
    by = {
        m: [c.prob for c in p.model.conditionals(p.y, m)] for m in ("teacher_forced", "incremental", "naive")
    }
    assert by["incremental"] == pytest.approx(by["teacher_forced"], abs=1e-12)
    assert by["naive"] == pytest.approx(by["teacher_forced"], abs=1e-12)
    assert [c.prob for c in p.reference.conditionals] == pytest.approx(by["teacher_forced"], abs=1e-12)
    assert p.factor_label(4) == "P(</s> | c a)"


# The derivation license: a window-1 table model drops y_1 for y_3 but not y_2 for y_3.
LICENSE_TABLE = {"kind": "table", "window": 1, "entries": TABLE}
LICENSE_CASES = [
    ("log P(y|x) = log P(y_1|x) + log P(y_2|y_1) + log P(y_3|y_2)\n= -0.7 + -0.9 + -1.2\n= -2.8", []),
    ("log P(y|x) = log P(y_1|x) + log P(y_2|y_1) + log P(y_3|x, y_1, y_2)\n= -0.7 + -0.9 + -1.2\n= -2.8", []),
    ("log P(y|x) = log P(y_1|x) + log P(y_2|y_1) + log P(y_3|y_1)\n= -0.7 + -0.9 + -1.2\n= -2.8",
     ["dropped-conditioning"]),
    ("log P(y|x) = log P(y_1|x) + log P(y_2) + log P(y_3|y_2)\n= -0.7 + -0.9 + -1.2\n= -2.8",
     ["dropped-conditioning"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), LICENSE_CASES)
def test_window_licenses_exactly_the_dropped_history(text: str, codes: list[str]) -> None:
    p = _problem(LICENSE_TABLE, "Name a subfield of machine learning:", ["deep", "learning", "nets"])
    report = grade_text(text, p)
    assert [d.code for d in report.diagnostics if d.code not in ("final-answer-wrong",)] == codes
    if not codes:
        assert report.verdict == "correct"
    else:
        assert report.verdict == "incorrect"


def test_a_transformer_window_licenses_dropping_the_prompt() -> None:
    model = {"kind": "transformer", "vocabulary": list(VOCAB), "seed": 4, "d_model": 8, "window": 1}
    p = _problem(model, ["<s>"], ["a", "b"])
    lp = [math.log(c.prob) for c in p.reference.conditionals]
    total = sum(lp)
    ok = f"log P(y|x) = log P(y_1|<s>) + log P(y_2|y_1)\n= {lp[0]:.4f} + {lp[1]:.4f}\n= {total:.4f}"
    assert grade_text(ok, p).verdict == "correct"
    full = _problem({k: v for k, v in model.items() if k != "window"}, ["<s>"], ["a", "b"])
    flp = [math.log(c.prob) for c in full.reference.conditionals]
    dropped = f"log P(y|x) = log P(y_1|<s>) + log P(y_2|y_1)\n= {flp[0]:.4f} + {flp[1]:.4f}\n= {sum(flp):.4f}"
    assert "dropped-conditioning" in grade_text(dropped, full).codes
