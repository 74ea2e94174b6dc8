"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds8 and blind-kinds9: a
statistics department and an engineering training), each pinned by variants written for this test, every
right variant with a wrong twin still caught.

1. Where the exact count is asked, an O(…) said after the exact count (`…, which is O(L h n²)`) is the
   count's growth, not the answer: the count is graded. The growth is checked against the count, with
   the sizes it leaves out held fixed (`Θ(nk)` per head and layer, of nkLh): a growth the count does not
   have is a wrong step.
2. A sum's index is any letter its sum runs over, `\\ell` and ℓ too (`\\sum_{\\ell=1}^{L}`), and a sum
   over sizes whose terms do not use its index (layers, heads) is a product: it nests no deeper, so
   Σ_ℓ Σ_r Σ_i Σ_s s is read.
3. A bracket with a word of prose in it is a remark even when it opens with one of the problem's letters
   (`(m plays no part)`): the maths ends before it.
4. An `align` line that opens with `&=` continues the chain above it, so its step is checked.
"""

from __future__ import annotations

import pytest
import sympy

from grader.cost.algebra import build, symbol
from grader.cost.reader import read
from tests.test_cost_classes2 import grade

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a growth on the line after the exact count",
        "kv-cache-scores",
        "Step i costs L h (m + i).\nS = L h (n m + n(n+1)/2).\nSo S is O(L h n (n + m)) overall.\n",
        "Step i costs L h (m + i).\nS = L h (n m + n(n-1)/2).\nSo S is O(L h n (n + m)) overall.\n",
        "final-answer-wrong",
    ),
    (
        "a growth after the exact count on the same line",
        "cache-memory",
        "Memory = 2 d L (m + n) numbers; hence O(L d (m + n)) memory, linear in the context.\n",
        "Memory = d L (m + n) numbers; hence O(L d (m + n)) memory, linear in the context.\n",
        "final-answer-wrong",
    ),
    (
        "a Θ in LaTeX after the count",
        "window-scores",
        "Each new query meets $k$ keys, so $T = nkLh$. Hence $T = \\Theta(nkLh)$.\n",
        "Each new query meets $k$ keys, so $T = nkL$. Hence $T = \\Theta(nkL)$.\n",
        "final-answer-wrong",
    ),
    (
        "a growth the count does not have is a wrong step",
        "window-scores",
        "Scores = n k L h. This is Θ(n k) for fixed L and h.\n",
        "Scores = n k L h. This is Θ(n^2) for fixed L and h.\n",
        "invalid-step",
    ),
    (
        "a growth in the prompt the count does not have",
        "kv-cache-scores",
        "Total: L h (n m + n(n+1)/2), i.e. O(L h n (m + n)).\n",
        "Total: L h (n m + n(n+1)/2), i.e. O(L h m^2).\n",
        "invalid-step",
    ),
    (
        "sums over \\ell and r around the step sum",
        "kv-cache-scores",
        "$$S = \\sum_{\\ell=1}^{L}\\sum_{r=1}^{h}\\sum_{i=1}^{n}(m+i) = Lh\\left(mn + \\frac{n(n+1)}{2}\\right)$$\n",
        "$$S = \\sum_{\\ell=1}^{L}\\sum_{r=1}^{h}\\sum_{i=1}^{n}(m+i) = Lh\\left(mn + \\frac{n(n-1)}{2}\\right)$$\n",
        "invalid-step",
    ),
    (
        "a sum over ℓ written in Unicode",
        "window-scores",
        "S = Σ_{ℓ=1}^{L} Σ_{i=1}^{n} h k = n k L h\n",
        "S = Σ_{ℓ=1}^{L} Σ_{i=1}^{n} h k = n k h\n",
        "invalid-step",
    ),
    (
        "four sums, two of them over sizes, the inner one over its own letter",
        "recompute-growth",
        "$$W = \\sum_{\\ell=1}^{L}\\sum_{r=1}^{h}\\sum_{i=1}^{n}\\sum_{s=1}^{i} s = \\frac{Lh\\,n(n+1)(n+2)}{6}"
        " = O(Lhn^3)$$\n",
        "$$W = \\sum_{\\ell=1}^{L}\\sum_{r=1}^{h}\\sum_{i=1}^{n}\\sum_{s=1}^{i} s = \\frac{Lh\\,n(n+1)}{2}"
        " = O(Lhn^2)$$\n",
        "invalid-step",
    ),
    (
        "a remark in brackets that opens with a size",
        "window-scores",
        "Total = n k L h (m plays no part once the window is full)\n",
        "Total = n k L (m plays no part once the window is full)\n",
        "final-answer-wrong",
    ),
    (
        "a remark in brackets after a sum, opening with d",
        "cache-memory",
        "Stored = \\sum_{i=1}^{m+n} 2dL = 2 d L (m + n) (d each for K and V, in every layer)\n",
        "Stored = \\sum_{i=1}^{m+n} 2dL = d L (m + n) (d each for K and V, in every layer)\n",
        "invalid-step",
    ),
    (
        "an align whose lines open with &=",
        "kv-cache-scores",
        "\\begin{align*}\nS &= \\sum_{i=1}^{n} Lh(m+i) \\\\\n  &= Lh\\left(nm + \\frac{n(n+1)}{2}\\right)\n"
        "\\end{align*}\n",
        "\\begin{align*}\nS &= \\sum_{i=1}^{n} Lh(m+i) \\\\\n  &= Lh\\left(nm + \\frac{n^2}{2}\\right)\n"
        "\\end{align*}\n",
        "invalid-step",
    ),
]


L, h, n = symbol("L"), symbol("h"), symbol("n")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("\\sum_{\\ell=1}^{L} \\ell", L * (L + 1) / 2),  # the index ℓ used in the terms is the sum's own
        ("Σ_{r=1}^{h} Σ_{ℓ=1}^{L} (r + ℓ)", h * L * (h + 1) / 2 + h * L * (L + 1) / 2),
        ("\\sum_{q=1}^{L}\\sum_{r=1}^{h}\\sum_{i=1}^{n}\\sum_{s=1}^{i} 1", L * h * n * (n + 1) / 2),
    ],
)
def test_a_sum_runs_over_its_own_letter(text: str, value: sympy.Expr) -> None:
    chains, unread = read(text, frozenset("nmLh"))
    assert unread == [] and len(chains) == 1
    assert sympy.expand(build(chains[0].exprs[0].node).value - value) == 0


@pytest.mark.parametrize(
    "text",
    [
        "S = \\sum_{i=1}^{n} (m + i) q",  # a letter no sum runs over is still unknown
        "S = \\sum_{\\ell=1}^{L} (m + i) + \\ell",  # ℓ outside its sum: not bound there
    ],
)
def test_a_letter_outside_every_sum_is_not_taken_as_an_index(text: str) -> None:
    chains, unread = read(text, frozenset("nmLh"))
    exprs = [e for chain in chains for e in chain.exprs]
    assert unread or all(e.free_index for e in exprs), (chains, unread)


@pytest.mark.parametrize(
    "text",
    [
        "Every step adds more scores.\nS = O(L h n (n + m))\n",  # only the growth is written
        "S = L h (n m + n(n+1)/2)\nAnswer: O(L h n (n + m))\n",  # the growth is given as the answer
    ],
)
def test_a_growth_given_as_the_answer_still_earns_only_half(text: str) -> None:
    report = grade("kv-cache-scores", text)
    assert report.verdict == "incorrect" and "big-o-for-exact-count" in report.codes, report.codes
    assert report.parts["answer"] == 0.5
