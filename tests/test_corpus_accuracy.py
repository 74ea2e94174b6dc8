"""The grader against the labelled corpus (tests/corpus/): per-code precision and recall, verdicts.

The corpus was written by authors who never read the checker; see scripts/corpus_accuracy.py
for the table (README quotes it).
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from corpus_accuracy import measure  # noqa: E402


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return measure("all")


def test_corpus_is_large_and_covers_every_code(result) -> None:  # type: ignore[no-untyped-def]
    assert result.total >= 200
    for code, tally in result.per_code.items():
        if code != "final-answer-wrong":
            assert tally.tp + tally.fn >= 10 or code in ("no-final-answer", "no-maths"), (code, tally)


def test_verdict_agreement(result) -> None:  # type: ignore[no-untyped-def]
    assert result.verdicts_agree / result.total >= 0.98, "\n".join(result.misses)


def test_precision_and_recall_per_code(result) -> None:  # type: ignore[no-untyped-def]
    weak = {
        code: (round(t.precision, 3), round(t.recall, 3))
        for code, t in result.per_code.items()
        if t.precision < 0.95 or t.recall < 0.90
    }
    assert not weak, f"{weak}\n" + "\n".join(result.misses)


def test_lines_agree(result) -> None:  # type: ignore[no-untyped-def]
    assert result.lines_agree / result.lines_total >= 0.9
