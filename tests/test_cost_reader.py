"""Reading cost answers: what students write is parsed with grammars/arithmetic.lark and built into
sympy without sympify, over the problem's symbols; hostile input is bounded, never evaluated."""

from __future__ import annotations

import pytest
import sympy

from grader.core.question import load_question
from grader.cost.algebra import Unbuildable, build, same_growth, same_value, symbol
from grader.cost.reader import parser, read
from tests.conftest import ROOT

n, m, d, L, h, k, V = (symbol(c) for c in "nmdLhkV")
SYMBOLS = frozenset("nmdLhkV")

READS = [  # (text, value) — each must build to exactly this value
    ("n(n+1)/2", n * (n + 1) / 2),
    ("2nd", 2 * n * d),
    ("n m d L", n * m * d * L),
    ("\\frac{n(n+1)}{2} d L", n * (n + 1) / 2 * d * L),
    ("\\sum_{i=1}^{n} (m + i) \\cdot d \\cdot L", (n * m + n * (n + 1) / 2) * d * L),
    ("Σ_{i=1}^n (m + i) · d · L", (n * m + n * (n + 1) / 2) * d * L),
    ("sum_{i=1}^{n} i", n * (n + 1) / 2),
    ("∑_{i=0}^{n-1} i", n * (n - 1) / 2),
    ("\\sum_{i=1}^{n} \\sum_{j=1}^{i} 1", n * (n + 1) / 2),
    ("n² h L", n**2 * h * L),
    ("n^{2} h L", n**2 * h * L),
    ("n**2 * h * L", n**2 * h * L),
    ("\\left( n + 1 \\right) n", (n + 1) * n),
    ("|V|^n", V**n),
    ("2 × n − 1", 2 * n - 1),
    ("n^-1", 1 / n),
    ("12Ld^2 n", 12 * L * d**2 * n),  # the power takes the last letter of a run only
    ("hL²", h * L**2),
    ("hL[nm + n(n+1)/2]", h * L * (n * m + n * (n + 1) / 2)),
    ("Σ (m+i) from i=1 to n", n * m + n * (n + 1) / 2),
    ("sum of (m + i) for i = 1 to n", n * m + n * (n + 1) / 2),
]


@pytest.mark.parametrize(("text", "value"), READS)
def test_what_students_write_reads_as_its_value(text: str, value: sympy.Expr) -> None:
    chains, unread = read(text, SYMBOLS)
    assert not unread and len(chains) == 1
    assert sympy.expand(build(chains[0].exprs[-1].node).value - value) == 0


@pytest.mark.parametrize(
    ("text", "inside"),
    [("O(n^2 d)", n**2 * d), ("\\Theta(nk)", n * k), ("\\mathcal{O}(n^{2})", n**2), ("Θ(n)", n)],
)
def test_big_o_is_read_as_growth(text: str, inside: sympy.Expr) -> None:
    (chain,), _ = read(text, SYMBOLS)
    built = build(chain.exprs[0].node)
    assert built.big_o and sympy.expand(built.value - inside) == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Total = \\sum_{i=1}^{n} (m+i) h L = hL(nm + n(n+1)/2)",
            ["\\sum_{i=1}^{n} (m+i) h L", "hL(nm + n(n+1)/2)"],
        ),
        ("T(n) = n^2 h L", ["n^2 h L"]),
        ("so the total is n(n+1)/2 scores", ["n(n+1)/2"]),
        ("Each step costs (m+1) h L, so the total is n (m + 1) h L", ["(m+1) h L", "n (m + 1) h L"]),
        ("Answer: O(n^3 h L)", ["O(n^3 h L)"]),
        ("it attends to m + i keys in each of h heads", ["m + i"]),
        ("$$ n k h L $$", ["n k h L"]),
    ],
)
def test_maths_is_found_among_prose(text: str, found: list[str]) -> None:
    chains, unread = read(text, SYMBOLS)
    assert not unread
    assert [e.text for c in chains for e in c.exprs] == found


def test_a_sum_s_index_outside_a_sum_marks_a_per_step_cost() -> None:
    (chain,), _ = read("step i costs (m + i) d L", SYMBOLS)
    assert chain.exprs[0].free_index
    (chain,), _ = read("\\sum_{i=1}^{n} (m + i) d L", SYMBOLS)
    assert not chain.exprs[0].free_index


@pytest.mark.parametrize(
    ("text", "unknown"),
    [("n w h L", "w"), ("O(n^3 h L T)", "T"), ("Answer: n x", "x")],
)
def test_an_unknown_letter_is_named_not_guessed(text: str, unknown: str) -> None:
    chains, unread = read(text, SYMBOLS)
    assert not chains and [u.unknown for u in unread] == [unknown]


@pytest.mark.parametrize(
    "text",
    [
        "n^{99}",  # exponent bound
        "2^{2^{2^{2^{2}}}} n",
        "(n^12)^12",  # degree bound
        "\\sum_{i=1}^{n} \\sum_{j=1}^{i} \\sum_{t=1}^{j} 1",  # sums nested too deep
        "\\sum_{i=1}^{n^2} i",  # a bound that is not linear
        "\\sum_{i=1}^{n} 2^i",  # not a polynomial in the index
        "n^{1/2}",
        "n / 0",
        "V^{V^n}",
    ],
)
def test_expressions_that_could_explode_are_refused(text: str) -> None:
    chains, unread = read(text, SYMBOLS)
    assert chains or unread
    if chains:
        with pytest.raises(Unbuildable):
            build(chains[0].exprs[-1].node)


@pytest.mark.parametrize(
    "text",
    [
        "(" * 40 + "n" + ")" * 40,
        "n" + "+n" * 190,
        "1" * 40,
        "n " * 190,
        "\\frac{" * 30,
        "Σ" * 100,
        "\\sum_{i=1}^{n} " * 20 + "i",
        "O(" * 12 + "n" + ")" * 12,
        "n^{-12} = n^{12}",
        "x" * 5000,
    ],
)
def test_hostile_lines_are_graded_without_error(text: str) -> None:
    report = load_question(ROOT / "problems/cost/kv-cache-scores.toml").grade(text.encode(), "s")
    assert report.verdict != "error"
    assert all(1 <= d.span.line <= max(1, len(text.splitlines())) for d in report.diagnostics)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (n * (n + 1) / 2, (n**2 + n) / 2, True),
        (n * (n + 1) / 2, n * (n - 1) / 2, False),
        (V**n, V ** (n - 1) * V, True),
        (V**n, V**n + 1, False),
    ],
)
def test_exact_equivalence(a: sympy.Expr, b: sympy.Expr, same: bool) -> None:
    assert same_value(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "constants", "same"),
    [
        (n**2 * d, n * (n + 1) / 2 * d * L, frozenset(), False),  # L grows: it must be there
        (n**2 * d, n * (n + 1) / 2 * d * L, frozenset("L"), True),  # L fixed: it is a constant
        (n * (n + m), n * m + n**2 / 2 + n / 2, frozenset(), True),
        (n**2, n * m + n**2, frozenset(), False),  # m grows
        (n**2, n * m + n**2, frozenset("m"), True),
        (n**3 * h * L, n * (n + 1) * (n + 2) / 6 * h * L, frozenset(), True),
        (V**n, 3 * V**n, frozenset(), True),
    ],
)
def test_growth_equivalence_depends_on_what_is_constant(
    a: sympy.Expr, b: sympy.Expr, constants: frozenset[str], same: bool
) -> None:
    assert same_growth(a, b, constants) is same


def test_the_parser_is_built_once() -> None:
    assert parser() is parser()
