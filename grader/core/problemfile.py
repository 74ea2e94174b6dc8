"""Problem files of every question kind: read a bounded TOML file, and refuse unknown keys by name."""

from __future__ import annotations

import difflib
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

MAX_PROBLEM_BYTES = 1024 * 1024


class ProblemError(Exception):
    """A problem file the grader cannot use; the message names the file and the key."""

    def __init__(self, path: str, key: str, message: str) -> None:
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {message}")
        self.path, self.key, self.message = path, key, message


class UnknownKeyError(ProblemError):
    """A key the problem file's kind does not know (`grader problems lint` lists them all)."""

    def __init__(self, path: str, key: str, message: str, suggestion: str | None) -> None:
        super().__init__(path, key, message)
        self.suggestion = suggestion


def check_keys(table: dict[str, Any], known: tuple[str, ...], path: str, where: str = "") -> None:
    """An unknown key is an error, never silently ignored (`log_bse` would fall back to base e and
    change the answer key); the message suggests the known key it most resembles."""
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of {', '.join(known)}"
            raise UnknownKeyError(path, f"{where}{key}", f"unknown key{hint}", close[0] if close else None)


def _read_bounded(path: Path) -> bytes:
    """A problem file's bytes, refused before parsing when it is not a regular file or is too large."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))  # a FIFO must not hang
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ProblemError(str(path), "", "not a regular file")
        data = handle.read(MAX_PROBLEM_BYTES + 1)
    if len(data) > MAX_PROBLEM_BYTES:
        raise ProblemError(
            str(path), "", f"larger than {MAX_PROBLEM_BYTES // 1024} KB; a problem file is a few KB"
        )
    return data


def read_problem_file(path: str | Path) -> dict[str, Any]:
    """The TOML table of a problem file; ProblemError names the file when it cannot be read."""
    name = str(path)
    try:
        text = _read_bounded(Path(path)).decode("utf-8-sig")
    except FileNotFoundError:
        raise ProblemError(name, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ProblemError(name, "", f"cannot read the file ({err})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ProblemError(name, "", f"not valid TOML: {err}") from None
