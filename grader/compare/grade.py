"""Grade a comparison: each candidate's derivation with the derivation checker, then the conclusion
against the student's own numbers as well as the reference (a slip in one candidate is charged once)."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import time
from dataclasses import dataclass

from grader.compare import memo
from grader.compare import words as compare_words
from grader.compare.conclusion import (
    choice,
    deciding,
    half_unit,
    in_aside,
    numbers,
    numbers_at,
    remark,
    stated_number,
    written_at,
)
from grader.compare.problem import CHOICE_ASKS, Candidate, CompareProblem, best
from grader.compare.sections import (
    BAR,
    HEADING_WORDS,
    Mentions,
    Split,
    answer_marks_blanked,
    carries_on,
    chart_title,
    side_by_side,
    split,
    stated,
)
from grader.compare.words import HIGHER, MORE, OF_FOR, PERCENT, words
from grader.core.diagnostics import REGISTRY, Diagnostic, make
from grader.core.languages import unknown_language, words_module
from grader.core.precheck import PrecheckError, decimal_commas, normalise
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report, Step
from grader.core.source import Span
from grader.core.unspaced import spaced
from grader.derivation.grade import grade_text
from grader.derivation.problem import Problem
from grader.maths.dressing import markup_signs
from grader.maths.notebook import read_notebook
from grader.maths.session import read_session
from grader.maths.spoken import dictated_lines
from grader.reference.quantities import LN_BASE, quantity

# the words this kind's tables read: a line using none of them, nor a common word of a language with rows,
# is in a language the grader cannot read
_KNOWN = words_module(compare_words)

MAX_READ_AGAIN = 4000  # characters of a candidate's work beyond which it is read in one form per basis
CONCLUSION_WEIGHT = 0.4  # the rest is shared equally by the candidates' derivations
TOTAL_READINGS = ("log_likelihood", "probability", "nll")
PER_TOKEN_READINGS = ("mean_log_prob", "cross_entropy", "perplexity")


@dataclass(frozen=True)
class Worked:
    """One candidate's derivation as graded, and the log-probability it comes to (total or per token)."""

    report: Report | None
    value: float | None  # in the problem's log base; None when no final value was read
    per_token: bool


def reading(problem: Problem, ask: str) -> Problem:
    """A candidate's problem asking another form of its value (mean_log_prob: minus the cross-entropy)."""
    ln_probs = problem.reference.ln_probs
    if ask == "mean_log_prob":
        value = -quantity("cross_entropy", ln_probs, problem.log_base)
        ask = "cross_entropy"
    else:
        value = quantity(ask, ln_probs, problem.log_base)
    return dataclasses.replace(
        problem, ask=ask, reference=dataclasses.replace(problem.reference, value=value)
    )


def as_log(ask: str, value: float, log_base: str) -> float | None:
    """A value of `ask` as the log-probability (total or per token) it stands for, in log_base."""
    ln_b = LN_BASE[log_base]
    if ask in ("log_likelihood", "mean_log_prob"):
        return value
    if ask in ("nll", "cross_entropy"):
        return -value
    if value <= 0:
        return None
    return math.log(value) / ln_b if ask == "probability" else -math.log(value) / ln_b


# a candidate's name where it marks whose quantity it is: P(A | x), y_A, y^{(A)}, and a subscript on any
# quantity's name (H_A, PPL_B, \text{PPL}_A): in the candidate's own section these are y, H, PPL
_NAME_IN_P = r"(?<=\()\s*{n}\s*(?=(?:\\right\s*)?[|)]|" + BAR + r")|(?<=\by)\s*[_^]\s*\{{?\(?{n}\)?\}}?(?!\w)"
_NAME_AS_SUBSCRIPT = r"|(?<=[A-Za-z}}])\s*_\s*\{{?\(?{n}\)?\}}?(?!\w)"  # not for a number: x_1 is an index


# a label that glosses the name with the response's words before the work: `A = "deep learning": -0.7 …`,
# `- B = reinforcement learning: …`; the gloss is words (no digit, no relation), the colon ends the label
_GLOSSED_LABEL = (
    r"^(?P<head>[\s>*•-]*(?:\*\*|__)?{n}(?:\*\*|__)?)\s*=(?P<gloss>[^\d=:≈]*[^\W\d_][^\d=:≈]*):(?=\s*\S)"
)


