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
name = "correct, through the probabilities"
submission = """
Pr(y|x) = Pr(y_1|x) Pr(y_2|x,y_1)
= exp(-0.7) exp(-0.4)
= 0.3329
log Pr(y|x) = log 0.3329 = -1.1
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

[[examples]]
name = "right answer, wrong reasoning: multiplied the logs, then added"
submission = """
log Pr(y|x) = log Pr(y_1|x) * log Pr(y_2|x,y_1)
= -0.7 + (-0.4)
= -1.1
"""
verdict = "incorrect"
codes = [{ code = "multiplied-log-probs", line = 1 }, { code = "invalid-step", line = 2 }]
'''

COMPARE = r'''# A compare problem: students compute log Pr(y | x) for two (to six) candidate outputs under one
# language model, step by step, and say which the model finds more likely (or by how much).
# Each candidate's working is graded as a derivation (the chain rule, the model's values, the
# arithmetic); the conclusion is graded against the student's own numbers, so a slip is charged once.
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement, the model and the worked solution
#   grader problems lint THIS.toml                # keys and example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass

kind = "compare"
id = "my-first-comparison"     # unique in an assignment: the gradebook's column (default: the file name)
title = "Which continuation does the model prefer?"
# What students read (Markdown). Say how to label each candidate's working ("For A:", "Response A",
# "## A"): unlabelled work is sent for review.
statement = """
A language model is given the prompt x = "The sky today is". Consider two continuations:

- Response A: y = (light, blue), with log Pr(light | x) = -1.2 and log Pr(blue | x, light) = -0.3
- Response B: y = (blue, again), with log Pr(blue | x) = -0.5 and log Pr(again | x, blue) = -1.4

(natural logarithms). Compute log Pr(y | x) for each response, showing each step (label them
"For A:" and "For B:"), and say which response the model considers more likely.
"""
# more_likely            which candidate has the larger log Pr(y | x) (2 to 6 candidates)
# more_likely_per_token  which has the larger mean log-probability per token (lower perplexity)
# log_ratio              log Pr(A | x) - log Pr(B | x) (exactly two candidates, A first)
# probability_ratio      Pr(A | x) / Pr(B | x) (exactly two candidates, A first)
ask = "more_likely"
log_base = "e"                 # "e" | "2" | "10": what a bare `log` means (default "e")
tolerance = 0.01               # absolute, or { absolute = 0.01, relative = 0.001 } (default 0.01)
points = 2                     # the whole question (default 1)
reveal = "never"               # never | always | after_deadline (with deadline = 2026-12-15T23:59:00Z)

# The model every candidate is scored under: the same [model] tables as a derivation problem
# ("table", "ngram", "transformer", "logprobs"; see problems/seed/ for one of each).
[model]
kind = "table"

[[model.entries]]              # one conditional each; context is the history after x
token = "light"
context = []
logprob = -1.2                 # or prob = 0.3, or prob = "3/10"

[[model.entries]]
token = "blue"
context = ["light"]
logprob = -0.3

[[model.entries]]
token = "blue"
context = []
logprob = -0.5

[[model.entries]]
token = "again"
context = ["blue"]
logprob = -1.4

# The candidates, 2 to 6, in the order the statement names them.
[[candidates]]
name = "A"                     # how students refer to it: a short name (letters, digits, spaces)
x = "The sky today is"         # the prompt: an opaque string, or a list of tokens such as ["<s>"]
y = ["light", "blue"]          # the candidate's tokens

[[candidates]]
name = "B"
x = "The sky today is"
y = ["blue", "again"]

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. `score` is in points.

[[examples]]
name = "correct: log-probabilities, labelled For A / For B"
submission = """
For A:
log P(A) = log P(light | x) + log P(blue | x, light)
= -1.2 + (-0.3)
= -1.5
For B:
log P(B) = log P(blue | x) + log P(again | x, blue)
= -0.5 + (-1.4)
= -1.9
Since -1.5 > -1.9, A is more likely.
"""
verdict = "correct"
score = 2
codes = []

[[examples]]
name = "correct: probabilities, headings and an Answer line"
submission = """
## Response A
P(y|x) = P(y_1|x) P(y_2|x, y_1) = exp(-1.2) * exp(-0.3) = 0.2231

