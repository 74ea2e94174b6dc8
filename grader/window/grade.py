"""Grade a window answer: each derivation by the derivation checker, then the gap and the cost."""

from __future__ import annotations

import dataclasses
import re
import time

from grader.core.diagnostics import REGISTRY, Diagnostic, make, strict
from grader.core.languages import unknown_language, words_module
from grader.core.precheck import PrecheckError, decimal_commas, normalise
from grader.core.question import grade_text_bytes, precheck_rejected
from grader.core.report import FinalAnswer, Report, Step
from grader.core.source import Span
from grader.core.unspaced import Spaced, spaced
from grader.derivation.grade import grade_text
from grader.maths.dressing import markup_signs, pointer_mark
from grader.maths.notebook import read_notebook
from grader.maths.session import read_session
from grader.maths.spoken import dictated_lines
from grader.window import words as window_words
from grader.window.problem import WindowProblem
from grader.window.sections import Sections, split, table_rows
from grader.window.stated import NUMBER, stated_value
from grader.window.words import (
    ARTICLE,
    CHEAPER,
    DEARER,
    FULL,
    LAST,
    LESS,
    MODEL,
    MORE,
    NEITHER,
    OF,
    SHORTENED,
    SLIDING,
    THAN,
    WINDOW,
    table_regex,
    table_words,
)

# the words this kind's tables read: a line using none of them, nor a common word of a language with rows,
# is in a language the grader cannot read
_KNOWN = words_module(window_words)

_HINT = "submit UTF-8 text of a reasonable size"  # what a refused file is told to be

PART_NAMES = {
    "full": "the full model",
    "window": "the window model",
    "gap": "the gap",
    "cost": "which model costs less",
}
LABELS = {"full": "Full model:", "window": "Window model:", "gap": "Gap:", "cost": "Cheaper:"}
# the model a cost answer chooses
_WINDOW_WORDS = re.compile(
    rf"{table_words(WINDOW, SHORTENED)}|\bk\s*=\s*\d|\bk-|\bbigram\b|(?:{table_words(LAST)})\s+\w+\s+tokens?\b",
    re.I,
)
_FULL_WORDS = table_regex(FULL)
# what a sentence says of the model it names, longest words first: "más barato" is cheaper, not "más"
_TONE = table_regex(CHEAPER, LESS, DEARER, MORE)
_GOOD = re.compile(table_words(CHEAPER, LESS), re.I)


def _precision(line: str, value: float) -> float:
    """Half a unit of the last digit the student wrote for `value` on its line (0 if not found)."""
    best = None
    for match in NUMBER.finditer(line):
        try:
            number = float(match.group(0))
        except ValueError:
            continue
        if abs(abs(number) - abs(value)) < 1e-9 * max(1.0, abs(value)):
            mantissa = match.group(0).lower().partition("e")[0]
            best = 0.5 * 10.0 ** -len(mantissa.partition(".")[2])
    return best or 0.0


def _close(value: float, target: float | None, slack: float) -> bool:
    return target is not None and abs(value - target) <= slack + 1e-9


_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"  # one way to match each number: no backtracking blow-up
_SUBTRACTION = re.compile(
    rf"=\s*(?P<a>{_NUM})\s*(?P<op>[-+])\s*(?P<open>\(\s*)?(?P<b>{_NUM})\s*(?(open)\))\s*=\s*{_NUM}\s*[.;]?\s*$"
)  # the result may end its sentence: "… = 2.0." (a piece of a line cut at its labels ends so)


def _subtraction_slip(line: str, value: float) -> str | None:
    """`= a − (b) = c` written with c not a − b (at the digits written): the working, shown; else None."""
    match = _SUBTRACTION.search(line.replace("−", "-"))
    if match is None:
        return None
    a, b = float(match["a"]), float(match["b"])
    result = a - b if match["op"] == "-" else a + b
    if abs(result - value) <= _precision(line, value) + 1e-9 or abs(result - value) < 0.005:
        return None
    return match.group(0).strip("= ").rpartition("=")[0].strip()


def _part_span(sections: Sections, part: str) -> Span:
    numbers = sections.line_numbers(part)
    line = numbers[-1] if numbers else len(sections.lines)
    width = max(1, len(sections.lines[line - 1]) if sections.lines else 1)
    number = sections.number(line)  # a piece of a line cut at its labels: the line it was cut from
    return Span(number, 1, number, width + 1)