# a heading in words that ends on the candidate and is set equal to the work: "Mean for A = -1.1 / 2 = …";
# its words name the value, they are no term of it, so it is read as the label "Mean for A:" would be
_WORDS_EQUAL = (
    r"^(?P<head>[\s>*•-]*(?i:"
    + HEADING_WORDS.replace("{", "{{").replace("}", "}}")
    + words(OF_FOR)
    + r")\s+{n}\s*)=(?=\s*\S)"
)


def _section_text(
    lines: list[str],
    keep: list[int],
    name: str,
    names: list[str] | None = None,
    pieces: dict[int, tuple[int, int]] | None = None,
) -> str:
    """The submission with every line outside a section blanked (line numbers stay), names read as y; in
    a row that works the candidates (`names`) side by side, the other candidates' pieces are blanked; of a
    line in `pieces` only that piece is kept (its quotes blanked: a printed dict's `'A': -1.1` is `A: -1.1`)."""
    if pieces:
        lines = list(lines)
        for i, (start, end) in pieces.items():
            piece = re.sub(r"['\"]", " ", lines[i][start:end])
            lines[i] = " " * start + piece
        keep = sorted(set(keep) | set(pieces))
    n = re.escape(name)
    pattern = re.compile((_NAME_IN_P + ("" if name.isdigit() else _NAME_AS_SUBSCRIPT)).format(n=n))
    glossed = re.compile(_GLOSSED_LABEL.format(n=n))
    worded = re.compile(_WORDS_EQUAL.format(n=n))
    out = []
    for i, line in enumerate(lines):
        if i not in keep:
            out.append("")
            continue
        for other, pieces in side_by_side(line, names or []).items():
            for start, end in pieces if other != name else ():
                line = line[:start] + " " * (end - start) + line[end:]
        line = glossed.sub(lambda m: m["head"] + " " * (m.end() - m.end("head") - 1) + ":", line)
        line = worded.sub(lambda m: m["head"] + ":", line)
        out.append(pattern.sub(lambda m: _as_y(m), line))
    return "\n".join(out)


def _as_y(match: re.Match[str]) -> str:
    """A candidate's name inside P(…) read as y, and y_A as y: padded so columns stay."""
    inside = match.start() > 0 and match.string[match.start() - 1] == "("
    return ("y" if inside else "").ljust(len(match.group(0)))


def _graded(text: str, problem: Problem, ask: str, name: str) -> Report:
    """A derivation graded under one reading, its messages naming the quantity that reading asks."""
    report = grade_text(text, reading(problem, ask), name)
    if ask != "mean_log_prob":
        return report
    # the reading is minus the cross-entropy: a "flipped sign" is the reading's own minus, never a mistake
    renamed = tuple(
        dataclasses.replace(d, message=d.message.replace("cross-entropy", "mean log-probability"))
        for d in report.diagnostics
        if d.code != "sign-error"
    )
    return dataclasses.replace(report, diagnostics=renamed)


def _best(text: str, candidate: Candidate, asks: tuple[str, ...], name: str) -> tuple[Report, str]:
    """The reading of a derivation that grades best (a right final value first, then the score)."""
    graded = []
    if len(text) > MAX_READ_AGAIN:
        asks = asks[:1]  # long work is read once per basis: grading stays within its time budget
    for ask in asks:  # in order of likelihood; the first that comes out right is what the student meant
        report = _graded(text, candidate.problem, ask, name)
        graded.append((report, ask))
        fa = report.final_answer
        if fa is None or fa.value is None:
            break  # no final value: another reading of the same lines finds none either
        if fa.correct and "wrong-quantity" not in report.codes:
            break
    return max(
        graded,
        key=lambda ra: (
            bool(ra[0].final_answer and ra[0].final_answer.correct),
            "wrong-quantity" not in ra[0].codes,  # the reading the student meant; else the first
        ),
    )


