"""Classes of correct cost work the grader once marked down (issue 10, blind-kinds10: terse work written
like competitive programmers'), each pinned by variants written for this test, every right variant with
a wrong twin still caught.

1. A term of a sum or a product may carry a label, a word or two naming it, between an operator and the
   term (`4d² + FFN 8d²`), between the term and an operator (`i keys × d`), or between the term and the
   bracket around the sum (`(d key + d value)`): the maths is the terms, so the step is checked as
   written. A label is never read next to `=` (`12d² per layer = 12Ld²` is no step), and labels are
   dropped only when the line then reads in full (`(h heads × d/h)` with no h in the problem stays prose).
2. An English word spelt in the problem's letters (`id`, `in`) is maths where it stands as an operand,
   an operator or `=` on one side and nothing but an operator, a bracket or the clause's end on the
   other (`i × d = id;`); in a sentence it stays a word.
"""

from __future__ import annotations

import pytest

from grader.cost.reader import read, unlabel
from tests.test_cost_classes2 import errors, grade

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a label after the plus, before its term",
        "cached-flops",
        "Per layer and step: weights 4d² + MLP 8d² = 12d², attention 2id.\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + Ln(n+1)d\nAnswer: O(nLd² + n²Ld)\n",
        "Per layer and step: weights 4d² + MLP 8d² = 14d², attention 2id.\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + Ln(n+1)d\nAnswer: O(nLd² + n²Ld)\n",
        "invalid-step",
    ),
    (
        "two-word labels on both terms of a sum",
        "cached-flops",
        "per step: weight work 12Ld² + attention work 2Lid = L(12d² + 2id)\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + L d n(n+1) = O(nLd² + n²Ld)\n",
        "per step: weight work 12Ld² + attention work 2Lid = L(12d² + id)\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + L d n(n+1) = O(nLd² + n²Ld)\n",
        "invalid-step",
    ),
    (
        "units between each factor and the next operator",
        "kv-cache-scores",
        "step i: (m + i) keys × h heads × L = hL(m + i)\nS = Σ_{i=1}^{n} hL(m+i) = hL(nm + n(n+1)/2)\n",
        "step i: (m + i) keys × h heads × L = hL(m + i + 1)\nS = Σ_{i=1}^{n} hL(m+i) = hL(nm + n(n+1)/2)\n",
        "invalid-step",
    ),
    (
        "a product of labelled factors checked against its value",
        "window-scores",
        "L layers × n queries × k keys × h = nkhL\nS = nkhL\n",
        "L layers × n queries × k keys × h = nkL\nS = nkhL\n",
        "invalid-step",
    ),
    (
        "labels inside a bracketed sum",
        "cache-memory",
        "each cached position: (d key + d value) = 2d numbers per layer\nC = (m + n) × L × 2d = 2dL(m + n)\n",
        "each cached position: (d key + d value) = 3d numbers per layer\nC = (m + n) × L × 2d = 2dL(m + n)\n",
        "invalid-step",
    ),
    (
        "a label opening a bracketed sum",
        "cache-memory",
        "per position and layer: (key d + value d) = 2d\nC = 2d L (m + n)\n",
        "per position and layer: (key d + value d) = 3d\nC = 2d L (m + n)\n",
        "invalid-step",
    ),
    (
        "id after = is i·d",
        "cached-flops",
        "scores: i × d = id; mixing: i × d = id.\nstep i: L(12d² + 2id)\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + nLd(n+1) = O(nLd(n + d))\n",
        "scores: i × d = id; mixing: i × d = id.\nstep i: L(12d² + 2id)\n"
        "T = Σ_{i=1}^{n} L(12d² + 2id) = 12nLd² + nLd = O(nLd(n + d))\n",
        "invalid-step",
    ),
    (
        "id as the last operand of a sum, closing the clause",
        "cached-flops",
        "step i: 12Ld² + 2Lid = 12Ld² + 2L × id;\nT = Σ_{i=1}^{n} (12Ld² + 2Lid) = 12nLd² + Ldn(n+1)\n"
        "Answer: O(nLd² + n²Ld)\n",
        "step i: 12Ld² + 2Lid = 12Ld² + L × id;\nT = Σ_{i=1}^{n} (12Ld² + 2Lid) = 12nLd² + Ldn(n+1)\n"
        "Answer: O(nLd² + n²Ld)\n",
        "invalid-step",
    ),
]


SYMBOLS = frozenset("nmdL")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("4d² + FFN 8d²", "4d² +     8d²"),  # a label between the operator and its term
        ("i keys × d", "i      × d"),  # between the term and the operator
        ("(d key + d value)", "(d     + d      )"),  # before the bracket that closes the sum
        ("(key d + value d)", "(    d +       d)"),  # after the bracket that opens it
    ],
)
def test_a_label_is_blanked_column_for_column(text: str, blanked: str) -> None:
    assert unlabel(text, SYMBOLS) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "12d² per layer = 12Ld²",  # next to `=`: a unit that changes the claim, not a label
        "O(n² per step)",  # a bracket with one term: a remark about it
        "O(n²) - roughly n²/2 of them",  # a hyphen is a dash in prose
        "d + three more words 2d",  # three words are a sentence, not a label
        "the cost + the nd term",  # no term before the operator
        "n keys, + d",  # a comma ends the clause
    ],
)
def test_what_is_not_a_label_is_left_alone(text: str) -> None:
    assert unlabel(text, SYMBOLS) == text


@pytest.mark.parametrize(
    "text",
    [
        "the id of each token is n",  # a word in a sentence
        "= in total 2dL",  # a word follows it
        "stored in (m + n) slots",  # a word stands before it and only a bracket after it
    ],
)
def test_an_english_word_in_a_sentence_stays_a_word(text: str) -> None:
    chains, _ = read(text, frozenset("ndL"))
    nodes = [e.node for chain in chains for e in chain.exprs]
    assert not any(_has_letters(node, "id") or _has_letters(node, "in") for node in nodes), chains


def _has_letters(node: object, pair: str) -> bool:
    """Whether the node multiplies the pair's two letters side by side (i·d read from `id`)."""
    args = getattr(node, "args", ())
    if getattr(node, "op", "") == "mul" and getattr(node, "text", "") == "run" and len(args) == 2:
        left, right = args
        if (getattr(left, "text", ""), getattr(right, "text", "")) == (pair[0], pair[1]):
            return True
    return any(_has_letters(a, pair) for a in args)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [("C = 2dL(m + n) (q heads × d)\n", "correct"), ("C = 2dL(m + n - 1) (q heads × d)\n", "incorrect")],
)
def test_a_label_is_dropped_only_when_the_line_then_reads(text: str, verdict: str) -> None:
    # q is no letter of this problem: with the label dropped the bracket would be maths it cannot read
    assert unlabel(text, SYMBOLS) != text
    report = grade("cache-memory", text)
    assert report.verdict == verdict and not report.needs_review, [d.message for d in report.diagnostics]
    assert not any(d.code in ("parse-error", "unknown-symbol") for d in report.diagnostics)


def test_a_unit_before_equals_is_not_dropped() -> None:
    # 12d² per layer = 12Ld² is true as written; read without "per layer" it would be a false step
    report = grade(
        "cached-flops",
        "step i costs 12d² per layer = 12Ld² in all, plus 2Lid for attention.\n"
        "T = Σ_{i=1}^{n} (12Ld² + 2Lid) = 12nLd² + Ldn(n+1)\nAnswer: O(nLd² + n²Ld)\n",
    )
    assert "invalid-step" not in errors(report), [d.message for d in report.diagnostics]
