"""Maths dictated in words (speech-to-text, screen-reader style) is read as notation, column for column, and
only where a line states maths in words: prose in ordinary work is never touched. The derivations here are
written for this test, each correct one with a wrong twin stating a wrong value in words.
"""

from __future__ import annotations

import time
from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from grader.maths.spoken import spoken, spoken_lines
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


def _read(line: str) -> str:
    """The line as read, spaces collapsed (the padding that keeps columns is not the reading)."""
    return " ".join(spoken(line).split())


# (a spoken line, what it reads as)
READINGS = [
    ("log P of cat given x equals minus 0.3", "log P(cat | x) = -0.3"),
    ("log of P of y given x equals minus one point five", "log(P(y | x)) = -1.5"),
    ("P of sat given x comma the cat equals 0.2", "P(sat | x, the cat) = 0.2"),
    ("P of blue given x and deep equals zero point one", "P(blue | x , deep) = 0.1"),
    ("P of dog given start is three fifths", "P(dog | <s>) = 3/5"),
    ("P of end given dog equals one quarter", "P(</s> | dog) = 1/4"),
    ("minus 0.5 plus negative 0.25 equals minus 0.75", "-0.5 + -0.25 = -0.75"),
    ("zero point four times zero point five equals zero point two", "0.4 * 0.5 = 0.2"),
    ("three fifths times one half equals three tenths", "3/5 * 1/2 = 3/10"),
    ("one over twenty five is zero point zero four", "1 / 25 = 0.04"),
    ("six divided by eight equals zero point seven five", "6 / 8 = 0.75"),
    ("twenty one hundredths is zero point two one", "21/100 = 0.21"),
    ("e to the power of minus 1.2 equals 0.3012", "e^-1.2 = 0.3012"),
    ("e to the zero point three is about one point three five", "e^0.3 ≈ 1.35"),
    ("final answer two point four times ten to the minus four", "final answer 2.4 * 10^-4"),
    ("log base 2 of one eighth equals minus three", "log_2(1/8) = -3"),
    ("ln of zero point five equals minus zero point six nine three", "ln(0.5) = -0.693"),
    ("zero point three squared equals zero point zero nine", "0.3^2 = 0.09"),
    ("square root of four equals two", "sqrt(4) = 2"),
    ("open paren one plus two close paren times three equals nine", "(1 + 2) * 3 = 9"),
    ("N L L equals one point two plus zero point eight equals two", "NLL = 1.2 + 0.8 = 2"),
    ("which is about zero point one two five", "≈ 0.125"),
    ("final answer one sixth which is about zero point one six seven", "final answer 1/6 ≈ 0.167"),
    ("the product equals three hundred and twelve over one thousand", "the product = 312 / 1000"),
    ("four point five e minus six equals 4.5 times 10 to the minus 6", "4.5e-6 = 4.5 * 10^-6"),
]


@pytest.mark.parametrize(("line", "reading"), READINGS, ids=[r[1] for r in READINGS])
def test_a_spoken_line_reads_as_notation_of_the_same_length(line: str, reading: str) -> None:
    assert len(spoken(line)) == len(line)
    assert _read(line) == reading


# Lines that state no maths in words, or already hold their own relation: never touched.
UNTOUCHED = [
    "I multiplied four times and got the same value",
    "the probabilities are averaged over the tokens",
    "there are two ways to see this, one of them is the chain rule",
    "the model is one of the best at this",
    "the perplexity of y given x is about 1.733",
    "Then 0.08 times 0.0011 = 0.000088.",
    "log P of deep given x = minus 0.7",
    "count of start is 3 and count of start I is 2",
    "the answer to step 2 is 0.5, as in the notes",
    "so x is 3 and y is 4",
    "the model which is one of the best",
    "answer in bits, as asked",
    "We take the product of the bigram probabilities, as the chain rule says.",
    "",
]


@pytest.mark.parametrize("line", UNTOUCHED)
def test_a_line_that_states_no_maths_in_words_is_unchanged(line: str) -> None:
    assert spoken(line) == line


