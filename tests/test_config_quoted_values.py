"""A value quoted in a configuration format (YAML `sequences_scored: "|V|^n"`, TOML `total = "L * h * n * k"`, JSON
`"total": "L*h*n*k",`; blind-kinds67) is read as the value: the quotes made it unparsable (cost 4 / 12 right answers
read). The quotes, a JSON key's quotes and the comma after the value are blanked, column for column; a wrong value
so quoted is still caught. Typst's quoted names ("PP" = …) read as before."""

from __future__ import annotations

import pytest

from grader.maths.dressing import markup_signs
from tests.kinds_languages import grade

SCORES = [
    '# every new token makes k comparisons per head\nper_token_per_head = "k"\ntotal = "{a}"\n',
    'per_token: "k"\ntotal_scores: "{a}"     # n new tokens, L layers, h heads\n',
    '{{\n  "per_token": "k",\n  "total": "{a}",\n  "why": "each new token attends to k keys"\n}}\n',
]


@pytest.mark.parametrize("text", SCORES)
def test_a_quoted_count_is_read(text: str) -> None:
    full, codes = grade("cost", "window-scores", text.format(a="L * h * n * k"))
    assert full, codes


@pytest.mark.parametrize("text", SCORES)
def test_a_wrong_quoted_count_is_caught(text: str) -> None:
    full, codes = grade("cost", "window-scores", text.format(a="L * h * n * n"))
    assert not full, codes


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ('total = "L * h * n * k"', "total =  L * h * n * k "),
        ('  "total": "L*h*n*k",', "   total :  L*h*n*k  "),
        ('"PP" = 1.73', " PP  = 1.73"),
    ],
)
def test_quotes_and_a_json_comma_are_blanked_column_for_column(line: str, read: str) -> None:
    assert markup_signs([line]) == [read]
