"""Classes of correct work the grader misjudged in blind76 (one long paragraph per answer), blind77 (an ordinary
mixed class), blind78 (spreadsheet formulas and calculator transcripts) and blind-kinds68/69 (a mixed class;
Markdown tables), each pinned by variants written for this test: every right row gets full marks and its twin
with a wrong value is not.

1. A stating verb other than "is" between a term and its value ("log Pr(y|x) comes to -1.1") said nothing.
2. A conversion written as a function of the result ("…, i.e. a probability of about e^-1.1 ≈ 0.33") was taken
   for the answer where the log was asked.
3. A paragraph whose clauses are joined by a pronoun and a verb ("≈ 2.3219 this is 1 + 2 + …") was one clause;
   a hyphenated word with a digit ("base-2 logs") counted as a number left unread; a clause holding a number
   that could not be read before the paragraph's last read one kept the whole paragraph unread (now: a
   warning, and a person looks); a sentence opening "The NLL of y = (the, cat) is …" was a restated heading.
4. "$\\Rightarrow$ answer:" labelled nothing; a bold result then a full stop ("**… ≈ −14.37 bits**. The …")
   ran into the next sentence.
5. A formula typed on one line and the value the cell or calculator shows on the next ("=SUM(-0.7,-0.4)" then
   "-1.1"); a value written before the term it is the value of ("-0.2748 = log Pr(y|x)").
6. A labelled value with its unit, a full stop and an aside in brackets ("Total: 3.8273 nats. (Pr(y|x) = …)").
7. Kinds: Markdown's escaped bars in a table (`\\|V\\|^n`); a window part given as a table row of terms and
   their sum; a comparison's coarse conclusion ("about 2 times") restating the finer value worked before it.
"""

from __future__ import annotations

import pytest

from tests.conftest import assert_twins, question_of

# (problem, right work, the same work with a wrong value)
CASES = [
    # 1. stating verbs
    (
        "deep-learning",
        "By the chain rule it is -0.7 + -0.4.\nSo log Pr(y|x) comes to {v} nats.",
        "-1.1",
        "-1.2",
    ),
    (
        "deep-learning",
        "log Pr(deep|x) + log Pr(learning|x, deep) = -0.7 + -0.4\nso log Pr(y|x) gives {v}",
        "-1.1",
        "-0.28",
    ),
    # 2. a conversion by exp after the result, in a sentence
    (
        "deep-learning",
        "so it is -0.7 plus -0.4, which comes to {v}; in other words the answer has log-probability {v} nats "
        "under the model, i.e. a probability of about e^{v} ≈ {p}.",
        ("-1.1", "0.33"),
        ("-1.2", "0.30"),
    ),
    ("deep-learning", "-0.7 + -0.4 = {v}\ne^{v} = {p}", ("-1.1", "0.33"), ("-0.3", "0.74")),
    # 3. a paragraph read clause by clause
    (
        "cat-nll-bits",
        "The negative log-likelihood in bits is minus the sum of the base-2 logs of the four probabilities, so "
        "NLL = -[log2(1/2) + log2(1/4) + log2(1/5) + log2(1/2)], and since log2 5 ≈ 2.3219 this is "
        "1 + 2 + 2.3219 + 1 = {v} bits; equivalently the probability is 1/80, which matches, so NLL ≈ {v} bits.",
        "6.3219",
        "5.3219",
    ),
    (
        "transformer-softmax",
        "The NLL of y = (the, cat) is -ln Pr(the|x) - ln Pr(cat|x, the), and for the first row the exponentials "
        "are 0.3018, 1.8757 and so on, summing to 7.9498 with ln 7.9498 = 2.0731, giving 2.0731 - 0.629 = 1.4441, "
        "and for the second row they sum to 14.0014 with ln 14.0014 = 2.6392, giving 2.6392 - 0.256 = 2.3832, "
        "so the NLL is 1.4441 + 2.3832 = {v} nats.",
        "3.8273",
        "3.9273",
    ),
    # 4. labels and bold
    (
        "logprobs-capital",
        "$\\log \\Pr(y \\mid x) = -0.2748$\n\n$\\Rightarrow$ answer: $\\log\\Pr(y \\mid x) = {v}$",
        "-0.2748",
        "-0.35",
    ),
    (
        "transformer-log-likelihood",
        "Per-token: log₂ 0.2360 ≈ −2.083, log₂ 0.0923 ≈ −3.438\nlog₂ 0.1279 ≈ −2.967, log₂ 0.0170 ≈ −5.878\n"
        "Adding them up gives **log₂ Pr(y | x) ≈ {v} bits**. The end token is by far the most expensive one.",
        "−14.37",
        "−13.37",
    ),
    # 5. a value shown under its formula; a value before its term
    ("deep-learning", "=SUM(-0.7,-0.4)\n{v}", "-1.1", "-1.2"),
    ("deep-learning", "-0.7 + (-0.4)\n{v}", "-1.1", "-0.28"),
    (
        "logprobs-capital",
        "running sum of the seven logprobs\nlast cell {v} = log Pr(y|x)",
        "-0.2748",
        "-0.0517",
    ),
    # 6. a labelled value, its unit, a full stop and an aside
    (
        "transformer-softmax",
        "NLL(y|x) = -ln Pr(the|x) - ln Pr(cat|x,the), and for a softmax -ln Pr(w) = ln Σ_v e^{{z_v}} - z_w.\n"
        "First term 2.0731 - 0.629 = 1.4441, second 2.6392 - 0.256 = 2.3832.\n"
        "Total: {v} nats. (Pr(y|x) = e^-{v} ≈ {p}.)",
        ("3.8273", "0.0218"),
        ("3.9", "0.0202"),
    ),
]


