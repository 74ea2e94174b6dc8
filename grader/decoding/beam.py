"""Beam search answers replayed step by step from the student's own previous beam and scores
(error carried forward): the right hypotheses, as many as the beam holds, with cumulative scores."""

from __future__ import annotations

import re
from dataclasses import dataclass

from grader.core.source import Span
from grader.decoding import words as w
from grader.decoding.check import Outcome, as_prob, close, fmt, sequence_prob, text_of
from grader.decoding.problem import DecodingProblem
from grader.decoding.reader import KEEP, Hyp, Reading, finished_remark, plain

MAX_BEAM_READ = 64  # hypotheses read per step: far above any beam, and a bound on the replay's work
TIE = 1e-9  # scores this close are a tie: either side of the beam's boundary is accepted
_LETTER = re.compile(r"[^\W\d_]")
_ARROW = re.compile(r"→|->|=>|⟶|⇒|⟹|\\to\b|\\(?:long)?(?:rightarrow|Rightarrow|mapsto)\b")


@dataclass(frozen=True)
class _Cand:
    tokens: tuple[str, ...]
    prob: float  # cumulative, carried from the student's parent score
    cond: float  # the last token's conditional
    parent: float  # the parent's score as the student has it


def _top(chosen: set[tuple[str, ...]], ranked: list[tuple[float, tuple[str, ...]]], m: int) -> bool:
    """`chosen` holds the m best of `ranked` (value, tokens), a tie at the boundary either way."""
    if m <= 0 or not ranked:
        return True
    threshold = ranked[min(m, len(ranked)) - 1][0]
    required = {t for v, t in ranked if v > threshold + TIE * max(1.0, abs(threshold))}
    allowed = {t for v, t in ranked if v >= threshold - TIE * max(1.0, abs(threshold))}
    if not required <= chosen:
        return False
    return len(chosen) > m or chosen <= allowed


def _listings(hyps: list[Hyp]) -> list[list[Hyp]]:
    """Hypotheses of one length cut into listings: a new one after a gap of lines, or on a line that
    only repeats sequences the current listing already holds (the ones kept from the candidates)."""
    out: list[list[Hyp]] = []
    by_line: dict[int, list[Hyp]] = {}
    for h in hyps:
        by_line.setdefault(h.span.line, []).append(h)
    last = -2
    for line, group in sorted(by_line.items()):
        held = {h.tokens for h in out[-1]} if out else set()
        if not out or line > last + 1 or all(h.tokens in held for h in group):
            out.append([])
        out[-1].extend(group)
        last = line
    return out


# where a clause ends and another begins: a sentence's end, or a comma before a word that opens a clause
_CLAUSE_BETWEEN = re.compile(r"[.!?;](?=\s)|,\s*(?:so|but|because|since|which|while|if|when)\b", re.I)


def _keep_before(reading: Reading, h: Hyp) -> bool:
    """A keep word comes before the hypothesis: on its line, or ending the line above when the
    hypothesis opens its line ("… = 0.0175. Keep\\n yes please </s>, which finishes")."""
    line = reading.lines[h.span.line - 1]
    # in the same clause: "Beam search keeps a couple of trails alive, so a path that starts worse ("a", 0.4)
    # can still win" keeps nothing it names
    if any(
        m.end() <= h.span.column - 1 and not _CLAUSE_BETWEEN.search(line, m.end(), h.span.column - 1)
        for m in KEEP.finditer(line)
    ):
        return True
    if h.span.line < 2 or _LETTER.search(line[: h.span.column - 1]):
        return False
    above = reading.lines[h.span.line - 2]
    return any(not _LETTER.search(above[m.end() :]) for m in KEEP.finditer(above))


def _lists_beam(reading: Reading, listing: list[Hyp]) -> bool:
    """A listing gives a beam if it scores its sequences or says it keeps them; "the best in the
    beam is a cat" only mentions one."""
    return any(
        h.score is not None or KEEP.search(reading.lines[h.span.line - 1]) or _keep_before(reading, h)
        for h in listing
    )


