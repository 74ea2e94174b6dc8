"""Hostile submission folders: links are never followed, special files never read, manifests stay confined."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grader.classwork.batch import read_parts, read_submission
from grader.classwork.classfiles import (
    LINK,
    SPECIAL,
    ClassFilesError,
    discover,
    read_manifest,
    submission_files,
)
from grader.cli.main import main
from grader.core.precheck import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = ROOT / "problems/seed/deep-learning.toml"
GOOD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1) = -0.7 + (-0.4) = -1.1\n"
BAD = "log Pr(y|x) = log Pr(y_1|x) + log Pr(y_2|x, y_1)\n= (-0.7)(-0.4)\n= 0.28\n"
SECRET = "log Pr(y|x) = -1.1 SECRET-TOKEN-4242\n"  # a file outside the submission, worth full marks


def build(root: Path, files: dict[str, str], links: dict[str, str]) -> Path:
    """Write `files` (path: text) and symbolic `links` (path: target) under root."""
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    for rel, target in links.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, root / rel)
    return root


# (files, links, bob's task: (file names read, entries skipped)); alice always has her own answer
LINK_LAYOUTS = [
    ({"alice.txt": GOOD}, {"bob.txt": "alice.txt"}, ([], [f"bob.txt: {LINK}"])),
    ({"alice/answer.txt": GOOD}, {"bob": "alice"}, ([], [f"bob: {LINK}"])),
    (
        {"alice/answer.txt": GOOD},
        {"bob/answer.txt": "../alice/answer.txt"},
        ([], [f"bob/answer.txt: {LINK}"]),
    ),
    ({"alice/answer.txt": GOOD}, {"bob/answer.txt": "/proc/self/environ"}, ([], [f"bob/answer.txt: {LINK}"])),
    ({"alice/answer.txt": GOOD}, {"bob/work": "../alice"}, ([], [f"bob/work: {LINK}"])),
    (
        {"alice/answer.txt": GOOD, "bob/own.md": BAD},
        {"bob/copied.txt": "../alice/answer.txt"},
        (["own.md"], [f"bob/copied.txt: {LINK}"]),
    ),
]


@pytest.mark.parametrize(
    ("files", "links", "bob"),
    LINK_LAYOUTS,
    ids=["flat-file", "folder", "file-in-folder", "proc-environ", "nested-folder", "mixed"],
)
def test_discover_never_follows_a_link_and_names_it(
    tmp_path: Path, files: dict[str, str], links: dict[str, str], bob: tuple[list[str], list[str]]
) -> None:
    tasks = {t.key: t for t in discover(build(tmp_path, files, links), str(PROBLEM))}
    assert set(tasks) == {"alice", "bob"}  # bob is not forgotten: his run says what was skipped
    assert ([f.name for f in tasks["bob"].files], list(tasks["bob"].skipped)) == bob
    assert len(tasks["alice"].files) == 1 and tasks["alice"].skipped == ()


def read_gradebook(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "grades.csv", newline="", encoding="utf-8") as handle:
        return {r["student"]: r for r in csv.DictReader(handle)}


def test_a_link_to_another_students_work_earns_nothing_and_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    build(
        tmp_path / "in",
        {"alice/answer.txt": GOOD, "carol/own.md": BAD, "secret.txt": SECRET},
        {
            "bob/answer.txt": "../alice/answer.txt",
            "carol/extra.txt": "../secret.txt",
            "eve/answer.txt": "/proc/self/environ",
        },
    )
    (tmp_path / "in" / "secret.txt").rename(tmp_path / "secret.txt")
    out = tmp_path / "out"
    assert main(["grade", str(tmp_path / "in"), "-p", str(PROBLEM), "-o", str(out), "-j", "1"]) == 0
    rows = read_gradebook(out)
    assert (rows["alice"]["verdict"], rows["alice"]["score"]) == ("correct", "1")
    for who in ("bob", "eve"):  # only links: unreadable, not wrong work, and the link is named
        assert (rows[who]["verdict"], rows[who]["score"], rows[who]["codes"]) == (
            "unparsable",
            "0",
            "input-rejected",
        )
        assert f"{who}/answer.txt: {LINK}" in rows[who]["notes"]
        saved = json.loads((out / "seed-deep-learning" / f"{who}.json").read_text())
        assert saved["skipped"] == [f"{who}/answer.txt: {LINK}"]
        assert "nothing to grade" in saved["diagnostics"][0]["message"]
    # carol is graded from her own file only; the linked secret neither counts nor leaks
    assert rows["carol"]["verdict"] == "incorrect" and f"carol/extra.txt: {LINK}" in rows["carol"]["notes"]
    printed = capsys.readouterr().out
    assert f"bob: bob/answer.txt: {LINK}" in printed and "carol/extra.txt" in printed
    assert "SECRET-TOKEN" not in "".join(p.read_text() for p in out.rglob("*.json"))


def test_special_files_are_refused_without_hanging(tmp_path: Path) -> None:
    folder = build(tmp_path / "dan", {"answer.txt": GOOD}, {})
    os.mkfifo(folder / "pipe.txt")
    files, skipped = submission_files(folder), discover(tmp_path, str(PROBLEM))[0].skipped
    assert [f.name for f in files] == ["answer.txt"] and skipped == (f"dan/pipe.txt: {SPECIAL}",)
    started = time.monotonic()
    # passed straight to the reader (as a file swapped after discovery would be): refused at once
    data, refused, read = read_parts((folder / "pipe.txt", Path("/dev/zero"), folder / "answer.txt"))
    assert time.monotonic() - started < 1
    assert (data, read) == (GOOD.encode(), 1)
    assert refused == [f"{folder / 'pipe.txt'}: {SPECIAL}", f"/dev/zero: {SPECIAL}"]


def test_a_file_swapped_for_a_link_after_discovery_is_not_followed(tmp_path: Path) -> None:
    build(tmp_path, {"in/bob/answer.txt": BAD, "secret.txt": SECRET}, {})
    tasks = discover(tmp_path / "in", str(PROBLEM))
    answer = tmp_path / "in" / "bob" / "answer.txt"
    answer.unlink()
    os.symlink(tmp_path / "secret.txt", answer)  # between discovery and reading (TOCTOU)
    assert read_submission(tasks[0].files) == b""
    out = tmp_path / "out"
    assert main(["grade", str(tmp_path / "in"), "-p", str(PROBLEM), "-o", str(out), "-j", "1"]) == 0
    assert read_gradebook(out)["bob"]["verdict"] == "unparsable"


def test_reading_is_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (50 * MAX_BYTES))
    assert len(read_submission((big,))) == MAX_BYTES + 1  # enough to say "too large", no more


MANIFEST_ESCAPES = [
    "../../etc/passwd",
    "/etc/passwd",
    "w/../../outside.txt",
    "..\\..\\etc\\passwd",
    "C:\\Windows\\win.ini",
]


@pytest.mark.parametrize("value", MANIFEST_ESCAPES)
def test_manifest_file_column_stays_in_the_manifest_folder(tmp_path: Path, value: str) -> None:
    build(tmp_path, {"m/w/a.txt": GOOD, "outside.txt": SECRET}, {})
    manifest = tmp_path / "m" / "hw.csv"
    manifest.write_text(f"student,problem,file\nann,p.toml,w/a.txt\n\nmal,p.toml,{value}\n")
    with pytest.raises(ClassFilesError) as err:
        read_manifest(manifest)
    assert str(err.value).startswith(f"{manifest}: line 4: file: ")
    assert "outside the manifest's folder" in str(err.value)


def test_manifest_accepts_only_gradable_suffixes_and_skips_links(tmp_path: Path) -> None:
    build(
        tmp_path, {"w/a.txt": GOOD, "w/notes.pdf": "%PDF", "secret.txt": SECRET}, {"w/b.txt": "../secret.txt"}
    )
    manifest = tmp_path / "hw.csv"
    manifest.write_text("student,problem,file\nann,p.toml,w/notes.pdf\n")
    with pytest.raises(ClassFilesError, match=r"hw\.csv: line 2: file: expected a \.txt, \.md, \.tex file"):
        read_manifest(manifest)
    manifest.write_text("student,problem,file\nann,p.toml,w/a.txt\nbob,p.toml,w/b.txt\n")
    ann, bob = read_manifest(manifest)
    assert [f.name for f in ann.files] == ["a.txt"]
    assert (bob.files, bob.skipped) == ((), (f"w/b.txt: {LINK}",))


AUTOGRADER_CASES = [
    # (runner, submission folder, problem folder, links, regular files, exit, expected verdict)
    (
        "gradescope",
        "submission",
        "source/problem",
        {"answer.txt": "/proc/self/environ"},
        {},
        0,  # results.json was written: the platform shows it (grader.core.exits)
        "no-submission",
    ),
    (
        "gradescope",
        "submission",
        "source/problem",
        {"answer.txt": "../../secret.txt"},
        {},
        0,  # results.json was written: the platform shows it (grader.core.exits)
        "no-submission",
    ),
    (
        "gradescope",
        "submission",
        "source/problem",
        {"x.txt": "../../secret.txt"},
        {"a.txt": GOOD},
        0,
        "correct",
    ),
    ("prairielearn", "student", "tests", {"answer.txt": "/proc/self/environ"}, {}, 0, None),
    ("prairielearn", "student", "tests", {"sub": "../.."}, {"a.txt": BAD}, 0, None),
]


@pytest.mark.parametrize(
    ("runner", "folder", "problems", "links", "files", "code", "verdict"),
    AUTOGRADER_CASES,
    ids=["gs-environ", "gs-outside", "gs-mixed", "pl-environ", "pl-folder-link"],
)
def test_autograders_never_follow_links_out_of_the_submission(
    tmp_path: Path,
    runner: str,
    folder: str,
    problems: str,
    links: dict[str, str],
    files: dict[str, str],
    code: int,
    verdict: str | None,
) -> None:
    """Laid out like /autograder (Gradescope) or /grade (PrairieLearn); run as the container runs it."""
    root = tmp_path / "root"
    (tmp_path / "secret.txt").write_text(SECRET)
    (root / problems).mkdir(parents=True)
    (root / problems / "problem.toml").write_bytes(PROBLEM.read_bytes())
    build(root / folder, files, links)
    (root / folder).mkdir(exist_ok=True)
    run = subprocess.run(
        [sys.executable, "-m", "grader", runner, "run", "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GRADER_API_KEY": "SECRET-TOKEN-4242"},
        timeout=60,
    )
    assert run.returncode == code, run.stderr
    results = (root / "results" / "results.json").read_text()
    assert "SECRET-TOKEN" not in results and "SECRET-TOKEN" not in run.stdout
    data = json.loads(results)
    for name in links:  # the student is told what was not read, and why
        assert f"{name}: " in results and "link" in results
    if runner == "gradescope":
        assert data["extra_data"]["verdict"] == verdict
        assert data["score"] == (1.0 if verdict == "correct" else 0.0)
    else:
        assert data.get("score", 0) < 1
