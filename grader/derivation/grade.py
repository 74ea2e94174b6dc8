"""Grade one submission: text → precheck → pieces → parse → check → score → Report."""

from __future__ import annotations

import dataclasses
import re
import time

from grader.core.diagnostics import REGISTRY, Diagnostic, make, strict
from grader.core.precheck import (
    PrecheckError,
    decimal_commas,
    lines_of,
    normalise,
    raised_points,
)
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report, Step
from grader.core.rubric import score as rubric_score
from grader.derivation.audience import with_advice
from grader.derivation.check import Checker
from grader.derivation.doubt import read_for_certain, unconfirmed, with_numbers
from grader.derivation.elided import fill_elided
from grader.derivation.factors import attribute
from grader.derivation.labelled import labelled_estimates
from grader.derivation.normaliser import normaliser_names
from grader.derivation.problem import Problem
from grader.derivation.prose import LETTERS, named_of_the_asked, per_token_by_unit
from grader.derivation.reading import ratio_of_statements, read_chains, stated_indexing, stated_length
from grader.derivation.remarks import check_sentences, remark_lines, withdraw_retracted
from grader.derivation.rows import row_terms
from grader.derivation.running import running_rows
from grader.derivation.subscripts import subscript_conditions
from grader.derivation.unread import (
    expected_as_written,
    right_on_unread_line,
    unread_final,
    unshown_absence,
    work_in_words,
)
from grader.maths import semantics as sm
from grader.maths.dressing import (
    chat_speakers,
    flattened,
    footnote_marks,
    html_marks,
    markup_signs,
    underlines,
    unlabel,
    worded_remarks,
)
from grader.maths.macros import expand_macros
from grader.maths.ownwords import lone_sums, own_words
from grader.maths.segment import drawn_rows, typed_at_prompt
from grader.maths.spoken import spoken_lines
from grader.maths.spreadsheet import read_sheet
from grader.maths.terms import Sequence

_HINT = "submit UTF-8 text of a reasonable size"  # what a refused file is told to be

_IDEOGRAPHIC_STOP = str.maketrans({"\u3002": "."})


def score(
    problem: Problem, steps: list[Step], diagnostics: list[Diagnostic], final_correct: bool
) -> tuple[float, dict[str, float]]:
    """The problem's rubric applied to the steps and the mistakes found: points, and each part's credit."""
    mistakes = [(d.code, d.span.line) for d in diagnostics if d.severity == "error"]
    # what could not be read, or not confirmed as read, costs nothing: the parts follow the answer
    unread = any(
        (REGISTRY[d.code].notation or d.code == "step-unconfirmed") and d.severity == "warning"
        for d in diagnostics
    )
    return rubric_score(problem.rubric, problem.points, steps, mistakes, final_correct, unread)


# a sentence that asks something: a word, then a question mark after a word or number ("… in the sum?",
# "… or base 2?"), not "P(?)" in maths
_QUESTION_MARK = re.compile(r"\w\s*\?(?:\s|$)")
_A_WORD = re.compile(f"[{LETTERS}]{{2,}}\\s")


def _asks(line: str) -> bool:
    """Is the line a sentence asking something (a word, later a question mark after a word or number)?"""
    mark = _QUESTION_MARK.search(line) if "?" in line else None
    return mark is not None and _A_WORD.search(line, 0, mark.start()) is not None


