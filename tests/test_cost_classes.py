"""Classes of cost answers that were misgraded, each pinned by variants written for the test: every
right variant earns full marks and its wrong twin (the same writing, a wrong count) stays caught.

The classes: which expression is the answer (an approximation, a remark, a size or a term named in a
sentence are not), how a sentence ends around maths (". ", it's, i.e., arrows, `~`), what is read
(factorials, 𝒪, |V|ⁿ, Σ as maths), and numbers for an example (`m + n = 1000`, `≈ 2.6 × 10⁸`)."""

from __future__ import annotations

import pytest
import sympy

from grader.cost.algebra import Unbuildable, build, same_value, symbol
from grader.cost.reader import read, sizes_set
from tests.test_cost_classes2 import CLASSES as SECOND_CLASSES
from tests.test_cost_classes2 import grade

# (class, problem, right variant, its wrong twin)
CLASSES = [
    (
        "an exact count, then 'roughly' the same thing: the exact one is the answer",
        "exhaustive-search",
        "Each of the n places takes any of |V| tokens, so there are |V|^n of them; "
        "for a 40k vocabulary that is roughly 10^46 when n = 10.",
        "Tokens cannot repeat, so the count is |V|!/(|V|-n)!, which is roughly |V|^n for a big vocabulary.",
    ),
    (
        "an approximation after `≈` or `~` is not the exact count",
        "exhaustive-search",
        "count = |V| · |V| · |V| (n times) = |V|ⁿ ≈ 10^{40}",
        "count = |V|!/(|V|-n)! ≈ |V|^n",
    ),
    (
        "a remark's line is never the answer",
        "cache-memory",
        "Total = 2Ld(m+n)\nNote: leaving out the prompt would give 2Ldn instead.",
        "Total = 2Ldn\nNote: counting the prompt too would give 2Ld(m+n) instead.",
    ),
    (
        "a line in brackets is a remark",
        "cache-memory",
        "numbers cached = 2 d L (m + n)\n(without a cache nothing is stored, 0 numbers, not 2dL)",
        "numbers cached = 2 d L n\n(with the prompt it would have been 2 d L (m + n))",
    ),
    (
        "a size named in a sentence after the count is not the answer",
        "exhaustive-search",
        "sequences = |V|^n\nHopeless in practice, since |V| runs to tens of thousands.",
        "sequences = n|V|\nHopeless in practice, since |V| runs to tens of thousands.",
    ),
    (
        "a size named before the count is not the answer either",
        "exhaustive-search",
        "|V| options per slot and n slots\n=> |V|^n sequences",
        "|V| options per slot and n slots\n=> n^|V| sequences",
    ),
    (
        "a term of the count named after it on its line is not a new answer",
        "cached-flops",
        "Work = O(Lnd^2 + Ln^2 d); once n passes about 12d the Ln^2 d part is what dominates.",
        "Work = O(Lnd^2 + Ln^2 d^2); once n passes about 12d the Ln^2 d^2 part is what dominates.",
    ),
    (
        "a power of one size named in a sentence is not the answer",
        "cached-flops",
        "So it grows as O(L n d (n + d)), with n squared next to d but never next to d^2.",
        "So it grows as O(L n^2 d^2), with n squared next to d^2 as well.",
    ),
    (
        "a full stop and a space end the maths of an Answer line",
        "window-scores",
        "Answer: nkhL. It's constant per token, unlike full attention where it is\nLh(nm + n(n+1)/2).",
        "Answer: nkL. It's constant per token, unlike full attention where it is\nLh(nm + n(n+1)/2).",
    ),
    (
        "words with an apostrophe or dots (that's, i.e.) are prose",
        "window-scores",
        "every head sees k keys, so that's k*h*L per new token, i.e. n*k*h*L in all",
        "every head sees k keys, so that's k*L per new token, i.e. n*k*L in all",
    ),
    (
        "an arrow and a leading ~ part maths from maths",
        "recompute-growth",
        "per step -> ~i^2/2 scores\nall steps -> ~n^3/6 (exactly n(n+1)(n+2)/6)\n=> O(h L n^3)",
        "per step -> ~i^2/2 scores\nall steps -> ~n^3/6 (exactly n(n+1)(n+2)/6)\n=> O(n^3)",
    ),
    (
        "a Unicode big-O and Σ with a subscript index",
        "recompute-growth",
        "Per head and layer Σᵢ i(i+1)/2 = n(n+1)(n+2)/6 ≈ n³/6\nGrowth: 𝒪(L·h·n³)",
        "Per head and layer Σᵢ i(i+1)/2 = n(n+1)(n+2)/6 ≈ n³/6\nGrowth: 𝒪(n³)",
    ),
    (
        "a condition between sizes, a range, a dash or a check mark is not unread maths",
        "window-scores",
        "Since m ≥ k the window is full: for i = 1 … n each query meets k keys (window = k keys)\n"
        "per token k*h*L — the same at every step ✓\nTotal = n k h L",
        "Since m ≥ k the window is full: for i = 1 … n each query meets k keys (window = k keys)\n"
        "per token k*h*L — the same at every step ✓\nTotal = n k L",
    ),
    (
        "bold around inline maths, and a range of positions, are typesetting",
        "recompute-growth",
        "**Step $i$** reruns positions $1..i$; position $t$ meets keys $1..t$\nAnswer: **$O(L h n^3)$**",
        "**Step $i$** reruns positions $1..i$; position $t$ meets keys $1..t$\nAnswer: **$O(L h n^2)$**",
    ),
    (
        "a remark in brackets with an approximation is read and set aside",
        "cache-memory",
        "Total = 2Ld(m+n)\n(check: with n = 1, m = 0 it is ≈ 2Ld ✓)",
        "Total = 2Ldn\n(check: with n = 1, m = 0 it is ≈ 2Ld(m + n) ✓)",
    ),
    (
        "sizes given numbers for an example are no step",
        "cache-memory",
        "Total: 2Ld(m + n). With L = 2, d = 10 and m + n = 100 that is 2 × 2 × 10 × 100 ≈ 4.0 × 10³.",
        "Total: 2Ldn. With L = 2, d = 10 and n = 100 that is 2 × 2 × 10 × 100 ≈ 4.0 × 10³.",
    ),
    (
        "a count in Markdown bold that starts with a number or a bracket is read",
        "cache-memory",
        "K and V, d numbers each, for m + n positions in L layers: cached = **2 d L (m + n)** numbers",
        "K and V, d numbers each, for m + n positions in L layers: cached = **2 d L n** numbers",
    ),
    (
        "exam parts headed in bold, `(a)` first, are prose",
        "kv-cache-scores",
        "**(a) Step i.** $m + i$ scores per head and layer\n**(b) Total.** $L h (n m + n(n+1)/2)$",
        "**(a) Step i.** $m + i$ scores per head and layer\n**(b) Total.** $L h (n m + n(n-1)/2)$",
    ),
    (
        "a LaTeX arrow ends one piece of maths and starts the next",
        "recompute-growth",
        "$$T = L h \\sum_{i=1}^{n} \\frac{i(i+1)}{2} \\Longrightarrow T = O(L h n^3)$$",
        "$$T = L h \\sum_{i=1}^{n} i \\implies T = O(L h n^2)$$",
    ),
    (
        "a boxed count is the answer, even when it is a term of the count before it",
        "recompute-growth",
        "$$T = L h \\sum_{i=1}^{n} \\frac{i(i+1)}{2} \\Rightarrow \\boxed{O(L h n^3)}$$",
        "$$T = L h \\sum_{i=1}^{n} \\frac{i(i+1)}{2} \\Rightarrow \\boxed{O(L h n^2)}$$",
    ),
    (
        "the count at sizes set for a check afterwards is not a new answer",
        "kv-cache-scores",
        "Scores = L h (n m + n(n+1)/2)\nFor n = 1 it should be L h (m + 1): one query, the prompt and itself. Yes.",
        "Scores = L h (n m + n(n-1)/2)\nFor n = 1 it should be L h m: one query against the prompt. Yes.",
    ),
    (
        "several sizes set at once for a check (`m = 0, L = h = 1`)",
        "kv-cache-scores",
        "S = L h n (2m + n + 1)/2\nTry m = 0, L = h = 1: S = n(n+1)/2, the triangle numbers.",
        "S = L h n (2m + n - 1)/2\nTry m = 0, L = h = 1: S = n(n-1)/2.",
    ),
]


