"""Answers pasted from Python and R notebooks, read by the newer kinds (issue 10, blind-kinds33): a string
printed is that line's text, R's `<-` is an assignment and `[1] v` its printed value, a variable's printed
value is its assignment's result, an f-string's label carries its variable's working. Each right variant
earns full marks and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.notebook import read_notebook
from tests.conftest import ROOT

WINDOW = ROOT / "problems/window/deep-learning-window.toml"  # full -1.1, window -3.1, gap 2.0
COMPARE = ROOT / "problems/compare/deep-vs-reinforcement.toml"  # A -1.1, B -1.8: A
RATIO = ROOT / "problems/compare/deep-vs-reinforcement-ratio.toml"  # exp(0.7) = 2.01


def _grade(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "s.txt")


# (problem, right answer, its wrong twin, a code the twin must earn)
CLASSES = [
    # f-strings under labels, the sums assigned to variables: the label's value has its working
    (
        WINDOW,
        'f = -0.7 + -0.4\nw = -2.2 + -0.9\nprint(f"Full model: {f:.1f}")\nprint(f"Window model: {w:.1f}")\n'
        'print(f"Gap: {f - w:.1f}")\n>>> Full model: -1.1\n>>> Window model: -3.1\n>>> Gap: 2.0\n'
        "print('Cheaper: the window model, it reads one token per prediction')\n",
        'f = -0.7 + -0.4\nw = -2.2 + -0.9\nprint(f"Full model: {f:.1f}")\nprint(f"Window model: {w:.1f}")\n'
        'print(f"Gap: {f - w:.1f}")\n>>> Full model: -1.1\n>>> Window model: -3.3\n>>> Gap: 2.2\n'
        "print('Cheaper: the window model, it reads one token per prediction')\n",
        "arithmetic-error",
    ),
    # the same without the console's >>>, and the values printed before the next cell
    (
        WINDOW,
        'full_lp = -0.7 + -0.4\nprint(f"Full model: {full_lp}")\nFull model: -1.1\n\nwin_lp = -2.2 + -0.9\n'
        'print(f"Window model: {win_lp}")\nWindow model: -3.1\n\nprint("Gap: 2.0")\n'
        'print("Cheaper: the window model, it attends to one token instead of all of them")\n',
        'full_lp = -0.7 + -0.4\nprint(f"Full model: {full_lp}")\nFull model: -1.1\n\nwin_lp = -2.2 + -0.9\n'
        'print(f"Window model: {win_lp}")\nWindow model: -3.1\n\nprint("Gap: 2.0")\n'
        'print("Cheaper: the full model, it attends to all tokens")\n',
        "",
    ),
    # R: assignments with <-, the value echoed as [1]; the conclusion in prose
    (
        COMPARE,
        "> lA <- -0.7 + -0.4\n> lA\n[1] -1.1\n> lB <- -1.6 + -0.2\n> lB\n[1] -1.8\n\nAnswer: A is more likely.\n",
        "> lA <- -0.7 + -0.4\n> lA\n[1] -1.1\n> lB <- -1.6 + -0.2\n> lB\n[1] -1.8\n\nAnswer: B is more likely.\n",
        "less-likely-chosen",
    ),
    # R echoing two variables at once (`a; b`, knitr's `## [1]`), and as a vector `c(a, b)`
    (
        COMPARE,
        "logA <- -0.7 + (-0.4)\nlogB <- -1.6 + (-0.2)\nlogA; logB\n## [1] -1.1\n## [1] -1.8\n"
        'cat("Answer: A is more likely\\n")\n',
        "logA <- -0.7 + (-0.4)\nlogB <- -1.6 + (-0.2)\nlogA; logB\n## [1] -1.1\n## [1] -1.6\n"
        'cat("Answer: A is more likely\\n")\n',
        "final-answer-wrong",
    ),
    (
        COMPARE,
        "> lpA <- -0.7 + -0.4\n> lpB <- -1.6 + -0.2\n> c(lpA, lpB)\n[1] -1.1 -1.8\n"
        "> cat('Answer: A is more likely\\n')\nAnswer: A is more likely\n",
        "> lpA <- -0.7 + -0.4\n> lpB <- -1.6 + -0.2\n> c(lpA, lpB)\n[1] -1.1 -1.8\n"
        "> cat('Answer: B is more likely\\n')\nAnswer: B is more likely\n",
        "less-likely-chosen",
    ),
    # the log-probabilities typed as Python lists (data restated), then the derivations
    (
        COMPARE,
        "A = [-0.7, -0.4]\nB = [-1.6, -0.2]\nlog P(A|x) = -0.7 + -0.4 = -1.1\nlog P(B|x) = -1.6 + -0.2 = -1.8\n"
        "Answer: A is more likely\n",
        "A = [-0.7, -0.4]\nB = [-1.6, -0.2]\nlog P(A|x) = -0.7 + -0.4 = -1.1\nlog P(B|x) = -1.6 + -0.2 = -1.4\n"
        "Answer: A is more likely\n",
        "",
    ),
    # Python: variables printed by name (rounded); the answer only inside print("…") and its echo
    (
        RATIO,
        "lp_A = -0.7 + -0.4\nlp_B = -1.6 + -0.2\nprint(round(lp_A, 2), round(lp_B, 2))\n>>> -1.1 -1.8\n"
        'print(f"ratio = exp({lp_A - lp_B:.1f}) = {r:.3f}")\n>>> ratio = exp(0.7) = 2.014\n'
        'print("Answer: A is about 2.01 times as likely as B")\n>>> Answer: A is about 2.01 times as likely as B\n',
        "lp_A = -0.7 + -0.4\nlp_B = -1.6 + -0.2\nprint(round(lp_A, 2), round(lp_B, 2))\n>>> -1.1 -1.8\n"
        'print(f"ratio = 10^({lp_A - lp_B:.1f}) = {r:.3f}")\n>>> ratio = 10^(0.7) = 5.012\n'
        'print("Answer: A is about 5.01 times as likely as B")\n>>> Answer: A is about 5.01 times as likely as B\n',
        "final-answer-wrong",
    ),
]


@pytest.mark.parametrize(("path", "right", "wrong", "code"), CLASSES)
def test_right_work_gets_full_marks_and_its_twin_is_caught(path, right: str, wrong: str, code: str) -> None:  # type: ignore[no-untyped-def]
    report = _grade(path, right)
    assert report.verdict == "correct", [(d.code, d.span.line, d.message) for d in report.diagnostics]
    assert report.score == report.max_score
    twin = _grade(path, wrong)
    assert twin.verdict == "incorrect"
    assert twin.score < twin.max_score
    if code:
        assert code in {d.code for d in twin.diagnostics}, [(d.code, d.span.line) for d in twin.diagnostics]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a string printed is its text, in its columns; its echo below is blanked
        (['print("Answer: A")', "Answer: A"], ["       Answer: A", "         "]),
        (["cat('B wins\\n')", "B wins"], ["     B wins", "      "]),
        # R's <- before numbers is =; the echoed value is the assignment's result
        (["x <- -0.7 + -0.4", "x", "[1] -1.1"], ["x =  -0.7 + -0.4 = -1.1", " ", "        "]),
        # data typed as code (a vector, a list) stays as written, and so does its printed vector
        (["A <- c(-0.7, -0.4)", "A", "[1] -0.7 -0.4"], ["A <- c(-0.7, -0.4)", "A", "             "]),
        (["A = [-0.7, -0.4]", "print(A)", "[-0.7, -0.4]"], ["                ", "print(A)", "[-0.7, -0.4]"]),
        (["lp = np.array([-1.0, -0.3, -0.1])"], ["                                 "]),
        # a list with a name or a computation in it is no data list
        (["A = [x, -0.4]", "B = [-0.7 * 2, 1]"], ["A = [x, -0.4]", "B = [-0.7 * 2, 1]"]),
        # a print whose output differs in shape is not folded
        (["x = 1 + 2", "print(x)", "3 4"], ["x = 1 + 2", "print(x)", "3 4"]),
        # Markdown quotes and prose are no R
        (["> Note: x <- y", "so A wins"], ["> Note: x <- y", "so A wins"]),
        # an f-string with a placeholder that is no plain variable gets the printed value only
        (["d = 2", 'print(f"Gap: {d * 2}")', "Gap: 4"], ["d = 2", "        Gap: 4", "      "]),
    ],
)
def test_notebook_lines_are_read_as_what_they_state(lines: list[str], expected: list[str]) -> None:
    assert read_notebook(lines) == expected
