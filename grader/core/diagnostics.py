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
    part: str | None = None  # the rubric part a mistake is charged to where no judged step holds it
    status: str = "stable"  # "stable": an error deducts | "preview": reported as a warning until measured
    example_problem: str = "seed/deep-learning"  # problems/<this>.toml grades `example` ("": not text)
    says: tuple[
        str, ...
    ] = ()  # the words people use for this mistake ("multiplied the logs"): flaw questions


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: str
    message: str
    hint: str
    span: Span
    factor: str = ""  # the chain-rule factor the mistake concerns, e.g. P(am | I); "" for none (grader.derivation.factors)
    before_reveal: str | None = None  # the message a student sees until the reference is revealed, if shorter

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
        part="decomposition",
    ),
    Code(
        "unknown-symbol",
        "warning",
        "a symbol the problem does not define",
        "A position beyond the sequence (y_7 in a two-token answer), a token that is neither in the "
        "sequence nor in the model, an index outside any sum, a name that is never defined.",
        "A term that refers to nothing in the problem has no value, so no step that uses it can be checked.",
        "log P(y|x) = log P(y_1|x) + log P(y_3|x, y_1, y_2) = -0.7 + (-0.4) = -1.1",
        "Use positions 1 … n of y (y_0 is the last token of x when x is a token list), or the "
        "tokens themselves: log P(learning | x, deep).",
        advice="Refer only to this problem's tokens and positions 1 … {n} of y, e.g. {first}.",
        notation=True,
        part="decomposition",
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
        part="decomposition",
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
        part="decomposition",
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
        part="decomposition",
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
        part="decomposition",
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
        part="decomposition",
        example_problem="seed/bigram-english-food",
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
        part="decomposition",
    ),
    Code(
        "wrong-token",
        "error",
        "a term refers to the wrong token or position",
        "A conditional whose token or history does not match the sequence (P(want | <s>) when the "
        "first word is i), or a value substituted from another conditional.",
        "Each factor predicts one specific token of the sequence from the tokens before it.",
        "P(<s> i want english food </s>) = P(want|<s>) P(want|i) P(english|want) P(food|english) P(</s>|food)",
        "Read the tokens in order: P(i | <s>) P(want | i) …",
        advice="Read the tokens of y in order: {chain_prob}.",
        part="decomposition",
        example_problem="seed/bigram-english-food",
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
        part="substitution",
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
        part="arithmetic",
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
        part="arithmetic",
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
        part="substitution",
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
        part="substitution",
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
        part="decomposition",
    ),
    Code(
        "bos-counted",
        "error",
        "<s> treated as a predicted token",
        "A factor for <s> (P(<s>)), or a perplexity whose N counts <s>.",
        "<s> is given as context; it is never predicted, so it contributes no factor and does not "
        "count in N. </s> is predicted and does count.",
        "P(<s> I am Sam </s>) = P(<s>) P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam)",
        "Start the chain rule at the first real token; N = number of predicted tokens.",
        advice="Start the chain rule at the first predicted token; <s> is given, not predicted (N = {n} here).",
        part="decomposition",
        example_problem="seed/sam-corpus-add-one",
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
        part="decomposition",
    ),
    Code(
        "mixed-models",
        "error",
        "factors from two different models in one product",
        "A value taken from another estimate of the model than the problem's (an unsmoothed MLE "
        "count ratio in an add-one problem, or the reverse).",
        "A sequence probability is the product of one model's conditionals; mixing smoothed and "
        "unsmoothed estimates gives a number that no model assigns.",
        "P(<s> I am Sam </s>) = P(I|<s>) P(am|I) P(Sam|am) P(</s>|Sam) = 3/14 × 2/3 × 2/13 × 2/13",
        "Use the problem's model for every factor: (C(h w) + 1) / (C(h) + |V|) throughout.",
        advice="Use this problem's model for every factor: {model}.",
        part="substitution",
        example_problem="seed/sam-corpus-add-one",
    ),
    Code(
        "unnormalized-scores",
        "error",
        "logits used as log-probabilities",
        "A network's raw score (logit) z_w written where log P(w | h) belongs.",
        "Logits are unnormalised: log P(w | h) = z_w - log Σ_v exp(z_v). Without the softmax "
        "normaliser the 'probabilities' do not sum to 1 and can exceed 1.",
        "NLL = -(log P(the|x) + log P(cat|x, the)) = -(0.629 + 0.256) = -0.885",
        "Apply the softmax: log P(the | x) = 0.629 - log Σ_v exp(z_v) = 0.629 - 2.073 = -1.444.",
        advice="Turn logits into log-probabilities with the softmax: log P(w | h) = z_w − log Σ_v exp(z_v).",
        part="substitution",
        example_problem="seed/transformer-softmax",
    ),
    Code(
        "premature-rounding",
        "warning",
        "intermediate values rounded too coarsely",
        "Every step is right at the precision written, but rounding early moved the final answer "
        "outside the tolerance.",
        "Rounding errors grow through products, exponentials and sums of many terms.",
        "P = 0.25 × 0.33 × 0.0011 × 0.5 × 0.68 ≈ 0.08 × 0.0011 × 0.5 × 0.68 ≈ 2.99e-5",
        "Keep at least 3–4 significant digits until the final answer.",
        advice="Keep at least 3–4 significant digits until the final answer.",
        level="whole",
        part="arithmetic",
        example_problem="seed/bigram-english-food",
    ),
    Code(
        "wrong-quantity",
        "error",
        "a different quantity than the one asked",
        "A probability given where a log-probability was asked, a mean where a sum was asked, a "
        "log-likelihood where a perplexity was asked, and so on.",
        "Probability, log-likelihood, NLL, cross-entropy and perplexity are different numbers; "
        "the question asks for one of them.",
        "P(y|x) = e^{-0.7} × e^{-0.4} = 0.333\nAnswer: 0.333",
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
        "PPL = exp(-(1/3)(-0.7 - 0.4)) = exp(0.3667) = 1.443",
        "PPL = exp(-(1/2)(-0.7 - 0.4)) = exp(0.55) ≈ 1.733.",
        advice="Divide by the number of predicted tokens: PPL = exp(−(1/N) Σ ln P(y_i | …)) with N = {n}.",
        level="whole",
        part="decomposition",
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
        part="decomposition",
    ),
    Code(
        "step-unconfirmed",
        "warning",
        "a step that fails as read, beside a right final answer",
        "A submission whose final answer is right while one of its steps does not hold as the grader read "
        "it, and no known mistake explains the difference.",
        "A right answer after a step that seems not to hold is far more often a step the grader misread "
        "(a table, a pasted console, an unusual notation) than a mistake; it costs nothing and a person "
        "looks at that line. A step a known mistake explains is still charged, and so is a slip in plain "
        "arithmetic on a line read in full (… = -0.7 + (-0.4) = -1.2): there is nothing to misread.",
        "row 2 -0.7-0.4=-1.1\nlog Pr(y|x) = -1.1",
        "Set a row's label apart so it cannot be read as part of the sum: row 2: -0.7 - 0.4 = -1.1.",
        advice="Write each step so that both sides are equal.",
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
        example_problem="seed/deep-learning-perplexity",
    ),
    Code(
        "no-maths",
        "warning",
        "no mathematics found",
        "A submission in which the grader finds no line of mathematics at all: prose only, a blank "
        "file, a note that the work is elsewhere.",
        "With nothing to read there is nothing to grade: the submission is unparsable, not wrong, and "
        "a person looks (on PrairieLearn the attempt is not used up).",
        "I am not sure how to do this one.",
        "Write the derivation as equations: log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1.",
        advice="Write the derivation as equations, e.g. {lhs} = {chain} = (your value).",
        level="whole",
        notation=True,
    ),
    Code(
        "work-in-words",
        "warning",
        "the working is in words the grader does not read",
        "A submission whose only mathematics the grader reads is its final value, while its other "
        'lines carry numbers in sentences ("the first factor is one half, 0.5, …").',
        "The grader checks steps it can read; working told in prose may be right, but it cannot show "
        "it. It costs nothing: the parts of the work follow the final answer and a person looks.",
        "First I take -0.7 for deep, then -0.4 for learning given deep, and I add those two.\nAnswer: -1.1",
        "Write each step as maths, one per line: log P(y|x) = -0.7 + (-0.4) = -1.1.",
        advice="Write each step as maths, one per line, e.g. {lhs} = {chain}.",
        level="whole",
        notation=True,
    ),
    Code(
        "asks-a-question",
        "warning",
        "the submission asks a question and gives no answer",
        "A submission with no final value whose text asks something (a line ending in a question mark: "
        '"Do we include <s> in the sum? I stopped here.").',
        "A student who stops to ask about a convention has not shown a mistake; the missing answer still "
        "earns nothing, and a person reads the question (needs review).",
        "log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x, deep)\nDo we use natural logs or base 2? I stopped here.",
        "Give your answer under the convention you think right and ask the question beside it: the answer is "
        "graded and a person reads the question.",
        advice="Give your answer as {lhs} = … under the convention you think right, and ask beside it.",
        level="whole",
    ),
    Code(
        "no-working",
        "error",
        "only the final value is given",
        "A submission that gives the right final value (an `Answer:` line, a sentence) and no working at "
        "all: no step the grader could check, and no line it could not read.",
        "The value earns the final answer's part of the rubric; the parts for the decomposition, the "
        "substitution and the arithmetic are earned by showing them. Said only where the rubric asks for "
        "working, so that a score below full marks is never left unexplained.",
        "Answer: -1.1",
        "Show the steps: log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + (-0.4) = -1.1.",
        advice="Show the steps that lead to the value, e.g. {lhs} = {chain} = (your value).",
        level="whole",
    ),
    Code(
        "no-final-answer",
        "error",
        "no numeric final answer",
        "A submission whose last chain does not end in a number.",
        "Without a number the answer cannot be compared with the reference. Where the answer may be on a "
        "line the grader could not read (a line it cannot parse after the working, a conclusion in a "
        "language it has no words for), its absence is not shown: a warning, and a person looks.",
        "log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)",
        "Finish with the value: … = -0.7 + (-0.4) = -1.1, or an `Answer: -1.1` line.",
        advice="Finish with the value: {lhs} = …, or an `Answer:` line.",
        level="whole",
    ),
    Code(
        "final-unread",
        "warning",
        "the final answer is on a line the grader cannot read",
        "A submission whose read working stops before a line that carries numbers but cannot be read "
        "(the final answer may be there).",
        "The answer is written but not readable to the grader: it takes the line's last number at its "
        "written precision; when that is the expected value the final part is credited, otherwise it earns "
        "nothing until a person has looked. Either way a person looks.",
        "log P(y|x) = log P(deep|x) + log P(learning|x, deep)\nthe total: -0.7 +* (-0.4) =) -1.1",
        "Write the last step as an equation: log P(y|x) = -0.7 + (-0.4) = -1.1.",
        advice="Write the last step as an equation, e.g. {lhs} = … = (your value).",
        level="whole",
        notation=True,
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
        example_problem="",
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
        example_problem="",
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
        example_problem="",
    ),
    # ---- the cost kind (grader/cost): closed forms for the work of generating with a transformer ----
    Code(
        "sum-bounds-off-by-one",
        "error",
        "a sum over the steps with its bounds off by one",
        "A count whose steps are indexed one too low or one too high: n(n-1)/2 for n(n+1)/2, "
        "Σ_{i=1}^{n} (m+i-1) where step i attends to m+i positions.",
        "Step i of generation handles position m+i and attends to every position up to and including "
        "itself; shifting the index drops the last step's work or adds a step that never happens.",
        "Σ_{i=1}^{n} (m + i - 1) h L",
        "Σ_{i=1}^{n} (m + i) h L = h L (n m + n(n+1)/2). Check the sum at n = 1: one step, m+1 keys.",
        advice="Check the first and last step: step i sees the m prompt positions and the i new ones.",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "prompt-left-out",
        "error",
        "the prompt's m positions left out of the count",
        "A count written as if generation started from nothing: n(n+1)/2 where every step also attends "
        "to the m prompt tokens, m+i.",
        "The prompt's keys are part of every step's context (cached or recomputed), so each step's "
        "cost grows from m, not from 0.",
        "n(n+1)/2 · h L",
        "h L (n m + n(n+1)/2): every step attends to the m prompt positions as well.",
        advice="Every step also attends to the m prompt positions: start the context at m, not 0.",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "layers-or-heads-dropped",
        "error",
        "a count for one layer (or one head) given for the whole model",
        "A count missing the factor L (layers) or h (heads) the problem's symbols ask for.",
        "Every layer repeats the work on its own keys, and attention scores are computed in every "
        "head, so the total is L (and h) times one layer's (one head's).",
        "Σ_{i=1}^{n} (m + i) h",
        "Σ_{i=1}^{n} (m + i) h L: multiply by the number of layers (and heads, for scores).",
        advice="Multiply by the layers L (and by the heads h for attention scores).",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "naive-count-for-cache",
        "error",
        "the count without a cache given for generation with a KV cache",
        "For a KV-cached generation, the count of recomputing the whole prefix at every step: "
        "Σ (m+i)(m+i+1)/2 instead of Σ (m+i).",
        "A KV cache keeps every earlier position's keys and values, so a step runs only the new "
        "position, whose one query meets the m+i cached keys; nothing earlier is recomputed.",
        "Σ_{i=1}^{n} (m+i)(m+i+1)/2 · h L",
        "Σ_{i=1}^{n} (m + i) h L: one new query per step against the cached keys.",
        advice="With a cache, each step runs only the new position against the cached keys.",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "linear-growth-for-full-attention",
        "error",
        "linear growth claimed for attention over the full context",
        "A total linear in n (O(n d), n(m+1)) for a strategy whose every step attends to the whole, "
        "growing context, so that the total grows at least quadratically in n.",
        "Step i's context has m+i positions, so its cost grows with i; a sum of n growing terms is "
        "quadratic in n (cubic without a cache), not linear. Only a fixed window keeps it linear.",
        "Answer: O(n h L)",
        "O(n (n + m) h L): with the cache each step is linear in its context, and the total quadratic.",
        advice="Each step's cost grows with the context, so the total is a sum of growing terms.",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "window-as-full-context",
        "error",
        "a sliding window's cost written as the full-context cost",
        "For attention over a window of the last k positions, a count that attends to the whole "
        "context instead: Σ (m+i) or its uncached version, where each step attends to k keys.",
        "A window caps every step's context at k positions, so each step costs the same and the "
        "total is linear in n: that is the point of the window.",
        "Σ_{i=1}^{n} (m + i) h L",
        "n k h L: each of the n steps attends to exactly k keys (the prompt is longer than k).",
        advice="With a window, each step attends to at most k positions, whatever n is.",
        example_problem="cost/window-scores",
    ),
    Code(
        "big-o-for-exact-count",
        "error",
        "only the growth given where the exact count was asked",
        "An answer written as O(…) or Θ(…) for a question whose answer_form is exact, with the "
        "right growth. It earns half of the answer's credit.",
        "A big-O hides the constants and lower-order terms the question asks for: n(n+1)/2 and "
        "n²/2 + 7n have the same growth but are different counts.",
        "O(n^2 h L + n m h L)",
        "The closed form: h L (n m + n(n+1)/2).",
        advice="The question asks for the exact count; give the closed form, not only its growth.",
        level="whole",
        example_problem="cost/kv-cache-scores",
    ),
    Code(
        "grouping-unsaid",
        "warning",
        "a count said in words whose grouping was not said",
        'An answer dictated or written out in words ("two times L times d times m plus n") that, read '
        "as said, is not the count, while another grouping of the same words is.",
        'Speech has no brackets: "two L d times m plus n" may mean 2Ld·m + n or 2Ld(m + n). The grader '
        "does not charge the reading it happened to choose; a person checks which was meant.",
        "so the cache holds two times L times d times m plus n numbers",
        'Say where the group starts and ends ("two L d times open bracket m plus n close bracket"), or '
        "type it: 2·L·d·(m + n).",
        advice="Say where a group starts and ends (open bracket … close bracket), or type the count.",
        level="whole",
        notation=True,
        example_problem="cost/cache-memory",
    ),
    # --- question kind: compare (grader/compare) ---
    Code(
        "less-likely-chosen",
        "error",
        "the less likely candidate chosen from the numbers",
        "A comparison whose conclusion picks the candidate with the smaller log-probability, although "
        "the numbers worked out for each candidate say otherwise: reading -1.4 as larger than -1.1.",
        "Log-probabilities are negative; the one closer to zero is the larger, and so is its "
        "probability: -1.1 > -1.4 means e^-1.1 = 0.33 > e^-1.4 = 0.25.",
        "For A: log P(A) = -0.7 + (-0.4) = -1.1\nFor B: log P(B) = -1.6 + (-0.2) = -1.8\nB is more likely.",
        "Pick the candidate whose log-probability is larger (closer to zero): -1.1 > -1.8, so A is more likely.",
        advice="Compare the candidates' values as signed numbers: the larger (closer to zero) wins.",
        level="whole",
        example_problem="compare/deep-vs-reinforcement",
    ),
    Code(
        "wrong-comparison-basis",
        "error",
        "totals compared where per-token values were asked, or the reverse",
        "A comparison of whole-sequence log-probabilities when the question asks which candidate is "
        "more likely per token (mean log-probability, cross-entropy or perplexity), or a comparison of "
        "per-token values when it asks about the whole sequences.",
        "A longer sequence has more factors below 1, so its total log-probability is lower even when "
        "each token is predicted well; per-token values remove the length. The two comparisons can "
        "pick different candidates, and the question says which one it means.",
        "asked per token: For A: log P(A) = -1.1\nFor B: log P(B) = -1.5\nA is more likely.",
        "Divide each total by its number of tokens (-1.1/2 = -0.55, -1.5/3 = -0.5) and compare those: B.",
        advice="Compare on the basis asked: whole-sequence totals, or per-token values (total / tokens).",
        level="whole",
        example_problem="compare/per-token",
    ),
    Code(
        "divided-log-probs",
        "error",
        "log-probabilities divided to get a probability ratio",
        "A probability ratio P(A)/P(B) computed as log P(A) / log P(B).",
        "The log of a ratio is the difference of the logs: P(A)/P(B) = exp(log P(A) - log P(B)). "
        "The quotient of two logs is no probability ratio (-1.1 / -1.8 = 0.61, while P(A)/P(B) = 2.01).",
        "P(A)/P(B) = log P(A) / log P(B) = -1.1 / -1.8 = 0.611",
        "Subtract, then exponentiate: P(A)/P(B) = exp(-1.1 - (-1.8)) = exp(0.7) = 2.01.",
        advice="Subtract the log-probabilities, then exponentiate: P(A)/P(B) = exp(log P(A) - log P(B)).",
        level="whole",
        example_problem="compare/deep-vs-reinforcement-ratio",
    ),
    Code(
        "candidates-unclear",
        "warning",
        "work that cannot be told apart by candidate",
        "A comparison whose work cannot be split into one derivation per candidate: no labels such as "
        "'For A:' or 'log P(A) = …', or maths before the first label.",
        "The grader checks each candidate's derivation on its own; work it cannot attribute is sent to "
        "a person rather than marked wrong.",
        "log P = -0.7 + (-0.4) = -1.1\nlog P = -1.6 + (-0.2) = -1.8\nA is more likely.",
        "Label each derivation: 'For A: log P(A) = … = -1.1', then 'For B: …', then the conclusion.",
        advice="Label each candidate's derivation (For A: …) and end with a conclusion (A is more likely).",
        level="whole",
        notation=True,
        example_problem="compare/deep-vs-reinforcement",
    ),
    # --- question kind: flaw (grader/flaw) ---
    Code(
        "wrong-line-blamed",
        "error",
        "the flaw placed on the wrong line",
        "An analysis of a flawed calculation that names a line other than the first wrong one: a line "
        "that is right, or a later line that only carries the first mistake forward.",
        "Finding a flaw means finding where the reasoning first goes wrong; every later line may follow "
        "correctly from the wrong one.",
        "flawed: 1 log P(y|x) = log P(y_1|x) + log P(y_2|x,y_1)  2 = (-0.7)(-0.4)  3 = 0.28\n"
        "answer: Line 1 is wrong.",
        "Name the first line that does not follow: line 2, where the log-probabilities are multiplied.",
        advice="Name the first line of the calculation that does not follow from the one before.",
        level="whole",
        example_problem="flaw/multiplied-logs",
    ),
    Code(
        "wrong-mistake-named",
        "error",
        "a mistake named that the flawed line does not make",
        "An analysis that describes the flaw as a different mistake from the one the line makes: "
        "'the probabilities were added' for a line that multiplies log-probabilities.",
        "The point of the exercise is to say what is wrong; a different mistake's name shows a "
        "different misunderstanding.",
        "flawed line: = (-0.7)(-0.4)\nanswer: Line 2 is wrong because it added the probabilities.",
        "Say what the line does wrong: it multiplies the log-probabilities instead of adding them.",
        advice="Say what the flawed line does, in words: e.g. it multiplies the logs instead of adding them.",
        level="whole",
        example_problem="flaw/multiplied-logs",
    ),
    Code(
        "flaw-unrecognised",
        "warning",
        "an analysis the grader cannot read",
        "An analysis of a flawed calculation whose line reference or description of the mistake "
        "matches nothing the grader knows: no line number, quote or step, or words it has no phrase for.",
        "The grader maps plain English to its catalogue with a list of phrases; words it does not know "
        "may still be right, so a person reads them. A mistake described in unknown words costs nothing; "
        "a line that is not named earns no credit for the line until a person has read it, unless the "
        "analysis is written in a language the grader has no words for: what it could not read costs nothing.",
        "answer: Something is off with how the numbers get combined.",
        "Say which line (line 2, or quote it) and what it does wrong (it multiplies the logs).",
        advice="Name the line (line 2, or quote it) and the mistake in plain words.",
        level="whole",
        notation=True,
        example_problem="flaw/multiplied-logs",
    ),
    # kind = "window" (grader/window): the full model against its k-window
    Code(
        "window-part-missing",
        "error",
        "a part of the window question is not answered",
        "A window answer with no derivation for the full or the window model, no value for the gap, "
        "or no answer to which model costs less to compute.",
        "Each part is asked for and earns its share of the points; a part that is not there earns none.",
        "Full model:\nlog P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + -0.4 = -1.1\n"
        "Gap: -1.1 - (-3.1) = 2.0",
        "Label each part (Full model:, Window model:, Gap:, Cheaper:) and answer all of them.",
        advice="Label each part (Full model:, Window model:, Gap:, Cheaper:) and answer all of them.",
        level="whole",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-used-full-history",
        "error",
        "the window model conditioned on the whole history",
        "A window-model value that is the full model's: every factor conditioned on x and all of "
        "y_<i, where the window model reads only the last k tokens.",
        "A k-window model cannot see what lies outside its window, so its conditionals are not the "
        "full model's: P_1(learning | deep) is not P(learning | x, deep).",
        "Window model (k = 1):\nlog P(y|x) = log P(y_1|x) + log P(y_2|x,y_1) = -0.7 + -0.4 = -1.1",
        "Use the window model's own conditionals: log P(deep | ML) + log P(learning | deep) = -2.2 + -0.9 = -3.1.",
        advice="Use the window model's conditionals: each y_i given only the last k tokens before it.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-kept-extra-token",
        "error",
        "the window kept k+1 tokens of history",
        "A window-model value that is the value under a window of k+1 tokens: one token too many "
        "kept before each y_i (often the current token counted apart from the window).",
        "A window of k means the k tokens right before y_i, no more: with k = 1 y_2 is predicted "
        "from y_1 alone, not from y_1 and the prompt's last token.",
        "Window model (k = 1):\nlog P(y|x) = log P(y_1|of, ML) + log P(y_2|ML, y_1) = -1.4 + -0.5 = -1.9",
        "Keep exactly k tokens: log P(deep | ML) + log P(learning | deep) = -2.2 + -0.9 = -3.1.",
        advice="Keep exactly k tokens of history before each y_i, counting from the token right before it.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-kept-too-few",
        "error",
        "the window kept k-1 tokens of history",
        "A window-model value that is the value under a window of k-1 tokens: one token too few kept "
        "before each y_i (with k = 1, no history at all).",
        "The window includes the token right before y_i; with k = 1 the model still reads y_1 when it "
        "predicts y_2, so P(learning | deep), not P(learning).",
        "Window model (k = 1):\nlog P(y|x) = log P(y_1) + log P(y_2) = -4.0 + -3.2 = -7.2",
        "Keep exactly k tokens: log P(deep | ML) + log P(learning | deep) = -2.2 + -0.9 = -3.1.",
        advice="Keep exactly k tokens of history before each y_i, the token right before it included.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-gap-sign",
        "error",
        "the gap with its sign reversed",
        "A gap of log P_k − log P_full where log P_full − log P_k is asked: the right size, the wrong sign.",
        "The sign says which model finds y more likely; reversed, it says the opposite.",
        "Gap: log P_k - log P_full = -3.1 - (-1.1) = -2.0",
        "Gap: log P_full − log P_k = -1.1 − (-3.1) = 2.0.",
        advice="The gap is log P_full(y | x) − log P_k(y | x): the full model's value minus the window model's.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-gap-wrong",
        "error",
        "a gap that is not the difference of the two values",
        "A gap that is neither log P_full − log P_k from the reference nor from the student's own two "
        "values (a slip in one derivation is charged there, not again here).",
        "The gap is one subtraction of the two log-probabilities; any other number is not the gap.",
        "Gap: -1.1 - (-3.1) = 4.3",
        "Gap: log P_full − log P_k = -1.1 − (-3.1) = 2.0.",
        advice="Subtract the window model's log-probability from the full model's.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-cost-wrong",
        "error",
        "the full model named as the cheaper one",
        "An answer to which model costs less to compute that names the full-history model, or says "
        "neither is (both cost the same).",
        "The window model attends to at most k tokens per prediction and caches at most k keys and "
        "values; the full model reads the whole history, so it costs at least as much.",
        "Cheaper: the full model, because it has more information",
        "Cheaper: the window model; each step attends to k tokens instead of the whole history.",
        advice="The window model costs less: each prediction reads at most k tokens, not the whole history.",
        example_problem="window/deep-learning-window",
    ),
    Code(
        "window-cost-unread",
        "warning",
        "an answer to the cost question that cannot be read",
        "A cost answer that names neither model clearly (or both, with no comparison the grader can read).",
        "The grader cannot tell which model was chosen; a choice asked for is not given away unread, so the "
        "part earns nothing until a person has looked. An answer written in a language the grader has no "
        "words for was not read at all: it costs nothing, and a person looks.",
        "Cheaper: it depends",
        "Cheaper: the window model (with your reason).",
        advice="Name one model: `Cheaper: the window model`, then your reason.",
        notation=True,
        example_problem="window/deep-learning-window",
    ),
    # The decoding kind (grader/decoding): greedy, beam and exhaustive search answers.
    Code(
        "decoding-unread",
        "warning",
        "a decoding answer the grader cannot read",
        "A search answer in which no token sequence of the problem's vocabulary, no beam for a step, "
        "no final sequence or no yes/no could be found.",
        "The grader cannot check what it cannot read; a person looks at it, and nothing is deducted for it. "
        "A yes or no it could only take loosely from the answer's line counts as the answer: a wrong one "
        "earns no marks for the verdict, as a wrong final value would not.",
        "The beam ends up with the cat thing, roughly a third.",
        'Write sequences with their scores: step 2: {"a cat": 0.36, "the dog": 0.20}; Answer: "a cat", P = 0.36.',
        advice='Write each sequence with its score (step t: sequence: score, …) and end with Answer: "…", P = ….',
        level="whole",
        notation=True,
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-length-normalised",
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
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-a-cat",
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
        example_problem="decoding/beam-a-cat",
    ),
    Code(
        "greedy-assumed-best",
        "error",
        "greedy's output taken for the most probable sequence",
        "Greedy search's output given as the most probable sequence, or a yes to whether greedy finds "
        "it, where another sequence is more probable, or a yes that names and values no other sequence.",
        "Greedy search commits to the best next token at each step; a less likely first token can "
        "lead to a more likely whole sequence (0.3 × 0.6 × 0.3 = 0.054 beats 0.4 × 0.4 × 0.3 = 0.048).",
        "Yes: greedy always picks the most probable token, so cat sat down (0.048) is the most probable.",
        "No: dog barked loudly has 0.3 × 0.6 × 0.3 = 0.054 > 0.048.",
        advice="Compare greedy's output with the other complete sequences before calling it the most probable.",
        level="whole",
        example_problem="decoding/greedy-not-best",
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
        example_problem="decoding/beam-length-normalised",
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
        example_problem="decoding/greedy-is-best",
    ),
    Code(
        "normalised-score-wrong",
        "error",
        "a length-normalised score that does not follow the problem's length",
        "A finished hypothesis's length-normalised score, written as its log-probability over a length "
        "(ln 0.2 / 1 = -1.609), that is not its log-probability divided by its length as the problem "
        "counts it: every generated token, the end token </s> included.",
        "The problem defines the length; with another count (leaving </s> out) every score changes, and "
        "the comparison that chooses the output can change with them.",
        "step 1: yes 0.5, no 0.3\nstep 2: yes </s> 0.2 (finished), yes please 0.175\n"
        "step 3: yes please </s> 0.1575 (finished)\nyes </s>: ln 0.2 / 1 = -1.609\n"
        "yes please </s>: ln 0.1575 / 2 = -0.924\nAnswer: yes please </s>, P = 0.1575",
        "yes </s>: ln 0.2 / 2 = -0.805; yes please </s>: ln 0.1575 / 3 = -0.616",
        advice="Divide each log-probability by its number of generated tokens, counting </s>.",
        level="whole",
        example_problem="decoding/beam-length-normalised",
    ),
]

