"""How a problem statement may print a model's probability: rounded to a few decimals or significant figures.
A student who works from the printed numbers (0.2360 for 0.235995) is right; the checks and the diagnoses try each
of these forms."""

from __future__ import annotations

from collections.abc import Callable

PLACES = (2, 3, 4)  # decimals a statement prints a probability to
FIGURES = (2, 3, 4)  # significant figures it prints one to


def roundings(
    places: tuple[int, ...] = PLACES, figures: tuple[int, ...] = FIGURES
) -> list[Callable[[float], float]]:
    """Each way of printing a probability: to each number of `places`, then to each number of `figures`."""
    return [lambda p, d=d: round(p, d) for d in places] + [
        lambda p, g=g: float(f"{p:.{g}g}") for g in figures
    ]
