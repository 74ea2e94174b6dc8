"""A Markdown table's header row titles its columns ("| $v\\,w$ | $C(v\\,w)$ | $P(w\\mid v)$ |"): its cells are
not maths to read, unless one states a relation; the rows under it are still read and checked (issue 10,
blind40/blind41: header cells with formulas were sent for review as unknown symbols)."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/seed/sam-corpus.toml"
HEADERS = [
    r"| $v\,w$ | $C(v\,w)$ | $C(v)$ | $P(w\mid v)$ |",
    r"| bigram $v\,w$ | $C(v\,w)$ | $C(v)$ | $\dfrac{C(v\,w)}{C(v)}$ |",
    "| w_{i-1} w_i | C(w_{i-1} w_i) | C(w_{i-1}) | P(w_i given w_{i-1}) |",
]


def _table(header: str, am_sam: str, final: str) -> str:
    return "\n".join(
        [
            header,
            "|---|---|---|---|",
            "| <s> I | 2 | 3 | 2/3 |",
            "| I am | 2 | 3 | 2/3 |",
            f"| am Sam | 1 | 2 | {am_sam} |",
            "| Sam </s> | 1 | 2 | 1/2 |",
            "",
            f"P(<s> I am Sam </s>) = 2/3 * 2/3 * {am_sam} * 1/2 = {final}",
        ]
    )


@pytest.mark.parametrize("header", HEADERS)
def test_header_cells_are_titles(header: str) -> None:
    question = load_question(PROBLEM)
    right = question.grade(_table(header, "1/2", "1/9").encode(), "s.md")
    assert right.verdict == "correct", right.codes
    assert not right.needs_review, right.codes
    wrong = question.grade(_table(header, "1/3", "2/27").encode(), "s.md")  # the wrong twin: a miscount
    assert wrong.verdict == "incorrect"
