"""Classes of correct work the grader used to mark down (issue 10, from the blind13 misses: a European
statistics master's class, with decimal commas, count tables laid out in columns, R and e-mail pastes and
LaTeX align blocks), each pinned by variants written for this test (not copied from a blind set) and a
wrong twin of each that must stay caught at the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.
"""

from __future__ import annotations

from functools import cache

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem, load_problem
from tests.conftest import ROOT


@cache
def _problem(stem: str) -> Problem:
    return load_problem(ROOT / "problems/seed" / f"{stem}.toml")


# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # Counts laid out in columns whose names are padded before "=" ("C(I am)    = 2"): the wide gap
    # beside a relation is inside one statement, the gap between two statements parts them (each row
    # was read as one product "3  C(I am) = 2", an invalid step and a missing term on correct counts).
    (
        "count-columns",
        "sam-corpus",
        "history         bigram\nC(<s>)  = 3     C(<s> I)     = 2\nC(I)    = 3     C(I am)      = 2\n"
        "C(am)   = 2     C(am Sam)    = 1\nC(Sam)  = 2     C(Sam </s>)  = 1\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9 = 0.1111\n",
        (
            "history         bigram\nC(<s>)  = 3     C(<s> I)     = 2\nC(I)    = 3     C(I am)      = 2\n"
            "C(am)   = 2     C(am Sam)    = 1\nC(Sam)  = 2     C(Sam </s>)  = 1\n"
            "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9 = 0.1211\n",
            6,
        ),
    ),
    (
        "count-columns",
        "sam-corpus-add-one",
        "V = 11\n  C(<s> I)  = 2      C(<s>) = 3\n  C(I am)   = 2      C(I)   = 3\n"
        "  C(am Sam) = 1      C(am)  = 2\n  C(Sam </s>) = 1    C(Sam) = 2\n"
        "P = (3/14) * (3/14) * (2/13) * (2/13) = 36/33124 = 0.0010868\n",
        (
            "V = 11\n  C(<s> I)  = 2      C(<s>) = 3\n  C(I am)   = 2      C(I)   = 3\n"
            "  C(am Sam) = 1      C(am)  = 2\n  C(Sam </s>) = 1    C(Sam) = 2\n"
            "P = (3/14) * (3/14) * (2/13) * (2/13) = 36/33124 = 0.0012868\n",
            6,
        ),
    ),
    # An arrow parts two statements; it is never the middle of one told in words ("0.55 nats/token →
    # PPL" was passed over, equating the mean with the perplexity).
    (
        "arrow-seam",
        "deep-learning-perplexity",
        "avg NLL = (0.7 + 0.4)/2 = 0.55 nats per token ⇒ PPL = exp(0.55) = 1.733\n",
        ("avg NLL = (0.7 + 0.4)/2 = 0.55 nats per token ⇒ PPL = exp(0.55) = 1.933\n", 1),
    ),
    (
        "arrow-seam",
        "deep-learning-perplexity",
        "cross-entropy = (0.7+0.4)/2 = 0.55 per token -> PP = e^(0.55) = 1.733\n",
        ("cross-entropy = (0.7+0.4)/2 = 0.65 per token -> PP = e^(0.65) = 1.916\n", 1),
    ),
    # A step's label set off by a dash ("Step 2 – mean = …") is a label; its number is no operand.
    (
        "step-dash",
        "deep-learning-perplexity",
        "Step 1 – sum = -0.7 + (-0.4) = -1.1\nStep 2 — mean = -1.1/2 = -0.55\nStep 3 - PPL = e^0.55 = 1.733\n",
        (
            "Step 1 – sum = -0.7 + (-0.4) = -1.1\nStep 2 — mean = -1.1/2 = -0.65\nStep 3 - PPL = e^0.65 = 1.916\n",
            2,
        ),
    ),
    # A whole-sequence value worked from the logits as the statement prints them (three decimals) is
    # right at the precision written, as one factor so worked already was.
    (
        "printed-logits",
        "transformer-softmax",
        "-ln Pr(the | x) = 1.444141\n-ln Pr(cat | x, the) = 2.383157\n"
        "NLL = -ln Pr(the | x) - ln Pr(cat | x, the) = 3.827298\n",
        (
            "-ln Pr(the | x) = 1.444141\n-ln Pr(cat | x, the) = 2.383157\n"
            "NLL = -ln Pr(the | x) - ln Pr(cat | x, the) = 3.857298\n",
            3,
        ),
    ),
    (
        "printed-logits",
        "transformer-softmax",
        "log-likelihood: ln Pr(the | x) + ln Pr(cat | x, the) = -3.827298\nNLL = 3.827298 nats\n",
        ("log-likelihood: ln Pr(the | x) + ln Pr(cat | x, the) = -3.797298\nNLL = 3.797298 nats\n", 1),
    ),
    # A decimal comma in a power written without braces (e^0,55) is a decimal comma like any other.
    (
        "comma-power",
        "logprobs-inline-perplexity",
        "mean = ((-1,2) + (-0,3))/2 = -0,75\nPP = e^0,75 = 2,1170\n",
        ("mean = ((-1,2) + (-0,3))/2 = -0,75\nPP = e^0,75 = 2,3170\n", 2),
    ),
    (
        "comma-power",
        "deep-learning-perplexity",
        "ln Pr(y|x) = -0,7 + (-0,4) = -1,1\nPPL = exp(1,1/2) = e^0,55 ≈ 1,7333\n",
        ("ln Pr(y|x) = -0,7 + (-0,4) = -1,1\nPPL = exp(1,1/2) = e^0,55 ≈ 1,6333\n", 2),
    ),
    # y<ᵢ: the bound written before a lowered index is y_{<i}.
    (
        "lowered-bound",
        "logprobs-inline-perplexity",
        "Σᵢ ln Pr(yᵢ | x, y<ᵢ) = -1.2 + (-0.3) = -1.5\nPP = exp(1.5/2) = 2.117\n",
        ("Σᵢ ln Pr(yᵢ | x, y<ᵢ) = -1.2 + (-0.3) = -1.6\nPP = exp(1.6/2) = 2.226\n", 1),
    ),
    # A row's label before a colon may quote the token it is about ('after "is" : …'), as words
    # naming a value may: the maths after the colon is read (each such line was a parse error).
    (
        "quoted-row-label",
        "logprobs-capital",
        'token "The": -0.0353\nrunning total after "capital": -0.0353 - 0.0099 = -0.0452\n'
        'after "of" and "France": -0.0452 - 0.0011 - 0.0013 = -0.0476\n'
        'through "Paris" and ".": -0.0476 - 0.0021 - 0.002 - 0.2231 = -0.2748\n',
        (
            'token "The": -0.0353\nrunning total after "capital": -0.0353 - 0.0099 = -0.0452\n'
            'after "of" and "France": -0.0452 - 0.0011 - 0.0013 = -0.0486\n'
            'through "Paris" and ".": -0.0486 - 0.0021 - 0.002 - 0.2231 = -0.2758\n',
            3,
        ),
    ),
    # A statement in brackets beside a result, across a gap ("= -0.2748   (Pr = e^… ≈ 0.76)"), is a
    # second statement, read and checked, not an unreadable line.
    (
        "bracketed-beside",
        "logprobs-capital",
        "ln Pr(y|x) = -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231\n"
        "= -0.2748    (so Pr(y|x) = exp(-0.2748) ≈ 0.7597)\n",
        (
            "ln Pr(y|x) = -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231\n"
            "= -0.2748    (Pr(y|x) = exp(-0.2748) ≈ 0.7897)\n",
            2,
        ),
    ),
    (
        "bracketed-beside",
        "sam-corpus",
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\nAnswer: P(<s> I am Sam </s>) = 0.1111   (ln P = -2.1972)\n",
        ("P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\nAnswer: P(<s> I am Sam </s>) = 0.1111   (ln P = -2.3972)\n", 2),
    ),
    (
        "bracketed-beside",
        "deep-learning",
        "log P(y|x) = -0.7 + (-0.4)    (so P(y|x) = e^{-1.1} ≈ 0.333)\n= -1.1\n",
        ("log P(y|x) = -0.7 + (-0.4)    (so P(y|x) = e^{-1.1} ≈ 0.333)\n= -1.2\n", 2),
    ),
    # A hat on P (\hat P, \widehat{P}, P̂: the statistician's estimate) is the probability it sits on.
    (
        "hat-estimate",
        "sam-corpus",
        "$\\hat{P}(I \\mid \\langle s\\rangle) = 2/3$, $\\hat P(am \\mid I) = 2/3$, "
        "$\\widehat{P}(Sam \\mid am) = 1/2$, $\\hat P(\\langle/s\\rangle \\mid Sam) = 1/2$\n"
        "$\\hat P(\\langle s\\rangle\\, I\\, am\\, Sam\\, \\langle/s\\rangle) = \\frac{4}{36} = 0.1111$\n",
        (
            "$\\hat{P}(I \\mid \\langle s\\rangle) = 2/3$, $\\hat P(am \\mid I) = 2/3$, "
            "$\\widehat{P}(Sam \\mid am) = 1/3$, $\\hat P(\\langle/s\\rangle \\mid Sam) = 1/2$\n"
            "$\\hat P(\\langle s\\rangle\\, I\\, am\\, Sam\\, \\langle/s\\rangle) = \\frac{4}{54} = 0.0741$\n",
            1,
        ),
    ),
    (
        "hat-estimate",
        "sam-corpus",
        "P̂(I|<s>) = 2/3, P̂(am|I) = 2/3, P̂(Sam|am) = 1/2, P̂(</s>|Sam) = 1/2\n"
        "P̂(<s> I am Sam </s>) = 1/9 ≈ 0.111\n",
        (
            "P̂(I|<s>) = 2/3, P̂(am|I) = 2/3, P̂(Sam|am) = 1/2, P̂(</s>|Sam) = 1/4\n"
            "P̂(<s> I am Sam </s>) = 1/18 ≈ 0.0556\n",
            1,
        ),
    ),
    # An align row whose left side cannot be read ("\ln Z\big|_{x} &= …") starts a new statement with
    # that side unknown; its "= …" never carries on the row above (which made correct rows false steps).
    (
        "unread-row-head",
        "transformer-softmax",
        "\\begin{align*}\n\\ln Z\\big|_{x} &= \\ln 7.94976 = 2.07314\\\\\n"
        "\\ln\\Pr(\\text{the}\\mid x) &= 0.629 - 2.07314 = -1.44414\\\\\n"
        "\\ln Z\\big|_{x,\\text{the}} &= \\ln 14.00139 = 2.63916\\\\\n"
        "\\ln\\Pr(\\text{cat}\\mid x, \\text{the}) &= 0.256 - 2.63916 = -2.38316\\\\\n"
        "\\mathrm{NLL} &= 1.44414 + 2.38316 = 3.8273\n\\end{align*}\n",
        (
            "\\begin{align*}\n\\ln Z\\big|_{x} &= \\ln 7.94976 = 2.07314\\\\\n"
            "\\ln\\Pr(\\text{the}\\mid x) &= 0.629 - 2.07314 = -1.44414\\\\\n"
            "\\ln Z\\big|_{x,\\text{the}} &= \\ln 14.00139 = 2.73916\\\\\n"
            "\\ln\\Pr(\\text{cat}\\mid x, \\text{the}) &= 0.256 - 2.73916 = -2.48316\\\\\n"
            "\\mathrm{NLL} &= 1.44414 + 2.48316 = 3.9273\n\\end{align*}\n",
            4,
        ),
    ),
    # A display row broken over source lines mid-product ("P(a)\,P(b)\," then "P(c)"): a LaTeX row ends
    # at \\, not at a newline, so the two lines are one product.
    (
        "broken-row",
        "bigram-english-food",
        "\\[\nP(\\langle s\\rangle\\ \\text{i want english food}\\ \\langle/s\\rangle) = P(i\\mid\\langle s\\rangle)\\,"
        "P(want\\mid i)\\,P(english\\mid want)\\,\nP(food\\mid english)\\,P(\\langle/s\\rangle\\mid food)"
        " = 0.25\\cdot 0.33\\cdot 0.0011\\cdot 0.5\\cdot 0.68 = 3.0855\\times 10^{-5}\n\\]\n",
        (
            "\\[\nP(\\langle s\\rangle\\ \\text{i want english food}\\ \\langle/s\\rangle) = P(i\\mid\\langle s\\rangle)\\,"
            "P(want\\mid i)\\,P(english\\mid want)\\,\nP(food\\mid english)\\,P(\\langle/s\\rangle\\mid food)"
            " = 0.25\\cdot 0.33\\cdot 0.0011\\cdot 0.5\\cdot 0.68 = 3.5855\\times 10^{-5}\n\\]\n",
            3,
        ),
    ),
    (
        "broken-row",
        "bigram-english-food",
        "\\begin{align*}\nP &= 0.25 \\times 0.33 \\times\n0.0011 \\times 0.5 \\times 0.68\\\\\n"
        "&= 3.0855 \\times 10^{-5}\n\\end{align*}\n",
        (
            "\\begin{align*}\nP &= 0.25 \\times 0.33 \\times\n0.0011 \\times 0.5 \\times 0.68\\\\\n"
            "&= 3.1855 \\times 10^{-5}\n\\end{align*}\n",
            4,
        ),
    ),
]


