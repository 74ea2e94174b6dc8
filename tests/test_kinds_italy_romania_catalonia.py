"""The five newer kinds read Italian, Romanian and Catalan (blind-kinds46): answer labels ("Risposta",
"Răspuns", "Resposta"), yes/no ("sì"/"no", "da"/"nu", "sí"/"no"), a comparison's conclusion ("più probabile",
"mai probabil", "més probable"; "deci B are cross-entropia mai mică"), a beam's steps and what it keeps
("passo", "teniamo", "pasul", "păstrăm", "pas", "mantenim"), the line blamed ("la riga 2 è sbagliata",
"linia 2 este greșită", "la línia 2 és incorrecta"), the cheaper model ("più economico", "mai ieftin", "més
barat") and cost prose around the count ("quindi", "deci", "per tant"). Each right answer earns full marks and
its wrong twin stays short of them. A word that is a negation in one language and a step or a line in another
(French "pas", not; Catalan "pas", step) is no negation before a number. Romanian ș and ț match their cedilla
forms (ş, ţ) and bare letters. Finnish, Estonian, Latvian and Lithuanian name the mean ("keskmine NLL"). The
texts are written for these tests."""

from __future__ import annotations

import re

import pytest

from grader.core import lexicon, meanings
from grader.core.lexicon import alternation
from tests.kinds_languages import (
    KIND_MODULES,
    NO_LETTER_AROUND,
    check,
    check_beam,
    check_cheaper,
    check_cost,
    check_flaw_heading,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_known_line,
    check_larger_magnitude_stays_wrong,
    check_line_blamed,
    check_meanings_have,
    check_mistake_described,
    check_more_likely,
    check_per_token,
    check_table_word,
    check_window,
)

LANGUAGES = ("it", "ro", "ca")

# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nB: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n"
MORE_LIKELY = [
    "Risposta: {c} è più probabile, perché -1,1 > -1,8.",
    "Quindi il modello considera {c} più probabile di {o}.",
    "Dunque {o} è meno probabile.",
    "Răspuns: {c} este mai probabil, deoarece -1,1 > -1,8.",
    "Deci {c} e mai probabilă decât {o}.",
    "Așadar modelul preferă {c}.",
    "Asadar {o} este mai puțin probabil.",  # ș typed bare
    "Aşadar {c} este mai probabil.",  # ş typed with a cedilla
    "Resposta: {c} és més probable, ja que -1,1 > -1,8.",
    "Per tant el model considera {c} més probable que {o}.",
    "Per tant {o} és menys probable.",
    "{o} no és més probable que {c}.",  # denied: the other one
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# a larger magnitude is no likelier response: "B has the larger value (1.8 > 1.1)" concluding B stays wrong
@pytest.mark.parametrize(
    "conclusion",
    [
        "B ha il modulo maggiore (1,8 > 1,1), quindi B è più probabile.",
        "B are modulul mai mare (1,8 > 1,1), deci B este mai probabil.",
        "B té el mòdul més gran (1,8 > 1,1), per tant B és més probable.",
    ],
)
def test_compare_the_larger_magnitude_chosen_stays_wrong(conclusion: str) -> None:
    check_larger_magnitude_stays_wrong(_TOTALS, conclusion)


# per token: the mean NLL (the cross-entropy) is lower for B (0,467 < 0,55), so the model is more confident
# per token in B; A is the wrong twin
_PER_TOKEN = (
    "A: -0,7 - 0,4 = -1,1 (2 token)\nB: -1,0 - 0,3 - 0,1 = -1,4 (3 token)\n"
    "A: 1,1 / 2 = 0,55\nB: 1,4 / 3 = 0,467\n"
)
PER_TOKEN = [
    "Quindi {c} ha l'entropia incrociata minore: il modello è più sicuro per token in {c}.",
    "Deci {c} are cross-entropia mai mică → modelul este mai încrezător per token în {c}.",
    "Deci modelul este mai sigur per token în {c}.",
    "Per tant {c} té l'entropia creuada més baixa: el model està més segur per token a {c}.",
    "Resposta: per token, el model és més segur de {c}.",
]


@pytest.mark.parametrize("conclusion", PER_TOKEN)
def test_compare_per_token_confidence(conclusion: str) -> None:
    check_per_token(_PER_TOKEN, conclusion)


# ---- decoding: a beam of two ("a cat", 0.36) kept after the language's "we keep:", the answer labelled
LABELLED_BEAM = [
    "passo 1: the 0,5, a 0,4, one 0,1 → teniamo: the (0,5), a (0,4)\n"
    "passo 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
    "  → teniamo: a cat (0,36), the dog (0,20)\n"
    "Risposta: {seq}, probabilità {p}.",
    "pasul 1: the 0,5, a 0,4, one 0,1 → păstrăm: the (0,5), a (0,4)\n"
    "pasul 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
    "  → păstrăm: a cat (0,36), the dog (0,20)\n"
    "Răspuns: {seq}, probabilitate {p}.",
    "pas 1: the 0,5, a 0,4, one 0,1 → mantenim: the (0,5), a (0,4)\n"
    "pas 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
    "  → mantenim: a cat (0,36), the dog (0,20)\n"
    "Resposta: {seq}, probabilitat {p}.",
]


@pytest.mark.parametrize("text", LABELLED_BEAM)
def test_a_labelled_beam_answer(text: str) -> None:
    check_beam(text, comma=True)


# greedy's path is the most probable here: "yes" is right, "no" its wrong twin. Greedy's steps are written
# with the language's word for step first: Catalan "pas 1 → the" is a step, not French's "not"
_GREEDY_IS_BEST = (
    'Greedy: {step} 1 → the (0,6); {step} 2 → cat (0,7). "the cat", P = 0,6 × 0,7 = 0,42\n'
    "- the cat: 0,42\n- the dog: 0,6 × 0,3 = 0,18\n- a cat: 0,4 × 0,5 = 0,20\n- a dog: 0,4 × 0,5 = 0,20\n"
)
GREEDY_IS_BEST = [
    ("passo", "Risposta: sì, the cat (0,42) è la sequenza più probabile.", "Risposta: no."),
    ("passo", "Sì.", "No: the cat non è la più probabile."),
    ("pasul", "Răspuns: da, the cat (0,42) este cea mai probabilă.", "Răspuns: nu."),
    ("pas", "Da.", "Nu."),
    ("pas", "Sí: the cat (0,42) és la seqüència més probable.", "No: the cat no és la més probable."),
    ("pas", "Resposta: sí.", "Resposta: no."),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(step: str, right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong, _GREEDY_IS_BEST.format(step=step))


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("passo", "Risposta: no, la ricerca greedy non trova sempre la sequenza più probabile.", "Risposta: sì."),
    (
        "pasul",
        "Răspuns: nu, căutarea greedy nu găsește întotdeauna secvența cea mai probabilă.",
        "Răspuns: da.",
    ),
    ("pasul", "Nu.", "Da, alegerea lacomă este întotdeauna optimă."),
    ("pas", "Resposta: no, la cerca voraç no troba sempre la seqüència més probable.", "Resposta: sí."),
    ("pas", "No.", "Sí."),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong)


# the lexicon's rule: a word that is a negation in one language and a step in another reads as the step
# before a number, as a negation elsewhere
@pytest.mark.parametrize(
    ("line", "denied"),
    [
        ("pas 1 → the (0,6)", False),
        ("pas 2: cat", False),
        ("le glouton n'est pas optimal", True),
    ],
)
def test_a_step_word_is_no_negation_before_its_number(line: str, denied: bool) -> None:
    from grader.decoding import words as w

    pattern = lexicon.not_numbered(w.NOT, w.STEP) + alternation(w.NOT)
    assert bool(re.search(rf"\b{pattern}\b", line, re.IGNORECASE)) is denied


# ---- flaw: the first wrong line (line 2 multiplies the logs), by number or by its ordinal
_CORRECTION = "log Pr(y|x) = -0,7 + (-0,4) = -1,1\n"
MULTIPLIED = [
    "Risposta: la riga {n} è sbagliata: i logaritmi sono stati moltiplicati invece di sommarli.",
    "La {o} riga è la prima sbagliata.",
    "Răspuns: linia {n} este greșită: logaritmii au fost înmulțiți în loc să fie adunați.",
    "Prima linie greșită este linia {n}.",
    "Linia {n} e greşită.",  # ş with a cedilla
    "Resposta: la línia {n} és incorrecta: s'han multiplicat els logaritmes en lloc de sumar-los.",
    "El primer error és al pas {n}.",
    "La primera línia incorrecta és la línia {n}.",
]
_ORDINAL = {2: {"o": "seconda"}, 1: {"o": "prima"}}  # Italian


@pytest.mark.parametrize("said", MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(said: str) -> None:
    check_line_blamed(said, _CORRECTION, _ORDINAL)


# "line 1 is right, but line 2 …": the line said to be right is not the one blamed
@pytest.mark.parametrize(
    "said",
    [
        "La riga 1 è corretta, ma la riga {n} è sbagliata.",
        "Linia 1 este corectă, dar linia {n} este greșită.",
        "La línia 1 és correcta, però la línia {n} és incorrecta.",
        "El pas 1 és correcte, però el pas {n} és incorrecte.",  # "pas 1" is a step, not "not"
    ],
)
def test_the_line_said_right_is_not_blamed(said: str) -> None:
    check_line_blamed(said, _CORRECTION)


# the correction under its heading in the language: the analysis above it is no maths to read
@pytest.mark.parametrize(
    ("said", "heading"),
    [
        ("Risposta: la riga 2 è la prima sbagliata.", "Correzione:"),
        ("Răspuns: linia 2 este greșită.", "Corect:"),
        ("Resposta: la línia 2 és incorrecta.", "Correcció:"),
    ],
)
def test_the_correction_under_its_heading(said: str, heading: str) -> None:
    check_flaw_heading(said, said.replace("2", "1"), heading, _CORRECTION)


# the mistake described in the language, read through its stems (multiply, add, instead, condition, …): the
# multiplied logs earn the mistake's credit; blaming a dropped condition instead names a mistake line 2 does
# not make
MISTAKE = [
    (
        "Risposta: riga 2. I logaritmi sono stati moltiplicati invece di sommarli.",
        "Risposta: riga 2. Ha dimenticato di condizionare su y_1.",
    ),
    (
        "Răspuns: linia 2. Logaritmii au fost înmulțiți în loc să fie adunați.",
        "Răspuns: linia 2. A uitat condiționarea pe y_1.",
    ),
    (
        "Resposta: línia 2. S'han multiplicat els logaritmes en lloc de sumar-los.",
        "Resposta: línia 2. Ha oblidat condicionar a y_1.",
    ),
]


@pytest.mark.parametrize(("right", "wrong"), MISTAKE)
def test_the_mistake_described_in_the_language(right: str, wrong: str) -> None:
    check_mistake_described(right, wrong, _CORRECTION)


# ---- window: the parts' labels and the cheaper model (full -1,1, window -3,1, gap 2,0)
WINDOW = [
    (
        ("Modello completo:", "Modello a finestra:", "Differenza:", "Più economico:"),
        "il modello a finestra",
        "il modello completo",
    ),
    (
        ("Model complet:", "Model cu fereastră:", "Diferența:", "Mai ieftin:"),
        "modelul cu fereastră",
        "modelul complet",
    ),
    (
        ("Model complet:", "Model de finestra:", "Diferència:", "Més barat:"),
        "el model de finestra",
        "el model complet",
    ),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("Il modello a finestra è più economico.", "window"),
    ("Il modello completo è più costoso.", "window"),
    ("Il modello completo è più economico.", "full"),
    ("Modelul cu fereastră este mai ieftin.", "window"),
    ("Modelul complet este mai scump.", "window"),
    ("Modelul complet este mai ieftin.", "full"),
    ("El model de finestra és més barat.", "window"),
    ("El model complet és més car.", "window"),
    ("El model complet és més barat.", "full"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "passo 1: ogni nuovo token si confronta con k chiavi in ogni head e ogni layer.\nRisposta: {a} punteggi.",
    "passo 1: ogni nuovo token vede k posizioni, per h head e L layer, quindi in totale {a}.",
    "pasul 1: fiecare token nou se compară cu k chei, în fiecare head și layer.\nRăspuns: {a} scoruri.",
    "pasul 1: fiecare token nou vede k poziții, pentru h heads și L layers, deci în total {a}.",
    "pas 1: cada token nou es compara amb k claus, a cada head i cada layer.\nResposta: {a} puntuacions.",
    "pas 1: cada token nou veu k posicions, per h heads i L layers, per tant en total {a}.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the three languages
def test_the_shared_tables_have_the_three_languages() -> None:
    check_meanings_have(LANGUAGES)
    assert meanings.cardinal("două") == 2 and meanings.cardinal("dues") == 2 and meanings.cardinal("tre") == 3
    # Catalan "u" is a letter, "set" English's word
    assert meanings.cardinal("u") is None and meanings.cardinal("set") is None


# Romanian writes its article on the noun (modelul, linia): no article row
_NO_ROW = frozenset({("ro", "ARTICLE"), ("ro", "THE")})


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_three_languages(module: str) -> None:
    check_kind_tables_have(module, LANGUAGES, marker="it", exempt=_NO_ROW)


@pytest.mark.parametrize(
    "line",
    [
        "quindi A è più probabile",
        "deci A este mai probabil",
        "per tant A és més probable",
        "modelul este mai încrezător per token în B",
    ],
)
def test_lines_in_the_three_languages_are_known(line: str) -> None:
    check_known_line(line)


# ---- the lexicon: Romanian ș and ț with a comma, a cedilla or bare
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("așadar", "așadar", True),
        ("așadar", "aşadar", True),  # cedilla
        ("așadar", "asadar", True),  # bare
        ("aşadar", "așadar", True),  # a cedilla row finds the comma
        ("greșită", "GREŞITĂ", True),
        ("greșită", "gresita", True),
        ("față de", "faţă de", True),
        ("deci", "decizie", False),
    ],
)
def test_a_romanian_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, (NO_LETTER_AROUND,), flags=re.IGNORECASE)


# ---- the mean in Finnish, Estonian, Latvian and Lithuanian: the mean NLL is the cross-entropy
@pytest.mark.parametrize(
    "word", ["keskiarvo", "keskimääräinen", "keskmine", "vidējais", "vidējā", "vidutinis", "vidurkis"]
)
def test_the_mean_named_in_the_baltic_and_finnic_languages(word: str) -> None:
    assert re.fullmatch(alternation(meanings.MEAN), word, re.IGNORECASE)


# the mean NLL named in the language before its value is the cross-entropy, not a wrong quantity; a wrong
# perplexity after it stays wrong
@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("keskmine NLL", "Vastus"),
        ("keskiarvo NLL", "Vastaus"),
        ("keskimääräinen NLL", "Vastaus"),
        ("vidējais NLL", "Atbilde"),
        ("vidutinis NLL", "Atsakymas"),
        ("vidurkis NLL", "Atsakymas"),
        ("media NLL", "Răspuns"),
        ("mitjana NLL", "Resposta"),
    ],
)
def test_the_mean_nll_named_in_the_language(said: str, answer: str) -> None:
    def text(ppl: str) -> str:
        return f"{said} = (0,7 + 0,4)/2 = 0,55, PPL = exp(0,55) ≈ {ppl}\n{answer}: {ppl}\n"

    check("seed", "deep-learning-perplexity", text("1,73"), text("1,91"))
