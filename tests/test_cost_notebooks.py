"""Cost answers pasted from a notebook (issue 10, blind-kinds33): a value named inside a counted loop
(`keys = m + i`, then `count += L * h * keys`) stands for its expression, `//` between operands is a
division, and a count inside `print("Answer: …")` is that line's text. Each right variant earns full marks
and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

KV = ROOT / "problems/cost/kv-cache-scores.toml"  # L h (n m + n(n+1)/2)

# (right answer, its wrong twin)
CLASSES = [
    # a local value in the loop body, the count accumulated with +=
    (
        "total = 0\nfor i in range(1, n + 1):\n    width = m + i\n    total += L * h * width\n",
        "total = 0\nfor i in range(1, n + 1):\n    width = m + i - 1\n    total += L * h * width\n",
    ),
    # two locals, one from the other; the heads multiplied after the loop
    (
        "c = 0\nfor step in range(1, n + 1):\n    ctx = m + step\n    per = L * ctx\n    c += per\nc *= h\n",
        "c = 0\nfor step in range(1, n + 1):\n    ctx = step\n    per = L * ctx\n    c += per\nc *= h\n",
    ),
    # the answer only inside print("…"), with an integer division
    (
        'print("Answer: L*h*(n*m + n*(n+1)//2)")\n>>> Answer: L*h*(n*m + n*(n+1)//2)\n',
        'print("Answer: L*h*(n*m + n*(n-1)//2)")\n>>> Answer: L*h*(n*m + n*(n-1)//2)\n',
    ),
    (
        "cat('Answer: L * h * (n * m + n * (n + 1) / 2)\\n')\n",
        "cat('Answer: h * (n * m + n * (n + 1) / 2)\\n')\n",
    ),
]


@pytest.mark.parametrize(("right", "wrong"), CLASSES)
def test_right_work_gets_full_marks_and_its_twin_is_caught(right: str, wrong: str) -> None:
    question = load_question(KV)
    report = question.grade(right.encode(), "s.txt")
    assert report.verdict == "correct", [(d.code, d.span.line, d.message) for d in report.diagnostics]
    assert report.score == report.max_score
    twin = question.grade(wrong.encode(), "s.txt")
    assert twin.verdict == "incorrect", [(d.code, d.span.line) for d in twin.diagnostics]
    assert twin.score < twin.max_score


@pytest.mark.parametrize("comment", ["x = 2  // a comment", "see https://example.org/a"])
def test_a_comment_or_an_address_is_no_division(comment: str) -> None:
    from grader.cost.reader import _FLOOR_DIVISION

    assert _FLOOR_DIVISION.search(comment) is None


def test_a_value_built_up_in_a_loop_stays_small() -> None:
    """Names that double each other line by line are not written out without end: the nest is not read."""
    body = "t = 0\nfor i in range(1, n + 1):\n    a0 = m + i\n"
    body += "".join(f"    a{k + 1} = a{k} + a{k}\n" for k in range(16)) + "    t += a16\n"
    report = load_question(KV).grade(body.encode(), "s.txt")
    assert report.verdict != "correct"