## Response B
P(y|x) = exp(-0.5) * exp(-1.4) = 0.1496

Answer: A
"""
verdict = "correct"
codes = []

[[examples]]
name = "reads -1.9 as larger than -1.5"
submission = """
For A: log P(A) = -1.2 + (-0.3) = -1.5
For B: log P(B) = -0.5 + (-1.4) = -1.9
-1.9 is bigger in magnitude, so B is more likely.
"""
verdict = "incorrect"
codes = [{ code = "less-likely-chosen", line = 3 }]

[[examples]]
name = "slip in B, the conclusion follows the student's own numbers (charged once)"
submission = """
For A: log P(A) = -1.2 + (-0.3) = -1.5
For B: log P(B) = -0.5 + (-1.4) = -0.9
B is more likely since -0.9 > -1.5.
"""
verdict = "incorrect"
codes = [{ code = "arithmetic-error", line = 2 }, { code = "final-answer-wrong", line = 2 }]

[[examples]]
name = "multiplied the log-probabilities"
submission = """
For A: log P(A) = (-1.2)(-0.3) = 0.36
For B: log P(B) = (-0.5)(-1.4) = 0.7
B is more likely.
"""
verdict = "incorrect"
codes = [
    { code = "multiplied-log-probs", line = 1 }, { code = "final-answer-wrong", line = 1 },
    { code = "multiplied-log-probs", line = 2 }, { code = "final-answer-wrong", line = 2 },
]

[[examples]]
name = "right answer, wrong reasoning: added the probabilities"
submission = """
For A: P(A) = exp(-1.2) + exp(-0.3) = 1.042
For B: P(B) = exp(-0.5) + exp(-1.4) = 0.853
A is more likely.
"""
verdict = "incorrect"
codes = [
    { code = "added-probs", line = 1 }, { code = "final-answer-wrong", line = 1 },
    { code = "added-probs", line = 2 }, { code = "final-answer-wrong", line = 2 },
]

[[examples]]
name = "unlabelled work: sent for review, no deduction"
submission = """
log P = -1.2 + (-0.3) = -1.5

log P = -0.5 + (-1.4) = -1.9

So A is more likely.
"""
verdict = "correct"
codes = ["candidates-unclear"]

[[examples]]
name = "no conclusion"
submission = """
log P(A) = -1.2 + (-0.3) = -1.5
log P(B) = -0.5 + (-1.4) = -1.9
"""
verdict = "incorrect"
codes = ["no-final-answer"]
'''

FLAW = r'''# A flaw problem ("find the mistake"): students read a worked calculation with exactly one mistake,
# say which line first goes wrong, name the mistake in words, and give the corrected computation.
# The grader finds the key itself: it grades `flawed` as a derivation of the problem below, and
# refuses to load the file unless it finds exactly one mistake (on one line) there.
# Marks: 30 % the line, 30 % the mistake named, 40 % the correction (graded as a derivation).
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement, the key and the worked solution
#   grader problems lint THIS.toml                # keys and example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass

kind = "flaw"
id = "my-first-flaw"           # unique in an assignment: the gradebook's column (default: the file name)
title = "Find the flaw: combining probabilities"
# What students read (Markdown). Print the flawed calculation with its line numbers, exactly as in
# `flawed` below: students blame a line by number ("line 1", "the first step") or by quoting it.
statement = """
A language model is given the prompt x = "Reply with two words:" and answers y = (thank, you).
The model assigns Pr(y_1 = thank | x) = 0.5 and Pr(y_2 = you | x, y_1 = thank) = 0.8.
A student computed Pr(y | x) as follows (lines numbered):

    1  Pr(y | x) = Pr(y_1 | x) + Pr(y_2 | x, y_1)
    2            = 0.5 + 0.8
    3            = 1.3

