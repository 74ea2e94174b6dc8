"""Run work in a killable worker process with a hard time and memory budget.

`signal.alarm` only works in the main thread of the main process; a worker process that the
parent kills on time works everywhere, including inside other workers and thread pools.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DEFAULT_SECONDS = 2.0
DEFAULT_MEMORY_MB = 1024


@dataclass(frozen=True)
class Failure:
    kind: str  # "timeout" | "memory" | "crash"
    detail: str


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space (where the platform allows it)."""
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _child(conn: Any, fn: Callable[..., Any], args: tuple[Any, ...], memory_mb: int) -> None:
    limit_memory(memory_mb)
    try:
        conn.send(("ok", fn(*args)))
    except MemoryError:
        conn.send(("memory", "the work needed more than its memory budget"))
    except BaseException as err:  # report, never raise across the process boundary
        conn.send(("crash", "".join(traceback.format_exception_only(type(err), err)).strip()))
    finally:
        conn.close()


def run_with_budget(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    seconds: float = DEFAULT_SECONDS,
    memory_mb: int = DEFAULT_MEMORY_MB,
) -> Any | Failure:
    """fn(*args) in a forked worker; its result, or a Failure if it ran out of budget or crashed."""
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, memory_mb), daemon=True)
    # the parent's objects frozen out of the collector while forking: the worker's garbage collections
    # never walk (nor copy) a large parent's heap, a batch's or a test run's
    gc.freeze()
    try:
        proc.start()
    finally:
        gc.unfreeze()
    child.close()
    try:
        if parent.poll(seconds):
            try:
                status, payload = parent.recv()
            except EOFError:  # died without answering: killed by the kernel, most likely for memory
                proc.join(1)
                killed = proc.exitcode is not None and proc.exitcode < 0
                status = "memory" if killed else "crash"
                payload = (
                    "the worker was killed (out of memory?)"
                    if killed
                    else "the worker exited without an answer"
                )
        else:
            status, payload = "timeout", f"the work did not finish within {seconds:g} s"
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(1)
        parent.close()
    if status == "ok":
        return payload
    return Failure(status, payload)
