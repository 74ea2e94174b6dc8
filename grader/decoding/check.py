"""Check a read decoding answer's results against the model: the chosen sequence, its probability
(error carried forward from the student's own sequence and beam), and greedy_is_best's yes/no."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from grader.core.diagnostics import Diagnostic, make
from grader.core.source import Span
from grader.decoding.problem import DecodingProblem, choose
from grader.decoding.reader import (
    CLAUSE_END,
    Hyp,
    Number,
    Reading,
    general_claim,
    labelled_value,
    loose_verdict,
    might_have_been,
    numbers_in,
    value_after,
)
from grader.reference.decoding import Hypothesis

LOG_BASES = (math.e, 2.0, 10.0)
_BELOW = 3  # lines below a path of picks where its value, on a line of its own, is looked for
# what each part of an answer is worth, by what the question asks
WEIGHTS = {
    "greedy": {"sequence": 0.5, "probability": 0.5},
    "best": {"sequence": 0.5, "probability": 0.5},
    "beam": {"steps": 0.5, "sequence": 0.25, "probability": 0.25},
    "greedy_is_best": {"verdict": 0.5, "greedy": 0.25, "comparison": 0.25},
}


@dataclass
class Outcome:
    """What the checks found: diagnostics, the credit of each part (0 to 1), the final answer."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    parts: dict[str, float] = field(default_factory=dict)
    final: Hyp | None = None
    final_value: float | None = None
    final_expected: float | None = None
    final_correct: bool = False
    verdict: tuple[str, int] | None = None  # greedy_is_best: the yes/no read and its line

    def add(self, code: str, message: str, span: Span, hint: str = "", expected: object = None) -> None:
        """A diagnostic; `expected` (what the reference says) follows the message for staff, and a student
        sees the message without it until the problem reveals the reference."""
        if expected is None:
            self.diagnostics.append(make(code, message, span, hint))
        else:
            self.diagnostics.append(
                make(code, f"{message}; expected {expected}", span, hint, before_reveal=message)
            )


def text_of(tokens: tuple[str, ...]) -> str:
    """A token sequence as the report writes it."""
    return '"' + " ".join(tokens) + '"' if tokens else '""'


def fmt(p: float) -> str:
    return f"{p:.4g}"


def close(n: Number, expected: float, problem: DecodingProblem, *, normalised_length: int = 0) -> bool:
    """A written score equals a probability, at the student's precision or the problem's tolerance;
    a negative score is read as its log (base e, 2 or 10), or per token when `normalised_length`."""
    if expected <= 0:
        return n.value == 0
    if n.value >= 0:
        return near(n, expected, problem)
    logs = [math.log(expected) / math.log(b) for b in LOG_BASES]
    if normalised_length:
        logs += [v / normalised_length for v in logs]
    return any(near(n, v, problem) for v in logs)


def near(n: Number, expected: float, problem: DecodingProblem) -> bool:
    """Is the number as written the expected value, at its own precision or the problem's tolerance?"""
    t = problem.tolerance
    slack = max(n.half_unit, t.absolute, t.relative * abs(expected))
    return abs(n.value - expected) <= slack + 1e-12


def as_prob(n: Number | None, expected: float | None) -> float | None:
    """The probability a written score stands for (a log in the base that fits, else natural)."""
    if n is None:
        return None
    if n.value >= 0:
        return n.value
    for b in LOG_BASES:
        p = b**n.value
        if expected is not None and abs(p - expected) <= max(1e-9, 0.02 * expected):
            return p
    return math.exp(n.value)


def sequence_prob(problem: DecodingProblem, tokens: tuple[str, ...]) -> tuple[float | None, list[float]]:
    """The model's probability of a generated sequence, and its conditionals (None if undefined)."""
    conds: list[float] = []
    prob = 1.0
    for i, token in enumerate(tokens):
        p = problem.model.prob(token, problem.model.context_for(tokens[:i]))
        if p is None or p <= 0:
            return None, conds
        conds.append(float(p))
        prob *= float(p)
    return prob, conds


def _strip(tokens: tuple[str, ...], eos: str) -> tuple[str, ...]:
    return tokens[:-1] if tokens and tokens[-1] == eos else tokens


