"""A probability named by the estimate it comes from (P_{MLE}(am|I), P_{\\text{Lap}}(w | v), P_add1, P_uni(am),
P_{bi}(am|I), P_{\\text{int}}(am|I), \\hat{P}_{ML}, P_\\lambda) is a probability term carrying that estimate, judged
under it: the problem's own estimator is the model itself, MLE is the unsmoothed estimate, and in an interpolated
model uni/bi name its components. A word no estimate answers to is the model's P, never charged (a warning at
most). Wrong twins: a Laplace value under P_{MLE}, a swapped component, a wrong count."""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from grader.maths.estimators import estimate_named, written_estimator
from tests.conftest import ROOT

ADD_ONE = load_problem(ROOT / "problems/seed/sam-corpus-add-one.toml")
INTERPOLATION = load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml")
MLE = load_problem(ROOT / "problems/seed/sam-corpus.toml")

ADD_ONE_REST = (
    "P(I|<s>) = 3/14\nP(Sam|am) = 2/13\nP(</s>|Sam) = 2/13\n"
    "P(<s> I am Sam </s>) = 3/14 * 3/14 * 2/13 * 2/13 = 0.0010868\n"
)
INTERPOLATION_REST = (
    "P(I|<s>) = 37/68\nP(Sam|am) = 55/136\nP(</s>|Sam) = 57/136\n"
    "P(<s> I am Sam </s>) = 37/68 * 9/17 * 55/136 * 57/136 = 0.04883\n"
)
MLE_REST = (
    "P(I|<s>) = 2/3\nP(Sam|am) = 1/2\nP(</s>|Sam) = 1/2\nP(<s> I am Sam </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n"
)


@pytest.mark.parametrize(
    ("token", "word", "name"),
    [
        ("P_{MLE}", "mle", "mle"),
        ("P_{\\mathrm{ML}}", "ml", "mle"),
        ("\\hat{P}_{\\text{MLE}}", "mle", "mle"),
        ("P_{\\text{Lap}}", "lap", "add-one"),
        ("P_Laplace", "laplace", "add-one"),
        ("P_add1", "add1", "add-one"),
        ("P_{\\text{add-1}}", "add-1", "add-one"),
        ("\\Pr_{+1}", "+1", "add-one"),
        ("P_{\\rm Lap}", "lap", "add-one"),
        ("P_\\lambda", "λ", "interpolation"),
        ("P_{\\text{int}}", "int", "interpolation"),
        ("P_interp", "interp", "interpolation"),
        ("P_{\\operatorname{uni}}", "uni", "unigram"),
        ("P_{bigram}", "bigram", "bigram"),
        ("P_{foo}", "foo", None),
        ("P_\\theta", None, None),
        ("P", None, None),
    ],
)
def test_the_word_a_subscript_names(token: str, word: str | None, name: str | None) -> None:
    assert written_estimator(token) == word
    assert (estimate_named(word) if word else None) == name


def _correct(text: str, problem: object) -> None:
    report = grade_text(text, problem)  # type: ignore[arg-type]
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes
    assert "parse-error" not in report.codes, report.codes
    assert "unknown-symbol" not in report.codes, report.codes


def _wrong(text: str, problem: object) -> None:
    report = grade_text(text, problem)  # type: ignore[arg-type]
    assert report.verdict == "incorrect", report.codes
    assert report.score < report.max_score, report.codes


@pytest.mark.parametrize(
    "line",
    [
        "P_{MLE}(am|I) = C(I am)/C(I) = 2/3",  # the unsmoothed estimate, beside the model's own
        "P_{\\mathrm{ML}}(am \\mid I) = \\frac{2}{3}",
        "\\hat{P}_{\\text{MLE}}(am|I) = 2/3",
        "P_{\\text{Lap}}(am|I) = (C(I am)+1)/(C(I)+11) = 3/14",  # the model's own estimate
        "P_add1(am|I) = (2 + 1)/(3 + 11) = 3/14",
        "P_{\\text{add-1}}(am|I) = 3/14",
        "P_Laplace(am|I) = 3/14",
        "\\Pr_{+1}(am|I) = 3/14",
        "P_{\\rm Lap}(am|I) = 3/14",
    ],
)
def test_named_estimates_in_an_add_one_problem(line: str) -> None:
    _correct(line + "\nP(am|I) = 3/14\n" + ADD_ONE_REST, ADD_ONE)


