"""A result stated after the working in any language is read as the student's result, as an English sentence
("So the perplexity is about 1.73.") always was. Three holes, one class:

- The full stop of Chinese and Japanese after the value ("答：困惑度约等于 1.733。") made the value no number:
  a parse-error sent for review (blind60 deep-learning-perplexity/002, bigram-english-food/002).
- A value under a name of the student's own in any language ("Perplexität = 1.833", "困惑度 = 1.833") was a
  lone number nobody stated: after the working, a wrong value there got full marks.
- A sentence stating the value in a language whose words for "is" no table has ("Donc la perplexité vaut
  1.833.", "Итак, перплексия равна 1.833", "困惑度约为 1.833。") was prose: the same.

Such a value is now told, as an English "is" tells it: final.told_instead takes it for the answer when it is
near the worked value but not equal at the precision written (so a wrong final restatement is wrong), and
for a remark when far from it (another quantity). A whole number ending a sentence counts something ("las
palabras son 6:") and is not told.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PERPLEXITY = ROOT / "problems/seed/deep-learning-perplexity.toml"  # e^0.55 = 1.7333
BIGRAM = ROOT / "problems/seed/bigram-english-food.toml"  # 3.0855e-05

PPL_WORK = "Σ ln Pr(y_i | x, y_<i) = (-0.7) + (-0.4) = -1.1\nPPL = exp(-(1/2)(-1.1)) = e^0.55\n"
BIGRAM_WORK = "P = P(i|<s>)·P(want|i)·P(english|want)·P(food|english)·P(</s>|food)\n"

# (name, problem, text with {v} for the stated value, the right value, a wrong value near it)
CASES = [
    ("ideographic stop, answer label", PERPLEXITY, PPL_WORK + "答：困惑度约等于 {v}。\n", "1.733", "1.833"),
    ("ideographic stop, is", PERPLEXITY, PPL_WORK + "答：困惑度为 {v}。\n", "1.733", "2.117"),
    ("Chinese sentence, no label", PERPLEXITY, PPL_WORK + "所以困惑度约为 {v}。\n", "1.733", "1.833"),
    ("traditional Chinese", PERPLEXITY, PPL_WORK + "答：困惑度約為 {v}。\n", "1.733", "1.833"),
    ("Japanese", PERPLEXITY, PPL_WORK + "答え：パープレキシティは {v}。\n", "1.733", "1.833"),
    (
        "a power of ten before the stop",
        BIGRAM,
        BIGRAM_WORK + "= 0.25 × 0.33 × 0.0011 × 0.5 × 0.68\n答：这个句子的概率约等于 {v}。\n",
        "3.0855×10⁻⁵",
        "3.0855×10⁻⁴",
    ),
    ("own name, German", PERPLEXITY, PPL_WORK + "Perplexität = {v}\n", "1.7333", "1.833"),
    ("own name, Chinese", PERPLEXITY, PPL_WORK + "困惑度 = {v}\n", "1.733", "1.833"),
    ("own name, French", PERPLEXITY, PPL_WORK + "perplexité = {v}\n", "1,73", "1,83"),
    ("French sentence", PERPLEXITY, PPL_WORK + "Donc la perplexité vaut {v}.\n", "1,73", "1,83"),
    ("German sentence", PERPLEXITY, PPL_WORK + "Also ist die Perplexität ungefähr {v}.\n", "1.73", "1.83"),
    ("Russian sentence", PERPLEXITY, PPL_WORK + "Итак, перплексия равна {v}\n", "1.7333", "1.8333"),
    ("Spanish sentence", PERPLEXITY, PPL_WORK + "Por lo tanto la perplejidad es {v}.\n", "1.733", "1.833"),
]


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "work.txt")


@pytest.mark.parametrize(("name", "path", "text", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_a_result_told_after_the_work_is_read(name, path, text, right, wrong) -> None:  # type: ignore[no-untyped-def]
    report = graded(path, text.format(v=right))
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
    assert not report.needs_review, [(d.code, d.message) for d in report.diagnostics]
    report = graded(path, text.format(v=wrong))
    assert report.verdict == "incorrect" and report.score < report.max_score, report.codes
    assert "final-answer-wrong" in report.codes
    last = text.format(v=wrong).splitlines()[-1]
    placed = [d for d in report.diagnostics if d.code == "final-answer-wrong"]
    assert placed[0].span.line == text.count("\n")
    assert last[placed[0].span.column - 1 :].startswith(wrong[:3]), placed[0].span


REMARKS = [
    (
        "a count ending a sentence, then the sum",
        "La respuesta tiene 2 palabras, son 2:\n= -0.7 + (-0.4) = -1.1\n",
    ),
    ("another quantity, far from the result", "-1.1\nLa perplejidad sería aproximadamente 1,733.\n"),
    ("English without a stating word", "= -0.7 + (-0.4) = -1.1\nWe use 2\n"),
]


@pytest.mark.parametrize(("name", "tail"), REMARKS, ids=[c[0] for c in REMARKS])
def test_a_number_a_sentence_ends_on_is_no_answer_when_it_is_not_one(name: str, tail: str) -> None:
    problem = ROOT / "problems/seed/deep-learning.toml"  # log Pr(y|x) = -1.1
    report = graded(problem, "log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep)\n" + tail)
    assert (report.verdict, report.score) == ("correct", report.max_score), report.codes
