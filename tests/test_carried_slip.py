"""Error carried forward through right steps (issue 10 §3): a slip in a running computation, then steps that
are right from the slipped number, then the result restated as the quantity, is one mistake. Only the slip
is charged; a second, independent mistake after it is still charged. The texts are written for this test.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


def _errors(report) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]


# (problem, a slip on line 2 carried through right steps to a restated result, the same with a second
# independent slip on the last line)
CASES = [
    (
        "bigram-english-food",
        "P = P(i|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)\n"
        "0.25 * 0.33 = 0.0925\n0.0925 * 0.0011 = 0.00010175\n0.00010175 * 0.5 = 0.000050875\n"
        "0.000050875 * 0.68 = 0.000034595\nP(<s> i want english food </s>) = 0.000034595\n",
        "P(<s> i want english food </s>) = 0.000044595\n",
    ),
    (
        "deep-learning",
        "log P(y|x) = log P(deep|x) + log P(learning|x, deep)\n-0.7 + (-0.4) = -1.2\n-1.2 + 0 = -1.2\n"
        "log P(y|x) = -1.2\n",
        "log P(y|x) = -1.5\n",
    ),
    # a slip written as a fraction (2/3 · 2/3 = 4/6), carried through exact numbers (1/2) that are no slip of
    # their own: an exact number restates only its own value
    (
        "sam-corpus",
        "P = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n2/3 · 2/3 = 4/6\n4/6 · 1/2 · 1/2 = 4/24 = 1/6\nP = 1/6 ≈ 0.167\n",
        "P = 1/6 ≈ 0.183\n",
    ),
]


@pytest.mark.parametrize(("stem", "work", "second"), CASES, ids=[c[0] for c in CASES])
def test_a_slip_carried_through_right_steps_is_one_mistake(stem: str, work: str, second: str) -> None:
    report = grade_text(work, _problem(stem))
    assert report.verdict == "incorrect"
    step_errors = [(c, line) for c, line in _errors(report) if c != "final-answer-wrong"]
    assert [line for _, line in step_errors] == [2], _errors(report)
    lines = work.rstrip("\n").split("\n")
    twin = grade_text("\n".join(lines[:-1]) + "\n" + second, _problem(stem))
    later = [(c, line) for c, line in _errors(twin) if c != "final-answer-wrong" and line == len(lines)]
    assert later, _errors(twin)
