"""The kinds read Telugu, Sinhala, Marathi and Nepali, as they read Hindi, Urdu, Bengali and Tamil
(tests/test_kinds_south_asia.py): a comparison's conclusion ("ఎక్కువ సంభావ్యత", "වැඩි සම්භාවිතාවක්",
"जास्त शक्य", "बढी सम्भावित"), a per-token confidence ("టోకెన్‌కు ... ఎక్కువ నమ్మకం"), greedy's yes or no
("అవును"/"కాదు", "ඔව්"/"නැත", "होय"/"नाही", "हो"/"होइन"), the line blamed, the cheaper model and a beam whose
hypothesis finished. Marathi and Nepali are written in Devanagari as Hindi is, in words of their own; Telugu
and Sinhala letters take vowel signs (and Sinhala a zero-width joiner) that are no word characters to Python's
regular expressions, and the table words still match whole. Each right answer earns full marks and its wrong
twin does not. The texts are written for these tests."""

from __future__ import annotations

import pytest

from tests.kinds_languages import (
    KIND_MODULES,
    check,
    check_beam,
    check_cheaper,
    check_cost,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_known_line,
    check_line_blamed,
    check_meanings_have,
    check_more_likely,
    check_per_token,
    check_table_word,
    check_window,
)

NEW = ("te", "si", "mr", "ne")

# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0.7 + (-0.4) = -1.1\nB: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
MORE_LIKELY = [
    "సమాధానం: {c} ఎక్కువ సంభావ్యత కలిగి ఉంది, ఎందుకంటే -1.1 > -1.8.",
    "కాబట్టి {c}, {o} కంటే ఎక్కువ సంభావ్యమైనది.",
    "පිළිතුර: {c} වැඩි සම්භාවිතාවක් ඇත, මන්ද -1.1 > -1.8.",
    "එබැවින් {c}, {o} ට වඩා වැඩි සම්භාවිතාවක් ඇත.",
    "उत्तर: {c} जास्त शक्य आहे कारण -1.1 > -1.8.",
    "म्हणून {c} हे {o} पेक्षा जास्त शक्य आहे.",
    "उत्तर: {c} बढी सम्भावित छ किनभने -1.1 > -1.8।",
    "त्यसैले {c}, {o} भन्दा बढी सम्भावित छ।",
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# ---- compare: per token, B is the one the model is surer of (A: -1.1/2 = -0.55, B: -1.4/3 = -0.467)
_MEANS = "A: -0.7 + (-0.4) = -1.1; -1.1 / 2 = -0.55\nB: -1.0 + (-0.3) + (-0.1) = -1.4; -1.4 / 3 = -0.467\n"
PER_TOKEN = [
    "కాబట్టి టోకెన్‌కు {c} మీద మోడల్ ఎక్కువ నమ్మకం కలిగి ఉంది.",
    "එබැවින් ටෝකනයකට {c} ගැන මාදිලියට වැඩි විශ්වාසයක් ඇත.",
    "म्हणून प्रति टोकन मॉडेलला {c} बद्दल जास्त खात्री आहे.",
    "त्यसैले प्रति टोकन मोडेल {c} मा बढी विश्वस्त छ।",
]


@pytest.mark.parametrize("conclusion", PER_TOKEN)
def test_compare_per_token_confidence(conclusion: str) -> None:
    check_per_token(_MEANS, conclusion)


# ---- decoding: greedy's path is the most probable in greedy-is-best ("yes"), and not in greedy-not-best
GREEDY_IS_BEST = [
    ("సమాధానం: అవును, greedy మార్గం అత్యంత సంభావ్యమైనది.", "సమాధానం: కాదు."),
    ("అవును.", "కాదు, greedy ఎల్లప్పుడూ ఉత్తమమైనది కాదు."),
    ("පිළිතුර: ඔව්, greedy මාර්ගය වැඩිම සම්භාවිතාව සහිතයි.", "පිළිතුර: නැත."),
    ("ඔව්.", "නැත."),
    ("उत्तर: होय, greedy मार्ग सर्वाधिक संभाव्य आहे.", "उत्तर: नाही."),
    ("होय.", "नाही."),
    ("उत्तर: हजुर, greedy मार्ग सबैभन्दा सम्भावित हो।", "उत्तर: होइन।"),
    ("हो।", "होइन।"),
]


@pytest.mark.parametrize(("right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong)


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("దశ", "సమాధానం: కాదు, లోభి పద్ధతి ఎల్లప్పుడూ ఉత్తమం కాదు.", "సమాధానం: అవును."),
    ("පියවර", "පිළිතුර: නැත, greedy සැමවිටම ප්‍රශස්ත නොවේ.", "පිළිතුර: ඔව්."),
    ("पायरी", "उत्तर: नाही, लोभी पद्धत नेहमी इष्टतम नसते.", "उत्तर: होय."),
    ("चरण", "उत्तर: होइन, लोभी सधैं इष्टतम हुँदैन।", "उत्तर: हजुर।"),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong, point=True)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    "దశ 1: the 0.5, a 0.4, one 0.1 → ఉంచు: the (0.5), a (0.4)\n"
    "దశ 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → ఉంచు: a cat (0.36), the dog (0.20)\n"
    "సమాధానం: {seq}, సంభావ్యత {p}.",
    "පියවර 1: the 0.5, a 0.4, one 0.1 → තබා ගන්න: the (0.5), a (0.4)\n"
    "පියවර 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → තබා ගන්න: a cat (0.36), the dog (0.20)\n"
    "පිළිතුර: {seq}, සම්භාවිතාව {p}.",
    "पायरी 1: the 0.5, a 0.4, one 0.1 → ठेवा: the (0.5), a (0.4)\n"
    "पायरी 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → ठेवा: a cat (0.36), the dog (0.20)\n"
    "उत्तर: {seq}, संभाव्यता {p}.",
    "चरण 1: the 0.5, a 0.4, one 0.1 → राख: the (0.5), a (0.4)\n"
    "चरण 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → राख: a cat (0.36), the dog (0.20)\n"
    "उत्तर: {seq}, सम्भाव्यता {p}।",
]


@pytest.mark.parametrize("text", BEAM)
def test_a_beam_kept_in_the_language(text: str) -> None:
    check_beam(text)


# ---- flaw: the first wrong line (line 2 multiplies the logs)
_CORRECTION = "log Pr(y|x) = -0.7 + (-0.4) = -1.1\n"
MULTIPLIED = [
    "సమాధానం: పంక్తి {n} తప్పు: లాగ్‌లను కూడటానికి బదులు గుణించారు.",
    "පිළිතුර: පේළිය {n} වැරදියි: ලොග් එකතු කිරීම වෙනුවට ගුණ කර ඇත.",
    "उत्तर: ओळ {n} चूक आहे: लॉग बेरीज करण्याऐवजी गुणाकार केला.",
    "उत्तर: पङ्क्ति {n} गलत छ: लग जोड्नुको सट्टा गुणन गरिएको छ।",
]


@pytest.mark.parametrize("said", MULTIPLIED)
def test_flaw_line_in_the_language(said: str) -> None:
    check_line_blamed(said, _CORRECTION)


# the line by its ordinal
ORDINAL = [
    ("రెండవ పంక్తి తప్పు.", "మొదటి పంక్తి తప్పు."),
    ("දෙවන පේළිය වැරදියි.", "පළමු පේළිය වැරදියි."),
    ("दुसरी ओळ चूक आहे.", "पहिली ओळ चूक आहे."),
    ("दोस्रो पङ्क्ति गलत छ।", "पहिलो पङ्क्ति गलत छ।"),
]


@pytest.mark.parametrize(("right", "wrong"), ORDINAL)
def test_flaw_line_by_its_ordinal(right: str, wrong: str) -> None:
    check("flaw", "multiplied-logs", right + "\n" + _CORRECTION, wrong + "\n" + _CORRECTION)


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
WINDOW = [
    (("పూర్తి మోడల్:", "విండో మోడల్:", "తేడా:", "చౌకైనది:"), "విండో మోడల్", "పూర్తి మోడల్"),
    (("සම්පූර්ණ මාදිලිය:", "කවුළු මාදිලිය:", "වෙනස:", "ලාභ:"), "කවුළු මාදිලිය", "සම්පූර්ණ මාදිලිය"),
    (("पूर्ण मॉडेल:", "विंडो मॉडेल:", "फरक:", "स्वस्त:"), "विंडो मॉडेल", "पूर्ण मॉडेल"),
    (("पूर्ण मोडेल:", "विन्डो मोडेल:", "फरक:", "सस्तो:"), "विन्डो मोडेल", "पूर्ण मोडेल"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("విండో మోడల్ చౌకైనది.", "window"),
    ("పూర్తి మోడల్ చౌకైనది.", "full"),
    ("කවුළු මාදිලිය ලාභයි.", "window"),
    ("සම්පූර්ණ මාදිලිය ලාභයි.", "full"),
    ("विंडो मॉडेल स्वस्त आहे.", "window"),
    ("पूर्ण मॉडेल महाग आहे.", "window"),
    ("विन्डो मोडेल सस्तो छ।", "window"),
    ("पूर्ण मोडेल सस्तो छ।", "full"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "దశ 1: ప్రతి కొత్త టోకెన్ ప్రతి హెడ్ మరియు ప్రతి లేయర్‌లో k కీలతో పోల్చబడుతుంది.\nసమాధానం: {a} స్కోర్లు.",
    "පියවර 1: සෑම නව ටෝකනයක්ම සෑම හෙඩ් සහ ලේයරයකම k යතුරු සමඟ සසඳයි.\nපිළිතුර: {a} ලකුණු.",
    "पायरी 1: प्रत्येक नवीन टोकन प्रत्येक हेड आणि लेयरमध्ये k कीशी तुलना करतो.\nउत्तर: {a} स्कोअर.",
    "चरण 1: हरेक नयाँ टोकन हरेक हेड र लेयरमा k कुञ्जीसँग तुलना गर्छ।\nउत्तर: {a} स्कोर।",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the four languages; their lines are known
def test_the_shared_tables_have_the_four_languages() -> None:
    check_meanings_have(NEW)


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_four_languages(module: str) -> None:
    check_kind_tables_have(module, NEW)


@pytest.mark.parametrize(
    "line",
    [
        "కాబట్టి టోకెన్‌కు B మీద మోడల్ ఎక్కువ నమ్మకం కలిగి ఉంది",
        "yes </s> අවසන් වූ නිසා beam පළල 1 ට අඩු වේ",
        "म्हणून A जास्त शक्य आहे",
        "त्यसैले A बढी सम्भावित छ",
    ],
)
def test_lines_in_the_four_languages_are_known(line: str) -> None:
    check_known_line(line)


# ---- the lexicon: a Telugu or Sinhala word is whole with its vowel signs; Sinhala's joiner is optional
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("అవును", "అవును, సరైనది", True),
        ("అవును", "అవునులో", False),
        ("ఎక్కువ నమ్మక\\w*", "ఎక్కువ నమ్మకం ఉంది", True),  # a stem runs on over its marks
        ("టోకెన్‌కు", "టోకెన్కు", True),  # the non-joiner written or left out
        ("ඔව්", "ඔව්, greedy", True),
        ("නැත", "නැතිනම්", False),  # a vowel sign after it: a longer word
        ("සාමාන්‍ය\\w*", "සාමාන්ය අගය", True),  # the joiner written or left out
        ("शक्य", "शक्यता", False),
        ("हो", "होइन", False),
    ],
)
def test_a_table_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, regex=True)
