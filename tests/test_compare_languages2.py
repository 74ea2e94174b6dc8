"""A conclusion wrapped onto a line that opens with an accented word in lower case ("même si A …",
"über die ganze Sequenz …") is read as one sentence with the line before (issue 10, blind-kinds29): the
wrapped line, a concession about the other basis, no longer decides the answer alone. The texts are
written for these tests; each right variant has a wrong twin that stays caught.
"""

from __future__ import annotations

import pytest

from grader.compare.conclusion import _clause_choice
from grader.compare.sections import Mentions, carries_on, side_by_side
from grader.core.precheck import decimal_commas
from tests.test_compare_classes import PER_TOKEN
from tests.test_compare_classes2 import twins_hold

# per token: A -0.55, B -0.467, so B; on the whole sequences A (-1.1 > -1.4)
WORK = {
    "fr": "**A** : log Pr(A|x) = -0,7 + (-0,4) = -1,1\nmoyenne par token : -1,1 / 2 = -0,55\n\n"
    "**B** : log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4\nmoyenne par token : -1,4 / 3 ≈ -0,467\n\n",
    "de": "**A**: log Pr(A|x) = -0,7 + (-0,4) = -1,1\nMittelwert pro Token: -1,1 / 2 = -0,55\n\n"
    "**B**: log Pr(B|x) = -1,0 + (-0,3) + (-0,1) = -1,4\nMittelwert pro Token: -1,4 / 3 ≈ -0,467\n\n",
}
# the conclusion with the per-token choice {x} and the whole-sequence one {y}, wrapped before an accented word
ENDS = [
    ("fr", "-0,467 > -0,55, donc par token le modèle est plus confiant dans {x},\n"
           "même si {y} est plus probable en tant que séquence complète (-1,1 > -1,4)."),
    ("fr", "Par token, le modèle est donc plus confiant dans {x},\n"
           "étant donné que {y} n'a que la somme la plus grande."),
    ("de", "-0,467 > -0,55, also ist das Modell pro Token sicherer bei {x},\n"
           "über die ganze Sequenz gerechnet ist dagegen {y} wahrscheinlicher (-1,1 > -1,4)."),
    ("de", "Pro Token ist das Modell daher sicherer bei {x},\nübrigens obwohl {y} insgesamt wahrscheinlicher ist."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "end"), ENDS)
def test_a_conclusion_wrapped_before_an_accented_word_is_read_whole(lang: str, end: str) -> None:
    right = WORK[lang] + end.format(x="B", y="A") + "\n"
    wrong = WORK[lang] + end.format(x="A", y="B") + "\n"  # A chosen per token: less likely per token
    twins_hold(PER_TOKEN, right, wrong, "less-likely-chosen")


@pytest.mark.parametrize(
    ("before", "line", "joined"),
    [
        ("so per token the model prefers B,", "même si A est plus probable.", True),
        ("so per token the model prefers B,", "über die ganze Sequenz A.", True),
        ("so per token the model prefers B,", "étant donné la moyenne.", True),
        ("so per token the model prefers B.", "même si A est plus probable.", False),  # the sentence ended
        ("so per token the model prefers B,", "Über die ganze Sequenz A.", False),  # a capital opens anew
        ("so per token the model prefers B,", "ln 2 = 0.69", False),  # maths, not words
    ],
)
def test_a_line_opening_with_an_accented_lower_case_word_carries_on(
    before: str, line: str, joined: bool
) -> None:
    assert carries_on([before, line], 1) is joined


