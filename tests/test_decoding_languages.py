"""Decoding answers written in Spanish, Portuguese, French and German, with decimal commas: the words of a
step, a beam, keeping, dropping, finishing, the answer and yes/no are read in each, and each right answer's
wrong twin, written in the same words, stays caught."""

from __future__ import annotations

import re

import pytest

from grader.core.question import load_question
from grader.decoding import words as w
from grader.decoding.grade import grade_text
from grader.decoding.problem import DecodingProblem
from tests.conftest import ROOT

LANGUAGES = ("en", "es", "pt", "fr", "de", "it")
TABLES = {name: t for name, t in vars(w).items() if name.isupper() and isinstance(t, dict)}


def bundled(stem: str) -> DecodingProblem:
    return load_question(ROOT / f"problems/decoding/{stem}.toml").problem  # type: ignore[attr-defined]


def graded(stem: str, text: str) -> tuple[str, list[str]]:
    report = grade_text(text, bundled(stem), "s.txt")
    return report.verdict, sorted(report.codes)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_meaning_has_a_row_per_language(name: str) -> None:
    assert set(TABLES[name]) >= set(LANGUAGES), name


@pytest.mark.parametrize(
    ("word", "text", "matches"),
    [
        ("más probable", "mas probable", True),
        ("más probable", "MÁS   probable", True),
        ("étape", "etape", True),
        ("não", "nao", True),
        ("não", "nã", False),
        ("sí", "si", True),
        ("haz", "hazlo", False),
    ],
)
def test_accents_are_optional_and_words_whole(word: str, text: str, matches: bool) -> None:
    pattern = re.compile(rf"\b{w.words({'xx': (word,)})}\b", re.I)
    assert (pattern.fullmatch(text) is not None) is matches


# beam-a-cat (B = 2): step 1 keeps the 0.5 and a 0.4; step 2 keeps a cat 0.36 and the dog 0.20
BEAM_RIGHT = {
    "es": """Paso 1: the 0,5 ; a 0,4 ; one 0,1. Mantengo the (0,5) y a (0,4).
Paso 2, expansiones:
the dog 0,5·0,4 = 0,20 ; the cat 0,5·0,35 = 0,175 ; the car 0,5·0,25 = 0,125 ; a cat 0,4·0,9 = 0,36 ; a dog 0,04
Haz: a cat (0,36) y the dog (0,20).
Respuesta: a cat, con probabilidad 0,36.""",
    "pt": """Passo 1: the 0,5 ; a 0,4 ; one 0,1 -> fico com the (0,5) e a (0,4)
Passo 2 (candidatos): the dog 0,20 ; the cat 0,175 ; the car 0,125 ; a cat 0,36 ; a dog 0,04
Os dois melhores: a cat 0,36 e the dog 0,20
Resposta: "a cat", com probabilidade 0,36""",
    "fr": """Étape 1 : the 0,5 ; a 0,4 ; one 0,1. Je garde the (0,5) et a (0,4).
Étape 2, candidats : the dog 0,20 ; the cat 0,175 ; the car 0,125 ; a cat 0,36 ; a dog 0,04.
Faisceau : {a cat : 0,36 ; the dog : 0,20}
Réponse : a cat, probabilité 0,36.""",
    "de": """Schritt 1: the 0,5 ; a 0,4 ; one 0,1. Ich behalte the (0,5) und a (0,4).
Schritt 2, Kandidaten: the dog 0,20 ; the cat 0,175 ; the car 0,125 ; a cat 0,36 ; a dog 0,04.
Die zwei besten: a cat 0,36 und the dog 0,20.
Antwort: a cat, Wahrscheinlichkeit 0,36.""",
}
# the twins rank step 2 by the last conditional (a cat 0.9, the dog 0.4) and report 0.9
BEAM_WRONG = {
    lang: text.replace("0,36.", "0,9.")
    .replace("0,36\n", "0,9\n")
    .replace("0,36)", "0,9)")
    .replace("a cat : 0,36", "a cat : 0,9")
    .replace("0,20)", "0,4)")
    .replace(": 0,20}", ": 0,4}")
    .replace("the dog 0,20.", "the dog 0,4.")
    .replace("the dog 0,20\n", "the dog 0,4\n")
    .replace("probabilidade 0,36", "probabilidade 0,9")
    .replace("a cat 0,36 e", "a cat 0,9 e")
    .replace("a cat 0,36 und", "a cat 0,9 und")
    for lang, text in BEAM_RIGHT.items()
}


@pytest.mark.parametrize("lang", sorted(BEAM_RIGHT))
def test_a_beam_written_in_another_language_is_read(lang: str) -> None:
    assert graded("beam-a-cat", BEAM_RIGHT[lang]) == ("correct", [])


