"""The five newer kinds read Arabic, Persian and Hebrew (blind-kinds38): answer labels ("الجواب", "پاسخ",
"תשובה"), yes/no ("نعم"/"لا", "بله"/"نه", "כן"/"לא"), a comparison's conclusion ("أكثر احتمالاً" with or
without its tanween, "محتمل‌تر" with or without its zero-width non-joiner, "סביר יותר מ-B" with Hebrew's
attached prefixes), a concession ("رغم أن A …"), a beam's steps and what it keeps ("الخطوة ١: نبقي …",
"مرحله", "שלב"), the first wrong line with the ordinal after its name ("السطر الثاني", "خط دوم", "השורה
השנייה"), the cheaper model ("أرخص", "ارزان‌تر", "זול יותר"), cost prose around the count, and the digits of
both Arabic scripts (Arabic-Indic ٠…٩ and Persian ۰…۹, with ٫ and ٬) read as digits by one rule. Each right
answer earns full marks and its wrong twin stays short of them. The texts are written for these tests."""

from __future__ import annotations

import pytest

from grader.core import meanings
from grader.core.precheck import normalise
from tests.kinds_languages import (
    KIND_MODULES,
    NO_LETTER_AROUND,
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

RTL = ("ar", "fa", "he")


# ---- compare: which response is more likely (A: -1.1, B: -1.8)
_TOTALS = "A: log Pr(A|x) = -0.7 + (-0.4) = -1.1\nB: log Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
MORE_LIKELY = [
    "الجواب: {c} أكثر احتمالاً لأن -1.1 > -1.8.",
    "إذن {c} أكثر احتمالا من {o}.",  # no tanween
    "الجواب: {c} هو الأرجح.",
    "پاسخ: {c} محتمل‌تر است، چون -1.1 > -1.8.",
    "بنابراین {c} محتملتر از {o} است.",  # no zero-width non-joiner
    "پاسخ: {c} محتمل تر است.",  # a space for it
    "תשובה: {c} סביר יותר מ-{o}.",
    "לכן {c} הוא הסביר ביותר.",
]


@pytest.mark.parametrize("conclusion", MORE_LIKELY)
def test_compare_the_likelier_response(conclusion: str) -> None:
    check_more_likely(_TOTALS, conclusion)


# per-token confidence (B: -1.4/3 > -1.1/2), with a concession about the whole sequence
_MEANS = "A: -0.7 + (-0.4) = -1.1; -1.1 / 2 = -0.55\nB: -1.0 + (-0.3) + (-0.1) = -1.4; -1.4 / 3 = -0.467\n"
PER_TOKEN = [
    "إذن {c} أكثر احتمالاً لكل كلمة، رغم أن {o} أكثر احتمالاً ككل.",
    "الجواب: لكل توكن، النموذج أكثر ثقة في {c}.",
    "پاسخ: به ازای هر توکن، {c} محتمل‌تر است، اگرچه {o} در مجموع محتمل‌تر است.",
    "תשובה: לכל טוקן {c} סביר יותר, למרות ש-{o} סביר יותר בסך הכל.",
]


@pytest.mark.parametrize("conclusion", PER_TOKEN)
def test_compare_per_token_with_a_concession(conclusion: str) -> None:
    check_per_token(_MEANS, conclusion)


# ---- decoding: a beam of two ("a cat", 0.36); the twin returns greedy's path
BEAM = [
    "الخطوة ١: the 0.5، a 0.4، one 0.1 ← نبقي the (0.5) و a (0.4)\n"
    "الخطوة ٢: the dog 0.20؛ the cat 0.175؛ the car 0.125؛ a cat 0.36؛ a dog 0.04\n"
    "  ← نحتفظ بـ a cat (0.36) و the dog (0.20)\n"
    "الجواب: {seq} باحتمال {p}.",
    # (Persian puts the verb last; after a colon it opens the list, as here)
    "مرحله ۱: the 0.5، a 0.4، one 0.1 → نگه می‌داریم: the (0.5)، a (0.4)\n"
    "مرحله ۲: the dog 0.20؛ the cat 0.175؛ the car 0.125؛ a cat 0.36؛ a dog 0.04\n"
    "  → نگه می‌داریم: a cat (0.36)، the dog (0.20)\n"
    "پاسخ: {seq} با احتمال {p}.",
    "שלב 1: the 0.5; a 0.4; one 0.1 → שומרים the (0.5), a (0.4)\n"
    "שלב 2: the dog 0.20; the cat 0.175; the car 0.125; a cat 0.36; a dog 0.04\n"
    "  → שומרים a cat (0.36), the dog (0.20)\n"
    "תשובה: {seq} בהסתברות {p}.",
]


@pytest.mark.parametrize("text", BEAM)
def test_a_beam_kept_in_the_language(text: str) -> None:
    check_beam(text)


# (its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    ("الخطوة", "الجواب: لا، الجشع ليس الأمثل دائماً.", "الجواب: نعم."),
    ("الخطوة", "لا.", "نعم، الجشع يعطي دائما التسلسل الأكثر احتمالا."),
    ("مرحله", "پاسخ: نه، حریصانه همیشه بهینه نیست.", "پاسخ: بله."),
    ("مرحله", "خیر.", "بله، خروجی حریصانه محتمل‌ترین دنباله است."),
    ("שלב", "תשובה: לא, חמדני לא תמיד אופטימלי.", "תשובה: כן."),
    ("שלב", "לא.", "כן, הפלט של greedy הוא הרצף הסביר ביותר."),
]


