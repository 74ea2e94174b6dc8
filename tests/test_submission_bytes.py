"""Every question kind reads a submission's bytes the same way (core.precheck through the seam):
UTF-16 with a byte-order mark is the same work as UTF-8, and bytes that are not text are refused as
unreadable, at the line and column where they are, never graded as a wrong answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

ONE_PER_KIND = sorted({p.parent.name: p for p in sorted((ROOT / "problems").glob("*/*.toml"))}.values())


def _right(path: Path) -> str:
    question = load_question(path)
    return next(e.submission for e in question.examples if e.verdict == "correct")


@pytest.mark.parametrize("path", ONE_PER_KIND, ids=lambda p: p.parent.name)
def test_utf16_with_a_bom_is_the_same_work(path: Path) -> None:
    question, work = load_question(path), _right(path)
    a = question.grade(work.encode("utf-8"), "w.txt")
    b = question.grade(work.encode("utf-16"), "w.txt")
    assert (a.verdict, a.score, a.codes) == (b.verdict, b.score, b.codes) and a.verdict == "correct"


@pytest.mark.parametrize("path", ONE_PER_KIND, ids=lambda p: p.parent.name)
def test_bytes_that_are_not_text_are_refused_where_they_are(path: Path) -> None:
    work = _right(path).encode("utf-8") + b"\nsee: \xff\xfe\n"
    report = load_question(path).grade(work, "w.txt")
    (diag,) = report.diagnostics
    assert report.verdict == "unparsable" and diag.code == "input-rejected" and report.score == 0
    assert diag.span.line == work.count(b"\n") and diag.span.column == 6
