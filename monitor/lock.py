"""The run lock: two runs never overlap on one database (`<database>.lock`, an flock).

The kernel releases an flock when its process dies, so a crash never leaves a stale lock. A
forked child (a parse worker) would share the lock's open file and keep it after its parent
died, so every fork closes the child's copy of a held lock (`os.register_at_fork`).
"""

from __future__ import annotations

import fcntl
import os
import re
import threading
import time
from pathlib import Path

from monitor import store
from monitor.errors import LockedError, StoreError


def lock_path(db_file: Path) -> Path:
    """The lock file next to the database: state/monitor.db.lock."""
    return db_file.with_name(db_file.name + ".lock")


_held: set[int] = set()  # fds of the locks this process holds


def _forget_in_child() -> None:
    """In a forked child: close the inherited lock fds (the parent keeps its lock; the child never holds it)."""
    for fd in list(_held):
        try:
            os.close(fd)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_forget_in_child)


def is_held(db_file: Path) -> bool:
    """True while the process named in the lock file is alive (read only: never takes or blocks the lock)."""
    try:
        text = lock_path(db_file).read_text(errors="replace")
    except OSError:
        return False  # no lock file: no run ever took it
    found = re.match(r"pid (\d+)", text)
    return bool(found) and alive(int(found.group(1)))


def alive(pid: int) -> bool:
    """True when a process with this pid exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by another user
    return True


class RunLock:
    """An exclusive flock on `<database>.lock`; the kernel releases it if the process dies."""

    def __init__(self, db_file: Path) -> None:
        self.path = lock_path(db_file)
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0, stop: threading.Event | None = None) -> None:
        """Take the lock, waiting up to `wait` seconds; LockedError naming the holder otherwise."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the run lock file: {exc.strerror or exc}") from exc
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline or (stop and stop.is_set()):
                    holder = os.pread(fd, 200, 0).decode(errors="replace").strip() or "another process"
                    os.close(fd)
                    raise LockedError(f"{self.path}: another run is using the database ({holder})") from None
                time.sleep(0.2)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"pid {os.getpid()}, since {store.now()}\n".encode(), 0)
        except OSError as exc:
            os.close(fd)  # the flock goes with it
            raise StoreError(f"{self.path}: cannot write the run lock file: {exc.strerror or exc}") from exc
        self._fd = fd
        _held.add(fd)

    def release(self) -> None:
        """Let the lock go (the file stays)."""
        if self._fd is not None:
            _held.discard(self._fd)
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
