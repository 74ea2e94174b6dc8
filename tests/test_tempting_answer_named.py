"""The tempting or naive answer named to be refuted ("it is tempting to blame line 2", "a naive count would give
n·|V|", "on pourrait être tenté par |V|!/(|V|−n)!") is not the student's answer, in any language with rows in
meanings.TEMPTING: a cost after it is set beside the count, a line named after it is not blamed. The answer
the student gives stays judged: a wrong one stays wrong whatever was named as tempting."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

COSTS = [
    "Answer: {count}. A naive count would give n·|V|, but repeats are allowed.",
    "Réponse : {count}. On pourrait être tenté par |V|!/(|V|−n)! (sans répétition), mais l'énoncé autorise les répétitions.",
    "Antwort: {count}. Naiv gezählt käme man auf n·|V|, aber Wiederholungen sind erlaubt.",
    "The count is {count}. It is tempting to write n^|V| instead, but that swaps the roles.",
    "Respuesta: {count}. Un conteo ingenuo daría n·|V|, pero se permiten repeticiones.",
]


@pytest.mark.parametrize("text", COSTS)
def test_a_tempting_count_is_no_answer(text: str) -> None:
    full, codes = grade("cost", "exhaustive-search", text.format(count="|V|^n"))
    assert full, codes


@pytest.mark.parametrize("text", COSTS)
def test_a_wrong_count_stays_wrong_beside_a_tempting_one(text: str) -> None:
    full, codes = grade("cost", "exhaustive-search", text.format(count="n^2 |V|"))
    assert not full, codes


FLAWS = [
    "It is tempting to blame line 2, since that is where -2.3 appears. But line {n} is the first wrong one: it drops y_1 from the condition.",
    "One might think line 2 is wrong because of the number -2.3; the first wrong line is line {n}, which drops y_1 from the condition.",
    "On serait tenté d'accuser la ligne 2. Mais la première ligne fausse est la ligne {n} : elle oublie y_1 dans la condition.",
    "Auf den ersten Blick wirkt Zeile 2 falsch. Die erste falsche Zeile ist aber Zeile {n}: sie lässt y_1 in der Bedingung weg.",
]
CORRECTION = "\nCorrected: log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1) = -0.7 + (-0.4) = -1.1\n"


@pytest.mark.parametrize("text", FLAWS)
def test_a_line_named_as_tempting_is_not_blamed(text: str) -> None:
    full, codes = grade("flaw", "dropped-conditioning", text.format(n=1) + CORRECTION)
    assert full, codes


@pytest.mark.parametrize("text", FLAWS)
def test_blaming_the_wrong_line_after_a_tempting_one_stays_wrong(text: str) -> None:
    full, codes = grade("flaw", "dropped-conditioning", text.format(n=3) + CORRECTION)
    assert not full, codes
