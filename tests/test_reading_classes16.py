"""Classes of work the grader misread on blind27 (accountants retraining in data analysis), each pinned by
variants written for this test (not copied from the blind set) and a wrong twin of each that must stay
caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

A ledger's row, a label and after a column's gap its amount (`Product      0.0010868`, `PPL = exp(0.55)
1.7333`), was read as a product of the two or skipped, so the answer was lost or wrong; an amount wholly in
brackets in such a column (`(0.7000)`) is negative, as accounts write it. A quantity's name beside a number
(`Perplexity 2.117`) is its value. A check's paragraph ran on over the next line, so the asked quantity
stated there by its name was taken for a remark and an earlier value became the answer. A result after a
spreadsheet formula the grammar cannot read (`=PRODUCT(B2:B5)    0.04883`, `… -> 0.04883`) was no result,
so the last factor read became a wrong answer. A bare `P` under a heading that names one term
(`Step 1 P(the | x):`) was read as the whole sequence's probability, so each factor was a missing term.
A lone whole number after the working (`Word count: 143`, `Student ID    20231234`) was taken as the answer.
"""

from __future__ import annotations

import pytest

from grader.maths.segment import _ledger_row

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "ledger-amount-column",
        "deep-learning-perplexity",
        "Item                       Amount\nln Pr(deep | x)            -0.70\nln Pr(learning | x, deep)  -0.40\n"
        "Subtotal                   -1.10\nN                          2\nMean                       -0.55\n"
        "PP = exp(0.55)             1.733\n",
        (
            "Item                       Amount\nln Pr(deep | x)            -0.70\nln Pr(learning | x, deep)  -0.40\n"
            "Subtotal                   -1.10\nN                          2\nMean                       -0.55\n"
            "PP = exp(1.10)             3.004\n",
            7,
        ),
    ),
    (
        "ledger-negative-in-brackets",
        "deep-learning",
        "Row                          ln\nlog Pr(deep | x)             (0.70)\n"
        "log Pr(learning | x, deep)   (0.40)\nlog Pr(y | x)                (1.10)\n",
        (
            "Row                          ln\nlog Pr(deep | x)             (0.70)\n"
            "log Pr(learning | x, deep)   (0.40)\nlog Pr(y | x)                (0.28)\n",
            4,
        ),
    ),
    (
        "ledger-total-row",
        "sam-corpus-add-one",
        "P(I | <s>) = 3/14\nP(am | I) = 3/14\nP(Sam | am) = 2/13\nP(</s> | Sam) = 2/13\n"
        "Total (product)\t\t0.001087\n",
        (
            "P(I | <s>) = 3/14\nP(am | I) = 3/14\nP(Sam | am) = 2/13\nP(</s> | Sam) = 2/13\n"
            "Total (product)\t\t0.001187\n",
            5,
        ),
    ),
    (
        "quantity-beside-its-value",
        "logprobs-inline-perplexity",
        "mean log-prob = (-1.2 + -0.3)/2 = -0.75\nPP = exp(0.75)\nPerplexity 2.117\n",
        ("mean log-prob = (-1.2 + -0.3)/2 = -0.75\nPP = exp(0.75)\nPerplexity 2.417\n", 3),
    ),
    # a spreadsheet's formula the grammar cannot read, its result in the next column or after an arrow
    (
        "result-beside-an-unread-formula",
        "sam-corpus-interpolation",
        "P(I | <s>) = 0.5441\nP(am | I) = 0.5294\nP(Sam | am) = 0.4044\nP(</s> | Sam) = 0.4191\n"
        "=PRODUCT(B2:B5)\t\t0.04883\n",
        (
            "P(I | <s>) = 0.5441\nP(am | I) = 0.5294\nP(Sam | am) = 0.4044\nP(</s> | Sam) = 0.4191\n"
            "=PRODUCT(B2:B5)\t\t0.05883\n",
            5,
        ),
    ),
    (
        "result-beside-an-unread-formula",
        "sam-corpus-interpolation",
        "P(I | <s>) = 0.5441\nP(am | I) = 0.5294\nP(Sam | am) = 0.4044\nP(</s> | Sam) = 0.4191\n"
        "=PRODUCT(B2:B5) -> 0.04883\n",
        (
            "P(I | <s>) = 0.5441\nP(am | I) = 0.5294\nP(Sam | am) = 0.4044\nP(</s> | Sam) = 0.4191\n"
            "=PRODUCT(B2:B5) -> 0.05883\n",
            5,
        ),
    ),
    # a heading that names one term gives a bare P below it that term's meaning, not the whole sequence's
    (
        "bare-p-under-a-heading",
        "transformer-softmax",
        "Step 1 P(the | x):\n  softmax of the first row of logits\n  P = 0.2359\nStep 2 P(cat | x, the):\n"
        "  P = 0.09226\nNLL = -ln(0.2359) - ln(0.09226) = 1.444 + 2.383 = 3.8273 nats\n",
        (
            "Step 1 P(the | x):\n  softmax of the first row of logits\n  P = 0.2539\nStep 2 P(cat | x, the):\n"
            "  P = 0.09226\nNLL = -ln(0.2539) - ln(0.09226) = 1.371 + 2.383 = 3.754 nats\n",
            3,
        ),
    ),
    # a lone whole number after the working (a word count, a student number) counts something else
    (
        "footer-after-the-work",
        "sam-corpus",
        "P(I | <s>) = 2/3, P(am | I) = 2/3, P(Sam | am) = 1/2, P(</s> | Sam) = 1/2\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9 = 0.1111\n\nWord count: 143\nStudent ID\t\t20231234\n",
        (
            "P(I | <s>) = 2/3, P(am | I) = 2/3, P(Sam | am) = 1/2, P(</s> | Sam) = 1/2\n"
            "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/8 = 0.125\n\nWord count: 143\nStudent ID\t\t20231234\n",
            2,
        ),
    ),
    (
        "answer-below-a-check",
        "deep-learning",
        "log Pr(deep | x) = -0.7\nlog Pr(learning | x, deep) = -0.4\nCheck: P = e^-1.1 = 0.3329\n"
        "log Pr(y | x) = -0.7 + (-0.4) = -1.1\n",
        (
            "log Pr(deep | x) = -0.7\nlog Pr(learning | x, deep) = -0.4\nCheck: P = e^-1.2 = 0.3012\n"
            "log Pr(y | x) = -0.7 + (-0.4) = -1.2\n",
            4,
        ),
    ),
]


@pytest.mark.parametrize(
    ("row", "read"),
    [
        ("Product      0.0010868", "Product:     0.0010868"),
        ("PPL = exp(0.55)     1.7333", "PPL = exp(0.55)=    1.7333"),
        ("ln Pr(deep|x)   (0.7000)", "ln Pr(deep|x)=  -0.7000 "),
        ("Step 2     0.5", "Step 2:    0.5"),
        # as written: two lone numbers, a table's row of many columns, a row the grammar cannot name,
        # a gap inside a statement
        ("-0.7    -0.4", "-0.7    -0.4"),
        ("I am        2      3    14   0.2143", "I am        2      3    14   0.2143"),
        ("i | <s>            0.25", "i | <s>            0.25"),
        ("P =     0.25", "P =     0.25"),
        ("Perplexity 2.12", "Perplexity 2.12"),
    ],
)
def test_a_ledger_row_reads_as_its_label_and_amount(row: str, read: str) -> None:
    assert _ledger_row(row) == read
    assert len(_ledger_row(row)) == len(row)  # columns kept: diagnostics point at what was written