Which line is the first wrong one? Say in words what the mistake is, and give the corrected
computation of Pr(y | x), showing each step.
"""
# What the flawed calculation (and so the correction) computes, as in a derivation problem:
# log_likelihood | probability | nll | perplexity | cross_entropy
ask = "probability"
log_base = "e"                 # "e" | "2" | "10": what a bare `log` means (default "e")
tolerance = 0.01               # absolute, or { absolute = 0.01, relative = 0.001 } (default 0.01)
points = 3                     # the whole question (default 1)
reveal = "never"               # never | always | after_deadline (with deadline = 2026-12-15T23:59:00Z)
strict_notation = false        # true: unreadable lines of the correction cost marks (default: review)
# The flawed calculation, one step a line (at most 40), numbered from 1 as the statement prints it.
flawed = """
Pr(y | x) = Pr(y_1 | x) + Pr(y_2 | x, y_1)
          = 0.5 + 0.8
          = 1.3
"""

# The model and the sequence, as in a derivation problem (see problems/seed/ for every model kind).
[model]
kind = "table"

[[model.entries]]              # one conditional each; context is the history after x
token = "thank"
context = []
prob = 0.5                     # or logprob = -0.69, or prob = "1/2"

[[model.entries]]
token = "you"
context = ["thank"]
prob = 0.8

[sequence]
x = "Reply with two words:"    # an opaque prompt, or a list of tokens such as ["<s>"]
y = ["thank", "you"]

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. `score` is in points.

[[examples]]
name = "correct: line number, the mistake in words, the correction"
submission = """
Line 1 is wrong: it adds the probabilities instead of multiplying them.
Correction: Pr(y|x) = Pr(y_1|x) * Pr(y_2|x, y_1) = 0.5 * 0.8 = 0.4
"""
verdict = "correct"
score = 3
codes = []

[[examples]]
name = "correct: names the step in words, corrects through log-probabilities"
submission = """
The first step is the mistake: the probabilities should be multiplied, not added.
Corrected: log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1) = ln 0.5 + ln 0.8 = -0.9163
P(y|x) = exp(-0.9163) = 0.4
"""
verdict = "correct"
codes = []

[[examples]]
name = "blames the substitution line, which only carries the mistake"
submission = """
Line 2 is wrong, they added the probabilities.
Corrected: P(y|x) = 0.5 * 0.8 = 0.4
"""
verdict = "incorrect"
score = 2.1
codes = [{ code = "wrong-line-blamed", line = 1 }]

[[examples]]
name = "names a different mistake"
submission = """
Line 1 is wrong because they forgot to condition on y_1.
Correction: P(y|x) = 0.5 * 0.8 = 0.4
"""
verdict = "incorrect"
score = 2.1
codes = ["wrong-mistake-named"]

[[examples]]
name = "a description the grader has no phrase for: review, no deduction"
submission = """
Line 1: the two numbers should not be combined like that.
Correction: P(y|x) = 0.5 * 0.8 = 0.4
"""
verdict = "correct"
codes = ["flaw-unrecognised"]

[[examples]]
name = "right line and mistake, an arithmetic slip in the correction"
submission = """
Line 1 adds the probabilities; they should be multiplied.
Correction: P(y|x) = 0.5 * 0.8 = 0.45
"""
verdict = "incorrect"
codes = [{ code = "arithmetic-error", line = 2 }, { code = "final-answer-wrong", line = 2 }]

[[examples]]
name = "right answer, wrong reasoning: the right value, the wrong line and mistake"
submission = """
Line 3 is wrong: they dropped the conditioning on y_1.
Correct: P(y|x) = 0.5 * 0.8 = 0.4
"""
verdict = "incorrect"
codes = [{ code = "wrong-line-blamed", line = 1 }, "wrong-mistake-named"]

[[examples]]
name = "no corrected computation"
submission = """
Line 1 is wrong: it adds the probabilities instead of multiplying them.
"""
verdict = "incorrect"
codes = ["no-final-answer"]
'''

WINDOW = r'''# A window problem: students compute log P(y | x) under a full-history model and under the same model
# limited to the last k tokens (a sliding context window), the gap between the two, and (optionally)
# which model costs less to compute. Each model's working is graded as a derivation; the gap is
# graded against the student's own two values, so a slip is charged once.
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement, both models and the worked solution
#   grader problems lint THIS.toml                # keys and example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass

kind = "window"
id = "my-first-window"         # unique in an assignment: the gradebook's column (default: the file name)
title = "What a one-token window loses"
# What students read (Markdown). Ask for labelled parts (`Full model:`, `Window model:`, `Gap:`,
# `Cheaper:`, or (a) (b) (c) (d)): the grader splits the work by them.
statement = """
A language model is given the prompt x = (We, drink, green), three tokens, and answers
y = (tea, daily). The **full model** reads the whole history before each token; a **window model**
with k = 1 reads only the most recent token. The conditionals (natural logarithms) are:

