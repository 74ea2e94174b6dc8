"""Classes of analysis the flaw kind misread (issue 10, blind-kinds2): each right variant earns full marks
and its wrong twin stays caught. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.core.question import load_question
from grader.flaw.answer import blamed_line
from grader.flaw.grade import grade_flaw
from tests.conftest import ROOT

MULTIPLIED = ROOT / "problems/flaw/multiplied-logs.toml"  # line 2 multiplies the logs
DROPPED = ROOT / "problems/flaw/dropped-conditioning.toml"  # line 1 drops y_1 from the condition

FIX_MULTIPLIED = "\nCorrection:\nlog Pr(y | x) = (-0.7) + (-0.4)\n= -1.1\n"
WHY_MULTIPLIED = "it multiplies the logs instead of adding them."
WHY_DROPPED = "it drops y_1 from the conditioning of the second token."
FIX_DROPPED = (
    "\nCorrection:\nlog Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n= -0.7 + (-0.4)\n= -1.1\n"
)

# (problem, right analysis, its wrong twin, the code the twin must earn)
CLASSES = [
    # a line excused at the end of its sentence ("…, so that one is fine"), the blame in the next one
    (
        MULTIPLIED,
        "Line 1 just restates the chain rule, so that one is fine. Line 2 is where it goes wrong: "
        + WHY_MULTIPLIED
        + FIX_MULTIPLIED,
        "Line 2 just substitutes the values, so that one is fine. Line 3 is where it goes wrong: "
        + WHY_MULTIPLIED
        + FIX_MULTIPLIED,
        "wrong-line-blamed",
    ),
    (
        DROPPED,
        "Step 2 only plugs numbers in and is okay given step 1; step 1 is the mistake, "
        + WHY_DROPPED
        + FIX_DROPPED,
        "Step 1 only writes the chain rule and is okay; step 2 is the mistake, " + WHY_DROPPED + FIX_DROPPED,
        "wrong-line-blamed",
    ),
    # two lines named in one sentence: each owns its own words
    (
        MULTIPLIED,
        "Line 1 is fine but line 2 is wrong: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "Line 2 is fine but line 3 is wrong: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "wrong-line-blamed",
    ),
    # a blame word that is denied ("nothing wrong with line 1") does not blame that line
    (
        DROPPED,
        "There is nothing wrong with line 2 in itself; the error is already in line 1: "
        + WHY_DROPPED
        + FIX_DROPPED,
        "There is nothing wrong with line 1 in itself; the error is in line 2: " + WHY_DROPPED + FIX_DROPPED,
        "wrong-line-blamed",
    ),
    # a correction written as a bulleted list is read as a derivation, not "no corrected computation"
    (
        MULTIPLIED,
        "First wrong line: line 2; "
        + WHY_MULTIPLIED
        + "\nCorrection:\n• log Pr(y | x) = (-0.7) + (-0.4)\n• = -1.1\n",
        "First wrong line: line 2; "
        + WHY_MULTIPLIED
        + "\nCorrection:\n• log Pr(y | x) = (-0.7) + (-0.4)\n• = -1.3\n",
        "arithmetic-error",
    ),
]


# (issue 10, blind-kinds3) the same contract for the classes the third blind set showed
CLASSES_3 = [
    # an exam part's label before the correction marker: "(c) Correction", "c) Fixed", "Part (iii): Corrected"
    *(
        (
            DROPPED,
            f"(a) Line 1.\n(b) Line 1 {WHY_DROPPED} It uses log Pr(y_2 | x) = -2.3, a first word's value.\n"
            f"{label} log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1) = -0.7 + (-0.4) = -1.1",
            f"(a) Line 1.\n(b) Line 1 {WHY_DROPPED} It uses log Pr(y_2 | x) = -2.3, a first word's value.\n"
            f"{label} log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x) = -0.7 + (-0.4) = -1.1",
            "dropped-conditioning",
        )
        for label in (
            "(c) Correction:",
            "c) Fixed:",
            "**(c) Corrected computation.**",
            "Part (iii): Correction:",
        )
    ),
    # a piece of the flawed line quoted in LaTeX to blame it, with no marker before the fix
    (
        DROPPED,
        "The rule is $\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x, y_1)$; line 1 is wrong, "
        "writing $\\log\\Pr(y_2\\mid x)$: it drops y_1 from the conditioning.\n"
        "$$\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x, y_1) = -0.7 + (-0.4) = -1.1$$",
        "The rule is $\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x, y_1)$; line 1 is wrong, "
        "writing $\\log\\Pr(y_2\\mid x)$: it drops y_1 from the conditioning.\n"
        "$$\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x) = -0.7 + (-0.4) = -1.1$$",
        "dropped-conditioning",
    ),
    (
        MULTIPLIED,
        "Line 2 is wrong: `(-0.7)(-0.4)` multiplies the logs instead of adding them.\n"
        "log Pr(y | x) = (-0.7) + (-0.4) = -1.1",
        "Line 2 is wrong: `(-0.7)(-0.4)` multiplies the logs instead of adding them.\n"
        "log Pr(y | x) = (-0.7)(-0.4) = 0.28",
        "multiplied-log-probs",
    ),
]


def _problem(path: Path):  # type: ignore[no-untyped-def]
    return load_question(path).problem  # type: ignore[attr-defined]


def test_an_unread_line_earns_no_line_credit_and_is_reviewed() -> None:
    """The line is a choice the question asks for: unread, it is not given away, and a person looks."""
    text = "Something goes wrong when the numbers are combined: " + WHY_MULTIPLIED + FIX_MULTIPLIED
    report = grade_flaw(text, _problem(MULTIPLIED))
    assert "flaw-unrecognised" in report.codes and report.needs_review
    assert report.parts["line"] == 0.0 and report.score < report.max_score
    named = grade_flaw("Line 2 is wrong: " + WHY_MULTIPLIED + FIX_MULTIPLIED, _problem(MULTIPLIED))
    assert (named.verdict, named.score) == ("correct", named.max_score)


FLAWED = ("a = b", "= c", "= d")
BLAMES = [
    ("Line 1 holds, so it's fine. The second line is the first wrong one.", 2),
    ("The mistake is in line 3, not line 2.", 3),
    ("Line 2 is not wrong; line 3 is.", 3),  # denied for 2, nothing said of 3 but it is named: neutral
    ("In line 2 the values are put in.", 2),  # no verdict at all: the first line named
    ("Line 1 is correct. Line 2 is correct.", None),  # every line named is excused
    ("We use 0.7 and 1.5 in line 2, which is wrong.", 2),  # a decimal point does not end the sentence
    # a line named in another language the class writes in
    ("**Zeile 3** enthält den Fehler.", 3),
    ("La línea 2 es la primera incorrecta.", 2),
    ("Ligne 1 : correct. Ligne 2 : faux.", 2),  # "correct" excuses line 1
    ("Paso 3: the error is here.", 3),
]


@pytest.mark.parametrize(("text", "line"), BLAMES)
def test_the_blamed_line_is_the_one_called_wrong(text: str, line: int | None) -> None:
    found = blamed_line(text.splitlines(), FLAWED)
    assert (found.line if found else None) == line


QUOTES = [
    ("The mistake is $\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x)$.", 1),
    ("The mistake is \\(\\log \\Pr(y \\mid x) = \\log \\Pr(y_1 \\mid x) + \\log \\Pr(y_2 \\mid x)\\).", 1),
    ("The mistake is the step = -0.7 + (-2.3).", 2),
    ("The mistake is $\\log\\Pr(y\\mid x) = \\log\\Pr(y_1\\mid x) + \\log\\Pr(y_2\\mid x, y_1)$.", None),
]


@pytest.mark.parametrize(("text", "line"), QUOTES)
def test_a_flawed_line_quoted_plainly_or_in_latex_is_the_one_blamed(text: str, line: int | None) -> None:
    """A quote is found in LaTeX dress (\\mid, \\log, $); the right line, quoted, is not the flawed one."""
    found = blamed_line([text], _problem(DROPPED).flawed)
    assert (found.line if found else None) == line


# (issue 10, blind-kinds5) the classes the fifth blind set showed, the same contract
WHY_MULTIPLIED_ONLY = "Line 2 is the first wrong line: it multiplies the logs instead of adding them.\n"
CLASSES_5 = [
    # the correction numbered as the flawed calculation numbers its lines: the numbers label lines
    (
        DROPPED,
        "Line 1 is wrong: " + WHY_DROPPED + "\nFixed:\n"
        "  1  log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n  2               = -0.7 + (-0.4)\n"
        "  3               = -1.1\n",
        "Line 1 is wrong: " + WHY_DROPPED + "\nFixed:\n"
        "  1  log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x, y_1)\n  2               = -0.7 + (-0.4)\n"
        "  3               = -1.3\n",
        "arithmetic-error",
    ),
    (
        MULTIPLIED,
        WHY_MULTIPLIED_ONLY + "Correct version:\n1. log Pr(y | x) = (-0.7) + (-0.4)\n2. = -1.1\n",
        WHY_MULTIPLIED_ONLY + "Correct version:\n1. log Pr(y | x) = (-0.7) + (-0.4)\n2. = -0.28\n",
        "arithmetic-error",
    ),
    # … or as a table whose first column numbers the lines
    (
        MULTIPLIED,
        WHY_MULTIPLIED_ONLY + "| # | corrected |\n|---|---|\n| 1 | log Pr(y | x) = (-0.7) + (-0.4) |\n"
        "| 2 | = -1.1 |\n",
        WHY_MULTIPLIED_ONLY + "| # | corrected |\n|---|---|\n| 1 | log Pr(y | x) = (-0.7) + (-0.4) |\n"
        "| 2 | = -1.2 |\n",
        "arithmetic-error",
    ),
    # a ~ in the correction is "about" (Pr ~ 0.33), not LaTeX's space that joins two numbers into a product
    (
        MULTIPLIED,
        WHY_MULTIPLIED_ONLY + "Fix:\nlog Pr(y | x) = (-0.7) + (-0.4) = -1.1\nPr(y | x) = exp(-1.1) ~ 0.333\n",
        WHY_MULTIPLIED_ONLY + "Fix:\nlog Pr(y | x) = (-0.7) + (-0.4) = -1.2\nPr(y | x) = exp(-1.2) ~ 0.301\n",
        "arithmetic-error",
    ),
    (
        DROPPED,
        "Line~1 is wrong: " + WHY_DROPPED + FIX_DROPPED.rstrip("\n") + "    (Pr ~ 0.33)\n",
        "Line~2 is wrong: " + WHY_DROPPED + FIX_DROPPED.rstrip("\n") + "    (Pr ~ 0.33)\n",
        "wrong-line-blamed",
    ),
    # the token before named in words: the first token, the 1st word, the previous token
    *(
        (
            DROPPED,
            f"Line 1 is wrong: the second token {says}." + FIX_DROPPED,
            f"Line 2 is wrong: the second token {says}." + FIX_DROPPED,
            "wrong-line-blamed",
        )
        for says in (
            "depends on the 1st token, which line 1 forgets",
            "must be conditioned on the first word as well",
            "should depend on the preceding token too",
        )
    ),
]

# (issue 10, blind-kinds9) a correction suggested as a diff: its removed lines restate the flaw, its added
# lines (without the + mark) are the corrected computation, in a ```diff fence or as a run of -/+ lines
DIFF_DROPPED = (
    "-log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | x)\n-              = -0.7 + (-2.3)\n-              = -3.0\n"
    "+log Pr(y | x) = log Pr(y_1 | x) + log Pr(y_2 | {c})\n+              = -0.7 + {v}\n+              = {r}\n"
)
DIFF_MULTIPLIED = "- log Pr(y | x) = (-0.7)(-0.4) = 0.28\n+ log Pr(y | x) = (-0.7) + (-0.4) = {r}\n"
CLASSES_9 = [
    (
        DROPPED,
        "Line 1 is wrong: it drops y_1 from the conditioning of the second token.\n\nProposed patch:\n\n"
        "```diff\n" + DIFF_DROPPED.format(c="x, y_1", v="(-0.4)", r="-1.1") + "```\n",
        "Line 1 is wrong: it drops y_1 from the conditioning of the second token.\n\nProposed patch:\n\n"
        "```diff\n" + DIFF_DROPPED.format(c="x", v="(-2.3)", r="-3.0") + "```\n",
        "dropped-conditioning",
    ),
    (
        DROPPED,
        "* step 1 is the bug, the second factor ignores the first token\n\n~~~patch\n@@ -1,3 +1,3 @@\n"
        + DIFF_DROPPED.format(c="x, y_1", v="(-0.4)", r="-1.1")
        + "~~~\n",
        "* step 1 is the bug, the second factor ignores the first token\n\n~~~patch\n@@ -1,3 +1,3 @@\n"
        + DIFF_DROPPED.format(c="x, y_1", v="(-0.4)", r="-1.3")
        + "~~~\n",
        "arithmetic-error",
    ),
    (
        MULTIPLIED,
        "Line 2 multiplies the logs instead of adding them. As a change to lines 2 and 3:\n\n"
        + DIFF_MULTIPLIED.format(r="-1.1"),
        "Line 2 multiplies the logs instead of adding them. As a change to lines 2 and 3:\n\n"
        + DIFF_MULTIPLIED.format(r="-1.2"),
        "arithmetic-error",
    ),
]


# (blind-kinds4) the line named in another language is the line blamed: no review, and a wrong one is caught
CLASSES_9 += [
    (
        MULTIPLIED,
        "Riga 2 è sbagliata: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "Riga 3 è sbagliata: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "wrong-line-blamed",
    ),
    (
        DROPPED,
        "Erro na linha 1: " + WHY_DROPPED + FIX_DROPPED,
        "Erro na linha 2: " + WHY_DROPPED + FIX_DROPPED,
        "wrong-line-blamed",
    ),
]


# a list of "- " bullets is no diff: each is read as it stands
def test_bullets_that_quote_the_flaw_are_not_a_diff() -> None:
    text = (
        "Line 1 is wrong: "
        + WHY_DROPPED
        + "\n- it writes log Pr(y_2 | x)\n- the fix is below\n"
        + FIX_DROPPED
    )
    right = grade_flaw(text, _problem(DROPPED))
    assert right.verdict == "correct" and right.score == right.max_score
    wrong = grade_flaw(text.replace("= -1.1", "= -1.3"), _problem(DROPPED))
    assert wrong.verdict == "incorrect" and "arithmetic-error" in wrong.codes


# a mistake named only in a clause that calls it fine or denies it is not the mistake blamed: the
# analysis names none the grader knows (a warning, reviewed); said plainly, it is the wrong mistake
EXCUSED = [
    "(the arithmetic -0.7 - 2.3 = -3.0 is fine)",
    "The arithmetic in lines 2-3 is perfectly fine.",
    "There is no arithmetic error.",
    "Nothing is wrong with the arithmetic.",
]


@pytest.mark.parametrize("remark", EXCUSED)
def test_a_mistake_called_fine_is_not_named(remark: str) -> None:
    why = "Line 1 is wrong: Pr(y_2 | x) should read Pr(y_2 | x, y_1). "
    right = grade_flaw(why + remark + FIX_DROPPED, _problem(DROPPED))
    assert right.verdict == "correct" and right.score == right.max_score
    assert "wrong-mistake-named" not in right.codes and right.needs_review  # unread: a person reads it
    wrong = grade_flaw(why + "The arithmetic is wrong." + FIX_DROPPED, _problem(DROPPED))
    assert wrong.verdict == "incorrect" and "wrong-mistake-named" in wrong.codes


# (issue 10, blind-kinds11) prose that reasons first: a line named as a landmark, the place a mistake comes
# before or after ("it must have gone wrong before line 3"), is not the line blamed
CLASSES_11 = [
    (
        MULTIPLIED,
        "A positive log-probability is impossible, so the calculation went wrong before line 3. "
        "Line 1 is the chain rule, fine. Line 2 is the mistake: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "A positive log-probability is impossible, so the calculation went wrong before line 3. "
        "Line 2 is fine. Line 1 is the mistake: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "wrong-line-blamed",
    ),
    (
        DROPPED,
        "Nothing after step 1 is in error as arithmetic. The flaw is in step 1: " + WHY_DROPPED + FIX_DROPPED,
        "Nothing after step 1 is in error as arithmetic. The flaw is in step 2: " + WHY_DROPPED + FIX_DROPPED,
        "wrong-line-blamed",
    ),
    (
        MULTIPLIED,
        "The error creeps in prior to line 3, in line 2: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "The error creeps in prior to line 2, in line 1: " + WHY_MULTIPLIED + FIX_MULTIPLIED,
        "wrong-line-blamed",
    ),
]

LANDMARKS = [
    # (text, the line blamed)
    ("It goes wrong before line 3. Line 2 is the mistake.", 2),
    ("Everything after line 1 is wrong; line 2 is the mistake.", 2),
    ("Up to line 2 it is wrong, and line 1 is the mistake.", 1),
    ("The mistake made by line 3 is wrong.", 3),  # "by" names the line that makes it
    ("The error comes from line 2.", 2),  # "from" names its source
    ("It goes wrong before line 3.", None),  # a landmark alone blames nothing
]


@pytest.mark.parametrize(("text", "line"), LANDMARKS)
def test_a_line_named_as_a_landmark_is_not_blamed(text: str, line: int | None) -> None:
    found = blamed_line([text], FLAWED)
    assert (found.line if found else None) == line


# every round's classes, one contract
@pytest.mark.parametrize(
    ("path", "right", "wrong", "code"), CLASSES + CLASSES_3 + CLASSES_5 + CLASSES_9 + CLASSES_11
)
def test_right_analysis_gets_full_marks_and_its_twin_is_caught(
    path: Path, right: str, wrong: str, code: str
) -> None:
    good = grade_flaw(right, _problem(path))
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, [])
    bad = grade_flaw(wrong, _problem(path))
    assert bad.verdict == "incorrect" and bad.score < bad.max_score
    assert code in bad.codes
