"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds7: an engineering course
writing Given/Find/Solution/Result), each pinned by variants written for this test, every right
variant with a wrong twin still caught.

1. The yes/no of a greedy-is-best answer: a yes or no set off as its own clause in the middle of a
   result line (", and **yes**, this is …", "P = 0.048. **No** — …") is the answer; "no" straight
   before a word ("so no other sequence beats it") is a determiner, not the answer no; a sentence that
   asks ("is it the most probable sequence?") answers nothing.
2. A line under a heading that restates the question ("## Find" / "Generated sequence and its
   probability.", "**Find:** greedy output …") states no result: its words are not the answer read.
3. A number in scientific notation with a raised exponent (2.22×10⁻¹) is that number, not 2.22 × 10.
4. A keep/drop column that ends a beam's row ("one  0.10  drop", "| one | 0.1 | drop |") marks the
   row dropped: it is a candidate, not one of the hypotheses kept.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read
from tests.test_decoding_reader2 import _question

GREEDY_STEPS = (
    "1. cat (0.4) is the largest first token.\n2. after cat, sat (0.4).\n3. after cat sat, down (0.3).\n"
)
GREEDY_P = "4. P(cat sat down) = 0.4 × 0.4 × 0.3 = 0.048.\n"
RIVAL = "5. dog barked loudly = 0.3 × 0.6 × 0.3 = 0.054, which is larger than 0.048.\n"
ASSUMED = (
    "5. Greedy takes the largest factor each time, so no other sequence can have a higher probability.\n"
)

PICKS = "1. <s> → I (2/3)\n2. I → am (2/3)\n3. am → </s> (1/2, tied with Sam; ties go to </s>)\n"
BEAM = (
    "Step 1\nthe  0.50  keep\na  0.40  {a}\none  0.10  {one}\n\n"
    "Step 2\nthe dog  0.5*0.4 = 0.200  keep\nthe cat  0.175  drop\nthe car  0.125  drop\n"
    "a cat  0.4*0.9 = 0.360  keep\na dog  0.040  drop\n\nOutput: a cat, P = 0.36\n"
)
TABLE = (
    "| step | hyp | P | |\n|---|---|---|---|\n| 1 | the | 0.5 | keep |\n| 1 | a | 0.4 | {a} |\n"
    "| 1 | one | 0.1 | {one} |\n| 2 | the dog | 0.2 | keep |\n| 2 | the cat | 0.175 | drop |\n"
    "| 2 | a cat | 0.36 | keep |\n| 2 | a dog | 0.04 | drop |\n\nOutput: a cat, P = 0.36\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a no set off mid-line after the result's numbers",
        "greedy-not-best",
        "Given: the table.\n\n"
        + GREEDY_STEPS
        + GREEDY_P
        + RIVAL
        + "\nResult: greedy gives cat sat down, P = 0.048. **No** — "
        "dog barked loudly, 0.054, beats it.\n",
        "Given: the table.\n\n"
        + GREEDY_STEPS
        + GREEDY_P
        + ASSUMED
        + "\nResult: greedy gives cat sat down, P = 0.048. **Yes** — "
        "it is the most probable.\n",
        "greedy-assumed-best",
    ),
    (
        "a yes set off after 'and', the line before using 'no' as a determiner",
        "greedy-not-best",
        GREEDY_STEPS
        + GREEDY_P
        + RIVAL
        + "Result: greedy returns cat sat down with P = 0.048, and no, it is not the best.\n",
        GREEDY_STEPS
        + GREEDY_P
        + ASSUMED
        + "Result: greedy returns cat sat down with P = 0.048, and **yes**, this is the "
        "most probable sequence.\n",
        "greedy-assumed-best",
    ),
    (
        "the question restated before the answer",
        "greedy-not-best",
        "Find: greedy output; is it the most probable sequence?\n\n"
        + GREEDY_STEPS
        + GREEDY_P
        + RIVAL
        + "Conclusion: No, dog barked loudly beats it.\n",
        "Find: greedy output; is it the most probable sequence?\n\n"
        + GREEDY_STEPS
        + GREEDY_P
        + ASSUMED
        + "Conclusion: Yes, nothing beats it.\n",
        "greedy-assumed-best",
    ),
    (
        "a Markdown Find section that names the result asked",
        "greedy-sam-bigram",
        "## Given\nBigram table.\n\n## Find\nGenerated sequence and its probability.\n\n## Solution\n"
        + PICKS
        + "\n## Result\nI am </s>, P = 2/9\n",
        "## Given\nBigram table.\n\n## Find\nGenerated sequence and its probability.\n\n## Solution\n"
        + PICKS
        + "\n## Result\nI am </s>, P = 4/9\n",
        "decoded-prob-wrong",
    ),
    (
        "a bold Find label that names the result asked",
        "greedy-sam-bigram",
        "**Given:** the bigram counts.\n**Find:** Generated sequence and its probability.\n\n"
        + PICKS
        + "**Result:**\nI am </s>, with P = 2/9\n",
        "**Given:** the bigram counts.\n**Find:** Generated sequence and its probability.\n\n"
        + PICKS
        + "**Result:**\nI do </s>, with P = 1/9\n",
        "decoded-sequence-wrong",
    ),
    (
        "a probability with a raised exponent",
        "greedy-sam-bigram",
        PICKS + "Result: I am </s>, P = 2/9 ≈ 2.22×10⁻¹\n",
        PICKS + "Result: I am </s>, P ≈ 2.22×10⁻²\n",
        "decoded-prob-wrong",
    ),
    (
        "a beam's score with a raised exponent",
        "beam-a-cat",
        "Step 1: keep the 5.0×10⁻¹, a 4.0×10⁻¹\nStep 2: keep a cat 3.6×10⁻¹, the dog 2.0×10⁻¹\nOutput: a cat, 3.6×10⁻¹\n",
        "Step 1: keep the 5.0×10⁻¹, a 4.0×10⁻¹\nStep 2: keep a cat 3.6×10⁻², the dog 2.0×10⁻¹\nOutput: a cat, 3.6×10⁻¹\n",
        "beam-score-wrong",
    ),
    (
        "a keep/drop column in plain text",
        "beam-a-cat",
        BEAM.format(a="keep", one="drop"),
        BEAM.format(a="drop", one="keep"),
        "beam-step-wrong",
    ),
    (
        "a keep/drop column in a Markdown table",
        "beam-a-cat",
        TABLE.format(a="keep", one="drop"),
        TABLE.format(a="keep", one="keep"),
        "beam-width-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Result: greedy gives cat sat down, 0.048, and **yes**, this is the best.", "yes"),
        ("Greedy: cat sat down, P = 0.048. **No** — dog barked loudly wins.", "no"),
        ("So no other sequence can have a higher probability.", None),
        ("No other sequence beats cat sat down.", None),
        ("No, greedy is not optimal here.", "no"),
        ("Greedy output and its probability; is it the most probable sequence?", None),
        ("Is greedy's output the most probable sequence? No.", "no"),
        ("Therefore no - the rival wins.", "no"),
    ],
)
def test_the_yes_or_no_is_read_where_it_stands_as_an_answer(line: str, said: str | None) -> None:
    reading = read(line + "\n", _question("greedy-not-best").problem.vocabulary)
    assert (reading.verdict[0] if reading.verdict else None) == said
