"""A paragraph written as one long line is read sentence by sentence for its yes or no, wherever in the
paragraph the answer comes: "So no, greedy's output is not guaranteed to be …" at the end of a long line is
read as a no, as it is on a short one. An opening or set-off yes/no outranks a general remark about greedy
search in another sentence. Wrong twins: the wrong yes/no in the same place stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

GREEDY = 'Greedy search picks "the" (0.6) and then "cat" (0.7), producing "the cat" with probability 0.6 × 0.7 = 0.42.\n\n'
OTHERS = (
    'The other complete sequences are "the dog" at 0.6 × 0.3 = 0.18, "a cat" at 0.4 × 0.5 = 0.20 and "a dog" '
    "at 0.4 × 0.5 = 0.20, none of which reaches 0.42, and since every sequence of the model is one of these four "
    "there is nothing else that could beat it, however the search were run or however far it looked ahead"
)
REMARK = "Greedy search only ever looks one step ahead, so in general it cannot guarantee the most probable sequence"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{REMARK}. {OTHERS}. So yes, here greedy's output is the most probable sequence.",
        f"{REMARK}. {OTHERS}. Yes: in this case greedy happens to find the best sequence.",
        f"Yes, it is. {REMARK}, but {OTHERS}.",
        f"{OTHERS}. Therefore the answer is yes.",
    ],
)
def test_a_right_yes_in_a_long_paragraph_is_read(paragraph: str) -> None:
    assert len(paragraph) > 300  # longer than a line the reader searches whole
    full, codes = grade("decoding", "greedy-is-best", GREEDY + paragraph + "\n")
    assert full, codes


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{REMARK}. {OTHERS}. So no, greedy's output is not guaranteed to be the most probable sequence here.",
        f"{REMARK}. {OTHERS}. No: greedy does not find the best sequence here.",
        f"No, it is not. {REMARK}, and {OTHERS}.",
    ],
)
def test_a_wrong_no_in_a_long_paragraph_stays_wrong(paragraph: str) -> None:
    assert len(paragraph) > 300
    full, codes = grade("decoding", "greedy-is-best", GREEDY + paragraph + "\n")
    assert not full, codes
    assert ("decoding-verdict-wrong", 3) in codes


NOT_BEST = (
    'Greedy takes "cat" (0.4), then "sat" (0.4), then "down" (0.3), so it returns "cat sat down" with '
    "probability 0.4 × 0.4 × 0.3 = 0.048.\n\n"
)
BEATS = (
    'But "dog barked loudly" has 0.3 × 0.6 × 0.3 = 0.054, which is higher than 0.048, because the first '
    "choice of the cheaper-looking token opens a branch whose later tokens are far more confident, and greedy, "
    "having committed to the locally best first token, never gets to see that branch at all"
)


@pytest.mark.parametrize(
    ("paragraph", "right"),
    [
        (f"{BEATS}. So no, greedy's output is not the most probable sequence.", True),
        (f"{BEATS}. So yes, greedy's output is the most probable sequence.", False),
    ],
)
def test_a_no_after_the_comparison_in_a_long_paragraph(paragraph: str, right: bool) -> None:
    assert len(paragraph) > 300
    full, codes = grade("decoding", "greedy-not-best", NOT_BEST + paragraph + "\n")
    assert full == right, codes
