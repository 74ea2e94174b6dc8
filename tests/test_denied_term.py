"""A term named only to be denied ("it is *not* $\\Pr(\\text{learning}\\mid x)$") is no step of the work and is
not judged (issue 10, blind42: it was charged dropped-conditioning); the same term stated as the factor used
is still charged."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEM = ROOT / "problems/seed/deep-learning.toml"
WORK = "$$\\log \\Pr(y\\mid x) = \\log\\Pr(\\text{deep}\\mid x) + \\log\\Pr(\\text{learning}\\mid x,\\text{deep}) = -0.7 + (-0.4) = -1.1$$\n\n"


@pytest.mark.parametrize(
    ("remark", "charged"),
    [
        ("Note the second factor keeps y_1 — it is *not* $\\Pr(\\text{learning}\\mid x)$.", False),
        ("The second factor is not $\\Pr(\\text{learning}\\mid x)$, it keeps deep.", False),
        ("Der zweite Faktor ist nicht $\\Pr(\\text{learning}\\mid x)$.", False),
        # the wrong twin: the term stated as the one used
        ("The second factor is $\\Pr(\\text{learning}\\mid x)$.", True),
    ],
)
def test_a_term_named_to_be_denied(remark: str, charged: bool) -> None:
    report = load_question(PROBLEM).grade((WORK + remark).encode(), "s.md")
    assert ("dropped-conditioning" in report.codes) == charged, report.codes
