"""Find a class's submissions: a folder of files, a folder per student, a Gradescope export, a manifest.

Everything here is about names and paths; nothing is read but directory listings, the manifest and
Gradescope's `submission_metadata.yml`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".md", ".tex")
MANIFEST_COLUMNS = ("student", "problem", "file")
GRADESCOPE_METADATA = "submission_metadata.yml"


class ClassFilesError(Exception):
    """A manifest or submissions folder the grader cannot use; the message names the file and key."""


@dataclass(frozen=True)
class Task:
    """One student's (or one group's) work on one problem."""

    key: str  # unique within a problem; names the report file
    students: tuple[str, ...]  # who gets this grade (a Gradescope group has several)
    problem: str  # path of the problem file
    files: tuple[Path, ...]  # the files that make up the submission, in reading order


def submission_files(folder: Path) -> list[Path]:
    """The gradable files under a student's folder, in name order (hidden files skipped)."""
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUFFIXES
        and not any(part.startswith((".", "__")) for part in p.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _gradescope_submitters(path: Path) -> dict[str, tuple[str, ...]]:
    """Folder name → submitters (email, else SID, else name) from Gradescope's export metadata.

    The file is YAML written by Ruby (`:submitters:`, `- :name: …`); only the few keys needed are
    read, line by line, so no YAML library is required.
    """
    result: dict[str, list[dict[str, str]]] = {}
    current: list[dict[str, str]] | None = None
    person: dict[str, str] | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        top = re.match(r"^(\S[^:]*):\s*$", raw)
        if top:
            current = result.setdefault(top.group(1).strip().strip("'\""), [])
            person = None
            continue
        field = re.match(r"^\s*(-\s+)?:(name|sid|email):\s*(.*)$", raw)
        if field and current is not None:
            if field.group(1) or person is None:
                person = {}
                current.append(person)
            person[field.group(2)] = field.group(3).strip().strip("'\"")
    out: dict[str, tuple[str, ...]] = {}
    for folder, people in result.items():
        ids = tuple(p.get("email") or p.get("sid") or p.get("name") or "" for p in people)
        out[folder] = tuple(i for i in ids if i) or (folder,)
    return out


def discover(root: Path, problem: str) -> list[Task]:
    """Every submission under `root`: files named after students, folders per student, or a Gradescope export."""
    if not root.is_dir():
        raise ClassFilesError(f"{root}: not a folder of submissions")
    metadata = root / GRADESCOPE_METADATA
    submitters = _gradescope_submitters(metadata) if metadata.is_file() else {}
    groups: dict[str, list[Path]] = {}
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            files = submission_files(entry)
            if files:
                groups.setdefault(entry.name, []).extend(files)
        elif entry.is_file() and entry.suffix.lower() in SUFFIXES:
            groups.setdefault(entry.stem, []).append(entry)
    return [
        Task(name, submitters.get(name, (name,)), problem, tuple(files)) for name, files in groups.items()
    ]


def read_manifest(path: Path) -> list[Task]:
    """Tasks from a CSV with columns student, problem, file (paths relative to the manifest)."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ClassFilesError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ClassFilesError(f"{path}: cannot read the file ({err})") from None
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in MANIFEST_COLUMNS if c not in header]
    if missing:
        raise ClassFilesError(
            f"{path}: header: missing column {missing[0]!r} (need {', '.join(MANIFEST_COLUMNS)})"
        )
    reader.fieldnames = header
    base = path.parent
    groups: dict[tuple[str, str], list[Path]] = {}
    for number, row in enumerate(reader, start=2):
        values = {c: (row.get(c) or "").strip() for c in MANIFEST_COLUMNS}
        for column in MANIFEST_COLUMNS:
            if not values[column]:
                raise ClassFilesError(f"{path}: line {number}: {column}: empty")
        problem = str(base / values["problem"])
        file = base / values["file"]
        if file.is_dir():
            files = submission_files(file)
        elif file.is_file():
            files = [file]
        else:
            raise ClassFilesError(f"{path}: line {number}: file: no such file or folder {values['file']!r}")
        groups.setdefault((values["student"], problem), []).extend(files)
    return [Task(student, (student,), problem, tuple(files)) for (student, problem), files in groups.items()]
