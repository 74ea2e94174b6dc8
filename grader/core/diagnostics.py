"""The one registry of diagnostic codes: what each catches, why, an example, what to write.

Codes are stable kebab-case slugs naming the mistake. Once released a code is never renamed or
reused; `grader explain CODE` prints its entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from grader.core.source import Span


@dataclass(frozen=True)
class Code:
    code: str
    severity: str  # "error" | "warning" | "internal"
    title: str
    catches: str
    why: str
    example: str
    instead: str  # for `grader explain`: written for the example's problem
    advice: str = ""  # what to write instead, a template filled from the graded problem (audience.advice)
    level: str = "step"  # "step": a mistake in one step | "whole": about the whole computation or submission
    notation: bool = False  # what could not be read: a warning (review, no deduction) unless strict_notation


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: str
    message: str
    hint: str
    span: Span
    factor: str = ""  # the chain-rule factor the mistake concerns, e.g. P(am | I); "" for none (grader.derivation.factors)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "message": self.message,
            "hint": self.hint,
            "factor": self.factor,
        }


_CODES = [
    Code(
        "parse-error",
        "warning",
        "a line of maths that does not parse",
        "A line that looks like mathematics but cannot be read: unbalanced brackets, a doubled "
        "operator, a function with no argument.",
        "The grader cannot check what it cannot read. The line is skipped and the rest is graded, "
        "but the steps on it earn nothing.",
        "log P(y|x) = = -1.1\nlog(0.5",
        "Balance every bracket and write one relation between two expressions: log P(y|x) = -1.1.",
        advice="Balance every bracket and write one relation between two expressions, e.g. {lhs} = {chain}.",
        notation=True,
    ),
    Code(
        "unknown-symbol",
        "warning",
        "a symbol the problem does not define",
        "A position beyond the sequence (y_7 in a two-token answer), a token that is neither in the "
        "sequence nor in the model, an index outside any sum, a name that is never defined.",
        "A term that refers to nothing in the problem has no value, so no step that uses it can be checked.",
        "log P(y_3 | x, y_1, y_2)        # y has only two tokens",
        "Use positions 1 … n of y (y_0 is the last token of x when x is a token list), or the "
        "tokens themselves: log P(learning | x, deep).",
        advice="Refer only to this problem's tokens and positions 1 … {n} of y, e.g. {first}.",
        notation=True,
    ),
    Code(
        "multiplied-log-probs",
        "error",
        "log-probabilities multiplied instead of added",
        "A step where the logs of the factors of a sequence probability are multiplied.",
        "The chain rule makes the sequence probability a product of conditionals, and the log of a "
        "product is the sum of the logs: log(ab) = log a + log b, not log a · log b.",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = (-0.7)(-0.4) = 0.28",
        "Add the log-probabilities: -0.7 + (-0.4) = -1.1. (A log-likelihood is never positive.)",
        advice="Add the log-probabilities of the factors: {chain_log}.",
    ),
    Code(
        "added-probs",
        "error",
        "probabilities added instead of multiplied",
        "A step where the conditionals of the chain rule are added.",
        "P(y_1, y_2 | x) = P(y_1|x) · P(y_2|x, y_1): the joint probability is a product. Sums of "
        "probabilities belong to disjoint alternatives, not to a sequence.",
        "P(y|x) = P(y_1|x) + P(y_2|x,y_1) = 0.5 + 0.67",
        "Multiply the conditionals (0.5 × 0.67 = 0.335), or add their logarithms.",
        advice="Multiply the conditionals, {chain_prob}, or add their logarithms.",
    ),
    Code(
        "dropped-conditioning",
        "error",
        "history the model needs is missing from a condition",
        "A conditional that leaves out tokens the model conditions on: Pr(y_2 | x) instead of "
        "Pr(y_2 | x, y_1), or P(am) in a bigram model.",
        "An autoregressive model predicts each token from the whole history (a transformer or a "
        "table) or from the previous n-1 tokens (an n-gram). Dropping what it looks at changes the "
        "quantity into a marginal that the model's values do not give. Dropping what it does not "
        "look at is fine: a bigram model really has P(food | want english) = P(food | english).",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x)",
        "Condition on everything the model uses: log P(y_2 | x, y_1).",
        advice="Condition each token on everything this model uses: {chain_prob}.",
    ),
    Code(
        "future-conditioning",
        "error",
        "a condition on a later token",
        "A factor that conditions on a token that comes after the one predicted: P(y_1 | x, y_2).",
        "The chain rule for an autoregressive model predicts left to right; a token never sees "
        "the future. P(y_1|x, y_2) is a different quantity the model does not give.",
        "P(y|x) = P(y_1 | x, y_2) P(y_2 | x)",
        "Factor left to right: P(y_1 | x) P(y_2 | x, y_1).",
        advice="Factor left to right, each token given only what comes before it: {chain_prob}.",
    ),
    Code(
        "missing-term",
        "error",
        "a factor or summand of the chain rule is missing",
        "A decomposition or a sum that leaves one of the sequence's factors out; often the end token </s>.",
        "The probability of a sequence includes every predicted token. For a sentence with an "
        "end marker, predicting </s> is part of the sentence's probability.",
        "P(<s> i want english food </s>) = .25 × .33 × .0011 × .5",
        "Include every factor, </s> too: .25 × .33 × .0011 × .5 × .68.",
        advice="Keep one factor for every token of y{eos}: {chain_prob}.",
    ),
    Code(
        "extra-term",
        "error",
        "a factor or summand that does not belong",
        "A term counted twice, or a factor that is not part of the sequence's chain rule.",
        "Each predicted token contributes exactly one factor.",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) + log P(y_2|x,y_1)",
        "One term per token of y.",
        advice="Keep exactly one factor per token of y ({n} here): {chain_prob}.",
    ),
    Code(
        "wrong-token",
        "error",
        "a term refers to the wrong token or position",
        "A conditional whose token or history does not match the sequence (P(want | <s>) when the "
        "first word is i), or a value substituted from another conditional.",
        "Each factor predicts one specific token of the sequence from the tokens before it.",
        "P(<s> i want …) = P(want | <s>) …",
        "Read the tokens in order: P(i | <s>) P(want | i) …",
        advice="Read the tokens of y in order: {chain_prob}.",
    ),
    Code(
        "wrong-value",
        "error",
        "a number substituted for a term is not the model's value",
        "A substitution step where the number written for a probability or log-probability is "
        "not the value the model gives.",
        "Values come from the model in the problem; a wrong value makes every later number wrong.",
        "log P(y_1|x) + log P(y_2|x,y_1) = -0.6 + (-0.4)",
        "Copy the model's values: -0.7 + (-0.4).",
        advice="Take each factor's value from this problem's model, exactly as given or computed from it.",
    ),
    Code(
        "arithmetic-error",
        "error",
        "numbers combined wrongly",
        "A step between numbers whose result is wrong at the precision written.",
        "Each step is checked at the number of digits you wrote: -0.69 for ln 0.5 is right, "
        "-1.3 for -0.7 + (-0.4) is not.",
        "-0.7 + (-0.4) = -1.3",
        "-0.7 + (-0.4) = -1.1",
        advice="Redo this computation; it is checked at the number of digits you write.",
    ),
    Code(
        "sign-error",
        "error",
        "a sign lost or flipped",
        "A step whose result is the right magnitude with the wrong sign; an NLL written negative, "
        "a log-likelihood written positive.",
        "Logs of probabilities are ≤ 0, so log-likelihoods are ≤ 0 and NLLs ≥ 0.",
        "-0.7 + (-0.4) = 1.1",
        "-0.7 + (-0.4) = -1.1",
        advice="Keep the signs: a log-probability is negative, so a sum of them is too.",
    ),
    Code(
        "log-base-mismatch",
        "error",
        "a logarithm in the wrong base",
        "A log evaluated in another base than the one meant (ln 0.5 written as -1, which is "
        "log_2 0.5), or an answer in nats when bits were asked.",
        "log_b p = ln p / ln b. Bits (base 2), nats (base e) and bans (base 10) differ by constant "
        "factors; mixing them changes every number.",
        "ln 0.5 = -1",
        "ln 0.5 = -0.693; log_2 0.5 = -1.",
        advice="Use one base throughout; here a bare log means {base}.",
    ),
    Code(
        "exp-log-mismatch",
        "error",
        "a probability where a log-probability belongs, or the reverse",
        "A log-probability replaced by the probability itself (or e to its power), or a "
        "probability replaced by its log.",
        "Log space and probability space must not be mixed: log P = -0.7 means P = e^-0.7 ≈ 0.497.",
        "log P(y_1|x) + log P(y_2|x,y_1) = 0.497 + 0.670",
        "Stay in one space: -0.7 + (-0.4), or multiply 0.497 × 0.670.",
        advice="Stay in one space: add the log-probabilities, or multiply the probabilities, not both.",
    ),
    Code(
        "joint-for-conditional",
        "error",
        "a joint probability where a conditional belongs",
        "P(y_1, y_2 | x) written for the second factor P(y_2 | x, y_1), or the reverse.",
        "The joint is the product of the conditionals; using it as one of its own factors counts "
        "the first token twice.",
        "P(y|x) = P(y_1|x) P(y_1, y_2|x)",
        "P(y|x) = P(y_1|x) P(y_2|x, y_1).",
        advice="Write the conditional as the chain rule gives it: {lhs_prob} = {chain_prob}.",
    ),
    Code(
        "bos-counted",
        "error",
        "<s> treated as a predicted token",
        "A factor for <s> (P(<s>)), or a perplexity whose N counts <s>.",
        "<s> is given as context; it is never predicted, so it contributes no factor and does not "
        "count in N. </s> is predicted and does count.",
        "PPL = (P(<s>) P(I|<s>) …)^(-1/5)",
        "Start the chain rule at the first real token; N = number of predicted tokens.",
        advice="Start the chain rule at the first predicted token; <s> is given, not predicted (N = {n} here).",
    ),
    Code(
        "off-by-one",
        "error",
        "shifted indices or sum bounds",
        "A sum or product over the wrong range of positions (i = 0 … n-1 with y_i, or up to n+1), "
        "or indices shifted by one against the history they condition on.",
        "The chain rule has one factor for each position 1 … n of y, each conditioned on the tokens "
        "before it; a shifted range drops one factor and invents another.",
        "log P(y|x) = \\sum_{i=0}^{n-1} \\log P(y_i | x, y_{<i})",
        "Sum over i = 1 … n: \\sum_{i=1}^{n} \\log P(y_i | x, y_{<i}).",
        advice="Let the sum run over the positions of y, i = 1 … {n}: {chain_log}.",
    ),
    Code(
        "mixed-models",
        "error",
        "factors from two different models in one product",
        "A value taken from another estimate of the model than the problem's (an unsmoothed MLE "
        "count ratio in an add-one problem, or the reverse).",
        "A sequence probability is the product of one model's conditionals; mixing smoothed and "
        "unsmoothed estimates gives a number that no model assigns.",
        "P(I|<s>) = (2+1)/(3+11) … P(am|I) = 2/3   # add-one, then MLE",
        "Use the problem's model for every factor: (C(h w) + 1) / (C(h) + |V|) throughout.",
        advice="Use this problem's model for every factor: {model}.",
    ),
    Code(
        "unnormalized-scores",
        "error",
        "logits used as log-probabilities",
        "A network's raw score (logit) z_w written where log P(w | h) belongs.",
        "Logits are unnormalised: log P(w | h) = z_w - log Σ_v exp(z_v). Without the softmax "
        "normaliser the 'probabilities' do not sum to 1 and can exceed 1.",
        "NLL = -(0.629 + 0.256)   # the logits of 'the' and 'cat'",
        "Apply the softmax: log P(the | x) = 0.629 - log Σ_v exp(z_v) = 0.629 - 2.073 = -1.444.",
        advice="Turn logits into log-probabilities with the softmax: log P(w | h) = z_w − log Σ_v exp(z_v).",
    ),
    Code(
        "premature-rounding",
        "warning",
        "intermediate values rounded too coarsely",
        "Every step is right at the precision written, but rounding early moved the final answer "
        "outside the tolerance.",
        "Rounding errors grow through products, exponentials and sums of many terms.",
        "P = 0.3 × 0.0011 × … rounded at every step",
        "Keep at least 3–4 significant digits until the final answer.",
        advice="Keep at least 3–4 significant digits until the final answer.",
        level="whole",
    ),
    Code(
        "wrong-quantity",
        "error",
        "a different quantity than the one asked",
        "A probability given where a log-probability was asked, a mean where a sum was asked, a "
        "log-likelihood where a perplexity was asked, and so on.",
        "Probability, log-likelihood, NLL, cross-entropy and perplexity are different numbers; "
        "the question asks for one of them.",
        "asked log P(y|x): Answer: 0.333",
        "Answer with the asked quantity: log P(y|x) = -1.1.",
        advice="Answer with the quantity asked, the {asked}: {lhs} = ….",
        level="whole",
    ),
    Code(
        "perplexity-normalization",
        "error",
        "perplexity or cross-entropy divided by the wrong N",
        "A perplexity or cross-entropy normalised by the wrong number of tokens, not normalised at "
        "all, or with the sign of the exponent flipped.",
        "PPL = exp(-(1/N) Σ ln p) with N the number of predicted tokens (</s> counts, <s> does not).",
        "PPL = exp(-(1/3)(-0.7 - 0.4))   # y has 2 tokens",
        "PPL = exp(-(1/2)(-0.7 - 0.4)) = exp(0.55) ≈ 1.733.",
        advice="Divide by the number of predicted tokens: PPL = exp(−(1/N) Σ ln P(y_i | …)) with N = {n}.",
        level="whole",
    ),
    Code(
        "invalid-step",
        "error",
        "a step that does not hold",
        "A step whose two sides differ, when none of the specific mistakes explains it; the "
        "message says what each side evaluates to.",
        "Every = must hold (or ≈ at the precision written).",
        "log P(y|x) = 2 log P(y_1|x)",
        "Rewrite the step so that both sides are equal.",
        advice="Rewrite the step so that both sides are equal.",
    ),
    Code(
        "final-answer-wrong",
        "error",
        "the final answer is not the expected value",
        "The final answer (an `Answer:` line, or the last value of the last chain) differs from the "
        "reference beyond the problem's tolerance.",
        "The final answer is what the question asks for; it is compared with the model's value.",
        "Answer: -1.3",
        "Answer: -1.1",
        advice="Check each factor and each step above, then end with {lhs} = your value.",
        level="whole",
    ),
    Code(
        "hedged-answer",
        "error",
        "more than one final answer",
        "A submission that offers several different final values: two Answer: lines that disagree, "
        "`Answer: 0.28, -1.1`, or `Answer: 1.73 (or 3.00)`.",
        "Only one value can be the answer; offering several and letting the grader pick is not an "
        "answer, even when one of them is right.",
        "Answer: 1.73 (or 3.00 depending on the convention)",
        "Choose one convention, say why, and give its value: PPL = exp(-(1/N) Σ ln p) = 1.73.",
        advice="Give one final value for the {asked}; if a convention is unclear, say which you use.",
        level="whole",
    ),
    Code(
        "no-final-answer",
        "error",
        "no numeric final answer",
        "A submission whose last chain does not end in a number.",
        "Without a number the answer cannot be compared with the reference.",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)",
        "Finish with the value: … = -0.7 + (-0.4) = -1.1, or an `Answer: -1.1` line.",
        advice="Finish with the value: {lhs} = …, or an `Answer:` line.",
        level="whole",
    ),
    Code(
        "input-rejected",
        "error",
        "input the grader refuses to read",
        "A file that is not text (undecodable bytes), too large, with too many lines, a line too "
        "long, numbers too long or brackets nested too deep.",
        "Bounds keep grading fast and safe for everyone; no real derivation comes near them.",
        "a 10 MB file, or 10^10^10^10 nested 100 deep",
        "Submit the derivation as UTF-8 text of reasonable size.",
        advice="Submit the derivation as UTF-8 text of reasonable size.",
        level="whole",
    ),
    Code(
        "grader-timeout",
        "internal",
        "the grader ran out of time",
        "The grader did not finish within its time or memory budget.",
        "This is the grader's limit, not the student's mistake: it is never graded as wrong.",
        "(any submission that takes too long to check)",
        "Report it to the instructor; the submission is regraded by hand.",
        advice="Report it to the instructor; the submission is regraded by hand.",
        level="whole",
    ),
    Code(
        "grader-error",
        "internal",
        "the grader failed",
        "An internal error in the grader: a bug met while checking this submission.",
        "This is the grader's fault, not the student's: it is never graded as wrong.",
        "(any submission that exposes a bug in the grader)",
        "Report it to the instructor with the submission; it is regraded by hand.",
        advice="Report it to the instructor with the submission; it is regraded by hand.",
        level="whole",
    ),
    # The decoding kind (grader/decoding): greedy, beam and exhaustive search answers.
    Code(
        "decoding-unread",
        "warning",
        "a decoding answer the grader cannot read",
        "A search answer in which no token sequence of the problem's vocabulary, no beam for a step, "
        "no final sequence or no yes/no could be found.",
        "The grader cannot check what it cannot read; a person looks at it, and nothing is deducted.",
        "The beam ends up with the cat thing, roughly a third.",
        'Write sequences with their scores: step 2: {"a cat": 0.36, "the dog": 0.20}; Answer: "a cat", P = 0.36.',
        advice='Write each sequence with its score (step t: sequence: score, …) and end with Answer: "…", P = ….',
        level="whole",
        notation=True,
    ),
    Code(
        "beam-step-wrong",
        "error",
        "a beam step that keeps the wrong hypotheses",
        "A step of beam search whose kept hypotheses are not the best extensions of the previous "
        "beam (as the student wrote it), or that extends a hypothesis the previous step dropped.",
        "Beam search keeps, at every step, the k extensions of the current beam with the highest "
        "cumulative probability; anything else is a different search.",
        "step 1: {the: 0.5, a: 0.4}\nstep 2: {the dog: 0.20, the cat: 0.15}   # a cat (0.36) is dropped",
        "step 2: {a cat: 0.36, the dog: 0.20}: the two best of all extensions of the step-1 beam.",
        advice="Extend every hypothesis of the previous beam by every token and keep the best by cumulative probability.",
    ),
    Code(
        "beam-width-wrong",
        "error",
        "the beam keeps the wrong number of hypotheses",
        "A step that keeps more or fewer hypotheses than the beam width allows (after finished "
        "hypotheses have left the beam).",
        "The beam width k is the number of hypotheses kept; keeping more is a wider search and "
        "keeping fewer a narrower one, and a finished hypothesis frees its place for good.",
        "beam width 2\nstep 2: {a cat: 0.36, the dog: 0.20, the cat: 0.15}",
        "step 2: {a cat: 0.36, the dog: 0.20}",
        advice="Keep exactly as many hypotheses as the beam width, less one for each finished hypothesis.",
    ),
    Code(
        "beam-ranked-by-last-token",
        "error",
        "beam hypotheses ranked by the last token's probability",
        "A step whose kept hypotheses are the best by the new token's conditional P(token | prefix) "
        "instead of the cumulative probability, or a score that is only that conditional.",
        "A hypothesis's score is the probability of the whole prefix, P(prefix) · P(token | prefix); "
        "ranking by the last factor forgets how likely the prefix was.",
        "step 2: {no thanks: 0.5, yes </s>: 0.4}   # the last tokens' probabilities",
        "step 2: {yes </s>: 0.20, yes please: 0.175}: 0.5 × 0.4 and 0.5 × 0.35.",
        advice="Score each extension by the prefix's score times the new token's conditional.",
    ),
    Code(
        "beam-score-wrong",
        "error",
        "a wrong cumulative score in the beam",
        "A hypothesis kept at a step whose score is not the previous score times the new token's "
        "conditional (checked from the student's own previous score, so a slip is charged once).",
        "The cumulative score is what beam search ranks by; a wrong one can change every later step.",
        "step 2: {a cat: 0.32, the dog: 0.20}   # 0.4 × 0.9 = 0.36",
        "step 2: {a cat: 0.36, the dog: 0.20}",
        advice="Multiply the prefix's score by the new token's conditional (or add the logs).",
    ),
    Code(
        "decoded-sequence-wrong",
        "error",
        "the search returns another sequence",
        "A final sequence that is not the one the search asked for returns: a greedy pick that is not "
        "the most probable token, a beam output not the best of the hypotheses kept, or a claimed "
        "most probable sequence that is not.",
        "Each search has one output, fixed by the model and the rule of the search.",
        'Answer: "the cat", P = 0.15',
        'Answer: "a cat", P = 0.36 (the best of the final beam).',
        advice="Follow the search's rule to the end and report the sequence it returns.",
        level="whole",
    ),
    Code(
        "decoded-prob-wrong",
        "error",
        "a wrong probability for the chosen sequence",
        "The probability (or log-probability) written for the chosen sequence is not the product of "
        "its conditionals; it is checked for the sequence the student chose, right or wrong.",
        "A sequence's probability is the product of its chain-rule factors.",
        'Answer: "a cat", P = 0.32',
        'Answer: "a cat", P = 0.4 × 0.9 = 0.36',
        advice="Multiply the conditionals along the sequence (or add their logs).",
        level="whole",
    ),
    Code(
        "decoded-prob-missing",
        "error",
        "no probability for the chosen sequence",
        "A final sequence written with no probability or log-probability.",
        "The question asks for the sequence's probability; the comparison between searches rests on it.",
        'Answer: "a cat"',
        'Answer: "a cat", P = 0.36',
        advice='Give the sequence\'s probability next to it, e.g. Answer: "…", P = ….',
        level="whole",
    ),
    Code(
        "greedy-assumed-best",
        "error",
        "greedy's output taken for the most probable sequence",
        "Greedy search's output given as the most probable sequence, or a yes to whether greedy finds "
        "it, where another sequence is more probable.",
        "Greedy search commits to the best next token at each step; a less likely first token can "
        "lead to a more likely whole sequence (0.3 × 0.6 × 0.3 = 0.054 beats 0.4 × 0.4 × 0.3 = 0.048).",
        "Yes: greedy always picks the most probable token, so cat sat down (0.048) is the most probable.",
        "No: dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054 > 0.048.",
        advice="Compare greedy's output with the other complete sequences before calling it the most probable.",
        level="whole",
    ),
    Code(
        "length-normalisation-mismatch",
        "error",
        "finished hypotheses compared without the normalisation asked",
        "A beam output chosen by raw probability where the problem compares finished hypotheses by "
        "log-probability per token (or the other way round).",
        "Raw probability favours short hypotheses (each token multiplies by a number below 1); "
        "the problem says how hypotheses of different lengths are compared, and the answer follows it.",
        'Answer: "yes </s>", P = 0.2   # the problem asks for log P / length',
        'Answer: "yes please </s>": ln 0.1575 / 3 = -0.616 > ln 0.2 / 2 = -0.805.',
        advice="Compare finished hypotheses by the score the problem names (log P / length when it asks for it).",
        level="whole",
    ),
    Code(
        "decoding-verdict-wrong",
        "error",
        "a wrong yes/no about greedy search",
        "A no to whether greedy search finds the most probable sequence, where it does.",
        "Greedy is not always beaten: when no other sequence is more probable its output is the best.",
        "No: greedy can never be trusted.   # here greedy's output is the most probable",
        "Yes: every other complete sequence is less probable (list them).",
        advice="Compare greedy's output with every other complete sequence before answering.",
        level="whole",
    ),
]

REGISTRY: dict[str, Code] = {c.code: c for c in _CODES}


def make(code: str, message: str, span: Span, hint: str = "") -> Diagnostic:
    entry = REGISTRY[code]
    return Diagnostic(code, entry.severity, message, hint, span)


def strict(diag: Diagnostic) -> Diagnostic:
    """The diagnostic under a problem's strict_notation: what could not be read costs marks too."""
    entry = REGISTRY.get(diag.code)
    return replace(diag, severity="error") if entry is not None and entry.notation else diag


def explain(code: str) -> str:
    """The long explanation of a code, for `grader explain`."""
    c = REGISTRY[code]
    example = "\n".join("    " + line for line in c.example.splitlines())
    return (
        f"{c.code}: {c.title} ({c.severity})\n\n"
        f"What it catches\n    {c.catches}\n\n"
        f"Why it is wrong\n    {c.why}\n\n"
        f"Example\n{example}\n\n"
        f"Use instead\n    {c.instead}\n"
    )
