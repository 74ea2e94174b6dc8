"""Reading classes of the new question kinds (cost, compare, flaw, window): the way people typeset an
answer (LaTeX, Markdown) never costs marks on right work, and the same layout with a wrong result is
still caught. Each row is a variant written for this test with its wrong twin."""

from __future__ import annotations

from functools import cache

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT


@cache
def question(kind: str, name: str) -> object:
    return load_question(ROOT / "problems" / kind / f"{name}.toml")


def grade(kind: str, name: str, text: str) -> object:
    return question(kind, name).grade(text.encode(), "answer.txt")  # type: ignore[attr-defined]


def errors(report: object) -> list[str]:
    return [d.code for d in report.diagnostics if d.severity == "error"]  # type: ignore[attr-defined]


# (class, problem, right answer, its wrong twin): the twin keeps the layout and changes the result
COST = [
    (
        "LaTeX typesetting: \\text, \\underbrace notes, spacing before a continued `=`",
        "cache-memory",
        "\\[ \\text{cache size} \\;=\\; \\underbrace{2d}_{\\text{K, V}} \\cdot"
        " \\underbrace{L}_{\\text{layers}} \\cdot (n+m) \\]",
        "\\[ \\text{cache size} \\;=\\; \\underbrace{d}_{\\text{K only}} \\cdot"
        " \\underbrace{L}_{\\text{layers}} \\cdot (n+m) \\]",
    ),
    (
        "a chain continued on the next line after LaTeX spacing",
        "cache-memory",
        "$$ \\text{entries} = (m+n) \\times 2d \\times L $$\n$$ \\;=\\; 2dL(m+n) $$",
        "$$ \\text{entries} = (m+n) \\times 2d \\times L $$\n$$ \\;=\\; 2dLn $$",
    ),
    (
        "\\boxed, \\bigl/\\Big sizing and \\mathcal{O}",
        "cached-flops",
        "So the cost is $\\boxed{\\mathcal{O}\\Big(L\\,d\\,n\\,\\big(n + d\\big)\\Big)}$",
        "So the cost is $\\boxed{\\mathcal{O}\\Big(L\\,d\\,n\\,\\big(1 + d\\big)\\Big)}$",
    ),
    (
        "a letter run glued to a number that spells a word (2id is 2·i·d)",
        "cached-flops",
        "per step: $L(12d^2 + 2id)$\nTotal: $\\sum_{i=1}^{n} L(12d^2 + 2id) = 12Lnd^2 + Ldn(n+1)$",
        "per step: $L(12d^2 + 2d)$\nTotal: $\\sum_{i=1}^{n} L(12d^2 + 2d) = 12Lnd^2 + 2Ldn$",
    ),
    (
        "a Markdown table's cells and bold labels, the result in the last row",
        "kv-cache-scores",
        "| step | scores |\n|---|---|\n| 1 | $(m+1)hL$ |\n| **all** | $hL(nm + n(n+1)/2)$ |",
        "| step | scores |\n|---|---|\n| 1 | $(m+1)hL$ |\n| **all** | $hL(nm + n(n-1)/2)$ |",
    ),
    (
        "an Answer: line followed by an aside with other maths",
        "cached-flops",
        "\\textbf{Answer:} $O(n^2 L d + n L d^2)$, and for $n \\gg d$ the $n^2Ld$ part wins.",
        "\\textbf{Answer:} $O(n^2 L d)$, and for $n \\gg d$ the $n^2Ld$ part wins.",
    ),
    (
        "a chain whose first link cannot be read: the readable links after an `=` still count",
        "exhaustive-search",
        "$|V^n| = |V|\\cdot|V|\\cdots|V| = |V|^{n}$",
        "$|V^n| = |V|\\cdot|V|\\cdots|V| = n|V|$",
    ),
    (
        "sizes given numbers for an example (n = 12) after the answer",
        "exhaustive-search",
        "Answer: |V|^n\nFor instance $|V| = 1000$, $n = 12$: far too many.",
        "Answer: n|V|\nFor instance $|V| = 1000$, $n = 12$: far too many.",
    ),
    (
        "maths ended by a comma inside a sentence (`$…$, i.e. $…$`)",
        "recompute-growth",
        "the total is $O(L h n^3)$, i.e. cubic in $n$",
        "the total is $O(L h n^2)$, i.e. quadratic in $n$",
    ),
]