@pytest.mark.parametrize("lang", sorted(BEAM_WRONG))
def test_its_twin_ranked_by_the_last_conditional_stays_caught(lang: str) -> None:
    assert BEAM_WRONG[lang] != BEAM_RIGHT[lang]
    verdict, found = graded("beam-a-cat", BEAM_WRONG[lang])
    assert verdict == "incorrect" and found, found


# beam-length-normalised: yes </s> (0.20) finishes at step 2 and leaves the beam, which shrinks to 1
NORMALISED_RIGHT = {
    "es": """Paso 1: yes 0,5 ; no 0,3 ; maybe 0,2. Haz: yes 0,5 y no 0,3.
Paso 2: yes </s> 0,20 ; yes please 0,175 ; yes indeed 0,125 ; no thanks 0,15 ; no way 0,105 ; no </s> 0,045.
Las dos mejores: yes </s> (0,20) y yes please (0,175). yes </s> termina y sale del haz; ancho = 1.
Paso 3: yes please </s> 0,175·0,9 = 0,1575 (terminada) ; yes please now 0,0175 descartada.
Puntuación: ln 0,20 / 2 = −0,805 ; ln 0,1575 / 3 = −0,616.
Respuesta: yes please </s>, con probabilidad 0,1575.""",
    "pt": """Passo 1: yes 0,5 ; no 0,3 ; maybe 0,2. Feixe: yes 0,5 e no 0,3.
Passo 2: yes </s> 0,20 ; yes please 0,175 ; yes indeed 0,125 ; no thanks 0,15 ; no way 0,105 ; no </s> 0,045.
Os dois melhores: yes </s> (0,20, terminada) e yes please (0,175). A largura cai para 1.
Passo 3: yes please </s> 0,175·0,9 = 0,1575 (terminada) ; yes please now 0,0175 descartada.
Pontuação: ln 0,20 / 2 = −0,805 ; ln 0,1575 / 3 = −0,616.
Resposta: yes please </s>, com probabilidade 0,1575.""",
    "fr": """Étape 1 : yes 0,5 ; no 0,3 ; maybe 0,2. Faisceau : yes 0,5 et no 0,3.
Étape 2 : yes </s> 0,20 ; yes please 0,175 ; yes indeed 0,125 ; no thanks 0,15 ; no way 0,105 ; no </s> 0,045.
Les deux meilleures : yes </s> (0,20, terminée) et yes please (0,175). La largeur tombe à 1.
Étape 3 : yes please </s> 0,175·0,9 = 0,1575 (terminée) ; yes please now 0,0175 écartée.
Score : ln 0,20 / 2 = −0,805 ; ln 0,1575 / 3 = −0,616.
Réponse : yes please </s>, probabilité 0,1575.""",
}
# the twins skip the normalisation and answer with the highest raw probability
NORMALISED_WRONG = {
    lang: text.rsplit("\n", 2)[0]
    + "\n"
    + text.rsplit("\n", 1)[1].replace("yes please </s>", "yes </s>").replace("0,1575", "0,20")
    for lang, text in NORMALISED_RIGHT.items()
}


@pytest.mark.parametrize("lang", sorted(NORMALISED_RIGHT))
def test_a_finished_hypothesis_leaving_the_beam_is_read(lang: str) -> None:
    assert graded("beam-length-normalised", NORMALISED_RIGHT[lang]) == ("correct", [])


@pytest.mark.parametrize("lang", sorted(NORMALISED_WRONG))
def test_its_twin_choosing_the_raw_probability_stays_caught(lang: str) -> None:
    verdict, found = graded("beam-length-normalised", NORMALISED_WRONG[lang])
    assert verdict == "incorrect" and found, found


# greedy-not-best: greedy's cat sat down (0.048) is beaten by dog barked loudly (0.054): the answer is no
NOT_BEST = "{greedy}: cat (0,4) -> sat (0,4) -> down (0,3), P = 0,4 · 0,4 · 0,3 = 0,048\n{other}: {said}"
NOT_BEST_SAID = {
    "es": (
        "Voraz",
        "Comparo: dog barked loudly 0,3 · 0,6 · 0,3 = 0,054",
        "{yn}, la salida del voraz {neg}es la más probable.",
    ),
    "pt": (
        "Guloso",
        "Comparo: dog barked loudly 0,3 · 0,6 · 0,3 = 0,054",
        "{yn}, a saída gulosa {neg}é a mais provável.",
    ),
    "fr": (
        "Glouton",
        "Comparaison : dog barked loudly 0,3 · 0,6 · 0,3 = 0,054",
        "{yn}, la sortie gloutonne {neg}est la plus probable.",
    ),
    "de": (
        "Gierig",
        "Vergleich: dog barked loudly 0,3 · 0,6 · 0,3 = 0,054",
        "{yn}, die gierige Ausgabe ist {neg}die wahrscheinlichste.",
    ),
}
YES_NO = {  # (yes, no, the negation the no sentence carries)
    "es": ("Sí", "No", "no "),
    "pt": ("Sim", "Não", "não "),
    "fr": ("Oui", "Non", "n'"),
    "de": ("Ja", "Nein", "nicht "),
}


