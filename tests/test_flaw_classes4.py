"""Classes of analysis the flaw kind misread (blind-kinds26, answers written as trade notes and risk memos),
each right variant with full marks and its wrong twin still caught. The texts are written for these tests.

- A tick or a cross right after a line's name ("- Line 1 ✓", "- **Line 2 ✗**: …") is the verdict on that
  line: a later line said to "carry the error" is not the one blamed first.
"""

from __future__ import annotations

import pytest

from grader.flaw.answer import blamed_line
from tests.test_flaw_classes import MULTIPLIED

_FIX = "\nCorrected:\nlog Pr(y|x) = -0.7 + (-0.4) = -1.1\n"


def _marked(one: str, two: str) -> str:
    return (
        f"- Line 1 {one} (chain rule in log space)\n"
        f"- **Line 2 {two}**: it multiplies the log-probs; they add, since log(ab) = log a + log b.\n"
        "- Line 3 just carries the error.\n" + _FIX
    )


# (problem, right analysis, its wrong twin, the code the twin must earn)
CLASSES = [
    (MULTIPLIED, _marked("✓", "✗"), _marked("✗", "✓"), "wrong-line-blamed"),
    (MULTIPLIED, _marked("✔", "❌"), _marked("❌", "✔"), "wrong-line-blamed"),
]


@pytest.mark.parametrize(
    ("marks", "blamed"),
    [(("✓", "✗"), 2), (("✅", "✘"), 2), (("✗", "✓"), 1), (("", ""), 3)],
)
def test_a_mark_beside_a_lines_name_is_its_verdict(marks: tuple[str, str], blamed: int) -> None:
    found = blamed_line(_marked(*marks).splitlines(), ("a", "b", "c"))
    assert found is not None and found.line == blamed
