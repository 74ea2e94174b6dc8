"""The cost kind reads answers written in Spanish, Portuguese, French, German and Italian as it reads
English ones: each class of wording is pinned by variants written for this test, each right variant
earning full marks and its wrong twin (the same wording, a wrong count) staying caught.

The classes: a label that gives the answer ("Respuesta:", "Antwort:"), a remark's label ("Nota:",
"Probe für m = 0:"), words with accents ending the maths ("2dL(m+n) números"), words of one letter
(y, e, à), a contrast or a negation naming another count ("en lugar de 2dLn", "nicht 2dLn"), an
approximation or a growth said in words ("aproximadamente |V|^n", "wächst wie |V|^n"), sums and ranges
said in words ("suma de (m + i) para i = 1 hasta n", "i von 1 bis n"), decimal commas ("≈ 5,24 × 10^8")
and abbreviations of several pieces ("p. ej.", "z. B.")."""

from __future__ import annotations

import re

import pytest

from grader.core import lexicon
from grader.cost import languages
from grader.cost.reader import read
from tests.test_cost_classes2 import errors, grade

# (class, problem, right variant, its wrong twin)
CLASSES = [
    # ---- a label that gives the answer: it wins over a count said after it -------------------------
    (
        "es answer label",
        "cache-memory",
        "Respuesta: 2dL(m+n)\nSin el prompt serían 2dLn.",
        "Respuesta: 2dLn\nCon el prompt serían 2dL(m+n).",
    ),
    (
        "pt answer label",
        "cache-memory",
        "Resposta: 2dL(m+n)\nSem o prompt seriam 2dLn.",
        "Resposta: 2dLn\nCom o prompt seriam 2dL(m+n).",
    ),
    (
        "fr answer label, accent dropped, space before the colon",
        "cache-memory",
        "Reponse : 2dL(m+n)\nSans le prompt on aurait 2dLn.",
        "Réponse : 2dLn\nAvec le prompt on aurait 2dL(m+n).",
    ),
    (
        "de answer label",
        "cache-memory",
        "Ergebnis: 2dL(m+n)\nOhne den Prompt wären es 2dLn.",
        "Antwort: 2dLn\nMit dem Prompt wären es 2dL(m+n).",
    ),
    (
        "it answer label",
        "cache-memory",
        "Risposta finale: 2dL(m+n)\nSenza il prompt sarebbero 2dLn.",
        "Risultato: 2dLn\nCon il prompt sarebbero 2dL(m+n).",
    ),
    (
        "pt conclusion label",
        "cache-memory",
        "Em conclusão: 2dL(m+n)\nSem o prompt seriam 2dLn.",
        "Em conclusão: 2dLn\nCom o prompt seriam 2dL(m+n).",
    ),
    (
        "es heading that names the answer",
        "cache-memory",
        "## Conclusión\n2dL(m+n)\n\nApéndice: sin el prompt, 2dLn.",
        "## Conclusión\n2dLn\n\nApéndice: con el prompt, 2dL(m+n).",
    ),
    # ---- a remark's label: its maths is said on the side ------------------------------------------
    (
        "es remark",
        "cache-memory",
        "Total = 2dL(m+n)\nObservación: sin el prompt serían 2dLn.",
        "Total = 2dLn\nObservación: con el prompt serían 2dL(m+n).",
    ),
    (
        "pt check with a condition",
        "cache-memory",
        "Total = 2dL(m+n)\nVerificação com m = 0: 2dLn.",
        "Total = 2dLn\nVerificação com m = 0: 2dL(m+n).",
    ),
    (
        "de check with a condition",
        "cache-memory",
        "Total = 2dL(m+n)\nProbe für m = 0: 2dLn.",
        "Total = 2dLn\nProbe für m = 0: 2dL(m+n).",
    ),
    (
        "fr remark",
        "cache-memory",
        "Total = 2dL(m+n)\nRemarque : sans le prompt on aurait 2dLn.",
        "Total = 2dLn\nRemarque : avec le prompt on aurait 2dL(m+n).",
    ),
    # ---- words with accents are prose: they end the maths ----------------------------------------
    (
        "es unit with an accent",
        "cache-memory",
        "La caché guarda 2dL(m+n) números en total.",
        "La caché guarda 2dLn números en total.",
    ),
    (
        "pt words with accents after the count",
        "cache-memory",
        "O cache guarda 2dL(m+n) números, já que cada posição tem chave e valor.",
        "O cache guarda 2dLn números, já que cada posição tem chave e valor.",
    ),
    (
        "de words with umlauts after the count",
        "cache-memory",
        "Der Cache enthält 2dL(m+n) Zahlen für alle Schichten.",
        "Der Cache enthält 2dLn Zahlen für alle Schichten.",
    ),
    # ---- words of one letter, and a negation or a contrast naming another count --------------------
    (
        "es y, no",
        "cache-memory",
        "Claves y valores: 2dL(m+n) y no 2dLn",
        "Claves y valores: 2dLn y no 2dL(m+n)",
    ),
    (
        "pt e, não",
        "cache-memory",
        "Chaves e valores: 2dL(m+n) e não 2dLn",
        "Chaves e valores: 2dLn e não 2dL(m+n)",
    ),
    (
        "de nicht",
        "cache-memory",
        "Schlüssel und Werte: 2dL(m+n), nicht 2dLn",
        "Schlüssel und Werte: 2dLn, nicht 2dL(m+n)",
    ),
    ("es en lugar de", "cache-memory", "Son 2dL(m+n) en lugar de 2dLn", "Son 2dLn en lugar de 2dL(m+n)"),
    ("pt em vez de", "cache-memory", "São 2dL(m+n) em vez de 2dLn", "São 2dLn em vez de 2dL(m+n)"),
    ("de statt", "cache-memory", "Es sind 2dL(m+n) statt 2dLn", "Es sind 2dLn statt 2dL(m+n)"),
    ("it invece di", "cache-memory", "Sono 2dL(m+n) invece di 2dLn", "Sono 2dLn invece di 2dL(m+n)"),
    # ---- an approximation or a growth said in words is not the exact count -------------------------
    (
        "es aproximadamente",
        "exhaustive-search",
        "Son |V|^n secuencias; es aproximadamente 10^{46} para n = 10.",
        "Sin repetir tokens son |V|!/(|V|-n)!, que es aproximadamente |V|^n con un vocabulario grande.",
    ),
    (
        "pt cerca de",
        "exhaustive-search",
        "São |V|^n sequências, cerca de 10^{46} para n = 10.",
        "Sem repetir tokens são |V|!/(|V|-n)!, que é cerca de |V|^n para um vocabulário grande.",
    ),
    (
        "fr environ, after il y a",
        "exhaustive-search",
        "Il y a |V|^n séquences, soit environ 10^{46} pour n = 10.",
        "Sans répétition il y a |V|!/(|V|-n)!, soit environ |V|^n pour un grand vocabulaire.",
    ),
    (
        "de ungefähr, umlaut dropped",
        "exhaustive-search",
        "Es gibt |V|^n Folgen, also ungefahr 10^{46} bei n = 10.",
        "Ohne Wiederholung sind es |V|!/(|V|-n)!, also ungefahr |V|^n bei grossem Vokabular.",
    ),
    (
        "it circa",
        "exhaustive-search",
        "Ci sono |V|^n sequenze, cioè circa 10^{46} per n = 10.",
        "Senza ripetizioni sono |V|!/(|V|-n)!, cioè circa |V|^n per un vocabolario grande.",
    ),
    (
        "es crece como",
        "exhaustive-search",
        "Son |V|^n secuencias: el número crece como |V|^n.",
        "Sin repetir son |V|!/(|V|-n)!, que crece como |V|^n.",
    ),
    (
        "pt cresce como",
        "exhaustive-search",
        "São |V|^n sequências; o número cresce como |V|^n.",
        "Sem repetição são |V|!/(|V|-n)!, que cresce como |V|^n.",
    ),
    (
        "de wie … wächst, the verb after the maths",
        "exhaustive-search",
        "Es sind |V|^n Folgen, was wie |V|^n wächst.",
        "Ohne Wiederholung sind es |V|!/(|V|-n)!, was wie |V|^n wächst.",
    ),
    (
        "fr croît comme",
        "exhaustive-search",
        "Il y a |V|^n séquences ; leur nombre croît comme |V|^n.",
        "Sans répétition : |V|!/(|V|-n)!, qui croît comme |V|^n.",
    ),
    # ---- sums and ranges said in words --------------------------------------------------------------
    (
        "es suma de … para i = 1 hasta n",
        "kv-cache-scores",
        "S = L h · suma de (m + i) para i = 1 hasta n",
        "S = L h · suma de (m + i) para i = 1 hasta n - 1",
    ),
    (
        "pt soma de … para i = 1 até n",
        "kv-cache-scores",
        "S = L h · soma de (m + i) para i = 1 até n",
        "S = L h · soma de (m + i) para i = 0 até n",
    ),
    (
        "de Summe von … für i = 1 bis n",
        "kv-cache-scores",
        "S = L h · Summe von (m + i) für i = 1 bis n",
        "S = L h · Summe von (m + i) für i = 0 bis n",
    ),
    (
        "es range stated above the sum",
        "kv-cache-scores",
        "Con i de 1 a n:\nS = L h Σ_i (m + i)",
        "Con i de 0 a n:\nS = L h Σ_i (m + i)",
    ),
    (
        "pt range with a verb",
        "kv-cache-scores",
        "Com i indo de 1 até n:\nS = L h Σ_i (m + i)",
        "Com i indo de 0 até n:\nS = L h Σ_i (m + i)",
    ),
    (
        "de range with the verb last",
        "kv-cache-scores",
        "Wobei i von 1 bis n läuft:\nS = L h Σ_i (m + i)",
        "Wobei i von 0 bis n läuft:\nS = L h Σ_i (m + i)",
    ),
    # ---- decimal commas in an approximation, checked as the point would be -------------------------
    (
        "es decimal comma",
        "cache-memory",
        "Total 2dL(m+n); con d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 5,24 × 10^8 números",
        "Total 2dL(m+n); con d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 5,24 × 10^7 números",
    ),
    (
        "de decimal comma below one",
        "cache-memory",
        "Total 2dL(m+n); bei d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 0,52 × 10^9 Zahlen",
        "Total 2dL(m+n); bei d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 0,52 × 10^8 Zahlen",
    ),
    (
        "pt decimal comma",
        "cache-memory",
        "Total 2dL(m+n); com d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 5,2 × 10^8",
        "Total 2dL(m+n); com d = 4096, L = 32, m + n = 2000: 2 × 4096 × 32 × 2000 ≈ 2,5 × 10^8",
    ),
]


