"""Every notation students use (issue #2, §1) is read; table-driven."""

from __future__ import annotations

import math

import pytest

from grader.core.precheck import normalise
from grader.maths.build import parse_piece
from grader.maths.evaluate import Context, ModelValues, evaluate
from grader.maths.segment import Piece
from grader.maths.terms import Sequence
from tests.conftest import grade, problem


def piece(text: str) -> Piece:
    text = normalise(text)[0]
    return Piece(text, tuple((1, i + 1) for i in range(len(text))), True, False, 1)


def value_of(text: str, name: str = "dl") -> float:
    p = problem(name)
    seq = Sequence(p.x, p.y, p.model)
    ctx = Context(seq, p.ask, p.log_base)
    chain = parse_piece(piece(text))
    return evaluate(chain.items[0], ctx, ModelValues(seq, p.reference.ln_probs))


ARITHMETIC = [
    ("0.5", 0.5),
    (".5", 0.5),
    ("1e-3", 0.001),
    ("2/3", 2 / 3),
    ("2/3 · 2/3", 4 / 9),
    ("2/3 * 2/3", 4 / 9),
    ("3.1 \\times 10^{-5}", 3.1e-5),
    ("3 \\cdot 2", 6),
    ("3 × 2", 6),
    ("2 ** 3", 8),
    ("2^3", 8),
    ("2^{-1}", 0.5),
    ("10^{-5}", 1e-5),
    ("(-0.7)(-0.4)", 0.28),
    ("-0.7 × -0.4", 0.28),
    ("−0.7 · 2", -1.4),
    ("\\frac{1}{2}", 0.5),
    ("\\dfrac{3}{4}", 0.75),
    ("\\sqrt{4}", 2),
    ("\\sqrt[3]{8}", 2),
    ("\\left( 1 + 2 \\right) \\cdot 2", 6),
    ("{-0.7} + {-0.4}", -1.1),
    ("\\frac{2}{3} \\, \\cdot \\, 3", 2),
    ("e^{0}", 1),
    ("e^2", math.e**2),
    ("e^{-1.1}", math.exp(-1.1)),
    ("exp(1)", math.e),
    ("\\exp(0)", 1),
    ("\\exp\\left(-0.5\\right)", math.exp(-0.5)),
    ("log .25", math.log(0.25)),
    ("log(.25)", math.log(0.25)),
    ("ln 0.4", math.log(0.4)),
    ("\\ln 0.4", math.log(0.4)),
    ("log_2 0.5", -1),
    ("log_2 1/4", -2),
    ("\\log_2 4", 2),
    ("\\log_{2} 4", 2),
    ("log2(8)", 3),
    ("lg 8", 3),
    ("log10 100", 2),
    ("log_{10} 1000", 3),
    ("\\log_{10}(0.01)", -2),
    ("Σ_{i=1}^{2} 1", 2),
    ("\\sum_{i=1}^{3} 2", 6),
    ("\\prod_{i=1}^{3} 2", 8),
    ("∏_{i=1}^{2} 3", 9),
    ("sum_{i=1}^{2} 5", 10),
    ("\\boxed{1.5}", 1.5),
    ("2 \\div 4", 0.5),
]


@pytest.mark.parametrize(("text", "expected"), ARITHMETIC)
def test_arithmetic_notation(text: str, expected: float) -> None:
    assert value_of(text) == pytest.approx(expected, rel=1e-12, abs=1e-15)


