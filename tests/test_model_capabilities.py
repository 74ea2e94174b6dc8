"""Every reference model answers the same questions about itself (logits, entries, vocabulary, its
smoothing, other estimates, a description), whatever its kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.problem import load_problem
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "problems/seed").glob("*.toml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_each_model_describes_itself(path: Path) -> None:
    problem = load_problem(path)
    model = problem.model
    context = tuple(model.context_for(problem.y[:0]))
    assert model.describe().strip()
    assert (model.logits(context) is not None) == model.has_logits
    assert model.table is None or all(0 <= float(p) <= 1 for p in model.table.values())
    assert model.smoothing_method in (None, "mle", "add-k", "interpolation")
    if model.smoothing_method == "add-k":
        twin = model.with_vocabulary_size((model.vocabulary_size or 0) + 1)
        assert twin is not None and twin.vocabulary_size == (model.vocabulary_size or 0) + 1
    for name, other in model.alternatives():
        assert name and other.kind == model.kind and other is not model


def test_a_corpus_model_offers_the_usual_other_estimates() -> None:
    mle = load_problem(ROOT / "problems/seed/sam-corpus.toml").model
    add_one = load_problem(ROOT / "problems/seed/sam-corpus-add-one.toml").model
    assert [name for name, _ in mle.alternatives()] == ["add-one smoothing"]
    assert [name for name, _ in add_one.alternatives()] == ["the unsmoothed MLE estimate"]
    (_, smoothed), (_, unsmoothed) = mle.alternatives()[0], add_one.alternatives()[0]
    assert smoothed.prob("I", ("<s>",)) == add_one.prob("I", ("<s>",))
    assert unsmoothed.prob("I", ("<s>",)) == mle.prob("I", ("<s>",))
    assert mle.corpus_sentences == 3 and mle.unigram_total() is not None