def grade_text(
    text: str, problem: Problem, name: str = "<submission>", benefit_of_doubt: bool = True
) -> Report:
    """Grade a submission already decoded to text; `benefit_of_doubt=False` charges every step that fails
    as read (an instructor's own text, e.g. a flaw question's flawed derivation)."""
    started = time.perf_counter()
    try:
        written = normalise(text)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, _HINT, started)
    # "=LN(0.5)", "=SUM(C2:C5) = 6.32": a spreadsheet's cell formulas, read while its tabs still part cells;
    # then the rows of a table pasted with tabs or aligned under dashes, drawn with walls: read as a table's
    raw = lines_of(text)
    sheet = drawn_rows(read_sheet(raw))
    lines = written if sheet == raw else normalise("\n".join(sheet))
    lines = expand_macros(
        lines
    )  # "\newcommand{\lp}[1]{\log\Pr(#1)}", then "\lp{y\mid x} = …": as TeX reads it
    lines = raised_points(
        decimal_commas(lines)
    )  # read 0,25 and 0·25 as 0.25; the report shows what was written
    # the full stop of Chinese and Japanese ends a sentence as "." does ("答：困惑度约等于 1.733。"), column for column
    # (the kinds' word readers set it apart with their letters instead: core.unspaced)
    lines = [line.translate(_IDEOGRAPHIC_STOP) for line in lines]
    lines = chat_speakers(lines)  # "[10:42] ana: …": a chat message's time and speaker
    lines = unlabel(lines)  # an equation's number or a listing's line number names a line, it is no value
    lines = flattened(lines)  # "e -0.7", "x 10-5", "2+1 / 3+11", "((1/9))": what an OCR flattened
    lines = markup_signs(lines)  # AsciiMath's and Typst's `~~`, `xx`, `approx`, `dot`, "PP" = …: their signs
    lines = worded_remarks(lines)  # "-0.0517 (first six) + (-0.2231)": a remark in words on a number
    lines = footnote_marks(lines)  # "… ≈ 0.1111.¹": a footnote's mark, no power
    lines = underlines(
        html_marks(lines)
    )  # "_P ≈ 0.0488_", "<u>0.0488</u>": an underlined answer, no subscript
    lines = named_of_the_asked(lines)  # "Perplexity of y given x ≈ 1.7333": the perplexity, not x
    lines = spoken_lines(lines)  # "log P of deep given x equals minus 0.7": maths dictated in words
    lines = subscript_conditions(lines, problem)  # "P_am(Sam)": the condition as a subscript, P(Sam | am)
    if problem.model.has_logits:  # "Z₁ = Σ exp(row 1) = 7.9498": the student's name for a value
        lines = normaliser_names(lines)
    # " i=2 capital  -0.0099 -> -0.0452": a running sum's row, "+ -0.0099 = -0.0452"
    lines = running_rows(lines)
    # "total = …", then "total/7": the student's name; "-(1/N) * sum": the sum worked before it
    chains, diagnostics = read_chains(lone_sums(own_words(lines)))
    # the sequence with the student's own indexing (w_1 = <s>): what "… + … +" stands for, and the checker's
    seq = Sequence(problem.x, problem.y, problem.model)
    seq.adopt_indexing(stated_indexing(lines))
    seq.adopt_length(stated_length(lines))
    chains, unfilled = fill_elided(chains, seq)
    diagnostics.extend(unfilled)
    chains = [per_token_by_unit(c, problem.ask) for chain in chains for c in ratio_of_statements(chain)]
    chains = withdraw_retracted(chains, lines)
    chains = labelled_estimates(
        chains, lines, problem.model
    )  # "unigram (N=17): P(I)=3/17": the terms are unigram estimates
    if not seq.offsets:  # "i = 2: ln Pr = -0.3": a row's bare P is its factor (positions as the model's)
        chains = row_terms(chains, lines, problem)
    checks = remark_lines(lines)
    checked_after = check_sentences(lines)  # "… ≈ 1.733. As a sanity check, … e^0.7 ≈ 2.01": from there on
    chains = [
        dataclasses.replace(c, remark=True, below_check=checks[c.line])
        if c.line in checks
        else dataclasses.replace(c, remark=True)
        if c.line in checked_after
        and checked_after[c.line][0] <= c.items[0].span.column < checked_after[c.line][1]
        else c
        for c in chains
    ]
    # nothing read: `unparsable` says so and no attempt is lost over it; but the right value stated on a line
    # not read ("logpr(y|x)=sum logprobs = -.275") is full marks and a person looks (final-unread)
    if not chains and not right_on_unread_line(lines, diagnostics, problem):
        if not diagnostics:
            first = next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
            width = len(lines[first - 1]) if lines else 0
            hint = "write the derivation as equations, e.g. log P(y|x) = log P(y_1|x) + … = (your value)"
            diagnostics.append(
                make("no-maths", "no mathematics found", sm.Span(first, 1, first, width + 1), hint)
            )
        return Report(
            problem.id,
            name,
            "unparsable",
            0.0,
            problem.points,
            None,
            tuple(diagnostics),
            (),
            tuple(written),
            time.perf_counter() - started,
        )
    checker = Checker(problem, lines, seq)  # the sequence read with the student's own indexing, above
    outcome = checker.run(chains)
    diagnostics.extend(
        d
        for d in attribute(outcome.diagnostics, chains, checker, problem)
        # `> prod(c(2, 2, 1, 1) / c(3, 3, 2, 2))`: code typed at a prompt names the program's variables and
        # functions; a name the maths cannot resolve there is the program's, not a symbol to review
        if not (
            d.code == "unknown-symbol" and d.severity == "warning" and typed_at_prompt(lines[d.span.line - 1])
        )
    )
    told = work_in_words(lines, chains, outcome.steps, outcome.final)
    if told is not None:
        diagnostics.append(
            make(
                "work-in-words",
                "the working is told in words: only the final value was read (a person will look)",
                sm.Span(told, 1, told, len(lines[told - 1]) + 1),
            )
        )
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column, d.code == "final-answer-wrong"))
    unread = unread_final(lines, chains, diagnostics, outcome.final)
    if unread is not None:  # not shown to be missing: the answer may be on the line that was not read
        line, (value, half) = unread
        right = expected_as_written(problem, value, half)
        outcome.final = FinalAnswer(value, problem.reference.value, right, line)
        moot = {(d.code, d.span) for d in outcome.final_causes}  # explained the value read before it
        diagnostics = [
            d
            for d in diagnostics
            if d.code not in ("no-final-answer", "final-answer-wrong") and (d.code, d.span) not in moot
        ]
        said = "taken as its answer; it is the expected value" if right else "not the expected value"
        diagnostics.append(
            make(
                "final-unread",
                f"the final answer is on a line that cannot be read: its last number, {value:g}, is {said}"
                " (a person will look)",
                sm.Span(line, 1, line, len(lines[line - 1]) + 1),
            )
        )
    final_correct = bool(outcome.final and outcome.final.correct)
    cut = _cut_off(lines, outcome.final) if not final_correct else None
    if cut is not None:  # "-0.0353 ->" and nothing after it: the work stops mid-step
        line, sign = cut
        diagnostics.append(
            make(
                "final-unread",
                f"the work stops at {sign!r} with nothing after it: the answer may be cut off (a person will look)",
                sm.Span(line, 1, line, len(lines[line - 1]) + 1),
            )
        )
    steps = outcome.steps
    if benefit_of_doubt:
        exact = final_correct and outcome.final_exact  # an off value carried into the final is no doubt
        unsure = {d.span.line for d in diagnostics if REGISTRY[d.code].notation}  # lines read in part
        as_written = {k for k, (w, r) in enumerate(zip(written, lines, strict=False), 1) if w == r} - unsure
        certain = read_for_certain(chains, lines, as_written)
        diagnostics, steps = unconfirmed(diagnostics, steps, exact, with_numbers(chains), certain)
    if outcome.final is None and not any(d.code == "no-final-answer" for d in diagnostics):
        diagnostics.append(
            make(
                "no-final-answer", "the derivation has no final value", sm.Span(len(lines), 1, len(lines), 2)
            )
        )
    if not final_correct and (outcome.final is None or outcome.final.value is None):
        diagnostics = unshown_absence(diagnostics, chains)
        asked = next((k for k, line in enumerate(lines, 1) if _asks(line)), None)
        if asked is not None:  # "Do we include <s> in the sum? I stopped here.": a person reads it
            message = "the submission asks a question and gives no answer (a person will look)"
            diagnostics.append(
                make("asks-a-question", message, sm.Span(asked, 1, asked, len(lines[asked - 1]) + 1))
            )
    if problem.strict_notation:
        diagnostics = [strict(d) for d in diagnostics]
    points, parts = score(problem, steps, diagnostics, final_correct)
    if final_correct and points < problem.points and not diagnostics and all(s.kind == "copy" for s in steps):
        line = outcome.final.line if outcome.final and outcome.final.line else len(lines)
        diagnostics.append(  # the right value alone: say why the working's parts earned nothing
            make(
                "no-working",
                "only the final value is given: the working that leads to it is not shown",
                sm.Span(line, 1, line, len(lines[line - 1]) + 1 if lines else 2),
            )
        )
    errors = [d for d in diagnostics if d.severity == "error"]
    verdict = "correct" if points >= problem.points and not errors else "incorrect"
    report = Report(
        problem.id,
        name,
        verdict,
        points,
        problem.points,
        outcome.final,
        tuple(diagnostics),
        tuple(steps),
        tuple(written),
        time.perf_counter() - started,
        parts,
    )
    return with_advice(report, problem)


# an arrow or a relation closing a line: what it leads to is not written
_DANGLING = re.compile(r"(?:->|=>|→|⇒|⟹|=|≈)\s*$")


def _cut_off(lines: list[str], final: FinalAnswer | None) -> tuple[int, str] | None:
    """(line, sign) where the work's last line, the one its final value was read from, ends at an arrow or a
    relation with nothing after it; else None."""
    last = next((k for k in range(len(lines), 0, -1) if lines[k - 1].strip()), None)
    if final is None or last is None or final.line != last:
        return None
    m = _DANGLING.search(lines[last - 1])
    return None if m is None else (last, m.group().strip())


def grade_bytes(data: bytes, problem: Problem, name: str = "<submission>") -> Report:
    """Grade a submission's raw bytes (any supported encoding)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_text(t, problem, name), _HINT
    )
