"""PrairieLearn external grading: a /grade job folder in, results.json out, checked key by key."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from grader.cli import main
from tests.conftest import example_score

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ROOT / "problems/seed/deep-learning.toml"
EXAMPLES = ROOT / "examples/deep-learning"

# docs/externalGrading.md and docs/elements/pl-external-grader-results.md
TEST_KEYS = {"name", "description", "points", "max_points", "message", "output", "images"}


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


def results(root: Path) -> dict:
    path = root / "results" / "results.json"
    assert path.stat().st_size < 1_000_000
    return json.loads(path.read_text())


def check_gradable(data: dict) -> None:
    assert data["gradable"] is True
    assert isinstance(data["score"], int | float) and 0.0 <= data["score"] <= 1.0
    assert isinstance(data["message"], str) and isinstance(data["output"], str)
    assert data["tests"], "tests are listed"
    for test in data["tests"]:
        assert set(test) <= TEST_KEYS
        assert {"name", "points", "max_points", "message", "output"} <= set(
            test
        )  # points shown only if all have both
        assert isinstance(test["points"], int | float) and isinstance(test["max_points"], int | float)
        assert 0 <= test["points"] <= test["max_points"] or test["max_points"] == 0
        assert all(isinstance(test[k], str) for k in ("name", "message", "output"))


CASES = [
    # (file, score in [0, 1], exit code, codes)
    ("alice.txt", 1.0, 0, []),
    ("bob.txt", BOB_SCORE, 1, ["multiplied-log-probs", "final-answer-wrong"]),
]


@pytest.mark.parametrize(("name", "score", "code", "codes"), CASES)
def test_graded_job_results_by_the_spec(
    tmp_path: Path, name: str, score: float, code: int, codes: list[str]
) -> None:
    root = job(tmp_path, {name: (EXAMPLES / name).read_text()})
    assert not (root / "results").exists()
    assert main(["prairielearn", "run", "--root", str(root)]) == code
    data = results(root)
    check_gradable(data)
    assert data["score"] == pytest.approx(score)
    assert data["tests"][0]["points"] == pytest.approx(score) and data["tests"][0]["max_points"] == 1.0
    assert [t["description"] for t in data["tests"][1:]] == codes


UNREADABLE = ["see attached\n", "log P(y|x = = (((\n", "\xff\xfe\x00garbage"]


@pytest.mark.parametrize("text", UNREADABLE)
def test_unreadable_work_is_not_gradable(tmp_path: Path, text: str) -> None:
    root = job(tmp_path, {"answer.txt": text})
    assert main(["prairielearn", "run", "--root", str(root)]) == 1
    data = results(root)
    assert data["gradable"] is False and "score" not in data
    assert isinstance(data["format_errors"], list) and data["format_errors"]
    assert all(isinstance(e, str) and e for e in data["format_errors"])
    assert isinstance(data["message"], str)


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
    assert results(root)["problem"] == "seed-deep-learning-perplexity"
    assert main(["prairielearn", "run", "--root", str(root), "--problem", str(PROBLEM)]) == 0
    assert results(root)["score"] == 1.0


def test_no_submission_and_no_problem(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = job(tmp_path, {})
    assert main(["prairielearn", "run", "--root", str(root)]) == 1
    assert results(root)["gradable"] is False
    bare = job(tmp_path / "bare", {"a.txt": "x"}, tests=False)
    assert main(["prairielearn", "run", "--root", str(bare)]) == 2
    data = results(bare)
    assert data["gradable"] is False and "misconfigured" in data["message"]
    assert "no problem file" in capsys.readouterr().out


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
