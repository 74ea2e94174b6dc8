"""Classes of correct work the grader used to mark down, each pinned by several variants written for
this test (not copied from a blind set) and a wrong twin of each that must stay caught (issue 10).

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT
from tests.test_reading_classes2 import CASES as SECOND_CASES
from tests.test_reading_classes3 import CASES as THIRD_CASES
from tests.test_reading_classes4 import CASES as FOURTH_CASES
from tests.test_reading_classes5 import CASES as FIFTH_CASES
from tests.test_reading_classes6 import CASES as SIXTH_CASES
from tests.test_reading_classes7 import CASES as SEVENTH_CASES
from tests.test_reading_classes8 import CASES as EIGHTH_CASES
from tests.test_reading_classes9 import CASES as NINTH_CASES
from tests.test_reading_classes10 import CASES as TENTH_CASES
from tests.test_reading_classes11 import CASES as ELEVENTH_CASES
from tests.test_reading_classes12 import CASES as TWELFTH_CASES
from tests.test_reading_classes13 import CASES as THIRTEENTH_CASES
from tests.test_reading_classes14 import CASES as FOURTEENTH_CASES
from tests.test_reading_classes15 import CASES as FIFTEENTH_CASES
from tests.test_reading_classes16 import CASES as SIXTEENTH_CASES
from tests.test_reading_classes17 import CASES as SEVENTEENTH_CASES
from tests.test_reading_classes18 import CASES as EIGHTEENTH_CASES
from tests.test_reading_classes19 import CASES as NINETEENTH_CASES
from tests.test_reading_classes20 import CASES as TWENTIETH_CASES
from tests.test_reading_classes21 import CASES as TWENTY_FIRST_CASES
from tests.test_reading_classes22 import CASES as TWENTY_SECOND_CASES
from tests.test_reading_classes23 import CASES as TWENTY_THIRD_CASES
from tests.test_reading_classes24 import CASES as TWENTY_FOURTH_CASES
from tests.test_reading_classes25 import CASES as TWENTY_FIFTH_CASES
from tests.test_reading_classes26 import CASES as TWENTY_SIXTH_CASES


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # A word written straight before "=" is the student's name for the value: a new statement, not a
    # "= …" continuing the line above (which made "-0.4 = -0.7 + (-0.4)" a false step).
    (
        "own-name",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\ntotal = -0.7 + (-0.4) = -1.1\n"
        "avg = -1.1 / 2 = -0.55\nPPL = exp(0.55) = 1.733\n",
        (
            "ln Pr(deep | x) = -0.7\nln Pr(learning | x, deep) = -0.4\ntotal = -0.7 + (-0.4) = -1.2\n"
            "avg = -1.2 / 2 = -0.6\nPPL = exp(0.6) = 1.822\n",
            3,
        ),
    ),
    (
        "own-name",
        "deep-learning-perplexity",
        "(a) ln Pr(y_1 | x) = -0.7 and ln Pr(y_2 | x, y_1) = -0.4\n(b) Combined = -1.1\n"
        "(c) halved = -0.55, negated = 0.55\nPerplexity = e^0.55 = 1.7333\n",
        (
            "(a) ln Pr(y_1 | x) = -0.7 and ln Pr(y_2 | x, y_1) = -0.4\n(b) Combined = -1.1\n"
            "(c) halved = -0.55, negated = 0.55\nPerplexity = e^0.55 = 1.9\n",
            4,
        ),
    ),
    (
        "own-name",
        "bigram-english-food",
        "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011\nP(food|english) = 0.5, "
        "P(</s>|food) = 0.68\nproduct = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-5\n",
        (
            "P(i|<s>) = 0.25, P(want|i) = 0.33, P(english|want) = 0.0011\nP(food|english) = 0.5, "
            "P(</s>|food) = 0.68\nproduct = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.5e-5\n",
            3,
        ),
    ),
    # An arrow opening a line ("=> …", "⇒ …") marks a conclusion; the maths after it is read.
    (
        "leading-arrow",
        "deep-learning",
        "ln Pr(y_1 | x) + ln Pr(y_2 | x, y_1) = -0.7 + (-0.4)\n=> log Pr(y | x) = -1.1\n",
        ("ln Pr(y_1 | x) + ln Pr(y_2 | x, y_1) = -0.7 + (-0.4)\n=> log Pr(y | x) = -1.3\n", 2),
    ),
    (
        "leading-arrow",
        "deep-learning-perplexity",
        "mean log-prob: (-0.7 - 0.4)/2 = -0.55\n⇒ PPL = e^{0.55} = 1.733\n",
        ("mean log-prob: (-0.7 - 0.4)/2 = -0.55\n⇒ PPL = e^{0.55} = 1.633\n", 2),
    ),
    # The radical sign √ applies to what follows it, as \sqrt{…} does.
    (
        "root-sign",
        "deep-learning-perplexity",
        "Pr(y | x) = e^{-1.1} = 0.3329\nPPL = 0.3329^(-1/2) = 1/√0.3329 = 1.733\n",
        ("Pr(y | x) = e^{-1.1} = 0.3329\nPPL = 0.3329^(-1/2) = 1/√0.3329 = 1.933\n", 2),
    ),
    (
        "root-sign",
        "deep-learning-perplexity",
        "PPL = √(1 / (e^{-0.7} · e^{-0.4})) = √3.0042 ≈ 1.7333\n",
        ("PPL = √(1 / (e^{-0.7} · e^{-0.4})) = √3.0042 ≈ 1.8333\n", 1),
    ),
    # One unreadable part does not lose a line: the longest run between its = and ≈ signs that reads
    # is graded (the rest is a parse-error warning, for review), so the final value is not taken from
    # an earlier line.
    (
        "partial-line",
        "bigram-english-food",
        "P(i|<s>) = 0.25\nP = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68 ≈ 3.0855e-5 ≈ 0.0031 %\n",
        ("P(i|<s>) = 0.25\nP = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68 ≈ 3.5e-5 ≈ 0.0035 %\n", 2),
    ),
    (
        "partial-line",
        "deep-learning",
        "ln Pr(y_2 | x, y_1) = -0.4\nlog Pr(y|x) = sum over t of log p_t = -0.7 - 0.4 = -1.1\n",
        ("ln Pr(y_2 | x, y_1) = -0.4\nlog Pr(y|x) = sum over t of log p_t = -0.7 - 0.4 = -1.2\n", 2),
    ),
    (
        "partial-line",
        "sam-corpus",
        "P(I|<s>) = 2/3, P(am|I) = 2/3\nP(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
        "P = q₁q₂q₃q₄ ⟹ = 2/3 · 2/3 · 1/2 · 1/2 = 1/9 ≈ 0.111\n",
        (
            "P(I|<s>) = 2/3, P(am|I) = 2/3\nP(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
            "P = q₁q₂q₃q₄ ⟹ = 2/3 · 2/3 · 1/2 · 1/2 = 1/8 ≈ 0.125\n",
            3,
        ),
    ),
    # "= …" under a statement that could not be read continues that statement, whose left side is
    # unknown: it is not joined onto an earlier line (which made "0.25 = 0.25 × 0.33 × …" a false step).
    (
        "unread-head",
        "bigram-english-food",
        "P(i|<s>) = 0.25\nP(<s> i want english food </s>) = Π_k P(w_k | w_{k-1}) over k=1..5\n"
        "= 0.25 * 0.33 * 0.0011 * 0.5 * 0.68\n= 3.0855e-5\n",
        (
            "P(i|<s>) = 0.25\nP(<s> i want english food </s>) = Π_k P(w_k | w_{k-1}) over k=1..5\n"
            "= 0.25 * 0.33 * 0.0011 * 0.5 * 0.68\n= 3.5e-5\n",
            4,
        ),
    ),
    (
        "unread-head",
        "sam-corpus-add-one",
        "\\begin{align*}\nC(\\text{Sam}) &= 2 \\\\\nP_{\\mathrm{add}\\text{-}1}(y) &= \\prod_i \\hat{P}_{+1}(w_i \\mid w_{i-1}) \\\\\n"
        "&= \\frac{3}{14} \\cdot \\frac{3}{14} \\cdot \\frac{2}{13} \\cdot \\frac{2}{13} \\approx 0.001087\n\\end{align*}\n",
        (
            "\\begin{align*}\nC(\\text{Sam}) &= 2 \\\\\nP_{\\mathrm{add}\\text{-}1}(y) &= \\prod_i \\hat{P}_{+1}(w_i \\mid w_{i-1}) \\\\\n"
            "&= \\frac{3}{14} \\cdot \\frac{3}{14} \\cdot \\frac{2}{13} \\cdot \\frac{2}{13} \\approx 0.0013\n\\end{align*}\n",
            4,
        ),
    ),
    # A log quantity stated in the unit its chain names (H in bits when the logs are natural) is the
    # PP = 2^H convention, not a change of base by mistake; a wrong conversion is still caught.
    (
        "other-unit",
        "deep-learning-perplexity",
        "H = 0.55 / ln 2 = 0.7935 bits/token\nPPL = 2^0.7935 = 1.733\n",
        ("H = 0.55 / ln 2 = 0.9 bits/token\nPPL = 2^0.9 = 1.866\n", 1),
    ),
    (
        "other-unit",
        "logprobs-inline-perplexity",
        "mean NLL: (1.2 + 0.3)/2 = 0.75\nH = 0.75 / ln 2 = 1.08202 bits\nPPL = 2^{1.08202} = 2.117\n",
        ("mean NLL: (1.2 + 0.3)/2 = 0.75\nH = 0.75 / ln 2 = 1.2 bits\nPPL = 2^{1.2} = 2.297\n", 2),
    ),
    # A running computation: after a line of numbers worked out to a value, a line that starts with an
    # operator and states its own result carries on from that value, not from the whole line above.
    (
        "running-result",
        "bigram-english-food",
        "P = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68\n0.25 × 0.33 = 0.0825\n× 0.0011 = 0.00009075\n"
        "× 0.5 = 0.000045375\n× 0.68 = 0.000030855\nso P = 3.0855e-5\n",
        (
            "P = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68\n0.25 × 0.33 = 0.0825\n× 0.0011 = 0.00009075\n"
            "× 0.5 = 0.00004075\n× 0.68 = 0.00002771\nso P = 2.771e-5\n",
            4,
        ),
    ),
    (
        "running-result",
        "bigram-english-food",
        "$$P = 0.25 \\cdot 0.33 \\cdot 0.0011 \\cdot 0.5 \\cdot 0.68$$\n* $0.25 \\cdot 0.33 = 0.0825$\n"
        "* $\\cdot\\, 0.0011 = 9.075 \\times 10^{-5}$\n* $\\cdot\\, 0.5 \\cdot 0.68 \\approx 3.086 \\times 10^{-5}$\n",
        (
            "$$P = 0.25 \\cdot 0.33 \\cdot 0.0011 \\cdot 0.5 \\cdot 0.68$$\n* $0.25 \\cdot 0.33 = 0.0825$\n"
            "* $\\cdot\\, 0.0011 = 9.075 \\times 10^{-4}$\n* $\\cdot\\, 0.5 \\cdot 0.68 \\approx 3.086 \\times 10^{-4}$\n",
            3,
        ),
    ),
    # An enumeration label opening a line ("(2) N = 2", "(iii) log …") is a label, not a factor.
    (
        "enumeration-label",
        "deep-learning-perplexity",
        "(1) sum_i ln Pr(y_i | x, y_<i) = -0.7 + (-0.4) = -1.1\n(2) N = 2\n(3) PPL = exp(1.1/2) = 1.7333\n",
        ("(1) sum_i ln Pr(y_i | x, y_<i) = -0.7 + (-0.4) = -1.1\n(2) N = 2\n(3) PPL = exp(1.1/2) = 1.9\n", 3),
    ),
    (
        "enumeration-label",
        "deep-learning",
        "(i) ln Pr(y_1 | x) = -0.7\n(ii) ln Pr(y_2 | x, y_1) = -0.4\n(iii) log Pr(y | x) = -0.7 - 0.4 = -1.1\n",
        (
            "(i) ln Pr(y_1 | x) = -0.7\n(ii) ln Pr(y_2 | x, y_1) = -0.4\n(iii) log Pr(y | x) = -0.7 - 0.4 = -1.2\n",
            3,
        ),
    ),
    # ":=" (and "≔") define a name as "=" does, also two to a line.
    (
        "definition-sign",
        "deep-learning-perplexity",
        "u := ln Pr(y_1|x) = -0.7,  v := ln Pr(y_2|x,y_1) = -0.4\nt := u + v = -1.1\nPPL = e^(-t/2) = 1.7333\n",
        (
            "u := ln Pr(y_1|x) = -0.7,  v := ln Pr(y_2|x,y_1) = -0.4\nt := u + v = -1.1\nPPL = e^(-t/2) = 1.8\n",
            3,
        ),
    ),
    # What a paragraph opened as a check computes ("Sanity check: e^(-1.1) ≈ 0.33 …") is a remark,
    # never the final answer while the work states another result.
    (
        "check-paragraph",
        "deep-learning",
        "-0.7 + (-0.4) = -1.1\n\nSanity check: e^(-1.1) ≈ 0.333, and most of the doubt is in the\n"
        "first token (e^(-0.7) ≈ 0.50).\n",
        (
            "-0.7 + (-0.4) = -1.2\n\nSanity check: e^(-1.2) ≈ 0.301, and most of the doubt is in the\n"
            "first token (e^(-0.7) ≈ 0.50).\n",
            1,
        ),
    ),
    (
        "check-paragraph",
        "bigram-english-food",
        "0.25 × 0.33 × 0.0011 × 0.5 × 0.68 = 3.0855e-5\n**Verification.** ln of it: ln(3.0855e-5) ≈ -10.39\n",
        (
            "0.25 × 0.33 × 0.0011 × 0.5 × 0.68 = 3.0955e-5\n**Verification.** ln of it: ln(3.0955e-5) ≈ -10.38\n",
            1,
        ),
    ),
]


@pytest.mark.parametrize(
    "work",
    [
        "m ≔ (-0.7 - 0.4)/2 = -0.55\nPPL = exp(-m) = 1.7333\n",
        "m ≔ (-0.7 - 0.4)/2 = -0.55\nPPL = exp(m) = 0.577\n",
    ],
)
def test_definition_sign_reads_as_equals(work: str) -> None:
    """Metamorphic: writing := or ≔ for = changes no verdict, code, line or score."""
    problem = _problem("deep-learning-perplexity")
    a, b = grade_text(work, problem), grade_text(work.replace(":=", "=").replace("≔", "="), problem)
    assert (a.verdict, a.score) == (b.verdict, b.score)
    assert [(d.code, d.span.line) for d in a.diagnostics] == [(d.code, d.span.line) for d in b.diagnostics]


# this issue-10 round's classes, the blind9 round's (test_reading_classes2), blind10's (…3), blind11's (…4),
# blind13's (…5)
ALL_CASES = (
    CASES
    + SECOND_CASES
    + THIRD_CASES
    + FOURTH_CASES
    + FIFTH_CASES
    + SIXTH_CASES
    + SEVENTH_CASES
    + EIGHTH_CASES
    + NINTH_CASES
    + TENTH_CASES
    + ELEVENTH_CASES
    + TWELFTH_CASES
    + THIRTEENTH_CASES
    + FOURTEENTH_CASES
    + FIFTEENTH_CASES
    + SIXTEENTH_CASES
    + SEVENTEENTH_CASES
    + EIGHTEENTH_CASES
    + NINETEENTH_CASES
    + TWENTIETH_CASES
    + TWENTY_FIRST_CASES
    + TWENTY_SECOND_CASES
    + TWENTY_THIRD_CASES
    + TWENTY_FOURTH_CASES
    + TWENTY_FIFTH_CASES
    + TWENTY_SIXTH_CASES
)


@pytest.mark.parametrize(
    ("kind", "stem", "work", "twin"), ALL_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ALL_CASES)]
)
def test_correct_variant_gets_full_marks(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    report = grade_text(work, _problem(stem))
    errors = [(d.code, d.span.line, d.message) for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "correct" and report.score == report.max_score, errors


@pytest.mark.parametrize(
    ("kind", "stem", "work", "twin"), ALL_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(ALL_CASES)]
)
def test_wrong_twin_stays_caught(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    text, line = twin
    report = grade_text(text, _problem(stem))
    if report.final_answer is not None and report.final_answer.correct and "step-unconfirmed" in report.codes:
        # a slip that leaves the final answer right and is no known mistake: the line is read and checked,
        # and a person looks at it (tests/test_benefit_of_doubt.py); no marks are taken for it
        flagged = [d.span.line for d in report.diagnostics if d.code == "step-unconfirmed"]
        assert line in flagged and report.needs_review, flagged
        return
    errors = [d for d in report.diagnostics if d.severity == "error"]
    assert report.verdict == "incorrect" and report.score < report.max_score
    if not any(d.span.line == line for d in errors) and "final-unread" in report.codes:
        # a wrong value on a line not read as maths: the final answer is charged there, a person looks
        assert report.final_answer is not None and not report.final_answer.correct
        assert report.final_answer.line == line and report.needs_review
        return
    assert any(d.span.line == line for d in errors), [(d.code, d.span.line) for d in errors]


def test_line_recovery_is_bounded_per_submission(monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking for the readable part of unreadable lines is bounded per submission (RECOVERY_PARSES
    tries): past the budget, more such lines cost nothing more, so grading stays linear in length."""
    from grader.derivation import prose, reading

    calls = [0]
    real = reading.parse_piece

    def counting(piece):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(piece)

    def parses(text: str, budget: int) -> int:
        monkeypatch.setattr(reading, "RECOVERY_PARSES", budget)
        calls[0] = 0
        grade_text(text, _problem("deep-learning"))
        return calls[0]

    monkeypatch.setattr(reading, "parse_piece", counting)
    monkeypatch.setattr(prose, "parse_piece", counting)
    line = "log P(y|x) = ln Pr(y_1|x) @ = -0.7 + -0.4 = -1.1 = -1.10"
    assert parses(line, 120) > parses(line, 0)  # the recovery is tried on such a line
    extra = [parses("\n".join([line] * n), 120) - parses("\n".join([line] * n), 0) for n in (100, 300)]
    assert extra[0] == extra[1]  # spent in full on the first lines; nothing more on the rest
