"""A result told in a Hebrew sentence is read as an English one is (blind55: six correct files unread or
their check's value taken): the words that state a value ("הוא", "היא", "יוצאת", "שווה"), the words that make it
approximate ("בערך", "כ-"), the words that draw the conclusion ("לכן", "כלומר") and the names of the quantities
("הפרפלקסיטי", "ההסתברות של המשפט"), each with the prefixes Hebrew glues to it ("ולכן", "שיוצא", "ה-NLL"), and
the numbers set between direction marks (U+200E, U+200F). A relative clause stating the value of the maths
before it ("e^0.55 שיוצא בערך 1.73", "which comes to about 1.73") is that maths' relation, so its value is
checked against it. Arabic and Persian, whose rows are the same tables, read the same shapes. Each variant has
a wrong twin (a wrong value told the same way) that stays wrong."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

SEED = ROOT / "problems/seed"
LRM, RLM = "\u200e", "\u200f"


def _grade(problem: str, text: str):
    return load_question(SEED / f"{problem}.toml").grade(text.encode(), "s.txt")


# (problem, right, wrong twin)
CASES = [
    # the whole working in one sentence, the value after a relative clause ("which comes to about")
    (
        "deep-learning-perplexity",
        f"הממוצע של הלוגים הוא {LRM}-0.55{LRM}, ולכן הפרפלקסיטי היא {LRM}exp(0.55){LRM} שיוצאת בערך 1.733",
        f"הממוצע של הלוגים הוא {LRM}-0.55{LRM}, ולכן הפרפלקסיטי היא {LRM}exp(0.55){LRM} שיוצאת בערך 1.833",
    ),
    (
        "deep-learning-perplexity",
        "סכום הלוג-הסתברויות הוא -1.1, ולכן המבוכה היא e^(1.1/2) ששווה בערך 1.73",
        "סכום הלוג-הסתברויות הוא -1.1, ולכן המבוכה היא e^(1.1/2) ששווה בערך 3.00",
    ),
    (
        "transformer-softmax",
        f"לכן ה-NLL הוא {LRM}-ln(0.2359) - ln(0.0923){LRM} שיוצא כ- 3.83",
        f"לכן ה-NLL הוא {LRM}-ln(0.2359) - ln(0.0923){LRM} שיוצא כ- 2.83",
    ),
    # the product named, then the asked quantity named and told after "כלומר"
    (
        "sam-corpus",
        "א. P = 2/3 · 2/3 · 1/2 · 1/2\nב. המכפלה שווה 4/36, כלומר הסתברות הרצף היא כ-0.1111",
        "א. P = 2/3 · 2/3 · 1/2 · 1/2\nב. המכפלה שווה 4/36, כלומר הסתברות הרצף היא כ-0.2222",
    ),
    (
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2\nהמכפלה היא 1/9, ולכן ההסתברות של המשפט היא בערך 0.111",
        "P = 2/3 · 2/3 · 1/2 · 1/2\nהמכפלה היא 1/9, ולכן ההסתברות של המשפט היא בערך 0.125",
    ),
    # the factors listed in brackets inside the sentence, then the value told
    (
        "sam-corpus",
        f"מכפילים את ארבעת הגורמים {LRM}(0.6667, 0.6667, 0.5, 0.5){LRM} ומקבלים שהסתברות הרצף היא בערך 0.1111",
        f"מכפילים את ארבעת הגורמים {LRM}(0.6667, 0.6667, 0.5, 0.5){LRM} ומקבלים שהסתברות הרצף היא בערך 0.1311",
    ),
    (
        "sam-corpus",
        "Multiplying the four factors (0.6667, 0.6667, 0.5, 0.5) we get about 0.1111",
        "Multiplying the four factors (0.6667, 0.6667, 0.5, 0.5) we get about 0.2222",
    ),
    # the last line tells the value, after a line of factors that is not read
    (
        "sam-corpus-add-one",
        f"א. עם V=11 ו-add-one: {RLM}3/14 · 3/14 · 2/13 · 2/13\nב. לכן ההסתברות יוצאת בערך 0.001087",
        f"א. עם V=11 ו-add-one: {RLM}3/14 · 3/14 · 2/13 · 2/13\nב. לכן ההסתברות יוצאת בערך 0.001961",
    ),
    # after a check line, the asked quantity named again with its unit
    (
        "cat-nll-bits",
        "מחברים: 1 + 2 + 2.3219 + 1 = 6.3219\nבדיקה: 2^(-6.3219) ≈ 0.0125 ✓\nלכן ה-NLL הוא בערך 6.32 ביטים",
        "מחברים: 1 + 2 + 2.3219 + 1 = 6.3219\nבדיקה: 2^(-6.3219) ≈ 0.0125 ✓\nלכן ה-NLL הוא בערך 7.32 ביטים",
    ),
    # Arabic and Persian: the same tables, the same shapes
    (
        "deep-learning-perplexity",
        "متوسط اللوغاريتمات -0.55، إذن الحيرة هي exp(0.55) التي تساوي تقريبا 1.733",
        "متوسط اللوغاريتمات -0.55، إذن الحيرة هي exp(0.55) التي تساوي تقريبا 1.933",
    ),
    (
        "deep-learning-perplexity",
        "میانگین لگاریتم‌ها -0.55 است، پس سرگشتگی برابر است با exp(0.55) که تقریباً برابر با 1.733 است",
        "میانگین لگاریتم‌ها -0.55 است، پس سرگشتگی برابر است با exp(0.55) که تقریباً برابر با 1.533 است",
    ),
    (
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2\nإذن احتمال الجملة يساوي تقريبا 0.1111",
        "P = 2/3 · 2/3 · 1/2 · 1/2\nإذن احتمال الجملة يساوي تقريبا 0.1311",
    ),
    # English, the shape the Hebrew follows
    (
        "deep-learning-perplexity",
        "The mean log-prob is -0.55, so the perplexity is e^0.55 which comes to about 1.733",
        "The mean log-prob is -0.55, so the perplexity is e^0.55 which comes to about 1.933",
    ),
]


@pytest.mark.parametrize(("problem", "right", "wrong"), CASES)
def test_a_result_told_in_a_sentence(problem: str, right: str, wrong: str) -> None:
    report = _grade(problem, right)
    assert report.verdict == "correct", (report.codes, report.final_answer)
    assert report.score == report.max_score
    twin = _grade(problem, wrong)
    assert twin.verdict == "incorrect", (twin.codes, twin.final_answer)
    assert twin.score < twin.max_score


@pytest.mark.parametrize(
    "text",
    [
        # a number inside a sentence, no value stated: not a result
        "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nיש 4 גורמים במכפלה",
        # the value named, then a remark that tells another quantity far from it: the value stays the answer
        "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nהגורם הגדול ביותר הוא בערך 0.67",
    ],
)
def test_words_around_a_number_are_not_always_a_result(text: str) -> None:
    report = _grade("sam-corpus", text)
    assert report.verdict == "correct", (report.codes, report.final_answer)
