"""Classes of decoding work the grader once misjudged (issue 10, blind-kinds9: a company's engineering
training answering in code and in chat), each pinned by variants written for this test, every right
variant with a wrong twin still caught.

1. A program's source in a fenced block (tagged with its language, or untagged and opening as a
   program does) is the student's code, not a beam written out: a string literal such as "</s>" in a
   comparison, or the model's table as a dict, is no hypothesis. What the program printed (an untagged
   block, or the unprompted lines of an interactive session) is read as before.
2. A dash after a score that sets a remark or the next item apart ("a dog .2 -- all lower",
   "the dog .18 - a cat .2") is no minus sign: the score is the number before it. A minus between two
   numbers is still one.
"""

from __future__ import annotations

import pytest

from grader.decoding.reader import read, source_lines
from tests.test_decoding_reader2 import _question, grade
from tests.test_decoding_reader2 import codes as errors

BEAM_SOURCE = (
    "```python\n"
    "probs = {\n"
    '    (): {"the": 0.5, "a": 0.4, "one": 0.1},\n'
    '    ("the",): {"dog": 0.4, "cat": 0.35, "car": 0.25},\n'
    '    ("a",): {"cat": 0.9, "dog": 0.1},\n'
    '    ("one",): {"dog": 0.5, "cat": 0.5},\n'
    "}\n\n"
    "def search(k=2, steps=2):\n"
    "    hyps = [((), 1.0)]\n"
    "    for t in range(steps):\n"
    "        ext = [(h + (w,), p * q) for h, p in hyps for w, q in probs[h].items()]\n"
    "        hyps = sorted(ext, key=lambda e: -e[1])[:k]\n"
    '        print(t + 1, [(" ".join(h), round(p, 3)) for h, p in hyps])\n'
    "    return hyps[0]\n"
    "```\n\n"
)
NORMALISED_SOURCE = (
    "```\n"
    "import math\n\n"
    "def run(P, width=2, limit=3):\n"
    "    live, finished = [((), 1.0)], []\n"
    "    for t in range(1, limit + 1):\n"
    "        ext = sorted(((s + (w,), p * q) for s, p in live for w, q in P[s].items()), key=lambda e: -e[1])\n"
    "        ext = ext[:width]\n"
    '        finished += [e for e in ext if e[0][-1] == "</s>"]\n'
    '        live = [e for e in ext if e[0][-1] != "</s>"]\n'
    "        width -= len(ext) - len(live)\n"
    "        print(t, ext)\n"
    "    return max(finished, key=lambda e: math.log(e[1]) / len(e[0]))\n"
    "```\n\n"
)
NORMALISED_OUTPUT = (
    "```\n"
    "1 [(('yes',), 0.5), (('no',), 0.3)]\n"
    "2 [(('yes', '</s>'), 0.2), (('yes', 'please'), 0.175)]\n"
    "3 [(('yes', 'please', '</s>'), 0.1575)]\n"
    "```\n\n"
    "ln 0.2 / 2 = -0.805 and ln 0.1575 / 3 = -0.616.\n"
)
SESSION = (
    "```py\n"
    '>>> nxt = {"<s>": {"I": 2/3, "Sam": 1/3}, "I": {"am": 2/3, "do": 1/3}, "am": {"</s>": 1/2, "Sam": 1/2}}\n'
    '>>> greedy(nxt, tie="</s>") == ["I", "am", "</s>"]\n'
    "True\n"
    ">>> greedy_prob(nxt)\n"
    "{p}\n"
    "```\n"
)
TABLE_JS = (
    "```js\n"
    "const first = { the: 0.6, a: 0.4 };\n"
    "const next = { the: { cat: 0.7, dog: 0.3 }, a: { cat: 0.5, dog: 0.5 } };\n"
    'for (const w of ["the", "a"]) for (const v of ["cat", "dog"]) console.log(w, v, first[w] * next[w][v]);\n'
    "```\n\n"
    "```\nthe cat 0.42\nthe dog 0.18\na cat 0.2\na dog {p}\n```\n\n"
)

