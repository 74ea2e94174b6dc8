"""The token a flaw analysis names with a phone keyboard's subscript, y₁, is the y_1 of the mistake's
phrases (blind-kinds35: "it dropped y₁ = deep from the conditioning" was flaw-unrecognised). Every variant
is read as naming the dropped conditioning; its twins, naming y₂ or another mistake, are not. The texts are
written for these tests."""

from __future__ import annotations

import pytest

from grader.core.diagnostics import REGISTRY
from grader.core.question import load_question
from grader.flaw.answer import named_codes
from tests.conftest import ROOT

FLAW = ROOT / "problems/flaw/dropped-conditioning.toml"  # line 1 drops y_1; the fix is -1.1
_FIX = "\nCorrection: log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n"

# (an analysis naming y₁, its twin naming y₂ where the mistake needs y₁)
NAMED = [
    ("Line 1 is wrong: it dropped y₁ = deep.", "Line 1 is wrong: it dropped y₂ = learning."),
    ("Line 1 is wrong, the second term ignores y₁.", "Line 1 is wrong, the second term ignores y₂."),
    ("Line 1: Pr(y₂ | x) must condition on y₁ = deep.", "Line 1: Pr(y₂ | x) must add y₂ = learning."),
    ("Línea 1 mal: quitó y₁ del segundo término.", "Línea 1 mal: quitó y₂ del segundo término."),
    ("Linha 1 errada: descartou y₁ do segundo termo.", "Linha 1 errada: descartou y₂ do segundo termo."),
    ("Zeile 1 ist falsch: sie lässt y₁ weg.", "Zeile 1 ist falsch: sie lässt y₂ weg."),
    (
        "Riga 1 sbagliata: ha omesso y₁ nel secondo termine.",
        "Riga 1 sbagliata: ha omesso y₂ nel secondo termine.",
    ),
]


@pytest.mark.parametrize(("right", "twin"), NAMED)
def test_a_subscript_token_names_the_dropped_conditioning(right: str, twin: str) -> None:
    codes = REGISTRY.values()
    assert "dropped-conditioning" not in named_codes(right.replace("y₁", "y"), codes)  # y₁ is what names it
    assert "dropped-conditioning" in named_codes(right, codes)
    assert "dropped-conditioning" not in named_codes(twin, codes)
    report = load_question(FLAW).grade((right + _FIX).encode(), "right.txt")
    assert report.verdict == "correct", [(d.code, d.span.line) for d in report.diagnostics]
    assert report.parts["mistake"] == 1.0
    assert "flaw-unrecognised" not in {d.code for d in report.diagnostics}


def test_another_mistake_said_of_y1_stays_the_wrong_mistake() -> None:
    text = "Line 1 is wrong: it multiplied the logs of y₁ and y₂." + _FIX
    report = load_question(FLAW).grade(text.encode(), "twin.txt")
    assert report.verdict == "incorrect"
    assert "wrong-mistake-named" in {d.code for d in report.diagnostics}
    assert report.parts["mistake"] == 0.0


def test_y1_followed_by_more_digits_is_not_y1() -> None:
    assert "dropped-conditioning" not in named_codes("Line 1 ignores y₁₂.", REGISTRY.values())
