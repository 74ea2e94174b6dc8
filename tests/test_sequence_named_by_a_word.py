"""A word of the student's own as the whole of a probability with no bar (P(sentence), P(S), P(seq), P(frase),
P(Folge)) names the whole sequence, as the letters y, s and w do: its product is checked against the model like
P(y)'s, with no unknown symbol sent for review. A word one letter from a token (P(cats)) is that token
mistyped and stays unknown; a product missing a factor stays wrong."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

CAT = load_problem(ROOT / "problems/seed/cat-nll-bits.toml")
SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")

NAMES = [
    "sentence",
    "S",
    "seq",
    "sent",
    "frase",
    "Folge",
    "phrase",
    "Sequenz",
]  # not "Satz": one letter from "sat"


@pytest.mark.parametrize("name", NAMES)
def test_a_word_for_the_sentence_names_the_sequence(name: str) -> None:
    text = f"P({name}) = 1/2 * 1/4 * 1/5 * 1/2 = 1/80\nNLL = -log2(1/80) = 6.32 bits\n"
    report = grade_text(text, CAT)
    assert report.verdict == "correct" and not report.needs_review, report.codes


@pytest.mark.parametrize("name", NAMES)
def test_its_product_missing_a_factor_stays_wrong(name: str) -> None:
    text = f"P({name}) = 1/2 * 1/4 * 1/5 = 1/40\nNLL = -log2(1/40) = 5.32 bits\n"
    report = grade_text(text, CAT)
    assert report.verdict == "incorrect", report.codes


@pytest.mark.parametrize("name", ["sentence", "S"])
def test_the_chain_rule_under_the_name_is_checked(name: str) -> None:
    right = f"P({name}) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n"
    assert grade_text(right, SAM).verdict == "correct"
    dropped = f"P({name}) = P(I|<s>) P(am|I) P(Sam|am) = 2/3 * 2/3 * 1/2 = 2/9\n"
    assert grade_text(dropped, SAM).verdict == "incorrect"


def test_a_mistyped_token_stays_unknown() -> None:
    report = grade_text("P(cats) = 1/4\nP(y) = 1/2 * 1/4 * 1/5 * 1/2 = 1/80\nNLL = 6.32 bits\n", CAT)
    assert "unknown-symbol" in report.codes and report.verdict == "correct", report.codes
