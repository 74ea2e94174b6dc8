"""A pool of long-lived worker processes, each running one task at a time under a hard deadline.

One fork per submission (`grader.core.budget`) costs more than grading does; a pool forks each worker
once. The guarantee is the same: the parent enforces every task's deadline, and a worker that
overruns, crashes or runs out of memory is killed and replaced, so one hostile submission costs
only its own slot and never stops or slows the rest. Only a finished answer comes back as a
result; anything else is a `Failure` for that task alone.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from grader.core.budget import Failure, limit_memory

DEFAULT_MAX_TASKS = 2000  # a worker is replaced after this many tasks, so slow leaks stay bounded


def _worker_main(
    conn: Connection, fn: Callable[..., Any], memory_mb: int, parent: int, close: tuple[int, ...] = ()
) -> None:
    """Run tasks from the pipe until it closes; every answer, good or bad, goes back on the pipe."""
    for fd in close:  # e.g. the run's folder lock: a killed parent must release it, not its workers
        with contextlib.suppress(OSError):
            os.close(fd)
    limit_memory(memory_mb)
    while True:
        try:
            # Forked siblings hold copies of this pipe, so the parent's death need not close it:
            # check who the parent is while idle, so a killed run leaves no workers behind.
            while not conn.poll(0.5):
                if os.getppid() != parent:
                    return
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        key, args = message
        try:
            conn.send((key, "ok", fn(*args)))
        except MemoryError:
            # The heap may be in any state after a MemoryError: answer, then make way for a fresh worker.
            conn.send((key, "memory", "the work needed more than its memory budget"))
            return
        except BaseException as err:  # report, never raise across the process boundary
            detail = "".join(traceback.format_exception_only(type(err), err)).strip()
            conn.send((key, "crash", detail))


@dataclass
class _Worker:
    proc: Any  # multiprocessing.Process
    conn: Connection
    key: Any = None
    deadline: float = 0.0
    done: int = 0

    @property
    def busy(self) -> bool:
        return self.deadline > 0.0


class WorkerPool:
    """`jobs` workers that each run fn(*args) for one task at a time, within `seconds` and `memory_mb`."""

    def __init__(
        self,
        fn: Callable[..., Any],
        jobs: int,
        seconds: float,
        memory_mb: int,
        max_tasks: int = DEFAULT_MAX_TASKS,
        close_in_worker: tuple[int, ...] = (),
    ) -> None:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        self._ctx = mp.get_context(method)
        self.fn, self.jobs, self.seconds, self.memory_mb = fn, max(1, jobs), seconds, memory_mb
        self.max_tasks = max(1, max_tasks)
        self.close_in_worker = close_in_worker  # descriptors a forked worker must not keep open
        self.started = 0  # workers started, replacements included
        self.startup_seconds = 0.0  # time spent starting them

    def _start(self) -> _Worker:
        started = time.perf_counter()
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(child, self.fn, self.memory_mb, os.getpid(), self.close_in_worker),
            daemon=True,
        )
        proc.start()
        child.close()
        self.started += 1
        self.startup_seconds += time.perf_counter() - started
        return _Worker(proc, parent)

    @staticmethod
    def _stop(worker: _Worker, kill: bool) -> None:
        if kill:
            worker.proc.kill()
        else:
            try:
                worker.conn.send(None)
            except OSError:
                worker.proc.kill()
        worker.proc.join(2)
        if worker.proc.is_alive():
            worker.proc.kill()
            worker.proc.join()
        worker.conn.close()

    def run(self, tasks: Iterable[tuple[Any, tuple[Any, ...]]]) -> Iterator[tuple[Any, Any]]:
        """Yield (key, result or Failure) for every (key, args) task, in the order they finish."""
        pending = iter(tasks)
        exhausted = False
        workers = [self._start() for _ in range(self.jobs)]
        try:
            while True:
                for i, worker in enumerate(workers):
                    while not worker.busy and not exhausted:
                        try:
                            key, args = next(pending)
                        except StopIteration:
                            exhausted = True
                            break
                        try:
                            worker.conn.send((key, args))
                        except OSError:  # the worker died while idle: replace it, same task again
                            self._stop(worker, kill=True)
                            worker = workers[i] = self._start()
                            worker.conn.send((key, args))
                        worker.key, worker.deadline = key, time.monotonic() + self.seconds
                busy = [w for w in workers if w.busy]
                if not busy:
                    return
                timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout))
                now = time.monotonic()
                for i, worker in enumerate(workers):
                    if not worker.busy:
                        continue
                    outcome = self._collect(worker, ready, now)
                    if outcome is None:
                        continue
                    key, result, replace = outcome
                    worker.key, worker.deadline = None, 0.0
                    worker.done += 1
                    if replace or worker.done >= self.max_tasks:
                        self._stop(worker, kill=replace)
                        workers[i] = self._start()
                    yield key, result
        finally:
            for worker in workers:
                self._stop(worker, kill=True)

    def _collect(self, worker: _Worker, ready: set[Any], now: float) -> tuple[Any, Any, bool] | None:
        """The finished task of a busy worker as (key, result, worker must go), or None if still running."""
        key = worker.key
        if worker.conn in ready:
            try:
                got, status, payload = worker.conn.recv()
            except (EOFError, OSError):
                return key, self._death(worker), True
            if got != key:  # cannot happen with one task per worker; never mislabel a result
                return key, Failure("crash", "the worker answered for another task"), True
            if status == "ok":
                return key, payload, False
            return key, Failure(status, payload), status == "memory"
        if worker.proc.sentinel in ready:
            return key, self._death(worker), True
        if now >= worker.deadline:
            worker.proc.kill()
            return key, Failure("timeout", f"the work did not finish within {self.seconds:g} s"), True
        return None

    @staticmethod
    def _death(worker: _Worker) -> Failure:
        worker.proc.join(1)
        code = worker.proc.exitcode
        if os.name == "posix" and code == -9:
            return Failure("memory", "the worker was killed (out of memory)")
        return Failure("crash", f"the worker exited with status {code} without an answer")