def same(a: tuple[str, ...], b: tuple[str, ...], eos: str) -> bool:
    """Two sequences are the same answer, with or without the closing </s>."""
    return _strip(a, eos) == _strip(b, eos)


def _hyp_label(h: Hypothesis) -> str:
    return f"{text_of(h.tokens)} ({fmt(float(h.prob))})"


def step_pick(problem: DecodingProblem, h: Hyp) -> bool:
    """A step written as its pick ("cat sat → `down` (0.3)", "am → </s> (1/2)"): the number is the model's
    conditional of the last token after the ones before it, not the probability of a sequence."""
    if not h.picked or h.score is None:
        return False
    cond = problem.model.prob(h.tokens[-1], problem.model.context_for(h.tokens[:-1]))
    if cond is None or not close(h.score, float(cond), problem):
        return False
    whole = sequence_prob(problem, h.tokens)[0]
    return whole is None or not close(h.score, whole, problem)


def unpicked(problem: DecodingProblem, h: Hyp) -> Hyp:
    """The hypothesis without its score where that score is a step's conditional, not its probability."""
    return replace(h, score=None, summed=()) if step_pick(problem, h) else h


def final_hyp(reading: Reading, problem: DecodingProblem) -> Hyp | None:
    """The chosen sequence: on a line that states a result, else the last complete one written (a
    sequence the model can give from the start before a step's pick, "am → </s> (1/2)", which is none)."""
    chosen = reading.final(greedy=problem.ask == "greedy")
    if chosen is not None:
        return unpicked(problem, chosen)
    complete = [
        h
        for h in reading.hyps
        if h.tokens
        and (h.tokens[-1] == problem.eos or len(h.tokens) >= problem.max_length)
        and not might_have_been(reading.lines[h.span.line - 1], h)
    ]
    if problem.ask == "beam":  # "a cat 0.36, better than greedy's "the dog" (0.20)": greedy's is compared
        complete = [h for h in complete if not h.greedy] or complete
    whole = [h for h in complete if sequence_prob(problem, h.tokens)[0] is not None]
    if complete:
        return unpicked(problem, (whole or complete)[-1])
    if problem.ask != "greedy":
        return None
    # greedy writes one path: with none written ended, the last sequence the model can end there is its
    # output without the end token ("Sequence: I am"), so its value is checked, not left unread
    endable = [h for h in reading.hyps if h.tokens and _can_end(problem, h.tokens)]
    return unpicked(problem, endable[-1]) if endable else None


def score_of(reading: Reading, h: Hyp, problem: DecodingProblem | None = None) -> Hyp:
    """The hypothesis with a score: the final line's, or the same sequence's score written elsewhere
    (not a step's pick, whose number is a conditional)."""
    if h.score is not None:
        return h
    for other in reversed(reading.hyps):
        if other.tokens == h.tokens and other.score is not None:
            if problem is not None and (step_pick(problem, other) or _unfinished(problem, other)):
                continue
            return other
    return h


def _unfinished(problem: DecodingProblem, h: Hyp) -> bool:
    """A hypothesis written on the way, before the end token ("yes please 0.175" kept at step 2): its
    score is the probability of the tokens so far, which is not the finished sequence's ("yes please
    </s>", 0.1575), so it says nothing of the answer's probability."""
    if h.score is None or not h.tokens or h.tokens[-1] == problem.eos or len(h.tokens) >= problem.max_length:
        return False
    so_far = sequence_prob(problem, h.tokens)[0]
    finished = sequence_prob(problem, (*h.tokens, problem.eos))[0]
    return (
        so_far is not None
        and finished is not None
        and close(h.score, so_far, problem)
        and not close(h.score, finished, problem)
    )


