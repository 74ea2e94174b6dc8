"""Work the student takes back is neither charged nor credited (issue 10, blind42): "EDIT: … Ignore the line
above.", a cross against a line ("… = 0.2116  ✗ used row 1 again"), and a retraction followed by a fresh
"Attempt 2:", which takes back the whole first attempt. The redo is judged: a wrong redo stays wrong."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

DL = ROOT / "problems/seed/deep-learning.toml"
ADD1 = ROOT / "problems/seed/sam-corpus-add-one.toml"

ATTEMPT_1 = (
    "Attempt 1:\n"
    "P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2 -> P = 1/9\n"
    "{mark} that's the unsmoothed MLE, the question asks for add-one.\n\n"
    "Attempt 2:\n"
    "P(I|<s>) = 3/14, P(am|I) = 3/14, P(Sam|am) = 2/13, P(</s>|Sam) = 2/13\n"
    "P = 3/14 * 3/14 * 2/13 * 2/13 = {final}"
)


@pytest.mark.parametrize(
    ("problem", "text", "verdict"),
    [
        (
            DL,
            "log Pr(y|x) = -0.7 * -0.4 = 0.28\nEDIT: I multiplied the logs. Ignore the line above.\n"
            "log Pr(y|x) = -0.7 + (-0.4) = -1.1",
            "correct",
        ),
        (
            DL,
            "log Pr(y|x) = -0.7 * -0.4 = 0.28\nEDIT: ignore the previous line.\n"
            "log Pr(y|x) = -0.7 + (-0.4) = -1.3",
            "incorrect",
        ),  # the redo is wrong
        (DL, "log Pr(y|x) = -0.7 * -0.4 = 0.28   ✗ logs add\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1", "correct"),
        (DL, "log Pr(y|x) = -0.7 + (-0.4) = -1.1   ✗ hmm\nlog Pr(y|x) = -0.7 * -0.4 = 0.28", "incorrect"),
        (
            DL,
            "log Pr(y|x) = -0.7 + (-0.4) = -1.1\nPr(y|x) = e^-1.1 = 0.3329\nFinal answer: 0.3329\n"
            "EDIT: the question asks for the log. Final answer: log Pr(y|x) = -1.1",
            "correct",
        ),
        (
            DL,
            "log Pr(y|x) = -0.7 + (-0.4) = -1.1\nFinal answer: -1.1\n"
            "EDIT: the probability is wanted. Final answer: Pr(y|x) = e^-1.1 = 0.3329",
            "incorrect",
        ),
        (ADD1, ATTEMPT_1.format(mark="✗", final="0.001087"), "correct"),
        (ADD1, ATTEMPT_1.format(mark="Wait, that's wrong:", final="0.001087"), "correct"),
        (ADD1, ATTEMPT_1.format(mark="✗", final="0.002087"), "incorrect"),  # attempt 2 slips
        (ADD1, ATTEMPT_1.format(mark="Note:", final="0.001087").replace("Attempt 2:", "Also:"), "incorrect"),
    ],
)
def test_work_taken_back(problem, text: str, verdict: str) -> None:
    report = load_question(problem).grade(text.encode(), "s.txt")
    assert report.verdict == verdict, report.codes