- full model: log P(tea | x) = -0.5 and log P(daily | x, tea) = -1.0
- no history: log P(tea) = -3.0 and log P(daily) = -4.0
- the last token only: log P(tea | green) = -0.8 and log P(daily | tea) = -1.6
- the last two tokens: log P(tea | drink, green) = -0.6 and log P(daily | green, tea) = -1.2

(a) Compute log P(y | x) under the full model. (b) Compute it under the window model with k = 1.
(c) Compute the gap log P_full(y | x) − log P_1(y | x). (d) Which model costs less to compute, and
why? Label your parts `Full model:`, `Window model:`, `Gap:` and `Cheaper:`, and show each step.
"""
# window_gap  parts full, window and gap (each an equal share of the points)
# full        log P(y | x) under the full model only
# windowed    log P(y | x) under the k-window model only
ask = "window_gap"
window = 1                     # k, the tokens the window model reads before each prediction (0 to 8192)
cheaper = true                 # also ask which model costs less: one more equal part (default true)
log_base = "e"                 # "e" | "2" | "10": what a bare `log` means (default "e")
tolerance = 0.01               # absolute, or { absolute = 0.01, relative = 0.001 } (default 0.01)
points = 4                     # the whole question (default 1)
reveal = "never"               # never | always | after_deadline (with deadline = 2026-12-15T23:59:00Z)
strict_notation = false        # true: unreadable lines cost marks (default: sent for review)

# The full model (no `window` key here: the top-level `window` sets k). Any derivation model kind
# ("table", "ngram", "transformer", "logprobs"); an ngram or transformer model is cut to k tokens
# by the grader itself, a table needs [[window_entries]] below.
[model]
kind = "table"

[[model.entries]]              # one conditional each; context is the history after x
token = "tea"
context = []
logprob = -0.5                 # or prob = 0.6, or prob = "3/5"

[[model.entries]]
token = "daily"
context = ["tea"]
logprob = -1.0

# A table model's window conditionals, keyed by the truncated history: the last k tokens of x and y.
# Give k - 1 and k + 1 as well, so the grader can name a window of the wrong size.
[[window_entries]]
token = "tea"
context = []
logprob = -3.0

[[window_entries]]
token = "daily"
context = []
logprob = -4.0

[[window_entries]]
token = "tea"
context = ["green"]
logprob = -0.8

[[window_entries]]
token = "daily"
context = ["tea"]
logprob = -1.6

[[window_entries]]
token = "tea"
context = ["drink", "green"]
logprob = -0.6

[[window_entries]]
token = "daily"
context = ["green", "tea"]
logprob = -1.2

[sequence]
x = ["We", "drink", "green"]   # the prompt as tokens (a window counts them), or an opaque string
y = ["tea", "daily"]

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. `score` is in points.

[[examples]]
name = "correct: labelled parts, log-probabilities"
submission = """
Full model:
log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)
= -0.5 + (-1.0)
= -1.5

Window model (k = 1):
log P_1(y|x) = log P(y_1|green) + log P(y_2|y_1)
= -0.8 + (-1.6)
= -2.4

Gap: log P_full - log P_1 = -1.5 - (-2.4) = 0.9

