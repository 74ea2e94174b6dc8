"""Answers typed as a configuration format (blind-kinds67, blind-kinds70): a JSON object or a Python dict per
candidate or part, YAML keys of words joined by underscores, lists of quoted steps. The structure is read as
"key: value" statements column for column; a program's dict literal and a console's printed dict stay code.
"""

from __future__ import annotations

import pytest

from grader.maths.dressing import structured, structured_fields
from tests.conftest import assert_twins, question_of


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            '  "A": {"total": "-0.7 + -0.4 = -1.1", "mean_logp": -0.55},',
            "   A:    total:   -0.7 + -0.4 = -1.1 ;  mean logp:  -0.55 ;",
        ),
        ('{"per_token": "k*L*h", "total": "n*k*L*h"}', "  per token:   k*L*h ;  total:   n*k*L*h  "),
        ("first_wrong_line: 2", "first wrong line: 2"),
        ("response_A:", "response A:"),
        ('  - "= -0.7 + (-0.4)"', "     = -0.7 + (-0.4) "),
        # an underscore that may be a subscript stays; a list in brackets stays as written
        ("log_p_A: -1.1", "log_p_A: -1.1"),
        ('  "decoded": ["I", "am", "</s>"],', '   decoded:  ["I", "am", "</s>"];'),
        # code and its output are not the structure of an answer
        ("step1 = {'the': 0.5, 'a': 0.4}", "step1 = {'the': 0.5, 'a': 0.4}"),
        (">>> {'a cat': 0.36, 'the dog': 0.2}", ">>> {'a cat': 0.36, 'the dog': 0.2}"),
        ("P(y|x) = 0.25 × 0.33", "P(y|x) = 0.25 × 0.33"),
    ],
)
def test_a_configuration_line_is_read_as_statements_column_for_column(line: str, read: str) -> None:
    assert structured_fields(line) == read
    assert len(structured_fields(line)) == len(line)


def test_a_lone_brace_is_blanked_only_in_a_keyed_text() -> None:
    assert structured(["{", '  "A": -1.1', "}"]) == [" ", "   A:  -1.1", " "]
    assert structured(["\\frac{1}{2", "}"]) == ["\\frac{1}{2", "}"]  # LaTeX's brace stays


CASES = [
    (
        "compare--per-token",
        '{{\n  "A": {{"total": "-0.7 + -0.4 = -1.1", "tokens": 2, "mean_logp": -0.55}},\n'
        '  "B": {{"total": "-1.0 + -0.3 + -0.1 = -1.4", "tokens": 3, "mean_logp": -0.467}},\n'
        '  "more_confident_per_token": "{v}"\n}}',
        "B",
        "A",
    ),
    ("cost--exhaustive-search", '{{"count": "{v}", "reason": "exponential in n"}}', "|V|**n", "n*|V|"),
    ("cost--window-scores", '{{"per_token": "k*L*h", "total": "{v}"}}', "n*k*L*h", "n*n*L*h"),
]


@pytest.mark.parametrize(("problem", "text", "right", "wrong"), CASES)
def test_right_structured_answers_get_full_marks_and_wrong_twins_do_not(
    problem: str, text: str, right: str, wrong: str
) -> None:
    assert_twins(question_of(problem), text.format(v=right), text.format(v=wrong), "s.json")
