"""Classes of work the grader misread on blind35 (students schooled in the Arab world), each pinned by
variants written for this test (not copied from the blind set) and a wrong twin of each that must stay caught
at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

- Arabic-Indic digits (٠…٩, and the Persian forms ۰…۹) with the decimal separator ٫ were not read: the
  work was unparsable. They are digits, as full-width ones are; ، and ؛ are the comma and semicolon.
- Words in a script other than Latin that spaces its words (Arabic, Cyrillic, Hebrew, the scripts of India)
  were not prose: `الجواب: -1.1` ("the answer") lost the line. They are words, as Latin ones are. Greek
  letters stay the maths' own (λ, Σ), but three or more in a row are a word (Απάντηση); Thai, like Chinese,
  does not space its words.

- A lone number on the line under a chain that ends in arithmetic still to do (`= -0.7 + (-0.4)`, then
  `उत्तर: -0.28` or `-0.28` alone) was no statement: the chain's own value was taken for the answer and a
  wrong stated value got full marks. It is the value the arithmetic comes to (a row of running totals is
  not: it states several).

The first class holds for the digits of every script (Unicode's decimal digits), and a metamorphic test pins
it over every bundled example: writing its numbers in Arabic-Indic, Devanagari, Bengali or Thai digits
changes no verdict, code, line or score.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from grader.core.question import load_question

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "arabic-indic-digits",
        "deep-learning",
        "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= -٠٫٧ + (-٠٫٤) = -١٫١\n",
        ("log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= (-٠٫٧)(-٠٫٤) = ٠٫٢٨\n", 2),
    ),
    (
        "persian-digits-and-arabic-comma",
        "sam-corpus-add-one",
        "V = ۱۱ ، P(I|<s>) = ۳/۱۴ ، P(am|I) = ۳/۱۴ ، P(Sam|am) = ۲/۱۳ ، P(</s>|Sam) = ۲/۱۳\n"
        "P = ۳/۱۴ × ۳/۱۴ × ۲/۱۳ × ۲/۱۳ ≈ ۰٫۰۰۱۰۸۷\n",
        (
            "V = ۱۱ ، P(I|<s>) = ۳/۱۴ ، P(am|I) = ۳/۱۴ ، P(Sam|am) = ۲/۱۳ ، P(</s>|Sam) = ۲/۱۳\n"
            "P = ۳/۱۴ × ۳/۱۴ × ۲/۱۳ ≈ ۰٫۰۰۷۰۶\n",
            2,
        ),
    ),
    (
        "arabic-words",
        "deep-learning",
        "الحل: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\nنعوض: = -0.7 + (-0.4)\nالجواب: -1.1\n",
        ("الحل: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\nنعوض: = -0.7 + (-0.4)\nالجواب: -1.5\n", 3),
    ),
    (
        "devanagari-digits-and-words",
        "deep-learning",
        "हल: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -०.७ + (-०.४)\nउत्तर: -१.१\n",
        ("हल: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -०.७ + (-०.४)\nउत्तर: -०.२८\n", 2),
    ),
    (
        "greek-words",
        "deep-learning",
        "Λύση: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\nΑπάντηση: -1.1\n",
        ("Λύση: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = (-0.7)(-0.4) = 0.28\nΑπάντηση: 0.28\n", 1),
    ),
    (
        "thai-words",
        "deep-learning",
        "คำตอบ: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n",
        ("คำตอบ: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.3\n", 1),
    ),
    (
        "lone-value-under-arithmetic",
        "deep-learning",
        "हल: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4)\nउत्तर: -1.1\n",
        ("हल: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4)\nउत्तर: -0.28\n", 2),
    ),
    (
        "lone-value-under-arithmetic",
        "sam-corpus",
        "P(<s> I am Sam </s>) = 2/3 × 2/3 × 1/2 × 1/2\n0.1111\n",
        ("P(<s> I am Sam </s>) = 2/3 × 2/3 × 1/2 × 1/2\n0.2222\n", 2),
    ),
    (
        "cyrillic-words",
        "sam-corpus",
        "Решение: P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nОтвет: P ≈ 0,111\n",
        ("Решение: P = 2/3 · 2/3 · 1/2 = 2/9\nОтвет: P ≈ 0,222\n", 1),
    ),
]

ROOT = Path(__file__).parent.parent
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
# the zero of each script's digits, and the decimal separator it is written with
SCRIPTS = {
    "arabic-indic": (0x0660, "٫"),
    "devanagari": (0x0966, "."),
    "bengali": (0x09E6, "."),
    "thai": (0x0E50, "."),
}


def _in_digits_of(text: str, script: str) -> str:
    zero, point = SCRIPTS[script]
    return _DECIMAL_POINT.sub(point, text).translate(
        str.maketrans({str(d): chr(zero + d) for d in range(10)})
    )


def _examples() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((ROOT / "problems" / "seed").glob("*.toml")):
        question = load_question(path)
        out += [(str(path), example.name, example.submission) for example in question.examples]
    return out


def _outcome(report):  # type: ignore[no-untyped-def]
    return report.verdict, report.score, [(d.code, d.span.line, d.span.column) for d in report.diagnostics]


@pytest.mark.parametrize("script", list(SCRIPTS))
@pytest.mark.parametrize(("path", "name", "text"), _examples(), ids=lambda v: str(v)[-40:])
def test_another_scripts_digits_change_nothing(path: str, name: str, text: str, script: str) -> None:
    question = load_question(path)
    western = question.grade(text.encode(), "s")
    assert _outcome(question.grade(_in_digits_of(text, script).encode(), "s")) == _outcome(western)


# an answer label in each language the reader knows (grader.core.meanings.ANSWER_LABEL: a row per language)
LABELS = [
    "Answer",
    "Respuesta",
    "Resposta",
    "Réponse",
    "Antwort",
    "Risposta",
    "Ответ",
    "الجواب",
    "उत्तर",
    "答",
]


@pytest.mark.parametrize("label", LABELS)
def test_the_labelled_line_is_the_answer_in_every_language(label: str) -> None:
    question = load_question(ROOT / "problems" / "seed" / "deep-learning.toml")
    work = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"
    right = question.grade(f"{work}\n{label}: -1.1(nats)\n".encode(), "s")
    assert right.verdict == "correct" and not right.diagnostics, [d.code for d in right.diagnostics]
    assert right.final_answer is not None and right.final_answer.line == 3
    hedged = question.grade(f"{work}\n{label}: -1.3\n{label}: -1.1\n".encode(), "s")
    assert hedged.verdict == "incorrect" and "hedged-answer" in hedged.codes, hedged.codes
