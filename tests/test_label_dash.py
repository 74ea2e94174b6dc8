"""A hyphen, en dash or minus sign set apart by spaces after the words that open a line is the label's dash, as a colon
is, never a minus: "Answer - 0.0488" answers 0.0488 and "Counts - C(<s>)=3" states a count of 3, in any
script, Burmese and Thai (which do not space their words) as much as English. A dash after maths, or after the
name of a function of maths, stays a minus. Wrong twins keep their wrong values."""

from __future__ import annotations

import pytest

from grader.core.precheck import normalise
from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

INTERPOLATION = load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml")
WORK = (
    "P(I|<s>) = 0.5 + 0.0441 = 0.5441\nP(am|I) = 0.5 + 0.0294 = 0.5294\n"
    "P(Sam|am) = 0.375 + 0.0294 = 0.4044\nP(</s>|Sam) = 0.375 + 0.0441 = 0.4191\n"
)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Counts - C(<s>)=3, C(<s> I)=2, C(I)=3", "Answer - 0.0488"),
        ("Comptes – C(<s>)=3, C(<s> I)=2", "Réponse finale – 0.0488"),
        ("ရေတွက်ချက် - C(<s>)=3, C(<s> I)=2", "အဖြေ - 0.0488"),
        ("จำนวน - C(<s>)=3, C(<s> I)=2", "คำตอบ - 0.0488"),
        ("- Counts - C(<s>)=3, C(<s> I)=2", "Result - P = 0.0488"),
        ("Counts \u2212 C(<s>)=3, C(<s> I)=2", "Answer \u2212 0.0488"),  # the typographic minus
    ],
)
def test_a_dash_after_opening_words_is_a_label(first: str, last: str) -> None:
    report = grade_text(f"{first}\n{WORK}{last}\n", INTERPOLATION)
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Counts - C(<s>)=4, C(<s> I)=2", "Answer - 0.0488"),
        ("Counts - C(<s>)=3, C(<s> I)=2", "Answer - 0.0500"),
        ("ရေတွက်ချက် - C(<s>)=3", "အဖြေ - 0.0512"),
    ],
)
def test_wrong_values_after_a_label_dash_stay_wrong(first: str, last: str) -> None:
    report = grade_text(f"{first}\n{WORK}{last}\n", INTERPOLATION)
    assert report.verdict == "incorrect", report.codes


@pytest.mark.parametrize(
    "line",
    [
        "x - 0.5 = 0.0488",  # maths before the dash
        "LL - 1.6 = -2.7",  # a name of two letters is maths
        "log - 0.7",  # the name of a function
        "sum - 0.7 = -1.1",
        "Answer -0.0488",  # a minus against its number
        "Step 2 - 0.5",  # a number among the opening words
    ],
)
def test_a_dash_after_maths_stays_a_minus(line: str) -> None:
    assert normalise(line) == [line]


def test_the_label_dash_becomes_a_colon_column_for_column() -> None:
    assert normalise("Answer - 0.0488") == ["Answer : 0.0488"]
