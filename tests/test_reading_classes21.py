"""Classes of work the grader misread on blind32 (homework typed on phones), each pinned by variants written
for this test (not copied from the blind set) and a wrong twin of each that must stay caught at the line of
its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

- A keyboard's capital on a line's first word (`Log Pr(y|x) = …`, `Ln`, `Exp(…)`) and autocorrect's `In` for
  ln (`In(0.25)`, `In .5`, `In Pr(…)`) were not read as the functions: a correct chain was charged
  exp-log-mismatch, and lines of logs were lost, so a slip in them went unseen.
- An answer labelled with no mark after the label (`ans -0.55`, `answer 0.333`) was not read as the answer:
  the value worked before it was taken instead, and a wrong answer got full marks.
- A word the student defines as a name (`total = −0.2748`) and then uses in maths (`log Pr(y|x) = total/7`)
  was prose to the reader: the line was lost, and a per-token average given as the log-likelihood got full
  marks.
- A mark after the result followed by a remark of several words (`= −0.2748 ✔️ (most of it from the period)`)
  hid the result: the maths was cut only at the last few spaces, never before the mark.
- Working, an arrow, then the answer labelled (`PPL = e^0.55 = 1.7333 ==> final answer: 1.733`): the doubled
  `==>` was not read as an arrow, the line was lost, and a wrong labelled answer after it got full marks.
- A capital I standing for the bar, with no bar written (`P(want I i)`, `Pr(y₂ I x, y₁)`), made each term a
  run of three tokens that is no factor of the sentence.
"""

from __future__ import annotations

import pytest

from grader.derivation.problem import load_problem
from grader.maths.segment import ANSWER_LABEL
from tests.conftest import ROOT

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "capitalised-log",
        "deep-learning",
        "Log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n= −0.7 + (−0.4)\n= −1.1\n",
        ("Log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)\n= −0.7 + (−0.4)\n= −1.3\n", 3),
    ),
    (
        "capitalised-log",
        "deep-learning-perplexity",
        "Ln Pr(y|x) = −0.7 − 0.4 = −1.1\nPPL = Exp(1.1/2) = 1.733\n",
        ("Ln Pr(y|x) = −0.7 − 0.4 = −1.1\nPPL = Exp(1.1) = 3.004\n", 2),
    ),
    (
        "autocorrected-ln",
        "sam-corpus",
        "In(2/3) = −0.4055\nIn(1/2) = −0.6931\nIn P = 2(−0.4055) + 2(−0.6931) = −2.1972\nP = e^−2.1972 = 0.1111\n",
        (
            "In(2/3) = −0.4055\nIn(1/2) = −0.6931\nIn P = 2(−0.4055) + 2(−0.6931) = −2.5972\nP = e^−2.5972 = 0.0745\n",
            3,
        ),
    ),
    (
        "autocorrected-ln",
        "transformer-softmax",
        "NLL = −In .2359 − In .0923\n= 1.4443 + 2.3827\n= 3.827 nats\n",
        ("NLL = −In .2359 − In .0923\n= 1.4443 + 2.3827\n= 3.527 nats\n", 3),
    ),
    (
        "unmarked-answer-label",
        "deep-learning",
        "log Pr(y|x) = −0.7 + (−0.4) = −1.1\nans −1.1\n",
        ("log Pr(y|x) = −0.7 + (−0.4) = −1.1\nper token: −1.1/2 = −0.55\nans −0.55\n", 3),
    ),
    (
        "unmarked-answer-label",
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nanswer 0.111\n",
        ("P = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\nanswer 0.222\n", 2),
    ),
    (
        "word-as-name",
        "deep-learning-perplexity",
        "total = −0.7 − 0.4 = −1.1\navg = total/2 = −0.55\nPPL = exp(−avg) = 1.733\n",
        ("total = −0.7 − 0.4 = −1.1\navg = total/2 = −0.55\nPPL = exp(avg) = 0.577\n", 3),
    ),
    (
        "word-as-name",
        "transformer-log-likelihood",
        "nats = ln .2360 + ln .0923 + ln .1279 + ln .0170 = −9.958\n"
        "bits_total = −9.958 / ln 2 = −14.366\nlog2 Pr(y|x) = bits_total = −14.366\n",
        (
            "nats = ln .2360 + ln .0923 + ln .1279 + ln .0170 = −9.958\n"
            "bits_total = −9.958 / ln 2 = −14.366\nlog2 Pr(y|x) = bits_total / 4 = −3.592\n",
            3,
        ),
    ),
    (
        "word-as-name",
        "sam-corpus",
        "first = 2/3 · 2/3 = 4/9\nsecond = 1/2 · 1/2 = 1/4\nP = first × second = 1/9\n",
        ("first = 2/3 · 2/3 = 4/9\nsecond = 1/2 · 1/2 = 1/4\nP = first + second = 25/36\n", 3),
    ),
    (
        "mark-then-remark",
        "deep-learning-perplexity",
        "mean log-prob = (−0.7 − 0.4)/2 = −0.55\nPPL = exp(0.55) = 1.733 ✓ (so about 1.7 equally likely choices each token)\n",
        (
            "mean log-prob = (−0.7 − 0.4)/2 = −0.55\nPPL = exp(0.55) = 1.833 ✓ (so about 1.8 equally likely choices each token)\n",
            2,
        ),
    ),
    (
        "mark-then-remark",
        "bigram-english-food",
        "P = .25 × .33 × .0011 × .5 × .68\n= 3.09e-5 👍 (tiny, mostly because english food is a rare pair)\n",
        (
            "P = .25 × .33 × .0011 × .5 × .68\n= 3.39e-5 👍 (tiny, mostly because english food is a rare pair)\n",
            2,
        ),
    ),
    (
        "arrow-to-labelled-answer",
        "sam-corpus",
        "P = 2/3 · 2/3 · 1/2 · 1/2 = 0.11111 ==> final answer: 0.111 (3 d.p.)\n",
        ("P = 2/3 · 2/3 · 1/2 · 1/2 = 0.11111 ==> final answer: 0.121 (3 d.p.)\n", 1),
    ),
    (
        "arrow-to-labelled-answer",
        "cat-nll-bits",
        "NLL = 1 + 2 + 2.3219 + 1 = 6.3219 bits -> answer 6.32 bits\n",
        ("NLL = 1 + 2 + 2.3219 + 1 = 6.3219 bits -> answer 6.52 bits\n", 1),
    ),
    (
        "capital-i-bar",
        "bigram-english-food",
        "P = P(i I <s>)P(want I i)P(english I want)P(food I english)P(</s> I food)\n"
        "= .25 × .33 × .0011 × .5 × .68 ≈ 3.09e-5\n",
        (
            "P = P(i I <s>)P(want I i)P(english I want)P(food I english)P(</s> I food)\n"
            "= .25 × .33 × .0011 × .5 × .58 ≈ 2.63e-5\n",
            2,
        ),
    ),
    (
        "capital-i-bar",
        "deep-learning",
        "log Pr(y I x) = log Pr(y_1 I x) + log Pr(y_2 I x, y_1) = −0.7 − 0.4 = −1.1\n",
        ("log Pr(y I x) = log Pr(y_1 I x) · log Pr(y_2 I x, y_1) = (−0.7)(−0.4) = 0.28\n", 1),
    ),
]


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("ans −0.55", True),
        ("Ans .333", True),
        ("answer 1/9", True),
        ("final answer −1.10 nats", True),
        # a question's number after the word, and prose, are no answer label
        ("Answer 2: the perplexity", False),
        ("answer 3 of the sheet", False),
        ("answers differ by 0.1", False),
    ],
)
def test_an_answer_label_needs_no_mark_before_a_value(line: str, labelled: bool) -> None:
    assert bool(ANSWER_LABEL.match(line)) is labelled


