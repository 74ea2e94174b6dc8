"""Classes of correct decoding work the grader once marked down (blind-kinds15, a class writing in
JavaScript; blind-kinds16, answers written like clinical notes), each pinned by variants written for
this test, every right variant with a wrong twin still caught.

1. A step's options compared and then the pick after an arrow ("the (0.6) > a (0.4) → the"): the
   arrow was read as going on from the rival ("a the", a whole sequence named greedy's), so a right
   greedy run was charged with a wrong pick. A token set against the one before it by a comparison
   (>, <, ≥, vs) is its rival at the same step: no path goes on from it, and "greedy" said of the first
   is not said of it.
2. A bracketed remark after the hypotheses a line keeps that names the others ("a cat 0.36, the dog
   0.20 (others: the cat .175, …)"): every hypothesis on the line was read as kept, so a right beam was
   charged beam-width-wrong. A bracket that opens with words of its own and no keep word lists the
   same step's extensions the line does not keep; a bracket that opens on a hypothesis ("(a cat,
   0.36)") or says it keeps ("(also kept: …)") still lists kept ones.
3. A hypothesis that is the subject of a modal ("yes </s> (0.2) would have won without normalising"):
   in an answer with no step marked it was read as a beam kept, so a right answer whose beam is in a
   program the grader does not read was charged beam-width-wrong. What would have been is not kept;
   where no beam is read at all, the answer is sent for review (decoding-unread), not marked down.
"""

from __future__ import annotations

import pytest

from grader.core.diagnostics import REGISTRY
from grader.decoding.reader import read
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_VOCABULARY = frozenset({"the", "a", "cat", "dog"})
_IS_BEST_REST = "The rest: the dog 0.18, a cat 0.2, a dog 0.2, all lower. Yes, greedy's output is the best.\n"
_NORMALISED = "Per token: ln 0.2 / 2 = -0.805, ln 0.1575 / 3 = -0.616.\n"
_JS_BEAM = (
    "```js\n"
    "// width 2\n"
    "let beam = [['yes', 0.5], ['no', 0.3]];\n"
    "let done = [[['yes', '</s>'], 0.2]];\n"
    "done.push([['yes', 'please', '</s>'], 0.1575]);\n"
    "```\n\n"
)

