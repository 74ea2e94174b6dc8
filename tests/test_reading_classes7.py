"""Classes of work the grader misread on blind16 (a Spanish- and Portuguese-speaking course), each pinned
by variants written for this test (not copied from the blind set) and a wrong twin of each that must stay
caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.
"""

from __future__ import annotations

import pytest

from grader.core.precheck import decimal_commas
from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

_DL = "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\n"

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # A step's label in any language ("Paso 1:", "Schritt 2)", "Étape 3 –"), also after a bullet: the
    # line's maths was refused whole ("unexpected 'Paso'"), and "- Step 1:" too.
    (
        "step-label-any-language",
        "deep-learning",
        "Paso 1: ln Pr(deep | x) = -0.7\nPaso 2: ln Pr(learning | x, deep) = -0.4\nPaso 3: -0.7 + (-0.4) = -1.1\n",
        (
            "Paso 1: ln Pr(deep | x) = -0.7\nPaso 2: ln Pr(learning | x, deep) = -0.4\n"
            "Paso 3: -0.7 + (-0.4) = -1.3\n",
            3,
        ),
    ),
    (
        "step-label-any-language",
        "sam-corpus",
        "- Schritt 1) P(I|<s>) = 2/3, P(am|I) = 2/3\n- Schritt 2) P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
        "- Schritt 3) P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n",
        (
            "- Schritt 1) P(I|<s>) = 2/3, P(am|I) = 2/3\n- Schritt 2) P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
            "- Schritt 3) P = 2/3 · 2/3 · 1/2 · 1/2 = 1/6\n",
            3,
        ),
    ),
    # "step3 -0.7+-0.4 = -1.10": the word step and its number with nothing after them (blind20); a
    # whole derivation was unparsable, so correct work scored 0.
    (
        "step-label-bare",
        "deep-learning",
        "step1 ln Pr(deep | x) = -0.7\nstep2 ln Pr(learning | x, deep) = -0.4\nstep3 -0.7+-0.4 = -1.10\n",
        (
            "step1 ln Pr(deep | x) = -0.7\nstep2 ln Pr(learning | x, deep) = -0.4\nstep3 -0.7+-0.4 = -1.20\n",
            3,
        ),
    ),
    # The position a line is about, as its label: "i = 1:", "t=2 :" (was a parse error at the colon).
    (
        "index-label",
        "deep-learning",
        "- i = 1: ln Pr(deep | x) = -0.7\n- i = 2: ln Pr(learning | x, deep) = -0.4\ntotal: -0.7 + (-0.4) = -1.1\n",
        (
            "- i = 1: ln Pr(deep | x) = -0.7\n- i = 2: ln Pr(learning | x, deep) = -0.6\n"
            "total: -0.7 + (-0.6) = -1.3\n",
            2,
        ),
    ),
    # Words of a sentence in a Latin script with accents ("Como são N = 2 tokens, …:") before the maths:
    # the line was passed over as prose, so its maths, here the answer, went unread.
    (
        "latin-script-prose",
        "deep-learning",
        _DL + "Então a soma é: ln Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
        (_DL + "Então a soma é: ln Pr(y|x) = -0.7 + (-0.4) = -1.3\n", 3),
    ),
    (
        "latin-script-prose",
        "deep-learning",
        _DL + "Según la regla de la cadena, ln Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
        (_DL + "Según la regla de la cadena, ln Pr(y|x) = -0.7 + (-0.4) = -1.0\n", 3),
    ),
    # A LaTeX decimal comma `0{,}55` and a short one `2,32` in a file with no other sure decimal comma.
    (
        "decimal-comma-forms",
        "deep-learning-perplexity",
        "\\( \\ln \\Pr(\\text{deep} \\mid x) = -0{,}7 \\), \\( \\ln \\Pr(\\text{learning} \\mid x, \\text{deep}) = -0{,}4 \\)\n"
        "\\( PPL = \\exp(1{,}1 / 2) = \\exp(0{,}55) \\approx 1{,}733 \\)\n",
        (
            "\\( \\ln \\Pr(\\text{deep} \\mid x) = -0{,}7 \\), \\( \\ln \\Pr(\\text{learning} \\mid x, \\text{deep}) = -0{,}4 \\)\n"
            "\\( PPL = \\exp(1{,}1 / 2) = \\exp(0{,}55) \\approx 1{,}933 \\)\n",
            2,
        ),
    ),
    (
        "decimal-comma-forms",
        "cat-nll-bits",
        "-log2 P(the|<s>) = 1, -log2 P(cat|the) = 2, -log2 P(sat|cat) = 2,32, -log2 P(</s>|sat) = 1\n"
        "NLL = 1 + 2 + 2,32 + 1 = 6,32 bits\n",
        (
            "-log2 P(the|<s>) = 1, -log2 P(cat|the) = 2, -log2 P(sat|cat) = 2,32, -log2 P(</s>|sat) = 1\n"
            "NLL = 1 + 2 + 2,32 + 1 = 7,32 bits\n",
            2,
        ),
    ),
]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("x = -0{,}55 \\)", "x = -0.55   \\)"),  # braced: a point, padded so later columns stay
        ("y = 2,32 and 0,25", "y = 2.32 and 0.25"),
        ("y = 2,32", "y = 2.32"),  # one or two decimals: no thousands separator leaves them
        ("b = (2/3,1/2)", "b = (2/3,1/2)"),  # a fraction's slash touches them: a list of two fractions
        ("N = 1,386", "N = 1,386"),  # a group of three, alone in the file: left for the reader to see
    ],
)
def test_decimal_commas_are_read_as_written(line: str, read: str) -> None:
    assert decimal_commas([line]) == [read]


