"""A LaTeX answer's own macros are expanded where they are used (blind75, a class pasting Overleaf source:
`\\newcommand{\\lp}[1]{\\log\\Pr(#1)}`, `\\def\\eos{…}`, `\\DeclareMathOperator{\\PPL}{PPL}`): a derivation written
only in them was read as nothing. Definitions are blanked, uses replaced as TeX would; a macro that uses itself
or grows without end stops at the bounds (student text is hostile input)."""

from __future__ import annotations

import time

import pytest

from grader.core.question import load_question
from grader.maths.macros import MAX_EXTRA, MAX_GROWTH, expand_macros
from tests.conftest import HANG_GUARD_SECONDS, ROOT

DEEP = load_question(ROOT / "problems/seed/deep-learning.toml")  # -1.1

PREAMBLES = {
    "newcommand with an argument": "\\newcommand{\\lp}[1]{\\log\\Pr(#1)}",
    "newcommand without braces": "\\newcommand\\lp[1]{\\log \\Pr(#1)}",
    "def with a parameter": "\\def\\lp#1{\\log\\Pr(#1)}",
    "renewcommand, starred": "\\renewcommand*{\\lp}[1]{\\log\\Pr(#1)}",
    "an optional argument's default": "\\newcommand{\\lp}[2][\\log]{#1\\Pr(#2)}",
}
WORK = (
    "\\documentclass{{article}}\n{preamble}\n\\def\\deep{{\\text{{deep}}}}\n\\def\\learning{{\\text{{learning}}}}\n"
    "\\begin{{document}}\n\\begin{{align*}}\n"
    "\\lp{{y\\mid x}} &= \\underbrace{{\\lp{{\\deep\\mid x}}}}_{{-0.7}}"
    " + \\underbrace{{\\lp{{\\learning\\mid x,\\deep}}}}_{{-0.4}} = {value}\n\\end{{align*}}\n"
    "\\paragraph{{Answer.}} $\\lp{{y\\mid x}} = {value}$\n\\end{{document}}\n"
)


@pytest.mark.parametrize("style", PREAMBLES)
def test_a_derivation_in_the_students_macros_is_read(style: str) -> None:
    report = DEEP.grade(WORK.format(preamble=PREAMBLES[style], value="-1.1").encode(), "m.tex")
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes


@pytest.mark.parametrize("style", PREAMBLES)
def test_a_wrong_value_in_the_students_macros_is_caught(style: str) -> None:
    report = DEEP.grade(WORK.format(preamble=PREAMBLES[style], value="-1.2").encode(), "m.tex")
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes, report.codes


def test_expansion_as_tex_does_it() -> None:
    lines = [
        "\\newcommand{\\p}{\\Pr}\\DeclareMathOperator{\\PPL}{PPL}",
        "\\newcommand{\\cond}[2]{\\p(#1\\mid #2)}",
        "\\cond{y}{x} = 0.3, \\PPL = 1.73, \\cond ab",
    ]
    out = expand_macros(lines)
    assert out[:2] == [" " * len(lines[0]), " " * len(lines[1])]  # definitions state nothing about y
    assert out[2] == "\\Pr(y\\mid x) = 0.3, \\mathrm{PPL} = 1.73, \\Pr(a\\mid b)"


def test_no_macros_leaves_the_lines_alone() -> None:
    lines = ["\\log\\Pr(y\\mid x) = -1.1", "\\def is not used here"]
    assert expand_macros(lines) is lines or expand_macros(lines) == lines


@pytest.mark.parametrize(
    "definition",
    ["\\def\\x{\\x\\x\\x\\x}", "\\newcommand{\\x}{\\x \\x}", "\\newcommand{\\x}[1]{\\x{#1}\\x{#1}}"],
)
def test_a_macro_that_uses_itself_is_bounded(definition: str) -> None:
    line = "\\x{a} " * 50
    started = time.perf_counter()
    (_, out) = expand_macros([definition, line])
    assert len(out) <= MAX_GROWTH * len(line) + MAX_EXTRA
    assert time.perf_counter() - started < HANG_GUARD_SECONDS  # a hang, not a speed goal
