"""Grade a whole class: stream submissions through a worker pool, save each report atomically, build the gradebook.

Each submission's JSON record is the durable result: it is written to a temporary file and renamed
into place, so a run killed at any moment (even by SIGKILL) leaves only whole records, and
`--resume` grades just the submissions without one (or whose files or problem have changed since).
The parent never holds the class: submissions stream from a lazy walk of the folder or manifest
into the pool, which takes one when a worker is free, so only those in flight are kept; the
gradebook and summary are then built by walking the class again and reading each record back
one at a time. The gradebook covers every problem saved in the folder, so
runs for q1 and q2 into one `--out` make one gradebook; a lock keeps two runs from sharing a folder
at the same time.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from grader.classwork.classfiles import Task, Unreadable, read_regular
from grader.classwork.spillsort import sorted_names
from grader.core.budget import Failure
from grader.core.precheck import MAX_BYTES
from grader.core.question import Question, failure_report, for_student, rejected_report, variant_of
from grader.core.question import warm_up as warm_up_question
from grader.core.report import Report
from grader.writers import gradebook
from grader.writers.text import render

GRADEBOOK = "grades.csv"
LOCK = ".grader.lock"
SCORE_BANDS = ("0%", "1-24%", "25-49%", "50-74%", "75-99%", "100%")
SKIPPED_KEPT = 8  # files not read that the summary lists by name; the rest are only counted


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
    skipped: list[str] = field(default_factory=list)  # the first "student: path: reason" of files not read
    skipped_count: int = 0  # files not read in all

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


class FolderBusy(Exception):
    """Another run holds the --out folder's lock; the message names the folder and that run's pid."""


@contextmanager
def lock_folder(out: Path) -> Iterator[int]:
    """Hold OUT/.grader.lock exclusively for a run; yields its descriptor (workers must close their copy).

    flock is released by the kernel when the holder dies, so a run killed by SIGKILL never blocks
    the next one; the lock file itself stays (removing it would race with a run opening it).
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(out / LOCK, flags, 0o644)
    except OSError as err:
        raise FolderBusy(f"{out}: cannot create the lock file {LOCK} ({err.strerror or err})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        other = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip() or "unknown"
        os.close(fd)
        raise FolderBusy(
            f"{out}: another `grader grade` run (pid {other}) is writing to this folder; "
            "wait for it to finish or give another --out"
        ) from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield fd
    finally:
        os.close(fd)


def read_parts(files: tuple[Path, ...]) -> tuple[bytes, list[str], int]:
    """The bytes of a submission (its files joined by a blank line), the files refused, and how many were read.

    Each file is opened without following a link and only if it is a regular file (so a FIFO
    cannot hang the grader), and read only up to the size limit.
    """
    parts, refused = [], []
    for path in files:
        try:
            parts.append(read_regular(path, MAX_BYTES))
        except Unreadable as err:
            refused.append(f"{path}: {err}")
    return b"\n\n".join(parts), refused, len(parts)


def read_submission(files: tuple[Path, ...]) -> bytes:
    """The bytes of a submission's regular files (links and special files left out), each size-bounded."""
    return read_parts(files)[0]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fingerprint(data: bytes, skipped: list[str]) -> str:
    """What --resume compares: the bytes graded and, when any, the files refused."""
    return _sha256(data + b"\0" + "\n".join(skipped).encode() if skipped else data)


def _submission_name(task: Task) -> str:
    return " + ".join(str(p) for p in task.files) or task.key


def unreadable_report(question: Question, name: str, skipped: list[str]) -> Report:
    """The report for a submission with nothing the grader will read: unreadable, not wrong work."""
    from grader.core.source import Span

    listed = "; ".join(skipped[:5]) + (f"; and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    return rejected_report(
        question.id,
        question.points,
        name,
        f"nothing to grade: {listed}",
        Span(1, 1, 1, 2),
        "submit the files themselves (.txt, .md or .tex), not links to them",
    )


def variant_student(task: Task) -> str:
    """Whose variant a submission is graded against: its (first) student, else its key."""
    return task.students[0] if task.students else task.key


def grade_task(problems: dict[str, Question], task: Task, out_path: Path, meta: dict[str, Any]) -> str:
    """Worker side: read, grade and save one submission (against its student's variant); returns its verdict."""
    problem = for_student(problems[task.problem], variant_student(task))  # salt: the one it was loaded with
    data, refused, read = read_parts(task.files)
    skipped = [*task.skipped, *refused]
    name = _submission_name(task)
    report = problem.grade(data, name) if read else unreadable_report(problem, name, skipped)
    files = [str(p) for p in task.files]
    extra = {
        "input_sha256": _fingerprint(data, skipped),
        "skipped": skipped,
        "student_feedback": render(problem.student_view(report)),
    }
    saved = gradebook.record(report, task.students, files, {**meta, **extra})
    write_atomic(out_path, gradebook.render_record(saved))
    return report.verdict


def _save_failure(
    problem: Question, task: Task, out_path: Path, meta: dict[str, Any], failure: Failure
) -> None:
    report = failure_report(problem, _submission_name(task), failure)
    files = [str(p) for p in task.files]
    extra = {"input_sha256": None, "skipped": list(task.skipped)}
    saved = gradebook.record(report, task.students, files, {**meta, **extra})
    write_atomic(out_path, gradebook.render_record(saved))


def _owner(folder: Path) -> str | None:
    """The problem file whose records a folder holds (read from one record), or None if it has none."""
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                if entry.name.endswith(".json") and not entry.name.startswith("."):
                    saved = json.loads(Path(entry.path).read_text(encoding="utf-8"))
                    owner = saved.get("problem_file") if isinstance(saved, dict) else None
                    return owner if isinstance(owner, str) else None
    except (OSError, ValueError):
        return None
    return None


class Layout:
    """Where each task's record goes: OUT/<problem id>/<student>.json.

    A folder already holding another problem file's records (two problems sharing an id, say
    hw1/problem.toml and hw2/problem.toml graded into one --out) is not reused: the name then
    gets a hash of the problem file's path, so neither run overwrites the other's records.
    """

    def __init__(self, out: Path, problems: dict[str, Question]) -> None:
        self.out = out
        self.folders: dict[str, Path] = {}
        taken: set[str] = set()
        for path, problem in problems.items():
            name = _safe(problem.id)
            owner = _owner(out / name)
            if name in taken or (owner is not None and os.path.realpath(owner) != os.path.realpath(path)):
                name = f"{name}-{hashlib.sha1(os.path.realpath(path).encode()).hexdigest()[:6]}"
            taken.add(name)
            self.folders[path] = out / name

    def record_path(self, task: Task) -> Path:
        return self.folders[task.problem] / f"{_safe(task.key)}.json"


def _is_done(path: Path, task: Task, meta: dict[str, Any]) -> bool:
    """A saved record that still stands: whole, not a grader failure, same files, same problem."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        data, refused, _ = read_parts(task.files)
        current = _fingerprint(data, [*task.skipped, *refused])
    except (OSError, ValueError):
        return False
    return (
        saved.get("verdict") != "error"
        and saved.get("input_sha256") == current
        and saved.get("problem_sha256") == meta["problem_sha256"]
        and saved.get("variant", {}) == meta.get("variant", {})
    )


class Progress:
    """A one-line progress bar with rate and time left, drawn only on a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        # total comes from a walk before the run; it can be short if files change meanwhile
        self.total, self.stream, self.enabled = total, stream, enabled and total > 0
        self.done, self.started, self.drawn = 0, time.monotonic(), 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self.drawn >= 0.1 or self.done == self.total):
            self.drawn = now
            elapsed = max(now - self.started, 1e-9)
            rate = self.done / elapsed
            left = max(self.total - self.done, 0) / rate if rate > 0 else 0.0
            filled = min(30, int(30 * self.done / self.total))
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


