"""A cost answer that asks its own question first ("**Cheaper:** Which costs less? **The window model**: each
prediction reads one token, while the full model reads the whole history", blind-kinds66) is answered by the bare
name after the question: the question chooses nothing, the name right after it decides, its reason may name both
models. Its wrong twin names the full model and is charged."""

from __future__ import annotations

import pytest

from grader.window.grade import chosen_model

REASON = ": each prediction reads one token, so its cost per step is constant, while the {other} model reads the whole history."
CASES = [
    (
        "Which costs less? **The window model**: each prediction reads one token, so its cost per step is constant,"
        " while the full model reads the whole, growing history (attention over all earlier positions) at every step.",
        "window",
    ),
    ("Which costs less? **The window model**" + REASON.format(other="full"), "window"),
    ("Which costs less? The window model" + REASON.format(other="full"), "window"),
    ("Which one is cheaper? **The full model**" + REASON.format(other="window"), "full"),
    ("Which is cheaper to run? Window (k = 1), since it reads one token.", "window"),
]


@pytest.mark.parametrize(("text", "model"), CASES)
def test_the_name_answering_the_question_decides(text: str, model: str) -> None:
    assert chosen_model(text) == model


def test_a_question_alone_chooses_nothing() -> None:
    assert chosen_model("Which costs less, the window model or the full model?") is None
