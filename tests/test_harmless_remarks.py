"""A harmless remark added to correct work never costs marks (issue 10, metamorphic).

Each bundled problem's correct question tests are graded again with a remark added the way students
add them: a mark on the answer line, a unit, a note, a reminded identity, a sentence restating the
answer, a sanity check computing something else after the answer. The verdict stays correct and the
score full.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from grader.derivation.wording import QUANTITY_NAMES
from tests.conftest import ROOT

SEED = sorted((ROOT / "problems/seed").glob("*.toml"))


def _answer(problem: Problem) -> str:
    return f"{problem.reference.value:.4g}"


def _remarks(problem: Problem) -> list[tuple[str, str]]:
    """(how, what) pairs: `how` is "line" (added to the last line) or "after" (a line of its own)."""
    answer = problem.reference.value
    check = math.exp(answer) if problem.ask in ("log_likelihood",) and problem.log_base == "e" else None
    out = [
        ("line", " ✓"),
        ("line", " (2 d.p.)"),
        ("line", "   <- final"),
        ("line", " nats" if problem.log_base == "e" else " bits"),
        ("line", " per token" if problem.ask in ("perplexity", "cross_entropy") else " in total"),
        ("after", "Note: 1 nat = 1.443 bits"),
        ("after", "Recall log(ab) = log a + log b"),
        ("after", f"So the {QUANTITY_NAMES[problem.ask]} comes to {_answer(problem)}."),
        ("after", "Sanity check: e^{-1.1} ≈ 0.333, so the numbers are of the right size."),
    ]
    if check is not None:
        out.append(("after", f"Check: P = e^{{{answer:.4g}}} ≈ {check:.3g}"))
    return out


def _cases() -> list[tuple[Path, str, str, str]]:
    cases = []
    for path in SEED:
        problem = load_problem(path)
        correct = [e for e in problem.examples if e.verdict == "correct"]
        for how, remark in _remarks(problem):
            cases.append((path, correct[0].submission, how, remark))
    return cases


@pytest.mark.parametrize(
    ("path", "submission", "how", "remark"), _cases(), ids=lambda v: v.stem if isinstance(v, Path) else None
)
def test_a_harmless_remark_costs_nothing(path: Path, submission: str, how: str, remark: str) -> None:
    problem = load_problem(path)
    before = grade_text(submission, problem)
    assert before.verdict == "correct"
    text = submission.rstrip("\n") + (remark if how == "line" else "\n" + remark) + "\n"
    after = grade_text(text, problem)
    assert after.verdict == "correct" and after.score == after.max_score, [
        (d.code, d.span.line, d.message) for d in after.diagnostics
    ]


KIND_MARKS = ("   <- final", "  <- boxed", "  ← answer", "  <== final answer", "  ⇐ this one", " ✓")


def _kind_cases() -> list[tuple[Path, str, str]]:
    """Each new-kind question's correct examples with full marks, with a mark pointing back at the last line."""
    import tomllib

    cases = []
    for kind in ("compare", "cost", "decoding", "flaw", "window"):
        for path in sorted((ROOT / "problems" / kind).glob("*.toml")):
            examples = tomllib.loads(path.read_text(encoding="utf-8")).get("examples", [])
            for example in examples:
                if example.get("verdict") == "correct" and not example.get("codes"):
                    cases.extend((path, example["submission"], mark) for mark in KIND_MARKS)
    return cases


@pytest.mark.parametrize(
    ("path", "submission", "mark"), _kind_cases(), ids=lambda v: v.stem if isinstance(v, Path) else None
)
def test_a_mark_pointing_at_the_answer_costs_nothing_in_any_kind(
    path: Path, submission: str, mark: str
) -> None:
    """`total = 2 d L (m + n)   <- boxed` (blind-kinds78): an arrow drawn back at the line, with a word or two,
    is a mark on it, never maths; right work keeps full marks in every question kind."""
    from grader.core.question import load_question

    question = load_question(path)
    before = question.grade(submission.encode(), "s.txt")
    if (before.verdict, before.score) != ("correct", before.max_score):
        pytest.skip("the example itself is not graded full marks without a remark")
    after = question.grade((submission.rstrip("\n") + mark + "\n").encode(), "s.txt")
    assert (after.verdict, after.score) == ("correct", after.max_score), after.codes
