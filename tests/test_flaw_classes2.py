"""Classes of analysis the flaw kind misread (blind-kinds17, answers written like a data-journalism
piece), each right variant with full marks and its wrong twin still caught. The texts are written for
these tests.

A pull quote of the problem's own givens ('> "log Pr(y_1 = learning | x) = -2.3" — the wrong number
here', or the same in quotation marks inside a sentence) was read as a step of the student's corrected
computation: its "y_1 = learning" set the first token to the wrong word, and a right correction was
charged dropped-conditioning and unknown-symbol. A quotation of the statement's text that holds an
equation is the problem's, not the student's: it is no step of the fix. Maths set apart with $…$ or
backticks is the student's own and stays read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.flaw.answer import statement_quotes
from grader.flaw.grade import grade_flaw
from tests.test_flaw_classes import DROPPED, MULTIPLIED, WHY_DROPPED, WHY_MULTIPLIED, _problem
from tests.test_flaw_classes3 import CLASSES as THIRD_CLASSES
from tests.test_flaw_classes4 import CLASSES as FOURTH_CLASSES

_BLAME_DROPPED = "**The error is on line 1:** " + WHY_DROPPED + "\n\n"
_FIX_DROPPED = (
    "**Corrected computation**\n"
    "1. log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n"
    "2. = -0.7 + ({v})\n"
    "3. = {r}\n\n"
)
_RIGHT_DROPPED = _BLAME_DROPPED + _FIX_DROPPED.format(v="-0.4", r="-1.1")
_WRONG_DROPPED = _BLAME_DROPPED + _FIX_DROPPED.format(v="-2.3", r="-3.0")
_BLAME_MULTIPLIED = "Line 2 is the first wrong one: " + WHY_MULTIPLIED + "\n\n"
_FIX_MULTIPLIED = "Fixed:\nlog Pr(y | x) = {e}\n= {r}\n\n"

# (problem, right analysis, its wrong twin, the code the twin must earn)
CLASSES = [
    # a Markdown pull quote in quotation marks, a remark after a dash
    (
        DROPPED,
        _RIGHT_DROPPED + '> "log Pr(y_1 = learning | x) = -2.3" — the number line 2 wrongly used.\n',
        _WRONG_DROPPED + '> "log Pr(y_1 = learning | x) = -2.3" — the number line 2 wrongly used.\n',
        "final-answer-wrong",
    ),
    # the pull quote with the statement's words around the equation, and its quotes turned single
    (
        DROPPED,
        _RIGHT_DROPPED
        + "> \"and, for 'learning' as the first word of an answer, log Pr(y_1 = learning | x) = -2.3\"\n",
        _BLAME_DROPPED
        + _FIX_DROPPED.format(v="-0.4", r="-1.3")
        + "> \"and, for 'learning' as the first word of an answer, log Pr(y_1 = learning | x) = -2.3\"\n",
        "arithmetic-error",
    ),
    # a blockquote with no quotation marks, the problem's given as it prints it
    (
        DROPPED,
        _RIGHT_DROPPED + "> log Pr(y_1 = learning | x) = -2.3\n\nThat given belongs to another question.\n",
        _WRONG_DROPPED + "> log Pr(y_1 = learning | x) = -2.3\n\nThat given belongs to another question.\n",
        "final-answer-wrong",
    ),
    # a quotation in curly quotes inside a sentence of the correction's section
    (
        DROPPED,
        _RIGHT_DROPPED
        + "The problem's “log Pr(y_1 = learning | x) = -2.3” is a first-word value, not ours.\n",
        _WRONG_DROPPED
        + "The problem's “log Pr(y_1 = learning | x) = -2.3” is a first-word value, not ours.\n",
        "final-answer-wrong",
    ),
    # the other problem: its second given pulled out after the fix, in LaTeX dress
    (
        MULTIPLIED,
        _BLAME_MULTIPLIED
        + _FIX_MULTIPLIED.format(e="(-0.7) + (-0.4)", r="-1.1")
        + '> "$\\log\\Pr(y_2 = learning \\mid x, y_1 = deep) = -0.4$" — added, never multiplied.\n',
        _BLAME_MULTIPLIED
        + _FIX_MULTIPLIED.format(e="(-0.7)(-0.4)", r="0.28")
        + '> "$\\log\\Pr(y_2 = learning \\mid x, y_1 = deep) = -0.4$" — added, never multiplied.\n',
        "multiplied-log-probs",
    ),
]


@pytest.mark.parametrize(
    ("path", "right", "wrong", "code"), CLASSES + THIRD_CLASSES + FOURTH_CLASSES
)  # this round's and the next
def test_right_analysis_gets_full_marks_and_its_twin_is_caught(
    path: Path, right: str, wrong: str, code: str
) -> None:
    good = grade_flaw(right, _problem(path))
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, []), good.codes
    bad = grade_flaw(wrong, _problem(path))
    assert bad.verdict == "incorrect" and bad.score < bad.max_score
    assert code in bad.codes, bad.codes


_STATEMENT = (
    'It assigns log Pr(y_1 = deep | x) = -0.7 and, for "learning" first, log Pr(y_1 = learning | x) = -2.3.'
)

# (line, the pieces taken for quotations of the statement)
QUOTES = [
    ('> "log Pr(y_1 = learning | x) = -2.3" — not this one', ['"log Pr(y_1 = learning | x) = -2.3"']),
    ("> log Pr(y_1 = learning | x) = -2.3", ["log Pr(y_1 = learning | x) = -2.3"]),
    ("as given, “log Pr(y_1 = deep | x) = -0.7”, so", ["“log Pr(y_1 = deep | x) = -0.7”"]),
    # the student's own maths set apart with $ or backticks is theirs, even where it repeats a given
    ("$log Pr(y_1 = deep | x) = -0.7$", []),
    ("`log Pr(y_1 = deep | x) = -0.7`", []),
    # a quotation that is not the statement's text, a quoted word, a quote with no equation
    ('"log Pr(y | x) = -0.7 + (-0.4)"', []),
    ('the word "learning" first', []),
    ('> "for learning first" is what it says', []),
    # a blockquote of the student's own step (not in the statement) stays theirs
    ("> log Pr(y | x) = -1.1", []),
]


@pytest.mark.parametrize(("line", "pieces"), QUOTES)
def test_only_a_quotation_of_the_statement_with_an_equation_is_the_problems(
    line: str, pieces: list[str]
) -> None:
    assert [line[s:e] for s, e in statement_quotes(line, _STATEMENT)] == pieces
