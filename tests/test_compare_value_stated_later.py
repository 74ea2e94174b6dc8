"""A candidate's work that ends without a value of its own (a program's `logA = -0.7 + (-0.4)`, a dict of its
token log-probabilities) takes the value the submission states for it later, side by side with the other's
("log Pr(A|x) = -1.1 and log Pr(B|x) = -1.8", a printed `{'A': -1.1, 'B': -1.8}`, `logA=-1.1  logB=-1.8`).
That value is then checked like any result: right values earn full marks, a wrong one is still charged."""

from __future__ import annotations

import pytest

from grader.compare.grade import grade_compare
from grader.compare.sections import stated
from grader.core.question import load_question
from tests.conftest import ROOT

MAIN = load_question(ROOT / "problems/compare/deep-vs-reinforcement.toml").problem  # type: ignore[attr-defined]

CODE_A = "logA = -0.7 + (-0.4)   # log Pr(deep|x) + log Pr(learning|x,deep)"
CODE_B = "logB = -1.6 + (-0.2)   # log Pr(reinforcement|x) + log Pr(learning|x,reinforcement)"
DICT = 'lp = {\n    "A": [-0.7, -0.4],   # deep | x ; learning | x, deep\n    "B": [-1.6, -0.2],\n}'

# (the work, then where the values are stated: {a} and {b} are A's and B's values)
SHAPES = [
    (
        f"{CODE_A}\n{CODE_B}\nprint(logA, logB)\n",
        "log Pr(A|x) = {a} and log Pr(B|x) = {b}. So A is more likely.",
    ),
    (
        f"{DICT}\nscores = {{k: sum(v) for k, v in lp.items()}}\nprint(scores)\n",
        "# {{'A': {a}, 'B': {b}}}\n# answer: A",
    ),
    (f"{CODE_A}\n{CODE_B}\n", "        logA={a}  logB={b}\n\n# answer: A, since {a} > {b}"),
]


@pytest.mark.parametrize(("work", "said"), SHAPES)
def test_values_stated_after_the_work_earn_full_marks(work: str, said: str) -> None:
    report = grade_compare(work + said.format(a="-1.1", b="-1.8"), MAIN)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.diagnostics


@pytest.mark.parametrize(("work", "said"), SHAPES)
def test_a_wrong_value_stated_after_the_work_is_charged(work: str, said: str) -> None:
    report = grade_compare(work + said.format(a="-0.28", b="-1.8"), MAIN)
    assert report.verdict == "incorrect" and report.score < report.max_score


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "log Pr(A|x) = -1.1 and log Pr(B|x) = -1.8.",
            {"A": "log Pr(A|x) = -1.1", "B": "log Pr(B|x) = -1.8"},
        ),
        ("{'A': -1.1, 'B': -1.8}", {"A": "'A': -1.1", "B": "'B': -1.8"}),
        ("H_A = 0.55, H_B = 0.467", {"A": "H_A = 0.55", "B": "H_B = 0.467"}),
        ("P(A)/P(B) = 2.01", {}),  # a ratio's operand states no candidate's value
        ("log P(A) = -0.7 + -0.4 = -1.1", {}),  # the first number is a term, not the value
        ("x = 2 - P(B) = 0.5", {}),
    ],
)
def test_what_counts_as_a_value_stated_for_one_candidate(line: str, expected: dict[str, str]) -> None:
    found = {name: line[a:b] for name, ((a, b), *_) in stated(line, ["A", "B"]).items()}
    assert found == expected