def check_probability(
    problem: DecodingProblem,
    reading: Reading,
    h: Hyp,
    out: Outcome,
    part: str,
    own: dict[tuple[str, ...], float] | None = None,
) -> None:
    """The probability written for a sequence, against the model's (error carried forward: the
    probability of the sequence the student chose, right or wrong, or the score their own beam
    gave it, whose slip was charged at its step)."""
    scored = score_of(reading, h, problem)
    # "I am </s>" is that sequence; "I am" may be it with or without the end token
    ends = bool(h.tokens) and h.tokens[-1] == problem.eos
    options = [h.tokens] if ends else [h.tokens + (problem.eos,), h.tokens]
    probs = [(p, conds, tokens) for tokens in options for p, conds in [sequence_prob(problem, tokens)]]
    known = [(p, conds, tokens) for p, conds, tokens in probs if p is not None]
    if not ends and len(known) == 2 and len(h.tokens) < problem.max_length:
        # shorter than the limit, the search went on: it stopped only by generating </s>, whose
        # factor is part of the whole sequence's probability (at the limit it stops without one)
        known = known[:1]
    if scored.score is None and (beside := _on_its_line(reading, h, [p for p, _, _ in known], problem)):
        # "Greedy: the (0.6) -> cat (0.7) = 0.42": the model's probability of the sequence, written on the line
        # that gives the sequence, is its probability
        scored = replace(scored, score=beside)
    if part in ("probability",):
        out.final_value = as_prob(scored.score, known[0][0] if known else None)
        out.final_expected = known[0][0] if known else None
    if not known:
        out.parts[part] = 1.0  # the sequence itself is charged; nothing to compare its value with
        return
    if scored.score is None and _written(reading, [p for p, _, _ in known], problem):
        out.add(
            "decoding-unread",
            f"the probability of {text_of(h.tokens)} is written but could not be tied to it",
            h.span,
            'write the probability next to the sequence: "a cat", P = 0.36',
        )
        out.parts[part] = 1.0
        return
    if scored.score is None:
        out.add(
            "decoded-prob-missing",
            f"no probability given for {text_of(h.tokens)}",
            h.span,
            "give the sequence's probability (the product of its conditionals) or its log",
        )
        out.parts[part] = 0.0
        return
    n = scored.score
    carried = (own or {}).get(h.tokens)
    if carried is not None and n.value >= 0 and near(n, carried, problem):
        out.parts[part] = 1.0
        return
    for p, _, tokens in known:
        if close(n, p, problem, normalised_length=len(tokens) if problem.normalise == "length" else 0):
            out.parts[part] = 1.0
            return
    p, conds, tokens = known[0]
    at = scored.score_span or scored.span  # where the value is written
    if scored.summed or any(close(n, math.fsum(c), problem) for _, c, _ in known if len(c) > 1):
        out.add("added-probs", f"the probability of {text_of(tokens)} adds its conditionals", at)
    else:
        out.add(
            "decoded-prob-wrong",
            f"{text_of(tokens)} given probability {n.text}",
            at,
            "multiply the conditionals along the sequence",
            expected=fmt(p),
        )
    out.parts[part] = 0.0


def _on_its_line(reading: Reading, h: Hyp, probs: list[float], problem: DecodingProblem) -> Number | None:
    """The last number on the sequence's own line that is one of these probabilities, written to two figures at
    least; None where there is none."""
    line = reading.lines[h.span.line - 1] if 0 < h.span.line <= len(reading.lines) else ""
    found = [
        n
        for n in numbers_in(line)
        if any(p < 1 and n.half_unit <= 0.05 * p and close(n, p, problem) for p in probs)
    ]
    return found[-1] if found else None


def _written(reading: Reading, probs: list[float], problem: DecodingProblem) -> bool:
    """One of these probabilities is written somewhere in the answer (as a number or a chain's
    result), so an answer whose probability the reader did not tie to its sequence is not one without."""
    for line in reading.lines:
        for n in numbers_in(line):
            # written to two figures at least: a 0.4 on the way is not the 0.36 it rounds to
            if any(p < 1 and n.half_unit <= 0.05 * p and close(n, p, problem) for p in probs):
                return True
    return False


def _pick_written(problem: DecodingProblem, reading: Reading | None, h: Hyp, i: int) -> Span:
    """Where the wrong pick at step i + 1 is first written as a step before the sequence: a token after
    what it follows ("am -> Sam 1/2", "→ Sam (1/2)") with its conditional; the sequence's span if not."""
    tokens = h.tokens
    cond = problem.model.prob(tokens[i], problem.model.context_for(tokens[:i]))
    if reading is None or cond is None:
        return h.span
    for g in reading.hyps:
        if g.span.line >= h.span.line or g.score is None or g.tokens[-1:] != tokens[i : i + 1]:
            continue
        before = g.tokens[:-1]
        if (not before or tokens[:i][-len(before) :] == before) and close(g.score, float(cond), problem):
            return g.span
    return h.span


