"""Classes of decoding work the grader once misjudged (blind-kinds14, answers written like a
teacher-training programme), each pinned by variants written for this test, every right variant with
a wrong twin still caught.

1. Greedy's picks written one by one in a clause, with what they come to after them ("Greedy: the
   (0.6), cat (0.7) -> 0.42") and no whole sequence written: the picks were not read as one path, and
   "greedy" said of the first pick passed to the next sequence that grew out of it (one of "the others"),
   so a right answer was charged with a wrong greedy output. The picks are now joined into the path
   the model continues them with, its value read after the last pick or on a labelled line below.
2. Greedy's output under a heading that names greedy's run ("## Greedy decoding", "**Greedy**",
   "Greedy search:", \\section*{Greedy search}) with no "greedy" on its own line: it was not read as
   greedy's, so a wrong one went unchecked (full marks). The first sequence of the model under such a
   heading is now greedy's output; a table row or a bullet labelled greedy already was.
3. A beam step that expands only part of the beam ("Step 2: expand the best one, the: …") was charged
   on the line that keeps its beam, lines after the mistake is visible: it is now charged where the
   step opens, when the extensions it writes out leave out every extension of a kept hypothesis the
   right beam needs. A step that extends every hypothesis and keeps the wrong ones stays charged
   where it keeps them.
4. A step that scores its extensions by their last token's probability ("the dog 0.4" for 0.5 × 0.4)
   was charged where it keeps its beam: it is now charged at the first extension so scored. A token
   written after an arrow from its prefix ("the -> dog 0.4") is given its conditional rightly: not
   charged there.
5. Greedy's wrong pick (Sam where the tie rule takes </s>) was charged on the sequence written at the
   end: it is now charged where the pick is first written as a step, the token with its conditional
   after what it follows ("am -> Sam (1/2)", "Step 3: Sam, 1/2"); a sequence named without its value
   ("I am Sam is a line of the corpus") is no step.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import names_greedy_run
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_IS_BEST_OTHERS = "The rest: the dog 0.18, a cat 0.2, a dog 0.2, all below. Yes, greedy is optimal here.\n"

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "greedy's picks one by one, the value after an arrow, then the others",
        "greedy-is-best",
        "Greedy: the (0.6), cat (0.7) ⇒ 0.42. " + _IS_BEST_OTHERS,
        "Greedy: the (0.6), cat (0.7) ⇒ 0.49. " + _IS_BEST_OTHERS,
        "decoded-prob-wrong",
    ),
    (
        "greedy's picks with words between, the value after 'so P ='",
        "greedy-is-best",
        "Greedy picks the (0.6) and then cat (0.7), so P = 0.42.\nthe dog 0.18, a cat 0.2, a dog 0.2: lower. Yes.\n",
        "Greedy picks the (0.6) and then dog (0.3), so P = 0.18.\nthe cat 0.42, a cat 0.2, a dog 0.2: lower. Yes.\n",
        "decoded-sequence-wrong",
    ),
    (
        "greedy's three picks, the value after a colon, a rival in the same sentence",
        "greedy-not-best",
        "Greedy: cat (0.4), sat (0.4), down (0.3): 0.048, but dog barked loudly has 0.054. So no.\n",
        "Greedy: cat (0.4), sat (0.4), still (0.25): 0.04, but dog barked loudly has 0.054. So no.\n",
        "decoded-sequence-wrong",
    ),
    (
        "greedy's picks, the value on a labelled line below",
        "greedy-is-best",
        "Greedy: first the (0.6), then cat (0.7).\nP(greedy) = 0.6 × 0.7 = 0.42\n\n" + _IS_BEST_OTHERS,
        "Greedy: first the (0.6), then cat (0.7).\nP(greedy) = 0.6 × 0.7 = 0.042\n\n" + _IS_BEST_OTHERS,
        "decoded-prob-wrong",
    ),
    (
        "a Markdown heading names greedy's run, its output led by an arrow",
        "greedy-not-best",
        "## Greedy decoding\n⇒ cat sat down, 0.4 · 0.4 · 0.3 = 0.048\n\n## Best\ndog barked loudly 0.054 > 0.048, so no.\n",
        "## Greedy decoding\n⇒ cat sat still, 0.4 · 0.4 · 0.25 = 0.04\n\n## Best\ndog barked loudly 0.054 > 0.04, so no.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a bold heading names greedy's run, its picks on the line below",
        "greedy-not-best",
        "**Greedy**\ncat (0.4), sat (0.4), down (0.3): 0.048\n\n**Others**\ndog barked loudly: 0.054. No.\n",
        "**Greedy**\ncat (0.4), sat (0.4), still (0.25): 0.04\n\n**Others**\ndog barked loudly: 0.054. No.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a label line names greedy's run, a blank line ends it",
        "greedy-is-best",
        "Greedy search:\nthe cat, 0.6 × 0.7 = 0.42\n\nthe dog 0.18, a cat 0.2, a dog 0.2, all lower. Yes.\n",
        "Greedy search:\na cat, 0.4 × 0.5 = 0.2\n\nthe dog 0.18, the cat 0.42, a dog 0.2, all lower. Yes.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a LaTeX section names greedy's run",
        "greedy-is-best",
        "\\section*{Greedy search}\n$\\text{the cat}$: $0.6 \\times 0.7 = 0.42$\n\\section*{Comparison}\n"
        "the dog 0.18, a cat 0.2, a dog 0.2. Yes.\n",
        "\\section*{Greedy search}\n$\\text{the dog}$: $0.6 \\times 0.3 = 0.18$\n\\section*{Comparison}\n"
        "the cat 0.42, a cat 0.2, a dog 0.2. Yes.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a table row labelled greedy",
        "greedy-not-best",
        "| search | output | P |\n|---|---|---|\n| greedy | cat sat down | 0.048 |\n| best | dog barked loudly | 0.054 |\nNo.\n",
        "| search | output | P |\n|---|---|---|\n| greedy | cat sat still | 0.04 |\n| best | dog barked loudly | 0.054 |\nNo.\n",
        "decoded-sequence-wrong",
    ),
    (
        "a bullet labelled greedy",
        "greedy-not-best",
        "- **Greedy:** cat sat down, 0.048\n- **Best:** dog barked loudly, 0.054\n\nNo.\n",
        "- **Greedy:** cat sat still, 0.04\n- **Best:** dog barked loudly, 0.054\n\nNo.\n",
        "decoded-sequence-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("## Greedy decoding", True),
        ("**Greedy**", True),
        ("### Step 1 – greedy search 🏃", True),
        ("Greedy output and its probability:", True),
        ("\\subsection{Greedy decoding}", True),
        ("## Why greedy fails", False),  # a claim about greedy, not its run
        ("**Greedy vs the most probable sequence**", False),
        ("Greedy: the cat, 0.42", False),  # a label with its answer on the line: read on the line itself
        ("## Beam search", False),
    ],
)
def test_a_heading_names_greedys_run_only_when_that_is_all_it_names(line: str, names: bool) -> None:
    assert names_greedy_run(line) is names


# headings that name greedy without heading its run: the sequences below them are not greedy's
NOT_GREEDYS = [
    "## Why greedy fails\ndog barked loudly 0.054 > cat sat down 0.048 (greedy's). No.\n",
    "Greedy search:\n\ndog barked loudly 0.054 beats cat sat down 0.048, greedy's output. No.\n",
    "**Greedy**\nNo: dog barked loudly 0.054 beats cat sat down, 0.048.\n",  # the verdict line ends the run
]


@pytest.mark.parametrize("text", NOT_GREEDYS)
def test_a_sequence_outside_greedys_run_is_not_read_as_greedys(text: str) -> None:
    report = grade("greedy-not-best", text)
    assert (report.verdict, errors(report)) == ("correct", set()), [d.message for d in report.diagnostics]


def test_a_wrong_value_read_on_the_line_below_the_picks_is_charged_where_it_is_written() -> None:
    report = grade("greedy-is-best", CASES[3][3])  # the picks on line 1, their wrong value on line 2
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == [
        ("decoded-prob-wrong", 2)
    ]


# (answer to beam-a-cat, the line its first error must be charged on): every one keeps the dog and the cat
# at step 2 instead of a cat and the dog
BEAM_STEP_LINES = [
    # only "the" extended, said on the step's line, its extensions on the lines below
    (
        "Beam width 2.\nStep 1: the 0.5, a 0.4 kept.\nStep 2 - I extend only the leader, the:\n  the dog 0.2\n"
        "  the cat 0.175\nKept: the dog 0.2, the cat 0.175.\nReturns the dog, P = 0.2\n",
        3,
    ),
    # only "the" extended, its extensions on the step's own line
    (
        "t = 1: {the: 0.5, a: 0.4}\nt = 2, expanding the top one: the dog 0.20, the cat 0.175, the car 0.125\n"
        "beam = {the dog: 0.20, the cat: 0.175}\nAnswer: the dog, 0.20\n",
        2,
    ),
    # every hypothesis extended, the wrong ones kept: the mistake is where they are kept
    (
        "Step 1: the 0.5, a 0.4 kept.\nStep 2 candidates:\n the dog 0.2, the cat 0.175, a cat 0.36, a dog 0.04\n"
        "Kept: the dog 0.2, the cat 0.175.\nReturns the dog, P = 0.2\n",
        4,
    ),
    # no extensions written before the beam: the beam's line is the step's
    ("Step 1: the 0.5, a 0.4 kept.\nStep 2: the dog 0.2, the cat 0.175 kept.\nReturns the dog, P = 0.2\n", 2),
]


@pytest.mark.parametrize(("text", "line"), BEAM_STEP_LINES)
def test_a_step_that_extends_part_of_the_beam_is_charged_where_it_opens(text: str, line: int) -> None:
    report = grade("beam-a-cat", text)
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == [
        ("beam-step-wrong", line)
    ]


# (answer to beam-a-cat, the line its first error must be charged on, or None for full marks)
CONDITIONAL_LINES = [
    (
        "Step 1: the 0.5, a 0.4 kept.\nStep 2 candidates: the dog 0.4, the cat 0.35, a cat 0.9, a dog 0.1\n"
        "Keep the best 2: a cat 0.9, the dog 0.4.\nReturns a cat, P = 0.9\n",
        2,
    ),
    (
        "Step 1: keep the 0.5, a 0.4\n\n| hypothesis | score |\n|---|---|\n| the dog | 0.4 |\n| a cat | 0.9 |\n\n"
        "Kept: a cat 0.9, the dog 0.4\nAnswer: a cat, 0.9\n",
        5,
    ),
    # conditionals after an arrow are facts of the model: the mistake is the beam that keeps them as scores
    (
        "Step 1: keep the 0.5, a 0.4\nStep 2: the -> dog 0.4, a -> cat 0.9\nKept: a cat 0.9, the dog 0.4\n"
        "Answer: a cat, 0.9\n",
        3,
    ),
    (
        "Step 1: keep the 0.5, a 0.4\nStep 2: the -> dog 0.4, a -> cat 0.9\nKept: a cat 0.36, the dog 0.2\n"
        "Answer: a cat, 0.36\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "line"), CONDITIONAL_LINES)
def test_a_step_scored_by_conditionals_is_charged_at_its_first_such_score(
    text: str, line: int | None
) -> None:
    report = grade("beam-a-cat", text)
    expected = [] if line is None else [("beam-ranked-by-last-token", line)]
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == expected


# (answer to greedy-sam-bigram, the line its first error must be charged on, or None for full marks)
PICK_LINES = [
    (
        "<s> → I (2/3)\nI → am (2/3)\nam → Sam (1/2), a tie, I take Sam\nSam → </s> (1/2)\n"
        "Output: <s> I am Sam </s>, P = 1/9\n",
        3,
    ),
    (
        "Step 1: I, 2/3\nStep 2: am, 2/3\nStep 3: Sam, 1/2 (tie with </s>)\nStep 4: </s>, 1/2\n"
        "Greedy output: I am Sam </s>, probability 1/9\n",
        3,
    ),
    ("Notes: I am Sam is a line of the corpus.\nGreedy output: I am Sam </s>, P = 1/9\n", 2),
    (
        "Step 1: I, 2/3\nStep 2: am, 2/3\nStep 3: </s>, 1/2 (tie with Sam, the rule takes </s>)\n"
        "Greedy output: I am </s>, probability 2/9\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "line"), PICK_LINES)
def test_greedys_wrong_pick_is_charged_where_it_is_first_written(text: str, line: int | None) -> None:
    report = grade("greedy-sam-bigram", text)
    expected = [] if line is None else [("decoded-sequence-wrong", line)]
    assert [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"] == expected
