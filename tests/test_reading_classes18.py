"""Classes of work the grader misread on blind29 (a class that dictates its maths or uses a screen reader;
the others in ordinary notation), each pinned by variants written for this test (not copied from the blind
set) and a wrong twin of each that must stay caught at the line of its slip. The cases run in
tests/test_reading_classes.py with the earlier rounds'.

A term, an arrow and a value (`log Pr(y|x) -> 0.7597`) was read as a mention and a stray number, and a
`final:` label was no answer label, so a probability reported as the log-probability got full marks.
"""

from __future__ import annotations

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "term-arrow-value",
        "logprobs-capital",
        "sum of the logprobs = -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n"
        "final: log Pr(y | x) -> -0.2748\n",
        (
            "sum of the logprobs = -0.0353 - 0.0099 - 0.0011 - 0.0013 - 0.0021 - 0.002 - 0.2231 = -0.2748\n"
            "final: log Pr(y | x) -> 0.7597\n",
            2,
        ),
    ),
    (
        "term-arrow-value",
        "deep-learning",
        "log P(y | x) = log P(deep | x) + log P(learning | x, deep) = -0.7 + (-0.4)\nso log P(y | x) => -1.1\n",
        (
            "log P(y | x) = log P(deep | x) + log P(learning | x, deep) = -0.7 + (-0.4)\nso log P(y | x) => -1.2\n",
            2,
        ),
    ),
]
