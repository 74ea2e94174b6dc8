"""Classes of comparison the compare kind misread (blind-kinds18, answers written like analysts'
briefing notes): each wrong variant is caught and its right twin keeps full marks. The texts are
written for these tests.

1. A conclusion reached past a typed, drawn or LaTeX arrow ("A has the higher perplexity, i.e. … ->
   the model is more confident in A"): only "→", "⇒" and "=>" turned a line to its conclusion, so
   "->", "-->", "⟹" and "\\Rightarrow" did not, the whole line was read, and its first cue (a true
   fact about perplexity, which picks B) was taken for the answer while the wrong choice after the
   arrow went unread. Every arrow now turns the line, as "so" does.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import choice
from grader.compare.sections import Mentions
from tests.test_compare_classes import MEANS, PER_TOKEN
from tests.test_compare_classes2 import twins_hold

_PPL = "Perplexity: A = e^0.55 = 1.73, B = e^0.467 = 1.59\n"
_CE = "Cross-entropy per token: A = 0.55, B = 0.467\n"

# (problem, right work, its wrong twin, the code the twin must earn): the wrong twin reads a fact that
# picks the right candidate before the arrow, then the wrong candidate after it
CLASSES_18 = [
    (
        PER_TOKEN,
        MEANS
        + _PPL
        + "A's perplexity is the higher one, i.e. more spread -> the model is more confident in B.\n",
        MEANS
        + _PPL
        + "A's perplexity is the higher one, i.e. more committed -> the model is more confident in A.\n",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + _PPL + "Higher perplexity for A (1.73 vs 1.59) --> per token the LM favours B.\n",
        MEANS + _PPL + "Higher perplexity for A (1.73 vs 1.59) --> per token the LM favours A.\n",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + _CE + "A has the larger cross-entropy ⟹ B is the response the model is more confident in.\n",
        MEANS + _CE + "A has the larger cross-entropy ⟹ A is the response the model is more confident in.\n",
        "less-likely-chosen",
    ),
    (
        PER_TOKEN,
        MEANS + _PPL + "PPL(B) = 1.59 < PPL(A) = 1.73 \\Rightarrow per token, B is more confident.\n",
        MEANS + _PPL + "PPL(B) = 1.59 < PPL(A) = 1.73 \\Rightarrow per token, A is more confident.\n",
        "less-likely-chosen",
    ),
]


@pytest.mark.parametrize(("path", "right", "wrong", "code"), CLASSES_18)
def test_right_work_gets_full_marks_and_its_twin_is_caught(path, right: str, wrong: str, code: str) -> None:  # type: ignore[no-untyped-def]
    twins_hold(path, right, wrong, code)


AB = Mentions([("A", ("deep", "learning")), ("B", ("natural", "language", "processing"))])
ARROWS = [
    # (a line, the candidate it concludes with): read past the arrow, whatever the arrow is drawn with
    ("A has the higher perplexity -> A is more confident", "A"),
    ("A has the higher perplexity --> the model prefers A", "A"),
    ("A has the higher perplexity ⟶ A is more confident", "A"),
    ("A has the higher perplexity \\implies A is more confident", "A"),
    ("A has the higher perplexity \\to A is more confident", "A"),
    ("A has the higher perplexity -> B is more confident", "B"),
    # no arrow: the fact itself picks B (lower perplexity is the more likely)
    ("A has the higher perplexity", "B"),
    # a two-headed arrow leads nowhere: the line is read as a whole
    ("A <-> B: A has the higher perplexity", "B"),
]


@pytest.mark.parametrize(("line", "expected"), ARROWS)
def test_an_arrow_turns_the_line_to_its_conclusion(line: str, expected: str) -> None:
    assert choice(line, AB, True) == expected
