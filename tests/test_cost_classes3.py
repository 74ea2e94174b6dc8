"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds6: a theory-minded
class), each pinned by variants written for this test, every right variant with a wrong twin still caught.

1. A font on one letter without braces (`|\\mathcal V|`, `\\mathbb V`) is that letter, and a proof's end
   mark (∎, `\\blacksquare`, `\\qed`) is no maths: the line is read, not sent back as unreadable.
2. A membership (`X \\in \\Theta(Y)`, `S ∈ O(…)`) parts the count from its class, so the count before it
   (boxed or not) is read; a vector's type (`k ∈ ℝ^d`) counts nothing.
3. What the count is set against ("vs. n(m+n)Lh without a window", "compared with …") is named, not
   given as the answer.
4. A number given where a closed form is asked, while a line of maths above could not be read, may be
   the count at example sizes: a warning and review, never final-answer-wrong.
"""

from __future__ import annotations

import pytest

from tests.test_cost_classes2 import errors, grade
from tests.test_cost_classes4 import CASES as FOURTH_CASES
from tests.test_cost_classes5 import CASES as FIFTH_CASES
from tests.test_cost_classes6 import CASES as SIXTH_CASES
from tests.test_cost_classes7 import CASES as SEVENTH_CASES
from tests.test_cost_classes8 import CASES as EIGHTH_CASES
from tests.test_cost_classes9 import CASES as NINTH_CASES
from tests.test_cost_classes10 import CASES as TENTH_CASES
from tests.test_cost_classes11 import CASES as ELEVENTH_CASES
from tests.test_one_line_cost import CASES as ONE_LINE_CASES

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "|\\mathcal V| in a claim and a box",
        "exhaustive-search",
        "Claim. Exhaustive search scores $|\\mathcal V|^{n}$ sequences.\n\\[\\boxed{|\\mathcal V|^{n}}\\]\n",
        "Claim. Exhaustive search scores $n|\\mathcal V|$ sequences.\n\\[\\boxed{n|\\mathcal V|}\\]\n",
        "final-answer-wrong",
    ),
    (
        "\\mathbb V and a proof's end mark",
        "exhaustive-search",
        "Proof. By the product rule the count is $|\\mathbb V|^n$. $\\blacksquare$\n",
        "Proof. By the product rule the count is $|\\mathbb V|n$. $\\blacksquare$\n",
        "final-answer-wrong",
    ),
    (
        "an equation closed by \\qed",
        "exhaustive-search",
        "$$N = |\\mathcal{V}|\\cdot|\\mathcal{V}|^{n-1} = |\\mathcal V|^{n} \\qquad \\qed$$\n",
        "$$N = |\\mathcal{V}|\\cdot|\\mathcal{V}|^{n-1} = |\\mathcal V|^{n-1} \\qquad \\qed$$\n",
        "final-answer-wrong",
    ),
    (
        "a boxed count, then its class after \\in",
        "window-scores",
        "$$n \\cdot L \\cdot h \\cdot k = \\boxed{nkLh} \\in \\Theta(nk)$$\n",
        "$$n \\cdot L \\cdot h \\cdot k = \\boxed{nLh} \\in \\Theta(n)$$\n",
        "invalid-step",
    ),
    (
        "a count, then its class after ∈",
        "kv-cache-scores",
        "Total = L h (n m + n(n+1)/2) ∈ Θ(L h n (m + n))\n",
        "Total = L h (n m + n(n-1)/2) ∈ Θ(L h n (m + n))\n",
        "final-answer-wrong",
    ),
    (
        "a growth claimed with \\in for a big-O question",
        "recompute-growth",
        "$S = Lh\\,n(n+1)(n+2)/6$, so $S \\in \\Theta(L h n^3)$.\n",
        "$S = Lh\\,n(n+1)/2$, so $S \\in \\Theta(L h n^2)$.\n",
        "final-answer-wrong",
    ),
    (
        "a vector's type is no count",
        "cache-memory",
        "Each position stores $\\mathbf{k}\\in\\mathbb{R}^d$ and $\\mathbf{v} \\in \\mathbb{R}^{d}$ per layer.\n"
        "Answer: 2 d L (m + n)\n",
        "Each position stores $\\mathbf{k}\\in\\mathbb{R}^d$ and $\\mathbf{v} \\in \\mathbb{R}^{d}$ per layer.\n"
        "Answer: d L (m + n)\n",
        "final-answer-wrong",
    ),
    (
        "the full-context count after vs.",
        "window-scores",
        "Every step compares one query with k keys: n k L h scores in total, vs. n(m+n)Lh without a window.\n",
        "Every step compares one query with k keys: n L h scores in total, vs. n(m+n)Lh without a window.\n",
        "final-answer-wrong",
    ),
    (
        "the full-context count after compared with",
        "window-scores",
        "The total is nkLh, compared with Lh n(m+n) for full attention.\n",
        "The total is nk, compared with Lh n(m+n) for full attention.\n",
        "final-answer-wrong",
    ),
]


# every round's table from this one on (tests/test_cost_classes4.py, 5 and 6 hold the fourth's, fifth's and
# sixth's), one contract
ROUNDS = (
    CASES
    + FOURTH_CASES
    + FIFTH_CASES
    + SIXTH_CASES
    + SEVENTH_CASES
    + EIGHTH_CASES
    + NINTH_CASES
    + TENTH_CASES
    + ELEVENTH_CASES
    + ONE_LINE_CASES
)


@pytest.mark.parametrize(("label", "problem", "right", "wrong", "code"), ROUNDS, ids=[c[0] for c in ROUNDS])
def test_right_variant_full_marks_and_wrong_twin_caught(
    label: str, problem: str, right: str, wrong: str, code: str
) -> None:
    report = grade(problem, right)
    assert (report.verdict, errors(report)) == ("correct", []), [d.message for d in report.diagnostics]
    assert report.score == report.max_score
    assert not any(d.code in ("parse-error", "unknown-symbol") for d in report.diagnostics), [
        d.message for d in report.diagnostics
    ]
    twin = grade(problem, wrong)
    assert twin.verdict != "correct" and code in errors(twin), [d.message for d in twin.diagnostics]


UNREAD = "The count is $\\prod_{t=1}^{n} |V|$ by the product rule.\n"
EXAMPLE = "With |V| = 50000 and n = 10 that is $50000^{10} \\approx 9.8 \\times 10^{46}$ sequences.\n"


def test_a_number_after_an_unread_line_is_sent_for_review_not_charged() -> None:
    report = grade("exhaustive-search", UNREAD + EXAMPLE)
    assert report.verdict == "unparsable" and report.needs_review, [d.message for d in report.diagnostics]
    assert errors(report) == []


def test_a_number_for_a_closed_form_with_every_line_read_is_still_wrong() -> None:
    report = grade("exhaustive-search", EXAMPLE)
    assert report.verdict == "incorrect" and "final-answer-wrong" in errors(report)
