"""A beam step that lists every candidate (a table of all five, or a sentence "from the we get …") and then says
in a sentence which ones it keeps ("Keep the top 2 over all candidates: a cat (0.36) and the dog (0.20).", "The
two best of all five are a cat and the dog, so those are kept."): the sentence says which of the listed
candidates were kept, the rest were computed. A candidates word after a keep phrase's range preposition
("over all candidates", "of all five", "de todos los candidatos") names what is chosen from; it heads no list
of candidates (blind-kinds45 and blind-kinds47 decoding--beam-a-cat/001: the step read as keeping one or all
five, beam-width-wrong). A kept set that is not the top two stays charged."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

BEAM = ROOT / "problems/decoding/beam-a-cat.toml"

STEP1 = (
    "Step 1: the three first tokens are the (0.5), a (0.4) and one (0.1); we keep the (0.5) and a (0.4).\n\n"
)
TABLE = (
    "Step 2, every extension:\n\n"
    "| candidate | computation | probability |\n|---|---|---|\n"
    "| the dog | 0.5 × 0.4 | 0.20 |\n| the cat | 0.5 × 0.35 | 0.175 |\n| the car | 0.5 × 0.25 | 0.125 |\n"
    "| a cat | 0.4 × 0.9 | 0.36 |\n| a dog | 0.4 × 0.1 | 0.04 |\n\n"
)
PROSE = (
    'Step 2: from "the" we get "the dog" = 0.5 × 0.4 = 0.20, "the cat" = 0.5 × 0.35 = 0.175 and "the car" = '
    '0.5 × 0.25 = 0.125; from "a" we get "a cat" = 0.4 × 0.9 = 0.36 and "a dog" = 0.4 × 0.1 = 0.04. '
)
RESULT = '\n\nBeam search returns "a cat" with probability 0.36, better than greedy\'s 0.20.\n'
WRONG_RESULT = '\n\nBeam search returns "the dog" with probability 0.20.\n'

# (name, right answer, wrong twin keeping a set that is not the top two)
CASES = [
    (
        "table, keep over all candidates",
        STEP1
        + TABLE
        + "Keep the top 2 over all candidates: **a cat (0.36)** and **the dog (0.20)**."
        + RESULT,
        STEP1
        + TABLE
        + "Keep the top 2 over all candidates: **the dog (0.20)** and **the cat (0.175)**."
        + WRONG_RESULT,
    ),
    (
        "table, keep heading a list below",
        STEP1 + TABLE + "Keep the best two of the five candidates:\n- a cat 0.36\n- the dog 0.20" + RESULT,
        STEP1 + TABLE + "Keep the best two of the five candidates:\n- a cat 0.36\n- a dog 0.04" + RESULT,
    ),
    (
        "prose, the two best of all five, so those are kept",
        STEP1 + PROSE + 'The two best of all five are "a cat" (0.36) and "the dog" (0.20), so those are kept.'
        '\n\nThe best finished hypothesis is therefore "a cat", with probability 0.36. Greedy missed it '
        'because it committed to "the" at the first step.\n',
        STEP1
        + PROSE
        + 'The two best of all five are "the dog" (0.20) and "the cat" (0.175), so those are kept.'
        '\n\nThe best finished hypothesis is therefore "the dog", with probability 0.20.\n',
    ),
    (
        "prose, keep two out of the candidates",
        STEP1 + PROSE + "We keep 2 out of these candidates: a cat (0.36) and the dog (0.20)." + RESULT,
        STEP1 + PROSE + "We keep 2 out of these candidates: a cat (0.36) and the car (0.125)." + RESULT,
    ),
    (
        "Spanish, de todos los candidatos",
        "Paso 1: the 0,5, a 0,4, one 0,1; nos quedamos con the 0,5 y a 0,4.\n\n"
        "Paso 2: the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "Nos quedamos con los dos mejores de todos los candidatos: a cat 0,36 y the dog 0,20.\n\n"
        "Respuesta: a cat, probabilidad 0,36\n",
        "Paso 1: the 0,5, a 0,4, one 0,1; nos quedamos con the 0,5 y a 0,4.\n\n"
        "Paso 2: the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "Nos quedamos con los dos mejores de todos los candidatos: the dog 0,20 y the cat 0,175.\n\n"
        "Respuesta: the dog, probabilidad 0,20\n",
    ),
    (
        "French, parmi les candidats",
        "Étape 1 : the 0,5, a 0,4, one 0,1 ; on garde the 0,5 et a 0,4.\n\n"
        "Étape 2 : the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "On garde les deux meilleurs parmi les candidats : a cat 0,36 et the dog 0,20.\n\n"
        "Réponse : a cat, probabilité 0,36\n",
        "Étape 1 : the 0,5, a 0,4, one 0,1 ; on garde the 0,5 et a 0,4.\n\n"
        "Étape 2 : the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "On garde les deux meilleurs parmi les candidats : the dog 0,20 et the cat 0,175.\n\n"
        "Réponse : the dog, probabilité 0,20\n",
    ),
    (
        "German, aus allen Kandidaten",
        "Schritt 1: the 0,5, a 0,4, one 0,1; wir behalten the 0,5 und a 0,4.\n\n"
        "Schritt 2: the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "Wir behalten die zwei besten aus allen Kandidaten: a cat 0,36 und the dog 0,20.\n\n"
        "Antwort: a cat, Wahrscheinlichkeit 0,36\n",
        "Schritt 1: the 0,5, a 0,4, one 0,1; wir behalten the 0,5 und a 0,4.\n\n"
        "Schritt 2: the dog 0,20, the cat 0,175, the car 0,125, a cat 0,36, a dog 0,04. "
        "Wir behalten die zwei besten aus allen Kandidaten: a cat 0,36 und a dog 0,04.\n\n"
        "Antwort: a cat, Wahrscheinlichkeit 0,36\n",
    ),
]


def graded(text: str) -> tuple[str, float, float, list[tuple[str, int]]]:
    report = load_question(BEAM).grade(text.encode(), "s.md")
    return report.verdict, report.score, report.max_score, [(d.code, d.span.line) for d in report.diagnostics]


@pytest.mark.parametrize(("name", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_the_sentence_after_the_candidates_says_which_are_kept(name: str, right: str, wrong: str) -> None:
    verdict, score, top, codes = graded(right)
    assert (verdict, score) == ("correct", top), codes


@pytest.mark.parametrize(("name", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_kept_set_that_is_not_the_top_two_stays_wrong(name: str, right: str, wrong: str) -> None:
    verdict, score, top, codes = graded(wrong)
    assert verdict == "incorrect" and score < top, codes
    assert any(code.startswith("beam-") for code, _ in codes), codes


def test_a_list_under_a_candidates_heading_is_still_candidates() -> None:
    # "Candidates:" heads the extensions; only the line that keeps gives the beam
    text = (
        STEP1
        + "Step 2 candidates:\n- the dog 0.20\n- the cat 0.175\n- the car 0.125\n- a cat 0.36\n- a dog 0.04\n"
        "Keep: a cat 0.36, the dog 0.20" + RESULT
    )
    verdict, score, top, codes = graded(text)
    assert (verdict, score) == ("correct", top), codes