Cheaper: the window model, since each step attends to only one token.
"""
verdict = "correct"
score = 4
codes = []

[[examples]]
name = "correct: enumerated parts, the window model through probabilities"
submission = """
(a) log P(y|x) = log P(tea|x) + log P(daily|x, tea) = -0.5 - 1.0 = -1.5
(b) P(y|x) = P(tea|green) P(daily|tea) = exp(-0.8) exp(-1.6) = 0.4493 * 0.2019 = 0.09072
    log P(y|x) = ln 0.09072 = -2.4
(c) gap = -1.5 - (-2.4) = 0.9
(d) The window model is cheaper: it only looks at 1 token.
"""
verdict = "correct"
codes = []

[[examples]]
name = "window model conditioned on the whole history; the full model called cheaper"
submission = """
Full model:
log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.5 + (-1.0) = -1.5

Window model:
log P(y|x) = log P(y_1|x) + log P(y_2|x, y_1) = -0.5 + (-1.0) = -1.5

Gap: -1.5 - (-1.5) = 0

Cheaper: the full model
"""
verdict = "incorrect"
codes = [
    { code = "window-used-full-history", line = 5 },
    { code = "wrong-value", line = 5 },
    { code = "final-answer-wrong", line = 5 },
    { code = "window-cost-wrong", line = 9 },
]

[[examples]]
name = "kept two tokens for k = 1, and the gap reversed"
submission = """
Full model: log P(y|x) = log P(tea|x) + log P(daily|x, tea) = -0.5 - 1.0 = -1.5
Window model: log P(y|x) = log P(tea | drink, green) + log P(daily | green, tea) = -0.6 - 1.2 = -1.8
Gap: -1.8 - (-1.5) = -0.3
Cheaper: the window model
"""
verdict = "incorrect"
codes = [
    { code = "window-kept-extra-token", line = 2 },
    { code = "wrong-token", line = 2 },
    { code = "final-answer-wrong", line = 2 },
    { code = "window-gap-sign", line = 3 },
]

[[examples]]
name = "kept no history for k = 1"
submission = """
Full model: log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.5 + (-1.0) = -1.5
Window model: log P(y|x) = log P(y_1) + log P(y_2) = -3.0 + (-4.0) = -7.0
Gap: -1.5 - (-7.0) = 5.5
Cheaper: the window model
"""
verdict = "incorrect"
codes = [
    { code = "window-kept-too-few", line = 2 },
    { code = "dropped-conditioning", line = 2 },
    { code = "final-answer-wrong", line = 2 },
]

[[examples]]
name = "right answer, wrong reasoning: the right gap from a reversed subtraction"
submission = """
Full model:
log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.5 + (-1.0) = -1.5

Window model:
log P(y|x) = log P(y_1|green) + log P(y_2|y_1) = -0.8 + (-1.6) = -2.4

Gap: log P_1 - log P_full = -2.4 - (-1.5) = 0.9

Cheaper: the window model.
"""
verdict = "incorrect"
codes = [{ code = "arithmetic-error", line = 7 }]

[[examples]]
name = "multiplied logs in the full model; the gap from its own numbers is not charged again"
submission = """
Full model:
log P(y|x) = log P(y_1|x) * log P(y_2|x,y_1) = (-0.5)(-1.0) = 0.5

Window model:
log P(y|x) = log P(y_1|green) + log P(y_2|y_1) = -0.8 + (-1.6) = -2.4

Gap: 0.5 - (-2.4) = 2.9

Cheaper: the window model, it keeps one token of context.
"""
verdict = "incorrect"
codes = [{ code = "multiplied-log-probs", line = 2 }, { code = "final-answer-wrong", line = 2 }]

[[examples]]
name = "an undecided cost answer is read by a person, not marked down"
submission = """
Full model:
log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.5 + (-1.0) = -1.5

Window model:
log P(y|x) = log P(y_1|green) + log P(y_2|y_1) = -0.8 + (-1.6) = -2.4

Gap: -1.5 - (-2.4) = 0.9

