"""An answer label that opens the working with a part of the count, the total worked out below it.

"答：每个位置、每一层存 K 和 V 各 d 个数 → 2d 个数。" then "所以 KV cache 总共 = 2 × d × L × (m+n) = 2Ld(m+n) 个数。"
(blind-kinds53 cost--cache-memory/002): the label's value is a part, named by words before an arrow; the
total below writes it as a product of that part and more sizes. The total is the answer, as it already was
for a part named before a second colon ("Answer: positions cached: m + n"). The part may be written as one
factor ((m+n)·L·2d) or as several (2 × d × L × (m+n)). A total that leaves a size out stays wrong, and so does
a label's part with no total below it.
"""

from __future__ import annotations

import pytest

from tests.test_cost_classes2 import errors, grade

ZH = (
    "答：每个位置、每一层存 K 和 V 各 d 个数 → 2d 个数。\n"
    "一共有 m 个 prompt token + n 个新 token = (m+n) 个位置，L 层。\n"
    "所以 KV cache 总共 = {total} 个数。\n"
)
EN = (
    "Answer: each position, each layer keeps K and V with d numbers each -> 2d numbers.\n"
    "There are m + n positions and L layers.\n"
    "So the cache holds {total} numbers.\n"
)
FR = (
    "Réponse : par position et par couche, K et V de d nombres chacun ⇒ 2d nombres.\n"
    "Il y a m + n positions et L couches.\n"
    "Donc le cache contient {total} nombres.\n"
)

# (name, layout, right total, wrong total)
CASES = [
    ("Chinese, the part as several factors", ZH, "2 × d × L × (m+n) = 2Ld(m+n)", "2 × d × (m+n) = 2d(m+n)"),
    ("English, the part as one factor", EN, "(2d) · L · (m + n) = 2Ld(m + n)", "(2d) · (m + n) = 2d(m + n)"),
    ("English, several factors", EN, "2 · d · L · (m + n) = 2dL(m + n)", "2 · d · L · m = 2dLm"),
    ("French, an arrow ⇒", FR, "2 × d × L × (m + n) = 2Ld(m + n)", "2 × d × L × n = 2Ldn"),
]


@pytest.mark.parametrize(("name", "layout", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_the_total_below_an_answer_that_opens_with_a_part_is_the_answer(
    name: str, layout: str, right: str, wrong: str
) -> None:
    report = grade("cache-memory", layout.format(total=right))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics
    report = grade("cache-memory", layout.format(total=wrong))
    assert report.verdict == "incorrect" and "final-answer-wrong" in errors(report), report.diagnostics


def test_a_part_with_no_total_below_it_is_the_answer_given() -> None:
    report = grade("cache-memory", "Answer: each position, each layer keeps K and V -> 2d numbers.\n")
    assert report.verdict == "incorrect" and "final-answer-wrong" in errors(report)
