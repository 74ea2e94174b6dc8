"""n-gram reference models: exact estimates from a corpus, and bad model descriptions named by key."""

from __future__ import annotations

import copy
from fractions import Fraction as F
from typing import Any

import pytest

from grader.derivation.problem import ProblemError, problem_from_dict
from grader.reference import ModelError, build_model
from grader.reference.ngram import NgramModel

SAM = ["<s> I am Sam </s>", "<s> Sam I am </s>", "<s> I do not like green eggs and ham </s>"]


def sam(order: int = 2, **options: Any) -> NgramModel:
    spec = {"kind": "ngram", "order": order, "corpus": SAM, **options}
    model = build_model(spec, log_base="e", prompt=("<s>",) * max(order - 1, 1))
    assert isinstance(model, NgramModel)
    return model


def sam_problem(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ask": "probability",
        "model": {"kind": "ngram", "order": 2, "corpus": list(SAM)},
        "sequence": {"x": ["<s>"], "y": ["I", "am", "Sam", "</s>"]},
    }
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = data
        for part in parents:
            target = target[part]
        target[last] = value
    return data


@pytest.mark.parametrize(
    ("token", "context", "expected"),
    [
        ("I", ("<s>",), F(2, 3)),
        ("am", ("I",), F(2, 3)),
        ("Sam", ("am",), F(1, 2)),
        ("</s>", ("Sam",), F(1, 2)),
    ],
)
def test_sam_mle_conditionals_are_exact_fractions(token: str, context: tuple[str, ...], expected: F) -> None:
    p = sam().prob(token, context)
    assert isinstance(p, F)
    assert p == expected


def test_sam_sentence_probability_is_one_ninth() -> None:
    problem = problem_from_dict(sam_problem(), "sam.toml")
    probs = [c.prob for c in problem.reference.conditionals]
    assert probs == [F(2, 3), F(2, 3), F(1, 2), F(1, 2)]
    product = F(1)
    for p in probs:
        product *= p  # type: ignore[operator]
    assert product == F(1, 9)
    assert problem.reference.value == pytest.approx(1 / 9, rel=1e-12)


def test_counts_behind_the_estimates() -> None:
    model = sam()
    assert model.count(("<s>", "I")) == 2
    assert model.history_count(("<s>",)) == 3
    assert model.history_count(("Sam",)) == 2  # Sam </s> and Sam I
    assert model.history_count(("</s>",)) == 0  # </s> is never followed
    assert model.vocabulary_size == 11  # </s> counted, <s> not
    assert "<s>" not in model.vocabulary and "</s>" in model.vocabulary


@pytest.mark.parametrize(
    ("k", "token", "context", "expected"),
    [
        (1, "I", ("<s>",), F(3, 14)),
        (1, "Sam", ("am",), F(2, 13)),
        (1, "ham", ("<s>",), F(1, 14)),  # unseen bigram: k / (C(h) + k|V|)
        ("1/2", "I", ("<s>",), F(5, 2) / (3 + F(11, 2))),
        (0.1, "am", ("I",), (2 + F(1, 10)) / (3 + F(11, 10))),
    ],
)
def test_add_k_uses_the_given_k(k: object, token: str, context: tuple[str, ...], expected: F) -> None:
    assert sam(smoothing="add-k", k=k).prob(token, context) == expected


def test_add_one_alias_and_default_k() -> None:
    assert sam(smoothing="add-one").prob("I", ("<s>",)) == F(3, 14)


def test_stated_vocabulary_size_replaces_corpus_types_and_admits_unseen_words() -> None:
    model = sam(smoothing="add-k", k=1, vocabulary_size=20)
    assert model.prob("I", ("<s>",)) == F(3, 23)
    assert model.prob("Bob", ("<s>",)) == F(1, 23)


@pytest.mark.parametrize(
    ("token", "context", "expected"),
    [
        ("I", ("<s>",), F(3, 4) * F(2, 3) + F(1, 4) * F(3, 17)),
        ("am", ("I",), F(3, 4) * F(2, 3) + F(1, 4) * F(2, 17)),
        ("ham", ("Sam",), F(3, 4) * 0 + F(1, 4) * F(1, 17)),
    ],
)
def test_interpolation_mixes_orders_highest_first(token: str, context: tuple[str, ...], expected: F) -> None:
    assert sam(smoothing="interpolation", lambdas=["3/4", "1/4"]).prob(token, context) == expected


