"""Grade an analysis of a flawed calculation: the line blamed, the mistake named, the correction
(graded as a derivation of what the flawed text set out to compute)."""

from __future__ import annotations

import time
from dataclasses import replace

from grader.core.diagnostics import REGISTRY, Diagnostic, make
from grader.core.languages import unknown_language, words_module
from grader.core.precheck import PrecheckError, decimal_commas, normalise
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report, Step
from grader.core.source import Span
from grader.core.unspaced import spaced
from grader.derivation.grade import grade_text
from grader.flaw import words as flaw_words
from grader.flaw.answer import analysis_text, blamed_line, correction_lines, named_codes, unescaped_pipes
from grader.flaw.problem import FlawProblem
from grader.maths.dressing import structured
from grader.maths.spoken import dictated_lines

# the words this kind's tables read: a line using none of them, nor a common word of a language with rows,
# is in a language the grader cannot read
_KNOWN = words_module(flaw_words)

WEIGHTS = {"line": 0.3, "mistake": 0.3, "correction": 0.4}


def _span(lines: list[str], at: tuple[int, int] | None = None) -> Span:
    if at is None:
        return Span(1, 1, 1, 2)
    i, column = at
    return Span(i + 1, column + 1, i + 1, max(column + 2, len(lines[i]) + 1))


def grade_flaw(text: str, problem: FlawProblem, name: str = "<submission>") -> Report:
    """Grade an analysis already decoded to text."""
    started = time.perf_counter()
    try:
        lines = normalise(text)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, "submit UTF-8 text")
    written = lines
    space = spaced(lines)  # "第1行", "2번째 줄": words of an unspaced script set apart, columns mapped back
    lines = space.lines
    # what the analysis says, its decimal commas read as points (a quote "-0,7 + (-2,3)" of the flawed
    # line, a clause break that is no "," in "-2,3"); the report shows the lines as written
    # a configuration format's keys read as their words ("first_wrong_line: 1" names the line, as the words do)
    read = dictated_lines(decimal_commas(structured(unescaped_pipes(lines))))  # "minus zero point seven"
    # the correction, graded as a derivation (its own mistakes carried forward within it)
    fixed = grade_text(
        "\n".join(space.as_written(correction_lines(read, problem.flawed, problem.statement))),
        problem.problem,
        name,
    )
    corrected = fixed.verdict != "unparsable"
    steps: tuple[Step, ...] = fixed.steps if corrected else ()
    diagnostics: list[Diagnostic] = []  # the analysis's own, placed in the spaced text
    if corrected:
        correction = fixed.score / fixed.max_score if fixed.max_score else 0.0
    else:
        correction = 0.0
        diagnostics.append(
            make("no-final-answer", "no corrected computation", _span(lines, (len(lines) - 1, 0)))
        )
    benefit = 1.0 if fixed.final_answer and fixed.final_answer.correct else 0.0
    credit: dict[str, float] = {}
    blamed = blamed_line(read, problem.flawed)
    key = problem.flaw
    analysis = analysis_text(read, problem.flawed, problem.statement)
    if blamed is None:
        foreign = unknown_language(analysis.split("\n"), _KNOWN)
        msg = (
            "the analysis is in words the grader cannot read"
            if foreign
            else "no line of the flawed calculation is named (line 2, step 2, or quote it)"
        )
        diagnostics.append(make("flaw-unrecognised", msg, _span(lines), "a person will read the analysis"))
        # the line is the answer asked for: an analysis read that names none earns nothing for it until a
        # person reads it; one in a language the grader has no words for was not read, and costs nothing
        credit["line"] = 1.0 if foreign else 0.0
    elif blamed.line == key.line:
        credit["line"] = 1.0
    else:
        where = (
            "beyond the calculation" if blamed.line > len(problem.flawed) else "not where it first goes wrong"
        )
        msg = f"line {blamed.line} is {where}"
        diagnostics.append(make("wrong-line-blamed", msg, _span(lines, blamed.at)))
        credit["line"] = 0.0
    named = named_codes(analysis, REGISTRY.values())
    if set(key.codes) & named:
        credit["mistake"] = 1.0
    elif named:
        titles = ", ".join(sorted(REGISTRY[c].title for c in named))
        msg = f"the analysis names a mistake the flawed line does not make: {titles}"
        diagnostics.append(make("wrong-mistake-named", msg, _span(lines)))
        credit["mistake"] = 0.0
    else:
        msg = "the grader has no phrase for the mistake described"
        diagnostics.append(make("flaw-unrecognised", msg, _span(lines), "a person will read the analysis"))
        credit["mistake"] = benefit
    credit["correction"] = correction
    total = sum(WEIGHTS[p] * credit[p] for p in WEIGHTS)
    points = round(max(0.0, min(1.0, total)) * problem.points, 4)
    # the correction's, graded as written, already in its columns; the analysis's own mapped back to them
    diagnostics = [
        *(fixed.diagnostics if corrected else ()),
        *(replace(d, span=space.span(d.span)) for d in diagnostics),
    ]
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column))
    errors = [d for d in diagnostics if d.severity == "error"]
    verdict = "correct" if points >= problem.points - 1e-9 and not errors else "incorrect"
    if not corrected and blamed is None and not named:
        verdict = "unparsable"
    fa = fixed.final_answer
    final = (
        FinalAnswer(fa.value, fa.expected, fa.correct, fa.line, fa.text)
        if fa is not None and corrected
        else None
    )
    advice = dict(fixed.advice) if corrected else {}
    for d in diagnostics:
        entry = REGISTRY[d.code]
        if d.code not in advice and entry.advice and "{" not in entry.advice:
            advice[d.code] = entry.advice
    return Report(
        problem.id,
        name,
        verdict,
        points,
        problem.points,
        final,
        tuple(diagnostics),
        steps,
        tuple(written),
        time.perf_counter() - started,
        credit,
        advice,
    )


def grade_flaw_bytes(data: bytes, problem: FlawProblem, name: str = "<submission>") -> Report:
    """Grade an analysis's raw bytes (any supported encoding)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_flaw(t, problem, name), "submit UTF-8 text"
    )
