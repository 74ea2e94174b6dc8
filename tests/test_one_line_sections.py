"""A whole answer on one line, as a phone's answer box sends it (blind-kinds35): a part's label that opens a
sentence in the middle of a line ("… = −1.1. Window model: …", "…; Gap: …", "… word). fix: log Pr(y|x) = …")
starts that part there, as a new line would (grader/core/pieces.py, with each kind's own label tables).

Every right variant earns full marks; its wrong twin (a wrong window value, a wrong gap, the full model named
cheaper, a wrong blamed line, a slip in the fix) stays wrong, with its diagnostic on the one line and in the
columns of the piece that holds the mistake. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.core.pieces import cut_at_labels
from grader.core.question import load_question
from grader.core.report import Report
from grader.flaw.answer import opens_correction
from grader.window.sections import opens_part, split
from tests.conftest import HANG_GUARD_SECONDS, ROOT

WINDOW = ROOT / "problems/window/deep-learning-window.toml"  # full -1.1, window -3.1 (k = 1), gap 2.0
FLAW = ROOT / "problems/flaw/dropped-conditioning.toml"  # line 1 drops y_1; the fix is -1.1

# the part labels in a language the window kind's tables know: (full, window, gap, cheaper, the cost answer)
LABELS = {
    "en": ("Full model:", "Window model (k=1):", "Gap:", "Cheaper:", "the window model, it reads one token"),
    "es": (
        "Modelo completo:",
        "Modelo de ventana (k = 1):",
        "Diferencia:",
        "Más barato:",
        "el modelo de ventana",
    ),
    "pt": ("Modelo completo:", "Janela k=1:", "Diferença:", "Mais barato:", "o modelo de janela"),
    "fr": ("Modèle complet :", "Fenêtre (k = 1) :", "Écart :", "Moins cher :", "le modèle à fenêtre"),
    "de": ("Volles Modell:", "Fenstermodell (k = 1):", "Differenz:", "Billiger:", "das Fenstermodell"),
    "it": ("Modello completo:", "Finestra:", "Differenza:", "Più economico:", "il modello a finestra"),
}
# what ends the sentence before a label, emoji included: (after the full value, after the window value, …)
SEPARATORS = {
    "stops": (". ", ". ", ". "),
    "semicolons": ("; ", "; ", "; "),
    "tight semicolons": (";", ";", ";"),
    "emoji before the stop": (" ✅. ", " 👍. ", " ✅. "),
    "emoji after the stop": (". ✅ ", ". 🤔 ", ".  👍 "),
    "mixed": (". ", "; ", " ✅; "),
}
_FULL = "log P(deep|x) + log P(learning|x,deep) = −0.7 + (−0.4) = −1.1"
_WINDOW = "log P(deep|ML) + log P(learning|deep) = −2.2 + (−0.9) = −3.1"
_WINDOW_K2 = "log P(deep|of,ML) + log P(learning|ML,deep) = −1.4 + (−0.5) = −1.9"  # a window of two tokens


def _one_line(
    lang: str, sep: str, window: str = _WINDOW, gap: str = "−1.1 − (−3.1) = 2.0", cost: str = ""
) -> str:
    full_label, window_label, gap_label, cost_label, cheaper = LABELS[lang]
    a, b, c = SEPARATORS[sep]
    return (
        f"{full_label} {_FULL}{a}{window_label} {window}{b}{gap_label} {gap}{c}{cost_label} {cost or cheaper}"
    )


def _codes(report: Report) -> set[tuple[str, int]]:
    return {(d.code, d.span.line) for d in report.diagnostics}


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("lang", LABELS)
def test_a_window_answer_on_one_line_is_read_part_by_part(lang: str, sep: str) -> None:
    question = load_question(WINDOW)
    text = _one_line(lang, sep)
    assert "\n" not in text
    report = question.grade(text.encode(), "one-line.txt")
    assert report.verdict == "correct", (text, _codes(report))
    assert report.score == report.max_score


@pytest.mark.parametrize("sep", ["stops", "semicolons", "emoji before the stop"])
@pytest.mark.parametrize("lang", ["en", "es", "de", "fr"])
def test_the_wrong_twins_on_one_line_stay_wrong(lang: str, sep: str) -> None:
    question = load_question(WINDOW)
    # a window of two tokens: caught as such, on the one line, in the window piece's columns
    text = _one_line(lang, sep, window=_WINDOW_K2, gap="−1.1 − (−1.9) = 0.8")
    kept = question.grade(text.encode(), "k2.txt")
    assert kept.verdict == "incorrect"
    assert ("window-kept-extra-token", 1) in _codes(kept), _codes(kept)
    wrong_token = [d for d in kept.diagnostics if d.code in ("wrong-token", "final-answer-wrong")]
    window_at = text.index(_WINDOW_K2)
    assert wrong_token and all(d.span.column > window_at for d in wrong_token)
    assert kept.parts["window"] < 1 and kept.parts["full"] == 1
    # a wrong gap: caught, in the gap's own columns
    text = _one_line(lang, sep, gap="−1.1 − (−3.1) = 4.2")
    gap = question.grade(text.encode(), "gap.txt")
    assert gap.verdict == "incorrect"
    (wrong,) = [d for d in gap.diagnostics if d.code == "window-gap-wrong"]
    assert wrong.span.line == 1 and text[wrong.span.column - 1 : wrong.span.end_column - 1] == "4.2"
    assert gap.parts == {**gap.parts, "full": 1.0, "window": 1.0, "gap": 0.0}
    # the full model named as cheaper
    full_named = {
        "en": "the full model",
        "es": "el modelo completo",
        "de": "das volle Modell",
        "fr": "le modèle complet",
    }
    cost = question.grade(_one_line(lang, sep, cost=full_named[lang]).encode(), "cost.txt")
    assert cost.verdict == "incorrect"
    assert ("window-cost-wrong", 1) in _codes(cost)


def test_a_wrong_subtraction_on_one_line_still_earns_half_the_gap() -> None:
    """The gap's piece is read as its own line: `= a − (b) = c` with c not a − b is the slip it is."""
    question = load_question(WINDOW)
    report = question.grade(_one_line("en", "stops", gap="Δ = −1.1 − (−3.0) = 2.0").encode(), "slip.txt")
    assert report.parts["gap"] == 0.5
    assert ("arithmetic-error", 1) in _codes(report)


