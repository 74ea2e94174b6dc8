"""Measure the grader on a blind set: correct work given full marks, wrong work caught, side by side
with a plain final-answer check, and where the first mistake is placed.

    python scripts/blind_measure.py tests/corpus/blind6          # the table
    python scripts/blind_measure.py tests/corpus/blind6 --misses # and every disagreement

A blind set is written by authors who saw only the problem statements; its labels.toml gives, for
each file, `problem` (a stem under problems/seed/), `verdict` (correct | incorrect | unreadable),
the `final` value written and, for wrong work, `first_wrong_line` and `mistakes` in words.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A number as a person writes it: -1.1, .25, 3.09e-5, 3.09 × 10^{-5}, 3.09 \times 10^{-5}, 9/8281.
_NUMBER = re.compile(
    r"(?P<sign>[-−])?\s*(?P<mant>\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?:[eE](?P<e>[-−+]?\d+)|\s*(?:×|\\times|x|\*|\\cdot)\s*10\s*\^\s*\{?\s*(?P<p>[-−+]?\d+)\s*\}?))?"
    r"(?:\s*/\s*(?P<den>\d+(?:\.\d+)?))?"
)


def last_number(text: str) -> float | None:
    """The last number written in a text: the plain final-answer check a peer tool would do."""
    value = None
    for m in _NUMBER.finditer(text):
        try:
            v = float(m["mant"])
            exponent = m["e"] or m["p"]
            if exponent:
                v *= 10.0 ** int(exponent.replace("−", "-"))
            if m["den"]:
                v /= float(m["den"])
            if m["sign"]:
                v = -v
        except (ValueError, OverflowError, ZeroDivisionError):
            continue
        value = v
    return value


@dataclass
class Tally:
    correct_full: int = 0
    correct_total: int = 0
    wrong_caught: int = 0
    wrong_total: int = 0
    unreadable_flagged: int = 0
    unreadable_total: int = 0
    baseline_correct: int = 0
    baseline_wrong: int = 0
    baseline_known: bool = False  # a final-answer check needs a numeric reference (the derivation kind)
    lines_agree: int = 0
    lines_total: int = 0
    named_on_correct: int = 0  # correct work told of a mistake (any error code)
    misses: list[str] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(
        default_factory=dict
    )  # kind -> [correct full, correct, caught, wrong]


def problem_path(problem_id: str) -> Path:
    """A seed problem's stem, or `kind--name` for problems/<kind>/<name>.toml."""
    if "--" in problem_id:
        kind, name = problem_id.split("--", 1)
        return ROOT / "problems" / kind / f"{name}.toml"
    return ROOT / "problems/seed" / f"{problem_id}.toml"


def measure(folder: Path) -> Tally:
    from grader.core.question import failure_report, load_question

    labels = tomllib.loads((folder / "labels.toml").read_text())["submission"]
    questions: dict[str, object] = {}
    t = Tally()
    for entry in labels:
        stem = entry["problem"]
        question = questions.setdefault(stem, load_question(problem_path(stem)))
        data = (folder / entry["file"]).read_bytes()
        try:
            report = question.grade(data, entry["file"])  # type: ignore[attr-defined]
        except Exception as err:  # a bug met: counted as the grader's CLI reports it, verdict `error`
            report = failure_report(question, entry["file"], err)  # type: ignore[arg-type]
        problem = question.problem if question.kind == "derivation" else None  # type: ignore[attr-defined]
        t.baseline_known |= problem is not None
        full = report.verdict == "correct"
        last = last_number(data.decode("utf-8", "replace"))
        baseline_full = (
            problem is not None
            and last is not None
            and problem.tolerance.allows(last, problem.reference.value)
        )
        errors = [d for d in report.diagnostics if d.severity == "error"]
        label = entry["verdict"]
        kind = t.by_kind.setdefault(question.kind, [0, 0, 0, 0])  # type: ignore[attr-defined]
        if label == "correct":
            kind[0] += full
            kind[1] += 1
        elif label == "incorrect":
            kind[2] += not full
            kind[3] += 1
        what = f"{entry['file']}: labelled {label}, got {report.verdict} {[(d.code, d.span.line) for d in report.diagnostics]}"
        if label == "correct":
            t.correct_total += 1
            t.correct_full += full
            t.baseline_correct += baseline_full
            t.named_on_correct += bool(errors)
            if not full:
                t.misses.append(what)
        elif label == "incorrect":
            t.wrong_total += 1
            t.wrong_caught += not full
            t.baseline_wrong += not baseline_full
            if full:
                t.misses.append(what + f" ({'; '.join(entry.get('mistakes', []))})")
            elif "first_wrong_line" in entry and errors:
                t.lines_total += 1
                first = min(d.span.line for d in errors)
                t.lines_agree += first == entry["first_wrong_line"]
        else:
            t.unreadable_total += 1
            flagged = report.verdict in ("unparsable", "error") or report.needs_review
            t.unreadable_flagged += flagged
            if not flagged:
                t.misses.append(what)
    return t


def _share(a: int, b: int) -> str:
    return f"{a} / {b} = {a / b:.0%}" if b else "—"


def render(t: Tally) -> str:
    return "\n".join(
        [
            "| | correct work given full marks | wrong work caught |",
            "|---|---|---|",
            f"| grader | {_share(t.correct_full, t.correct_total)} | {_share(t.wrong_caught, t.wrong_total)} |",
            f"| last number in the text vs the reference | {_share(t.baseline_correct, t.correct_total)} "
            f"| {_share(t.baseline_wrong, t.wrong_total)} |"
            if t.baseline_known
            else "| last number in the text vs the reference | — (not a number) | — |",
            "",
            f"correct work told of a mistake (any error code): {_share(t.named_on_correct, t.correct_total)}",
            f"unreadable work sent for review (unparsable or needs_review): {_share(t.unreadable_flagged, t.unreadable_total)}",
            f"first error on the labelled line (wrong work caught with an error code): {_share(t.lines_agree, t.lines_total)}",
            *(
                [
                    "by kind (correct work full marks; wrong work caught): "
                    + ", ".join(f"{k} {v[0]}/{v[1]}; {v[2]}/{v[3]}" for k, v in sorted(t.by_kind.items()))
                ]
                if len(t.by_kind) > 1
                else []
            ),
        ]
    )


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv and not argv[0].startswith("-") else ROOT / "tests/corpus/blind6"
    t = measure(folder)
    print(render(t))
    if "--misses" in argv:
        print("\n" + "\n".join(t.misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
