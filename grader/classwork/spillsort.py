"""Sort a stream of names without holding them all: sorted runs spilled to temporary files, then merged.

A class folder is listed by the OS in no particular order, but submissions are graded and written
to the gradebook in name order. Up to `RUN` names are sorted in memory; a larger folder spills
each sorted run to an unnamed temporary file and merges the runs lazily, so memory stays flat
however many students there are. Names are stored NUL-terminated (a file name cannot hold a NUL)
and encoded with surrogatepass, so undecodable bytes in a name round-trip and keep their order.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import BinaryIO

RUN = 4096  # names sorted in memory at once
BLOCK = 1024  # bytes read from each run at a time while merging


def _spill(names: list[str], stack: ExitStack) -> BinaryIO:
    """One sorted run written to an unnamed temporary file, rewound for reading."""
    # unbuffered: each open run then costs only the block being read from it
    run = stack.enter_context(tempfile.TemporaryFile(buffering=0))  # noqa: SIM115 (closed by the stack)
    run.write(b"".join(name.encode("utf-8", "surrogatepass") + b"\0" for name in sorted(names)))
    run.seek(0)
    return run


def _read(run: BinaryIO) -> Iterator[str]:
    """The names of one run, a block at a time."""
    rest = b""
    while block := run.read(BLOCK):
        *names, rest = (rest + block).split(b"\0")
        for name in names:
            yield name.decode("utf-8", "surrogatepass")


def sorted_names(names: Iterable[str], run: int | None = None) -> Iterator[str]:
    """The names in sorted order (as `sorted` orders them), holding at most `run` (RUN) of them in memory."""
    run = run or RUN
    with ExitStack() as stack:
        runs: list[BinaryIO] = []
        chunk: list[str] = []
        for name in names:
            chunk.append(name)
            if len(chunk) >= run:
                runs.append(_spill(chunk, stack))
                chunk = []
        if not runs:
            yield from sorted(chunk)
            return
        if chunk:
            runs.append(_spill(chunk, stack))
        del chunk  # only a block of each run is held while merging
        yield from heapq.merge(*(_read(r) for r in runs))