@pytest.mark.parametrize(("name", "problem", "right", "wrong"), CLASSES, ids=[c[0] for c in CLASSES])
def test_the_right_variant_earns_full_marks(name: str, problem: str, right: str, wrong: str) -> None:
    report = grade(problem, right)
    assert (report.verdict, report.score, errors(report)) == ("correct", 1.0, []), right


@pytest.mark.parametrize(("name", "problem", "right", "wrong"), CLASSES, ids=[c[0] for c in CLASSES])
def test_its_wrong_twin_stays_caught(name: str, problem: str, right: str, wrong: str) -> None:
    report = grade(problem, wrong)
    assert report.verdict != "correct" and report.score < 1.0, wrong


# "for example" abbreviated in several pieces, around sizes set for an example: prose, nothing unread
ABBREVIATED = ["p. ej.", "p.ej.", "p. ex.", "par ex.", "z. B.", "z.B.", "ad es.", "e.g."]


@pytest.mark.parametrize("abbreviation", ABBREVIATED)
def test_an_abbreviation_for_example_is_prose(abbreviation: str) -> None:
    text = f"crece con n ({abbreviation} |V| = 32000, n = 20 da más de 10^{{90}}), imposible"
    chains, unread = read(text, frozenset("nV"))
    assert unread == [] and [e.text for c in chains for e in c.exprs] == ["10^{90}"], text


LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "zh", "ja", "ko")
TABLES = {
    name: table
    for name, table in vars(languages).items()
    if name.isupper() and isinstance(table, dict) and name != "Table"
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_meaning_has_a_row_per_language(name: str) -> None:
    assert set(LANGUAGES) <= set(TABLES[name]), name  # shared tables (grader.core.meanings) have more


@pytest.mark.parametrize(
    ("word", "written", "matches"),
    [
        ("conclusión", "Conclusion", True),
        ("conclusão", "conclusao", True),
        ("ungefähr", "UNGEFAHR", True),
        ("in der größenordnung von", "in der  Grössenordnung von", True),
        ("réponse", "response", False),
    ],
)
def test_accents_are_optional_and_case_is_ignored(word: str, written: str, matches: bool) -> None:
    assert bool(re.fullmatch(lexicon.phrase(word), written, re.I)) is matches
