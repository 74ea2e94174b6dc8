"""A flawed line named by its number in words ("line two", "Zeile zwei", "строка два"), as dictation writes it,
is read (issue 10, blind-kinds31); a value named only to be denied after the maths ("= -1.1 not 0.28") is a
remark, not a second value (the correction "… equals minus one point one not zero point two eight")."""

from __future__ import annotations

import pytest

from grader.core.meanings import CARDINALS, cardinal
from grader.core.question import load_question
from tests.conftest import ROOT

FLAW = ROOT / "problems/flaw/multiplied-logs.toml"  # the flaw sits on line 2
CORRECTION = "\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1"


@pytest.mark.parametrize(
    ("named", "line"),
    [
        ("line two multiplies the logs instead of adding them", 2),
        ("the mistake is in line two: it multiplies the logs instead of adding them", 2),
        ("the wrong line is two, it multiplies the logs instead of adding them", 2),
        ("line one multiplies the logs instead of adding them", 1),
        ("step three multiplies the logs instead of adding them", 3),
        ("la línea dos multiplica los logaritmos en vez de sumarlos", 2),
        ("Zeile zwei multipliziert die Logarithmen statt sie zu addieren", 2),
    ],
)
def test_a_line_named_in_words(named: str, line: int) -> None:
    report = load_question(FLAW).grade((named + CORRECTION).encode(), "s.txt")
    assert "flaw-unrecognised" not in [d.code for d in report.diagnostics if "line" in d.message]
    assert ("wrong-line-blamed" in report.codes) == (line != 2)


def test_every_language_says_one_to_seven() -> None:
    for lang, forms in CARDINALS.items():
        assert len(forms) == 7, lang
        for n, row in enumerate(forms, 1):
            assert all(cardinal(form) == n for form in row), (lang, row)
    assert cardinal("two") == 2 and cardinal("Zwei") == 2 and cardinal("word") is None


DL = ROOT / "problems/seed/deep-learning.toml"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("so it should be -0.7 + -0.4 = -1.1 not 0.28", "correct"),
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.1 instead of 0.28", "correct"),
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.1 and not 0.28", "correct"),
        ("log Pr(y|x) = (-0.7)(-0.4) = 0.28 not -1.1", "incorrect"),  # the denied value is not the answer
        ("so it should be -0.7 + -0.4 = -1.3 not 0.28", "incorrect"),
    ],
)
def test_a_value_named_to_be_denied_is_a_remark(text: str, verdict: str) -> None:
    assert load_question(DL).grade(text.encode(), "s.txt").verdict == verdict
