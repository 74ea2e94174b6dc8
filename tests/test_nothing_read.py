"""Every kind, the same contract for a submission with nothing to read (issue 10 §1): it is unparsable,
never wrong work, a diagnostic in the report says why (not text only the terminal writer invents), and a
person is asked to look."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from grader.core.question import Question, load_question
from tests.conftest import ROOT

PROBLEMS = sorted(p for p in (ROOT / "problems").rglob("*.toml"))
NOTHING = [b"", b"\n\n\n", b"I am not sure how to do this one.\n", b"see the photo I uploaded"]


@cache
def _question(path: Path) -> Question:
    return load_question(path)


@pytest.mark.parametrize("path", PROBLEMS, ids=[str(p.relative_to(ROOT / "problems")) for p in PROBLEMS])
def test_nothing_to_read_is_unparsable_with_a_reason_and_review(path: Path) -> None:
    question = _question(path)
    for data in NOTHING:
        report = question.grade(data, "answer.txt")
        assert report.verdict == "unparsable", (data, report.verdict, report.codes)
        assert report.diagnostics and report.needs_review, data
        assert all(d["line"] >= 1 for d in report.to_dict()["diagnostics"])