# every round's classes (tests/test_cost_classes2.py holds the second round's table), one contract
ALL_CLASSES = CLASSES + SECOND_CLASSES


@pytest.mark.parametrize(("what", "problem", "right", "wrong"), ALL_CLASSES, ids=[c[0] for c in ALL_CLASSES])
def test_right_work_earns_full_marks_and_its_wrong_twin_is_caught(
    what: str, problem: str, right: str, wrong: str
) -> None:
    good = grade(problem, right)
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, []), what
    bad = grade(problem, wrong)
    assert bad.verdict == "incorrect" and "final-answer-wrong" in bad.codes, what


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        # a later count on a line of its own is the answer, even when it is a term of the first
        ("cached-flops", "Work = O(Lnd^2 + Ln^2 d)\nSo the work is O(L n^2 d)."),
        ("cached-flops", "Work = O(Lnd^2 + Ln^2 d)\nso in the end it is L n^2 d"),
        # an exact count after an approximation of the right one is the answer
        ("exhaustive-search", "roughly |V|^n sequences, exactly n|V|"),
        # a power of a size claimed in a sentence is a count (only "the n²", "not n²" name one)
        ("recompute-growth", "Total = L h n(n+1)(n+2)/6\nso it grows like n^2 overall"),
        ("exhaustive-search", "count = |V|^n\nso the search scores |V|^2 sequences in all"),
        # "Note that …:" is a sentence, not a remark's label
        ("window-scores", "per token k h L\nNote that the total is n k L: linear in n"),
        # a remark does not hide a wrong Answer line
        ("window-scores", "Answer: n k L\nNote: per head it is n k, so n k h L for all heads."),
    ],
)
def test_a_later_count_is_not_set_aside(problem: str, text: str) -> None:
    report = grade(problem, text)
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a size set for a check is no licence to answer at that size: the question asks for all n
        ("Scores at n = 1: L h (m + 1)", "kv-cache-scores"),
        # a count at sizes set, with no general count before it, is the answer and it is wrong
        ("With m = 0 the total is L h n(n+1)/2", "kv-cache-scores"),
        # a later Answer line at a set size is the answer, and wrong
        ("Scores = L h (n m + n(n+1)/2)\nFor n = 1:\nAnswer: L h (m + 1)", "kv-cache-scores"),
    ],
)
def test_a_count_at_set_sizes_alone_is_still_the_answer(text: str, problem: str) -> None:
    report = grade(problem, text)
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n = 1", [(1, "n", 1)]),
        ("m = 0, n = 2, L = h = 1", [(1, "m", 0), (1, "n", 2), (1, "L", 1), (1, "h", 1)]),
        ("x\nfor d = 64", [(2, "d", 64)]),
        ("n = 10^3, n = 2.5, n**2 = 4, i = 1, |V| = 5", []),  # not whole sizes, or not the problem's
    ],
)
def test_sizes_set_for_an_example_are_found(text: str, expected: list[tuple[int, str, int]]) -> None:
    assert sizes_set(text, frozenset("nmdLh")) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("n(n+1)(n+2)/6 ≈ n^3/6", []),  # the same growth: an approximation, not an equality
        ("n(n+1)(n+2)/6 ≈ n^2/2", ["invalid-step"]),
        ("2 × 32 × 1000 ≈ 6.4 × 10^4", []),  # within 5 %
        ("2 × 32 × 1000 ≈ 6.4 × 10^5", ["invalid-step"]),
        # a bare power of ten states an order of magnitude (32000^20 is 10^90.1), judged as one
        ("32000^20 ≈ 10^90", []),
        ("32000^20 ≈ 10^{90}", []),
        ("32000^20 ≈ 10^80", ["invalid-step"]),
        ("50000^5 ≈ 10^23", []),
        ("50000^5 ≈ 10^25", ["invalid-step"]),
        ("2 × 32 × 1000 ≈ 10^5", []),  # 64 000 is 10^4.8: its order of magnitude
        ("2 × 32 × 1000 ≈ 10^6", ["invalid-step"]),
    ],
)
def test_an_approximate_link_is_checked_as_one(text: str, codes: list[str]) -> None:
    report = grade("recompute-growth", f"{text}\nAnswer: O(L h n^3)")
    assert report.codes == codes


