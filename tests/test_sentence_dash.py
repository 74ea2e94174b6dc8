"""A spaced em dash is a sentence's dash where an operand is missing on one side ("Yes — 0.42 is the best",
Russian "строка — 1" for "line 1"), and a minus sign between two operands or against its operand (issue 10,
blind-kinds32: "первая ошибочная строка — 1" was read as the value −1)."""

from __future__ import annotations

import pytest

from grader.core.precheck import SENTENCE_DASH, normalise
from grader.core.question import load_question
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("line", "minus"),
    [
        ("log P = -0.7 — 0.4 = -1.1", True),  # between two operands
        ("log P = -0.7 + (—0.4)", True),  # against its operand
        ("(0.5) — (0.2)", True),
        ("Yes — 0.42 is the best", False),  # a word before it
        ("**ravi** 15:20 — = -0.2748", False),  # a relation after it
        ("log P = -1.1 — that is the answer", False),  # a word after it
        ("первая ошибочная строка — 1.", False),
    ],
)
def test_a_spaced_em_dash_is_a_minus_only_between_operands(line: str, minus: bool) -> None:
    (read,) = normalise(line)
    assert len(read) == len(line)
    assert "—" not in read
    assert (SENTENCE_DASH in read) != minus


DL = ROOT / "problems/seed/deep-learning.toml"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("log Pr(y|x) = -0.7 — 0.4 = -1.1", "correct"),
        ("log Pr(y|x) = -0.7 + (-0.4) = -1.1 — that is the answer", "correct"),
        ("Yes — the chain rule.\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1", "correct"),
        ("log Pr(y|x) = -0.7 — 0.4 = -0.3", "incorrect"),  # a wrong twin
        ("log Pr(y|x) = (-0.7)(-0.4) = 0.28 — that is the answer", "incorrect"),
    ],
)
def test_derivations_with_em_dashes(text: str, verdict: str) -> None:
    assert load_question(DL).grade(text.encode(), "s.txt").verdict == verdict


FLAW = ROOT / "problems/flaw/dropped-conditioning.toml"
CORRECTION = (
    "\nThe second token must depend on the first.\nCorrection:\n"
    "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n            = -0.7 + (-0.4)\n            = -1.1"
)


@pytest.mark.parametrize(("named", "right"), [("1", True), ("2", False)])
def test_a_flawed_line_named_after_a_dash(named: str, right: bool) -> None:
    text = f"Answer: the first wrong line — {named}." + CORRECTION
    report = load_question(FLAW).grade(text.encode(), "s.txt")
    assert ("wrong-line-blamed" in report.codes) != right
    assert "final-answer-wrong" not in report.codes  # the dash and the line's number are no value −1


ADD1 = ROOT / "problems/seed/sam-corpus-add-one.toml"
PRODUCT = "(2+1)/(3+11) · (2+1)/(3+11) · (1+1)/(2+11) · (1+1)/(2+11) = (3/14)²(2/13)² ≈ {final}"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("V=11. " + PRODUCT.format(final="1.087e-3"), "correct"),  # blind42: the stop after V=11
        ("V = 11. " + PRODUCT.format(final="1.087e-3"), "correct"),
        ("V=11. " + PRODUCT.format(final="1.2e-3"), "incorrect"),  # the wrong twin
        ("V=12. " + PRODUCT.replace("+11", "+12").format(final="9.1e-4"), "incorrect"),
    ],
)
def test_a_full_stop_after_a_value_before_a_bracket_ends_the_sentence(text: str, verdict: str) -> None:
    assert load_question(ADD1).grade(text.encode(), "s.txt").verdict == verdict
