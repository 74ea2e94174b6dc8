"""PrairieLearn external grading: a /grade job folder in, results.json out, judged as the platform judges it."""

from __future__ import annotations

import base64
import json
import math
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from grader.cli.main import main
from grader.writers.prairielearn import CUT_NOTE, RESULTS_LIMIT, fit
from tests.conftest import example_score

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ROOT / "problems/seed/deep-learning.toml"
EXAMPLES = ROOT / "examples/deep-learning"

# docs/externalGrading.md and docs/elements/pl-external-grader-results.md
TEST_KEYS = {"name", "description", "points", "max_points", "message", "output", "images"}
HOST_LIMIT = (
    1024 * 1024
)  # apps/grader-host/src/index.ts: `Buffer.byteLength(data) > 1024 * 1024` fails the job

BOB_SCORE = example_score("bob.txt")


def job(tmp_path: Path, student: dict[str, str], data: dict | None = None, tests: bool = True) -> Path:
    """A folder laid out like /grade: data/data.json, student/, tests/ (the question's, with the problem)."""
    root = tmp_path / "grade"
    (root / "data").mkdir(parents=True)
    (root / "student").mkdir()
    payload = data if data is not None else {"params": {}, "correct_answers": {}, "submitted_answers": {}}
    (root / "data" / "data.json").write_text(json.dumps(payload))
    for name, text in student.items():
        (root / "student" / name).write_text(text, encoding="utf-8")
    if tests:
        (root / "tests").mkdir()
        (root / "tests" / "problem.toml").write_bytes(PROBLEM.read_bytes())
    return root


def problem_copy(folder: Path, stem: str) -> Path:
    """The deep-learning problem saved as FOLDER/STEM.toml with id STEM (one question of several)."""
    text = PROBLEM.read_text().replace('id = "seed-deep-learning"', f'id = "{stem}"', 1)
    path = folder / f"{stem}.toml"
    path.write_text(text)
    return path


def results(root: Path) -> dict:
    path = root / "results" / "results.json"
    assert path.stat().st_size <= RESULTS_LIMIT
    return json.loads(path.read_text())


def check_schema(data: object) -> None:
    """results.json as PrairieLearn accepts it (externalGrader.ts; docs/externalGrading.md)."""
    assert isinstance(data, dict)
    gradable = data.get("gradable", True)
    assert isinstance(gradable, bool)
    if gradable:
        score = data["score"]
        assert isinstance(score, int | float) and not isinstance(score, bool)
        assert math.isfinite(score) and 0.0 <= score <= 1.0
    else:
        errors = data["format_errors"]
        assert isinstance(errors, str) or (
            isinstance(errors, list) and all(isinstance(e, str) for e in errors)
        )
    for key in ("message", "output"):
        assert isinstance(data.get(key, ""), str)
    tests = data.get("tests", [])
    assert isinstance(tests, list)
    for test in tests:
        assert set(test) <= TEST_KEYS
        assert {"name", "points", "max_points", "message", "output"} <= set(
            test
        )  # points shown only if all have both
        assert isinstance(test["points"], int | float) and isinstance(test["max_points"], int | float)
        assert 0 <= test["points"] <= test["max_points"] or test["max_points"] == 0
        assert all(isinstance(test[k], str) for k in ("name", "message", "output"))


@dataclass(frozen=True)
class Seen:
    """What the student gets from one grading job."""

    job_failed: bool  # PrairieLearn shows a failed grading job (no attempt used, no feedback of ours)
    gradable: bool
    score: float | None
    message: str
    results: dict


