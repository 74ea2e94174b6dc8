"""A misconception is one mistake whichever way the student shows it (issue 9: one catalogue entry, its
forms generated in one module: grader.derivation.multiplied, grader.derivation.lengths, grader.derivation.bos).

Multiplying log-probabilities is named when it is written (a product of logs), when a step's number is the
product of its summands, and when only the final answer is; a perplexity over the wrong N is named when N is
defined, when the exponent divides by it, and when only the final answer shows it. A nearby wrong number
that no form of the mistake gives is not named as it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem

SEED = Path(__file__).parent.parent / "problems" / "seed"

CASES = [
    # (problem, work, the misconception named first, or None)
    (
        "deep-learning",
        "log P(y|x) = log P(y_1|x) * log P(y_2|x,y_1) = (-0.7)(-0.4) = 0.28",
        "multiplied-log-probs",
    ),
    ("deep-learning", "log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1) = 0.28", "multiplied-log-probs"),
    ("deep-learning", "log P(y|x) = (-0.7)(-0.4) = 0.28", "multiplied-log-probs"),
    ("deep-learning", "log P(y|x) = 0.28", "multiplied-log-probs"),
    ("deep-learning", "log P(y|x) = 0.31", None),
    ("logprobs-inline-perplexity", "N = 3\nPPL = exp(1.5/3) = 1.6487", "perplexity-normalization"),
    ("logprobs-inline-perplexity", "PPL = exp(1.5) = 4.4817", "perplexity-normalization"),
    ("logprobs-inline-perplexity", "PPL = exp(1.5 * 2) = 20.09", "perplexity-normalization"),
    ("logprobs-inline-perplexity", "PPL = 4.4817", "perplexity-normalization"),
    ("logprobs-inline-perplexity", "PPL = 4.61", None),
]


@pytest.mark.parametrize(("problem", "work", "code"), CASES, ids=[c[1] for c in CASES])
def test_each_form_of_a_misconception_is_named_alike(problem: str, work: str, code: str | None) -> None:
    report = grade_text(work, load_problem(SEED / f"{problem}.toml"))
    codes = [d.code for d in report.diagnostics]
    assert report.verdict == "incorrect"
    if code is None:
        assert not {"multiplied-log-probs", "perplexity-normalization"} & set(codes), codes
    else:
        assert codes[0] == code, codes
