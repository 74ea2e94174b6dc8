"""Run inside the platforms' containers: grade the one submission of a Gradescope or PrairieLearn job.

Both write their results.json even when something goes wrong, so the platform always has an answer:
the student's mistakes are graded, an unreadable submission is reported as such, and an
instructor's configuration mistake (no or broken problem file) says so and exits 2.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from pathlib import Path
from typing import Any

from grader.batch import read_submission, write_atomic
from grader.classfiles import SUFFIXES, submission_files
from grader.problem import Problem, ProblemError, load_problem

EXIT_FULL, EXIT_NOT_FULL, EXIT_USAGE = 0, 1, 2
PL_RESULTS_LIMIT = 1_000_000  # PrairieLearn rejects a results.json over 1 MB


class ConfigError(Exception):
    """The instructor's setup is wrong (not the student's work)."""


def find_problem(explicit: str | None, folder: Path, label: str) -> Problem:
    """The problem from --problem, or the only problem file (.toml) in `folder`."""
    if explicit:
        path = Path(explicit)
    else:
        found = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        preferred = [p for p in found if p.name == "problem.toml"]
        if preferred:
            found = preferred
        if len(found) != 1:
            what = "no problem file (*.toml)" if not found else f"{len(found)} problem files, expected one"
            raise ConfigError(f"{folder}: {what} in the {label}; pass --problem")
        path = found[0]
    try:
        return load_problem(path)
    except ProblemError as err:
        raise ConfigError(str(err)) from None


def _grade(data: bytes, problem: Problem, name: str, seconds: float, memory_mb: int) -> Any:
    from grader.grade import grade_with_budget

    return grade_with_budget(data, problem, name, seconds, memory_mb)


def _no_files_message(folder: Path) -> str:
    kinds = ", ".join(SUFFIXES)
    return f"no submitted file to grade: submit your derivation as a {kinds} file (looked in {folder})"


def gradescope_run(
    root: Path, problem_path: str | None, visibility: str, seconds: float, memory_mb: int
) -> int:
    """Grade ROOT/submission/ and write ROOT/results/results.json (Gradescope's layout under ROOT)."""
    from grader.writers import gradescope

    started = time.perf_counter()
    results = root / "results"
    results.mkdir(parents=True, exist_ok=True)
    try:
        problem = find_problem(problem_path, root / "source" / "problem", "autograder bundle")
    except ConfigError as err:
        message = f"The autograder is misconfigured (a problem for the instructor, not you): {err}"
        _write_json(results / "results.json", _gradescope_message(0.0, message, visibility, "config-error"))
        print(f"grader: error: {err}")
        return EXIT_USAGE
    files = submission_files(root / "submission")
    if not files:
        message = _no_files_message(root / "submission")
        _write_json(results / "results.json", _gradescope_message(0.0, message, visibility, "no-submission"))
        return EXIT_NOT_FULL
    name = " + ".join(str(f.relative_to(root / "submission")) for f in files)
    report = _grade(read_submission(tuple(files)), problem, name, seconds, memory_mb)
    out = gradescope.render(report, problem.title, visibility, time.perf_counter() - started)
    _write_json(results / "results.json", out)
    print(f"{name}: {report.score:g} / {report.max_score:g} ({report.verdict})")
    return EXIT_FULL if report.verdict == "correct" else EXIT_NOT_FULL


def _gradescope_message(score: float, message: str, visibility: str, kind: str) -> dict[str, Any]:
    return {
        "score": score,
        "output": message + "\n",
        "output_format": "md",
        "visibility": visibility,
        "extra_data": {"verdict": kind},
        "tests": [],
    }


def _write_json(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _pl_submitted_files(data: dict[str, Any]) -> list[tuple[str, bytes]]:
    """Files sent in data.json's submitted_answers._files (name, base64 contents), gradable kinds only."""
    answers = data.get("submitted_answers")
    files = answers.get("_files") if isinstance(answers, dict) else None
    out = []
    for item in files if isinstance(files, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        if Path(item["name"]).suffix.lower() not in SUFFIXES:
            continue
        try:
            out.append((item["name"], base64.b64decode(str(item.get("contents", "")), validate=False)))
        except (binascii.Error, ValueError):
            continue
    return sorted(out)


def prairielearn_run(root: Path, problem_path: str | None, seconds: float, memory_mb: int) -> int:
    """Grade a PrairieLearn job folder ROOT (data/, student/, tests/) into ROOT/results/results.json."""
    from grader.writers import prairielearn

    results = root / "results"
    results.mkdir(parents=True, exist_ok=True)
    try:
        data = json.loads((root / "data" / "data.json").read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    params = data.get("params") if isinstance(data.get("params"), dict) else {}
    named = params.get("grader_problem") if isinstance(params.get("grader_problem"), str) else None
    try:
        if problem_path is None and named:
            problem_path = str(root / "tests" / named)
        problem = find_problem(problem_path, root / "tests", "question's tests/ folder")
    except ConfigError as err:
        message = f"The question is misconfigured (a problem for the instructor, not you): {err}"
        _write_json(
            results / "results.json", {"gradable": False, "format_errors": [message], "message": message}
        )
        print(f"grader: error: {err}")
        return EXIT_USAGE
    files = submission_files(root / "student")
    if files:
        submission, name = read_submission(tuple(files)), " + ".join(f.name for f in files)
    else:
        sent = _pl_submitted_files(data)
        if not sent:
            message = _no_files_message(root / "student")
            _write_json(
                results / "results.json", {"gradable": False, "format_errors": [message], "message": message}
            )
            return EXIT_NOT_FULL
        submission, name = b"\n\n".join(body for _, body in sent), " + ".join(n for n, _ in sent)
    report = _grade(submission, problem, name, seconds, memory_mb)
    out = prairielearn.render(report, problem.title)
    text = json.dumps(out, indent=2, ensure_ascii=False)
    if len(text.encode()) > PL_RESULTS_LIMIT:
        for test in out.get("tests", []):
            test["output"] = ""
        out["output"] = out["output"][:100_000]
        text = json.dumps(out, indent=2, ensure_ascii=False)
    write_atomic(results / "results.json", text + "\n")
    print(f"{name}: {report.score:g} / {report.max_score:g} ({report.verdict})")
    return EXIT_FULL if report.verdict == "correct" else EXIT_NOT_FULL
