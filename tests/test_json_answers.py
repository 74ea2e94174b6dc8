"""An answer written as a JSON object: a member's value in quotes (`"total": "L*h*(n*m + n*(n+1)/2)"`) and
the strings of an array, one to a line (`"= -0.7 + (-0.4)",`), are read without their quotes, column for
column; a quoted token inside maths (P("deep")) keeps its quotes. Wrong twins stay wrong."""

from __future__ import annotations

import pytest

from grader.core.precheck import json_member
from tests.kinds_languages import grade

COST = '{\n  "per_token": "m + i",\n  "sum": "n*m + n(n+1)/2",\n  "total": "%s"\n}\n'
FLAW = (
    '{\n  "flawed_line": "line 2",\n  "mistake": "it multiplies the log-probs where they add",\n'
    '  "corrected": [\n    "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)",\n    "= -0.7 + (-0.4)",\n    "= %s"\n  ]\n}\n'
)


def test_a_json_cost_is_read() -> None:
    full, codes = grade("cost", "kv-cache-scores", COST % "L*h*(n*m + n*(n+1)/2)")
    assert full, codes


def test_a_wrong_json_cost_stays_wrong() -> None:
    full, codes = grade("cost", "kv-cache-scores", COST % "h*(n*m + n*(n+1)/2)")
    assert not full, codes


def test_a_json_array_of_maths_is_the_correction() -> None:
    full, codes = grade("flaw", "multiplied-logs", FLAW % "-1.1")
    assert full, codes


def test_a_wrong_correction_in_a_json_array_stays_wrong() -> None:
    full, codes = grade("flaw", "multiplied-logs", FLAW % "0.28")
    assert not full, codes


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ('  "total": "L*h*n",', "   total :  L*h*n ,"),
        ('  "flawed_line": 2,', "   flawed_line : 2,"),
        ('    "= -0.7 + (-0.4)",', "     = -0.7 + (-0.4) ,"),
        ('P("deep") = 0.5', 'P("deep") = 0.5'),
        ('"deep" "learning"', '"deep" "learning"'),
    ],
)
def test_json_quotes_are_blanked_column_for_column(line: str, read: str) -> None:
    assert json_member(line) == read
    assert len(json_member(line)) == len(line)
