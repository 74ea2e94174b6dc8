"""Grade a whole class: stream submissions through a worker pool, save each report atomically, build the gradebook.

Each submission's JSON record is the durable result: it is written to a temporary file and renamed
into place, so a run killed at any moment (even by SIGKILL) leaves only whole records, and
`--resume` grades just the submissions without one (or whose files or problem have changed since).
The gradebook and summary are then built by reading the records back one at a time, so memory
stays flat however large the class is.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from grader.audience import student_feedback
from grader.budget import Failure
from grader.classfiles import Task
from grader.precheck import MAX_BYTES
from grader.problem import Problem
from grader.writers import gradebook

GRADEBOOK = "grades.csv"
SCORE_BANDS = ("0%", "1-24%", "25-49%", "50-74%", "75-99%", "100%")


@dataclass(frozen=True)
class Options:
    out: Path
    jobs: int
    seconds: float = 2.0
    memory_mb: int = 1024
    resume: bool = False


@dataclass
class Summary:
    """What a run did: counted from the saved records, so it covers resumed work too."""

    submissions: int = 0
    graded_now: int = 0
    resumed: int = 0
    full_marks: int = 0
    seconds: float = 0.0
    workers_started: int = 0
    worker_startup_seconds: float = 0.0
    verdicts: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    bands: Counter[str] = field(default_factory=Counter)

    @property
    def all_full_marks(self) -> bool:
        return self.full_marks == self.submissions


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, renamed into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _safe(name: str) -> str:
    """A file name for a student or problem id; names that had to change get a hash to stay unique."""
    cleaned = re.sub(r"[^A-Za-z0-9._@+-]", "_", name).lstrip(".")[:80] or "_"
    if cleaned != name:
        cleaned += "-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return cleaned


def read_submission(files: tuple[Path, ...]) -> bytes:
    """The bytes of a submission (its files joined by a blank line), each read only up to the size limit."""
    parts = []
    for path in files:
        with open(path, "rb") as handle:
            parts.append(handle.read(MAX_BYTES + 1))
    return b"\n\n".join(parts)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _submission_name(task: Task) -> str:
    return " + ".join(str(p) for p in task.files) or task.key


def grade_task(problems: dict[str, Problem], task: Task, out_path: Path, meta: dict[str, Any]) -> str:
    """Worker side: read, grade and save one submission; returns its verdict."""
    from grader.grade import grade_bytes

    problem = problems[task.problem]
    data = read_submission(task.files)
    report = grade_bytes(data, problem, _submission_name(task))
    files = [str(p) for p in task.files]
    shown = {"student_feedback": student_feedback(report, problem)}
    saved = gradebook.record(report, task.students, files, {**meta, "input_sha256": _sha256(data), **shown})
    write_atomic(out_path, gradebook.render_record(saved))
    return report.verdict


def _save_failure(
    problem: Problem, task: Task, out_path: Path, meta: dict[str, Any], failure: Failure
) -> None:
    from grader.grade import internal_error_report

    report = internal_error_report(problem, _submission_name(task), failure)
    files = [str(p) for p in task.files]
    saved = gradebook.record(report, task.students, files, {**meta, "input_sha256": None})
    write_atomic(out_path, gradebook.render_record(saved))


class Layout:
    """Where each task's record goes: OUT/<problem id>/<student>.json."""

    def __init__(self, out: Path, problems: dict[str, Problem]) -> None:
        self.out = out
        self.folders: dict[str, Path] = {}
        taken: set[str] = set()
        for path, problem in problems.items():
            name = _safe(problem.id)
            if name in taken:
                name = f"{name}-{hashlib.sha1(path.encode()).hexdigest()[:6]}"
            taken.add(name)
            self.folders[path] = out / name

    def record_path(self, task: Task) -> Path:
        return self.folders[task.problem] / f"{_safe(task.key)}.json"


def _is_done(path: Path, task: Task, meta: dict[str, Any]) -> bool:
    """A saved record that still stands: whole, not a grader failure, same files, same problem."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        current = _sha256(read_submission(task.files))
    except (OSError, ValueError):
        return False
    return (
        saved.get("verdict") != "error"
        and saved.get("input_sha256") == current
        and saved.get("problem_sha256") == meta["problem_sha256"]
    )


class Progress:
    """A one-line progress bar with rate and time left, drawn only on a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled and total > 0
        self.done, self.started, self.drawn = 0, time.monotonic(), 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn >= 0.1 or self.done == self.total):
            self.drawn = now
            elapsed = max(now - self.started, 1e-9)
            rate = self.done / elapsed
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            filled = int(30 * self.done / self.total)
            bar = "#" * filled + "-" * (30 - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} {rate:6.0f}/s  {_duration(left)} left  ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def _band(score: float, max_score: float) -> str:
    share = score / max_score if max_score > 0 else 1.0
    if share <= 0:
        return SCORE_BANDS[0]
    if share >= 1:
        return SCORE_BANDS[-1]
    return SCORE_BANDS[1 + min(3, int(share * 4))]


