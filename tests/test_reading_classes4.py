"""Classes of correct work the grader used to mark down (issue 10, from the blind11 misses: a graduate
ML course's exam answers, own symbols, model notation and double checks), each pinned by variants
written for this test (not copied from a blind set) and a wrong twin of each that must stay caught at
the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from grader.maths.dressing import unwrap_notes
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # A probability written as a percentage inside the maths (25 % · 33 % = 8.25 %) is the share it
    # writes, at the precision written (two places more): every such line used to be a parse error.
    (
        "percent",
        "bigram-english-food",
        "P(i|<s>) = 25 %, P(want|i) = 33 %, P(english|want) = 0.11 %, P(food|english) = 50 %, "
        "P(</s>|food) = 68 %\n25 % × 33 % = 8.25 %\n8.25 % × 0.11 % = 0.009075 %\n"
        "0.009075 % × 50 % × 68 % = 0.0030855 %\nP = 0.0030855 % = 3.0855e-5\n",
        (
            "P(i|<s>) = 25 %, P(want|i) = 33 %, P(english|want) = 0.11 %, P(food|english) = 50 %, "
            "P(</s>|food) = 68 %\n25 % × 33 % = 8.25 %\n8.25 % × 0.11 % = 0.09075 %\n"
            "0.09075 % × 50 % × 68 % = 0.030855 %\nP = 0.030855 % = 3.0855e-4\n",
            3,
        ),
    ),
    (
        "percent",
        "deep-learning-perplexity",
        "Pr(deep | x) = e^{-0.7} = 49.66 \\%\nln Pr(y|x) = -0.7 + (-0.4) = -1.1\n"
        "PPL = exp(1.1 / 2) = 1.7333\n",
        (
            "Pr(deep | x) = e^{-0.7} = 59.66 \\%\nln Pr(y|x) = -0.7 + (-0.4) = -1.1\n"
            "PPL = exp(1.1 / 2) = 1.7333\n",
            1,
        ),
    ),
    # Markdown inline code around the maths (`-0.7 + (-0.4) = -1.1`): the backticks are typesetting,
    # not a character the grammar refuses (every such line was a parse error, the file unparsable).
    (
        "inline-code",
        "deep-learning",
        "## Working\n\n- deep: `log Pr(y_1|x) = -0.7`\n- learning: `log Pr(y_2|x, y_1) = -0.4`\n\n"
        "**Answer:** `log Pr(y|x) = -0.7 + (-0.4) = -1.1`\n",
        (
            "## Working\n\n- deep: `log Pr(y_1|x) = -0.7`\n- learning: `log Pr(y_2|x, y_1) = -0.4`\n\n"
            "**Answer:** `log Pr(y|x) = -0.7 + (-0.4) = -1.2`\n",
            6,
        ),
    ),
    (
        "inline-code",
        "bigram-english-food",
        "Product of the bigrams: `0.25 * 0.33 = 0.0825`, then `0.0825 * 0.0011 = 9.075e-5`,\n"
        "then `9.075e-5 * 0.5 * 0.68 = 3.0855e-5`.\n\nSo `P = 3.0855e-5`\n",
        (
            "Product of the bigrams: `0.25 * 0.33 = 0.0825`, then `0.0825 * 0.0011 = 9.075e-4`,\n"
            "then `9.075e-4 * 0.5 * 0.68 = 3.0855e-4`.\n\nSo `P = 3.0855e-4`\n",
            1,
        ),
    ),
    # Exam parts with a boxed statement: `\boxed{PPL = …}` holds a whole statement (it was a parse
    # error) and is the answer the student marks, not the part before it (a cross-entropy, a sum).
    (
        "boxed-statement",
        "deep-learning-perplexity",
        "(i) $N = 2$ answer tokens.\n\n(ii) $\\ln\\Pr(y\\mid x) = -0.7 - 0.4 = -1.1$\n\n"
        "(iii) Mean NLL: $1.1/2 = 0.55$ nats per token.\n\n(iv)\n\\[\n\\boxed{\\mathrm{PPL}(y\\mid x) = "
        "\\exp(0.55) \\approx 1.7333}\n\\]\n",
        (
            "(i) $N = 2$ answer tokens.\n\n(ii) $\\ln\\Pr(y\\mid x) = -0.7 - 0.4 = -1.1$\n\n"
            "(iii) Mean NLL: $1.1/2 = 0.55$ nats per token.\n\n(iv)\n\\[\n\\boxed{\\mathrm{PPL}(y\\mid x) = "
            "\\exp(0.55) \\approx 1.6333}\n\\]\n",
            9,
        ),
    ),
    (
        "boxed-statement",
        "cat-nll-bits",
        "Part 1: $\\log_2\\tfrac12 + \\log_2\\tfrac14 + \\log_2\\tfrac15 + \\log_2\\tfrac12 = -1 - 2 - 2.3219 - 1"
        " = -6.3219$\n\nPart 2: $$\\boxed{\\text{NLL} = 6.3219 \\text{ bits}}$$\n",
        (
            "Part 1: $\\log_2\\tfrac12 + \\log_2\\tfrac14 + \\log_2\\tfrac15 + \\log_2\\tfrac12 = -1 - 2 - 2.3219 - 1"
            " = -6.3219$\n\nPart 2: $$\\boxed{\\text{NLL} = 5.3219 \\text{ bits}}$$\n",
            3,
        ),
    ),
    # p_θ(y_t | y_{<t}, x): the model named by its parameters is the model's probability, and an
    # \underbrace's note restates a value (kept out of the reading; the term under it is read).
    (
        "model-notation",
        "deep-learning",
        "$$\\log p_{\\theta}(y\\mid x) = \\underbrace{\\log p_{\\theta}(\\text{deep}\\mid x)}_{=-0.7}"
        " + \\underbrace{\\log p_\\theta(\\text{learning}\\mid x, \\text{deep})}_{=-0.4} = -1.1$$\n",
        (
            "$$\\log p_{\\theta}(y\\mid x) = \\underbrace{\\log p_{\\theta}(\\text{deep}\\mid x)}_{=-0.7}"
            " + \\underbrace{\\log p_\\theta(\\text{learning}\\mid x, \\text{deep})}_{=-0.4} = -1.2$$\n",
            1,
        ),
    ),
    # A generic name (ℓ, L) the student defines as the log-likelihood means that, not the perplexity
    # asked: exp(-ℓ/N) uses the student's ℓ.
    (
        "own-generic-name",
        "logprobs-inline-perplexity",
        "Define $L = \\sum_t \\ln p_\\theta(y_t\\mid x, y_{<t}) = -1.2 + (-0.3) = -1.5$ and $N = 2$.\n\n"
        "$$\\mathrm{PPL} = \\exp(-L/N) = \\exp(0.75) \\approx 2.117$$\n",
        (
            "Define $L = \\sum_t \\ln p_\\theta(y_t\\mid x, y_{<t}) = -1.2 + (-0.3) = -1.5$ and $N = 2$.\n\n"
            "$$\\mathrm{PPL} = \\exp(-L/N) = \\exp(0.75) \\approx 2.017$$\n",
            3,
        ),
    ),
    (
        "own-generic-name",
        "deep-learning-perplexity",
        "$$\\mathcal{L}(\\theta) = \\ln p_\\theta(\\text{deep}\\mid x) + \\ln p_\\theta(\\text{learning}\\mid x,"
        " \\text{deep}) = -0.7 - 0.4 = -1.1$$\n\n$$\\mathrm{PPL} = e^{-\\mathcal{L}(\\theta)/2} = e^{0.55}"
        " \\approx 1.733$$\n",
        (
            "$$\\mathcal{L}(\\theta) = \\ln p_\\theta(\\text{deep}\\mid x) + \\ln p_\\theta(\\text{learning}\\mid x,"
            " \\text{deep}) = -0.7 - 0.4 = -1.2$$\n\n$$\\mathrm{PPL} = e^{-\\mathcal{L}(\\theta)/2} = e^{0.6}"
            " \\approx 1.822$$\n",
            1,
        ),
    ),
    # Own letters defined first, e among them: `e = C(...)` makes e a name, not Euler's number.
    (
        "own-letters",
        "sam-corpus",
        "Let  a = C(<s> I) = 2,  b = C(<s>) = 3,  c = C(I am) = 2,  d = C(I) = 3\n"
        "Let  e = C(am Sam) = 1,  f = C(am) = 2\n"
        "Let  g = C(Sam </s>) = 1,  h = C(Sam) = 2\n"
        "P = (a/b)(c/d)(e/f)(g/h) = (2/3)(2/3)(1/2)(1/2) = 1/9\n",
        (
            "Let  a = C(<s> I) = 2,  b = C(<s>) = 3,  c = C(I am) = 2,  d = C(I) = 3\n"
            "Let  e = C(am Sam) = 1,  f = C(am) = 2\n"
            "Let  g = C(Sam </s>) = 1,  h = C(Sam) = 2\n"
            "P = (a/b)(c/d)(e/f)(g/h) = (2/3)(2/3)(1/2)(1/2) = 1/8\n",
            4,
        ),
    ),
    # Statements side by side, parted by a comma and a wide gap: the comma is not part of the maths.
    (
        "side-by-side",
        "sam-corpus",
        "u = C(Sam </s>) = 1,      v = C(Sam) = 2\nP(</s> | Sam) = u/v = 1/2\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        (
            "u = C(Sam </s>) = 1,      v = C(Sam) = 2\nP(</s> | Sam) = u/v = 1/3\n"
            "P = 2/3 * 2/3 * 1/2 * 1/3 = 2/27\n",
            2,
        ),
    ),
    # A running product laid out under itself: "* 0.5 = …" indented under the line above is its next
    # factor, not a Markdown list item.
    (
        "running-product",
        "bigram-english-food",
        "0.25 * 0.33 = 0.0825\n      * 0.0011 = 0.00009075\n      * 0.5 = 0.000045375\n"
        "      * 0.68 = 0.000030855\nP = 3.0855e-5\n",
        (
            "0.25 * 0.33 = 0.0825\n      * 0.0011 = 0.00009075\n      * 0.5 = 0.000045375\n"
            "      * 0.68 = 0.000040855\nP = 4.0855e-5\n",
            4,
        ),
    ),
    # A check written after the answer, its left side named in words before the maths ("Sum $= …$",
    # "product $= …$"): a new statement, not the next step of the maths before it on the line.
    (
        "check-named-in-words",
        "sam-corpus",
        "$P = \\frac23\\cdot\\frac23\\cdot\\frac12\\cdot\\frac12 = \\frac19 \\approx 0.1111$\n\n"
        "Check: $\\log_2(2/3) = -0.585$, $\\log_2(1/2) = -1$. Total $= 2(-0.585) + 2(-1) = -3.17$, "
        "and $2^{-3.17} \\approx 0.111$.\n",
        (
            "$P = \\frac23\\cdot\\frac23\\cdot\\frac12\\cdot\\frac12 = \\frac19 \\approx 0.1111$\n\n"
            "Check: $\\log_2(2/3) = -0.585$, $\\log_2(1/2) = -1$. Total $= 2(-0.585) + 2(-1) = -3.37$, "
            "and $2^{-3.17} \\approx 0.111$.\n",
            3,
        ),
    ),
    # A table of counts laid out in labelled rows ("bigram:   C(<s> I)=2   C(I am)=2"): the label opens
    # the row and each statement beside it is its own (they were read as one chain, a sum of counts).
    (
        "labelled-rows",
        "sam-corpus",
        "Counts\n  pairs:    C(<s> I)=2   C(I am)=2   C(am Sam)=1   C(Sam </s>)=1\n"
        "  singles:  C(<s>)=3     C(I)=3      C(am)=2       C(Sam)=2\n"
        "P = (2/3)(2/3)(1/2)(1/2) = 1/9\n",
        (
            "Counts\n  pairs:    C(<s> I)=2   C(I am)=2   C(am Sam)=2   C(Sam </s>)=1\n"
            "  singles:  C(<s>)=3     C(I)=3      C(am)=2       C(Sam)=2\n"
            "P = (2/3)(2/3)(2/2)(1/2) = 2/9\n",
            2,
        ),
    ),
    # An aside in brackets restating the value another way, "(= 2^4 · 3^2)": a remark after the maths,
    # not a line left unread.
    (
        "aside-restating",
        "sam-corpus",
        "numerator   = 2 · 2 · 1 · 1 = 4\ndenominator = 3 · 3 · 2 · 2 = 36   (= 2^2 · 3^2)\nP = 4/36 = 1/9\n",
        (
            "numerator   = 2 · 2 · 1 · 1 = 4\ndenominator = 3 · 3 · 2 · 2 = 38   (= 2^2 · 3^2)\nP = 4/38 = 2/19\n",
            2,
        ),
    ),
    # "sum ln Pr": a bare Pr inside a sum over the positions is each factor, not the whole sequence's
    # probability (which counted every term twice over).
    (
        "sum-of-bare-pr",
        "deep-learning",
        "sum ln Pr = -0.7 + (-0.4) = -1.1\n",
        ("sum ln Pr = -0.7 + (-0.4) = -1.2\n", 1),
    ),
    # Σ_w over the vocabulary in a sanity check (a row of the model sums to its count plus V): a rule
    # about the model, not a value of this sentence; the numbers after it are still checked.
    (
        "sum-over-vocabulary",
        "sam-corpus-add-one",
        "$P = \\frac{3}{14}\\cdot\\frac{3}{14}\\cdot\\frac{2}{13}\\cdot\\frac{2}{13} = \\frac{36}{33124}$\n\n"
        "Sanity: $\\sum_w (C(Sam\\,w)+1) = C(Sam) + V = 2 + 11 = 13$.\n",
        (
            "$P = \\frac{3}{14}\\cdot\\frac{3}{14}\\cdot\\frac{2}{13}\\cdot\\frac{2}{13} = \\frac{36}{33124}$\n\n"
            "Sanity: $\\sum_w (C(Sam\\,w)+1) = C(Sam) + V = 2 + 11 = 14$.\n",
            3,
        ),
    ),
    # Log terms worked from unrounded intermediates after the probabilities were written rounded
    # ("Pr(the | x) = 0.2360", then "-ln Pr = 1.443946"): each term is the log of the student's own
    # early-rounded value, within what its written digits allow.
    (
        "logs-of-rounded-values",
        "transformer-softmax",
        "Pr(the | x) = 0.2360, Pr(cat | x, the) = 0.09228\nNLL = 1.443946 + 2.382943 = 3.826889\n",
        ("Pr(the | x) = 0.2360, Pr(cat | x, the) = 0.09228\nNLL = 1.443946 + 2.392943 = 3.836889\n", 2),
    ),
]


# The right-variant and wrong-twin tests run over this table from test_reading_classes (ALL_CASES).


def test_boxed_value_is_the_answer_over_a_later_part() -> None:
    """A boxed value of the asked quantity is the answer even when a remark in another quantity
    follows it (the choice is by meaning, not by position)."""
    work = (
        "$\\ln\\Pr(y\\mid x) = -0.7 + (-0.4) = -1.1$, so $\\boxed{\\mathrm{PPL} = e^{1.1/2} \\approx 1.733}$.\n\n"
        "Remark: the mean NLL is $0.55$ nats.\n"
    )
    report = grade_text(work, _problem("deep-learning-perplexity"))
    assert report.verdict == "correct", [(d.code, d.span.line) for d in report.diagnostics]
    assert report.final_answer is not None and report.final_answer.line == 1


@pytest.mark.parametrize(
    ("line", "read", "boxed"),
    [
        ("\\boxed{PPL = 2}", "       PPL = 2 ", True),
        ("a \\underbrace{x + y}_{= 3} b", "a" + " " * 13 + "x + y" + " " * 8 + "b", False),
        ("\\overset{def}{=} 4", " " * 14 + "=  4", False),
        ("\\boxed{1", "\\boxed{1", False),  # not closed on the line: left as written
        ("\\boxed{1.733}", "\\boxed{1.733}", True),  # a value: the grammar reads the box; it is the answer
        ("\\boxed{\\text{line 1}}", "\\boxed{\\text{line 1}}", False),  # words in a box: no answer
    ],
)
def test_unwrap_notes_keeps_columns(line: str, read: str, boxed: bool) -> None:
    assert unwrap_notes(line) == (read, boxed)
    assert len(unwrap_notes(line)[0]) == len(line)


@pytest.mark.parametrize(
    ("stem", "work"),
    [(c[1], c[2]) for c in CASES if c[0] in ("model-notation", "own-generic-name", "boxed-statement")],
    ids=lambda v: str(v)[:24],
)
def test_notation_is_read_whole(stem: str, work: str) -> None:
    """p_θ(…), ℓ(θ), \\underbrace and a boxed statement are read: no part is left for review."""
    report = grade_text(work, _problem(stem))
    assert not any(d.code == "parse-error" for d in report.diagnostics), report.diagnostics


@pytest.mark.parametrize(
    ("last", "verdict"),
    [("e^{0.55} \\approx 1.733", "correct"), ("e^{0.55} \\approx 1.533", "incorrect")],
)
def test_boxed_part_of_another_quantity_is_not_the_answer(last: str, verdict: str) -> None:
    """(b) boxes the log-likelihood, (c) gives the perplexity asked: the answer is (c), right or wrong."""
    work = f"(b) $\\boxed{{\\ln\\Pr(y\\mid x) = -0.7 - 0.4 = -1.1}}$\n\n(c) $\\mathrm{{PPL}} = {last}$\n"
    report = grade_text(work, _problem("deep-learning-perplexity"))
    assert report.verdict == verdict, [(d.code, d.span.line) for d in report.diagnostics]
    assert report.final_answer is not None and report.final_answer.line == 3


@pytest.mark.parametrize("label", ["Final answer:", "Answer:", "**Answer:**", "Result:", "answer ="])
@pytest.mark.parametrize(("given", "verdict"), [("0.3329", "incorrect"), ("-1.1", "correct")])
def test_a_labelled_answer_given_first_is_the_answer(label: str, given: str, verdict: str) -> None:
    """An answer the student labels in words is what they submit, even when the asked quantity is worked
    out after it: the probability labelled as the answer where the log is asked stays wrong (only a box
    may be one part's answer among others)."""
    work = f"{label} {given}\n\nWorking:\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1\nPr(y|x) = e^(-1.1) = 0.3329\n"
    report = grade_text(work, _problem("deep-learning"))
    assert report.verdict == verdict
    assert report.final_answer is not None and report.final_answer.line == 1
