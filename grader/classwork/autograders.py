"""Run inside the platforms' containers: grade the submission of one Gradescope or PrairieLearn job.

A job grades one or more problems. Both commands write their results.json whatever happens and
then exit 0, because the platforms read results.json only from a job that succeeded (PrairieLearn's
grader host: `succeeded = !timedOut && ExitCode === 0`): the score, unreadable work
(`gradable: false`) and a grader timeout all reach the student that way. An instructor's
configuration mistake (no, broken or clashing problem files) is written to results.json too, and
exits 2; a results file that cannot be written at all exits 3.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from grader.classwork.batch import read_submission, write_atomic
from grader.classwork.classfiles import SUFFIXES, scan_submission
from grader.core.exits import EXIT_FULL, EXIT_INTERNAL, EXIT_USAGE
from grader.core.problemfile import ProblemError
from grader.core.question import Question, for_student, grade_with_budget, load_question
from grader.writers.gradescope import Part


class ConfigError(Exception):
    """The instructor's setup is wrong (not the student's work)."""


@dataclass(frozen=True)
class Upload:
    """One submitted file: its name as the student gave it, and its bytes (or where they are)."""

    name: str
    source: Path | bytes


def find_problems(explicit: list[str] | None, folder: Path, label: str, prefer: str | None) -> list[Question]:
    """The problems from --problem, else `prefer` in `folder` if there, else every *.toml in `folder`."""
    if explicit:
        paths = [Path(p) for p in explicit]
    else:
        found = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        paths = [p for p in found if p.name == prefer] or found
        if not paths:
            raise ConfigError(f"{folder}: no problem file (*.toml) in the {label}; pass --problem")
    problems = []
    for path in paths:
        try:
            problems.append(load_question(path))
        except ProblemError as err:
            raise ConfigError(str(err)) from None
    owner: dict[str, str] = {}
    for problem in problems:
        for key in problem_keys(problem) if len(problems) > 1 else (problem.id,):
            if key in owner and owner[key] != problem.path:
                raise ConfigError(
                    f"{problem.path}: id or file name {key!r} is also that of {owner[key]}; "
                    "the problems of one job need distinct ids and file names"
                )
            owner[key] = problem.path
    return problems


def problem_keys(problem: Question) -> tuple[str, ...]:
    """The names a student's file may carry to count for this problem: its file stem and its id."""
    return tuple(dict.fromkeys((Path(problem.path).stem.lower(), problem.id.lower())))


def expected_names(problem: Question) -> str:
    """The file names a student should give their work on this problem, for messages."""
    stem = Path(problem.path).stem
    return ", ".join(stem + suffix for suffix in SUFFIXES[:-1]) + f" or {stem}{SUFFIXES[-1]}"


def assign(uploads: list[Upload], problems: list[Question]) -> tuple[list[list[Upload]], list[Upload]]:
    """The uploads for each problem, and those matching none.

    With one problem every file is its; with several, a file counts for the problem whose file stem
    or id equals the file's stem (`q1.md` for `q1.toml`), or the name of the folder it is in.
    """
    if len(problems) == 1:
        return [list(uploads)], []
    keys = {key: i for i, problem in enumerate(problems) for key in problem_keys(problem)}
    per: list[list[Upload]] = [[] for _ in problems]
    unmatched = []
    for upload in uploads:
        path = PurePosixPath(upload.name)
        names = [path.stem.lower(), *([path.parts[0].lower()] if len(path.parts) > 1 else [])]
        index = next((keys[n] for n in names if n in keys), None)
        if index is None:
            unmatched.append(upload)
        else:
            per[index].append(upload)
    return per, unmatched


def _contents(uploads: list[Upload]) -> bytes:
    paths = tuple(u.source for u in uploads if isinstance(u.source, Path))
    if paths:
        return read_submission(paths)
    return b"\n\n".join(u.source for u in uploads if isinstance(u.source, bytes))


def grade_parts(
    problems: list[Question],
    uploads: list[Upload],
    seconds: float,
    memory_mb: int,
    student: str | None = None,
    salt: str | None = None,
) -> tuple[list[Part], list[str]]:
    """Each problem graded on its files (against `student`'s variant where it has [params]), as the
    student may see it; and the names of unmatched files."""
    per, unmatched = assign(uploads, problems)
    parts = []
    for base, mine in zip(problems, per, strict=True):
        try:
            problem = for_student(base, student, salt)
        except ProblemError as err:  # a draw the problem file cannot build: the instructor's to fix
            raise ConfigError(str(err)) from None
        title = problem.title or problem.id
        if not mine:
            missing = f"No file for this question: submit it as {expected_names(problem)}."
            parts.append(Part(title, problem.points, None, missing))
            continue
        name = " + ".join(u.name for u in mine)
        report = grade_with_budget(problem, _contents(mine), name, seconds, memory_mb)
        # The one place each platform's student-facing feedback comes from.
        parts.append(Part(title, problem.points, problem.student_view(report)))
        drawn = f" variant {report.variant}" if report.variant else ""
        print(f"{name}: {report.score:g} / {report.max_score:g} ({report.verdict}){drawn}")
    return parts, [u.name for u in unmatched]


def _no_files_message(folder: Path, skipped: list[str]) -> str:
    kinds = ", ".join(SUFFIXES)
    found = f"; not read: {'; '.join(skipped)}" if skipped else ""
    return f"no submitted file to grade: submit your derivation as a {kinds} file (looked in {folder}){found}"


