"""Two reading classes a cost answer in French, German or Italian showed, pinned in several languages:
each right variant earns full marks with no warning, its wrong twin (same layout, a wrong count or a
wrong step) stays caught.

- A heading that names the answer ("**Antwort:**", "Réponse :", "Answer:") written before anything else
  titles the whole text: the working under it is not the answer, the count the text ends on is, and its
  prose lines ("Donc le travail total croît en") are prose, not maths that failed to parse. The same
  heading after the working, or a summary's heading ("Conclusion") even opening the text, still makes
  its paragraph the answer.
- A sum broken over lines, the next line opening with `+` (`4d^2 + 8d^2` / `+ 2id` / `= 12d^2 + 2id`),
  is one expression: the step after it is judged against the whole sum, not its last line."""

from __future__ import annotations

import pytest

from tests.test_cost_classes2 import errors, grade

FLOPS_SUM = (
    "Sur $L$ couches et $n$ étapes :\n"
    "\\[ \\sum_{i=1}^{n} L(12d^2 + 2id) = 12Lnd^2 + Ldn(n+1) \\]\n"
    "Donc le travail total croît en\n"
    "\\[ O(Lnd^2 + Ln^2 d) \\]\n"
)

# (class, problem, right variant, its wrong twin)
CLASSES = [
    # ---- a heading naming the answer, opening the text, titles the whole text ----------------------
    (
        "de heading opens the text, working below",
        "cache-memory",
        "**Antwort:**\n\nDer Cache hält m + n Positionen.\nJe Position und Schicht: Key und Value, also 2d"
        " Zahlen.\n\nInsgesamt 2dL(m + n) Zahlen.",
        "**Antwort:**\n\nDer Cache hält n Positionen.\nJe Position und Schicht: Key und Value, also 2d"
        " Zahlen.\n\nInsgesamt 2dLn Zahlen.",
    ),
    (
        "fr heading opens the text, working below",
        "cache-memory",
        "Réponse :\n\nOn garde m + n positions.\nDans chaque couche, une position stocke 2d nombres.\n\n"
        "Au total : 2Ld(m+n) nombres.",
        "Réponse :\n\nOn garde m + n positions.\nDans chaque couche, une position stocke d nombres.\n\n"
        "Au total : Ld(m+n) nombres.",
    ),
    (
        "it heading opens the text, working below",
        "cache-memory",
        "Risposta:\n\nPosizioni in cache: m + n.\nPer ogni posizione e ogni strato: 2d numeri.\n\n"
        "In totale 2 L d (m + n) numeri.",
        "Risposta:\n\nPosizioni in cache: n.\nPer ogni posizione e ogni strato: 2d numeri.\n\n"
        "In totale 2 L d n numeri.",
    ),
    (
        "en heading opens the text, working below",
        "cache-memory",
        "## Answer\n\nThe cache holds m + n positions.\nEach position and layer keeps 2d numbers.\n\n"
        "Total: 2dL(m+n).",
        "## Answer\n\nThe cache holds m + n positions.\nEach position and layer keeps 2d numbers.\n\n"
        "Total: 2dL(m+n) + 2dL.",
    ),
    (
        "fr heading opens a LaTeX text whose prose lines sit between displays",
        "cached-flops",
        "\\textbf{Réponse :}\nÀ l'étape $i$, une couche coûte $12d^2 + 2id$.\n" + FLOPS_SUM,
        "\\textbf{Réponse :}\nÀ l'étape $i$, une couche coûte $12d^2 + 2id$.\n"
        + FLOPS_SUM.replace("O(Lnd^2 + Ln^2 d)", "O(Lnd^2)"),
    ),
    (
        "de heading opens a LaTeX text whose prose lines sit between displays",
        "cached-flops",
        "\\textbf{Antwort:}\nIn Schritt $i$ kostet eine Schicht $12d^2 + 2id$.\n"
        + FLOPS_SUM.replace("Donc le travail total croît en", "Also wächst die Gesamtarbeit wie"),
        "\\textbf{Antwort:}\nIn Schritt $i$ kostet eine Schicht $12d^2 + 2id$.\n"
        + FLOPS_SUM.replace("Donc le travail total croît en", "Also wächst die Gesamtarbeit wie").replace(
            "O(Lnd^2 + Ln^2 d)", "O(Ln^2 d^2)"
        ),
    ),
    (
        "a heading after the working still gives the answer in its paragraph",
        "cache-memory",
        "Je Position: 2dL Zahlen, für m + n Positionen.\n\n**Antwort:**\n2dL(m+n)\n\nOhne Prompt: 2dLn.",
        "Je Position: 2dL Zahlen, für m + n Positionen.\n\n**Antwort:**\n2dLn\n\nMit Prompt: 2dL(m+n).",
    ),
    (
        "fr summary heading opening the text still gives the answer in its paragraph",
        "cache-memory",
        "Conclusion\n\nLe cache garde 2Ld(m+n) nombres.\n\nDétail : sans le prompt on aurait 2Ldn.",
        "Conclusion\n\nLe cache garde 2Ldn nombres.\n\nDétail : avec le prompt on aurait 2Ld(m+n).",
    ),
    (
        "it summary heading opening the text still gives the answer in its paragraph",
        "cache-memory",
        "## Conclusione\n\nLa cache tiene 2Ld(m+n) numeri.\n\nSenza il prompt sarebbero 2Ldn.",
        "## Conclusione\n\nLa cache tiene 2Ldn numeri.\n\nCon il prompt sarebbero 2Ld(m+n).",
    ),
    # ---- a sum broken over lines, the next opening with `+` ----------------------------------------
    (
        "fr sum broken over a display's lines",
        "cached-flops",
        "Pour l'étape $i$, dans une couche :\n\\[\n4d^2 + 8d^2\n+ id + id\n= 12d^2 + 2id\n\\]\n" + FLOPS_SUM,
        "Pour l'étape $i$, dans une couche :\n\\[\n4d^2 + 8d^2\n+ id + id\n= 12d^2 + id\n\\]\n" + FLOPS_SUM,
    ),
    (
        "it sum broken over a display's lines, LaTeX line breaks",
        "cached-flops",
        "Al passo $i$, per strato:\n\\[\n4d^2 + 8d^2 \\\\\n+ 2id \\\\\n= 12d^2 + 2id\n\\]\n"
        + FLOPS_SUM.replace("Donc le travail total croît en", "Quindi il lavoro totale cresce come"),
        "Al passo $i$, per strato:\n\\[\n4d^2 + 8d^2 \\\\\n+ 2id \\\\\n= 14d^2\n\\]\n"
        + FLOPS_SUM.replace("Donc le travail total croît en", "Quindi il lavoro totale cresce come"),
    ),
    (
        "en sum broken over plain lines",
        "cached-flops",
        "Step i, one layer:\n4d^2 + 8d^2\n+ 2id\n= 12d^2 + 2id\n"
        "Sum over i = 1..n and L layers: 12Lnd^2 + Ldn(n+1), so O(Lnd^2 + Ln^2 d).",
        "Step i, one layer:\n4d^2 + 8d^2\n+ 2id\n= 12d^2 + 4id\n"
        "Sum over i = 1..n and L layers: 12Lnd^2 + Ldn(n+1), so O(Lnd^2 + Ln^2 d).",
    ),
]


@pytest.mark.parametrize(("name", "problem", "right", "wrong"), CLASSES, ids=[c[0] for c in CLASSES])
def test_the_right_variant_earns_full_marks_unwarned(name: str, problem: str, right: str, wrong: str) -> None:
    report = grade(problem, right)
    assert (report.verdict, report.score, errors(report)) == ("correct", 1.0, []), right
    assert [d.code for d in report.diagnostics] == [], right


@pytest.mark.parametrize(("name", "problem", "right", "wrong"), CLASSES, ids=[c[0] for c in CLASSES])
def test_its_wrong_twin_stays_caught(name: str, problem: str, right: str, wrong: str) -> None:
    report = grade(problem, wrong)
    assert report.verdict != "correct" and report.score < 1.0, wrong


@pytest.mark.parametrize("text", [c[3] for c in CLASSES if "broken" in c[0]], ids=lambda t: t.split("\n")[0])
def test_a_wrong_step_after_a_broken_sum_is_blamed_on_its_line(text: str) -> None:
    report = grade("cached-flops", text)
    wrong_line = next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith("="))
    assert ("invalid-step", wrong_line) in [(d.code, d.span.line) for d in report.diagnostics], text
