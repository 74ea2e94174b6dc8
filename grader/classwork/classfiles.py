"""Find a class's submissions: a folder of files, a folder per student, a Gradescope export, a manifest.

Everything here is about names and paths; nothing is read but directory listings, the manifest and
Gradescope's `submission_metadata.yml`. Submissions are hostile: a symbolic link anywhere inside
one is never followed (it could point at another student's work or at `/proc/self/environ`), and
a FIFO or device is never opened for reading; both are skipped and reported by name.
"""

from __future__ import annotations

import array
import csv
import itertools
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from grader.classwork.spillsort import sorted_names

SUFFIXES = (".txt", ".md", ".tex")
MANIFEST_COLUMNS = ("student", "problem", "file")
GRADESCOPE_METADATA = "submission_metadata.yml"
MAX_ENTRIES = 10_000  # directory entries looked at in one submission; a real one has a handful
MAX_METADATA_BYTES = 16 * 1024 * 1024
LINK = "a symbolic link, not followed"
SPECIAL = "not a regular file, not read"


class ClassFilesError(Exception):
    """A manifest or submissions folder the grader cannot use; the message names the file and key."""


class Unreadable(Exception):
    """A submitted file the grader refuses to read; the message says why (link, not a regular file)."""


@dataclass(frozen=True)
class Task:
    """One student's (or one group's) work on one problem."""

    key: str  # unique within a problem; names the report file
    students: tuple[str, ...]  # who gets this grade (a Gradescope group has several)
    problem: str  # path of the problem file
    files: tuple[Path, ...]  # the files that make up the submission, in reading order
    skipped: tuple[str, ...] = ()  # "path: reason" for each link or special file not read


def read_regular(path: Path, limit: int) -> bytes:
    """Up to limit + 1 bytes of a regular file, opened without following a link or blocking on a FIFO."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if os.path.islink(path):
            raise Unreadable(LINK) from None
        raise Unreadable(f"cannot be read ({err.strerror or err})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise Unreadable(SPECIAL)
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _shown(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def scan_submission(folder: Path, shown_from: Path | None = None) -> tuple[list[Path], list[str]]:
    """The gradable regular files under a student's folder (name order), and the entries skipped.

    Hidden entries are ignored silently. A symbolic link (to a file or a folder) is never followed
    and a FIFO, socket or device is never opened; each is listed as "path: reason", the path shown
    relative to `shown_from` (default: the folder itself).
    """
    base = shown_from or folder
    found: list[Path] = []
    skipped: list[str] = []
    stack, seen = [folder], 0
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            skipped.append(f"{_shown(here, base)}: cannot be listed ({err.strerror or err})")
            continue
        for entry in entries:
            if entry.name.startswith((".", "__")):
                continue
            seen += 1
            if seen > MAX_ENTRIES:
                skipped.append(f"{_shown(folder, base)}: more than {MAX_ENTRIES} entries; the rest not read")
                return sorted(found, key=lambda p: p.relative_to(folder).as_posix()), skipped
            path = Path(entry.path)
            if entry.is_symlink():
                skipped.append(f"{_shown(path, base)}: {LINK}")
            elif entry.is_dir(follow_symlinks=False):
                stack.append(path)
            elif path.suffix.lower() in SUFFIXES:
                if entry.is_file(follow_symlinks=False):
                    found.append(path)
                else:
                    skipped.append(f"{_shown(path, base)}: {SPECIAL}")
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix()), sorted(skipped)


def submission_files(folder: Path) -> list[Path]:
    """The gradable regular files under a student's folder, in name order (hidden files, links skipped)."""
    return scan_submission(folder)[0]


def _gradescope_submitters(text: str) -> dict[str, tuple[str, ...]]:
    """Folder name → submitters (email, else SID, else name) from Gradescope's export metadata.

    The file is YAML written by Ruby (`:submitters:`, `- :name: …`); only the few keys needed are
    read, line by line, so no YAML library is required.
    """
    result: dict[str, list[dict[str, str]]] = {}
    current: list[dict[str, str]] | None = None
    person: dict[str, str] | None = None
    for raw in text.splitlines():
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
    """Every submission under `root`, as a list (see `Submissions` for the lazy walk a batch uses)."""
    return list(Submissions(root, problem))


def _member_names_end(key: str) -> str:
    """The last name, in sorted order, that can belong to key's submission (key itself or key.ext)."""
    return key + max(SUFFIXES)


def _listed(root: Path) -> Iterator[str]:
    """The entry names of a class folder, in the order the OS lists them."""
    try:
        with os.scandir(root) as listing:
            for entry in listing:
                yield entry.name
    except OSError as err:
        raise ClassFilesError(f"{root}: cannot list the folder ({err.strerror or err})") from None


