"""Classes of work the grader misread on blind34 (students schooled in China, Taiwan and Hong Kong, typing on
Chinese input methods), each pinned by variants written for this test (not copied from the blind set) and a
wrong twin of each that must stay caught at the line of its slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.

- HTML's inline formatting, which Markdown lets through (`<u>−1.1</u>`, `<b>`, `<br/>`), was not read: the
  underlined answer was a parse error. It is dressing, blanked in place; `<s>` and `</s>` stay tokens.
- A bracket of words in a script without spaces, glued to the maths as an input method writes it
  (`= −0.2748（对应概率 e^−0.2748 ≈ 0.760）`, "the corresponding probability"), was read as the answer: it is
  an aside, as one opened by "so" or "i.e." is. ∴ and ∵ before the maths are words ("therefore").
- A label of such words before its colon and `=` (`代入：= −0.7 + (−0.4)`, "substituting") was read as `:=`.
- Such words naming the value before `=` (`平均负对数似然 = (1.2 + 0.3)/2`, "the average negative
  log-likelihood") were dropped and the `= …` read as a step on from the line above: a name before `=` starts
  a statement of its own, as `Sum = …` does; one character is a name too (`∴ 和＝−13.8658`, "the sum").
- Such words are not spaced, so where they stop is where the maths may start (`答：困惑度≈2.117`, "answer:
  perplexity ≈"); an enumeration's circled number (`② P(am|I)＝…`) is a label, as `(2)` is.
- ≐ (and Japan's ≒), written for "about", was not read: the line with the answer was lost, and a wrong value
  on it went unseen (a perturbation of a correct file kept full marks). It is ≈.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem

SEED = Path(__file__).parent.parent / "problems" / "seed"

_CHAIN = "log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep)\n"
_CAPITAL = "ln Pr(y|x) = −0.0353 − 0.0099 − 0.0011 − 0.0013 − 0.0021 − 0.0020 − 0.2231 = −0.2748\n"
_INLINE = "ln Pr(deep|x) = −1.2，ln Pr(blue|x, deep) = −0.3\n\n"

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "html-underline",
        "deep-learning",
        _CHAIN + "= −0.7 + (−0.4)\n\n**答**：log Pr(y|x) = <u>−1.1</u>\n",
        (_CHAIN + "= −0.7 + (−0.4)\n\n**答**：log Pr(y|x) = <u>−1.3</u>\n", 4),
    ),
    (
        "html-bold",
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2 = <b>1/9</b> ≈ <strong>0.1111</strong><br/>\n",
        ("P = 2/3 · 2/3 · 1/2 · 1/2 = <b>1/6</b> ≈ <strong>0.1667</strong><br/>\n", 1),
    ),
    (
        "glued-aside-in-words",
        "logprobs-capital",
        _CAPITAL + "∴ ln Pr(y|x) = −0.2748（对应概率 e^−0.2748 ≈ 0.760）\n",
        (
            _CAPITAL.replace("= −0.2748", "= −0.2948")
            + "∴ ln Pr(y|x) = −0.2948（对应概率 e^−0.2948 ≈ 0.745）\n",
            1,
        ),
    ),
    (
        "therefore-sign",
        "deep-learning",
        _CHAIN + "= −0.7 + (−0.4)\n∴ log Pr(y|x) = −1.1 (so Pr ≈ 0.333)\n",
        (_CHAIN + "= −0.7 + (−0.4)\n∴ log Pr(y|x) = −0.28 (so Pr ≈ 0.756)\n", 3),
    ),
    (
        "label-colon-before-equals",
        "deep-learning",
        _CHAIN + "3. 代入：= −0.7 + (−0.4) = −1.1\n",
        (_CHAIN + "3. 代入：= (−0.7)(−0.4) = 0.28\n", 2),
    ),
    (
        "words-naming-the-value",
        "logprobs-inline-perplexity",
        _INLINE + "平均负对数似然 = (1.2 + 0.3)/2 = 0.75\n\nPPL = exp(0.75) ≈ 2.12\n",
        (_INLINE + "平均负对数似然 = (1.2 + 0.3) = 1.5\n\nPPL = exp(1.5) ≈ 4.48\n", 5),
    ),
]


_LOG2 = (
    "log2 Pr(y|x)＝log2 Pr(the|x)＋log2 Pr(cat|x,the)＋log2 Pr(sat|x,the,cat)＋log2 Pr(</s>|x,the,cat,sat)\n"
    "log2 0.2360＝－2.0831\nlog2 0.0923＝－3.4375\nlog2 0.1279＝－2.9669\nlog2 0.0170＝－{last}\n"
)
CASES += [
    (
        "one-character-name",
        "transformer-log-likelihood",
        _LOG2.format(last="5.8786") + "∴ 和＝－14.3661\n答：≈－14.366 bits\n",
        (_LOG2.format(last="5.3783") + "∴ 和＝－13.8658\n答：≈－13.866 bits\n", 7),
    ),
    (
        "circled-labels",
        "sam-corpus-interpolation",
        "解：① P(I|<s>)＝0.75×(2/3)＋0.25×(3/17)＝0.5441\n② P(am|I)＝0.75×(2/3)＋0.25×(2/17)＝0.5294\n"
        "③ P(Sam|am)＝0.75×(1/2)＋0.25×(2/17)＝0.4044\n④ P(</s>|Sam)＝0.75×(1/2)＋0.25×(3/17)＝0.4191\n"
        "P＝0.5441×0.5294×0.4044×0.4191＝0.0488\n",
        (
            "解：① P(I|<s>)＝0.75×(2/3)＋0.25×(3/17)＝0.5441\n② P(am|I)＝0.75×(2/3)＋0.25×(2/17)＝0.5294\n"
            "③ P(Sam|am)＝0.75×(1/2)＋0.25×(2/17)＝0.4044\n④ P(</s>|Sam)＝0.25×(1/2)＋0.75×(3/17)＝0.2574\n"
            "P＝0.5441×0.5294×0.4044×0.2574＝0.0300\n",
            4,
        ),
    ),
    (
        "approaches-sign-for-about",
        "deep-learning-perplexity",
        "PPL ＝ exp(1.1／2) ＝ e^0.55 ≐ 1.7333\n",
        ("PPL ＝ exp(1.1／2) ＝ e^0.55 ≐ 1.8546\n", 1),
    ),
    (
        "approaches-sign-for-about",
        "deep-learning",
        "log Pr(y|x) = −0.7 + (−0.4) ≒ −1.1\n",
        ("log Pr(y|x) = −0.7 + (−0.4) ≒ −1.2\n", 1),
    ),
    (
        "words-end-where-maths-starts",
        "logprobs-inline-perplexity",
        "Σ ln Pr＝(－1.2)＋(－0.3)＝－1.5\n平均＝1.5／2＝0.75\n答：困惑度≈e^0.75≈2.117\n",
        ("Σ ln Pr＝(－1.2)＋(－0.3)＝－1.5\n平均＝1.5／2＝0.75\n答：困惑度≈e^0.75≈2.5\n", 3),
    ),
]


@pytest.mark.parametrize(("kind", "stem", "work", "twin"), CASES, ids=[c[0] for c in CASES])
def test_read_without_a_warning(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    report = grade_text(work, load_problem(SEED / f"{stem}.toml"))
    assert not report.diagnostics and not report.needs_review, [
        (d.code, d.span.line) for d in report.diagnostics
    ]