def prairielearn_host(root: Path, *args: str, limit_s: float = 60.0) -> Seen:
    """Run the real entrypoint as PrairieLearn's grader host does and judge the job by its rules.

    Relied on, from PrairieLearn/PrairieLearn at 88fb855 (August 2026):
    apps/grader-host/src/index.ts: `results.succeeded = !results.timedOut && data.State.ExitCode === 0`;
    results/results.json is read only `if (results.succeeded)`, and the job fails when
    `Buffer.byteLength(data) > 1024 * 1024` or `JSON.parse` throws.
    apps/prairielearn/src/lib/externalGrader.ts: `gradable = jobSucceeded &&
    !!(results.gradable ?? true)`; a gradable result without a finite score in [0, 1] is not gradable.
    """
    command = [sys.executable, "-m", "grader", "prairielearn", "run", "--root", str(root), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, cwd=root, timeout=limit_s)
    except subprocess.TimeoutExpired:
        return Seen(True, False, None, "did not complete within the time limit", {})
    path = root / "results" / "results.json"
    if done.returncode != 0:
        written = json.loads(path.read_text()) if path.exists() else {}
        return Seen(True, False, None, "job failed", written)
    data = path.read_bytes()
    assert len(data) <= HOST_LIMIT, "the host would fail this job: results over 1 MB"
    parsed = json.loads(data)
    check_schema(parsed)
    gradable = parsed.get("gradable", True)
    return Seen(False, gradable, parsed.get("score") if gradable else None, parsed.get("message", ""), parsed)


CONTRACT = [
    # (case, student files, extra args, gradable, score, words in the message)
    ("full marks", {"alice.txt": (EXAMPLES / "alice.txt").read_text()}, (), True, 1.0, "correct"),
    ("partial marks", {"bob.txt": (EXAMPLES / "bob.txt").read_text()}, (), True, BOB_SCORE, "incorrect"),
    ("unparsable work", {"answer.txt": "see attached\n"}, (), False, None, "could not read"),
    ("an empty file", {"answer.txt": ""}, (), False, None, "could not read"),
    ("no file at all", {}, (), False, None, "no submitted file"),
    (
        "a grader timeout",
        {"bob.txt": (EXAMPLES / "bob.txt").read_text()},
        ("--timeout", "0.001"),
        False,
        None,
        "grader failed",
    ),
]


@pytest.mark.parametrize(
    ("case", "student", "args", "gradable", "score", "words"), CONTRACT, ids=[c[0] for c in CONTRACT]
)
def test_the_student_gets_our_results_under_the_hosts_rules(
    tmp_path: Path,
    case: str,
    student: dict[str, str],
    args: tuple[str, ...],
    gradable: bool,
    score: float | None,
    words: str,
) -> None:
    """Any score, unreadable work and a grader timeout all exit 0, so PrairieLearn reads results.json."""
    seen = prairielearn_host(job(tmp_path, student), *args)
    assert not seen.job_failed
    assert seen.gradable is gradable
    assert seen.score == (None if score is None else pytest.approx(score))
    assert words in seen.message
    if case == "a grader timeout":
        assert "not a judgement of your work" in seen.message and "no attempt was used" in seen.message


def test_a_missing_problem_fails_the_job_but_says_why(tmp_path: Path) -> None:
    """The instructor's mistake: exit 2 (a failed job, which costs the student nothing), results.json says so."""
    seen = prairielearn_host(job(tmp_path, {"a.txt": "x"}, tests=False))
    assert seen.job_failed
    assert seen.results["gradable"] is False and "misconfigured" in seen.results["message"]
    assert "no problem file" in seen.results["message"]


def many_errors(seed: int) -> str:
    """399 unreadable lines (nearly the most graded), each heavy on what JSON must escape: about 55 KB."""
    tail = '\\"' * 60
    return "".join(f"log Pr(y|x) = {seed}{i} {tail}\n" for i in range(399))