# an answer that no model is cheaper: "Neither", "both cost the same", "ninguno", "le même coût"
_NEITHER = table_regex(NEITHER)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S)|(?<=。)|\s+[—–]\s+")
# a model named as the standard of comparison ("フルモデルより", "풀 모델보다"): the other is the subject
_THAN = re.compile(rf"\s*(?:{table_words(MODEL)}\s*)?{table_words(THAN)}", re.I)
# an answer given first, as a bare name, before its reason: "The window model: it reads one token …",
# "window (k=1), attention over …", "the full model.", "el modelo de ventana:", "a janela $k=1$:"
_BARE = re.compile(
    rf"^[\s*_#>•·\-]*(?:{table_words(ARTICLE)}\s*)?(?:{table_words(MODEL)}\s+(?:{table_words(OF)}\s+)?)?"
    rf"(?:(?P<window>(?:{table_words(SLIDING)}[- ])?(?:{table_words(WINDOW)}|k\s*=\s*\d+)(?:\s+{table_words(SLIDING)})?)|"
    rf"(?P<full>full(?:[- ](?:history|attention|context))?|{table_words(FULL)}))"
    rf"(?:(?:\s+|-)(?:{table_words(MODEL)}|one|attention|version|network|transformer))?[\s*_]*"
    r"(?:\$?\s*k\s*=\s*\d+\s*\$?\s*)?(?:\([^()]{0,40}\)\s*)?(?:[:,.;—–]|\s-\s|$)",
    re.I,
)


def chosen_model(text: str) -> str | None:
    """Which model a cost answer says is cheaper: "window", "full", "neither", or None when it cannot be
    told. A model named first as a bare answer decides; else the first sentence that chooses (the reason
    that follows may name both models)."""
    text = spaced([text]).lines[0]  # 窗口模型更便宜 read word by word (spacing twice changes nothing)
    bare = _BARE.match(text)
    if bare is not None:
        return "window" if bare.group("window") else "full"
    asked = False  # the sentence before was a question ("Which costs less? The window model: …")
    for sentence in _SENTENCE.split(text):
        bare = _BARE.match(sentence) if asked else None
        if bare is not None:  # a bare name answering the question just asked decides, as one given first
            return "window" if bare.group("window") else "full"
        asked = sentence.rstrip(" *_").endswith("?")
        if asked:
            continue  # a question chooses nothing, whatever words of cost it uses
        found = _sentence_choice(sentence)
        if found is not None:
            return found
    return None


def _sentence_choice(text: str) -> str | None:
    """The model one sentence names as cheaper, "neither" when it says no model is, else None."""
    neither = _NEITHER.search(text)
    window, full = _WINDOW_WORDS.search(text), _FULL_WORDS.search(text)
    first_model = min((m.start() for m in (window, full) if m), default=len(text))
    tones = [bool(_GOOD.fullmatch(m.group(0))) for m in _TONE.finditer(text)]  # True: costs less
    good, bad = any(tones), not all(tones)
    if neither and (neither.start() < first_model or not good):
        return "neither"
    if window and not full:
        return "full" if bad and not good else "window"
    if full and not window:
        return "window" if bad and not good else "full"
    if not (window and full):
        return None
    first = "window" if window.start() < full.start() else "full"
    other = "full" if first == "window" else "window"
    if _THAN.match(text, (window if first == "window" else full).end()):
        first, other = other, first
    if tones:
        return first if tones[0] else other
    return None


@dataclasses.dataclass
class _Outcome:
    space: Spaced  # the answer's letters of an unspaced script set apart; the window's own spans map back
    diagnostics: list[Diagnostic]
    steps: list[Step]
    parts: dict[str, float]
    advice: dict[str, str]
    finals: dict[str, FinalAnswer | None]
    readable: bool = False

    def add(self, diagnostic: Diagnostic) -> None:
        """A diagnostic of the window's own reading, placed in the text as written."""
        self.diagnostics.append(dataclasses.replace(diagnostic, span=self.space.span(diagnostic.span)))