def work_of(problem: CompareProblem, text: str, candidate: Candidate, name: str) -> Worked:
    """Grade one candidate's section under the basis asked, else under the other if that is what it holds."""
    asked, other = (
        (PER_TOKEN_READINGS, TOTAL_READINGS) if problem.per_token else (TOTAL_READINGS, PER_TOKEN_READINGS)
    )
    report, ask = _best(text, candidate, asked, name)
    per_token = problem.per_token
    read = report.final_answer is not None and report.final_answer.value is not None
    if read and not report.final_answer.correct and problem.ask in CHOICE_ASKS:  # type: ignore[union-attr]
        alt, alt_ask = _best(text, candidate, other, name)
        if alt.final_answer and alt.final_answer.correct:
            report, ask, per_token = alt, alt_ask, not per_token
    fa = report.final_answer
    value = as_log(ask, fa.value, problem.log_base) if fa is not None and fa.value is not None else None
    return Worked(report, value, per_token)


def _rebased(problem: CompareProblem, worked: dict[str, Worked]) -> dict[str, float]:
    """The student's own values moved to the basis asked (total / tokens, or per token × tokens)."""
    out = {}
    for c in problem.candidates:
        w = worked[c.name]
        if w.value is None:
            return {}
        n = len(c.problem.y)
        same = w.per_token == problem.per_token
        out[c.name] = w.value if same else (w.value / n if problem.per_token else w.value * n)
    return out


def _best_assignment(problem: CompareProblem, lines: list[str], parts: Split, name: str) -> Split:
    """Unlabelled blocks given to the candidates in the order that reads best: work is not marked wrong
    for being written in another order than the problem lists the candidates."""
    blocks = list(parts.sections.values())

    def credit(order: tuple[int, ...]) -> float:
        total = 0.0
        for c, b in zip(problem.candidates, order, strict=True):
            report = work_of(
                problem,
                _section_text(lines, blocks[b], c.name, [x.name for x in problem.candidates]),
                c,
                name,
            ).report
            total += report.score / report.max_score if report and report.max_score else 0.0
        return total

    best = max(itertools.permutations(range(len(blocks))), key=credit)
    sections = {c.name: blocks[b] for c, b in zip(problem.candidates, best, strict=True)}
    return dataclasses.replace(parts, sections=sections)


def sentence(lines: list[str], i: int, conclusion: list[int]) -> str:
    """The conclusion's sentence that starts on line i, with the lines it is wrapped onto ("… so per
    token the model is more / confident in B."); "" for a line that only carries on the one before."""
    if i - 1 in conclusion and carries_on(lines, i):
        return ""  # read with the line its sentence starts on
    text = lines[i]
    j = i + 1
    while j in conclusion and carries_on(lines, j):
        text += " " + lines[j].strip()
        j += 1
    return text


def read_as(lines: list[str], i: int, conclusion: list[int], mentions: Mentions) -> str:
    """The conclusion's sentence on line i as it is read; a bar chart's row is read after the chart's
    caption ("CE per token: B | ####  0.467  <-- lower"): the caption names what its label compares."""
    text = sentence(lines, i, conclusion)
    if text and mentions.bar_row(lines[i]) is not None and (title := chart_title(lines, i, mentions)):
        return f"{title}: {text}"
    return text


def _line_span(lines: list[str], i: int) -> Span:
    return Span(i + 1, 1, i + 1, max(2, len(lines[i]) + 1))


def _num(v: float) -> str:
    return f"{v:.4g}"


def _written(problem: CompareProblem, written: list[float], value: float) -> bool:
    """A log-probability on the basis asked is written, in any of its forms: the mean (or total)
    log-probability, its negative (cross-entropy, NLL), or the perplexity (probability) it comes to.
    The derivation reader may read only a line's first chain ("= -1.1, \\qquad \\bar\\ell = -0.55"):
    the student's own numbers show the basis they compared on."""
    ln_b = LN_BASE[problem.log_base]
    sign = -1.0 if problem.per_token else 1.0
    forms = (value, -value, math.exp(min(sign * value * ln_b, 700.0)))
    return any(problem.tolerance.allows(w, f) for w in written for f in forms)


