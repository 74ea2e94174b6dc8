""" "As it should be" agrees with a value; only "… should be …" setting a value right takes back what was written.

blind72 deep-learning-perplexity/003 checked its perplexity in bits and wrote "Same perplexity, as it should be";
"should be" was read as a retraction, so the answer above ("PPL = e^{0.55} = 1.7333") was withdrawn and the
cross-entropy 0.55 judged as the answer: right work marked wrong-quantity. A metamorphic table: each right
derivation followed by a check that agrees in these words is graded as the derivation alone; a correction in the
same words still withdraws what it corrects.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.core.retractions import retraction_at
from tests.conftest import ROOT

PPL = ROOT / "problems/seed/deep-learning-perplexity.toml"
WORK = (
    "ln Pr(y|x) = -0.7 - 0.4 = -1.1\n-1.1 / 2 = -0.55, so the cross-entropy is 0.55 nats/token.\n"
    "PPL = e^{0.55} = 1.7333\n"
)


def graded(text: str):  # type: ignore[no-untyped-def]
    report = load_question(PPL).grade(text.encode(), "work.md")
    return report.verdict, report.score


@pytest.mark.parametrize(
    "check",
    [
        "Check in bits: 0.55 / ln 2 = 0.7935 bits, 2^{0.7935} = 1.7333. Same perplexity, as it should be.",
        "Check: 2^{0.7935} = 1.7333, which is what it should be.",
        "As they should be, both bases give 1.7333.",
    ],
)
def test_a_check_that_agrees_takes_nothing_back(check: str) -> None:
    assert graded(WORK + check + "\n") == graded(WORK)


@pytest.mark.parametrize("line", ["oops, P(am|I) should be 2/3", "the last step should have been e^{0.55}"])
def test_a_correction_is_still_a_retraction(line: str) -> None:
    assert retraction_at(line) is not None