_PY_BEAM = (
    "```python\n"
    "beam = {('yes',): 0.5, ('no',): 0.3}\n"
    "finished = {('yes', '</s>'): 0.2, ('yes', 'please', '</s>'): 0.1575}\n"
    "```\n\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "options compared with >, the pick after an arrow, step by step under 'greedy'",
        "greedy-is-best",
        "Greedy, token 1: the (0.6) > a (0.4) -> the\nGreedy, token 2: cat (0.7) > dog (0.3) -> cat\n"
        "Greedy output: the cat, P = 0.6 × 0.7 = 0.42\n" + _IS_BEST_REST,
        "Greedy, token 1: the (0.6) > a (0.4) -> the\nGreedy, token 2: cat (0.7) > dog (0.3) -> cat\n"
        "Greedy output: the cat, P = 0.6 × 0.7 = 0.48\n" + _IS_BEST_REST,
        "decoded-prob-wrong",
    ),
    (
        "options compared with 'vs', the pick after ⇒, the whole output at the end of the line",
        "greedy-is-best",
        "Greedy: the 0.6 vs a 0.4 ⇒ the; cat 0.7 vs dog 0.3 ⇒ cat; so the cat, 0.42.\n" + _IS_BEST_REST,
        "Greedy: a 0.4 vs the 0.6 ⇒ a; cat 0.5 vs dog 0.5 ⇒ cat; so a cat, 0.2.\n"
        "The rest: the cat 0.42, the dog 0.18, a dog 0.2. Yes, greedy's output is the best.\n",
        "decoded-sequence-wrong",
    ),
    (
        "the rival first and '≥' ('a (0.4) < the (0.6) → the'), a table of the rest",
        "greedy-is-best",
        "Greedy, step 1: a (0.4) < the (0.6) → the\nGreedy, step 2: cat (0.7) ≥ dog (0.3) → cat\n"
        "Greedy's output: the cat (0.42)\n\n| rest | P |\n|--|--|\n| the dog | 0.18 |\n| a cat | 0.2 |\n"
        "| a dog | 0.2 |\n\nYes: no other sequence beats 0.42.\n",
        "Greedy, step 1: a (0.4) < the (0.6) → the\nGreedy, step 2: cat (0.7) ≥ dog (0.3) → cat\n"
        "Greedy's output: the cat (0.42)\n\n| rest | P |\n|--|--|\n| the dog | 0.18 |\n| a cat | 0.2 |\n"
        "| a dog | 0.2 |\n\nNo: another sequence beats 0.42.\n",
        "decoding-verdict-wrong",
    ),
    (
        "a beam line with '(rest: …)' after the two it keeps",
        "beam-a-cat",
        "Step 1 keep: the 0.5, a 0.4\n"
        "Step 2 keep: a cat 0.36, the dog 0.2 (rest: the cat 0.175, the car 0.125, a dog 0.04)\n"
        "Answer: a cat, 0.36\n",
        "Step 1 keep: the 0.5, a 0.4\n"
        "Step 2 keep: a cat 0.36, the cat 0.175 (rest: the dog 0.2, the car 0.125, a dog 0.04)\n"
        "Answer: a cat, 0.36\n",
        "beam-step-wrong",
    ),
    (
        "a beam as a set, the unkept in a remark that says what they are ('(lower ones: …)')",
        "beam-a-cat",
        "t=1 beam = {the: .5, a: .4}\n"
        "t=2 beam = {a cat: .36, the dog: .20} (lower ones: the cat .175, the car .125, a dog .04)\n"
        "Returned: a cat (.36)\n",
        "t=1 beam = {the: .5, a: .4}\n"
        "t=2 beam = {a cat: .36, the dog: .20, the cat: .175} (lower ones: the car .125, a dog .04)\n"
        "Returned: a cat (.36)\n",
        "beam-width-wrong",
    ),
    (
        "the finished hypothesis, then the beam, then '(next: …)' after it, with an end token",
        "beam-length-normalised",
        "Step 1: yes 0.5, no 0.3\n"
        "Step 2: yes </s> 0.2 (finished), yes please 0.175 (next: no thanks 0.15, yes indeed 0.125)\n"
        "Step 3: yes please </s> 0.1575 (finished)\n" + _NORMALISED + "Answer: yes please </s>, P = 0.1575\n",
        "Step 1: yes 0.5, no 0.3\n"
        "Step 2: yes </s> 0.2 (finished), yes please 0.175 (next: no thanks 0.15, yes indeed 0.125)\n"
        "Step 3: yes please </s> 0.1575 (finished)\n" + _NORMALISED + "Answer: yes </s>, P = 0.2\n",
        "length-normalisation-mismatch",
    ),
    (
        "the beam kept in a Python program, what would have won said after the answer",
        "beam-length-normalised",
        _PY_BEAM + _NORMALISED + "Answer: yes please </s>, P = 0.1575\n"
        "yes </s> (0.2) would have won on raw probability.\n",
        _PY_BEAM + _NORMALISED + "Answer: yes </s>, P = 0.2\n"
        "yes please </s> (0.1575) would have lost on raw probability.\n",
        "length-normalisation-mismatch",
    ),
    (
        "what a wider beam might have kept, written after the answer",
        "beam-a-cat",
        "the 0.5, a 0.4\na cat 0.36, the dog 0.2\nAnswer: a cat, 0.36\n"
        "the cat 0.175 might have stayed with a wider beam.\n",
        "the 0.5, a 0.4\na cat 0.36, the cat 0.175\nAnswer: a cat, 0.36\n"
        "the dog 0.2 might have stayed with a wider beam.\n",
        "beam-step-wrong",
    ),
    (
        "the beam kept in a program's variables, a remark on what would have won after the answer",
        "beam-length-normalised",
        _JS_BEAM + "Normalised: ln(0.2)/2 = -0.805, ln(0.1575)/3 = -0.616, so beam search returns "
        "**yes please </s>**, P = 0.1575.\n(Unnormalised, yes </s> at 0.2 would have won.)\n",
        _JS_BEAM + "Normalised: ln(0.2)/2 = -0.805, ln(0.1575)/3 = -0.616, so beam search returns "
        "**yes </s>**, P = 0.2.\n(Unnormalised, yes please </s> at 0.1575 would have lost.)\n",
        "length-normalisation-mismatch",
    ),
]


