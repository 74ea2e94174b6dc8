"""Thousands grouped with a point, as German, Spanish and Portuguese write them (|V| = 50.000, 1.000.000), in a
cost answer's example: one number, fifty thousand, so "50.000^10 ≈ 10^47" is a right approximation. A point
before one group of other digits stays a decimal point, and a mantissa before a power of ten stays one; a wrong
approximation with a grouped number stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

ANSWERS = [
    "Respuesta: |V|^n secuencias. Con |V| = 50.000 y n = 10 ya son 50.000^10 ≈ {approx} secuencias.",
    "Antwort: |V|^n. Mit |V| = 50.000 und n = 10 sind das 50.000^10 ≈ {approx} Sequenzen.",
    "Resposta: |V|^n sequências; com |V| = 50.000 e n = 10, 50.000^10 ≈ {approx}.",
    "Answer: |V|^n. With |V| = 1.000.000 and n = 2: 1.000.000^2 = {square}.",
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_thousands_grouped_with_a_point_are_one_number(answer: str) -> None:
    full, codes = grade("cost", "exhaustive-search", answer.format(approx="10^47", square="10^12"))
    assert full, codes


@pytest.mark.parametrize("answer", ANSWERS)
def test_a_wrong_approximation_with_grouped_thousands_stays_wrong(answer: str) -> None:
    full, codes = grade("cost", "exhaustive-search", answer.format(approx="10^17", square="10^6"))
    assert not full and "invalid-step" in [c for c, _ in codes], codes


def test_a_decimal_point_and_a_mantissa_stay_decimal() -> None:
    for text in (
        "Answer: |V|^n, e.g. 6.000 × 10^35 sequences for some sizes.",
        "Answer: |V|^n; with |V| = 2.5 and n = 2 (a toy case) that is 6.25.",
    ):
        assert grade("cost", "exhaustive-search", text)[0], text