def _not_best(lang: str, right: bool) -> str:
    greedy, other, said = NOT_BEST_SAID[lang]
    yes, no, neg = YES_NO[lang]
    verdict = said.format(yn=no, neg=neg) if right else said.format(yn=yes, neg="")
    if lang == "fr" and right:
        verdict = verdict.replace("n'est", "n'est pas")
    return f"{greedy}: cat (0,4) -> sat (0,4) -> down (0,3), P = 0,4 · 0,4 · 0,3 = 0,048\n{other}\n{verdict}"


@pytest.mark.parametrize("lang", sorted(NOT_BEST_SAID))
def test_a_no_in_another_language_is_read(lang: str) -> None:
    assert graded("greedy-not-best", _not_best(lang, True)) == ("correct", [])


@pytest.mark.parametrize("lang", sorted(NOT_BEST_SAID))
def test_its_twin_saying_yes_is_caught(lang: str) -> None:
    verdict, found = graded("greedy-not-best", _not_best(lang, False))
    assert verdict == "incorrect" and "greedy-assumed-best" in found, found


# a decimal slip on a line of prose with decimal commas (0,16 × 0,3 = 0,48) is read, and so caught
@pytest.mark.parametrize(
    ("product", "right"),
    [("0,4 × 0,4 × 0,3 = 0,16 × 0,3 = 0,048", True), ("0,4 × 0,4 × 0,3 = 0,16 × 0,3 = 0,48", False)],
)
def test_a_product_in_decimal_commas_is_checked(product: str, right: bool) -> None:
    text = (
        f"Greedy: cat sat down, P = {product}\n"
        "dog barked loudly = 0,3 × 0,6 × 0,3 = 0,054\n"
        f"Resposta: não, dog barked loudly (0,054) é mais provável."
    )
    verdict, found = graded("greedy-not-best", text)
    assert (verdict == "correct") is right, found
    assert right or "decoded-prob-wrong" in found


# greedy-is-best: the yes is right, but only with the comparison; a yes that rests on "greedy always finds
# the most probable sequence" alone is caught in any language
IS_BEST_YES = {
    "es": "Voraz: the (0,6) -> cat (0,7), P = 0,42.\nSí: el voraz siempre encuentra la secuencia más probable.",
    "pt": "Guloso: the (0,6) -> cat (0,7), P = 0,42.\nSim: a busca gulosa sempre encontra a sequência mais provável.",
    "fr": "Glouton : the (0,6) -> cat (0,7), P = 0,42.\nOui : le glouton trouve toujours la séquence la plus probable.",
    "de": "Gierig: the (0,6) -> cat (0,7), P = 0,42.\nJa: die gierige Suche findet immer die wahrscheinlichste Folge.",
}
COMPARED = "the dog 0,18 ; a cat 0,20 ; a dog 0,20 : ninguna / nenhuma / aucune / keine > 0,42."


@pytest.mark.parametrize("lang", sorted(IS_BEST_YES))
def test_a_yes_on_a_general_claim_alone_is_caught(lang: str) -> None:
    verdict, found = graded("greedy-is-best", IS_BEST_YES[lang])
    assert verdict == "incorrect" and "greedy-assumed-best" in found, found


@pytest.mark.parametrize("lang", sorted(IS_BEST_YES))
def test_the_same_yes_with_the_comparison_is_right(lang: str) -> None:
    first, second = IS_BEST_YES[lang].split("\n")
    yes = YES_NO[lang][0]
    assert graded("greedy-is-best", f"{first}\n{COMPARED}\n{yes}.") == ("correct", [])


@pytest.mark.parametrize("lang", sorted(IS_BEST_YES))
def test_a_no_against_the_comparison_is_caught(lang: str) -> None:
    first, _ = IS_BEST_YES[lang].split("\n")
    no = YES_NO[lang][1]
    verdict, found = graded("greedy-is-best", f"{first}\n{COMPARED}\n{no}.")
    assert verdict == "incorrect" and "decoding-verdict-wrong" in found, found


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Si el voraz elige the, sigue con cat.", None),  # "si" before a word is "if", no answer
        ("Sí, es la más probable.", "yes"),
        ("Si, es la más probable.", "yes"),
        ("No es la más probable: dog barked loudly gana.", "no"),
        ("Não, a saída gulosa não é a mais provável.", "no"),
        ("Oui, c'est la plus probable.", "yes"),
        ("Nein, die gierige Ausgabe ist nicht die beste.", "no"),
        ("Risposta: sì.", "yes"),
        ("Réponse : non.", "no"),
    ],
)
def test_yes_and_no_words_of_each_language(line: str, said: str | None) -> None:
    from grader.decoding.reader import read

    reading = read(line, bundled("greedy-not-best").vocabulary)
    assert (reading.verdict[0] if reading.verdict else None) == said
