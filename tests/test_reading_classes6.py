"""Classes of correct work the grader used to mark down (issue 10, from the remaining blind6-blind14
misses), each pinned by variants written for this test (not copied from a blind set) and a wrong twin of
each that must stay caught at the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.
"""

from __future__ import annotations

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    # Checks announced by a line of words ("Some checks of my own:") or labelled "sanity:": what they
    # compute is a remark, never the answer nor a factor of the sequence (a normalisation check of
    # another context was wrong-token; a "sanity: 2^-x = p" after the answer was taken as the final).
    (
        "check-heading",
        "sam-corpus",
        "P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n\nSome checks of my own:\n"
        "after am the two choices add up, P(Sam|am) + P(</s>|am) = 1/2 + 1/2 = 1\n",
        (
            "P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
            "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/6\n\nSome checks of my own:\n"
            "after am the two choices add up, P(Sam|am) + P(</s>|am) = 1/2 + 1/2 = 1\n",
            2,
        ),
    ),
    (
        "check-heading",
        "cat-nll-bits",
        "log2 P = -1 - 2 - 2.3219 - 1 = -6.3219\nnegate: 6.3219 bits\nsanity: 2^-6.3219 = 0.0125\n",
        ("log2 P = -1 - 2 - 2.3219 - 1 = -6.3219\nnegate: 7.3219 bits\nsanity: 2^-7.3219 = 0.00625\n", 2),
    ),
    (
        "check-heading",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\nPPL = exp((0.7 + 0.4)/2) = exp(0.55) = 1.7333\n"
        "Quick sanity checks:\nexp(-0.55) = 0.5769\n",
        (
            "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\nPPL = exp((0.7 + 0.4)/2) = exp(0.55) = 1.9333\n"
            "Quick sanity checks:\nexp(-0.55) = 0.5769\n",
            2,
        ),
    ),
    # Plain maths before a line's first $…$ ("**NLL = 6.32 bits** (so $P = 2^{-6.32}$)") is read: only the
    # dollars were read, so the bracketed remark in another quantity was taken as the final answer.
    (
        "plain-before-inline",
        "cat-nll-bits",
        "$\\log_2 \\tfrac12 + \\log_2\\tfrac14 + \\log_2\\tfrac15 + \\log_2\\tfrac12 = -1 - 2 - 2.3219 - 1 = -6.3219$\n"
        "**NLL = 6.3219 bits** (the sentence has probability $2^{-6.3219} \\approx 0.0125$)\n",
        (
            "$\\log_2 \\tfrac12 + \\log_2\\tfrac14 + \\log_2\\tfrac15 + \\log_2\\tfrac12 = -1 - 2 - 2.3219 - 1 = -6.3219$\n"
            "**NLL = 5.3219 bits** (the sentence has probability $2^{-5.3219} \\approx 0.025$)\n",
            2,
        ),
    ),
    (
        "plain-before-inline",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\n"
        "PPL = 1.7333 (the mean NLL is $(0.7 + 0.4)/2 = 0.55$ nats)\n",
        (
            "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\n"
            "PPL = 1.9333 (the mean NLL is $(0.7 + 0.4)/2 = 0.55$ nats)\n",
            2,
        ),
    ),
    # A condition elided as a whole ("Pr(. | …)", "\\mid \\dots"): the target given all before it, not a
    # dropped conditioning (which a bare "Pr(Paris)" still is).
    (
        "elided-context",
        "logprobs-capital",
        "log Pr(Paris | …) = -0.0020\nlog Pr(y|x) = -0.0353-0.0099-0.0011-0.0013-0.0021-0.0020-0.2231 = -0.2748\n",
        (
            "log Pr(Paris | …) = -0.0120\nlog Pr(y|x) = -0.0353-0.0099-0.0011-0.0013-0.0021-0.0120-0.2231 = -0.2848\n",
            1,
        ),
    ),
    (
        "elided-context",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, $\\ln \\Pr(\\text{learning} \\mid \\ldots) = -0.4$\n"
        "PPL = exp((0.7 + 0.4)/2) = exp(0.55) = 1.7333\n",
        (
            "ln Pr(deep | x) = -0.7, $\\ln \\Pr(\\text{learning} \\mid \\ldots) = -0.5$\n"
            "PPL = exp((0.7 + 0.5)/2) = exp(0.6) = 1.8221\n",
            1,
        ),
    ),
    # Tokens written around a run of positions ("<s> w_1 … w_n </s>") frame it: the prompt before y_1 is
    # context and a token after w_n is the next position, or w_n restated when n already counts it; and a
    # stated "w_{n+1} = </s>" fixes what the student's n counts, so \\prod_{i=1}^{n+1} is every factor
    # (the framed run was read as the non-factor "<s> </s>").
    (
        "length-letter",
        "bigram-english-food",
        "$P(\\langle s\\rangle\\, w_1 \\dots w_{n}\\, \\langle/s\\rangle) = \\prod_{i=1}^{n+1} P(w_i \\mid w_{i-1})$,"
        " where $w_{n+1}=\\langle/s\\rangle$\nP = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-5\n",
        (
            "$P(\\langle s\\rangle\\, w_1 \\dots w_{n}\\, \\langle/s\\rangle) = \\prod_{i=1}^{n} P(w_i \\mid w_{i-1})$,"
            " where $w_{n+1}=\\langle/s\\rangle$\nP = 0.25 * 0.33 * 0.0011 * 0.5 * 0.68 = 3.0855e-5\n",
            1,
        ),
    ),
    (
        "length-letter",
        "sam-corpus",
        "P(<s> w_1 ... w_n </s>) = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        ("P(<s> w_1 ... w_n </s>) = 2/3 * 2/3 * 1/2 = 2/9\n", 1),
    ),
    # A correction that sets the right value against the one written ("hmm wait, C(am) is 2 not 3") takes
    # back the statement it corrects: the redo is judged, the slip taken back is not charged.
    (
        "value-set-right",
        "sam-corpus",
        "P(I|<s>) = 2/3, P(am|I) = 2/3\nP(Sam|am) = C(am Sam)/C(am) = 1/3\n"
        "hmm wait, C(am) is 2 not 3: P(Sam|am) = 1/2\nP = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n",
        (
            "P(I|<s>) = 2/3, P(am|I) = 2/3\nP(Sam|am) = C(am Sam)/C(am) = 1/3\n"
            "hmm wait, C(am) is 2 not 3: P(Sam|am) = 1/3\nP = 2/3 * 2/3 * 1/3 * 1/2 = 2/27\n",
            4,
        ),
    ),
    (
        "value-set-right",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.5\nwait, I misread the table: "
        "ln Pr(learning | x, deep) = -0.4\nPPL = exp((0.7 + 0.4)/2) = exp(0.55) = 1.7333\n",
        (
            "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.5\nwait, I misread the table: "
            "ln Pr(learning | x, deep) = -0.45\nPPL = exp((0.7 + 0.45)/2) = exp(0.575) = 1.7771\n",
            2,
        ),
    ),
    # A letter x between two numbers set apart by spaces is the times sign ("0,25 x 0,33"), not the prompt x
    # (the product was read as one with the prompt in it, which has no value: no final answer).
    (
        "x-times",
        "bigram-english-food",
        "P = 0.25 x 0.33 x 0.0011 x 0.5 x 0.68 = 3.0855e-5\n",
        ("P = 0.25 x 0.33 x 0.0011 x 0.5 x 0.68 = 3.0955e-5\n", 1),
    ),
    (
        "x-times",
        "sam-corpus",
        "P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\nP = 0,6667 x 0,6667 x 0,5 x 0,5 = 0,1111\n",
        (
            "P(I|<s>) = 2/3, P(am|I) = 2/3, P(Sam|am) = 1/2, P(</s>|Sam) = 1/2\n"
            "P = 0,6667 x 0,6667 x 0,5 x 0,5 = 0,1211\n",
            2,
        ),
    ),
    # A middle member that is a sum sign before the word naming what is summed ("Σ logprobs") is told in
    # words: the members either side of it are equated (the line was unparsable).
    (
        "summed-word",
        "logprobs-capital",
        "log Pr(y|x) = Σ logprobs = −0.2748\n",
        ("log Pr(y|x) = Σ logprobs = −0.2848\n", 1),
    ),
    (
        "summed-word",
        "logprobs-capital",
        "log Pr(y | x) = ∑_i logprobs = -0.2748 nats\n",
        ("log Pr(y | x) = ∑_i logprobs = -0.2648 nats\n", 1),
    ),
    # Full-width forms (＝, ：, ０…９) are the ASCII signs, and words of a script written without spaces
    # (Han, kana, Hangul) with the number they label ("步骤1：") are words before the maths (unparsable).
    (
        "east-asian-text",
        "bigram-english-food",
        "步骤1：0.25 × 0.33 ＝ 0.0825\n步骤2：0.0825 × 0.0011 ＝ 0.00009075\n"
        "步骤3：0.00009075 × 0.5 ＝ 0.000045375\n步骤4：0.000045375 × 0.68 ＝ 0.000030855\n",
        (
            "步骤1：0.25 × 0.33 ＝ 0.0825\n步骤2：0.0825 × 0.0011 ＝ 0.00009075\n"
            "步骤3：0.00009075 × 0.5 ＝ 0.000054375\n步骤4：0.000054375 × 0.68 ＝ 0.000036975\n",
            3,
        ),
    ),
    (
        "east-asian-text",
        "bigram-english-food",
        "ステップ１：P ＝ ０.２５ × ０.３３ × ０.００１１ × ０.５ × ０.６８ ＝ ３.０８５５×10^-5\n",
        ("ステップ１：P ＝ ０.２５ × ０.３３ × ０.００１１ × ０.５ × ０.６８ ＝ ３.５８５５×10^-5\n", 1),
    ),
    # The answer restated in brackets as another quantity ("(natural log $\\approx -2.197$)") is an aside,
    # not a second answer; "(or $0.125$)" still is a hedge (tests below).
    (
        "bracketed-other-form",
        "sam-corpus",
        "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n**Answer:** $P = 0.1111$ (natural log $\\approx -2.197$)\n",
        ("P = 2/3 * 2/3 * 1/2 * 1/2 = 1/8\n**Answer:** $P = 0.125$ (natural log $\\approx -2.079$)\n", 1),
    ),
    (
        "bracketed-other-form",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\nPPL = exp((0.7 + 0.4)/2) = exp(0.55)\n"
        "Answer: $\\mathrm{PPL} = 1.733$ (per-token NLL $0.55$ nats)\n",
        (
            "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\nPPL = exp((0.7 + 0.4)/2) = exp(0.55)\n"
            "Answer: $\\mathrm{PPL} = 1.933$ (per-token NLL $0.55$ nats)\n",
            3,
        ),
    ),
]


