"""Code typed at a console's or a notebook's prompt that is not maths is the student's calculator, not a line
the grader failed to read.

From blind63 (students pasting Python prompts and Jupyter cells): 22 of its 50 correct files were sent for
review, almost all for the pasted code itself (`>>> lp = [-0.0353, …]`, `In [2]: lp = np.array([...])`,
`   ...: p2 = np.exp(z2) / np.exp(z2).sum()`, `In [4]: ln / np.log(2)`), each a parse-error warning. A line
typed at a prompt (`>>>`, `...`, `In [n]:`, IPython's `...:`) is still read as maths where it is maths
(`>>> -0.7 * -0.4` is a product of the log-probabilities, and its mistake is named); where it is not, it is
code and is passed over without a warning, and what it printed is read as a value of its own. The same text
without a prompt is no code the grader can tell, and stays a warning.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

LOGLIK = ROOT / "problems/seed/deep-learning.toml"  # log Pr(y|x) = -0.7 + (-0.4) = -1.1

SESSIONS = [
    ">>> lp = [-0.7, -0.4]\n>>> sum(lp)\n-1.1\n",
    "In [1]: import numpy as np\n\nIn [2]: lp = np.array([-0.7, -0.4])\n\nIn [3]: lp.sum()\nOut[3]: -1.1\n",
    "In [1]: import math\n\nIn [2]: a = math.log(math.exp(-0.7))\n   ...: b = math.log(math.exp(-0.4))\n"
    "   ...: a + b\nOut[2]: -1.1\n",
    ">>> import numpy as np\n>>> p = np.exp([-0.7, -0.4])\n>>> float(np.log(p).sum())\n-1.1\n",
]
WORK = "\nlog Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(LOGLIK).grade(text.encode(), "s")


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize("session", SESSIONS)
def test_a_pasted_session_beside_correct_work_costs_nothing_and_needs_no_review(session: str) -> None:
    result = graded(session + WORK)
    assert codes(result) == []
    assert result.score == result.max_score
    assert not result.needs_review


@pytest.mark.parametrize("session", SESSIONS)
def test_a_session_alone_is_graded_by_what_it_printed(session: str) -> None:
    right = graded(session + "\nlog Pr(y|x) = -1.1\n")
    assert right.score == right.max_score
    wrong = graded(session.replace("-1.1", "-1.2") + "\nlog Pr(y|x) = -1.2\n")
    assert "final-answer-wrong" in codes(wrong)


def test_maths_typed_at_a_prompt_is_still_read_and_its_mistake_named() -> None:
    result = graded(">>> -0.7 * -0.4\n0.28\n\nlog Pr(y|x) = 0.28\n")
    assert "multiplied-log-probs" in codes(result)
    assert result.score < result.max_score


def test_the_same_code_without_a_prompt_is_still_sent_for_review() -> None:
    result = graded("p = np.exp(z1) / np.exp(z1).sum()\n" + WORK)
    assert result.score == result.max_score
    assert result.needs_review
