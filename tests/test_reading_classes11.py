"""Classes of work the grader misread on blind21 (an engineering university's exam convention: Given / To
find / Solution, the therefore and because signs, "Ans." and underlined answers), each pinned by variants
written for this test (not copied from the blind set) and a wrong twin of each that must stay caught at the
line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

`∴ log Pr(y|x) = …` and `$\\therefore P = …$` were not read (so a wrong answer after ∴ went unseen and a
right sum above it was taken as the answer); `\\underline{0.04883}` and `\\underline{\\underline{3.827\\
\\text{nats}}}` were not read; `Ans. 0.3329` without a colon was not an answer label; a double underline
`=========` was an unreadable line; `Pr(y2 | x, y1)` named no position.
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
        "position-without-underscore",
        "deep-learning",
        "log Pr(y|x) = log Pr(y1 | x) + log Pr(y2 | x, y1) = -0.7 + (-0.4) = -1.1\n",
        ("log Pr(y|x) = log Pr(y1 | x) × log Pr(y2 | x, y1) = (-0.7)(-0.4) = 0.28\n", 1),
    ),
]
