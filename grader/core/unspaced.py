"""Scripts that do not space their words (Chinese, Japanese, Thai; Korean joins its particles and counters
to the word before: 2번째, 빔은), set apart letter by letter for the question kinds' word readers.

A kind's reader finds a meaning's word by its edges (`\\b`): "保留前两个" has no edge between 保留 and 前,
"第1步" none between 1 and 步. Spacing every such letter gives every one of them edges, so a table row of
Chinese words reads as a row of English words does; a table word of several such letters matches them
with or without the spaces (grader.core.lexicon). The columns of what a reader reports are mapped back to
the text as written, so a student is shown the place they wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from grader.core.report import Report
from grader.core.source import Span

# the letters of scripts that do not space their words: Thai and Lao, Myanmar (not its digits, read as
# digits), Khmer, kana, Han, Hangul
UNSPACED = (
    "\u0e00-\u0eff\u1000-\u103f\u104a-\u109f\u1780-\u17ff\u19e0-\u19ff"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
_LETTER = re.compile(f"[{UNSPACED}]")
# the stops, commas and quotes of Chinese and Japanese as ours, one character for one (columns kept): the
# kinds' readers end a sentence at 。 as at "." and part a list at 、 as at ","
MARKS = {"。": ".", "、": ",", "「": '"', "」": '"', "『": '"', "』": '"'}
_MARKS = str.maketrans(MARKS)
# what is set apart: the letters, and the signs that part their sentences, as their typeface spaces them
# ("token：k·h·L" is "token : k·h·L", "保留 the。a" ends its sentence at 。)
_APART = re.compile(f"[{UNSPACED}：，；。、]")


@dataclass(frozen=True)
class Spaced:
    """Lines with each unspaced letter set apart, and where each of their columns was in the text as written."""

    lines: list[str]
    # per line, the original 0-based column of each column of the spaced line and of its end; None: unchanged
    columns: tuple[tuple[int, ...] | None, ...]

    def span(self, span: Span) -> Span:
        """`span` of the spaced lines, in the text as written."""
        return replace(
            span,
            column=self._column(span.line, span.column),
            end_column=self._column(span.end_line, span.end_column),
        )

    def _column(self, line: int, column: int) -> int:
        at = self.columns[line - 1] if 1 <= line <= len(self.columns) else None
        if at is None or column < 1:
            return column
        return at[min(column - 1, len(at) - 1)] + 1

    def as_written(self, read: list[str]) -> list[str]:
        """Lines read in the spaced text, each edited column for column (blanked, a decimal comma read as a
        point), back in the columns as written: what is handed on (a derivation to grade) is as the student
        wrote it."""
        out = []
        for line, at in zip(read, self.columns, strict=False):
            if at is None or len(line) + 1 != len(
                at
            ):  # unchanged by the spacing, or not edited column for column
                out.append(line)
                continue
            chars = [" "] * at[-1]
            for j, char in enumerate(line):
                if at[j + 1] != at[j]:  # the character itself, not a space set before it
                    chars[at[j]] = char
            out.append("".join(chars))
        return out

    def report(self, report: Report) -> Report:
        """`report` with its diagnostics placed in the text as written."""
        if not any(self.columns):
            return report
        return replace(
            report, diagnostics=tuple(replace(d, span=self.span(d.span)) for d in report.diagnostics)
        )


def spaced(lines: list[str]) -> Spaced:
    """`lines` with a space on each side of every unspaced letter and parting sign (none doubled, none at a
    line's ends), and their stops, commas and quotes read as ours (MARKS, one character for one)."""
    out_lines: list[str] = []
    columns: list[tuple[int, ...] | None] = []
    for line in lines:
        if not _APART.search(line):
            out_lines.append(line.translate(_MARKS))
            columns.append(None)
            continue
        out: list[str] = []
        at: list[int] = []
        for k, char in enumerate(line):
            apart = bool(_APART.match(char))
            if out and not out[-1].isspace() and not char.isspace() and (apart or _APART.match(out[-1])):
                out.append(" ")
                at.append(k)
            out.append(char)
            at.append(k)
        at.append(len(line))
        out_lines.append("".join(out).translate(_MARKS))
        columns.append(tuple(at))
    return Spaced(out_lines, tuple(columns))
