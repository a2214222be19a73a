"""The run lock: two runs never overlap on one database (`<database>.lock`, an flock).

The kernel releases an flock when its process dies, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path

from monitor import store
from monitor.errors import LockedError


def lock_path(db_file: Path) -> Path:
    """The lock file next to the database: state/monitor.db.lock."""
    return db_file.with_name(db_file.name + ".lock")


class RunLock:
    """An exclusive flock on `<database>.lock`; the kernel releases it if the process dies."""

    def __init__(self, db_file: Path) -> None:
        self.path = lock_path(db_file)
        self._fd: int | None = None

    def acquire(self, wait: float = 0.0, stop: threading.Event | None = None) -> None:
        """Take the lock, waiting up to `wait` seconds; LockedError naming the holder otherwise."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
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
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, since {store.now()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        """Let the lock go (the file stays)."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