def test_trigram_interpolation_and_padding() -> None:
    model = sam(3, smoothing="interpolation", lambdas=[0.5, 0.3, 0.2])
    # P(I | <s> <s>): trigram 2/3, bigram C(<s> I)/C(<s>) = 2/3 (the padded <s> predicts nothing), unigram 3/17
    assert model.prob("I", ("<s>", "<s>")) == F(1, 2) * F(2, 3) + F(3, 10) * F(2, 3) + F(1, 5) * F(3, 17)
    assert sam(3).prob("am", ("<s>", "I")) == F(1, 2)


@pytest.mark.parametrize(
    "options",
    [{}, {"smoothing": "add-k", "k": 1}, {"smoothing": "interpolation", "lambdas": ["2/3", "1/3"]}],
)
@pytest.mark.parametrize("context", [("<s>",), ("I",), ("am",), ("ham",)])
def test_distributions_sum_to_one(options: dict[str, Any], context: tuple[str, ...]) -> None:
    dist = sam(**options).distribution(context)
    assert dist is not None
    assert sum(dist.values()) == 1


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"model__smoothing": "kneser-ney"}, "model.smoothing"),
        ({"model__smoothing": "add-k", "model__k": 0}, "model.k"),
        ({"model__smoothing": "add-k", "model__k": "x"}, "model.k"),
        ({"model__k": 1}, "model.k"),
        ({"model__smoothing": "interpolation", "model__lambdas": [0.5, 0.4]}, "model.lambdas"),
        ({"model__smoothing": "interpolation", "model__lambdas": [1.0]}, "model.lambdas"),
        ({"model__smoothing": "interpolation", "model__lambdas": [1.5, -0.5]}, "model.lambdas[0]"),
        ({"model__vocabulary_size": 5, "model__smoothing": "add-k"}, "model.vocabulary_size"),
        ({"model__vocabulary_size": 50}, "model.vocabulary_size"),
        ({"model__corpus": []}, "model.corpus"),
        ({"model__order": 9}, "model.order"),
        ({"sequence__y": ["I", "am", "Bob", "</s>"]}, "sequence.y[2]"),
        ({"sequence__y": ["I", "am", "ham", "</s>"]}, "model.corpus"),  # C(am ham) = 0
        ({"sequence__y": ["I", "am", "</s>", "I"]}, "model.corpus"),  # nothing ever follows </s>
        ({"sequence__y": ["<s>", "I"]}, "sequence.y[0]"),
        ({"sequence__x": "I am"}, "sequence.x"),
    ],
)
def test_bad_corpus_models_name_the_key(changes: dict[str, Any], key: str) -> None:
    with pytest.raises(ProblemError) as err:
        problem_from_dict(sam_problem(**changes), "bad.toml")
    assert err.value.key == key
    assert str(err.value).startswith("bad.toml: ")


ENTRIES = [
    {"token": "the", "context": ["<s>"], "prob": 0.5},
    {"token": "cat", "context": ["the"], "prob": 0.5},
]


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({1: {"token": "cat", "context": ["the"], "prob": 1.5}}, "model.entries[1].prob"),
        ({1: {"token": "cat", "context": ["the"], "prob": -0.1}}, "model.entries[1].prob"),
        ({1: {"token": "cat", "context": ["<s>", "the"], "prob": 0.5}}, "model.entries[1].context"),
        ({1: {"token": "cat", "context": ["<s>"], "prob": 0.6}}, "model.entries"),  # 0.5 + 0.6 > 1 after <s>
        ({1: {"token": "cat", "context": ["the"], "logprob": 0.2}}, "model.entries[1].logprob"),
    ],
)
def test_bad_entries_name_the_key(change: dict[int, dict[str, Any]], key: str) -> None:
    entries = copy.deepcopy(ENTRIES)
    for i, entry in change.items():
        entries[i] = entry
    with pytest.raises(ModelError) as err:
        build_model({"kind": "ngram", "order": 2, "entries": entries}, log_base="e", prompt=("<s>",))
    assert err.value.key == key


def test_window_licenses_dropping_all_but_the_last_tokens() -> None:
    model = sam()
    assert model.window == 1
    assert model.context_for(("I", "am")) == ("am",)
    assert model.prob("Sam", ("I", "am")) == model.prob("Sam", ("am",))
