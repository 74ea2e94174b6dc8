"""A token written in another case than the vocabulary's (autocorrect's "a Cat", a capital opening a line,
"i am" typed in lower case) is that token, where only one token of the vocabulary has those letters
(blind-kinds35: "a Cat 0.36" among step 2's candidates was read as prose, so the step seemed to keep five
hypotheses). Each variant is correct; its wrong twin changes what is kept or returned and stays wrong."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-a-cat.toml"
GREEDY = ROOT / "problems/decoding/greedy-sam-bigram.toml"

# (name, problem, correct answer, wrong twin)
CASES = [
    (
        "capital-mid-line",
        BEAM,
        "step 1: the 0.5, a 0.4\nstep 2: candidates the dog 0.20, the cat 0.175, the car 0.125, a Cat 0.36, a dog 0.04\n"
        "keep: a Cat 0.36, the dog 0.20\n"
        "Answer: a cat, P = 0.36\n",
        "step 1: the 0.5, a 0.4\nstep 2: candidates the dog 0.20, the cat 0.175, the car 0.125, a Cat 0.36, a dog 0.04\n"
        "keep: the Dog 0.20, the Cat 0.175\n"
        "Answer: the dog, P = 0.20\n",
    ),
    (
        "capital-opening-lines",
        BEAM,
        "Step 1:\nThe 0.5\nA 0.4\nStep 2:\nA cat 0.36\nThe dog 0.20\nAnswer: A Cat with probability 0.36\n",
        "Step 1:\nThe 0.5\nA 0.4\nStep 2:\nThe dog 0.20\nThe cat 0.175\nAnswer: The Dog with probability 0.20\n",
    ),
    (
        "all-capitals",
        BEAM,
        "step 1: THE 0.5, A 0.4\nstep 2: A CAT 0.36, THE DOG 0.20\nAnswer: A CAT, P = 0.36\n",
        "step 1: THE 0.5, A 0.4\nstep 2: A CAT 0.36, THE DOG 0.20\nAnswer: THE DOG, P = 0.20\n",
    ),
    (
        "lower-case-I",
        GREEDY,
        "<s> -> i (2/3) -> am (2/3) -> </s> (1/2)\nP = 2/3 × 2/3 × 1/2 = 2/9\nAnswer: i am </s>, P = 2/9\n",
        "<s> -> i (2/3) -> do (1/3) -> not (1)\nP = 2/3 × 1/3 = 2/9\nAnswer: i do not, P = 2/9\n",
    ),
]


@pytest.mark.parametrize(("name", "path", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_token_in_another_case_is_the_token(name: str, path: object, right: str, wrong: str) -> None:
    question = load_question(path)
    report = question.grade(right.encode(), "right.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), [
        (d.code, d.span.line) for d in report.diagnostics
    ]


@pytest.mark.parametrize(("name", "path", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_its_wrong_twin_stays_wrong(name: str, path: object, right: str, wrong: str) -> None:
    question = load_question(path)
    report = question.grade(wrong.encode(), "wrong.txt")
    assert report.score < report.max_score
    assert any(d.severity == "error" for d in report.diagnostics)
