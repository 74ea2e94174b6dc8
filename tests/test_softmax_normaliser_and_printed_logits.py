"""The softmax worked from the logits as the problem prints them.

Two classes, each a warning or a deduction on correct work:
- The normaliser written with no variable, the logit z bare in it ("Pr(the|x) = exp(0.629)/Σexp(z)", "Z = Σ
  exp(z) = 0.3018 + … = 7.9498"), is Σ_v exp(z_v): a sum over the vocabulary. It was an unknown symbol z, sent
  for review, on 44 files of the corpus.
- A conditional computed from the printed row ("1.87572/7.94976 = 0.23595") differs from the model's own,
  whose logits are not rounded, by the printed logits' rounding: up to one unit of their last decimal in its
  logarithm. That difference is the model's value at the precision the problem shows, not a wrong value
  (blind35 transformer-softmax/005, labelled correct, was told wrong-value twice once its normaliser was read).
A wrong row, a wrong normaliser or a slip larger than that stays wrong.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

SOFTMAX = ROOT / "problems/seed/transformer-softmax.toml"  # NLL 3.8269 nats; rows printed to 3 decimals

RIGHT = [
    (
        "bare z in the normaliser",
        "Pr(the|x) = exp(0.629)/Σexp(z) = 1.87572/7.94976 = 0.23595\n"
        "Pr(cat|x,the) = exp(0.256)/Σexp(z) = 1.29177/14.00139 = 0.09226\n"
        "Pr(y|x) = 0.23595 × 0.09226 = 0.021769\nNLL = -ln(0.021769) = 3.8273 nats\n",
    ),
    (
        "the normaliser named Z",
        "Z1 = Σ exp(z) = 7.94976\nZ2 = Σ exp(z) = 14.00139\n"
        "Pr(the|x) = 1.87572/7.94976 = 0.23595\nPr(cat|x,the) = 1.29177/14.00139 = 0.09226\n"
        "NLL = -ln(0.23595) - ln(0.09226) = 3.8273\n",
    ),
    (
        "the written-out normaliser, six figures",
        "Pr(the|x) = exp(0.629)/Σ_v exp(z_v) = 1.87572/7.94976 = 0.23595\n"
        "Pr(cat|x,the) = exp(0.256)/Σ_v exp(z_v) = 1.29177/14.00139 = 0.09226\n"
        "NLL = -ln(0.23595 × 0.09226) = 3.8273\n",
    ),
    (
        "log-probabilities from the printed rows",
        "ln Pr(the|x) = 0.629 - ln(7.94976) = -1.44406\nln Pr(cat|x,the) = 0.256 - ln(14.00139) = -2.38320\n"
        "NLL = 1.44406 + 2.38320 = 3.82726\n",
    ),
]


def graded(text: str):  # type: ignore[no-untyped-def]
    return load_question(SOFTMAX).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(("name", "text"), RIGHT, ids=[c[0] for c in RIGHT])
def test_a_softmax_from_the_printed_logits_is_right(name: str, text: str) -> None:
    report = graded(text)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]


WRONG = [
    (
        "a normaliser off by 0.4",
        "Pr(cat|x,the) = exp(0.256)/Σexp(z) = 1.29177/14.40139 = 0.0897\n",
        "wrong-value",
    ),
    ("the first row's normaliser", "Pr(cat|x,the) = exp(0.256)/Σexp(z) = 1.29177/7.94976 = 0.1625\n", None),
    ("a slip of 1 %", "Pr(the|x) = 1.87572/7.94976 = 0.2383\n", None),
]


@pytest.mark.parametrize(("name", "line", "code"), WRONG, ids=[c[0] for c in WRONG])
def test_a_value_further_off_than_the_printing_is_still_wrong(name: str, line: str, code: str | None) -> None:
    report = graded(line + "NLL = 3.8273\n")
    errors = [d for d in report.diagnostics if d.severity == "error" and d.span.line == 1]
    assert errors, report.codes
    assert code is None or code in [d.code for d in errors]