def warm_up(problems: dict[str, Problem]) -> None:
    """Build the parsers once in the parent, so every forked worker starts ready."""
    from grader.grade import grade_text

    for problem in problems.values():
        grade_text("log P(y|x) = -1", problem, "<warm-up>")


def run_batch(
    tasks: list[Task],
    problems: dict[str, Problem],
    options: Options,
    problem_hashes: dict[str, str],
    progress_stream: TextIO | None = None,
    show_progress: bool | None = None,
) -> Summary:
    """Grade every task not already done, then write the gradebook; returns the summary."""
    from grader.pool import WorkerPool

    started = time.perf_counter()
    stream = progress_stream or sys.stderr
    if show_progress is None:
        show_progress = stream.isatty() and not os.environ.get("CI")
    layout = Layout(options.out, problems)
    for folder in (options.out, *layout.folders.values()):
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(".*.tmp"):  # left by a run that was killed mid-write
            stale.unlink(missing_ok=True)

    def meta(task: Task) -> dict[str, Any]:
        return {"problem_file": task.problem, "problem_sha256": problem_hashes[task.problem]}

    todo = [t for t in tasks if not (options.resume and _is_done(layout.record_path(t), t, meta(t)))]
    summary = Summary(resumed=len(tasks) - len(todo))
    progress = Progress(len(todo), stream, show_progress)
    by_key = dict(enumerate(todo))
    work = ((i, (t, layout.record_path(t), meta(t))) for i, t in enumerate(todo))
    if todo:
        warm_up({t.problem: problems[t.problem] for t in todo})
        pool = WorkerPool(partial(grade_task, problems), options.jobs, options.seconds, options.memory_mb)
        try:
            for i, result in pool.run(work):
                task = by_key.pop(i)
                if isinstance(result, Failure):
                    _save_failure(problems[task.problem], task, layout.record_path(task), meta(task), result)
                summary.graded_now += 1
                progress.advance()
        finally:
            progress.close()
        summary.workers_started = pool.started
        summary.worker_startup_seconds = pool.startup_seconds
    _write_gradebook(tasks, layout, options.out / GRADEBOOK, summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _saved_records(tasks: list[Task], layout: Layout) -> Iterator[dict[str, Any]]:
    for task in tasks:
        try:
            yield json.loads(layout.record_path(task).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a task whose grading was interrupted; --resume grades it


def _write_gradebook(tasks: list[Task], layout: Layout, path: Path, summary: Summary) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(gradebook.render_rows([list(gradebook.COLUMNS)]))
        for saved in _saved_records(tasks, layout):
            handle.write(gradebook.render_rows(gradebook.rows(saved)))
            summary.submissions += 1
            summary.verdicts[saved["verdict"]] += 1
            summary.codes.update(gradebook.unique_codes(saved))
            summary.bands[_band(saved["score"], saved["max_score"])] += 1
            summary.full_marks += saved["max_score"] <= saved["score"]
    os.replace(tmp, path)


def render_summary(summary: Summary, out: Path, top: int = 8) -> str:
    """The short text printed at the end of a run."""
    n = summary.submissions
    rate = summary.graded_now / summary.seconds if summary.seconds > 0 else 0.0
    lines = [
        f"graded {n} submission{'s' if n != 1 else ''} "
        f"({summary.graded_now} now, {summary.resumed} from an earlier run) "
        f"in {summary.seconds:.1f} s ({rate:.0f}/s)",
        "verdicts: " + ", ".join(f"{v} {c}" for v, c in summary.verdicts.most_common()),
        "scores (share of full marks):",
    ]
    widest = max(summary.bands.values(), default=0)
    for band in SCORE_BANDS:
        count = summary.bands[band]
        bar = "#" * (round(40 * count / widest) if widest else 0)
        lines.append(f"  {band:>7} {count:6d} {bar}")
    if summary.codes:
        lines.append("most common codes:")
        width = max(len(c) for c, _ in summary.codes.most_common(top))
        for code, count in summary.codes.most_common(top):
            lines.append(f"  {code.ljust(width)} {count:6d}  ({100 * count / max(n, 1):.0f}%)")
    lines.append(f"gradebook: {out / GRADEBOOK}")
    return "\n".join(lines) + "\n"
