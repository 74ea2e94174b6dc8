"""Classes of wrong decoding work the grader once gave full marks (blind-kinds18, answers written like
analysts' briefing notes: bottom line up front, numbered key judgements, an annex with the working),
each pinned by variants written for this test, every wrong variant caught and its right twin kept at
full marks.

1. Greedy's output named without its end token on a line with no result word ("Sequence: I am",
   "Tokens: I am") and with no whole sequence (ended, or at the length limit) written anywhere: no
   final sequence was found, so neither the sequence nor its probability was checked and a product
   that leaves out P(</s> | am) kept full marks behind a decoding-unread warning. Greedy writes one
   path, so with none written ended, its output is the last sequence the model can end there; its
   probability (the end token's factor included, since the run stopped short of the limit) is
   checked, and where it sits on a line of its own below, the mistake is placed on that line.
"""

from __future__ import annotations

from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_RUN = "Run: <s> -> I (2/3) -> am (2/3) -> tie, the end token wins.\n"
_PATH = "KJ1. Path taken: <s>, I (2/3), am (2/3); the tie at am resolves to the end marker.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry): run by
# tests/test_decoding_classes.py with every round's table
CASES = [
    (
        "greedy's output labelled 'Sequence:' without </s>, its product on the line below",
        "greedy-sam-bigram",
        _RUN + "Sequence: I am\nProbability = 2/3 * 2/3 * 1/2 = 2/9\n",
        _RUN + "Sequence: I am\nProbability = 2/3 * 2/3 = 4/9\n",
        "decoded-prob-wrong",
    ),
    (
        "a briefing note's key judgement, then 'Tokens:' without </s> and a decimal",
        "greedy-sam-bigram",
        _PATH + "Tokens: I am\nPr = 2/3 x 2/3 x 1/2 ≈ 0.222\n",
        _PATH + "Tokens: I am\nPr = 2/3 x 2/3 ≈ 0.444\n",
        "decoded-prob-wrong",
    ),
    (
        "the output on a line of its own with its probability and a confidence word",
        "greedy-sam-bigram",
        "Decode: <s> -> I -> am, where the tie is broken to the end.\n"
        "I am, with P = 2/3 · 2/3 · 1/2 = 2/9 (high confidence)\n",
        "Decode: <s> -> I -> am, where the tie is broken towards Sam.\n"
        "I am Sam, with P = 2/3 · 2/3 · 1/2 = 2/9 (high confidence)\n",
        "decoded-sequence-wrong",
    ),
]


def test_the_wrong_value_is_placed_on_the_line_that_writes_it() -> None:
    report = grade("greedy-sam-bigram", _RUN + "Sequence: I am\nProbability = 2/3 * 2/3 = 4/9\n")
    assert errors(report) == {"decoded-prob-wrong"}
    assert [d.span.line for d in report.diagnostics if d.code == "decoded-prob-wrong"] == [3]
