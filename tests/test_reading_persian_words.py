"""Persian words keep a suffix apart with a zero-width non-joiner (لگاریتم‌ها) and may carry a hamza above
(به‌علاوهٔ): both are letters of the word, so a Persian label before the maths is prose and the maths after
it is read (issue 10, blind41: such lines were sent for review as unreadable)."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/seed/deep-learning.toml"


@pytest.mark.parametrize(
    "label",
    ["جمع لگاریتم‌ها:", "به‌علاوهٔ نقطه:", "مرحله ۱: جمع لگاریتم‌ها:", "حاصل‌جمع:"],
)
@pytest.mark.parametrize(
    ("maths", "verdict"),
    [
        ("‎−۰٫۷ + (−۰٫۴) = −۱٫۱", "correct"),
        ("‎−۰٫۷ × (−۰٫۴) = ۰٫۲۸", "incorrect"),  # the wrong twin: logs multiplied
        ("‎−۰٫۷ + (−۰٫۴) = −۱٫۳", "incorrect"),
    ],
)
def test_a_persian_label_before_the_maths(label: str, maths: str, verdict: str) -> None:
    text = f"log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n{label} {maths}"
    report = load_question(PROBLEM).grade(text.encode(), "s.txt")
    assert report.verdict == verdict, report.codes
    assert "parse-error" not in report.codes
