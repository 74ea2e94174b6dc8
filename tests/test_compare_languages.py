"""The compare kind reads conclusions in the course's languages, and decimal commas (issue 10, blind-kinds28:
a Spanish- and Portuguese-speaking cohort). Each meaning the readers match ("more likely", "less likely",
"prefers", "more confident", "higher", "answer", "so", "not", "than", "per token", "although", a label's
"response") is a table of its words per language in grader/compare/words.py; these tests write their own
variants in Spanish, Portuguese, French, German and Italian (the last three not in the blind set), each
right variant with a wrong twin that must stay caught.

1. A conclusion in words other than English ("A es más probable que B", "o modelo está mais confiante em B",
   "Réponse : A") picked no candidate: no-final-answer on right work.
2. Decimal commas in the work and the conclusion ("-0,7 + (-0,4) = -1,1", "e^0,7 ≈ 2,01"): the ratio read
   was 0.7's or 1's, not 2.01 (final-answer-wrong on right work). They are read as
   grader.core.precheck.decimal_commas reads them for a derivation, column for column.
3. A label in another language ("Respuesta A:", "Opção B:") did not name the candidate: candidates-unclear.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import choice
from grader.compare.sections import Mentions, split
from grader.compare.words import MORE_LIKELY, compiled
from tests.test_compare_classes import MAIN, PER_TOKEN, RATIO
from tests.test_compare_classes2 import twins_hold

AB = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])

# (a conclusion line, the candidate it picks): each meaning in several languages, both ways round
CHOICES = [
    # more likely / less likely, and the word for "than"
    ("A es más probable que B.", "A"),
    ("B es más probable que A.", "B"),
    ("A es mas probable que B", "A"),  # the accent dropped
    ("B é menos provável do que A.", "A"),
    ("A é menos provável do que B.", "B"),
    ("A est plus probable que B.", "A"),
    ("B est moins probable que A.", "A"),
    ("A ist wahrscheinlicher als B.", "A"),
    ("B ist weniger wahrscheinlich als A.", "A"),
    ("A è più probabile di B.", "A"),
    ("B è meno probabile di A.", "A"),
    # a negation before the cue
    ("B no es más probable que A.", "A"),
    ("A não é mais provável que B.", "B"),
    ("B n'est pas plus probable que A.", "A"),
    ("B ist nicht wahrscheinlicher als A.", "A"),
    ("B non è più probabile di A.", "A"),
    # the model prefers / is more confident in the candidate after the cue
    ("El modelo prefiere A.", "A"),
    ("O modelo prefere B.", "B"),
    ("Le modèle préfère A.", "A"),
    ("Das Modell bevorzugt B.", "B"),
    ("Il modello preferisce A.", "A"),
    ("Por token el modelo está más seguro de B.", "B"),
    ("Por token o modelo está mais confiante em A.", "A"),
    ("Par token, le modèle est plus confiant en B.", "B"),
    # a bigger or smaller value, read by the quantity it is of (lower perplexity is likelier)
    ("A tiene la mayor probabilidad.", "A"),
    ("B tem a menor perplexidade.", "B"),
    ("La perplexité de A est plus faible.", "A"),
    ("Die Perplexität von B ist höher.", "A"),
    # where the line turns to its conclusion
    ("-1,1 > -1,8, por lo tanto A.", "A"),
    ("-1,8 < -1,1, portanto B.", "B"),
    ("Donc B.", "B"),
    ("Daher A.", "A"),
    ("Quindi B.", "B"),
    ("Respuesta: A", "A"),
    ("Resposta final: B", "B"),
    ("Réponse : A.", "A"),
    ("Antwort: B", "B"),
    ("Conclusione: A", "A"),
    # no choice at all
    ("Entonces sumo los logaritmos.", None),
    ("Il faut additionner les logarithmes.", None),
]


@pytest.mark.parametrize(("line", "expected"), CHOICES)
def test_a_conclusion_is_read_in_the_course_languages(line: str, expected: str | None) -> None:
    assert choice(line, AB) == expected


# (a conclusion line asked per token, the candidate it picks): a clause on the other basis is a remark
BASES = [
    ("Por token B es más probable, aunque la secuencia completa A sea más probable.", "B"),
    ("Por token A es más probable, aunque la secuencia completa B sea más probable.", "A"),
    ("Embora a soma favoreça A, por token o modelo prefere B.", "B"),
    ("Bien que la somme favorise B, par token le modèle préfère A.", "A"),
    ("Insgesamt ist A wahrscheinlicher, aber pro Token ist B wahrscheinlicher.", "B"),
    ("Anche se il totale favorisce A, per token il modello preferisce B.", "B"),
]


@pytest.mark.parametrize(("line", "expected"), BASES)
def test_the_clause_on_the_basis_asked_decides_in_any_language(line: str, expected: str) -> None:
    assert choice(line, AB, per_token=True) == expected


def test_an_accent_is_optional_but_the_word_is_whole() -> None:
    """'mais provavel' is 'mais provável' without its accent; 'improbable' is no 'probable' (whole words)."""
    more = compiled(MORE_LIKELY)
    assert more.search("mais provavel") and more.search("MÁS PROBABLE") and more.search("più  probabile")
    assert not more.search("plusprobable") and not more.search("más probablemente")


_TOTALS_ES = "A: log P = -0,7 + (-0,4) = -1,1\nB: log P = -1,6 + (-0,2) = -1,8\n\n"
_TOTALS_PT = "Resposta A: log Pr = -0,7 + (-0,4) = -1,1\nResposta B: log Pr = -1,6 + (-0,2) = -1,8\n\n"
_TOTALS_FR = "Réponse A : log P = -0,7 + (-0,4) = -1,1\nRéponse B : log P = -1,6 + (-0,2) = -1,8\n\n"
_TOTALS_DE = "Antwort A: log P = -0,7 + (-0,4) = -1,1\nAntwort B: log P = -1,6 + (-0,2) = -1,8\n\n"
_MEANS_ES = (
    "A: -0,7 + (-0,4) = -1,1, media = -1,1 / 2 = -0,55\n"
    "B: -1,0 + (-0,3) + (-0,1) = -1,4, media = -1,4 / 3 = -0,467\n\n"
)
_MEANS_IT = (
    "Opzione A: -0,7 + (-0,4) = -1,1, media = -1,1 / 2 = -0,55\n"
    "Opzione B: -1,0 + (-0,3) + (-0,1) = -1,4, media = -1,4 / 3 = -0,467\n\n"
)

# (problem, right work, its wrong twin, the code the twin must earn)
TWINS = [
    # 1. the choice, in words
    (MAIN, _TOTALS_ES + "Respuesta: A es más probable que B.", _TOTALS_ES + "Respuesta: B es más probable que A.",
     "less-likely-chosen"),
    (MAIN, _TOTALS_PT + "Como -1,1 > -1,8, o modelo prefere A.", _TOTALS_PT + "Como 1,8 > 1,1, o modelo prefere B.",
     "less-likely-chosen"),
    (MAIN, _TOTALS_FR + "Donc A est plus probable.", _TOTALS_FR + "Donc A est moins probable.", "less-likely-chosen"),
    (MAIN, _TOTALS_DE + "B ist nicht wahrscheinlicher als A.", _TOTALS_DE + "A ist nicht wahrscheinlicher als B.",
     "less-likely-chosen"),
    (PER_TOKEN, _MEANS_ES + "Por token el modelo está más seguro de B,\naunque la secuencia completa A sea más probable.",
     _MEANS_ES + "Por token el modelo está más seguro de A,\naunque la secuencia completa B sea más probable.",
     "less-likely-chosen"),
    (PER_TOKEN, _MEANS_IT + "Quindi per token il modello preferisce B.", _MEANS_IT + "Quindi per token il modello preferisce A.",
     "less-likely-chosen"),
    # 2. decimal commas in the ratio stated
    (RATIO, _TOTALS_ES + "log(P(A)/P(B)) = -1,1 - (-1,8) = 0,7\nP(A)/P(B) = e^0,7 ≈ 2,01\nRespuesta: la razón es 2,01.",
     _TOTALS_ES + "log(P(A)/P(B)) = -1,1 - (-1,8) = 0,7\nP(A)/P(B) = 10^0,7 ≈ 5,01\nRespuesta: la razón es 5,01.",
     "final-answer-wrong"),
    (RATIO, _TOTALS_PT + "Resposta: A é cerca de 2,01 vezes mais provável que B.",
     _TOTALS_PT + "Resposta: A é cerca de 0,61 vezes mais provável que B.", "divided-log-probs"),
    (RATIO, _TOTALS_DE + "Also ist B nur 0,497 mal so wahrscheinlich wie A.",
     _TOTALS_DE + "Also ist A nur 0,497 mal so wahrscheinlich wie B.", "final-answer-wrong"),
    (RATIO, _TOTALS_FR + "Donc A est 2,01 fois plus probable que B.", _TOTALS_FR + "Donc A est 1,64 fois plus probable que B.",
     "final-answer-wrong"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "right", "wrong", "code"), TWINS)
def test_right_work_in_other_languages_gets_full_marks_and_its_twin_is_caught(
    path, right: str, wrong: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    twins_hold(path, right, wrong, code)


@pytest.mark.parametrize(
    "label", ["Respuesta", "Resposta", "Opción", "Opção", "Réponse", "Antwort", "Kandidat", "Risposta"]
)
def test_a_label_in_another_language_names_the_candidate(label: str) -> None:
    lines = [f"{label} A: log P = -0.7 + (-0.4) = -1.1", f"{label} B: log P = -1.6 + (-0.2) = -1.8"]
    parts = split(lines, AB)
    assert (parts.sections, parts.unclear) == ({"A": [0], "B": [1]}, "")
