"""Classes of work the grader misread on blind28 (economics PhD students who work in Stata), each pinned by
variants written for this test (not copied from the blind set) and a wrong twin of each that must stay
caught at the line of its slip. The cases run in tests/test_reading_classes.py with the earlier rounds'.

A quantity named in words with a word that makes it the mean per token ("Average negative log-likelihood
= (1.2 + 0.3)/2 = 0.75", "mean log-likelihood = …") was read as the total, so a right mean was charged as
the wrong quantity.
"""

from __future__ import annotations

# (class, problem, correct work, (wrong work, the line of its slip))
CASES: list[tuple[str, str, str, tuple[str, int]]] = [
    (
        "mean-named-in-words",
        "logprobs-inline-perplexity",
        "ln Pr(deep | x) = -1.2 and ln Pr(blue | x, deep) = -0.3\n"
        "Average negative log-likelihood = (1.2 + 0.3)/2 = 0.75 nats\nPerplexity = exp(0.75) = 2.117\n",
        (
            "ln Pr(deep | x) = -1.2 and ln Pr(blue | x, deep) = -0.3\n"
            "Average negative log-likelihood = (1.2 + 0.3)/2 = 0.85 nats\nPerplexity = exp(0.85) = 2.340\n",
            2,
        ),
    ),
    (
        "mean-named-in-words",
        "deep-learning-perplexity",
        "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\n"
        "the mean log-likelihood = (-0.7 - 0.4)/2 = -0.55\nPP = e^{0.55} = 1.733\n",
        (
            "ln Pr(deep | x) = -0.7, ln Pr(learning | x, deep) = -0.4\n"
            "the mean log-likelihood = (-0.7 - 0.4)/2 = -0.45\nPP = e^{0.45} = 1.568\n",
            2,
        ),
    ),
]