def check_greedy_sequence(
    problem: DecodingProblem, h: Hyp, out: Outcome, part: str, reading: Reading | None = None
) -> bool:
    """Greedy's choice at each step, from the student's own prefix: the first wrong pick is charged,
    where it is first written as a step if it is (given `reading`), else on the sequence."""
    tokens = h.tokens
    expected = problem.reference.greedy.tokens
    for i in range(max(len(tokens), len(_strip(expected, problem.eos)))):
        dist = problem.distribution(tokens[:i])
        if not dist:
            break
        top = max(dist.values())
        picks = sorted(v for v, p in dist.items() if p == top)
        if problem.ties_ruled:  # the statement says how to break a tie: the reference's rule
            picks = picks[:1]
        if i >= len(tokens):
            if picks == [problem.eos]:
                break
            out.add(
                "decoded-sequence-wrong",
                f"greedy search does not stop after {text_of(tokens)}",
                h.span,
                "at every step take the single most probable next token",
                expected=_hyp_label(problem.reference.greedy),
            )
            out.parts[part] = 0.0
            return False
        if tokens[i] not in picks:
            tied = dist.get(tokens[i]) == top
            out.add(
                "decoded-sequence-wrong",
                f"step {i + 1}: {tokens[i]!r} "
                + (
                    "ties, but the question's tie rule takes another"
                    if tied
                    else "is not the most probable next token"
                ),
                _pick_written(problem, reading, h, i),
                "at every step take the single most probable next token",
                expected=f"{picks[0]!r} (probability {fmt(float(top))}), and greedy's output "
                f"{_hyp_label(problem.reference.greedy)}",
            )
            out.parts[part] = 0.0
            return False
        if tokens[i] == problem.eos:
            break
    out.parts[part] = 1.0
    return True


def check_choice(
    problem: DecodingProblem,
    h: Hyp,
    pool: list[tuple[tuple[str, ...], float]],
    out: Outcome,
) -> bool:
    """The sequence chosen by beam search or asked as the most probable, from the student's own pool."""
    r = problem.reference
    expected = problem.answer
    accepted = [expected.tokens]
    if problem.ask == "beam" and pool:
        own = min(pool, key=lambda item: (-_pool_score(item, problem.normalise), item[0]))
        accepted.append(own[0])
    if any(same(h.tokens, a, problem.eos) for a in accepted):
        out.parts["sequence"] = 1.0
        return True
    out.parts["sequence"] = 0.0
    other = "none" if problem.normalise == "length" else "length"
    among = list(r.finished) if problem.ask == "beam" else None
    flipped = choose(among, other) if among else None
    if problem.ask == "best" and same(h.tokens, r.greedy.tokens, problem.eos):
        out.add(
            "greedy-assumed-best",
            f"{text_of(h.tokens)} is greedy search's output, not the most probable sequence",
            h.span,
            "compare the probabilities of every complete sequence (or argue why none beats your answer)",
            expected=_hyp_label(expected),
        )
    elif flipped is not None and same(h.tokens, flipped.tokens, problem.eos):
        asked = "per-token (length-normalised)" if problem.normalise == "length" else "raw"
        out.add(
            "length-normalisation-mismatch",
            f"{text_of(h.tokens)} wins only when finished hypotheses are compared without the {asked} score "
            f"the problem asks",
            h.span,
            "compare finished hypotheses by the score the question names",
            expected=_hyp_label(expected),
        )
    else:
        out.add(
            "decoded-sequence-wrong",
            f"{text_of(h.tokens)} is not the sequence asked for",
            h.span,
            expected=_hyp_label(expected),
        )
    return False


def _pool_score(item: tuple[tuple[str, ...], float], normalise: str) -> float:
    tokens, p = item
    log = math.log(p) if p > 0 else -math.inf
    return log / len(tokens) if normalise == "length" and tokens else log


