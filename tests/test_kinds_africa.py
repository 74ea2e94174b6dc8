"""The five newer kinds read Swahili, Amharic, Yoruba and Hausa (blind-kinds41): answer labels ("Jibu",
"መልስ", "Ìdáhùn", "Amsa"), yes/no ("ndiyo"/"hapana", "አዎ"/"አይ", "bẹ́ẹ̀ni"/"rárá", "eh"/"a'a"), a comparison's
conclusion ("uwezekano mkubwa zaidi", "የበለጠ ዕድል", "ṣeéṣe jù", "mafi yiwuwa"), a beam's steps and what it
keeps ("Hatua ya 1", "ደረጃ 1", "Ìgbésẹ̀ 1", "Mataki na 1"), the line blamed ("mstari wa 2", "መስመር 2", "ìlà
kejì", "layi na biyu"), the cheaper model ("nafuu", "ርካሽ", "kò wọ́n", "mai rahusa") and cost prose around the
count. Yoruba's words match with and without their tone marks and underdots, Hausa's with its hooked letters
or their plain ones (ƙ, k), as Arabic's with and without its vowel marks. Each right answer earns full marks
and its wrong twin stays short of them. Short words that are words of other languages or tokens ("si",
"la", "na", "ba", "kò", "bí") are kept out of the tables that match single words. The texts are written for
these tests."""

from __future__ import annotations

import importlib
import re

import pytest

from grader.core import meanings
from grader.core.languages import words
from grader.core.lexicon import fold
from tests.kinds_languages import (
    KIND_MODULES,
    WORD_BOUNDARY,
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
    check_more_likely,
    check_per_token,
    check_table_word,
    check_window,
)

AFRICA = ("sw", "am", "yo", "ha")

# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0.7 + (-0.4) = -1.1\nB: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
MORE_LIKELY = [
    "Jibu: {c} ina uwezekano mkubwa zaidi kwa sababu -1.1 > -1.8.",
    "Kwa hiyo {c} ina uwezekano mkubwa zaidi kuliko {o}.",
    "Hivyo, {c} inawezekana zaidi.",
    "መልስ: {c} የበለጠ ዕድል አለው ምክንያቱም -1.1 > -1.8።",
    "ስለዚህ {c} የበለጠ ሊሆን የሚችል ነው።",
    "Ìdáhùn: {c} ló ṣeéṣe jù lọ, nítorí pé -1.1 > -1.8.",
    "Nítorí náà, {c} ṣeéṣe jù {o} lọ.",
    "Idahun: {c} ni o seese ju.",  # no tone marks, no underdots
    "Amsa: {c} ce mafi yiwuwa saboda -1.1 > -1.8.",
    "Saboda haka {c} ya fi yiwuwa.",
    "Don haka {c} ne mafi yiwuwa.",  # "ne" (is) is Czech's "not": no negation of a Hausa cue
    "Saboda haka {c} ya fi {o} yiwuwa.",  # the one surpassed between "fi" and the quality
    "{o} ba shi ne mafi yiwuwa ba.",
    "ስለዚህ {c} ከ {o} የበለጠ ዕድል አለው።",  # "ከ B": B is the one compared with
    "{c} ከ{o} የበለጠ ሊሆን ይችላል።",
    "ስለዚህ {c} ከ{o} የበለጠ ዕድል አለው።",
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# step labels with the language's "of" ("Hatua ya 1:", "Mataki na 1:") and a label with tone marks
STEPS = [
    ("Hatua ya {n}:", "Jibu: {c} ina uwezekano mkubwa zaidi."),
    ("Mstari wa {n}:", "Kwa hiyo {c} ina uwezekano zaidi."),
    ("ደረጃ {n}:", "ስለዚህ {c} የበለጠ ዕድል አለው።"),
    ("Ìgbésẹ̀ {n}:", "Nítorí náà {c} ṣeéṣe jù."),
    ("Igbese {n}:", "Nitorina {c} ni o seese ju."),
    ("Mataki na {n}:", "Saboda haka {c} ce mafi yiwuwa."),
]


@pytest.mark.parametrize(("label", "conclusion"), STEPS)
def test_compare_under_step_labels(label: str, conclusion: str) -> None:
    def text(c: str) -> str:
        return (
            f"{label.format(n=1)} A: log Pr(A|x) = -0.7 + (-0.4) = -1.1\n"
            f"{label.format(n=2)} B: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
            f"{label.format(n=3)} -1.1 > -1.8\n{conclusion.format(c=c)}\n"
        )

    check("compare", "deep-vs-reinforcement", text("A"), text("B"))


# magnitudes compared: "1.8 is bigger than 1.1, so B" stays wrong in the language
@pytest.mark.parametrize(
    "said",
    [
        "1.8 ni kubwa kuliko 1.1, kwa hiyo B ina uwezekano mkubwa zaidi.",
        "1.8 ይበልጣል ከ 1.1፣ ስለዚህ B የበለጠ ዕድል አለው።",
        "1.8 tóbi ju 1.1 lọ, nítorí náà B ṣeéṣe jù.",
        "1.8 ya fi 1.1 girma, saboda haka B ce mafi yiwuwa.",
    ],
)
def test_compare_magnitudes_stay_wrong(said: str) -> None:
    check_larger_magnitude_stays_wrong(_TOTALS, said)


# per-token confidence (B: -1.4/3 > -1.1/2)
_MEANS = "A: -0.7 + (-0.4) = -1.1; wastani -1.1 / 2 = -0.55\nB: -1.0 + (-0.3) + (-0.1) = -1.4; wastani -1.4 / 3 = -0.467\n"
PER_TOKEN = [
    "Kwa hiyo kwa kila tokeni model ina uhakika zaidi na {c}.",
    "Jibu: kwa kila tokeni {c} ina uwezekano mkubwa zaidi.",
    "Amsa: a kowace token, model ya fi amincewa da {c}.",
    "ስለዚህ ለእያንዳንዱ token ሞዴሉ በ{c} የበለጠ እርግጠኛ ነው።",  # "በB": a preposition written on the name
    "Nítorí náà, fún token kọ̀ọ̀kan, àwòṣe ní ìdánilójú jù nínú {c}.",
]


@pytest.mark.parametrize("conclusion", PER_TOKEN)
def test_compare_per_token(conclusion: str) -> None:
    check_per_token(_MEANS, conclusion)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    "Hatua ya 1: the 0.5, a 0.4, one 0.1 → tunaweka: the (0.5), a (0.4)\n"
    "Hatua ya 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → tunaweka: a cat (0.36), the dog (0.20)\n"
    "Jibu: {seq}, uwezekano {p}.",
    "ደረጃ 1: the 0.5, a 0.4, one 0.1 → beam = {{the 0.5, a 0.4}}\n"
    "ደረጃ 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → beam = {{a cat 0.36, the dog 0.20}}\n"
    "መልስ: {seq}, ዕድል {p}።",
    "Ìgbésẹ̀ 1: the 0.5, a 0.4, one 0.1 → beam = {{the 0.5, a 0.4}}\n"
    "Ìgbésẹ̀ 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → beam = {{a cat 0.36, the dog 0.20}}\n"
    "Ìdáhùn: {seq}, ṣeéṣe {p}.",
    # "pa mọ́" (keep): its tone mark written apart is a letter of the word, not a token
    "Igbese 1: the 0.5, a 0.4, one 0.1 → a pa mọ́: the (0.5), a (0.4)\n"
    "Igbese 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → a pa mọ́: a cat (0.36), the dog (0.20)\n"
    "Idahun: {seq} pẹ̀lú ṣeéṣe {p}.",
    "Mataki na 1: the 0.5, a 0.4, one 0.1 → mun riƙe: the (0.5), a (0.4)\n"
    "Mataki na 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → mun riƙe: a cat (0.36), the dog (0.20)\n"
    "Amsa: {seq}, yiwuwa {p}.",
]


