"""What the student has stated so far: their names, values, aliases and slips, apart from the problem's facts.

Facts (the problem's sequence, the model's values, the asked quantity) never change while a derivation is
judged. Memory grows as it is read: `λ = 3/4` binds a name, `P(am | I) = 0.7` gives a factor the student's
own value, `C(am) = 3` their own count, so that later steps are judged from the student's own numbers
(error carried forward).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from grader.maths import semantics as sm
from grader.maths.terms import Key
from grader.reference import LanguageModel


@dataclass
class Memory:
    """The student's own values, as stated in their derivation."""

    definitions: dict[str, float] = field(default_factory=dict)  # a name the student defined → its value
    stated: dict[Key, float] = field(default_factory=dict)  # factor → the probability the student gave it
    # factor → how far that probability may be from the one they worked with, at the precision they wrote it
    stated_width: dict[Key, float] = field(default_factory=dict)
    stated_joint: dict[tuple[Key, ...], float] = field(default_factory=dict)  # a joint term → their value
    stated_sum_ln: float | None = None  # Σ ln p as the student's named quantity implies
    stated_counts: dict[tuple[str, ...], float] = field(default_factory=dict)  # C(am) → their count
    name_rounding: dict[str, float] = field(
        default_factory=dict
    )  # their name → half a unit of its last digit
    aliases: dict[object, list[sm.Expr]] = field(default_factory=dict)  # what they said an expression equals
    # (their value, the true value) of wrong results: later steps are judged from their numbers
    slips: list[tuple[float, float]] = field(default_factory=list)
    early: list[tuple[float, float]] = field(default_factory=list)  # the same, of results rounded early
    early_width: dict[float, float] = field(default_factory=dict)  # how far each early result may be off
    # the model as the student's own definitions make it (their |V|, their unigram total): later factors
    # are judged from it; None: the problem's model
    model: LanguageModel | None = None
    # the base the student's unmarked `log` stands for, where their first value of one shows it is not the
    # problem's ("log .25 = -0.6021": base 10, as engineers write it); None: the problem's own base
    log_base: str | None = None
    # the base the student's `lg` stands for: 10 where their first value of one shows it (the ISO convention,
    # lg = log10), else 2 (computer science's, lg = log2)
    lg_base: str | None = None
    roundings: list[tuple[float, sm.Span]] = field(
        default_factory=list
    )  # (relative change, where) of rounding

    @contextmanager
    def trying(self) -> Iterator[dict[str, float]]:
        """The student's definitions, to bind names in for a trial (random stand-ins for free letters, a rule's
        N, a wrong count put for N): whatever the trial binds is undone after it, however it ends."""
        saved = dict(self.definitions)
        try:
            yield self.definitions
        finally:
            self.definitions.clear()
            self.definitions.update(saved)
