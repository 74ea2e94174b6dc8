"""The five newer kinds read Hindi (Devanagari and romanised "Hinglish"), Urdu, Bengali and Tamil
(blind-kinds39): answer labels ("उत्तर", "jawab", "جواب", "উত্তর", "விடை"), yes/no ("हाँ"/"नहीं",
"haan"/"nahi", "ہاں"/"نہیں", "হ্যাঁ"/"না", "ஆம்"/"இல்லை"), a comparison's conclusion ("अधिक संभावित", "zyada
likely hai", "زیادہ امکان", "বেশি সম্ভাব্য", "அதிக வாய்ப்பு"), a beam's steps and what it keeps ("चरण",
"مرحلہ", "ধাপ", "படி"), the line blamed ("पंक्ति 2 गलत है", "line 2 galat hai", "لائن 2", "লাইন ২", "வரி 2"),
the cheaper model ("सस्ता", "sasta", "سستا", "সস্তা", "மலிவான") and cost prose around the count. Each right
answer earns full marks and its wrong twin stays short of them. Table words of the scripts of India match
whole words though their vowel signs are no word characters to Python's regular expressions. Romanised
words that are English words or other tokens ("to", "do", "na", "ek", "kam") are kept out of the tables.
The texts are written for these tests."""

from __future__ import annotations

import importlib

import pytest

from grader.core import meanings
from tests.kinds_languages import (
    KIND_MODULES,
    check,
    check_beam,
    check_cheaper,
    check_cost,
    check_flaw_heading,
    check_greedy_not_best,
    check_kind_tables_have,
    check_known_line,
    check_line_blamed,
    check_meanings_have,
    check_more_likely,
    check_table_word,
    check_window,
)

SOUTH_ASIA = ("hi", "ur", "bn", "ta")

# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0.7 + (-0.4) = -1.1\nB: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
MORE_LIKELY = [
    "उत्तर: {c} अधिक संभावित है क्योंकि -1.1 > -1.8।",
    "इसलिए {c}, {o} से ज़्यादा संभावित है।",
    "isliye Response {c} zyada likely hai.",
    "Jawab: {c} zyada likely hai kyunki -1.1 > -1.8",
    "جواب: {c} زیادہ امکان والا ہے کیونکہ -1.1 > -1.8۔",
    "لہذا {c} کا زیادہ امکان ہے۔",
    "উত্তর: {c} বেশি সম্ভাব্য, কারণ -1.1 > -1.8।",
    "তাই {c} অধিক সম্ভাব্য।",
    "விடை: {c} அதிக வாய்ப்புள்ளது, ஏனெனில் -1.1 > -1.8.",
    "எனவே {c} அதிக சாத்தியமானது.",
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    "चरण 1: the 0.5, a 0.4, one 0.1 → रखें: the (0.5), a (0.4)\n"
    "चरण 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → रखें: a cat (0.36), the dog (0.20)\n"
    "उत्तर: {seq}, प्रायिकता {p}।",
    "Step 1: the 0.5, a 0.4, one 0.1 → rakho: the (0.5), a (0.4)\n"
    "Step 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → rakho: a cat (0.36), the dog (0.20)\n"
    "Jawab: {seq}, probability {p}.",
    "مرحلہ 1: the 0.5، a 0.4، one 0.1 → رکھیں: the (0.5)، a (0.4)\n"
    "مرحلہ 2: the dog 0.20؛ the cat 0.175؛ the car 0.125؛ a cat 0.36؛ a dog 0.04\n"
    "  → رکھیں: a cat (0.36)، the dog (0.20)\n"
    "جواب: {seq}، امکان {p}۔",
    "ধাপ ১: the ০.৫, a ০.৪, one ০.১ → রাখি: the (০.৫), a (০.৪)\n"
    "ধাপ ২: the dog ০.২০; the cat ০.১৭৫; the car ০.১২৫; a cat ০.৩৬; a dog ০.০৪\n"
    "  → রাখি: a cat (০.৩৬), the dog (০.২০)\n"
    "উত্তর: {seq}, সম্ভাবনা {p}।",
    "படி 1: the 0.5, a 0.4, one 0.1 → வைத்துக்கொள்: the (0.5), a (0.4)\n"
    "படி 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → வைத்துக்கொள்: a cat (0.36), the dog (0.20)\n"
    "விடை: {seq}, நிகழ்தகவு {p}.",
]


