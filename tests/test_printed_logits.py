"""A logit the student names (z_cat) is known to them as the statement prints it: to three decimals. Work
from the printed logits is right even where the unrounded logit would move the fourth decimal (blind43's
one miss: ln Z_2 - z_cat = 2.6392 - 0.256 = 2.3832 was charged because z_cat was valued at 0.2561).
A value off by more than the printed logits allow stays wrong, on its line."""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem() -> Problem:
    return load_problem(ROOT / "problems/seed/transformer-softmax.toml")


DEFINE = "Z_1 ≈ 7.9498, so ln Z_1 ≈ 2.0731\nZ_2 ≈ 14.0014, so ln Z_2 ≈ 2.6392\n"
# (name, correct work, the same work with one value wrong, the line of that value)
CASES = [
    (
        "named-logits-nll",
        DEFINE + "-ln Pr(the | x) = ln Z_1 - z_the = 2.0731 - 0.629 = 1.4441\n"
        "-ln Pr(cat | x, the) = ln Z_2 - z_cat = 2.6392 - 0.256 = 2.3832\n"
        "NLL = 1.4441 + 2.3832 = 3.8273\n",
        DEFINE + "-ln Pr(the | x) = ln Z_1 - z_the = 2.0731 - 0.629 = 1.4441\n"
        "-ln Pr(cat | x, the) = ln Z_2 - z_cat = 2.6392 - 0.256 = 2.3932\n"
        "NLL = 1.4441 + 2.3932 = 3.8373\n",
        4,
    ),
    (
        "named-logits-no-numbers",
        DEFINE + "-ln Pr(the | x) = ln Z_1 - z_the = 1.4441\n"
        "-ln Pr(cat | x, the) = ln Z_2 - z_cat = 2.3832\n"
        "NLL = 1.4441 + 2.3832 = 3.8273\n",
        DEFINE + "-ln Pr(the | x) = ln Z_1 - z_the = 1.4441\n"
        "-ln Pr(cat | x, the) = ln Z_2 - z_cat = 2.3872\n"
        "NLL = 1.4441 + 2.3872 = 3.8313\n",
        4,
    ),
    (
        "log-softmax-form",
        DEFINE + "ln Pr(the | x) = z_the - ln Z_1 = -1.4441\n"
        "ln Pr(cat | x, the) = z_cat - ln Z_2 = -2.3832\n"
        "NLL = -(-1.4441 - 2.3832) = 3.8273\n",
        DEFINE + "ln Pr(the | x) = z_the - ln Z_1 = -1.4441\n"
        "ln Pr(cat | x, the) = z_cat - ln Z_2 = -2.3802\n"
        "NLL = -(-1.4441 - 2.3802) = 3.8243\n",
        4,
    ),
]


@pytest.mark.parametrize(("name", "right", "wrong", "line"), CASES, ids=[c[0] for c in CASES])
def test_work_from_the_printed_logits_is_right(name: str, right: str, wrong: str, line: int) -> None:
    report = grade_text(right, _problem())
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "correct" and report.score == report.max_score, errors


@pytest.mark.parametrize(("name", "right", "wrong", "line"), CASES, ids=[c[0] for c in CASES])
def test_a_value_off_by_more_than_printing_allows_stays_wrong(
    name: str, right: str, wrong: str, line: int
) -> None:
    report = grade_text(wrong, _problem())
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert report.score < report.max_score
    assert line in [at for _, at in errors], errors