def _not_graded(unmatched: list[str], skipped: list[str]) -> list[str]:
    """What the student uploaded that was not graded, each with why."""
    return [f"{name} (the name matches no question)" for name in unmatched] + skipped


def _uploads(folder: Path) -> tuple[list[Upload], list[str]]:
    """The gradable files of a submission, and the entries skipped ("x.txt: a symbolic link, not followed")."""
    files, skipped = scan_submission(folder) if folder.is_dir() else ([], [])
    return [Upload(p.relative_to(folder).as_posix(), p) for p in files], skipped


def _write(path: Path, text: str) -> int:
    """Write results.json; EXIT_INTERNAL (and a message for the logs) when it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError as err:
        print(f"grader: error: {path}: cannot write the results ({err.strerror or err})", file=sys.stderr)
        return EXIT_INTERNAL
    return EXIT_FULL


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def gradescope_student(root: Path) -> str | None:
    """The submitter's id from ROOT/submission_metadata.json (email, else sid, else name, else id: the
    order `grader grade` reads an export's metadata in), the first of a group; None when absent."""
    try:
        data = json.loads((root / "submission_metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    users = data.get("users") if isinstance(data, dict) else None
    first = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
    for key in ("email", "sid", "name", "id"):
        value = first.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def gradescope_run(
    root: Path,
    problem_paths: list[str] | None,
    visibility: str,
    seconds: float,
    memory_mb: int,
    salt: str | None = None,
) -> int:
    """Grade ROOT/submission/ and write ROOT/results/results.json (Gradescope's layout under ROOT).

    A problem with [params] is graded against the variant of the student named in
    ROOT/submission_metadata.json.
    """
    from grader.writers import gradescope

    started = time.perf_counter()
    out = root / "results" / "results.json"
    try:
        problems = find_problems(problem_paths, root / "source" / "problem", "autograder bundle", None)
    except ConfigError as err:
        message = f"The autograder is misconfigured (a problem for the instructor, not you): {err}"
        print(f"grader: error: {err}")
        return _write(out, _dump(gradescope.message(0.0, message, visibility, "config-error"))) or EXIT_USAGE
    uploads, skipped = _uploads(root / "submission")
    if not uploads:
        message = _no_files_message(root / "submission", skipped)
        return _write(out, _dump(gradescope.message(0.0, message, visibility, "no-submission")))
    try:
        parts, unmatched = grade_parts(problems, uploads, seconds, memory_mb, gradescope_student(root), salt)
    except ConfigError as err:
        message = f"The autograder is misconfigured (a problem for the instructor, not you): {err}"
        print(f"grader: error: {err}")
        return _write(out, _dump(gradescope.message(0.0, message, visibility, "config-error"))) or EXIT_USAGE
    results = gradescope.render_parts(
        parts, visibility, time.perf_counter() - started, _not_graded(unmatched, skipped)
    )
    return _write(out, _dump(results))


def _pl_submitted_files(data: dict[str, Any]) -> list[Upload]:
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
            out.append(Upload(item["name"], base64.b64decode(str(item.get("contents", "")), validate=False)))
        except (binascii.Error, ValueError):
            continue
    return sorted(out, key=lambda u: u.name)


def _pl_problems(root: Path, problem_paths: list[str] | None, data: dict[str, Any]) -> list[Question]:
    params = data.get("params") if isinstance(data.get("params"), dict) else {}
    named = params.get("grader_problem") if isinstance(params.get("grader_problem"), str) else None
    if not problem_paths and named:
        problem_paths = [str(root / "tests" / named)]
    return find_problems(problem_paths, root / "tests", "question's tests/ folder", "problem.toml")


def prairielearn_variant(data: dict[str, Any]) -> str | None:
    """The variant data.json's `params.grader_variant` names (set by the question's server.py), or None."""
    params = data.get("params")
    name = params.get("grader_variant") if isinstance(params, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def prairielearn_run(
    root: Path, problem_paths: list[str] | None, seconds: float, memory_mb: int, salt: str | None = None
) -> int:
    """Grade a PrairieLearn job folder ROOT (data/, student/, tests/) into ROOT/results/results.json.

    A problem with [params] is graded against the variant named in data.json's `params.grader_variant`.
    """
    from grader.writers import prairielearn

    out = root / "results" / "results.json"
    try:
        data = json.loads((root / "data" / "data.json").read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    try:
        problems = _pl_problems(root, problem_paths, data)
    except ConfigError as err:
        message = f"The question is misconfigured (a problem for the instructor, not you): {err}"
        print(f"grader: error: {err}")
        results = {"gradable": False, "format_errors": [message], "message": message}
        return _write(out, prairielearn.fit(results)) or EXIT_USAGE
    uploads, skipped = _uploads(root / "student")
    uploads = uploads or _pl_submitted_files(data)
    if not uploads:
        message = _no_files_message(root / "student", skipped)
        return _write(
            out, prairielearn.fit({"gradable": False, "format_errors": [message], "message": message})
        )
    try:
        parts, unmatched = grade_parts(
            problems, uploads, seconds, memory_mb, prairielearn_variant(data), salt
        )
    except ConfigError as err:
        message = f"The question is misconfigured (a problem for the instructor, not you): {err}"
        print(f"grader: error: {err}")
        results = {"gradable": False, "format_errors": [message], "message": message}
        return _write(out, prairielearn.fit(results)) or EXIT_USAGE
    return _write(out, prairielearn.fit(prairielearn.render_parts(parts, _not_graded(unmatched, skipped))))
