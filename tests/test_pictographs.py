"""A pictograph (👍 🤔 🎉, with a skin tone or joined parts) says how the student feels, never maths: it is
blanked column for column before any kind reads a line (blind-kinds35: "Final: L·h·(nm + n(n+1)/2) = … 👍" was
a parse error, so an earlier count was taken as the answer). A metamorphic property over every bundled
problem's examples, correct and wrong alike: pictographs after each line and before the first change no
verdict, score, code or line."""

from __future__ import annotations

import pytest

from grader.core.question import load_question
from tests.conftest import ROOT

PROBLEMS = sorted((ROOT / "problems").glob("*/*.toml"))
MARKS = ("👍", "🤔", "🎉🎉", "👍🏽", "🙋\u200d♀️")


def _examples() -> list[tuple[str, str, str]]:
    out = []
    for path in PROBLEMS:
        question = load_question(path)
        out += [(str(path), example.name, example.submission) for example in question.examples]
    return out


def _outcome(report):  # type: ignore[no-untyped-def]
    return report.verdict, report.score, sorted((d.code, d.span.line) for d in report.diagnostics)


def _decorated(text: str, index: int) -> str:
    lines = text.split("\n")
    out = []
    for number, line in enumerate(lines):
        mark = MARKS[(index + number) % len(MARKS)]
        out.append(f"{line} {mark}" if line.strip() else line)
    first = next((i for i, line in enumerate(out) if line.strip()), 0)
    out[first] = f"{MARKS[index % len(MARKS)]} {out[first]}"
    return "\n".join(out)


EXAMPLES = _examples()


@pytest.mark.parametrize(("path", "name", "text"), EXAMPLES, ids=lambda v: str(v)[-40:])
def test_pictographs_change_nothing(path: str, name: str, text: str) -> None:
    question = load_question(path)
    plain = question.grade(text.encode(), "plain.txt")
    marked = question.grade(_decorated(text, len(name)).encode(), "marked.txt")
    assert _outcome(marked) == _outcome(plain)


def test_every_kind_is_covered() -> None:
    kinds = {load_question(path).kind for path in PROBLEMS}
    assert {"derivation", "compare", "cost", "decoding", "flaw", "window"} <= kinds
