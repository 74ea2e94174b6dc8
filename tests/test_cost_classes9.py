"""Classes of correct cost work the grader once marked down (blind-kinds20: answers written like law
students' memos), each pinned by variants written for this test, every right variant with a wrong twin
still caught.

1. In a text that numbers its paragraphs (`1.1`, `2.1.`, `1.2.1`), a paragraph's label is no factor of
   the maths after it; a lone decimal at a line's start where paragraphs are not numbered stays a number.
2. A footnote's mark (`…/2[2]`, `…[^1]`, `….[1]`) cites, it multiplies nothing; the footnote itself
   (`[1] Vaswani et al. …`) is an authority cited on the side, never the answer.
3. A memo's conclusion gives the answer, written as a label ("Conclusion:", "Conclusion.", "In
   conclusion,") or as a heading over a paragraph ("3. Conclusion"), even where a schedule of the working
   comes after it and ends on a partial count.
4. A compound word joined by a mid-dot (`query·key dot products`) is a word of prose: the count before it
   is read; `nd·Lh` stays a product.
5. Digits grouped by commas (`50,000`) are one number, and an exclamation mark after them ends a
   sentence, it is no factorial.
"""

from __future__ import annotations

import pytest

from grader.cost.reader import _hyphenated, concluding_lines, read

_KV = "1.1 Each new token i compares its query with m + i keys, in every head of every layer.\n"
_MEMORY = "Each token keeps a key and a value of d numbers in every one of the L layers.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "paragraph labels 2.1 in front of a sum",
        "kv-cache-scores",
        "1. Setting\n" + _KV + "2. Totals\n2.1 Σ_{i=1}^n (m + i) = nm + n(n+1)/2.\n"
        "2.2 In all the heads and layers: Lh(nm + n(n+1)/2) scores.\n",
        "1. Setting\n" + _KV + "2. Totals\n2.1 Σ_{i=1}^n (m + i) = nm + n²/2.\n"
        "2.2 In all the heads and layers: Lh(nm + n²/2) scores.\n",
        "invalid-step",
    ),
    (
        "three-part paragraph labels 1.2.1 in front of a sum",
        "recompute-growth",
        "1.1 Step i reruns all i positions, i(i+1)/2 scores per head.\n1.2 Over the n steps:\n"
        "1.2.1 Σ_{i=1}^n i(i+1)/2 = n(n+1)(n+2)/6.\n1.2.2 With every head and layer: Lh·n(n+1)(n+2)/6 = O(Lhn³).\n",
        "1.1 Step i reruns all i positions, i(i+1)/2 scores per head.\n1.2 Over the n steps:\n"
        "1.2.1 Σ_{i=1}^n i(i+1)/2 = n(n+1)(n+2)/3.\n1.2.2 With every head and layer: Lh·n(n+1)(n+2)/3 = O(Lhn³).\n",
        "invalid-step",
    ),
    (
        "paragraph labels with a full stop, 2.1., in front of a count",
        "cache-memory",
        "1.1. " + _MEMORY + "1.2. The cache holds the m + n tokens.\n2.1. 2Ld(m + n) numbers.\n",
        "1.1. " + _MEMORY + "1.2. The cache holds the m + n tokens.\n2.1. 2Ld(m + n - 1) numbers.\n",
        "final-answer-wrong",
    ),
    (
        "a footnote mark glued after the count, and the footnote",
        "kv-cache-scores",
        "Token i scores m + i keys per head and layer.\nTotal: Lh(nm + n(n+1)/2)[2]\n\n"
        "[2] The causal mask lets a query see only the keys before it.\n",
        "Token i scores m + i keys per head and layer.\nTotal: Lh(nm + n²/2)[2]\n\n"
        "[2] The causal mask lets a query see only the keys before it.\n",
        "final-answer-wrong",
    ),
    (
        "a markdown footnote mark after each link of a chain",
        "kv-cache-scores",
        "Token i scores m + i keys per head and layer.\nΣ_{i=1}^n (m + i)[^1] = nm + n(n+1)/2[^2]\n"
        "Times Lh for heads and layers: Lh(nm + n(n+1)/2).\n\n[^1]: Causal masking.\n[^2]: Gauss.\n",
        "Token i scores m + i keys per head and layer.\nΣ_{i=1}^n (m + i)[^1] = nm + n(n-1)/2[^2]\n"
        "Times Lh for heads and layers: Lh(nm + n(n-1)/2).\n\n[^1]: Causal masking.\n[^2]: Gauss.\n",
        "invalid-step",
    ),
    (
        "a footnote stating another count is not the answer",
        "cache-memory",
        _MEMORY + "It follows that the cache holds 2Ld(m + n) numbers.[1]\n\n"
        "[1] In a single layer that is 2d(m + n) numbers (Pope et al., 2022).\n",
        _MEMORY + "It follows that the cache holds Ld(m + n) numbers.[1]\n\n"
        "[1] Counting values as well, it would be 2Ld(m + n) numbers (Pope et al., 2022).\n",
        "final-answer-wrong",
    ),
    (
        "a Conclusion: label before a schedule whose last row is per head",
        "kv-cache-scores",
        "Token i meets m + i keys in each head of each layer.\n\n"
        "Conclusion: Lh·n(2m + n + 1)/2 scores; the working is in the Schedule.\n\n"
        "Schedule\n| token | keys |\n|---|---|\n| 1 | m + 1 |\n| n | m + n |\n| sum | nm + n(n+1)/2 |\n",
        "Token i meets m + i keys in each head of each layer.\n\n"
        "Conclusion: h·n(2m + n + 1)/2 scores; the working is in the Schedule.\n\n"
        "Schedule\n| token | keys |\n|---|---|\n| 1 | m + 1 |\n| n | m + n |\n| sum | nm + n(n+1)/2 |\n",
        "final-answer-wrong",
    ),
    (
        "a Conclusion heading over its paragraph, then the working",
        "recompute-growth",
        "3. Conclusion\n3.1 The work is Lh·n(n+1)(n+2)/6, so it grows as O(Lhn³).\n\n"
        "Schedule of working\nStep i costs i(i+1)/2 scores in one head.\nΣ_{i=1}^n i(i+1)/2 = n(n+1)(n+2)/6\n",
        "3. Conclusion\n3.1 The work is Lh·n(n+1)/2, so it grows as O(Lhn²).\n\n"
        "Schedule of working\nStep i costs i(i+1)/2 scores in one head.\nΣ_{i=1}^n i(i+1)/2 = n(n+1)(n+2)/6\n",
        "final-answer-wrong",
    ),
    (
        "an In conclusion sentence before a per-head working line",
        "window-scores",
        "Every new token attends to the last k positions (m ≥ k) in each head of each layer.\n"
        "In conclusion, nkLh scores.\n\nWorking: in one head of one layer the n tokens score k keys each, so nk.\n",
        "Every new token attends to the last k positions (m ≥ k) in each head of each layer.\n"
        "In conclusion, n(k + 1)Lh scores.\n\nWorking: in one head of one layer the n tokens score k keys each, so nk.\n",
        "final-answer-wrong",
    ),
    (
        "a Conclusion. label before an appendix",
        "cache-memory",
        _MEMORY + "Conclusion. The cache holds 2Ld(m + n) numbers.\n\nAppendix\nIn one layer: 2d(m + n).\n",
        _MEMORY + "Conclusion. The cache holds Ld(m + n) numbers.\n\nAppendix\nIn one layer: 2d(m + n).\n",
        "final-answer-wrong",
    ),
    (
        "a count before a mid-dot compound word",
        "kv-cache-scores",
        "Token i scores m + i keys per head and layer.\nHence Lh(nm + n(n+1)/2) query·key products in all.\n",
        "Token i scores m + i keys per head and layer.\nHence Lh·nm query·key products in all.\n",
        "final-answer-wrong",
    ),
    (
        "digits grouped by commas in an order of magnitude",
        "exhaustive-search",
        "Each of the n positions takes any of the |V| tokens: |V|^n sequences.\n"
        "With |V| = 50,000 and n = 10 that is 50,000^10 ≈ 10^47 of them.\n",
        "Each of the n positions takes any of the |V| tokens: |V|^n sequences.\n"
        "With |V| = 50,000 and n = 10 that is 50,000^10 ≈ 10^40 of them.\n",
        "invalid-step",
    ),
    (
        "an exclamation mark after digits grouped by commas",
        "exhaustive-search",
        "Count: |V|^n sequences, and |V| is about 50,000!\n",
        "Count: n^|V| sequences, and |V| is about 50,000!\n",
        "final-answer-wrong",
    ),
]


