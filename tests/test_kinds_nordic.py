"""The five newer kinds read Dutch, Swedish, Danish and Norwegian (blind-kinds36): answer labels, yes/no
("nee", "nej", "nei"), a comparison's conclusion ("mer sannsynlig", "foretrekker", "zekerder"), a line named
by its number or its ordinal ("Regel 2", "den andra raden", "Linje 1 er den første forkerte"), the mistake in
the language's words, the cheaper model ("goedkoper", "fönstermodellen är billigare"), a rival set after
"dan"/"än"/"end"/"enn". Each right answer below earns full marks and its wrong twin stays short of them. The
texts are written for these tests; the kinds' tables give every meaning an nl, sv, da and no row."""

from __future__ import annotations

import pytest

from grader.core import meanings
from tests.kinds_languages import (
    KIND_MODULES,
    check,
    check_cheaper,
    check_cost,
    check_dropped_conditioning,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_line_blamed,
    check_meanings_have,
    check_more_likely,
    check_per_token,
    check_window,
)

NORDIC = ("nl", "sv", "da", "no")


# ---- compare: which response is more likely (A: -1.1, B: -1.8), said in a sentence of the language
_TOTALS = {
    "nl": "Antwoord A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nAntwoord B: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
    "sv": "Svar A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nSvar B: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
    "da": "Svar A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nSvar B: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
    "no": "Svar A: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nSvar B: log Pr(B|x) = -1,6 + (-0,2) = -1,8\n",
}
MORE_LIKELY = [
    ("nl", "Conclusie: {c} is waarschijnlijker, want -1,1 > -1,8."),
    ("nl", "Dus het model verkiest {c}."),
    ("sv", "Eftersom -1,1 > -1,8 är {c} mer sannolikt."),
    ("sv", "Svar: modellen föredrar {c}."),
    ("da", "Altså er {c} mere sandsynlig end det andet svar."),
    ("da", "Konklusion: modellen foretrækker {c}."),
    ("no", "Derfor er {c} mest sannsynlig."),
    ("no", "Svar: modellen foretrekker {c}."),
]


@pytest.mark.parametrize(("lang", "conclusion"), MORE_LIKELY)
def test_compare_the_likelier_response(lang: str, conclusion: str) -> None:
    check_more_likely(_TOTALS[lang], conclusion)


# per-token confidence (B: -1.4/3 > -1.1/2), with the other candidate's name after "than"
_MEANS = {
    "nl": "Stap 1: A: -0,7 + (-0,4) = -1,1; gemiddeld per token -1,1 / 2 = -0,55\n"
    "Stap 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; gemiddeld per token -1,4 / 3 = -0,467\n",
    "sv": "Steg 1: A: -0,7 + (-0,4) = -1,1; medelvärde per token -0,55\n"
    "Steg 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; medelvärde per token -0,467\n",
    "da": "Trin 1: A: -0,7 + (-0,4) = -1,1; gennemsnit pr. token -0,55\n"
    "Trin 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; gennemsnit pr. token -0,467\n",
    "no": "Steg 1: A: -0,7 + (-0,4) = -1,1; gjennomsnitt per token -0,55\n"
    "Steg 2: B: -1,0 + (-0,3) + (-0,1) = -1,4; gjennomsnitt per token -0,467\n",
}
PER_TOKEN = [
    ("nl", "Antwoord: per token is het model zekerder van {c}."),
    ("nl", "Conclusie: per token is {c} waarschijnlijker dan {o}."),
    ("sv", "Svar: per token är modellen säkrare på {c} än på {o}."),
    ("da", "Derfor er modellen mere sikker pr. token på {c}, selvom {o} er mere sandsynlig som hel sekvens."),
    ("no", "Svar: per token er modellen sikrere på {c} enn på {o}."),
]


