"""Classes of comparison the compare kind misread (issue 10, blind-kinds12 and blind-kinds13: answers
written like an economics master's course and a linguistics department): each right variant earns
full marks and its wrong twin stays caught. The texts are written for these tests.

1. A candidate's label that glosses its name with the response's words before the work
   (`A = "deep learning": -0.7 + (-0.4) = -1.1`, `B = reinforcement learning: …`): the derivation
   reader took the label for an equation and could not read the line, so right work lost its credit.
2. The ratio stated in bold after ≈ (`≈ **2.01**`) and then as odds ("about 2 : 1 for A"): the bold
   hid the stated result and the odds' 1 was read as the last number, so the log ratio above (0.7,
   which rounds to 1) was taken for the answer. Odds a : b are now the one number a / b, and a result
   in bold after = or ≈ is stated as one without bold is.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import numbers_at, stated_number
from grader.compare.grade import grade_compare
from tests.test_compare_classes import MAIN, RATIO, _problem

_RATIO = "ratio = exp(-1.1 - (-1.8)) = exp(0.7) ≈ 2.01\n"
_LOGS = "- log Pr(A|x) = -0.7 + (-0.4) = -1.1\n- log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"

# (problem, right work, its wrong twin, the code the twin must earn)
CLASSES_13 = [
    (
        RATIO,
        'Chain rule:\n- A = "deep learning": -0.7 + (-0.4) = -1.1\n'
        '- B = "reinforcement learning": -1.6 + (-0.2) = -1.8\n\n' + _RATIO,
        'Chain rule:\n- A = "deep learning": -0.7 + (-0.4) = -1.1\n'
        '- B = "reinforcement learning": -1.6 + (-0.2) = -1.9\n\n' + _RATIO,
        "arithmetic-error",
    ),
    (
        RATIO,
        "A = deep learning: log P = -0.7 - 0.4 = -1.1\nB = reinforcement learning: log P = -1.6 - 0.2 = -1.8\n\n"
        + _RATIO,
        "A = deep learning: log P = -0.7 - 0.4 = -1.1\nB = reinforcement learning: log P = -1.6 - 0.2 = -1.8\n\n"
        "ratio = exp(-1.1 / -1.8) = exp(0.61) ≈ 1.84\n",
        "final-answer-wrong",
    ),
    (
        MAIN,
        "**A** = *(deep, learning)*: -0.7 + -0.4 = -1.1\n**B** = *(reinforcement, learning)*: -1.6 + -0.2 = -1.8\n\n"
        "-1.1 > -1.8, so the model finds A more likely.\n",
        "**A** = *(deep, learning)*: -0.7 + -0.4 = -1.1\n**B** = *(reinforcement, learning)*: -1.6 + -0.2 = -1.8\n\n"
        "|-1.8| > |-1.1|, so the model finds B more likely.\n",
        "less-likely-chosen",
    ),
    (
        RATIO,
        _LOGS
        + "- log ratio = -1.1 - (-1.8) = 0.7\n- ratio = e^0.7 ≈ **2.01**, i.e. odds of about 2 : 1 for A over B.\n",
        _LOGS
        + "- log ratio = -1.8 - (-1.1) = -0.7\n- ratio = e^-0.7 ≈ **0.50**, i.e. odds of about 1 : 2 for A over B.\n",
        "final-answer-wrong",
    ),
    (
        RATIO,
        _LOGS + "log ratio = 0.7\nPr(A)/Pr(B) = e^0.7 ≈ *2.014*, odds 2:1 in favour of A.\n",
        _LOGS + "log ratio = 0.7\nPr(A)/Pr(B) = e^0.7 ≈ *0.7*, odds 0.7:1 in favour of A.\n",
        "wrong-quantity",
    ),
    (
        RATIO,
        _LOGS + "So Pr(A|x)/Pr(B|x) = e^{0.7} = **2.0** — roughly 2 : 1 odds.\n",
        _LOGS + "So Pr(A|x)/Pr(B|x) = e^{1.1} = **3.0** — roughly 3 : 1 odds.\n",
        "final-answer-wrong",
    ),
]


def twins_hold(path, right: str, wrong: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """Right work gets full marks and no code; its wrong twin is caught with `code`."""
    good = grade_compare(right, _problem(path))
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, [])
    bad = grade_compare(wrong, _problem(path))
    assert bad.verdict == "incorrect" and bad.score < bad.max_score
    assert code in bad.codes, bad.codes


@pytest.mark.parametrize(("path", "right", "wrong", "code"), CLASSES_13)
def test_right_work_gets_full_marks_and_its_twin_is_caught(path, right: str, wrong: str, code: str) -> None:  # type: ignore[no-untyped-def]
    twins_hold(path, right, wrong, code)


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("odds of about 2 : 1 for A", [2.0]),
        ("odds 3:2", [1.5]),
        ("step 1: 0.5", [1.0, 0.5]),  # a label's colon, spaced on one side only: two numbers
        ("-1.1 : -1.8", [-1.1, -1.8]),  # signed: log-probabilities listed, not odds
        ("2 : 0", [2.0, 0.0]),
    ],
)
def test_odds_are_one_number(line: str, values: list[float]) -> None:
    assert [v for v, _ in numbers_at(line)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("log ratio = 0.7\nratio = e^0.7 ≈ **2.01**, about 2 : 1", 2.01),
        ("log ratio = 0.7\nratio ≈ *2.01*, about 2 times", 2.01),
        ("log ratio = 0.7\nratio ≈ **2.01**, about 3 : 1", 3.0),  # odds that do not round it are the answer
    ],
)
def test_a_result_in_bold_is_stated(text: str, value: float) -> None:
    lines = text.splitlines()
    found = stated_number(lines, list(range(len(lines))))
    assert found is not None and found[1][0] == value
