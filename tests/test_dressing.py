"""The one undressing step the readers share (grader/maths/dressing.py): typesetting blanked, the words
and maths kept in their own columns, so every diagnostic still points at what the student wrote."""

from __future__ import annotations

import pytest

from grader.decoding.reader import plain
from grader.maths.dressing import boxed, bracket_end, undress

CASES = [
    (r"\text{beam: } a cat", "beam: ", "a cat"),
    (r"$\mathrm{score} = 0.36$", "score", "0.36"),
    (r"\boxed{n k L h}", "n k L h", None),
    (r"\underbrace{n^2}_{\text{pairs}} + n", "n^2", "+ n"),
    (r"**Answer:** \left( n + 1 \right)", "Answer:", "n + 1"),
    (r"\boldsymbol{x}\;=\;2", "x", "2"),
    (r"N = |V|^n \qquad \qed", "N = |V|^n", None),  # a proof's end mark is no maths
    ("so the total is n(n+1)/2. ∎", "so the total is n(n+1)/2.", None),
    (r"k = 2 \blacksquare", "k = 2", None),
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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("= **2 L d (m + n)** numbers", "=   2 L d (m + n)   numbers"),
        ("**(a) One layer.** It is", "  (a) One layer.   It is"),
        ("n**2 + m ** 2", "n**2 + m ** 2"),  # powers in Python's notation stay
        ("(n+1)**2", "(n+1)**2"),
    ],
)
def test_a_bold_pair_around_maths_is_blanked_and_a_power_is_not(line: str, expected: str) -> None:
    assert undress(line) == expected


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        (r"S = \boxed{O(n^3)}", ["O(n^3)"]),
        (r"\boxed{a} and \boxed {b_{1}}", ["a", "b_{1}"]),
        (r"\boxed{never closed", []),
        (r"\fbox{a note}", []),
    ],
)
def test_boxed_gives_the_columns_inside_each_box(line: str, inside: list[str]) -> None:
    assert [line[a:b] for a, b in boxed(line)] == inside


@pytest.mark.parametrize("mark", ["∎", "□", r"\qed", r"\blacksquare", r"\qedhere", r"\square"])
def test_a_proofs_end_mark_is_blanked_for_every_reader(mark: str) -> None:
    line = f"N = |V|^n. {mark}"
    assert undress(line).rstrip() == "N = |V|^n."


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        ("f(a(b)c) + 1", 1, 7),
        (r"\frac{a{b}}{c}", 5, 10),
        ("[x[y]] z", 0, 5),
        ("(never closed", 0, None),
        ("a + b", 0, None),  # no bracket there
    ],
)
def test_bracket_end_matches_each_kind_of_bracket(text: str, opening: int, expected: int | None) -> None:
    assert bracket_end(text, opening) == expected
