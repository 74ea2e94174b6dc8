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
    # "… should be …" sets a value right; "as it should be", "what they should be" agree with one
    r"|(?<!as it )(?<!as they )(?<!as this )(?<!as that )(?<!what it )(?<!what they )should\s+(?:be|have\s+been|read)"
    r"|does(?:n'?t|\s+not)\s+look\s+right)\b|\b(?:correction|edit|update)\s*:"
    # a cross the student puts against their own work, opening the line that says why: "✗ used row 1 again"
    r"|^\s*[✗✘❌]|(?<=\s)[✗✘❌](?=\s+\w)",
    re.IGNORECASE,
)
CROSSES = ("✗", "✘", "❌")


# a retraction in brackets ("(oops — on scratch paper …)") or on an answer's line is an aside
_ASIDE = re.compile(r"\s*[(\[]|\s*(?:\*\*)?(?:final\s+)?answer", re.IGNORECASE)


# What the student reports having written before and has since taken back, quoted in a correction: "first
# I wrote C(am)=1, it's 2", "I had P(am|I) = 2/14 at first", "originally I used N = 5; it is 4". The quoted
# work runs from the report to the first clause boundary after it (a comma or semicolon before a space, a
# dash, an arrow, "but", "now", "it's …"), or to the time word that closes it ("… at first").
_WHEN = r"(?:at\s+first|first|originally|initially|earlier|previously|before|by\s+mistake|mistakenly|wrongly)"
_WROTE = r"(?:wrote|had|put|used|typed|got|had\s+(?:written|put|typed|used))"
_REPORTED = re.compile(
    rf"\b(?:{_WHEN}\s*,?\s*i\s+{_WROTE}|i\s+{_WHEN}\s+{_WROTE}|i\s+had\s+(?:written|typed))\b"
    rf"|\bi\s+{_WROTE}\b(?=[^,;]*?\b(?:at\s+first|first|originally|initially|by\s+mistake)\b)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    rf"[,;]\s|\s[-–—]+\s|→|->|=>|\b(?:but|now|it'?s|it\s+is|should|{_WHEN})\b", re.IGNORECASE
)


def reported_earlier(line: str) -> list[tuple[int, int]]:
    """The stretches of the line (1-based columns, end exclusive) quoting work the student reports having
    written before: a quotation of what they took back, not a claim."""
    out = []
    for m in _REPORTED.finditer(line):
        end = _CLAUSE_END.search(line, m.end())
        out.append((m.end() + 1, (end.start() if end else len(line)) + 1))
    return out


def retraction_at(line: str) -> re.Match[str] | None:
    """Where the line takes back work written before it, or None (none, or only as an aside)."""
    return None if _ASIDE.match(line) else RETRACTION.search(line)


def retraction_lines(lines: list[str] | tuple[str, ...]) -> tuple[int, ...]:
    """The lines (1-based) that take back work written before them."""
    return tuple(number for number, line in enumerate(lines, start=1) if retraction_at(line))
