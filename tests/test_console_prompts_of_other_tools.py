"""The prompts of the other consoles students paste from are prompts too: MATLAB and Octave `>>`, R's and
Maple's `> ` before code, Julia's `julia>`, Mathematica's `In[n]:=` / `Out[n]=`, R's `[1]`, and MATLAB's
`ans = …` or `name =` over a printed value or row.

From blind66 (a class that checks its work in a computer-algebra system or numerical language): 30 of its
51 correct files were sent for review, nearly all for the sessions themselves (79 parse-error lines), and one
correct file lost its final marks: MATLAB's `ans`, rebound by every command (`ans = -10.3862`, then
`ans = 3.0855e-05`), was read as the label "ans" of two different answers, a hedge. Stop 31 taught the grader
Python's and IPython's prompts only. Now a line typed at any of these prompts is code, read as maths where it
is maths (its mistakes named) and passed over without a warning where it is not; a name it uses that the
maths cannot resolve is the program's, not a symbol to review; and what the console printed under it is its
value. A Markdown quote `> P(am|I) = 2/3` is not R's prompt: it stays maths, checked as before.
"""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

LOGLIK = ROOT / "problems/seed/deep-learning.toml"  # log Pr(y|x) = -0.7 + (-0.4) = -1.1
BIGRAM = ROOT / "problems/seed/bigram-english-food.toml"  # 0.25 · 0.33 · 0.0011 · 0.5 · 0.68 = 3.0855e-05
SAM = ROOT / "problems/seed/sam-corpus.toml"  # P(<s> I am Sam </s>) = 1/9

SESSIONS = [
    ("matlab", ">> lp = [-0.7 -0.4];\n>> sum(lp)\nans =\n   -1.1000\n"),
    ("matlab, value beside ans", ">> lp = [-0.7 -0.4];\n>> s = sum(lp)\ns = -1.1000\n"),
    (
        "octave, a row printed",
        ">> lp = log(exp([-0.7 -0.4]))\nlp =\n\n  -0.7000  -0.4000\n\n>> sum(lp)\nans = -1.1000\n",
    ),
    ("r", "> lp <- c(deep = -0.7, learning = -0.4)\n> sum(lp)\n[1] -1.1\n"),
    ("r, signed call", "> p <- exp(c(-0.7, -0.4))\n> -(-log(p[1]) - log(p[2]))\n[1] -1.1\n"),
    ("julia", "julia> lp = [-0.7, -0.4];\n\njulia> sum(lp)\n-1.1\n"),
    ("mathematica", "In[1]:= lp = {-0.7, -0.4};\nIn[2]:= Total[lp]\nOut[2]= -1.1\n"),
    ("mathematica //N", "In[1]:= Log[Exp[-7/10] Exp[-2/5]]\nOut[1]//N= -1.1\n"),
    ("maple", "> lp := [-0.7, -0.4];\n> evalf(add(lp));\n                                -1.1\n"),
]
WORK = "\nlog Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + (-0.4) = -1.1\n"


def graded(path, text: str):  # type: ignore[no-untyped-def]
    return load_question(path).grade(text.encode(), "s")


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics]


@pytest.mark.parametrize(("tool", "session"), SESSIONS, ids=[t for t, _ in SESSIONS])
def test_a_session_beside_correct_work_costs_nothing_and_needs_no_review(tool: str, session: str) -> None:
    result = graded(LOGLIK, session + WORK)
    assert codes(result) == []
    assert result.score == result.max_score
    assert not result.needs_review


@pytest.mark.parametrize(("tool", "session"), SESSIONS, ids=[t for t, _ in SESSIONS])
def test_a_session_with_a_wrong_result_is_still_told(tool: str, session: str) -> None:
    wrong = session.replace("-1.1", "-1.2")
    result = graded(LOGLIK, wrong + "\nlog Pr(y|x) = -1.2\n")
    assert "final-answer-wrong" in codes(result)
    assert result.score < result.max_score


def test_matlab_ans_rebound_by_each_command_is_no_hedge() -> None:
    session = (
        "```\n>> p = [0.25 0.33 0.0011 0.5 0.68];\n>> lp = log(p)\nlp =\n"
        "   -1.3863   -1.1087   -6.8124   -0.6931   -0.3857\n>> sum(lp)\nans = -10.3862\n>> exp(ans)\n"
        "ans = 3.0855e-05\n```\n\n"
    )
    right = graded(BIGRAM, session + "**P(<s> i want english food </s>) ≈ 3.0855e-05**\n")
    assert "hedged-answer" not in codes(right)
    assert right.verdict == "correct" and right.score == right.max_score
    wrong = graded(BIGRAM, session.replace("3.0855e-05", "3.2e-05") + "**P(…) ≈ 3.2e-05**\n")
    assert "final-answer-wrong" in codes(wrong)


