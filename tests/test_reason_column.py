"""A reason written beside a step, in a column of its own, is the step's reason, not part of the maths.

From blind64 (students who justify every step): "7. P = .5441 * .5294 * .4044 * .4191 = .0488    [chain rule
(bigram)]", "3. P(I|<s>) = (2+1)/(3+11) = 0.2143    [C(<s> I)=2, C(<s>)=3]", "S3 = S2 - 0.0011 = -0.0463    |
token 3": the reason after a wide gap made the whole line unreadable (parse-error, sent for review). A reason
after a gap of two spaces and more that ends the line, in square brackets or after a bar that opens
no table, is now set beside its statement: words there are a remark, and statements there are checked as
asides (a wrong count in the reason is still named), never continued by the next line.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

LOGLIK = ROOT / "problems/seed/deep-learning.toml"  # -0.7 + (-0.4) = -1.1
ADD_ONE = ROOT / "problems/seed/sam-corpus-add-one.toml"  # C(<s> I) = 2, C(<s>) = 3, V = 11

GAPS = ["    ", "  ", "              "]
REASONS = [
    "[chain rule, log of a product]",
    "[log(ab) = log a + log b]",
    "| chain rule",
    "[given (natural logs)]",
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "s")


@pytest.mark.parametrize("gap", GAPS)
@pytest.mark.parametrize("reason", REASONS)
def test_a_reason_beside_a_step_costs_nothing_and_needs_no_review(gap: str, reason: str) -> None:
    text = f"1. log Pr(y|x) = -0.7 + (-0.4) = -1.1{gap}{reason}\n2. ∴ log Pr(y|x) = -1.1\n"
    result = graded(LOGLIK, text)
    assert [d.code for d in result.diagnostics] == []
    assert result.score == result.max_score


@pytest.mark.parametrize("reason", REASONS)
def test_the_step_beside_a_reason_is_still_checked(reason: str) -> None:
    result = graded(LOGLIK, f"1. log Pr(y|x) = -0.7 + (-0.4) = -1.2    {reason}\n")
    assert "arithmetic-error" in [d.code for d in result.diagnostics]


ADD_ONE_WORK = (
    "1. P(I|<s>) = (2+1)/(3+11) = 0.2143          [C(<s> I)={c}, C(<s>)=3]\n"
    "2. P(am|I) = (2+1)/(3+11) = 0.2143           [C(I am)=2, C(I)=3]\n"
    "3. P(Sam|am) = (1+1)/(2+11) = 0.1538         [C(am Sam)=1, C(am)=2]\n"
    "4. P(</s>|Sam) = (1+1)/(2+11) = 0.1538       [C(Sam </s>)=1, C(Sam)=2]\n"
    "5. P = 0.2143 * 0.2143 * 0.1538 * 0.1538 = 0.0010864\n"
)


def test_counts_given_as_reasons_are_checked_as_asides() -> None:
    right = graded(ADD_ONE, ADD_ONE_WORK.format(c=2))
    assert [d.code for d in right.diagnostics if d.severity == "error"] == []
    assert right.score == right.max_score
    wrong = graded(ADD_ONE, ADD_ONE_WORK.format(c=1))
    assert "wrong-value" in [d.code for d in wrong.diagnostics]


@pytest.mark.parametrize(
    "line",
    [
        "log Pr(y|x) = [-0.7 + (-0.4)] = -1.1",  # brackets that group, no gap: maths
        "P(I  | <s>) = 2/3",  # a bar inside a bracket, however spaced, conditions
    ],
)
def test_brackets_and_bars_in_the_maths_are_no_reason(line: str) -> None:
    from grader.maths.segment import _reason_column

    assert _reason_column(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "| <s> I      | 2         | C(<s>)=3   | 2/3  |",  # a walled table's row
        "| B        | -1.0, -0.3, -0.1        | -1.4  |  3  | -1.4/3 = -0.467  | ← higher",  # a drawn one's
    ],
)
def test_a_row_of_a_table_is_no_reason(line: str) -> None:
    from grader.maths.segment import _reason_column

    assert _reason_column(line) is None