def warm_up(problems: dict[str, Question]) -> None:
    """Build the parsers and load lazy imports once in the parent, so every forked worker starts ready."""
    for problem in problems.values():
        warm_up_question(problem)


def run_batch(
    tasks: Iterable[Task],
    problems: dict[str, Question],
    options: Options,
    problem_hashes: dict[str, str],
    progress_stream: TextIO | None = None,
    show_progress: bool | None = None,
) -> Summary:
    """Grade every task not already done, then write the gradebook; returns the summary.

    `tasks` is walked two or three times (to grade, to build the gradebook and, when the progress
    bar is shown, to count), so give a list or a re-walkable source (`Submissions`, `Manifest`).
    Raises FolderBusy when another run holds the folder.
    """
    started = time.perf_counter()
    stream = progress_stream or sys.stderr
    if show_progress is None:
        show_progress = stream.isatty() and not os.environ.get("CI")
    options.out.mkdir(parents=True, exist_ok=True)
    with lock_folder(options.out) as lock:
        summary = _run_locked(tasks, problems, options, problem_hashes, stream, show_progress, lock)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_locked(
    tasks: Iterable[Task],
    problems: dict[str, Question],
    options: Options,
    problem_hashes: dict[str, str],
    stream: TextIO,
    show_progress: bool,
    lock: int,
) -> Summary:
    """run_batch's work, done while this run holds the folder's lock."""
    from grader.classwork.pool import WorkerPool

    for problem in problems.values():
        problem.prepare()  # built once here, so forked workers share it instead of each spending its budget on it

    layout = Layout(options.out, problems)
    for folder in (options.out, *layout.folders.values()):
        folder.mkdir(parents=True, exist_ok=True)
        # left by a run that was killed mid-write (we hold the lock); not glob, which lists all records
        with os.scandir(folder) as listing:
            stale = [e.path for e in listing if e.name.startswith(".") and e.name.endswith(".tmp")]
        for path in stale:
            Path(path).unlink(missing_ok=True)

    def meta(task: Task) -> dict[str, Any]:
        variant = variant_of(problems[task.problem], variant_student(task))
        return {
            "problem_file": task.problem,
            "problem_sha256": problem_hashes[task.problem],
            **({"variant": variant} if variant else {}),  # so --resume regrades when a student's draw changes
        }

    def done(task: Task) -> bool:
        return options.resume and _is_done(layout.record_path(task), task, meta(task))

    summary = Summary()

    def todo() -> Iterator[Task]:
        for task in tasks:
            if done(task):
                summary.resumed += 1
            else:
                yield task

    pending = todo()
    first = next(pending, None)
    if first is not None:
        # The bar's total is what is left to grade: counted by a walk that keeps nothing (and
        # re-checks --resume records), done only when the bar is drawn.
        total = sum(not done(t) for t in tasks) if show_progress else 0
        progress = Progress(total, stream, show_progress)
        in_flight: dict[int, Task] = {}  # the pool takes a task only when a worker is free

        def work() -> Iterator[tuple[int, tuple[Task, Path, dict[str, Any]]]]:
            for i, task in enumerate(chain((first,), pending)):
                in_flight[i] = task
                yield i, (task, layout.record_path(task), meta(task))

        warm_up(problems)
        pool = WorkerPool(
            partial(grade_task, problems),
            options.jobs,
            options.seconds,
            options.memory_mb,
            close_in_worker=(lock,),
        )
        try:
            for i, result in pool.run(work()):
                task = in_flight.pop(i)
                if isinstance(result, Failure):
                    _save_failure(problems[task.problem], task, layout.record_path(task), meta(task), result)
                summary.graded_now += 1
                progress.advance()
        finally:
            progress.close()
        summary.workers_started = pool.started
        summary.worker_startup_seconds = pool.startup_seconds
    _write_gradebook(tasks, layout, options.out / GRADEBOOK, summary)
    return summary


