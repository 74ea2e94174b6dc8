"""Markdown's escaped bar inside a table cell is the bar of a conditional.

From blind64 (two-column proofs written as Markdown tables): a cell such as `| Pr(the \\| x) = 1.8757/7.9498 =
0.23595 | softmax |` escapes the bar so the table keeps its columns, as GitHub's Markdown asks; the cell was
not read (`\\|` is no notation of ours), so the working of 21 of 45 correct files went to review. In a table
row `\\|` is now a bar inside the cell and never a wall between cells; the cell is checked like any other.
The same habit carried outside the table (`∴ log Pr(y \\| x) = -1.1 □`) reads as the bar too: in the grammar
`\\|` is a conditioning bar (LaTeX's norm has no meaning in these derivations).
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

LOGLIK = ROOT / "problems/seed/deep-learning.toml"  # log Pr(y|x) = -0.7 + (-0.4) = -1.1

HEAD = "| Statement | Reason |\n|---|---|\n"
ROWS = [
    "| log Pr(y \\| x) = log Pr(deep \\| x) + log Pr(learning \\| x, deep) | chain rule |\n"
    "| = -0.7 + (-0.4) = {v} | given values |\n",
    "| log Pr(y \\| x) = -0.7 + (-0.4) = {v} | chain rule, log of a product |\n",
    "| $\\log \\Pr(y \\| x)$ | $= -0.7 + (-0.4) = {v}$ |\n",
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(LOGLIK).grade(text.encode(), "s")


@pytest.mark.parametrize("rows", ROWS)
def test_a_cell_with_an_escaped_bar_is_read_and_checked(rows: str) -> None:
    result = graded(HEAD + rows.replace("{v}", "-1.1") + "\n∴ log Pr(y|x) = -1.1 □\n")
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score
    assert not result.needs_review


@pytest.mark.parametrize("rows", ROWS)
def test_a_wrong_sum_in_such_a_cell_is_caught_on_its_line(rows: str) -> None:
    result = graded(HEAD + rows.replace("{v}", "-1.2") + "\n∴ log Pr(y|x) = -1.2 □\n")
    errors = {d.code: d.span.line for d in result.diagnostics if d.severity == "error"}
    assert "arithmetic-error" in errors
    assert errors["arithmetic-error"] == 2 + rows.count("\n")


@pytest.mark.parametrize(
    "line",
    [
        "∴ log Pr(y \\| x) = -0.7 + (-0.4) = {v} nats □",
        "log Pr(y \\| x) = log Pr(deep \\| x) + log Pr(learning \\| x, deep) = -0.7 + (-0.4) = {v}",
        "$\\log \\Pr(y \\| x) = -0.7 + (-0.4) = {v}$",
    ],
)
def test_an_escaped_bar_outside_a_table_is_the_bar_too(line: str) -> None:
    # the habit of a Markdown table carried to the lines around it
    right = graded(line.replace("{v}", "-1.1") + "\n")
    assert [d.code for d in right.diagnostics] == []
    assert right.score == right.max_score
    wrong = graded(line.replace("{v}", "-1.2") + "\n")
    assert "arithmetic-error" in [d.code for d in wrong.diagnostics]