@pytest.mark.parametrize("text", BEAM)
def test_a_beam_kept_in_the_language(text: str) -> None:
    check_beam(text)


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("चरण", "उत्तर: नहीं, लालची हमेशा इष्टतम नहीं है।", "उत्तर: हाँ।"),
    ("चरण", "नहीं।", "हाँ, greedy हमेशा सबसे संभावित अनुक्रम देता है।"),
    ("Step", "Jawab: nahi, greedy hamesha optimal nahi hai.", "Jawab: haan."),
    ("Step", "Nahi.", "Haan, greedy hamesha sabse likely sequence deta hai."),
    ("مرحلہ", "جواب: نہیں، لالچی ہمیشہ بہترین نہیں۔", "جواب: ہاں۔"),
    ("ধাপ", "উত্তর: না, লোভী সবসময় সর্বোত্তম নয়।", "উত্তর: হ্যাঁ।"),
    ("படி", "விடை: இல்லை, பேராசை எப்போதும் உகந்தது அல்ல.", "விடை: ஆம்."),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong, point=True)


# ---- flaw: the first wrong line (line 2 multiplies the logs), by number or by its ordinal
_CORRECTION = "log Pr(y|x) = -0.7 + (-0.4) = -1.1\n"
MULTIPLIED = [
    "उत्तर: पंक्ति {n} गलत है: लॉग को जोड़ने के बजाय गुणा किया गया।",
    "{o} पंक्ति गलत है।",
    "Jawab: line {n} galat hai, logs ko multiply kiya gaya hai, add karna tha.",
    "جواب: لائن {n} غلط ہے: لاگ کو جمع کرنے کے بجائے ضرب دیا گیا۔",
    "{u} سطر غلط ہے۔",
    "উত্তর: লাইন {b} ভুল: লগ যোগ না করে গুণ করা হয়েছে।",
    "{bo} লাইন ভুল।",
    "விடை: வரி {n} தவறு: மடக்கைகள் கூட்டப்படாமல் பெருக்கப்பட்டன.",
]
# the line by its Hindi, Urdu or Bengali ordinal ({o}, {u}, {bo}) or in Bengali digits ({b})
_ORDINAL = {
    2: {"o": "दूसरी", "u": "دوسری", "bo": "দ্বিতীয়", "b": "২"},
    1: {"o": "पहली", "u": "پہلی", "bo": "প্রথম", "b": "১"},
}