@pytest.mark.parametrize(("what", "name", "right", "wrong"), COST, ids=[row[0] for row in COST])
def test_cost_layout_never_costs_marks_and_wrong_results_are_still_caught(
    what: str, name: str, right: str, wrong: str
) -> None:
    good = grade("cost", name, right)
    assert good.verdict == "correct" and not errors(good), (what, good.diagnostics)
    bad = grade("cost", name, wrong)
    assert bad.verdict != "correct" and bad.score < good.score, (what, bad.diagnostics)


# (class, problem, right analysis, its wrong twin)
FLAW = [
    (
        "a correction marker inside LaTeX markup; the flawed value quoted before it is not graded",
        "dropped-conditioning",
        "\\subsection*{Where} The first wrong line is line 1: it forgot to condition on y_1, which is"
        " why line 2 uses $\\log\\Pr(\\text{learning}\\mid x)=-2.3$.\n"
        "\\subsection*{Corrected computation}\n"
        "$\\log\\Pr(y\\mid x) = -0.7 + (-0.4) = -1.1$",
        "\\subsection*{Where} The first wrong line is line 1: it forgot to condition on y_1, which is"
        " why line 2 uses $\\log\\Pr(\\text{learning}\\mid x)=-2.3$.\n"
        "\\subsection*{Corrected computation}\n"
        "$\\log\\Pr(y\\mid x) = -0.7 + (-2.3) = -3.0$",
    ),
    (
        "a line named with LaTeX's unbreakable space (Step~2)",
        "multiplied-logs",
        "Step~2 is the first wrong one: it multiplied the logs.\n\\textbf{Fix:} log Pr(y|x) = -0.7 + (-0.4) = -1.1",
        "Step~1 is the first wrong one: it multiplied the logs.\n\\textbf{Fix:} log Pr(y|x) = -0.7 + (-0.4) = -1.1",
    ),
    (
        "the blamed line's number repeated beside the corrected result is not a second answer",
        "multiplied-logs",
        "The logs were multiplied.\nCorrected: log Pr(y|x) = -0.7 + (-0.4) = -1.1\n\n"
        "**Answer: the flaw is in line 2; log Pr(y|x) = -1.1.**",
        "The logs were multiplied.\nCorrected: log Pr(y|x) = -0.7 + (-0.4) = -1.1\n\n"
        "**Answer: the flaw is in line 3; log Pr(y|x) = -1.1.**",
    ),
    (
        "no correction marker: the mistake is named in the same text as the working",
        "multiplied-logs",
        "Line 2 multiplied the logs, but they should be added.\n\nWorking it out again:\n\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1",
        "Line 2 added the probabilities, but they should be multiplied.\n\nWorking it out again:\n\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1",
    ),
]


@pytest.mark.parametrize(("what", "name", "right", "wrong"), FLAW, ids=[row[0] for row in FLAW])
def test_flaw_layout_never_costs_marks_and_wrong_analyses_are_still_caught(
    what: str, name: str, right: str, wrong: str
) -> None:
    good = grade("flaw", name, right)
    assert good.verdict == "correct" and not errors(good), (what, good.diagnostics)
    assert good.score == good.max_score
    bad = grade("flaw", name, wrong)
    assert bad.verdict != "correct" and bad.score < good.score, (what, bad.diagnostics)


@pytest.mark.parametrize(
    ("correction", "full"), [("-0.7 + (-0.4) = -1.1", True), ("-0.7 + (-0.4) = -0.3", False)]
)
def test_an_unrecognised_description_is_a_review_never_a_deduction(correction: str, full: bool) -> None:
    """A mistake described in words the grader has no phrase for: warning and review; the score
    follows the correction alone (full with a right one, not with a wrong one)."""
    text = f"Line 2 is where it breaks: that operation does not belong there.\nCorrection: {correction}"
    report = grade("flaw", "multiplied-logs", text)
    assert "flaw-unrecognised" in [d.code for d in report.diagnostics if d.severity == "warning"]
    assert report.needs_review
    assert (report.score == report.max_score) is full
    assert (report.verdict == "correct") is full


def _window_answer(window_line: str, gap: str) -> str:
    return (
        "**Full model:** $\\log P(y\\mid x) = -0.7 + (-0.4) = -1.1$\n\n"
        "**Window model** (k = 1):\n"
        f"{window_line}\n\n"
        f"**Gap:** $-1.1 - ({gap}) = {round(-1.1 - float(gap), 1)}$\n\n"
        "**Cheaper:** the window model, each prediction reads one token.\n"
    )


