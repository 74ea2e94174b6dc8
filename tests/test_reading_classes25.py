"""Classes of work the grader misread on blind37 (maths typed in Word's equation editor and pasted as
Unicode), each pinned by variants written for this test (not copied from the blind set) and a wrong twin of
each that must stay caught at the line of its slip. The cases run in tests/test_reading_classes.py with the
earlier rounds'.

- The letters of Unicode's Mathematical Alphanumeric Symbols (𝑃, 𝑦, 𝑥, 𝐶, as Word pastes them) were not
  read: they are the letters they are styled from. A metamorphic test pins it over every bundled example.
- A raised dot between raised digits is the exponent's decimal point (`e⁻¹⁰·³⁸⁶²` is e^{-10.3862}), and
  lowered or raised `=` and letters (`∑ᵢ₌₁⁷`) are the limits they write.
- A range written with an ellipsis that ends before it starts is empty: `y₁, …, yᵢ₋₁` at i = 1 conditions
  on nothing, not on y₁ (it was charged future-conditioning).
- ⟨s⟩ and ⟨/s⟩ in angle brackets are the boundary tokens inside a count, as they are inside a probability.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.core.question import load_question

_LOG2 = "log₂ Pr(𝑦 ∣ 𝑥) = ∑ᵢ₌₁⁴ log₂ Pr(𝑦ᵢ ∣ 𝑥, 𝑦₁, …, 𝑦ᵢ₋₁)\n= log₂ 0.2360 + log₂ 0.0923 + log₂ 0.1279 + log₂ 0.0170\n"

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "raised-decimal-point",
        "bigram-english-food",
        "ln 𝑃 = −1.3863 − 1.1087 − 6.8124 − 0.6931 − 0.3857 = −10.3862\n𝑃 = e⁻¹⁰·³⁸⁶² ≈ 3.086 × 10⁻⁵\n",
        ("ln 𝑃 = −1.3863 − 1.1087 − 6.8124 − 0.6931 − 0.3857 = −10.3862\n𝑃 = e⁻¹⁰·³⁸⁶² ≈ 3.3 × 10⁻⁵\n", 2),
    ),
    (
        "mathematical-italic",
        "logprobs-capital",
        "log Pr(𝑦∣𝑥) = −0.0517 − 0.2231 = **−0.2748** (so Pr ≈ e^(−0.2748) ≈ 0.76)\n",
        ("log Pr(𝑦∣𝑥) = −0.0517 − 0.2231 = **−0.2948** (so Pr ≈ e^(−0.2948) ≈ 0.74)\n", 1),
    ),
    (
        "empty-range-and-raised-limits",
        "transformer-log-likelihood",
        _LOG2 + "= −2.0831 − 3.4375 − 2.9669 − 5.8783 = −14.366 bits\n",
        (_LOG2 + "= −2.0831 − 3.4375 − 2.9669 − 5.3783 = −13.866 bits\n", 3),
    ),
    (
        "angle-bracket-tokens-in-counts",
        "sam-corpus",
        "𝑃 = [𝐶(⟨s⟩ I)/𝐶(⟨s⟩)]⋅[𝐶(I am)/𝐶(I)]⋅[𝐶(am Sam)/𝐶(am)]⋅[𝐶(Sam ⟨/s⟩)/𝐶(Sam)]\n= ⅔ ⋅ ⅔ ⋅ ½ ⋅ ½ = 1/9\n",
        (
            "𝑃 = [𝐶(⟨s⟩ I)/𝐶(⟨s⟩)]⋅[𝐶(I am)/𝐶(I)]⋅[𝐶(am Sam)/𝐶(am)]⋅[𝐶(Sam ⟨/s⟩)/𝐶(Sam)]\n= ⅔ ⋅ ⅔ ⋅ ½ = 2/9\n",
            2,
        ),
    ),
]

ROOT = Path(__file__).parent.parent
# ASCII letters as Word's mathematical italic (U+1D434 A, U+1D44E a; the italic h is ℎ, outside the block)
_ITALIC = str.maketrans(
    {
        **{chr(65 + k): chr(0x1D434 + k) for k in range(26)},
        **{chr(97 + k): chr(0x1D44E + k) for k in range(26) if k != 7},
    }
)


def _examples() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "problems" / "seed").glob("*.toml")):
        out += [(str(path), example.submission) for example in load_question(path).examples]
    return out


@pytest.mark.parametrize(("path", "text"), _examples(), ids=lambda v: str(v)[-40:])
def test_mathematical_italic_letters_change_nothing(path: str, text: str) -> None:
    question = load_question(path)
    plain, styled = question.grade(text.encode(), "s"), question.grade(text.translate(_ITALIC).encode(), "s")
    assert (styled.verdict, styled.score, styled.codes) == (plain.verdict, plain.score, plain.codes)


# the chain rule's general form, its history an ellipsis run: at i = 1 the run y₁ … y₀ is empty, even where
# the prompt is text and so has no y₀ to name (it was "y_0 does not exist", a warning and a review)
_GENERAL = "log P(y|x) = Σ_i log P(y_i | x, {history}) = -0.7 + (-0.4) = -1.1"


@pytest.mark.parametrize("history", ["y_1, ..., y_{i-1}", "y_1...y_{i-1}", "y₁…yᵢ₋₁", "y₁, …, yᵢ₋₁"])
def test_an_ellipsis_run_ending_before_it_starts_is_empty(history: str) -> None:
    question = load_question(ROOT / "problems" / "seed" / "deep-learning.toml")
    report = question.grade(_GENERAL.format(history=history).encode(), "s")
    assert (report.verdict, report.codes, report.needs_review) == ("correct", [], False)
    future = question.grade(
        _GENERAL.format(history=history.replace("-1", "+1").replace("₋", "₊")).encode(), "s"
    )
    assert "future-conditioning" in future.codes