@pytest.mark.parametrize("said", MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(said: str) -> None:
    check_line_blamed(said, _CORRECTION, _ORDINAL)


# "line 1 is right, but line 2 …": the line said to be right is not the one blamed
@pytest.mark.parametrize(
    "said",
    [
        "पंक्ति 1 सही है, लेकिन पंक्ति {n} गलत है।",
        "line 1 sahi hai, lekin line {n} galat hai.",
        "لائن 1 درست ہے، مگر لائن {n} غلط ہے۔",
    ],
)
def test_the_line_said_right_is_not_blamed(said: str) -> None:
    check("flaw", "multiplied-logs", said.format(n=2) + "\n" + _CORRECTION, "पंक्ति 1 गलत है।\n" + _CORRECTION)


# the correction under its heading in the language: the analysis above it is no maths to read
@pytest.mark.parametrize(
    ("said", "heading"),
    [
        ("उत्तर: पहली गलत पंक्ति 2 है।", "सही गणना:"),
        ("Jawab: line 2 galat hai.", "Sahi calculation:"),
        ("جواب: پہلی غلط لائن 2 ہے۔", "درست حساب:"),
        ("উত্তর: লাইন ২ প্রথম ভুল।", "সংশোধিত:"),
        ("விடை: முதல் தவறான வரி 2.", "சரியான கணக்கு:"),
    ],
)
def test_the_correction_under_its_heading(said: str, heading: str) -> None:
    check_flaw_heading(said, said.replace("2", "1").replace("২", "১"), heading, _CORRECTION)


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
WINDOW = [
    (("पूर्ण मॉडल:", "विंडो मॉडल:", "अंतर:", "सस्ता:"), "विंडो मॉडल", "पूर्ण मॉडल"),
    (("مکمل ماڈل:", "ونڈو ماڈل:", "فرق:", "سستا:"), "ونڈو ماڈل", "مکمل ماڈل"),
    (("পূর্ণ মডেল:", "উইন্ডো মডেল:", "পার্থক্য:", "সস্তা:"), "উইন্ডো মডেল", "পূর্ণ মডেল"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("विंडो मॉडल सस्ता है।", "window"),
    ("पूर्ण मॉडल महंगा है।", "window"),
    ("पूर्ण मॉडल सस्ता है।", "full"),
    ("window model sasta hai.", "window"),
    ("full model mehenga hai.", "window"),
    ("ونڈو ماڈل سستا ہے۔", "window"),
    ("مکمل ماڈل مہنگا ہے۔", "window"),
    ("উইন্ডো মডেল সস্তা।", "window"),
    ("পূর্ণ মডেল সস্তা।", "full"),
    ("சாளர மாதிரி மலிவானது.", "window"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "चरण 1: हर नया टोकन हर हेड और हर लेयर में k कुंजियों से तुलना करता है।\nउत्तर: {a} स्कोर।",
    "Step 1: har naya token k keys se compare hota hai, har head aur har layer mein.\nJawab: {a} scores.",
    "مرحلہ 1: ہر نیا ٹوکن ہر ہیڈ اور ہر لیئر میں k کیز سے موازنہ کرتا ہے۔\nجواب: {a} اسکور۔",
    "ধাপ ১: প্রতিটি নতুন টোকেন প্রতি হেড ও প্রতি লেয়ারে k কী-এর সাথে তুলনা করে।\nউত্তর: {a} টি স্কোর।",
    "படி 1: ஒவ்வொரு புதிய டோக்கனும் k விசைகளுடன் ஒப்பிடப்படுகிறது.\nவிடை: {a} மதிப்பெண்கள்.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the four languages; romanised words that collide stay out
def test_the_shared_tables_have_the_four_languages() -> None:
    check_meanings_have(SOUTH_ASIA)


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_four_languages(module: str) -> None:
    check_kind_tables_have(module, SOUTH_ASIA)


@pytest.mark.parametrize("word", ["to", "do", "na", "ek", "kam", "han", "par"])
def test_romanised_words_that_collide_are_in_no_table(word: str) -> None:
    for module in ("core.meanings", "compare.words", "decoding.words", "flaw.words", "window.words"):
        mod = importlib.import_module(f"grader.{module}")
        for name, table in vars(mod).items():
            if name.isupper() and isinstance(table, dict) and "hi" in table:
                row = table["hi"]
                flat = {w for x in row for w in (x if isinstance(x, tuple) else (x,))}
                assert word not in flat, (module, name)
    assert meanings.cardinal("do") is None and meanings.cardinal("एक") is None
    assert meanings.cardinal("दो") == 2 and meanings.cardinal("তিন") == 3 and meanings.cardinal("இரண்டு") == 2


@pytest.mark.parametrize(
    "line",
    [
        "isliye A zyada likely hai",
        "इसलिए A अधिक संभावित है",
        "لہذا A زیادہ امکان والا ہے",
        "তাই A বেশি সম্ভাব্য",
        "எனவே A அதிக வாய்ப்புள்ளது",
    ],
)
def test_lines_in_the_four_languages_are_known(line: str) -> None:
    check_known_line(line)


# ---- the lexicon: a word of the scripts of India is whole with its vowel signs, as \b and as lookarounds
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("हाँ", "हाँ, यह सही है", True),  # ends in a mark: a \b after it still holds
        ("हाँ", "हाँजी", False),
        ("कम", "कम है", True),
        ("कम", "कमी है", False),  # a vowel sign after it: a longer word
        ("नहीं", "नहीं।", True),
        ("হ্যাঁ", "হ্যাঁ।", True),
        ("ஆம்", "ஆம்.", True),
        ("ஆம்", "ஆம்பல்", False),
        ("வாய்ப்பு\\w*", "அதிக வாய்ப்புள்ளது.", True),  # a stem runs on over letters and marks
        ("لہذا", "لهذا", True),  # Urdu's ہ typed as Arabic ه
    ],
)
def test_a_table_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, regex=True)
