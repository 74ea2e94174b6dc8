"""Classes of decoding work written as an engineer's calculation sheet (blind-kinds23: rows named "Ref 3",
a check marked OK / NOT OK, a boxed or bracketed output, a terse one-line path) that the grader misjudged,
each pinned by variants written for this test, every right variant at full marks and its wrong twin caught.

1. A yes/no set off by a dash ("0.048 — no, …"; the em dash reaches the reader as " - ") or opening a
   clause on a pronoun ("…, yes it is the most probable") or after a therefore sign ("∴ No, …") was not
   read: the verdict went unread, so a wrong yes kept the verdict's marks.
2. A sheet's row reference "Ref 3" was read as a number, and a product written unworked on one row
   ("dog barked loudly = .3 x .6 x .3") and worked out on the row below (".3 x .6 = .18, x .3 = .054")
   was valued by the reader itself, so a slip in the student's working went unseen.
3. A terse path on one line whose pick carries a remark in its bracket ("</s> (1/2, a tie the rule
   settles)") lost its first picks (the path was dropped as a sentence's words), and the pick after a
   remark started a path of its own; the value labelled later on the line ("P = 2/9") is the path's.
4. Policy: a yes/no the reader finds only loosely (on the answer's line, not set off) is taken as the
   answer with a warning (a person looks): a right one costs nothing, a wrong one earns no verdict marks.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import loose_verdict, row_ref_blanked
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_NOT_BEST_HEAD = "Greedy path: cat 0.4, sat 0.4, down 0.3, P = 0.048\nRival: dog barked loudly, P = 0.3 × 0.6 × 0.3 = 0.054\n"
_IS_BEST_HEAD = (
    "Greedy: the (0.6) then cat (0.7), so the cat = 0.42\nthe dog 0.18, a cat 0.2, a dog 0.2, all lower\n"
)


def _sheet(product: str, result: str) -> str:
    return (
        "Ref 1  greedy: cat 0.4, sat 0.4, down 0.3 -> 0.048\n"
        "Ref 2  other branch: dog barked loudly = 0.3 x 0.6 x 0.3\n"
        f"Ref 3  0.3 x 0.6 = {product}, x 0.3 = {result}\n"
        f"Ref 4  {result} > 0.048  NOT OK for greedy\n"
        "ANSWER: no, the other branch beats greedy\n"
    )


# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a yes/no set off by a dash after the comparison (the twin says yes and got full marks)",
        "greedy-not-best",
        _NOT_BEST_HEAD + "Verdict: 0.054 > 0.048 — no, greedy's output loses\n",
        _NOT_BEST_HEAD + "Verdict: 0.048 is enough — yes, greedy's output wins\n",
        "greedy-assumed-best",
    ),
    (
        "a yes/no opening a clause on a pronoun, no comma after it",
        "greedy-is-best",
        "Greedy: the 0.6 then cat 0.7, P(the cat) = 0.42\nOthers: the dog 0.18, a cat 0.2, a dog 0.2\n"
        "Conclusion: 0.42 beats them all, yes it is the most probable\n",
        "Greedy: the 0.6 then cat 0.7, P(the cat) = 0.42\nOthers: the dog 0.18, a cat 0.2, a dog 0.2\n"
        "Conclusion: 0.2 beats it somewhere, no it is not the most probable\n",
        "decoding-verdict-wrong",
    ),
    (
        "a yes/no after a therefore sign",
        "greedy-is-best",
        _IS_BEST_HEAD + "0.42 is the largest ∴ Yes, nothing beats greedy's 0.42\n",
        _IS_BEST_HEAD + "0.42 is the largest ∴ No, something beats greedy's 0.42\n",
        "decoding-verdict-wrong",
    ),
    (
        "calculation-sheet rows: a product left unworked on one row, worked out on the next",
        "greedy-not-best",
        _sheet("0.18", "0.054"),
        _sheet("0.18", "0.064"),
        "decoded-prob-wrong",
    ),
    (
        "a terse one-line path, a remark in the last pick's bracket, its value labelled after it",
        "greedy-sam-bigram",
        "<s> -> I (p=2/3) -> am (2/3) -> </s> (1/2, a tie that the rule settles).  P = 4/9 × 1/2 = 2/9.\n",
        "<s> -> I (p=2/3) -> am (2/3) -> </s> (1/2, a tie that the rule settles).  P = 4/9 × 1/2 = 1/3.\n",
        "decoded-prob-wrong",
    ),
    (
        "a terse one-line path with a remark in a middle pick's bracket",
        "greedy-sam-bigram",
        "<s> -> I (2/3) -> am (2/3, both times after I) -> </s> (1/2).  P = 2/9\n",
        "<s> -> I (2/3) -> am (2/3, both times after I) -> Sam (1/2, a tie) -> </s> (1/2).  P = 1/9\n",
        "decoded-sequence-wrong",
    ),
]


# (problem, the answer's last line with the right yes/no, the same with the wrong one): the yes/no is not
# set off, so it is read only loosely
LOOSE = [
    (
        "greedy-not-best",
        _NOT_BEST_HEAD + "Output: the answer to the question is no because 0.054 > 0.048\n",
        _NOT_BEST_HEAD + "Output: the answer to the question is yes because each step took the max\n",
    ),
    (
        "greedy-is-best",
        _IS_BEST_HEAD + "Result: I would say yes since 0.42 is the largest\n",
        _IS_BEST_HEAD + "Result: I would say no since a cat could win\n",
    ),
]


@pytest.mark.parametrize(("problem", "right", "wrong"), LOOSE)
def test_a_loosely_read_yes_or_no_costs_nothing_if_right_and_earns_nothing_if_wrong(
    problem: str, right: str, wrong: str
) -> None:
    report = grade(problem, right)
    assert report.score == report.max_score and report.verdict == "correct" and report.needs_review
    assert errors(report) == set() and "decoding-unread" in report.codes
    twin = grade(problem, wrong)
    assert twin.verdict == "incorrect" and twin.score < twin.max_score and twin.parts["verdict"] == 0.0
    assert twin.needs_review  # no mistake is shown: a person looks at what was read loosely


def test_an_answer_that_says_neither_yes_nor_no_loses_nothing_for_it() -> None:
    report = grade("greedy-not-best", _NOT_BEST_HEAD + "So the rival beats greedy's output.\n")
    assert report.score == report.max_score and report.needs_review


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        (("a cat 0.36", "Answer: the answer is yes because 0.36 is the max"), ("yes", 2)),
        (("Output: it is no since 0.2 > 0.18", "a cat 0.2"), ("no", 1)),  # the line that states a result
        (("Answer: yes or no? no because …",), ("no", 1)),  # the question asked is not an answer
        (("Answer: no other sequence beats it",), None),  # "no" before a word is a determiner
        (("Answer: yes for the cat, no for the dog",), None),  # both: not taken
    ],
)
def test_the_loose_yes_or_no_is_read_on_the_answers_line(
    lines: tuple[str, ...], said: tuple[str, int] | None
) -> None:
    assert loose_verdict(lines) == said


@pytest.mark.parametrize(
    ("line", "blanked"),
    [
        ("Ref 3  .3 x .6 = .12", "       .3 x .6 = .12"),
        ("| Ref. 2 | a cat | 0.36 |", "|        | a cat | 0.36 |"),  # a table row stays one
        ("Ref 4 | a cat = 0.36", "        a cat = 0.36"),  # the bar after it goes too: no table row
        ("Refs are 3", "Refs are 3"),
    ],
)
def test_a_row_reference_is_blanked_column_for_column(line: str, blanked: str) -> None:
    assert row_ref_blanked(line) == blanked