@pytest.mark.parametrize(
    "line",
    [
        "P_{MLE}(am|I) = 3/14",  # a Laplace value under the MLE's name
        "P_{MLE}(am|I) = C(I am)/C(I) = 3/14",
        "P_{\\text{Lap}}(am|I) = 2/3",  # the MLE value under Laplace's name
        "P_add1(am|I) = (2 + 1)/(2 + 11) = 3/13",  # a wrong count
    ],
)
def test_wrong_named_estimates_in_an_add_one_problem(line: str) -> None:
    _wrong(line + "\nP(am|I) = 3/14\n" + ADD_ONE_REST, ADD_ONE)


def test_the_named_estimate_is_the_factor_used() -> None:
    """The product of P_Lap factors is the model's; a product of P_MLE factors is not the answer."""
    text = (
        "P_{\\text{Lap}}(I|<s>) = 3/14\nP_{\\text{Lap}}(am|I) = 3/14\nP_{\\text{Lap}}(Sam|am) = 2/13\n"
        "P_{\\text{Lap}}(</s>|Sam) = 2/13\n"
        "P(<s> I am Sam </s>) = P_{\\text{Lap}}(I|<s>) P_{\\text{Lap}}(am|I) P_{\\text{Lap}}(Sam|am) "
        "P_{\\text{Lap}}(</s>|Sam) = 0.0010868\n"
    )
    _correct(text, ADD_ONE)
    mle = (
        "P_{MLE}(I|<s>) = 2/3\nP_{MLE}(am|I) = 2/3\nP_{MLE}(Sam|am) = 1/2\nP_{MLE}(</s>|Sam) = 1/2\n"
        "P(<s> I am Sam </s>) = P_{MLE}(I|<s>) P_{MLE}(am|I) P_{MLE}(Sam|am) P_{MLE}(</s>|Sam) = 1/9\n"
    )
    _wrong(mle, ADD_ONE)


@pytest.mark.parametrize(
    "chain",
    [
        "P(I|<s>) P_{MLE}(am|I) P(Sam|am) P(</s>|Sam) = 3/14 * 2/3 * 2/13 * 2/13 = 0.003381",
        "P_{\\text{Lap}}(I|<s>) P_{\\mathrm{ML}}(am|I) P_{\\text{Lap}}(Sam|am) P_{\\text{Lap}}(</s>|Sam) = 0.003381",
    ],
)
def test_another_estimate_in_place_of_the_models_factor(chain: str) -> None:
    report = grade_text("P(<s> I am Sam </s>) = " + chain + "\n", ADD_ONE)
    assert report.verdict == "incorrect", report.codes
    assert "mixed-models" in report.codes, report.codes


@pytest.mark.parametrize(
    "lines",
    [
        "P_{uni}(am) = C(am)/17 = 2/17\nP_{bi}(am|I) = C(I am)/C(I) = 2/3\n"
        "P_{\\text{int}}(am|I) = 3/4 * P_{bi}(am|I) + 1/4 * P_{uni}(am) = 3/4 * 2/3 + 1/4 * 2/17 = 9/17",
        "P_uni(am) = 2/17\nP_bigram(am|I) = 2/3\nP_interp(am|I) = 3/4 * 2/3 + 1/4 * 2/17 = 9/17",
        "P_{\\text{uni}}(am) = 2/17\nP_{\\text{bi}}(am \\mid I) = 2/3\n"
        "P_\\lambda(am|I) = \\frac{3}{4} \\cdot \\frac{2}{3} + \\frac{1}{4} \\cdot \\frac{2}{17} = 9/17",
        "P_{MLE}(am|I) = 2/3\nP_{unigram}(am) = 2/17\nP_{interpolated}(am|I) = 9/17",
        "N = 17\nP_{uni}(am) = C(am)/N = 2/17\nP_{\\mathrm{interp}}(am|I) = 3/4 * 2/3 + 1/4 * P_{uni}(am) = 9/17",
    ],
)
def test_named_components_in_an_interpolation_problem(lines: str) -> None:
    _correct(lines + "\n" + INTERPOLATION_REST, INTERPOLATION)