def said_only_greedy(reading: Reading, problem: DecodingProblem) -> bool:
    """The answer names no sequence but greedy's output (and its picks) and writes no number but
    greedy's own (its conditionals, prefix probabilities, probability, logs, or whole-number counts):
    nothing else can have been compared, read or not."""
    g = _strip(problem.reference.greedy.tokens, problem.eos)
    pieces = {g[i:j] for i in range(len(g)) for j in range(i + 1, len(g) + 1)}  # its picks, one or more
    if any(_strip(h.tokens, problem.eos) not in pieces for h in reading.hyps):
        return False
    _, conds = sequence_prob(problem, problem.reference.greedy.tokens)
    own = conds + [math.prod(conds[: k + 1]) for k in range(len(conds))]
    for line in reading.lines:
        for n in numbers_in(line):
            if n.half_unit == 0.5 and n.value >= 1 and n.value.is_integer():
                continue  # a step number or a count
            if not any(close(n, v, problem) for v in own):
                return False
    return True


def _whole_sequences(reading: Reading, problem: DecodingProblem) -> list[Hyp]:
    """The whole sequences an answer names: ended, full length, or stated as a result where the model
    can end it. A shorter one that a written whole sequence extends is a step of it ("greedy picks
    the, then cat: the cat"), and "greedy" said of the step is said of the first whole sequence after
    it that grows out of it."""
    eos, length = problem.eos, problem.max_length
    hyps = _joined_picks(problem, reading, [unpicked(problem, h) for h in reading.hyps if h.tokens])
    is_full = [h.tokens[-1] == eos or len(h.tokens) >= length for h in hyps]
    grown = {h.tokens[:n] for h, f in zip(hyps, is_full, strict=True) if f for n in range(1, len(h.tokens))}
    heir: set[int] = set()
    nearest: dict[tuple[str, ...], int] = {}  # each prefix's first whole sequence from here on
    for i in range(len(hyps) - 1, -1, -1):  # backwards, so "first after" costs one look-up
        tokens = hyps[i].tokens
        if is_full[i]:
            nearest.update({tokens[:n]: i for n in range(1, len(tokens))})
        elif hyps[i].greedy and tokens in nearest:
            heir.add(nearest[tokens])
    out: list[Hyp] = []
    for i, h in enumerate(hyps):
        if is_full[i]:
            out.append(replace(h, greedy=True) if i in heir else h)
        elif h.role == "final" and h.tokens not in grown and _can_end(problem, h.tokens):
            out.append(h)  # "Answer: the cat" for "the cat </s>"
    if not any(h.greedy for h in out):
        # under a heading that names greedy's run ("## Greedy decoding"), the first sequence the model
        # can give is greedy's output, as if "greedy" were written before it
        headed = next((h for h in out if h.section and sequence_prob(problem, h.tokens)[0] is not None), None)
        out = [replace(h, greedy=True) if h is headed else h for h in out]
    return out


def _joined_picks(problem: DecodingProblem, reading: Reading, hyps: list[Hyp]) -> list[Hyp]:
    """Greedy's picks written one by one in a clause ("Greedy: the (0.6), then cat (0.7) -> 0.42") as
    the one path they spell: a pick named greedy's, then the single tokens after it on its line that
    the model continues it with, until the path is whole. Its value is the one written straight
    after the last pick, if any (the numbers beside the picks are their conditionals)."""
    out: list[Hyp] = []
    spelt: set[tuple[str, ...]] = set()  # greedy's paths the picks spell, each written whole further on
    i = 0
    while i < len(hyps):
        first = hyps[i]
        if first.tokens in spelt and len(first.tokens) > 1:  # the whole sequence the picks above spelt
            spelt.discard(first.tokens)
            first = replace(first, greedy=True)
        path, last, j = first.tokens, first, i + 1
        # a greedy-headed section's first sequence is its first pick, as if the line said "greedy"
        opens = bool(first.section) and (i == 0 or hyps[i - 1].section != first.section)
        while (first.greedy or opens) and not _whole(problem, path) and j < len(hyps):
            pick = hyps[j]
            line = reading.lines[first.span.line - 1]
            if (
                pick.span.line != first.span.line
                or len(pick.tokens) != 1
                or CLAUSE_END.search(line, last.span.end_column - 1, pick.span.column - 1)
                or sequence_prob(problem, path + pick.tokens)[0] is None
            ):
                break
            path, last, j = path + pick.tokens, pick, j + 1
        value, where = (None, None) if last is first else _path_value(reading, hyps, last)
        if last is first or value is None and any(h.tokens == path for h in hyps[j:]):
            if last is not first and first.greedy:
                # the path is greedy's output, not any later sequence the first pick begins ("Compare: the dog
                # 0.18, …" after "Greedy: "the" (0.6), then "cat" (0.7)"): "greedy" passes to it
                spelt.add(path)
                first = replace(first, greedy=False)
            out.append(first)  # the whole sequence is written later: the picks are steps of it
            i += 1
            continue
        span = Span(first.span.line, first.span.column, last.span.line, last.span.end_column)
        out.append(
            Hyp(path, value, span, "computed", (), first.greedy, section=first.section, score_span=where)
        )
        i = j
    return out


