"""Notations the decoding reader once misread on correct work, each with a wrong twin still caught.

Every row is an answer written for this test (not taken from a corpus): a right variant in one
notation must get full marks, and its twin, the same notation with one real mistake, must still be
charged with the code that names the mistake. Where the grader cannot tie what it read, it warns
(decoding-unread, sent for review) and deducts nothing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from grader.core.question import load_question
from grader.core.report import Report

ROOT = Path(__file__).resolve().parents[1]


@cache
def _question(name: str):  # noqa: ANN202 - whichever question kind the seam returns
    return load_question(ROOT / "problems" / "decoding" / f"{name}.toml")


def grade(problem: str, text: str) -> Report:
    return _question(problem).grade(text.encode(), "answer.txt")


def codes(report: Report) -> set[str]:
    return {d.code for d in report.diagnostics if d.severity == "error"}


# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "markdown table of every extension, then the ones kept",
        "beam-a-cat",
        "Step 1: keep the 0.5, a 0.4\n\nStep 2, every extension:\n\n| seq | P |\n|--|--|\n"
        "| the dog | 0.2 |\n| the cat | 0.175 |\n| a cat | 0.36 |\n| a dog | 0.04 |\n\n"
        "Kept: a cat 0.36, the dog 0.2\n\nAnswer: a cat, 0.36\n",
        "Step 1: keep the 0.5, a 0.4\n\nStep 2, every extension:\n\n| seq | P |\n|--|--|\n"
        "| the dog | 0.2 |\n| the cat | 0.175 |\n| a cat | 0.36 |\n| a dog | 0.04 |\n\n"
        "Kept: a cat 0.36, the dog 0.2, the cat 0.175\n\nAnswer: a cat, 0.36\n",
        "beam-width-wrong",
    ),
    (
        "a prose sentence of extensions, then a sentence naming the beam",
        "beam-a-cat",
        "First I keep the (0.5) and a (0.4).\nExtending gives the dog = 0.2, the cat = 0.175, a cat = 0.36.\n"
        "The best two, a cat (0.36) and the dog (0.2), form the beam.\nSo the answer is a cat, 0.36.\n",
        "First I keep the (0.5) and a (0.4).\nExtending gives the dog = 0.2, the cat = 0.175, a cat = 0.36.\n"
        "The best two, a cat (0.36) and the cat (0.175), form the beam.\nSo the answer is a cat, 0.36.\n",
        "beam-step-wrong",
    ),
    (
        "LaTeX: \\text{}, $…$, \\{ \\}, \\times without a space",
        "beam-a-cat",
        "Step 1: $\\{\\text{the}: 0.5,\\ \\text{a}: 0.4\\}$\n"
        "Step 2: $\\{\\text{a cat}: 0.4\\times0.9 = 0.36,\\ \\text{the dog}: 0.5\\cdot0.4 = 0.20\\}$\n"
        "Answer: $\\text{a cat}$, $P = 0.36$\n",
        "Step 1: $\\{\\text{the}: 0.5,\\ \\text{a}: 0.4\\}$\n"
        "Step 2: $\\{\\text{a cat}: 0.4\\times0.9 = 0.36,\\ \\text{the dog}: 0.5\\cdot0.4 = 0.20\\}$\n"
        "Answer: $\\text{the dog}$, $P = 0.20$\n",
        "decoded-sequence-wrong",
    ),
    (
        "a sequence written as a tuple, y = (a, cat)",
        "beam-a-cat",
        "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat: 0.36, the dog: 0.2}\n"
        "Beam search returns $y = (\\text{a}, \\text{cat})$ with $P(y) = 0.36$.\n",
        "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat: 0.36, the dog: 0.2}\n"
        "Beam search returns $y = (\\text{the}, \\text{dog})$ with $P(y) = 0.2$.\n",
        "decoded-sequence-wrong",
    ),
    (
        '"drop" or "prune" written before the hypotheses it removes',
        "beam-a-cat",
        "step 1: keep the 0.5 and a 0.4; prune one 0.1\nstep 2: keep a cat 0.36 and the dog 0.2\n"
        "Answer: a cat, 0.36\n",
        "step 1: keep the 0.5, a 0.4 and one 0.1\nstep 2: keep a cat 0.36 and the dog 0.2\nAnswer: a cat, 0.36\n",
        "beam-width-wrong",
    ),
    (
        "a probability on its own line (display maths) under the sequence, with \\tfrac and \\approx",
        "greedy-sam-bigram",
        "Greedy output: <s> I am </s>\n\n$$P = \\tfrac23 \\cdot \\tfrac23 \\cdot \\frac{1}{2} \\approx 0.222$$\n",
        "Greedy output: <s> I am </s>\n\n$$P = \\tfrac23 \\cdot \\tfrac23 \\approx 0.444$$\n",
        "decoded-prob-wrong",
    ),
    (
        "the tie rule the statement gives is followed",
        "greedy-sam-bigram",
        "Answer: I am </s>, P = 2/3 · 2/3 · 1/2 = 2/9\n",
        "Answer: I am Sam </s>, P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n",
        "decoded-sequence-wrong",
    ),
    (
        "P(sequence | x): the probability of a whole sequence given the prompt, not a factor",
        "greedy-not-best",
        "Greedy takes cat, then sat, then down.\n"
        "$P(\\text{cat sat down} \\mid x) = 0.4 \\cdot 0.4 \\cdot 0.3 = 0.048$\n"
        "$P(\\text{dog barked loudly} \\mid x) = 0.3 \\cdot 0.6 \\cdot 0.3 = 0.054$\n"
        "No: greedy's output is not the most probable sequence.\n",
        "Greedy takes cat, then sat, then down.\n"
        "$P(\\text{cat sat down} \\mid x) = 0.4 \\cdot 0.4 \\cdot 0.3 = 0.048$\n"
        "$P(\\text{dog barked loudly} \\mid x) = 0.3 \\cdot 0.6 \\cdot 0.3 = 0.064$\n"
        "No: greedy's output is not the most probable sequence.\n",
        "decoded-prob-wrong",
    ),
    (
        "a greedy path with arrows, opened by an ordinary word; bold Markdown",
        "greedy-not-best",
        "Greedy goes **cat** (0.4) -> **sat** (0.4) -> **down** (0.3), P = 0.048.\n"
        "But dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054, so the answer is no.\n",
        "Greedy goes **cat** (0.4) -> **sat** (0.4) -> **still** (0.25), P = 0.04.\n"
        "But dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054, so the answer is no.\n",
        "decoded-sequence-wrong",
    ),
    (
        "yes or no answering a question just asked, before a long justification",
        "greedy-is-best",
        "Greedy: the (0.6) -> cat (0.7), P = 0.42. Others: a cat 0.2, a dog 0.2, the dog 0.18.\n"
        "Is it the most probable? **Yes.** Nothing else comes close, although in general a search that "
        "commits early is not guaranteed to be the best and a later token can overturn it.\n",
        "Greedy: the (0.6) -> cat (0.7), P = 0.42. Others: a cat 0.2, a dog 0.2, the dog 0.18.\n"
        "Is it the most probable? **No.** Greedy is a search that commits early and is not guaranteed "
        "to be the best, since a later token can overturn it.\n",
        "decoding-verdict-wrong",
    ),
]


@pytest.mark.parametrize(("label", "problem", "right", "wrong", "code"), CASES, ids=[c[0] for c in CASES])
def test_right_variant_full_marks_and_wrong_twin_caught(
    label: str, problem: str, right: str, wrong: str, code: str
) -> None:
    report = grade(problem, right)
    assert (report.verdict, codes(report)) == ("correct", set()), [d.message for d in report.diagnostics]
    assert report.score == report.max_score
    twin = grade(problem, wrong)
    assert twin.verdict == "incorrect" and code in codes(twin), [d.message for d in twin.diagnostics]


# A probability the reader did not tie to the sequence is a warning, unless the answer has none at all (one on
# the line that gives the sequence is tied: tests/test_blind91_classes.py).
UNTIED = [
    (
        "beam-a-cat",
        "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat, the dog}\n"
        "The product 0.4 × 0.9 = 0.36 beats 0.5 × 0.4 = 0.2.\nSo beam search returns a cat.\n",
        "step 1: {the: 0.5, a: 0.4}\nstep 2: {a cat, the dog}\nBeam search returns a cat.\n",
    ),
]


@pytest.mark.parametrize(("problem", "written", "absent"), UNTIED)
def test_an_untied_probability_is_a_warning_but_a_missing_one_is_charged(
    problem: str, written: str, absent: str
) -> None:
    report = grade(problem, written)
    assert report.verdict == "correct" and report.score == report.max_score
    assert report.needs_review
    assert "decoded-prob-missing" in codes(grade(problem, absent))
