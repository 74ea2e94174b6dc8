"""What the student has stated so far: their own names and values, kept apart from the problem's facts.

Facts (the problem's sequence, the model's values, the asked quantity) never change while a derivation is
judged. Memory grows as it is read: `λ = 3/4` binds a name, `P(am | I) = 0.7` gives a factor the student's
own value, `C(am) = 3` their own count, so that later steps are judged from the student's own numbers
(error carried forward).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grader.maths.terms import Key


@dataclass
class Memory:
    """The student's own values, as stated in their derivation."""

    definitions: dict[str, float] = field(default_factory=dict)  # a name the student defined → its value
    stated: dict[Key, float] = field(default_factory=dict)  # factor → the probability the student gave it
    stated_joint: dict[tuple[Key, ...], float] = field(default_factory=dict)  # a joint term → their value
    stated_sum_ln: float | None = None  # Σ ln p as the student's named quantity implies
    stated_counts: dict[tuple[str, ...], float] = field(default_factory=dict)  # C(am) → their count