@pytest.mark.parametrize(
    ("kind", "stem", "work", "twin"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_correct_variant_is_read_in_full(kind: str, stem: str, work: str, twin: tuple[str, int]) -> None:
    """Each correct variant is read whole: no line left for a person to review (a line these classes
    used to lose was a parse error, even where the rest of the work earned full marks)."""
    report = grade_text(work, _problem(stem))
    assert not report.needs_review, [(d.code, d.span.line) for d in report.diagnostics]


# A wrong value where the reading of a line stopped, on a line that goes on to another number: the line's
# last number is the answer (final-unread: a warning and review, never final-answer-wrong on correct work).
# (problem, the line, right: does its last number answer the question)
# (a `\text{…}` the grammar does not read as a unit: `\text{ nats per token}` is read since 2026-12-03, the line whole)
PARTLY_READ_FINALS: list[tuple[str, str, bool]] = [
    (
        "deep-learning-perplexity",
        "$\\mathrm{NLL}/N = 1.1/2 = 0.55 \\text{ nats for each token} \\Rightarrow \\mathrm{PPL} = e^{0.55} = 1.733$",
        True,
    ),
    (
        "deep-learning-perplexity",
        "$\\mathrm{NLL}/N = 1.1/2 = 0.55 \\text{ nats for each token} \\Rightarrow \\mathrm{PPL} = e^{0.55} = 1.933$",
        False,
    ),
    (
        "logprobs-inline-perplexity",
        "$\\frac{1.2 + 0.3}{2} = \\frac{1.5}{2} = 0.75 \\text{ per token, hence } \\mathrm{PP} = e^{0.75} = 2.117$",
        True,
    ),
    (
        "logprobs-inline-perplexity",
        "$\\frac{1.2 + 0.3}{2} = \\frac{1.5}{2} = 0.75 \\text{ per token, hence } \\mathrm{PP} = e^{0.75} = 2.417$",
        False,
    ),
]


@pytest.mark.parametrize(("stem", "line", "right"), PARTLY_READ_FINALS)
def test_final_on_a_partly_read_line(stem: str, line: str, right: bool) -> None:
    """The line's last number is the final answer, sent for review: the right one earns full marks, another
    earns no final part; neither is told of a mistake the grader cannot show."""
    report = grade_text(line + "\n", _problem(stem))
    codes = [d.code for d in report.diagnostics]
    assert report.needs_review and "final-unread" in codes and "final-answer-wrong" not in codes
    assert report.final_answer is not None and report.final_answer.correct is right
    assert (report.score == report.max_score) is right
    assert (report.verdict == "correct") is right