Cheaper: it depends on the hardware.
"""
verdict = "correct"
score = 4
codes = [{ code = "window-cost-unread", line = 9 }]
'''

COST = r'''# A cost problem: students count the work a transformer does while generating (attention scores,
# positions run, KV-cache entries, multiply-adds, sequences scored) as a closed form in the
# problem's letters, and show how they get it. Every `=` is checked from the student's own previous
# expression, the answer against the reference form; named misconceptions are matched as their own
# wrong closed forms. Score: the answer 3/4, the working 1/4.
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement and the worked solution
#   grader problems lint THIS.toml                # keys and example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass
#   grader solve --problem THIS.toml              # the form, checked by counting on a numpy transformer

kind = "cost"
id = "my-first-cost"           # unique in an assignment: the gradebook's column (default: the file name)
title = "Attention scores of a one-layer model with a KV cache"
points = 1                     # the whole question (default 1)
# attention_scores         query·key products, over every head (and layer, when L is a letter)
# conditional_evaluations  positions run through the network (next-token distributions computed)
# kv_cache_entries         numbers held in the KV cache at the end (kv_cache or window only)
# forward_flops            multiply-adds in the transformer blocks (12d² a position and layer, 2d a score)
# sequences_scored         sequences an exhaustive search scores (|V|^n)
ask = "attention_scores"
# naive (recompute every prefix) | kv_cache (one new position a step) | teacher_forced (one pass
# over all m + n positions) | window (the last k keys, cached; needs m ≥ k). Default "naive".
strategy = "kv_cache"
answer_form = "exact"          # "exact" (default: a closed form) | "big_o" (its growth, no constants)
constants = []                 # big_o only: letters held fixed, such as ["h"] (default [], all grow)
# The statement must say the scenario the forms assume: a prompt of m tokens already read, then n
# new tokens, step i (i = 1, …, n) handling position m + i.
statement = """
A one-layer decoder-only transformer has h attention heads. It has already read a prompt of m
tokens, whose keys and values sit in a KV cache. It then generates n new tokens one at a time:
at step i (i = 1, …, n) it runs the network on the single new position m + i, whose query is
compared, in every head, with the key of every position so far (its own included).