@pytest.mark.parametrize("readable", [True, False], ids=["one question readable", "nothing readable"])
def test_a_huge_many_error_job_stays_under_the_hosts_1_mb(tmp_path: Path, readable: bool) -> None:
    """Eight questions of 399 unreadable lines each make 2 to 5 MB of results uncut (measured)."""
    student = {f"q{i}.txt": many_errors(i) for i in range(1, 9)}
    if readable:
        student["q1.txt"] = (EXAMPLES / "alice.txt").read_text()
    root = job(tmp_path, student, tests=False)
    (root / "tests").mkdir()
    for i in range(1, 9):
        problem_copy(root / "tests", f"q{i}")
    seen = prairielearn_host(root)
    assert not seen.job_failed and seen.gradable is readable
    assert (root / "results" / "results.json").stat().st_size <= RESULTS_LIMIT
    assert CUT_NOTE in seen.message  # it was needed, and the student is told
    if readable:
        assert seen.score == pytest.approx(1 / 8)
        scored = [t["name"] for t in seen.results["tests"] if t["max_points"] > 0]
        assert scored == [PROBLEM_TITLE] * 8  # every question's test survives the cut
    else:
        assert len(seen.results["format_errors"]) > 10


PROBLEM_TITLE = "Log-likelihood of a two-token answer"

BIG = 'é\\"' * 200_000
SHAPES = [
    ("one huge output", {"gradable": True, "score": 0.5, "message": "m", "output": BIG, "tests": []}),
    (
        "a hundred thousand tests",
        {
            "gradable": True,
            "score": 0.25,
            "message": "m",
            "output": "o",
            "tests": [{"name": "q", "points": 1, "max_points": 4, "message": BIG[:100], "output": ""}]
            + [
                {"name": f"d{i}", "points": 0, "max_points": 0, "message": "x" * 50, "output": "y" * 50}
                for i in range(100_000)
            ],
        },
    ),
    (
        "endless format errors",
        {"gradable": False, "format_errors": [BIG[:1000]] * 5000, "message": "m", "output": BIG},
    ),
]


@pytest.mark.parametrize(("case", "data"), SHAPES, ids=[s[0] for s in SHAPES])
def test_fit_cuts_any_results_to_the_limit_and_keeps_the_grade(case: str, data: dict) -> None:
    text = fit(data)
    assert len(text.encode()) <= RESULTS_LIMIT
    cut = json.loads(text)
    check_schema(cut)
    assert cut["gradable"] == data["gradable"] and cut.get("score") == data.get("score")
    assert CUT_NOTE in cut["message"]
    scored = [t["points"] for t in data.get("tests", []) if t["max_points"]]
    assert [t["points"] for t in cut.get("tests", []) if t["max_points"]] == scored


def test_small_results_are_written_as_they_are() -> None:
    data = {"gradable": True, "score": 1.0, "message": "m", "output": "o", "tests": []}
    assert json.loads(fit(data)) == data


CASES = [
    # (file, score in [0, 1], codes)
    ("alice.txt", 1.0, []),
    ("bob.txt", BOB_SCORE, ["multiplied-log-probs", "final-answer-wrong"]),
]


@pytest.mark.parametrize(("name", "score", "codes"), CASES)
def test_graded_job_results_by_the_spec(tmp_path: Path, name: str, score: float, codes: list[str]) -> None:
    root = job(tmp_path, {name: (EXAMPLES / name).read_text()})
    assert not (root / "results").exists()
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    data = results(root)
    check_schema(data)
    assert data["gradable"] is True and data["tests"]
    assert data["score"] == pytest.approx(score)
    assert data["tests"][0]["points"] == pytest.approx(score) and data["tests"][0]["max_points"] == 1.0
    assert [t["description"] for t in data["tests"][1:]] == codes


UNREADABLE = ["see attached\n", "log P(y|x = = (((\n", "\xff\xfe\x00garbage"]


@pytest.mark.parametrize("text", UNREADABLE)
def test_unreadable_work_is_not_gradable(tmp_path: Path, text: str) -> None:
    root = job(tmp_path, {"answer.txt": text})
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    data = results(root)
    check_schema(data)
    assert data["gradable"] is False and "score" not in data
    assert isinstance(data["format_errors"], list) and data["format_errors"]
    assert all(isinstance(e, str) and e for e in data["format_errors"])


