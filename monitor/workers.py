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
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from monitor.errors import MonitorError

T = TypeVar("T")
R = TypeVar("R")

PARALLEL_AFTER = 16  # items handled in-process before worker processes start
WINDOW = 32  # items handed to workers ahead of the one being yielded
PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): a signal sent to this process when its parent dies


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int | None = None, *, after: int = PARALLEL_AFTER
) -> Iterator[tuple[T, R | MonitorError]]:
    """(item, fn(item)) in input order; fn runs in `workers` processes once more than `after` items came.

    `workers` defaults to `free_cores()`; 0 runs everything here. `fn` must be picklable (a module-level
    function or a functools.partial of one). A MonitorError raised by fn is yielded as the result. A worker
    that dies loses nothing: fn runs here instead. `items` is consumed lazily, at most WINDOW items ahead
    of what was yielded.
    """
    workers = free_cores() if workers is None else workers
    pending: deque[tuple[T, Future | R | MonitorError]] = deque()
    pool: ProcessPoolExecutor | None = None
    broken = False
    try:
        for n, item in enumerate(items, 1):
            if pool is None and not broken and workers > 0 and n > after:
                pool = _pool(workers)
            work: Future | R | MonitorError
            if pool is not None:
                try:
                    work = pool.submit(fn, item)
                except BrokenProcessPool:  # a worker died: the rest runs here
                    pool.shutdown(wait=False, cancel_futures=False)
                    pool, broken = None, True
            if pool is None:
                work = _call(fn, item)
            pending.append((item, work))
            while pending and (pool is None or len(pending) > WINDOW):
                yield _result(fn, *pending.popleft())
        while pending:
            yield _result(fn, *pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def free_cores() -> int:
    """The cores this process may run on, less the one it keeps for itself (it fetches and stores meanwhile)."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return usable - 1


def _pool(workers: int) -> ProcessPoolExecutor | None:
    """Forked workers (they share the loaded code and never re-import the caller's script); None without fork."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=die_with_parent, initargs=(os.getpid(),))


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
