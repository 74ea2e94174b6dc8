"""Student text is hostile input: bounded, decoded with care, never a traceback, never a hang."""

from __future__ import annotations

import random
import time

import pytest

from grader.core.budget import Failure, run_with_budget
from grader.core.precheck import MAX_LINE_LENGTH
from grader.core.question import failure_report, grade_with_budget
from grader.derivation.grade import grade_bytes, grade_text
from grader.derivation.problem import load_problem
from grader.derivation.question import DerivationQuestion
from grader.maths.build import parser
from tests.conftest import HANG_GUARD_SECONDS, HOSTILE, ROOT, corpus_paragraphs, grade, problem, question_of

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
        ("log P(y|x) = " + "+".join(["1"] * (MAX_LINE_LENGTH // 2 + 10)), "input-rejected"),
        # statements side by side on one line longer than a line of maths may be: refused whole, not cut up first
        ("C(a)=1 " * (MAX_LINE_LENGTH // 7 + 10), "input-rejected"),
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
    report = failure_report(
        DerivationQuestion(problem("dl")), "s.txt", Failure("timeout", "the work did not finish within 2 s")
    )
    assert report.verdict == "error"
    assert [d.code for d in report.diagnostics] == ["grader-timeout"]


def test_mutated_real_submissions_never_raise() -> None:
    """Real submissions with characters deleted, inserted and reversed: graded, never a traceback."""
    import tomllib

    from grader.derivation.problem import load_problem
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


_LARGE_INPUTS = {
    "64 KB of prose and maths": corpus_paragraphs(),
    "a line of 60,000 spaces": " " * 60_000 + "x",
    "a line of unclosed \\(": "\\(" * 30_000,
    "a line of 30,000 inline pieces": "$1$" * 20_000,
}


@pytest.mark.parametrize(
    ("name", "text", "code", "line"),
    [
        ("digit limit in a step key", "log P(y|x) = -1.1e4300\n", "input-rejected", 1),
        ("exponent of a hundred million", "log P(y|x) = -0.7 + (-0.4)\n= 1e99999999\n", "input-rejected", 2),
        ("empty position range", "log P(y|x) = log P(y_{<1} = deep | x) + 1\n", "unknown-symbol", 1),
        ("two words for one token", "P(y_1 = \\text{deep learning} | x) = 0.5\n", "unknown-symbol", 1),
        ("overflow in a matcher", "log P(y|x) = -1.2\n1e200 = e^{460}\n", "invalid-step", 2),
        ("an exponent after an exponent", "P(y|x) = 2/1e-4e4300003\n", "input-rejected", 1),
        (
            "a range of a billion positions",
            "log P(y|x) = log P(y_1 | x, y_{<999999999})\n",
            "unknown-symbol",
            1,
        ),
        (
            "nested sums of 2000 terms",
            "log P(y|x) = \\sum_{i=1}^{2000} \\sum_{j=1}^{2000} 1\n",
            "input-rejected",
            1,
        ),
        (
            "sums of 10,001 terms in all",
            "x = \\sum_{i=1}^{101} \\prod_{j=1}^{100} 1 = 1",
            "input-rejected",
            1,
        ),
    ],
)
def test_reported_crashes_are_located_diagnostics(name: str, text: str, code: str, line: int) -> None:
    report = grade("dl", text)
    assert report.verdict != "error", name
    assert (code, line) in [(d.code, d.span.line) for d in report.diagnostics], [
        d.to_dict() for d in report.diagnostics
    ]


@pytest.mark.parametrize("name", ["dl", "ppl", "food", "sam", "bits"])
def test_a_restated_name_is_not_a_crash(name: str) -> None:
    """V = 5 then V = 6: a table model has no |V| of its own; an n-gram model's |V| is judged twice."""
    report = grade(name, "V = 5\nV = 6\n")
    assert report.verdict == "incorrect"
    codes = [(d.code, d.span.line) for d in report.diagnostics]
    if name in ("dl", "ppl"):  # the student's own name, restated
        assert codes == [("no-final-answer", 3)]


def test_a_restated_vocabulary_size_is_judged_against_the_problem_each_time() -> None:
    report = grade_text(
        "V = 5\nV = 6\n", load_problem(ROOT / "problems/seed/sam-corpus-add-one.toml"), "s.txt"
    )
    assert [(d.code, d.span.line) for d in report.diagnostics if d.code == "wrong-value"] == [
        ("wrong-value", 1),
        ("wrong-value", 2),
    ]


@pytest.mark.parametrize("name", sorted(_LARGE_INPUTS))
def test_large_inputs_are_graded_within_the_budget(name: str) -> None:
    """Once taking 12-100 s (quadratic regular expressions, aliases, prose cuts): graded now, never
    verdict `error`; how fast (about 1 s, under the default 2 s budget) is bench/bench_check.py's figure."""
    parser()  # built before the worker forks, as a batch run does
    report = grade_with_budget(
        DerivationQuestion(problem("dl")), _LARGE_INPUTS[name].encode(), "s.txt", HANG_GUARD_SECONDS, 1024
    )
    assert report.verdict != "error", [d.to_dict() for d in report.diagnostics]


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize(
    "problem_id", ["cost--kv-cache-scores", "decoding--beam-a-cat", "window--transformer-window"]
)
def test_hostile_lines_in_the_other_kinds_are_graded_within_the_budget(problem_id: str, name: str) -> None:
    """A line of 60,000 spaces once took 55 s in a cost answer (a table rule's and a code comment's nested runs
    of spaces) and 143 s in a window answer (a derivation's and a restatement's opening): every kind's reader is
    linear in a line, so the worker's budget is never what ends it."""
    report = grade_with_budget(
        question_of(problem_id), HOSTILE[name].encode(), "s.txt", HANG_GUARD_SECONDS, 1024
    )  # type: ignore[arg-type]
    assert report.verdict != "error", report.codes


def test_many_long_lines_of_spaces_in_a_derivation_are_graded_within_the_budget() -> None:
    """Thirty lines of a name and 1,990 spaces (each within the line cap) took 34 s: splitting a line into its
    statements, and into its clauses, tried a pattern that opens with a run of spaces from every position of the
    run. Each run is read once now."""
    text = "\n".join(["w_1" + " " * 1990 + "x"] * 30)
    report = grade_with_budget(question_of("deep-learning"), text.encode(), "s.txt", HANG_GUARD_SECONDS, 1024)
    assert report.verdict != "error", report.codes


def test_an_over_long_line_of_statements_is_refused_at_its_start_and_the_rest_graded() -> None:
    """Each statement of a line over the cap was once parsed and checked (8,000 took 4 s); the line is refused
    where it starts, and the lines around it are graded as usual."""
    text = "log P(y|x) = -0.7 + (-0.4)\n" + "C(a)=1 " * (MAX_LINE_LENGTH // 7 + 10) + "\n= -1.1\n"
    report = grade("dl", text)
    (refused,) = [d for d in report.diagnostics if d.code == "input-rejected"]
    assert (refused.span.line, refused.span.column) == (2, 1)
    assert f"at most {MAX_LINE_LENGTH}" in refused.message
    # what could not be read costs nothing: a person looks
    assert (report.verdict, report.score, report.needs_review) == ("correct", report.max_score, True)
