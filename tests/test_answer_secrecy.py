"""What a student is shown never gives the answer away, unless the problem says it may.

The exploit this guards against: submit a guess, read the expected value from the feedback,
resubmit it for full marks. Checked against every bundled problem and every labelled corpus
submission, by looking for the secret values in the text a student is shown, independently of how
the grader decides what to hide.
"""

from __future__ import annotations

import math
import random
import re
import tomllib
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from grader.core.diagnostics import REGISTRY
from grader.derivation.audience import advice, secret_values, student_view
from grader.derivation.grade import grade_bytes, grade_text
from grader.derivation.problem import Problem, ProblemError, load_problem, problem_from_dict
from grader.writers.text import render
from tests.conftest import ROOT


def student_feedback(report, problem, now=None) -> str:
    """The feedback text a student is shown, as the class run and `--audience student` render it."""
    return render(student_view(report, problem, now))


SEED = sorted((ROOT / "problems/seed").glob("*.toml"))
CORPUS = ROOT / "tests/corpus"


@cache
def loaded(path: str) -> Problem:
    return load_problem(path)


def _tokens(text: str) -> set[str]:
    """The decimal numbers in a text, as written (signs dropped)."""
    return set(re.findall(r"(?<![\w.])\d*\.\d+(?:e[-+]?\d+)?", text))


def leaked(problem: Problem, shown: str, submission: str) -> list[str]:
    """Renderings (3 to 6 significant digits) of the expected value or a model value in `shown`
    that the student did not write themselves."""
    written = {float(t) for t in _tokens(submission)}
    written |= {int(a) / int(b) for a, b in re.findall(r"(\d+)\s*/\s*(\d+)", submission) if int(b)}
    written |= {int(a) / int(b) for a, b in re.findall(r"frac\{(\d+)\}\{(\d+)\}", submission) if int(b)}
    values = [abs(problem.reference.value)]
    for c, ln_p in zip(problem.reference.conditionals, problem.reference.ln_probs, strict=True):
        values += [float(c.prob), abs(ln_p / problem.ln_base)]
    out = []
    # The grader's words only: not the score, the student's own final value or their quoted lines.
    shown = "\n".join(
        line
        for line in shown.splitlines()
        if not line.startswith(("score:", "final answer:")) and not re.match(r"\s*\d+ \|", line)
    )
    present = _tokens(shown)
    for value in values:
        for digits in range(3, 7):
            text = f"{value:.{digits}g}"
            if "." not in text:
                continue
            mantissa, _, exponent = text.partition("e")
            half_unit = 0.5 * 10.0 ** -len(mantissa.split(".")[1]) * 10.0 ** int(exponent or 0)
            close_to_theirs = any(abs(float(text) - w) <= half_unit for w in written)
            if text in present and not close_to_theirs:
                out.append(text)
    return out


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.stem)
def test_a_guess_does_not_reveal_the_answer(path: Path) -> None:
    problem = loaded(str(path))
    rng = random.Random(path.stem)
    for _ in range(5):
        guess = f"{rng.uniform(-20, 20):.3g}"
        submission = f"Answer: {guess}\n"
        report = grade_text(submission, problem, "guess.txt")
        staff, shown = render(report), student_feedback(report, problem)
        assert leaked(problem, staff, submission), "the staff view names the expected value"
        assert leaked(problem, shown, submission) == [], shown


def _corpus() -> list[tuple[str, str]]:
    entries = []
    for labels in sorted(CORPUS.glob("labels*.toml")):
        for entry in tomllib.loads(labels.read_text())["submission"]:
            entries.append((entry["file"], entry["problem"]))
    return entries


def test_no_corpus_submission_is_shown_a_value_it_did_not_write() -> None:
    """Every labelled submission, right or wrong: the student sees only their own numbers."""
    failures = []
    corpus = _corpus()
    assert len(corpus) > 600
    for file, problem_path in corpus:
        problem = loaded(str(ROOT / problem_path))
        data = (CORPUS / file).read_bytes()
        report = grade_bytes(data, problem, file)
        shown = student_feedback(report, problem)
        found = leaked(problem, shown, data.decode("utf-8", "replace"))
        if found:
            failures.append(f"{file}: {found}")
    assert failures == []


