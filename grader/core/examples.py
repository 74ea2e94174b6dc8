"""Question tests: `[[examples]]` in a problem file say what a submission must be told.

    [[examples]]
    name = "multiplied log-probs"
    submission = '''
    log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)
    = (-0.7)(-0.4) = 0.28
    '''
    verdict = "incorrect"                  # optional
    score = 0.3                            # optional (within 1e-6)
    codes = ["multiplied-log-probs", { code = "final-answer-wrong", line = 2 }]

`codes` lists exactly the diagnostics expected (in any order); a code given as a table with a
`line` must be reported on that line. `grader problems test` runs every example of every problem.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

VERDICTS = ("correct", "incorrect", "unparsable", "error")


class ExampleError(ValueError):
    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"{key}: {message}")
        self.key, self.message = key, message


@dataclass(frozen=True)
class ExpectedCode:
    code: str
    line: int | None = None


@dataclass(frozen=True)
class Example:
    name: str
    submission: str
    verdict: str | None
    score: float | None
    codes: tuple[ExpectedCode, ...]


def read_examples(raw: Any, known_codes: Iterable[str]) -> tuple[Example, ...]:
    """The `[[examples]]` of a problem file, checked; ExampleError names the bad key."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ExampleError("examples", "expected [[examples]] tables")
    codes = set(known_codes)
    out = []
    for i, entry in enumerate(raw):
        key = f"examples[{i}]"
        if not isinstance(entry, Mapping):
            raise ExampleError(key, "expected a table with name, submission and what it must be told")
        submission = entry.get("submission")
        if not isinstance(submission, str):
            raise ExampleError(f"{key}.submission", "expected the submission's text as a string")
        name = entry.get("name", f"example {i + 1}")
        if not isinstance(name, str):
            raise ExampleError(f"{key}.name", "expected a string")
        verdict = entry.get("verdict")
        if verdict is not None and verdict not in VERDICTS:
            raise ExampleError(f"{key}.verdict", f"expected one of {', '.join(VERDICTS)}, got {verdict!r}")
        score = entry.get("score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
            raise ExampleError(f"{key}.score", f"expected a number, got {score!r}")
        expected = []
        for j, item in enumerate(entry.get("codes", [])):
            here = f"{key}.codes[{j}]"
            if isinstance(item, str):
                item = {"code": item}
            if not isinstance(item, Mapping) or not isinstance(item.get("code"), str):
                raise ExampleError(here, 'expected a code or { code = "…", line = N }')
            if item["code"] not in codes:
                raise ExampleError(
                    here, f"{item['code']!r} is not a diagnostic code (`grader explain` lists them)"
                )
            line = item.get("line")
            if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 1):
                raise ExampleError(f"{here}.line", f"expected a line number, got {line!r}")
            expected.append(ExpectedCode(item["code"], line))
        if verdict is None and score is None and not expected and "codes" not in entry:
            raise ExampleError(key, "say what to expect: verdict, score and/or codes")
        out.append(
            Example(name, submission, verdict, float(score) if score is not None else None, tuple(expected))
        )
    return tuple(out)


def mismatches(example: Example, report: Any) -> list[str]:
    """How a report differs from what the example expects (empty when it passes)."""
    problems = []
    if example.verdict is not None and report.verdict != example.verdict:
        problems.append(f"verdict {report.verdict}, expected {example.verdict}")
    if example.score is not None and abs(report.score - example.score) > 1e-6:
        problems.append(f"score {report.score:g}, expected {example.score:g}")
    got = Counter(d.code for d in report.diagnostics)
    want = Counter(c.code for c in example.codes)
    if got != want:
        extra = sorted((got - want).elements())
        missing = sorted((want - got).elements())
        if extra:
            problems.append(f"unexpected {', '.join(extra)}")
        if missing:
            problems.append(f"missing {', '.join(missing)}")
    lines = {(d.code, d.span.line) for d in report.diagnostics}
    for c in example.codes:
        if c.line is not None and c.code in got and (c.code, c.line) not in lines:
            where = sorted(line for code, line in lines if code == c.code)
            problems.append(f"{c.code} on line {', '.join(map(str, where))}, expected line {c.line}")
    return problems