@dataclass(frozen=True)
class Submissions:
    """A class folder's submissions: files named after students, folders per student, or a Gradescope export.

    Iterating walks the folder afresh, in name order (sorted on disk past a few thousand names),
    and yields each Task as soon as it is complete, so a batch holds only the tasks in flight: a
    student's entries (`ann`, `ann.md`, `ann.txt`) all sort at or before `ann.txt`, so once the
    walk is past that name her task can be yielded. A student
    whose entry is a link or special file (and nothing else) still gets a task with no files, so
    the run reports the work as unreadable instead of forgetting it.
    """

    root: Path
    problem: str

    def __iter__(self) -> Iterator[Task]:
        root = self.root
        if not root.is_dir():
            raise ClassFilesError(f"{root}: not a folder of submissions")
        try:
            raw = read_regular(root / GRADESCOPE_METADATA, MAX_METADATA_BYTES)
        except Unreadable:
            raw = b""
        submitters = _gradescope_submitters(raw.decode("utf-8", errors="replace")) if raw else {}
        # Students whose entries may not all have been seen yet, in order of their first entry.
        pending: dict[str, tuple[list[Path], list[str]]] = {}
        for name in sorted_names(_listed(root)):  # on disk past a few thousand names
            while pending and _member_names_end(next(iter(pending))) < name:
                key = next(iter(pending))
                yield self._task(key, pending.pop(key), submitters)
            self._add(name, pending)
        while pending:
            key = next(iter(pending))
            yield self._task(key, pending.pop(key), submitters)

    def problems(self) -> list[str]:
        """The problem file, if the folder holds any submission (the walk stops at the first)."""
        return [task.problem for task in itertools.islice(self, 1)]

    def _task(
        self, key: str, found: tuple[list[Path], list[str]], submitters: dict[str, tuple[str, ...]]
    ) -> Task:
        return Task(key, submitters.get(key, (key,)), self.problem, tuple(found[0]), tuple(found[1]))

    def _add(self, name: str, pending: dict[str, tuple[list[Path], list[str]]]) -> None:
        """Add one folder entry to its student's pending submission (links and special files as skipped)."""
        if name.startswith((".", "__")) or name == GRADESCOPE_METADATA:
            return
        path = self.root / name
        gradable = path.suffix.lower() in SUFFIXES
        key = path.stem if gradable else name
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return  # gone since the folder was listed
        if stat.S_ISLNK(mode):
            if gradable or not path.suffix:  # a link named like a submission (file or folder)
                pending.setdefault(key, ([], []))[1].append(f"{name}: {LINK}")
        elif stat.S_ISDIR(mode):
            files, skipped = scan_submission(path, shown_from=self.root)
            if files or skipped:
                group = pending.setdefault(key, ([], []))
                group[0].extend(files)
                group[1].extend(skipped)
        elif gradable:
            group = pending.setdefault(key, ([], []))
            if stat.S_ISREG(mode):
                group[0].append(path)
            else:
                group[1].append(f"{name}: {SPECIAL}")


def _manifest_file(base: Path, raw: str, where: str) -> tuple[list[Path], list[str]]:
    """The files a manifest row names: confined to the manifest's folder and to the gradable suffixes."""
    posix = PurePosixPath(raw.replace("\\", "/"))
    if posix.is_absolute() or PureWindowsPath(raw).is_absolute() or ".." in posix.parts:
        raise ClassFilesError(
            f"{where}: {raw!r} is outside the manifest's folder; "
            "expected a path relative to the manifest, without '..'"
        )
    # One lstat per part, on strings: a manifest is walked several times in a run.
    here = str(base)
    try:
        mode = os.stat(here).st_mode  # the manifest's own folder (a "." row), as the OS resolves it
    except OSError:
        raise ClassFilesError(f"{where}: no such file or folder {raw!r}") from None
    for part in posix.parts:
        here = os.path.join(here, part)
        try:
            mode = os.lstat(here).st_mode
        except OSError:
            raise ClassFilesError(f"{where}: no such file or folder {raw!r}") from None
        if stat.S_ISLNK(mode):
            return [], [f"{_shown(Path(here), base)}: {LINK}"]
    found = Path(here)
    if stat.S_ISDIR(mode):
        return scan_submission(found, shown_from=base)
    if found.suffix.lower() not in SUFFIXES:
        raise ClassFilesError(
            f"{where}: expected a {', '.join(SUFFIXES)} file or a folder of them, got {raw!r}"
        )
    if not stat.S_ISREG(mode):
        return [], [f"{_shown(found, base)}: {SPECIAL}"]
    return [found], []


def read_manifest(path: Path) -> list[Task]:
    """Tasks from a CSV manifest, as a list (see `Manifest` for the lazy walk a batch uses)."""
    return list(Manifest(path))


