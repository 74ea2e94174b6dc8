"""Measure the grader against the labelled corpus: precision and recall per code, verdicts, lines.

python scripts/corpus_accuracy.py [--split tune|holdout|all] [--show-misses]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Result:
    per_code: dict[str, Tally]
    verdicts_agree: int
    lines_agree: int
    lines_total: int
    total: int
    misses: list[str]


def measure(split: str = "all") -> Result:
    from grader.derivation.grade import grade_bytes
    from grader.derivation.problem import load_problem

    labels = []
    for name in sorted(CORPUS.glob("labels*.toml")):
        labels.extend(tomllib.loads(name.read_text())["submission"])
    problems: dict[str, object] = {}
    per_code: dict[str, Tally] = {}
    verdicts = lines_agree = lines_total = total = 0
    misses: list[str] = []
    for entry in labels:
        if split != "all" and entry.get("split") != split:
            continue
        total += 1
        problem = problems.setdefault(entry["problem"], load_problem(ROOT / entry["problem"]))
        report = grade_bytes((CORPUS / entry["file"]).read_bytes(), problem, entry["file"])  # type: ignore[arg-type]
        expected = Counter(c["code"] for c in entry.get("codes", []))
        got = Counter(d.code for d in report.diagnostics if d.severity != "internal")
        for code in set(expected) | set(got):
            tally = per_code.setdefault(code, Tally())
            tally.tp += min(expected[code], got[code])
            tally.fp += max(0, got[code] - expected[code])
            tally.fn += max(0, expected[code] - got[code])
        verdicts += report.verdict == entry["verdict"]
        got_lines = {(d.code, d.span.line) for d in report.diagnostics}
        for c in entry.get("codes", []):
            if c["code"] in got:
                lines_total += 1
                lines_agree += (c["code"], c.get("line")) in got_lines
        if expected != got or report.verdict != entry["verdict"]:
            misses.append(
                f"{entry['file']}: expected {entry['verdict']} {sorted(expected.elements())}, "
                f"got {report.verdict} {[(d.code, d.span.line) for d in report.diagnostics]}"
            )
    return Result(per_code, verdicts, lines_agree, lines_total, total, misses)


def table(result: Result) -> str:
    rows = ["| code | precision | recall | TP | FP | FN |", "|---|---|---|---|---|---|"]
    for code in sorted(result.per_code):
        t = result.per_code[code]
        rows.append(f"| {code} | {t.precision:.2f} | {t.recall:.2f} | {t.tp} | {t.fp} | {t.fn} |")
    rows.append("")
    rows.append(
        f"verdict agreement: {result.verdicts_agree}/{result.total} = {result.verdicts_agree / max(result.total, 1):.3f}"
    )
    rows.append(
        f"line agreement (codes found): {result.lines_agree}/{result.lines_total} = {result.lines_agree / max(result.lines_total, 1):.3f}"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--split",
        choices=("tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "all"),
        default="tune",
    )
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.split)
    print(table(result))
    if args.show_misses:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
