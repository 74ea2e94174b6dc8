"""The behaviour snapshot: verdict, codes with lines, score and rubric parts of every labelled corpus
submission (blind sets included), every problem's [[examples]] entry (every question kind) and the
README's sample, as the grader gives them now.

    python scripts/snapshot.py            # compare with tests/snapshots/behaviour.json (what the test does)
    python scripts/snapshot.py --update   # rewrite it, after a behaviour change made on purpose

A pure move (a refactor) leaves the snapshot unchanged; a behaviour change updates it in a commit of
its own that says why.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests/snapshots/behaviour.json"
README_SAMPLE = ("examples/deep-learning/bob.txt", "problems/seed/deep-learning.toml")


def _entry(report: Any) -> dict[str, Any]:
    return {
        "verdict": report.verdict,
        "codes": [[d.code, d.span.line] for d in report.diagnostics],
        "score": round(report.score, 6),
        "parts": {name: round(credit, 6) for name, credit in sorted(report.parts.items())},
    }


def current() -> dict[str, dict[str, Any]]:
    """What the grader gives now, keyed by where each submission comes from (every kind, through the seam)."""
    from blind_measure import problem_path  # a blind set's problem id (a seed stem, or kind--name)

    from grader.core.question import example_cases, failure_report, load_question

    def _graded(asked: Any, data: bytes, name: str) -> Any:
        """The report, or for a bug met the `error` report the CLI gives (pinned, so a crash shows)."""
        try:
            return asked.grade(data, name)
        except Exception as err:
            return failure_report(asked, name, err)

    questions: dict[str, Any] = {}

    def question(path: str) -> Any:
        if path not in questions:
            questions[path] = load_question(ROOT / path)
        return questions[path]

    out: dict[str, dict[str, Any]] = {}
    corpus = ROOT / "tests/corpus"
    for labels in sorted(corpus.glob("labels*.toml")):
        for entry in tomllib.loads(labels.read_text())["submission"]:
            report = _graded(question(entry["problem"]), (corpus / entry["file"]).read_bytes(), entry["file"])
            out[f"corpus:{entry['file']}"] = _entry(report)
    for labels in sorted(corpus.glob("*/labels.toml")):  # blind sets labelled by verdict only
        for entry in tomllib.loads(labels.read_text())["submission"]:
            file = labels.parent / entry["file"]
            asked = question(problem_path(entry["problem"]).relative_to(ROOT).as_posix())
            report = _graded(asked, file.read_bytes(), entry["file"])
            out[f"corpus:{file.relative_to(corpus).as_posix()}"] = _entry(report)
    for path in sorted((ROOT / "problems").rglob("*.toml")):
        relative = path.relative_to(ROOT).as_posix()
        for runs in example_cases(question(relative), runs=1):  # a template example: its first variant
            _, asked, example = runs[0]
            report = asked.grade(example.submission.encode(), example.name)
            out[f"example:{relative}:{example.name}"] = _entry(report)
    file, sample_problem = README_SAMPLE
    out[f"readme:{file}"] = _entry(question(sample_problem).grade((ROOT / file).read_bytes(), file))
    return out


def differences(saved: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """One line per submission whose behaviour changed, added or went away."""
    out = []
    for key in sorted(set(saved) | set(now)):
        if key not in now:
            out.append(f"{key}: gone from the snapshot's sources")
        elif key not in saved:
            out.append(f"{key}: new, not in the snapshot")
        elif saved[key] != now[key]:
            changed = {
                k: (saved[key].get(k), now[key].get(k)) for k in now[key] if saved[key].get(k) != now[key][k]
            }
            out.append(f"{key}: " + "; ".join(f"{k} {a} -> {b}" for k, (a, b) in changed.items()))
    return out


def main(argv: list[str]) -> int:
    now = current()
    if "--update" in argv:
        SNAPSHOT.write_text(json.dumps(now, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {len(now)} submissions")
        return 0
    diff = differences(json.loads(SNAPSHOT.read_text()), now)
    print("\n".join(diff) or f"unchanged: {len(now)} submissions")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