@pytest.mark.parametrize(
    "lines",
    [
        "P_{uni}(am) = 2/3\nP_{bi}(am|I) = 2/17\n"  # the components swapped, values and all
        "P_{\\text{int}}(am|I) = 3/4 * P_{bi}(am|I) + 1/4 * P_{uni}(am) = 3/4 * 2/17 + 1/4 * 2/3 = 0.2549",
        "P_{uni}(am) = C(am)/17 = 3/17\nP_{\\text{int}}(am|I) = 3/4 * 2/3 + 1/4 * 3/17 = 0.5441",  # a wrong count
        "P_{bi}(am|I) = C(I am)/C(I) = 2/2",  # a wrong count
        "P_{MLE}(am|I) = 9/17",  # the interpolated value under the MLE's name
    ],
)
def test_wrong_components_in_an_interpolation_problem(lines: str) -> None:
    _wrong(lines + "\n" + INTERPOLATION_REST, INTERPOLATION)


@pytest.mark.parametrize(
    "line",
    [
        "P_{MLE}(am|I) = C(I am)/C(I) = 2/3",  # the MLE is the model itself here
        "P_ML(am|I) = 2/3",
        "P_{\\text{bi}}(am|I) = 2/3",  # so is the bigram
    ],
)
def test_named_estimates_in_an_mle_problem(line: str) -> None:
    _correct(line + "\nP(am|I) = 2/3\n" + MLE_REST, MLE)


@pytest.mark.parametrize("line", ["P_{MLE}(am|I) = 3/14", "P_ML(am|I) = C(I am)/C(I) = 2/2"])
def test_wrong_named_estimates_in_an_mle_problem(line: str) -> None:
    _wrong(line + "\nP(am|I) = 2/3\n" + MLE_REST, MLE)


@pytest.mark.parametrize(
    ("problem", "line", "rest"),
    [
        (ADD_ONE, "P_{foo}(am|I) = 2/3", ADD_ONE_REST),  # a word no estimate answers to
        (MLE, "P_add1(am|I) = 3/14", MLE_REST),  # an estimate this model does not have
        (ADD_ONE, "P_{uni}(am) = 2/17", ADD_ONE_REST),  # a component of a model that is not interpolated
    ],
)
def test_an_estimate_the_model_does_not_have_is_never_charged(problem: object, line: str, rest: str) -> None:
    report = grade_text(line + "\n" + rest, problem)  # type: ignore[arg-type]
    assert report.verdict == "correct", report.codes
    assert report.score == report.max_score, report.codes
    assert "parse-error" not in report.codes


@pytest.mark.parametrize(
    ("problem", "line", "rest"),
    [(ADD_ONE, "P_{foo}(am|I) = 3/14", ADD_ONE_REST), (MLE, "P_{foo}(am|I) = 2/3", MLE_REST)],
)
def test_an_unknown_word_with_the_models_value_is_the_models_p(problem: object, line: str, rest: str) -> None:
    _correct(line + "\n" + rest, problem)


def test_numbers_and_window_names_stay_as_they_were() -> None:
    """P_1 numbers a position and P_full names a window kind's model: neither is an estimate."""
    from grader.maths.build import parser

    p = parser()
    for text in ("P_{MLE}(am|I) = 1", "P_add1(am|I) = 1", "P_\\lambda(am|I) = 1"):
        p.parse(text)
    for text in ("P_1(am|I) = 1", "P_full(am|I) = 1", "P_{\\text{full}}(am|I) = 1", "P_{12}(am) = 1"):
        with pytest.raises(Exception):  # noqa: B017, PT011 - as today: not a probability term
            p.parse(text)
