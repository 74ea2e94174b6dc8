"""bos-counted is generated in one place (grader.derivation.bos): counting <s> as a token is the same
mistake whichever way the student shows it, a definition (`|V| = 12`, `N = 4`) or a number inside a
factor, and another wrong value of the same name is not it."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem

ADD_ONE = Path(__file__).parent.parent / "problems" / "seed" / "sam-corpus-add-one.toml"

# P(<s> I am Sam </s>) under add-one over |V| = v: each factor (count + 1) / (history count + v)
FACTORS = (("I", "<s>", 2, 3), ("am", "I", 2, 3), ("Sam", "am", 1, 2), ("</s>", "Sam", 1, 2))


def add_one_work(v: int, define: bool) -> str:
    lines = [f"V = {v}"] if define else []
    product = 1.0
    for token, history, count, total in FACTORS:
        p = (count + 1) / (total + v)
        product *= p
        lines.append(f"P({token} | {history}) = ({count}+1)/({total}+{v}) = {p:.4f}")
    lines.append(f"P = {product:.6f}")
    return "\n".join(lines)


@pytest.mark.parametrize("define", [True, False], ids=["defined", "in-the-factors"])
@pytest.mark.parametrize(("v", "code"), [(12, "bos-counted"), (13, "wrong-value")])
def test_a_vocabulary_with_bos_is_named_at_every_level(define: bool, v: int, code: str) -> None:
    report = grade_text(add_one_work(v, define), load_problem(ADD_ONE))
    codes = [d.code for d in report.diagnostics]
    assert report.verdict == "incorrect"
    assert codes[0] == code, codes
    if v == 13:
        assert "bos-counted" not in codes


def test_the_right_vocabulary_is_full_marks() -> None:
    for define in (True, False):
        report = grade_text(add_one_work(11, define), load_problem(ADD_ONE))
        assert report.verdict == "correct", [d.code for d in report.diagnostics]
