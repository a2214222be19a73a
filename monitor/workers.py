"""Parsing and extraction on the free cores: an ordered map over forked worker processes.

Extraction is CPU-bound Python (about 2 ms a page), so a first crawl or a large replay runs it in
worker processes while the calling thread fetches and stores. Results come back in input order,
so documents are stored (and diffed against each other) in the same order as without workers.
Small batches stay in-process: a daily re-check with a handful of changed pages starts nothing.
Workers die with the process that started them (a kill -9 leaves no orphan) and never hold the
run lock (monitor/lock.py closes it in every forked child).
"""

from __future__ import annotations

import ctypes
import gc
import importlib
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, TypeVar

from monitor.errors import MonitorError

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_AFTER = 16  # items handled in-process before worker processes start
WINDOW = 32  # items handed to workers ahead of the one being yielded
PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal sent to this process when its parent dies


class Pool:
    """Worker processes shared by every thread of a run: none until more than `after` items were submitted
    in all (a re-check with a few changed pages starts nothing), then `workers` of them, started once.

    `modules` are imported here before the workers fork, so they share that code instead of each
    importing it (and a module another thread is importing at that moment is complete in them)."""

    def __init__(self, workers: int | None = None, *, after: int = PARALLEL_AFTER, modules: Iterable[str] = ()) -> None:
        self.workers = free_cores() if workers is None else workers
        self.after = after
        self.modules = tuple(modules)
        self._submitted = 0
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._closed = self.workers <= 0  # closed: every item runs in the caller

    def submit(self, fn: Callable[[T], R], item: T) -> Future | None:
        """fn(item) handed to a worker, or None when the caller must run it (too few items yet, no workers, or they died)."""
        with self._lock:
            self._submitted += 1
            if self._closed or self._submitted <= self.after:
                return None
            if self._executor is None:
                for name in self.modules:
                    importlib.import_module(name)
                self._executor = _executor(self.workers)
                self._closed = self._executor is None
            executor = self._executor
        if executor is None:
            return None
        from concurrent.futures.process import BrokenProcessPool  # loaded with the executor (_executor)

        try:
            return executor.submit(fn, item)
        except (BrokenProcessPool, RuntimeError):  # a worker died (or the pool was closed): the rest runs in the callers
            self.close(wait=False)
            return None

    def close(self, wait: bool = True) -> None:
        """Stop the workers (their queued items are cancelled); later items run in the callers."""
        with self._lock:
            executor, self._executor, self._closed = self._executor, None, True
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int | None = None, *, after: int = PARALLEL_AFTER,
    pool: Pool | None = None, modules: Iterable[str] = (),
) -> Iterator[tuple[T, R | MonitorError]]:
    """(item, fn(item)) in input order; fn runs in worker processes once more than `after` items came.

    `pool` is a run's shared Pool (its own `after` counts every caller's items); without one, a Pool of
    `workers` (default `free_cores()`; 0 runs everything here; `modules` imported before they fork) is started
    for this call and closed after it.
    `fn` must be picklable (a module-level function or a functools.partial of one). A MonitorError raised
    by fn is yielded as the result. A worker that dies loses nothing: fn runs here instead. `items` is
    consumed lazily, at most WINDOW items ahead of what was yielded; a result is yielded as soon as it and
    those before it are done.
    """
    own = pool is None
    pool = Pool(workers, after=after, modules=modules) if pool is None else pool
    pending: deque[tuple[T, Future | R | MonitorError]] = deque()
    try:
        for item in items:
            work = pool.submit(fn, item)
            pending.append((item, _call(fn, item) if work is None else work))
            while pending and (len(pending) > WINDOW or _done(pending[0][1])):
                yield _result(fn, *pending.popleft())
        while pending:
            yield _result(fn, *pending.popleft())
    finally:
        for _, work in pending:
            if isinstance(work, Future):
                work.cancel()
        if own:
            pool.close()


def free_cores() -> int:
    """The cores this process may run on, less the one it keeps for itself (it fetches and stores meanwhile)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return usable - 1


def _executor(workers: int) -> ProcessPoolExecutor | None:
    """Forked workers (they share the loaded code and never re-import the caller's script); None without fork.

    Forked from a thread while the run's other threads go on (see docs/architecture.md, "Worker processes",
    for why fork and not forkserver). multiprocessing is imported here: a run that starts no workers needs none of it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=die_with_parent, initargs=(os.getpid(),))


def _done(work: Future | object) -> bool:
    """True when the item's result is there (run here, or finished by a worker)."""
    return not isinstance(work, Future) or work.done()


def die_with_parent(parent: int) -> None:
    """In a worker: be killed when the parent dies (Linux PR_SET_PDEATHSIG), or leave now if it already has."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    gc.freeze()  # the parent's objects: this process's collections never walk (and so never copy) them


def _call(fn: Callable[[T], R], item: T) -> R | MonitorError:
    """fn(item) here, with a MonitorError returned instead of raised."""
    try:
        return fn(item)
    except MonitorError as exc:
        return exc


def _result(fn: Callable[[T], R], item: T, work: Future | R | MonitorError) -> tuple[T, R | MonitorError]:
    """The finished result of one item (a dead worker's item is run here)."""
    if not isinstance(work, Future):
        return item, work
    try:
        return item, work.result()
    except MonitorError as exc:
        return item, exc
    except Exception:  # BrokenProcessPool: the worker died; this item is not lost
        return item, _call(fn, item)
