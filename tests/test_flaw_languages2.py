"""A verdict that names its line with emphasis after the article ("la prima riga sbagliata è la **riga 2**",
"la primera línea incorrecta es la **línea 2**") blames that line, not the ordinal of "first wrong line"
(issue 10, blind-kinds29). The texts are written for these tests; each right one has a wrong twin.
"""

from __future__ import annotations

import pytest

from grader.flaw.answer import blamed_line
from grader.flaw.grade import grade_flaw
from tests.test_flaw_classes import MULTIPLIED
from tests.test_flaw_languages import _problem

FLAWED = ("a = b", "= c", "= d")

# (verdict with the line's number left open, …): emphasis after the article or around
# the line's name, in several languages
VERDICTS = [
    "La prima riga sbagliata è la **riga {n}**.",
    "La prima riga sbagliata è la *riga {n}*, la riga 3 segue.",
    "La primera línea incorrecta es la **línea {n}**.",
    "A primeira linha errada é a __linha {n}__.",
    "La première ligne fausse est la **ligne {n}**.",
    "Die erste falsche Zeile ist die **Zeile {n}**.",
    "The first wrong line is the **line {n}**.",
    "La prima riga sbagliata è la **{n}**.",
    "__Zeile {n}__ ist falsch, der Rest stimmt.",
    "La __riga {n}__ è sbagliata.",
]


@pytest.mark.parametrize("verdict", VERDICTS)
@pytest.mark.parametrize("n", [1, 2, 3])
def test_the_line_named_after_an_emphasised_article_is_blamed(verdict: str, n: int) -> None:
    """Each number is read as said: the right line and its wrong twins (another number) apart."""
    found = blamed_line([verdict.format(n=n)], FLAWED)
    assert found is not None and found.line == n, verdict.format(n=n)


# (opening of the analysis, the line it blames): the multiplied-logs text's flaw is line 2
ANALYSES = [
    ("La prima riga sbagliata è la **riga {n}**. Lo studente ha moltiplicato i logaritmi invece di sommarli.", "it"),
    ("La première ligne fausse est la **ligne {n}** : l'étudiant a multiplié les logarithmes au lieu de les "
     "additionner.", "fr"),
    ("Die erste falsche Zeile ist die **Zeile {n}**: der Student multipliziert die Logarithmen statt sie zu "
     "addieren.", "de"),
]  # fmt: skip
FIX = "\nCalcolo corretto:\n\nlog Pr(y|x) = −0,7 + (−0,4)\n= −1,1\n"


@pytest.mark.parametrize(("opening", "lang"), ANALYSES)
def test_a_right_analysis_earns_full_marks_and_its_twin_blaming_line_1_is_caught(
    opening: str, lang: str
) -> None:
    right = grade_flaw(opening.format(n=2) + FIX, _problem(MULTIPLIED))
    assert (right.verdict, right.score) == ("correct", right.max_score), (lang, right.codes)
    wrong = grade_flaw(opening.format(n=1) + FIX, _problem(MULTIPLIED))
    assert "wrong-line-blamed" in wrong.codes and wrong.score < wrong.max_score, (lang, wrong.codes)