# work laid out side by side: each row holds both candidates' quantities, told apart by their subscripts
# (H_A …, \qquad H_B …), after B's own line; per token A 0.55, B 0.467, so B
SIDE_BY_SIDE = {
    "en": (
        "Totals:",
        "Cross-entropy per token:",
        "Perplexities:",
        "Per token the model is more confident in {x}.",
    ),
    "de": (
        "Summen:",
        "Kreuzentropie pro Token:",
        "Perplexitäten:",
        "Pro Token ist das Modell sicherer bei {x}.",
    ),
}
ROWS = (
    "{0}\n\\begin{{align*}}\n\\log\\Pr(A\\mid x) &= -0.4 - 0.7 = -1.1, \\qquad |A| = 2,\\\\\n"
    "\\log\\Pr(B\\mid x) &= -0.1 - 0.3 - 1.0 = -1.4, \\qquad |B| = 3.\n\\end{{align*}}\n{1}\n\\[\n"
    "H_A = \\tfrac{{1.1}}{{2}} = 0.55, \\qquad H_B = \\tfrac{{1.4}}{{3}} \\approx 0.467 .\n\\]\n{2}\n\\[\n"
    "\\mathrm{{PPL}}_A = e^{{0.55}} \\approx 1.73, \\qquad \\mathrm{{PPL}}_B = e^{{0.467}} \\approx 1.59 .\n\\]\n{3}\n"
)


@pytest.mark.parametrize("lang", SIDE_BY_SIDE)
def test_rows_that_work_both_candidates_side_by_side_give_each_its_piece(lang: str) -> None:
    right = ROWS.format(*SIDE_BY_SIDE[lang]).replace("{x}", "B")
    wrong = ROWS.format(*SIDE_BY_SIDE[lang]).replace("{x}", "A")  # A chosen: less likely per token
    twins_hold(PER_TOKEN, right, wrong, "less-likely-chosen")


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("H_A = 0.55, \\qquad H_B = 0.467", {"A", "B"}),
        ("\\mathrm{PPL}_{B} = 1.59; \\mathrm{PPL}_{A} = 1.73", {"A", "B"}),
        ("H_A = 0.55", set()),  # one candidate: its own line, not a side-by-side row
        ("log P(y_2 | x, y_1) = -0.4, H = 0.55", set()),  # an index, not a candidate's name
        ("H_{A,B} = 0.5, \\quad m = 2", set()),  # a comma inside braces does not part the row
    ],
)
def test_a_side_by_side_row_is_parted_by_the_candidates_subscripts(line: str, owners: set[str]) -> None:
    assert set(side_by_side(line, ["A", "B"])) == owners


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "PPL_A = e^{0{,}55} ≈ 1{,}73",
            "PPL_A = e^{0.55  } ≈ 1.73  ",
        ),  # a braced comma in a power is decimal
        ("2^{0{,}467} = 1{,}38", "2^{0.467  } = 1.38  "),
        ("x^{1,2} = 0{,}5", "x^{1,2} = 0.5  "),  # a plain comma in a power stays a list (an index pair)
        ("y_{1{,}2} = 0{,}5", "y_{1{,}2} = 0.5  "),  # a subscript is never a number
    ],
)
def test_a_braced_decimal_comma_in_a_power_is_read_as_a_point(line: str, read: str) -> None:
    """grader.core.precheck.decimal_commas: `e^{0{,}55}` is e^0.55, columns kept (the parse error it caused
    in `\\mathrm{PPL}_A = e^{0{,}55}` hid the perplexity rows)."""
    assert decimal_commas([line]) == [read]


# A lower-is-better name (perplexity, cross-entropy) turns a word of size ("lower"), never a word that says its
# meaning itself ("more confident"): "as PPL_B < PPL_A, the model is more confident in B" chooses B.
@pytest.mark.parametrize(
    ("line", "chosen"),
    [
        ("Como $\\mathrm{PPL}_B < \\mathrm{PPL}_A$, por token o modelo está mais confiante em B", "B"),
        ("Como $\\mathrm{PPL}_A < \\mathrm{PPL}_B$, por token o modelo está mais confiante em A", "A"),
        ("Da die Perplexität von B kleiner ist, ist das Modell pro Token sicherer bei B", "B"),
        ("As the perplexity is lower for B, the model is more confident in B", "B"),
        ("B has the lower perplexity", "B"),
        ("A has the higher perplexity", "B"),
    ],
)
def test_a_lower_is_better_name_turns_only_a_size(line: str, chosen: str) -> None:
    mentions = Mentions([("A", ("deep", "learning")), ("B", ("natural", "language", "processing"))])
    assert _clause_choice(line, mentions) == chosen
