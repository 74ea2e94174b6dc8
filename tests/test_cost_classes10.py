"""Classes of correct cost work the grader once marked down (blind-kinds24: answers written as lab
notebooks), each pinned by variants written for this test, every right variant with a wrong twin still
caught.

1. A bracket after a number that converts it to another unit ("4.0 × 10^8 values (≈ 0.8 GB in fp16)")
   says another quantity: it is no link of the number's chain; a restatement in the same words
   ("X numbers (= Y numbers)") still is one, and is checked.
2. A numeric example that gives the sizes values (`L = 24, d = 2048, m + n = 4096 gives …`) is a remark:
   the sizes set are no count, `m + n = 4096 gives 4.0 × 10^8` is no equation between them; a wrong
   formula before it stays caught.
3. A unit in square brackets after a count (`2d [numbers]`, `[dot products]`) ends the maths before it.
4. A formula in words with no letter or number of the maths ("multiply positions × layers") is no
   maths to read; on an answer's line it is still sent back as unreadable.
"""

from __future__ import annotations

from tests.test_cost_classes2 import errors, grade

_EXAMPLE = "For instance L = 24, d = 2048, m + n = 4096 gives {value} values (≈ {gb} GB in fp16).\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "an example's value converted to another unit in brackets",
        "cache-memory",
        "Memory = 2Ld(m + n) values.\n" + _EXAMPLE.format(value="4.0 × 10^8", gb="0.8"),
        "Memory = Ld(m + n) values.\n" + _EXAMPLE.format(value="2.0 × 10^8", gb="0.4"),
        "final-answer-wrong",
    ),
    (
        "an example after an arrow from summed sizes, then megabytes",
        "cache-memory",
        "Cache: 2·L·d·(m+n) entries.\nExample: L = 12, d = 768, m + n = 1024 → 1.9 × 10^7 entries "
        "(~38 MB at 2 bytes).\n",
        "Cache: L·d·(m+n) entries.\nExample: L = 12, d = 768, m + n = 1024 → 9.4 × 10^6 entries "
        "(~19 MB at 2 bytes).\n",
        "final-answer-wrong",
    ),
    (
        "a formula, then its size in another unit in brackets",
        "cache-memory",
        "KV store = 2dL(m + n) (≈ 0.54 GB at L = 16, d = 2048, m + n = 4096 in fp16)\n",
        "KV store = dL(m + n) (≈ 0.27 GB at L = 16, d = 2048, m + n = 4096 in fp16)\n",
        "final-answer-wrong",
    ),
    (
        "a restatement in the same unit stays a step",
        "cache-memory",
        "Answer: 2Ld(m + n) numbers (= 2Ldm + 2Ldn numbers)\n",
        "Answer: 2Ld(m + n) numbers (= 2Ldm + Ldn numbers)\n",
        "invalid-step",
    ),
    (
        "a unit in square brackets after each count",
        "cache-memory",
        "Each of the m + n positions keeps a key and a value per layer.\n"
        "Per position and layer: d + d = 2d [floats]\nCache = 2d · L · (m + n) [floats]\n",
        "Each of the m + n positions keeps a key and a value per layer.\n"
        "Per position and layer: d [floats]\nCache = d · L · (m + n) [floats]\n",
        "final-answer-wrong",
    ),
    (
        "a unit in square brackets after a chain of steps",
        "kv-cache-scores",
        "Scores = Lh Σ_{i=1}^{n} (m + i) = Lh(nm + n(n+1)/2) [dot products]\n",
        "Scores = Lh Σ_{i=1}^{n} (m + i) = Lh(nm + n²/2) [dot products]\n",
        "invalid-step",
    ),
    (
        "a formula in words on a method line",
        "cache-memory",
        "Method: multiply positions × layers × floats per position.\nAnswer: 2dL(m+n)\n",
        "Method: multiply positions × layers × floats per position.\nAnswer: dL(m+n)\n",
        "final-answer-wrong",
    ),
]


def test_a_wrong_example_value_under_a_right_formula_costs_nothing() -> None:
    # the example is a remark: its value is not checked, so a slip in it is no mistake the grader shows
    report = grade(
        "cache-memory", "Memory = 2Ld(m + n) values.\n" + _EXAMPLE.format(value="4.0 × 10^9", gb="8.0")
    )
    assert (report.verdict, report.score, errors(report)) == ("correct", 1.0, [])


def test_a_formula_in_words_given_as_the_answer_is_still_unreadable() -> None:
    report = grade("cache-memory", "Answer: positions × layers × width\n")
    assert report.verdict == "unparsable" and "parse-error" in [d.code for d in report.diagnostics]
