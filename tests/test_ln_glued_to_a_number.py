"""`ln2`, `ln80`, `lg2` are a log of the number glued to it; only `log2` and `log10` name a base.

From blind67 (a class typing on phones), cat-nll-bits/002: "NLL = –log2(1/80) = log2 80 = ln80/ln2 =
4.382026634673881/0.6931471805599453". The grammar let any log name take a base suffix, so "ln2" was read as a
base-2 "ln" waiting for its argument, and the line was a parse error. A natural log has no base to name:
"ln2" is ln(2) (and "ln10" ln(10)); "log2 80" is still the base-2 log of 80, and a wrong base still named.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

CAT = ROOT / "problems/seed/cat-nll-bits.toml"  # NLL = -log2(1/80) = 6.3219 bits


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(CAT).grade((text + "\n").encode(), "s")


@pytest.mark.parametrize(
    "text",
    [
        "NLL = –log2(1/80) = log2 80 = ln80/ln2 = 4.382026634673881/0.6931471805599453 = 6.3219",
        "NLL = ln80 / ln2 = 6.3219",
        "NLL = ln80/ln2 = 4.382/0.6931 = 6.3221",
    ],
)
def test_ln_glued_to_its_number_is_read(text: str) -> None:
    result = graded(text)
    assert result.score == result.max_score
    assert not result.needs_review, [d.code for d in result.diagnostics]


def test_a_wrong_log_base_is_still_named() -> None:
    assert "log-base-mismatch" in {d.code for d in graded("NLL = -log10(1/80) = 1.903").diagnostics}


def test_ln_without_dividing_by_ln2_is_still_wrong() -> None:
    result = graded("NLL = ln80 = 4.382")
    assert result.score < result.max_score
