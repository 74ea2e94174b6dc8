"""Work written around in another language is graded as in English (issue 10, metamorphic).

Each bundled problem's correct plain-text question tests are graded again with every line labelled as a
step in Spanish, Portuguese, German or French ("Paso 2: …", "Schritt 2) …"), and with a closing sentence
restating the answer in that language ("Entonces el resultado es -1.1."). The verdict stays correct and
the score full. blind16 (a Spanish- and Portuguese-speaking course) showed the classes: step labels
other than "Step", and prose with accented letters, left whole lines unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.derivation.grade import grade_text
from grader.derivation.problem import load_problem
from tests.conftest import ROOT

SEED = sorted((ROOT / "problems/seed").glob("*.toml"))

# (step label with {k}, a sentence restating the answer with {v})
LANGUAGES = {
    "es": ("Paso {k}: ", "Entonces el resultado es {v}."),
    "pt": ("Passo {k} - ", "Logo, a resposta é {v}."),
    "de": ("Schritt {k}) ", "Also ist das Ergebnis {v}."),
    "fr": ("Étape {k} : ", "Donc le résultat est {v}."),
}


def _cases() -> list[tuple[Path, int, str]]:
    cases = []
    for path in SEED:
        problem = load_problem(path)
        for n, example in enumerate(problem.examples):
            text = example.submission
            table = any(line.lstrip().startswith("|") for line in text.splitlines())
            if example.verdict == "correct" and not table and not any(c in text for c in "\\$#`"):
                cases.extend((path, n, lang) for lang in LANGUAGES)
    return cases


@pytest.mark.parametrize(
    ("path", "index", "lang"), _cases(), ids=lambda v: v.stem if isinstance(v, Path) else None
)
def test_steps_labelled_in_another_language_are_read(path: Path, index: int, lang: str) -> None:
    problem = load_problem(path)
    submission = problem.examples[index].submission
    assert grade_text(submission, problem).verdict == "correct"
    label, sentence = LANGUAGES[lang]
    lines = [line for line in submission.splitlines() if line.strip()]
    labelled = [label.format(k=k) + line.lstrip() for k, line in enumerate(lines, 1)]
    value = f"{problem.reference.value:.4g}"
    text = "\n".join(labelled) + "\n" + sentence.format(v=value) + "\n"
    after = grade_text(text, problem)
    assert after.verdict == "correct" and after.score == after.max_score, (
        text,
        [(d.code, d.span.line, d.message) for d in after.diagnostics],
    )