def _load_record(path: Path) -> dict[str, Any] | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # a task whose grading was interrupted; --resume grades it
    return saved if gradebook.is_record(saved) else None


def _saved_records(tasks: Iterable[Task], layout: Layout) -> Iterator[dict[str, Any]]:
    for task in tasks:
        saved = _load_record(layout.record_path(task))
        if saved is not None:
            yield saved


def _names(folder: Path) -> Iterator[str]:
    try:
        with os.scandir(folder) as listing:
            for entry in listing:
                yield entry.name
    except OSError:
        return  # a folder this run cannot list holds no records it can use


def _earlier_records(layout: Layout) -> Iterator[dict[str, Any]]:
    """Records of the problems other runs saved in this folder (not regraded now), in name order."""
    mine = set(layout.folders.values())
    for folder in sorted(layout.out.iterdir()):
        if folder in mine or folder.name.startswith(".") or folder.is_symlink() or not folder.is_dir():
            continue
        for name in sorted_names(_names(folder)):  # a folder can hold a whole class's records
            saved = _load_record(folder / name) if name.endswith(".json") and name[0] != "." else None
            if saved is not None:
                yield saved


def _write_gradebook(tasks: Iterable[Task], layout: Layout, path: Path, summary: Summary) -> None:
    """grades.csv for every problem in the folder: earlier runs' problems, then this run's (counted)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        handle.write(gradebook.render_rows([list(gradebook.COLUMNS)]))
        for saved in _earlier_records(layout):
            handle.write(gradebook.render_rows(gradebook.rows(saved)))
        for saved in _saved_records(tasks, layout):
            handle.write(gradebook.render_rows(gradebook.rows(saved)))
            summary.submissions += 1
            summary.verdicts[saved["verdict"]] += 1
            summary.codes.update(gradebook.unique_codes(saved))
            summary.bands[_band(saved["score"], saved["max_score"])] += 1
            summary.full_marks += saved["max_score"] <= saved["score"]
            who = ", ".join(saved["students"])
            for skipped in saved.get("skipped") or ():
                summary.skipped_count += 1
                if len(summary.skipped) < SKIPPED_KEPT:
                    summary.skipped.append(f"{who}: {skipped}")
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
    if summary.skipped_count:
        lines.append(f"not read ({summary.skipped_count}; links are never followed):")
        shown = summary.skipped[: min(top, SKIPPED_KEPT)]
        lines.extend(f"  {s}" for s in shown)
        if summary.skipped_count > len(shown):
            lines.append(f"  … and {summary.skipped_count - len(shown)} more (see each report's `skipped`)")
    lines.append(f"gradebook: {out / GRADEBOOK}")
    return "\n".join(lines) + "\n"
