"""The exit statuses every `grader` command shares, so a script can tell them apart.

0  full marks (`check`), or the command did its job (`grade`, `report`, `solve`, the autograders)
1  not full marks: the work was graded and lost marks (also unparsable work)
2  usage error, or a broken problem file, manifest or folder (the message names the file and key)
3  the grader itself failed: an internal error or a grading timeout, never a student's mistake
"""

from __future__ import annotations

EXIT_FULL = 0
EXIT_NOT_FULL = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

# Verdicts that mean the grader, not the student, failed.
GRADER_FAILURE_VERDICTS = frozenset({"error"})


def exit_for_verdict(verdict: str) -> int:
    """The status of `grader check` for a report's verdict."""
    if verdict == "correct":
        return EXIT_FULL
    if verdict in GRADER_FAILURE_VERDICTS:
        return EXIT_INTERNAL
    return EXIT_NOT_FULL


def positive_seconds(text: str) -> float:
    """An argparse type for a time budget: a finite number of seconds above 0 (not nan, inf or 0)."""
    import argparse
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not math.isfinite(value) or value <= 0 or value > 86400:
        raise argparse.ArgumentTypeError(f"expected seconds above 0 and at most 86400, got {text!r}")
    return value


def positive_megabytes(text: str) -> int:
    """An argparse type for a memory budget in MB: a whole number from 64 up."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of MB, got {text!r}") from None
    if not 64 <= value <= 1_048_576:
        raise argparse.ArgumentTypeError(f"expected at least 64 MB and at most 1048576, got {text!r}")
    return value