# An alternative offered beside the answer in any notation is still a hedge.
HEDGES: list[str] = [
    "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\n**Answer:** $P = 0.1111$ (or maybe $0.125$)\n",
    "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\nAnswer: $P = 0.1111$ (or $P = 0.125$)\n",
    "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/9\nAnswer: P = 0.1111 (or 0.125)\n",
]


@pytest.mark.parametrize("work", HEDGES)
def test_bracketed_alternative_stays_a_hedge(work: str) -> None:
    """A right answer beside another value offered as an alternative earns nothing for the answer."""
    report = grade_text(work, load_problem(ROOT / "problems/seed/sam-corpus.toml"))
    assert "hedged-answer" in [d.code for d in report.diagnostics]
    assert report.score < report.max_score


# A row labelled by the tokens it is about ("<s> I:", "Sam </s>:") is a label in words before the maths.
BOUNDARY_LABELS: list[tuple[str, bool]] = [
    (
        "<s> I: 3/4 * 2/3 + 1/4 * 3/17 = 0.54412\nI am: 3/4 * 2/3 + 1/4 * 2/17 = 0.52941\n"
        "am Sam: 3/4 * 1/2 + 1/4 * 2/17 = 0.40441\nSam </s>: 3/4 * 1/2 + 1/4 * 3/17 = 0.41912\n"
        "P = 0.54412 * 0.52941 * 0.40441 * 0.41912 = 0.048825\n",
        True,
    ),
    (
        "<s> I: 3/4 * 2/3 + 1/4 * 3/17 = 0.54412\nI am: 3/4 * 2/3 + 1/4 * 2/17 = 0.52941\n"
        "am Sam: 3/4 * 1/2 + 1/4 * 2/17 = 0.40441\nSam </s>: 3/4 * 1/2 + 1/4 * 3/17 = 0.43912\n"
        "P = 0.54412 * 0.52941 * 0.40441 * 0.43912 = 0.051155\n",
        False,
    ),
]


