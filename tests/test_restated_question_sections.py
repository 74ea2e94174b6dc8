"""The question's data restated under a heading before the answer ("Given:", "Gegeben:", "Дано:", "To find:"),
indented under it or as a list, is the question copied, not the student's working: its unconditioned and
window conditionals are not the full model's working. The working after it (from a line that starts where the
heading does, or after a blank line) is read, and a wrong window there stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

GIVENS = [
    (
        "Given:\n"
        "  x = (Name, a, subfield, of, ML), y = (deep, learning)\n"
        "  Full: log P(deep | x) = -0.7, log P(learning | x, deep) = -0.4\n"
        "  No history: log P(deep) = -4.0, log P(learning) = -3.2\n"
        "  Last token: log P(deep | ML) = -2.2, log P(learning | deep) = -0.9\n"
        "  Last two: log P(deep | of, ML) = -1.4, log P(learning | ML, deep) = -0.5\n"
        "To find: (a) full log P(y|x); (b) window k = 1; (c) gap; (d) which is cheaper.\n"
    ),
    (
        "**Given:**\n"
        "- Full: log P(deep | x) = -0.7, log P(learning | x, deep) = -0.4\n"
        "- No history: log P(deep) = -4.0, log P(learning) = -3.2\n"
        "- Last token: log P(deep | ML) = -2.2, log P(learning | deep) = -0.9\n"
    ),
    (
        "Gegeben:\n"
        "  Voll: log P(deep | x) = -0,7, log P(learning | x, deep) = -0,4\n"
        "  Letztes Token: log P(deep | ML) = -2,2, log P(learning | deep) = -0,9\n"
        "  Letzte zwei: log P(deep | of, ML) = -1,4, log P(learning | ML, deep) = -0,5\n"
    ),
    (
        "Дано:\n"
        "  полная модель: log P(deep | x) = -0.7, log P(learning | x, deep) = -0.4\n"
        "  без истории: log P(deep) = -4.0, log P(learning) = -3.2\n"
    ),
]
SOLUTION = (
    "\nSolution:\n"
    "Full model: log P(y | x) = -0.7 + (-0.4) = -1.1\n"
    "Window model: k = 1 reads only the last token: log P(deep | ML) + log P(learning | deep)\n"
    "              = -2.2 + (-0.9) = {window}\n"
    "Gap: -1.1 - ({window}) = {gap}\n"
    "Cheaper: the window model, each prediction attends to one token instead of the whole history.\n"
)


@pytest.mark.parametrize("given", GIVENS)
def test_the_restated_question_is_not_working(given: str) -> None:
    full, codes = grade("window", "deep-learning-window", given + SOLUTION.format(window="-3.1", gap="2.0"))
    assert full, codes


@pytest.mark.parametrize("given", GIVENS)
def test_a_wrong_window_after_the_restatement_stays_wrong(given: str) -> None:
    text = SOLUTION.replace(
        "log P(deep | ML) + log P(learning | deep)", "log P(deep | of, ML) + log P(learning | ML, deep)"
    )
    full, codes = grade("window", "deep-learning-window", given + text.format(window="-1.9", gap="0.8"))
    assert not full, codes


def test_working_on_the_line_after_the_heading_at_its_start_is_read() -> None:
    """A line that starts where the heading does ends the restatement: "Full model: …" below is working."""
    text = "Given: the conditionals in the table.\n" + SOLUTION.lstrip("\n").replace(
        "Solution:\n", ""
    ).format(window="-3.1", gap="2.0")
    assert grade("window", "deep-learning-window", text)[0]
