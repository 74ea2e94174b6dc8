"""Classes of work the grader misread on blind26 (a UK evening class of adult learners), each pinned by
variants written for this test (not copied from the blind set) and a wrong twin of each that must stay
caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

The traditional raised decimal point (`0·25` for 0.25, products written with ×) was read as a product
(0 × 25), so such working made false steps and a wrong final value. A file that writes `0·…` writes its
decimals so; a spaced dot (`2 · 3`) and a dot beside a fraction (`1/2·1/4`) stay products. A fraction
said as `2 out of 3` was a stray 2.
"""

from __future__ import annotations

import pytest

from grader.core.precheck import raised_points

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "raised-decimal-point",
        "bigram-english-food",
        "P = 0·25 × 0·33 × 0·0011 × 0·5 × 0·68\n= 0·0000308550\n≈ 3·0855 × 10⁻⁵ to 5 significant figures\n",
        (
            "P = 0·25 × 0·33 × 0·0011 × 0·5 × 0·68\n= 0·0000408550\n≈ 4·0855 × 10⁻⁵ to 5 significant figures\n",
            2,
        ),
    ),
    (
        "raised-decimal-point-column-sum",
        "transformer-log-likelihood",
        "log₂ Pr(y|x) = sum of the four log₂ factors\n\n   −2·08\n   −3·44\n   −2·97\n + −5·88\n -------\n  −14·37 bits\n",
        (
            "log₂ Pr(y|x) = sum of the four log₂ factors\n\n   −2·08\n   −3·44\n   −2·97\n + −5·88\n -------\n  −13·37 bits\n",
            8,
        ),
    ),
    # the same value given again in scientific notation after "or" is no hedge; another value is
    (
        "or-the-same-in-scientific-notation",
        "bigram-english-food",
        "P = 0·25 × 0·33 × 0·0011 × 0·5 × 0·68 = 0·000030855\n\nAnswer: about 0·00003086 (or 3·086 × 10^-5).\n",
        (
            "P = 0·25 × 0·33 × 0·0011 × 0·5 × 0·68 = 0·000030855\n\nAnswer: about 0·00003086 (or 4·086 × 10^-5).\n",
            3,
        ),
    ),
    (
        "out-of-for-a-fraction",
        "sam-corpus",
        "P(I | <s>) = 2 out of 3 and P(am | I) = 2 out of 3\nP(Sam | am) = 1 out of 2 and P(</s> | Sam) = 1 out of 2\n"
        "P = 2/3 × 2/3 × 1/2 × 1/2 = 1/9 ≈ 0·111\n",
        (
            "P(I | <s>) = 2 out of 3 and P(am | I) = 2 out of 3\nP(Sam | am) = 1 out of 3 and P(</s> | Sam) = 1 out of 2\n"
            "P = 2/3 × 2/3 × 1/3 × 1/2 = 2/27 ≈ 0·074\n",
            2,
        ),
    ),
    (
        "raised-decimal-point",
        "deep-learning-perplexity",
        "Average = (−0·7 + −0·4) ÷ 2 = −0·55\nPerplexity = e^0·55 = 1·733 to 3 decimal places\n",
        ("Average = (−0·7 + −0·4) ÷ 2 = −0·55\nPerplexity = e^0·55 = 1·833 to 3 decimal places\n", 2),
    ),
    (
        "raised-decimal-point",
        "sam-corpus-interpolation",
        "P(I|<s>) = 0·75 × 2/3 + 0·25 × 3/17 = 0·5441\nP(am|I) = 0·75 × 2/3 + 0·25 × 2/17 = 0·5294\n"
        "P(Sam|am) = 0·75 × 1/2 + 0·25 × 2/17 = 0·4044\nP(</s>|Sam) = 0·75 × 1/2 + 0·25 × 3/17 = 0·4191\n"
        "P = 0·5441 × 0·5294 × 0·4044 × 0·4191 = 0·04882\n",
        (
            "P(I|<s>) = 0·75 × 2/3 + 0·25 × 3/17 = 0·5441\nP(am|I) = 0·75 × 2/3 + 0·25 × 2/17 = 0·5294\n"
            "P(Sam|am) = 0·75 × 1/2 + 0·25 × 2/17 = 0·4144\nP(</s>|Sam) = 0·75 × 1/2 + 0·25 × 3/17 = 0·4191\n"
            "P = 0·5441 × 0·5294 × 0·4144 × 0·4191 = 0·05003\n",
            3,
        ),
    ),
]


@pytest.mark.parametrize(
    ("lines", "read"),
    [
        (["P = 0·25 × 3·5"], ["P = 0.25 × 3.5"]),
        (["P = 2·3"], ["P = 2·3"]),  # no 0·… in the file: a product, as written
        (["x = 0·5", "y = 2 · 3", "z = 1/2·1/4"], ["x = 0.5", "y = 2 · 3", "z = 1/2·1/4"]),
        (["  -2·08", "+ -5·88", " -----", " -7·96"], ["  -2.08", "+ -5.88", " -----", " -7.96"]),  # ·08: sure
        (["3·0855 × 10⁻⁵"], ["3.0855 × 10⁻⁵"]),
    ],
)
def test_a_raised_decimal_point_is_read_where_the_file_writes_one(lines: list[str], read: list[str]) -> None:
    assert raised_points(lines) == read