@pytest.mark.parametrize(("lang", "conclusion"), PER_TOKEN)
def test_compare_per_token_confidence(lang: str, conclusion: str) -> None:
    check_per_token(_MEANS[lang], conclusion)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    (
        "nl",
        "Stap 1: kandidaten the 0,5; a 0,4; one 0,1 → in de beam: the (0,5), a (0,4)\n"
        "Stap 2: uitbreidingen: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → beam: a cat (0,36), the dog (0,20)\n"
        "Antwoord: beam search geeft {seq} met kans {p} (beter dan greedy {other}).",
    ),
    (
        "sv",
        "Steg 1: kandidater: the 0,5; a 0,4; one 0,1 → vi behåller the (0,5) och a (0,4)\n"
        "Steg 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → vi behåller a cat (0,36) och the dog (0,20)\n"
        "Svar: {seq}, sannolikhet {p}, bättre än {other}.",
    ),
    (
        "da",
        "Trin 1: kandidater: the 0,5; a 0,4; one 0,1. Beam = {{the, a}}\n"
        "Trin 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  Beam = {{a cat 0,36; the dog 0,20}}\n"
        "Svar: beam search returnerer {seq} med sandsynlighed {p}, højere end {other}.",
    ),
    (
        "no",
        "Steg 1: kandidater: the 0,5; a 0,4; one 0,1 → beholder the (0,5) og a (0,4)\n"
        "Steg 2: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → beholder a cat (0,36) og the dog (0,20)\n"
        "Svar: {seq} med sannsynlighet {p}, bedre enn greedy sitt {other}.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BEAM)
def test_a_beam_and_its_rival_after_than(lang: str, text: str) -> None:
    check(
        "decoding",
        "beam-a-cat",
        text.format(seq='"a cat"', p="0,36", other='"the dog" (0,20)') + "\n",
        text.format(seq='"the dog"', p="0,20", other='"a cat" (0,36)') + "\n",
    )


# (language, its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    (
        "nl",
        "Stap",
        "Antwoord: nee, greedy vindt niet altijd de meest waarschijnlijke reeks.",
        "Antwoord: ja.",
    ),
    ("nl", "Stap", "Nee.", "Ja, greedy geeft altijd de optimale reeks."),
    ("sv", "Steg", "Svar: nej, girig sökning är inte optimal.", "Svar: ja."),
    ("sv", "Steg", "Nej.", "Ja, greedy hittar alltid den mest sannolika sekvensen."),
    ("da", "Trin", "Svar: nej, grådig søgning garanterer ikke den mest sandsynlige sekvens.", "Svar: ja."),
    ("no", "Steg", "Svar: nei.", "Svar: ja, greedy gir alltid den mest sannsynlige sekvensen."),
]


