"""Classes of analysis the flaw kind misread (blind-kinds23, answers laid out like an engineer's
calculation sheet: Ref. / Check / Output columns, OK and NOT OK against each check, a boxed output),
each right variant with full marks and its wrong twin still caught. The texts are written for these tests.

- A check marked "NOT OK" (or a line called "not correct", "not right") was read as excused, because
  "OK" and "correct" excuse a line: a denied excuse is a blame.
- The sheet's output "first wrong line = 2" names the line as the answer, with no "line 2" in it: the
  name itself blames the line.
- A Markdown table row writes the bar of Pr(y\\|x) escaped so it does not end the cell: it is the bar it
  renders, so the fix in the row is read (LaTeX's `\\|`, outside a table, is left alone).
"""

from __future__ import annotations

import pytest

from grader.flaw.answer import blamed_line, unescaped_pipes
from tests.test_flaw_classes import DROPPED, MULTIPLIED

_HEAD = "| Ref. | Check | Output |\n|---|---|---|\n"
_ROWS_DROPPED = (
    "| C3 | log Pr(y\\|x) = log Pr(y_1\\|x) + log Pr(y_2\\|x, y_1) | |\n| C4 | = -0.7 + ({v}) | {r} |\n"
)
_FIX_MULTIPLIED = "| C3 | log Pr(y\\|x) = {e} | {r} |\n"


def _sheet(first: str, second: str, rows: str) -> str:
    """A check sheet: two checks with their verdicts, then the rows of the fix."""
    return _HEAD + f"| C1 | {first} |\n| C2 | {second} |\n" + rows


# (problem, right analysis, its wrong twin, the code the twin must earn)
CLASSES = [
    # NOT OK in the verdict column of the row naming the line; the other line OK
    (
        DROPPED,
        _sheet(
            "line 1: second term drops y_1 from the conditioning | NOT OK",
            "line 2: values substituted as line 1 says | OK",
            _ROWS_DROPPED.format(v="-0.4", r="-1.1"),
        ),
        _sheet(
            "line 1: chain rule, each token conditioned on what came before | OK",
            "line 2: second term drops y_1 from the conditioning | NOT OK",
            _ROWS_DROPPED.format(v="-0.4", r="-1.1"),
        ),
        "wrong-line-blamed",
    ),
    # the same sheet for the other problem, the mistake named wrongly in the twin
    (
        MULTIPLIED,
        _sheet(
            "line 1: chain rule in log form | OK",
            "line 2: multiplies the logs instead of adding them | NOT OK",
            _FIX_MULTIPLIED.format(e="(-0.7) + (-0.4)", r="-1.1"),
        ),
        _sheet(
            "line 1: chain rule in log form | OK",
            "line 2: drops y_1 from the conditioning | NOT OK",
            _FIX_MULTIPLIED.format(e="(-0.7) + (-0.4)", r="-1.1"),
        ),
        "wrong-mistake-named",
    ),
    # a check written out in sentences: "not correct", "not OK" after a dash
    (
        DROPPED,
        "Check 1. Line 1 is not correct: it drops y_1 from the conditioning of the second token.\n"
        "Correction: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n",
        "Check 1. Line 1 is correct. Line 2 is not correct: it drops y_1 from the conditioning.\n"
        "Correction: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n",
        "wrong-line-blamed",
    ),
    (
        MULTIPLIED,
        "Ref. 2 - line 2 multiplies the logs instead of adding them - NOT OK.\n"
        "Correction: log Pr(y|x) = (-0.7) + (-0.4) = -1.1\n",
        "Ref. 2 - line 2 multiplies the logs instead of adding them - NOT OK.\n"
        "Correction: log Pr(y|x) = (-0.7)(-0.4) = 0.28\n",
        "multiplied-log-probs",
    ),
    # the line named only in the sheet's boxed output
    (
        MULTIPLIED,
        "Check: the logs are multiplied instead of added. NOT OK.\n"
        "**Output: first wrong line = 2; log Pr(y|x) = (-0.7) + (-0.4) = -1.1**\n",
        "Check: the logs are multiplied instead of added. NOT OK.\n"
        "**Output: first wrong line = 3; log Pr(y|x) = (-0.7) + (-0.4) = -1.1**\n",
        "wrong-line-blamed",
    ),
    (
        DROPPED,
        "The incorrect step is 1: it drops y_1 from the conditioning of the second token.\n"
        "Correction: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n",
        "The incorrect step is 2: it drops y_1 from the conditioning of the second token.\n"
        "Correction: log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n",
        "wrong-line-blamed",
    ),
    # escaped bars in the fix's table row: read, so a fix that still drops y_1 is caught
    (
        DROPPED,
        "Line 1 is wrong: it drops y_1 from the conditioning.\n\n"
        + _HEAD
        + _ROWS_DROPPED.format(v="-0.4", r="-1.1"),
        "Line 1 is wrong: it drops y_1 from the conditioning.\n\n"
        + _HEAD
        + "| C3 | log Pr(y\\|x) = log Pr(y_1\\|x) + log Pr(y_2\\|x) | |\n| C4 | = -0.7 + (-0.4) | -1.1 |\n",
        "dropped-conditioning",
    ),
]


FLAWED = ("a = b", "= c", "= d")
# (analysis, the line blamed)
BLAMES = [
    ("line 2: values put in | NOT OK", 2),
    ("line 1 | OK\nline 2 | not ok", 2),
    ("Line 1 is not right; line 2 is correct.", 1),
    ("Line 2 isn't correct.", 2),
    ("first wrong line = 3", 3),
    ("The faulty step: step 2.", 2),
    # an excuse that is not denied still excuses, and so does a denied blame
    ("line 1: chain rule | OK", None),
    ("Line 1 is not wrong, it is correct.", None),
    ("Line 2 is OK, line 3 is not OK.", 3),
    # a wrong line asked about, not answered, names no line
    ("Which is the first wrong line?", None),
]


@pytest.mark.parametrize(("text", "line"), BLAMES)
def test_a_denied_excuse_or_a_stated_wrong_line_is_the_blame(text: str, line: int | None) -> None:
    found = blamed_line(text.splitlines(), FLAWED)
    assert (found.line if found else None) == line


PIPES = [
    ("| 1 | Pr(y\\|x) = 0.3 | OK |", "| 1 | Pr(y |x) = 0.3 | OK |"),
    ("1 | Pr(y\\|x) = 0.3 | OK", "1 | Pr(y |x) = 0.3 | OK"),  # a row without its outer walls
    ("$\\|v\\| = 1$", "$\\|v\\| = 1$"),  # LaTeX's norm bars, not in a table
    ("| Pr(y | x) = 0.3 |", "| Pr(y | x) = 0.3 |"),  # nothing escaped
]


@pytest.mark.parametrize(("line", "read"), PIPES)
def test_an_escaped_bar_is_unescaped_only_in_a_table_row(line: str, read: str) -> None:
    assert unescaped_pipes([line]) == [read]
    assert len(read) == len(line)  # columns of diagnostics stay where the student wrote them
