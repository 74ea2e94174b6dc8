"""A beam step or a length-normalised score the student takes back and writes again ("oops … Redo step 2:",
"EDIT: … divide by 2 and 3:") is judged on the redo: the first attempt is withdrawn, neither charged nor
credited (blind-kinds34: both such answers were charged for the attempt they disowned). A redo that is
itself wrong is still charged, and a slip no redo follows stays charged."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-a-cat.toml"
NORMALISED = ROOT / "problems/decoding/beam-length-normalised.toml"

FIRST_TRY = (
    "step 1: the 0.5, a 0.4\nstep 2: the dog 0.20, the cat 0.175 -> keep the dog 0.20, the cat 0.175\n"
)
NORMALISED_STEPS = (
    "step 1: yes 0.5, no 0.3\n"
    "step 2: yes </s> 0.2, yes please 0.175 (no thanks 0.15 pruned); yes </s> finished, width now 1\n"
    "step 3: yes please </s> 0.175*0.9 = 0.1575 (finished)\n"
)

# (name, problem, correct answer with a redo, wrong twin)
CASES = [
    (
        "oops-redo-step",
        BEAM,
        FIRST_TRY + "oops, I only expanded the first one. Redo step 2:\n"
        "  the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
        "  keep: a cat 0.36, the dog 0.20\nreturns a cat, P = 0.36\n",
        FIRST_TRY + "oops, I only expanded the first one. Redo step 2:\n"
        "  the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
        "  keep: the dog 0.20, the cat 0.175\nreturns the dog, P = 0.20\n",
    ),
    (
        "wait-wrong-redo",
        BEAM,
        FIRST_TRY + "wait, that's wrong — both beams extend:\n"
        "step 2: a cat 0.36, the dog 0.20 kept (the cat 0.175, the car 0.125, a dog 0.04 dropped)\n"
        "Answer: a cat, 0.36\n",
        FIRST_TRY + "wait, that's wrong — both beams extend:\n"
        "step 2: a cat 0.36, the cat 0.175 kept (the dog 0.20, the car 0.125, a dog 0.04 dropped)\n"
        "Answer: a cat, 0.36\n",
    ),
    (
        "edit-normalised-scores",
        NORMALISED,
        NORMALISED_STEPS
        + "normalise: yes </s>: ln(0.2)/1 = -1.609 ; yes please </s>: ln(0.1575)/2 = -0.924\n"
        "EDIT: length counts every token incl </s>, so divide by 2 and 3:\n"
        "  yes </s>: -1.609/2 = -0.805\n  yes please </s>: -1.848/3 = -0.616\n"
        "winner: yes please </s>, P = 0.1575\n",
        NORMALISED_STEPS
        + "normalise: yes </s>: ln(0.2)/1 = -1.609 ; yes please </s>: ln(0.1575)/2 = -0.924\n"
        "EDIT: length counts every token, so:\n"
        "  yes </s>: -1.609/1 = -1.609\n  yes please </s>: -1.848/2 = -0.924\n"
        "winner: yes please </s>, P = 0.1575\n",
    ),
]


@pytest.mark.parametrize(("name", "path", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_the_redo_is_judged_not_the_attempt_taken_back(
    name: str, path: object, right: str, wrong: str
) -> None:
    report = load_question(path).grade(right.encode(), "right.txt")
    assert (report.verdict, report.score) == ("correct", report.max_score), [
        (d.code, d.span.line) for d in report.diagnostics
    ]


@pytest.mark.parametrize(("name", "path", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_wrong_redo_is_charged(name: str, path: object, right: str, wrong: str) -> None:
    report = load_question(path).grade(wrong.encode(), "wrong.txt")
    assert report.score < report.max_score
    assert any(d.severity == "error" for d in report.diagnostics)


def test_a_slip_no_redo_follows_stays_charged() -> None:
    text = FIRST_TRY + "hmm, wait. Anyway:\nreturns the dog, P = 0.20\n"
    report = load_question(BEAM).grade(text.encode(), "slip.txt")
    assert report.score < report.max_score
    assert "beam-step-wrong" in {d.code for d in report.diagnostics}
