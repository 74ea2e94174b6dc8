"""Classes of beam searches drawn in plain text (blind-kinds25: search trees with ├── └── +--, tables with
+---+ or │ ─ ┼ borders, pointer labels "<-- keep") that the grader misjudged, each pinned by variants
written for this test, every right variant at full marks and its wrong twin caught.

1. A keep column's mark that ends a row ("| a cat | 0.36 |  keep", "0.36  ← keep") was not read as a mark:
   every row of the step counted as kept (beam-width-wrong on right work). It marks its row as a tick does,
   and the step's unmarked rows are the ones not kept.
2. A search tree's child under a branch ("yes ├── </s> 0.2", "    └── please 0.175" below it) was read as
   its last token alone ("</s>" at step 1), and the parent's label as a hypothesis of its own. A child is
   its whole path: the label before its branch, else the parent of the branch above at the same column,
   else the node above ending over that column.
3. A keep word after the listing that names its pick by place or rank ("… yes please now 0.0175. Keep the
   first.", "keep the best two") kept nothing it named, so the whole listing was the beam.
4. A length-normalised score written as a division ("ln 0.2 / 1 = -1.609", "\\frac{\\ln 0.1575}{3} =
   -0.616") was not checked against the problem's length (every generated token, </s> included): a
   length without </s> went unseen. It is now charged (normalised-score-wrong); a score the grader
   cannot tie to a finished hypothesis is not judged.
"""

from __future__ import annotations

import pytest

from grader.decoding.normalised import stated_scores
from tests.test_decoding_reader2 import codes as errors
from tests.test_decoding_reader2 import grade

_CAT_STEP1 = "step 1: the 0.5, a 0.4 (one 0.1 pruned)\n\nstep 2:\n"


def _ascii_table(marks: tuple[str, str, str, str]) -> str:
    rows = [("the dog", "0.20"), ("a cat", "0.36"), ("the cat", "0.175"), ("a dog", "0.04")]
    body = "".join(f"| {s:<9}| {p:<6}|  {m}\n" for (s, p), m in zip(rows, marks, strict=True))
    border = "+----------+-------+\n"
    return _CAT_STEP1 + border + "| sequence | P     |\n" + border + body + border + "Answer: a cat, 0.36\n"


def _box_table(marks: tuple[str, str, str, str]) -> str:
    rows = [("a cat", ".36"), ("the car", ".125"), ("the dog", ".2"), ("a dog", ".04")]
    body = "".join(f" {s:<8}│ {p:<5}  {m}\n" for (s, p), m in zip(rows, marks, strict=True))
    return (
        "Step 1 keeps the (.5) and a (.4).\n\nStep 2\n hyp     │ score\n─────────┼──────\n"
        + body
        + "\nResult: a cat with probability .36\n"
    )


def _unicode_tree(leaf: str) -> str:
    return (
        "```\n"
        "x ─┬─ the 0.5\n"
        "   ├─ a   0.4\n"
        "   └─ one 0.1   <-- pruned\n"
        "```\n\n"
        "```\n"
        " the ├── dog  0.5·0.4  = 0.20  <-- keep\n"
        "     └── cat  0.5·0.35 = 0.175\n"
        f" a   ├── cat  0.4·0.9  = 0.36  <-- keep\n"
        f"     └── dog  0.4·0.1  = 0.04{leaf}\n"
        "```\n"
        "Returned: a cat, 0.36\n"
    )


def _ascii_tree(child: str, score: str) -> str:
    return (
        "yes (0.5) and no (0.3) are kept; maybe (0.2) cut\n\n"
        "yes +-- </s>    .2     keep (finished)\n"
        f"    +-- {child:<7} {score}  keep\n"
        "    `-- indeed  .125\n"
        "no  +-- thanks  .15\n"
        "    `-- way     .105\n\n"
        "yes please +-- </s>  .1575  keep (finished)\n"
        "           `-- now   .0175\n\n"
        "ln .2 / 2 = -.805 and ln .1575 / 3 = -.616, so the answer is yes please </s>, P = .1575\n"
    )


def _nested_tree(second: str) -> str:
    return (
        "x\n"
        "├── the 0.5\n"
        "│   ├── dog 0.20  ← keep\n"
        "│   └── cat 0.175\n"
        "└── a 0.4\n"
        f"    ├── cat 0.36  ← keep\n"
        f"    └── dog 0.04{second}\n"
        "\nSo beam search gives a cat (0.36).\n"
    )


def _latex_steps(keep: str, reverse: bool = False) -> str:
    step3 = ["yes please \\texttt{</s>} $= 0.175 \\times 0.9 = 0.1575$ (finished)", "yes please now $0.0175$"]
    return (
        "Step 1: yes (0.5), no (0.3); maybe (0.2) is dropped.\n\n"
        "Step 2: yes \\texttt{</s>} $0.2$ (finished), yes please $0.175$ kept; the width is now 1.\n\n"
        f"Step 3: {', '.join(step3[::-1] if reverse else step3)}. {keep}\n\n"
        "$\\frac{\\ln 0.2}{2} = -0.805$ and $\\frac{\\ln 0.1575}{3} = -0.616$: the answer is yes please "
        "\\texttt{</s>}, $P = 0.1575$.\n"
    )


