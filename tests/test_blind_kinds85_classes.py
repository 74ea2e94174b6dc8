"""Classes of misreading found by blind-kinds85 (a careful, verbose class) and blind-kinds86 (a terse timed exam),
2026-12-03, each pinned by twins: right work gets full marks and nothing said, its wrong twin does not."""

from __future__ import annotations

import pytest

from tests.conftest import assert_right, assert_wrong

TERSE_FLOPS = """step i, each layer: 12d² (dense) + 2id (attn w/ i cached keys)
total ≈ L(12nd² + dn²)
{mark} {answer} — d² term dominates when d>n, n² term when n>d
"""


@pytest.mark.parametrize("mark", ["∴", "∵ so", "=>"])
def test_the_therefore_sign_leads_to_the_answer_and_a_term_named_by_its_noun_is_no_count(mark: str) -> None:
    """`∴ O(nLd(n+d)) — d² term dominates when d>n, n² term when n>d`: ∴ marks the answer as an arrow does (the
    line was unreadable), and maths named a term by the noun after it ("n² term") is talked about, not claimed
    (it was taken for the answer: final-answer-wrong n²)."""
    assert_right("cost--cached-flops", TERSE_FLOPS.format(mark=mark, answer="O(nLd(n+d))"))
    assert_wrong("cost--cached-flops", TERSE_FLOPS.format(mark=mark, answer="O(nLd²)"))


BOUNDED = """At step $i$ the network runs on $i$ positions from scratch: $i(i+1)/2$ scores per head per layer.

Total: $$T(n) = Lh\\sum_{{i=1}}^{{n}}\\frac{{i(i+1)}}{{2}}.$$

Upper bound: each term is at most $n(n+1)/2 \\le n^2$, and there are $n$ terms, so $T(n)\\le Lh\\,n^3$.
Lower bound: the last $n/2$ steps each cost at least $(n/2)^2/2$; hence $T(n)\\ge Lh\\,n^3/16$.

Therefore the growth is **${answer}$** ({remark} $Lh\\,n(n+1)(n+2)/6$).
"""


@pytest.mark.parametrize("remark", ["exactly", "precisely", "roughly"])
def test_bounds_are_said_beside_the_count_and_a_worded_bracket_after_it_is_a_remark(remark: str) -> None:
    """Inequalities between counts (`T(n) \\le Lh n^3`) are bounds said on the way, neither counts nor lines that
    cannot be read (they were parse errors), and `O(Lhn^3) (exactly Lhn(n+1)(n+2)/6)` is the count and a remark
    in words, not their product (final-answer-wrong)."""
    assert_right("cost--recompute-growth", BOUNDED.format(answer="O(L\\,h\\,n^3)", remark=remark))
    assert_wrong(
        "cost--recompute-growth",
        BOUNDED.format(answer="O(L\\,h\\,n^2)", remark=remark).replace("(n+1)(n+2)/6", "(n+1)/2"),
    )


WINDOW = """Full model:
$$-0.7 + (-0.4) = {full}$$
(using $\\log P(\\text{{deep}}\\mid x)$ and $\\log P(\\text{{learning}}\\mid x,\\text{{deep}})$).

Window model:
$$\\log P(\\text{{deep}}\\mid\\text{{ML}}) + \\log P(\\text{{learning}}\\mid\\text{{deep}}) = -2.2 + (-0.9) = -3.1.$$

Gap:
$$-1.1 - (-3.1) = 2.0 \\text{{ nats}}.$$

Cheaper: the window model, because each prediction reads only 1 token instead of the whole history.
"""


def test_a_line_opened_by_a_bracket_in_words_is_a_remark_beside_the_working() -> None:
    """`(using $\\log P(\\text{deep}\\mid x)$ and …).` under a part's working names its terms on the side: the
    part's value is the line above (it was no-final-answer: the part ended on terms without a value)."""
    assert_right("window--deep-learning-window", WINDOW.format(full="-1.1"))
    assert_wrong("window--deep-learning-window", WINDOW.format(full="-1.2"))


PER_TOKEN = """We need to compare the two answers per token, because B has three tokens.

Per-token cross-entropy is minus the average log-probability. For A, the token log-probs are $-0.7$ and $-0.4$, so
$$H_A = -\\tfrac{{1}}{{2}}(-0.7-0.4) = \\tfrac{{1.1}}{{2}} = 0.55 \\text{{ {unit}}}.$$
For B, the token log-probs are $-1.0$, $-0.3$, $-0.1$, so
$$H_B = -\\tfrac{{1}}{{3}}(-1.0-0.3-0.1) = \\tfrac{{1.4}}{{3}} \\approx 0.467 \\text{{ {unit}}}.$$

Summary: A is more likely overall ($-1.1$ vs $-1.4$), but after length normalisation {winner} comes out ahead.
"""


