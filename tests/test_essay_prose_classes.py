"""Classes of correct work the grader misjudged in blind79 (answers written as essay prose, maths inline, some
values in words) and blind76, each pinned by variants written for this test: every right row gets full marks,
its twin with a wrong value does not.

1. Maths said in words mixed with notation: a term written in notation ("log Pr(y | x) is minus 0.7 plus minus
   0.4") is an operand of a spoken relation; "which comes to (roughly)" after a comma names the value before it;
   a clause's comma ends its relation ("…, that is minus 1.1, so log P of y given x is minus 1.1").
2. A sign said before a number in digits ("the full stop adds minus 0.2231") is its sign; after an operand
   ("0.5 minus 0.3") it subtracts.
3. A value after a quantity's name ("the sentence has probability about 3.09 × 10^-5", "a total of -0.2748") is
   the answer told; a decimal slip in it is caught however far from the working it is.
4. A sentence opened as a check in a line of prose ("As a sanity check, … e^0.7 ≈ 2.01", "This makes sense: …
   2^6 = 64") is a remark up to its sentence's end.
5. An expression for the asked quantity the student never works out, then arithmetic of numbers that comes to a
   number of its size: that number is the answer given (a wrong one is caught, not the grader's own value).
6. A unit's text with a full stop in it ("\\text{ bits.}").
7. (blind81) A line whose other sentence has a relation in symbols still has its maths in words read, and digits in
   brackets after a value said in words ("minus one point one (-1.1)") gloss it: no factor.
"""

from __future__ import annotations

import pytest

from grader.maths.spoken import spoken_signs
from tests.conftest import assert_twins, question_of

CASES = [
    # (blind81) a sentence saying its maths in words beside one written in symbols; its value glossed in digits
    (
        "deep-learning",
        "Taking logs turns that product into a sum, so log Pr(y | x) is minus zero point seven plus minus zero point "
        "four, which is {v}. As a probability that is e^-1.1 ≈ 0.333, about a third of the time.",
        "minus one point one (-1.1)",
        "minus one point two (-1.2)",
    ),
    (
        "deep-learning",
        "By the chain rule, the probability of the answer is Pr(deep | x) times Pr(learning | x, deep), and taking "
        "logs turns this product into a sum, so log Pr(y | x) is minus 0.7 plus minus 0.4, which comes to {v}.",
        "minus one point one",
        "minus one point two",
    ),
    (
        "logprobs-inline-perplexity",
        "Adding the log-probabilities of the two chosen tokens gives minus one point two plus minus zero point three, "
        "which is minus one point five; dividing by the two tokens gives minus three quarters, and exponentiating "
        "the negative of this gives e^{{0.75}}, which comes to roughly {v}.",
        "2.12",
        "2.32",
    ),
    (
        "logprobs-capital",
        "Writing the chain rule, log Pr(y | x) = Σ_{{i=1}}^{{7}} log Pr(y_i | x, y_<i), so we just add the reported "
        "logprobs: the first six tokens together give minus 0.0517, and the full stop adds minus 0.2231, which gives "
        "a total of about {v}.",
        "minus 0.275",
        "minus 0.175",
    ),
    (
        "bigram-english-food",
        "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food) = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68."
        "\n\nSo the sentence has probability about {v}.",
        "3.09 × 10^-5",
        "3.09 × 10^-4",
    ),
    (
        "logprobs-capital",
        "The chain rule gives log Pr(y | x) = log Pr(The | x) + log Pr(capital | x, The) + ... + log Pr(. | x, The, "
        "capital, of, France, is, Paris).\n\nPutting in the seven numbers from the table, we get a total of {v} nats.",
        "-0.2748",
        "-0.3748",
    ),
    (
        "deep-learning-perplexity",
        "First I added the log-probabilities of the two tokens, which gives -0.7 plus -0.4, that is -1.1. The answer "
        "has two tokens, so the mean negative log-probability is 0.55 nats per token.\n\nExponentiating gives a "
        "perplexity of e^0.55 ≈ {v}. As a sanity check, this lies between e^0.4 ≈ 1.49 and e^0.7 ≈ 2.01.",
        "1.733",
        "1.833",
    ),
    (
        "cat-nll-bits",
        "The probability of the sentence is P(<s> the cat sat </s>) = 1/2 · 1/4 · 1/5 · 1/2 = 1/80.\n\n"
        "The negative log-likelihood is then -log_2(1/80) = log_2 80 = 4 + log_2 5 = 4 + 2.32, which gives {v} bits."
        " This makes sense: 2^6 = 64 is just below 80.",
        "6.32",
        "5.32",
    ),
    (
        "cat-nll-bits",
        "The NLL in bits is minus the sum of the base-2 logs of the four probabilities, including the one for </s>,"
        " so NLL = -[log2(1/2) + log2(1/4) + log2(1/5) + log2(1/2)], and since log2 5 ≈ 2.3219 this is 1 + 2 + 2.3219"
        " + 1 = {v} bits.",
        "6.3219",
        "5.3219",
    ),
    (
        "transformer-log-likelihood",
        "$$\\log_2 \\Pr(y \\mid x) = \\log_2 0.2360 + \\log_2 0.0923 + \\log_2 0.1279 + \\log_2 0.0170$$\n\n"
        "each term: -2.083, -3.438, -2.967, -5.878\n\n$$\\log_2 \\Pr(y \\mid x) \\approx {v} \\text{{ bits.}}$$",
        "-14.366",
        "-13.366",
    ),
]


@pytest.mark.parametrize(("problem", "text", "right", "wrong"), CASES)
def test_right_work_gets_full_marks_and_its_wrong_twin_does_not(
    problem: str, text: str, right: str, wrong: str
) -> None:
    assert_twins(question_of(problem), text.format(v=right), text.format(v=wrong))


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("it adds minus 0.2231", "it adds      -0.2231"),
        ("log P is negative 1.1 nats", "log P is         -1.1 nats"),
        ("0.5 minus 0.3 = 0.2", "0.5 minus 0.3 = 0.2"),
        ("P(a) minus 0.3", "P(a) minus 0.3"),
        ("x minus 1", "x minus 1"),
    ],
)
def test_a_sign_said_before_a_number_is_its_sign_and_after_an_operand_subtracts(said: str, read: str) -> None:
    assert spoken_signs(said) == read
