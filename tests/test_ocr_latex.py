"""What an OCR tool (Mathpix and its kind) makes of handwriting: spaces between a LaTeX control word and its
argument (`\\text { bits }`, `\\operatorname {Pr}`, `\\frac {2}{3}`), which TeX ignores; a token set as
`\\operatorname{Sam}` inside a probability; a history set as one text, `\\text { the, cat }`; and words
set as text in the middle of a probability, the maths closed around them and reopened after (`\\( \\operatorname{Pr}( \\) deep \\( \\mid x)=0.4966 \\)`). Each is read
as the maths it is, column for column; wrong twins stay wrong."""

from __future__ import annotations

import pytest

from grader.core.precheck import normalise
from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from grader.maths.segment import _INLINE, joined_across_words
from tests.conftest import ROOT

SAM = load_problem(ROOT / "problems/seed/sam-corpus.toml")
BITS = load_problem(ROOT / "problems/seed/cat-nll-bits.toml")
DEEP = load_problem(ROOT / "problems/seed/deep-learning-perplexity.toml")
CAT = load_problem(ROOT / "problems/seed/transformer-log-likelihood.toml")
CHAIN = (
    "\\[\n\\begin{aligned}\n= & \\log _{2} \\operatorname{Pr}(\\text { the } \\mid<s>)+\\log _{2} "
    "\\operatorname{Pr}(\\text { cat } \\mid<s>, \\text { the })+\\log _{2} \\operatorname{Pr}(\\text { sat } "
    "\\mid<s>, \\text { the, cat }) \\\\\n& +\\log _{2} \\operatorname{Pr}(</s> \\mid<s>, \\text { the, cat, sat })\n"
    "\\end{aligned}\n\\]\n"
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("\\[\n-\\log_2 P = 1+2+2.3219+1 =6.3219 \\text { bits }\n\\]\n", BITS),
        ("\\( \\mathrm{NLL}=\\log _{2} 80=6.3219 \\text { bits } \\)\n", BITS),
        ("\\( \\operatorname {Pr}(\\mathrm{I} \\mid <s>)=\\frac {2} {3} \\)\n\\( P=\\frac {2}{3} \\cdot \\frac{2}{3} "
         "\\cdot \\frac{1}{2} \\cdot \\frac{1}{2}=\\frac{1}{9} \\approx 0.1111 \\)\n", SAM),
        ("\\( \\mathrm{P}(\\operatorname{Sam} \\mid \\mathrm{am})=\\frac{1}{2} \\), "
         "\\( \\mathrm{P}(</s> \\mid \\operatorname{Sam})=\\frac{1}{2} \\)\n"
         "\\( P=\\frac{2}{3} \\cdot \\frac{2}{3} \\cdot \\frac{1}{2} \\cdot \\frac{1}{2}=\\frac{1}{9} \\)\n", SAM),
        ("\\( \\operatorname{Pr}( \\) deep \\( \\mid x)=e^{-0.7}=0.4966 \\)\n"
         "\\( \\operatorname{Pr}( \\) learning \\( \\mid x \\), deep \\( )=e^{-0.4}=0.6703 \\)\n"
         "\\( \\mathrm{PP}=(0.4966 \\cdot 0.6703)^{-1 / 2}=1.7333 \\)\n", DEEP),
        (CHAIN + "\\[\n=-2.0831-3.4375-2.9669-5.8783=-14.3658 \\text { bits }\n\\]\n", CAT),
        ("$\\Pr($deep$\\mid x) = e^{-0.7} = 0.4966$ and $\\Pr($learning$\\mid x,$ deep$) = e^{-0.4} = 0.6703$\n"
         "PP = (0.4966 * 0.6703)^(-1/2) = 1.7333\n", DEEP),
    ],
)  # fmt: skip
def test_ocr_latex_is_read_as_the_maths_it_is(text: str, problem) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "correct", report.codes
    assert not report.needs_review, report.codes


@pytest.mark.parametrize(
    ("text", "problem", "code"),
    [
        ("\\( \\mathrm{NLL}=\\log _{2} 80=6.6 \\text { bits } \\)\n", BITS, "arithmetic-error"),
        (CHAIN + "\\[\n=-2.0831-3.4375-2.9669-5.8783=-13.3658 \\text { bits }\n\\]\n", CAT, "arithmetic-error"),
        ("\\( \\mathrm{P}(\\operatorname{Sam} \\mid \\mathrm{am})=\\frac{2}{3} \\)\n"
         "\\( P=\\frac{2}{3} \\cdot \\frac{2}{3} \\cdot \\frac{2}{3} \\cdot \\frac{1}{2}=0.148 \\)\n", SAM, "wrong-token"),
        ("\\( \\operatorname{Pr}( \\) deep \\( \\mid x)=e^{-0.7}=0.4966 \\)\n"
         "\\( \\operatorname{Pr}( \\) learning \\( \\mid x \\), deep \\( )=e^{-0.4}=0.6703 \\)\n"
         "\\( \\mathrm{PP}=(0.4966 + 0.6703)^{-1 / 2}=0.9256 \\)\n", DEEP, "invalid-step"),
    ],
)  # fmt: skip
def test_wrong_ocr_work_stays_wrong(text: str, problem, code: str) -> None:
    report = grade_text(text, problem)
    assert report.verdict == "incorrect"
    assert code in report.codes, report.codes


@pytest.mark.parametrize(
    "line",
    [
        "\\( \\operatorname{Pr}( \\) deep \\( \\mid x)=0.4966 \\)",
        "\\( \\operatorname{Pr}( \\) learning \\( \\mid x \\), deep \\( )=0.6703 \\)",
        "$P($deep$|x)=0.5$",
    ],
)
def test_pieces_one_bracket_spans_are_joined_column_for_column(line: str) -> None:
    joined = joined_across_words(line)
    assert len(joined) == len(line)
    assert len(list(_INLINE.finditer(joined))) == 1
    assert "deep" in joined


@pytest.mark.parametrize(
    "line",
    [
        "so \\( P=1/9 \\) and \\( Q=2 \\)",  # each piece closes its own brackets
        "\\( f( \\) is = \\( ) \\)",  # maths between the pieces is no word
        "\\( P( \\) a \\( | b \\)",  # the bracket never closes
        "$$P($$ deep $$|x)$$",  # display maths is never joined
    ],
)
def test_pieces_are_left_alone_unless_one_bracket_spans_them(line: str) -> None:
    assert joined_across_words(line) == line


def test_a_control_words_gap_moves_before_it_and_later_columns_stay() -> None:
    (line,) = normalise("x = 6.32 \\text { bits } and \\frac {1}{2}")
    assert line == "x = 6.32  \\text{ bits } and  \\frac{1}{2}"
    assert line.index("bits") == "x = 6.32 \\text { bits } and \\frac {1}{2}".index("bits")