def _path_value(reading: Reading, hyps: list[Hyp], last: Hyp) -> tuple[Number | None, Span | None]:
    """What a path of picks comes to: written straight after its last pick, else on a labelled line of
    its own just below ("P = 0.6 × 0.7 = 0.42") before any line that names a sequence (with where)."""
    value = value_after(reading.lines[last.span.line - 1], last.span.end_column - 1)
    if value is not None:
        return value, None
    named = {h.span.line for h in hyps}
    for n in range(last.span.line + 1, min(last.span.line + _BELOW, len(reading.lines)) + 1):
        if n in named:
            break
        below = labelled_value(reading.lines[n - 1])
        if below is not None:
            return below[0], Span(n, below[1] + 1, n, below[2] + 1)
    return None, None


def _whole(problem: DecodingProblem, tokens: tuple[str, ...]) -> bool:
    return bool(tokens) and (tokens[-1] == problem.eos or len(tokens) >= problem.max_length)


def _can_end(problem: DecodingProblem, tokens: tuple[str, ...]) -> bool:
    """The model can end a sequence here: written without its end token, it may still be whole."""
    return sequence_prob(problem, tokens + (problem.eos,))[0] is not None


def _stopped_short(problem: DecodingProblem, reading: Reading) -> Hyp | None:
    """Greedy's output given short of the asked length, where no whole sequence is named greedy's: the last
    result that is (or restates) a sequence named greedy's, with its own probability as that of the tokens so
    far, and that no longer sequence written grows out of (`greedy: cat (0.4), then sat (0.4)` / `output =
    "cat sat", P = 0.16` where three tokens are asked). None where there is no such result."""
    hyps = [unpicked(problem, h) for h in reading.hyps if h.tokens]
    # named greedy's: by the word, or as the result given under a heading that names greedy's run ("Greedy:")
    named = {h.tokens for h in hyps if h.greedy or h.section and h.role == "final"}
    grown = {h.tokens[:n] for h in hyps for n in range(1, len(h.tokens))}
    for h in reversed(hyps):
        if h.role != "final" or h.score is None or h.tokens not in named or h.tokens in grown:
            continue
        so_far = sequence_prob(problem, h.tokens)[0]
        if not _whole(problem, h.tokens) and so_far is not None and close(h.score, so_far, problem):
            return h
    return None


