"""Grading cost answers as a user meets it: misconceptions named, errors carried forward, the CLI,
batch and PrairieLearn through the seam, `grader solve`, and problem-file errors that name the key."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.core.problemfile import ProblemError
from grader.core.question import load_question
from grader.cost.grade import grade_text
from grader.cost.problem import problem_from_dict
from tests.conftest import ROOT

BUNDLED = sorted((ROOT / "problems/cost").glob("*.toml"))
KV = ROOT / "problems/cost/kv-cache-scores.toml"
BASE = {
    "kind": "cost",
    "statement": "How many attention scores?",
    "ask": "attention_scores",
    "strategy": "kv_cache",
    "symbols": {"n": "new tokens", "m": "prompt", "L": "layers", "h": "heads"},
}


def kv(**changes: object) -> object:
    return problem_from_dict({**BASE, **changes}, "p.toml")


@pytest.mark.parametrize(
    ("answer", "codes", "score"),
    [
        ("h L (n m + n(n+1)/2)", [], 1),
        ("hL(nm) + hL n^2/2 + hLn/2", [], 1),
        ("n(n-1)/2 h L", ["prompt-left-out", "sum-bounds-off-by-one", "final-answer-wrong"], 0),
        ("h L (n m + n(n-1)/2)", ["sum-bounds-off-by-one", "final-answer-wrong"], 0),
        ("n(n+1)/2 h L", ["prompt-left-out", "final-answer-wrong"], 0),
        ("L (n m + n(n+1)/2)", ["layers-or-heads-dropped", "final-answer-wrong"], 0),
        ("nm + n(n+1)/2", ["layers-or-heads-dropped", "final-answer-wrong"], 0),
        ("\\sum_{i=1}^{n} (m+i)(m+i+1)/2 h L", ["naive-count-for-cache", "final-answer-wrong"], 0),
        ("n h L", ["linear-growth-for-full-attention", "final-answer-wrong"], 0),
        ("n^2 h L + 7", ["final-answer-wrong"], 0),
        ("O(n^2 h L + n m h L)", ["big-o-for-exact-count"], 0.375),
    ],
)
def test_an_exact_answer_is_matched_with_its_mistake(answer: str, codes: list[str], score: float) -> None:
    report = grade_text(f"Answer: {answer}", kv(), "s")  # type: ignore[arg-type]
    assert sorted(report.codes) == sorted(codes) and report.score == score


@pytest.mark.parametrize(
    ("answer", "constants", "right"),
    [
        ("O(n^2 h L + n m h L)", [], True),
        ("O(n (n + m) h L)", [], True),
        ("O(n^2 h L)", [], False),  # m grows, so the n·m term is part of the growth
        ("O(n^2 + n m)", ["L", "h"], True),  # layers and heads fixed
        ("O(n^2)", ["L", "h", "m"], True),
        ("h L (n m + n(n+1)/2)", [], True),  # an exact count has the right growth too
    ],
)
def test_a_big_o_answer_is_judged_by_its_growth(answer: str, constants: list[str], right: bool) -> None:
    report = grade_text(answer, kv(answer_form="big_o", constants=constants), "s")  # type: ignore[arg-type]
    assert (report.verdict == "correct") is right


def test_an_error_is_carried_forward_from_the_student_s_own_per_step_cost() -> None:
    text = "per step: (m + i) h\n\\sum_{i=1}^{n} (m+i) h = h n m + h n(n+1)/2\n= hn(2m + n + 1)/2"
    report = grade_text(text, kv(), "s")  # type: ignore[arg-type]
    assert report.codes == ["layers-or-heads-dropped", "final-answer-wrong"]
    assert [d.span.line for d in report.diagnostics] == [2, 3]
    assert [s.status for s in report.steps] == ["ok", "ok"] and report.score == 0.25


def test_the_first_wrong_step_is_the_error_and_later_steps_are_judged_from_it() -> None:
    text = "\\sum_{i=1}^{n} (m+i) h L\n= h L (n m + n^2)\n= h L n (m + n)"
    report = grade_text(text, kv(), "s")  # type: ignore[arg-type]
    assert [s.status for s in report.steps] == ["error", "ok"]
    assert [(d.code, d.span.line) for d in report.diagnostics][0] == ("invalid-step", 2)


@pytest.mark.parametrize(
    ("data", "verdict", "code"),
    [
        (
            b"n h L \xff\xfe",
            "unparsable",
            "input-rejected",
        ),  # not UTF-8 (a leading \xff\xfe is a UTF-16 mark)
        (b"n" * 70_000, "unparsable", "input-rejected"),
        (b"the answer is a lot of work", "unparsable", "no-maths"),  # prose only: nothing read, not wrong
        (b"Answer: n q L", "unparsable", "unknown-symbol"),
        (b"Answer: n^{99}", "unparsable", "parse-error"),
        (b"(" * 50, "unparsable", "parse-error"),
    ],
)
def test_unreadable_work_is_flagged_never_an_error(data: bytes, verdict: str, code: str) -> None:
    report = load_question(KV).grade(data, "s")
    assert report.verdict == verdict and code in report.codes and report.verdict != "error"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_solve_prints_a_closed_form_the_model_confirms_and_the_grader_accepts(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["solve", "--problem", str(path), "--format", "json"]) == 0
    solution = json.loads(capsys.readouterr().out)
    assert solution["check"]["closed_form"] == solution["check"]["counted"] > 0
    answer = solution["closed_form"]
    assert load_question(path).grade(f"Answer: {answer}".encode(), "s").verdict == "correct"
    assert main(["solve", "--problem", str(path)]) == 0
    text = capsys.readouterr().out
    assert "total:" in text or "answer:" in text
    assert f"closed form {solution['check']['closed_form']}, counted" in text


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_grader_check_and_grade_work_on_every_bundled_problem(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    question = load_question(path)
    right = next(e for e in question.examples if e.verdict == "correct")
    wrong = next(e for e in question.examples if e.verdict == "incorrect")
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "ann.txt").write_text(right.submission)
    (folder / "ben.txt").write_text(wrong.submission)
    assert main(["check", str(folder / "ann.txt"), "--problem", str(path)]) == 0
    assert main(["check", str(folder / "ben.txt"), "--problem", str(path), "--format", "json"]) == 1
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["grade", str(folder), "--problem", str(path), "--out", str(out), "--jobs", "1"]) == 0
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert rows["ann"]["verdict"] == "correct" and rows["ben"]["verdict"] == "incorrect"


def test_a_cost_problem_runs_on_prairielearn(tmp_path: Path) -> None:
    root = tmp_path / "job"
    for sub in ("data", "student", "tests"):
        (root / sub).mkdir(parents=True)
    (root / "data" / "data.json").write_text("{}")
    (root / "student" / "answer.txt").write_text("Answer: hLn(2m + n + 1)/2")
    (root / "tests" / "problem.toml").write_text(KV.read_text())
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert json.loads((root / "results" / "results.json").read_text())["score"] == 1.0


@pytest.mark.parametrize(
    ("changes", "key", "words"),
    [
        ({"ask": "attention_score"}, "ask", "expected one of"),
        ({"strategy": "cache"}, "strategy", "expected one of"),
        ({"ask": "kv_cache_entries", "strategy": "naive"}, "strategy", "only for kv_cache or window"),
        ({"symbols": {"n": "tokens", "x": "prompt"}}, "symbols.x", "expected one of the letters"),
        ({"symbols": {"m": "prompt"}}, "symbols", "needs the letter 'n'"),
        ({"strategy": "window"}, "symbols", "needs the letter 'k'"),
        ({"constants": ["q"]}, "constants", "letters from [symbols]"),
        ({"answer_form": "approx"}, "answer_form", "expected one of"),
        ({"model": {"kind": "transformer", "layer": 2}}, "model.layer", "did you mean 'layers'"),
        ({"model": {"kind": "ngram"}}, "model.kind", "transformer"),
        ({"anser_form": "exact"}, "anser_form", "did you mean 'answer_form'"),
    ],
)
def test_a_broken_problem_file_names_the_key(changes: dict[str, object], key: str, words: str) -> None:
    with pytest.raises(ProblemError) as err:
        problem_from_dict({**BASE, **changes}, "p.toml")
    assert err.value.key == key and words in err.value.message


def test_mutated_answers_grade_without_raising_and_with_spans_inside_the_text() -> None:
    """Fixed-seed mutations of every bundled example: no exception, never `error`, spans in the text."""
    import random

    questions = [load_question(p) for p in BUNDLED]
    texts = [e.submission for q in questions for e in q.examples]
    pieces = list("nmkdLhVijtx()[]{}^_*/+-=·×Σ²0123456789 \\,.:;|$&") + [
        "\\sum", "\\frac", "\\Theta", "\\left(", "sum", "Answer:", "\n", "from i=1 to n", "O(", "^{12}",
    ]  # fmt: skip
    rng = random.Random(12)
    for _ in range(300):
        text = list(rng.choice(texts))
        for _ in range(rng.randint(1, 8)):
            at = rng.randint(0, len(text))
            if rng.random() < 0.5:
                text.insert(at, rng.choice(pieces))
            elif text:
                del text[min(at, len(text) - 1)]
        submission = "".join(text)
        report = rng.choice(questions).grade(submission.encode(), "fuzz")
        assert report.verdict != "error", submission
        lines = max(1, len(submission.splitlines()))
        assert all(1 <= d.span.line <= lines for d in report.diagnostics), submission