@pytest.mark.parametrize(("lang", "step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(lang: str, step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong)


GREEDY_IS_BEST = [
    ("nl", "Antwoord: ja, the cat (0,42) is de meest waarschijnlijke reeks.", "Antwoord: nee."),
    ("sv", "Ja.", "Nej, greedy kan inte garantera den mest sannolika sekvensen."),
    ("da", "Svar: ja.", "Svar: nej."),
    ("no", "Svar: ja, the cat er optimal her.", "Nei, greedy er bare en heuristikk."),
]


@pytest.mark.parametrize(("lang", "right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(lang: str, right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong)


# ---- flaw: the first wrong line named by number or ordinal (line 2 multiplies the logs), the mistake in
# the language's words, a correction under the language's label
_CORRECTION = {
    "nl": "Verbeterd:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "sv": "Rättelse:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "da": "Rettet:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "no": "Riktig:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
}
MULTIPLIED = [
    ("nl", "Regel {n} is fout: de log-kansen worden vermenigvuldigd in plaats van opgeteld."),
    ("nl", "De {o} regel is de eerste foute regel: de student vermenigvuldigt de logaritmen."),
    ("sv", "Rad {n} är fel: studenten multiplicerade logaritmerna i stället för att addera dem."),
    ("sv", "Den {o} raden är den första felaktiga: log-sannolikheterna multipliceras."),
    ("da", "Linje {n} er forkert: den studerende gangede logaritmerne i stedet for at lægge dem sammen."),
    ("da", "Fejlen er i linje {n}: log-sandsynlighederne multipliceres."),
    ("no", "Linje {n} er feil: log-sannsynlighetene multipliseres i stedet for å adderes."),
    ("no", "Den {o} linjen er den første gale: studenten multipliserte logaritmene."),
]
_ORDINAL = {
    "nl": {2: {"o": "tweede"}, 1: {"o": "eerste"}},
    "sv": {2: {"o": "andra"}, 1: {"o": "första"}},
    "no": {2: {"o": "andre"}, 1: {"o": "første"}},
}


@pytest.mark.parametrize(("lang", "said"), MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(lang: str, said: str) -> None:
    check_line_blamed(said, _CORRECTION[lang], _ORDINAL.get(lang))


DROPPED = [
    ("nl", "Regel {n} is de eerste foute: de student vergat te conditioneren op het vorige woord."),
    ("sv", "Rad {n} är fel: studenten glömde att betinga på det föregående ordet."),
    ("da", "Linje {n} er den første forkerte: den studerende glemte at betinge på det første ord."),
    ("no", "Linje {n} er feil: studenten glemte å betinge på det forrige ordet."),
]


@pytest.mark.parametrize(("lang", "said"), DROPPED)
def test_flaw_dropped_conditioning_in_the_language(lang: str, said: str) -> None:
    check_dropped_conditioning(said, _CORRECTION[lang])


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
# (labels full/window/gap/cheaper, the window model named, the full model named)
WINDOW = [
    (
        ("Volledig model:", "Venstermodel (k = 1):", "Verschil:", "Goedkoper:"),
        "het venstermodel",
        "het volledige model",
    ),
    (("Full modell:", "Fönstermodell:", "Skillnad:", "Billigare:"), "fönstermodellen", "den fulla modellen"),
    (("Fuld model:", "Vinduesmodel:", "Forskel:", "Billigere:"), "vinduesmodellen", "den fulde model"),
    (("Full modell:", "Vindusmodell:", "Forskjell:", "Billigere:"), "vindusmodellen", "den fulle modellen"),
    (("Full model:", "Window model:", "Gap:", "Cheaper:"), "fönstermodellen", "den fulla modellen"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full, ": den læser ét token")


CHEAPER = [
    ("Het venstermodel is goedkoper, want het leest maar één token.", "window"),
    ("Het volledige model is duurder.", "window"),
    ("Het volledige model is goedkoper.", "full"),
    ("Fönstermodellen är billigare än den fulla modellen.", "window"),
    ("Den fulla modellen är dyrare.", "window"),
    ("Vinduesmodellen er billigere, fordi arbejdet ikke vokser med længden.", "window"),
    ("Den fulde model er billigst.", "full"),
    ("Vindusmodellen er raskere og billigere enn den fulle modellen.", "window"),
    ("Ingen av dem: de koster det samme.", "neither"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "Stap 1: elk nieuw token vergelijkt met k sleutels in elke kop en laag.\nAntwoord: {a} (m doet niet mee).",
    "Steg 1: varje ny token jämförs med k nycklar per huvud och lager.\nSvar: {a}, dvs. m spelar ingen roll.",
    "Trin 1: hvert nyt token sammenlignes med k nøgler i hvert hoved og lag.\nSvar: {a} (m indgår ikke).",
    "Steg 1: hvert nytt token sammenlignes med k nøkler i hvert hode og lag.\nSvar: {a}, altså uten m.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the four languages; words that collide stay out of the wrong tables
def test_the_shared_tables_have_the_four_languages() -> None:
    check_meanings_have(NORDIC, ("ANSWER", "ANSWER_LABEL", "NOT", "YES", "NO"))


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_four_languages(module: str) -> None:
    check_kind_tables_have(module, NORDIC)


def test_article_and_english_words_are_no_numbers() -> None:
    # Dutch "een" is an article as often as one; Danish/Norwegian "to" is English's word
    for word in ("een", "en", "to", "et"):
        assert meanings.cardinal(word) is None
    assert meanings.cardinal("twee") == 2 and meanings.cardinal("tre") == 3


@pytest.mark.parametrize(
    ("kind", "name", "right", "wrong"),
    [
        # English "not a sum" in an analysis is no Nordic negation phrase: the line decides, not "not add"
        (
            "flaw",
            "multiplied-logs",
            "Line 2 is wrong: the logs were multiplied instead of added.\nCorrection:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
            "Line 1 is wrong: the joint probability is a product, not a sum.\nCorrection:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
        ),
        # the rule stated beside the verdict ("logs of probabilities are added", "de kansen opgeteld") names
        # no mistake of its own: only the act does ("multiplied", "in plaats van opgeteld")
        (
            "flaw",
            "multiplied-logs",
            "Line 2 is the first wrong line: it multiplies them. Logs of probabilities are added (the "
            "probabilities themselves are multiplied).\nCorrected:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
            "Line 1 is the first wrong line. Logs of probabilities are added.\nCorrected:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
        ),
        (
            "flaw",
            "multiplied-logs",
            "Regel 2 is fout. Log-kansen worden opgeteld, de kansen zelf vermenigvuldigd.\nCorrectie:\n"
            "log Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
            "Regel 1 is fout. Log-kansen worden opgeteld, de kansen zelf vermenigvuldigd.\nCorrectie:\n"
            "log Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
        ),
    ],
)
def test_english_analyses_keep_their_reading(kind: str, name: str, right: str, wrong: str) -> None:
    check(kind, name, right, wrong)
