"""Property-based fuzzing of student text: whatever a student writes, grading never raises, never
gives verdict `error` (which costs an attempt), and every diagnostic points inside the text.

Bounded for CI: derandomised, about 250 examples in all, each graded in a killable worker (a hang
fails the property rather than the run). A longer run explores afresh:

    GRADER_FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader.core.precheck import MAX_BYTES, MAX_DIGITS, MAX_LINE_LENGTH, MAX_LINES, MAX_NESTING
from grader.core.question import grade_with_budget
from grader.core.report import Report
from grader.derivation.problem import Problem, load_problem
from grader.derivation.question import DerivationQuestion
from grader.maths.build import parser
from tests.conftest import HANG_GUARD_SECONDS, ROOT

LONG_RUN = int(os.environ.get("GRADER_FUZZ_EXAMPLES", "0"))
_COMMON = {"deadline": None, "database": None, "suppress_health_check": list(HealthCheck)}
settings.register_profile("grader-ci", derandomize=True, **_COMMON)
settings.register_profile("grader-long", derandomize=False, **_COMMON)
settings.load_profile("grader-long" if LONG_RUN else "grader-ci")


def examples(ci: int) -> settings:
    """`ci` examples in CI; a long run spreads GRADER_FUZZ_EXAMPLES over the tests by the same weights."""
    return settings(max_examples=max(1, LONG_RUN * ci // 300) if LONG_RUN else ci)


@cache
def problems() -> tuple[Problem, ...]:
    return tuple(load_problem(p) for p in sorted((ROOT / "problems/seed").glob("*.toml")))


@cache
def corpus() -> tuple[Path, ...]:
    return tuple(
        sorted(
            p for p in (ROOT / "tests/corpus").rglob("*") if p.suffix in (".txt", ".md", ".tex")
        )  # all notations
    )


def assert_graded(report: Report, text: str) -> None:
    """The property: a verdict about the work (never `error`), and every diagnostic located in the text."""
    assert report.verdict in ("correct", "incorrect", "unparsable"), [d.to_dict() for d in report.diagnostics]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for d in report.diagnostics:
        where = (d.code, d.span.line, d.span.column, d.message)
        assert 1 <= d.span.line <= max(1, len(lines)), where
        assert 1 <= d.span.column <= len(lines[d.span.line - 1]) + 1, where


def grade_all_ways(text: str, problem: Problem) -> None:
    """Grade in a killable worker, so that a hang fails the property (verdict `error`) instead of
    hanging the test run; a crash there is verdict `error` too, with its exception in the message."""
    parser()  # built once here, as a batch run does before its workers, not in each forked worker
    report = grade_with_budget(
        DerivationQuestion(problem), text.encode("utf-8", "replace"), "fuzz.txt", HANG_GUARD_SECONDS, 1024
    )
    assert_graded(report, text)


# ---------------------------------------------------------------- the grammar's pieces
DIGITS = st.text("0123456789", min_size=1, max_size=6)
NUMBERS = st.one_of(
    st.integers(-5, 5000).map(str),
    st.builds(lambda a, b: f"{a}.{b}", st.integers(-3, 99), DIGITS),
    st.builds(
        lambda s, m, e: f"{s}{m}e{e}",
        st.sampled_from(["", "-", "−"]),
        st.sampled_from(["1", "1.1", ".5", "9.99"]),
        st.integers(-420, 420),
    ),  # fmt: skip
    st.sampled_from(
        ["1e99999999", "-1.1e4300", "1e-99999", "1e308", "1.8e308", "4.9e-324", "0.0", "-0", "1.", ".5"]
    ),
    st.builds(lambda a, b: f"{a}/{b}", st.integers(0, 99), st.integers(0, 99)),
    st.builds(lambda a, b: f"\\frac{{{a}}}{{{b}}}", st.integers(0, 99), st.integers(0, 9)),
    st.builds(lambda a, b: f"\\tfrac{a}{b}", st.integers(0, 9), st.integers(0, 9)),
    st.text("0123456789", min_size=MAX_DIGITS - 2, max_size=MAX_DIGITS + 2),
    st.builds(
        lambda m, e: f"{m} \\times 10^{{{e}}}", st.sampled_from(["1.1", "3", "-2.5"]), st.integers(-400, 5000)
    ),
)
INDEX = st.sampled_from(["1", "2", "3", "0", "7", "i", "n", "N", "i-1", "i+1", "{<i}", "{<1}", "{<3}", "{\\le i}", "{1:2}", "{2:1}", "{<0}", "{i-1}", "{t}", "{-1}", "{<999999999}", "{1:99999999}", "{\\le 99999999}", "99999999999"])  # fmt: skip
TOKENS = st.sampled_from(["deep", "learning", "\\text{deep}", "\\text{deep learning}", "\\text{}", "<s>", "</s>", "\\langle s \\rangle", '"deep learning"', '""', "food", "i", "want", "the", "cat", "am", "I", "Sam", "paris", "x"])  # fmt: skip
VAR = st.builds(lambda v, i: f"{v}_{i}", st.sampled_from(["y", "w", "x"]), INDEX) | st.sampled_from(["x", "y", "y_{<i}", "w_{1:n}"])  # fmt: skip
EVENT = st.one_of(
    VAR, TOKENS, st.builds(lambda v, t: f"{v} = {t}", VAR, TOKENS), st.just("\\dots"), st.just("...")
)
P = st.sampled_from(["P", "Pr", "p", "\\Pr", "\\mathrm{P}", "P_{\\theta}", "q"])
PROB = st.builds(
    lambda p, ts, cs, bar: f"{p}({', '.join(ts)}{(' ' + bar + ' ' + ', '.join(cs)) if cs else ''})",
    P,
    st.lists(EVENT, min_size=1, max_size=3),
    st.lists(EVENT, max_size=3),
    st.sampled_from(["|", "\\mid", "∣", ";"]),
)
LOG = st.sampled_from(
    ["log", "\\log", "ln", "\\ln", "log_2", "\\log_{10}", "\\log_2", "lg", "log_{e}", "log_0", "log_1"]
)
QUANTITY = st.sampled_from(["PPL", "NLL", "H", "CE", "N", "V", "|V|", "|y|", "T", "PP(y)", "\\text{PPL}", "C(deep)", "C(i want)", "z_{deep}", "p_1", "p_i", "e", "\\lambda_1"])  # fmt: skip
ATOM = st.one_of(NUMBERS, PROB, QUANTITY, st.builds(lambda log, p: f"{log} {p}", LOG, PROB))


def _extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(
            lambda a, op, b: f"{a} {op} {b}",
            inner,
            st.sampled_from(["+", "-", "*", "/", "·", "\\cdot", "\\times", "×", "^", ""]),
            inner,
        ),  # fmt: skip
        st.builds(lambda a: f"({a})", inner),
        st.builds(lambda a: f"\\left( {a} \\right)", inner),
        st.builds(lambda a: f"-{a}", inner),
        st.builds(lambda a, b: f"\\frac{{{a}}}{{{b}}}", inner, inner),
        st.builds(lambda a, b: f"{a}^{{{b}}}", inner, inner),
        st.builds(lambda a: f"e^{{{a}}}", inner),
        st.builds(lambda a: f"\\exp({a})", inner),
        st.builds(lambda a: f"\\sqrt{{{a}}}", inner),
        st.builds(lambda log, a: f"{log}({a})", LOG, inner),
        st.builds(
            lambda op, v, lo, hi, a: f"{op}_{{{v}={lo}}}^{{{hi}}} {a}",
            st.sampled_from(["\\sum", "\\prod", "Σ", "∏"]),
            st.sampled_from(["i", "j", "t"]),
            st.sampled_from(["0", "1", "2", "i"]),
            st.sampled_from(["n", "N", "2", "3", "n-1", "n+1", "2000", "5000", "99999", "i", "|y|"]),
            inner,
        ),
    )


EXPR = st.recursive(ATOM, _extend, max_leaves=8)
RELATION = st.sampled_from(["=", "≈", "\\approx", "=", "= ="])
CHAIN = st.builds(
    lambda first, rest: first + "".join(f" {r} {e}" for r, e in rest),
    EXPR,
    st.lists(st.tuples(RELATION, EXPR), max_size=4),
)
PROSE = st.sampled_from(["", "So ", "Then the log-likelihood is ", "We get: ", "By the chain rule, ", "Answer: ", "Final answer: ", "average NLL = ", "- ", "* ", "1. ", "Step 2: "])  # fmt: skip
AFTER = st.sampled_from(
    ["", " nats", " bits", ".", " (rounded)", " ≈ maybe?", " which is the answer", " (approx.)"]
)
LINE = st.one_of(
    st.builds(lambda a, c, b: a + c + b, PROSE, CHAIN, AFTER),
    st.builds(lambda a, c, b: f"{a}${c}${b}", PROSE, CHAIN, AFTER),
    st.builds(lambda c: f"$$ {c} $$", CHAIN),
    st.builds(lambda c: f"& {c} \\\\", CHAIN),
    st.sampled_from(
        [
            "",
            "\\begin{align*}",
            "\\end{align*}",
            "$$",
            "```",
            "Solution:",
            "V = 5",
            "V = 6",
            "V = 0",
            "|V| = -3",
            "N = 2",
            "N = 1e300",
            "\\lambda_1 = 0.3",
        ]
    ),  # fmt: skip
)
DOCUMENT = st.lists(LINE, min_size=1, max_size=8).map("\n".join)


@examples(80)
@given(DOCUMENT, st.sampled_from(range(12)))
def test_derivations_from_the_grammar_are_graded(text: str, which: int) -> None:
    grade_all_ways(text, problems()[which % len(problems())])


# ---------------------------------------------------------------- mutations of real submissions
PIECES = st.sampled_from(list("()[]{}|_^=+-*/.,0123456789 \\$&<>'xyiNnPpe≈−·") + ["\\frac", "\\sum_{i=1}^{n}", "\\prod_{i=1}^{2000}", "log ", "P(", "y_{<i}", "y_{<1} = ", "\\text{deep learning}", "\\\\", "$$", "e^{", "C(", "z_", "₁", "⁻", "e4300", "e-400", "\n", "\r", "\t", "\x00", "\u200b", "Answer: "])  # fmt: skip
MUTATION = st.tuples(st.sampled_from(["delete", "insert", "duplicate", "swap", "reverse", "dup-line", "drop-line", "swap-lines"]), st.floats(0, 1), st.floats(0, 1), PIECES)  # fmt: skip


def mutate(text: str, ops: list[tuple[str, float, float, str]]) -> str:
    """Apply character and line edits at relative places (so shrinking keeps them meaningful)."""
    for op, where, other, piece in ops:
        if op.endswith("line") or op == "swap-lines":
            lines = text.split("\n")
            i, j = int(where * (len(lines) - 1)), int(other * (len(lines) - 1))
            if op == "dup-line":
                lines.insert(i, lines[i])
            elif op == "drop-line" and len(lines) > 1:
                del lines[i]
            elif op == "swap-lines":
                lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
            continue
        i = int(where * len(text))
        j = min(len(text), i + 1 + int(other * 12))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + piece + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "swap" and j - i >= 2:
            text = text[:i] + text[j - 1] + text[i + 1 : j - 1] + text[i] + text[j:]
        elif op == "reverse":
            text = text[:i] + text[i:j][::-1] + text[j:]
    return text


@examples(80)
@given(st.sampled_from(range(10_000)), st.lists(MUTATION, min_size=1, max_size=8), st.sampled_from(range(12)))
def test_mutated_real_submissions_are_graded(which: int, ops: list, problem_index: int) -> None:
    files = corpus()
    text = mutate(files[which % len(files)].read_text(encoding="utf-8"), ops)
    grade_all_ways(text, problems()[problem_index % len(problems())])


# ---------------------------------------------------------------- wrong finals and hedges
HEDGES = st.one_of(
    st.sampled_from(
        [
            "Answer: 0.285",
            "≈ maybe -1.1?",
            "Answer: about -1.1 or -1.2",
            "Final answer: \\boxed{-1.1}",
            "So the answer is -1.1e4300",
            "Answer: 1e99999999",
            "= -1.1 (I think)",
            "Answer:",
            "Answer: P(y|x)",
            "≈ −1.1 nats?",
            "Answer: \\infty",
            "Answer: NaN",
        ]
    ),  # fmt: skip
    st.builds(
        lambda a, n: f"{a} {n}", st.sampled_from(["Answer:", "≈", "=", "so", "Final answer:"]), NUMBERS
    ),
)


@examples(25)
@given(st.sampled_from(range(10_000)), st.lists(HEDGES, min_size=1, max_size=3))
def test_wrong_finals_and_hedges_appended(which: int, endings: list[str]) -> None:
    files = corpus()
    path = files[which % len(files)]
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n" + "\n".join(endings)
    for problem in problems()[:4]:
        grade_all_ways(text, problem)


# ---------------------------------------------------------------- large inputs near the bounds
SNIPPET = st.one_of(
    PIECES,
    st.text(" \\$()[]{}|*_.,;:=+-&^<>1aeAnswr", min_size=1, max_size=5),
    LINE.map(lambda t: t[:20] or " "),
)
LARGE = st.one_of(
    # one long line of a repeated snippet: what made regular expressions quadratic
    st.builds(lambda a, b, k: (a * k)[: MAX_BYTES - 40] + b, SNIPPET, SNIPPET, st.integers(1000, MAX_BYTES)),
    st.builds(
        lambda a, b, k: "\n".join([a * k] * (MAX_BYTES // max(1, len(a) * k + 1)))[:MAX_BYTES] + b,
        SNIPPET,
        LINE,
        st.integers(1, 200),
    ),  # fmt: skip
    st.builds(lambda n, line: "\n".join([line] * n), st.integers(MAX_LINES - 5, MAX_LINES + 2), LINE),
    st.builds(
        lambda k: "log P(y|x) = " + "(" * k + "1" + ")" * k, st.integers(MAX_NESTING - 14, MAX_NESTING + 1)
    ),
    st.builds(lambda k: "log P(y|x) = " + "+".join(["-0.7"] * k), st.integers(100, MAX_LINE_LENGTH // 5 + 2)),
    st.builds(lambda k: "log P(y|x) = " + "9" * k, st.integers(MAX_DIGITS - 2, MAX_DIGITS + 2)),
    st.builds(
        lambda a, b: f"log P(y|x) = \\sum_{{i=1}}^{{{a}}} \\sum_{{j=1}}^{{{b}}} 1",
        st.integers(1, 2100),
        st.integers(1, 2100),
    ),  # fmt: skip
    st.builds(
        lambda k, prose: "\n".join([prose + " log P(y_1|x) = -0.7 and P(y_2|x,y_1) = 0.67 " + prose] * k)[
            : MAX_BYTES - 8
        ],
        st.integers(100, MAX_LINES),
        st.text("abcdefghij klmnop(", min_size=40, max_size=120),
    ),  # fmt: skip
    st.builds(lambda k: ("x" * 599 + "\n") * k, st.integers(100, 115)),
)


@examples(25)
@given(LARGE)
def test_large_inputs_near_the_bounds(text: str) -> None:
    grade_all_ways(text, problems()[0])


@examples(25)
@given(st.binary(max_size=300), st.sampled_from(["", "utf-8", "utf-16", "utf-8-sig"]), DOCUMENT)
def test_bytes_in_any_encoding(noise: bytes, encoding: str, text: str) -> None:
    data = text.encode(encoding) if encoding else noise
    parser()
    report = grade_with_budget(DerivationQuestion(problems()[0]), data, "fuzz.txt", HANG_GUARD_SECONDS, 1024)
    assert report.verdict in ("correct", "incorrect", "unparsable")
    assert all(d.span.line >= 1 and d.span.column >= 1 for d in report.diagnostics)
