"""The five newer kinds read Polish, Czech, Ukrainian and Russian (issue 10, blind-kinds32): answer labels,
yes/no, a line named by its number or its ordinal, beams and greedy, the cheaper model, per-token confidence.
Each right answer below earns full marks and its wrong twin stays short of them. The texts are written for
these tests; the kinds' tables give every meaning a row per language, inflected forms included."""

from __future__ import annotations

import re

import pytest

from grader.core import lexicon
from tests.kinds_languages import (
    FULL_WORK,
    KIND_MODULES,
    check,
    check_cheaper,
    check_cost,
    check_greedy_is_best,
    check_greedy_not_best,
    check_kind_tables_have,
    check_line_blamed,
    check_meanings_have,
    check_per_token,
    check_window,
)

SLAVIC = ("pl", "cs", "uk", "ru")


# ---- compare: per-token confidence (B is the one, -1.4/3 > -1.1/2)
_SUMS = {
    "pl": "Krok 1: log Pr(A|x) = -0,7 + (-0,4) = -1,1; średnia na token = -1,1 / 2 = -0,55\n"
    "Krok 2: log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4; średnia na token = -1,4 / 3 = -0,467\n",
    "cs": "Krok 1: log Pr(A|x) = -0,7 + (-0,4) = -1,1, průměr = -0,55\n"
    "Krok 2: log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4, průměr = -0,467\n",
    "uk": "Крок 1: log Pr(A|x) = -0,7 + (-0,4) = -1,1; середнє = -0,55\n"
    "Крок 2: log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4; середнє = -0,467\n",
    "ru": "Шаг 1: log Pr(A|x) = -0,7 + (-0,4) = -1,1; среднее на токен -0,55\n"
    "Шаг 2: log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4; среднее на токен -0,467\n",
}
COMPARE = [
    ("pl", "Odpowiedź: na token model jest bardziej pewny odpowiedzi {c}."),
    ("pl", "Wniosek: odpowiedź {c} jest bardziej prawdopodobna na token."),
    ("cs", "Odpověď: na token je model jistější u odpovědi {c}."),
    ("cs", "Závěr: odpověď {c} je na token pravděpodobnější."),
    ("uk", "Відповідь: на токен модель більш впевнена у відповіді {c}."),
    ("uk", "Висновок: {c} ймовірніша на токен."),
    ("ru", "Ответ: в среднем на токен модель увереннее в ответе {c}."),
    ("ru", "Вывод: вариант {c} более вероятен на токен."),
]


@pytest.mark.parametrize(("lang", "conclusion"), COMPARE)
def test_compare_per_token_conclusion(lang: str, conclusion: str) -> None:
    check_per_token(_SUMS[lang], conclusion)