# The words people use for a mistake, for `flaw` questions: "multiplied the logs" names multiplied-log-probs.
# Matched after lower-casing, with hyphens as spaces and "log probabilities"/"log probs"/"logarithms" as "logs".
_SAYS: dict[str, tuple[str, ...]] = {
    "multiplied-log-probs": (
        "multiplied the logs", "multiplies the logs", "multiplying the logs", "multiplied logs",
        "multiplies logs", "multiplying logs", "product of the logs", "product of logs",
        "product instead of sum", "product instead of a sum", "multiplied instead of added",
        "multiplies instead of adding", "multiplied instead of adding", "multiplication instead of addition",
        "should add the logs", "should be added", "should have added", "logs should be summed",
        "logs must be added", "instead of adding", "should be a sum", "logs were multiplied",
        "log of a product is the sum", "log(ab) = log a + log b", "log ab = log a + log b",
    ),
    "added-probs": (
        "added the probabilities", "adds the probabilities", "adding the probabilities",
        "added probabilities", "sum of the probabilities", "sum of probabilities",
        "probabilities should be multiplied", "should multiply the probabilities",
        "added instead of multiplied", "sum instead of a product",
    ),
    "dropped-conditioning": (
        "forgot to condition", "forgets to condition", "forgot the conditioning", "dropped the conditioning",
        "drops the conditioning", "dropped conditioning", "missing conditioning", "missing the conditioning",
        "not conditioned on", "doesn't condition on", "does not condition on", "didn't condition on",
        "did not condition on", "without conditioning", "without the conditioning", "unconditional",
        "marginal", "ignores the previous token", "ignored the previous token", "ignores y_1", "ignored y_1",
        "drops y_1", "dropped y_1", "left out y_1", "leaves out y_1", "missing y_1", "condition on y_1",
        "conditioned on y_1", "conditioning on y_1", "dropped the history", "drops the history",
        "missing history", "ignores the history", "ignored the history", "conditioned only on x",
        "only conditions on x", "only on x", "wrong conditional", "wrong conditioning",
        "condition on all previous tokens", "condition on the previous token", "depend on y_1",
        "depends on the previous token", "conditioning on the previous token is missing", "without y_1",
        "should be conditioned on", "should condition on",
    ),
    "future-conditioning": ("conditions on the future", "conditioned on a later token", "future token"),
    "missing-term": ("missing a term", "missing term", "left out a term", "forgot a term", "dropped a term"),
    "arithmetic-error": ("arithmetic", "added wrong", "miscalculated", "calculation error", "computed wrong"),
    "sign-error": ("sign error", "wrong sign", "dropped the minus", "lost the minus", "lost the sign"),
    "wrong-value": ("wrong value", "wrong number", "wrong probability", "misread the table", "copied wrong"),
    "log-base-mismatch": ("wrong base", "wrong log base", "mixed bases", "log base"),
    "exp-log-mismatch": ("forgot to take the log", "forgot to exponentiate", "exp instead of log"),
}  # fmt: skip
_CODES = [replace(c, says=_SAYS.get(c.code, c.says)) for c in _CODES]

REGISTRY: dict[str, Code] = {c.code: c for c in _CODES}
PARTS = ("decomposition", "substitution", "arithmetic", "final")
STATUSES = ("stable", "preview")


def can_deduct(code: str, strict_notation: bool = False) -> bool:
    """Can a diagnostic of this code ever cost marks (under this problem's strict_notation)?"""
    entry = REGISTRY[code]
    if entry.status == "preview":
        return False
    return entry.severity == "error" or (entry.notation and strict_notation)


def make(code: str, message: str, span: Span, hint: str = "", before_reveal: str | None = None) -> Diagnostic:
    """A diagnostic of a catalogued code; a preview code's error is a warning (review, no deduction).
    `before_reveal`: the message without what the reference says, for a student before the reveal."""
    entry = REGISTRY[code]
    severity = "warning" if entry.status == "preview" and entry.severity == "error" else entry.severity
    return Diagnostic(code, severity, message, hint, span, before_reveal=before_reveal)


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
