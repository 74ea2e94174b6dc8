"""The gradebook: one CSV row per student and problem, and the per-submission JSON record it is read from."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from grader.report import Report

COLUMNS = ("student", "problem", "score", "max_score", "verdict", "codes")


def record(
    report: Report, students: Sequence[str], files: Sequence[str], meta: dict[str, Any]
) -> dict[str, Any]:
    """The JSON saved for one graded submission: the report, who it belongs to, and what was graded."""
    return {"students": list(students), "files": list(files), **meta, **report.to_dict()}


def render_record(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def unique_codes(data: dict[str, Any]) -> list[str]:
    """The codes of a saved record, each once, in the order they first appear."""
    return list(dict.fromkeys(d["code"] for d in data.get("diagnostics", ())))


def rows(data: dict[str, Any]) -> list[list[str]]:
    """Gradebook rows of one saved record: one per student (a group submission has several)."""
    codes = " ".join(unique_codes(data))
    score, max_score = f"{data['score']:g}", f"{data['max_score']:g}"
    return [[s, data["problem"], score, max_score, data["verdict"], codes] for s in data["students"]]


def render_rows(table: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(table)
    return buffer.getvalue()