def _derivation_part(problem: WindowProblem, sections: Sections, part: str, name: str, out: _Outcome) -> None:
    """Grade one model's derivation with the derivation checker; add the window misreadings it shows."""
    sub = problem.full if part == "full" else problem.windowed
    if not sections.present(part):
        out.add(
            make(
                "window-part-missing",
                f"no derivation for {PART_NAMES[part]} was found",
                _part_span(sections, part),
                f"label it `{LABELS[part]}` and derive log P(y | x) under {PART_NAMES[part]}",
            )
        )
        out.parts[part], out.finals[part] = 0.0, None
        return
    text = out.space.as_written(sections.text(part, problem.k).split("\n"))
    report = grade_text("\n".join(text), sub, name)  # graded as written: its spans are the text's own
    out.readable = out.readable or report.verdict != "unparsable"
    out.diagnostics.extend(report.diagnostics)
    out.steps.extend(report.steps)
    out.advice = {**report.advice, **out.advice}
    out.parts[part] = report.score / report.max_score if report.max_score else 0.0
    out.finals[part] = report.final_answer
    final = report.final_answer
    if part != "window" or final is None or final.correct or final.value is None or final.line is None:
        return
    slack = max(sub.tolerance.absolute, _precision(sections.source(final.line), final.value))
    for code, value in problem.alternatives.items():
        if _close(final.value, value, slack) and not _close(final.value, sub.reference.value, slack):
            line = sections.source(final.line)
            what = {
                "window-used-full-history": "the full model's value: every factor conditioned on the whole history",
                "window-kept-extra-token": f"the value under a window of {problem.k + 1} tokens, one more than k",
                "window-kept-too-few": f"the value under a window of {problem.k - 1} tokens, one fewer than k",
            }[code]
            out.add(
                make(
                    code,
                    f"{final.value:g} is {what}",
                    Span(final.line, 1, final.line, max(2, len(line) + 1)),
                    f"the window model reads only the last {problem.k} token(s) before each y_i",
                )
            )
            break


def _gap_part(problem: WindowProblem, sections: Sections, out: _Outcome) -> None:
    """The gap log P_full − log P_k: right against the reference, or against the student's own two values."""
    found = stated_value(sections, "gap") if sections.present("gap") else None
    if found is None:
        out.add(
            make(
                "window-part-missing",
                "no value for the gap log P_full(y | x) − log P_k(y | x) was found",
                _part_span(sections, "gap"),
                "add `Gap: log P_full − log P_k = … = value`",
            )
        )
        out.parts["gap"], out.finals["gap"] = 0.0, None
        return
    value, line, start, end = found
    out.readable = True
    number = sections.number(line)  # `line` may be a piece of a line cut at its labels
    span = Span(number, start, number, end)
    slip = _subtraction_slip(sections.lines[line - 1], value)
    if slip is not None:
        out.add(make("arithmetic-error", f"{slip} = {value:g} does not hold", span, "redo this subtraction"))
    slack = max(problem.full.tolerance.absolute, _precision(sections.lines[line - 1], value))
    own = [
        f.value for p in ("full", "window") if (f := out.finals.get(p)) is not None and f.value is not None
    ]
    own_gap = own[0] - own[1] if len(own) == 2 else None
    right = _close(value, problem.gap, slack) or _close(value, own_gap, slack)
    if not right and (_close(-value, problem.gap, slack) or _close(-value, own_gap, slack)):
        out.add(
            make(
                "window-gap-sign",
                f"{value:g} has the wrong sign: the gap is log P_full − log P_k, the full model's value minus the window model's",
                span,
                "subtract the window model's log-probability from the full model's",
            )
        )
    elif not right:
        basis = " or from your own two values" if own_gap is not None else ""
        out.add(
            make(
                "window-gap-wrong",
                f"{value:g} is not log P_full − log P_k from the reference{basis}",
                span,
                "subtract the window model's log-probability from the full model's",
            )
        )
    out.parts["gap"] = (
        (0.5 if slip is not None else 1.0) if right else 0.0
    )  # a right number from wrong working: half
    out.finals["gap"] = FinalAnswer(value, problem.gap, right, number)
    out.steps.append(
        Step(number, "arithmetic", "ok" if right else "error", sections.lines[line - 1].strip(), "gap")
    )


