"""The window kind reads its parts' labels, the cost answer and decimal commas in the course's languages
(issue 10, blind-kinds28): each right variant earns full marks and its wrong twin stays caught. The texts
are written for these tests, in Spanish, Portuguese, French, German and Italian."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from grader.window.grade import chosen_model
from tests.conftest import ROOT

TABLE = ROOT / "problems/window/deep-learning-window.toml"  # full -1.1, window -3.1, gap 2.0

_FULL = "log P(y|x) = log P(deep|x) + log P(learning|x, deep) = -0,7 + (-0,4) = -1,1"
_WINDOW = "log P(y|x) = log P(deep|ML) + log P(learning|deep) = -2,2 + (-0,9) = -3,1"


def _answer(labels: tuple[str, str, str, str], gap: str, cheaper: str) -> str:
    full, window, gap_label, cost = labels
    return (
        f"{full}\n{_FULL}\n\n{window}\n{_WINDOW}\n\n{gap_label} -1,1 - (-3,1) = {gap}\n\n{cost} {cheaper}\n"
    )


# the part labels in each language: (full, window, gap, cheaper)
LABELS = [
    ("Modelo completo:", "Modelo de ventana (k = 1):", "Diferencia:", "¿Cuál es más barato?"),
    ("Modelo completo:", "Ventana:", "Brecha:", "Coste:"),
    ("Modelo completo:", "Janela:", "Diferença:", "Mais barato:"),
    ("**Modelo completo:**", "**Modelo com janela k=1:**", "**Diferenca:**", "**Custo:**"),
    ("Modèle complet :", "Fenêtre glissante (k = 1) :", "Écart :", "Moins cher :"),
    ("Volles Modell:", "Fenstermodell (k = 1):", "Differenz:", "Billiger:"),
    ("Modello completo:", "Finestra:", "Differenza:", "Più economico:"),
]


@pytest.mark.parametrize("labels", LABELS)
def test_labelled_parts_are_read_and_a_wrong_gap_is_still_caught(labels: tuple[str, str, str, str]) -> None:
    question = load_question(TABLE)
    right = question.grade(_answer(labels, "2,0", "the window model.").encode(), "right.txt")
    assert right.verdict == "correct", [(d.code, d.span.line) for d in right.diagnostics]
    assert right.score == right.max_score
    wrong = question.grade(_answer(labels, "4,2", "the window model.").encode(), "wrong.txt")
    assert "window-gap-wrong" in {d.code for d in wrong.diagnostics}
    assert wrong.score < wrong.max_score


# (the cost answer choosing the window model, its twin choosing the full model or neither, twin's code)
COST_ANSWERS = [
    (
        "el modelo de ventana: cada predicción lee un solo token.",
        "el modelo completo: lo calcula todo una vez.",
    ),
    ("La ventana, porque no atiende a toda la historia.", "Ninguno: cuestan lo mismo por token."),
    (
        "el modelo de ventana es más barato que el completo.",
        "el modelo de ventana es más caro que el completo.",
    ),
    ("o modelo de janela, porque só olha para poucos tokens.", "o modelo completo, porque não tem máscara."),
    ("a janela $k=1$: um score de atenção por cabeça.", "nenhum, os dois têm o mesmo custo."),
    ("o modelo completo é mais caro do que a janela.", "o modelo completo é mais barato do que a janela."),
    ("le modèle à fenêtre : il lit un seul token.", "le modèle complet, il ne lit rien de plus."),
    ("le modèle complet coûte plus cher que la fenêtre.", "la fenêtre est plus chère que le modèle complet."),
    ("das Fenstermodell, weil es nur ein Token liest.", "das volle Modell, weil es keine Maske braucht."),
    (
        "Das Fenstermodell ist guenstiger als das volle Modell.",
        "Das Fenstermodell ist teurer als das volle Modell.",
    ),
    ("il modello a finestra: legge un solo token.", "nessuno dei due: hanno lo stesso costo."),
]


@pytest.mark.parametrize(("right", "wrong"), COST_ANSWERS)
def test_the_cost_answer_is_read_in_each_language(right: str, wrong: str) -> None:
    labels = ("Full model:", "Window model:", "Gap:", "Cheaper:")
    question = load_question(TABLE)
    good = question.grade(_answer(labels, "2,0", right).encode(), "right.txt")
    assert good.verdict == "correct", [(d.code, d.span.line) for d in good.diagnostics]
    bad = question.grade(_answer(labels, "2,0", wrong).encode(), "wrong.txt")
    assert [d.code for d in bad.diagnostics if d.severity == "error"] == ["window-cost-wrong"]
    assert bad.parts["cost"] == 0.0


CHOICES = [
    ("la ventana deslizante, porque lee un token", "window"),
    ("el modelo de ventana es mas barato", "window"),  # accent dropped
    ("el modelo completo es más barato que la ventana", "full"),
    ("la ventana es más cara que el modelo completo", "full"),
    ("o modelo completo custa mais do que a janela", "window"),
    ("nenhum dos dois", "neither"),
    ("ni l'un ni l'autre", "neither"),
    ("das volle Modell ist billiger", "full"),
    ("il modello completo è più costoso della finestra", "window"),
    # English "plus" adds, it is not the French "more": no model is said to cost more here
    ("the full model, the window is the same network plus a mask", "full"),
    ("the window model is more efficient than the full model", "window"),
]


@pytest.mark.parametrize(("text", "expected"), CHOICES)
def test_the_chosen_model_is_told_in_each_language(text: str, expected: str) -> None:
    assert chosen_model(text) == expected


# a gap written with a decimal comma is read to its last digit: a slip in the first decimal is caught
GAPS = [("2,0", True), ("2,00", True), ("2{,}0", True), ("2,4", False), ("1,6", False), ("20", False)]


@pytest.mark.parametrize(("gap", "right"), GAPS)
def test_a_gap_with_a_decimal_comma_is_read_whole(gap: str, right: bool) -> None:
    labels = ("Full model:", "Window model:", "Gap:", "Cheaper:")
    report = load_question(TABLE).grade(_answer(labels, gap, "the window model.").encode(), "gap.txt")
    assert (report.parts["gap"] == 1.0) is right
    assert (report.verdict == "correct") is right
