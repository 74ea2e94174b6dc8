"""A submission that arrives as a rich-text editor's HTML is read as the text the student typed, for every kind.

From blind68 and blind-kinds59 (classes typing into Canvas, Moodle or Blackboard, whose answers reach the
grader as the editor's HTML): correct work full marks fell to 32/45 and 22/36, and one wrong answer got full
marks. `y<sub>2</sub>`, `e<sup>&minus;0.55</sup>`, `&minus;0.7`, `&lt;s&gt;`, `<p>`/`<br>` lines and list items
were read as unknown text. Now a tag of the editor's becomes its notation (a new line, `_{…}`, `^{…}`, a list
item, a table cell) and an entity its character, before any kind reads the text; `<s>` and `</s>` are tokens,
never tags. Each right answer earns what the same answer in plain text earns, and each wrong one is told the
same mistake (a metamorphic table: plain text against its HTML).
"""

from __future__ import annotations

import pytest

from grader.core.html import html_text
from grader.core.question import load_question
from tests.conftest import ROOT

SEED = ROOT / "problems/seed"

# (problem, the answer in plain text, the same answer as an editor writes it)
PAIRS = [
    (
        SEED / "deep-learning.toml",
        "log Pr(y_2 = learning | x, y_1 = deep) = -0.4\nlog Pr(y | x) = -0.7 + (-0.4) = -1.1\n",
        "<ul><li>log Pr(y<sub>2</sub> = learning | x, y<sub>1</sub> = deep) = &minus;0.4</li></ul>"
        "<p>log Pr(y | x) = &minus;0.7 + (&minus;0.4) = <strong>&minus;1.1</strong></p>",
    ),
    (
        SEED / "deep-learning.toml",
        "log Pr(y | x) = (-0.7) × (-0.4) = 0.28\n",
        "<p>log Pr(y | x) = (&minus;0.7) &times; (&minus;0.4) = 0.28</p>",
    ),
    (
        SEED / "deep-learning-perplexity.toml",
        "PPL = exp(1.1/2) = e^{0.55} ≈ 1.7333\n",
        "<p>PPL = exp(1.1/2) = e<sup>0.55</sup> &approx; <b>1.7333</b></p>",
    ),
    (
        SEED / "deep-learning-perplexity.toml",
        "PPL = exp(-1.1/2) = e^{-0.55}\nPPL ≈ 0.5769\n",
        "<p>PPL = exp(&minus;1.1/2) = e<sup>&minus;0.55</sup></p><p><strong>PPL &approx; 0.5769</strong></p>",
    ),
    (
        SEED / "sam-corpus.toml",
        "P(<s> I am Sam </s>) = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n",
        "P(&lt;s&gt; I am Sam &lt;/s&gt;) = 2/3 &middot; 2/3 &middot; 1/2 &middot; 1/2 = 1/9<br>",
    ),
    (
        ROOT / "problems/cost/exhaustive-search.toml",
        "There are |V|^n sequences of length n.\n",
        "<p>There are |V|<sup>n</sup> sequences of length n.</p>",
    ),
    (
        ROOT / "problems/decoding/greedy-not-best.toml",
        "Greedy: cat (0.4) → sat (0.4) → down (0.3): P = 0.4 × 0.4 × 0.3 = 0.048\n"
        "No. dog barked loudly has P = 0.3 × 0.6 × 0.3 = 0.054 > 0.048.\n",
        "<p>Greedy: cat (0.4) &rarr; sat (0.4) &rarr; down (0.3): P = 0.4 &times; 0.4 &times; 0.3 = 0.048</p>"
        "<p>No. dog barked loudly has P = 0.3 &times; 0.6 &times; 0.3 = 0.054 &gt; 0.048.</p>",
    ),
]


@pytest.mark.parametrize(("problem", "plain", "marked"), PAIRS, ids=[str(i) for i in range(len(PAIRS))])
def test_html_is_graded_as_the_text_it_shows(problem, plain: str, marked: str) -> None:  # type: ignore[no-untyped-def]
    question = load_question(problem)
    as_text, as_html = question.grade(plain.encode(), "s"), question.grade(marked.encode(), "s")
    assert as_html.verdict == as_text.verdict
    assert as_html.score == as_text.score
    assert sorted(d.code for d in as_html.diagnostics) == sorted(d.code for d in as_text.diagnostics)


def test_tokens_that_look_like_tags_are_left_alone() -> None:
    text = "P(<s> I am Sam </s>) = 1/9\n"
    assert html_text(text) == text
    assert (
        html_text("a <b>bold</b> claim, then P(</s> | Sam) = 1/2") == "a bold claim, then P(</s> | Sam) = 1/2"
    )


def test_a_long_line_of_markup_is_read_in_linear_time() -> None:
    line = "<p>" + "&minus;0.1 " * 20000 + "</p>" + "<" * 20000 + " " * 60000
    assert len(html_text(line)) < len(line)


def test_a_less_than_sign_before_a_letter_is_no_tag() -> None:
    # blind13: "(x = <s>, y_<i = all earlier generated tokens)" and later an arrow "->": no <i …> tag
    text = "log Pr(y|x) = Σ log2 Pr(y_i | x, y_<i)   (y_<i = all earlier tokens)\nA2 = 0,2360   B2 =LOG(A2;2)   -> -2,0831"
    assert html_text(text) == text
