"""A flaw analysis written in Spanish, Portuguese, French, German or Italian is read as one in English
(issue 10, blind-kinds28): the line blamed, the mistake named, the correction marked, decimal commas.

Each right analysis earns full marks and its wrong twin stays caught. The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.flaw.answer import blamed_line
from grader.flaw.grade import grade_flaw
from grader.flaw.words import SAYS
from tests.test_flaw_classes import DROPPED, MULTIPLIED

FLAWED = ("a = b", "= c", "= d")

# (text, the line it blames): the same verdict said in each language, with the line it names
BLAMES = [
    # a verdict that names the line after it, the noun first ("la primera línea incorrecta es la 2")
    ("La primera línea incorrecta es la 2.", 2),
    ("La primera linea incorrecta es la 3.", 3),
    ("A primeira linha errada é a **1**.", 1),
    ("Linha errada: 3.", 3),
    ("La première ligne fausse est la ligne 2.", 2),
    ("Erste falsche Zeile: 3", 3),
    ("La prima riga sbagliata è la 1.", 1),
    # an ordinal before the noun, in the language's own words and digits
    ("La segunda línea está mal.", 2),
    ("A terceira linha está errada.", 3),
    ("La 2ª linha contém o erro.", 2),
    ("Die zweite Zeile ist falsch.", 2),
    ("Die 3. Zeile ist falsch.", 3),
    ("La troisième ligne est fausse.", 3),
    ("La 2e ligne est fausse.", 2),
    ("L'ultima riga è sbagliata.", 3),
    # a line said to be right is not the one blamed; the next one named is
    ("A linha 1 está correta; o erro está na linha 2.", 2),
    ("A linha 2 está correta; o erro está na linha 1.", 1),
    ("La línea 1 está bien, pero la línea 3 está mal.", 3),
    ("Zeile 1 ist richtig, aber Zeile 2 ist falsch.", 2),
    ("Zeile 2 ist richtig, aber Zeile 1 ist falsch.", 1),
    ("La ligne 1 est correcte, mais la ligne 3 est fausse.", 3),
    ("La riga 1 è corretta, ma la riga 2 è sbagliata.", 2),
    # a denied verdict blames ("no es correcta", "n'est pas correcte", "nicht richtig")
    ("La línea 2 no es correcta.", 2),
    ("La ligne 3 n'est pas correcte.", 3),
    ("Zeile 1 ist nicht richtig.", 1),
    # a line named as a landmark is neither blamed nor excused
    ("Todo está bien antes de la línea 3; el error está en la línea 2.", 2),
    ("Alles vor Zeile 3 ist falsch, der Fehler ist in Zeile 1.", 1),
]


@pytest.mark.parametrize(("text", "line"), BLAMES)
def test_the_line_called_wrong_in_another_language_is_blamed(text: str, line: int) -> None:
    found = blamed_line(text.splitlines(), FLAWED)
    assert found is not None and found.line == line, text


def _problem(path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


FIX_DROPPED = {
    "es": "Corrección:\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0,7 + (-0,4) = -1,1\n",
    "pt": "**Correção:**\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= -0,7 + (-0,4)\n= -1,1\n",
    "fr": "Version corrigée :\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0,7 + (-0,4) = -1,1\n",
    "de": "Korrektur:\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0,7 + (-0,4) = -1,1\n",
    "it": "Correzione:\nlog Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0,7 + (-0,4) = -1,1\n",
}
FIX_MULTIPLIED = {
    lang: fix.replace("log Pr(y_1|x) + log Pr(y_2|x, y_1) = ", "").replace(
        "log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= ", ""
    )
    for lang, fix in FIX_DROPPED.items()
}
# the mistake of each problem said in each language, and a different mistake said in the same words' style
WHY = {
    (DROPPED, "es"): "se olvidó condicionar el segundo término en y_1 = deep.",
    (DROPPED, "pt"): "o aluno descartou y_1: a segunda palavra depende da palavra anterior.",
    (DROPPED, "fr"): "l'étudiant a oublié de conditionner sur le mot précédent.",
    (DROPPED, "de"): "der Student vergisst y_1 in der Bedingung des zweiten Tokens.",
    (DROPPED, "it"): "ha dimenticato di condizionare su y_1.",
    (MULTIPLIED, "es"): "el estudiante multiplicó los logaritmos en vez de sumarlos.",
    (MULTIPLIED, "pt"): "o aluno multiplicou os logaritmos em vez de somá-los.",
    (MULTIPLIED, "fr"): "l'étudiant a multiplié les log-probabilités au lieu de les additionner.",
    (MULTIPLIED, "de"): "der Student multipliziert die Logarithmen statt sie zu addieren.",
    (MULTIPLIED, "it"): "lo studente ha moltiplicato i logaritmi invece di sommarli.",
}
OTHER = {
    "es": "hay un error de signo.",
    "pt": "há um erro de sinal.",
    "fr": "il y a une erreur de signe.",
    "de": "es ist ein Vorzeichenfehler.",
    "it": "c'è un errore di segno.",
}
BLAME = {
    "es": "La primera línea incorrecta es la {n}: ",
    "pt": "Linha errada: linha {n}. ",
    "fr": "La première ligne fausse est la ligne {n} : ",
    "de": "Die erste falsche Zeile ist Zeile {n}: ",
    "it": "La prima riga sbagliata è la {n}: ",
}
KEY_LINE = {DROPPED: 1, MULTIPLIED: 2}
CASES = [(problem, lang) for problem in (DROPPED, MULTIPLIED) for lang in BLAME]


def _analysis(problem, lang: str, line: int, why: str, fix: str) -> str:  # type: ignore[no-untyped-def]
    return BLAME[lang].format(n=line) + why + "\n" + fix


def _fix(problem, lang: str) -> str:  # type: ignore[no-untyped-def]
    return (FIX_DROPPED if problem == DROPPED else FIX_MULTIPLIED)[lang]


@pytest.mark.parametrize(("problem", "lang"), CASES, ids=lambda v: getattr(v, "stem", v))
def test_a_right_analysis_in_another_language_earns_full_marks(problem, lang: str) -> None:  # type: ignore[no-untyped-def]
    text = _analysis(problem, lang, KEY_LINE[problem], WHY[problem, lang], _fix(problem, lang))
    report = grade_flaw(text, _problem(problem))
    assert (report.verdict, report.score) == ("correct", report.max_score), (
        text,
        [(d.code, d.span.line, d.message) for d in report.diagnostics],
    )


# each twin changes one thing of the right analysis: the line blamed, the mistake named, the corrected value
TWINS = [
    ("line", "wrong-line-blamed"),
    ("mistake", "wrong-mistake-named"),
    ("value", "final-answer-wrong"),
]


@pytest.mark.parametrize(("problem", "lang"), CASES, ids=lambda v: getattr(v, "stem", v))
@pytest.mark.parametrize(("change", "code"), TWINS)
def test_its_wrong_twin_stays_caught(problem, lang: str, change: str, code: str) -> None:  # type: ignore[no-untyped-def]
    line = KEY_LINE[problem] + (1 if change == "line" else 0)
    why = OTHER[lang] if change == "mistake" else WHY[problem, lang]
    fix = _fix(problem, lang)
    if change == "value":
        fix = fix.replace("-1,1", "-1,3")
    report = grade_flaw(_analysis(problem, lang, line, why, fix), _problem(problem))
    assert report.verdict == "incorrect" and report.score < report.max_score
    assert code in report.codes, [(d.code, d.message) for d in report.diagnostics]


def test_every_mistake_phrase_in_another_language_names_its_own_mistake_only() -> None:
    """Each phrase of words.SAYS, said alone, names its code (a phrase that no text can match is dead)."""
    from grader.core.diagnostics import REGISTRY
    from grader.flaw.answer import named_codes

    for code, table in SAYS.items():
        assert code in REGISTRY
        for lang, phrases in table.items():
            for phrase in phrases:
                assert code in named_codes(phrase + ".", REGISTRY.values()), (code, lang, phrase)


# (problem, a flawed line quoted with decimal commas, what the grade must be): line 2 of the multiplied-logs
# text is its flaw; line 2 of the dropped-conditioning text only carries line 1's mistake
QUOTED = [
    (MULTIPLIED, "es", "El error está en «= (-0,7)(-0,4)»", "correct"),
    (MULTIPLIED, "pt", "O erro está em «(-0,7)(-0,4)»", "correct"),
    (DROPPED, "pt", "O erro está em «= -0,7 + (-2,3)»", "wrong-line-blamed"),
    (DROPPED, "fr", "L'erreur est dans « = -0,7 + (-2,3) »", "wrong-line-blamed"),
]


@pytest.mark.parametrize(("problem", "lang", "quote", "grade"), QUOTED)
def test_a_line_quoted_with_decimal_commas_is_the_line_blamed(
    problem, lang: str, quote: str, grade: str
) -> None:  # type: ignore[no-untyped-def]
    """'(-0,7)(-0,4)' quotes the flawed '(-0.7)(-0.4)': the commas are read as points before quotes are found."""
    report = grade_flaw(f"{quote}: {WHY[problem, lang]}\n{_fix(problem, lang)}", _problem(problem))
    if grade == "correct":
        assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    else:
        assert grade in report.codes and report.score < report.max_score, report.codes