# not a part's label mid-line: inside brackets, after a comma, a remark with a colon that names no part, an
# abbreviation's dot, the given values listed under model names
NOT_CUT = [
    "Full model: −0.7 + (−0.4) = −1.1 (see the window model: it differs)",
    "Full model: −0.7 + (−0.4) = −1.1, window model: later",
    "Full model: −0.7 + (−0.4) = −1.1. Note: the history is long",
    "Window model: i.e. the k = 1 table: −2.2 + (−0.9) = −3.1",
    "Full: −0.7, −0.4. Window k = 1: −2.2, −0.9",
]


@pytest.mark.parametrize("line", NOT_CUT)
def test_a_line_is_cut_only_where_a_label_opens_a_sentence(line: str) -> None:
    pieces = cut_at_labels([line], opens_part)
    assert pieces.lines == [line]


def test_pieces_keep_their_columns_and_lines() -> None:
    lines = ["intro", "Full model: −1.1. Window model: −3.1; Gap: 2.0", "Cheaper: window"]
    pieces = cut_at_labels(lines, opens_part)
    assert pieces.origin == (0, 1, 1, 1, 2)
    assert [p.strip() for p in pieces.lines] == [
        "intro",
        "Full model: −1.1.",
        "Window model: −3.1;",
        "Gap: 2.0",
        "Cheaper: window",
    ]
    assert all(
        lines[pieces.origin[k]].startswith(p.strip(), len(p) - len(p.lstrip()))
        for k, p in enumerate(pieces.lines)
    )
    assert pieces.joined(pieces.lines) == lines
    assert [pieces.number(k) for k in range(1, 6)] == [1, 2, 2, 2, 3]
    sections = split(lines)
    assert sections.owner == [None, "full", "window", "gap", "cost"]
    # each part's text keeps the answer's line numbers and columns, the other parts blanked
    window = sections.text("window", 1).split("\n")
    assert (
        len(window) == 3
        and window[1].strip() == "−3.1;"
        and window[1].index("−3.1") == lines[1].index("−3.1")
    )


