"""In maths said in words, "negative" before "log-likelihood" (or log-probability, log loss) is part of the
quantity's name, not a minus sign (blind76: "the total negative log-likelihood is about three point eight two
seven nats" was read as minus the log-likelihood, a sign-error on right work); "negative log of a half" is still
minus a log."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.maths.spoken import spoken_lines
from tests.conftest import ROOT

SOFTMAX = load_question(ROOT / "problems/seed/transformer-softmax.toml")  # NLL 3.8273 nats

WORK = (
    "the cost of the first token is two point zero seven three minus zero point six two nine, about one point four"
    " four four, and the cost of the second is two point six three nine minus zero point two five six, about two"
    " point three eight three; the total {name} is about {value} nats."
)


@pytest.mark.parametrize(
    "name", ["negative log-likelihood", "negative log likelihood", "negative log-probability"]
)
def test_negative_names_the_quantity(name: str) -> None:
    right = SOFTMAX.grade(WORK.format(name=name, value="three point eight two seven").encode(), "s.txt")
    assert (right.verdict, right.score) == ("correct", right.max_score), right.codes
    wrong = SOFTMAX.grade(WORK.format(name=name, value="three point nine two seven").encode(), "s.txt")
    assert wrong.verdict == "incorrect", wrong.codes


def test_negative_before_a_log_of_a_value_is_still_minus() -> None:
    (line,) = spoken_lines(["negative log of a half is about zero point six nine"])
    assert line.split()[0] == "-log(1/2)"