def _fill(text: str, values: str | tuple[str, str]) -> str:
    v, p = values if isinstance(values, tuple) else (values, "")
    return text.format(v=v, p=p)


@pytest.mark.parametrize(("problem", "text", "right", "wrong"), CASES)
def test_right_work_gets_full_marks_and_its_wrong_twin_does_not(
    problem: str, text: str, right: str | tuple[str, str], wrong: str | tuple[str, str]
) -> None:
    assert_twins(question_of(problem), _fill(text, right), _fill(text, wrong))


def test_an_unread_clause_before_the_result_costs_nothing() -> None:
    """ "which divided by N = 2 is -0.75" cannot be read; the clauses around it are, and the result is right."""
    text = (
        "Only the generated tokens matter, so the sum of log-probabilities is ln Pr(deep|x) + ln Pr(blue|x, deep) "
        "= -1.2 + (-0.3) = -1.5, which divided by N = 2 is -0.75, and so the perplexity is exp(0.75) ≈ {v}, "
        "about a fair choice among two tokens."
    )
    assert_twins(question_of("logprobs-inline-perplexity"), text.format(v="2.117"), text.format(v="2.017"))


KIND_CASES = [
    (  # (blind-kinds71) a bracket of the candidates below the cut, "next best: …", is no part of the beam
        "decoding--beam-a-cat",
        "step 1: the .5, a .4 [next best: one .1]\nstep 2: {v} [next best: the car .125]\nbeam returns a cat, P = 0.36",
        "a cat .36, the dog .20",
        "a cat .36, the cat .175",
    ),
    (
        "cost--exhaustive-search",
        "| position | choices |\n|---|---|\n| 1 | \\|V\\| |\n| n | \\|V\\| |\n| **total** | \\|V\\| · \\|V\\| ··· \\|V\\| = **{v}** |",
        "\\|V\\|^n",
        "n \\|V\\|",
    ),
    (
        "window--transformer-window",
        "| | y_1 = deep | y_2 = learning | sum |\n|---|---|---|---|\n| Full model: | -2.0526 | -1.5966 | -3.6492 |\n"
        "| Window model: (k=1) | {v} |\n\n- Gap: -3.6492 − (-4.9718) = 1.3226\n- Cheaper: the k = 1 window model.",
        "-1.5255 | -3.4463 | -4.9718",
        "-2.3668 | -1.5100 | -3.8768",
    ),
    (
        "compare--deep-vs-reinforcement-ratio",
        "log P(A|x) = -0.7 + (-0.4) = -1.1\nlog P(B|x) = -1.6 + (-0.2) = -1.8\n\n"
        "P(A)/P(B) = exp(-1.1 - (-1.8)) = exp(0.7) ~ {v}\n\nA is about 2 times as likely as B.",
        "2.01",
        "1.75",
    ),
]


@pytest.mark.parametrize(("problem", "text", "right", "wrong"), KIND_CASES)
def test_kinds_right_work_gets_full_marks_and_its_wrong_twin_does_not(
    problem: str, text: str, right: str, wrong: str
) -> None:
    assert_twins(question_of(problem), text.format(v=right), text.format(v=wrong))
