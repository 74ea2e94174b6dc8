"""Terms of a cost count are named the way a class names them, in any script, and a sentence comparing them
gives no new count.

From blind-kinds54 (a Japanese and Korean class), both misses on cost--cached-flops:
- A label of a term written in a script without spaces ("スコア $i\\,d$", "値の混合 $i\\,d$") was set apart letter
  by letter for the word readers (grader.core.unspaced), so it counted as three or four words, over the two a
  label may have; the label was left in the maths and the step charged invalid-step. A run of such letters is
  one word of a label, as "value mixing" is two.
- After the count, a sentence naming two different terms of it ("The d^2 term dominates while n < d, the
  attention term n^2 d once n > d.") had its last term taken for the answer (final-answer-wrong). A sentence
  naming two terms of the count talks about its terms, on the count's line (as before) or on a later one; a
  sentence giving one expression, or a term the count does not have, is still a count of its own.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CACHED = ROOT / "problems/cost/cached-flops.toml"  # O(L n d^2 + L n^2 d)

SUMMED = (
    "\n\n$$\\sum_{i=1}^{n} L\\,(12d^2 + 2id) = 12nLd^2 + L\\,d\\,n(n+1)$$\n\nAnswer: $O(nLd^2 + n^2Ld)$\n"
)


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(CACHED).grade(text.encode(), "s")


def errors(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics if d.severity == "error"]


# (name, one layer's cost with labelled terms) each summing to 12d^2 + 2id
LABELLED = [
    (
        "Japanese, full-width signs",
        "射影 $4d^2$ ＋ FFN $8d^2$ ＋ スコア $i\\,d$ ＋ 値の混合 $i\\,d$ ＝ $12d^2 + 2id$",
    ),
    ("Japanese, ASCII signs", "射影 $4d^2$ + FFN $8d^2$ + スコア $i d$ + 値の混合 $i d$ = $12d^2 + 2id$"),
    ("Chinese", "投影 4d^2 + 前馈网络 8d^2 + 注意力分数 i d + 值的加权 i d = 12d^2 + 2id"),
    ("Korean", "투영 $4d^2$ + FFN $8d^2$ + 어텐션 점수 $i\\,d$ + 값 혼합 $i\\,d$ = $12d^2 + 2id$"),
    ("English", "proj $4d^2$ + FFN $8d^2$ + scores $i\\,d$ + value mixing $i\\,d$ = $12d^2 + 2id$"),
]


@pytest.mark.parametrize(("name", "line"), LABELLED)
def test_labels_of_terms_in_any_script_are_labels(name: str, line: str) -> None:
    result = graded(line + SUMMED)
    assert errors(result) == []
    assert result.score == result.max_score


@pytest.mark.parametrize(("name", "line"), LABELLED)
def test_a_wrong_sum_of_labelled_terms_is_still_caught(name: str, line: str) -> None:
    result = graded(line.replace("12d^2 + 2id", "12d^2 + 3id", 1) + SUMMED)
    assert "invalid-step" in errors(result)


COUNT = (
    "One layer at step i: 12d^2 + 2id.\n"
    "Over L layers and n steps: sum_{i=1}^{n} L(12d^2 + 2id) = 12 L n d^2 + L d n(n+1)\n"
    "Dropping constants: O(L n d^2 + L n^2 d) = O(L n d (n + d)).\n"
)

REMARKS = [
    "The d^2 term (projections + MLP) dominates while n < d, the attention term n^2 d once n > d.",
    "For short sequences the L n d^2 part wins; for long ones the L n^2 d part.",
    "Both terms matter: n d^2 from the projections and n^2 d from attention.",
]


@pytest.mark.parametrize("remark", REMARKS)
def test_a_sentence_comparing_terms_of_the_count_gives_no_new_count(remark: str) -> None:
    result = graded(COUNT + remark + "\n")
    assert errors(result) == []
    assert result.score == result.max_score


@pytest.mark.parametrize(
    "ending",
    [
        "So the total is L n^2 d.",  # one term given as the total: a wrong count
        "The d^2 term dominates while n < d, the attention term n^3 once n > d.",  # no term of the count
    ],
)
def test_a_term_given_as_the_total_is_still_the_answer(ending: str) -> None:
    result = graded(COUNT + ending + "\n")
    assert "final-answer-wrong" in errors(result)
