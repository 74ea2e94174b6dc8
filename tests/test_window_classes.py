"""Classes of answer the window kind misread (issue 10, blind-kinds2): each right variant earns full marks
and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.window.grade import chosen_model, grade_window_text
from tests.conftest import ROOT

TABLE = ROOT / "problems/window/deep-learning-window.toml"  # full -1.1, window -3.1, gap 2.0

FULL = "Full model:\nlog P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1\n\n"
WINDOW = "Window model:\nlog P(y|x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.1\n\n"
GAP = "Gap: -1.1 - (-3.1) = 2.0\n\n"
CHEAPER = "Cheaper: the window model, it reads one token per prediction.\n"

# (right answer, its wrong twin, the code the twin must earn)
CLASSES = [
    # a table whose columns are different quantities (each token's log-probability, then the sum): its
    # cells are separate values, only a computation and the cell after it are one chain
    (
        "| | y_1 = deep | y_2 = learning | sum |\n|---|---|---|---|\n"
        "| Full model | -0.7 | -0.4 | -0.7 - 0.4 = -1.1 |\n| Window model | -2.2 | -0.9 | -2.2 - 0.9 = -3.1 |\n\n"
        "Gap: -1.1 - (-3.1) = 2.0\n\nCheaper: the window model, it attends to one token instead of all of them.\n",
        "| | y_1 = deep | y_2 = learning | sum |\n|---|---|---|---|\n"
        "| Full model | -0.7 | -0.4 | -0.7 - 0.4 = -1.1 |\n| Window model | -2.2 | -0.9 | -2.2 - 0.9 = -3.3 |\n\n"
        "Gap: -1.1 - (-3.1) = 2.0\n\nCheaper: the window model, it attends to one token instead of all of them.\n",
        "arithmetic-error",
    ),
    # a table whose rows name the parts in their first cell: each row is that part, its cells of numbers
    # one chain (computation = result); was: no part found (window-part-missing on correct work)
    (
        "| part | working | result |\n|---|---|---|\n"
        "| **Full model** | log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) | -1.1 |\n"
        "| Window model: | -2.2 + (-0.9) | -3.1 |\n| Gap: | -1.1 - (-3.1) | 2.0 |\n"
        "| Cheaper: | the window model | it attends to one token instead of the whole history |\n",
        "| part | working | result |\n|---|---|---|\n"
        "| **Full model** | log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) | -1.1 |\n"
        "| Window model: | -2.2 + (-0.9) | -3.1 |\n| Gap: | -1.1 - (-3.1) | 4.2 |\n"
        "| Cheaper: | the window model | it attends to one token instead of the whole history |\n",
        "window-gap-wrong",
    ),
    # the gap's working names the two models' log P under a Gap heading: it is the gap, not a new derivation
    (
        FULL + WINDOW + "Gap:\nlog P_full - log P_1 = -1.1 - (-3.1) = 2.0\n\n" + CHEAPER,
        FULL + WINDOW + "Gap:\nlog P_full - log P_1 = -1.1 - (-3.1) = 4.2\n\n" + CHEAPER,
        "window-gap-wrong",
    ),
    (
        FULL
        + WINDOW
        + "**Gap:**\n$$\\log P_{\\text{full}}(y\\mid x) - \\log P_1(y\\mid x) = -1.1 + 3.1 = 2.0$$\n\n"
        + CHEAPER,
        FULL
        + WINDOW
        + "**Gap:**\n$$\\log P_1(y\\mid x) - \\log P_{\\text{full}}(y\\mid x) = -3.1 + 1.1 = -2.0$$\n\n"
        + CHEAPER,
        "window-gap-sign",
    ),
    # a gap stated at the end of a sentence: "= 2.0." is 2.0 and a full stop
    (
        FULL + WINDOW + "Gap: the difference is -1.1 - (-3.1) = 2.0.\n\n" + CHEAPER,
        FULL + WINDOW + "Gap: the difference is -1.1 - (-3.1) = 4.2.\n\n" + CHEAPER,
        "window-gap-wrong",
    ),
    # "neither" / "the same cost" is an answer, and a wrong one: the window model is cheaper
    (
        FULL + WINDOW + GAP + "Cheaper: the window one. Same weights, but each query looks at one key.\n",
        FULL
        + WINDOW
        + GAP
        + "Cheaper: neither. Same weights, so the window model and the full model cost the same.\n",
        "window-cost-wrong",
    ),
    (
        FULL
        + WINDOW
        + GAP
        + "Cheaper: window model — the full model compares each query with all earlier keys.\n",
        FULL + WINDOW + GAP + "Cheaper: both run at the same cost — the window only masks positions.\n",
        "window-cost-wrong",
    ),
    # the answer given first under a Cheaper heading, in the form of a heading ("The window model: …")
    (
        FULL
        + WINDOW
        + GAP
        + "Cheaper:\n  The window model: one token per prediction, not the full history.\n",
        FULL + WINDOW + GAP + "Cheaper:\n  The full model: it needs no mask, unlike the window model.\n",
        "window-cost-wrong",
    ),
    # parts written as bulleted lists
    (
        "Full model:\n• log P(y|x) = -0.7 + (-0.4) = -1.1\n\nWindow model:\n• log P(y|x) = -2.2 + (-0.9) = -3.1\n\n"
        + GAP
        + CHEAPER,
        "Full model:\n• log P(y|x) = -0.7 + (-0.4) = -1.1\n\nWindow model:\n• log P(y|x) = -2.2 + (-0.9) = -2.9\n\n"
        + GAP
        + CHEAPER,
        "arithmetic-error",
    ),
    # a model named by a Unicode subscript, log P₁(y | x), is read like P_1(y | x)
    (
        FULL
        + "Window model:\nlog P₁(y | x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.1\n\n"
        + GAP
        + CHEAPER,
        FULL
        + "Window model:\nlog P₁(y | x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.3\n\n"
        + GAP
        + CHEAPER,
        "arithmetic-error",
    ),
]


def _problem():  # type: ignore[no-untyped-def]
    return load_question(TABLE).problem  # type: ignore[attr-defined]


@pytest.mark.parametrize(("right", "wrong", "code"), CLASSES)
def test_right_answer_gets_full_marks_and_its_twin_is_caught(right: str, wrong: str, code: str) -> None:
    good = grade_window_text(right, _problem())
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, [])
    bad = grade_window_text(wrong, _problem())
    assert bad.verdict == "incorrect" and bad.score < bad.max_score
    assert code in bad.codes


def test_an_unread_cost_choice_earns_no_credit_and_is_reviewed() -> None:
    """Which model is cheaper is a choice the question asks for: unread, it is not given away."""
    report = grade_window_text(FULL + WINDOW + GAP + "Cheaper: it depends on the hardware.\n", _problem())
    assert "window-cost-unread" in report.codes and report.needs_review
    assert report.parts["cost"] == 0.0 and report.score < report.max_score


CHOICES = [
    ("The window model. Each prediction reads one token, while the full model reads all of them.", "window"),
    ("The full model, since it sees everything.", "full"),
    ("Neither: both models have the same weights.", "neither"),
    ("They are equally expensive; the mask changes nothing.", "neither"),
    ("Both cost the same to run.", "neither"),
    ("Same weights, but the window model is cheaper per token.", "window"),
    ("It depends on the hardware.", None),
    ("The window model: each step reads 1 token instead of the full history.", "window"),
    ("The full model: the window model has to mask, which costs extra.", "full"),
]


@pytest.mark.parametrize(("text", "expected"), CHOICES)
def test_the_first_sentence_that_chooses_decides(text: str, expected: str | None) -> None:
    assert chosen_model(text) == expected
