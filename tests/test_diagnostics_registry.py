"""Every diagnostic code is documented, and some real submission triggers it."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from grader.core.budget import Failure
from grader.core.diagnostics import REGISTRY, explain
from grader.core.question import failure_report, load_question
from grader.derivation.grade import grade_bytes
from grader.derivation.question import DerivationQuestion
from tests.conftest import ROOT, problem

SECTIONS = ("What it catches", "Why it is wrong", "Example", "Use instead")


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_code_is_explained(code: str) -> None:
    entry = REGISTRY[code]
    assert entry.code == code and code == code.lower() and " " not in code
    assert entry.severity in ("error", "warning", "internal")
    for text in (entry.title, entry.catches, entry.why, entry.example, entry.instead):
        assert len(text.strip()) > 10
    page = explain(code)
    for section in SECTIONS:
        assert section in page


@cache
def labelled_submissions() -> list[tuple[str, str, str]]:
    """(problem path, submission text, code) for every labelled code in examples and the corpus."""
    out = []
    for path in sorted((ROOT / "problems").rglob("*.toml")):
        p = load_question(path)
        for example in p.examples:
            out.extend((str(path), example.submission, c.code) for c in example.codes)
    labels = tomllib.loads((ROOT / "tests/corpus/labels.toml").read_text())["submission"]
    for entry in labels:
        text = (ROOT / "tests/corpus" / entry["file"]).read_text()
        out.extend((str(ROOT / entry["problem"]), text, c["code"]) for c in entry["codes"])
    return out


SPECIAL = {
    "input-rejected": lambda: grade_bytes(b"abc \xff\xfe", problem("dl"), "s.txt"),
    "grader-timeout": lambda: failure_report(
        DerivationQuestion(problem("dl")), "s.txt", Failure("timeout", "2 s")
    ),
    "grader-error": lambda: failure_report(
        DerivationQuestion(problem("dl")), "s.txt", Failure("crash", "boom")
    ),
}


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_code_is_triggered_by_a_labelled_submission(code: str) -> None:
    if code in SPECIAL:
        assert code in [d.code for d in SPECIAL[code]().diagnostics]
        return
    cases = [(p, text) for p, text, c in labelled_submissions() if c == code]
    assert cases, f"no example or corpus submission is labelled {code}"
    for path, text in cases:
        report = load_question(Path(path)).grade(text.encode(), "example")
        if code in [d.code for d in report.diagnostics]:
            return
    pytest.fail(f"none of the {len(cases)} submissions labelled {code} triggers it")


RELEASED = {
    "added-probs",
    "arithmetic-error",
    "bos-counted",
    "dropped-conditioning",
    "exp-log-mismatch",
    "extra-term",
    "final-answer-wrong",
    "future-conditioning",
    "grader-error",
    "grader-timeout",
    "hedged-answer",
    "input-rejected",
    "invalid-step",
    "joint-for-conditional",
    "log-base-mismatch",
    "missing-term",
    "mixed-models",
    "multiplied-log-probs",
    "no-final-answer",
    "off-by-one",
    "parse-error",
    "perplexity-normalization",
    "premature-rounding",
    "sign-error",
    "unknown-symbol",
    "unnormalized-scores",
    "wrong-quantity",
    "wrong-token",
    "wrong-value",
}


def test_released_codes_are_never_renamed_or_removed() -> None:
    """Gradebooks and instructors' question tests refer to codes: a released code stays."""
    assert set(REGISTRY) >= RELEASED