How many query·key dot products (attention scores) are computed in total over the n steps, in all
h heads? Do not count reading the prompt. Give an exact closed form in n, m and h, and show how you
obtain it.
"""

# The letters the problem uses, each with what it means here: n m k d L h V only. A size left out
# counts as 1 (d, L, h: "per layer", "per head") or 0 (m: no prompt); here L is left out (one layer).
[symbols]
n = "new tokens generated"
m = "prompt length"
h = "attention heads"

# Optional: the sizes at which `grader solve` counts the work on a numpy transformer to check the
# form. Defaults: d_model = 8, layers = 2, heads = 2, n = 4, m = 3, k = 2, seed = 0 and
# vocabulary = ["a", "b", "c", "d", "e"].
[model]
kind = "transformer"
d_model = 8                    # 2 to 64, an even multiple of heads
layers = 1                     # 1 to 8
heads = 2                      # 1 to 8
n = 4                          # 1 to 16
m = 3                          # 0 to 16
seed = 0

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. `score` is in points.

[[examples]]
name = "correct: the sum worked out, in LaTeX"
submission = """
Step i: the new query meets the m + i cached keys in each of the h heads.
Total = \\sum_{i=1}^{n} (m + i) h = h (n m + n(n+1)/2)
"""
verdict = "correct"
score = 1
codes = []

[[examples]]
name = "correct: plain text, another closed form"
submission = """
sum_{i=1}^{n} h(m+i) = h*n*m + h*n*(n+1)/2
Answer: hn(2m + n + 1)/2
"""
verdict = "correct"
codes = []

[[examples]]
name = "right answer, wrong reasoning: a wrong step on the way"
submission = """
Σ_{i=1}^{n} (m + i) h
= h (n m + n^2/2)
= h n (2m + n + 1)/2
"""
verdict = "incorrect"
codes = [{ code = "invalid-step", line = 2 }, { code = "invalid-step", line = 3 }]

[[examples]]
name = "the step index shifted"
submission = "sum_{i=1}^{n} (m + i - 1) h = h(nm + n(n-1)/2)"
verdict = "incorrect"
codes = ["sum-bounds-off-by-one", "final-answer-wrong"]

[[examples]]
name = "the prompt left out"
submission = """
Each new token only attends to the tokens generated so far:
Σ_{i=1}^{n} i h = h n(n+1)/2
"""
verdict = "incorrect"
codes = [{ code = "prompt-left-out", line = 2 }, "final-answer-wrong"]

[[examples]]
name = "the heads dropped"
submission = "Total = \\sum_{i=1}^{n} (m+i) = nm + n(n+1)/2"
verdict = "incorrect"
codes = ["layers-or-heads-dropped", "final-answer-wrong"]

[[examples]]
name = "the count without a cache"
submission = "Answer: \\sum_{i=1}^{n} \\frac{(m+i)(m+i+1)}{2} h"
verdict = "incorrect"
codes = ["naive-count-for-cache", "final-answer-wrong"]

[[examples]]
name = "linear growth claimed"
submission = "Each step costs (m+1) h, so the total is n (m + 1) h"
verdict = "incorrect"
codes = ["linear-growth-for-full-attention", "final-answer-wrong"]

[[examples]]
name = "only the growth, where the exact count is asked"
submission = "O(n(n+m) h)"
verdict = "incorrect"
codes = ["big-o-for-exact-count"]
'''

DECODING = r'''# A decoding problem: students run a search by hand on a small language model (greedy decoding, beam
# search, the most probable sequence, or whether greedy finds it) and give the sequence with its
# probability. Each beam step is replayed from the student's own previous beam and scores, so a slip
# is charged once. Credit: beam 50 % the steps, 25 % the sequence, 25 % its probability; greedy and
# best 50/50; greedy_is_best 50 % the yes/no, 25 % greedy's output, 25 % the comparison.
# Edit, then check it with
#   grader problems show THIS.toml --as staff     # the statement and the worked solution (search tree)
#   grader problems lint THIS.toml                # keys and example coverage
#   grader problems test THIS.toml                # every [[examples]] entry below must pass

kind = "decoding"
id = "my-first-beam-search"    # unique in an assignment: the gradebook's column (default: the file name)
title = "Beam search on a weather model"
# What students read (Markdown). Print every probability the search needs. If the statement mentions
# ties ("when two tokens are equally probable, …"), the reference's tie rule (text order) decides.
statement = """
A language model writes a two-token weather report y = (y_1, y_2) after a prompt x. Its
conditional probabilities are:

| history   | next token | probability |
|-----------|------------|-------------|
| x         | sunny      | 0.5         |
| x         | cold       | 0.3         |
| x         | wet        | 0.2         |
| x, sunny  | and        | 0.35        |
| x, sunny  | skies      | 0.33        |
| x, sunny  | day        | 0.32        |
| x, cold   | wind       | 0.6         |
| x, cold   | rain       | 0.4         |
| x, wet    | road       | 1.0         |

