"""A line said to do its step rightly ("line 1 correctly says to add the logs, but line 2 multiplies them",
"la ligne 1 applique correctement la règle") is excused, not blamed, as "line 1 is correct" is. Wrong twins:
"line 1 incorrectly …" still blames line 1, and an answer blaming the right line by mistake stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

CORRECTED = "Corrected: log Pr(y|x) = -0.7 + (-0.4) = -1.1\n"


@pytest.mark.parametrize(
    "said",
    [
        "Line 1 correctly says to add the log-probs, but line 2 multiplies them.",
        "line 1 correctly adds the logs; line 2 multiplies them instead.",
        "La ligne 1 applique correctement la règle, mais la ligne 2 multiplie les logs.",
        "La línea 1 suma correctamente; la línea 2 multiplica los logaritmos.",
    ],
)
def test_a_line_said_to_work_rightly_is_excused(said: str) -> None:
    full, codes = grade("flaw", "multiplied-logs", f"Mistake: {said}\n{CORRECTED}")
    assert full, codes


@pytest.mark.parametrize(
    "said",
    [
        "Line 1 incorrectly adds the log-probs; line 2 is fine.",
        "Line 2 correctly multiplies them, but line 1 drops the conditioning.",
    ],
)
def test_the_line_blamed_instead_is_still_wrong(said: str) -> None:
    full, codes = grade("flaw", "multiplied-logs", f"Mistake: {said}\n{CORRECTED}")
    assert not full, codes
