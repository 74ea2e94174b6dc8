"""Classes of work the grader misread on blind23 (a law and public-policy school: sentences with the numbers
inside them, spreadsheet formulas, footnotes), each pinned by variants written for this test (not copied
from the blind set) and a wrong twin of each that must stay caught at the line of its slip. The cases run
in tests/test_reading_classes.py with the earlier rounds'.

A footnote's mark after a sentence's full stop (`… ≈ 0.1111.¹`) was read as a power, so a conclusion in
words held no mathematics; an operator said in words between two operands (`3/14 times 3/14 = 9/196`)
was not read; the last number of a line not read was taken from before a decimal that ends the sentence
(`… = 4/169 = 0.023669. Their product is 0.001087.` gave 4/169). And a value the last sentence states as
the result (`The product comes to about 0.0588.`) was a mention, not the answer: a wrong one went unseen;
it is the answer now where it restates the worked value (within a factor 1.5) but differs from it.
"""

from __future__ import annotations

import pytest

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "footnote-mark",
        "sam-corpus",
        "The four ratios are 2/3, 2/3, 1/2 and 1/2.\n\n"
        "Conclusion. P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 ≈ 0.1111.²\n\n² One ninth.\n",
        (
            "The four ratios are 2/3, 2/3, 1/2 and 1/2.\n\n"
            "Conclusion. P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 ≈ 0.1211.²\n\n² One ninth.\n",
            3,
        ),
    ),
    (
        "footnote-mark",
        "deep-learning",
        "Adding the two log-probabilities, log Pr(y|x) = -0.7 + (-0.4) = -1.1 nats.¹\n\n¹ Natural logs throughout.\n",
        (
            "Adding the two log-probabilities, log Pr(y|x) = -0.7 + (-0.4) = -1.2 nats.¹\n\n¹ Natural logs throughout.\n",
            1,
        ),
    ),
    (
        "operator-in-words",
        "sam-corpus-add-one",
        "P(I|<s>) = (2 plus 1) divided by (3 plus 11) = 3/14 and P(am|I) = 3/14\n"
        "P(Sam|am) = (1 plus 1) divided by (2 plus 11) = 2/13 and P(</s>|Sam) = 2/13\n"
        "P = 3/14 times 3/14 times 2/13 times 2/13 = 0.001087\n",
        (
            "P(I|<s>) = (2 plus 1) divided by (3 plus 11) = 3/14 and P(am|I) = 3/14\n"
            "P(Sam|am) = (1 plus 1) divided by (2 plus 11) = 2/13 and P(</s>|Sam) = 2/13\n"
            "P = 3/14 times 3/14 times 2/13 times 2/13 = 0.001287\n",
            3,
        ),
    ),
    # the last sentence of the work states the answer: it is checked as one (a wrong one was unseen)
    (
        "answer-told-in-the-last-sentence",
        "sam-corpus-interpolation",
        "P = 0.5441 * 0.5294 * 0.4044 * 0.4191 = 0.04882\nSo the sentence's probability comes to about 0.0488.\n",
        (
            "P = 0.5441 * 0.5294 * 0.4044 * 0.4191 = 0.04882\nSo the sentence's probability comes to about 0.0588.\n",
            2,
        ),
    ),
    # a list of checks under its label, its items apart by blank lines: all of it a remark (metamorphic: the
    # same work with blank lines between all its lines was marked down)
    # …while a last sentence about another quantity, far from the answer, stays a remark
    (
        "remark-about-another-quantity-last",
        "bigram-english-food",
        "P = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-5\nThe largest factor is 0.68.\n",
        ("P = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.1855e-5\nThe largest factor is 0.68.\n", 1),
    ),
    (
        "checks-list-with-blank-lines",
        "sam-corpus",
        "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≈ 0.111\n\nChecks:\n\n"
        "1. P(I | <s>) + P(Sam | <s>) = 2/3 + 1/3 = 1\n\n2. P(Sam | am) + P(</s> | am) = 1/2 + 1/2 = 1\n",
        (
            "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≈ 0.121\n\nChecks:\n\n"
            "1. P(I | <s>) + P(Sam | <s>) = 2/3 + 1/3 = 1\n\n2. P(Sam | am) + P(</s> | am) = 1/2 + 1/2 = 1\n",
            1,
        ),
    ),
    (
        "operator-in-words",
        "deep-learning",
        "log Pr(y|x) = -0.7 minus 0.4 = -1.1\n",
        ("log Pr(y|x) = -0.7 minus 0.4 = -1.3\n", 1),
    ),
]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("9/196 = 0.045918. Their product is 0.001087.", 0.001087),
        ("so it is about 3.086 × 10^-5.", 3.086e-5),
        ("= -1.  ####  (??", None),  # a whole number cut short before its point: no value
        ("the answer is 12.", None),
    ],
)
def test_the_last_number_of_a_sentence(line: str, value: float | None) -> None:
    """The last number a line states, a sentence's full stop after a decimal allowed; a whole number
    before a point may be a decimal cut short and is no value."""
    from grader.derivation.unread import _written_value

    found = _written_value(line)
    if value is None:
        assert found is None
    else:
        assert found is not None and found[0] == pytest.approx(value)