@pytest.mark.parametrize("decimals", ["322", "3219"])
def test_a_comma_between_digits_never_splits_a_statement(decimals: str) -> None:
    """A number with a comma is read whole or not at all: "2 + 2,322 = 4,322" was cut at the commas into
    "2 + 2 = 4" and "322 = 4", an arithmetic error that was not there. Unread, it is a warning and the
    work goes to review; read (four decimals are surely a decimal comma), the step holds."""
    work = (
        f"-log2 P(the|<s>) = 1, -log2 P(cat|the) = 2, -log2 P(sat|cat) = 2,{decimals}, -log2 P(</s>|sat) = 1\n"
        f"NLL = 1 + 2 + 2,{decimals} + 1 = 6,{decimals} bits\n"
    )
    report = grade_text(work, load_problem(ROOT / "problems" / "seed" / "cat-nll-bits.toml"))
    assert not [d for d in report.diagnostics if d.severity == "error"]
    assert report.needs_review or report.score == report.max_score


@pytest.mark.parametrize("value", ["-14.9", "-15.37", "-13.5", "-14.0"])
def test_a_slip_far_beyond_rounding_is_not_premature_rounding(value: str) -> None:
    """Rounding to four figures along the way moves a result by about 0.01 %; a final 2-7 % off is a
    wrong value, not "where rounding along the way led" (it was named so within 10 %)."""
    work = (
        "log2 Pr(y|x) = log2(0.2360 × 0.0923 × 0.1279 × 0.0170) = -14.366\n"
        f"Answer: log2 Pr(y|x) ≈ {value} bits\n"
    )
    report = grade_text(work, load_problem(ROOT / "problems" / "seed" / "transformer-log-likelihood.toml"))
    codes = {d.code for d in report.diagnostics if d.severity == "error"}
    assert "premature-rounding" not in codes
    assert "wrong-value" in codes


def test_rounding_that_explains_the_value_is_still_named() -> None:
    """Probabilities rounded to one figure (0.2, 0.09, 0.1, 0.02) lead to -14.76: that is premature rounding."""
    work = "Pr(y|x) ≈ 0.2 × 0.09 × 0.1 × 0.02 = 3.6e-5\nlog2 Pr(y|x) = log2(3.6e-5) = -14.76\n"
    report = grade_text(work, load_problem(ROOT / "problems" / "seed" / "transformer-log-likelihood.toml"))
    assert "premature-rounding" in {d.code for d in report.diagnostics}
