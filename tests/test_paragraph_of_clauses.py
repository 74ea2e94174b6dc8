"""A paragraph whose maths sits in clause after clause of one long line ("… C(<s>) = 3 with C(<s> I) = 2, C(I) = 3
with C(I am) = 2, …, so P(<s> I am Sam </s>) = … = 2/3 · 2/3 · 1/2 · 1/2 = 4/36 = 1/9 ≈ 0.111.", blind76) is read
clause by clause: read as one line of prose it gave no mathematics at all. Each right paragraph earns full marks,
its twin with a wrong value is caught; a clause break inside brackets (P(y_2 | x, y_1)) cuts nothing; a paragraph
with a clause that holds a number and cannot be read is not read in part (a wrong value there is never passed over)."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.derivation.prose import clause_pieces
from grader.maths.segment import find_maths
from tests.conftest import ROOT

SAM = load_question(ROOT / "problems/seed/sam-corpus.toml")  # 1/9
NLL = load_question(ROOT / "problems/seed/cat-nll-bits.toml")  # 6.3219

PARAGRAPHS = [
    (
        SAM,
        "The maximum-likelihood bigram estimate is P(w|v) = C(v w)/C(v), and from the corpus C(<s>) = 3 with C(<s> I)"
        " = 2, C(I) = 3 with C(I am) = 2, C(am) = 2 with C(am Sam) = 1, and C(Sam) = 2 with C(Sam </s>) = 1, so"
        " P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam) = 2/3 · 2/3 · 1/2 · 1/2 = {v}.",
        ("4/36 = 1/9 ≈ 0.111", "4/36 = 1/8 ≈ 0.125"),
    ),
    (
        NLL,
        "The negative log-likelihood in bits adds minus the base-2 log of each bigram probability, including the"
        " final one for </s>, so NLL = -[log2(1/2) + log2(1/4) + log2(1/5) + log2(1/2)] = 1 + 2 + 2.3219 + 1 = {v}"
        " bits, and I checked that 2^6.3219 ≈ 80 = 2 · 4 · 5 · 2.",
        ("6.3219", "5.3219"),
    ),
]


@pytest.mark.parametrize(("question", "paragraph", "values"), PARAGRAPHS)
def test_a_paragraph_of_clauses_is_read(question, paragraph: str, values: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    right = question.grade(paragraph.format(v=values[0]).encode(), "p.txt")
    assert (right.verdict, right.score) == ("correct", right.max_score), right.codes
    wrong = question.grade(paragraph.format(v=values[1]).encode(), "p.txt")
    assert wrong.verdict == "incorrect", wrong.codes


def test_a_clause_break_inside_brackets_cuts_nothing() -> None:
    (piece,) = find_maths(["so log P(y_2 | x, y_1) = -0.4, and the total is -1.1"])
    assert [p.text for p in clause_pieces(piece)] == ["so log P(y_2 | x, y_1) = -0.4", "the total is -1.1"]


def test_a_paragraph_with_a_number_left_unread_is_not_read_in_part() -> None:
    text = (
        "The NLL in bits is minus the sum of the base-2 logs of the four probabilities, including the one for </s>,"
        " so NLL = -[log2(1/2) + log2(1/4) + log2(1/5) + log2(1/2)], and since log2 5 ≈ 2.3219 this is 1 + 2 + 2.3219"
        " + 1 = 5.3219 bits."
    )
    report = NLL.grade(text.encode(), "p.txt")
    assert report.verdict != "correct", report.codes
