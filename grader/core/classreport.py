"""What a class got wrong: saved records checked field by field (they are untrusted), then gathered per problem.

A file that is not a whole, well-typed grader record is skipped with a one-line reason naming it;
nothing in a record is trusted to be the type, size or value its writer meant.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grader.core.diagnostics import REGISTRY

HISTOGRAM_BINS = 11  # 0-9 %, 10-19 %, …, 90-99 %, 100 %
VERDICTS = ("correct", "incorrect", "unparsable", "error")
MAX_RECORD_BYTES = 4 * 1024 * 1024
MAX_SHORT = 300  # a name, an id, a code, a verdict, a factor, a path
MAX_TEXT = 4000  # a message or a hint
MAX_FEEDBACK = 256 * 1024  # the feedback a student saw (it may quote the whole submission)
MAX_ITEMS = 2000  # students, diagnostics or steps in one record
WHOLE = "whole computation"
# Codes about the derivation as a whole rather than one of its factors.
WHOLE_CODES = frozenset(
    {"final-answer-wrong", "no-final-answer", "wrong-quantity", "perplexity-normalization", "input-rejected"}
)


class RecordError(ValueError):
    """Why a saved file is not a usable grader record (one line, naming the key)."""


@dataclass(frozen=True)
class Note:
    """One diagnostic of a saved record."""

    code: str
    severity: str
    line: int | None
    column: int | None
    message: str
    hint: str
    factor: str | None

    @property
    def grader_failure(self) -> bool:
        """A timeout or crash of the grader: never counted as the student's mistake."""
        known = REGISTRY.get(self.code)
        return self.severity == "internal" or (known is not None and known.severity == "internal")

    @property
    def where(self) -> str:
        """The chain-rule term this mistake concerns, else the whole computation, else its line."""
        if self.factor:
            return self.factor
        if self.code in WHOLE_CODES or not self.line:
            return WHOLE
        return f"line {self.line}"


@dataclass(frozen=True)
class Record:
    """One graded submission, as read back from its saved JSON."""

    source: str  # the file, relative to the results folder
    students: tuple[str, ...]
    problem: str
    submission: str
    verdict: str
    score: float
    max_score: float
    final_value: float | None
    final_correct: bool | None  # None when the record has no final answer at all
    notes: tuple[Note, ...]
    steps: tuple[tuple[str, str], ...]  # (kind, status)
    needs_review: bool
    student_feedback: str | None
    problem_file: str | None
    problem_sha256: str | None

    @property
    def who(self) -> str:
        return ", ".join(self.students) or self.submission or self.source

    @property
    def codes(self) -> list[str]:
        return list(dict.fromkeys(n.code for n in self.notes))


def _str(data: dict[str, Any], key: str, limit: int, default: str | None = None) -> str | None:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise RecordError(f"`{key}` should be a string, not {type(value).__name__}")
    if len(value) > limit:
        raise RecordError(f"`{key}` is {len(value)} characters long (at most {limit})")
    return value


def _required_str(data: dict[str, Any], key: str, limit: int) -> str:
    value = _str(data, key, limit)
    if not value:
        raise RecordError(f"`{key}` is missing or empty")
    return value