def check_greedy_is_best(problem: DecodingProblem, reading: Reading, out: Outcome) -> None:
    """Yes or no, with greedy's output and a sequence it is compared with, each with its probability."""
    r = problem.reference
    best = r.best or r.greedy
    right = "yes" if problem.greedy_is_best else "no"
    loose = loose_verdict(reading.lines) if reading.verdict is None else None
    if loose is not None:
        # not read for certain, but the answer's own line says yes or no: that is its answer, and a wrong
        # one earns nothing (a person looks); a right one costs nothing
        said, line = loose
        out.verdict = loose
        out.add(
            "decoding-unread",
            f'the yes/no is not read for certain: line {line} says "{said}", taken as the answer',
            Span(line, 1, line, len(reading.lines[line - 1]) + 1),
            'start the answer with "Yes" or "No"',
        )
        out.parts["verdict"] = 1.0 if said == right else 0.0
    elif reading.verdict is None:
        out.add(
            "decoding-unread",
            "no yes/no answer read to whether greedy search finds the most probable sequence",
            Span(1, 1, 1, 2),
            'start the answer with "Yes" or "No"',
        )
        out.parts["verdict"] = 1.0
    else:
        said, line = reading.verdict
        out.verdict = reading.verdict
        span = Span(line, 1, line, len(reading.lines[line - 1]) + 1)
        if said == right:
            out.parts["verdict"] = 1.0
        elif said == "yes":
            out.add(
                "greedy-assumed-best",
                "greedy's output is not the most probable sequence",
                span,
                "compare greedy's output with the other complete sequences",
                expected=f"no: {_hyp_label(best)} beats {_hyp_label(r.greedy)}",
            )
            out.parts["verdict"] = 0.0
        else:
            out.add(
                "decoding-verdict-wrong",
                "greedy's output is the most probable sequence here",
                span,
                expected=f"yes: {_hyp_label(r.greedy)}",
            )
            out.parts["verdict"] = 0.0
    complete = _whole_sequences(reading, problem)
    named_greedy = [h for h in complete if h.greedy] or [
        h for h in complete if same(h.tokens, r.greedy.tokens, problem.eos)
    ]
    short = None if named_greedy else _stopped_short(problem, reading)
    if named_greedy:
        g = named_greedy[0]
        if check_greedy_sequence(problem, g, out, "greedy", reading):
            check_probability(problem, reading, g, out, "greedy")
        out.final = g
    elif short is not None:  # greedy's output given short of the asked length: its run stopped early
        check_greedy_sequence(problem, short, out, "greedy", reading)
        out.final = short
    else:
        out.parts["greedy"] = 1.0
    # a sequence said beside "greedy" that is not the one first named as greedy's ("greedy misses "dog barked
    # loudly"") is another sequence compared with greedy's output, not a second output of greedy's
    first = named_greedy[0].tokens if named_greedy else None
    others = [
        h
        for h in complete
        if not same(h.tokens, r.greedy.tokens, problem.eos)
        and (not h.greedy or (first is not None and not same(h.tokens, first, problem.eos)))
    ]
    greedy_p = float(r.greedy.prob)
    if not others:
        # nothing but greedy's output and its own numbers is written: no comparison was made, read or not
        alone = bool(named_greedy) and said_only_greedy(reading, problem)
        said_yes = reading.verdict is not None and reading.verdict[0] == "yes"
        # or the yes rests on a claim that greedy is optimal for any model, which is false
        claim = general_claim(reading.lines) if right == "yes" and said_yes and not alone else None
        if right == "yes" and said_yes and (alone or claim is not None):
            why = (
                "it rests on a claim that greedy search is optimal in general (for any model), which is false"
                if claim is not None
                else "greedy search is not optimal in general"
            )
            line = claim or (out.verdict[1] if out.verdict else named_greedy[0].span.line)
            out.add(
                "greedy-assumed-best",
                f"yes is right here, but greedy's output is not compared with any other sequence: {why}, "
                "so the yes needs the comparison",
                Span(line, 1, line, len(reading.lines[line - 1]) + 1 if claim else 2),
                "give the other sequences' probabilities and show none beats greedy's output",
            )
            out.parts["comparison"] = 0.0
            return
        if right == "no" or not named_greedy:
            out.add(
                "decoding-unread",
                "no sequence read to compare greedy's output with",
                Span(1, 1, 1, 2),
                "name a sequence and its probability to compare with greedy's output",
            )
        out.parts["comparison"] = 1.0
        return
    # the sequence offered as beating greedy's: the last one that does (others may be checked too)
    beating = [h for h in others if (sequence_prob(problem, h.tokens)[0] or 0.0) > greedy_p]
    best_other = (beating if right == "no" and beating else others)[-1]
    # judged where its value is first written: a verdict restating "a cat (0.5)" repeats that mistake
    if best_other.score is not None:
        best_other = next(
            h
            for h in others
            if h.tokens == best_other.tokens
            and h.score is not None
            and h.score.value == best_other.score.value
        )
    p, _ = sequence_prob(problem, best_other.tokens)
    if right == "no" and (p is None or p <= greedy_p):
        out.add(
            "decoded-sequence-wrong",
            f"{text_of(best_other.tokens)} is not more probable than greedy's output",
            best_other.span,
            expected=_hyp_label(best),
        )
        out.parts["comparison"] = 0.0
        return
    check_probability(problem, reading, best_other, out, "comparison")
