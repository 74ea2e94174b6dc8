"""Grade one decoding answer: read it, check it, and build the report every writer prints."""

from __future__ import annotations

import math
import time

from grader.core.diagnostics import REGISTRY
from grader.core.precheck import PrecheckError
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report
from grader.core.source import Span
from grader.decoding.arithmetic import slips
from grader.decoding.beam import check_beam
from grader.decoding.check import (
    WEIGHTS,
    Outcome,
    check_choice,
    check_greedy_is_best,
    check_greedy_sequence,
    check_probability,
    final_hyp,
    text_of,
)
from grader.decoding.normalised import check_normalised
from grader.decoding.problem import DecodingProblem
from grader.decoding.reader import MAX_LINE, Reading, read


def grade_bytes(data: bytes, problem: DecodingProblem, name: str) -> Report:
    """The staff report on a submission's raw bytes (undecodable or oversized input is refused)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_text(t, problem, name), "submit UTF-8 text"
    )


def grade_text(text: str, problem: DecodingProblem, name: str) -> Report:
    """The staff report on one answer's text."""
    start = time.perf_counter()
    try:
        reading = read(text, problem.vocabulary)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, "submit a shorter answer")
    out = Outcome()
    for line in reading.skipped[:1]:
        out.add(
            "decoding-unread",
            f"line {line} is longer than {MAX_LINE} characters and was not read"
            + (f" ({len(reading.skipped)} such lines)" if len(reading.skipped) > 1 else ""),
            Span(line, 1, line, 2),
            "break long lines: one step or one sequence per line",
        )
    if not reading.hyps and reading.verdict is None:
        out.add(
            "decoding-unread",
            "no token sequence of this problem's vocabulary could be read",
            Span(1, 1, 1, 2),
            'write the sequence and its probability, e.g. Answer: "a cat", P = 0.36',
        )
        return reading.placed(_report(problem, name, reading.written, out, start, "unparsable"))
    if problem.ask == "greedy_is_best":
        check_greedy_is_best(problem, reading, out)
    else:
        pool = check_beam(problem, reading, out) if problem.ask == "beam" else []
        chosen = final_hyp(reading, problem)
        if chosen is None:
            out.add(
                "decoding-unread",
                "no final sequence read: say which sequence the search returns",
                Span(len(reading.lines), 1, len(reading.lines), 2),
                'end with a line such as Answer: "a cat", P = 0.36',
            )
            out.parts.setdefault("sequence", 1.0)
            out.parts.setdefault("probability", 1.0)
        else:
            out.final = chosen
            if problem.ask == "greedy":
                check_greedy_sequence(problem, chosen, out, "sequence", reading)
            else:
                check_choice(problem, chosen, pool, out)
                check_normalised(problem, reading, out)  # the scores the choice was made on
            check_probability(problem, reading, chosen, out, "probability", dict(pool))
            out.final_correct = out.parts.get("sequence") == 1.0 and out.parts.get("probability") == 1.0
    check_arithmetic(problem, reading, out)
    return reading.placed(_report(problem, name, reading.written, out, start, None))


def check_arithmetic(problem: DecodingProblem, reading: Reading, out: Outcome) -> None:
    """Every product or sum of numbers set equal to a number it is not (0.6 × 0.7 = 0.48) on a line no
    error was found on: an arithmetic slip, charged half the part the number belongs to (the method may be
    right); a line already charged (decoded-prob-wrong, added-probs) is not charged twice."""
    charged = {d.span.line for d in out.diagnostics if d.severity == "error"}
    greedy_p = float(problem.reference.greedy.prob)
    for slip in slips(reading.lines, problem.exact_values, frozenset(reading.source)):
        if slip.span.line in charged:
            continue
        charged.add(slip.span.line)
        out.add(
            "arithmetic-error",
            f"{slip.worked} is {slip.value:.4g}, not {slip.result.text}",
            slip.span,
            "redo this computation; it is checked at the number of digits you wrote",
        )
        if problem.ask == "greedy_is_best":
            part = "greedy" if math.isclose(slip.value, greedy_p, rel_tol=1e-6) else "comparison"
        else:
            part = "steps" if problem.ask == "beam" else "probability"
        out.parts[part] = min(out.parts.get(part, 1.0), 0.5)


def _report(
    problem: DecodingProblem,
    name: str,
    lines: tuple[str, ...],
    out: Outcome,
    start: float,
    verdict: str | None,
) -> Report:
    weights = WEIGHTS[problem.ask]
    credit = sum(w * out.parts.get(part, 1.0) for part, w in weights.items())
    whole = math.isclose(credit, 1.0, abs_tol=1e-9)
    errors = [d for d in out.diagnostics if d.severity == "error"]
    if verdict is None:
        # the parts decide, not only the errors: an answer taken from a line read loosely (a warning) that
        # is wrong earns none of that part's marks, as it would not read for certain
        verdict = "incorrect" if errors or not whole else "correct"
    score = 0.0 if verdict == "unparsable" else problem.points if whole else round(problem.points * credit, 6)
    final = None
    if problem.ask == "greedy_is_best" and out.verdict is not None:
        said, line = out.verdict
        final = FinalAnswer(None, None, out.parts.get("verdict") == 1.0, line, said)
    elif out.final is not None:
        text = f"{text_of(out.final.tokens)}" + (f", {out.final.score.text}" if out.final.score else "")
        expected = float(problem.answer.prob) if problem.ask != "greedy_is_best" else None
        final = FinalAnswer(out.final_value, expected, out.final_correct, out.final.span.line, text)
    parts = {part: out.parts.get(part, 1.0) for part in weights}
    return Report(
        problem.id,
        name,
        verdict,
        score,
        problem.points,
        final,
        tuple(sorted(out.diagnostics, key=lambda d: (d.span.line, d.span.column))),
        (),
        lines,
        time.perf_counter() - start,
        parts,
        {d.code: REGISTRY[d.code].advice for d in out.diagnostics if REGISTRY[d.code].advice},
    )
