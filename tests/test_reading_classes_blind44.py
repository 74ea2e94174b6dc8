"""Classes of correct work blind44 (Italian and Greek students) found marked down, each pinned by variants
written for this test and a wrong twin that must stay caught on the line of its slip:
- a wide gap before a LaTeX operator (`0.2359   \\cdot 0.0923`, as a braced decimal comma `0{,}2359` leaves
  once read as a point) is inside one statement, not two statements side by side;
- a step's label inside bold or underline (`**Step 3.** NLL = …`, `**Step 3** NLL`, `__Passo 3.__`) is a
  label, its number no factor; a bold mark hugs its words on one side, a power (`e**0.55`, `e ** 0.55`) is
  spaced alike on both;
- `sqrt(…)` in letters, as a calculator or code writes it, is the square root;
- one Greek letter opening a statement in prose (`λ = 3/4 per il bigram, N = 17.`) starts the maths, so
  the statements after it on the line (N = 17, the student's corpus size) are read.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


SOFTMAX_STEPS = (
    "Z_1 = 7.9498, so Pr(the | x) = 1.8757 / 7.9498 = 0.23594\n"
    "Z_2 = 14.0014, so Pr(cat | x, the) = 1.2918 / 14.0014 = 0.092262\n"
)
INTERPOLATION = (
    "C(I)/N = 3/17\n"
    "P(I|<s>) = 3/4 · 2/3 + 1/4 · 3/17 = 0.5441\n"
    "P(am|I) = 3/4 · 2/3 + 1/4 · 2/17 = 0.5294\n"
    "P(Sam|am) = 3/4 · 1/2 + 1/4 · 2/17 = 0.4044\n"
    "P(</s>|Sam) = 3/4 · 1/2 + 1/4 · 3/17 = 0.4191\n"
    "P = 0.5441 · 0.5294 · 0.4044 · 0.4191 = {final}\n"
)

# (class, problem, correct work, (wrong twin, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "latex-operator-after-a-gap",
        "transformer-softmax",
        "$$\\Pr(y\\mid x) = 0{,}2359 \\cdot 0{,}09226 = 0{,}021766$$\n$$\\mathrm{NLL} = -\\ln 0{,}021766 = 3{,}827$$\n",
        (
            "$$\\Pr(y\\mid x) = 0{,}2359 \\cdot 0{,}09226 = 0{,}021966$$\n$$\\mathrm{NLL} = -\\ln 0{,}021966 = 3{,}818$$\n",
            1,
        ),
    ),
    (
        "latex-times-after-a-gap",
        "transformer-softmax",
        "$$P(y|x) = 0.2359   \\times 0.09226 = 0.021766$$\n$$NLL = -\\ln 0.021766 = 3.827$$\n",
        ("$$P(y|x) = 0.2359   \\times 0.09226 = 0.023766$$\n$$NLL = -\\ln 0.023766 = 3.739$$\n", 1),
    ),
    (
        "bold-step-label",
        "transformer-softmax",
        SOFTMAX_STEPS + "**Step 3.** NLL = −ln 0.23594 − ln 0.092262 = 1.4441 + 2.3832 = 3.8273\n",
        (SOFTMAX_STEPS + "**Step 3.** NLL = −ln 0.23594 − ln 0.092262 = 1.4441 + 2.3832 = 3.9273\n", 3),
    ),
    (
        "underlined-step-label-another-language",
        "transformer-softmax",
        SOFTMAX_STEPS + "__Passo 3.__ NLL = −ln 0.23594 − ln 0.092262 = 3.8273\n",
        (SOFTMAX_STEPS + "__Passo 3.__ NLL = −ln 0.23594 − ln 0.092262 = 3.6273\n", 3),
    ),
    (
        "bold-step-label-without-a-stop",
        "transformer-softmax",
        SOFTMAX_STEPS + "**Step 3** NLL = −ln 0.23594 − ln 0.092262 = 3.8273\n",
        (SOFTMAX_STEPS + "**Step 3** NLL = −ln 0.23594 − ln 0.092262 = 3.6273\n", 3),
    ),
    (
        "python-power-beside-bold",
        "deep-learning-perplexity",
        "**Perplexity:** PPL = e**0.55 = e ** 0.55 = 1.7333\n",
        ("**Perplexity:** PPL = e**0.55 = e ** 0.55 = 1.6333\n", 1),
    ),
    (
        "sqrt-in-letters",
        "logprobs-inline-perplexity",
        "Pr(y|x) = e^(-1.2) · e^(-0.3) = 0.2231\nPPL = Pr(y|x)^(-1/2) = 1/sqrt(0.2231) = 1/0.4724 = 2.117\n",
        (
            "Pr(y|x) = e^(-1.2) · e^(-0.3) = 0.2231\nPPL = Pr(y|x)^(-1/2) = 1/sqrt(0.2231) = 1/0.4724 = 2.317\n",
            2,
        ),
    ),
    (
        "greek-letter-opens-the-maths-in-prose",
        "sam-corpus-interpolation",
        "λ = 3/4 per il bigram, 1/4 per l'unigram, N = 17.\n" + INTERPOLATION.format(final="0.04882"),
        ("λ = 3/4 per il bigram, 1/4 per l'unigram, N = 17.\n" + INTERPOLATION.format(final="0.05882"), 7),
    ),
    (
        "greek-letter-in-french-prose",
        "sam-corpus-interpolation",
        "μ = 1/4 pour l'unigramme, N = 17.\n" + INTERPOLATION.format(final="0.04882"),
        ("μ = 1/4 pour l'unigramme, N = 17.\n" + INTERPOLATION.format(final="0.04082"), 7),
    ),
]


@pytest.mark.parametrize(("name", "stem", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_correct_variant_gets_full_marks(name: str, stem: str, right: str, wrong: tuple[str, int]) -> None:
    report = grade_text(right, _problem(stem))
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert (report.verdict, report.score) == ("correct", report.max_score), errors
    assert not [d.span.line for d in report.diagnostics if d.code == "parse-error"]  # every line read


@pytest.mark.parametrize(("name", "stem", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_wrong_twin_is_caught_on_its_line(name: str, stem: str, right: str, wrong: tuple[str, int]) -> None:
    text, line = wrong
    report = grade_text(text, _problem(stem))
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    assert report.score < report.max_score
    assert line in [at for _, at in errors], errors