@pytest.mark.parametrize("unit", ["nats/token", "nats per token", "nats"])
def test_a_candidates_subscript_names_its_work_and_comes_out_ahead_prefers(unit: str) -> None:
    """`H_A = …` is A's work as `H(A) = …` is; "For A, …" may open a sentence inside a line; "B comes out
    ahead" prefers B; `\\text{ nats/token}` is a unit. The work was not split by candidate (candidates-unclear),
    the summary read as preferring A (wrong-comparison-basis) and the units as parse errors."""
    assert_right("compare--per-token", PER_TOKEN.format(unit=unit, winner="B"))
    assert_wrong("compare--per-token", PER_TOKEN.format(unit=unit, winner="A"))


GREEDY = """- After <s>: I (2/3) vs Sam (1/3) → **I**, factor 2/3.
- After I: am (2/3) vs do (1/3) → **am**, factor 2/3.
- After am: </s> (1/2) vs Sam (1/2) — a tie, and the rule says take </s> → **</s>**, factor 1/2. Stop.

Generated sequence: **<s> {sequence}**.

$$P = \\frac23\\cdot\\frac23\\cdot\\frac12 = \\frac29 \\approx 0.222.$$

{label}: the sequence has 3 generated tokens, and "I am </s>" does occur in the corpus (at the end of "Sam I am </s>"), so this is a sensible output.
"""


@pytest.mark.parametrize("label", ["Check", "Sanity check", "Note", "Remark"])
def test_a_remarks_line_never_states_the_result(label: str) -> None:
    """A line a remark's label opens may name sequences and call one "a sensible output": it states no result
    (its `and "I am </s>"` was read as the answer "and I am </s>": decoded-sequence-wrong)."""
    assert_right("decoding--greedy-sam-bigram", GREEDY.format(sequence="I am </s>", label=label))
    assert_wrong("decoding--greedy-sam-bigram", GREEDY.format(sequence="I am Sam </s>", label=label))


@pytest.mark.parametrize(
    ("problem", "text", "right"),
    [
        ("deep-learning", "log P(y|x) = Σ(-0.7 - 0.4) = -1.1", True),
        ("deep-learning", "log P(y|x) = Σ(-0.7 - 0.4) = -2.2", False),
        ("deep-learning", "log P(y|x) = sum([-0.7 -0.4]) = -1.1", True),
        (
            "compare--per-token",
            "H_A = -(1/2)*sum([-0.7 -0.4]) = 0.55\nH_B = -(1/3)*sum([-1.0 -0.3 -0.1]) = 0.4667\n"
            "H_B < H_A, so B is more confident per token.",
            True,
        ),
        (
            "compare--per-token",
            "H_A = -(1/2)*sum([-0.7 -0.4]) = 1.1\nH_B = -(1/3)*sum([-1.0 -0.3 -0.1]) = 1.4\n"
            "H_B > H_A, so A is more confident per token.",
            False,
        ),
    ],
)
def test_a_bare_sum_of_written_numbers_is_their_sum_once(problem: str, text: str, right: bool) -> None:
    """`sum([-0.7 -0.4])`, `Σ(-0.7 - 0.4)`: a sum with no index over numbers the student lists is the sum of what
    it lists, once; it was read as a sum over the sequence's N positions of that whole, N times it (-2.2, a
    perplexity-normalization and an arithmetic error charged on right work)."""
    if right:
        assert_right(problem, text)
    else:
        assert_wrong(problem, text)


@pytest.mark.parametrize(("value", "right"), [("1.733", True), ("1.933", False)])
def test_a_per_token_unit_in_text_is_read_with_its_line(value: str, right: bool) -> None:
    """`0.55 \\text{ nats per token}` is a unit, as `nats/token` is: the line is read whole (it had been read only up
    to the unit, its last number taken unread as the answer and sent for review); a slip after it is shown."""
    line = f"$\\mathrm{{NLL}}/N = 1.1/2 = 0.55 \\text{{ nats per token}} \\Rightarrow \\mathrm{{PPL}} = e^{{0.55}} = {value}$\n"
    if right:
        assert_right("deep-learning-perplexity", line)
    else:
        assert "arithmetic-error" in assert_wrong("deep-learning-perplexity", line)
