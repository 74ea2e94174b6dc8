"""What the kinds' language tests share (tests/test_kinds_slavic.py, test_kinds_nordic.py, test_kinds_tiv.py): grading
a bundled problem of a kind, the check that a right answer earns full marks and its wrong twin does not, and
the working the greedy and window answers write before the sentence in the language under test."""

from __future__ import annotations

from functools import cache

from grader.core.question import Question, load_question
from tests.conftest import ROOT


@cache
def question(kind: str, name: str) -> Question:
    return load_question(ROOT / "problems" / kind / f"{name}.toml")


def grade(kind: str, name: str, text: str) -> tuple[bool, list[tuple[str, int]]]:
    report = question(kind, name).grade(text.encode(), "s.txt")
    full = report.verdict == "correct" and report.score == report.max_score
    return full, [(d.code, d.span.line) for d in report.diagnostics]


def check(kind: str, name: str, right: str, wrong: str) -> None:
    full, codes = grade(kind, name, right)
    assert full, codes
    full, codes = grade(kind, name, wrong)
    assert not full, codes


def check_flaw_heading(right: str, wrong: str, heading: str, correction: str, sep: str = "\n") -> None:
    """A flaw answer blaming the line in words, then its correction after a heading (`sep` between them): the
    right line earns full marks with nothing unread (the words above are no maths); the wrong line does not."""
    full, codes = grade("flaw", "multiplied-logs", f"{right}\n{heading}{sep}{correction}")
    assert full and "parse-error" not in [c for c, _ in codes], codes
    full, codes = grade("flaw", "multiplied-logs", f"{wrong}\n{heading}{sep}{correction}")
    assert not full, codes


def check_mistake_described(right: str, wrong: str, correction: str) -> None:
    """A flaw answer naming line 2 and describing its mistake in words: the multiplied logs earn full marks
    with the description read; a description of another mistake is charged as such."""
    full, codes = grade("flaw", "multiplied-logs", right + "\n" + correction)
    assert full and "flaw-unrecognised" not in [c for c, _ in codes], codes
    full, codes = grade("flaw", "multiplied-logs", wrong + "\n" + correction)
    assert not full and "wrong-mistake-named" in [c for c, _ in codes], codes


GREEDY_NOT_BEST_WORK = (
    "{step} 1: cat (0,4)\n{step} 2: sat (0,4)\n{step} 3: down (0,3) → cat sat down, P = 0,4·0,4·0,3 = 0,048\n"
    "dog barked loudly: 0,3·0,6·0,3 = 0,054 > 0,048\n"
)
FULL_WORK = "log P(y|x) = -0,7 + (-0,4) = -1,1"
WINDOW_WORK = "log P(y|x) = log P(deep|ML) + log P(learning|deep) = -2,2 + (-0,9) = -3,1"


def window_answer(labels: tuple[str, str, str, str], model: str, reason: str = "") -> str:
    """A whole window answer under the language's four part labels (full, window, gap, cheaper), naming
    `model` as the cheaper one, with `reason` after it."""
    full, window, gap, cheaper = labels
    return f"{full}\n{FULL_WORK}\n\n{window}\n{WINDOW_WORK}\n\n{gap} -1,1 - (-3,1) = 2,0\n\n{cheaper} {model}{reason}.\n"


def check_window(labels: tuple[str, str, str, str], window: str, full: str, reason: str = "") -> None:
    """The answer naming the window model earns full marks; its twin naming the full model does not."""
    check(
        "window",
        "deep-learning-window",
        window_answer(labels, window, reason),
        window_answer(labels, full, reason),
    )


def check_greedy_not_best(step: str, right: str, wrong: str, point: bool = False) -> None:
    """Greedy's working under the language's word for step, then the right "no" and its wrong twin "yes";
    `point`: the working's decimals written with a point rather than a comma."""
    working = GREEDY_NOT_BEST_WORK.format(step=step)
    working = working.replace(",", ".") if point else working
    check("decoding", "greedy-not-best", working + right + "\n", working + wrong + "\n")


def check_beam(text: str, comma: bool = False) -> None:
    """A beam kept in the language (`text` with {seq} and {p} for its answer): "a cat", 0.36 earns full marks,
    "the dog", 0.20 does not; `comma`: the answer's probability written with a decimal comma."""
    right, wrong = ("0,36", "0,20") if comma else ("0.36", "0.20")
    check(
        "decoding",
        "beam-a-cat",
        text.format(seq='"a cat"', p=right) + "\n",
        text.format(seq='"the dog"', p=wrong) + "\n",
    )