_SYMBOLS = frozenset("Lhmnd")


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("1.5 nd operations per token.\n", "1.5 nd"),  # paragraphs not numbered: a decimal
        ("2.1 Σ_{i=1}^n i = n(n+1)/2\n2.2 So n(n+1)/2.\n", "Σ_{i=1}^n i"),  # numbered: labels
        ("1.1 First.\n1.2 1.5 × 10^8 ≈ 10^8\n", "1.5 × 10^8"),  # an operator after: a number
        ("3.1. 2Ld(m + n)\n3.2. Done.\n", "2Ld(m + n)"),
    ],
)
def test_a_paragraph_label_is_dropped_only_where_paragraphs_are_numbered(text: str, first: str) -> None:
    chains, unread = read(text, _SYMBOLS)
    assert unread == []
    assert chains[0].exprs[0].text == first


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("3. Conclusion\n3.1 X.\n3.2 Y.\n\nSchedule\nZ\n", {2, 3}),
        ("## Conclusion\n\nThe total is X.\n\nAppendix: Y\n", {3}),
        ("**Final answer**\nX\n# Working\nY\n", {2}),
        ("The conclusion is X.\nY\n", set()),  # a sentence, no heading
    ],
)
def test_the_paragraph_under_a_conclusion_heading_gives_the_answer(text: str, lines: set[int]) -> None:
    assert concluding_lines(text.splitlines()) == lines


@pytest.mark.parametrize(
    ("word", "prose"), [("query·key", True), ("key⋅value", True), ("nd·Lh", False), ("n·d", False)]
)
def test_a_mid_dot_compound_is_prose_only_where_its_parts_are_words(word: str, prose: bool) -> None:
    assert _hyphenated(word, _SYMBOLS) is prose
