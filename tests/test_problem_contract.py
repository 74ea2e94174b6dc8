"""Problems the contract must accept (issue 10 §4): sequences with no prompt to condition on."""

from __future__ import annotations

import tomllib

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import problem_from_dict

UNIGRAM = """
id = "unconditional-unigram"
ask = "probability"
[model]
kind = "ngram"
order = 1
corpus = ["red red blue", "blue red"]
[sequence]
x = {x}
y = ["red", "red", "blue"]
"""

TABLE = """
id = "unconditional-table"
ask = "log_likelihood"
[model]
kind = "table"
[[model.entries]]
token = "the"
context = []
prob = 0.5
[[model.entries]]
token = "cat"
context = ["the"]
prob = 0.25
[sequence]
x = []
y = ["the", "cat"]
"""


@pytest.mark.parametrize("x", ["[]", '""'])
def test_an_unconditional_ngram_sequence(x: str) -> None:
    problem = problem_from_dict(tomllib.loads(UNIGRAM.format(x=x)), "u.toml")
    assert problem.x == () and abs(problem.reference.value - 18 / 343) < 1e-12  # </s> counts: 7 tokens
    report = grade_text("P(red red blue) = P(red) P(red) P(blue) = 3/7 * 3/7 * 2/7 = 0.05248\n", problem)
    assert report.verdict == "correct", report.diagnostics


def test_an_unconditional_sequence_under_the_chain_rule() -> None:
    problem = problem_from_dict(tomllib.loads(TABLE), "t.toml")
    report = grade_text(
        "log P(the cat) = log P(the) + log P(cat | the) = ln 0.5 + ln 0.25 = -2.079\n", problem
    )
    assert report.verdict == "correct", report.diagnostics


ARPA = """
id = "arpa-trigram"
ask = "probability"
[model]
kind = "ngram"
order = 3
[[model.entries]]
token = "I"
context = {first}
prob = 0.25
[[model.entries]]
token = "am"
context = ["<s>", "I"]
prob = 0.5
[[model.entries]]
token = "</s>"
context = ["I", "am"]
prob = 0.2
[sequence]
x = ["<s>"]
y = ["I", "am", "</s>"]
"""


def test_a_trigram_in_the_toolkits_convention_conditions_on_the_shorter_history_at_the_start() -> None:
    problem = problem_from_dict(tomllib.loads(ARPA.format(first='["<s>"]')), "a.toml")
    assert abs(problem.reference.value - 0.025) < 1e-12
    text = "P(<s> I am </s>) = P(I|<s>) P(am|<s> I) P(</s>|I am) = 0.25 * 0.5 * 0.2 = 0.025\n"
    assert grade_text(text, problem).verdict == "correct"


def test_a_short_context_elsewhere_is_still_an_error() -> None:
    from grader.derivation.problem import ProblemError

    with pytest.raises(ProblemError) as info:
        problem_from_dict(tomllib.loads(ARPA.format(first='["I"]')), "a.toml")
    assert "model.entries[0].context: an order-3 model needs 2 context token(s)" in str(info.value)


@pytest.mark.parametrize("padding", ["", "<s> ", "<s> <s> "])
def test_a_trigram_corpus_sees_two_sentence_starts_however_written(padding: str) -> None:
    """C(<s> <s> I) reads as written, and a corpus that already writes its <s> is not padded again."""
    spec = f"""
id = "trigram"
ask = "probability"
[model]
kind = "ngram"
order = 3
corpus = ["{padding}I am Sam </s>", "{padding}Sam I am </s>"]
[sequence]
x = ["<s>", "<s>"]
y = ["I", "am", "Sam", "</s>"]
"""
    problem = problem_from_dict(tomllib.loads(spec), "t.toml")
    assert problem.model.count(("<s>", "<s>")) == 2 and problem.model.count(("<s>", "<s>", "<s>")) == 0
    text = (
        "P(I|<s> <s>) = C(<s> <s> I)/C(<s> <s>) = 1/2\nP(am|<s> I) = C(<s> I am)/C(<s> I) = 1\n"
        "P(Sam|I am) = C(I am Sam)/C(I am) = 1/2\nP(</s>|am Sam) = 1\nP = 1/2 * 1 * 1/2 * 1 = 1/4\n"
    )
    assert grade_text(text, problem).verdict == "correct"