def _says_kept(reading: Reading, listing: list[Hyp]) -> bool:
    """The listing is introduced as what is kept ("keep: a cat, the dog", "the two best are …")."""
    return all(_keep_before(reading, h) for h in listing)


def _offered(listing: list[Hyp], earlier: list[list[Hyp]], candidates: list[Hyp]) -> set[tuple[str, ...]]:
    """The sequences a listing could pick from: earlier listings and candidates written before it."""
    first = min(h.span.line for h in listing)
    return {h.tokens for e in earlier for h in e} | {h.tokens for h in candidates if h.span.line <= first}


def _steps(reading: Reading) -> dict[int, list[Hyp]]:
    """The beam the student kept at each step (by length), from what is written before the next
    step begins: where the step is listed more than once and a scored listing picks from the
    earlier ones (candidates, then the ones kept), the first such; otherwise every sequence listed."""
    kept = [h for h in reading.hyps if h.role == "kept" and h.tokens]
    starts: dict[int, tuple[int, int]] = {}  # where each step's first hypothesis is written
    for h in kept:
        starts.setdefault(len(h.tokens), (h.span.line, h.span.column))
    steps: dict[int, list[Hyp]] = {}
    for t in sorted({len(h.tokens) for h in kept}):
        mine = [h for h in kept if len(h.tokens) == t]
        # a tree's nodes of one depth are drawn among the next depth's: the whole drawing gives the step
        before_next = [
            h for h in mine if h.drawn or t + 1 not in starts or (h.span.line, h.span.column) < starts[t + 1]
        ]
        pool = before_next or mine
        # a listing with no score at all ("the best is a cat") mentions sequences; it lists no beam
        listings = [g for g in _listings(pool) if _lists_beam(reading, g)] or _listings(pool)
        # the first listing that picks from the ones before it, or says it keeps, is the step's choice; a later one that
        # repeats part of it ("best finished hypothesis: a cat") names a result, it chooses nothing
        listed = [h for h in reading.hyps if h.role == "candidate" and len(h.tokens) == t]
        picks = [
            g
            for k, g in enumerate(listings)
            if (offered := _offered(g, listings[:k], listed))
            and {h.tokens for h in g} <= offered
            or _says_kept(reading, g)
        ]
        group: list[Hyp] = []
        for h in picks[0] if picks else pool:
            if len(group) < MAX_BEAM_READ and all(g.tokens != h.tokens for g in group):
                group.append(h)
        steps[t] = group
    return steps


