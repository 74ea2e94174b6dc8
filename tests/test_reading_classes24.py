"""Classes of work the grader misread on blind35 (students schooled in the Arab world), each pinned by
variants written for this test (not copied from the blind set) and a wrong twin of each that must stay caught
at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

- Arabic-Indic digits (٠…٩, and the Persian forms ۰…۹) with the decimal separator ٫ were not read: the
  work was unparsable. They are digits, as full-width ones are; ، and ؛ are the comma and semicolon.
- Words in a script other than Latin that spaces its words (Arabic, Cyrillic, Hebrew) were not prose:
  `الجواب: -1.1` ("the answer") lost the line. They are words, as Latin ones are; Greek stays the maths'.

A metamorphic test pins the first class over every bundled example: writing its numbers in Arabic-Indic
digits changes no verdict, code, line or score.
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
        "cyrillic-words",
        "sam-corpus",
        "Решение: P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nОтвет: P ≈ 0,111\n",
        ("Решение: P = 2/3 · 2/3 · 1/2 = 2/9\nОтвет: P ≈ 0,222\n", 1),
    ),
]

ROOT = Path(__file__).parent.parent
_ARABIC = str.maketrans({str(d): chr(0x0660 + d) for d in range(10)})
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def _arabic_indic(text: str) -> str:
    return _DECIMAL_POINT.sub("٫", text).translate(_ARABIC)


def _examples() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((ROOT / "problems" / "seed").glob("*.toml")):
        question = load_question(path)
        out += [(str(path), example.name, example.submission) for example in question.examples]
    return out


def _outcome(report):  # type: ignore[no-untyped-def]
    return report.verdict, report.score, [(d.code, d.span.line, d.span.column) for d in report.diagnostics]


@pytest.mark.parametrize(("path", "name", "text"), _examples(), ids=lambda v: str(v)[-40:])
def test_arabic_indic_digits_change_nothing(path: str, name: str, text: str) -> None:
    question = load_question(path)
    western = question.grade(text.encode(), "s")
    arabic = question.grade(_arabic_indic(text).encode(), "s")
    assert _outcome(arabic) == _outcome(western)
