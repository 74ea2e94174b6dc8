"""The `grader` command. Heavy modules are imported inside the subcommands so --help is instant.

Exit statuses are in `grader.core.exits`: 0 full marks; 1 not full marks (also unparsable work);
2 usage error or a broken problem file; 3 the grader failed (internal error or timeout).
"""

from __future__ import annotations

import argparse
import sys

from grader.core.exits import (
    EXIT_FULL,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    exit_for_verdict,
    positive_megabytes,
    positive_seconds,
)

EPILOG = """exit status: 0 full marks; 1 not full marks (also unparsable work); 2 usage error or broken
problem file; 3 the grader failed (internal error or timeout; the report says which).
examples:
  grader check hw1/alice.txt --problem problems/seed/deep-learning.toml
  grader check hw1/alice.txt --problem problems/seed/deep-learning.toml --format json
  grader explain multiplied-log-probs
  grader solve --problem problems/seed/sam-corpus.toml
  grader problems new derivation -o hw1/q1.toml
  grader problems show hw1/q1.toml --as student --format html > q1.html
  grader problems lint hw1/
  grader problems test problems/"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 without a traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="grader",
        description="Check a student's derivation of a sequence probability under a language model, step by step.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    check = sub.add_parser(
        "check",
        help="grade one submission",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("submission", help="the student's file (.txt, .md, .tex); - for standard input")
    check.add_argument("--problem", "-p", required=True, help="the problem file (TOML)")
    check.add_argument("--student", help="grade against this student's variant of a problem with [params]")
    check.add_argument("--salt", help="the course salt of the variants (default: the file's params.salt)")
    check.add_argument("--format", "-f", choices=("text", "json"), default="text")
    check.add_argument(
        "--audience",
        choices=("staff", "student"),
        default="staff",
        help="student: what a student is shown (expected values hidden unless the problem's `reveal` allows)",
    )
    check.add_argument(
        "--timeout", type=positive_seconds, default=2.0, help="seconds allowed for grading (default 2)"
    )
    check.add_argument(
        "--memory", type=positive_megabytes, default=1024, help="memory budget in MB (default 1024)"
    )

    explain = sub.add_parser("explain", help="explain a diagnostic code (all codes if none is given)")
    explain.add_argument("code", nargs="?")

    solve = sub.add_parser("solve", help="print the worked reference solution of a problem", add_help=False)
    solve.add_argument("rest", nargs=argparse.REMAINDER)

    problems = sub.add_parser("problems", help="instructor tools for problem files")
    problems_sub = problems.add_subparsers(dest="problems_command", parser_class=_Parser, required=True)
    test = problems_sub.add_parser("test", help="run every [[examples]] entry of the problem files")
    test.add_argument(
        "paths", nargs="*", default=["problems"], help="problem files or folders (default: problems)"
    )
    new = problems_sub.add_parser("new", help="write a commented template of a problem file of a kind")
    new.add_argument("kind", help="the question kind, such as derivation")
    new.add_argument("-o", "--output", help="the file to write (default: standard output); never overwritten")
    show = problems_sub.add_parser("show", help="preview a problem as a student or as staff sees it")
    show.add_argument("problem", help="the problem file (TOML)")
    show.add_argument("--format", "-f", choices=("markdown", "html"), default="markdown")
    show.add_argument(
        "--as",
        dest="audience",
        choices=("student", "staff"),
        default="staff",
        help="student: the statement and model only; staff (default): also the worked solution",
    )
    show.add_argument("--student", help="show this student's variant of a problem with [params]")
    show.add_argument("--salt", help="the course salt of the variants (default: the file's params.salt)")
    lint = problems_sub.add_parser(
        "lint",
        help="find likely mistakes in problem files",
        epilog="exit status: 0 clean (info lines only); 1 findings; 2 a file cannot be read as a problem file",
    )
    lint.add_argument("paths", nargs="+", help="problem files or folders")
    from grader.cli.classwork import register  # grade, gradescope, prairielearn, report

    register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; an unexpected failure is reported in one line with status 3, never a traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("grader: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as err:  # a bug in the grader: say so, and keep it apart from "not full marks"
        print(
            f"grader: internal error: {type(err).__name__}: {err}; this is a bug in the grader, "
            "not in the work graded (set GRADER_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        import os

        if os.environ.get("GRADER_DEBUG"):
            raise
        return EXIT_INTERNAL


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "solve":
        return _solve(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, or a usage error argparse has already printed
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.version:
        from grader import __version__

        print(f"grader {__version__}")
        return EXIT_FULL
    if args.command == "check":
        return _check(args)
    if args.command == "explain":
        return _explain(args.code)
    if args.command == "problems":
        return _problems(args)
    from grader.cli.classwork import CLASS_COMMANDS, run_class_command

    if args.command in CLASS_COMMANDS:
        return run_class_command(args)
    parser.print_help()
    return EXIT_USAGE


def _check(args: argparse.Namespace) -> int:
    from grader.core.problemfile import ProblemError
    from grader.core.question import grade_with_budget, load_question

    try:
        problem = load_question(args.problem, args.student, args.salt)
    except ProblemError as err:
        print(f"grader: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    name = args.submission
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except OSError as err:
        print(f"grader: error: cannot read {name}: {err.strerror or err}", file=sys.stderr)
        return EXIT_USAGE
    report = grade_with_budget(problem, data, name, args.timeout, args.memory)
    if args.audience == "student":
        report = problem.student_view(report)
    if args.format == "json":
        from grader.writers.json_writer import render
    else:
        from grader.writers.text import render
    sys.stdout.write(render(report))
    return exit_for_verdict(report.verdict)


def _problems(args: argparse.Namespace) -> int:
    from grader.cli.authoring import run_lint, run_new, run_show

    if args.problems_command == "new":
        return run_new(args.kind, args.output)
    if args.problems_command == "show":
        return run_show(args.problem, args.format, args.audience, args.student, args.salt)
    if args.problems_command == "lint":
        return run_lint(args.paths)
    from grader.classwork.problem_tests import run_problem_tests

    return run_problem_tests(args.paths)


def _solve(argv: list[str]) -> int:
    """`grader solve --problem P [--format text|json|markdown]`; 2 on a broken problem file."""
    from grader.core.problemfile import ProblemError
    from grader.core.question import SOLUTION_FORMATS, load_question

    parser = argparse.ArgumentParser(
        prog="grader solve", description="Print a problem's worked reference solution."
    )
    parser.add_argument("--problem", "-p", required=True, help="the problem file (TOML)")
    parser.add_argument("--format", choices=SOLUTION_FORMATS, default="text")
    parser.add_argument("--student", help="solve this student's variant of a problem with [params]")
    parser.add_argument("--salt", help="the course salt of the variants (default: the file's params.salt)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        question = load_question(args.problem, args.student, args.salt)
    except ProblemError as err:
        print(f"grader solve: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(question.solve(args.format))
    return EXIT_FULL


def _explain(code: str | None) -> int:
    from grader.core.diagnostics import REGISTRY, explain

    if code is None:
        width = max(len(c) for c in REGISTRY)
        for entry in REGISTRY.values():
            print(f"{entry.code.ljust(width)}  {entry.title}")
        return EXIT_FULL
    if code not in REGISTRY:
        import difflib

        close = difflib.get_close_matches(code, REGISTRY, n=1)
        suggestion = f"; did you mean {close[0]}?" if close else "; `grader explain` lists them"
        print(f"grader: error: no diagnostic code {code!r}{suggestion}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(explain(code))
    return EXIT_FULL


if __name__ == "__main__":
    sys.exit(main())
