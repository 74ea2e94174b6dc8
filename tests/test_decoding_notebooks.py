"""Decoding answers with data typed as code and bracketed remarks that list the tokens chosen from (issue
10, blind-kinds33): a nested mapping (the conditional table) or a comprehension assigned to a variable is
the problem's data or the program's text, no beam step; "(keep top 2 of the, a, one)" names the candidates,
not the beam kept. Each right variant earns full marks and its wrong twin stays caught. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-a-cat.toml"  # the .5 a .4 one .1; a cat .36 beats the dog .20

_TABLE_STEP2 = (
    "Step 2: the dog 0.5*0.4 = 0.20, the cat 0.175, the car 0.125, a cat 0.4*0.9 = 0.36, a dog 0.04\n"
    "Kept: a cat 0.36, the dog 0.20\n\n"
)

# (right answer, its wrong twin)
CLASSES = [
    # the conditional table as a nested dict, the candidates built by a comprehension; the beams printed
    (
        "step1 = {'the': 0.5, 'a': 0.4, 'one': 0.1}\nprint(top2(step1))\n>>> {'the': 0.5, 'a': 0.4}\n"
        "table = {'a': {'cat': 0.9, 'dog': 0.1}, 'the': {'dog': 0.4, 'cat': 0.35, 'car': 0.25}}\n"
        "scores = {a + ' ' + b: p * q for a, p in beam.items() for b, q in table[a].items()}\n"
        "print(top2(scores))\n>>> {'a cat': 0.36, 'the dog': 0.2}\n"
        'print("Answer: a cat with probability 0.36")\n',
        "step1 = {'the': 0.5, 'a': 0.4, 'one': 0.1}\nprint(top2(step1))\n>>> {'the': 0.5, 'a': 0.4}\n"
        "table = {'a': {'cat': 0.9, 'dog': 0.1}, 'the': {'dog': 0.4, 'cat': 0.35, 'car': 0.25}}\n"
        "scores = {a + ' ' + b: p * q for a, p in beam.items() for b, q in table[a].items()}\n"
        "print(top2(scores))\n>>> {'the dog': 0.2, 'the cat': 0.175}\n"
        'print("Answer: the dog with probability 0.20")\n',
    ),
    # the answer only inside print("…") / cat("…"), echoed below
    (
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + 'print("Answer: a cat, probability 0.36")\n'
        ">>> Answer: a cat, probability 0.36\n",
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + 'print("Answer: the dog, probability 0.20")\n'
        ">>> Answer: the dog, probability 0.20\n",
    ),
    (
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + "cat('Beam search returns: a cat (0.36)\\n')\n",
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + "cat('Beam search returns: a cat (0.63)\\n')\n",
    ),
    # R's nested list as the table
    (
        "p <- list(the = list(dog = 0.4, cat = 0.35, car = 0.25), a = list(cat = 0.9, dog = 0.1))\n\n"
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + "Beam search returns a cat with probability 0.36.\n",
        "p <- list(the = list(dog = 0.4, cat = 0.35, car = 0.25), a = list(cat = 0.9, dog = 0.1))\n\n"
        "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + "Beam search returns the dog with probability 0.20.\n",
    ),
    # a remark that lists the tokens chosen from, before the beam kept
    (
        "**Step 1** (keep top 2 of the, a, one): the 0.5, a 0.4 (one 0.1 dropped)\n\n"
        + _TABLE_STEP2
        + "Answer: a cat, 0.36.\n",
        "**Step 1** (keep top 2 of the, a, one): the 0.5, one 0.1 (a 0.4 dropped)\n\n"
        + _TABLE_STEP2
        + "Answer: a cat, 0.36.\n",
    ),
    (
        "Step 1 (best two from the, a or one): the 0.5, a 0.4\n\n" + _TABLE_STEP2 + "Answer: a cat, 0.36.\n",
        "Step 1 (best two from the, a or one): the 0.5\n\n" + _TABLE_STEP2 + "Answer: a cat, 0.36.\n",
    ),
]


@pytest.mark.parametrize(("right", "wrong"), CLASSES)
def test_right_work_gets_full_marks_and_its_twin_is_caught(right: str, wrong: str) -> None:
    question = load_question(BEAM)
    report = question.grade(right.encode(), "s.txt")
    assert report.verdict == "correct", [(d.code, d.span.line, d.message) for d in report.diagnostics]
    assert report.score == report.max_score
    twin = question.grade(wrong.encode(), "s.txt")
    assert twin.verdict == "incorrect", [(d.code, d.span.line) for d in twin.diagnostics]
    assert twin.score < twin.max_score


def test_a_bracketed_sequence_is_still_read() -> None:
    """A bracket of tokens alone is a sequence ("(a, cat)"), not a list chosen from: it stays."""
    text = "Step 1: the 0.5, a 0.4\n" + _TABLE_STEP2 + "Beam search returns y = (a, cat) with P = 0.36.\n"
    report = load_question(BEAM).grade(text.encode(), "s.txt")
    assert report.verdict == "correct", [(d.code, d.span.line, d.message) for d in report.diagnostics]