def check_beam(
    problem: DecodingProblem, reading: Reading, out: Outcome
) -> list[tuple[tuple[str, ...], float]]:
    """Replay each beam step from the student's own previous beam; returns what the student's search
    ends with (finished hypotheses and the last beam) as (tokens, probability)."""
    eos = problem.eos
    steps = _steps(reading)
    beam: list[tuple[tuple[str, ...], float]] = [((), 1.0)]
    width = problem.beam_width
    ended: list[tuple[tuple[str, ...], float]] = []
    total = len(problem.reference.steps)
    credit: list[float] = []
    missing: list[int] = []
    for t in range(1, problem.max_length + 1):
        parents = [(tokens, p) for tokens, p in beam if not (tokens and tokens[-1] == eos)]
        if not parents or width <= 0:
            break
        cands: dict[tuple[str, ...], _Cand] = {}
        for tokens, p in parents:
            dist = problem.distribution(tokens)
            for v, q in dist.items():
                if q > 0:
                    cands[tokens + (v,)] = _Cand(tokens + (v,), p * float(q), float(q), p)
        if not cands:
            break
        by_prob = sorted(((c.prob, c.tokens) for c in cands.values()), key=lambda x: (-x[0], x[1]))
        expected_n = min(width, len(by_prob))
        written = steps.get(t, [])
        if not written:
            if t <= total:
                missing.append(t)
            beam = [(tokens, p) for p, tokens in by_prob[:expected_n]]
        else:
            written = _finished_of_expansion(reading, written, set(cands), expected_n)
            written = written + _finished_apart(reading, written, by_prob[:expected_n], eos)
            at = _expanded_part_only(reading, t, [tokens for tokens, _ in parents], by_prob[:expected_n])
            conditional = _first_conditional(problem, reading, t, cands)
            ok = _check_step(problem, t, written, cands, by_prob, expected_n, out, at, conditional)
            credit.append(1.0 if ok else 0.0)
            beam = []
            for h in written:
                c = cands.get(h.tokens)
                model_p = c.prob if c is not None else None
                p = as_prob(h.score, model_p)
                p = p if p is not None else model_p
                if p is not None:
                    beam.append((h.tokens, p))
        finished = [(tokens, p) for tokens, p in beam if tokens and tokens[-1] == eos]
        ended += finished
        width -= len(finished)
    ended += [(tokens, p) for tokens, p in beam if not (tokens and tokens[-1] == eos)]
    if missing and credit:
        line = min(h.span.line for group in steps.values() for h in group)
        out.add(
            "decoding-unread",
            f"no hypotheses read for step {', '.join(map(str, missing))} of the beam",
            Span(line, 1, line, 2),
            'write each step\'s beam as "step t: sequence: score, …"',
        )
    elif not credit:
        code = (
            " (a program's source is not read as a beam: show the beams it prints)" if reading.source else ""
        )
        out.add(
            "decoding-unread",
            "no beam could be read: the hypotheses kept at each step are not shown in a form the grader reads"
            + code,
            Span(1, 1, 1, 2),
            'write each step as "step 1: {the: 0.5, a: 0.4}" with full sequences and cumulative probabilities',
        )
    out.parts["steps"] = sum(credit) / len(credit) if credit else 1.0
    return ended


# a label that says a listing below or after it holds the beam ("Beam after step 3:", "Kept:"), not its
# width ("Step 3 (beam width 1):")
_BEAM_LABEL = re.compile(
    rf"\b(?:{w.words(w.BEAM, w.KEEP)}|keep\w*|survivors?|retained)\b(?!\s+{w.words(w.WIDTH)})[^:]*:\s*$", re.I
)


_WORDS_OF = re.compile(r"^(?!\s*\\(?:begin|end)\s*\{[^}]*\}\s*$).*\w")  # not blank, nor only \begin{itemize}


def _finished_of_expansion(
    reading: Reading, written: list[Hyp], cands: set[tuple[str, ...]], width: int
) -> list[Hyp]:
    """A step written out as its whole expansion, more than the beam holds, with no keep word, beam
    label, set or table that claims it as the beam ("Step 3: yes please </s> = 0.1575 (finished);
    yes please now = 0.0175"): the extensions worked out, of which the ones it marks finished are
    what the step keeps (they end the search); none marked, the listing stays the beam as written."""
    if len(written) <= width or not cands <= {h.tokens for h in written}:
        return written
    lines = sorted({h.span.line for h in written})
    first = min(written, key=lambda h: (h.span.line, h.span.column))
    above = next((line for line in reversed(reading.lines[: lines[0] - 1]) if _WORDS_OF.search(line)), "")
    label = plain(reading.lines[first.span.line - 1])[: first.span.column - 1]
    if (
        any(_claims_beam(reading.lines[n - 1]) for n in lines)
        or any(_BEAM_LABEL.search(plain(text)) for text in (above, label))
        or any(_in_set(plain(reading.lines[h.span.line - 1]), h) for h in written)
    ):
        return written
    done = [h for h in written if finished_remark(reading.lines[h.span.line - 1], h)]
    return done or written


