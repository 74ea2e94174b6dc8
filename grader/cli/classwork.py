"""Subcommands for a whole class: `grade`, `gradescope build|run`, `prairielearn build|run`, `report`.

`register` only declares arguments; the work is imported inside `run_class_command`, so
`grader --help` stays instant.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

from grader.core.exits import EXIT_FULL, EXIT_INTERRUPTED, EXIT_USAGE, positive_megabytes, positive_seconds

CLASS_COMMANDS = ("grade", "gradescope", "prairielearn", "report")

GRADE_EPILOG = """examples:
  grader grade submissions/ --problem problems/hw1/q2.toml --out results/
  grader grade --manifest hw1.csv --out results/        # columns: student, problem, file
  grader grade submissions/ -p q2.toml --out results/ --resume   # after an interrupted run
  grader grade --manifest hw1.csv --out results/ --salt fall-2026   # each student's own [params] variant
grades.csv covers every problem graded into the --out folder; one run at a time may use it.
exit status: 0 the class was graded (grades.csv says who lost marks); 2 usage, manifest or
problem-file error, or --out in use by another run; 3 the grader failed; 130 interrupted
(rerun with --resume)."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fmt = argparse.RawDescriptionHelpFormatter
    grade = sub.add_parser(
        "grade",
        help="grade a class: a folder of submissions or a manifest",
        epilog=GRADE_EPILOG,
        formatter_class=fmt,
    )
    grade.add_argument(
        "submissions", nargs="?", help="folder: one file or folder per student, or a Gradescope export"
    )
    grade.add_argument("--problem", "-p", help="the problem file (TOML), for a folder of submissions")
    grade.add_argument(
        "--manifest", "-m", help="CSV with columns student, problem, file (paths relative to it)"
    )
    grade.add_argument(
        "--out", "-o", required=True, help="folder for grades.csv and the per-submission reports"
    )
    grade.add_argument(
        "--jobs", "-j", type=int, default=_cores(), help="worker processes (default: all cores)"
    )
    grade.add_argument(
        "--resume", action="store_true", help="keep finished reports; grade only what is missing"
    )
    grade.add_argument(
        "--timeout", type=positive_seconds, default=2.0, help="seconds per submission (default 2)"
    )
    grade.add_argument(
        "--memory", type=positive_megabytes, default=1024, help="memory per worker in MB (default 1024)"
    )
    grade.add_argument(
        "--salt",
        help="course salt for problems with [params] (default: each problem file's params.salt)",
    )
    grade.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar (auto: only on a terminal, never under CI)",
    )

    gs = sub.add_parser("gradescope", help="Gradescope autograder: build the bundle, or run inside it")
    gs_sub = gs.add_subparsers(dest="gradescope_command", required=True)
    build = gs_sub.add_parser(
        "build", help="make autograder.zip (setup.sh, run_autograder, the problems, pinned wheels)"
    )
    build.add_argument(
        "--problem",
        "-p",
        required=True,
        action="append",
        help="a problem file (TOML); repeat for an assignment of several questions",
    )
    build.add_argument(
        "--wheels",
        metavar="DIR",
        help="take the dependency wheels from DIR (offline) instead of downloading them with pip",
    )
    build.add_argument(
        "--python",
        default="3.11",
        metavar="X.Y",
        help="the CPython version the image runs the grader with (default 3.11)",
    )
    build.add_argument(
        "-o", "--output", default="autograder.zip", help="the zip to write (default autograder.zip)"
    )
    build.add_argument(
        "--visibility",
        choices=("hidden", "after_due_date", "after_published", "visible"),
        default="visible",
        help="when students see the results (default visible)",
    )
    run = gs_sub.add_parser("run", help="grade /autograder/submission into /autograder/results/results.json")
    run.add_argument(
        "--problem",
        "-p",
        action="append",
        help="a problem file, repeatable (default: ROOT/source/problem/*.toml)",
    )
    run.add_argument("--root", default="/autograder", help="the autograder folder (default /autograder)")
    run.add_argument(
        "--visibility", choices=("hidden", "after_due_date", "after_published", "visible"), default="visible"
    )
    run.add_argument(
        "--timeout", type=positive_seconds, default=60.0, help="seconds for grading (default 60)"
    )
    run.add_argument(
        "--memory", type=positive_megabytes, default=1024, help="memory budget in MB (default 1024)"
    )
    run.add_argument(
        "--salt",
        help="course salt for problems with [params] (default: each problem file's params.salt)",
    )

    pl = sub.add_parser("prairielearn", help="PrairieLearn external grader")
    pl_sub = pl.add_subparsers(dest="prairielearn_command", required=True)
    plbuild = pl_sub.add_parser(
        "build",
        help="write a ready question folder: info.json, question.html, tests/problem.toml",
        epilog="example: grader prairielearn build hw1/q1.toml -o questions/q1 --image yourcourse/lm-grader:0.1.0",
    )
    plbuild.add_argument("problem", help="the problem file (TOML)")
    plbuild.add_argument("-o", "--output", required=True, help="the question folder, such as questions/q1")
    plbuild.add_argument(
        "--image", required=True, help="the Docker image with the grader installed (docs/prairielearn.md)"
    )
    plbuild.add_argument(
        "--timeout", type=int, default=30, help="seconds PrairieLearn allows the grading job (default 30)"
    )
    plbuild.add_argument(
        "--topic", default="Language models", help="info.json topic (default: Language models)"
    )
    plbuild.add_argument("--tag", action="append", default=[], help="an info.json tag (repeatable)")
    plbuild.add_argument(
        "--force", action="store_true", help="rebuild an existing question folder (its uuid is kept)"
    )
    plrun = pl_sub.add_parser("run", help="grade ROOT/student into ROOT/results/results.json")
    plrun.add_argument(
        "--problem",
        "-p",
        action="append",
        help="a problem file, repeatable (default: ROOT/tests/problem.toml, else every ROOT/tests/*.toml)",
    )
    plrun.add_argument("--root", default="/grade", help="the job folder (default /grade)")
    plrun.add_argument(
        "--timeout", type=positive_seconds, default=20.0, help="seconds for grading (default 20)"
    )
    plrun.add_argument(
        "--memory", type=positive_megabytes, default=1024, help="memory budget in MB (default 1024)"
    )
    plrun.add_argument(
        "--salt",
        help="course salt for problems with [params] (default: each problem file's params.salt)",
    )
    plvar = pl_sub.add_parser(
        "variants",
        help="pre-draw a [params] problem's variants (v1 … vN) for a question's server.py to pick from",
    )
    plvar.add_argument("problem", help="the problem file (TOML) with a [params] table")
    plvar.add_argument("-n", "--count", type=int, default=100, help="how many variants (default 100)")
    plvar.add_argument(
        "-o", "--output", default="variants.json", help="the JSON to write (default variants.json)"
    )
    plvar.add_argument(
        "--salt",
        help="course salt for problems with [params] (default: each problem file's params.salt)",
    )

    report = sub.add_parser("report", help="a self-contained HTML report of what the class got wrong")
    report.add_argument("results", help="the --out folder of `grader grade` (any folder of saved reports)")
    report.add_argument(
        "-o", "--output", default="report.html", help="the HTML file to write (default report.html)"
    )
    report.add_argument("--title", default="Class report")
    report.add_argument(
        "--problem",
        "-p",
        action="append",
        default=[],
        metavar="FILE",
        help="a problem file, to show its statement and worked solution (repeatable; by default the "
        "paths saved in the results are tried)",
    )