def test_program_names_typed_at_a_prompt_are_not_sent_for_review() -> None:
    text = "> prod(c(2, 2, 1, 1) / c(3, 3, 2, 2))\n[1] 0.1111111\n\n**P(<s> I am Sam </s>) = 1/9 ≈ 0.111**\n"
    result = graded(SAM, text)
    assert result.score == result.max_score
    assert "unknown-symbol" not in codes(result)


def test_maths_typed_at_a_prompt_keeps_its_mistake() -> None:
    result = graded(LOGLIK, ">> -0.7 * -0.4\nans = 0.2800\n\nlog Pr(y|x) = 0.28\n")
    assert "multiplied-log-probs" in codes(result)


def test_a_markdown_quote_is_no_prompt() -> None:
    quoted = "> log Pr(y|x) = -0.7 * -0.4 = 0.28\n\nlog Pr(y|x) = 0.28\n"
    assert "multiplied-log-probs" in codes(graded(LOGLIK, quoted))
    right = graded(SAM, "> P(am|I) = 2/3\n\nP = 2/3 · 2/3 · 1/2 · 1/2 = 1/9\n")
    assert right.score == right.max_score


def test_a_value_from_the_programs_names_is_never_charged() -> None:
    # blind14's Octave file: `q` is the program's vector, not a symbol of the maths; sum(log2(q)) is unknown
    text = (
        "log2 Pr(y|x) = Σ_{i=1}^{4} log2 Pr(y_i | x, y_<i)\n\n>> q = [0.2360 0.0923 0.1279 0.0170];\n"
        ">> sum(log2(q))\nans = -14.366\n>> log2(prod(q))\nans = -14.366\n\n答案：log2 Pr(y|x) = -14.366 bits\n"
    )
    result = graded(ROOT / "problems/seed/transformer-log-likelihood.toml", text)
    assert result.verdict == "correct" and result.score == result.max_score


WINDOW = ROOT / "problems/window/deep-learning-window.toml"
WINDOW_TEXT = (
    "Full model:\nlog P(y|x) = log P(deep | x) + log P(learning | x, deep) = -0.7 + (-0.4) = -1.1\n\n"
    "Window model:\nlog P_1(y|x) = log P(deep | ML) + log P(learning | deep) = -2.2 + (-0.9) = -3.1\n\n"
    "Gap:\n> full <- -0.7 + -0.4; win <- -2.2 + -0.9\n> full - win\n[1] {gap}\n"
    "log P_full - log P_1 = -1.1 - (-3.1) = {gap}\n\nCheaper:\nThe window model: it reads one token.\n"
)


def test_a_printed_value_belongs_to_the_input_above_it_not_to_another_parts_statement() -> None:
    # blind-kinds8's R gap: the full model's part owns `[1] 2` (its input says "full"); an assignment with
    # `<-` prints nothing, so the 2 is never "= 2" after the full model's -1.1
    right = graded(WINDOW, WINDOW_TEXT.format(gap="2"))
    assert right.verdict == "correct" and right.score == right.max_score
    wrong = graded(WINDOW, WINDOW_TEXT.format(gap="4.2"))
    assert "window-gap-wrong" in codes(wrong)


def test_a_line_of_the_students_own_after_a_session_is_theirs() -> None:
    # "NLL = 6.3219 bits" after `Out[4]: …` and a blank line is the answer, not a value MATLAB printed
    text = (
        "In [3]: nll_nats = -np.log(p).sum()\nOut[3]: 4.382026634673881\n\n"
        "In [4]: nll_bits = nll_nats / np.log(2)\nOut[4]: 6.321928094887362\n\nNLL = {} bits\n"
    )
    question = ROOT / "problems/seed/cat-nll-bits.toml"
    assert graded(question, text.format("6.3219")).score == 1.0
    assert "final-answer-wrong" in codes(graded(question, text.format("4.3820")))


def test_names_the_student_gave_values_at_the_prompt_are_still_read() -> None:
    # `p1 * p2` after `p1 = math.exp(-0.7); p2 = math.exp(-0.4)`: their own names, the product is checked
    text = (
        "In [2]: p1 = math.exp(-0.7); p2 = math.exp(-0.4)\nIn [4]: p1 * p2\nOut[4]: 0.33287108369807955\n\n"
        "log Pr(y|x) = 0.3329\n"
    )
    result = graded(LOGLIK, text)
    assert result.verdict == "incorrect"
    assert result.score > 0  # the working read and credited in part, only the final is wrong
