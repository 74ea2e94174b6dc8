"""Classes of work the grader misread on blind25 (answers pasted from a team chat), each pinned by variants
written for this test (not copied from the blind set) and a wrong twin of each that must stay caught at the
line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

A message's time and speaker in front of the maths (`[10:42] ana:`, `` `[14:44] yuki:` ``, `**mo** 19:01 —`,
`bo:` on every line) made the line unreadable or a false step; `avg nll = 0.75` in lowercase was the
total NLL; a value restated more precisely in brackets (`= 3.827 (3.8274) nats`) was a product.
"""

from __future__ import annotations

import pytest

from grader.maths import semantics as sm
from grader.maths.build import parse_piece
from grader.maths.dressing import chat_speakers
from grader.maths.segment import Piece

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "chat-time-and-speaker",
        "cat-nll-bits",
        "[09:00] kim: NLL = -(log2 1/2 + log2 1/4 + log2 1/10)\n[09:01] kim: = 1 + 2 + 3.3219\n"
        "[09:01] kim: = 6.3219 bits 🎉\n",
        (
            "[09:00] kim: NLL = -(log2 1/2 + log2 1/4 + log2 1/10)\n[09:01] kim: = 1 + 2 + 3.3219\n"
            "[09:01] kim: = 7.3219 bits 🎉\n",
            3,
        ),
    ),
    (
        "chat-time-in-code",
        "deep-learning-perplexity",
        "`[14:44] yuki:` avg NLL = (0.7 + 0.4)/2 = 0.55\n`[14:45] yuki:` PPL = e^0.55 ≈ 1.733\n",
        ("`[14:44] yuki:` avg NLL = (0.7 + 0.4)/2 = 0.55\n`[14:45] yuki:` PPL = e^0.55 ≈ 1.833\n", 2),
    ),
    (
        "bold-speaker-and-dash",
        "sam-corpus",
        "**ren** 18:20 — P = 2/3 * 2/3 * 1/2 * 1/2\n**ren** 18:21 — = 1/9 = 0.111 ✅\n",
        ("**ren** 18:20 — P = 2/3 * 2/3 * 1/2 * 1/2\n**ren** 18:21 — = 1/8 = 0.125 ✅\n", 2),
    ),
    (
        "speaker-on-every-line",
        "logprobs-inline-perplexity",
        "jo: mean nll = (1.2 + 0.3)/2 = 0.75\njo: ppl = e^0.75\njo: = 2.117\n",
        ("jo: mean nll = (1.2 + 0.3)/2 = 0.75\njo: ppl = e^0.75\njo: = 2.217\n", 3),
    ),
    (
        "value-restated-precisely",
        "transformer-softmax",
        "NLL = (ln 7.950 - 0.629) + (ln 14.001 - 0.256)\n= 1.4442 + 2.3832 = 3.827 (3.8274) nats\n",
        ("NLL = (ln 7.950 - 0.629) + (ln 14.001 - 0.256)\n= 1.4442 + 2.3832 = 3.927 (3.9274) nats\n", 2),
    ),
]


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        (["[10:42] ana: P = 0.25"], ["P = 0.25"]),
        (["bo: x = 1", "bo: y = 2", "bo: z = 3"], ["x = 1", "y = 2", "z = 3"]),
        (
            ["Answer: -1.1", "check: e^-1.1 = 0.33", "x = 1"],
            ["Answer: -1.1", "check: e^-1.1 = 0.33", "x = 1"],
        ),
        (["x - 3 = 2", "x - 1 = 4"], ["x - 3 = 2", "x - 1 = 4"]),
        (["[13:17] leo: answer: -1.10"], ["answer: -1.10"]),
    ],
)
def test_a_chat_message_is_read_without_its_time_and_speaker(lines: list[str], kept: list[str]) -> None:
    """A time in front makes a message; a handle alone only where the same one opens at least half the
    lines; a label a line carries once, and a letter before a minus, stay."""
    read = chat_speakers(lines)
    assert [line.strip() for line in read] == kept
    assert [len(line) for line in read] == [len(line) for line in lines]  # columns stay


@pytest.mark.parametrize(
    ("written", "restated"), [("3.827 (3.8274)", True), ("0.5 (0.45)", False), ("3.827 (3.9)", False)]
)
def test_a_value_restated_in_brackets_is_not_a_product(written: str, restated: bool) -> None:
    """A rounded value (three or more significant figures) then the same value more precisely in brackets
    is that value; short numbers side by side, or a bracket less precise than the first, multiply."""
    chain = parse_piece(Piece(written, tuple((1, c) for c in range(1, len(written) + 1)), False, False, 1))
    item = chain.items[0]
    if restated:
        assert isinstance(item, sm.Num) and item.text == written.split()[0]
    else:
        assert isinstance(item, sm.BinOp) and item.implicit