MODEL_TERMS = [
    # (problem, expression, expected value under the model)
    ("dl", "log Pr(y|x)", -1.1),
    ("dl", "log P(y_1|x)", -0.7),
    ("dl", "\\log p(y_{1} \\mid x)", -0.7),
    ("dl", "\\log \\Pr\\left(y_2 \\mid x, y_1\\right)", -0.4),
    ("dl", "\\log \\mathrm{P}(y_2 ∣ x, y_1)", -0.4),
    ("dl", "\\log \\mathbb{P}(y_2 | x y_1)", -0.4),
    ("dl", "log P(y_1 = deep | x)", -0.7),
    ("dl", "log P(y_1='deep' | x)", -0.7),
    ("dl", 'log P(y_2 = "learning" | x, y_1 = "deep")', -0.4),
    ("dl", "log P(learning | x, deep)", -0.4),
    ("dl", "\\log P(\\text{learning} \\mid x, \\mathrm{deep})", -0.4),
    ("dl", "log P(deep learning | x)", -1.1),
    ("dl", "log P(y_1, y_2 | x)", -1.1),
    ("dl", "log P(y_{<3} | x)", -1.1),
    ("dl", "log P(y_{1:2} | x)", -1.1),
    ("dl", "log P(y_1, ..., y_n | x)", -1.1),
    ("dl", "\\sum_{i=1}^{n} \\log P(y_i | x, y_{<i})", -1.1),
    ("dl", "\\sum_{i=1}^{2} \\log P(y_i | x, y_{1:i-1})", -1.1),
    ("dl", "Σ_{i=1}^{|y|} log P(y_i | x, y_{<i})", -1.1),
    ("dl", "\\sum_i \\ln p_i", -1.1),
    ("dl", "LL", -1.1),
    ("dl", "P", math.exp(-1.1)),  # a bare P is the probability of y …
    ("food", "P(<s> i want english food </s>)", 0.25 * 0.33 * 0.0011 * 0.5 * 0.68),
    (
        "food",
        "P(\\langle s \\rangle i want english food \\langle /s \\rangle)",
        0.25 * 0.33 * 0.0011 * 0.5 * 0.68,
    ),
    ("food", "P(i | <s>)", 0.25),
    ("food", "P(y_1 | y_0)", 0.25),
    ("food", "P(food | want english)", 0.5),
    ("food", "P(</s> | food)", 0.68),
    ("food", "\\prod_{i=1}^{5} P(w_i | w_{i-1})", 0.25 * 0.33 * 0.0011 * 0.5 * 0.68),
    ("food", "∏_{i=1}^{n} P(y_i | y_{i-1})", 0.25 * 0.33 * 0.0011 * 0.5 * 0.68),
    ("sam", "C(<s> I)", 2),
    ("sam", "C(I am) / C(I)", 2 / 3),
    ("sam", "\\frac{C(am\\ Sam)}{C(am)}", 1 / 2),
    ("sam", "P(Sam | am)", 1 / 2),
    ("bits", "NLL", -math.log2(0.5 * 0.25 * 0.2 * 0.5)),
    ("bits", "-\\sum_{i=1}^{4} \\log_2 P(w_i | w_{i-1})", -math.log2(0.5 * 0.25 * 0.2 * 0.5)),
    ("bits", "log P(the | <s>)", -1),  # a bare log is the problem's base, 2 here
    ("bits", "H", -math.log2(0.5 * 0.25 * 0.2 * 0.5) / 4),
    ("bits", "CE", -math.log2(0.5 * 0.25 * 0.2 * 0.5) / 4),
    ("ppl", "PPL", math.exp(0.55)),
    ("ppl", "PP(T)", math.exp(0.55)),
    ("ppl", "ppl", math.exp(0.55)),
    ("ppl", "perplexity", math.exp(0.55)),
    ("ppl", "\\mathrm{PPL}(y)", math.exp(0.55)),
    ("ppl", "\\sqrt[N]{1 / P(y|x)}", math.exp(0.55)),
    ("ppl", "e^{-\\frac{1}{N} \\sum_{i=1}^{N} \\ln p_i}", math.exp(0.55)),
    ("ppl", "2^{-\\frac{1}{2} \\log_2 P(y|x)}", math.exp(0.55)),
]


@pytest.mark.parametrize(("name", "text", "expected"), MODEL_TERMS)
def test_terms_and_quantities(name: str, text: str, expected: float) -> None:
    assert value_of(text, name) == pytest.approx(expected, rel=1e-9)


