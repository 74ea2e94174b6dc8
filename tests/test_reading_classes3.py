"""Further classes of correct work the grader used to mark down (issue 10, from the blind10 misses:
a first-year class's notebook pastes, word-processor pastes and remarks), each pinned by variants
written for this test (not copied from a blind set) and a wrong twin of each that must stay caught at
the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.core.precheck import normalise
from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


NBSP = "\u00a0"

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # A word processor's list bullet (•, ◦, ▪) opening a line is markup, not the product dot it used to
    # be read as (which made each line a factor of the line above).
    (
        "bullet",
        "deep-learning",
        "•\tln Pr(y_1 | x) = −0.7\n•\tln Pr(y_2 | x, y_1) = −0.4\n• log Pr(y | x) = −0.7 + (−0.4) = −1.1\n",
        (
            "•\tln Pr(y_1 | x) = −0.7\n•\tln Pr(y_2 | x, y_1) = −0.4\n• log Pr(y | x) = −0.7 + (−0.4) = −1.2\n",
            3,
        ),
    ),
    (
        "bullet",
        "transformer-log-likelihood",
        "log2 Pr(y | x) is the sum of four terms:\n◦ log2 0.2360 = -2.0831\n◦ log2 0.0923 = -3.4375\n"
        "◦ log2 0.1279 = -2.9669\n◦ log2 0.0170 = -5.8783\n"
        "log2 Pr(y | x) = -2.0831 - 3.4375 - 2.9669 - 5.8783 = -14.3658\n",
        (
            "log2 Pr(y | x) is the sum of four terms:\n◦ log2 0.2360 = -2.0831\n◦ log2 0.0923 = -3.4375\n"
            "◦ log2 0.1279 = -2.9669\n◦ log2 0.0170 = -4.8783\n"
            "log2 Pr(y | x) = -2.0831 - 3.4375 - 2.9669 - 4.8783 = -13.3658\n",
            5,
        ),
    ),
    # Digits grouped in threes by a no-break space (33 124) are one number.
    (
        "grouped-digits",
        "sam-corpus-add-one",
        f"P = 3/14 · 3/14 · 2/13 · 2/13 = 36/33{NBSP}124 ≈ 0.001087\n",
        (f"P = 3/14 · 3/14 · 2/13 · 2/13 = 36/34{NBSP}124 ≈ 0.001087\n", 1),
    ),
    (
        "grouped-digits",
        "bigram-english-food",
        f"P = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68 = 6171 / 200{NBSP}000{NBSP}000 = 3.0855e-5\n",
        (f"P = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68 = 6171 / 20{NBSP}000{NBSP}000 = 3.0855e-5\n", 1),
    ),
    # The letter x between a number and a power of ten is the times sign: 3.0855 x 10^-5.
    (
        "x-times-ten",
        "bigram-english-food",
        "P = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68\n  = 3.0855 x 10^-5\n",
        ("P = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68\n  = 3.0855 x 10^-4\n", 2),
    ),
    # P(s), P(W): one letter with no condition, equated to this problem's numbers, names the sentence's
    # probability, not a rule in letters (which skipped the whole chain unjudged).
    (
        "sentence-letter",
        "bigram-english-food",
        "P(s) = 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 = 3.0855e-5\n",
        ("P(s) = 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 = 3.5855e-5\n", 1),
    ),
    (
        "sentence-letter",
        "sam-corpus",
        "p(s) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9 ≈ 0.111\n",
        ("p(s) = 2/3 * 2/3 * 1/2 * 1/2 = 1/8 ≈ 0.125\n", 1),
    ),
    # Exact fractions regrouped into one fraction: the same number, whatever pairs of factors differ.
    (
        "regrouped-fraction",
        "sam-corpus",
        "P = (2/3)(2/3)(1/2)(1/2)\n  = (2*2*1*1) / (3*3*2*2)\n  = 4/36 = 1/9\n",
        ("P = (2/3)(2/3)(1/2)(1/2)\n  = (2*2*1*1) / (3*2*2*2)\n  = 4/24 = 1/6\n", 2),
    ),
    # A sum of the problem's printed probabilities' logs: right, though the model's exact value differs
    # in the third decimal (the printed 0.0170 is rounded).
    (
        "printed-values",
        "transformer-log-likelihood",
        "the four terms from the table, in bits:\nlog2 Pr(y | x) = -2.083 - 3.438 - 2.967 - 5.878 = -14.366 bits\n",
        (
            "the four terms from the table, in bits:\nlog2 Pr(y | x) = -2.083 - 3.438 - 2.967 - 4.878 = -13.366 bits\n",
            2,
        ),
    ),
    # A value rounded early and used later as written: the later step holds from it.
    (
        "rounded-early",
        "transformer-softmax",
        "-ln Pr(the | x) = ln 7.9498 - 0.629 = 1.4441\n-ln Pr(cat | x, the) = ln 14.0014 - 0.256 = 2.3832\n"
        "NLL = 1.4441 + 2.3832 = 3.8273\n",
        (
            "-ln Pr(the | x) = ln 7.9498 - 0.629 = 1.4441\n-ln Pr(cat | x, the) = ln 14.0014 - 0.256 = 2.3832\n"
            "NLL = 1.4441 + 2.4832 = 3.9273\n",
            3,
        ),
    ),
    # The softmax rule restated between the term and its numbers is passed over, not a reason to skip
    # the line (which lost the student's rounded value for the steps after it).
    (
        "formula-between",
        "transformer-softmax",
        "Pr(the | x) = e^{z_the} / Σ_v e^{z_v} = 1.8757 / 7.9496 = 0.23595\n"
        "Pr(cat | x, the) = e^{z_cat} / Σ_v e^{z_v} = 1.2918 / 14.0015 = 0.09226\n"
        "NLL = -ln(0.23595) - ln(0.09226) = 1.4441 + 2.3832 = 3.8273\n",
        (
            "Pr(the | x) = e^{z_the} / Σ_v e^{z_v} = 1.8757 / 7.9496 = 0.25595\n"
            "Pr(cat | x, the) = e^{z_cat} / Σ_v e^{z_v} = 1.2918 / 14.0015 = 0.09226\n"
            "NLL = -ln(0.25595) - ln(0.09226) = 1.3627 + 2.3832 = 3.7459\n",
            1,
        ),
    ),
    # An answer marked as such: "==> final answer: …" opening a line, "<- final answer" after the
    # maths. Remarks after it (another unit, a check) are not the answer.
    (
        "answer-marker",
        "deep-learning-perplexity",
        "mean = (-0.7 - 0.4)/2 = -0.55\n\n==> **final answer: PPL = e^0.55 ≈ 1.733** (3 d.p.)\n\n"
        "per token the log-prob is -0.55\n",
        (
            "mean = (-0.7 - 0.4)/2 = -0.55\n\n==> **final answer: PPL = e^0.55 ≈ 1.933** (3 d.p.)\n\n"
            "per token the log-prob is -0.55\n",
            3,
        ),
    ),
    (
        "answer-marker",
        "deep-learning-perplexity",
        "mean = (-0.7 - 0.4)/2 = -0.55\n\n-> final answer: 1.733\n\nRemarks: the mean log-prob is -0.55\n",
        (
            "mean = (-0.7 - 0.4)/2 = -0.55\n\n-> final answer: 1.633\n\nRemarks: the mean log-prob is -0.55\n",
            3,
        ),
    ),
    # A check after the answer about another context of the model (P(</s> | am)) is a remark about the
    # model, not a wrong factor of the sequence.
    (
        "remark-model",
        "sam-corpus",
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9 = 0.1111\n\n"
        "- sanity check: after am, P(Sam|am) + P(</s>|am) = 1/2 + 1/2 = 1\n",
        (
            "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/8 = 0.125\n\n"
            "- sanity check: after am, P(Sam|am) + P(</s>|am) = 1/2 + 1/2 = 1\n",
            1,
        ),
    ),
    # A middle member of a chain told in words is passed over; an aside in brackets after the value
    # opened by a connective ("(so … ≈ 0.76)") is a remark.
    (
        "words-between",
        "logprobs-capital",
        "By the chain rule, log Pr(y|x) = the sum over all seven tokens of their log-probs = -0.2748 "
        "(so Pr(y|x) ≈ 0.76).\n",
        (
            "By the chain rule, log Pr(y|x) = the sum over all seven tokens of their log-probs = -0.3748 "
            "(so Pr(y|x) ≈ 0.69).\n",
            1,
        ),
    ),
    (
        "words-between",
        "sam-corpus-interpolation",
        "N = number of predicted tokens = 17\n"
        "P(I|<s>) = 0.75*2/3 + 0.25*3/N = 0.5441\nP(am|I) = 0.75*2/3 + 0.25*2/N = 0.5294\n"
        "P(Sam|am) = 0.75*1/2 + 0.25*2/N = 0.4044\nP(</s>|Sam) = 0.75*1/2 + 0.25*3/N = 0.4191\n"
        "P = 0.5441 * 0.5294 * 0.4044 * 0.4191 = 0.04882\n",
        (
            "N = number of predicted tokens = 20\n"
            "P(I|<s>) = 0.75*2/3 + 0.25*3/N = 0.5375\nP(am|I) = 0.75*2/3 + 0.25*2/N = 0.525\n"
            "P(Sam|am) = 0.75*1/2 + 0.25*2/N = 0.4\nP(</s>|Sam) = 0.75*1/2 + 0.25*3/N = 0.4125\n"
            "P = 0.5375 * 0.525 * 0.4 * 0.4125 = 0.04656\n",
            1,
        ),
    ),
    # Counts typed side by side with single spaces on a phone ("c(am)=2 c(am sam)=1"): a lowercase
    # count after a stated value starts the next statement, not a factor of the value before it.
    (
        "side-by-side",
        "sam-corpus",
        "c(<s>)=3 c(<s> I)=2\nc(I)=3 c(I am)=2\nc(am)=2 c(am Sam)=1\nc(Sam)=2 c(Sam </s>)=1\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        ("c(<s>)=3 c(<s> I)=2\nc(I)=3 c(I am)=2\nc(am)=2 c(am Sam)=2\nc(Sam)=2 c(Sam </s>)=1\n", 3),
    ),
    # A student's own letter for the result ("q = … = 1/9") has its steps judged, and "so about 0.111"
    # opening the last line is the result told in words.
    (
        "own-letter-result",
        "sam-corpus",
        "C(<s> I)/C(<s>) = 2/3, C(I am)/C(I) = 2/3, C(am Sam)/C(am) = 1/2, C(Sam </s>)/C(Sam) = 1/2\n"
        "q = 2/3 * 2/3 * 1/2 * 1/2 = 4/36 = 1/9\nso about 0.111\n",
        (
            "C(<s> I)/C(<s>) = 2/3, C(I am)/C(I) = 2/3, C(am Sam)/C(am) = 1/2, C(Sam </s>)/C(Sam) = 1/2\n"
            "q = 2/3 * 2/3 * 1/2 * 1/2 = 4/36 = 1/8\nso about 0.125\n",
            2,
        ),
    ),
    # A name given its value in brackets in the words heading a line: "unigram part (N = 17): …".
    (
        "heading-definition",
        "sam-corpus-interpolation",
        "unigram part (N = 17): C(I)/N = 3/17, C(am)/N = 2/17, C(Sam)/N = 2/17, C(</s>)/N = 3/17\n"
        "P = (0.75*2/3 + 0.25*3/17)(0.75*2/3 + 0.25*2/17)(0.75*1/2 + 0.25*2/17)(0.75*1/2 + 0.25*3/17)"
        " = 0.04883\n",
        (
            "unigram part (N = 20): C(I)/N = 3/20, C(am)/N = 2/20, C(Sam)/N = 2/20, C(</s>)/N = 3/20\n"
            "P = (0.75*2/3 + 0.25*3/20)(0.75*2/3 + 0.25*2/20)(0.75*1/2 + 0.25*2/20)(0.75*1/2 + 0.25*3/20)"
            " = 0.04656\n",
            1,
        ),
    ),
    # A console paste: `>>> ` and `In [n]:` prompts are not maths; code notation (math.log, np.exp,
    # print(…)) is read like any other; a printed value is the value of the input above it.
    (
        "notebook",
        "deep-learning-perplexity",
        ">>> import math\n>>> print(math.exp(-(math.log(math.exp(-0.7)) - 0.4) / 2))\n1.7332530178673953\n",
        (
            ">>> import math\n>>> print(math.exp(-(math.log(math.exp(-0.7)) - 0.4) / 2))\n1.9332530178673953\n",
            3,
        ),
    ),
    (
        "notebook",
        "deep-learning",
        "In [1]: import numpy as np\n\nIn [2]: np.log(np.exp(-0.7)) + np.log(np.exp(-0.4))\nOut[2]: -1.1\n",
        (
            "In [1]: import numpy as np\n\nIn [2]: np.log(np.exp(-0.7)) + np.log(np.exp(-0.4))\n"
            "Out[2]: -1.3\n",
            4,
        ),
    ),
    (
        "notebook",
        "transformer-log-likelihood",
        ">>> math.log2(0.2360) + math.log2(0.0923) + math.log2(0.1279) + math.log2(0.0170)\n"
        "-14.36590005128348\n",
        (
            ">>> math.log2(0.2360) + math.log2(0.0923) + math.log2(0.1279) + math.log2(0.0170)\n"
            "-15.36590005128348\n",
            2,
        ),
    ),
]


# The right-variant and wrong-twin tests run over this table from test_reading_classes (ALL_CASES).


@pytest.mark.parametrize(
    ("stem", "work"), [(c[1], c[2]) for c in CASES if c[0] == "notebook"], ids=lambda v: str(v)[:24]
)
def test_notebook_code_is_read(stem: str, work: str) -> None:
    """The code at a prompt is read as maths (no line left unread for review) and its printed value
    checked as a step: full marks come from the work, not only from the final value."""
    report = grade_text(work, _problem(stem))
    assert not any(d.code in ("parse-error", "work-in-words") for d in report.diagnostics)
    assert any(s.status == "ok" for s in report.steps)


def test_answer_marked_after_the_maths_is_read() -> None:
    """`= -1.1   <- final answer (in nats)`: the marker and its remark are cut, the value is read on
    its line (no part left for review), and a conversion below it is not the answer."""
    work = (
        "ln Pr(y|x) = ln Pr(y_1|x) + ln Pr(y_2|x, y_1)\n           = -0.7 + (-0.4)\n"
        "           = -1.1   <- final answer (in nats)\n\n- converted to bits it's -1.1 / ln 2 ≈ -1.587 bits\n"
    )
    report = grade_text(work, _problem("deep-learning"))
    assert report.verdict == "correct" and not report.diagnostics
    assert report.final_answer is not None and report.final_answer.line == 3


def test_printed_output_under_unread_code_stands_alone() -> None:
    """A value printed under code the grader could not read is not "= value" of the line before that
    code: two outputs in a row never make a false step between them."""
    work = ">>> lps = [-0.7, -0.4]\n>>> sum(lps)\n-1.1\n>>> math.exp(sum(lps))\n0.33287108369807955\n"
    report = grade_text(work, _problem("deep-learning"))
    assert not any(d.code in ("invalid-step", "arithmetic-error") for d in report.diagnostics)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("•\tP = 0.5", "•\tP = 0.5".replace("\t", " ")),  # a bullet opening the line stays a bullet
        ("P = 0.5 • 0.25", "P = 0.5 · 0.25"),  # a bullet between operands is the product dot
        (f"36/33{NBSP}124", "36/33\u202f124"),  # digits in threes: one number
        (f"x{NBSP}={NBSP}2", "x = 2"),  # any other no-break space is a space
        (f"0.5{NBSP}123", "0.5 123"),  # never after a decimal point
        ("3.1 x 10^-5 and 2x10**3", "3.1 × 10^-5 and 2×10**3"),
        ("P(x) = 0.5 and x 10", "P(x) = 0.5 and x 10"),  # not before a power: the letter stays
    ],
)
def test_normalisation_keeps_columns(line: str, read: str) -> None:
    """Each normalisation maps one character to one, so the report's columns stay the student's."""
    (out,) = normalise(line)
    assert out == read and len(out) == len(line)