# (class, right window part, its wrong twin): one `$…$` span broken over two lines
WINDOW = [
    (
        "a maths span opened on one line and closed on the next",
        "$\\log P(y\\mid x) = \\log P(deep\\mid ML) + \\log P(learning\\mid deep)\n= -2.2 + (-0.9) = -3.1$",
        "$\\log P(y\\mid x) = \\log P(deep\\mid ML) + \\log P(learning\\mid deep)\n= -1.4 + (-0.5) = -1.9$",
    ),
    (
        "a display span ($$) over three lines with text before it",
        "With the last token only: $$\\log P(y\\mid x)\n= -2.2 + (-0.9)\n= -3.1$$",
        "With the last token only: $$\\log P(y\\mid x)\n= -2.2 + (-0.4)\n= -2.6$$",
    ),
]


@pytest.mark.parametrize(("what", "right", "wrong"), WINDOW, ids=[row[0] for row in WINDOW])
def test_window_maths_over_line_breaks_is_read_and_wrong_values_are_still_caught(
    what: str, right: str, wrong: str
) -> None:
    good = grade(
        "window", "deep-learning-window", _window_answer(right, right.rsplit("= ", 1)[1].rstrip("$"))
    )
    assert good.verdict == "correct" and not errors(good), (what, good.diagnostics)
    bad = grade("window", "deep-learning-window", _window_answer(wrong, wrong.rsplit("= ", 1)[1].rstrip("$")))
    assert bad.verdict != "correct" and bad.parts["window"] < 1.0, (what, bad.diagnostics)


def _labelled(a: str, b: str, end: str) -> str:
    return (
        f"\\[ \\log P(A \\mid x) = -0.7 + (-0.4) = {a} \\]\n\n"
        f"\\[ \\log P(B \\mid x) = -1.6 + (-0.2) = {b} \\]\n\n"
        f"{end}\n"
    )


# (class, problem, right answer, its wrong twin)
COMPARE = [
    (
        "candidates named inside P(· \\mid x), as LaTeX writes the bar",
        "deep-vs-reinforcement",
        _labelled("-1.1", "-1.8", "Since $-1.1 > -1.8$, A is more likely."),
        _labelled("-1.1", "-1.8", "Since $-1.1 > -1.8$, B is more likely."),
    ),
    (
        "a slip in one candidate labelled with \\mid is charged to that candidate",
        "deep-vs-reinforcement",
        _labelled("-1.1", "-1.8", "A is more likely."),
        _labelled("-1.1", "-2.8", "A is more likely."),
    ),
    (
        "a ratio stated after ≈ then restated rounded in prose",
        "deep-vs-reinforcement-ratio",
        _labelled(
            "-1.1",
            "-1.8",
            "Ratio: $P(A)/P(B) = e^{0.7} \\approx 2.0$\n\nSo A is about 2 times as likely as B.",
        ),
        _labelled(
            "-1.1",
            "-1.8",
            "Ratio: $P(A)/P(B) = e^{0.7} \\approx 2.0$\n\nSo A is about 3 times as likely as B.",
        ),
    ),
    (
        "a ratio judged at the precision written (2.0 for 2.014; 1.9 is not)",
        "deep-vs-reinforcement-ratio",
        _labelled("-1.1", "-1.8", "Ratio: $P(A)/P(B) = e^{0.7} \\approx 2.0$"),
        _labelled("-1.1", "-1.8", "Ratio: $P(A)/P(B) = e^{0.7} \\approx 1.9$"),
    ),
]


@pytest.mark.parametrize(("what", "name", "right", "wrong"), COMPARE, ids=[row[0] for row in COMPARE])
def test_compare_layout_never_costs_marks_and_wrong_work_is_still_caught(
    what: str, name: str, right: str, wrong: str
) -> None:
    good = grade("compare", name, right)
    assert good.verdict == "correct" and not errors(good), (what, good.diagnostics)
    assert "candidates-unclear" not in [d.code for d in good.diagnostics]
    bad = grade("compare", name, wrong)
    assert bad.verdict != "correct" and bad.score < good.score, (what, bad.diagnostics)


def test_one_digit_in_prose_is_not_judged_loosely() -> None:
    """'about 2' alone (one significant digit) is judged at the problem's tolerance, never as 2 ± 0.5."""
    text = _labelled("-1.1", "-1.8", "So A is about 2 times as likely as B.")
    assert grade("compare", "deep-vs-reinforcement-ratio", text).verdict != "correct"
