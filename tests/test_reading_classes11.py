"""Classes of work the grader misread on blind21 (an engineering university's exam convention: Given / To
find / Solution, the therefore and because signs, "Ans." and underlined answers), each pinned by variants
written for this test (not copied from the blind set) and a wrong twin of each that must stay caught at the
line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

`∴ log Pr(y|x) = …` and `$\\therefore P = …$` were not read (so a wrong answer after ∴ went unseen and a
right sum above it was taken as the answer); `\\underline{0.04883}` and `\\underline{\\underline{3.827\\
\\text{nats}}}` were not read; `Ans. 0.3329` without a colon was not an answer label; a double underline
`=========` was an unreadable line; `Pr(y2 | x, y1)` named no position.

And from blind19: an unmarked `log` whose values are base 10 (`log .25 = -0.6021`, as engineers write it)
was "log-base-mismatch" on every line, though a probability asked does not depend on the base the student
works in; their first step that takes such logs to numbers now shows their base. Where a log quantity is
asked in a base, logs in another stay the mistake (the twins below and tests/test_reading_classes.py).
"""

from __future__ import annotations

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "therefore-sign",
        "deep-learning",
        "∵ log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n∴ log Pr(y|x) = -0.7 + (-0.4) = -1.1\n",
        ("∵ log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n∴ log Pr(y|x) = -0.7 + (-0.4) = -1.2\n", 2),
    ),
    (
        "therefore-sign",
        "deep-learning",
        "Sum of logs = -0.7 - 0.4 = -1.1\n∴ log Pr(y|x) = -1.1\n",
        ("Sum of logs = -0.7 - 0.4 = -1.1\n∴ log Pr(y|x) = e^{-1.1} = 0.3329\n", 2),
    ),
    (
        "therefore-latex",
        "sam-corpus",
        "$P(I|\\langle s\\rangle) = \\tfrac23,\\ P(am|I) = \\tfrac23,\\ P(Sam|am) = \\tfrac12,"
        "\\ P(\\langle/s\\rangle|Sam) = \\tfrac12$\n"
        "$\\therefore P = \\tfrac23 \\times \\tfrac23 \\times \\tfrac12 \\times \\tfrac12 = \\tfrac19 = 0.1111$\n",
        (
            "$P(I|\\langle s\\rangle) = \\tfrac23,\\ P(am|I) = \\tfrac23,\\ P(Sam|am) = \\tfrac12,"
            "\\ P(\\langle/s\\rangle|Sam) = \\tfrac12$\n"
            "$\\therefore P = \\tfrac23 \\times \\tfrac23 \\times \\tfrac12 \\times \\tfrac12 = \\tfrac19 = 0.1211$\n",
            2,
        ),
    ),
    (
        "underlined-answer",
        "deep-learning-perplexity",
        "$\\bar\\ell = (-0.7 - 0.4)/2 = -0.55$\n$\\therefore PPL = e^{0.55} = \\underline{1.733}$\n",
        ("$\\bar\\ell = (-0.7 - 0.4)/2 = -0.55$\n$\\therefore PPL = e^{0.55} = \\underline{1.833}$\n", 2),
    ),
    (
        "underlined-answer-with-unit",
        "cat-nll-bits",
        "$NLL = -\\log_2(0.5 \\times 0.25 \\times 0.1) = \\log_2 80 = \\underline{\\underline{6.322\\ \\text{bits}}}$\n",
        (
            "$NLL = -\\log_2(0.5 \\times 0.25 \\times 0.1) = \\log_2 80 = "
            "\\underline{\\underline{6.422\\ \\text{bits}}}$\n",
            1,
        ),
    ),
    (
        "ans-without-colon",
        "deep-learning",
        "log Pr(y|x) = log Pr(y1|x) + log Pr(y2|x, y1)\n= -0.7 + (-0.4)\nAns. -1.1\n",
        ("log Pr(y|x) = log Pr(y1|x) + log Pr(y2|x, y1)\n= -0.7 + (-0.4)\nAns. -1.2\n", 3),
    ),
    (
        "ans-without-colon",
        "logprobs-inline-perplexity",
        "avg log prob = (-1.2 - 0.3)/2 = -0.75\n**Ans. PP = e^0.75 = 2.117**\n==============\n",
        ("avg log prob = (-1.2 - 0.3)/2 = -0.75\n**Ans. PP = e^0.75 = 2.317**\n==============\n", 2),
    ),
    (
        "unmarked-log-in-base-10",
        "bigram-english-food",
        "log P = log .25 + log .33 + log .0011 + log .5 + log .68\n"
        "= -0.6021 - 0.4815 - 2.9586 - 0.3010 - 0.1675 = -4.5107\nP = 10^-4.5107 = 3.085 x 10^-5\n",
        (
            "log P = log .25 + log .33 + log .0011 + log .5 + log .68\n"
            "= -0.6021 - 0.4815 - 2.9586 - 0.3010 - 0.1675 = -4.5107\nP = e^-4.5107 = 0.0110\n",
            3,
        ),
    ),
    (
        "unmarked-log-in-base-10",
        "deep-learning-perplexity",
        "log P(deep|x) = -0.3040, log P(learning|x, deep) = -0.1737   (base 10)\n"
        "mean = (-0.3040 - 0.1737)/2 = -0.2389\nPPL = 10^0.2389 = 1.733\n",
        (
            "log P(deep|x) = -0.3040, log P(learning|x, deep) = -0.1737   (base 10)\n"
            "mean = (-0.3040 - 0.1737)/2 = -0.2389\nPPL = e^0.2389 = 1.270\n",
            3,
        ),
    ),
    (
        "position-without-underscore",
        "deep-learning",
        "log Pr(y|x) = log Pr(y1 | x) + log Pr(y2 | x, y1) = -0.7 + (-0.4) = -1.1\n",
        ("log Pr(y|x) = log Pr(y1 | x) × log Pr(y2 | x, y1) = (-0.7)(-0.4) = 0.28\n", 1),
    ),
]


def test_logs_in_another_base_stay_the_mistake_where_a_log_quantity_is_asked() -> None:
    """The student's base is adopted only where the asked value does not depend on it: an unmarked log
    taken in base 10 where the log-likelihood in nats is asked is log-base-mismatch at its first line."""
    from grader.derivation.grade import grade_text
    from grader.derivation.problem import load_problem
    from tests.conftest import ROOT

    problem = load_problem(ROOT / "problems/seed/sam-corpus.toml")
    assert problem.ask == "probability"
    deep = load_problem(ROOT / "problems/seed/deep-learning.toml")
    work = "log Pr(y|x) = log(0.4966) + log(0.6703)\n= -0.3040 - 0.1737 = -0.4777\n"
    report = grade_text(work, deep)
    assert report.verdict == "incorrect"
    first = min((d for d in report.diagnostics if d.severity == "error"), key=lambda d: d.span.line)
    assert (first.code, first.span.line) == ("log-base-mismatch", 2)