Run beam search with beam width 2 for exactly two steps (no end token). At each step, list the
hypotheses kept in the beam with their cumulative probabilities. Which sequence does beam search
return, and what is its probability?
"""
# greedy          greedy decoding's output and its probability
# beam            beam search's output and its probability, step by step (needs beam_width)
# best            the most probable sequence and its probability (exhaustive search)
# greedy_is_best  is greedy's output the most probable sequence? yes or no, with the comparison
ask = "beam"
beam_width = 2                 # 1 to 16 (required for beam; default 2 otherwise)
max_length = 2                 # tokens generated at most, 1 to 20 (default 20); or fewer, at eos
eos = "</s>"                   # the end token: a hypothesis that generates it is finished (default)
normalise = "none"             # "none" (default) | "length": finished ones compared by log P / length
log_base = "e"                 # "e" | "2" | "10": what a bare `log` means (default "e")
tolerance = { relative = 0.01 }  # the default (1 %): 0.18 and 0.175 differ; or an absolute number
points = 1                     # the whole question (default 1)
reveal = "never"               # never | always | after_deadline (with deadline = 2026-12-15T23:59:00Z)

# The model: a table over histories (as here), an "ngram" or a "transformer" (see problems/seed/).
[model]
kind = "table"
entries = [                    # context is the history after x; prob = 0.5, or logprob = -0.69
    { token = "sunny", context = [], prob = 0.5 },
    { token = "cold", context = [], prob = 0.3 },
    { token = "wet", context = [], prob = 0.2 },
    { token = "and", context = ["sunny"], prob = 0.35 },
    { token = "skies", context = ["sunny"], prob = 0.33 },
    { token = "day", context = ["sunny"], prob = 0.32 },
    { token = "wind", context = ["cold"], prob = 0.6 },
    { token = "rain", context = ["cold"], prob = 0.4 },
    { token = "road", context = ["wet"], prob = 1.0 },
]

[sequence]
x = "Weather report:"          # the prompt (a string or a list of tokens); no y: the search finds it

# Question tests: what each submission must be told. `codes` lists exactly the diagnostics expected,
# optionally with the line; `grader explain CODE` says what each catches. `score` is in points.

[[examples]]
name = "correct: the beam as lists"
submission = """
step 1: {sunny: 0.5, cold: 0.3}
step 2: {cold wind: 0.3 × 0.6 = 0.18, sunny and: 0.5 × 0.35 = 0.175}
Answer: "cold wind" with probability 0.18
"""
verdict = "correct"
score = 1
codes = []

[[examples]]
name = "correct: log-probabilities"
submission = """
Step 1: sunny -0.693, cold -1.204
Step 2: cold wind -1.204 + -0.511 = -1.715, sunny and -0.693 - 1.050 = -1.743
Output: cold wind, log P = -1.715
"""
verdict = "correct"
codes = []

[[examples]]
name = "expanded only the best hypothesis (greedy's answer)"
submission = """
step 1: sunny 0.5, cold 0.3
step 2: sunny and 0.175, sunny skies 0.165
Answer: sunny and, 0.175
"""
verdict = "incorrect"
codes = [{ code = "beam-step-wrong", line = 2 }]

[[examples]]
name = "kept three hypotheses"
submission = """
step 1: {sunny: 0.5, cold: 0.3}
step 2: {cold wind: 0.18, sunny and: 0.175, sunny skies: 0.165}
Answer: cold wind (0.18)
"""
verdict = "incorrect"
codes = [{ code = "beam-width-wrong", line = 2 }]

[[examples]]
name = "right answer, wrong reasoning: ranked by the last token's probability"
submission = """
step 1: {sunny: 0.5, cold: 0.3}
step 2: {cold wind: 0.18, cold rain: 0.12}
Answer: cold wind, P = 0.18
"""
verdict = "incorrect"
codes = [{ code = "beam-ranked-by-last-token", line = 2 }]

[[examples]]
name = "right answer, wrong reasoning: probabilities added along the path"
submission = """
step 1: {sunny: 0.5, cold: 0.3}
step 2: {cold wind: 0.3 + 0.6 = 0.9, sunny and: 0.5 + 0.35 = 0.85}
Answer: cold wind, P = 0.9
"""
verdict = "incorrect"
codes = [{ code = "added-probs", line = 2 }]

[[examples]]
name = "a slip in one score, carried forward (charged once)"
submission = """
step 1: {sunny: 0.5, cold: 0.3}
step 2: {cold wind: 0.21, sunny and: 0.175}
Answer: "cold wind", P = 0.21
"""
verdict = "incorrect"
codes = [{ code = "beam-score-wrong", line = 2 }]

[[examples]]
name = "only the answer: sent for review, no deduction"
submission = """
Answer: cold wind, P = 0.18
"""
verdict = "correct"
codes = ["decoding-unread"]

[[examples]]
name = "right sequence, no probability anywhere"
submission = """
step 1: sunny, cold
step 2: cold wind, sunny and
Answer: cold wind
"""
verdict = "incorrect"
codes = [{ code = "decoded-prob-missing", line = 3 }]
'''

# kind -> its template; a new kind adds one line here
TEMPLATES: dict[str, str] = {
    "derivation": DERIVATION,
    "compare": COMPARE,
    "flaw": FLAW,
    "window": WINDOW,
    "cost": COST,
    "decoding": DECODING,
}
