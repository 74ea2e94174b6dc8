"""The one undressing step the readers share (grader/maths/dressing.py): typesetting blanked, the words
and maths kept in their own columns, so every diagnostic still points at what the student wrote."""

from __future__ import annotations

import pytest

from grader.decoding.reader import plain
from grader.maths.dressing import undress

CASES = [
    (r"\text{beam: } a cat", "beam: ", "a cat"),
    (r"$\mathrm{score} = 0.36$", "score", "0.36"),
    (r"\boxed{n k L h}", "n k L h", None),
    (r"\underbrace{n^2}_{\text{pairs}} + n", "n^2", "+ n"),
    (r"**Answer:** \left( n + 1 \right)", "Answer:", "n + 1"),
    (r"\boldsymbol{x}\;=\;2", "x", "2"),
]


@pytest.mark.parametrize(("line", "kept", "also"), CASES)
def test_typesetting_is_blanked_and_what_was_written_stays_in_its_columns(
    line: str, kept: str, also: str | None
) -> None:
    for out in (undress(line), plain(line)):
        assert len(out) == len(line)
        for piece in filter(None, (kept, also)):
            at = out.find(piece)
            assert at >= 0 and line[at : at + len(piece)] == piece, (out, piece)
        assert "\\" not in out.replace("\\frac", "")


def test_a_table_row_becomes_cells_only_for_a_reader_without_tables() -> None:
    row = "| a cat | 0.36 |"
    assert undress(row).count("|") == 0 and undress(row).count(",") == 3
    assert undress(row, table_cells=False) == row
