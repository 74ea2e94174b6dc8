"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds13: answers written like
a linguistics department), each pinned by variants written for this test, every right variant with a
wrong twin still caught.

1. Digits grouped in threes by a space, as many style guides write large numbers (50 000, 1 000 000):
   the reader took "50 000^10" for 50 × 000^10 (zero), so a right example ("50 000^10 ≈ 10^47") was
   an invalid step. A group that opens with a zero is never a factor anyone writes, so such a spacing
   (and one by a narrow no-break space) joins one number; "2 100" may still be a product and stays.
"""

from __future__ import annotations

import pytest

from grader.cost.reader import _GROUPED, _grouped

_RULE = "Each of the n positions holds any of the |V| tokens, so there are |V|^n sequences.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a vocabulary size grouped by a space, raised to the length",
        "exhaustive-search",
        _RULE + "With a 50 000-word vocabulary and n = 10: 50 000^10 ≈ 10^47 sequences.\n",
        _RULE + "With a 50 000-word vocabulary and n = 10: 50 000^10 ≈ 10^40 sequences.\n",
        "invalid-step",
    ),
    (
        "a million grouped in three groups, squared exactly",
        "exhaustive-search",
        _RULE + "For |V| = 1 000 000 and n = 2 that is 1 000 000^2 = 10^12.\n",
        _RULE + "For |V| = 1 000 000 and n = 2 that is 1 000 000^2 = 10^11.\n",
        "invalid-step",
    ),
    (
        "grouped by a narrow no-break space, in scientific notation",
        "exhaustive-search",
        _RULE + "e.g. 32\u202f000^5 ≈ 3.4 × 10^22 continuations of length 5.\n",
        _RULE + "e.g. 32\u202f000^5 ≈ 3.4 × 10^15 continuations of length 5.\n",
        "invalid-step",
    ),
]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("50 000^10", "50000 ^10"),  # the gap moves after the number: it starts at its own column
        ("1 000 000", "1000000  "),
        ("1 024 000", "1024000  "),  # one group opening with a zero is enough
        ("32\u202f768", "32768 "),  # a narrow no-break space groups digits whatever they are
        ("2 100", "2 100"),  # may be a product: left as written
        ("65 536", "65 536"),
        ("x_1 000", "x_1 000"),  # an index, not a number's first group
        ("0.5 000", "0.5 000"),
    ],
)
def test_digits_grouped_by_a_space_are_one_number_only_where_no_product_reads(text: str, read: str) -> None:
    assert _GROUPED.sub(_grouped, text) == read
