"""Scripts that do not space their words are set apart letter by letter for the kinds' word readers, and
what a reader reports is placed back in the text as written (grader.core.unspaced)."""

from __future__ import annotations

import re

import pytest

from grader.core import lexicon
from grader.core.source import Span
from grader.core.unspaced import spaced

LINES = [
    "保留前两个:a cat (0.36),the dog (0.20)",
    "2번째 줄이 틀렸다: log 확률은 더해야 한다",
    "第1步:候选 the 0.5",
    "1行目が最初の誤り",
]


@pytest.mark.parametrize("line", LINES)
def test_every_written_character_keeps_its_place(line: str) -> None:
    spacing = spaced([line])
    out = spacing.lines[0]
    assert out.replace(" ", "") == line.replace(" ", "")
    for column, char in enumerate(out, start=1):
        if not char.isspace():
            back = spacing.span(Span(1, column, 1, column + 1))
            assert line[back.column - 1] == char and back.end_column == back.column + 1


def test_text_without_such_letters_is_left_as_it_is() -> None:
    lines = ["Answer: A is 2.01 times as likely", "Réponse : A, donc ≈ 2,01"]
    spacing = spaced(lines)
    assert spacing.lines == lines and not any(spacing.columns)
    assert spacing.span(Span(2, 3, 2, 9)) == Span(2, 3, 2, 9)


@pytest.mark.parametrize(
    ("word", "line"), [("保留", 2 * "保留前两个"), ("번째", LINES[1]), ("步", LINES[2]), ("行目", LINES[3])]
)
def test_a_table_word_has_edges_once_set_apart(word: str, line: str) -> None:
    pattern = re.compile(rf"\b{lexicon.alternation({'xx': (word,)})}\b")
    assert not pattern.search(line)  # as written, no edge between 1 and 步, nor between 保留 and 前
    assert pattern.search(spaced([line]).lines[0])


def test_lines_read_in_the_spaced_text_go_back_as_written() -> None:
    spacing = spaced(LINES)
    assert spacing.as_written(spacing.lines) == LINES
    blanked = [line.replace("保 留", "   ") for line in spacing.lines]  # a reader blanks a label it has read
    assert spacing.as_written(blanked)[0] == LINES[0].replace("保留", "  ")


def test_parting_signs_are_set_apart_and_read_as_ours() -> None:
    spacing = spaced(["token：k·h·L", "保留 the。a", "「a cat」、0.36"])
    assert spacing.lines == ["token ： k·h·L", "保 留 the . a", '"a cat" , 0.36']
    back = spacing.span(Span(2, 9, 2, 10))  # the "." read for 。
    assert "保留 the。a"[back.column - 1] == "。"