def test_columns_are_kept_word_for_symbol() -> None:
    """A symbol stands where its words stood, so a diagnostic's caret points at the words the student said."""
    line = "log P of deep given x equals minus 0.7"
    out = spoken(line)
    # a bracket inserted before it may push a symbol on by one column, never out of its words' place
    assert line.index("equals") <= out.index("=") < line.index("equals") + len("equals")
    assert line.index("minus") <= out.index("-0.7") < line.index("minus") + len("minus")


def test_a_long_hostile_line_is_read_in_linear_time() -> None:
    lines = [
        "minus " * 5000 + "one equals two",
        "P of " * 5000 + "x equals one",
        "zero point " + "five " * 20000 + "equals one",
        "one plus " * 200 + "one equals two hundred one",
        # under the cap on words, read in full
        "minus " * 390 + "one equals two",
        "P of x given " + "and y " * 190 + "equals one half",
        "one plus " * 190 + "one equals one hundred ninety one",
    ]
    started = time.perf_counter()
    out = spoken_lines(lines)
    assert time.perf_counter() - started < 1.0
    assert [len(o) for o in out] == [len(line) for line in lines]
    assert out[-1].split()[-3:] == ["1", "=", "191"]


# (problem, a correct derivation dictated in words, the wrong twin: a value stated wrong in words)
DERIVATIONS = [
    (
        "deep-learning",
        "using the chain rule\n"
        "log P of y given x equals log P of deep given x plus log P of learning given x comma deep\n"
        "log P of deep given x equals negative zero point seven\n"
        "log P of learning given x comma deep equals negative zero point four\n"
        "so log P of y given x equals negative zero point seven plus negative zero point four\n"
        "which is negative one point one\n",
        "which is negative one point two\n",
    ),
    (
        "sam-corpus",
        "P of I given start equals two over three\n"
        "P of am given I equals two over three\n"
        "P of Sam given am equals one half\n"
        "P of end given Sam equals one half\n"
        "the product is two thirds times two thirds times one half times one half\n"
        "two thirds times two thirds times one half times one half equals one ninth\n"
        "final answer one ninth\n",
        "final answer one eighth\n",
    ),
    (
        "bigram-english-food",
        "P of i given start times P of want given i times P of english given want times P of food given "
        "english times P of end given food\n"
        "zero point two five times zero point three three equals zero point zero eight two five\n"
        "zero point zero eight two five times zero point zero zero one one equals 0.00009075\n"
        "0.00009075 times zero point five equals 0.000045375\n"
        "0.000045375 times zero point six eight equals 0.000030855\n"
        "final answer three point zero eight five five times ten to the minus five\n",
        "final answer three point zero eight five five times ten to the minus four\n",
    ),
    (
        "deep-learning-perplexity",
        "the log probabilities add up: minus 0.7 plus minus 0.4 equals minus 1.1\n"
        "minus one point one over two equals minus zero point five five\n"
        "perplexity equals e to the power of zero point five five\n"
        "which is about one point seven three three\n",
        "which is about one point six three three\n",
    ),
    (
        "cat-nll-bits",
        "minus log base 2 of one half equals one\n"
        "minus log base 2 of one quarter equals two\n"
        "minus log base 2 of one fifth equals two point three two two\n"
        "minus log base 2 of one half equals one\n"
        "one plus two plus two point three two two plus one equals six point three two two\n"
        "final answer six point three two two bits\n",
        "final answer five point three two two bits\n",
    ),
]


@pytest.mark.parametrize(("stem", "work", "wrong_last"), DERIVATIONS, ids=[d[0] for d in DERIVATIONS])
def test_a_dictated_derivation_is_graded_and_its_wrong_twin_charged(
    stem: str, work: str, wrong_last: str
) -> None:
    report = grade_text(work, _problem(stem))
    assert report.verdict == "correct" and report.score == report.max_score, report.diagnostics
    lines = work.rstrip("\n").split("\n")
    twin = grade_text("\n".join(lines[:-1]) + "\n" + wrong_last, _problem(stem))
    assert twin.verdict == "incorrect"
    assert any(d.severity == "error" for d in twin.diagnostics), twin.diagnostics
