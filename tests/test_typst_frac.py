"""Typst's `frac(a, b)` is the fraction a/b, in the derivation kind's grammar and the cost kind's.

blind71 deep-learning-perplexity/002 wrote `$ -1/N sum_(i=1)^N ln Pr(y_i | x, y_(<i)) = -frac(-1.1, 2) = 0.55 $` and
blind-kinds62 cost--cache-memory/002 `$ h dot (frac(d, h) + frac(d, h)) = 2d $`: `frac` was no name either grammar
knew, so the lines were not read (the cost one even read as an unknown symbol and an invalid step). `frac` right
before a bracket, not after a backslash or inside a word, now opens a fraction of two comma-parted expressions. A
metamorphic table: each line, its fractions written with `frac`, is graded as the same line written with `/`.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PAIRS = [
    ("seed/deep-learning-perplexity", "ln Pr(y|x) = -1.1\nPP = exp(-(-1.1)/(2)) = e^0.55 = 1.7333\n"),
    ("seed/deep-learning-perplexity", "ln Pr(y|x) = -1.1\nPP = exp(-(-1.1)/(2)) = e^0.55 = 1.8333\n"),
    ("seed/sam-corpus", "P = (2)/(3) · (2)/(3) · (1)/(2) · (1)/(2) = (1)/(9)\n"),
    ("cost/cache-memory", "per position per layer: h · ((d)/(h) + (d)/(h)) = 2d\ntotal = 2 L d (m + n)\n"),
    ("cost/kv-cache-scores", "Lh(nm + (n(n+1))/(2))\n"),
]


def graded(problem: str, text: str):  # type: ignore[no-untyped-def]
    report = load_question(ROOT / f"problems/{problem}.toml").grade(text.encode(), "work.md")
    return report.verdict, report.score, sorted(d.code for d in report.diagnostics)


def _typst(text: str) -> str:
    """Each (a)/(b) written frac(a, b)."""
    out, i = [], 0
    while (k := text.find(")/(", i)) >= 0:
        opening, depth = k, 0
        while True:  # back to the bracket that opens the numerator
            depth += {")": 1, "(": -1}.get(text[opening], 0)
            if depth == 0:
                break
            opening -= 1
        closing = text.index(")", k + 3)
        out.append(text[i:opening] + f"frac({text[opening + 1 : k]}, {text[k + 3 : closing]})")
        i = closing + 1
    return "".join(out) + text[i:]


@pytest.mark.parametrize(("problem", "slashed"), PAIRS, ids=[f"{p}-{i}" for i, (p, _) in enumerate(PAIRS)])
def test_typst_frac_reads_as_a_fraction(problem: str, slashed: str) -> None:
    typst = _typst(slashed)
    assert "frac(" in typst and ")/(" not in typst
    assert graded(problem, typst) == graded(problem, slashed)


def test_frac_inside_a_word_or_after_a_backslash_is_not_typsts() -> None:
    latex = graded("seed/sam-corpus", "P = \\frac{1}{9} = 0.1111\n")
    assert latex[:2] == ("correct", 1.0), latex
