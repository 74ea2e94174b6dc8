"""The class report with hostile results folders: broken records are skipped by name, crafted ones stay text."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from grader.cli.main import main
from grader.core.classreport import MAX_RECORD_BYTES, gather
from grader.writers.html_report import render

GOOD: dict[str, Any] = {
    "students": ["ann"],
    "problem": "p1",
    "submission": "ann.txt",
    "verdict": "incorrect",
    "score": 0.5,
    "max_score": 1.0,
    "final_answer": {"value": 0.28, "expected": -1.1, "correct": False, "line": 3},
    "diagnostics": [
        {"code": "arithmetic-error", "severity": "error", "line": 2, "column": 1, "message": "m"}
    ],
    "steps": [{"line": 2, "kind": "arithmetic", "status": "error"}],
}


def changed(**fields: Any) -> bytes:
    return json.dumps({**GOOD, **fields}).encode()


def changed_diagnostic(**fields: Any) -> bytes:
    return changed(diagnostics=[{**GOOD["diagnostics"][0], **fields}])


MALFORMED: list[tuple[str, bytes, str]] = [
    ("empty", b"", "not valid JSON"),
    ("truncated", changed()[:40], "not valid JSON"),
    ("not-utf8", b'{"problem": "\xff\xfe"}', "not UTF-8"),
    ("array", b"[1, 2]", "a JSON list, not an object"),
    ("string", b'"hello"', "a JSON str, not an object"),
    ("null", b"null", "not an object"),
    ("no-verdict", json.dumps({k: v for k, v in GOOD.items() if k != "verdict"}).encode(), "no `verdict`"),
    ("nan-score", changed().replace(b'"score": 0.5', b'"score": NaN'), "NaN"),
    ("infinite-max", changed().replace(b'"max_score": 1.0', b'"max_score": Infinity'), "Infinity"),
    (
        "overflow-score",
        changed().replace(b'"score": 0.5', b'"score": 1e400'),
        "`score` is not a finite number",
    ),
    ("huge-int", changed().replace(b'"score": 0.5', b'"score": ' + b"9" * 5000), "not valid JSON"),
    ("string-score", changed(score="0.5"), "`score` should be a number"),
    ("bool-score", changed(score=True), "`score` should be a number"),
    ("score-over-max", changed(score=3), "outside 0 to `max_score`"),
    ("negative-score", changed(score=-1), "outside 0 to `max_score`"),
    ("unknown-verdict", changed(verdict="<b>great</b>"), "`verdict` should be one of"),
    ("problem-number", changed(problem=7), "`problem` should be a string"),
    ("empty-problem", changed(problem=""), "`problem` is missing or empty"),
    ("huge-problem", changed(problem="p" * 100_000), "`problem` is 100000 characters long"),
    ("students-string", changed(students="ann"), "`students` should be a list"),
    ("student-number", changed(students=[1]), "`students` should be a list of names"),
    ("huge-student", changed(students=["a" * 10_000]), "`students` should be a list of names"),
    ("diagnostics-object", changed(diagnostics={}), "`diagnostics` should be a list"),
    ("too-many-diagnostics", changed(diagnostics=[{"code": "x"}] * 5000), "`diagnostics` has 5000 entries"),
    ("diagnostic-string", changed(diagnostics=["x"]), "`diagnostics[0]` should be an object"),
    ("code-number", changed_diagnostic(code=3), "diagnostics[0]: `code` should be a string"),
    ("line-string", changed_diagnostic(line="2"), "diagnostics[0]: `line` should be a line"),
    ("line-negative", changed_diagnostic(line=-1), "diagnostics[0]: `line` should be a line"),
    ("factor-list", changed_diagnostic(factor=["P(am | I)"]), "diagnostics[0]: `factor` should be a string"),
    ("huge-message", changed_diagnostic(message="m" * 1_000_000), "`message` is 1000000 characters long"),
    ("review-string", changed(needs_review="yes"), "`needs_review` should be true or false"),
    ("feedback-number", changed(student_feedback=3), "`student_feedback` should be a string"),
    ("final-answer-string", changed(final_answer="0.28"), "`final_answer` should be an object"),
    (
        "final-value-string",
        changed(final_answer={"value": "0.28"}),
        "`final_answer.value` should be a number",
    ),
    ("steps-string", changed(steps="ok"), "`steps` should be a list"),
    ("deep-nesting", b"[" * 200_000 + b"]" * 200_000, "not valid JSON"),
    ("too-big", b" " * (MAX_RECORD_BYTES + 1), "larger than"),
]


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "results"
    (folder / "p1").mkdir(parents=True)
    (folder / "p1" / "good.json").write_text(json.dumps(GOOD))
    for name, data, _ in MALFORMED:
        (folder / "p1" / f"{name}.json").write_bytes(data)
    os.mkfifo(folder / "p1" / "fifo.json")  # opening it would block forever
    return folder


def test_malformed_records_are_skipped_each_with_its_reason(tmp_path: Path) -> None:
    stats = gather(_bad_folder(tmp_path))
    assert [r.who for r in stats.records] == ["ann"]  # the good record is still counted
    reasons = dict(stats.skipped)
    assert len(reasons) == len(MALFORMED) + 1 and reasons["p1/fifo.json"] == "not a regular file"
    for name, _, expected in MALFORMED:
        assert expected in reasons[f"p1/{name}.json"], name
        assert "\n" not in reasons[f"p1/{name}.json"]


def test_report_warns_once_per_broken_file_and_counts_them(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = _bad_folder(tmp_path)
    assert main(["report", str(folder), "-o", str(tmp_path / "report.html")]) == 0
    captured = capsys.readouterr()
    skipped = [line for line in captured.err.splitlines() if ": skipped, " in line]
    assert len(skipped) == len(MALFORMED) + 1
    for name, _, _ in MALFORMED:
        assert sum(f"{folder / 'p1' / name}.json: skipped, " in line for line in skipped) == 1
    assert "Traceback" not in captured.err and f"{len(MALFORMED) + 1} file(s) skipped" in captured.out
    page = (tmp_path / "report.html").read_text()
    assert f"{len(MALFORMED) + 1} files skipped" in page and "1 graded submission," in page


ATTACKS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "' onmouseover='alert(3)",
    "javascript:alert(4)",
]


class _Elements(HTMLParser):
    """Every start tag and its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


