"""A final value on the rest of a line read only in part is looked for, not charged as missing.

From blind67 (a class typing on phones), sam-corpus-add-one/008, one line: "(3/14)(3/14)(2/13)(2/13) using
C(<s> I)=2 C(<s>)=3 … V=11 → ≈ 0.00109 tbh way smaller than the mle one". The product was read, "using …" was
not, and the value after the arrow was lost with it: no-final-answer, an error, 0.7 of 1. A line after all
the read working that could not be read was already searched for the answer (final-unread); now so is the
last line read when it was read only in part. The answer there is taken at the precision written and a
person looks; a wrong one is still not the expected value.
"""

from __future__ import annotations

from grader.core.question import load_question
from tests.conftest import ROOT

ADD_ONE = ROOT / "problems/seed/sam-corpus-add-one.toml"  # 36/33124 ≈ 0.0010868
LINE = (
    "(3/14)(3/14)(2/13)(2/13) using C(<s> I)=2 C(<s>)=3 C(I am)=2 C(I)=3 C(am Sam)=1 C(am)=2 C(Sam </s>)=1 "
    "C(Sam)=2, V=11 → ≈ {} tbh way smaller than the mle one\n"
)


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(ADD_ONE).grade(text.encode(), "s")


def test_the_right_value_after_the_part_not_read_is_full_marks_and_reviewed() -> None:
    result = graded(LINE.format("0.00109"))
    assert result.score == result.max_score
    assert result.needs_review
    assert "no-final-answer" not in {d.code for d in result.diagnostics}


def test_a_wrong_value_there_is_not_the_expected_one() -> None:
    result = graded(LINE.format("0.00200"))
    assert result.verdict == "incorrect" and result.score < result.max_score
    assert any(d.code == "final-unread" and "not the expected value" in d.message for d in result.diagnostics)
