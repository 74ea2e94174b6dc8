"""A MATLAB/Octave command-window session is read as what it states (grader/maths/session.py): the
printed value of a single-statement input is that input's continuation `= v`, in the same columns;
what cannot be tied to one input stays as printed; nothing typed is evaluated."""

from __future__ import annotations

import pytest

from grader.maths.session import read_session

SESSIONS = [
    # (lines, as read, 0-based indices of the typed inputs)
    ([">> mA = (-0.7 + (-0.4))/2", "mA = -0.5500"], ["   mA = (-0.7 + (-0.4))/2", "   = -0.5500"], [0]),
    ([">> f - w", "ans = 2.0000"], ["   f - w", "    = 2.0000"], [0]),  # an unassigned input's `ans`
    # Octave's value on a line of its own, after a blank line: the `=` goes into its indent
    ([">> x = -0.7 + (-0.4)", "x =", "", "  -1.1000"], ["   x = -0.7 + (-0.4)", "   ", "", "= -1.1000"], [0]),
    # two statements, two values: neither is tied to the line as a whole
    (
        [">> sum(A), sum(B)", "ans = -1.1", "ans = -1.4"],
        ["   sum(A), sum(B)", "ans = -1.1", "ans = -1.4"],
        [0],
    ),
    (
        [">> exp([a b])", "ans =", "   0.33   0.17"],
        ["   exp([a b])", "ans =", "   0.33   0.17"],
        [0],
    ),  # a vector
    ([">> a = [-0.7 -0.4];", "ans = 3"], ["   a = [-0.7 -0.4] ", "ans = 3"], [0]),  # silenced: prints nothing
    ([">> a = 1 + 2", "b = 3"], ["   a = 1 + 2", "b = 3"], [0]),  # another name: not this input's value
    ([">> x = 1 + 2", "x =", "-1.1"], ["   x = 1 + 2", "x =", "-1.1"], [0]),  # no indent to hold `=`
    ([">> x = 1 + 2     % three", "x = 3"], ["   x = 1 + 2            ", "  = 3"], [0]),  # a remark goes
    ([">>> x = 1 + 2", "3"], [">>> x = 1 + 2", "3"], []),  # Python's console is another reader's
    # outside a session: a remark after a statement goes; a percentage, a format string, a shown value
    # ("% = 0.2", which the derivation reader reads) and a whole-line comment stay
    (["x = 0.5*0.4;   % from the table"], ["x = 0.5*0.4;                   "], []),
    (["25 % of them", "fprintf('%.3f', x)", "y = 0.2   % = 0.2", "% Full model"], None, []),
]


@pytest.mark.parametrize(("lines", "expected", "inputs"), SESSIONS)
def test_a_session_is_read_as_what_it_states(
    lines: list[str], expected: list[str] | None, inputs: list[int]
) -> None:
    session = read_session(lines)
    assert session.lines == (lines if expected is None else expected)
    assert sorted(session.inputs) == inputs
    assert [len(line) for line in session.lines] == [len(line) for line in lines]  # every column stays
