"""A conclusion wrapped onto a line that opens with an accented word in lower case ("même si A …",
"über die ganze Sequenz …") is read as one sentence with the line before (issue 10, blind-kinds29): the
wrapped line, a concession about the other basis, no longer decides the answer alone. The texts are
written for these tests; each right variant has a wrong twin that stays caught.
"""

from __future__ import annotations

import pytest

from grader.compare.sections import carries_on
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
