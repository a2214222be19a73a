"""The long-running service: each source on its cron schedule, waiting alerts every few minutes.

`serve` starts the scheduler (monitor/schedule.py) with the two jobs of `Jobs`: a source's check
job only queues the source, and deliver sends the alerts that are due. A dispatcher thread
checks the queued sources in batches, each one `runner.run_once` (waiting for the run lock
while a manual run holds it): hosts in parallel (`hosts_in_parallel`), a host's sources in
turn, as `monitor run` does. One source after another would take 12 s a column at one
request a second, so sources due at 07:30 past the first few hundred would have missed their
hour's grace and been skipped. It stops when `stop` is set.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from monitor import outbox, site, store
from monitor.config import Config
from monitor.errors import MonitorError
from monitor.fetch import Fetcher
from monitor.runner import SourceReport, database_file, deliver_alerts, run_once

log = logging.getLogger("monitor.serve")


def _unexpected(what: str, exc: Exception) -> None:
    """Log a bug a job met as one line, as the command line reports one (the traceback with MONITOR_TRACEBACK=1)."""
    log.error("%s: unexpected %s: %s (a bug in the monitor; MONITOR_TRACEBACK=1 logs where)", what,
              type(exc).__name__, exc, exc_info=bool(os.environ.get("MONITOR_TRACEBACK")))


def _names(sources: list[str], shown: int = 3) -> str:
    """A batch's sources for a log line: "a, b, c and 97 more"."""
    more = f" and {len(sources) - shown} more" if len(sources) > shown else ""
    return ", ".join(sources[:shown]) + more


class Jobs:
    """The two job functions `serve` schedules and the batches of checks they queue, counting what is
    running so a stop can wait for it."""

    def __init__(self, config: Config, db_path: str | Path | None, env: Mapping[str, str] | None,
                 stop: threading.Event, fetcher: Fetcher | None = None, lock_wait: float = 600.0) -> None:
        self.config = config
        self.db_path = db_path
        self.env = env
        self.stop = stop
        self.fetcher = fetcher or Fetcher(config.policy())
        self.lock_wait = lock_wait
        self.running = 0
        self._idle = threading.Condition()
        self._due: dict[str, None] = {}  # the sources queued for the next batch, in the order they came due
        self._wake = threading.Condition()

    def _busy(self, delta: int) -> None:
        with self._idle:
            self.running += delta
            self._idle.notify_all()

    def check(self, source: str) -> None:
        """The scheduler's job for one source: queue it for the next batch (once, however often it came due)."""
        with self._wake:
            self._due.setdefault(source)
            self._wake.notify_all()

    def run_due(self) -> list[SourceReport]:
        """Check every queued source in one run (waiting for the run lock while a manual run holds it):
        hosts in parallel, a host's sources in turn; their reports, none when nothing was queued or it failed."""
        with self._wake:
            batch, self._due = list(self._due), {}
        if not batch or self.stop.is_set():
            return []
        self._busy(+1)
        log.info("checking %d due source%s: %s", len(batch), "" if len(batch) == 1 else "s", _names(batch))
        try:
            summary = run_once(self.config, db_path=self.db_path, sources=batch, fetcher=self.fetcher,
                               env=self.env, stop=self.stop, lock_wait=self.lock_wait)
            if self.config.site_out is not None:  # the static site follows each batch (what changed is rendered)
                site.regenerate(database_file(self.config, self.db_path), self.config.site_out)
            return summary.sources
        except MonitorError as exc:
            log.error("%s: check skipped: %s", _names(batch), exc)
            return []
        except Exception as exc:  # noqa: BLE001 - a bug: said in one line, and the service goes on
            _unexpected(f"{_names(batch)}: check failed", exc)
            return []
        finally:
            self._busy(-1)

    def dispatch(self, gather: float = 2.0) -> None:
        """Run batches of due sources until `stop` is set; a batch starts `gather` seconds after its
        first source came due, so sources due together (within their jitter) are checked together."""
        while not self.stop.is_set():
            with self._wake:
                self._wake.wait_for(lambda: self._due or self.stop.is_set())
            if self.stop.wait(gather):
                return
            self.run_due()

    def wake(self) -> None:
        """Let the dispatcher see that `stop` was set."""
        with self._wake:
            self._wake.notify_all()

    def deliver(self) -> outbox.Delivery | None:
        """Retry the alerts that are due."""
        if self.stop.is_set():
            return None
        self._busy(+1)
        try:
            delivery = deliver_alerts(self.config, db_path=self.db_path, env=self.env)
            if delivery.sent or delivery.failed or delivery.expired:
                log.info("alerts: %d sent, %d failed, %d expired, %d waiting",
                         delivery.sent, delivery.failed, delivery.expired, delivery.waiting)
            return delivery
        except MonitorError as exc:
            log.error("alert delivery skipped: %s", exc)
            return None
        except Exception as exc:  # noqa: BLE001 - a bug: the alerts wait in the outbox for the next delivery
            _unexpected("alert delivery failed", exc)
            return None
        finally:
            self._busy(-1)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no job is running; False when one still is after timeout seconds."""
        with self._idle:
            return self._idle.wait_for(lambda: self.running == 0, timeout)


def serve(config: Config, *, db_path: str | Path | None = None, env: Mapping[str, str] | None = None,
          stop: threading.Event, check_now: bool = False, grace: float = 3.0,
          fetcher: Fetcher | None = None) -> bool:
    """Run the scheduler until `stop` is set; True when it stopped with no job left running.

    On stop no new job starts and the running one stops fetching; it gets `grace` seconds to
    finish its current write. False means a job is still inside a network call: the caller
    may exit anyway, since every write is one transaction that SQLite rolls back if cut.
    """
    from monitor.schedule import build_scheduler

    db = store.open_db(database_file(config, db_path))  # fail now, not at 07:30, if it cannot be written
    try:
        for source in config.sources:  # watched from now: `status` counts a never-checked source's due times from here
            store.ensure_source(db, source.name, name=source.title or None, url=source.url)
    finally:
        db.close()
    jobs = Jobs(config, db_path, env, stop, fetcher)
    scheduler = build_scheduler(config, jobs.check, jobs.deliver)
    scheduler.start()
    threading.Thread(target=jobs.dispatch, name="batches", daemon=True).start()
    for job in scheduler.get_jobs():
        if check_now or job.id == "deliver":
            job.modify(next_run_time=datetime.now(scheduler.timezone))
        log.info("scheduled %s, next run %s", job.name, job.next_run_time)
    log.info("serving %d sources from %s; stop with SIGTERM or Ctrl-C", len(config.sources),
             database_file(config, db_path))
    stop.wait()
    log.info("stopping: no new checks; waiting up to %.0fs for the running one", grace)
    scheduler.shutdown(wait=False)
    jobs.wake()
    idle = jobs.wait_idle(grace)
    if not idle:
        log.warning("a check is still inside a network call; abandoning it (its unfinished write rolls back)")
    if idle and fetcher is None:
        jobs.fetcher.close()
    return idle