CORRECT = [
    ("dl", "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1"),
    (
        "dl",
        "$$\\log \\Pr(y \\mid x) = \\log \\Pr(y_1 \\mid x) + \\log \\Pr(y_2 \\mid x, y_1) = -0.7 + (-0.4) = -1.1$$",
    ),
    ("dl", "\\[ \\log P(y|x) = -0.7 - 0.4 = -1.1 \\]"),
    (
        "dl",
        "We use the chain rule: $\\log P(y|x) = \\log P(y_1|x) + \\log P(y_2|x,y_1)$.\n"
        "Substituting, $-0.7 + (-0.4) = -1.1$.",
    ),
    (
        "dl",
        "\\begin{align*}\n\\log P(y|x) &= \\log P(y_1 = \\text{deep} \\mid x) + \\log P(y_2 = \\text{learning} \\mid x, y_1 = \\text{deep}) \\\\\n"
        "&= -0.7 - 0.4 \\\\\n&= -1.1\n\\end{align*}",
    ),
    ("dl", "log P(deep learning | x)\n= log P(deep | x) + log P(learning | x, deep)\n= −0.7 + −0.4\n≈ −1.1"),
    (
        "dl",
        "# Solution\n\n* By the chain rule, log Pr(y|x) = Σ_{i=1}^{2} log Pr(y_i | x, y_{<i}).\n"
        "* = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n* = -0.7 + (-0.4)\n\n**Answer:** -1.1",
    ),
    ("dl", "log P(y|x) = -0.7 + -0.4 \\approx -1.1 nats"),
    (
        "dl",
        "```\nlog P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n           = -0.7 + (-0.4)\n           = -1.1\n```",
    ),
    ("dl", "P(y|x) = P(y_1|x) P(y_2|x,y_1) = e^{-0.7} e^{-0.4} = e^{-1.1}\nlog P(y|x) = -1.1"),
    ("dl", "The log-likelihood is log P(y | x) = -0.7 + (-0.4) = -1.1."),
    ("dl", "log P(y|x) = -0.7 + (-0.4)\nAnswer: $-1.1$"),
    ("dl", "P = -0.7 + (-0.4) = -1.1"),  # … or, where that fails, the quantity asked
    ("dl", "log P(y|x) = log P(y_1|x)\n             + log P(y_2|x,y_1)\n= -0.7 + (-0.4) = -1.1"),
    (
        "dl",
        "\\begin{align*}\n\\log P(y|x) &= \\log P(y_1|x) \\\\\n&\\quad + \\log P(y_2|x,y_1) \\\\\n&= -0.7 - 0.4 = -1.1\n\\end{align*}",
    ),
    (
        "ppl",
        "N = 2\nPPL = exp(-(1/N)(log P(y_1|x) + log P(y_2|x,y_1))) = exp(-(1/2)(-1.1)) = exp(0.55) ≈ 1.733",
    ),
    ("ppl", "$$\\mathrm{PPL}(y) = e^{-\\frac{1}{2}(-0.7 - 0.4)} = e^{0.55} \\approx 1.73$$"),
    ("ppl", "PP(T) = P(y|x)^{-1/2} = (e^{-1.1})^{-1/2} = 1.733"),
    ("ppl", "perplexity = \\sqrt{1 / P(y|x)} = \\sqrt{e^{1.1}} = 1.733"),
    (
        "food",
        "P(<s> i want english food </s>) = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n"
        "= .25 × .33 × .0011 × .5 × .68\n= 0.000031",
    ),
    (
        "food",
        "$P(\\langle s \\rangle\\ i\\ want\\ english\\ food\\ \\langle /s \\rangle) = 0.25 \\cdot 0.33 \\cdot 0.0011 "
        "\\cdot 0.5 \\cdot 0.68 \\approx 3.1 \\times 10^{-5}$",
    ),
    (
        "food",
        "P(<s> i want english food </s>) = P(i|<s>) P(want|<s> i) P(english|want) P(food| want english) P(</s>|food)"
        " = .25 * .33 * .0011 * .5 * .68 = 3.0855e-5",
    ),
    (
        "food",
        "log P = ln .25 + ln .33 + ln .0011 + ln .5 + ln .68\n= -1.386 - 1.109 - 6.812 - 0.693 - 0.386 = -10.386\n"
        "P = e^{-10.386} = 3.09 \\times 10^{-5}",
    ),
    (
        "food",
        "P = \\prod_{i=1}^{5} P(w_i \\mid w_{i-1}) = 0.25 \\times 0.33 \\times 0.0011 \\times 0.5 \\times 0.68 = 3.09 \\times 10^{-5}",
    ),
    (
        "sam",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n"
        "= C(<s> I)/C(<s>) · C(I am)/C(I) · C(am Sam)/C(am) · C(Sam </s>)/C(Sam)\n= 2/3 · 2/3 · 1/2 · 1/2\n= 1/9 ≈ 0.1111",
    ),
    (
        "sam",
        "$$P(\\text{<s> I am Sam </s>}) = \\frac{2}{3}\\cdot\\frac{2}{3}\\cdot\\frac{1}{2}\\cdot\\frac{1}{2} = \\frac{1}{9}$$",
    ),
    ("sam", "P(I|<s>) = 2/3, so\nP = 2/3 * 2/3 * 1/2 * 1/2 = 0.1111"),
    (
        "bits",
        "NLL = -[log_2 P(the|<s>) + log_2 P(cat|the) + log_2 P(sat|cat) + log_2 P(</s>|sat)]\n"
        "= -(log_2 1/2 + log_2 1/4 + log_2 1/5 + log_2 1/2)\n= 1 + 2 + 2.32 + 1 = 6.32 bits",
    ),
    ("bits", "NLL = -(lg 0.5 + lg 0.25 + lg 0.2 + lg 0.5) = 1 + 2 + 2.3219 + 1 = 6.3219"),
    (
        "bits",
        "$\\mathrm{NLL} = -\\sum_{i=1}^{4} \\log_2 P(w_i \\mid w_{i-1}) = -\\log_2(0.5 \\cdot 0.25 \\cdot 0.2 \\cdot 0.5) "
        "= -\\log_2 0.0125 \\approx 6.32$",
    ),
    ("bits", "NLL = -(log2(0.5) + log2(0.25) + log2(0.2) + log2(0.5)) = 6.322"),
    ("bits", "NLL = -log_2(1/2 · 1/4 · 1/5 · 1/2) = -log_2(1/80) = log_2 80 ≈ 6.32"),
]


@pytest.mark.parametrize(("name", "text"), CORRECT)
def test_correct_work_in_every_notation(name: str, text: str) -> None:
    report = grade(name, text)
    assert report.diagnostics == (), [d.to_dict() for d in report.diagnostics]
    assert report.verdict == "correct"
    assert report.score == report.max_score
