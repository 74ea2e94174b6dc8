"""A remark in the conditional mood after the answer says what would have been under another setting ("(with
a KV cache it would only be O(L h n^2))", "(without normalisation "yes </s>" would have won)"): it is no claim
of the work, in any language that has a word for the mood (grader.core.meanings.COUNTERFACTUAL). Each row
has its wrong twin, whose own answer is wrong and must stay wrong whatever the remark says."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

# the count claimed, then a bracketed remark on another setting in the conditional mood
GROWTH = (
    "Over all steps: sum_{{i=1}}^{{n}} i(i+1)/2 = n(n+1)(n+2)/6.\n"
    "Times L layers and h heads: L h n(n+1)(n+2)/6 = {count}.\n"
    "{remark}\n"
)
COST_REMARKS = [
    "So without a cache it grows cubically (with a KV cache it would only be O(L h n^2)).",
    "Without a cache it grows cubically (a KV cache could bring it down to O(L h n^2)).",
    "Ohne Cache wächst es also kubisch (mit KV-Cache wäre es nur O(L h n^2)).",
    "Ohne Cache wächst es kubisch (mit KV-Cache würde es nur O(L h n^2) kosten).",
    "Sans cache la croissance est cubique (avec un cache KV ce serait seulement, enfin, il serait O(L h n^2)).",
    "Sin caché crece de forma cúbica (con caché KV sería solo O(L h n^2)).",
    "Senza cache cresce in modo cubico (con la cache KV sarebbe solo O(L h n^2)).",
    "Zonder cache groeit het kubisch (met een KV-cache zou het O(L h n^2) zijn).",
]


@pytest.mark.parametrize("remark", COST_REMARKS)
def test_a_conditional_remark_after_the_count_is_no_answer(remark: str) -> None:
    full, codes = grade("cost", "recompute-growth", GROWTH.format(count="O(L h n^3)", remark=remark))
    assert full, codes


@pytest.mark.parametrize("remark", COST_REMARKS)
def test_a_wrong_count_stays_wrong_beside_a_conditional_remark(remark: str) -> None:
    text = GROWTH.format(count="O(L h n^2)", remark=remark.replace("O(L h n^2)", "O(L h n^3)"))
    full, codes = grade("cost", "recompute-growth", text)
    assert not full and "final-answer-wrong" in [c for c, _ in codes], codes


def test_a_count_said_only_in_the_conditional_is_still_read() -> None:
    """The question itself asks what happens without a cache: "the total would be …" answers it."""
    for text in (
        "Without the cache we recompute everything (so the total would be O(L h n^3)).\n",
        "Without a cache the total would be O(L h n^3).\n",
    ):
        assert grade("cost", "recompute-growth", text)[0], text


# a beam search with length normalisation whose answer is stated, then what would have won without it
BEAM = (
    "Step 1: yes 0.5, no 0.3, maybe 0.2. Beam: [yes 0.5, no 0.3].\n"
    "Step 2: yes </s> 0.20, yes please 0.175, no thanks 0.15, yes indeed 0.125, no way 0.105, no </s> 0.045\n"
    "  Top 2: yes </s> 0.20 (finished, width becomes 1) and yes please 0.175.\n"
    "Step 3: yes please </s> = 0.175 * 0.9 = 0.1575, yes please now = 0.0175. Keep yes please </s>.\n"
    "Length-normalised scores:\n"
    "  yes </s>: log(0.2)/2 = -0.805\n"
    "  yes please </s>: log(0.1575)/3 = -0.616\n"
    'Highest normalised score: "{pick}", returned with probability {p}\n'
    "{remark}\n"
)
BEAM_REMARKS = [
    '(without normalisation "{other}" with {q} would have won).',
    '(without normalisation, "{other}" at {q} might have come first).',
    '(ohne Normierung hätte "{other}" mit {q} gewonnen).',
    '(sans normalisation, "{other}" aurait gagné avec {q}).',
    '(sin normalización habría ganado "{other}" con {q}).',
    '(senza normalizzazione avrebbe vinto "{other}" con {q}).',
]


@pytest.mark.parametrize("remark", BEAM_REMARKS)
def test_a_conditional_remark_names_no_result_of_the_search(remark: str) -> None:
    text = BEAM.format(pick="yes please </s>", p="0.1575", remark=remark.format(other="yes </s>", q="0.2"))
    full, codes = grade("decoding", "beam-length-normalised", text)
    assert full, codes


@pytest.mark.parametrize("remark", BEAM_REMARKS)
def test_a_wrong_result_stays_wrong_beside_a_conditional_remark(remark: str) -> None:
    text = BEAM.format(pick="yes </s>", p="0.2", remark=remark.format(other="yes please </s>", q="0.1575"))
    full, codes = grade("decoding", "beam-length-normalised", text)
    assert not full, codes
