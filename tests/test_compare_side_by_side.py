"""Both candidates worked on one line, each piece's quantity naming its candidate ("log Pr(A|x) = … ; log
Pr(B|x) = …", "H_A = 0.55, H_B = 0.467"): each piece is that candidate's work, as on two lines. A piece
that does no work ("Let a = log Pr(A|x), b = log Pr(B|x)", "Find log Pr(A|x), log Pr(B|x)") parts nothing.
Wrong twins keep their slip, charged on the line and to the candidate whose piece it is."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade, question

A = "-0.7 + (-0.4) = -1.1"
B = "-1.6 + (-0.2) = -1.8"


@pytest.mark.parametrize(
    "row",
    [
        f"log Pr(A|x) = {A} ; log Pr(B|x) = {B}",
        f"log P(A) = {A}, log P(B) = {B}",
        rf"$\log \Pr(A \mid x) = {A} \quad \log \Pr(B \mid x) = {B}$",
        f"log p(A|x) = {A};  log p(B|x) = {B}",
    ],
)
def test_two_candidates_worked_on_one_line(row: str) -> None:
    full, codes = grade("compare", "deep-vs-reinforcement", row + "\nSo A is more likely than B.\n")
    assert full, codes
    assert "candidates-unclear" not in [c for c, _ in codes]


def test_a_slip_in_one_piece_is_that_candidates() -> None:
    row = f"log Pr(A|x) = {A} ; log Pr(B|x) = -1.6 + (-0.2) = -1.4"
    report = question("compare", "deep-vs-reinforcement").grade(
        (row + "\nSo A is more likely.\n").encode(), "s"
    )
    assert report.parts["A"] == 1.0
    assert report.parts["B"] < 1.0
    assert ("arithmetic-error", 1) in [(d.code, d.span.line) for d in report.diagnostics]


def test_pieces_that_do_no_work_part_nothing() -> None:
    text = (
        "Find log Pr(A|x), log Pr(B|x).\n"
        "Let a = log Pr(A|x), b = log Pr(B|x).\n"
        f"A: log Pr(A|x) = {A}\nB: log Pr(B|x) = {B}\nSo A is more likely.\n"
    )
    full, codes = grade("compare", "deep-vs-reinforcement", text)
    assert full, codes
    assert "unknown-symbol" not in [c for c, _ in codes]
