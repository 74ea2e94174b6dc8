"""Student text is hostile input: bounded, decoded with care, never a traceback, never a hang."""

from __future__ import annotations

import random
import time

import pytest

from grader.budget import Failure, run_with_budget
from grader.grade import grade_bytes, grade_text, internal_error_report
from tests.conftest import grade, problem

RIGHT = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"


@pytest.mark.parametrize(
    "data",
    [
        RIGHT.encode("utf-8"),
        b"\xef\xbb\xbf" + RIGHT.encode("utf-8"),  # UTF-8 with BOM
        RIGHT.encode("utf-16"),  # UTF-16 with BOM
        RIGHT.replace("\n", "\r\n").encode(),
        ("Solution:\x07\r\n" + RIGHT).encode(),  # a stray control character
        RIGHT.replace("-", "\u2212").encode(),  # Unicode minus
    ],
)
def test_encodings_and_line_ends(data: bytes) -> None:
    report = grade_bytes(data, problem("dl"), "s.txt")
    assert report.verdict == "correct", [d.to_dict() for d in report.diagnostics]


def test_undecodable_bytes_are_located() -> None:
    report = grade_bytes(b"log P(y|x) = -1.1\nabc \xff\xfe\xfd\n", problem("dl"), "s.txt")
    assert report.verdict == "unparsable"
    (diag,) = report.diagnostics
    assert diag.code == "input-rejected"
    assert (diag.span.line, diag.span.column) == (2, 5)
    assert "UTF-8" in diag.message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("x" * 70_000, "input-rejected"),
        ("1 = 1\n" * 500, "input-rejected"),
        ("log P(y|x) = " + "(" * 60 + "1" + ")" * 60, "input-rejected"),
        ("log P(y|x) = " + "9" * 60, "input-rejected"),
        ("log P(y|x) = " + "+".join(["1"] * 400), "input-rejected"),
    ],
)
def test_oversized_input_is_refused_with_a_reason(text: str, code: str) -> None:
    report = grade("dl", text)
    assert code in [d.code for d in report.diagnostics]
    assert report.verdict in ("unparsable", "incorrect")


@pytest.mark.parametrize(
    "text",
    [
        "log P(y|x) = 10^10^10",
        "log P(y|x) = 10^{10^{10}}",
        "log P(y|x) = 2^{2^{2^{2^{2^{2}}}}}",
        "log P(y|x) = e^{e^{e^{e^{10}}}}",
        "log P(y|x) = \\sum_{i=1}^{100000000} 1",
        "log P(y|x) = \\prod_{i=1}^{9999999} \\prod_{j=1}^{9999999} 2",
        "log P(y|x) = (-8)^{1/3}",
        "log P(y|x) = log 0 = log(-1)",
        "log P(y|x) = 1/0",
        "log P(y|x) = 9999999999999999999999999999999999999 * 99999999999999999999999999999",
    ],
)
def test_huge_or_undefined_numbers_finish_fast_without_a_traceback(text: str) -> None:
    started = time.perf_counter()
    report = grade("dl", text)
    assert time.perf_counter() - started < 5  # a hang guard, not a speed goal (bench/ has those)
    assert report.verdict in ("incorrect", "unparsable")
    assert report.final_answer is None or not report.final_answer.correct


def test_random_garbage_never_raises() -> None:
    alphabet = list("Pp(|)_{}^=+-*/.,0123456789 xyiNn\\$&<>'\"ΣlogexpfracsumPrC\n") + [
        "\\frac",
        "\\sum_{i=1}^{n}",
        "log ",
        "P(",
        "y_{<i}",
        "\\left(",
        "=",
        "\\\\",
        "$$",
        "\\begin{align*}",
        "≈",
    ]
    rng = random.Random(20261126)
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for name in ("dl", "food", "sam"):
            report = grade_text(text, problem(name), "fuzz.txt")
            assert report.verdict in ("correct", "incorrect", "unparsable")


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "finished"


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def _fail() -> None:
    raise RuntimeError("boom")


def test_time_budget_kills_the_worker() -> None:
    started = time.perf_counter()
    result = run_with_budget(_sleep, (30,), seconds=0.3)
    assert isinstance(result, Failure) and result.kind == "timeout"
    assert time.perf_counter() - started < 5


def test_memory_budget() -> None:
    result = run_with_budget(_allocate, (2048,), seconds=10, memory_mb=256)
    assert isinstance(result, Failure) and result.kind in ("memory", "crash")


def test_worker_result_and_crash() -> None:
    assert run_with_budget(_sleep, (0,), seconds=10) == "finished"
    result = run_with_budget(_fail, (), seconds=10)
    assert isinstance(result, Failure) and result.kind == "crash" and "boom" in result.detail


def test_a_timeout_is_reported_as_such_not_as_a_wrong_answer() -> None:
    report = internal_error_report(
        problem("dl"), "s.txt", Failure("timeout", "the work did not finish within 2 s")
    )
    assert report.verdict == "error"
    assert [d.code for d in report.diagnostics] == ["grader-timeout"]


def test_mutated_real_submissions_never_raise() -> None:
    """Real submissions with characters deleted, inserted and reversed: graded, never a traceback."""
    import tomllib

    from grader.problem import load_problem
    from tests.conftest import ROOT

    labels = []
    for path in sorted((ROOT / "tests/corpus").glob("labels*.toml")):
        labels += tomllib.loads(path.read_text())["submission"]
    pieces = list("()[]{}|_^=+-*/.,0123456789 \\$&<>'xyiNnPp") + [
        "\\frac",
        "\\sum_{i=1}^{n}",
        "log ",
        "P(",
        "y_{<i}",
        "=",
        "\\\\",
        "$$",
        "≈",
        "e^{",
        "C(",
        "z_",
        "₁",
        "⁻",
    ]
    rng = random.Random(7)
    problems: dict[str, object] = {}
    for _ in range(600):
        entry = rng.choice(labels)
        p = problems.setdefault(entry["problem"], load_problem(ROOT / entry["problem"]))
        chars = list((ROOT / "tests/corpus" / entry["file"]).read_text())
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(chars) + 1)
            roll = rng.random()
            if roll < 0.4 and chars:
                del chars[min(at, len(chars) - 1)]
            elif roll < 0.8:
                chars.insert(at, rng.choice(pieces))
            elif chars:
                i = rng.randrange(len(chars))
                chars[i : i + 20] = chars[i : i + 20][::-1]
        report = grade_text("".join(chars), p, "mutated.txt")  # type: ignore[arg-type]
        assert report.verdict in ("correct", "incorrect", "unparsable")