def _order(problem: CompareProblem) -> tuple[str, str]:
    """The candidates in the order a ratio compares them: the first against the last (P(A) / P(B))."""
    return problem.candidates[0].name, problem.candidates[-1].name


def _candidate_asides(
    problem: CompareProblem, lines: list[str], indices: list[int], own: dict[str, float]
) -> set[tuple[int, int]]:
    """The (line, column) of each number in brackets beside the answer that is one candidate's own value
    (its log-probability, total or per token, or its probability, by the reference or the student's work,
    or one of its tokens' log-probabilities): "so A is about twice as likely (e^{-1.1} ≈ 0.333 vs e^{-1.8} ≈
    0.165)", "B's second token is more confident (-0.2)" give the reasons, not the ratio."""
    ln_b = LN_BASE[problem.log_base]
    logs = [v for c in problem.candidates for v in (c.total, c.per_token)] + list(own.values())
    logs += [lp / ln_b for c in problem.candidates for lp in c.problem.reference.ln_probs]
    values = [f for v in logs for f in (v, -v, math.exp(min(v * ln_b, 700.0)))]
    a, b = problem.candidates[0].total, problem.candidates[-1].total
    compared = (a - b, math.exp(min((a - b) * ln_b, 700.0)))  # a coincidence with the answer is the answer
    tol = problem.tolerance
    out = set()
    for i in indices:
        for value, column in numbers_at(lines[i], _order(problem)):
            if not in_aside(lines[i], column) or any(tol.allows(value, f) for f in compared):
                continue
            if any(tol.allows(value, f) for f in values):
                out.add((i, column))
    return out


_PERCENT = re.compile(rf"\s*(?:%|{words(PERCENT)})", re.IGNORECASE)


def _percentages(lines: list[str], indices: list[int]) -> set[tuple[int, int]]:
    """The (line, column) of each number written as a percentage: a restatement in another scale ("2.01x,
    a +101% edge", "A takes 67 % of the mass"), read as the answer only where the conclusion states no
    other number."""
    out = set()
    for i in indices:
        for w in written_at(lines[i]):
            if _PERCENT.match(lines[i], w.end):
                out.add((i, w.column))
    return out


_MORE = re.compile(rf"[^.;\n]{{0,12}}?{words(MORE, HIGHER)}", re.IGNORECASE)


def _percent_as_ratio(line: str, column: int, percent: float) -> float:
    """A ratio stated as a percentage: "101 % more likely" is 2.01 times as likely, "50 % as likely" 0.5."""
    end = next(w.end for w in written_at(line) if w.column == column)
    after = _PERCENT.match(line, end)
    assert after is not None
    return 1 + percent / 100 if _MORE.match(line, after.end()) else percent / 100


def _unread_conclusion(lines: list[str], parts: Split, mentions: Mentions) -> int | None:
    """The last line of the conclusion that names a candidate but whose choice the readers could not take,
    or None: a line naming one candidate only ("Going with B on this one.") or written in a language no
    table has rows for ("Jibu: A inawezekana zaidi kuliko B"). A line naming both and picking neither ("A:
    -0.55, B: -0.467") gives no answer. A line of words after
    all the work that opens with a candidate's name ("A inawezekana zaidi.") is in no part (taken for that
    candidate's heading, then left out as no work of its own): it is read as a conclusion too."""
    worked = [i for keep in parts.sections.values() for i in keep if re.search(r"\d", lines[i])]
    after = [i for i in range(max(worked, default=-1) + 1, len(lines)) if not re.search(r"\d", lines[i])]
    for i in sorted({*parts.conclusion, *after}, reverse=True):
        named = mentions.find(lines[i], loose=True)
        rest = "".join(" " if any(m.start <= k < m.end for m in named) else c for k, c in enumerate(lines[i]))
        if named and (len({m.name for m in named}) == 1 or unknown_language([rest], _KNOWN)):
            return i
    return None


