"""Classes of misreading found by blind-kinds84 (2026-12-03, an international class writing English as a second
language), each pinned by twins: right work gets full marks and nothing said, its wrong twin does not."""

from __future__ import annotations

import pytest

from tests.conftest import assert_right, assert_wrong

KV_WORKING = """
Step i: position m+i, its query sees m+i keys (prompt m + earlier new tokens i-1 + itself 1).
Sum = (m+1) + (m+2) + ... + (m+n) = n·m + (1+2+...+n) = nm + n(n+1)/2 = n(2m+n+1)/2
times h heads, times L layers.
"""


@pytest.mark.parametrize("label", ["Resp.:", "Rta.:", "Antw.:", "Rép. :", "Risp.:", "Ans.:", "Answer:"])
def test_an_abbreviated_answer_label_gives_the_answer_first(label: str) -> None:
    """`Resp.: L·h·n(2m + n + 1)/2` then the working: each language's written abbreviation of its word for answer
    labels the answer as the word does (the working's last line, the sum over one head of one layer, was taken
    for the answer: layers-or-heads-dropped)."""
    assert_right("cost--kv-cache-scores", f"{label} L·h·n(2m + n + 1)/2\n{KV_WORKING}")
    assert_wrong("cost--kv-cache-scores", f"{label} L·h·n(2m + n)/2\n{KV_WORKING}")


@pytest.mark.parametrize(
    ("label", "verdict", "right"),
    [("Resp.:", "yes", True), ("Resp.:", "no", False), ("Antwort:", "ja", True), ("Answer:", "no", False)],
)
def test_a_labelled_yes_or_no_outranks_a_later_sentence_about_greedys_output(
    label: str, verdict: str, right: bool
) -> None:
    """The answer's labelled yes/no is the verdict, over a later line that names greedy's output and only
    negates something of it ("does not hide a better continuation", read as a "no")."""
    text = (
        f'{label} {verdict}. Greedy gives "the cat" with 0,6·0,7 = 0,42.\n\n'
        'Justification: any sequence starting with "a" has probability at most 0,4 × 0,5 = 0,2 (a cat = a dog = '
        '0,2). The other one starting with "the" is the dog = 0,18. 0,42 > 0,2 > 0,18, so nothing beats the '
        "greedy output. Here the first greedy choice does not hide a better continuation.\n"
    )
    if right:
        assert_right("decoding--greedy-is-best", text)
    else:
        assert "decoding-verdict-wrong" in assert_wrong("decoding--greedy-is-best", text)


BEAM_TABLE = """R: "a cat", P = 0.36

| step | candidate | cumulative prob | {header} |
|---|---|---|---|
| 1 | the | 0.5 | {y} |
| 1 | a | 0.4 | {y} |
| 1 | one | 0.1 | {n} |
| 2 | a cat | 0.4 × 0.9 = 0.36 | {y} |
| 2 | the dog | 0.5 × 0.4 = 0.20 | {y} |
| 2 | the cat | 0.175 | {n} |
| 2 | the car | 0.125 | {n} |
| 2 | a dog | 0.04 | {n} |

Final beam: a cat 0.36, the dog 0.20. Best = a cat.
"""


@pytest.mark.parametrize(
    ("header", "y", "n"),
    [
        ("kept?", "yes", "no"),
        ("Keep", "**yes**", "no"),
        ("¿conservada?", "sí", "no"),
        ("behalten?", "ja", "nein"),
    ],
)
def test_a_tables_kept_column_of_yes_and_no_marks_its_beam(header: str, y: str, n: str) -> None:
    """A beam table that lists every candidate with a "kept?" column of yes/no keeps only the rows it says
    yes to (every row was read as kept: beam-width-wrong at both steps); a row of the beam said no is dropped,
    and a step that keeps the wrong row is charged."""
    assert_right("decoding--beam-a-cat", BEAM_TABLE.format(header=header, y=y, n=n))
    table = BEAM_TABLE.format(header=header, y=y, n=n)
    lines = table.splitlines()
    lines[5] = lines[5].replace(f"| {y} |", f"| {n} |")  # "a" (0.4) said not kept, "one" (0.1) kept instead
    lines[6] = lines[6].replace(f"| {n} |", f"| {y} |")
    assert_wrong("decoding--beam-a-cat", "\n".join(lines) + "\n")


LENGTH_NORMALISED = """Resp.: "yes please </s>", probabilidad 0,1575.

| step | kept | cum. prob | status |
|---|---|---|---|
| 1 | yes | 0,5 | active |
| 1 | no | 0,3 | active |
| 2 | yes </s> | 0,2 | finished (beam width 2 → 1) |
| 2 | yes please | 0,175 | active |
| 3 | yes please </s> | 0,1575 | finished |

(step 2 dropped: no thanks 0,15, yes indeed 0,125, no way 0,105, no </s> 0,045; step 3 {dropped} yes please now 0,0175)

Scores log P / length:
- yes </s>: ln 0,2 = -1,609 ; /2 = -0,80
- yes please </s>: ln 0,1575 = -1,848 ; /3 = -0,62
"""


@pytest.mark.parametrize("dropped", ["dropped", "pruned", "discarded"])
def test_a_drop_participle_after_a_steps_label_drops_the_hypotheses_after_it(dropped: str) -> None:
    """`step 3 dropped yes please now 0,0175`: the participle after a step's label, before the hypotheses, drops
    them, as `step 2 dropped:` does (the hypothesis was read as kept at step 3: beam-width-wrong)."""
    assert_right("decoding--beam-length-normalised", LENGTH_NORMALISED.format(dropped=dropped))
    kept = LENGTH_NORMALISED.format(dropped="kept")
    assert "beam-width-wrong" in assert_wrong("decoding--beam-length-normalised", kept)


WINDOW = """- window is full from the start since m ≥ k -> always k keys, not growing
- 1 new position per step, h heads, L layers -> L·h·k scores per step
- n steps

Total = {total}. Doesn't depend on m, {contrast} full attention where it would be Lh(nm + n(n+1)/2).
"""


@pytest.mark.parametrize("contrast", ["contrary to", "unlike", "as opposed to", "compared with"])
def test_a_count_said_in_the_conditional_after_a_contrast_is_not_the_answer(contrast: str) -> None:
    """ "… contrary to full attention where it would be Lh(nm + n(n+1)/2)": a count said in the conditional in a
    clause that sets something against the answer is the other setting's, not claimed (it was taken for the
    final answer: window-as-full-context)."""
    assert_right("cost--window-scores", WINDOW.format(total="L·h·k·n", contrast=contrast))
    assert_wrong("cost--window-scores", WINDOW.format(total="L·h·n", contrast=contrast))