def _claims_beam(line: str) -> bool:
    """A line that says what it keeps, or a table's row (its header says what the rows hold)."""
    return KEEP.search(plain(line)) is not None or line.lstrip().startswith("|") or "&" in line


def _in_set(line: str, h: Hyp) -> bool:
    """h stands inside braces or square brackets: a set or list written as the beam ({a cat: 0.36, …})."""
    before = line[: h.span.column - 1]
    return before.count("{") > before.count("}") or before.count("[") > before.count("]")


def _finished_apart(
    reading: Reading, written: list[Hyp], top: list[tuple[float, tuple[str, ...]]], eos: str
) -> list[Hyp]:
    """Finished hypotheses the step keeps but the student set apart from the beam that goes on
    ("yes </s> is finished, so beam = {yes please}"): each of the best extensions that ends, is
    not in the written beam, and is written at or before it, counts as kept (it leaves the beam)."""
    last = max(h.span.line for h in written)
    have = {h.tokens for h in written}
    out: list[Hyp] = []
    for _, tokens in top:
        if tokens[-1] != eos or tokens in have:
            continue
        said = [h for h in reading.hyps if h.tokens == tokens and h.span.line <= last]
        if said:
            out.append(next((h for h in said if h.score is not None), said[0]))
            have.add(tokens)
    return out


def _expanded_part_only(
    reading: Reading,
    t: int,
    parents: list[tuple[str, ...]],
    top: list[tuple[float, tuple[str, ...]]],
) -> Span | None:
    """Where step t opens, when the extensions it writes out before its beam leave out every extension
    of a hypothesis kept at step t - 1 that the right beam needs ("Step 2: expand the best one, the:
    the dog …, the cat …"): the step's mistake is visible there, not only where its beam is kept. None
    if no such step is written out."""
    written = [h for h in reading.hyps if len(h.tokens) == t and h.role in ("kept", "candidate")]
    if not written:
        return None
    extended = {h.tokens[:-1] for h in written}
    needed = {tokens[:-1] for _, tokens in top}
    if not any(p in needed and p not in extended for p in parents):
        return None
    start = min(h.span.line for h in written)
    # a line that lists extensions before the one that keeps the beam, or the step's own mark above
    if not any(h.span.line > start for h in written):
        return None
    earlier = max([h.span.line for h in reading.hyps if len(h.tokens) < t and h.span.line < start], default=0)
    # the line of the step before may open this one too ("Step 2: expand the best, "the":"), if it names it
    this_step = re.compile(
        rf"{w.numbered(w.STEP, t)}|\bt\s*=\s*{t}\b|\b(?:expand\w*|extend\w*|{w.words(w.CANDIDATES)})\b", re.I
    )
    mark = next(
        (
            n
            for n in range(start, max(earlier - 1, 0), -1)
            if (_STEP_OPENS if n > earlier else this_step).search(reading.lines[n - 1])
        ),
        start,
    )
    return Span(mark, 1, mark, len(reading.lines[mark - 1]) + 1)


_STEP_OPENS = re.compile(
    rf"\b{w.words(w.STEP)}\b|\bt\s*=\s*\d|\b(?:expand\w*|extend\w*|{w.words(w.CANDIDATES)})\b", re.I
)


def _first_conditional(
    problem: DecodingProblem, reading: Reading, t: int, cands: dict[tuple[str, ...], _Cand]
) -> Span | None:
    """Where step t first scores an extension by its last token's conditional instead of its cumulative
    probability ("the dog 0.4" for 0.5 × 0.4), among the extensions it writes out; None if none does.
    A token written after an arrow from its prefix ("the -> dog 0.4") is given its conditional, rightly."""
    for h in sorted(reading.hyps, key=lambda h: (h.span.line, h.span.column)):
        c = cands.get(h.tokens)
        if len(h.tokens) != t or h.role not in ("kept", "candidate") or h.score is None or c is None:
            continue
        if _ARROW.search(reading.lines[h.span.line - 1], h.span.column - 1, h.span.end_column - 1):
            continue
        if c.parent != 1.0 and close(h.score, c.cond, problem) and not close(h.score, c.prob, problem):
            return h.span
    return None