def _finer_before(
    lines: list[str], i: int, column: int, value: float, order: tuple[str, str]
) -> tuple[float, float]:
    """A coarse conclusion ("about 2") restating a value the work gave finely before it ("exp(0.7) ~ 2.01"):
    that finer value and its half-unit, the last one before the conclusion that rounds to it; else the coarse
    value as it is (judged exactly, as before)."""
    spread = next((w.width for w in written_at(lines[i], order) if w.column == column), 0.0)
    for line in reversed(lines[:i]):
        for w in reversed(written_at(line, order)):
            if w.unit and w.unit < spread and abs(w.value - value) <= spread:
                return w.value, w.unit
    return value, 0.0


def check_conclusion(
    problem: CompareProblem, lines: list[str], parts: Split, mentions: Mentions, worked: dict[str, Worked]
) -> tuple[float, list[Diagnostic], FinalAnswer | None]:
    """The conclusion's credit (0 or 1), its diagnostics and the final answer it states."""
    last = len(lines) - 1
    wrong_basis = any(w.per_token != problem.per_token for w in worked.values() if w.report is not None)
    own = {n: w.value for n, w in worked.items() if w.value is not None}
    if wrong_basis:  # totals derived, then moved to the basis asked in the conclusion or beside the total?
        converted = _rebased(problem, worked)
        conclusion = [v for i in parts.conclusion for v in numbers(lines[i])]
        if converted and all(
            _written(problem, [*conclusion, *(v for i in parts.sections[n] for v in numbers(lines[i]))], v)
            for n, v in converted.items()
        ):
            wrong_basis, own = False, converted
    complete = len(own) == len(problem.candidates) and not wrong_basis
    if problem.ask in CHOICE_ASKS:
        order = deciding(lines, parts.conclusion)
        found = next(
            (
                (i, c)
                for i in order
                if (c := choice(read_as(lines, i, parts.conclusion, mentions), mentions, problem.per_token))
            ),
            None,
        )
        if found is None:
            unread = _unread_conclusion(lines, parts, mentions)
            if unread is not None:  # not read, not shown absent: a person looks, nothing is deducted
                msg = f"line {unread + 1} names a candidate in words the grader cannot read; a person will check it"
                missing = make(
                    "no-final-answer", msg, _line_span(lines, unread), "write `Answer: A` or `Answer: B`"
                )
                return 1.0, [dataclasses.replace(missing, severity="warning")], None
            msg = "no conclusion says which candidate is more likely"
            return 0.0, [make("no-final-answer", msg, _line_span(lines, last))], None
        i, chosen = found
        span = _line_span(lines, i)
        answer = problem.answer()
        other = best(problem.scores(not problem.per_token))
        final = FinalAnswer(None, None, False, i + 1, chosen)
        basis = "per token" if problem.per_token else "for the whole sequences"
        if wrong_basis:
            msg = f"the question asks which is more likely {basis}; the comparison uses the other basis"
            return 0.0, [make("wrong-comparison-basis", msg, span)], final
        mine = best({n: v for n, v in own.items()}) if complete else None
        if mine is not None and chosen == mine or mine is None and chosen == answer:
            return 1.0, [], dataclasses.replace(final, correct=True)
        if mine is not None:
            values = ", ".join(f"{n}: {_num(v)}" for n, v in own.items())
            msg = f"by your own values ({values}) {mine} is more likely, not {chosen}"
            return 0.0, [make("less-likely-chosen", msg, span)], final
        if chosen == other and other != answer:
            msg = f"{chosen} is more likely on the other basis; the question asks {basis}"
            return 0.0, [make("wrong-comparison-basis", msg, span)], final
        return 0.0, [make("final-answer-wrong", f"{chosen} is not the more likely candidate", span)], final
    # a remark beside the answer ("Aside: the first token is -1.6") states no result when other lines do
    plain = [i for i in parts.conclusion if not remark(lines[i]) and numbers(lines[i])]
    read = [i for i in parts.conclusion if not remark(lines[i])] if plain else parts.conclusion
    percentages = _percentages(lines, read)
    found_n = stated_number(
        lines, read, _candidate_asides(problem, lines, read, own) | percentages, _order(problem)
    )
    if found_n is None:
        msg = f"no conclusion states the {problem.ask.replace('_', ' ')}"
        return 0.0, [make("no-final-answer", msg, _line_span(lines, last))], None
    i, (value, column) = found_n
    half = half_unit(lines[i], column, _order(problem)) or 0.0
    if not half:  # too coarse to judge by ("A is about 2 times as likely"): the finer value it rounds, if one
        value, half = _finer_before(lines, i, column, value, _order(problem))  # was worked before it
    if (i, column) in percentages and problem.ask == "probability_ratio":
        value, half = _percent_as_ratio(lines[i], column, value), half / 100
    span = Span(i + 1, column + 1, i + 1, column + 2)
    tol = problem.tolerance
    a, b = problem.candidates
    ln_b = LN_BASE[problem.log_base]

    def forms(ta: float, tb: float) -> dict[str, float]:
        diff = ta - tb
        return {
            "log_ratio": diff,
            "probability_ratio": math.exp(diff * ln_b),
            "divided": ta / tb if tb else math.inf,
            "reversed_log": -diff,
            "reversed_ratio": math.exp(-diff * ln_b),
        }

    options = [forms(a.total, b.total)]
    if complete:
        options.append(forms(own[a.name], own[b.name]))
    per_token = forms(a.per_token, b.per_token)
    final = FinalAnswer(value, problem.answer(), False, i + 1, lines[i].strip()[:60])  # type: ignore[arg-type]
    asked = problem.ask
    # a value is judged at the precision written (2.0 for e^0.7 = 2.014), as a derivation's are
    if any(tol.allows(value, f[asked]) or abs(value - f[asked]) <= half + 1e-12 for f in options):
        return 1.0, [], dataclasses.replace(final, correct=True)
    if any(tol.allows(value, f["divided"]) for f in options):
        msg = f"{_num(value)} divides log P({a.name}) by log P({b.name}); subtract the logs instead"
        return 0.0, [make("divided-log-probs", msg, span)], final
    if tol.allows(value, per_token[asked]):
        msg = "this compares per-token values; the question asks about the whole sequences"
        return 0.0, [make("wrong-comparison-basis", msg, span)], final
    swapped = "probability_ratio" if asked == "log_ratio" else "log_ratio"
    if any(tol.allows(value, f[swapped]) for f in options):
        msg = f"this is the {swapped.replace('_', ' ')}; the question asks for the {asked.replace('_', ' ')}"
        return 0.0, [make("wrong-quantity", msg, span)], final
    flipped = "reversed_log" if asked == "log_ratio" else "reversed_ratio"
    if any(tol.allows(value, f[flipped]) for f in options):
        msg = f"this compares {b.name} with {a.name}; the question asks for {a.name} against {b.name}"
        return 0.0, [make("final-answer-wrong", msg, span)], final
    return (
        0.0,
        [make("final-answer-wrong", f"{_num(value)} is not the {asked.replace('_', ' ')}", span)],
        final,
    )


