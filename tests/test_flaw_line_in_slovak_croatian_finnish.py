"""The line a flaw analysis blames, named in Slovak, Croatian/Serbian or Finnish, is read.

From blind-kinds58 (a Polish, Czech, Slovak, Ukrainian, Russian, Serbian and Croatian class),
flaw--dropped-conditioning/002: "Odpoveď: prvý chybný je riadok 1." ("the first wrong one is line 1"): the flaw
kind's table of words for a line had Czech "řádek" but no Slovak "riadok", so no line was read and the part
earned nothing (flaw-unrecognised). blind-kinds57's Finnish "Vastaus: rivi 1 on ensimmäinen virheellinen." was
sent for review the same way. The table now has rows for Slovak, Croatian/Serbian (Latin script) and Finnish;
each right line earns the part and each wrong twin is told it is the wrong line.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.flaw.answer import blamed_line
from tests.conftest import ROOT

FLAWED = ("a = b", "= c", "= d")

BLAMES = [
    ("Odpoveď: prvý chybný je riadok 1.", 1),
    ("Chyba je v riadku 2.", 2),
    ("Riadok 3 je nesprávny.", 3),
    ("Odgovor: prvi pogrešan je red 2.", 2),
    ("Greška je u retku 3.", 3),
    ("Vastaus: rivi 1 on ensimmäinen virheellinen.", 1),
    ("Virhe on rivillä 2.", 2),
]


@pytest.mark.parametrize(("text", "line"), BLAMES)
def test_the_line_named_is_blamed(text: str, line: int) -> None:
    found = blamed_line(text.splitlines(), FLAWED)
    assert found is not None and found.line == line, text


DROPPED = ROOT / "problems/flaw/dropped-conditioning.toml"  # the first wrong line is line 1
FIX = "\nOprava:\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0,7 + (-0,4) = -1,1\n"


@pytest.mark.parametrize(
    "answer",
    [
        "Odpoveď: prvý chybný je riadok {}.",
        "Odgovor: prvi pogrešan je red {}.",
        "Vastaus: rivi {} on virheellinen.",
    ],
)
def test_the_right_line_earns_the_part_and_the_wrong_one_is_told(answer: str) -> None:
    question = load_question(DROPPED)
    right = question.grade((answer.format(1) + FIX).encode(), "s")
    assert right.score == right.max_score, [d.code for d in right.diagnostics]
    wrong = question.grade((answer.format(2) + FIX).encode(), "s")
    assert "wrong-line-blamed" in {d.code for d in wrong.diagnostics if d.severity == "error"}
