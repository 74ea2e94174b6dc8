"""Every diagnostic code is documented, and some real submission triggers it."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from grader.core.budget import Failure
from grader.core.diagnostics import PARTS, REGISTRY, STATUSES, can_deduct, explain, make
from grader.core.question import failure_report, load_question
from grader.derivation.grade import grade_bytes
from grader.derivation.problem import load_problem
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
        p = load_question(path)  # any kind
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


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_the_example_students_are_shown_triggers_its_own_code(code: str) -> None:
    """`grader explain` and the advice show each code's example: graded against the problem the entry
    declares, it must be told that very code (the codes with no text example are those of SPECIAL)."""
    entry = REGISTRY[code]
    if not entry.example_problem:
        assert code in SPECIAL
        return
    question = load_question(ROOT / f"problems/{entry.example_problem}.toml")
    report = question.grade(entry.example.encode(), "example")
    assert code in report.codes, f"{code}'s example is told {report.codes}"


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_each_entry_says_where_its_mistake_is_charged(code: str) -> None:
    entry = REGISTRY[code]
    assert entry.status in STATUSES and entry.level in ("step", "whole")
    assert entry.part is None or entry.part in PARTS
    derivation = entry.example_problem.startswith("seed/")  # the derivation rubric's parts
    if (
        derivation
        and entry.severity == "error"
        and entry.level == "step"
        and code not in ("hedged-answer", "no-final-answer")
    ):
        assert entry.part is not None, f"{code} is a step's mistake but names no rubric part"


def test_a_preview_code_reports_for_review_and_never_deducts(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from grader.core import diagnostics
    from grader.core.rubric import RubricError, read_rubric
    from grader.core.source import Span

    code = "multiplied-log-probs"
    assert make(code, "m", Span(1, 1, 1, 2)).severity == "error" and can_deduct(code)
    monkeypatch.setitem(diagnostics.REGISTRY, code, dataclasses.replace(REGISTRY[code], status="preview"))
    assert make(code, "m", Span(1, 1, 1, 2)).severity == "warning" and not can_deduct(code)
    with pytest.raises(RubricError, match="preview"):
        read_rubric({"deductions": {code: 0.1}}, diagnostics.REGISTRY)


@pytest.mark.parametrize(
    ("code", "strict", "accepted"),
    [
        ("multiplied-log-probs", False, True),
        ("parse-error", False, False),  # what could not be read costs nothing by default …
        ("parse-error", True, True),  # … unless the problem sets strict_notation
        ("grader-error", False, False),  # the grader's own failure never costs marks
        ("grader-timeout", True, False),
    ],
)
def test_a_deduction_that_could_never_apply_is_refused_at_load(
    tmp_path: Path, code: str, strict: bool, accepted: bool
) -> None:
    from grader.derivation.problem import ProblemError

    source = (ROOT / "problems/seed/deep-learning.toml").read_text()
    path = tmp_path / "p.toml"
    head = "strict_notation = true\n" if strict else ""
    path.write_text(head + source + f'\n[rubric.deductions]\n"{code}" = 0.1\n')
    if accepted:
        assert load_problem(path).rubric.deductions == {code: 0.1}
    else:
        with pytest.raises(ProblemError) as err:
            load_problem(path)
        assert err.value.key == f"rubric.deductions.{code}" and "can never deduct" in err.value.message