# ---- decoding: a beam of two ("a cat", 0.36), its twin returning the greedy path
BEAM = [
    (
        "pl",
        "Krok 1: kandydaci: the 0,5; a 0,4; one 0,1 → w wiązce: the (0,5), a (0,4)\n"
        "Krok 2: rozszerzenia: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → w wiązce: a cat (0,36), the dog (0,20)\n"
        "Odpowiedź: wiązka zwraca {seq}",
    ),
    (
        "cs",
        "Krok 1: ve svazku: the (0,5), a (0,4); one 0,1 vypadne\n"
        "Krok 2: kandidáti: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → ve svazku: a cat (0,36), the dog (0,20)\n"
        "Odpověď: {seq}",
    ),
    (
        "uk",
        "Крок 1: у промені: the (0,5), a (0,4)\n"
        "Крок 2: кандидати: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → у промені: a cat (0,36), the dog (0,20)\n"
        "Відповідь: пошук повертає {seq}",
    ),
    (
        "ru",
        "Шаг 1: в луче: the (0,5), a (0,4)\n"
        "Шаг 2: кандидаты: the dog 0,20; the cat 0,175; the car 0,125; a cat 0,36; a dog 0,04\n"
        "  → в луче: a cat (0,36), the dog (0,20)\n"
        "Ответ: {seq}",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BEAM)
def test_a_beam_kept_in_words_of_the_language(lang: str, text: str) -> None:
    check(
        "decoding",
        "beam-a-cat",
        text.format(seq='"a cat", 0,36') + "\n",
        text.format(seq='"the dog", 0,20') + "\n",
    )


# (language, its word for step, the right verdict "no", the wrong twin "yes")
GREEDY_NOT_BEST = [
    (
        "pl",
        "Krok",
        "Odpowiedź: nie, zachłanny nie znajduje najbardziej prawdopodobnej sekwencji.",
        "Odpowiedź: tak.",
    ),
    ("pl", "Krok", "Odpowiedź: nie.", "Odpowiedź: tak, zachłanny zawsze daje optymalną sekwencję."),
    ("cs", "Krok", "Odpověď: ne, hladové hledání nenajde nejpravděpodobnější posloupnost.", "Odpověď: ano."),
    ("uk", "Крок", "Відповідь: ні.", "Відповідь: так."),
    ("ru", "Шаг", "Ответ: нет, жадный поиск не оптимален.", "Ответ: да."),
    (
        "ru",
        "Шаг",
        "Ответ: нет.",
        "Ответ: да, жадный поиск всегда находит самую вероятную последовательность.",
    ),
]


@pytest.mark.parametrize(("lang", "step", "right", "wrong"), GREEDY_NOT_BEST)
def test_greedy_is_not_best_said_no(lang: str, step: str, right: str, wrong: str) -> None:
    check_greedy_not_best(step, right, wrong)


_GREEDY_IS_BEST = (
    "{greedy}: the (0,6), cat (0,7) → the cat, P = 0,6·0,7 = 0,42\n"
    "the dog 0,6·0,3 = 0,18; a cat 0,4·0,5 = 0,20; a dog 0,4·0,5 = 0,20\n"
)
GREEDY_IS_BEST = [
    ("pl", "Zachłanny", "Odpowiedź: tak, the cat (0,42) jest najbardziej prawdopodobna.", "Odpowiedź: nie."),
    ("cs", "Hladový", "Odpověď: ano.", "Odpověď: ne."),
    ("uk", "Жадібний", "Відповідь: так.", "Відповідь: ні."),
    ("ru", "Жадный", "Ответ: да, the cat — самая вероятная.", "Ответ: нет."),
]


@pytest.mark.parametrize(("lang", "greedy", "right", "wrong"), GREEDY_IS_BEST)
def test_greedy_is_best_said_yes(lang: str, greedy: str, right: str, wrong: str) -> None:
    check_greedy_is_best(right, wrong, _GREEDY_IS_BEST.format(greedy=greedy))


# ---- flaw: the first wrong line named by number or ordinal, in its case (line 2 multiplies the logs)
_CORRECTION = {
    "pl": "Poprawka:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "cs": "Oprava:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "uk": "Виправлення:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
    "ru": "Исправление:\nlog Pr(y|x) = -0,7 + (-0,4) = -1,1\n",
}
FLAW = [
    ("pl", "Odpowiedź: pierwsza błędna linia to {n}. Student pomnożył logarytmy zamiast je dodać."),
    ("pl", "Błąd jest w wierszu {n}: logarytmy zostały pomnożone zamiast dodane."),
    ("pl", "Pierwsza błędna jest {o} linia: pomnożył logarytmy."),
    ("cs", "Odpověď: první chybný řádek je {n}. Student logaritmy vynásobil místo sečetl."),
    ("cs", "Chyba je v řádku {n}: vynásobil logaritmy."),
    ("uk", "Відповідь: перший хибний рядок {n}. Студент перемножив логарифми замість додати."),
    ("uk", "Помилка в рядку {n}: логарифми перемножив."),
    ("ru", "Ответ: первая ошибочная строка {n}. Студент перемножил логарифмы вместо сложения."),
    ("ru", "Ошибка в {o} строке: умножил логарифмы."),
]
_ORDINAL = {
    "pl": {2: {"o": "druga"}, 1: {"o": "pierwsza"}},
    "ru": {2: {"o": "второй"}, 1: {"o": "первой"}},
}


@pytest.mark.parametrize(("lang", "said"), FLAW)
def test_flaw_line_named_in_the_language(lang: str, said: str) -> None:
    check_line_blamed(said, _CORRECTION[lang], _ORDINAL.get(lang))


# ---- window: the parts' labels and the cheaper model (full -1.1, window -3.1, gap 2.0)
# (labels full/window/gap/cheaper, the window model named, the full model named)
WINDOW = [
    (("Pełny model:", "Model z oknem (k = 1):", "Różnica:", "Tańszy:"), "model z oknem", "pełny model"),
    (("Plný model:", "Model s oknem:", "Rozdíl:", "Levnější:"), "model s oknem", "plný model"),
    (("Повна модель:", "Модель з вікном:", "Різниця:", "Дешевша:"), "модель з вікном", "повна модель"),
    (("Полная модель:", "Модель с окном:", "Разница:", "Дешевле:"), "модель с окном", "полная модель"),
    (("Full model:", "Window model:", "Gap:", "Cheaper:"), "модель с окном", "полная модель"),
]


@pytest.mark.parametrize(("labels", "window", "full"), WINDOW)
def test_window_parts_and_the_cheaper_model(
    labels: tuple[str, str, str, str], window: str, full: str
) -> None:
    check_window(labels, window, full, ": czyta jeden token")


CHEAPER = [
    ("Tańszy jest model z oknem, bo czyta tylko jeden token.", "window"),
    ("Pełny model jest droższy, model z oknem tańszy.", "window"),
    ("Model s oknem je levnější než plný model.", "window"),
    ("Plný model je levnější.", "full"),
    ("Модель з вікном дешевша, ніж повна модель.", "window"),
    ("Повна модель дорожча.", "window"),
    ("Дешевле модель с окном: работа не растёт с длиной контекста.", "window"),
    ("Полная модель обходится дешевле.", "full"),
    ("Обе стоят одинаково.", "neither"),
]


@pytest.mark.parametrize(("text", "model"), CHEAPER)
def test_the_cheaper_model_said_in_a_sentence(text: str, model: str) -> None:
    check_cheaper(text, model)


# ---- cost: prose in Cyrillic around the count is prose (n k h L scores with a window of k)
COST = [
    (
        "Krok 1: każdy nowy token porównuje się z k kluczami w każdej głowicy i warstwie.\nOdpowiedź: {a} (m nie wchodzi)."
    ),
    ("Každý nový token se porovná s k klíči v každé hlavě a vrstvě.\nOdpověď: {a}"),
    ("Крок 1: кожен новий токен порівнюється з k ключами.\nВідповідь: {a} (m не входить)."),
    (
        "Шаг 1: каждый новый токен сравнивается с k ключами в каждой голове и слое.\nОтвет: {a}, т.е. m не входит."
    ),
]


@pytest.mark.parametrize("text", COST)
def test_cost_answer_among_words_of_the_language(text: str) -> None:
    check_cost(text)


# ---- the tables: every meaning has the four languages; words match as students inflect them
def test_the_shared_answer_tables_have_the_four_languages() -> None:
    check_meanings_have(SLAVIC, ("ANSWER", "ANSWER_LABEL"), cardinals=False)


@pytest.mark.parametrize("module", KIND_MODULES)
def test_every_table_of_a_kind_has_the_four_languages(module: str) -> None:
    check_kind_tables_have(module, SLAVIC)


@pytest.mark.parametrize(
    ("word", "text", "matches"),
    [
        ("четвёртая", "четвертая", True),  # ё is often written е
        ("четвёртая", "четвёртая", True),
        ("растёт", "растет", True),
        ("odpověď", "odpoved", True),  # accents optional
        ("wiązce", "wiazce", True),
        ("okn*", "oknem", True),  # a stem runs on
        ("окн*", "окном", True),
        ("да", "дано", False),  # whole words
    ],
)
def test_lexicon_reads_the_inflected_and_unaccented(word: str, text: str, matches: bool) -> None:
    pattern = re.compile(rf"(?<!\w){lexicon.phrase(word)}(?!\w)", re.I)
    assert bool(pattern.fullmatch(text)) is matches


# ---- window: prose after a part's heading, up to the colon before the working, is not maths
LEAD_INS = [
    "при k = 1 y_1 видит только ML, y_2 только deep:",
    "with k = 1 the model sees only ML:",
    "przy k = 1 model widzi tylko poprzedni token:",
    "pro k = 1 vidí y_2 jen deep:",
    "y_1 бачить лише ML:",
]


@pytest.mark.parametrize("lead", LEAD_INS)
def test_a_lead_in_before_the_window_working_is_prose(lead: str) -> None:
    def text(value: str) -> str:
        return (
            f"Full model: {FULL_WORK}\n"
            f"Window model: {lead} log P(deep|ML) + log P(learning|deep) = -2,2 + (-0,9) = {value}\n"
            "Gap: -1,1 - (-3,1) = 2,0\nCheaper: модель с окном.\n"
        )

    check("window", "deep-learning-window", text("-3,1"), text("-3,3"))
