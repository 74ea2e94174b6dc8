"""More classes of cost answers, each pinned by variants written for the test.

1. An exact count is judged as an exact count: no expression that differs from |V|^n as a count earns
   the answer, however the text goes on to say it grows ("roughly like |V|^n", "grows like |V|^n",
   "on the order of |V|^n"); every way of writing |V|^n itself does (V**n, |V|ⁿ, exp(n ln |V|)).
2. Engineers' notation is read as the maths it means (pseudo-code, Python sums, per-step functions,
   loop nests, series with dots, plain-text tables, `Result:`/`TL;DR:` lines, `--` and `(= …)`), each
   right variant with a wrong twin that stays caught.
3. A line the reader cannot read is a warning and review; what follows it is never judged against
   something else (no invalid-step, no final-answer-wrong from a misreading).
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.core.question import load_question
from grader.core.report import Report
from grader.cost.algebra import Unbuildable, build, same_value, symbol
from grader.cost.code import Shift, rewrite
from grader.cost.reader import read
from tests.conftest import ROOT


@cache
def _question(name: str):  # noqa: ANN202 - a Question of the cost kind
    return load_question(ROOT / "problems/cost" / f"{name}.toml")


def grade(problem: str, text: str) -> Report:
    return _question(problem).grade(text.encode(), "s")


def errors(report: Report) -> list[str]:
    return [d.code for d in report.diagnostics if d.severity == "error"]


# ---- 1. exact counts -----------------------------------------------------------------------------

# counts of sequences that are not |V|^n: without repeats, sets, one position short or long, base and
# exponent swapped, one token barred, choices added
WRONG_COUNTS = [
    "|V|!/(|V|-n)!",
    "\\frac{|V|!}{(|V|-n)!}",
    "\\binom{|V|}{n}",
    "|V|!/(n!(|V|-n)!)",
    "|V|^(n-1)",
    "|V|^{n+1}",
    "n^|V|",
    "(|V|-1)^n",
    "|V|(|V|-1)^(n-1)",
    "|V|^n - 1",
    "|V|^n/n!",
    "n|V|",
    "n^2 |V|",
    "2^n",
    "|V|!",
    "exp(|V| ln n)",
]
RIGHT_COUNTS = [
    "V**n",
    "|V|^n",
    "V^n",
    "|V|ⁿ",
    "|V|^{n}",
    "exp(n ln V)",
    "e^{n \\ln |V|}",
    "\\exp(n \\log |V|)",
]
# how the answer is said: the count, then (sometimes) how it grows in words
SAYINGS = [
    "Answer: {count}",
    "count = {count}, which grows roughly like |V|^n",
    "There are {count} sequences.\nThis grows roughly like |V|ⁿ, astronomically large for |V| ≈ 50k.",
    "sequences = {count}\nso the count grows like |V|^n for a big vocabulary",
    "sequences = {count}, on the order of |V|^n",
    "{count} ≈ |V|^n sequences",
    "sequences = {count} -- about as large as |V|^n",
    "count = {count}\nAnswer: roughly |V|^n",
]


@pytest.mark.parametrize("saying", SAYINGS)
@pytest.mark.parametrize("count", WRONG_COUNTS)
def test_a_count_that_is_not_v_to_the_n_never_earns_the_answer(count: str, saying: str) -> None:
    report = grade("exhaustive-search", saying.format(count=count))
    assert report.verdict != "correct" and report.parts.get("answer", 0.0) < 1.0, saying.format(count=count)


@pytest.mark.parametrize("saying", SAYINGS)
@pytest.mark.parametrize("count", RIGHT_COUNTS)
def test_every_way_of_writing_v_to_the_n_earns_full_marks(count: str, saying: str) -> None:
    report = grade("exhaustive-search", saying.format(count=count))
    assert (report.verdict, report.score, errors(report)) == ("correct", 1.0, []), saying.format(count=count)


V, n = symbol("V"), symbol("n")


@pytest.mark.parametrize("count", WRONG_COUNTS)
def test_each_wrong_count_differs_from_v_to_the_n_as_a_value(count: str) -> None:
    (chain,), _ = read(count, frozenset("nV"))
    try:
        value = build(chain.exprs[-1].node).value
    except Unbuildable:
        return  # not built: it can be no match either
    assert not same_value(value, V**n)


@pytest.mark.parametrize(
    "text", ["ln V", "exp(n)", "e", "exp(n^2 ln V)", "exp(ln(V + n))", "log(10^400)", "e^{V ln V ln n}"]
)
def test_logarithms_and_exp_are_built_only_as_powers(text: str) -> None:
    chains, _ = read(text, frozenset("nV"))
    if chains:
        with pytest.raises(Unbuildable):
            build(chains[0].exprs[-1].node)


def test_a_growth_in_words_is_the_answer_to_a_big_o_question() -> None:
    # where the growth is asked, "grows like" claims it: a wrong growth after a right count is caught
    report = grade("recompute-growth", "T = L h n(n+1)(n+2)/6\nso T scales as n^2 L h")
    assert report.verdict == "incorrect" and "final-answer-wrong" in report.codes


# ---- 2. engineers' notation ----------------------------------------------------------------------

# (class, problem, right variant, its wrong twin): the right one earns full marks with nothing to
# review; the twin stays caught
CLASSES = [
    (
        "a Python sum over range(a, b) is Σ from a to b-1",
        "kv-cache-scores",
        "```\nS = L*h*sum(m + j for j in range(1, n + 1))\n  = L*h*(m*n + n*(n + 1)/2)\n```",
        "```\nS = L*h*sum(m + j for j in range(1, n + 1))\n  = L*h*(m*n + n*(n - 1)/2)\n```",
    ),
    (
        "a Python sum over range(n) starts at 0",
        "kv-cache-scores",
        "scores = L*h*sum((m + j + 1) for j in range(n)) = L*h*(n*m + n*(n+1)/2)",
        "scores = L*h*sum((m + j) for j in range(n)) = L*h*(n*m + n*(n-1)/2)",
    ),
    (
        "a per-step function summed by name is its body summed",
        "cached-flops",
        "flops_at(t) = L*(12*d**2 + 2*t*d)\n"
        "total = sum(flops_at(t) for t in range(1, n+1)) = 12*L*n*d**2 + L*d*n*(n+1)\n"
        "Answer: O(L*n*d**2 + L*n**2*d)",
        "flops_at(t) = L*(12*d**2 + 2*t*d)\n"
        "total = sum(flops_at(t) for t in range(1, n+1)) = 12*L*n*d**2 + L*d*n**2\n"
        "Answer: O(L*n*d**2)",
    ),
    (
        "a loop nest adds up its accumulator, and a later `acc = …` is checked against it",
        "recompute-growth",
        "acc = 0\nfor i in range(1, n + 1):   # steps\n    for t in range(1, i + 1):\n        acc += t\n"
        "acc *= L * h\n\nacc = L*h*n*(n+1)*(n+2)/6\nAnswer: O(L h n^3)",
        "acc = 0\nfor i in range(1, n + 1):   # steps\n    for t in range(1, i + 1):\n        acc += 1\n"
        "acc *= L * h\n\nacc = L*h*n*(n+1)/2\nAnswer: O(L h n^2)",
    ),
    (
        "loops written with `in a..b` and `to`",
        "kv-cache-scores",
        "for i in 1..n:\n  for j in 1 to m+i:\n    count += 1\ncount *= L*h\nAnswer: L h (n m + n(n+1)/2)",
        "for i in 1..n:\n  for j in 1 to m+i-1:\n    count += 1\ncount *= L*h\nAnswer: L h (n m + n(n-1)/2)",
    ),
    (
        "a series with dots is the sum it writes out",
        "kv-cache-scores",
        "per layer and head: (m+1) + (m+2) + … + (m+n) = n m + n(n+1)/2\nResult: L h (n m + n(n+1)/2)",
        "per layer and head: (m+0) + (m+1) + … + (m+n-1) = n m + n(n-1)/2\nResult: L h (n m + n(n-1)/2)",
    ),
    (
        "a sum bounded above only counts from 1",
        "recompute-growth",
        "per step: Σ_{t≤i} t = i(i+1)/2\nall steps: sum_{i<=n} i(i+1)/2 = n(n+1)(n+2)/6\nAnswer: O(n^3 L h)",
        "per step: Σ_{t≤i} t = i(i+1)/2\nall steps: sum_{i<=n} i(i+1)/2 = n(n+1)/2\nAnswer: O(n^2 L h)",
    ),
    (
        "a plain-text table and its rule are read cell by cell",
        "window-scores",
        "step | keys | scores\n-----+------+-------\n1    | k    | k\nn    | k    | k\n\nTotal = n k L h",
        "step | keys | scores\n-----+------+-------\n1    | k    | k\nn    | k    | k\n\nTotal = n k L",
    ),
    (
        "a Result: or TL;DR: line gives the answer, as an Answer: line does",
        "kv-cache-scores",
        "TL;DR: L h (nm + n(n+1)/2)\nwhy: each head of each layer adds up nm + n(n+1)/2",
        "TL;DR: L h (nm + n(n-1)/2)\nwhy: each head of each layer adds up nm + n(n-1)/2",
    ),
    (
        "a spaced double hyphen ends the maths before a remark",
        "recompute-growth",
        "Answer: O(h L n^3) -- every step redoes a quadratic amount of work",
        "Answer: O(h L n^2) -- every step redoes a linear amount of work",
    ),
    (
        "a bracket opening with = restates the maths before it, as one more link",
        "kv-cache-scores",
        "Answer: L h (nm + n(n+1)/2) (= L h n (2m + n + 1)/2)",
        "Answer: L h (nm + n(n-1)/2) (= L h n (2m + n - 1)/2)",
    ),
    (
        "a factor named after `multiplied by` is no count",
        "kv-cache-scores",
        "Total = L h (nm + n(n+1)/2): the per-head sum, multiplied by L h.",
        "Total = L h n m: the per-head sum, multiplied by L h.",
    ),
    (
        "a code comment after a statement is prose",
        "cache-memory",
        "cached = 2 * d * L * (m + n)   # K and V, d each, all m + n positions, every layer",
        "cached = 2 * d * L * n   # K and V, d each, the n new positions, every layer",
    ),
    (
        "a number in e-notation is a number",
        "exhaustive-search",
        "count = |V|^n (for |V| = 50000, n = 10 -> ~9.8e46 sequences)",
        "count = n |V| (for |V| = 50000, n = 10 -> ~5e5 sequences)",
    ),
]


def test_a_loop_and_a_closed_form_that_disagree_is_a_wrong_step() -> None:
    text = (
        "tot = 0\nfor i in range(1, n+1):\n  for t in range(1, i+1):\n    tot += t\ntot *= L*h\n"
        "tot = L*h*n^3/6\nAnswer: O(L h n^3)"
    )
    report = grade("recompute-growth", text)
    assert [(d.code, d.span.line) for d in report.diagnostics] == [("invalid-step", 6)]


@pytest.mark.parametrize(
    ("closed", "codes"), [("n(n+1)(n+2)/6", []), ("n(n+1)(n+1)/6", [("invalid-step", 4)])]
)
def test_maths_under_a_loop_nest_continues_its_count(closed: str, codes: list[tuple[str, int]]) -> None:
    text = f"for i in 1..n:\n  for t in 1..i:\n    s += t\n  = {closed}\nAnswer: O(n^3 L h)"
    report = grade("recompute-growth", text)
    assert [(d.code, d.span.line) for d in report.diagnostics] == codes


def test_a_loop_nest_with_a_line_it_cannot_follow_is_left_unread() -> None:
    # `if t > k: continue` or a line of words inside the nest: no count is made up from the rest
    for odd in ("    if t > i - 2: continue", "    look up the keys"):
        for inside in (f"{odd}\n    s += t", f"    s += t\n{odd}"):
            text = f"for i in 1..n:\n  for t in 1..i:\n{inside}\ns = L h n^2\nAnswer: O(L h n^3)"
            report = grade("recompute-growth", text)
            assert (report.verdict, errors(report), report.needs_review) == ("correct", [], True), inside


# ---- 3. what is not read is not judged ----------------------------------------------------------

# (problem, right variant, wrong twin): the first line of maths cannot be read; the `= …` under it
# is no step from what came before it
UNREAD = [
    (
        "kv-cache-scores",
        "per step: m + i\nS = L h sum(m + i over each new token i)\n  = L h (n m + n(n+1)/2)",
        "per step: m + i\nS = L h sum(m + i over each new token i)\n  = L h (n m + n(n-1)/2)",
    ),
    (
        "cached-flops",
        "per step L(12d^2 + 2id)\nwork = Σ over steps of that\n     = 12Lnd^2 + Ldn(n+1)\nAnswer: O(L n d^2 + L n^2 d)",
        "per step L(12d^2 + 2id)\nwork = Σ over steps of that\n     = 12Lnd^2 + Ldn\nAnswer: O(L n d^2)",
    ),
    (
        # `0 + 1 + … + n-1`: is the last term n-1 or n? The line is not read rather than misread
        "kv-cache-scores",
        "S = Σ_{i=1}^{n} (m + i) = n m + (1 + 2 + ... + n-1+1) = n m + n(n+1)/2\nAnswer: L h (nm + n(n+1)/2)",
        "S = Σ_{i=1}^{n} (m + i) = n m + (1 + 2 + ... + n-1+1) = n m + n(n-1)/2\nAnswer: L h (nm + n(n-1)/2)",
    ),
]


@pytest.mark.parametrize(("problem", "right", "wrong"), UNREAD)
def test_maths_after_an_unread_line_is_not_judged_against_what_came_before(
    problem: str, right: str, wrong: str
) -> None:
    good = grade(problem, right)
    assert (good.verdict, good.score, errors(good)) == ("correct", 1.0, [])
    bad = grade(problem, wrong)
    assert bad.verdict == "incorrect" and "final-answer-wrong" in bad.codes


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("S = L*h*sum(m + i for i in range(1, n+1)) here", "L*h*sum(m + i for i in range(1, n+1))"),
        ("x = (m+1) + (m+2) + … + (m+n)", "(m+1) + (m+2) + … + (m+n)"),
        ("cost = 9.5e93", "9.5e93"),
    ],
)
def test_a_rewritten_expression_is_quoted_as_written(line: str, quoted: str) -> None:
    chains, _ = read(line, frozenset("nmLh"))
    assert chains[-1].exprs[-1].text == quoted


def test_the_column_map_points_back_into_the_written_line() -> None:
    written = "a sum(m + i for i in range(1, n+1)) + b"
    new, shift = rewrite(written, {})
    assert new.startswith("a Σ_{i=1}^{n+1-1} (m + i) + b")
    assert shift.old(new.index("Σ")) == written.index("sum")
    assert shift.old(new.index(" + b")) == written.index(" + b")
    assert Shift().old(7) == 7
