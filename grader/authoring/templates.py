"""`grader problems new KIND`: a commented problem file per question kind, one entry each in TEMPLATES.

Each template loads as it is and its [[examples]] pass `grader problems test` (tests/test_authoring.py).
"""

from __future__ import annotations

DERIVATION = r'''# A derivation problem: students derive a sequence's probability under a language model, step by step.
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement, the model and the worked solution
#   grader problems lint THIS.toml                # keys, statement numbers, example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass

kind = "derivation"
id = "my-first-problem"        # unique in an assignment; the gradebook's problem column
title = "Log-likelihood of a two-token answer"
# What students read (Markdown). Every number in it must be the model's own value at the precision
# printed (`grader problems lint` checks).
statement = """
A language model is given the prompt x = "Name a subfield of machine learning:" and answers
y = (deep, learning). The model assigns

- log Pr(y_1 = deep | x) = -0.7
- log Pr(y_2 = learning | x, y_1 = deep) = -0.4

(natural logarithms). Compute log Pr(y | x), showing each step.
"""
ask = "log_likelihood"         # log_likelihood | probability | nll | perplexity | cross_entropy
log_base = "e"                 # "e" | "2" | "10": what a bare `log` means, and the base of `logprob`
tolerance = 0.01               # absolute, or { absolute = 0.01, relative = 0.001 }
points = 1
reveal = "never"               # never | always | after_deadline (with deadline = 2026-12-15T23:59:00-05:00)
strict_notation = false        # true: unreadable lines and unknown symbols cost marks (default: review)

# The model. kind = "table" lists conditionals; "ngram" (order, entries or corpus, smoothing),
# "transformer" (vocabulary, seed, sizes) and "logprobs" (an API's per-token logprobs) also exist:
# see problems/seed/ for one of each.
[model]
kind = "table"

[[model.entries]]              # one conditional each
token = "deep"
context = []                   # the history after x
logprob = -0.7                 # or prob = 0.5, or prob = "2/3"

[[model.entries]]
token = "learning"
context = ["deep"]
logprob = -0.4

[[model.entries]]              # a distractor: the value for a student who drops the history
token = "learning"
context = []
logprob = -2.3

[sequence]
x = "Name a subfield of machine learning:"   # an opaque prompt, or a list of tokens such as ["<s>"]
y = ["deep", "learning"]

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. Cover the mistakes the
# problem will meet (`grader problems lint` lists the ones no example shows).

[[examples]]
name = "correct"
submission = """
log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x,y_1)
= -0.7 + (-0.4)
= -1.1
"""
verdict = "correct"
codes = []

[[examples]]
name = "multiplied the log-probabilities"
submission = """
log Pr(y|x) = log Pr(y_1|x) * log Pr(y_2|x,y_1)
= (-0.7)(-0.4)
= 0.28
"""
verdict = "incorrect"
codes = [{ code = "multiplied-log-probs", line = 1 }, { code = "final-answer-wrong", line = 3 }]

[[examples]]
name = "added the probabilities"
submission = """
Pr(y|x) = Pr(y_1|x) + Pr(y_2|x,y_1)
= exp(-0.7) + exp(-0.4)
= 0.4966 + 0.6703
= 1.1669
log Pr(y|x) = ln(1.1669) = 0.1544
"""
verdict = "incorrect"
codes = [{ code = "added-probs", line = 1 }, { code = "final-answer-wrong", line = 5 }]

[[examples]]
name = "dropped x from a condition (right numbers: a warning, no deduction)"
submission = """
log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|y_1)
            = -0.7 + -0.4
            = -1.1
"""
verdict = "correct"
codes = [{ code = "dropped-conditioning", line = 1 }]

[[examples]]
name = "left out the first factor"
submission = """
log Pr(y|x) = log Pr(y_2 | x, y_1)
= -0.4
"""
verdict = "incorrect"
codes = [{ code = "missing-term", line = 1 }, { code = "final-answer-wrong", line = 2 }]
'''

# kind -> its template; a new kind adds one line here
TEMPLATES: dict[str, str] = {
    "derivation": DERIVATION,
}
