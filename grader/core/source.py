"""Where something sits in a student's text: a span of lines and columns (1-based, end exclusive)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of source text from (line, column) to (end_line, end_column), end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