def _check_step(
    problem: DecodingProblem,
    t: int,
    written: list[Hyp],
    cands: dict[tuple[str, ...], _Cand],
    by_prob: list[tuple[float, tuple[str, ...]]],
    expected_n: int,
    out: Outcome,
    unexpanded: Span | None = None,
    conditional: Span | None = None,
) -> bool:
    """One step: the right hypotheses, as many as the beam holds, with their cumulative scores
    (`unexpanded`: where the step opens, if it expanded only part of the beam; `conditional`: where
    the step first scores an extension by its last token's probability)."""
    first = written[0].span
    strangers = [h for h in written if h.tokens not in cands]
    if strangers:
        h = strangers[0]
        out.add(
            "beam-step-wrong",
            f"step {t}: {text_of(h.tokens)} does not extend a hypothesis kept at step {t - 1}",
            h.span,
            "extend only the hypotheses in the previous beam",
        )
        return False
    chosen = {h.tokens for h in written}
    ok = True
    if len(written) != expected_n:
        out.add(
            "beam-width-wrong",
            f"step {t}: {len(written)} hypotheses kept",
            first,
            f"keep the {expected_n} best extensions (a finished hypothesis leaves the beam and the beam shrinks by one)",
            expected=expected_n,
        )
        ok = False
    m = min(len(written), expected_n)
    if not _top(chosen, by_prob, m):
        by_last = sorted(((c.cond, c.tokens) for c in cands.values()), key=lambda x: (-x[0], x[1]))
        by_sum = sorted(((c.parent + c.cond, c.tokens) for c in cands.values()), key=lambda x: (-x[0], x[1]))
        right = ", ".join(text_of(tokens) for _, tokens in by_prob[:m])
        if _top(chosen, by_last, m):
            out.add(
                "beam-ranked-by-last-token",
                f"step {t}: the beam was ranked by the last token's probability",
                conditional or first,
                "rank by the cumulative probability P(prefix) · P(token | prefix)",
                expected=right,
            )
        elif _top(chosen, by_sum, m):
            out.add(
                "added-probs",
                f"step {t}: the beam was ranked by added probabilities",
                first,
                expected=right,
            )
        else:
            out.add(
                "beam-step-wrong",
                f"step {t}: the kept hypotheses are not the best"
                + (" (not every hypothesis of the beam was extended)" if unexpanded else ""),
                unexpanded or first,
                expected=right,
            )
        return False
    for h in written:
        if h.score is None:
            continue
        c = cands[h.tokens]
        true_p, _ = sequence_prob(problem, h.tokens)
        per_token = len(h.tokens) if problem.normalise == "length" else 0
        if any(
            p is not None and close(h.score, p, problem, normalised_length=per_token)
            for p in (c.prob, true_p)
        ):
            continue  # from the student's own previous score, or the model's own value
        if h.summed or close(h.score, c.parent + c.cond, problem):
            out.add("added-probs", f"step {t}: the score of {text_of(h.tokens)} adds probabilities", h.span)
        elif close(h.score, c.cond, problem) and c.parent != 1.0:
            out.add(
                "beam-ranked-by-last-token",
                f"step {t}: the score of {text_of(h.tokens)} is its last token's probability, not the cumulative one",
                conditional or h.span,  # where the step first writes such a score
                "multiply the prefix's score by the token's conditional",
                expected=fmt(c.prob),
            )
        else:
            out.add(
                "beam-score-wrong",
                f"step {t}: {text_of(h.tokens)} scored {h.score.text}",
                h.span,
                "the score is the previous score times the new token's conditional",
                expected=fmt(c.prob),
            )
        return False
    return ok
