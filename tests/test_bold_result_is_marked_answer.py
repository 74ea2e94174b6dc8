"""A result set in bold ("= **6.3219 bits**", "**PPL ≈ 1.7333**") is the answer the student marks, as a box is,
when no Answer: line or box says otherwise; extras worked out after it are remarks.

blind72 (a class that over-delivers) bolded its answer and went on to related quantities: cat-nll-bits/003 ended
"Cross-entropy per token = 6.3219 / 4 = 1.58 bits" after "Total in bits: … = **6.3219 bits**", and the last value
was judged as the answer (wrong-quantity on right work). Now the bold value is the answer; one who bolds a
different quantity (the cross-entropy where the NLL is asked) is still told so, and two bold values that disagree
are still a hedge.
"""

from __future__ import annotations

from grader.core.question import load_question
from tests.conftest import ROOT

NLL = ROOT / "problems/seed/cat-nll-bits.toml"  # 6.3219 bits
WORK = "-log2(1/2) = 1\n-log2(1/4) = 2\n-log2(1/5) = 2.3219\n-log2(1/2) = 1\n"


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(NLL).grade(text.encode(), "work.md")


def test_a_bold_total_is_the_answer_before_extras() -> None:
    text = (
        WORK
        + "Total: 1 + 2 + 2.3219 + 1 = **6.3219 bits**.\n\nCross-entropy per token = 6.3219 / 4 = 1.58 bits.\n"
    )
    report = graded(text)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


def test_without_the_bold_the_last_value_still_answers() -> None:
    text = (
        WORK
        + "Total: 1 + 2 + 2.3219 + 1 = 6.3219 bits.\n\nCross-entropy per token = 6.3219 / 4 = 1.58 bits.\n"
    )
    assert "wrong-quantity" in graded(text).codes


def test_a_bold_other_quantity_is_still_the_wrong_quantity() -> None:
    text = (
        WORK
        + "Total: 1 + 2 + 2.3219 + 1 = 6.3219 bits.\n\nCross-entropy per token = 6.3219 / 4 = **1.58 bits**.\n"
    )
    report = graded(text)
    assert report.verdict == "incorrect" and "wrong-quantity" in report.codes, report.codes


def test_a_result_in_latex_bold_is_marked_too() -> None:
    text = (
        WORK + "NLL $= 1 + 2 + 2.3219 + 1 = \\mathbf{6.3219}$ bits\n\nPer token: $6.3219 / 4 = 1.58$ bits\n"
    )
    report = graded(text)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


def test_a_lone_bold_value_after_a_relation_is_marked() -> None:
    """blind73: "Product ≈ **0.04883**" (its word no term), then a value in a sentence below: the bold value
    answers. A bold number with no relation before it ("the **6.3219** above") marks nothing."""
    marked = WORK + "Sum ≈ **6.3219** bits\n\nPer token you'd get 6.3219 / 4 = 1.58 bits.\n"
    report = graded(marked)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    unmarked = WORK + "Sum of the **6.3219** bits\n\nPer token: 6.3219 / 4 = 1.58 bits.\n"
    assert graded(unmarked).final_answer.value != 6.3219  # type: ignore[union-attr]
