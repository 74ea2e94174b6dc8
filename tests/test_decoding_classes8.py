"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds12 and blind-kinds13: answers
written like an economics master's course and a linguistics department), each pinned by variants
written for this test, every right variant with a wrong twin still caught.

1. A fraction that ends a sentence ("P = 2/3 · 2/3 · 1/2 = 2/9."): the full stop after it made the
   fraction unread, so its numerator alone (2) was taken as the probability.
2. LaTeX that dresses a token: inline verbatim (\\verb|</s>|) and the text fonts the shared undressing
   does not name (\\textsc, \\textsl, \\textup, \\textmd): the end token was cut from its sequence.
3. A list of candidates that runs on to the next line after a trailing comma: the second line's
   extensions were read as the beam, so a right beam was charged with too many hypotheses.
4. Keeping said in prose around the listing: "the top two are …" ends a listing of candidates as
   "top 2" does, "maybe (0.2) is out" drops a hypothesis as "dropped" does, and a "Keep" that ends a
   line keeps the hypotheses that open the next one.
5. "greedy's output is not the most probable: the dog …": a sequence after a denial is the one that
   beats greedy's, not greedy's output.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import plain, read
from tests.test_decoding_reader2 import _question

_BEAM_END = "Per token: ln(0.2)/2 = -0.805, ln(0.1575)/3 = -0.616. Returns yes please </s>, P = 0.1575.\n"
_GREEDY = "Greedy: cat (0.4), then sat (0.4), then down (0.3): cat sat down, 0.4 × 0.4 × 0.3 = 0.048.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a fraction ending the sentence that gives the probability",
        "greedy-sam-bigram",
        "Greedy output: I am </s>, probability 2/3 × 2/3 × 1/2 = 2/9.\n",
        "Greedy output: I am </s>, probability 2/3 × 2/3 = 4/9.\n",
        "decoded-prob-wrong",
    ),
    (
        "a fraction ending the sentence, the sequence named with P",
        "greedy-sam-bigram",
        "Greedy picks I, am, then </s>. P(I am </s>) = 2/9.\n",
        "Greedy picks I, am, then </s>. P(I am </s>) = 1/3.\n",
        "decoded-prob-wrong",
    ),
    (
        "\\verb|</s>| and \\textsc around the tokens of a beam",
        "beam-length-normalised",
        "Step 1: \\textsc{yes} 0.5, \\textsc{no} 0.3.\n"
        "Step 2: \\textsc{yes} \\verb|</s>| 0.2 (finished), \\textsc{yes please} 0.175.\n"
        "Step 3: \\textsc{yes please} \\verb+</s>+ 0.1575 (finished).\n" + _BEAM_END,
        "Step 1: \\textsc{yes} 0.5, \\textsc{no} 0.3.\n"
        "Step 2: \\textsc{yes} \\verb|</s>| 0.2 (finished), \\textsc{no thanks} 0.15.\n"
        "Step 3: \\textsc{yes please} \\verb+</s>+ 0.1575 (finished).\n" + _BEAM_END,
        "beam-step-wrong",
    ),
    (
        "\\textsl tokens in a beam over two steps",
        "beam-a-cat",
        "Step 1: \\textsl{the} 0.5, \\textsl{a} 0.4\nStep 2: \\textsl{a} \\textsl{cat} 0.36, \\textsl{the dog} 0.2\n"
        "Returns \\textsl{a cat}, P = 0.36\n",
        "Step 1: \\textsl{the} 0.5, \\textsl{a} 0.4\nStep 2: \\textsl{a} \\textsl{cat} 0.36, \\textsl{a dog} 0.04\n"
        "Returns \\textsl{a cat}, P = 0.36\n",
        "beam-step-wrong",
    ),
    (
        "candidates listed over two lines after a trailing comma, then the ones kept",
        "beam-a-cat",
        "Step 1: the 0.5, a 0.4 kept.\nStep 2 candidates: a cat 0.36, the dog 0.2,\n"
        "the cat 0.175, the car 0.125, a dog 0.04.\nKept: a cat 0.36 and the dog 0.2.\nReturns a cat, P = 0.36\n",
        "Step 1: the 0.5, a 0.4 kept.\nStep 2 candidates: a cat 0.36, the dog 0.2,\n"
        "the cat 0.175, the car 0.125, a dog 0.04.\nKept: a cat 0.36 and the cat 0.175.\nReturns a cat, P = 0.36\n",
        "beam-step-wrong",
    ),
    (
        "candidates wrapped after a comma in a beam with an end token",
        "beam-length-normalised",
        "Step 1: yes 0.5, no 0.3 (maybe 0.2 pruned).\nStep 2 candidates: yes </s> 0.2, yes please 0.175,\n"
        "no thanks 0.15, yes indeed 0.125, no </s> 0.045.\nKept: yes </s> 0.2 (finished) and yes please 0.175.\n"
        "Step 3: yes please </s> 0.1575 (finished).\n" + _BEAM_END,
        "Step 1: yes 0.5, no 0.3 (maybe 0.2 pruned).\nStep 2 candidates: yes </s> 0.2, yes please 0.175,\n"
        "no thanks 0.15, yes indeed 0.125, no </s> 0.045.\nKept: yes </s> 0.2 (finished), yes please 0.175 and "
        "no thanks 0.15.\nStep 3: yes please </s> 0.1575 (finished).\n" + _BEAM_END,
        "beam-width-wrong",
    ),
    (
        '"the top two are" after a listing of every extension',
        "beam-a-cat",
        "Step 1: the 0.5, a 0.4 kept.\nStep 2, every extension:\n"
        "  a cat 0.36, the dog 0.2, the cat 0.175, a dog 0.04\nThe top two are a cat (0.36) and the dog (0.2).\n"
        "Returns a cat, P = 0.36\n",
        "Step 1: the 0.5, a 0.4 kept.\nStep 2, every extension:\n"
        "  a cat 0.36, the dog 0.2, the cat 0.175, a dog 0.04\nThe top two are a cat (0.36) and the cat (0.175).\n"
        "Returns a cat, P = 0.36\n",
        "beam-step-wrong",
    ),
    (
        '"is out" after the hypothesis a step drops',
        "beam-a-cat",
        "Step 1: the (0.5) and a (0.4) stay, one (0.1) is out.\nStep 2: a cat 0.36, the dog 0.2\n"
        "Returns a cat, P = 0.36\n",
        "Step 1: the (0.5) and one (0.1) stay, a (0.4) is out.\nStep 2: the cat 0.35, the dog 0.2\n"
        "Returns the cat, P = 0.35\n",
        "beam-step-wrong",
    ),
    (
        '"Keep" ending a line keeps the hypothesis that opens the next',
        "beam-length-normalised",
        "Step 1: yes 0.5, no 0.3\nStep 2: yes </s> 0.2 (finished), yes please 0.175\n"
        "Step 3: yes please </s> = 0.175 × 0.9 = 0.1575, yes please now = 0.0175. Keep\n"
        "yes please </s>, which finishes.\n" + _BEAM_END,
        "Step 1: yes 0.5, no 0.3\nStep 2: yes </s> 0.2 (finished), yes please 0.175\n"
        "Step 3: yes please </s> = 0.175 × 0.9 = 0.1575, yes please now = 0.0175. Keep\n"
        "yes please now, which goes on.\n" + _BEAM_END,
        "beam-width-wrong",
    ),
    (
        "the sequence after \"greedy's output is not the most probable:\" beats greedy's",
        "greedy-not-best",
        "**Greedy**\n- step 1: cat 0.4\n- step 2: sat 0.4\n- step 3: down 0.3\n\n"
        "⇒ cat sat down, 0.4 × 0.4 × 0.3 = 0.048\n\nNo. Greedy's output is not the most probable: "
        '"dog barked loudly" (0.3 × 0.6 × 0.3 = 0.054) beats "cat sat down".\n',
        "Greedy search gives cat sat still, 0.4 × 0.4 × 0.25 = 0.04.\n\nNo. Greedy's output is not the most "
        'probable: "dog barked loudly" (0.3 × 0.6 × 0.3 = 0.054) beats "cat sat still".\n',
        "decoded-sequence-wrong",
    ),
    (
        "greedy's result \"isn't optimal\": the sequence after it beats greedy's",
        "greedy-not-best",
        "Greedy path: cat 0.4, sat 0.4, down 0.3\n\n=> cat sat down with probability 0.048\n\n"
        "No - greedy's result isn't optimal: dog barked loudly (0.054) beats it.\n",
        "Greedy path: cat 0.4, sat 0.4, down 0.3\n\n=> cat sat down with probability 0.048\n\n"
        "No - greedy's result isn't optimal: dog barked loudly (0.045) beats it.\n",
        "decoded-prob-wrong",
    ),
    (
        'greedy "doesn\'t" find the sequence named after it',
        "greedy-not-best",
        _GREEDY + "No: greedy doesn't find dog barked loudly, 0.054 > 0.048.\n",
        _GREEDY + "No: greedy doesn't find dog barked loudly, 0.045 > 0.048.\n",
        "decoded-prob-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("\\textsc{yes} \\verb|</s>| 0.2", "yes </s>"),
        ("\\verb*+</s>+ alone", "</s>"),
        ("\\textup{the} \\textmd{cat}", "the cat"),
        ("\\verb is not closed", "\\verb is not closed"),  # no delimiter pair: left as written
    ],
)
def test_dressing_around_tokens_is_undone_column_for_column(line: str, expected: str) -> None:
    out = plain(line)
    assert len(out) == len(line)
    assert expected in " ".join(out.split())


def test_a_denial_between_greedy_and_a_sequence_does_not_name_it_greedys() -> None:
    vocabulary = _question("greedy-not-best").problem.vocabulary
    said = read("greedy's output is not the most probable: dog barked loudly (0.054)", vocabulary).hyps
    named = read("greedy's output is the sequence cat sat down (0.048)", vocabulary).hyps
    assert [h.greedy for h in said] == [False]
    assert [h.greedy for h in named] == [True]


def test_a_verdict_restating_a_wrong_value_is_charged_where_the_value_is_first_written() -> None:
    from tests.test_decoding_reader2 import grade

    text = _GREEDY + "dog barked loudly: 0.6 × 0.3 = 0.18\n\nNo, dog barked loudly (0.18) beats it.\n"
    report = grade("greedy-not-best", text)
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == [
        ("decoded-prob-wrong", 2)
    ]