def grade_compare(text: str, problem: CompareProblem, name: str = "<submission>") -> Report:
    """Grade a comparison already decoded to text."""
    started = time.perf_counter()
    try:
        shown = normalise(text)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, "submit UTF-8 text")
    # read without paragraph numbers and footnotes, 0,7 as 0.7 (columns kept), and an Octave session's
    # `>> mA = mean(A)` then `mA = -0.5500` as one statement and its value; shown as written
    # an unspaced script's letters set apart, so its words have edges ("A가 더", "更可能"); its full stop
    # and enumeration comma read as ours (one letter for one); columns mapped back at the end
    apart = spaced(shown)
    return apart.report(_graded_lines(problem, name, shown, apart.lines, started))


def _stated_elsewhere(
    lines: list[str], keep: list[int], name: str, mentions: Mentions
) -> dict[int, tuple[int, int]] | None:
    """The first statement of a candidate's value as a number after its own work began, outside it."""
    for i in range(keep[0] + 1, len(lines)):
        if i not in keep and (found := stated(lines[i], mentions.names).get(name)):
            return {i: found[0]}
    return None


def _graded_lines(
    problem: CompareProblem, name: str, shown: list[str], read: list[str], started: float
) -> Report:
    """The report on the lines as the readers see them (`read`); `shown`: the lines as written."""
    # "minus one point one is bigger than minus one point eight": numbers said in words, read as maths
    lines = dictated_lines(
        read_session(markup_signs(decimal_commas(read_notebook(memo.blanked(read))))).lines
    )
    lines = answer_marks_blanked(lines)  # "Q2. And log Pr(B | x)?" then "A: … = -1.8": an answer, not A's
    mentions = Mentions([(c.name, c.problem.y) for c in problem.candidates])
    parts = split(lines, mentions)
    diagnostics: list[Diagnostic] = []
    if parts.unclear:
        msg = f"the work could not be split by candidate: {parts.unclear}"
        diagnostics.append(make("candidates-unclear", msg, Span(1, 1, 1, 2), "a person will check the split"))
    if parts.unclear and all(parts.sections.values()) and len(problem.candidates) <= 3:
        parts = _best_assignment(problem, lines, parts, name)
    worked: dict[str, Worked] = {}
    for c in problem.candidates:
        keep = parts.sections[c.name]
        if not keep:
            worked[c.name] = Worked(None, None, problem.per_token)
            if not parts.unclear:
                msg = f"no derivation for candidate {c.name}"
                diagnostics.append(make("no-final-answer", msg, _line_span(lines, len(lines) - 1)))
            continue
        worked[c.name] = work_of(problem, _section_text(lines, keep, c.name, mentions.names), c, name)
        if worked[c.name].value is None and (piece := _stated_elsewhere(lines, keep, c.name, mentions)):
            # work with no value of its own ("logA = -0.7 + (-0.4)" in a program) whose value is stated
            # with the other candidates' later ("log Pr(A|x) = -1.1 and log Pr(B|x) = -1.8"): that is its result
            text = _section_text(lines, keep, c.name, mentions.names, piece)
            worked[c.name] = work_of(problem, text, c, name)
    wrong_basis = [w for w in worked.values() if w.report is not None and w.per_token != problem.per_token]
    credit_c, found, final = check_conclusion(problem, lines, parts, mentions, worked)
    credit: dict[str, float] = {}
    steps: list[Step] = []
    advice: dict[str, str] = {}
    for c in problem.candidates:
        w = worked[c.name]
        if w.report is None:
            # unattributed work: the benefit of the answer, when an answer was read (an answer not read
            # gives no benefit: with no work read either, nothing was read, and a person looks)
            credit[c.name] = credit_c if parts.unclear and final is not None else 0.0
            continue
        # a derivation on the wrong basis is right in itself: the comparison (conclusion) pays for it
        kept = [d for d in w.report.diagnostics if not (w in wrong_basis and d.code == "wrong-quantity")]
        diagnostics.extend(kept)
        steps.extend(w.report.steps)
        advice |= w.report.advice
        credit[c.name] = w.report.score / w.report.max_score if w.report.max_score else 0.0
    diagnostics.extend(found)
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column))
    credit["conclusion"] = credit_c
    share = (1 - CONCLUSION_WEIGHT) / len(problem.candidates)
    total = sum(share * credit[c.name] for c in problem.candidates) + CONCLUSION_WEIGHT * credit_c
    points = round(max(0.0, min(1.0, total)) * problem.points, 4)
    errors = [d for d in diagnostics if d.severity == "error"]
    verdict = "correct" if points >= problem.points - 1e-9 and not errors else "incorrect"
    if final is None and all(w.report is None or w.report.verdict == "unparsable" for w in worked.values()):
        verdict = "unparsable"
    for d in diagnostics:
        if d.code not in advice and REGISTRY[d.code].advice and "{" not in REGISTRY[d.code].advice:
            advice[d.code] = REGISTRY[d.code].advice
    return Report(
        problem.id,
        name,
        verdict,
        points,
        problem.points,
        final,
        tuple(diagnostics),
        tuple(steps),
        tuple(shown),
        time.perf_counter() - started,
        credit,
        advice,
    )


def grade_compare_bytes(data: bytes, problem: CompareProblem, name: str = "<submission>") -> Report:
    """Grade a comparison's raw bytes (any supported encoding)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_compare(t, problem, name), "submit UTF-8 text"
    )