def test_files_sent_in_data_json(tmp_path: Path) -> None:
    contents = base64.b64encode((EXAMPLES / "alice.txt").read_bytes()).decode()
    data = {"params": {}, "submitted_answers": {"_files": [{"name": "work.txt", "contents": contents}]}}
    root = job(tmp_path, {}, data=data)
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    assert results(root)["score"] == 1.0


def test_problem_named_in_params_or_on_the_command_line(tmp_path: Path) -> None:
    root = job(
        tmp_path,
        {"a.txt": (EXAMPLES / "alice.txt").read_text()},
        data={"params": {"grader_problem": "ppl.toml"}},
    )
    (root / "tests" / "ppl.toml").write_bytes(
        (ROOT / "problems/seed/deep-learning-perplexity.toml").read_bytes()
    )
    main(["prairielearn", "run", "--root", str(root)])
    assert results(root)["problems"] == ["seed-deep-learning-perplexity"]
    assert main(["prairielearn", "run", "--root", str(root), "--problem", str(PROBLEM)]) == 0
    assert results(root)["score"] == 1.0


SEVERAL = [
    # (student files, gradable, score, test points in problem order)
    ({"q1.txt": "alice", "q2.md": "alice"}, True, 1.0, [1.0, 1.0]),
    ({"q1.txt": "alice", "q2.txt": "bob"}, True, (1 + BOB_SCORE) / 2, [1.0, BOB_SCORE]),
    ({"q1.txt": "alice", "notes.txt": "bob"}, True, 0.5, [1.0, 0.0]),  # q2 has no file: 0 of its points
    ({"q1.txt": "see attached\n", "q2.txt": "alice"}, True, 0.5, [0.0, 1.0]),
    ({"q1.txt": "see attached\n"}, False, None, None),  # nothing could be graded: keep the attempt
]


@pytest.mark.parametrize(("student", "gradable", "score", "points"), SEVERAL)
def test_several_problems_in_tests_each_graded_on_its_file(
    tmp_path: Path, student: dict[str, str], gradable: bool, score: float | None, points: list[float] | None
) -> None:
    texts = {"alice": (EXAMPLES / "alice.txt").read_text(), "bob": (EXAMPLES / "bob.txt").read_text()}
    root = job(tmp_path, {name: texts.get(text, text) for name, text in student.items()}, tests=False)
    (root / "tests").mkdir()
    problem_copy(root / "tests", "q1")
    problem_copy(root / "tests", "q2")
    assert main(["prairielearn", "run", "--root", str(root)]) == 0
    data = results(root)
    check_schema(data)
    assert data["gradable"] is gradable
    if gradable:
        assert data["score"] == pytest.approx(score)
        scored = [t for t in data["tests"] if t["max_points"] > 0]
        assert [t["points"] for t in scored] == pytest.approx(points)
    if "q2.txt" not in student and "q2.md" not in student:
        assert "q2.txt" in json.dumps(data)  # says which file name was expected


def test_duplicate_problem_ids_are_the_instructors_error(tmp_path: Path) -> None:
    root = job(tmp_path, {"q1.txt": "x"}, tests=False)
    (root / "tests").mkdir()
    (root / "tests" / "q1.toml").write_bytes(PROBLEM.read_bytes())
    (root / "tests" / "q2.toml").write_bytes(PROBLEM.read_bytes())
    assert main(["prairielearn", "run", "--root", str(root)]) == 2
    assert "seed-deep-learning" in results(root)["message"]


def test_setup_is_documented() -> None:
    doc = (ROOT / "docs" / "prairielearn.md").read_text()
    for needle in (
        '"gradingMethod": "External"',
        "externalGradingOptions",
        '"image"',
        '"entrypoint"',
        "grader prairielearn run",
        "/grade/tests",
    ):
        assert needle in doc
    gs = (ROOT / "docs" / "gradescope.md").read_text()
    assert "grader gradescope build" in gs and "setup.sh" in gs and "run_autograder" in gs
