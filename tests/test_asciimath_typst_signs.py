"""AsciiMath's and Typst's words and digraphs for signs are read as the signs: `~~` and `approx` (≈), `xx`,
`times` and `dot` (× and ·) between operands, and Typst's quoted text naming a value ("PP" = e^(0.55)).

blind71 and blind-kinds62 (a class whose platform takes AsciiMath or Typst) wrote "P = e^(-10.3862) ~~ 3.086 xx
10^(-5)", `$ "PP" = e^(0.55) approx 1.7333 $` and `$ h dot (d/h + d/h) = 2d $`; the lines were not read, so a log
value above was judged as the answer (four right files marked wrong-quantity) or a wrong final line went unseen
(bigram-english-food/007, a factor-of-ten slip given full marks). Each sign is now read column for column, in every
kind. `~~` spaced on both sides is no Markdown strikethrough (`~~wrong~~` hugs its text), and a word is a sign only
beside a number, a bracket, a one-letter name or a function's call ("the dot product" stays prose). A metamorphic
table: each answer written with the markup's words is graded as the same answer written with the signs.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.dressing import markup_signs
from tests.conftest import ROOT

# (problem, with signs, with the markup's words)
PAIRS = [
    (
        "seed/bigram-english-food",
        "ln P = -10.3862\nP = e^(-10.3862) ≈ 3.086 × 10^(-5)\n",
        "ln P = -10.3862\nP = e^(-10.3862) ~~ 3.086 xx 10^(-5)\n",
    ),
    (
        "seed/bigram-english-food",
        "ln P = -10.3862\nP = e^(-10.3862) ≈ 3.086 × 10^(-4)\n",
        "ln P = -10.3862\nP = e^(-10.3862) ~~ 3.086 xx 10^(-4)\n",
    ),
    (
        "seed/sam-corpus",
        "ln P = ln(2/3) + ln(2/3) + ln(1/2) + ln(1/2) = -2.1972\nP = e^(-2.1972) ≈ 0.1111\n",
        "ln P = ln(2/3) + ln(2/3) + ln(1/2) + ln(1/2) = -2.1972\nP = e^(-2.1972) approx 0.1111\n",
    ),
    (
        "seed/deep-learning-perplexity",
        "ln Pr(y|x) = -0.7 + (-0.4) = -1.1\nPP = e^(0.55) ≈ 1.7333\n",
        'ln Pr(y|x) = -0.7 + (-0.4) = -1.1\n$ "PP" = e^(0.55) approx 1.7333 $\n',
    ),
    ("seed/sam-corpus", "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n", "P = 2/3 dot 2/3 dot 1/2 dot 1/2 = 1/9\n"),
    ("seed/sam-corpus", "P = 2/3 × 2/3 × 1/2 = 2/9\n", "P = 2/3 times 2/3 times 1/2 = 2/9\n"),
    (
        "cost/cache-memory",
        "numbers = L · (m + n) · 2d = 2 L d (m + n)\n",
        '$ "numbers" = L dot (m + n) dot 2d = 2 L d (m + n) $\n',
    ),
    (
        "cost/cached-flops",
        "total = 12 L n d^2 + 2 L d · frac(n(n+1), 2) = 12 L n d^2 + L d n (n+1)\nso O(L n d^2 + L n^2 d)\n",
        "total = 12 L n d^2 + 2 L d dot frac(n(n+1), 2) = 12 L n d^2 + L d n (n+1)\nso O(L n d^2 + L n^2 d)\n",
    ),
    (
        "decoding/greedy-not-best",
        '$ P("cat sat down" | x) = 0.4 × 0.4 × 0.3 = 0.048 $\n$ P("dog barked loudly" | x) = 0.3 × 0.6 × 0.3 = 0.054 $\n'
        "Answer: no, dog barked loudly beats greedy.\n",
        '$ P("cat sat down" | x) = 0.4 times 0.4 times 0.3 = 0.048 $\n'
        '$ P("dog barked loudly" | x) = 0.3 times 0.6 times 0.3 = 0.054 $\nAnswer: no, dog barked loudly beats greedy.\n',
    ),
    (
        "compare/deep-vs-reinforcement-ratio",
        "log P(A|x) = -0.7 + (-0.4) = -1.1\nlog P(B|x) = -1.6 + (-0.2) = -1.8\n"
        "P(A|x)/P(B|x) = e^(-1.1 - (-1.8)) = e^(0.7) ≈ 2.01\nA is about 2 times as likely as B.\n",
        "log P(A|x) = -0.7 + (-0.4) = -1.1\nlog P(B|x) = -1.6 + (-0.2) = -1.8\n"
        "P(A|x)/P(B|x) = e^(-1.1 - (-1.8)) = e^(0.7) ~~ 2.01\nA is about 2 times as likely as B.\n",
    ),
]


def graded(problem: str, text: str):  # type: ignore[no-untyped-def]
    report = load_question(ROOT / f"problems/{problem}.toml").grade(text.encode(), "work.md")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


@pytest.mark.parametrize(
    ("problem", "signs", "words"), PAIRS, ids=[f"{p}-{i}" for i, (p, _, _) in enumerate(PAIRS)]
)
def test_the_markups_words_read_as_their_signs(problem: str, signs: str, words: str) -> None:
    assert graded(problem, words) == graded(problem, signs)


@pytest.mark.parametrize(
    "line",
    [
        "~~P = 0.5~~ scratch that",
        "the dot product is approx. the same",
        "a dot product",
        'Pr("deep" | x) = 0.5',
        "xx = 2",
    ],
)
def test_strikethrough_prose_and_tokens_are_left_alone(line: str) -> None:
    assert markup_signs([line]) == [line]
