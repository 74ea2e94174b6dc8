"""Classes of work the grader misread on blind33 (students schooled in France), each pinned by variants written
for this test (not copied from the blind set) and a wrong twin of each that must stay caught at the line of its
slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

- An unmarked `log` that the student's own numbers show to be the natural logarithm (as French courses write
  it), in a problem asking a log quantity in bits, was charged log-base-mismatch at the first log even where
  the work converts (divides by log 2 = 0.6931): a convention, not a mistake. Logs in another base that are
  never converted stay the mistake, charged at the first of them.
- A unit in brackets after a quantity's name (`NLL (nats) = 4.382`, `NLL (bits) = 4.382 / 0.6931`) was read as
  the name's argument: the chain's values were taken in the problem's unit.
- ℙ (and 𝑃, 𝐏) for the probability was not read, and `lb` (ISO 80000-2's log₂) was no function; nor was a
  bare `\\mathbb{P}` naming the probability (`\\mathbb{P} = \\frac{3}{14} \\cdots`).
- A box around a statement with `\\simeq` or `\\sim` (`\\boxed{\\mathbb{P} \\simeq 1{,}09 \\cdot 10^{-3}}`) was not
  opened as one around `=` or `\\approx` is, so the boxed answer was lost.
"""

from __future__ import annotations

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "natural-log-converted",
        "cat-nll-bits",
        "log P = log(1/2) + log(1/4) + log(1/5) + log(1/2)\n= -0.6931 - 1.3863 - 1.6094 - 0.6931 = -4.3820\n"
        "NLL = 4.3820 / 0.6931 = 6.322 bits\n",
        (
            "log P = log(1/2) + log(1/4) + log(1/5) + log(1/2)\n= -0.6931 - 1.3863 - 1.6094 - 0.6931 = -4.3820\n"
            "NLL = 4.382 bits\n",
            2,
        ),
    ),
    (
        "natural-log-converted",
        "transformer-log-likelihood",
        "log .2360 + log .0923 + log .1279 + log .0170 = -1.4439 - 2.3827 - 2.0565 - 4.0745 = -9.9576\n"
        "log2 Pr(y|x) = -9.9576 / log 2 = -14.366\n",
        (
            "log .2360 + log .0923 + log .1279 + log .0170 = -1.4439 - 2.3827 - 2.0565 - 4.0745 = -9.9576\n"
            "log2 Pr(y|x) = -9.958\n",
            1,
        ),
    ),
    (
        "unit-after-name",
        "cat-nll-bits",
        "NLL (nats) = -ln(1/2 · 1/4 · 1/5 · 1/2) = 4.382\nNLL (bits) = 4.382 / 0.6931 = 6.322\n",
        ("NLL (nats) = -ln(1/2 · 1/4 · 1/5 · 1/2) = 4.382\nNLL (bits) = 4.382 / 0.6931 = 6.522\n", 2),
    ),
    (
        "double-struck-p",
        "deep-learning",
        "log ℙ(y|x) = log ℙ(y_1|x) + log ℙ(y_2|x, y_1) = -0.7 - 0.4 = -1.1\n",
        ("log ℙ(y|x) = log ℙ(y_1|x) · log ℙ(y_2|x, y_1) = (-0.7)(-0.4) = 0.28\n", 1),
    ),
    (
        "binary-log-lb",
        "transformer-log-likelihood",
        "lb Pr(y|x) = lb .2360 + lb .0923 + lb .1279 + lb .0170\n= -2.0831 - 3.4375 - 2.9669 - 5.8783 = -14.366\n",
        (
            "lb Pr(y|x) = lb .2360 + lb .0923 + lb .1279 + lb .0170\n= -2.0831 - 3.4375 - 2.9669 - 5.8783 = -13.366\n",
            2,
        ),
    ),
    (
        "mathbb-p-named",
        "sam-corpus",
        "$\\mathbb{P} = \\frac{2}{3}\\cdot\\frac{2}{3}\\cdot\\frac{1}{2}\\cdot\\frac{1}{2} = \\frac{1}{9}$\n",
        (
            "$\\mathbb{P} = \\frac{2}{3}\\cdot\\frac{2}{3}\\cdot\\frac{1}{2}\\cdot\\frac{1}{2} = \\frac{1}{6}$\n",
            1,
        ),
    ),
    (
        "boxed-simeq",
        "deep-learning-perplexity",
        "$PPL = e^{0.55}$\n\\[\\boxed{PPL \\simeq 1.733}\\]\n",
        ("$PPL = e^{0.55}$\n\\[\\boxed{PPL \\simeq 1.833}\\]\n", 2),
    ),
]
