"""Classes of correct decoding work the grader once marked down, each with a wrong twin still caught.

Every row is an answer written for this test (not taken from a corpus). A class is a way of writing
(or of searching) that the reader or the checker misjudged: a count read as a score, "greedy" carried
past the end of its clause, greedy's picks named one by one, extra sequences checked "to be sure", a
table cell with a remark beside the sequence, a result line that repeats a kept hypothesis, a
finished hypothesis set apart from the beam that goes on, a line that lists candidates and then the
ones kept, a drop said after the hypothesis, "the two best are" in prose beside what "would have"
been next, "kept" written after what it keeps, a line led by an arrow that keeps hypotheses, a
line that marks the ones it keeps one by one ("(kept)", a tick) among unmarked extensions. The
right variant must get full marks with no error; its twin, the same writing with one real mistake,
must still be charged with the code naming the mistake.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read
from tests.test_decoding_classes2 import CASES as SECOND_CASES
from tests.test_decoding_classes3 import CASES as THIRD_CASES
from tests.test_decoding_classes4 import CASES as FOURTH_CASES
from tests.test_decoding_classes5 import CASES as FIFTH_CASES
from tests.test_decoding_classes6 import CASES as SIXTH_CASES
from tests.test_decoding_classes7 import CASES as SEVENTH_CASES
from tests.test_decoding_classes8 import CASES as EIGHTH_CASES
from tests.test_decoding_classes9 import CASES as NINTH_CASES
from tests.test_decoding_classes10 import CASES as TENTH_CASES
from tests.test_decoding_classes11 import CASES as ELEVENTH_CASES
from tests.test_decoding_classes12 import CASES as TWELFTH_CASES
from tests.test_decoding_classes13 import CASES as THIRTEENTH_CASES
from tests.test_decoding_classes14 import CASES as FOURTEENTH_CASES
from tests.test_decoding_classes15 import CASES as FIFTEENTH_CASES
from tests.test_decoding_classes16 import CASES as SIXTEENTH_CASES
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a count with its unit after the sequence is not its score",
        "greedy-sam-bigram",
        "Output: <s> I am </s> (2 words and the end token, 3 steps)\nP = 2/3 · 2/3 · 1/2 = 2/9\n",
        "Output: <s> I am </s> (2 words and the end token, 3 steps)\nP = 2/3 · 2/3 = 4/9\n",
        "decoded-prob-wrong",
    ),
    (
        "a count right after the sequence, its probability two lines below",
        "greedy-sam-bigram",
        "Greedy gives I am </s> (3 tokens).\n\nIts probability: 2/3 × 2/3 × 1/2 ≈ 0.222\n",
        "Greedy gives I am </s> (3 tokens).\n\nIts probability: 2/3 × 2/3 × 1/2 ≈ 0.333\n",
        "decoded-prob-wrong",
    ),
    (
        '"greedy" ends with its clause: "greedy = …; no, …" names only the first sequence',
        "greedy-not-best",
        "Answer: greedy = cat sat down (0.048); no, dog barked loudly (0.054) beats it.\n",
        "Answer: greedy = cat sat down (0.048); no, dog barked loudly (0.064) beats it.\n",
        "decoded-prob-wrong",
    ),
    (
        '"greedy" ends with its sentence: a token named in the next sentence is not its output',
        "greedy-not-best",
        "cat sat down: 0.4 × 0.4 × 0.3 = 0.048\ndog barked loudly: 0.3 × 0.6 × 0.3 = 0.054\n"
        'No, greedy\'s output is not the best. The token after "dog" is likely (0.6), which pays '
        'for "dog" losing the first step.\n',
        "cat sat down: 0.4 × 0.4 × 0.3 = 0.048\ndog barked loudly: 0.3 × 0.6 × 0.3 = 0.054\n"
        'Yes, greedy\'s output is the best. The token after "dog" is likely (0.6), but not enough.\n',
        "greedy-assumed-best",
    ),
    (
        "greedy's picks named one token at a time before its output",
        "greedy-is-best",
        "Greedy: first pick the (0.6 > 0.4), second pick cat (0.7 > 0.3).\nOutput: the cat, 0.42\n"
        "Others: the dog 0.18, a cat 0.2, a dog 0.2. So yes.\n",
        "Greedy: first pick the (0.6 > 0.4), second pick dog (0.3).\nOutput: the dog, 0.18\n"
        "Others: the cat 0.42, a cat 0.2, a dog 0.2. So yes.\n",
        "decoded-sequence-wrong",
    ),
    (
        "the sequence that beats greedy's, then lower ones checked to be sure",
        "greedy-not-best",
        "greedy: cat sat down = 0.048\nNo: dog barked loudly = 0.054 is higher.\n"
        "Also checked: dog barked again = 0.045, cat sat still = 0.04.\n",
        "greedy: cat sat down = 0.048\nNo: dog barked again = 0.045 is higher.\n"
        "Also checked: cat sat still = 0.04.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a table row with a remark in the sequence's cell, its probability in the next",
        "greedy-is-best",
        "| sequence | P |\n|---|---|\n| the cat (greedy's) | 0.42 |\n| the dog | 0.18 |\n"
        "| a cat | 0.2 |\n| a dog | 0.2 |\n\nYes: greedy's output the cat is the most probable.\n",
        "| sequence | P |\n|---|---|\n| the cat (greedy's) | 0.48 |\n| the dog | 0.18 |\n"
        "| a cat | 0.2 |\n| a dog | 0.2 |\n\nYes: greedy's output the cat is the most probable.\n",
        "decoded-prob-wrong",
    ),
    (
        "a yes that compares greedy's output with no other sequence",
        "greedy-is-best",
        "Greedy: the (0.6), then cat (0.7): the cat, 0.6 × 0.7 = 0.42.\n"
        "Every other sequence: the dog 0.18, a cat 0.2, a dog 0.2, all below 0.42. Yes.\n",
        "Greedy: the (0.6), then cat (0.7): the cat, 0.6 × 0.7 = 0.42.\n"
        "Yes: each of its factors is the largest, so the product is the largest.\n",
        "greedy-assumed-best",
    ),
    (
        "the best hypothesis named again after the step that kept it",
        "beam-a-cat",
        "Step 1 candidates: the 0.5, a 0.4, one 0.1. Keep: the 0.5, a 0.4\n"
        "Step 2 candidates: the dog 0.2, the cat 0.175, a cat 0.36, a dog 0.04\n"
        "Keep: a cat 0.36, the dog 0.2\nBest of the last beam: a cat, 0.36\n",
        "Step 1 candidates: the 0.5, a 0.4, one 0.1. Keep: the 0.5, a 0.4\n"
        "Step 2 candidates: the dog 0.2, the cat 0.175, a cat 0.36, a dog 0.04\n"
        "Keep: a cat 0.36, the dog 0.2, the cat 0.175\nBest of the last beam: a cat, 0.36\n",
        "beam-width-wrong",
    ),
    (
        "a finished hypothesis set apart from the beam that goes on",
        "beam-length-normalised",
        "Step 1: keep yes 0.5, no 0.3\n"
        "Step 2: yes </s> 0.2, yes please 0.175, no thanks 0.15, no way 0.105\n"
        "yes </s> has ended, so beam = {yes please: 0.175}\n"
        "Step 3: keep yes please </s> 0.1575\n"
        "Normalised: ln 0.2 / 2 = -0.805, ln 0.1575 / 3 = -0.616\nAnswer: yes please </s>, P = 0.1575\n",
        "Step 1: keep yes 0.5, no 0.3\n"
        "Step 2: yes </s> 0.2, yes please 0.175, no thanks 0.15, no way 0.105\n"
        "yes </s> has ended, so beam = {no way: 0.105}\n"
        "Step 3: keep no way </s> 0.105\n"
        "Normalised: ln 0.2 / 2 = -0.805, ln 0.105 / 3 = -0.751\nAnswer: yes </s>, P = 0.2\n",
        "beam-step-wrong",
    ),
    (
        "a line that lists the candidates, then again the ones kept",
        "beam-a-cat",
        "Step 1: the 0.5, a 0.4, one 0.1 => {the 0.5, a 0.4}\n"
        "Step 2: the dog 0.2, the cat 0.175, a cat 0.36 => {a cat 0.36, the dog 0.2}\n"
        "Answer: a cat, 0.36\n",
        "Step 1: the 0.5, a 0.4, one 0.1 => {the 0.5, one 0.1}\n"
        "Step 2: the dog 0.2, the cat 0.175, one dog 0.05 => {the dog 0.2, the cat 0.175}\n"
        "Answer: the dog, 0.2\n",
        "beam-step-wrong",
    ),
    (
        "a hypothesis said to fall off after its score",
        "beam-a-cat",
        'Step 1: "the" (0.5) and "a" (0.4) make the beam, "one" (0.1) falls off.\n'
        "Step 2: keep a cat 0.36 and the dog 0.2\nAnswer: a cat, 0.36\n",
        'Step 1: "the" (0.5) and "one" (0.1) make the beam, "a" (0.4) falls off.\n'
        "Step 2: keep the dog 0.2 and the cat 0.175\nAnswer: the dog, 0.2\n",
        "beam-step-wrong",
    ),
    (
        "prose: 'the two best are …', and what would have come next is not kept",
        "beam-a-cat",
        'First "the" (0.5) and "a" (0.4) form the beam and "one" (0.1) drops out. Extending them, the two '
        'best are "a cat" at 0.4 × 0.9 = 0.36 and "the dog" at 0.5 × 0.4 = 0.2 (next would have been '
        '"the cat" at 0.175).\n\nAnswer: "a cat", probability 0.36.\n',
        'First "the" (0.5) and "a" (0.4) form the beam and "one" (0.1) drops out. Extending them, the two '
        'best are "a cat" at 0.4 × 0.9 = 0.36 and "the cat" at 0.5 × 0.35 = 0.175 (next would have been '
        '"the dog" at 0.2).\n\nAnswer: "a cat", probability 0.36.\n',
        "beam-step-wrong",
    ),
    (
        "'kept' written after the hypotheses it keeps, the rest said to fall out",
        "beam-a-cat",
        "t=1: keep the (0.5), a (0.4); one (0.1) is pruned\n"
        "t=2: a cat = 0.36, the dog = 0.20 are kept; the cat = 0.175 falls out\nAnswer: a cat, P = 0.36\n",
        "t=1: keep the (0.5), a (0.4); one (0.1) is pruned\n"
        "t=2: a cat = 0.36, the cat = 0.175 are kept; the dog = 0.20 falls out\nAnswer: a cat, P = 0.36\n",
        "beam-step-wrong",
    ),
    (
        "a kept listing with no candidates, then its best named on the next line",
        "beam-a-cat",
        "Step 1: keep the 0.5, a 0.4\nStep 2: keep a cat 0.36, the dog 0.2\nBest in the beam: a cat 0.36\n",
        "Step 1: keep the 0.5, a 0.4\nStep 2: keep a cat 0.36, the dog 0.2, the cat 0.175\n"
        "Best in the beam: a cat 0.36\n",
        "beam-width-wrong",
    ),
    (
        "a line led by an arrow that keeps hypotheses is a step, not the result",
        "beam-length-normalised",
        "Step 1: yes 0.5, no 0.3 (maybe 0.2 dropped)\n"
        "Step 2: yes </s> 0.2, yes please 0.175, no thanks 0.15, no </s> 0.045\n"
        "→ keep yes </s> (finished) and yes please; the width becomes 1\n"
        "Step 3: yes please </s> 0.1575\nAnswer: yes please </s>, 0.1575 (ln/len -0.616 beats -0.805)\n",
        "Step 1: yes 0.5, no 0.3 (maybe 0.2 dropped)\n"
        "Step 2: yes </s> 0.2, yes please 0.175, no thanks 0.15, no </s> 0.045\n"
        "→ keep yes </s> (finished) and no </s> (finished); the beam is empty\n"
        "Answer: yes </s>, 0.2\n",
        "beam-step-wrong",
    ),
    (
        "a keep word after a listing that was read only in part starts the listing kept",
        "beam-a-cat",
        "Step 1: first tokens are the (0.5), a (0.4), one (0.1). Beam keeps: the 0.5, a 0.4.\n"
        "Step 2: keep a cat 0.36, the dog 0.20.\n"
        "Answer: a cat, 0.36\n",
        "Step 1: first tokens are the (0.5), a (0.4), one (0.1). Beam keeps: the 0.5, one 0.1.\n"
        "Step 2: keep the dog 0.20, the cat 0.175.\n"
        "Answer: the dog, 0.20\n",
        "beam-step-wrong",
    ),
    (
        "a table whose kept column crosses out the dropped rows",
        "beam-a-cat",
        "Step 1\n| prefix | P | kept |\n|---|---|---|\n| the | 0.5 | ✓ |\n| a | 0.4 | ✓ |\n| one | 0.1 | ✗ |\n\n"
        "Step 2\n| prefix | P | kept |\n|---|---|---|\n| a cat | 0.36 | ✓ |\n| the dog | 0.20 | ✓ |\n"
        "| the cat | 0.175 | ✘ |\n\nAnswer: a cat, 0.36\n",
        "Step 1\n| prefix | P | kept |\n|---|---|---|\n| the | 0.5 | ✓ |\n| a | 0.4 | ✗ |\n| one | 0.1 | ✓ |\n\n"
        "Step 2\n| prefix | P | kept |\n|---|---|---|\n| the dog | 0.20 | ✓ |\n| the cat | 0.175 | ✓ |\n"
        "| one dog | 0.05 | ✘ |\n\nAnswer: the dog, 0.20\n",
        "beam-step-wrong",
    ),
    (
        "hypotheses crossed out on a line with the ones kept",
        "beam-a-cat",
        "Step 1: the 0.5 ✓, a 0.4 ✓, one 0.1 ✗\nStep 2: a cat 0.36 ✓, the dog 0.20 ✓, the cat 0.175 ✗\n"
        "Answer: a cat, 0.36\n",
        "Step 1: the 0.5 ✓, a 0.4 ✗, one 0.1 ✓\nStep 2: the dog 0.20 ✓, the cat 0.175 ✓, one dog 0.05 ✗\n"
        "Answer: the dog, 0.20\n",
        "beam-step-wrong",
    ),
    (
        "a count of an n-gram in the corpus, c(am </s>), is no hypothesis",
        "greedy-sam-bigram",
        "Greedy: <s> I am </s>, P = 2/3 · 2/3 · 1/2 = 2/9\nFrom the counts: c(<s> I) = 2, c(I am) = 2, c(am </s>) = 1.\n",
        "Greedy: <s> I am Sam </s>, P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nFrom the counts: c(<s> I) = 2, c(I am) = 2, "
        "#(am </s>) = 1.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a boxed sequence is the answer, whatever is compared after it",
        "greedy-sam-bigram",
        "$$\\boxed{\\langle s\\rangle\\ \\text{I am}\\ \\langle/s\\rangle}, \\quad P = 2/9$$\n"
        "Another path, I am Sam </s>, has P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9, less.\n",
        "$$\\boxed{\\langle s\\rangle\\ \\text{I am Sam}\\ \\langle/s\\rangle}, \\quad P = 1/9$$\n"
        "Another path, I am </s>, has P = 2/3 · 2/3 · 1/2 = 2/9, more.\n",
        "decoded-sequence-wrong",
    ),
]


# every round's classes (the later files hold their own tables and further tests), one contract
ALL_CASES = (
    CASES
    + SECOND_CASES
    + THIRD_CASES
    + FOURTH_CASES
    + FIFTH_CASES
    + SIXTH_CASES
    + SEVENTH_CASES
    + EIGHTH_CASES
    + NINTH_CASES
    + TENTH_CASES
    + ELEVENTH_CASES
    + TWELFTH_CASES
    + THIRTEENTH_CASES
    + FOURTEENTH_CASES
    + FIFTEENTH_CASES
    + SIXTEENTH_CASES
)


@pytest.mark.parametrize(
    ("label", "problem", "right", "wrong", "code"), ALL_CASES, ids=[c[0] for c in ALL_CASES]
)
def test_right_variant_full_marks_and_wrong_twin_caught(
    label: str, problem: str, right: str, wrong: str, code: str
) -> None:
    report = grade(problem, right)
    assert (report.verdict, errors(report)) == ("correct", set()), [d.message for d in report.diagnostics]
    assert report.score == report.max_score
    twin = grade(problem, wrong)
    assert twin.verdict == "incorrect" and code in errors(twin), [d.message for d in twin.diagnostics]


# A yes whose comparison is written but not in a form the reader ties to sequences is not charged:
# a bound on the other sequences, or their values, is a comparison the grader cannot show is absent.
COMPARED_UNREAD = [
    "Greedy: the (0.6), then cat (0.7): the cat, 0.42.\n"
    "Anything starting with the other first token is at most 0.4 < 0.42, and the other one after "
    "the first pick gives 0.18. Yes.\n",
    "Greedy: the cat with 0.6 × 0.7 = 0.42. The rest come to 0.18, 0.2 and 0.2. Yes.\n",
]


@pytest.mark.parametrize("text", COMPARED_UNREAD)
def test_a_yes_with_numbers_other_than_greedys_is_not_charged_for_no_comparison(text: str) -> None:
    report = grade("greedy-is-best", text)
    assert "greedy-assumed-best" not in errors(report), [d.message for d in report.diagnostics]
    assert report.score == report.max_score


@pytest.mark.parametrize(
    ("line", "vocabulary", "read_as"),
    [
        ("c(the cat) = 2 and #(the dog) = 1", {"the", "cat", "dog"}, []),  # counts: facts of the model
        ("Answer: c(a b), 0.5", {"a", "b", "c"}, [("c",), ("a", "b")]),  # "c" is a token here: not blanked
    ],
)
def test_a_count_of_an_ngram_is_not_read_as_a_sequence(
    line: str, vocabulary: set[str], read_as: list[tuple[str, ...]]
) -> None:
    assert [h.tokens for h in read(line, frozenset(vocabulary)).hyps] == read_as
