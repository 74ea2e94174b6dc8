"""Classes of work the grader misread on blind31 (handwritten work typed up by a teaching assistant), each
pinned by variants written for this test (not copied from the blind set) and a wrong twin of each that must
stay caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

An answer underlined as Markdown writes it, one underscore each side (`_P ≈ 0.0488_`, `= _6.32 bits_`), was
not read (the underscore read as a subscript), so the answer was lost or an earlier value taken for it,
and a wrong underlined answer got full marks.
"""

from __future__ import annotations

import pytest

from grader.maths.dressing import underlines

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "underlined-answer",
        "deep-learning",
        "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= -0.7 - 0.4\n_log Pr(y|x) = -1.1_\n",
        ("log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= -0.7 - 0.4 = -1.1\n_log Pr(y|x) = -0.55_\n", 3),
    ),
    (
        "underlined-answer",
        "cat-nll-bits",
        "-log2 of each factor: 1, 2, 2.32, 1\nNLL = 1 + 2 + 2.32 + 1 = _6.32 bits_\n",
        ("-log2 of each factor: 1, 2, 2.32, 1\nNLL = 1 + 2 + 2.32 + 1 = _5.32 bits_\n", 2),
    ),
]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("_P ≈ 0.0488_", " P ≈ 0.0488 "),
        ("total = _6.32 bits_.", "total =  6.32 bits ."),
        # subscripts and bold stay as written
        ("P(y_1 | x) = 0.5", "P(y_1 | x) = 0.5"),
        ("C(w_{i-1} w_i)/C(w_{i-1})", "C(w_{i-1} w_i)/C(w_{i-1})"),
        ("x_1 + x_2 = 3", "x_1 + x_2 = 3"),
        ("__0.11__", "__0.11__"),
    ],
)
def test_an_underline_is_blanked_and_a_subscript_is_kept(line: str, read: str) -> None:
    assert underlines([line]) == [read]