@pytest.mark.parametrize("attack", ATTACKS)
def test_a_crafted_record_stays_text(tmp_path: Path, attack: str) -> None:
    crafted = {
        **GOOD,
        "students": [attack, f"x{attack}"],
        "problem": attack,
        "submission": attack,
        "student_feedback": f"line 1: {attack}",
        "problem_file": attack,
        "diagnostics": [
            {
                "code": attack,
                "severity": "warning",
                "line": 1,
                "message": attack,
                "hint": attack,
                "factor": attack,
            },
            {"code": "arithmetic-error", "line": 2, "message": attack, "factor": attack},
        ],
        "steps": [{"kind": attack, "status": "error"}],
    }
    folder = tmp_path / "results"
    folder.mkdir()
    (folder / f"{attack.replace('/', '_')}.json").write_text(json.dumps(crafted))
    (folder / "broken<b>.json").write_text(attack)  # a skipped file's name and reason are shown too
    page = render(gather(folder), title=attack)
    parser = _Elements()
    parser.feed(page)
    allowed = {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "a", "div", "table", "tr",
        "th", "td", "section", "details", "summary", "pre", "code", "span", "ul", "li", "br", "em", "dl",
        "dt", "dd", "svg", "rect", "line", "text",
    }  # fmt: skip
    assert {tag for tag, _ in parser.tags} <= allowed
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            if name == "id":
                assert value and re.fullmatch(r"[a-z0-9-]+", value), value
            if name == "href":
                assert value and re.fullmatch(r"#[a-z0-9-]+", value), value
    escaped = attack.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    assert escaped.replace("'", "&#x27;") in page
    assert attack not in page or not re.search(r"[<>\"']", attack)
