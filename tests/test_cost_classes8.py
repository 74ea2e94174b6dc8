"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds15: answers written like
a creative-coding course, in JavaScript), each pinned by variants written for this test, every right
variant with a wrong twin still caught (the table runs in tests/test_cost_classes3.py).

1. A loop in C-family code (`for (let i = 1; i <= n; i++)`, `for (int i = 0; i < n; ++i)`), its body on
   the head's line or under it, with or without braces and semicolons, a loop variable named by a word
   (`layer`, `pos`), `//` comments, and a Python loop with its body after the colon, is the sum it adds
   up, as the indented Python nest already was; a comment going on with `// = …` is the next link of
   that sum's chain. A loop head that adds up nothing states a range, it counts nothing: no warning.
2. Terms set against each other by a comparison ("n²Ld beats nLd² when n > d", "… is larger than …")
   are talked about, not claimed: neither is taken for the final answer.
3. A compound word (`multiply-adds`, `feed-forward`) is a word of prose, or a term's label, where its
   parts are words; `n-k` stays a difference.
4. Lines that only set sizes for an example ("Take n = 2 here"), end on a colon introducing what follows
   ("multiply by L·h:") or close a bracket after a full stop ("(… L·h·n².)") are read, not sent back as
   unreadable.
"""

from __future__ import annotations

import pytest

from grader.cost.code import loop_head, loops
from grader.cost.reader import _hyphenated
from tests.test_cost_classes2 import grade

_KV = "New token i meets m + i keys, in every head and layer.\n"
_CACHED = "Step i, one layer: 12d² for the projections and feed-forward, 2·i·d for scores and mixing.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a C loop on one line in braces, scaled after it, with its closed form in a comment",
        "kv-cache-scores",
        _KV + "long total = 0;\n"
        "for (int i = 1; i <= n; i++) { total += m + i; }\n"
        "total *= L * h;\n"
        "// = L*h*(n*m + n*(n+1)/2)\n",
        _KV + "long total = 0;\n"
        "for (int i = 1; i < n; i++) { total += m + i; }\n"
        "total *= L * h;\n"
        "// = L*h*(n*m + n*(n+1)/2)\n",
        "invalid-step",
    ),
    (
        "a JavaScript nest in braces over word-named variables",
        "recompute-growth",
        "let work = 0;\n"
        "for (let step = 1; step <= n; step++) {\n"
        "  for (let pos = 1; pos <= step; pos++) {\n"
        "    work += pos;  // query pos meets pos keys\n"
        "  }\n"
        "}\n"
        "work *= L * h;\n"
        "\n"
        "work = L h n(n+1)(n+2)/6, so O(n^3 L h).\n",
        "let work = 0;\n"
        "for (let step = 1; step <= n; step++) {\n"
        "  for (let pos = 1; pos < step; pos++) {\n"
        "    work += pos;  // query pos meets pos keys\n"
        "  }\n"
        "}\n"
        "work *= L * h;\n"
        "\n"
        "work = L h n(n+1)(n+2)/6, so O(n^3 L h).\n",
        "invalid-step",
    ),
    (
        "a Python loop with its body after the colon",
        "cached-flops",
        _CACHED + "for i in range(1, n + 1): total += L * (12*d**2 + 2*i*d)\n"
        "total = 12nLd² + Ldn(n+1) = O(nLd² + n²Ld)\n",
        _CACHED + "for i in range(1, n + 1): total += L * 12*d**2\ntotal = 12nLd² = O(nLd²)\n",
        "final-answer-wrong",
    ),
    (
        "a zero-based C loop with ++i and no braces",
        "window-scores",
        "Each new token scores k keys per head per layer (m ≥ k, so every window is full).\n"
        "for (let i = 0; i < n; ++i) total += k * L * h;\n"
        "total = n k L h\n",
        "Each new token scores k keys per head per layer (m ≥ k, so every window is full).\n"
        "for (let i = 0; i <= n; ++i) total += k * L * h;\n"
        "total = n k L h\n",
        "invalid-step",
    ),
    (
        "word-named loops stepping by += 1, a comment after the body",
        "cache-memory",
        "var stored = 0;\n"
        "for (var layer = 1; layer <= L; layer += 1)\n"
        "    for (var slot = 1; slot <= m + n; slot += 1)\n"
        "        stored += 2 * d;  // one key and one value\n"
        "stored = 2dL(m + n)\n",
        "var stored = 0;\n"
        "for (var layer = 1; layer <= L; layer += 1)\n"
        "    for (var slot = 1; slot <= n; slot += 1)\n"
        "        stored += 2 * d;  // one key and one value\n"
        "stored = 2dL(m + n)\n",
        "invalid-step",
    ),
    (
        "two terms set against each other after the answer",
        "cached-flops",
        "Total = L(12nd² + dn(n+1)), i.e. O(nLd² + n²Ld).\n"
        "For long outputs n²Ld dominates nLd²; for wide models nLd² exceeds n²Ld.\n",
        "Total = 12nLd², i.e. O(nLd²).\n"
        "For long outputs n²Ld dominates nLd²; for wide models nLd² exceeds n²Ld.\n",
        "final-answer-wrong",
    ),
    (
        "a term larger than another only past a size",
        "kv-cache-scores",
        "Total = Lh(nm + n(n+1)/2)\nn^2 L h/2 is larger than n m L h only once n > 2m.\n",
        "Total = Lh(nm + n(n-1)/2)\nn^2 L h/2 is larger than n m L h only once n > 2m.\n",
        "final-answer-wrong",
    ),
    (
        "a size set for a picture, a loop that scores and counts nothing",
        "exhaustive-search",
        "Each of the n positions takes any of the |V| tokens.\n"
        "Take n = 2 for a picture:\n"
        "for (let a = 0; a < V.length; a++)\n"
        "  for (let b = 0; b < V.length; b++)\n"
        "    score([V[a], V[b]]);\n"
        "So the count is |V|^n.\n",
        "Each of the n positions takes any of the |V| tokens.\n"
        "Take n = 2 for a picture:\n"
        "for (let a = 0; a < V.length; a++)\n"
        "  for (let b = 0; b < V.length; b++)\n"
        "    score([V[a], V[b]]);\n"
        "So the count is n|V|.\n",
        "final-answer-wrong",
    ),
    (
        "compound words in a sentence and as a term's label",
        "cached-flops",
        "Each step runs one position: 12d^2 multiply-adds per layer, plus 2id dot-product work.\n"
        "Per layer: projections 4d^2 + feed-forward 8d^2 = 12d^2.\n"
        "Total = \\sum_{i=1}^{n} L(12d^2 + 2id) = 12nLd^2 + Ldn(n+1) = O(nLd^2 + n^2Ld)\n",
        "Each step runs one position: 12d^2 multiply-adds per layer, plus 2id dot-product work.\n"
        "Per layer: projections 4d^2 + feed-forward 8d^2 = 10d^2.\n"
        "Total = \\sum_{i=1}^{n} L(12d^2 + 2id) = 12nLd^2 + Ldn(n+1) = O(nLd^2 + n^2Ld)\n",
        "invalid-step",
    ),
    (
        "a line ending on a colon, a bracket closing after a full stop",
        "recompute-growth",
        "Step i recomputes positions 1..i, position t scoring t keys. Over all heads and layers, multiply by L·h:\n"
        "S = L h n(n+1)(n+2)/6 = O(n^3 L h)\n"
        "(With a KV cache it would be only of order L·h·n².)\n",
        "Step i recomputes positions 1..i, position t scoring t keys. Over all heads and layers, multiply by L·h:\n"
        "S = L h n(n+1)/2 = O(n^2 L h)\n"
        "(With a KV cache it would be only of order L·h·n².)\n",
        "final-answer-wrong",
    ),
]


@pytest.mark.parametrize(
    ("code", "maths", "last"),
    [
        ("for (let i = 1; i <= n; i++) s += i;", "Σ_{i=1}^{n} (i)", 1),
        ("for (int i = 0; i < n; ++i) { s += i; }", "Σ_{i=0}^{n-1} (i)", 1),
        ("for (let i = 2; i < n + 1; i += 1)\n  s += m + i;", "Σ_{i=2}^{n+1-1} (m + i)", 2),
        (
            "for (let row = 1; row <= n; row++) {\n  s += row;\n}",
            "Σ_{i=1}^{n} (i)",
            2,
        ),  # the brace is no count
        ("for i in 1..n: s += i", "Σ_{i=1}^{n} (i)", 1),
        (
            "for (let t = 1; t <= n; t++)\n  for (let pos = 1; pos <= t; pos++)\n    s += pos;",
            "Σ_{t=1}^{n} Σ_{i=1}^{t} (i)",
            3,
        ),
        (  # a word-named variable in the inner loop's bound is its index letter too
            "for (let step = 1; step <= n; step++)\n  for (let k2 = 1; k2 <= step; k2++)\n    s += 1;",
            "Σ_{i=1}^{n} Σ_{j=1}^{i} (1)",
            3,
        ),
    ],
)
def test_c_family_loops_are_the_sums_they_add_up(code: str, maths: str, last: int) -> None:
    (loop,) = loops(code.splitlines(), frozenset("nmLh"))
    assert (loop.maths, loop.first, loop.last) == (maths, 1, last)


@pytest.mark.parametrize(
    ("code", "read"),
    [
        ("for (let i = 0; i < n; i++) s *= i;", []),  # a product, not a count added up
        ("for (let n = 1; n <= 3; n++) s += n;", []),  # a problem's own letter is never an index
        ("for (let i = 1; i <= n; i--) s += i;", []),  # a loop that does not step up one by one
        ("for (let i = 1; i != n; i++) s += i;", []),
    ],
)
def test_loops_not_counting_up_stay_unread(code: str, read: list[object]) -> None:
    assert loops(code.splitlines(), frozenset("nmLh")) == read


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("for (let a = 0; a < V.length; a++)", True),
        ("for (int i = 1; i <= n; i++) {", True),
        ("for i in range(1, n + 1):", True),
        ("for (let i = 1; i <= n; i++) total += i;", False),  # a body: the line holds more than a range
        ("for i = 1 to n the cost is i·d", False),  # a sentence
        ("for each position, in each layer:", False),
    ],
)
def test_a_loop_head_alone_counts_nothing(line: str, head: bool) -> None:
    assert loop_head(line) is head


def test_integer_division_is_no_comment() -> None:
    (loop,) = loops(["for (let i = 1; i <= n; i++) s += i * (i + 1) // 2;"], frozenset("nmLh"))
    assert loop.maths == "Σ_{i=1}^{n} (i * (i + 1) // 2)"


def test_a_comparison_in_the_only_line_is_still_the_answer() -> None:
    report = grade("cached-flops", "n²Ld dominates nLd² when n > d\n")
    assert report.verdict != "correct" and report.final_answer is not None


@pytest.mark.parametrize(
    ("word", "prose"),
    [
        ("multiply-adds", True),
        ("feed-forward", True),
        ("key-value", True),
        ("n-k", False),  # a difference of sizes
        ("m-n", False),
        ("nd-dn", False),  # runs of the problem's letters on both sides
        ("n-th", False),  # a one-letter part: maths, as written
    ],
)
def test_a_compound_word_is_prose_only_where_its_parts_are_words(word: str, prose: bool) -> None:
    assert _hyphenated(word, frozenset("nmdkLh")) is prose
