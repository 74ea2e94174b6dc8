"""The gradebook: one CSV row per student and problem, and the per-submission JSON record it is read from."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from grader.core.report import Report

COLUMNS = ("student", "problem", "score", "max_score", "verdict", "codes", "needs_review", "notes", "variant")
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | float


def record(
    report: Report, students: Sequence[str], files: Sequence[str], meta: dict[str, Any]
) -> dict[str, Any]:
    """The JSON saved for one graded submission: the report, who it belongs to, and what was graded."""
    return {"students": list(students), "files": list(files), **meta, **report.to_dict()}


def render_record(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def is_record(data: Any) -> bool:
    """Whether parsed JSON is a saved record the gradebook can use (not some other file in the folder)."""
    return (
        isinstance(data, dict)
        and isinstance(data.get("students"), list)
        and all(isinstance(s, str) for s in data["students"])
        and isinstance(data.get("problem"), str)
        and isinstance(data.get("verdict"), str)
        and all(_is_number(data.get(k)) for k in ("score", "max_score"))
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def unique_codes(data: dict[str, Any]) -> list[str]:
    """The codes of a saved record, each once, in the order they first appear."""
    return list(dict.fromkeys(d["code"] for d in data.get("diagnostics", ())))


def rows(data: dict[str, Any]) -> list[list[Cell]]:
    """Gradebook rows of one saved record: one per student (a group submission has several)."""
    codes = " ".join(unique_codes(data))
    skipped = data.get("skipped") or []
    notes = "not read: " + "; ".join(skipped) if skipped else ""
    score, max_score = float(data["score"]), float(data["max_score"])
    review = "yes" if data.get("needs_review") or skipped else ""  # a person should look at this one
    variant = variant_text(data.get("variant"))
    return [
        [s, data["problem"], score, max_score, data["verdict"], codes, review, notes, variant]
        for s in data["students"]
    ]


def variant_text(variant: Any) -> str:
    """A record's [params] values as one cell, `lp_deep=-0.7; lp_learning=-0.4` (empty without params)."""
    if not isinstance(variant, dict):
        return ""
    return "; ".join(f"{k}={_value_text(v)}" for k, v in variant.items())


def _value_text(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    return f"{value:g}" if isinstance(value, float) else str(value)


def text_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: a leading formula character gets a single quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def render_rows(table: Sequence[Sequence[Cell]]) -> str:
    """CSV lines; numbers stay numbers (a score of -1 is not a formula), every text cell is neutralised.

    Lines end in CRLF as RFC 4180 says, which also makes the writer quote a cell holding a bare CR
    (with "\n" endings it would not, and a stray CR would split the row in a spreadsheet).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([f"{c:g}" if isinstance(c, float) else text_cell(str(c)) for c in row] for row in table)
    return buffer.getvalue()
