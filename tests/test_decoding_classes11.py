"""Classes of correct decoding work the grader once marked down (blind-kinds17, answers written like a
data-journalism piece: a headline, a lede, a nut graf, then the working), each pinned by variants
written for this test, every right variant with a wrong twin still caught.

1. A nut graf that explains the result in prose before the working and names a token as a word, in
   quotes and with no score, where the sentence ends ("Keeping a runner-up alive lets the search see
   that "a" leads to a near-certain "cat"."): its keep word opened a step and the quoted token was read
   as a hypothesis kept there, so a right beam was charged beam-step-wrong. A lone token with no score
   straight after an ordinary word, past its quote marks, is a word the sentence talks about, as it
   already was unquoted; a quoted token with a score, or one a keep word or a list leads to
   ("keep "the" and "a"", 'Beam: "the", "a"'), is still read.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read

_STEPS = (
    "Step 1: the 0.5, a 0.4, one 0.1 → keep the (0.5), a (0.4).\n"
    "Step 2: the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04 → keep a cat (0.36), "
    "the dog (0.20).\n"
    "Return: a cat, 0.36.\n"
)
_STEPS_WRONG = (
    "Step 1: the 0.5, a 0.4, one 0.1 → keep the (0.5), a (0.4).\n"
    "Step 2: the dog 0.20, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04 → keep a cat (0.36), "
    "the cat (0.175).\n"
    "Return: a cat, 0.36.\n"
)
_LEDE = '# Beam search finds the cat greedy missed\n\n**Lede:** width 2 returns "a cat" at 0.36.\n\n'

# (class, problem, right variant, wrong twin, the code the twin must carry): run by
# tests/test_decoding_classes.py with every round's table
CASES = [
    (
        "a nut graf before the working: 'keeping' a runner-up, a quoted token ends the sentence",
        "beam-a-cat",
        _LEDE
        + '**Nut graf:** keeping a runner-up alive lets the search see that "a" leads to a near-certain '
        '"cat".\n\n' + _STEPS,
        _LEDE
        + '**Nut graf:** keeping a runner-up alive lets the search see that "a" leads to a near-certain '
        '"cat".\n\n' + _STEPS_WRONG,
        "beam-step-wrong",
    ),
    (
        "why it matters, 'keeps' a spare, curly quotes round the token",
        "beam-a-cat",
        "Why it matters: because the beam keeps a spare, the search sees that “a” opens onto a likely “cat”.\n"
        + _STEPS,
        "Why it matters: because the beam keeps a spare, the search sees that “a” opens onto a likely “cat”.\n"
        + _STEPS_WRONG,
        "beam-step-wrong",
    ),
    (
        "'kept' in a clause of its own, the token after 'to' at the end of the line",
        "beam-a-cat",
        'The beam kept the runner-up, and the runner-up turned out to lead to "cat"\n' + _STEPS,
        'The beam kept the runner-up, and the runner-up turned out to lead to "cat"\n'
        + _STEPS.replace("a cat, 0.36.", "a cat, 0.40."),
        "decoded-prob-wrong",
    ),
    (
        "'two hypotheses kept' in a headline-style sentence, single quotes round the token",
        "beam-a-cat",
        "With two hypotheses kept, the search finds out that 'a' is nearly always followed by 'cat'.\n\n"
        + _STEPS,
        "With two hypotheses kept, the search finds out that 'a' is nearly always followed by 'cat'.\n\n"
        + _STEPS.replace("Return: a cat, 0.36.", "Return: the dog, 0.20."),
        "decoded-sequence-wrong",
    ),
]

_VOCABULARY = frozenset({"the", "a", "one", "cat", "dog", "car"})

# (line, the tokens of the hypotheses read on it)
READ = [
    # named as words in a sentence, quoted, no score: none is a hypothesis
    ('Keeping a runner-up alive lets the search see that "a" leads to a near-certain "cat".', []),
    ("Holding two lets the search learn that after “the” comes a lukewarm “dog”.", []),
    # a keep word or a list leads to the quoted tokens, or they carry a score: still read
    ('Step 1: keep "the" (0.5) and "a" (0.4).', [("the",), ("a",)]),
    ('Beam after step 1: "the", "a"', [("the",), ("a",)]),
    ('Step 1 survivors "the" (0.5), "a" (0.4)', [("the",), ("a",)]),
    ('Step 2: keep "a cat" and "the dog".', [("a", "cat"), ("the", "dog")]),
    # a quoted token that labels the expansions after it, or that a copula states, is still read
    ('Step 2: from "the": dog 0.20, cat 0.175', [("the",), ("dog",), ("cat",)]),
    ('Step 1: the best is "the", then "a".', [("the",), ("a",)]),
]


@pytest.mark.parametrize(("line", "tokens"), READ)
def test_which_quoted_tokens_are_read(line: str, tokens: list[tuple[str, ...]]) -> None:
    assert [h.tokens for h in read(line, _VOCABULARY).hyps] == tokens
