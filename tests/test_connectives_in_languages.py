"""Two statements on one line joined by a word that draws a consequence, in any language with rows
(meanings.SO: "so", "donc", "daher", "なので", "따라서", "jadi" …), are two statements, as in
English; a word of a script without spaces needs no space after it ("なので平均：…"). An enumeration label
"(2)" before words of any script is a label. Wrong twins divide by the wrong N, charged where N is stated."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

PROBLEM = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")
LINE = "N = {n} {so} -1.1 / {n} = {mean}"


def _text(line: str) -> str:
    return f"log P(y|x) = -0.7 + (-0.4) = -1.1\n{line}\nPPL = e^{{0.55}} = 1.733\n"


@pytest.mark.parametrize(
    "so",
    [
        "so",
        "donc",
        "daher",
        "quindi",
        "entonces",
        "więc",
        "поэтому",
        "dus",
        "yani",
        "jadi",
        "vậy",
        "なので",
        "따라서",
        "所以",
    ],
)
def test_statements_joined_by_a_consequence(so: str) -> None:
    report = grade_text(_text(LINE.format(n=2, so=so, mean="-0.55")), PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize(
    "line",
    [
        "(2) トークン数 N = 2 なので平均：−1.1 / 2 = −0.55",
        "(2) 토큰 수 N = 2 따라서 평균: -1.1 / 2 = -0.55",
        "(2) число токенов N = 2, поэтому -1.1 / 2 = -0.55",
    ],
)
def test_a_label_before_words_of_any_script(line: str) -> None:
    report = grade_text(_text(line), PROBLEM)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize("so", ["donc", "なので", "따라서"])
def test_the_wrong_n_is_charged_where_it_is_stated(so: str) -> None:
    text = f"log P(y|x) = -0.7 + (-0.4) = -1.1\nN = 3 {so} -1.1 / 3 = -0.367\nPPL = e^{{0.367}} = 1.443\n"
    report = grade_text(text, PROBLEM)
    assert report.verdict == "incorrect"
    assert ("perplexity-normalization", 2) in [(d.code, d.span.line) for d in report.diagnostics]
