"""Working told in sentences is work the grader could not read, not work that is absent (issue 10 §1):
a correct final answer after it is full marks and a person looks (`work-in-words`, needs_review); a
wrong final answer is still wrong; a bare answer with no working earns only the final part; a problem
that grades notation (strict_notation) charges for it. The texts are written for this test.
"""

from __future__ import annotations

import dataclasses
from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# (problem, working in words, the right final line, a wrong final line)
CASES = [
    (
        "deep-learning",
        "The model gives deep a log-probability of -0.7 and then learning, after deep, -0.4.\n"
        "Adding the two log-probabilities gives the log of the product.\n",
        "So the answer is -1.1.\n",
        "So the answer is -0.28.\n",
    ),
    (
        "bigram-english-food",
        "Going word by word: i after the start is a quarter, 0.25; want after i is 0.33.\n"
        "english after want is tiny (0.0011), food after english is a half and the end after food 0.68.\n"
        "Multiplying all five of them together:\n",
        "Answer: 3.09e-05\n",
        "Answer: 1.76\n",
    ),
    (
        "deep-learning-perplexity",
        "I added -0.7 and -0.4, took the average over the 2 tokens and flipped its sign,\n"
        "then took e to that power.\n",
        "Final answer: 1.733\n",
        "Final answer: 3.004\n",
    ),
    (
        "sam-corpus",
        "I counted: <s> appears 3 times and is followed by I twice; I appears 3 times, twice before am;\n"
        "am appears twice, once before Sam; Sam twice, once before the end.\n"
        "Two thirds times two thirds times a half times a half.\n",
        "Answer: 0.1111\n",
        "Answer: 0.2222\n",
    ),
]


@pytest.mark.parametrize(("stem", "words", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_correct_answer_after_working_in_words_is_full_marks_for_review(stem, words, right, wrong):
    problem = _problem(stem)
    report = grade_text(words + right, problem)
    assert report.verdict == "correct" and report.score == problem.points
    assert "work-in-words" in report.codes and report.needs_review
    told = next(d for d in report.diagnostics if d.code == "work-in-words")
    assert told.severity == "warning" and told.span.line == 1


@pytest.mark.parametrize(("stem", "words", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_wrong_answer_after_working_in_words_stays_wrong(stem, words, right, wrong):
    report = grade_text(words + wrong, _problem(stem))
    assert report.verdict == "incorrect"
    assert "final-answer-wrong" in report.codes
    assert report.parts["decomposition"] == 0.0


@pytest.mark.parametrize(("stem", "words", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_bare_answer_is_not_working_in_words(stem, words, right, wrong):
    problem = _problem(stem)
    report = grade_text("Here is my answer.\n" + right, problem)
    assert "work-in-words" not in report.codes
    assert report.score < problem.points  # only the final part: no work was shown


@pytest.mark.parametrize(("stem", "words", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_strict_notation_charges_for_working_in_words(stem, words, right, wrong):
    problem = dataclasses.replace(_problem(stem), strict_notation=True)
    report = grade_text(words + right, problem)
    assert report.verdict == "incorrect"
    assert any(d.code == "work-in-words" and d.severity == "error" for d in report.diagnostics)


def test_working_read_as_maths_is_not_working_in_words():
    report = grade_text(
        "Adding the two numbers from the table, deep then learning.\nlog P(y|x) = -0.7 + (-0.4) = -1.1\n",
        _problem("deep-learning"),
    )
    assert report.verdict == "correct" and "work-in-words" not in report.codes


@pytest.mark.parametrize(
    "line",
    [
        "For the answer: -0.7 plus -0.4, which is -1.1.",
    ],
)
def test_working_told_on_the_answers_own_line_is_working_in_words(line: str) -> None:
    problem = _problem("deep-learning")
    report = grade_text(line + "\n", problem)
    assert report.verdict == "correct" and report.score == problem.points
    assert "work-in-words" in report.codes and report.needs_review


@pytest.mark.parametrize(
    ("text", "count"),
    [("Answer: 3.09e-05", 1), ("about 3.09 x 10^-5", 2), ("-0.7 plus -0.4", 2), ("(b) 2/3 of it", 1)],
)
def test_a_number_in_a_sentence_is_counted_once(text: str, count: int) -> None:
    from grader.derivation.unread import _LIST_MARKER, _PROSE_NUMBER

    assert len(_PROSE_NUMBER.findall(_LIST_MARKER.sub(" ", text))) == count


@pytest.mark.parametrize(
    "text", ["", "\n\n", "I am not sure how to do this one.\n", "see the photo I uploaded\n"]
)
def test_no_mathematics_at_all_is_a_diagnostic_not_a_wrong_answer(text: str) -> None:
    report = grade_text(text, _problem("deep-learning"))
    assert report.verdict == "unparsable" and report.needs_review
    assert [d.code for d in report.diagnostics] == ["no-maths"]
    assert report.to_dict()["diagnostics"][0]["line"] >= 1  # in the JSON report, not only in the terminal
