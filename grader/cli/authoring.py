"""`grader problems new|show|lint` and `grader prairielearn build`: the instructor's authoring commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from grader.core.exits import EXIT_FULL, EXIT_USAGE


def _error(message: str) -> int:
    print(f"grader: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_new(kind: str, output: str | None) -> int:
    """Print or write the commented template of a kind; an existing file is never overwritten."""
    import difflib

    from grader.authoring.templates import TEMPLATES

    if kind not in TEMPLATES:
        close = difflib.get_close_matches(kind, TEMPLATES, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"templates exist for: {', '.join(TEMPLATES)}"
        return _error(f"no template for the kind {kind!r}; {hint}")
    if output is None:
        sys.stdout.write(TEMPLATES[kind])
        return EXIT_FULL
    try:
        with open(output, "x", encoding="utf-8") as handle:
            handle.write(TEMPLATES[kind])
    except FileExistsError:
        return _error(f"{output}: already exists; choose another name (nothing was written)")
    except OSError as err:
        return _error(f"{output}: cannot write ({err.strerror or err})")
    print(f"wrote {output}; next: grader problems show {output}, then grader problems lint {output}")
    return EXIT_FULL


def run_show(path: str, fmt: str, audience: str, student: str | None = None, salt: str | None = None) -> int:
    """Render one problem (one student's variant, with [params]) for an audience; 2 on a broken file."""
    from grader.authoring.show import render
    from grader.core.problemfile import ProblemError
    from grader.core.question import load_question

    try:
        question = load_question(path, student, salt)
    except ProblemError as err:
        return _error(str(err))
    sys.stdout.write(render(question, fmt, audience))
    return EXIT_FULL


def run_lint(paths: list[str]) -> int:
    """Lint every problem file named or found below the folders named: 0 clean, 1 findings, 2 unreadable."""
    from grader.authoring.lint import Unreadable, exit_status, lint_file
    from grader.classwork.problem_tests import problem_files

    files, missing = problem_files(paths)
    status = EXIT_FULL
    for raw in missing:
        print(f"grader: error: {raw}: no such file or folder", file=sys.stderr)
        status = EXIT_USAGE
    counts = {"error": 0, "warning": 0, "info": 0}
    for path in files:
        try:
            findings = lint_file(str(path))
        except Unreadable as err:
            for finding in err.findings[:-1]:
                print(finding.render())
            print(f"grader: error: {err}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        for finding in findings:
            print(finding.render())
            counts[finding.severity] += 1
        if status == EXIT_FULL:
            status = exit_status(findings)
    print(
        f"{len(files)} file(s): {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info",
        file=sys.stderr,
    )
    return status


def run_prairielearn_build(
    path: str, output: str, image: str, timeout: int, topic: str, tags: list[str], force: bool
) -> int:
    """Write a PrairieLearn question folder for one problem file; 2 on a broken file or folder."""
    from grader.authoring.prairielearn import BuildError, Settings, build_question
    from grader.core.problemfile import ProblemError
    from grader.core.question import load_question

    if timeout < 1:
        return _error("--timeout: expected a whole number of seconds, at least 1")
    try:
        question = load_question(path)
        folder = Path(output)
        built = build_question(question, folder, Settings(image, timeout, topic, tuple(tags)), force)
        copied = load_question(folder / "tests" / "problem.toml")
    except (ProblemError, BuildError) as err:
        return _error(str(err))
    except OSError as err:
        return _error(f"{err.filename or output}: {err.strerror or err}")
    uuid = f"uuid {built.uuid}" + (" (kept from the earlier build)" if built.kept else "")
    print(f"wrote {os.path.join(output, '')}: {', '.join(built.files)}; {uuid}")
    if copied.id != question.id:
        print(
            f"grader: warning: {path}: id: not set, so the question's copy grades as {copied.id!r}, "
            f"not {question.id!r}; set id = {question.id!r} to keep gradebook rows apart",
            file=sys.stderr,
        )
    return EXIT_FULL