@pytest.mark.parametrize(("work", "right"), BOUNDARY_LABELS)
def test_rows_labelled_by_boundary_tokens_are_read(work: str, right: bool) -> None:
    """Every row is read: the right work earns full marks with nothing left for review; the slipped row
    (line 4) is charged where it is."""
    report = grade_text(work, load_problem(ROOT / "problems/seed/sam-corpus-interpolation.toml"))
    assert not any(d.code == "parse-error" for d in report.diagnostics)
    if right:
        assert report.verdict == "correct" and report.score == report.max_score and not report.needs_review
    else:
        assert 4 in [d.span.line for d in report.diagnostics if d.severity == "error"]


# Text lost in an upload or a scan (shade blocks, the replacement character) is unread work, not absent
# work: no value is read from it, and a final answer that may be in it is not shown to be missing.
# (problem, work, the line of an error that must stay, or None: nothing charged, a person looks)
LOST_TEXT: list[tuple[str, str, int | None]] = [
    ("sam-corpus", "P = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n= ▒/▒ = ▒.▒▒▒\n", None),
    (
        "sam-corpus",
        "P = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\n[the photo of page 2 did not upload]\n▒▒▒▒▒▒▒▒\n",
        None,
    ),
    (
        "cat-nll-bits",
        "NLL = -(log2 P(the|<s>) + log2 P(cat|the) + log2 P(sat|cat) + log2 P(</s>|sat))\n= \ufffd.3\ufffd bits\n",
        None,
    ),
    ("sam-corpus", "P = 2/3 * 2/3 * 1/2 * 1/2 = 1/6\n▒▒▒▒▒▒▒▒\n", 1),  # a slip before the lost text: caught
    # nothing lost: the final value is shown to be missing
    ("sam-corpus", "P = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)\nI stopped here.\n", 1),
]


@pytest.mark.parametrize(("stem", "work", "error_line"), LOST_TEXT)
def test_lost_text_is_unread_not_absent(stem: str, work: str, error_line: int | None) -> None:
    """Lost text is sent for review and costs nothing of its own; a mistake the grader can show still does."""
    report = grade_text(work, load_problem(ROOT / f"problems/seed/{stem}.toml"))
    errors = [(d.code, d.span.line) for d in report.diagnostics if d.severity == "error"]
    if error_line is None:
        assert report.needs_review and not errors, errors
    else:
        assert error_line in [line for _, line in errors], errors
        assert report.score < report.max_score
