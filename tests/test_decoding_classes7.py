"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds11: terse and prose answers
in the style of a philosophy course), each pinned by variants written for this test, every right
variant with a wrong twin still caught.

1. A line that marks the hypotheses it keeps one by one, each mark straight after its own hypothesis
   ("yes please </s> .1575 (kept, finished), yes please now .0175", a tick, "(both kept)"), and lists
   the other extensions unmarked: the unmarked ones were read as kept too, so a right beam was charged
   with too many hypotheses; and a remark in brackets that only began with another word ("(finished,
   kept)") was not read as a mark at all. Now a mark keeps what is written since the previous mark
   (or the line's last keep or candidates word), even under a candidates word, and the same step's
   hypotheses after the last mark, with no mark or keep word of their own, are candidates.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read
from tests.test_decoding_reader2 import _question, codes, grade

_T2 = "t2: a cat .36 (kept), the dog .2 (kept), the cat .175, the car .125, a dog .04\n"
_S2 = "S2: yes </s> .2 (finished; survives), yes please .175 (survives), no thanks .15, yes indeed .125\n"
_SCORES = "Per token: ln .2 / 2 = -0.805, ln .1575 / 3 = -0.616. Return yes please </s>, P = 0.1575\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "each kept hypothesis marked (kept) after it, the other extensions listed unmarked",
        "beam-a-cat",
        "t1: the .5 (kept), a .4 (kept), one .1\n" + _T2 + "Return a cat, P = .36\n",
        "t1: the .5 (kept), a .4 (kept), one .1\n"
        "t2: a cat .36 (kept), the dog .2 (kept), the cat .175 (kept), the car .125\nReturn a cat, P = .36\n",
        "beam-width-wrong",
    ),
    (
        "a tick after each kept hypothesis",
        "beam-a-cat",
        "t1: the .5 ✓, a .4 ✓, one .1\nt2: a cat .36 ✓, the dog .2 ✓, the cat .175, a dog .04\nSo: a cat, .36\n",
        "t1: the .5 ✓, a .4 ✓, one .1 ✓\nt2: a cat .36 ✓, the dog .2 ✓, the cat .175, a dog .04\nSo: a cat, .36\n",
        "beam-width-wrong",
    ),
    (
        "one mark after two hypotheses keeps both, the extensions after it are not kept",
        "beam-a-cat",
        "t1: the .5, a .4 (both kept), one .1\n"
        "t2: a cat .36, the dog .2 (both kept), the cat .175, the car .125\nReturn a cat, P = .36\n",
        "t1: the .5, a .4 (both kept), one .1\n"
        "t2: a cat .36, the cat .175 (both kept), the dog .2, the car .125\nReturn a cat, P = .36\n",
        "beam-step-wrong",
    ),
    (
        "a finished hypothesis marked kept after another remark, the shrunken beam's extension unmarked",
        "beam-length-normalised",
        "S1: yes .5, no .3 kept\n"
        + _S2
        + "S3: yes please </s> .1575 (finished, kept), yes please now .0175\n"
        + _SCORES,
        "S1: yes .5, no .3 kept\n"
        + _S2
        + "S3: yes please </s> .1575 (finished, kept), yes please now .0175 (kept)\n"
        + _SCORES,
        "beam-width-wrong",
    ),
    (
        "a line of candidates that marks the ones kept",
        "beam-a-cat",
        "Step 1 candidates: the .5 (kept), a .4 (kept), one .1\n"
        "Step 2 candidates: a cat .36 (kept), the dog .2 (kept), the cat .175, a dog .04\nReturn a cat, P = .36\n",
        "Step 1 candidates: the .5 (kept), a .4 (kept), one .1\n"
        "Step 2 candidates: a cat .36 (kept), the dog .2, the cat .175 (kept), a dog .04\nReturn a cat, P = .36\n",
        "beam-step-wrong",
    ),
    (
        "a kept mark on each of the best, then an extension marked (not kept)",
        "beam-a-cat",
        "t1: the .5 (kept), a .4 (kept)\n"
        "t2: a cat .36 (kept), the dog .2 (kept), the cat .175 (not kept)\nReturn a cat, P = .36\n",
        "t1: the .5 (kept), a .4 (kept)\n"
        "t2: a cat .36 (kept), the dog .2 (not kept), the cat .175 (kept)\nReturn a cat, P = .36\n",
        "beam-step-wrong",
    ),
    (
        "marks one by one with an unmarked extension between them",
        "beam-a-cat",
        "t1: the .5 (kept), one .1, a .4 (kept)\n"
        "t2: a cat .36 (kept), the cat .175, the dog .2 (kept), a dog .04\nReturn a cat, P = .36\n",
        "t1: the .5 (kept), one .1, a .4 (kept)\n"
        "t2: a cat .36 (kept), the dog .2, the cat .175 (kept), a dog .04\nReturn a cat, P = .36\n",
        "beam-step-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "kept", "candidates"),
    [
        # the unmarked extension after the last mark is a candidate
        ("S3: yes please </s> .1575 (kept), yes please now .0175", [3], [3]),
        # a keep word of its own after the mark keeps it: "…, and keep also …"
        ("S3: yes please </s> .1575 (kept), and we keep yes please now .0175", [3, 3], []),
        # a mark after the whole listing keeps every hypothesis before it
        ("S2: yes please .175, yes </s> .2 (both kept)", [2, 2], []),
        # a collective mark keeps what it follows, but not one said to be dropped among them
        ("candidates: yes please .175, yes indeed .125 dropped, yes </s> .2 (both kept)", [2, 2], [2]),
        # no mark on the line: nothing changes, every hypothesis listed is kept
        ("S2: yes please .175, yes </s> .2", [2, 2], []),
    ],
)
def test_a_mark_keeps_its_own_hypotheses_and_leaves_the_ones_after_it(
    line: str, kept: list[int], candidates: list[int]
) -> None:
    hyps = read(line, _question("beam-length-normalised").problem.vocabulary).hyps
    assert [len(h.tokens) for h in hyps if h.role == "kept"] == kept
    assert [len(h.tokens) for h in hyps if h.role == "candidate"] == candidates


def test_the_wrong_twins_are_charged_only_the_step_they_get_wrong() -> None:
    report = grade("beam-length-normalised", CASES[3][3])
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == [
        ("beam-width-wrong", 3)
    ]
    assert codes(report) == {"beam-width-wrong"}