def test_the_final_answer_line_drops_the_expected_value() -> None:
    problem = loaded(str(ROOT / "problems/seed/deep-learning.toml"))
    report = grade_text("log P(y|x) = -0.7 + (-0.4) = 0.3\n", problem)
    assert "expected -1.1" in render(report)
    view = student_view(report, problem)
    assert view.final_answer is not None and view.final_answer.expected is None
    assert "expected" not in render(view).split("final answer:")[1]
    assert view.to_dict()["final_answer"]["expected"] is None


def test_numbers_the_student_wrote_stay_visible() -> None:
    problem = loaded(str(ROOT / "examples/../problems/seed/deep-learning.toml"))
    report = grade_text("log P(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n= (-0.7)(-0.4)\n= 0.28\n", problem)
    shown = student_feedback(report, problem)
    assert "-0.7" in shown and "-0.4" in shown and "0.28" in shown
    assert "1.1" not in shown  # the sum they should have taken is the answer


def _with(extra: str) -> Problem:
    data = tomllib.loads((ROOT / "problems/seed/deep-learning.toml").read_text() + "\n")
    data.update(tomllib.loads(extra))
    return problem_from_dict(data, "p.toml")


@pytest.mark.parametrize(
    "extra, now_offset, shown",
    [
        ('reveal = "never"', 0, False),
        ('reveal = "always"', 0, True),
        ('reveal = "after_deadline"\ndeadline = 2026-12-15T23:59:00-05:00', -1, False),
        ('reveal = "after_deadline"\ndeadline = 2026-12-15T23:59:00-05:00', +1, True),
    ],
)
def test_reveal_policy(extra: str, now_offset: int, shown: bool) -> None:
    problem = _with(extra)
    deadline = datetime(2026, 12, 16, 4, 59, tzinfo=UTC)
    now = deadline + timedelta(minutes=now_offset)
    report = grade_text("Answer: 0.3\n", problem)
    text = student_feedback(report, problem, now)
    assert ("-1.1" in text) is shown


@pytest.mark.parametrize(
    "extra, key",
    [
        ('reveal = "sometimes"', "reveal"),
        ('reveal = "after_deadline"', "deadline"),
        ('reveal = "after_deadline"\ndeadline = 2026-12-15T23:59:00', "deadline"),  # no time zone
        ('reveal = "after_deadline"\ndeadline = "friday"', "deadline"),
    ],
)
def test_a_bad_reveal_policy_names_the_key(extra: str, key: str) -> None:
    with pytest.raises(ProblemError) as info:
        _with(extra)
    assert f"p.toml: {key}" in str(info.value)


@pytest.mark.parametrize("path", SEED, ids=lambda p: p.stem)
def test_what_to_write_instead_comes_from_this_problem(path: Path) -> None:
    """Advice names this problem's own tokens and model, and carries no value to copy."""
    problem = loaded(str(path))
    first = problem.reference.conditionals[0].token
    secrets = secret_values(problem)
    for code in REGISTRY:
        text = advice(code, problem)
        assert text, code
        for number in re.findall(r"(?<![\w.])\d*\.\d+", text):
            assert not any(math.isclose(float(number), s, rel_tol=1e-3) for s in secrets), (code, text)
        if code in (
            "multiplied-log-probs",
            "added-probs",
            "missing-term",
            "wrong-token",
            "joint-for-conditional",
        ):
            assert f"P({first} |" in text or f"P({first})" in text, (code, text)
    if "deep-learning" not in path.stem:
        assert all("-0.7" not in advice(code, problem) for code in REGISTRY)


def test_the_json_report_prints_numbers_as_a_person_would() -> None:
    problem = loaded(str(ROOT / "problems/seed/deep-learning.toml"))
    assert repr(problem.reference.value) != "-1.1"  # the float sum is -1.0999999999999999
    report = grade_text("Answer: -1.1\n", problem)
    assert report.to_dict()["final_answer"]["expected"] == -1.1