_Key = tuple[str, str]  # (student, problem file)
_Row = tuple[_Key, list[Path], list[str]]


class Manifest:
    """A CSV with columns student, problem, file (paths relative to the manifest, inside its folder).

    Rows for the same student and problem make one task, in the order of their first row.
    Iterating streams the file and yields each task when its rows end, so a batch holds only the
    tasks in flight. A student whose rows are not all together (ann, bob, ann) is found by one
    indexing pass the first time, which keeps just the later rows of such students; every later
    iteration merges them into the first run of rows.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._later: dict[_Key, tuple[list[Path], list[str]]] | None = None

    def _lines(self) -> Iterator[str]:
        """The manifest's lines as `str.splitlines` cuts them, read a line at a time."""
        try:
            with open(self.path, encoding="utf-8-sig", newline="") as handle:
                for line in handle:
                    yield from line.splitlines()
        except FileNotFoundError:
            raise ClassFilesError(f"{self.path}: no such file") from None
        except (OSError, UnicodeDecodeError) as err:
            raise ClassFilesError(f"{self.path}: cannot read the file ({err})") from None

    def _rows(self, check_files: bool = True) -> Iterator[_Row]:
        """Each row's (student, problem) and the files it names, checked; an error names the line."""
        path, base = self.path, self.path.parent
        reader = csv.DictReader(self._lines())
        header = [h.strip().lower() for h in reader.fieldnames or []]
        missing = [c for c in MANIFEST_COLUMNS if c not in header]
        if missing:
            raise ClassFilesError(
                f"{path}: header: missing column {missing[0]!r} (need {', '.join(MANIFEST_COLUMNS)})"
            )
        reader.fieldnames = header
        problems: dict[str, str] = {}  # one string per problem file, shared by its rows
        for row in reader:
            number = reader.line_num
            values = {c: (row.get(c) or "").strip() for c in MANIFEST_COLUMNS}
            for column in MANIFEST_COLUMNS:
                if not values[column]:
                    raise ClassFilesError(f"{path}: line {number}: {column}: empty")
            problem = problems.setdefault(values["problem"], str(base / values["problem"]))
            where = f"{path}: line {number}: file"
            files, skipped = _manifest_file(base, values["file"], where) if check_files else ([], [])
            yield (values["student"], problem), files, skipped

    def _index(self) -> dict[_Key, tuple[list[Path], list[str]]] | None:
        """The rows of students whose rows come in more than one run, after their first run.

        A first pass reads only the CSV and keeps 8 bytes per run of rows (a hash of its student and
        problem); only if two runs share a hash does a second pass look at those students' rows,
        exactly. None if the manifest is broken: the walk that follows reports its first error.
        """
        import numpy as np  # here: finding a folder's submissions must not load it

        hashes = array.array("q")
        last: _Key | None = None
        try:
            for key, _, _ in self._rows(check_files=False):
                if key != last:
                    hashes.append(hash(key))
                    last = key
        except ClassFilesError:
            return None
        ordered = np.sort(np.frombuffer(hashes, dtype=np.int64))
        shared = set(ordered[1:][ordered[1:] == ordered[:-1]].tolist())
        del hashes, ordered
        later: dict[_Key, tuple[list[Path], list[str]]] = {}
        if not shared:
            return later
        seen: set[_Key] = set()
        last, in_later_run = None, False
        for key, files, skipped in self._rows():
            if key != last:
                last, candidate = key, hash(key) in shared
                in_later_run = candidate and key in seen
                if candidate:
                    seen.add(key)
            if in_later_run:
                group = later.setdefault(key, ([], []))
                group[0].extend(files)
                group[1].extend(skipped)
        return later

    def __iter__(self) -> Iterator[Task]:
        if self._later is None:
            self._later = self._index()
        done: set[_Key] = set()  # split students already yielded
        key: _Key | None = None
        files: list[Path] = []
        skipped: list[str] = []
        for row_key, row_files, row_skipped in self._rows():
            if row_key != key:
                if key is not None and key not in done:
                    yield self._task(key, files, skipped, done)
                key, files, skipped = row_key, [], []
            if key not in done:  # else a later run of a split student, merged into the first already
                files.extend(row_files)
                skipped.extend(row_skipped)
        if key is not None and key not in done:
            yield self._task(key, files, skipped, done)

    def problems(self) -> list[str]:
        """The problem files the manifest names, in order of first use; walks and checks every row."""
        return list(dict.fromkeys(task.problem for task in self))

    def _task(self, key: _Key, files: list[Path], skipped: list[str], done: set[_Key]) -> Task:
        extra = (self._later or {}).get(key)
        if extra is not None:
            done.add(key)
            files, skipped = files + extra[0], skipped + extra[1]
        student, problem = key
        return Task(student, (student,), problem, tuple(files), tuple(skipped))
