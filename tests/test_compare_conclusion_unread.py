"""A compare conclusion is read where a student states it, and what the readers cannot read costs nothing.

Two classes, each from a fresh set's misses:
- A verdict named by a label or a word of preference ("Verdict: A, deep learning, on both counts", "per-token
  winner = B", "the model likes B a bit more") is the choice: a name followed by its gloss is still one name,
  "verdict" is an answer label as "conclusion" is, "winner" and "likes" are words of preference as "wins" and
  "prefers" are (blind-kinds15, 21 and 44: each of these lines was read as no conclusion at all).
- A conclusion line that names one candidate in words no reader takes a choice from ("Going with B on this
  one.") is a warning and `needs_review`, not a deduction: the policy that decoding and flaw already follow,
  and that compare followed only for languages without a table. A line that names both candidates and picks
  neither ("A: -0.55, B: -0.467") says no answer, and that stays a missing conclusion.
"""

from __future__ import annotations

import pytest

from grader.compare.grade import grade_compare
from grader.core.question import load_question
from tests.conftest import ROOT

PER_TOKEN = ROOT / "problems/compare/per-token.toml"  # per token, B is the more likely
TOTAL = ROOT / "problems/compare/deep-vs-reinforcement.toml"  # whole sequence, A is the more likely


def problem(path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


MEANS = (
    "sumA = -0.7 + -0.4 = -1.1\nsumB = -1.0 + -0.3 + -0.1 = -1.4\n"
    "meanA = -1.1 / 2 = -0.55\nmeanB = -1.4 / 3 = -0.467\n\n"
)
TOTALS = "A: log P = -0.7 + (-0.4) = -1.1\nB: log P = -1.6 + (-0.2) = -1.8\n\n"

# (name, problem, right working and conclusion, its wrong twin)
READ = [
    ("verdict label", PER_TOKEN, MEANS + "Verdict: B.\n", MEANS + "Verdict: A.\n"),
    (
        "verdict label, name then its gloss",
        PER_TOKEN,
        MEANS + "Verdict: B, reinforcement learning, per token.\n",
        MEANS + "Verdict: A, deep learning, per token.\n",
    ),
    (
        "answer label, name then its gloss in brackets",
        TOTAL,
        TOTALS + "Answer: A (deep learning)\n",
        TOTALS + "Answer: B (reinforcement learning)\n",
    ),
    ("winner =", PER_TOKEN, MEANS + "per-token winner = B\n", MEANS + "per-token winner = A\n"),
    ("the winner is", TOTAL, TOTALS + "The winner is A.\n", TOTALS + "The winner is B.\n"),
    (
        "likes … more",
        TOTAL,
        TOTALS + "-1.1 > -1.8 so the model likes A (deep learning) a bit more.\n",
        TOTALS + "-1.1 > -1.8 so the model likes B (reinforcement learning) a bit more.\n",
    ),
    ("Spanish veredicto", TOTAL, TOTALS + "Veredicto: A.\n", TOTALS + "Veredicto: B.\n"),
    ("French verdict", TOTAL, TOTALS + "Verdict : A.\n", TOTALS + "Verdict : B.\n"),
]


def graded(text: str, path):  # type: ignore[no-untyped-def]
    return grade_compare(text, problem(path))


@pytest.mark.parametrize(("name", "path", "right", "wrong"), READ, ids=[c[0] for c in READ])
def test_a_verdict_by_label_or_preference_is_read(name: str, path, right: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    report = graded(right, path)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, report.codes
    assert report.final_answer is not None and report.final_answer.correct
    report = graded(wrong, path)
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes


UNREAD = [
    ("going with", "Going with {} on this one."),
    ("my money is on", "My money is on {}."),
    ("bare sentence", "{} it is, then."),
]


@pytest.mark.parametrize(("name", "line"), UNREAD, ids=[c[0] for c in UNREAD])
def test_a_conclusion_the_readers_cannot_read_is_sent_for_review_not_charged(name: str, line: str) -> None:
    for chosen in ("A", "B"):
        report = graded(TOTALS + line.format(chosen) + "\n", TOTAL)
        warned = [d for d in report.diagnostics if d.code == "no-final-answer"]
        assert warned and all(d.severity == "warning" for d in warned), report.codes
        assert report.needs_review
        assert report.score == report.max_score, (chosen, report.codes)
        assert warned[0].span.line == TOTALS.count("\n") + 1


def test_a_line_naming_both_and_picking_neither_is_no_conclusion() -> None:
    report = graded(MEANS + "A: -0.55, B: -0.467\n", PER_TOKEN)
    missing = [d for d in report.diagnostics if d.code == "no-final-answer"]
    assert missing and missing[0].severity == "error", report.codes
    assert report.score < report.max_score


def test_no_line_after_the_work_is_no_conclusion() -> None:
    report = graded(TOTALS, TOTAL)
    missing = [d for d in report.diagnostics if d.code == "no-final-answer"]
    assert missing and missing[0].severity == "error", report.codes
    assert report.score < report.max_score