# a one-line flaw analysis: the blamed line and the reason, then the fix's label opening a sentence
_FIX = "log Pr(y|x) = log Pr(deep|x) + log Pr(learning|x,deep) = −0.7 + (−0.4) = −1.1"
FLAW_LINES = [
    (
        "line 1 is the first wrong one: it forgot to condition on y_1. fix: {fix}",
        "line 2 is the first wrong one: it forgot to condition on y_1. fix: {fix}",
    ),
    (
        "Line 1 is wrong, it drops the conditioning on y_1 (so -2.3 is the wrong number); corrected: {fix} ✅",
        "Line 3 is wrong, it drops the conditioning on y_1 (so -2.3 is the wrong number); corrected: {fix} ✅",
    ),
    (
        "Line 1 is wrong: forgot to condition on y_1. ✅ Correction (line 1): {fix}",
        "Line 1 is wrong: forgot to condition on y_1. ✅ Correction (line 1): {slip}",
    ),
    (
        "La línea 1 está mal: olvidó condicionar en y_1. Corrección: {fix}",
        "La línea 2 está mal: olvidó condicionar en y_1. Corrección: {fix}",
    ),
    (
        "Zeile 1 ist falsch: die Bedingung auf y_1 fehlt. Korrektur: {fix} 👍",
        "Zeile 2 ist falsch: die Bedingung auf y_1 fehlt. Korrektur: {fix} 👍",
    ),
    (
        "La ligne 1 est fausse : oubli de conditionner sur y_1 ; corrigé : {fix}",
        "La ligne 1 est fausse : oubli de conditionner sur y_1 ; corrigé : {slip}",
    ),
    (
        "A linha 1 está errada: esqueceu de condicionar em y_1. Correção: {fix}",
        "A linha 2 está errada: esqueceu de condicionar em y_1. Correção: {fix}",
    ),
]
_SLIP = "log Pr(y|x) = −0.7 + (−0.4) = −0.3"


@pytest.mark.parametrize(("right", "wrong"), FLAW_LINES)
def test_a_flaw_analysis_on_one_line_has_its_fix_read(right: str, wrong: str) -> None:
    question = load_question(FLAW)
    text = right.format(fix=_FIX)
    assert "\n" not in text
    report = question.grade(text.encode(), "one-line.txt")
    assert report.verdict == "correct", (text, _codes(report))
    assert report.score == report.max_score
    assert report.parts["correction"] == 1.0
    assert report.final_answer is not None and report.final_answer.line == 1
    twin = question.grade(wrong.format(fix=_FIX, slip=_SLIP).encode(), "twin.txt")
    assert twin.verdict == "incorrect", (wrong, _codes(twin))
    assert twin.score < twin.max_score
    assert {"wrong-line-blamed", "arithmetic-error", "final-answer-wrong"} & {
        d.code for d in twin.diagnostics
    }


@pytest.mark.parametrize(
    "rest",
    ["fix: log …", "Corrección: …", "Korrektur: …", "corrigé : …", "**Fix:** …", "Correction (line 1): …"],
)
def test_a_fix_label_opens_the_correction(rest: str) -> None:
    assert opens_correction(rest)


@pytest.mark.parametrize("rest", ["fixing it gives -1.1", "correct that: no", "the fix: …", "fix the sign"])
def test_words_that_are_no_fix_label_do_not(rest: str) -> None:
    assert not opens_correction(rest)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (WINDOW, "x; Gap: 1" * 6000),
        (WINDOW, "Full model: 1. " * 4000),
        (WINDOW, "(" * 30000 + ". Gap: 1" * 3000),
        (FLAW, "x. fix: 1" * 6000),
    ],
)
def test_a_hostile_line_of_labels_is_graded_within_the_budget(path: Path, text: str) -> None:
    """A line is cut into at most a handful of pieces, each label judged on its own sentence only."""
    from grader.core.question import grade_with_budget

    assert len(cut_at_labels([text], opens_part).lines) <= 8
    report = grade_with_budget(load_question(path), text.encode(), "s.txt", HANG_GUARD_SECONDS, 1024)
    assert report.verdict != "error", report.codes
