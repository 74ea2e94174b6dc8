"""Length-normalised scores a beam answer states ("ln 0.2 / 2 = -0.805", "\\frac{\\ln 0.1575}{3} = -0.616"),
checked against the problem's length: every generated token, the end token </s> included."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from grader.core.source import Span
from grader.decoding.check import LOG_BASES, Outcome, fmt, near, sequence_prob, text_of
from grader.decoding.problem import DecodingProblem
from grader.decoding.reader import MAX_LINE, Hyp, Number, Reading, number, plain

_NUM = r"-?(?:\d+(?:\.\d*)?|\.\d+)"
_LOG = r"(?:\\?(?:ln|log)(?:_?\{?(?:2|10|e)\}?)?)"
# the numerator: a log of a probability ("ln 0.2", "log(0.1575)") or a log-probability ("-1.609")
_TOP = rf"(?:{_LOG}\s*\(?\s*(?P<p>{_NUM})\s*\)?|\(?\s*(?P<lp>-{_NUM})\s*\)?)"
_IS = r"\s*(?:=|≈|\\approx)\s*"
# "ln 0.2 / 2 = -0.805", "-1.609/2 ≈ -0.80", "\frac{\ln 0.2}{2} = -0.805" (LaTeX's fraction, unread elsewhere)
_SIDES = (
    rf"(?P<sides>(?:{_IS}-{_NUM}(?:\s*/\s*\d+)?)+)"  # "= -1.609 / 2 = -0.805": the last side is the value
)
_STATED = (
    re.compile(rf"(?<![\w.]){_TOP}\s*/\s*\(?\s*(?P<L>\d+)\s*\)?{_SIDES}(?![\d/])"),
    re.compile(rf"\\[dt]?frac\s*\{{\s*{_TOP}\s*\}}\s*\{{\s*(?P<L>\d+)\s*\}}{_SIDES}(?![\d/])"),
)
_SIDE = re.compile(rf"{_IS}(?P<v>-{_NUM})(?P<over>\s*/\s*\d+)?")


@dataclass(frozen=True)
class Stated:
    """A length-normalised score as written: the probability (or its log), the length, the result."""

    prob: Number | None
    log: Number | None
    length: int
    value: Number
    span: Span


def stated_scores(lines: tuple[str, ...]) -> list[Stated]:
    """Every division of a log-probability by a whole length with its result written in the answer."""
    out: list[Stated] = []
    for n, raw in enumerate(lines, start=1):
        if len(raw) > MAX_LINE:
            continue
        line = plain(raw).replace("−", "-")
        for m in (m for pattern in _STATED for m in pattern.finditer(line)):
            last = list(_SIDE.finditer(m["sides"]))[-1]
            value = None if last["over"] else number(last["v"])
            length = int(m["L"])
            if value is None or not 0 < length <= 1000:
                continue
            prob = number(m["p"]) if m["p"] else None
            log = number(m["lp"]) if m["lp"] else None
            out.append(Stated(prob, log, length, value, Span(n, m.start() + 1, n, m.end() + 1)))
    return out


def _whose(stated: Stated, reading: Reading, problem: DecodingProblem) -> tuple[str, ...] | None:
    """The finished hypothesis a stated score is of: the finished one written whose probability (or its
    log) the numerator is nearest, where it fits at the precision written, else the one written last before
    it on its line; None if the answer does not say."""
    ended = {h.tokens: h for h in reading.hyps if h.tokens and h.tokens[-1] == problem.eos}
    fits = sorted((d, tokens) for tokens, h in ended.items() if (d := _gap(stated, h, problem)) is not None)
    if fits and (len(fits) == 1 or fits[0][0] < fits[1][0]):
        return fits[0][1]  # the probability it takes the log of is that hypothesis's
    line, column = stated.span.line, stated.span.column
    before = [h for h in reading.hyps if h.tokens in ended and h.span.line == line and h.span.column < column]
    return max(before, key=lambda h: h.span.column).tokens if before else None


def _gap(stated: Stated, h: Hyp, problem: DecodingProblem) -> float | None:
    """How far the numerator is from h's probability (or its log), if it fits at the precision written."""
    p = sequence_prob(problem, h.tokens)[0]
    written = [p] if p is not None else []
    if h.score is not None and h.score.value > 0:
        written.append(h.score.value)
    if stated.prob is not None:
        options = [(stated.prob, q) for q in written]
    elif stated.log is not None:
        options = [(stated.log, math.log(q) / math.log(b)) for q in written for b in LOG_BASES]
    else:
        return None
    gaps = [abs(n.value - v) for n, v in options if near(n, v, problem)]
    return min(gaps) if gaps else None


def check_normalised(problem: DecodingProblem, reading: Reading, out: Outcome) -> None:
    """Each stated length-normalised score of a finished hypothesis must be its log-probability (the
    student's own, or the model's) divided by its length counting every generated token and </s>; the
    first that is not is charged, and the choice it was made on earns no marks. Scores the grader cannot
    tie to a hypothesis are not judged."""
    if problem.normalise != "length":
        return
    whose = [(stated, _whose(stated, reading, problem)) for stated in stated_scores(reading.lines)]
    for stated, tokens in whose:
        if tokens is None or _stated_again(stated, tokens, whose, reading.retractions):
            continue
        p = sequence_prob(problem, tokens)[0]
        probs = [q for q in (p, stated.prob.value if stated.prob else None) if q is not None and q > 0]
        length = len(tokens)
        logs = [math.log(q) / math.log(b) for q in probs for b in LOG_BASES]
        if stated.log is not None:
            logs.append(stated.log.value)
        if any(near(stated.value, v / length, problem) for v in logs):
            continue
        why = (
            f"divided by {stated.length}, but its length is {length} (every generated token, </s> included)"
            if stated.length != length
            else "is not its log-probability divided by its length"
        )
        out.add(
            "normalised-score-wrong",
            f"the length-normalised score of {text_of(tokens)}, {stated.value.text}, {why}",
            stated.span,
            "divide the log-probability by the number of generated tokens, counting </s>",
            expected=fmt(math.log(p) / length) if p else None,
        )
        out.parts["sequence"] = 0.0
        return


def _stated_again(
    stated: Stated,
    tokens: tuple[str, ...],
    whose: list[tuple[Stated, tuple[str, ...] | None]],
    retractions: tuple[int, ...],
) -> bool:
    """Whether the student takes the score back and states it again ("EDIT: … divide by 2 and 3:" and the
    redone score of the same sequence below): the first is withdrawn, the redo judged."""
    line = stated.span.line
    return any(
        other.span.line > at > line and again == tokens for at in retractions for other, again in whose
    )
