"""What a class got wrong: statistics gathered from a results folder, one saved record at a time."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HISTOGRAM_BINS = 11  # 0-9 %, 10-19 %, …, 90-99 %, 100 %
EXAMPLES_PER_CODE = 1


@dataclass
class ProblemStats:
    problem: str
    submissions: int = 0
    max_score: float = 0.0
    score_total: float = 0.0
    verdicts: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * HISTOGRAM_BINS)
    codes: Counter[str] = field(default_factory=Counter)  # submissions showing each code
    code_examples: dict[str, str] = field(default_factory=dict)  # one message per code, as written
    wrong_answers: Counter[str] = field(default_factory=Counter)
    no_answer: int = 0
    step_attempts: Counter[int] = field(default_factory=Counter)  # by position among checked steps
    step_failures: Counter[int] = field(default_factory=Counter)
    kind_attempts: Counter[str] = field(default_factory=Counter)
    kind_failures: Counter[str] = field(default_factory=Counter)
    needs_hand_grading: list[str] = field(default_factory=list)  # grader failures, never student mistakes

    @property
    def mean_score(self) -> float:
        return self.score_total / self.submissions if self.submissions else 0.0

    def add(self, saved: dict[str, Any]) -> None:
        self.submissions += 1
        score, max_score = float(saved["score"]), float(saved["max_score"])
        self.max_score = max(self.max_score, max_score)
        self.score_total += score
        self.verdicts[saved["verdict"]] += 1
        share = score / max_score if max_score > 0 else 1.0
        self.histogram[min(HISTOGRAM_BINS - 1, max(0, int(share * 10 + 1e-9)))] += 1
        seen: set[str] = set()
        for d in saved.get("diagnostics", ()):
            code = d.get("code", "")
            if code and code not in seen:
                seen.add(code)
                self.codes[code] += 1
                self.code_examples.setdefault(code, str(d.get("message", "")))
        fa = saved.get("final_answer")
        if saved["verdict"] in ("incorrect", "unparsable"):
            if fa is None or fa.get("value") is None:
                self.no_answer += 1
            elif not fa.get("correct"):
                self.wrong_answers[f"{float(fa['value']):.4g}"] += 1
        checked = [s for s in saved.get("steps", ()) if s.get("status") in ("ok", "error")]
        for position, step in enumerate(checked, start=1):
            failed = step["status"] == "error"
            self.step_attempts[position] += 1
            self.step_failures[position] += failed
            self.kind_attempts[step.get("kind", "?")] += 1
            self.kind_failures[step.get("kind", "?")] += failed
        if saved["verdict"] == "error" and len(self.needs_hand_grading) < 200:
            self.needs_hand_grading.append(", ".join(saved.get("students") or [saved.get("submission", "?")]))


@dataclass
class ClassStats:
    problems: dict[str, ProblemStats] = field(default_factory=dict)
    skipped: int = 0  # JSON files that are not grader records

    @property
    def submissions(self) -> int:
        return sum(p.submissions for p in self.problems.values())


def _is_record(data: Any) -> bool:
    return isinstance(data, dict) and all(k in data for k in ("problem", "verdict", "score", "max_score"))


def iter_records(folder: Path) -> Iterator[dict[str, Any] | None]:
    """Every saved record under `folder` (None for a JSON file that is not one), in a stable order."""
    for here, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".json") and not name.startswith("."):
                try:
                    data = json.loads((Path(here) / name).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    yield None
                    continue
                yield data if _is_record(data) else None


def gather(folder: Path) -> ClassStats:
    stats = ClassStats()
    for saved in iter_records(folder):
        if saved is None:
            stats.skipped += 1
            continue
        problem = str(saved["problem"])
        stats.problems.setdefault(problem, ProblemStats(problem)).add(saved)
    return stats
