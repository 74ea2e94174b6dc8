"""Classes of correct work the grader once marked down (issue 10, blind-kinds7: an engineering ML course),
each pinned by variants written for this test, every right variant with a wrong twin still caught.

1. MATLAB/Octave working: a `%` remark after a statement is no maths, and a remark that shows the value
   the statement prints (`logP = sum(lp)   % = -1.1000`) is that value, read as the statement's output.
   A percent sign right after a number (`25 % of`) stays a percentage.
2. Code names that end in a one-letter candidate name (`logPA`, `PA`, `lB`) say whose work a line is, so
   interleaved work (A's line, then B's) is split by candidate.
3. Cost: a number rounded as written after `=` (`2·32·4096·2048 = 5.37×10⁸`) is judged at the precision
   written; a whole number stays exact.
"""

from __future__ import annotations

import pytest

from grader.compare.sections import Mentions
from grader.core.question import load_question
from grader.core.report import Report
from tests.conftest import ROOT, grade
from tests.test_cost_classes2 import errors
from tests.test_cost_classes2 import grade as grade_cost

RATIO = ROOT / "problems/compare/deep-vs-reinforcement-ratio.toml"  # A -1.1, B -1.8, P(A)/P(B) = 2.01


def _errors(report: Report) -> list[str]:
    return [d.code for d in report.diagnostics if d.severity == "error"]


# ---- 1. MATLAB remarks on the derivation reader (deep-learning: -0.7 + -0.4 = -1.1) ---------------------

# (right work, its wrong twin, the line of the twin's first error)
MATLAB = [
    ("logP = -0.7 + -0.4      % = -1.1\n", "logP = -0.7 + -0.4      % = -1.2\n", 1),
    (
        "logP = -0.7 - 0.4;   % chain rule\n% Result:\nlogP = -1.1\n",
        "logP = -0.7 - 0.4;   % chain rule\nlogP = -1.0\n",
        2,
    ),
    (
        "lp = [-0.7 -0.4];\nLL = sum(lp)          % = -1.1000\n",
        "lp = [-0.7 -0.4];\nLL = sum(lp)          % = -1.0000\n",
        2,
    ),
    (
        "p = exp(-0.7)*exp(-0.4)   % = 0.3329\nlogP = log(p)\t% = -1.1\n",
        "p = exp(-0.7)*exp(-0.4)   % = 0.3329\nlogP = log(p)\t% = -1.4\n",
        2,
    ),
    (
        "log P(y|x) = -0.7 + (-0.4)  % from the table\n= -1.1\n",
        "log P(y|x) = -0.7 * (-0.4)  % from the table\n= 0.28\n",
        1,
    ),
]


@pytest.mark.parametrize(("right", "wrong", "line"), MATLAB)
def test_matlab_remarks_are_read_as_remarks_and_shown_values(right: str, wrong: str, line: int) -> None:
    report = grade("dl", right)
    assert report.verdict == "correct" and report.score == 1.0, report.codes
    assert not _errors(report), report.codes
    twin = grade("dl", wrong)
    errs = [d for d in twin.diagnostics if d.severity == "error"]
    assert twin.verdict == "incorrect" and errs and errs[0].span.line == line, twin.codes


def test_a_percentage_after_a_number_is_not_a_remark() -> None:
    """`= 50 % of …`: the sign one space after a number is a percentage, still read as one."""
    report = grade("ppl", "PPL = exp(-(-0.7 - 0.4)/2) = exp(0.55) = 1.733\nthe gap is 10 % of it\n")
    assert report.verdict == "correct", report.codes
    right = grade("dl", "P = e^{-1.1} = 33.29 %\nlog P = -1.1\n")
    assert right.verdict == "correct", right.codes


# ---- 2. interleaved MATLAB work of two candidates -------------------------------------------------------

COMPARE_RIGHT = (
    "lA = [-0.7 -0.4];   % deep, learning\n"
    "lB = [-1.6 -0.2];   % reinforcement, learning\n"
    "LLA = sum(lA)       % = -1.1\n"
    "LLB = sum(lB)       % = -1.8\n"
    "pA = exp(LLA)       % = 0.3329\n"
    "pB = exp(LLB)       % = 0.1653\n"
    "ratio = pA/pB       % = 2.014\n"
    "% so A is about 2.01 times as likely as B\n"
)


# wrong twins: the ratio inverted; A's log-probabilities multiplied (-0.7 × -0.4 = 0.28) all the way through
WRONG_RATIO = COMPARE_RIGHT.replace("= 2.014", "= 0.4966").replace("2.01 times", "0.497 times")
WRONG_A = (
    COMPARE_RIGHT.replace("% = -1.1\n", "% = 0.28\n")
    .replace("% = 0.3329", "% = 1.323")
    .replace("= 2.014", "= 8.004")
    .replace("2.01 times", "8.0 times")
)


@pytest.mark.parametrize("wrong", [WRONG_RATIO, WRONG_A])
def test_interleaved_code_work_is_split_by_candidate(wrong: str) -> None:
    right = COMPARE_RIGHT
    question = load_question(RATIO)
    report = question.grade(right.encode(), "s.txt")
    assert report.verdict == "correct" and report.score == report.max_score, report.codes
    assert report.parts["A"] == 1.0 and report.parts["B"] == 1.0, report.parts
    twin = question.grade(wrong.encode(), "s.txt")
    assert twin.verdict == "incorrect" and twin.score < twin.max_score and _errors(twin), twin.codes


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("logPA = sum(lA)", {"A"}),
        ("pr_B = exp(LLB)", {"B"}),
        ("r = PA/PB", {"A", "B"}),
        ("DNA and USA are words", set()),
        ("ANSWER: 3", set()),
    ],
)
def test_a_code_name_ending_in_a_candidate_names_it(line: str, names: set[str]) -> None:
    mentions = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])
    assert {m.name for m in mentions.find(line)} == names


# ---- 3. cost: a rounded example value -------------------------------------------------------------------

ROUNDED = [  # (right, wrong twin): 2·32·4096·2048 = 536 870 912
    ("2·32·4096·2048 = 5.37×10⁸", "2·32·4096·2048 = 5.47×10⁸"),
    ("2 * 32 * 4096 * 2048 = 5.369 \\times 10^{8}", "2 * 32 * 4096 * 2048 = 2.684 \\times 10^{8}"),
    ("2·32·4096·2048 = 5.4e8", "2·32·4096·2048 = 5.4e9"),
    ("2·32·4096·2048 = 536870912", "2·32·4096·2048 = 536870000"),  # a whole number is exact
]
HEAD = "Each of the m + n positions keeps a key and a value of d numbers in each of the L layers.\n"
TAIL = "\nN = 2 d L (m + n)\n"


@pytest.mark.parametrize(("right", "wrong"), ROUNDED)
def test_a_rounded_example_value_is_judged_at_the_precision_written(right: str, wrong: str) -> None:
    report = grade_cost("cache-memory", f"{HEAD}Example: {right} numbers{TAIL}")
    assert report.verdict == "correct" and not errors(report), report.codes
    twin = grade_cost("cache-memory", f"{HEAD}Example: {wrong} numbers{TAIL}")
    assert "invalid-step" in errors(twin), twin.codes
