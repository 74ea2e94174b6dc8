"""Work the student takes back in words, in any question kind: "wait, that's wrong — redo:", "oops", "EDIT:",
"ignore the line above", a cross against their own line. Which work a retraction takes back is the kind's to
say (a derivation's statement it names again, a decoding step written again after it)."""

from __future__ import annotations

import re

# A student taking back what they just wrote: "wait, that's wrong — redo:", "oops, I multiplied the logs",
# "correction: …", "… should be …", "that doesn't look right, redid it", "hmm wait, C(Sam) is 2 not 1"
# (a value set right against the one written: "is 2, not 1").
RETRACTION = re.compile(
    r"\b(?:that'?s\s+(?:wrong|not\s+right)|(?:is|was)\s+wrong|can'?t\s+be\s+right|my\s+mistake|wait"
    r"|is\s+[-−]?\d[\d.,/]*\s*,?\s+not\s+[-−]?\d[\d.,/]*"
    r"|i\s+made\s+a\s+mistake|oops|scratch\s+that|re-?do|redid"
    r"|ignore\s+(?:that|this|the\s+(?:(?:line|step|part)\s+)?above|the\s+(?:previous|last)\s+(?:line|step))"
    r"|should\s+(?:be|have\s+been|read)|does(?:n'?t|\s+not)\s+look\s+right)\b|\b(?:correction|edit)\s*:"
    # a cross the student puts against their own work, opening the line that says why: "✗ used row 1 again"
    r"|^\s*[✗✘❌]|(?<=\s)[✗✘❌](?=\s+\w)",
    re.IGNORECASE,
)
CROSSES = ("✗", "✘", "❌")


# a retraction in brackets ("(oops — on scratch paper …)") or on an answer's line is an aside
_ASIDE = re.compile(r"\s*[(\[]|\s*(?:\*\*)?(?:final\s+)?answer", re.IGNORECASE)


def retraction_at(line: str) -> re.Match[str] | None:
    """Where the line takes back work written before it, or None (none, or only as an aside)."""
    return None if _ASIDE.match(line) else RETRACTION.search(line)


def retraction_lines(lines: list[str] | tuple[str, ...]) -> tuple[int, ...]:
    """The lines (1-based) that take back work written before them."""
    return tuple(number for number, line in enumerate(lines, start=1) if retraction_at(line))
