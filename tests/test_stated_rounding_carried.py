"""Error carried forward at the precision the student wrote: a probability they stated (their own, even a
wrong one, `Pr(the | x) = 1.8757 / 7.6480 = 0.2453`) may be the rounding of the value their next steps worked
from (0.24525), so a log or a sum taken from the unrounded value (`-ln = 1.4055`) is no new mistake; only the
wrong probability is charged. Wrong twins: a log that no rounding of the stated probability gives stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SOFTMAX = load_problem(ROOT / "problems/seed/transformer-softmax.toml")

# <s> left out of both normalisers: the probabilities are wrong, every later step right
HEAD = "Z1 = 7.9498 - 0.3018 = 7.6480\nPr(the | x) = 1.8757 / 7.6480 = 0.2453\n"
MIDDLE = "Z2 = 14.0014 - 0.3289 = 13.6725\nPr(cat | x, the) = 1.2918 / 13.6725 = 0.0945\n"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "-ln Pr(the | x) = 1.4055\n" + MIDDLE + "-ln Pr(cat | x, the) = 2.3593\nNLL = 1.4055 + 2.3593 = 3.7648\n",
        HEAD + MIDDLE + "NLL = 1.4055 + 2.3593 = 3.7648\n",
        HEAD + "-ln 0.2453 = 1.4055\n" + MIDDLE + "-ln 0.0945 = 2.3593\nNLL = 1.4055 + 2.3593 = 3.7648\n",
    ],
)  # fmt: skip
def test_logs_of_the_unrounded_stated_probabilities_are_no_new_mistake(text: str) -> None:
    report = grade_text(text, SOFTMAX)
    assert report.verdict == "incorrect"
    assert {d.code for d in report.diagnostics if d.severity == "error"} == {
        "wrong-value",
        "final-answer-wrong",
    }
    stated = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith("Pr(")]
    assert [d.span.line for d in report.diagnostics if d.code == "wrong-value"] == stated


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "-ln Pr(the | x) = 1.4355\n" + MIDDLE + "-ln Pr(cat | x, the) = 2.3593\nNLL = 1.4355 + 2.3593 = 3.7948\n",
        HEAD + MIDDLE + "NLL = 1.4055 + 2.3593 = 3.7848\n",
    ],
)  # fmt: skip
def test_a_log_no_rounding_gives_is_still_charged(text: str) -> None:
    report = grade_text(text, SOFTMAX)
    stated = {n for n, line in enumerate(text.splitlines(), 1) if line.startswith("Pr(")}
    charged = {
        d.span.line for d in report.diagnostics if d.severity == "error" and d.code != "final-answer-wrong"
    }
    assert charged - stated, report.codes
