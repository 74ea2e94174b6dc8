"""Classes of comparison the compare kind misread (blind-kinds20, answers written like law students'
memos): each right variant earns full marks and its wrong twin stays caught. The texts are written for
these tests.

1. Paragraph numbers in outline order (1.1, 1.2, 2.1 …) at the start of lines: the derivation reader
   took "2.1" for a number and could not read "2.1 Response A: -0.7 + …", so right work lost credit.
   Numbers that follow an outline are blanked before reading; a value at a line's start ("1.1 / 2 =
   0.55") or one out of order ("2.01 times …" after 3.1) is not a paragraph number.
2. Footnotes: a line "[1] Bengio et al., JMLR 2003." whose mark is set in the text ("chain rule,[1]")
   cites an authority, yet its year was read as the ratio stated last. A footnote and its marks are
   blanked; a bracketed number no text refers to stays as written.
3. A heading in words that ends on the candidate ("Mean log-probability of A:", "Average for B =")
   named no candidate, so the line joined the section above it; "… for B = -1.4 / 3 = …" was also
   unreadable as an equation whose left side is words. It is now the candidate's label.
4. A quantity's name beside its value among a line's statements ("…, perplexity 1.59", "perplexity
   e^0.55 = 1.73"): the derivation reader multiplied the name by the value (shared change in
   grader/derivation/grade.py: the ledger reading "Perplexity 2.12" already used for a lone line now
   also opens a chain and holds for a value in numbers only, e^0.55 as well as 2.12).

blind-kinds24 (lab notebooks, ratios written the chemist's way "A:B ≈ 2:1"):

5. A rough restatement between the result and the conclusion ("Result: = 2.01", "Discussion: A:B ≈
   2:1", "Conclusion: about 2.0 times"): the value stated was taken from the nearest earlier result,
   the one-digit odds, which is too coarse to judge at its precision, so right work lost the mark. The
   walk back from the last number now reads past a restatement rougher than the answer so far and
   takes the finest result that all of them round.
6. Odds labelled with the candidates' names the other way round ("B:A ≈ 1:2", "Pr(B | x) : Pr(A | x) =
   1 : 2.01") are the ratio A/B = 2, not 0.5; odds against a written 1 ("2.0:1") are judged at the
   precision of the other number; other odds (3 : 2) carry the spread of both numbers.

blind-kinds25 (designers drawing in plain text: ASCII bar charts with a label or a "So:" caption):

7. A row of a bar chart ("A | ###########  0.55", "B │ █████▎ 0.467", "A (deep learning) ├────┤ -1.1")
   named no candidate, so it joined the section above as that candidate's work (its value read there,
   parse errors); its label "<-- lower = more confident" was read as "B is lower", i.e. less likely. A
   bar row is now a drawing of a value already worked: no section's work, read only for its label;
   a label that equates a direction with its meaning ("lower = more confident", "smaller means more
   probable") is read by the meaning, and "<--" / "<-" drawn back at a row is an arrow, not "<".
8. A caption under the drawing that gives the candidate alone after a colon or comma ("So: B.",
   "Therefore, A.") was no conclusion; it is now read as "so B" is.
9. A bare label beside a bar ("<-- lower") is read on the quantity the chart's caption names ("CE per
   token", "negative log-likelihood": lower is more likely); "negative log-likelihood" is such a
   quantity, not a likelihood.

blind-kinds27 (MATLAB and Octave command-window sessions):

10. `>> mA = mean(A)` then `mA = -0.5500`: the prompt's `>` was a comparison cue (the line went to the
    conclusion), and the printed value was read as a value with no working. A session is read as what it
    states (grader/maths/session.py): the prompt goes, an input's printed `ans = v` / `name = v` block (the
    value perhaps on a line of its own) is its continuation `= v`, a `%` after a statement is a remark.
11. A conclusion whose chosen name is followed, on the next line, by its response quoted in brackets
    (`("natural language processing"), even though A …`): that line began a new sentence and was read
    as choosing A; it now carries on the sentence above.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import half_unit, numbers_at, stated_number
from grader.compare.grade import grade_compare
from grader.compare.memo import blanked
from grader.compare.problem import compare_from_dict
from grader.compare.sections import Mentions, split
from grader.core.problemfile import read_problem_file
from grader.derivation.reading import read_chains
from tests.test_compare_classes import MAIN, PER_TOKEN, RATIO
from tests.test_compare_classes2 import twins_hold

_OUTLINE_RATIO = (
    "1. Working\n"
    "1.1 Candidate A: log Pr(A | x) = -0.7 + (-0.4) = -1.1\n"
    "1.2 Candidate B: log Pr(B | x) = -1.6 + (-0.2) = -1.8\n\n"
    "2. Result\n"
)
_OUTLINE_MAIN = (
    "1.1 The two sequences are 'Candidate A' and 'Candidate B'.\n"
    "1.2 Candidate A: -0.7 + (-0.4) = -1.1\n"
    "1.3 Candidate B: -1.6 + (-0.2) = -1.8\n"
)
_FOOTED = "For A: log Pr(A | x) = -0.7 + (-0.4) = -1.1\nFor B: log Pr(B | x) = -1.6 + (-0.2) = -1.8\n"
_HEADED_TOTALS = (
    "Log-probability of A: -0.7 + (-0.4) = -1.1\nLog-probability of B: -1.0 + (-0.3) + (-0.1) = -1.4\n"
)

# (problem, right work, its wrong twin, the code the twin must earn)
CLASSES_20 = [
    # 1. paragraph numbers in outline order
    (
        RATIO,
        _OUTLINE_RATIO + "2.1 Pr(A | x) / Pr(B | x) = e^(-1.1 - (-1.8)) = e^0.7 ≈ 2.01\n"
        "2.2 Accordingly A is roughly 2.01 times as probable as B.\n",
        _OUTLINE_RATIO + "2.1 Pr(A | x) / Pr(B | x) = e^(-1.8 - (-1.1)) = e^-0.7 ≈ 0.50\n"
        "2.2 Accordingly A is roughly 0.50 times as probable as B.\n",
        "final-answer-wrong",
    ),
    (
        MAIN,
        _OUTLINE_MAIN + "1.4 Since -1.1 > -1.8, Candidate A is the more probable.\n",
        _OUTLINE_MAIN + "1.4 Since -1.8 > -1.1, Candidate B is the more probable.\n",
        "less-likely-chosen",
    ),
    # 2. a footnote cites; its numbers are no answer
    (
        RATIO,
        _FOOTED + "Ratio: e^(-1.1 + 1.8) = e^0.7 ≈ 2.01, so A is about 2.01 times as likely as B.[2]\n\n"
        "[2] See Manning & Schütze (1999), p. 197.\n",
        _FOOTED + "Ratio: -1.1 / -1.8 ≈ 0.61, so A is about 0.61 times as likely as B.[2]\n\n"
        "[2] See Manning & Schütze (1999), p. 197.\n",
        "divided-log-probs",
    ),
    (
        RATIO,
        _FOOTED + "P(A)/P(B) = exp(0.7) = 2.01[^1]\n\n[^1]: On odds ratios see Agresti (2002), ch. 4.\n",
        _FOOTED + "P(A)/P(B) = exp(-0.7) = 0.50[^1]\n\n[^1]: On odds ratios see Agresti (2002), ch. 4.\n",
        "final-answer-wrong",
    ),
    # 3. a heading in words that ends on the candidate labels its line
    (
        PER_TOKEN,
        _HEADED_TOTALS + "Average per token for A = -1.1 / 2 = -0.55\n"
        "Average per token for B = -1.4 / 3 = -0.467\n"
        "-0.467 > -0.55, so B is the more likely per token.\n",
        _HEADED_TOTALS + "Average per token for A = -1.1 / 2 = -0.55\n"
        "Average per token for B = -1.4 / 2 = -0.70\n"
        "-0.55 > -0.70, so A is the more likely per token.\n",
        "perplexity-normalization",
    ),
    (
        PER_TOKEN,
        "2.1 Total for A: -1.1; total for B: -1.4.\n"
        "2.2 Mean log-probability of B: -1.4 / 3 = -0.467.\n"
        "2.3 Mean log-probability of A: -1.1 / 2 = -0.55.\n"
        "2.4 It follows that per token the Model favours B.\n",
        "2.1 Total for A: -1.1; total for B: -1.4.\n"
        "2.2 Mean log-probability of B: -1.4 / 3 = -0.467.\n"
        "2.3 Mean log-probability of A: -1.1 / 2 = -0.35.\n"
        "2.4 It follows that per token the Model favours A.\n",
        "arithmetic-error",
    ),
    # 4. a quantity's name beside its value
    (
        PER_TOKEN,
        "A: (-0.7 - 0.4)/2 = -0.55, perplexity e^0.55 = 1.73\n"
        "B: (-1.0 - 0.3 - 0.1)/3 = -0.467, perplexity 1.59\n"
        "B has the lower perplexity, so the model is more confident in B.\n",
        "A: (-0.7 - 0.4)/2 = -0.55, perplexity e^0.55 = 1.37\n"
        "B: (-1.0 - 0.3 - 0.1)/3 = -0.467, perplexity 1.59\n"
        "A has the lower perplexity, so the model is more confident in A.\n",
        "arithmetic-error",
    ),
]


_NOTEBOOK = (
    "## Observations\n- A: log Pr(A | x) = -0.7 + (-0.4) = -1.1 [nat]\n"
    "- B: log Pr(B | x) = -1.6 + (-0.2) = -1.8 [nat]\n\n"
)

CLASSES_24 = [
    # 5. a rough restatement (odds) between the result and the conclusion is read past
    (
        RATIO,
        _NOTEBOOK + "## Result\nPr(A | x)/Pr(B | x) = e^(-1.1 + 1.8) = e^0.7 = 2.01\n\n"
        "## Discussion\nRatio A:B ≈ 2:1; the first token decides it.\n\n"
        "**Conclusion:** A is about 2.0 times as likely as B.\n",
        _NOTEBOOK + "## Result\nPr(A | x)/Pr(B | x) = e^(-1.8 + 1.1) = e^-0.7 = 0.497\n\n"
        "## Discussion\nRatio A:B ≈ 1:2; the first token decides it.\n\n"
        "**Conclusion:** A is about 0.50 times as likely as B.\n",
        "final-answer-wrong",
    ),
    # 5 and 6. odds labelled B:A between the result and a one-digit conclusion
    (
        RATIO,
        _NOTEBOOK + "Result: Pr(A|x)/Pr(B|x) = exp(0.7) ≈ 2.014\n"
        "Discussion: odds B:A ≈ 1:2, since B's first token is costly.\n"
        "Conclusion: A is roughly 2 times as probable as B.\n",
        _NOTEBOOK + "Result: Pr(A|x)/Pr(B|x) = exp(1.1) ≈ 3.004\n"
        "Discussion: odds B:A ≈ 1:3, since B's first token is costly.\n"
        "Conclusion: A is roughly 3 times as probable as B.\n",
        "final-answer-wrong",
    ),
    # 6. the answer as odds labelled the other way round; its twin inverts the ratio
    (
        RATIO,
        _NOTEBOOK + "Result: Pr(B | x) : Pr(A | x) = 1 : 2.01\n",
        _NOTEBOOK + "Result: Pr(A | x) : Pr(B | x) = 1 : 2.01\n",
        "final-answer-wrong",
    ),
    # 6. odds against a written 1 are judged at the precision of the other number
    (
        RATIO,
        _NOTEBOOK + "exp(-1.1 - (-1.8)) = exp(0.7), so A : B = 2.0 : 1\n",
        _NOTEBOOK + "exp(-1.1 - (-1.8)) = exp(0.7), so A : B = 2.2 : 1\n",
        "final-answer-wrong",
    ),
]

_CE_WORK = "A: -(-0.7 - 0.4) / 2 = 0.55\nB: -(-1.0 - 0.3 - 0.1) / 3 = 0.467\n\n"
_PPL_WORK = (
    "A: -(-0.7 - 0.4)/2 = 0.55, perplexity e^0.55 = 1.73\n"
    "B: -(-1.0 - 0.3 - 0.1)/3 = 0.467, perplexity e^0.467 = 1.60\n\n"
)
_LOG_WORK = "For A: -0.7 + (-0.4) = -1.1\nFor B: -1.6 + (-0.2) = -1.8\n\n"
CLASSES_25 = [
    # 7. a label beside a bar that equates a direction with its meaning
    (
        PER_TOKEN,
        _CE_WORK + "cross-entropy\n A │ ██████████▌ 0.55\n B │ █████████▎  0.467  ← lower = more confident\n",
        _CE_WORK
        + "cross-entropy\n A │ ██████████▌ 0.55   ← lower = more confident\n B │ █████████▎  0.467\n",
        "less-likely-chosen",
    ),
    # 8. a "So:" caption under the drawing names the candidate alone
    (
        PER_TOKEN,
        _CE_WORK + "  B | #########  0.467\n  A | ###########  0.55\n\nSo: B.\n",
        _CE_WORK + "  B | #########  0.467\n  A | ###########  0.55\n\nSo: A.\n",
        "less-likely-chosen",
    ),
    # 7 and 9. the chart's caption names what a bare label compares: lower perplexity
    (
        PER_TOKEN,
        _PPL_WORK + "Perplexity per token\nA : =========  1.73\nB : ========   1.60   <- lower\n",
        _PPL_WORK + "Perplexity per token\nA : =========  1.73   <- lower\nB : ========   1.60\n",
        "less-likely-chosen",
    ),
    # 9. the caption names the negative log-likelihood; rows in the other order, bars of stars
    (
        MAIN,
        _LOG_WORK + "negative log-likelihood\nB  ******************  1.8\nA  ***********  1.1  <-- lower\n",
        _LOG_WORK + "negative log-likelihood\nB  ******************  1.8  <-- lower\nA  ***********  1.1\n",
        "less-likely-chosen",
    ),
    # 8. a caption that opens with "Therefore," under bars drawn as intervals
    (
        MAIN,
        _LOG_WORK + "```\n A (deep learning)  ├──────────┤        -1.1\n"
        " B (reinforcement)  ├─────────────────┤ -1.8\n```\n\nTherefore, A.\n",
        _LOG_WORK + "```\n A (deep learning)  ├──────────┤        -1.1\n"
        " B (reinforcement)  ├─────────────────┤ -1.8\n```\n\nTherefore, B.\n",
        "less-likely-chosen",
    ),
    # 7. a gloss in words beside the bar: "smaller means more probable"
    (
        MAIN,
        _LOG_WORK + "  A |▇▇▇▇▇▇▇▇▇▇▇| 1.1   <== smaller means more probable\n  B |▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇| 1.8\n",
        _LOG_WORK + "  A |▇▇▇▇▇▇▇▇▇▇▇| 1.1\n  B |▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇▇| 1.8   <== smaller means more probable\n",
        "less-likely-chosen",
    ),
]


_RATIO_WORK = "log Pr(A|x) = -0.7 + (-0.4) = -1.1\nlog Pr(B|x) = -1.6 + (-0.2) = -1.8\n"
CLASSES_26 = [
    # blind-kinds26: a percentage beside the multiple restates it in another scale; it is not the ratio
    (
        RATIO,
        _RATIO_WORK
        + "ratio = e^0.7 ≈ 2.01\nBottom line: A is about 2.0x more likely than B (≈ +101% edge).\n",
        _RATIO_WORK
        + "ratio = e^0.7 ≈ 2.5\nBottom line: A is about 2.5x more likely than B (≈ +150% edge).\n",
        "final-answer-wrong",
    ),
    # a ratio stated only as a percentage: "X % more likely" is 1 + X/100 times as likely
    (
        RATIO,
        _RATIO_WORK + "So A is 101% more likely than B.\n",
        _RATIO_WORK + "So A is 70% more likely than B.\n",
        "final-answer-wrong",
    ),
    # a multiple said of the candidates the other way round is the inverse of A against B
    (
        RATIO,
        _RATIO_WORK + "ratio = e^0.7 ≈ 2.01 => B is only 0.5x as likely as A.\n",
        _RATIO_WORK + "ratio = e^-0.7 ≈ 0.50 => B is 2x as likely as A.\n",
        "final-answer-wrong",
    ),
    (
        RATIO,
        _RATIO_WORK + "=> B is 0.497x as likely as A.\n",
        _RATIO_WORK + "=> A is 0.497x as likely as B.\n",
        "final-answer-wrong",
    ),
]

CLASSES_27 = [
    # blind-kinds27 (MATLAB/Octave command-window sessions): `>> name = expr` then its printed `name = v`
    # is one computation and its value; the prompt `>>` is no comparison ("> B")
    (
        PER_TOKEN,
        ">> mA = (-0.7 + (-0.4))/2\nmA = -0.5500\n>> mB = (-1.0 + (-0.3) + (-0.1))/3\nmB = -0.4667\n\n"
        "The mean log-probability of B is higher, so per token the model is more confident in B.\n",
        ">> mA = (-0.7 + (-0.4))/2\nmA = -0.5500\n>> mB = (-1.0 + (-0.3) + (-0.1))/2\nmB = -0.7000\n\n"
        "The mean log-probability of A is higher, so per token the model is more confident in A.\n",
        "final-answer-wrong",
    ),
    # Octave prints a value on its own line below `name =`: it is still the input's value (a slip caught)
    (
        PER_TOKEN,
        ">> avgA = (-0.7 - 0.4)/2\navgA =\n\n  -0.5500\n\n>> avgB = (-1.0 - 0.3 - 0.1)/3\navgB =\n\n  -0.4667\n\n"
        "So per token B is more likely: -0.4667 > -0.55.\n",
        ">> avgA = (-0.7 - 0.4)/2\navgA =\n\n  -0.5500\n\n>> avgB = (-1.0 - 0.3 - 0.1)/3\navgB =\n\n  -0.3667\n\n"
        "So per token B is more likely: -0.3667 > -0.55.\n",
        "arithmetic-error",
    ),
    # an unassigned input's `ans = v`; a `%` remark after it ("lower than A") is no comparison of its own
    (
        MAIN,
        "For A:\n>> -0.7 + (-0.4)        % deep, learning\nans = -1.1000\n"
        "For B:\n>> -1.6 + (-0.2)        % lower than A at the first token\nans = -1.8000\n\n"
        "-1.1 > -1.8, so A is more likely.\n",
        "For A:\n>> -0.7 + (-0.4)        % deep, learning\nans = -1.1000\n"
        "For B:\n>> -1.6 + (-0.2)        % lower than A at the first token\nans = -1.4000\n\n"
        "-1.1 > -1.4, so A is more likely.\n",
        "arithmetic-error",
    ),
    # the chosen name, then its response quoted in brackets opening the next line: the sentence goes on
    # there ("…prefers B / ('natural language processing'), although A …"), it does not start again
    (
        PER_TOKEN,
        "For A: mean = (-0.7 + (-0.4)) / 2 = -0.55\nFor B: mean = (-1.0 + (-0.3) + (-0.1)) / 3 = -0.467\n\n"
        "The higher mean wins, so per token the model prefers B\n"
        "('natural language processing'), although A has the larger total log-probability.\n",
        "For A: mean = (-0.7 + (-0.4)) / 2 = -0.55\nFor B: mean = (-1.0 + (-0.3) + (-0.1)) / 3 = -0.467\n\n"
        "The higher mean wins, so per token the model prefers A\n"
        "('deep learning'), although B has the smaller total log-probability.\n",
        "less-likely-chosen",
    ),
]


@pytest.mark.parametrize(
    ("path", "right", "wrong", "code"), CLASSES_20 + CLASSES_24 + CLASSES_25 + CLASSES_26 + CLASSES_27
)
def test_right_work_gets_full_marks_and_its_twin_is_caught(path, right: str, wrong: str, code: str) -> None:  # type: ignore[no-untyped-def]
    twins_hold(path, right, wrong, code)


OUTLINES = [
    # (lines, the lines blanked before reading): numbers in outline order only, footnotes with their marks
    (["1.1 A: -1.1", "1.2 B: -1.8", "2.1 So A."], ["    A: -1.1", "    B: -1.8", "    So A."]),
    (["2.1. For A: x", "2.2. For B: y"], ["     For A: x", "     For B: y"]),
    (["1.1 / 2 = 0.55", "1.4 / 3 = 0.467"], ["1.1 / 2 = 0.55", "1.4 / 3 = 0.467"]),  # values, not labels
    (["1.1 A: -1.1"], ["1.1 A: -1.1"]),  # one alone is no outline
    (
        ["3.1 A: -1.1", "3.2 B: -1.8", "2.01 times as likely"],
        ["    A: -1.1", "    B: -1.8", "2.01 times as likely"],
    ),
    (["1.2 A: -1.1", "1.3 B: -1.8"], ["1.2 A: -1.1", "1.3 B: -1.8"]),  # an outline starts at x.1
    (["so A,[1] by far", "", "[1] Smith 2003."], ["so A,    by far", "", "               "]),
    (["so A by far", "", "[1] 2003"], ["so A by far", "", "[1] 2003"]),  # no mark refers to it
    (["x[2] = 0.5", "[1] Smith 2003."], ["x[2] = 0.5", "[1] Smith 2003."]),  # an index, and no mark [1]
]


@pytest.mark.parametrize(("lines", "expected"), OUTLINES)
def test_paragraph_numbers_and_footnotes_are_blanked_in_place(lines: list[str], expected: list[str]) -> None:
    assert blanked(lines) == expected


@pytest.mark.parametrize(
    ("line", "members"),
    [
        ("-0.4667, perplexity 1.59", ["perplexity", "1.59"]),
        ("-0.55, perplexity e^0.55 = 1.73", ["perplexity", "e^0.55", "1.73"]),
        ("Perplexity 2.12", ["Perplexity", "2.12"]),
    ],
)
def test_a_quantity_named_beside_its_value_is_equated_to_it(line: str, members: list[str]) -> None:
    chain = read_chains([line])[0][-1]
    assert [line[m.span.column - 1 : m.span.end_column - 1] for m in chain.items] == members
    assert chain.relations == ("=",) * (len(members) - 1)


def test_a_name_inside_the_value_keeps_the_product() -> None:
    """ "PPL N" multiplies two names: it is not a name beside a value."""
    chain = read_chains(["-0.55, PPL N = 3"])[0][-1]
    assert len(chain.items) == 2


@pytest.mark.parametrize("divisor", ["2", "4"])
def test_a_mean_over_the_wrong_count_is_no_sign_error(divisor: str) -> None:
    """The mean log-probability reading is minus the cross-entropy: B's total divided by the wrong count is
    charged as the count (perplexity-normalization), never as a flipped sign its own minus would explain."""
    from grader.core.question import load_question

    text = (
        "A: mean = (-0.7 + -0.4) / 2 = -0.55\n"
        f"B: mean = (-1.0 + -0.3 + -0.1) / {divisor} = {-1.4 / int(divisor):.3f}\n"
        "A is more confident per token.\n"
    )
    report = load_question(PER_TOKEN).grade(text.encode(), "s.txt")
    assert "perplexity-normalization" in report.codes, report.codes
    assert "sign-error" not in report.codes, report.codes


ODDS = [
    # (line, the numbers it states, read as P(A) / P(B))
    ("Ratio A:B ≈ 2:1.", [2.0]),
    ("B:A ≈ 1:2", [2.0]),  # labelled the other way round
    ("A:B ≈ 1:2", [0.5]),
    ("Pr(B | x) : Pr(A | x) = 1 : 2.0", [2.0]),
    ("odds of 1 : 2 for A over B", [0.5]),  # no labels: read as written
    ("B: 1:2", [0.5]),  # one name labels the line: no order
    ("Bob:Alice = 1:2", [0.5]),  # names that are no candidate's
]


@pytest.mark.parametrize(("line", "values"), ODDS)
def test_odds_are_read_in_the_order_their_labels_name(line: str, values: list[float]) -> None:
    assert [v for v, _ in numbers_at(line, ("A", "B"))] == values


@pytest.mark.parametrize(
    ("line", "half"),
    [
        ("A:B = 2.0:1", 0.05),
        ("B:A = 1:2.0", 0.05),
        ("A:B = 2.01 : 1", 0.005),
        ("2:1", None),
        ("3.0:2.0", None),
    ],
)
def test_odds_against_a_written_one_are_judged_at_the_other_numbers_precision(
    line: str, half: float | None
) -> None:
    (_, column), *_ = numbers_at(line, ("A", "B"))
    assert half_unit(line, column, ("A", "B")) == half


ROUGH = [
    # (conclusion lines, the value stated): the finest result that the later restatements round
    ("ratio = 2.01\nA:B ≈ 2:1\nabout 2.0 times", 2.01),
    ("ratio = 0.497\nA:B ≈ 1:2\nabout 0.50 times", 0.497),
    ("ratio = 2.014\nB:A ≈ 1:2\nabout 2 times", 2.014),
    ("ratio = 2.01\nA:B ≈ 3:1\nabout 3.0 times", 3.0),  # 3 does not round 2.01: the answer is 3
    ("ratio = 2.01\nA:B ≈ 2:1\nabout 3 times", 3.0),
]


@pytest.mark.parametrize(("text", "value"), ROUGH)
def test_a_rough_restatement_is_read_past(text: str, value: float) -> None:
    lines = text.splitlines()
    found = stated_number(lines, list(range(len(lines))), order=("A", "B"))
    assert found is not None and found[1][0] == value


def _other_ratio() -> object:
    """The ratio problem with other numbers and names: X -0.5 + -0.3 = -0.8, Y -1.6 + -0.3 = -1.9, so
    P(X)/P(Y) = e^1.1 ≈ 3.004."""
    data = read_problem_file(RATIO)
    for entry, value in zip(data["model"]["entries"], (-0.5, -0.3, -1.6, -0.3), strict=True):
        entry["logprob"] = value
    for candidate, name in zip(data["candidates"], ("X", "Y"), strict=True):
        candidate["name"] = name
    data.pop("examples", None)
    return compare_from_dict(data, str(RATIO))


_XY = "For X: log Pr(X | x) = -0.5 + (-0.3) = -0.8\nFor Y: log Pr(Y | x) = -1.6 + (-0.3) = -1.9\n"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            _XY
            + "Result: e^(-0.8 + 1.9) = e^1.1 = 3.00\nDiscussion: X:Y ≈ 3:1\nConclusion: X about 3.0 times as likely.",
            _XY
            + "Result: e^(-1.9 + 0.8) = e^-1.1 = 0.333\nDiscussion: X:Y ≈ 1:3\nConclusion: X about 0.33 times as likely.",
        ),
        (_XY + "Result: Y : X = 1 : 3.00", _XY + "Result: X : Y = 1 : 3.00"),
        (_XY + "so X:Y = 3.0:1", _XY + "so X:Y = 3.3:1"),
    ],
)
def test_other_numbers_and_names_read_the_same(right: str, wrong: str) -> None:
    """The rules hold for any ratio and any names, not only for A and B and 2:1."""
    problem = _other_ratio()
    good = grade_compare(right, problem)  # type: ignore[arg-type]
    assert (good.verdict, good.score, good.codes) == ("correct", good.max_score, [])
    bad = grade_compare(wrong, problem)  # type: ignore[arg-type]
    assert bad.verdict == "incorrect" and "final-answer-wrong" in bad.codes, bad.codes


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        # (work and a chart, each candidate's lines): a chart's rows are no candidate's work
        (_CE_WORK + "CE\n A | ###########  0.55\n B | #########  0.467\n", {"A": [0], "B": [1]}),
        (_LOG_WORK + "B ▇▇▇▇▇▇▇▇ -1.8\nA ▇▇▇▇ -1.1\n", {"A": [0], "B": [1]}),
        # no bar: "A: -1.1" and "B = -- -1.8" are values, "A ---> B" is an arrow
        ("For A: -0.7 + (-0.4) = -1.1\nA: -1.1\nB: -1.8\n", {"A": [0, 1], "B": [2]}),
        ("For A: -0.7 + (-0.4) = -1.1\nFor B: -1.6 + (-0.2) = -1.8\nA ---> B\n", {"A": [0], "B": [1]}),
    ],
)
def test_a_bar_charts_rows_are_no_candidates_work(text: str, sections: dict[str, list[int]]) -> None:
    """A row that draws a value (name, bar, value) does not carry on the section above it."""
    mentions = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])
    assert split(blanked(text.splitlines()), mentions).sections == sections


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("   B | #########        0.467   <-- lower", "B"),
        (" A │ ██████████▌ 0.55", "A"),
        (" A (deep learning)  ├──────────┤  -1.1", "A"),
        ("B  |################||##|     -1.8", "B"),
        ("A : =========  1.73", "A"),
        ("A: -0.7 + (-0.4) = -1.1", None),  # work, not a bar
        ("A ---> B", None),  # an arrow
        ("A == B", None),
        ("A: ***-1.1***", None),  # emphasis, not a bar
    ],
)
def test_a_bar_row_is_told_from_work_and_arrows(line: str, name: str | None) -> None:
    """A bar is a run of one glyph after the name; a value, an arrow or emphasis is none."""
    mentions = Mentions([("A", ("deep", "learning")), ("B", ("reinforcement", "learning"))])
    assert mentions.bar_row(line) == name