def test_a_capital_i_that_is_a_token_stays_a_token() -> None:
    """`P(<s> I am Sam </s>)` is the sentence, whose second token is I: no bar is read into it."""
    from grader.derivation.grade import grade_text

    problem = load_problem(ROOT / "problems/seed/sam-corpus.toml")
    report = grade_text("P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 0.111\n", problem)
    assert report.verdict == "correct" and not report.diagnostics


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["total = -0.2748", "log P = total/7 = -0.039"], ["total", "total"]),
        # defined and never used in maths: the line reads as it always has
        (["total = -(.0517 + .2231) = -.2748"], []),
        # a use in prose, and a token inside a probability's brackets, stay words
        (["food = 0.5", "the food was good", "P(food | english) = food"], ["food", "food"]),
        # a word the grammar knows keeps its meaning
        (["perplexity = 1.73", "answer = perplexity"], []),
    ],
)
def test_a_defined_word_is_marked_as_a_name_where_maths_uses_it(lines: list[str], names: list[str]) -> None:
    import re

    from grader.maths.ownwords import name_of, own_words

    marked = own_words(lines)
    assert [len(a) for a in marked] == [len(b) for b in lines]  # columns stay exact
    found = []
    for after, before in zip(marked, lines, strict=True):
        for i, (a, b) in enumerate(zip(after, before, strict=True)):
            if a != b:  # a marked first letter: the word it stands for is the word written there
                word = re.match(r"[A-Za-z_]+", before[i:]).group()  # type: ignore[union-attr]
                assert name_of(after[i : i + len(word)]) == word
                found.append(word)
    assert found == names