def _cost_part(sections: Sections, out: _Outcome) -> None:
    """Which model costs less: the window model; the reason is not graded."""
    numbers = sections.owned("cost")  # a heading such as "The window model is cheaper" is the answer
    if not numbers:
        out.add(
            make(
                "window-part-missing",
                "no answer to which model costs less to compute was found",
                _part_span(sections, "cost"),
                "add `Cheaper: the window model`, with your reason",
            )
        )
        out.parts["cost"] = 0.0
        return
    out.readable = True
    # the answer without its heading ("Cheaper:"), so an answer given first is read as one
    text = " ".join(sections.lines[n - 1][sections.heading.get(n - 1, 0) :] for n in numbers)
    choice = chosen_model(text) or chosen_model(" ".join(sections.lines[n - 1] for n in numbers))
    first, last = sections.number(numbers[0]), sections.number(numbers[-1])
    span = Span(first, 1, last, max(2, len(sections.lines[numbers[-1] - 1]) + 1))
    if choice in ("full", "neither"):
        said = (
            "the full model is named as the cheaper one"
            if choice == "full"
            else "no model is named as cheaper"
        )
        out.add(
            make(
                "window-cost-wrong",
                f"{said}; the window model attends to at most k tokens",
                span,
                "the window model costs less: each prediction reads k tokens, not the whole history",
            )
        )
        out.parts["cost"] = 0.0
    elif choice is None:
        foreign = unknown_language([text], _KNOWN)
        said = (
            "this answer is in words the grader cannot read"
            if foreign
            else "cannot tell which model this answer says costs less"
        )
        out.add(make("window-cost-unread", said, span, "name one model: `Cheaper: the window model`"))
        # a choice asked for, read and naming no model, earns nothing until a person reads it; one written in
        # a language the grader has no words for was not read, and costs nothing
        out.parts["cost"] = 1.0 if foreign else 0.0
    else:
        out.parts["cost"] = 1.0


def grade_window_text(text: str, problem: WindowProblem, name: str = "<submission>") -> Report:
    """Grade a window answer already decoded to text."""
    started = time.perf_counter()
    try:
        lines = normalise(text)
    except PrecheckError as err:
        return precheck_rejected(problem.id, problem.points, name, err, _HINT, started)
    asked = problem.parts
    written = lines
    space = spaced(lines)  # "窗口模型更便宜": words of an unspaced script set apart, columns mapped back
    lines = table_rows(space.lines)  # `| Full model: | -0.7 + (-0.4) | -1.1 |`: that part's line
    # 0,7 and 0{,}7 read as 0.7 (columns kept); the report shows what was written
    # `>> full - win` then `ans = 2.0000`: a computation and its value; "minus two point zero five": a number
    # said in words
    # "… only looks at 1 token.  <== final answer": a mark pointing back at the line, no words of it
    marked = [pointer_mark(line)[0] for line in lines]
    session = read_session(dictated_lines(markup_signs(decimal_commas(read_notebook(marked)))))
    sections = split(session.lines, tuple(p for p in ("full", "window") if p in asked), session.inputs)
    out = _Outcome(space, [], [], {}, {}, {})
    for part in ("full", "window"):
        if part in asked:
            _derivation_part(problem, sections, part, name, out)
    if "gap" in asked:
        _gap_part(problem, sections, out)
    if "cost" in asked:
        _cost_part(sections, out)
    diagnostics = _dedupe(out.diagnostics)
    if problem.full.strict_notation:
        diagnostics = [strict(d) for d in diagnostics]
    diagnostics.sort(key=lambda d: (d.span.line, d.span.column, d.code == "final-answer-wrong"))
    parts = {p: out.parts.get(p, 0.0) for p in asked}
    points = problem.points * sum(parts.values()) / len(parts)
    errors = [d for d in diagnostics if d.severity == "error"]
    if not out.readable:
        verdict = "unparsable"
        points = 0.0
    else:
        verdict = "correct" if points >= problem.points - 1e-9 and not errors else "incorrect"
    final = out.finals.get({"window_gap": "gap", "full": "full", "windowed": "window"}[problem.ask])
    advice = {d.code: REGISTRY[d.code].advice for d in diagnostics if d.code.startswith("window-")}
    advice = {**{c: a for c, a in out.advice.items() if c in {d.code for d in diagnostics}}, **advice}
    return Report(
        problem.id,
        name,
        verdict,
        round(points, 6),
        problem.points,
        final,
        tuple(diagnostics),
        tuple(sorted(out.steps, key=lambda s: s.line)),
        tuple(written),
        time.perf_counter() - started,
        parts,
        advice,
    )


def _dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One diagnostic per code and place: a blank part is missing once, not also unreadable."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for d in diagnostics:
        key = (d.code, d.span.line, d.span.column)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def grade_window_bytes(data: bytes, problem: WindowProblem, name: str = "<submission>") -> Report:
    """Grade a window answer's raw bytes (any supported encoding)."""
    return grade_text_bytes(
        data, problem.id, problem.points, name, lambda t: grade_window_text(t, problem, name), _HINT
    )
