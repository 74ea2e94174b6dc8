"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds10: terse, formal answers
in the style of competitive programmers, tables in LaTeX), each pinned by variants written for this
test, every right variant with a wrong twin still caught.

1. A line that gives a step's beam and then, in a later sentence or clause, states the search's result
   ("Beam = {a cat: 0.36, the dog: 0.20}. Beam search returns a cat") was read whole as the result:
   the beam was lost, so the extensions listed above it were graded as the beam (too many kept), or
   the step went unread and a wrong beam passed, or the result was taken from the beam's sentence.
   Now what comes before the sentence that states the result is read as a line of its own.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read, result_start
from tests.test_decoding_reader2 import _question, grade

# the first step's beam, then every extension of it at the second step, in a LaTeX array
_ARRAY = (
    "\\textbf{t=1:} $\\{\\text{the}:0.5,\\ \\text{a}:0.4\\}$.\n\n"
    "\\textbf{t=2:}\n"
    "\\[\\begin{array}{l|r}\n"
    "\\text{a cat} & 0.4\\times0.9=0.36\\\\\n"
    "\\text{a dog} & 0.4\\times0.1=0.04\\\\\n"
    "\\text{the dog} & 0.5\\times0.4=0.20\\\\\n"
    "\\text{the cat} & 0.5\\times0.35=0.175\\\\\n"
    "\\text{the car} & 0.5\\times0.25=0.125\n"
    "\\end{array}\\]\n\n"
)

CASES = [
    (
        "a LaTeX array of the extensions, then the beam and the result in two sentences of one line",
        "beam-a-cat",
        _ARRAY
        + "Beam: $\\{\\text{a cat}:0.36,\\ \\text{the dog}:0.20\\}$. Output $=$ \\text{a cat}, $P=0.36$.\n",
        _ARRAY
        + "Beam: $\\{\\text{a cat}:0.36,\\ \\text{the cat}:0.175\\}$. Output $=$ \\text{a cat}, $P=0.36$.\n",
        "beam-step-wrong",
    ),
    (
        "the extensions listed, then what is kept and the result as two clauses of one line",
        "beam-a-cat",
        "Step 1: keep the 0.5, a 0.4\n"
        "Step 2 candidates: the dog 0.2, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
        "Kept: a cat 0.36, the dog 0.2; the search returns a cat with P = 0.36\n",
        "Step 1: keep the 0.5, a 0.4\n"
        "Step 2 candidates: the dog 0.2, the cat 0.175, the car 0.125, a cat 0.36, a dog 0.04\n"
        "Kept: a cat 0.36, the dog 0.2, the cat 0.175; the search returns a cat with P = 0.36\n",
        "beam-width-wrong",
    ),
    (
        "a sentence that scores the last beam, then one that names the result: the result is the named one",
        "beam-a-cat",
        "t = 1: the .5, a .4\n"
        "t = 2: the dog .2 and a cat .36 survive. Beam search therefore outputs a cat (.36).\n",
        "t = 1: the .5, a .4\n"
        "t = 2: the dog .2 and a cat .36 survive. Beam search therefore outputs the dog (.2).\n",
        "decoded-sequence-wrong",
    ),
    (
        "with an end token: the beam at the last step and the chosen sequence on one line",
        "beam-length-normalised",
        "step 1: yes 0.5, no 0.3\n"
        "step 2: yes </s> 0.2 (finished), yes please 0.175\n"
        "step 3: beam = {yes please </s>: 0.1575}. Normalised: ln 0.2 / 2 = -0.805, ln 0.1575 / 3 = -0.616,"
        " so the answer is yes please </s>, P = 0.1575.\n",
        "step 1: yes 0.5, no 0.3\n"
        "step 2: yes </s> 0.2 (finished), yes please 0.175\n"
        "step 3: beam = {yes please </s>: 0.1575, yes please now: 0.0175}. Normalised: ln 0.2 / 2 = -0.805,"
        " ln 0.1575 / 3 = -0.616, so the answer is yes please </s>, P = 0.1575.\n",
        "beam-width-wrong",
    ),
]


@pytest.mark.parametrize(("label", "problem", "right"), [c[:3] for c in CASES], ids=[c[0] for c in CASES])
def test_the_beam_before_the_result_is_read_as_the_steps_beam(label: str, problem: str, right: str) -> None:
    report = grade(problem, right)
    assert not report.diagnostics, [d.message for d in report.diagnostics]  # no step left unread


@pytest.mark.parametrize(
    ("line", "roles"),
    [
        # the beam's sentence, then the result's: kept, then final
        ("Beam = {a cat: 0.36, the dog: 0.20}. Beam search returns a cat.", ["kept", "kept", "final"]),
        ("keep a cat 0.36, the dog 0.2; answer: a cat", ["kept", "kept", "final"]),
        # the first sentence states the result: the whole line does, as before
        ("Answer: a cat (0.36). Next best: the dog 0.2.", ["final", "final"]),
        # a line that only leads on and keeps ("so we keep …") states no result
        ("so we keep a cat 0.36 and the dog 0.2", ["kept", "kept"]),
    ],
)
def test_only_from_the_sentence_that_states_the_result_on_is_a_line_the_result(
    line: str, roles: list[str]
) -> None:
    vocabulary = _question("beam-a-cat").problem.vocabulary
    assert [h.role for h in read("Step 2:\n" + line, vocabulary).hyps] == roles


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("a cat 0.36, the dog 0.2", None),
        ("Output: a cat", 0),
        ("Beam = {a cat, the dog}. Output: a cat", len("Beam = {a cat, the dog}.")),
        ("P = 0.36. Hence the output is a cat", len("P = 0.36.")),
    ],
)
def test_where_a_line_starts_stating_the_result(line: str, start: int | None) -> None:
    assert result_start(line) == start
