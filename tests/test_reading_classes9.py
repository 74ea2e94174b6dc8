"""Classes of work the grader misread on blind19 (handwritten work turned into text by a phone's OCR), each
pinned by variants written for this test (not copied from the blind set) and a wrong twin of each that
must stay caught at the line of its slip. The cases run in tests/test_reading_classes.py with the
earlier rounds'.

An exponent put on the line ("e -0.7", "10 -4.51", "3.09 x 10-5"), a stacked fraction put on one line
with its bar spaced out ("2+1 / 3+11") and a circled answer ("((1/9))") were read literally: e minus
0.7, 2 + 1/3 + 11, a product with 1/9; each made a false step (wrong-value, arithmetic-error) on
correct work.
"""

from __future__ import annotations

import pytest

from grader.maths.dressing import flattened

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "exponent-on-the-line",
        "deep-learning",
        " Pr(deep | x) = e -0.7 = 0.4966\n Pr(learning | x, deep) = e -0.4 = 0.6703\n"
        " Pr(y | x) = 0.4966 x 0.6703 = 0.3329\n log Pr(y | x) = ln 0.3329 = -1.0999\n",
        (
            " Pr(deep | x) = e -0.7 = 0.4966\n Pr(learning | x, deep) = e -0.4 = 0.7703\n"
            " Pr(y | x) = 0.4966 x 0.7703 = 0.3825\n log Pr(y | x) = ln 0.3825 = -0.9610\n",
            2,
        ),
    ),
    (
        "exponent-on-the-line",
        "logprobs-inline-perplexity",
        " Pr(y|x) = e -1.2 · e -0.3 = e -1.5 = 0.2231\n PP = 0.2231 ^ (-1/2) = 2.117\n",
        (" Pr(y|x) = e -1.2 · e -0.3 = e -1.5 = 0.2231\n PP = 0.2231 ^ (-1/2) = 2.217\n", 2),
    ),
    (
        "ten-to-a-power-on-the-line",
        "bigram-english-food",
        "log10 P = -0.6021 + (-0.4815) + (-2.9586) + (-0.3010) + (-0.1675) = -4.5107\n"
        "P = 10 -4.5107 = 3.0855 x 10-5\n",
        (
            "log10 P = -0.6021 + (-0.4815) + (-2.9586) + (-0.3010) + (-0.1675) = -4.5107\n"
            "P = 10 -4.5107 = 3.0855 x 10-4\n",
            2,
        ),
    ),
    (
        "spaced-fraction-bar",
        "sam-corpus-add-one",
        " P(I|<s>) = 2+1 / 3+11 = 0.2143\n P(am|I) = 2+1 / 3+11 = 0.2143\n"
        " P(Sam|am) = 1+1 / 2+11 = 0.1538\n P(</s>|Sam) = 1+1 / 2+11 = 0.1538\n"
        " P = 0.2143 x 0.2143 x 0.1538 x 0.1538 = 0.001086\n",
        (
            " P(I|<s>) = 2+1 / 3+11 = 0.2143\n P(am|I) = 2+1 / 3+11 = 0.2143\n"
            " P(Sam|am) = 1+1 / 2+11 = 0.1667\n P(</s>|Sam) = 1+1 / 2+11 = 0.1538\n"
            " P = 0.2143 x 0.2143 x 0.1667 x 0.1538 = 0.001177\n",
            3,
        ),
    ),
    (
        "circled-answer",
        "sam-corpus",
        "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 4/36 = 1/9 ≈ 0.111    ((1/9))\n",
        ("P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 4/36 = 1/8 ≈ 0.125    ((1/8))\n", 1),
    ),
    (
        "circled-answer",
        "deep-learning",
        "log Pr(y|x) = -0.7 + (-0.4) = -1.1\n\n ((-1.1))\n",
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.2\n\n ((-1.2))\n", 1),
    ),
    # A stacked fraction: numerator line, bar, denominator line, read across the three lines.
    (
        "stacked-fraction",
        "sam-corpus",
        "             C(<s> I)     2\n P(I|<s>) = ---------- = ---\n             C(<s>)       3\n\n"
        "             C(I am)      2\n P(am|I)  = ---------- = ---\n             C(I)         3\n\n"
        "                           4        1\n P(<s> I am Sam </s>) = ------ = ----- ≈ 0.111\n"
        "                          36        9\n",
        (
            "             C(<s> I)     2\n P(I|<s>) = ---------- = ---\n             C(<s>)       3\n\n"
            "             C(I am)      2\n P(am|I)  = ---------- = ---\n             C(I)         4\n\n"
            "                           4        1\n P(<s> I am Sam </s>) = ------ = ----- ≈ 0.083\n"
            "                          48        12\n",
            7,  # the wrong denominator, on its own line
        ),
    ),
    # A rule under a column of numbers is their total's, not a fraction bar.
    (
        "column-total",
        "deep-learning",
        "ln Pr(deep | x)             -0.7\nln Pr(learning | x, deep)   -0.4\n                          ------\n"
        "log Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
        (
            "ln Pr(deep | x)             -0.7\nln Pr(learning | x, deep)   -0.4\n                          ------\n"
            "log Pr(y|x) = -0.7 + (-0.4) = -1.2\n",
            4,
        ),
    ),
    # A transcriber's notes in square brackets ([boxed], [margin: …]) and a stray mark left by the scan.
    (
        "notes-and-stray-marks",
        "transformer-log-likelihood",
        "  i=1 : log2 .236  = -2.083\n  i=2 : log2 .0923 = -3.438\n  i=3 : log2 .1279 = -2.967      `\n"
        "  i=4 : log2 .017  = -5.878\n total  -14.366  ~ -14.37 bits   [boxed]\n"
        "          [margin: ≈ 14.4 bits of surprise]\n",
        (
            "  i=1 : log2 .236  = -2.083\n  i=2 : log2 .0923 = -3.438\n  i=3 : log2 .1279 = -2.967      `\n"
            "  i=4 : log2 .017  = -5.878\n total  -14.366  ~ -15.37 bits   [boxed]\n"
            "          [margin: ≈ 15.4 bits of surprise]\n",
            5,
        ),
    ),
]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("p = e -0.7", "p = e^-0.7"),
        ("p = e 0.55", "p = e^0.55"),
        ("p = 3 - 0.7", "p = 3 - 0.7"),  # a spaced minus between numbers stays a subtraction
        ("p = 10 - 4", "p = 10 - 4"),
        ("p = 6 / 3 = 2", "p = 6 / 3 = 2"),  # nothing to group
        ("p = 2+1 / 3+11", "p = 2+1 / 3+11"),  # at the line's end no space is left for a bracket
        ("= 0.5 (note)", "= 0.5 (note)"),  # one bracket is no circle
        ("= 0.111   [boxed]", "= 0.111          "),  # a note after the maths: blanked
        ("[boxed] 2.117", "Answer: 2.117"),  # a box opening the line names the answer
        ("NLL = -[log_2 P(the | <s>)]", "NLL = -[log_2 P(the | <s>)]"),  # a bracket of maths stays
        ("= -2.967      `", "= -2.967       "),  # a stray mark at the line's end
    ],
)
def test_flattened_notation_is_restored_column_for_column(line: str, read: str) -> None:
    assert flattened([line]) == [read]
    assert len(flattened([line])[0]) == len(line)
