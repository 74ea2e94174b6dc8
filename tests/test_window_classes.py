"""Classes of answer the window kind misread (issue 10, blind-kinds2): each right variant earns full marks
and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.window.grade import chosen_model, grade_window_text
from grader.window.sections import is_data_list
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

# blind-kinds24 (lab notebooks): what stands around the gap's value, and the problem's own model names
ROUND24 = [
    # a name set to a word after the gap's working (y_2 = learning) states no value: the working's does
    (
        FULL
        + WINDOW
        + "Gap: -1.1 - (-3.1) = 2.0\nMost of it is y_2 = learning, read after one token (-0.9 against -0.4).\n\n"
        + CHEAPER,
        FULL
        + WINDOW
        + "Gap: -1.1 - (-3.1) = 4.2\nMost of it is y_2 = learning, read after one token (-0.9 against -0.4).\n\n"
        + CHEAPER,
        "window-gap-wrong",
    ),
    (
        FULL
        + WINDOW
        + "Gap = log P_full - log P_1 = 2.0\nthe loss is in y_2 = learning given deep (-0.9, not -0.4)\n\n"
        + CHEAPER,
        FULL
        + WINDOW
        + "Gap = log P_full - log P_1 = -2.0\nthe loss is in y_2 = learning given deep (-0.9, not -0.4)\n\n"
        + CHEAPER,
        "window-gap-sign",
    ),
    # two values compared in a remark (a > b, a vs b) are not the gap stated before them
    (
        FULL + WINDOW + "Gap: 2.0\nThe full model is likelier since -1.1 > -3.1 overall.\n\n" + CHEAPER,
        FULL + WINDOW + "Gap: 1.2\nThe full model is likelier since -1.1 > -3.1 overall.\n\n" + CHEAPER,
        "window-gap-wrong",
    ),
    (
        FULL + WINDOW + "Gap: 2.0 in favour of the full model\n(on y_2 alone -0.9 vs -0.4)\n\n" + CHEAPER,
        FULL + WINDOW + "Gap: -2.0 in favour of the full model\n(on y_2 alone -0.9 vs -0.4)\n\n" + CHEAPER,
        "window-gap-sign",
    ),
    # a ratio remark after the gap (e^2.0 = 7.4 times, about 7.4:1) is another quantity, not the gap
    (
        FULL
        + WINDOW
        + "Gap: -1.1 - (-3.1) = 2.0 nats\nso the full model finds y e^{2.0} = 7.4 times likelier.\n\n"
        + CHEAPER,
        FULL
        + WINDOW
        + "Gap: -1.1 - (-3.1) = 3.0 nats\nso the full model finds y e^{3.0} = 20.1 times likelier.\n\n"
        + CHEAPER,
        "window-gap-wrong",
    ),
    (
        FULL
        + WINDOW
        + "Gap: 2.0 nats\nThat is odds of about 7.4:1 for the full model (exp(2.0)).\n\n"
        + CHEAPER,
        FULL + WINDOW + "Gap: 7.4\nThat is odds of about 7.4:1 for the full model (exp(2.0)).\n\n" + CHEAPER,
        "window-gap-wrong",
    ),
    # a setting in a remark (k = 1) is not the gap
    (
        FULL + WINDOW + "Gap: 2.0\nWith k = 1 the window model forgets all but the last token.\n\n" + CHEAPER,
        FULL + WINDOW + "Gap: 1.0\nWith k = 1 the window model forgets all but the last token.\n\n" + CHEAPER,
        "window-gap-wrong",
    ),
    # the problem's own model names with no (y | x): log P_full, log P_1, log P_{k=1}, \ln P_{\text{full}}
    (
        "Full model: log P_full = -0.7 + (-0.4) = -1.1\n\nWindow model: log P_1 = -2.2 + (-0.9) = -3.1\n\n"
        + GAP
        + CHEAPER,
        "Full model: log P_full = -0.7 + (-0.4) = -1.1\n\nWindow model: log P_1 = -2.2 + (-0.9) = -3.3\n\n"
        + "Gap: -1.1 - (-3.3) = 2.2\n\n"
        + CHEAPER,
        "arithmetic-error",
    ),
    (
        "Full model:\n$\\ln P_{\\text{full}} = -0.7 - 0.4 = -1.1$\n\nWindow model:\n$\\ln P_{k=1} = -2.2 - 0.9 = -3.1$\n\n"
        + GAP
        + CHEAPER,
        "Full model:\n$\\ln P_{\\text{full}} = -0.7 - 0.4 = -1.0$\n\nWindow model:\n$\\ln P_{k=1} = -2.2 - 0.9 = -3.1$\n\n"
        + GAP
        + CHEAPER,
        "arithmetic-error",
    ),
    # the given values listed under model names, before the working, are data, not a step
    (
        "# Data\nFull: -0.7, -0.4. Window k = 1: -2.2, -0.9.\n\n" + FULL + WINDOW + GAP + CHEAPER,
        "# Data\nFull: -0.7, -0.4. Window k = 1: -2.2, -0.9.\n\n"
        + FULL
        + "Window model:\nlog P(y|x) = log P(y_1|ML) + log P(y_2|y_1) = -2.2 + (-0.9) = -3.0\n\n"
        + GAP
        + CHEAPER,
        "arithmetic-error",
    ),
]

# blind-kinds27: MATLAB/Octave command-window sessions
_SESSION_FULL = "Full model:\n>> full = -0.7 + (-0.4)\nfull = -1.1000\n\n"
ROUND27 = [
    # `>> full - window` is the gap's computation, not a heading naming the full model; its `ans = v` is
    # the gap's value
    (
        _SESSION_FULL
        + "Window model:\n>> window = -2.2 + (-0.9)\nwindow = -3.1000\n\nGap:\n>> full - window\nans = 2.0000\n\n"
        + CHEAPER,
        _SESSION_FULL
        + "Window model:\n>> window = -2.2 + (-0.9)\nwindow = -3.1000\n\nGap:\n>> window - full\nans = -2.0000\n\n"
        + CHEAPER,
        "window-gap-sign",
    ),
    # Octave's value on a line of its own below `name =`, and `%` remarks after the inputs
    (
        "Full model:\n>> total = -0.7 + (-0.4)      % whole history, not cheaper\ntotal =\n\n  -1.1000\n\n"
        "Window model (k = 1):\n>> short = -2.2 + (-0.9)      % deep | ML, learning | deep\nshort =\n\n  -3.1000\n\n"
        "Gap:\n>> total - short\nans =\n\n   2.0000\n\n" + CHEAPER,
        "Full model:\n>> total = -0.7 + (-0.4)      % whole history, not cheaper\ntotal =\n\n  -1.1000\n\n"
        "Window model (k = 1):\n>> short = -2.2 + (-0.9)      % deep | ML, learning | deep\nshort =\n\n  -3.3000\n\n"
        "Gap:\n>> total - short\nans =\n\n   2.2000\n\n" + CHEAPER,
        "arithmetic-error",
    ),
    # the window model's own name (w1 for k = 1) set to its working, typed at a prompt or written plainly
    (
        FULL + "Window model:\n>> w1 = -2.2 + (-0.9)\nw1 = -3.1000\n\n" + GAP + CHEAPER,
        FULL + "Window model:\n>> w1 = -2.2 + (-0.9)\nw1 = -3.0000\n\n" + GAP + CHEAPER,
        "arithmetic-error",
    ),
    (
        FULL + "Window model:\nw1 = -2.2 + (-0.9) = -3.1\n\n" + GAP + CHEAPER,
        FULL + "Window model:\nw1 = -2.2 + (-0.9) = -3.3\n\n" + GAP + CHEAPER,
        "arithmetic-error",
    ),
]


def _problem():  # type: ignore[no-untyped-def]
    return load_question(TABLE).problem  # type: ignore[attr-defined]


@pytest.mark.parametrize(("right", "wrong", "code"), CLASSES + ROUND24 + ROUND27)
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


def test_p_numbered_by_position_is_not_the_window_model() -> None:
    """With k = 1, P_1 beside P_2 numbers the tokens: it is not read as the window model's log P(y | x)."""
    window = "Window model:\nlog P_1 = -2.2\nlog P_2 = -0.9\nlog P(y|x) = log P_1 + log P_2 = -2.2 + (-0.9) = -3.1\n\n"
    report = grade_window_text(FULL + window + GAP + CHEAPER, _problem())
    assert (report.verdict, report.score) == ("correct", report.max_score)
    # log P_1 = -2.2 is y_1's term: no step about log P(y | x) = -2.2 is questioned, none is charged
    assert not [d for d in report.diagnostics if d.severity == "error" or d.code == "step-unconfirmed"]


DATA_LINES = [
    ("Full: -0.7, -0.4. Window k = 1: -2.2, -0.9.", True),
    ("full model -0.7; -0.4 | window model -2.2; -0.9", True),
    ("-0.7, -0.4", True),
    ("Full: -1.1, from -0.7 and -0.4", False),  # an answer with its reason
    ("-0.7 + (-0.4), so -1.1", False),  # working
    ("-0.7, -0.4 = -1.1", False),
    ("log P(deep|x), log P(learning|x, deep): -0.7, -0.4", False),
    ("-1.1", False),
]


@pytest.mark.parametrize(("text", "expected"), DATA_LINES)
def test_a_list_of_the_given_values_is_data(text: str, expected: bool) -> None:
    assert is_data_list(text) is expected