@pytest.mark.parametrize("text", BEAM)
def test_a_beam_kept_in_the_language(text: str) -> None:
    check_beam(text)


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("Hatua", "Jibu: hapana, greedy si bora kila mara.", "Jibu: ndiyo."),
    (
        "Hatua",
        "Kwa hiyo hapana, greedy haitoi mfuatano bora.",
        "Kwa hiyo ndiyo, greedy inatoa mfuatano bora.",
    ),
    ("ደረጃ", "መልስ: አይ፣ greedy ሁልጊዜ ምርጥ አይደለም።", "መልስ: አዎ።"),
    ("Ìgbésẹ̀", "Ìdáhùn: rárá, greedy kìí ṣe èyí tó dára jùlọ.", "Ìdáhùn: bẹ́ẹ̀ni."),
    ("Igbese", "Idahun: rara.", "Idahun: beeni."),  # no tone marks
    ("Mataki", "Amsa: a'a, greedy ba shine mafi yiwuwa ba.", "Amsa: eh."),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong, point=True)


# greedy is best here: yes is right, no is the wrong twin
_GREEDY_BEST = "Greedy: the (0.6) → cat (0.7), P = 0.6 × 0.7 = 0.42\nthe dog 0.18, a cat 0.20, a dog 0.20\n"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Ndiyo, 0.42 ndio kubwa zaidi.", "Hapana: greedy haiangalii mbele."),
        ("Jibu: ndiyo.", "Jibu: hapana."),
        ("አዎ፣ 0.42 ከሁሉም ይበልጣል።", "አይ፣ greedy ምርጥ አይደለም።"),
        ("Bẹ́ẹ̀ni, 0.42 ló ga jù.", "Rárá, greedy kò wo iwájú."),
        ("Eh, 0.42 ya fi duka, saboda haka greedy ya sami mafi yiwuwa.", "A'a, 0.42 ba shine mafi yawa ba."),
    ],
)
def test_greedy_is_best_said_yes(right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong, _GREEDY_BEST)


# ---- flaw: the first wrong line (line 2 multiplies the logs), by number or by its ordinal
_CORRECTION = "log Pr(y|x) = -0.7 + (-0.4) = -1.1\n"
MULTIPLIED = [
    "Jibu: mstari wa {n} si sahihi: logi zimezidishwa badala ya kujumlishwa.",
    "Mstari wa {n} ndio wa kwanza kukosea.",
    "Mstari {sw} una kosa.",
    "መልስ: መስመር {n} ስህተት ነው።",
    "{am} መስመር ስህተት ነው።",
    "Ìdáhùn: ìlà {n} ni àṣìṣe wà.",
    "Ìlà {yo} ni àṣìṣe.",
    "Ila {yo_bare} ni asise.",  # no tone marks, no underdots
    "Amsa: layi na {n} ne farkon kuskure.",
    "Layi {ha} ne ya yi kuskure.",
]
_ORDINAL = {
    2: {"sw": "wa pili", "am": "ሁለተኛው", "yo": "kejì", "yo_bare": "keji", "ha": "na biyu"},
    1: {"sw": "wa kwanza", "am": "የመጀመሪያው", "yo": "àkọ́kọ́", "yo_bare": "akoko", "ha": "na farko"},
}


@pytest.mark.parametrize("said", MULTIPLIED)
def test_flaw_line_in_the_language(said: str) -> None:
    check_line_blamed(said, _CORRECTION, _ORDINAL)


# "line 1 has no mistake, but line 2 …": the line said to be fine is not the one blamed (Hausa's "ba … ba" and
# Amharic's "የለውም" after the word deny it; Hausa's copula "ne" is no negation)
@pytest.mark.parametrize(
    "said",
    [
        "Mstari wa 1 hauna kosa, lakini mstari wa {n} una kosa.",
        "Mstari wa 1 ni sahihi, lakini mstari wa {n} si sahihi.",
        "መስመር 1 ስህተት የለውም፣ መስመር {n} ግን ስህተት ነው።",
        "መስመር 1 ትክክል ነው፤ መስመር {n} ስህተት ነው።",
        "Ìlà 1 kò ní àṣìṣe, ṣùgbọ́n ìlà {n} ní àṣìṣe.",
        "Layi na 1 ba shi da kuskure, amma layi na {n} yana da kuskure.",
        "Layi na 1 daidai ne, amma layi na {n} ne ba daidai ba.",
    ],
)
def test_the_line_said_fine_is_not_blamed(said: str) -> None:
    check_line_blamed(said, _CORRECTION, twin=3)