def _normalised(first: str, second: str) -> str:
    return (
        "| t | kept            | P      |\n|---|-----------------|--------|\n| 1 | yes | 0.5 |\n| 1 | no | 0.3 |\n"
        "| 2 | yes </s> (done) | 0.2 |\n| 2 | yes please | 0.175 |\n| 3 | yes please </s> (done) | 0.1575 |\n\n"
        f"Per-token scores:\n* yes </s>: {first}\n* yes please </s>: {second}\n\n"
        "Answer: yes please </s>, probability 0.1575\n"
    )


# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "an ASCII table with +---+ borders and a keep column after the last bar",
        "beam-a-cat",
        _ascii_table(("keep", "keep", "", "")),
        _ascii_table(("keep", "keep", "keep", "")),
        "beam-width-wrong",
    ),
    (
        "a table with │ ─ ┼ borders, each kept row pointed at by '<-- keep'",
        "beam-a-cat",
        _box_table(("<-- keep", "", "<-- keep", "")),
        _box_table(("<-- keep", "<-- keep", "", "")),
        "beam-step-wrong",
    ),
    (
        "a Unicode tree: the parent's label before ├──, its other children below at the same column",
        "beam-a-cat",
        _unicode_tree(""),
        _unicode_tree("  <-- keep"),
        "beam-width-wrong",
    ),
    (
        "an ASCII tree with +-- and `-- branches and finished leaves",
        "beam-length-normalised",
        _ascii_tree("please", ".175"),
        _ascii_tree("please", ".185"),
        "beam-score-wrong",
    ),
    (
        "a nested tree drawn from the root, children under │ at their parent's column",
        "beam-a-cat",
        _nested_tree(""),
        _nested_tree("  ← keep"),
        "beam-width-wrong",
    ),
    (
        "a keep word after the listing naming its pick by place ('Keep the first.')",
        "beam-length-normalised",
        _latex_steps("Keep the first."),
        _latex_steps("Keep the first two."),
        "beam-width-wrong",
    ),
    (
        "a keep word naming its pick by rank ('keep the best one'), the listing not in order",
        "beam-length-normalised",
        _latex_steps("Keep the best one.", reverse=True),
        _latex_steps("Keep the first.", reverse=True),
        "beam-width-wrong",  # it keeps yes please now, and the finished yes please </s> leaves the beam besides
    ),
    (
        "length-normalised scores as ln(P)/length, the length counting </s>",
        "beam-length-normalised",
        _normalised("ln(0.2)/2 = -0.805", "ln(0.1575)/3 = -0.616"),
        _normalised("ln(0.2)/1 = -1.609", "ln(0.1575)/2 = -0.924"),
        "normalised-score-wrong",
    ),
    (
        "length-normalised scores in base 10 through the log's value",
        "beam-length-normalised",
        _normalised("log10 0.2 / 2 = -0.699 / 2 = -0.349", "log10 0.1575 / 3 = -0.803 / 3 = -0.268"),
        _normalised("log10 0.2 / 2 = -0.699 / 2 = -0.349", "log10 0.1575 / 3 = -0.803 / 3 = -0.286"),
        "normalised-score-wrong",
    ),
    (
        "length-normalised scores as a LaTeX fraction of the log-probability",
        "beam-length-normalised",
        _normalised("$\\tfrac{-1.609}{2} \\approx -0.80$", "$\\tfrac{-1.848}{3} \\approx -0.62$"),
        _normalised("$\\tfrac{-1.609}{2} \\approx -0.80$", "$\\tfrac{-1.848}{2} \\approx -0.92$"),
        "normalised-score-wrong",
    ),
]


@pytest.mark.parametrize(("label", "problem", "right", "wrong", "code"), CASES, ids=[c[0] for c in CASES])
def test_the_twin_is_charged_for_the_mistake_it_makes(
    label: str, problem: str, right: str, wrong: str, code: str
) -> None:
    """The round-table contract is in test_decoding_classes; here the twin's code is the first error."""
    twin = grade(problem, wrong)
    assert code in errors(twin), [d.message for d in twin.diagnostics]
    assert twin.score < twin.max_score


def test_a_normalised_score_the_grader_cannot_tie_is_not_judged() -> None:
    """A division of a log no finished hypothesis has ("ln 0.3 / 2") is no score of the answer's: the grader
    cannot show it is wrong, so nothing is deducted."""
    text = (
        _normalised("ln(0.2)/2 = -0.805", "ln(0.1575)/3 = -0.616") + "(for comparison: ln 0.3 / 1 = -1.2)\n"
    )
    report = grade("beam-length-normalised", text)
    assert report.score == report.max_score, [d.message for d in report.diagnostics]


@pytest.mark.parametrize(
    ("line", "length", "value"),
    [
        ("yes </s>: ln 0.2 / 2 = -1.609 / 2 = -0.805", 2, -0.805),  # the last side is the value
        ("\\frac{\\ln 0.1575}{3} = -0.616", 3, -0.616),
        ("log(0.2)/1    = -1.609", 1, -1.609),
    ],
)
def test_a_stated_division_is_read_with_its_length_and_last_value(
    line: str, length: int, value: float
) -> None:
    [stated] = stated_scores((line,))
    assert (stated.length, stated.value.value) == (length, value)