def test_an_approximation_after_an_unread_count_goes_to_a_person() -> None:
    # the count itself is in notation the grader does not read; "roughly X" is no proof it was X
    report = grade("exhaustive-search", "count = |V|^{\\underline{n}}\nwhich is roughly |V|^n")
    assert report.verdict == "unparsable" and report.score == 0 and report.needs_review


V, n = symbol("V"), symbol("n")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("|V|!/(|V|-n)!", sympy.factorial(V) / sympy.factorial(V - n)),
        ("\\frac{|V|!}{(|V| - n)!}", sympy.factorial(V) / sympy.factorial(V - n)),
        ("|V|ⁿ", V**n),
        ("5!", sympy.Integer(120)),
        ("\\binom{n+2}{3}", n * (n + 1) * (n + 2) / 6),
        ("\\sum_{i=1}^{n} \\binom{i+1}{2}", n * (n + 1) * (n + 2) / 6),
        ("\\binom{|V|}{n}", sympy.factorial(V) / (sympy.factorial(n) * sympy.factorial(V - n))),
    ],
)
def test_factorials_and_superscript_letters_are_read(text: str, value: sympy.Expr) -> None:
    (chain,), unread = read(text, frozenset("nV"))
    assert not unread and same_value(build(chain.exprs[-1].node).value, value)


def test_permutations_are_not_the_count_with_repeats() -> None:
    (chain,), _ = read("|V|!/(|V|-n)!", frozenset("nV"))
    assert not same_value(build(chain.exprs[0].node).value, V**n)


@pytest.mark.parametrize(
    "text",
    ["(10^{400})^{400}", "((10^{40})^{40})^{40}", "(|V|!)!", "(n^2)!", "1000!", "\\binom{n}{99999}"],
)
def test_factorials_and_number_powers_are_bounded(text: str) -> None:
    (chain,), _ = read(text, frozenset("nV"))
    with pytest.raises(Unbuildable):
        build(chain.exprs[-1].node)


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        (r"$\mathcal{O}(n^2)$", r"\mathcal{O}(n^2)"),
        (r"T \Rightarrow \boxed{\mathcal{O}(L\,h\,n^3)}", r"\mathcal{O}(L\,h\,n^3)"),
        ("so T = O(n h)", "O(n h)"),
    ],
)
def test_the_report_quotes_a_typeset_expression_with_its_braces_balanced(line: str, quoted: str) -> None:
    chains, _ = read(line, frozenset("nLh"))
    assert chains[-1].exprs[-1].text == quoted