@pytest.mark.parametrize(("step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong, point=True)


_GREEDY_IS_BEST = (
    "Greedy: the (0.6), cat (0.7) → the cat, P = 0.6·0.7 = 0.42\n"
    "the dog 0.6·0.3 = 0.18; a cat 0.4·0.5 = 0.20; a dog 0.4·0.5 = 0.20\n"
)
GREEDY_IS_BEST = [
    ("الجواب: نعم، the cat (0.42) هو الأكثر احتمالاً.", "الجواب: لا."),
    ("پاسخ: بله.", "پاسخ: نه."),
    ("תשובה: כן.", "תשובה: לא."),
]


@pytest.mark.parametrize(("right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong, _GREEDY_IS_BEST)


# ---- flaw: the first wrong line (line 2 multiplies the logs), by number or by the ordinal after its name
_CORRECTION = {
    "ar": "التصحيح:\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
    "fa": "اصلاح:\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
    "he": "תיקון:\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
}
MULTIPLIED = [
    ("ar", "الجواب: السطر {n} هو السطر الخاطئ الأول: ضُربت اللوغاريتمات بدلاً من جمعها."),
    ("ar", "السطر {o} خاطئ: الطالب ضرب اللوغاريتمات."),
    ("ar", "الجواب: السطر {d}."),  # Arabic-Indic digits
    ("fa", "پاسخ: خط {n} غلط است: لگاریتم‌ها ضرب شده‌اند به جای جمع."),
    ("fa", "خط {o} نادرست است: لگاریتم‌ها ضرب شده‌اند."),
    ("fa", "پاسخ: خط {d}."),  # Persian digits
    ("he", "תשובה: שורה {n} היא השורה השגויה הראשונה: הלוגים הוכפלו במקום לחבר אותם."),
    ("he", "השורה {o} שגויה: הסטודנט כפל את הלוגריתמים."),
]
# the line by its ordinal ({o}) or in the script's own digits ({d})
_ORDINAL = {
    "ar": {2: {"o": "الثاني", "d": "٢"}, 1: {"o": "الأول", "d": "١"}},
    "fa": {2: {"o": "دوم", "d": "۲"}, 1: {"o": "اول", "d": "۱"}},
    "he": {2: {"o": "השנייה"}, 1: {"o": "הראשונה"}},
}


@pytest.mark.parametrize(("lang", "said"), MULTIPLIED)
def test_flaw_line_and_mistake_in_the_language(lang: str, said: str) -> None:
    check_line_blamed(said, _CORRECTION[lang], _ORDINAL[lang])


# a line number in prose with no word for line or step beside it blames no line: the correction's working
# (under a numbered step label) repeats line 1 and must not be read as blaming it
@pytest.mark.parametrize("label", ["الخطوة ١:", "مرحله ۱:", "שלב 1:", "Step 1:", "(1)"])
def test_a_corrections_working_blames_no_line(label: str) -> None:
    unread = "Jibu: mstari wa pili ni kosa.\n"  # a language without rows: the analysis goes to review
    working = f"{label} log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= -0.7 + (-0.4)\n= -1.1\n"
    full, codes = _grade_flaw(unread + working)
    assert "wrong-line-blamed" not in [c for c, _ in codes], codes


def _grade_flaw(text: str) -> tuple[bool, list[tuple[str, int]]]:
    from tests.kinds_languages import grade

    return grade("flaw", "multiplied-logs", text)


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
WINDOW = [
    (("النموذج الكامل:", "نموذج النافذة:", "الفرق:", "الأرخص:"), "نموذج النافذة", "النموذج الكامل"),
    (("مدل کامل:", "مدل پنجره:", "تفاوت:", "ارزان‌تر:"), "مدل پنجره", "مدل کامل"),
    (("מודל מלא:", "מודל חלון:", "הפרש:", "זול יותר:"), "מודל החלון", "המודל המלא"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full)


CHEAPER = [
    ("نموذج النافذة أرخص لأنه يقرأ رمزاً واحداً فقط.", "window"),
    ("النموذج الكامل أغلى.", "window"),
    ("النموذج الكامل أرخص.", "full"),
    ("مدل پنجره ارزان‌تر است.", "window"),
    ("مدل کامل گران‌تر است.", "window"),
    ("مدل کامل ارزانتر است.", "full"),
    ("מודל החלון זול יותר.", "window"),
    ("המודל המלא יקר יותר.", "window"),
    ("המודל המלא זול יותר.", "full"),
    # a value higher in the window model is no cost: "יותר" alone is the comparative of any adjective
    ("מודל החלון זול יותר. לחלון ערך גבוה יותר, אבל המודל המלא טוב יותר.", "window"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose of the language around the count (n k h L scores with a window of k)
COST = [
    "الخطوة ١: كل رمز جديد يقارن مع k مفتاح في كل رأس وكل طبقة.\nالجواب: {a} عملية.",
    "مرحله ۱: هر توکن جدید با k کلید در هر هد و هر لایه مقایسه می‌شود.\nپاسخ: {a} امتیاز.",
    "שלב 1: כל טוקן חדש מושווה ל-k מפתחות בכל ראש ובכל שכבה.\nתשובה: {a} ציונים.",
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- digits: Arabic-Indic and Persian digits are digits by one rule, with the Arabic separators
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("٢Ld(m + n)", "2Ld(m + n)"),
        ("۲Ld(m + n)", "2Ld(m + n)"),
        ("-٠٫٧ + (-٠٫٤)", "-0.7 + (-0.4)"),
        ("-۰٫۷ + (-۰٫۴)", "-0.7 + (-0.4)"),
        ("١٬٠٠٠", "1,000"),
        ("۱٬۰۰۰", "1,000"),
    ],
)
def test_both_arabic_digit_sets_read_as_digits(written: str, read: str) -> None:
    assert normalise(written) == [read]


@pytest.mark.parametrize("digits", ["٢", "۲"])
def test_cost_count_in_either_digit_set(digits: str) -> None:
    def text(a: str) -> str:
        return (
            "پاسخ:\nمرحله ۱: هر موقعیت در هر لایه یک بردار key و یک بردار value با d عدد دارد.\n"
            f"بنابراین کل حافظه KV cache = {a} عدد.\n"
        )

    check("cost", "cache-memory", text(f"{digits}Ld(m + n)"), text("Ld(m + n)"))


# ---- the tables: every meaning has the three languages; Arabic and Persian spellings of one letter
def test_the_shared_tables_have_the_three_languages() -> None:
    check_meanings_have(RTL, ("ANSWER", "ANSWER_LABEL", "NOT", "YES", "NO", "COMMON"))


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_three_languages(module: str) -> None:
    check_kind_tables_have(module, RTL)


def test_articles_are_no_numbers() -> None:
    # Arabic "واحد", Persian "یک", Hebrew "אחד" are "a"/"one of" as often as "one"
    for word in ("واحد", "یک", "אחד"):
        assert meanings.cardinal(word) is None
    assert (
        meanings.cardinal("اثنان") == 2 and meanings.cardinal("سه") == 3 and meanings.cardinal("שתיים") == 2
    )


@pytest.mark.parametrize(
    "line",
    [
        "إذن B أكثر احتمالاً لكل كلمة",
        "بنابراین B محتمل‌تر است",
        "לכן B סביר יותר",
        "پاسخ: B بيشتر است",  # Arabic ي in a Persian word
    ],
)
def test_lines_in_the_three_languages_are_known(line: str) -> None:
    check_known_line(line)


# ---- the lexicon: one table word, the ways it is written
@pytest.mark.parametrize(
    ("word", "written", "found"),
    [
        ("أكثر احتمالا", "أكثرُ احتمالاً", True),  # short vowels and tanween on the letters
        ("أكثر احتمالا", "اكثر احتمالا", True),  # the hamza left off the alef
        ("بیشتر", "بيشتر", True),  # Persian ی typed as Arabic ي
        ("کمتر", "كمتر", True),  # Persian ک typed as Arabic ك
        ("محتمل\u200cتر", "محتملتر", True),  # the zero-width non-joiner left out
        ("محتمل\u200cتر", "محتمل تر", True),  # or a space for it
        ("שורה", "השורה", True),  # Hebrew's attached article
        ("שורה", "בשורה", True),
        ("סביר", "ה-סביר", True),
        ("לא", "ולא", True),  # a two-letter word takes the conjunction
        ("לא", "מלא", False),  # but not a preposition: "מלא" is "full"
        ("احتمال", "احتمالا", False),  # whole words only
    ],
)
def test_a_table_word_in_its_written_forms(word: str, written: str, found: bool) -> None:
    check_table_word(word, written, found, (NO_LETTER_AROUND,))
