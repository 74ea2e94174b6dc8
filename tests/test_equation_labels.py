"""The label of an equation names a line; it is never read as a factor or a value (issue 10 §2): a numbered
listing's line numbers, an equation number at the end of a line set apart by a wide gap or a LaTeX space,
`\\tag{…}`, `\\label{…}`, `\\nonumber`. Each labelled derivation is graded as the same derivation without
labels, its wrong twin stays caught, and a number in brackets that is part of the maths stays a factor.
The texts are written for this test.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from grader.maths.dressing import unlabel
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


STEPS = {
    "deep-learning": (
        ["log P(y|x) = log P(deep|x) + log P(learning|x, deep)", "= -0.7 + (-0.4)", "= -1.1"],
        "= -1.3",
    ),
    "sam-corpus": (
        ["P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)", "= 2/3 * 2/3 * 1/2 * 1/2", "= 1/9"],
        "= 1/6",
    ),
    "deep-learning-perplexity": (
        ["PP = exp(-(log P(deep|x) + log P(learning|x, deep))/2)", "= exp(0.55)", "= 1.733"],
        "= 1.822",
    ),
}

# how a class labels the i-th line (1-based) of its working
LABELS = {
    "listing": lambda i, line: f"{i}   {line}",
    "listing-dot": lambda i, line: f"{i}. {line}",
    "listing-brackets": lambda i, line: f"({i}) {line}",
    "trailing-gap": lambda i, line: f"{line}      ({i})",
    "trailing-eq": lambda i, line: f"{line}    (eq. {i})",
    "trailing-quad": lambda i, line: f"{line} \\qquad ({i})",
    "tag": lambda i, line: f"{line} \\tag{{{i}}}",
    "label": lambda i, line: f"{line} \\label{{eq:{i}}}",
    "nonumber": lambda i, line: f"{line} \\nonumber" if i < 3 else line,
}


def _labelled(style: str, lines: list[str]) -> str:
    return "\n".join(LABELS[style](i, line) for i, line in enumerate(lines, 1)) + "\n"


CASES = [(style, stem) for style in LABELS for stem in STEPS]


@pytest.mark.parametrize(("style", "stem"), CASES)
def test_a_labelled_derivation_is_graded_as_the_same_work_unlabelled(style: str, stem: str) -> None:
    lines, _ = STEPS[stem]
    plain = grade_text("\n".join(lines) + "\n", _problem(stem))
    labelled = grade_text(_labelled(style, lines), _problem(stem))
    assert plain.verdict == "correct" and not plain.needs_review
    assert (labelled.verdict, labelled.score, labelled.codes) == ("correct", labelled.max_score, [])
    assert [(s.line, s.kind, s.status) for s in labelled.steps] == [
        (s.line, s.kind, s.status) for s in plain.steps
    ]


@pytest.mark.parametrize(("style", "stem"), CASES)
def test_a_labelled_wrong_derivation_stays_caught(style: str, stem: str) -> None:
    lines, wrong_last = STEPS[stem]
    report = grade_text(_labelled(style, [*lines[:-1], wrong_last]), _problem(stem))
    assert report.verdict == "incorrect" and report.score < report.max_score
    assert any(d.severity == "error" and d.span.line == 3 for d in report.diagnostics), report.codes


@pytest.mark.parametrize(
    "text",
    [
        "log P(y|x) = -0.55 (2) = -1.1",  # a bracketed number hugging the maths is a factor
        "log P(y|x) = 2 (-0.55) = -1.1",
        "log P(y|x) = (-0.55)(2) = -1.1",
    ],
)
def test_a_bracketed_number_in_the_maths_stays_a_factor(text: str) -> None:
    assert unlabel([text]) == [text]
    report = grade_text(text + "\n", _problem("deep-learning"))
    assert report.verdict == "correct", report.codes


def test_unlabelling_keeps_every_column() -> None:
    lines = [LABELS[style](2, "= -0.7 + (-0.4)") for style in LABELS]
    assert [len(line) for line in unlabel(lines)] == [len(line) for line in lines]