# the right variants and their twins are checked with every round's in tests/test_decoding_classes.py


@pytest.mark.parametrize(
    ("line", "read_as"),
    [
        # a rival and the pick after the arrow: three runs, no path "a the"
        ("Greedy: the (0.6) > a (0.4) → the", [(("the",), True), (("a",), False), (("the",), True)]),
        ("Greedy: a 0.4 vs the 0.6 ⇒ a", [(("a",), True), (("the",), False), (("a",), True)]),
        # a path written with arrows is still one path, greedy's throughout
        ("Greedy: the (0.6) → cat (0.7)", [(("the", "cat"), True)]),
    ],
)
def test_a_compared_rival_is_no_step_of_a_path(
    line: str, read_as: list[tuple[tuple[str, ...], bool]]
) -> None:
    hyps = read(line, _VOCABULARY).hyps
    assert [(h.tokens, h.greedy) for h in hyps] == read_as


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        ("Step 2 beam: a cat 0.36, the dog 0.2 (others: the cat 0.175)", ["kept", "kept", "candidate"]),
        ("Step 2 beam: a cat 0.36 (vs the cat 0.175), the dog 0.2", ["kept", "candidate", "kept"]),
        ("Step 2 beam: (a cat, 0.36), (the dog, 0.2)", ["kept", "kept"]),  # tuples open on a hypothesis
        ("Step 2 beam: a cat 0.36, the dog 0.2 (also kept: the cat 0.175)", ["kept", "kept", "kept"]),
        (
            "Step 2 beam: a cat 0.36 (parent: a 0.4), the dog 0.2",
            ["kept", "kept", "kept"],
        ),  # a step-1 one: not this step
        (
            "Step 2 beam: a cat 0.36, the dog 0.2; the cat 0.175 would have been next",
            ["kept", "kept", "candidate"],
        ),
    ],
)
def test_what_a_line_keeps_beside_its_remarks(line: str, roles: list[str]) -> None:
    assert [h.role for h in read(line, _VOCABULARY).hyps] == roles


def test_a_beam_the_grader_cannot_read_is_sent_for_review_not_marked_down() -> None:
    """The beam is kept in a program's variables: no beam is read, which is a warning, not an error."""
    right = CASES[-1][2]
    report = grade("beam-length-normalised", right)
    unread = [d for d in report.diagnostics if d.code == "decoding-unread"]
    assert unread and all(REGISTRY[d.code].severity == "warning" for d in unread)
    assert errors(report) == set() and report.score == report.max_score


@pytest.mark.parametrize(
    ("name", "line", "code"),
    [
        (
            "a bracket that opens on a hypothesis lists kept ones: a third is too many",
            "Step 1: the 0.5, a 0.4\nStep 2 beam: (a cat, 0.36), (the dog, 0.2), (the cat, 0.175)\n"
            "Answer: a cat, 0.36\n",
            "beam-width-wrong",
        ),
        (
            "a remark that says it keeps lists kept ones: a third is too many",
            "Step 1: the 0.5, a 0.4\nStep 2 beam: a cat 0.36, the dog 0.2 (also kept: the cat 0.175)\n"
            "Answer: a cat, 0.36\n",
            "beam-width-wrong",
        ),
        (
            "a sentence that keeps hypotheses still gives its step, 'would' in it or not",
            "Step 1: keep the 0.5, a 0.4\nStep 2: keep a cat 0.36 and the cat 0.175, which would be the top two.\n"
            "Answer: a cat, 0.36\n",
            "beam-step-wrong",
        ),
        (
            "a token compared with its rival is still charged when the pick is the rival",
            "Greedy: the (0.6) > a (0.4) → a; then cat (0.5) → a cat, 0.2.\n"
            "The rest: the cat 0.42, the dog 0.18, a dog 0.2. Yes, greedy's output is the best.\n",
            "decoded-sequence-wrong",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and "\n" not in v and len(v) > 20 else None,
)
def test_what_the_new_readings_leave_alone_stays_caught(name: str, line: str, code: str) -> None:
    problem = "greedy-is-best" if "Greedy" in line else "beam-a-cat"
    assert code in errors(grade(problem, line)), name
