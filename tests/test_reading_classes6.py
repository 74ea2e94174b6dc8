"""Classes of correct work the grader used to mark down (issue 10, from the remaining blind6-blind14
misses), each pinned by variants written for this test (not copied from a blind set) and a wrong twin of
each that must stay caught at the line of its slip.

A variant is correct work: full marks. Its twin changes one number so that the work is wrong: not
full marks, with an error-severity diagnostic on the line of the slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.
"""

from __future__ import annotations

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
]
