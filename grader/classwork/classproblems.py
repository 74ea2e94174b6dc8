"""The problem behind each problem id of a results folder: its file, statement and worked solution.

Paths come from the command line first, then from the records themselves (`problem_file`, as saved
by `grader grade`); a record is untrusted, so a path it names is read only if it is a small regular
file, and used only if it is a problem file with the same id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from grader.core.classreport import ClassStats, ProblemText
from grader.core.problemfile import ProblemError
from grader.core.question import Question, VariantQuestion, load_question

MAX_PROBLEM_BYTES = 2 * 1024 * 1024


def _problem_from(path: Path) -> Question:
    """Load a problem file named on the command line or by a record (raises ProblemError)."""
    if not path.is_file():
        raise ProblemError(str(path), "", "no such file")
    if path.stat().st_size > MAX_PROBLEM_BYTES:
        raise ProblemError(str(path), "", f"larger than {MAX_PROBLEM_BYTES // (1024 * 1024)} MB")
    return load_question(path)


def _text_of(path: Path, problem: Question, graded: Counter[str]) -> ProblemText:
    """The page's text of a problem; `graded` holds the file hashes its records were graded against."""
    note = ""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if graded and digest not in graded:
        note = "This problem file has changed since the class was graded."
    try:
        solution = problem.solve("text")
    except (ValueError, ArithmeticError) as err:  # a problem the solver cannot explain still has a statement
        solution, note = "", f"{note} The worked solution could not be computed ({err}).".strip()
    statement, variants = problem.statement.strip(), ""
    if isinstance(problem, VariantQuestion):  # each student drew their own values: show the template
        template = problem.source.get("statement")
        statement = template.strip() if isinstance(template, str) and template.strip() else statement
        shown = ", ".join(f"{k} = {v}" for k, v in problem.variant.items())
        variants = (
            f"Each student was graded against their own values of {', '.join(problem.variant)} "
            f"([params]; the gradebook's variant column has each student's). The statement is the "
            f"template; the worked solution is for the first variant ({shown})."
        )
    return ProblemText(str(path), problem.title, statement, solution, note, variants)


def _from_records(
    pid: str, stored: list[str], folder: Path, tried: list[str]
) -> tuple[Path, Question] | None:
    """The first path saved in the records (as given, or beside the results folder) that holds problem `pid`."""
    for name in stored:
        for candidate in dict.fromkeys((Path(name), folder.parent / name)):
            tried.append(str(candidate))
            try:
                problem = _problem_from(candidate)
            except (ProblemError, OSError):
                continue
            if problem.id == pid:
                return candidate, problem
    return None


def find_problems(
    stats: ClassStats, explicit: list[str], folder: Path
) -> tuple[dict[str, ProblemText], list[str]]:
    """Each problem's text by id (its file from `explicit`, else a path its records name), and one-line warnings.

    A problem whose file is missing or broken just has no statement; that is a warning, never a failure.
    """
    texts: dict[str, ProblemText] = {}
    warnings: list[str] = []
    found: dict[str, tuple[Path, Question]] = {}
    for name in explicit:
        try:
            problem = _problem_from(Path(name))
        except (ProblemError, OSError) as err:
            warnings.append(str(err))
            continue
        if problem.id not in stats.problems:
            warnings.append(f"{name}: no records here are for its problem {problem.id!r}")
        found.setdefault(problem.id, (Path(name), problem))
    for pid, p in stats.problems.items():
        tried: list[str] = []
        if pid not in found:
            hit = _from_records(pid, p.problem_files, folder, tried)
            if hit is None:
                looked = f" (tried {', '.join(tried)})" if tried else ""
                warnings.append(
                    f"problem {pid!r}: no problem file found{looked}; pass --problem FILE to show it"
                )
                continue
            found[pid] = hit
        path, problem = found[pid]
        try:
            texts[pid] = _text_of(path, problem, p.problem_hashes)
        except OSError as err:
            warnings.append(f"{path}: cannot read the file ({err.strerror or err})")
            continue
        if texts[pid].note:
            warnings.append(f"{path}: {texts[pid].note}")
    return texts, warnings
