"""Shared fixtures: the bundled problems, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from grader.core.report import Report
from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = {
    "dl": ROOT / "problems/seed/deep-learning.toml",
    "ppl": ROOT / "problems/seed/deep-learning-perplexity.toml",
    "food": ROOT / "problems/seed/bigram-english-food.toml",
    "sam": ROOT / "problems/seed/sam-corpus.toml",
    "bits": ROOT / "problems/seed/cat-nll-bits.toml",
}
# The worker budget of the tests that grade hostile or large input in a killable worker: it catches a hang
# (the verdict is then `error`), while how fast such input is graded is a figure bench/bench_check.py
# prints; a test run shares its machine, so a tighter wall-clock budget here would fail under load.
HANG_GUARD_SECONDS = 20.0

# lines that made a regular expression of some kind's reader backtrack quadratically (minutes, were it to come back)
HOSTILE = {
    "spaces": "For A:\n" + " " * 60_000 + "x",
    "digits": "1" * 60_000 + "x",
    "negations": "not " * 15_000 + "more likely A",
    "cues": "A more likely " * 4_000,
    "log and spaces": "log" + " " * 60_000,
    "relations": "=" * 60_000,
    "names in P": "P(A" * 20_000,
    # a sequence's w_1 then spaces (its length statement's reader), a hyphenated run as a label's bare conditional,
    # a table row of a term and a value of digits: each quadratic once, found before they landed
    "w_1 and spaces": "w_1" + " " * 60_000 + "x",
    "hyphens as a label": "a-" * 30_000 + "x|y:",
    "a long value in a row": "| P(a) | " + "1" * 60_000 + "x |",
    # statements side by side after a value, a mark pointing back with its words, a typewriter dash: each new
    # pattern's worst line (2026-12-02)
    "values then blanks": "C(a)=1 " * 8_000 + "x",
    "a pointer and a long word": "x = 1 <- " + "ab" * 30_000 + "1",
    "pointers": " <- ab" * 10_000 + "1",
    "dashes": "1 -- " * 12_000 + "x",
}


@cache
def problem(name: str) -> Problem:
    return load_problem(PROBLEMS[name])


def grade(name: str, text: str) -> Report:
    return grade_text(text, problem(name), "submission.txt")


@cache
def question_of(problem_id: str) -> object:
    """A bundled problem's question, by a blind set's id: a seed stem ("deep-learning") or `kind--name`
    ("decoding--beam-a-cat" is problems/decoding/beam-a-cat.toml)."""
    from grader.core.question import load_question

    kind, _, name = problem_id.partition("--")
    return load_question(ROOT / "problems" / (f"{kind}/{name}.toml" if name else f"seed/{kind}.toml"))


def assert_twins(question: object, right: str, wrong: str, name: str = "s.txt") -> None:
    """Right work gets full marks from the question; its twin with a wrong value does not."""
    report = question.grade(right.encode(), name)  # type: ignore[attr-defined]
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    twin = question.grade(wrong.encode(), name)  # type: ignore[attr-defined]
    assert twin.score < twin.max_score, twin.codes


def graded(problem_id: str, text: str) -> tuple[str, list[str], float, float]:
    """A bundled problem's verdict, codes, score and best score for the text."""
    report = question_of(problem_id).grade(text.encode(), "s.txt")  # type: ignore[attr-defined]
    return report.verdict, report.codes, report.score, report.max_score


def assert_right(problem_id: str, text: str) -> None:
    """Full marks and nothing said."""
    verdict, codes, score, best = graded(problem_id, text)
    assert (verdict, codes, score) == ("correct", [], best), codes


def assert_wrong(problem_id: str, text: str) -> list[str]:
    """Not full marks (a wrong twin); its codes."""
    verdict, codes, score, best = graded(problem_id, text)
    assert verdict == "incorrect" and score < best, codes
    return codes


@pytest.fixture
def root() -> Path:
    return ROOT


def example_score(name: str) -> float:
    """A bundled example's score under the deep-learning problem's rubric, as `grader check` gives it."""
    from grader.derivation.grade import grade_bytes

    path = ROOT / "examples/deep-learning" / name
    return grade_bytes(path.read_bytes(), problem("dl"), path.stem).score


def corpus_paragraphs(width: int = 300, size: int = 64_000) -> str:
    """The corpus's prose and maths run together into long paragraph lines, up to `size` characters."""
    lines = [
        line
        for path in sorted((ROOT / "tests/corpus").rglob("*"))
        if path.suffix in (".txt", ".md", ".tex")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out, current = [], ""
    for line in lines:
        if len(current) + len(line) > width:
            out.append(current)
            current = ""
        current += line + " "
    return "\n".join(out[:399])[:size]