def run_class_command(args: argparse.Namespace) -> int:
    try:
        if args.command == "grade":
            return _grade(args)
        if args.command == "gradescope":
            return _gradescope(args)
        if args.command == "prairielearn":
            return _prairielearn(args)
        return _report(args)
    except KeyboardInterrupt:
        print("grader: interrupted; rerun with --resume to finish", file=sys.stderr)
        return EXIT_INTERRUPTED


def _error(message: str) -> int:
    print(f"grader: error: {message}", file=sys.stderr)
    return EXIT_USAGE


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _grade(args: argparse.Namespace) -> int:
    import os

    for name in BLAS_THREADS:  # one BLAS thread per worker: --jobs decides how many cores are used
        os.environ.setdefault(name, "1")  # before numpy is first imported (the models load below)
    from grader.classwork.batch import FolderBusy, Options, render_summary, run_batch, variant_student
    from grader.classwork.classfiles import ClassFilesError, Manifest, Submissions
    from grader.core.problemfile import ProblemError
    from grader.core.question import check_variants, load_question

    if bool(args.submissions) == bool(args.manifest):
        return _error("give either a folder of submissions (with --problem) or --manifest")
    if args.jobs < 1:
        return _error("--jobs must be at least 1")
    try:
        if args.manifest:
            if args.problem:
                return _error("--problem is not used with --manifest (the manifest names each problem)")
            tasks: Manifest | Submissions = Manifest(Path(args.manifest))
        else:
            if not args.problem:
                return _error("a folder of submissions needs --problem")
            tasks = Submissions(Path(args.submissions), args.problem)
        paths = tasks.problems()  # a manifest: one walk that checks every row before grading
    except ClassFilesError as err:
        return _error(str(err))
    if not paths:  # no submission found
        return _error(f"{args.submissions or args.manifest}: no submissions (.txt, .md, .tex) found")
    problems, hashes = {}, {}
    for path in paths:
        try:
            problems[path] = load_question(path, salt=args.salt)  # each student's variant: in the batch
            # a generator: walked (once more) only for a problem with [params]
            students = (variant_student(t) for t in tasks if t.problem == path)
            check_variants(problems[path], students)
            hashes[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except (ProblemError, ClassFilesError) as err:
            return _error(str(err))
        except OSError as err:
            return _error(f"{path}: cannot read the file ({err})")
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        return _error(f"{out}: cannot create the folder ({err.strerror or err})")
    show = {"auto": None, "always": True, "never": False}[args.progress]
    options = Options(out, args.jobs, args.timeout, args.memory, args.resume)
    try:
        summary = run_batch(tasks, problems, options, hashes, sys.stderr, show)
    except (FolderBusy, ClassFilesError) as err:  # the latter: the class files changed during the run
        return _error(str(err))
    sys.stdout.write(render_summary(summary, out))
    return EXIT_FULL  # the run completed; grades.csv says who lost marks


def _gradescope(args: argparse.Namespace) -> int:
    if args.gradescope_command == "run":
        from grader.classwork.autograders import gradescope_run

        return gradescope_run(
            Path(args.root), args.problem, args.visibility, args.timeout, args.memory, args.salt
        )
    import re

    from grader.classwork.bundle import BundleError, build_gradescope_zip
    from grader.core.problemfile import ProblemError
    from grader.core.question import load_question

    if not re.fullmatch(r"3\.\d+", args.python) or int(args.python[2:]) < 11:
        return _error(f"--python: expected a CPython version from 3.11 on, such as 3.11, got {args.python!r}")
    try:
        problems = [load_question(path) for path in args.problem]
        wheels = Path(args.wheels) if args.wheels else None
        names = build_gradescope_zip(problems, Path(args.output), args.visibility, wheels, args.python)
    except (ProblemError, BundleError) as err:
        return _error(str(err))
    except OSError as err:
        return _error(f"{err.filename or args.output}: {err.strerror or err}")
    print(f"wrote {args.output}: " + ", ".join(names))
    return EXIT_FULL


def _prairielearn(args: argparse.Namespace) -> int:
    if args.prairielearn_command == "build":
        from grader.cli.authoring import run_prairielearn_build

        return run_prairielearn_build(
            args.problem, args.output, args.image, args.timeout, args.topic, args.tag, args.force
        )
    if args.prairielearn_command == "variants":
        return _prairielearn_variants(args)
    from grader.classwork.autograders import prairielearn_run

    return prairielearn_run(Path(args.root), args.problem, args.timeout, args.memory, args.salt)


MAX_VARIANTS = 10_000


def _prairielearn_variants(args: argparse.Namespace) -> int:
    import json

    from grader.classwork.batch import write_atomic
    from grader.core.problemfile import ProblemError
    from grader.core.question import VariantQuestion, load_question, variant_table

    if not 1 <= args.count <= MAX_VARIANTS:
        return _error(f"--count: expected 1 to {MAX_VARIANTS}, got {args.count}")
    try:
        question = load_question(args.problem, salt=args.salt)
        if not isinstance(question, VariantQuestion):
            return _error(f"{args.problem}: params: no [params] table, so every student has the same problem")
        table = variant_table(question, args.count, args.salt)
    except ProblemError as err:
        return _error(str(err))
    try:
        write_atomic(Path(args.output), json.dumps(table, indent=1, ensure_ascii=False) + "\n")
    except OSError as err:
        return _error(f"{args.output}: cannot write ({err.strerror or err})")
    distinct = len({json.dumps(v["params"], sort_keys=True) for v in table["variants"]})
    print(f"wrote {args.output}: {args.count} variants ({distinct} distinct) of {question.id}")
    return EXIT_FULL


def _report(args: argparse.Namespace) -> int:
    from grader.classwork.batch import write_atomic
    from grader.classwork.classproblems import find_problems
    from grader.core.classreport import gather
    from grader.writers.html_report import render

    folder = Path(args.results)
    if not folder.is_dir():
        return _error(f"{folder}: not a folder of results")
    stats = gather(folder)
    for source, why in stats.skipped:
        print(f"grader: warning: {folder / source}: skipped, {why}", file=sys.stderr)
    if not stats.problems:
        return _error(f"{folder}: no saved reports found (run `grader grade ... --out {folder}` first)")
    texts, warnings = find_problems(stats, args.problem, folder)
    for warning in warnings:
        print(f"grader: warning: {warning}", file=sys.stderr)
    out = Path(args.output)
    try:
        write_atomic(out, render(stats, args.title, texts))
    except OSError as err:
        return _error(f"{out}: cannot write ({err.strerror or err})")
    skipped = f", {len(stats.skipped)} file(s) skipped" if stats.skipped else ""
    print(f"wrote {out}: {stats.submissions} submissions, {len(stats.problems)} problem(s){skipped}")
    return EXIT_FULL