# the line blamed after a step label in the language, the correction under its heading
@pytest.mark.parametrize(
    ("said", "heading"),
    [
        ("Jibu: mstari wa {n} ndio wa kwanza kukosea.", "Sahihi:"),
        ("መልስ: መስመር {n} ስህተት ነው።", "እርማት:"),
        ("Ìdáhùn: ìlà {n} ni àṣìṣe.", "Àtúnṣe:"),
        ("Amsa: layi na {n} ne farkon kuskure.", "Gyara:"),
    ],
)
def test_the_correction_under_its_heading(said: str, heading: str) -> None:
    check_flaw_heading(said.format(n=2), said.format(n=3), heading, _CORRECTION, sep=" ")


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
WINDOW = [
    (
        ("Modeli kamili:", "Modeli ya dirisha:", "Tofauti:", "Nafuu zaidi:"),
        "modeli ya dirisha",
        "modeli kamili",
    ),
    (("ሙሉ ሞዴል:", "የመስኮት ሞዴል:", "ልዩነት:", "ርካሽ:"), "የመስኮት ሞዴል", "ሙሉ ሞዴል"),
    (("Full model:", "Window model:", "Ìyàtọ̀:", "Èwo ló kò wọ́n:"), "window model", "full model"),
    (
        ("Cikakken samfuri:", "Samfurin taga:", "Bambanci:", "Mai rahusa:"),
        "samfurin taga",
        "cikakken samfuri",
    ),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("Modeli ya dirisha ni nafuu zaidi.", "window"),
    ("Modeli kamili ni ghali zaidi.", "window"),
    ("Modeli kamili ni nafuu zaidi.", "full"),
    ("የመስኮት ሞዴል ርካሽ ነው።", "window"),
    ("ሙሉ ሞዴል ርካሽ ነው።", "full"),
    ("Àwòṣe fèrèsé kò wọ́n.", "window"),
    ("Awose ferese ko won.", "window"),
    ("Samfurin taga ya fi arha.", "window"),
    ("Cikakken samfuri ya fi tsada.", "window"),
    ("Cikakken samfuri ya fi arha.", "full"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "Hatua ya 1: kila tokeni mpya inalinganishwa na funguo k kwa kila head na kila layer.\nJibu: {a} scores.",
    "ደረጃ 1: እያንዳንዱ አዲስ token ከ k keys ጋር ይነጻጸራል።\nመልስ: {a} scores።",
    "Ìgbésẹ̀ 1: token tuntun kọ̀ọ̀kan ń wo keys k nínú head àti layer kọ̀ọ̀kan.\nÌdáhùn: {a} scores.",
    "Mataki na 1: kowace sabuwar token tana kwatanta da keys k a kowane head da layer.\nAmsa: {a} scores.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the four languages; short words that collide stay out
def test_the_shared_tables_have_the_four_languages() -> None:
    check_meanings_have(AFRICA)


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_four_languages(module: str) -> None:
    check_kind_tables_have(module, AFRICA)


# short words of these languages that are words of others ("si": Spanish and French "if"; "la": an article;
# "na", "da": Portuguese "in the", "of the"; "ba": Vietnamese "three"; "kò": romanised Hindi "ko"; "bí"; "au":
# French "to the") and words that are tokens: in no row of theirs
@pytest.mark.parametrize("word", ["si", "la", "na", "da", "ba", "kò", "ko", "bí", "au", "a", "i", "ni"])
def test_short_words_that_collide_are_in_no_single_word_table(word: str) -> None:
    single = {
        "core.meanings": ("NOT", "YES", "NO", "SO", "ANSWER", "ANSWER_LABEL"),
        "compare.words": ("NOT", "THAN", "MORE", "HIGHER", "LOWER", "PREFER", "BETTER"),
        "decoding.words": ("NOT", "AND_THEN", "THEN", "THEREFORE", "KEEP", "KEPT", "DROPPED", "ANSWER"),
        # (flaw's NOT has Hausa's "ba": a negation denies only the words of its language, see below)
        "flaw.words": ("FINE", "WRONG", "FAULT", "LINE", "LANDMARK", "BUT", "CORRECTION"),
        "window.words": ("CHEAPER", "DEARER", "FULL", "WINDOW", "MODEL", "GAP"),
        "cost.languages": ("APPROX", "LIKE", "DETERMINERS", "CONTRAST", "TO"),
    }
    for module, names in single.items():
        mod = importlib.import_module(f"grader.{module}")
        for name in names:
            table = getattr(mod, name)
            for lang in AFRICA:
                assert fold(word) not in {fold(x) for x in table.get(lang, ())}, (module, name, lang)


# a negation denies a verdict of its own language: Hausa's "ba" is Vietnamese "three", Czech's "ne" Hausa's "is"
@pytest.mark.parametrize(
    ("text", "verdict", "line"),
    [
        ("Layi na 2 ba daidai ba.", "blamed", 2),  # not right: blamed
        ("Dòng ba sai.", "blamed", 3),  # line three is wrong
        ("Dòng 2 không sai.", "excused", None),
        ("Layi na 2 ne kuskure.", "blamed", 2),  # line 2 is the mistake
        ("Řádek 2 ne chybný.", "excused", None),  # Czech: not wrong
    ],
)
def test_a_negation_denies_words_of_its_own_language(text: str, verdict: str, line: int | None) -> None:
    from grader.flaw.answer import _verdict, blamed_line

    assert _verdict(text) == verdict
    found = blamed_line([text], ("a", "b", "c"))
    assert (found.line if found else None) == line


def test_cardinals_read_with_and_without_tones() -> None:
    assert meanings.cardinal("mbili") == 2 and meanings.cardinal("ሦስት") == 3
    assert (
        meanings.cardinal("méjì") == 2 and meanings.cardinal("meji") == 2 and meanings.cardinal("mẹ́ta") == 3
    )
    assert meanings.cardinal("huɗu") == 4 and meanings.cardinal("hudu") == 4
    assert meanings.cardinal("moja") is None  # "one" is left out, as in the other languages


@pytest.mark.parametrize(
    "line",
    [
        "kwa hiyo A ina uwezekano mkubwa zaidi kuliko B",
        "ስለዚህ A የበለጠ ዕድል አለው",
        "nítorí náà A ṣeéṣe jù B lọ",
        "nitorina A ni o seese ju",
        "saboda haka A ce mafi yiwuwa",
        "don haka A ya fi yiwuwa",
    ],
)
def test_lines_in_the_four_languages_are_known(line: str) -> None:
    check_known_line(line)


def test_a_word_keeps_its_tone_marks_written_apart() -> None:
    # NFC writes ẹ́ as ẹ and a combining acute: still one word, looked up without its marks
    assert words("Bẹ́ẹ̀ni, ó ṣeéṣe jù") == ["beeni", "seese", "ju"]
    assert words("Ƙarshe") == ["karshe"]


# ---- the lexicon: a Yoruba word with or without its tones and underdots, a Hausa word with or without hooks
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("bẹ́ẹ̀ni", "Bẹ́ẹ̀ni, ó tọ́", True),
        ("bẹ́ẹ̀ni", "beeni", True),
        ("bẹ́ẹ̀ni", "bẹẹni", True),
        ("bẹ́ẹ̀ni", "béèni", True),  # the tones without the underdots
        ("bẹ́ẹ̀ni", "bẹ́ẹ̀niyẹn", False),
        ("mẹ́ta", "meta", True),
        ("ìdáhùn", "Idahun:", True),
        ("ṣeéṣe jù", "o seese ju B", True),
        ("ṣeéṣe jù", "o seese jumo", False),
        ("ƙarshe", "karshe", True),
        ("huɗu", "hudu", True),
        ("a'a", "A’a, ba haka ba", True),
        ("መልስ", "መልስ: A", True),
        ("ሁለት", "ሁለተኛው", False),
    ],
)
def test_a_table_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, (WORD_BOUNDARY,), flags=re.I)
