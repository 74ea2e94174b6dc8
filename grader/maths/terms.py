"""Resolve the events of a probability term to positions of the problem's sequence.

Positions: y_1 … y_n are 1 … n; the prompt's tokens (when x is a token list) are 1-m … 0, so
y_0 is the last token of x (the `<s>` convention). An opaque prompt is the single position 0.
A term becomes its chain-rule factors; each factor gets a key that is the same for every way
of writing the same conditional under the model's own independence assumption.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field

from grader.maths import semantics as sm
from grader.reference import BOS, LanguageModel

Key = tuple


class Unresolved(Exception):
    """A term with no value: a symbol the problem does not define (`y_7` in a 2-token answer, an
    unbound `i`), or a factor for the prompt's own `<s>` (code bos-counted)."""

    def __init__(
        self,
        message: str,
        span: sm.Span,
        code: str = "unknown-symbol",
        hint: str = "",
        past_end: bool = False,
        free_index: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.code = code
        self.hint = hint or "use only positions and tokens of this problem"
        self.past_end = past_end  # a position beyond the sequence (y_3 of two tokens)
        self.free_index = free_index  # the letter of an index nothing binds (P(w_i | w_{i-1}) in a rule)


@dataclass(frozen=True)
class Issue:
    """Something wrong with a term itself, whatever step it appears in."""

    code: str
    message: str
    span: sm.Span
    hint: str = ""
    loose: bool = False  # notation only: the prompt x left out of a condition, the rest as the model has it


@dataclass(frozen=True)
class Factor:
    """One chain-rule factor a term stands for; how it reads (Pr(y_2 = learning | x, y_1 = deep)) is
    spelled out only when a message needs it, so a long sequence costs no quadratic text."""

    key: Key
    written: str | None = None  # how a term that is not a factor of y reads
    seq: Sequence | None = field(default=None, compare=False, repr=False)
    given: frozenset[int] = field(default=frozenset(), compare=False)
    # given too: runs of positions (x, y_{<i}), not spelled out until the text is asked for
    runs: tuple[range, ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        if self.written is not None or self.seq is None:
            return self.written or ""
        return self.seq.factor_text(self.key[1], self.given.union(*self.runs))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ResolvedTerm:
    factors: tuple[Factor, ...]
    issues: tuple[Issue, ...] = field(default=())


class Sequence:
    """The problem's x and y as positions, and what the model needs at each position."""

    def __init__(self, x: str | tuple[str, ...], y: tuple[str, ...], model: LanguageModel) -> None:
        self.opaque = not isinstance(x, tuple)
        self.x_tokens: tuple[str, ...] = () if self.opaque else x  # type: ignore[assignment]
        self.y = y
        self.n = len(y)
        self.m = 1 if self.opaque else len(self.x_tokens)
        self.tokens = tuple(self.token(p) for p in range(1 - self.m, self.n + 1))  # index 0 is position 1-m
        self.model = model
        self.x_positions = frozenset(range(1 - self.m, 1))
        self.offsets: dict[str, int] = {}  # a student's own indexing: w_1 = <s> makes w_k position k-1
        self.lengths: dict[str, int] = {}  # a student's own length letter: w_{n+1} = </s> makes n = |y| - 1

    def adopt_indexing(self, stated: list[tuple[str, int, str]]) -> None:
        """Follow the student's `w_1 = <s>, w_2 = the, …` when it is consistent and not the usual one."""
        full = {p: self.token(p) for p in range(1 - self.m, self.n + 1) if not (p <= 0 and self.opaque)}
        for name in {n for n, _, _ in stated}:
            shifts = set()
            for n, index, token in stated:
                if n != name:
                    continue
                places = [p for p, t in full.items() if t.lower() == token.lower()]
                shifts.add(tuple(p - index for p in places))
            common = set.intersection(*(set(s) for s in shifts)) if shifts else set()
            if len(common) == 1 and (shift := common.pop()) != 0:
                self.offsets[name] = shift

    def adopt_length(self, stated: list[tuple[str, int, str]]) -> None:
        """Follow the student's `w_{n+1} = </s>`: the length letter n is theirs when the token stands at
        one place of y and every such statement agrees."""
        for letter in {n for n, _, _ in stated}:
            values = set()
            for n, shift, token in stated:
                if n == letter:
                    places = [p for p in range(1, self.n + 1) if self.token(p).lower() == token.lower()]
                    values.add(places[0] - shift if len(places) == 1 else None)
            if len(values) == 1 and (value := values.pop()) is not None and 1 <= value <= self.n:
                self.lengths[letter] = value

    def token(self, position: int) -> str:
        if position >= 1:
            return self.y[position - 1]
        if self.opaque:
            return "x"
        return self.x_tokens[position - 1 + self.m]

    def valid(self, position: int) -> bool:
        return 1 - self.m <= position <= self.n

    def prefix_conditions(self, k: int, given: frozenset[int]) -> bool:
        """Whether y_k given `given` and all of y_1 … y_{k-1} is the model's conditional (nothing later)."""
        if given and max(given) >= k:
            return False
        w = self.model.window
        if w is None:
            return self.x_positions <= given
        return given.issuperset(range(max(k - w, 1 - self.m), 1))

    def conditions_fully(self, k: int, given: frozenset[int]) -> bool:
        """Whether `given` holds every position the model looks at for y_k (needed(k) <= given, unbuilt)."""
        w = self.model.window
        if w is None:
            return self.x_positions <= given and given.issuperset(range(1, k))
        return given.issuperset(range(max(k - w, 1 - self.m), k))

    def needed(self, k: int) -> frozenset[int]:
        """The positions the model looks at when predicting y_k."""
        w = self.model.window
        if w is None:
            return self.x_positions | frozenset(range(1, k))
        return frozenset(p for p in range(k - w, k) if p >= 1 - self.m)

    def describe(self, position: int) -> str:
        if position >= 1:
            return f"y_{position} = {self.y[position - 1]}"
        return "x" if self.opaque else self.token(position)

    def factor_key(self, k: int, given: frozenset[int]) -> Key:
        if given and max(given) >= k:
            return ("future", k, given)
        if self.conditions_fully(k, given):
            return ("cond", k)
        return ("marg", k, given & (self.x_positions | frozenset(range(1, k))))

    def factor_text(self, k: int, given: frozenset[int]) -> str:
        parts = []
        if given & self.x_positions == self.x_positions and self.opaque:
            parts.append("x")
        for p in sorted(given):
            if p >= 1 or not self.opaque:
                parts.append(self.describe(p) if p >= 1 else self.token(p))
        return f"Pr(y_{k} = {self.y[k - 1]}" + (f" | {', '.join(parts)})" if parts else ")")


def index_value(idx: sm.Idx, bindings: dict[str, int], seq: Sequence, span: sm.Span) -> int:
    if idx.symbol is None:
        return idx.offset
    if idx.symbol in bindings:
        return bindings[idx.symbol] + idx.offset
    if idx.symbol in ("n", "N", "T", "|y|", "|w|", "m"):
        return seq.lengths.get(idx.symbol, seq.n) + idx.offset
    raise Unresolved(
        f"the index {idx.symbol} is not bound by a sum or product here", span, free_index=idx.symbol
    )


def _positions(event: sm.VarRef, bindings: dict[str, int], seq: Sequence) -> list[int]:
    """The positions a variable reference denotes, in order."""
    return list(_run(event, bindings, seq))


def _run(event: sm.VarRef, bindings: dict[str, int], seq: Sequence) -> range:
    """The positions a variable reference denotes: always one run of consecutive positions, kept as a
    range so that y_{<i} costs the same at every i."""
    if event.name == "x":
        if event.index is None:
            return range(1 - seq.m, 1)
        if seq.opaque:
            raise Unresolved("x is a prompt here, not a list of tokens: write x, not x_j", event.span)
        j = index_value(event.index.lo, bindings, seq, event.span)
        if event.index.kind != "point" or not 1 <= j <= seq.m:
            raise Unresolved(f"x has {seq.m} token(s); x_{j} is not one of them", event.span)
        return range(j - seq.m, j - seq.m + 1)
    if event.index is None:
        return range(1, seq.n + 1)
    spec = event.index
    shift = seq.offsets.get(event.name, 0)
    lo = index_value(spec.lo, bindings, seq, event.span) + shift
    # A range is cut one past the sequence's end (where it is already invalid, and reported as
    # such), so y_{<999999999} never lists a billion positions.
    end = seq.n + 1
    if spec.kind == "point":
        out = range(lo, lo + 1)
    elif spec.kind == "before":
        out = range(1, min(lo, end + 1))
    elif spec.kind == "upto":
        out = range(1, min(lo, end) + 1)
    else:
        assert spec.hi is not None
        hi = index_value(spec.hi, bindings, seq, event.span) + shift
        out = range(lo, min(hi, max(lo, end)) + 1)
    # `out` is one run of consecutive positions: its first invalid position is at an end, or just past n
    bad = None
    if out and (not seq.valid(out[0]) or (out[0] <= 0 and seq.opaque)):
        bad = out[0]
    elif out and not seq.valid(out[-1]):
        bad = seq.n + 1
    if bad is not None:
        raise Unresolved(
            f"{event.name}_{bad} does not exist: y has {seq.n} tokens"
            + ("" if seq.opaque else f" and y_0 = {seq.x_tokens[-1]}"),
            event.span,
            past_end=True,
        )
    return out


def _ends_before(var: sm.VarRef, run: object, bindings: dict[str, int], seq: Sequence) -> bool:
    """The position `var` names comes before the run an ellipsis carries on from (`y_1, …, y_{i-1}` at
    i = 1), whether or not that position exists (y_0 of a prompt given as text does not)."""
    spec = var.index
    if spec is None or spec.kind != "point" or var.name == "x" or not isinstance(run, list):
        return False
    at = index_value(spec.lo, bindings, seq, var.span) + seq.offsets.get(var.name, 0)
    return at < run[0]


def _same(a: str, b: str) -> bool:
    return a == b or a.lower() == b.lower()


def _find_run(full: tuple[str, ...], words: list[str], before: int | None = None) -> list[int]:
    """Start indexes in `full` where `words` occur (ending before index `before`, if given)."""
    out = []
    for s in range(len(full) - len(words) + 1):
        if before is not None and s + len(words) > before:
            break
        if all(_same(full[s + i], w) for i, w in enumerate(words)):
            out.append(s)
    return out


def resolve(term: sm.Prob, bindings: dict[str, int], seq: Sequence) -> ResolvedTerm:
    """The chain-rule factors a probability term stands for, and what is wrong with it."""
    if term.filled is not None:  # a term an ellipsis stood for: its positions are known, not written
        k, given = term.filled
        return ResolvedTerm((Factor(seq.factor_key(k, given), seq=seq, given=given),))
    found = _model_conditionals(term, bindings, seq)
    if found is not None:
        return found
    barred = _capital_i_as_bar(term)
    if barred is None:
        return resolve_written(term, bindings, seq)
    try:
        written = resolve_written(term, bindings, seq)
        if not written.issues:
            return written
    except Unresolved:
        written = None
    with contextlib.suppress(Unresolved):
        split = resolve_written(barred, bindings, seq)
        if not split.issues:
            return split
    return written if written is not None else resolve_written(term, bindings, seq)


def _capital_i_as_bar(term: sm.Prob) -> sm.Prob | None:
    """`P(i I <s>)`, `Pr(y₂ I x, y₁)`: a capital I standing alone between a target and what follows, with
    no bar written, as a phone's keyboard writes the bar: the term with the bar there, or None. Read so
    only where the term as written is no factor of the sequence and the barred one is a clean factor
    (`P(<s> I am Sam </s>)` is the sentence, I a token of it)."""
    if term.given is not None:
        return None
    for k, ev in enumerate(term.targets):
        if 0 < k < len(term.targets) - 1 and isinstance(ev, sm.TokenLit) and ev.text == "I":
            return sm.Prob(term.targets[:k], term.targets[k + 1 :], term.span, term.estimator)
    return None


def _model_conditionals(term: sm.Prob, bindings: dict[str, int], seq: Sequence) -> ResolvedTerm | None:
    """What `resolve_written` finds for a term of positions only (Pr(y_i | x, y_{<i}), Pr(y | x)) whose
    every factor is the model's conditional, found from runs of positions without listing them, so that
    such a term costs the same at every position of a long sequence; None for any other term."""
    if not term.given or not all(
        isinstance(e, sm.VarRef) for e in (*term.targets, *term.given)
    ):  # words, a token named, an ellipsis, no bar: read in full
        return None
    try:
        targets = _merged([_run(e, bindings, seq) for e in term.targets])
        given = _merged([_run(e, bindings, seq) for e in term.given])
    except Unresolved:
        return None  # resolve_written raises it
    if len(targets) != 1 or targets[0].start < 1 or (given and given[-1][-1] >= targets[0].start):
        return None  # several runs of targets, the prompt as a target, a condition on a later token
    first = targets[0].start
    w = seq.model.window
    needs = range(1 - seq.m, first) if w is None else range(max(first - w, 1 - seq.m), first)
    if needs and not any(r.start <= needs.start and needs.stop <= r.stop for r in given):
        return None  # the first target misses some of its history (later ones have the earlier targets)
    runs = tuple(given)
    factors = tuple(Factor(("cond", k), seq=seq, runs=(*runs, range(first, k))) for k in targets[0])
    return ResolvedTerm(factors)


def _merged(runs: list[range]) -> list[range]:
    """The same positions as fewest runs, in order (a run meets or overlaps the next: one run)."""
    out: list[range] = []
    for r in sorted((r for r in runs if r), key=lambda r: r.start):
        if out and r.start <= out[-1].stop:
            out[-1] = range(out[-1].start, max(out[-1].stop, r.stop))
        else:
            out.append(r)
    return out


def resolve_written(term: sm.Prob, bindings: dict[str, int], seq: Sequence) -> ResolvedTerm:
    """The chain-rule factors a probability term stands for, and what is wrong with it, read in full."""
    issues: list[Issue] = []
    full = seq.tokens  # index 0 is position 1-m
    offset = 1 - seq.m

    history_run = False  # the condition names a run of y from its start (y_{<i}, w_{1:i-1}, y_1, …, y_{i-1})

    def expand(events: tuple[sm.Event, ...]) -> list[tuple[str, object, sm.Span]]:
        nonlocal history_run
        out: list[tuple[str, object, sm.Span]] = []
        pending_ellipsis = False
        previous_name = None  # the variable of the event before, whose run an ellipsis carries on
        for ev in events:
            if isinstance(ev, sm.Ellipsis_):
                pending_ellipsis = True
                continue
            ev = _position_written_plain(ev, seq)
            name, previous_name = previous_name, None
            if isinstance(ev, sm.VarRef | sm.Assign):
                var = ev.var if isinstance(ev, sm.Assign) else ev
                previous_name = var.name
                if (
                    pending_ellipsis
                    and name == var.name
                    and not isinstance(ev, sm.Assign)
                    and out
                    and out[-1][0] == "pos"
                    and out[-1][1]
                    and _ends_before(var, out[-1][1], bindings, seq)
                ):
                    out.pop()  # y_1, …, y_{i-1} at i = 1: a range that ends before it starts is empty
                    pending_ellipsis = False
                    history_run = True
                    continue
                positions = _positions(var, bindings, seq)
                if var.name != "x" and var.index is not None and var.index.kind != "point":
                    history_run = history_run or not positions or positions[0] == 1
                if isinstance(ev, sm.Assign) and not positions:
                    raise Unresolved(
                        f"{var.name} here names no position (an empty range), so it cannot be {ev.token.text!r}",
                        ev.span,
                    )
                if pending_ellipsis and out and out[-1][0] == "pos" and out[-1][1] and positions:
                    last = out[-1][1]
                    assert isinstance(last, list)
                    positions = list(range(last[-1] + 1, positions[0])) + positions
                if isinstance(ev, sm.Assign):
                    written = ev.token.text
                    actual = seq.token(positions[0]) if len(positions) == 1 else None
                    if actual is None or not _same(actual, written):
                        issues.append(
                            Issue(
                                "wrong-token",
                                f"{var.name}_{positions[0]} is {actual!r} in this problem, not {written!r}",
                                term.span,
                                "check which token stands at each position of the sequence",
                            )
                        )
                        out.append(("word", [written], ev.span))
                        continue
                out.append(("pos", positions, ev.span))
            else:
                assert isinstance(ev, sm.TokenLit)
                if out and out[-1][0] == "word" and not pending_ellipsis:
                    words = out[-1][1]
                    assert isinstance(words, list)
                    out[-1] = ("word", words + [ev.text], out[-1][2])
                else:
                    out.append(("word", [ev.text], ev.span))
            pending_ellipsis = False
        return out

    targets = _boundaries_named(expand(term.targets), seq)
    given = expand(term.given) if term.given is not None else []
    # "Pr(. | …)": the context elided as a whole, so the target is conditioned on all that comes before it
    elided = (
        term.given is not None and bool(term.given) and all(isinstance(e, sm.Ellipsis_) for e in term.given)
    )
    if term.given is None or not given:
        implicit_x = True
    else:
        implicit_x = False

    # Positions from variables; words are placed in the sequence below.
    gaps = [k for k, e in enumerate(term.given or ()) if isinstance(e, sm.Ellipsis_)]
    if gaps and not elided:  # "x, The, ..., France": the words after the gap stand just before the target
        after_gap = [e for e in (term.given or ())[gaps[-1] + 1 :] if isinstance(e, sm.TokenLit)]
        if after_gap:
            given = [g for g in given if g[0] == "pos"] + [
                ("word", [e.text for e in after_gap], after_gap[0].span)
            ]
    given_list, given_words = _split(given)
    given_positions: set[int] = set(given_list)
    target_positions, target_words = _split(targets)
    if (
        term.given is None
        and not target_positions
        and len(target_words) == 1
        and _names_sequence(target_words[0], seq)
    ):
        target_positions, target_words = list(range(1, seq.n + 1)), []  # P(sentence): the whole of y

    for word in target_words + given_words:
        if not any(_same(word, t) for t in full) and not _model_knows(seq.model, word):
            if _metavariable(word):
                raise Unresolved(f"P({word} | …) is a general formula", term.span, code="generic")
            raise Unresolved(f"{word!r} is neither in this sequence nor in the model", term.span)
    literal: tuple[list[str], list[str]] | None = None
    if target_words:
        # A leading copy of the prompt's tokens (<s>) is context, not a prediction.
        if not seq.opaque and not target_positions:
            xs = list(seq.x_tokens)
            if len(target_words) > len(xs) and all(
                _same(a, b) for a, b in zip(target_words, xs, strict=False)
            ):
                target_words = target_words[len(xs) :]
                given_positions |= set(seq.x_positions)
                implicit_x = False
            elif all(any(_same(w, t) for t in xs) for w in target_words):
                raise _predicts_the_prompt(target_words[0], term.span)
        candidates = [s for s in _find_run(full, target_words) if s + offset >= 1]
        chosen = None
        for s in candidates:
            if given_words:
                if s - len(given_words) >= 0 and all(
                    _same(full[s - len(given_words) + i], w) for i, w in enumerate(given_words)
                ):
                    chosen = s
                    break
            elif given_positions and max(given_positions) >= 1:
                if s + offset - 1 in given_positions or s + offset - 1 == max(given_positions):
                    chosen = s
                    break
            else:
                chosen = s
                break
        if chosen is None and candidates and not given_words:
            chosen = candidates[0]
        later: list[int] = []
        if (
            chosen is None
            and candidates
            and given_words
            and not _model_gives(seq.model, target_words, given_words)
        ):
            # The condition may be a later stretch of the sequence: P(english | food).
            for s in candidates:
                after = [a for a in _find_run(full, given_words) if a >= s + len(target_words)]
                if after:
                    chosen, later = s, list(range(after[0] + offset, after[0] + offset + len(given_words)))
                    break
            if chosen is None:
                # Not one stretch: place each conditioning token on its own, before the target
                # where it occurs there, else after it (P(sat | the, cat, </s>)).
                s = candidates[0]
                placed = [_place(full, w, s) for w in given_words]
                if all(p is not None for p in placed) and any(p > s for p in placed if p is not None):
                    chosen, later = s, [p + offset for p in placed if p is not None]  # it reaches ahead
        if chosen is None:
            literal = (target_words, given_words)
        elif later:
            target_positions.extend(range(chosen + offset, chosen + offset + len(target_words)))
            given_positions.update(later)
        else:
            target_positions.extend(range(chosen + offset, chosen + offset + len(target_words)))
            if given_words:
                given_positions.update(range(chosen + offset - len(given_words), chosen + offset))
    elif given_words:
        # Words in the given part of a positional target: they must precede it.
        first = min(target_positions) if target_positions else seq.n + 1
        starts = _find_run(full, given_words, before=first - offset)
        if starts:
            s = starts[-1]
            given_positions.update(range(s + offset, s + offset + len(given_words)))
        else:
            issues.append(
                Issue(
                    "wrong-token",
                    f"{' '.join(given_words)} does not come before this position in the sequence",
                    term.span,
                    "condition on the tokens that actually precede the target",
                )
            )
    # "Pr(is | x, ..., France)": an ellipsis in the condition stands for every token it passes over
    if gaps and given_positions and not elided:
        lo, hi = min(given_positions), max(given_positions)
        if gaps[-1] == len(term.given or ()) - 1 and target_positions:
            hi = max(hi, min(target_positions) - 1)  # "Pr(France | x, …)": up to the target
        if gaps[0] == 0 or any(isinstance(e, sm.TokenLit) for e in (term.given or ())[: gaps[0]]):
            # "Pr(is | …, France)", "Pr(is | The, …, France)": from the start of the context
            lo = min([*seq.x_positions, 1, lo])
        given_positions |= set(range(lo, hi + 1))
    # No bar: the prompt is implied only for a whole sequence from its start (the sentence
    # probability P(w_1 … w_N)); a lone P(w_k) really has no condition.
    if implicit_x and (literal is not None or (len(target_positions) >= 2 and min(target_positions) == 1)):
        given_positions |= set(seq.x_positions)

    # y_{<i}, w_{1:i-1}: "all the tokens before" takes in the start symbol a sequence begins with, as the
    # prompt y_0 = <s> is (P(w_1 | w_{1:0}) is P(w_1 | <s>), not the unigram); a prompt of other tokens is
    # history the student must name
    starts = not seq.opaque and bool(seq.x_positions) and all(seq.token(p) == BOS for p in seq.x_positions)
    if history_run and term.given is not None and starts:
        given_positions |= set(seq.x_positions)

    if literal is not None:
        words, context = literal
        model = seq.model
        ctx = tuple(context)
        if not context and implicit_x:
            ctx = seq.x_tokens if not seq.opaque else ()
        key: Key = ("lit", tuple(words), ctx if model.window is None else ctx[len(ctx) - model.window :])
        known = any(_same(w, t) for w in words for t in full) or _model_knows(model, words[0])
        text = f"Pr({' '.join(words)}" + (f" | {' '.join(context)})" if context else ")")
        if not known:
            raise Unresolved(f"{' '.join(words)!r} is neither in this sequence nor in the model", term.span)
        issues.append(
            Issue(
                "wrong-token",
                f"{text} is not a factor of this sequence: " + _what_is_there(seq, words, context),
                term.span,
                "each factor predicts the next token of the sequence from the tokens before it",
            )
        )
        return ResolvedTerm((Factor(key, text),), _one_per_code(issues))

    if not target_positions:
        raise Unresolved("this probability has no target token", term.span)
    if elided:
        given_positions |= set(seq.x_positions) | set(range(1, min(target_positions)))
    factors = []
    given_set = frozenset(given_positions)
    if any(k <= 0 for k in target_positions) and any(k >= 1 for k in target_positions):
        # Pr(y_1, x): the prompt written as a target, a joint where the conditional belongs.
        issues.append(
            Issue(
                "joint-for-conditional",
                "this is the joint probability of the prompt and the tokens; the chain rule needs "
                "the conditional given the prompt",
                term.span,
                "write Pr(y_1 | x): the prompt goes after the bar",
            )
        )
        given_set = given_set | frozenset(k for k in target_positions if k <= 0)
        target_positions = [k for k in target_positions if k >= 1]
    ordered = sorted(set(target_positions))
    for index, k in enumerate(ordered):
        if k <= 0:
            issues.append(
                Issue(
                    "bos-counted",
                    f"{seq.token(k)} belongs to the prompt: it is given, never predicted",
                    term.span,
                    "the chain rule starts at the first token after the prompt",
                )
            )
            continue
        if index == k - 1 and seq.prefix_conditions(k, given_set):
            # The targets before k are y_1 … y_{k-1} (distinct, sorted, each >= 1) and with them the model
            # has all it needs: a conditional, built without spelling the prefix out (P(y | x) stays linear).
            factors.append(Factor(("cond", k), seq=seq, given=given_set, runs=(range(1, k),)))
            continue
        g = given_set.union(ordered[:index])
        key = seq.factor_key(k, g)
        factor = Factor(key, seq=seq, given=g)
        if key[0] == "future":
            later = ", ".join(seq.describe(p) for p in sorted(g) if p >= k)
            issues.append(
                Issue(
                    "future-conditioning",
                    f"{factor.text} conditions on {later}, which comes after y_{k}",
                    term.span,
                    f"y_{k} is predicted from x and the tokens before it only",
                )
            )
        elif key[0] == "marg":
            missing = seq.needed(k) - g
            names = ", ".join("x" if (p <= 0 and seq.opaque) else seq.describe(p) for p in sorted(missing))
            window = seq.model.window
            why = (
                "this model conditions every token on x and all tokens before it"
                if window is None
                else f"an order-{window + 1} n-gram model conditions on the previous {window} token(s)"
                if seq.model.kind == "ngram"
                else f"this model reads only the previous {window} token(s)"
            )
            really = _marginal_note(seq, k, g)
            issues.append(
                Issue(
                    "dropped-conditioning",
                    f"{factor.text} drops {names} from the condition; {why}{really}",
                    term.span,
                    f"write {seq.factor_text(k, seq.needed(k) | frozenset(range(1, k)) | (seq.x_positions if window is None else frozenset()))}",
                    # an opaque prompt is implicit context (P(deep) for P(deep | x)), and so is a start symbol
                    # every sequence begins with (P(the) for P(the | <s>): the same number); other prompt
                    # tokens are history, and leaving them out is another model (a Markov one)
                    loose=window is None
                    and bool(missing)
                    and missing <= seq.x_positions
                    and (seq.opaque or all(seq.token(p) == BOS for p in missing)),
                )
            )
        factors.append(factor)
    if not factors:
        raise _predicts_the_prompt("<s>", term.span)
    return ResolvedTerm(tuple(factors), _one_per_code(issues))


def _predicts_the_prompt(token: str, span: sm.Span) -> Unresolved:
    """A term whose only target is the prompt's own token (P(<s>), P(<s> | …)): bos-counted."""
    return Unresolved(
        f"{token} belongs to the prompt: it is given, never predicted",
        span,
        code="bos-counted",
        hint="drop the factor for <s>; the chain rule starts at the first real token",
    )


def _marginal_note(seq: Sequence, k: int, given: frozenset[int]) -> str:
    """What the student's term really equals, where the model can say (a marginal it sums out)."""
    prefix = sorted(p for p in given if p >= 1)
    if prefix != list(range(1, len(prefix) + 1)):
        return ""  # only a marginal over the positions right before k can be summed out
    if seq.opaque and not (seq.x_positions <= given):
        return ""  # an opaque prompt cannot be summed out
    try:
        from grader.reference.decoding import DecodingError, marginal

        value = marginal(seq.model, k, seq.y[k - 1], tuple(seq.y[: len(prefix)]), budget=20_000)
        conditional = seq.model.prob(seq.y[k - 1], seq.model.context_for(seq.y[: k - 1]))
    except (DecodingError, ValueError, KeyError, TypeError):
        return ""
    if conditional is None:
        return ""
    return f" (under this model that term is the marginal {float(value):.4g}, not the conditional {float(conditional):.4g})"


def _metavariable(word: str) -> bool:
    """w, v, h, u, w': a letter standing for any token, as in the rule P(w | v) = C(v w) / C(v)."""
    return len(word.rstrip("'")) == 1 and word[0].isalpha() and word[0].islower()


def _boundaries_named(
    parts: list[tuple[str, object, sm.Span]], seq: Sequence
) -> list[tuple[str, object, sm.Span]]:
    """`<s> w_1 … w_n </s>`: tokens written around a run of positions that are already the run's own
    ends (the prompt just before y_1, the last token restated after y_n for an n that leaves it out)
    frame the run; they add no target (read as targets, they made a run "<s> </s>" that is no factor)."""
    kinds = [kind for kind, _value, _span in parts]
    if "pos" not in kinds or "word" not in kinds:
        return parts
    out = list(parts)
    if out[0][0] == "word" and len(out) > 1 and out[1][0] == "pos" and not seq.opaque:
        words, first = out[0][1], out[1][1]
        assert isinstance(words, list) and isinstance(first, list)
        xs = list(seq.x_tokens)
        if first and first[0] == 1 and len(words) == len(xs) and all(_same(a, b) for a, b in zip(words, xs)):
            out = out[1:]  # the prompt, before y_1: context, as the bar-less sentence probability gives it
    if len(out) > 1 and out[-1][0] == "word" and out[-2][0] == "pos":
        words, run = out[-1][1], out[-2][1]
        assert isinstance(words, list) and isinstance(run, list)
        after = range(run[-1] + 1, run[-1] + 1 + len(words)) if run else range(0)
        if run and all(seq.valid(p) and _same(w, seq.token(p)) for w, p in zip(words, after, strict=True)):
            out[-1] = ("pos", list(after), out[-1][2])  # w_1 … w_n </s>: the tokens that follow the run
        elif run and len(words) == 1 and run[-1] == seq.n and _same(words[0], seq.token(seq.n)):
            out = out[:-1]  # y_n restated: the student's n counts the tokens before it
    return out


def _split(parts: list[tuple[str, object, sm.Span]]) -> tuple[list[int], list[str]]:
    """The positions named by variables, and the words written as tokens."""
    positions: list[int] = []
    words: list[str] = []
    for kind, value, _span in parts:
        (positions if kind == "pos" else words).extend(value)  # type: ignore[arg-type]
    return positions, words


def _place(full: tuple[str, ...], word: str, target: int) -> int | None:
    """Where a conditioning token stands: its last occurrence before `target`, else its first after."""
    before = [i for i in range(target) if _same(full[i], word)]
    if before:
        return before[-1]
    after = [i for i in range(target + 1, len(full)) if _same(full[i], word)]
    return after[0] if after else None


def _one_per_code(issues: list[Issue]) -> tuple[Issue, ...]:
    """One issue of each kind per term; a term with a wrong token is that one mistake only."""
    if any(i.code == "wrong-token" for i in issues):
        issues = [next(i for i in issues if i.code == "wrong-token")]
    seen: set[str] = set()
    out = []
    for issue in issues:
        if issue.code not in seen:
            seen.add(issue.code)
            out.append(issue)
    return tuple(out)


def _model_gives(model: LanguageModel, words: list[str], context: list[str]) -> bool:
    """Is Pr(word | context), read literally, something the model was given or saw: a table entry,
    or an n-gram seen in the corpus? (Smoothed and neural models give every pair some probability,
    so for them a condition on a later token of y is read as just that.)"""
    if len(words) != 1:
        return False
    ctx = tuple(context) if model.window is None else tuple(context)[len(context) - model.window :]
    if model.table is not None:
        return (ctx, words[0]) in model.table
    try:
        seen = model.count(ctx + (words[0],))
    except (KeyError, ValueError, IndexError, TypeError):
        return False
    return bool(seen)


# a position written without its underscore: y1, w2, and in a general formula yi, wi-1
_PLAIN_POSITION = re.compile(r"([yw])(?:(\d{1,2})|(?P<sym>[ijkt])(?:-(?P<back>\d))?)")


def _position_written_plain(ev: sm.Event, seq: Sequence) -> sm.Event:
    """`Pr(y2 | x, y1)`: y1 written without its underscore is y_1, and `P(wi | wi-1)` is P(w_i | w_{i-1}),
    unless the problem has a token so spelled."""
    if not isinstance(ev, sm.TokenLit):
        return ev
    m = _PLAIN_POSITION.fullmatch(ev.text)
    if m is None or any(_same(t, ev.text) for t in seq.tokens) or _model_knows(seq.model, ev.text):
        return ev
    if m[2]:
        return sm.VarRef(m[1], sm.IndexSpec("point", sm.Idx(None, int(m[2]))), ev.span)
    return sm.VarRef(m[1], sm.IndexSpec("point", sm.Idx(m["sym"], -int(m["back"] or 0))), ev.span)


def _names_sequence(word: str, seq: Sequence) -> bool:
    """A word of the student's own as the whole of an unconditioned probability (P(sentence), P(S), P(frase),
    P(seq)): their name for the sequence, as the letters y, s and w are. Not a token of the sequence or the
    model, nor one letter's edit from one (P(cats) is a token mistyped, which stays unknown), nor a letter that
    stands for any token (P(v))."""
    if not word.isalpha() or _metavariable(word) or _model_knows(seq.model, word):
        return False
    tokens = {t.lower() for t in seq.tokens} | {t.lower() for t in _vocabulary(seq.model)}
    return not any(_one_edit(word.lower(), t) for t in tokens)


def _vocabulary(model: LanguageModel) -> set[str]:
    if model.table:
        return {w for (ctx, tok) in model.table for w in (tok, *ctx)}
    return set(model.vocabulary)


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b are equal or one insertion, deletion or substitution apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _model_knows(model: LanguageModel, word: str) -> bool:
    if model.table:
        return any(_same(tok, word) or any(_same(c, word) for c in ctx) for (ctx, tok) in model.table)
    return any(_same(v, word) for v in model.vocabulary)


def _what_is_there(seq: Sequence, words: list[str], context: list[str]) -> str:
    if context:
        starts = _find_run([seq.token(p) for p in range(1 - seq.m, seq.n + 1)], context)
        for s in starts:
            p = s + 1 - seq.m + len(context)
            if 1 <= p <= seq.n:
                return f"after {' '.join(context)} the sequence has {seq.y[p - 1]!r}"
    positions = [k for k in range(1, seq.n + 1) if _same(seq.y[k - 1], words[0])]
    if positions:
        k = positions[0]
        before = seq.token(k - 1) if k - 1 >= 1 - seq.m and not (k - 1 <= 0 and seq.opaque) else "x"
        return f"{words[0]!r} is y_{k}, which follows {before!r}"
    return f"{' '.join(words)!r} does not occur in the sequence"
