"""Classes of correct decoding work the grader once marked down (issue 10, blind-kinds5 and the rest of
blind-kinds4), each with a wrong twin still caught. The answers are written for these tests.

A step written as its pick ("cat sat → down (0.3)", "am → </s> (1/2)") gives the pick's conditional, not
a sequence's probability; a dash may set a score apart ("I am </s> — P = 2/9"); a sentence after a
step's keep that names a kept sequence again ("… Best of them: a cat") remarks on it, it keeps nothing.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read
from tests.test_decoding_reader2 import _question, grade
from tests.test_decoding_reader2 import codes as errors

STEPS = "Greedy, step by step:\n1. x → cat (0.4)\n2. cat → sat (0.4)\n3. cat sat → down (0.3)\n"
BIGRAM_STEPS = "Steps: <s> → I (2/3); I → am (2/3); am → </s> (1/2).\n"
BEAM_1 = "Step 1: the 0.5, a 0.4, one 0.1; keep the and a.\n"
BEAM_2 = "Step 2: the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a step's pick with its conditional, the output's probability on a later line",
        "greedy-not-best",
        STEPS + "Output: cat sat down, P = 0.4 × 0.4 × 0.3 = 0.048.\n"
        "No: dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054 > 0.048.\n",
        STEPS + "Output: cat sat down, P = 0.4 × 0.4 × 0.3 = 0.064.\n"
        "No: dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054 > 0.048.\n",
        "decoded-prob-wrong",
    ),
    (
        "a bigram's step written as previous → pick (conditional) is no sequence",
        "greedy-sam-bigram",
        "I am </s>, P = 2/3 · 2/3 · 1/2 = 2/9\n" + BIGRAM_STEPS,
        "I am </s>, P = 2/3 · 2/3 = 4/9\n" + BIGRAM_STEPS,
        "decoded-prob-wrong",
    ),
    (
        "a sentence after the keep that names a kept hypothesis again keeps nothing",
        "beam-a-cat",
        BEAM_1 + BEAM_2 + "Keep a cat 0.36 and the dog 0.20. Best of them: a cat, 0.36 against 0.20.\n",
        BEAM_1 + BEAM_2 + "Keep a cat 0.36 and the car 0.125. Best of them: a cat, 0.36 against 0.125.\n",
        "beam-step-wrong",
    ),
]


# (line, the score read for the sequence "I am </s>")
DASHES = [
    ("I am </s> — P = 2/9", 2 / 9),
    ("I am </s> - P = 2/9", 2 / 9),
    ("I am </s> -1.5", -1.5),  # a minus sign on the number: a log score, no dash
]


@pytest.mark.parametrize(("line", "value"), DASHES)
def test_a_dash_sets_a_score_apart_and_a_minus_stays_a_sign(line: str, value: float) -> None:
    problem = _question("greedy-sam-bigram").problem  # type: ignore[attr-defined]
    hyps = [h for h in read(line, problem.vocabulary).hyps if h.tokens == ("I", "am", "</s>")]
    assert hyps and hyps[0].score is not None and abs(hyps[0].score.value - value) < 1e-9


def test_a_dash_answer_is_read_without_review() -> None:
    report = grade("greedy-sam-bigram", "I am </s> — P = 2/9\n" + BIGRAM_STEPS)
    assert (report.verdict, report.needs_review) == ("correct", False)
    twin = grade("greedy-sam-bigram", "I am </s> — P = 1/3\n" + BIGRAM_STEPS)
    assert twin.verdict == "incorrect" and "decoded-prob-wrong" in errors(twin)


def test_a_step_alone_gives_no_probability_of_the_output() -> None:
    """Steps with their conditionals and no product: the output's probability is missing, not wrong."""
    report = grade("greedy-not-best", STEPS + "No: dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054.\n")
    assert "decoded-prob-wrong" not in errors(report) and report.verdict == "incorrect"
