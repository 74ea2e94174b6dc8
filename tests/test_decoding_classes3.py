"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds6: a theory-minded class),
each pinned by variants written for this test, every right variant with a wrong twin still caught.

1. A "yes, greedy is best" resting on the claim that greedy search is optimal in general (a universal,
   or "it maximises each factor, so the product") with no other sequence compared is greedy-assumed-best;
   a yes that compares the other sequences, or says greedy only happens to be best here, is not.
2. A result named by what it is ("Generated sentence:", "Decoded sequence:") is the answer read, and a
   sequence the search ended before its length limit ends with </s>: a probability without that
   factor is charged, not accepted as the sequence's "without the end token".
3. An article before a count or a superlative ("Keep the top 2:") is no hypothesis, and a keep heading
   that ends its line opens the listing of what is kept below it.
4. A function in a chain ("½ ln 0.2 ≈ -0.805") is no number: the chain's value is its last number.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import general_claim, read
from tests.test_decoding_reader2 import _question, grade

GREEDY = "Greedy: the (0.6) then cat (0.7), so the cat with P = 0.6 × 0.7 = 0.42.\n"
STEPWISE = "y1 = argmax{the 0.6, a 0.4} = the; y2 = argmax{cat 0.7, dog 0.3} = cat.\nOutput: the cat, 0.42.\n"
OTHERS = "The rest: the dog 0.6 × 0.3 = 0.18, a cat 0.4 × 0.5 = 0.20, a dog 0.4 × 0.5 = 0.20.\n"

BIGRAM_PICKS = "1. <s> → I (2/3)\n2. I → am (2/3)\n3. am → </s> (1/2, tied with Sam; the rule takes </s>)\n\n"

BEAM_1 = "Step 1: the 0.5, a 0.4, one 0.1. Keep the {keep}:\n"
BEAM_2 = (
    "Step 2: the dog 0.5 × 0.4 = 0.20, the cat 0.175, the car 0.125, a cat 0.4 × 0.9 = 0.36, a dog 0.04.\n"
)
BEAM_END = "\nAnswer: a cat, P = 0.36\n"

NORMALISED_STEPS = (
    "Step 1: yes 0.5, no 0.3, maybe 0.2; keep yes 0.5 and no 0.3.\n"
    "Step 2: keep yes </s> 0.2 (finished) and yes please 0.175; no thanks 0.15 is dropped.\n"
    "Step 3: yes please </s> 0.175 × 0.9 = 0.1575 (finished).\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a universal claim after greedy's own numbers",
        "greedy-is-best",
        GREEDY + OTHERS + "Yes: greedy's output is the most probable sequence here.\n",
        GREEDY + "Yes: greedy always picks the best token, so its output is always the most probable.\n",
        "greedy-assumed-best",
    ),
    (
        "the step-to-product inference, with the steps' alternatives written",
        "greedy-is-best",
        STEPWISE + OTHERS + "Yes, none of the others beats 0.42.\n",
        STEPWISE + "Yes: greedy maximises each factor and therefore the product is the largest.\n",
        "greedy-assumed-best",
    ),
    (
        "greedy said to be best for any model",
        "greedy-is-best",
        STEPWISE
        + "Yes. Greedy search is not optimal in general, but here it happens to be the best:\n"
        + OTHERS,
        STEPWISE + "Yes. Greedy search is guaranteed to return the most probable sequence for any model.\n",
        "greedy-assumed-best",
    ),
    (
        "a generated sentence, its probability on a line below",
        "greedy-sam-bigram",
        BIGRAM_PICKS + "Generated sentence: I am\n\nP = 2/3 · 2/3 · 1/2 = 2/9\n",
        BIGRAM_PICKS + "Generated sentence: I am\n\nP = 2/3 · 2/3 = 4/9\n",
        "decoded-prob-wrong",
    ),
    (
        "a decoded sequence with its probability on the line",
        "greedy-sam-bigram",
        BIGRAM_PICKS + "Decoded sequence: I am, with probability 2/9 ≈ 0.222\n",
        BIGRAM_PICKS + "Decoded sequence: I am, with probability 4/9 ≈ 0.444\n",
        "decoded-prob-wrong",
    ),
    (
        "the output without </s>, its probability without the end token's factor",
        "greedy-sam-bigram",
        "The greedy output is I am, P = 0.222\n",
        "The greedy output is I am, P = 0.444\n",
        "decoded-prob-wrong",
    ),
    (
        "keep the top 2, the beam listed below",
        "beam-a-cat",
        BEAM_1.format(keep="top 2")
        + "the 0.5\na 0.4\n\n"
        + BEAM_2
        + "Keep the top 2:\na cat 0.36\nthe dog 0.20\n"
        + BEAM_END,
        BEAM_1.format(keep="top 2")
        + "the 0.5\none 0.1\n\n"
        + BEAM_2
        + "Keep the top 2:\na cat 0.36\nthe dog 0.20\n"
        + BEAM_END,
        "beam-step-wrong",
    ),
    (
        "keep the best two, the beam listed below",
        "beam-a-cat",
        BEAM_1.format(keep="best two")
        + "the 0.5\na 0.4\n\n"
        + BEAM_2
        + "Keep the best two:\na cat 0.36\nthe dog 0.20\n"
        + BEAM_END,
        BEAM_1.format(keep="best two")
        + "the 0.5\na 0.4\n\n"
        + BEAM_2
        + "Keep the best two:\na cat 0.36\nthe cat 0.175\n"
        + BEAM_END,
        "beam-step-wrong",
    ),
    (
        "a length-normalised score written as ½ ln P",
        "beam-length-normalised",
        NORMALISED_STEPS
        + "Finished: yes </s>, yes please </s>.\nyes </s>: 1/2 ln 0.2 ≈ -0.805\nyes please </s>: 1/3 ln 0.1575 ≈ -0.616\n"
        + "Answer: yes please </s>, P = 0.1575\n",
        NORMALISED_STEPS
        + "Finished: yes </s>, yes please </s>.\nyes </s>: 1/2 ln 0.2 ≈ -0.805\nyes please </s>: 1/3 ln 0.1575 ≈ -0.716\n"
        + "Answer: yes please </s>, P = 0.1575\n",
        "beam-score-wrong",
    ),
    (
        "a length-normalised score in LaTeX, \\tfrac13\\ln",
        "beam-length-normalised",
        NORMALISED_STEPS
        + "Finished: yes </s>, yes please </s>.\n$s(\\text{yes please </s>}) = \\tfrac13\\ln 0.1575 \\approx -0.616$\n"
        + "Answer: yes please </s>, P = 0.1575\n",
        NORMALISED_STEPS
        + "Finished: yes </s>, yes please </s>.\n$s(\\text{yes please </s>}) = \\tfrac13\\ln 0.1575 \\approx -0.916$\n"
        + "Answer: yes please </s>, P = 0.1575\n",
        "beam-score-wrong",
    ),
]