# (class, problem, right variant, wrong twin, the code the twin must carry)
CASES = [
    (
        "a program's dict of the model and its printed beams",
        "beam-a-cat",
        BEAM_SOURCE + "```\n1 [('the', 0.5), ('a', 0.4)]\n2 [('a cat', 0.36), ('the dog', 0.2)]\n```\n\n"
        "It returns a cat, P = 0.36.\n",
        BEAM_SOURCE + "```\n1 [('the', 0.5), ('a', 0.4)]\n2 [('a cat', 0.36), ('the cat', 0.175)]\n```\n\n"
        "It returns a cat, P = 0.36.\n",
        "beam-step-wrong",
    ),
    (
        'an untagged program comparing with the literal "</s>", then its output',
        "beam-length-normalised",
        NORMALISED_SOURCE + NORMALISED_OUTPUT + "Answer: yes please </s>, P = 0.1575\n",
        NORMALISED_SOURCE + NORMALISED_OUTPUT + "Answer: yes </s>, P = 0.2 (the larger probability)\n",
        "length-normalisation-mismatch",
    ),
    (
        "an interactive session: the prompted lines are source, the rest its output",
        "greedy-sam-bigram",
        SESSION.replace("{p}", "0.2222") + "\nGreedy output: I am </s>, P = 2/9\n",
        SESSION.replace("{p}", "0.4444") + "\nGreedy output: I am </s>, P = 4/9\n",
        "decoded-prob-wrong",
    ),
    (
        "a JavaScript table and the products it logs",
        "greedy-is-best",
        TABLE_JS.replace("{p}", "0.2")
        + "Greedy takes the (0.6), then cat (0.7): the cat, 0.42, the largest above, so yes.\n",
        TABLE_JS.replace("{p}", "0.25")
        + "Greedy takes the (0.6), then cat (0.7): the cat, 0.42, the largest above, so yes.\n",
        "decoded-prob-wrong",
    ),
    (
        "a dash between the scores of a chat answer, the greedy one given",
        "greedy-is-best",
        "greedy: the then cat, .6 x .7 = .42\nrest: the dog .18 - a cat .2 - a dog .2 -- none beat it, so yes\n",
        "greedy: the then cat, .6 x .7 = .42\nrest: the dog .18 - a cat .2 - a dog .25 -- none beat it, so yes\n",
        "decoded-prob-wrong",
    ),
    (
        "a dash before the remark, greedy's probability really absent in the twin",
        "greedy-is-best",
        "greedy -> the cat = .6*.7 = .42 -- top\nothers: the dog .18, a cat .2, a dog .2 -- all lower, so yes\n",
        "greedy -> the cat -- top\nothers: the dog .18, a cat .2, a dog .2 -- all lower, so yes\n",
        "decoded-prob-missing",
    ),
    (
        "a dash after each kept score of a beam",
        "beam-a-cat",
        "Step 1: keep the 0.5 -- top, a 0.4 -- second\nStep 2: keep a cat 0.36 -- top, the dog 0.2 -- second\n"
        "Output: a cat, 0.36 - the best in the beam\n",
        "Step 1: keep the 0.5 -- top, a 0.4 -- second\nStep 2: keep a cat 0.036 -- top, the dog 0.2 -- second\n"
        "Output: a cat, 0.36 - the best in the beam\n",
        "beam-score-wrong",
    ),
    (
        "a dash before a remark on the tie rule",
        "greedy-sam-bigram",
        "I -> am -> </s>\nResult: I am </s>, P = 2/3 · 2/3 · 1/2 = 2/9 - the tie at am goes to </s>\n",
        "I -> am -> </s>\nResult: I am </s>, P = 2/3 · 2/3 = 4/9 - the tie at am goes to </s>\n",
        "decoded-prob-wrong",
    ),
]


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("a dog .2 -- all lower", 0.2),
        ("a dog 0.2 - lower", 0.2),
        ("a dog 0.2 -", 0.2),
        ("a dog 0.9 - 0.7", 0.2),  # a minus between numbers is still one
        ("a dog 0.9 - (0.7) = 0.2", 0.2),
    ],
)
def test_a_dash_is_a_minus_only_before_a_number(line: str, value: float) -> None:
    (h,) = read(line + "\n", _question("greedy-is-best").problem.vocabulary).hyps
    assert h.score is not None and h.score.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("```python\nx = 1\n```\n1 a\n", {2}),
        ("```\ndef f():\n    return 1\n```\n", {2, 3}),
        ("```\n1 [('the', 0.5)]\n```\n", set()),  # output, untagged: read
        ("```text\nimport this\n```\n", set()),  # plain text is read whatever it says
        ("```python\n>>> f()\n0.36\n... \n```\n", {2, 4}),  # a session's output is read
        ("```R\ns <- c(a = 1)\nn <- 2", {2, 3}),  # an unclosed block runs to the end
    ],
)
def test_program_source_is_the_fenced_code_not_its_output(text: str, source: set[int]) -> None:
    assert source_lines(tuple(text.split("\n"))) == source


def test_a_beam_given_only_in_source_is_sent_for_review_not_charged() -> None:
    """The steps written only as the program's data are not read: a warning naming why, no deduction;
    a wrong final answer beside them is still charged."""
    code = '```python\nstep1 = {"the": 0.5, "a": 0.4}\nstep2 = {"a cat": 0.36, "the dog": 0.2}\n```\n'
    report = grade("beam-a-cat", code + "Answer: a cat, P = 0.36\n")
    assert (report.verdict, report.score, errors(report)) == ("correct", report.max_score, set())
    assert any(d.code == "decoding-unread" and "source" in d.message for d in report.diagnostics)
    assert "decoded-prob-wrong" in errors(grade("beam-a-cat", code + "Answer: a cat, P = 0.036\n"))
