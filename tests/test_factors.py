"""Which chain-rule factor a mistake concerns: what the class report groups misconceptions by."""

from __future__ import annotations

import pytest

from grader.core.diagnostics import REGISTRY
from tests.conftest import grade

CASES = [
    (  # the factor left out, named in the problem's own notation
        "sam",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am)\n= 2/3 * 2/3 * 1/2\n= 0.2222\n",
        "missing-term",
        "P(</s> | Sam)",
    ),
    (  # the factor conditioned on too little
        "dl",
        "log P(y|x) = log P(deep|x) + log P(learning|x)\n= -0.7 + (-0.4)\n= -1.1\n",
        "dropped-conditioning",
        "P(learning | x, deep)",
    ),
    (  # a wrong number in a sum of numbers: the term it stands for, aligned part by part
        "dl",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= -0.35 + (-0.4)\n= -0.75\n",
        "wrong-value",
        "P(deep | x)",
    ),
    (  # the second factor's value put in the wrong place
        "sam",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n= 2/3 * 1/2 * 1/2 * 1/2\n= 0.0833\n",
        "wrong-token",
        "P(am | I)",
    ),
    (  # a mistake about every factor at once concerns none of them
        "dl",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= (-0.7)(-0.4)\n= 0.28\n",
        "multiplied-log-probs",
        "",
    ),
    (  # arithmetic on numbers concerns no factor
        "dl",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)\n= -0.7 + (-0.4)\n= -1.3\n",
        "arithmetic-error",
        "",
    ),
]


@pytest.mark.parametrize("name, text, code, factor", CASES, ids=[c[2] for c in CASES])
def test_the_factor_a_mistake_concerns(name: str, text: str, code: str, factor: str) -> None:
    report = grade(name, text)
    found = {d.code: d.factor for d in report.diagnostics}
    assert code in found and found[code] == factor
    assert report.to_dict()["diagnostics"][0]["factor"] == report.diagnostics[0].factor


@pytest.mark.parametrize("name, text, code, factor", CASES, ids=[c[2] for c in CASES])
def test_a_harmless_remark_does_not_move_it(name: str, text: str, code: str, factor: str) -> None:
    report = grade(name, "Using the chain rule:\n" + text + "(to 4 d.p.)\n")
    assert {d.code: d.factor for d in report.diagnostics}.get(code) == factor


def test_whole_computation_codes_name_no_factor() -> None:
    whole = [c for c, entry in REGISTRY.items() if entry.level == "whole"]
    assert "final-answer-wrong" in whole and "wrong-quantity" in whole
    for name, text, _, _ in CASES:
        assert all(not d.factor for d in grade(name, text).diagnostics if d.code in whole)