# sentences that claim greedy is optimal in general, and ones that do not (denied, or said of this case)
CLAIMS = [
    ("Greedy always finds the most probable sequence.", True),
    ("By construction greedy returns the best sequence.", True),
    ("Greedy picks the largest factor at each step, so the product is maximised.", True),
    ("Greedy search never fails to find the optimal sequence.", True),
    ("Greedy is not always optimal; here it is.", False),
    ("Greedy isn't guaranteed to find the most probable sequence.", False),
    ("Here greedy happens to return the most probable sequence.", False),
    ("The probabilities always sum to one.", False),
    ("In general greedy can miss the best sequence, though not here.", False),
]


@pytest.mark.parametrize(("sentence", "claims"), CLAIMS)
def test_a_general_claim_of_greedy_optimality_is_told_from_one_about_this_case(
    sentence: str, claims: bool
) -> None:
    assert (general_claim(("Yes.", sentence)) is not None) is claims


@pytest.mark.parametrize(
    "label",
    ["Generated sentence: I am", "Decoded sequence: I am", "The greedy sequence is I am", "Output: I am"],
)
def test_a_result_named_by_what_it_is_is_the_answer_read(label: str) -> None:
    reading = read(BIGRAM_PICKS + label + "\n", _question("greedy-sam-bigram").problem.vocabulary)
    final = reading.final(greedy=True)
    assert final is not None and final.tokens == ("I", "am")


def test_at_the_length_limit_no_end_token_factor_is_asked() -> None:
    """greedy-is-best stops at two tokens: "the cat" is whole without </s>, its 0.42 needs no factor."""
    report = grade("greedy-is-best", GREEDY + OTHERS + "Yes.\n")
    assert report.verdict == "correct", [d.message for d in report.diagnostics]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("a cat: 1/2 ln 0.36 ≈ -0.511", -0.511),
        ("a cat: $\\tfrac12\\ln 0.36 \\approx -0.511$", -0.511),
        ("a cat: 0.36 (log = -1.02)", 0.36),  # a word "log" with no number after it applies to nothing
        ("a cat: 0.4 × 0.9 = 0.36", 0.36),
    ],
)
def test_a_function_in_a_chain_is_no_number(line: str, value: float) -> None:
    reading = read(line + "\n", _question("beam-a-cat").problem.vocabulary)
    scored = [h for h in reading.hyps if h.tokens == ("a", "cat")]
    assert scored and scored[0].score is not None and scored[0].score.value == pytest.approx(value)
