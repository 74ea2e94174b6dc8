"""Classes of correct decoding work the grader once marked down (blind-kinds19, answers written like
game developers' design docs: a Markdown table or a bullet list per step, each row marked with an emoji
tick or cross), each pinned by variants written for this test, every right variant at full marks and
its wrong twin still caught.

1. Marks that keep hypotheses row by row: a table or list that ticks the rows it keeps ("| a cat | 0.36 ✅
   |", "- [x] a cat 0.36", "| ✓ | a cat | 0.36 |", "… | kept |") and leaves the others unmarked. Each
   row was read on its own, so every unmarked row was kept too and the step was charged
   beam-width-wrong. Where a table or list (lines between blank lines, headings and a step's opening)
   ticks some hypotheses of a step, a row with no mark at all is one it did not keep; a row that a
   keep word keeps ("Beam: …") stays kept, and a ticked one is kept even under a candidates heading.
2. A remark in brackets after a table row's score ("0.5·0.4 = 0.20 ✅ (finished → width 1)"): the
   row's last number was read as its score (1), charged added-probs. A tick, a cross or a bracket
   whose words are not a score's ends the score; "(P = 0.36)" still gives it.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read

_STEP1_TICKED = (
    "## Step 1\n| hyp | P | keep? |\n|---|---|---|\n| the | 0.5 | ✓ |\n| a | 0.4 | ✓ |\n| one | 0.1 | |\n\n"
)


def _table(rows: list[tuple[str, str, str]]) -> str:
    return "## Step 2\n| hyp | P | keep? |\n|---|---|---|\n" + "".join(
        f"| {h} | {p} | {m} |\n" for h, p, m in rows
    )


_RIGHT_ROWS = [
    ("a cat", "0.4 × 0.9 = 0.36", "✓"),
    ("the dog", "0.5 × 0.4 = 0.2", "✓"),
    ("the cat", "0.5 × 0.35 = 0.175", ""),
    ("the car", "0.5 × 0.25 = 0.125", ""),
    ("a dog", "0.4 × 0.1 = 0.04", ""),
]
_ANSWER = "\nResult: a cat, 0.36\n"

_LN_STEPS = (
    "Step 1\n* yes 0.5 ✔\n* no 0.3 ✔\n* maybe 0.2\n\n"
    "Step 2\n* yes please 0.5 × 0.35 = 0.175 ✔\n* no thanks 0.3 × 0.5 = 0.15\n"
    "* yes indeed 0.125\n* no way 0.105\n* no </s> 0.045\n"
)
_LN_END = (
    "\nStep 3\n* yes please </s> 0.175 × 0.9 = 0.1575 ✔ (done)\n* yes please now 0.0175\n\n"
    "Per token: ln 0.2 / 2 = -0.805, ln 0.1575 / 3 = -0.616\nResult: yes please </s>, P = 0.1575\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a table's 'keep?' column ticks the kept rows, the others left blank",
        "beam-a-cat",
        _STEP1_TICKED + _table(_RIGHT_ROWS) + _ANSWER,
        _STEP1_TICKED
        + _table([(h, p, "✓" if h in ("a cat", "the cat") else "") for h, p, _ in _RIGHT_ROWS])
        + _ANSWER,
        "beam-step-wrong",
    ),
    (
        "a table's 'keep?' column says 'kept', the others left blank",
        "beam-a-cat",
        _STEP1_TICKED + _table([(h, p, "kept" if m else "") for h, p, m in _RIGHT_ROWS]) + _ANSWER,
        _STEP1_TICKED + _table([(h, p, "kept" if h != "a dog" else "") for h, p, _ in _RIGHT_ROWS]) + _ANSWER,
        "beam-width-wrong",
    ),
    (
        "bullets with a heavy tick after the score, a wrong product in the twin",
        "beam-a-cat",
        "Step 1:\n- the 0.5 ✔️\n- a 0.4 ✔️\n- one 0.1\n\nStep 2:\n- the dog 0.5·0.4 = 0.2 ✔️\n"
        "- the cat 0.5·0.35 = 0.175\n- a cat 0.4·0.9 = 0.36 ✔️\n- a dog 0.4·0.1 = 0.04\n" + _ANSWER,
        "Step 1:\n- the 0.5 ✔️\n- a 0.4 ✔️\n- one 0.1\n\nStep 2:\n- the dog 0.5·0.4 = 0.2 ✔️\n"
        "- the cat 0.5·0.35 = 0.175\n- a cat 0.4·0.9 = 0.32 ✔️\n- a dog 0.4·0.1 = 0.04\n"
        "\nResult: a cat, 0.32\n",
        "beam-score-wrong",
    ),
    (
        "a task list: [x] kept, [ ] not",
        "beam-a-cat",
        "Step 1\n- [x] the 0.5\n- [x] a 0.4\n- [ ] one 0.1\n\nStep 2\n- [ ] the cat 0.175\n"
        "- [x] the dog 0.2\n- [ ] the car 0.125\n- [x] a cat 0.36\n- [ ] a dog 0.04\n" + _ANSWER,
        "Step 1\n- [x] the 0.5\n- [x] a 0.4\n- [ ] one 0.1\n\nStep 2\n- [x] the cat 0.175\n"
        "- [ ] the dog 0.2\n- [ ] the car 0.125\n- [x] a cat 0.36\n- [ ] a dog 0.04\n" + _ANSWER,
        "beam-step-wrong",
    ),
    (
        "a leading column of ✅ and ❌",
        "beam-a-cat",
        "Step 1: keep the 0.5, a 0.4\n\n| | hyp | P |\n|---|---|---|\n| ✅ | a cat | 0.36 |\n"
        "| ✅ | the dog | 0.2 |\n| ❌ | the cat | 0.175 |\n| ❌ | a dog | 0.04 |\n" + _ANSWER,
        "Step 1: keep the 0.5, a 0.4\n\n| | hyp | P |\n|---|---|---|\n| ✅ | a cat | 0.36 |\n"
        "| ❌ | the dog | 0.2 |\n| ✅ | the cat | 0.175 |\n| ❌ | a dog | 0.04 |\n" + _ANSWER,
        "beam-step-wrong",
    ),
    (
        "ticks under a candidates heading: the marks decide",
        "beam-a-cat",
        "Step 1: the 0.5, a 0.4\nStep 2 candidates:\n- a dog 0.04\n- the car 0.125\n- a cat 0.36 ✓\n"
        "- the cat 0.175\n- the dog 0.2 ✓\n" + _ANSWER,
        "Step 1: the 0.5, a 0.4\nStep 2 candidates:\n- a dog 0.04\n- the car 0.125\n- a cat 0.36 ✓\n"
        "- the cat 0.175 ✓\n- the dog 0.2\n" + _ANSWER,
        "beam-step-wrong",
    ),
    (
        "a table row's score with a tick and a remark in brackets holding a number",
        "beam-length-normalised",
        _LN_STEPS.replace(
            "* yes please", "| yes </s> | 0.5 × 0.4 = 0.2 ✅ (ends here, 1 slot left) |\n* yes please", 1
        )
        + _LN_END,
        _LN_STEPS.replace(
            "* yes please", "| yes </s> | 0.5 × 0.4 = 0.25 ✅ (ends here, 1 slot left) |\n* yes please", 1
        )
        + _LN_END,
        "beam-score-wrong",
    ),
    (
        "bullets with ticks and a remark in brackets, the finished one ticked",
        "beam-length-normalised",
        _LN_STEPS.replace(
            "* yes please", "* yes </s> 0.5 × 0.4 = 0.2 ✔ (finished; width 1 from now)\n* yes please", 1
        )
        + _LN_END,
        _LN_STEPS.replace(
            "* yes please", "* yes </s> 0.5 + 0.4 = 0.9 ✔ (finished; width 1 from now)\n* yes please", 1
        )
        + _LN_END,
        "added-probs",
    ),
    (
        "crosses only: the rows not crossed are kept",
        "beam-a-cat",
        "Step 1: the 0.5, a 0.4 (one 0.1 ✗)\n\nStep 2\n- a cat 0.36\n- the dog 0.2\n- the cat 0.175 ✗\n"
        "- a dog 0.04 ✗\n" + _ANSWER,
        "Step 1: the 0.5, a 0.4 (one 0.1 ✗)\n\nStep 2\n- a cat 0.36\n- the dog 0.2 ✗\n- the cat 0.175\n"
        "- a dog 0.04 ✗\n" + _ANSWER,
        "beam-step-wrong",
    ),
]


_VOCABULARY = frozenset({"a", "the", "cat", "dog", "car"})


def test_a_row_keep_word_keeps_it_beside_ticked_rows() -> None:
    text = "| a cat | 0.36 ✓ |\n| the dog | 0.2 ✓ |\n| the cat | 0.175 |\nBeam: a cat 0.36, the cat 0.175\n"
    roles = [(h.span.line, " ".join(h.tokens), h.role) for h in read(text, _VOCABULARY).hyps]
    assert roles == [
        (1, "a cat", "kept"),
        (2, "the dog", "kept"),
        (3, "the cat", "candidate"),
        (4, "a cat", "kept"),
        (4, "the cat", "kept"),
    ]


@pytest.mark.parametrize(
    ("row", "score"),
    [
        ("| a cat | 0.4 × 0.9 = 0.36 ✅ (rank 1 of 2) |", 0.36),
        ("| a cat | 0.4 × 0.9 = 0.36 (best so far, 2 left) |", 0.36),
        ("| a cat | 0.4 × 0.9 | 0.36 ❌ | 3 |", 0.36),
        ("| a cat | 0.4 × 0.9 (P = 0.36) |", 0.36),  # a bracket that gives the score is read
        ("| a cat | 0.4 × 0.9 | 0.36 |", 0.36),  # the row's last number, as before
    ],
)
def test_a_mark_or_a_remark_after_a_rows_score_ends_it(row: str, score: float) -> None:
    (hyp,) = read(row, _VOCABULARY).hyps
    assert hyp.score is not None and hyp.score.value == pytest.approx(score)
