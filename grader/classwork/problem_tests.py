"""`grader problems test`: run every problem's [[examples]] like a test runner."""

from __future__ import annotations

import sys
from pathlib import Path


def problem_files(paths: list[str]) -> tuple[list[Path], list[str]]:
    """The .toml files named or found below the folders named, and the paths that do not exist."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.toml") if p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(raw)
    return files, missing


def run_problem_tests(paths: list[str]) -> int:
    """Exit status: 0 all pass, 1 an example failed, 2 a problem file is broken or missing."""
    from grader.core.examples import mismatches
    from grader.core.problemfile import ProblemError
    from grader.core.question import example_cases, load_question

    files, missing = problem_files(paths)
    broken = 0
    passed = failed = 0
    for raw in missing:
        print(f"grader: error: {raw}: no such file or folder", file=sys.stderr)
        broken += 1
    for path in files:
        try:
            problem = load_question(path)
        except ProblemError as err:
            print(f"grader: error: {err}", file=sys.stderr)
            broken += 1
            continue
        if not problem.examples:
            print(f"{path}: no [[examples]]")
            continue
        print(f"{path}")
        for runs in example_cases(problem):  # a template example runs over 20 variants, each filled
            problems, name = [], runs[0][2].name
            for student, question, example in runs:
                report = question.grade(example.submission.encode(), example.name)
                problems = mismatches(example, report)
                if problems:
                    problems[0] = f"{student}: {problems[0]}" if student else problems[0]
                    break
            over = f" ({len(runs)} variants)" if runs[0][0] else ""
            if problems:
                failed += 1
                print(f"  FAIL  {name}{over}: {'; '.join(problems)}")
            else:
                passed += 1
                print(f"  ok    {name}{over}")
    print(f"{passed} passed, {failed} failed")
    if broken:
        return 2
    return 1 if failed else 0
