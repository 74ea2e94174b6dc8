"""Classes of misreading found by blind86 and the sets after it (2026-12-02), each pinned by right/wrong twins."""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, grade, question_of

SEQUENCE_WRITTEN_OUT = (
    "$P({sequence}) = \\prod_{{i=1}}^{{{upper}}} P(w_i \\mid w_{{i-1}})$\n\n"
    "$$P(\\langle s\\rangle\\ \\text{{I am Sam}}\\ \\langle/s\\rangle) = \\frac23\\cdot\\frac23\\cdot\\frac12"
    "\\cdot\\frac12 = \\frac19 \\approx {value}$$\n"
)


@pytest.mark.parametrize(
    "sequence",
    [
        "\\langle s\\rangle\\,w_1\\dots w_n\\,\\langle/s\\rangle",
        "<s> w_1 ... w_n </s>",
        "⟨s⟩ w_1 … w_n ⟨/s⟩",
        "<s>, w_1, \\ldots, w_{n}, </s>",
    ],
)
def test_a_sequence_written_out_with_its_end_after_w_n_fixes_what_n_counts(sequence: str) -> None:
    """`P(<s> w_1 … w_n </s>) = ∏_{i=1}^{n+1}`: </s> written after the n-th word makes n the words alone, so
    the product's n+1 factors are the sentence's (an off-by-one on right work, blind86); ∏_{i=1}^{n} under the
    same sequence leaves </s> out."""
    right = SEQUENCE_WRITTEN_OUT.format(sequence=sequence, upper="n+1", value="0.111")
    assert_twins(question_of("sam-corpus"), right, right.replace("0.111", "0.125"))
    short = grade("sam", SEQUENCE_WRITTEN_OUT.format(sequence=sequence, upper="n", value="0.111"))
    assert "off-by-one" in short.codes


def test_without_its_end_written_n_stays_the_sequences_length() -> None:
    """`P(<s> w_1 … w_n)` with ∏_{i=1}^{n+1}: nothing says </s> is beyond w_n, so n is |y| and the product
    runs one factor past it."""
    text = SEQUENCE_WRITTEN_OUT.format(sequence="<s> w_1 ... w_n", upper="n+1", value="0.111")
    assert "off-by-one" in grade("sam", text).codes