def _number(value: Any, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RecordError(f"`{key}` should be a number, not {type(value).__name__}")
    number = float(value)
    if not math.isfinite(number):
        raise RecordError(f"`{key}` is not a finite number")
    return number


def _line(value: Any, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**9:
        raise RecordError(f"`{key}` should be a line or column number")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordError(f"`{key}` should be a list, not {type(value).__name__}")
    if len(value) > MAX_ITEMS:
        raise RecordError(f"`{key}` has {len(value)} entries (at most {MAX_ITEMS})")
    return value


def _object(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RecordError(f"`{key}` should be an object, not {type(value).__name__}")
    return value


def _note(value: Any, i: int) -> Note:
    d = _object(value, f"diagnostics[{i}]")
    where = f"diagnostics[{i}]"
    try:
        return Note(
            code=_required_str(d, "code", MAX_SHORT),
            severity=_str(d, "severity", MAX_SHORT, "error") or "error",
            line=_line(d.get("line"), "line"),
            column=_line(d.get("column"), "column"),
            message=_str(d, "message", MAX_TEXT, "") or "",
            hint=_str(d, "hint", MAX_TEXT, "") or "",
            factor=_str(d, "factor", MAX_SHORT) or None,
        )
    except RecordError as err:
        raise RecordError(f"{where}: {err}") from None


def parse_record(data: Any, source: str) -> Record:
    """A checked Record from decoded JSON, or RecordError saying which key is wrong."""
    if not isinstance(data, dict):
        raise RecordError(f"not a grader record (a JSON {type(data).__name__}, not an object)")
    missing = [k for k in ("problem", "verdict", "score", "max_score") if k not in data]
    if missing:
        raise RecordError("not a grader record (no " + ", ".join(f"`{k}`" for k in missing) + ")")
    verdict = _required_str(data, "verdict", MAX_SHORT)
    if verdict not in VERDICTS:
        raise RecordError(f"`verdict` should be one of {', '.join(VERDICTS)}")
    score, max_score = _number(data["score"], "score"), _number(data["max_score"], "max_score")
    if not 0 <= score <= max_score:
        raise RecordError(f"`score` {score:g} is outside 0 to `max_score` {max_score:g}")
    students = _list(data, "students")
    if not all(isinstance(s, str) and len(s) <= MAX_SHORT for s in students):
        raise RecordError(f"`students` should be a list of names (strings of at most {MAX_SHORT} characters)")
    final_value, final_correct = None, None
    if data.get("final_answer") is not None:
        fa = _object(data["final_answer"], "final_answer")
        final_value = None if fa.get("value") is None else _number(fa["value"], "final_answer.value")
        final_correct = fa.get("correct", False)
        if not isinstance(final_correct, bool):
            raise RecordError("`final_answer.correct` should be true or false")
    notes = tuple(_note(d, i) for i, d in enumerate(_list(data, "diagnostics")))
    steps = []
    for i, s in enumerate(_list(data, "steps")):
        step = _object(s, f"steps[{i}]")
        kind, status = _str(step, "kind", MAX_SHORT, "?"), _str(step, "status", MAX_SHORT, "")
        steps.append((kind or "?", status or ""))
    review = data.get("needs_review")
    if review is not None and not isinstance(review, bool):
        raise RecordError("`needs_review` should be true or false")
    if review is None:
        review = verdict in ("unparsable", "error") or any(n.severity == "warning" for n in notes)
    return Record(
        source=source,
        students=tuple(students),
        problem=_required_str(data, "problem", MAX_SHORT),
        submission=_str(data, "submission", MAX_SHORT, "") or "",
        verdict=verdict,
        score=score,
        max_score=max_score,
        final_value=final_value,
        final_correct=final_correct,
        notes=notes,
        steps=tuple(steps),
        needs_review=review,
        student_feedback=_str(data, "student_feedback", MAX_FEEDBACK),
        problem_file=_str(data, "problem_file", MAX_SHORT),
        problem_sha256=_str(data, "problem_sha256", MAX_SHORT),
    )


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def load_record(path: Path, source: str) -> Record:
    """Read, decode and check one saved file; RecordError says why it is not a record."""
    if not path.is_file():  # a FIFO or device named *.json must not block or stream forever
        raise RecordError("not a regular file")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_RECORD_BYTES + 1)
    except OSError as err:
        raise RecordError(f"cannot read the file ({err.strerror or err})") from None
    if len(raw) > MAX_RECORD_BYTES:
        raise RecordError(f"larger than {MAX_RECORD_BYTES // (1024 * 1024)} MB")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise RecordError("not UTF-8 text") from None
    except (ValueError, RecursionError) as err:
        reason = str(err).splitlines()[0][:120] if isinstance(err, ValueError) else "nested too deeply"
        raise RecordError(f"not valid JSON ({reason})") from None
    return parse_record(data, source)


def iter_records(folder: Path) -> Iterator[tuple[str, Record | RecordError]]:
    """Every *.json under `folder` (relative name, then its record or why it is not one), in a stable order."""
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".json") and not name.startswith("."):
                path = Path(here) / name
                source = str(path.relative_to(folder))
                try:
                    yield source, load_record(path, source)
                except RecordError as err:
                    yield source, err


@dataclass
class FactorStats:
    """Mistakes at one chain-rule term (or the whole computation): who made them and which codes."""

    submissions: int = 0
    codes: Counter[str] = field(default_factory=Counter)


@dataclass
class ProblemStats:
    """What one problem's submissions got, and got wrong, counted record by record."""

    problem: str
    submissions: int = 0
    max_score: float = 0.0
    score_total: float = 0.0
    verdicts: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BINS)
    codes: Counter[str] = field(default_factory=Counter)  # submissions showing each code
    code_examples: dict[str, str] = field(default_factory=dict)  # one message per code, as written
    factors: dict[str, FactorStats] = field(default_factory=dict)
    wrong_answers: Counter[str] = field(default_factory=Counter)
    no_answer: int = 0
    kind_attempts: Counter[str] = field(default_factory=Counter)
    kind_failures: Counter[str] = field(default_factory=Counter)
    needs_review: int = 0
    needs_hand_grading: list[str] = field(default_factory=list)  # grader failures, never student mistakes
    problem_files: list[str] = field(default_factory=list)  # distinct paths the records name
    problem_hashes: Counter[str] = field(default_factory=Counter)

    @property
    def mean_score(self) -> float:
        return self.score_total / self.submissions if self.submissions else 0.0

    def add(self, r: Record) -> None:
        self.submissions += 1
        self.max_score = max(self.max_score, r.max_score)
        self.score_total += r.score
        self.verdicts[r.verdict] += 1
        self.needs_review += r.needs_review
        share = r.score / r.max_score if r.max_score > 0 else 1.0
        self.histogram[min(HISTOGRAM_BINS - 1, max(0, int(share * 10 + 1e-9)))] += 1
        for note in r.notes:
            self.code_examples.setdefault(note.code, note.message)
        self.codes.update(r.codes)
        mistakes: dict[str, set[str]] = {}
        for note in r.notes:
            if not note.grader_failure:
                mistakes.setdefault(note.where, set()).add(note.code)
        for where, codes in mistakes.items():
            stats = self.factors.setdefault(where, FactorStats())
            stats.submissions += 1
            stats.codes.update(codes)
        if r.verdict in ("incorrect", "unparsable"):
            if r.final_value is None:
                self.no_answer += 1
            elif not r.final_correct:
                self.wrong_answers[f"{r.final_value:.4g}"] += 1
        for kind, status in r.steps:
            if status in ("ok", "error"):
                self.kind_attempts[kind] += 1
                self.kind_failures[kind] += status == "error"
        if r.verdict == "error" and len(self.needs_hand_grading) < 200:
            self.needs_hand_grading.append(r.who)
        if r.problem_file and r.problem_file not in self.problem_files and len(self.problem_files) < 5:
            self.problem_files.append(r.problem_file)
        if r.problem_sha256:
            self.problem_hashes[r.problem_sha256] += 1


@dataclass
class ClassStats:
    """A results folder read back: per-problem counts, every usable record, and the files skipped."""

    problems: dict[str, ProblemStats] = field(default_factory=dict)
    records: list[Record] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why), files that are not records

    @property
    def submissions(self) -> int:
        return sum(p.submissions for p in self.problems.values())


def gather(folder: Path) -> ClassStats:
    """Read every record under `folder`; files that are not records are listed in `skipped`."""
    stats = ClassStats()
    for source, result in iter_records(folder):
        if isinstance(result, RecordError):
            stats.skipped.append((source, str(result)))
            continue
        stats.records.append(result)
        stats.problems.setdefault(result.problem, ProblemStats(result.problem)).add(result)
    return stats


@dataclass(frozen=True)
class ProblemText:
    """A problem's statement and worked solution, from its file, for the page."""

    path: str
    title: str
    statement: str
    solution: str
    note: str = ""  # e.g. the file changed since grading
    variants: str = ""  # for a problem with [params]: each student had their own values; what is shown
