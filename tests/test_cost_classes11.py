"""Classes of correct cost work the grader once marked down (blind-kinds26: answers written as trade
notes and ops budgets), each pinned by variants written for this test, every right variant with a wrong
twin still caught.

1. A list of dashes whose items start with a number (`- 12 L n d²`, `- 2 L d × n(n+1)/2 = L d n(n+1)`):
   the dash is the list's bullet, not a minus sign. A dash alone before a number, with no list around
   it, may still subtract.
"""

from __future__ import annotations

from grader.cost.reader import dash_lists

_SUMMED = (
    "Per step, per layer: 12d² + 2id ops\n\nSum over i = 1..n:\n- 12 L n d²\n- 2 L d × n(n+1)/2 = {attention}\n\n"
    "Total = 12 L n d² + L d n(n+1) → O(L n d² + L n² d)\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a list of dashes whose items start with a number",
        "cached-flops",
        _SUMMED.format(attention="L d n(n+1)"),
        _SUMMED.format(attention="2 L d n(n+1)"),
        "invalid-step",
    ),
    (
        "nested items of a list of dashes, each a count",
        "cached-flops",
        "- per step i: 12 L d² + 2 L d i\n- summed over i = 1..n:\n  - 12 L d² · n = 12 L n d²\n"
        "  - 2 L d · n(n+1)/2 = L d n(n+1)\n- **Total: O(L n d² + L n² d)**\n",
        "- per step i: 12 L d² + 2 L d i\n- summed over i = 1..n:\n  - 12 L d² · n = 12 L n d²\n"
        "  - 2 L d · n(n+1)/2 = L d n²\n- **Total: O(L n d² + L n² d)**\n",
        "invalid-step",
    ),
]


def test_a_run_of_dashes_is_a_list_and_a_lone_dash_is_not() -> None:
    lines = ["Total = 12 L n d²", "  - 2 L d n", "", "- 12 L n d²", "- 2 L d n", "  - 4 d", "  - 8 d", "- x"]
    assert dash_lists(lines) == {4, 5, 6, 7, 8}
