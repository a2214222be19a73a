"""One run: check sources, queue their alerts, deliver them, summarise (`run --once`, every `serve` job).

`run_once(config, ...)` is what `monitor run --once` and every `monitor serve` job call:

1. take the run lock (`<database>.lock`, an flock held for the whole run): two runs never
   overlap on one database; a second one stops at once with LockedError (monitor/lock.py);
2. check each source with `crawl.crawl_source` (sources on different hosts in parallel, one
   database connection per thread: `crawl.for_each_host`); each new version is stored with one
   alert per change set and channel in the same transaction (monitor/pipeline.py); the first
   successful check of a source is its baseline: its change sets are stored but not alerted
   (no alert storm on the first day);
3. enqueue the error/recovery alerts of sources whose failure streak crossed the threshold
   (health.py);
4. deliver what is due; alerts that cannot be delivered wait in the outbox.

`stop` (a threading.Event) makes a run finish early: no new page is fetched once it is set,
the current write completes (each version is one transaction), and the interrupted check is
recorded as "interrupted", which is not a failure.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from monitor import crawl, health, outbox, store
from monitor.config import Config
from monitor.errors import Interrupted, MonitorError, StoreError
from monitor.fetch import Fetcher, Page, SourceFetcher
from monitor.lock import RunLock
from monitor.sources import Source

log = logging.getLogger("monitor.runner")

# `monitor run --once` exit codes (README "Exit codes"); 2 is a configuration error (cli/common.py)
EXIT_OK = 0
EXIT_SOURCE_FAILED = 1  # a source failed or was checked only in part
EXIT_UNDELIVERED = 3  # every source checked, but an alert could not be delivered
EXIT_NOT_RUN = 4  # the run did not start: lock held, database or state directory unusable


# -- fetching with progress and stop ------------------------------------------------------


class WatchedFetcher:
    """A Fetcher that reports each page and refuses new requests once `stop` is set."""

    def __init__(self, fetcher: Fetcher, stop: threading.Event, on_page: Callable[[str], None] | None) -> None:
        self.fetcher = fetcher
        self.policy = fetcher.policy
        self.stop = stop
        self.on_page = on_page

    def get(self, url: str, **kwargs: object) -> Page:
        """Fetcher.get, unless stopping."""
        if self.stop.is_set():
            raise Interrupted(url)
        page = self.fetcher.get(url, **kwargs)
        if self.on_page:
            self.on_page(url)
        return page


# -- one run ------------------------------------------------------------------------------


@dataclass
class SourceReport:
    """One source's line of the run summary."""

    source: str
    outcome: str  # ok, partial, failed, interrupted
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    alerts: int = 0  # alerts enqueued (change, error and recovery)
    baseline: bool = False  # first successful check: change sets stored, not alerted
    reread: int = 0  # unchanged pages read into another text by a newer reader: stored, not alerted
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # checked all the same: list records without a link, files not read

    def to_json(self) -> dict:
        """The summary line as JSON."""
        return dict(self.__dict__)


@dataclass
class RunSummary:
    """What `run_once` did: one report per source and the delivery pass."""

    sources: list[SourceReport]
    delivery: outbox.Delivery | None
    channels: tuple[str, ...] = ()  # the alert channels configured (none: changes are stored, nobody is told)

    @property
    def exit_code(self) -> int:
        """EXIT_OK; EXIT_SOURCE_FAILED when a source was not checked completely; else EXIT_UNDELIVERED
        when an alert could not be delivered (it waits in the outbox), expired undelivered, or the
        delivery pass stopped (the outbox could not be updated)."""
        if not all(s.outcome == "ok" for s in self.sources):
            return EXIT_SOURCE_FAILED
        if self.delivery and (self.delivery.failed or self.delivery.expired or self.delivery.errors):
            return EXIT_UNDELIVERED
        return EXIT_OK

    def to_json(self) -> dict:
        """{sources: [...], alerts: {sent, failed, expired, waiting, errors}}."""
        d = self.delivery
        return {
            "sources": [s.to_json() for s in self.sources],
            "alerts": d.__dict__ if d else None,
            "channels": list(self.channels),
            "exit_code": self.exit_code,
        }


def database_file(config: Config, db_path: str | Path | None = None) -> Path:
    """The database: --db / $MONITOR_DB, else `database` in the config file, else state/monitor.db."""
    return store.db_path(db_path or os.environ.get("MONITOR_DB") or config.database)


def had_successful_run(db, source: str) -> bool:
    """True when a check of the source has ever worked (so its changes are news, not baseline)."""
    found = db.execute(
        "SELECT 1 FROM runs r JOIN sources s ON s.id = r.source_id WHERE s.key = ? AND r.outcome IN ('ok', 'partial') LIMIT 1",
        [source],
    ).fetchone()
    return found is not None


def _open_and_clear(path: Path) -> None:
    """Create or migrate the store once, before the threads open it; with the run lock held, a run
    still marked "running" was abandoned (the process stopped or died): mark it interrupted."""
    db = store.open_db(path)
    try:
        with store.sql_errors(str(path)):
            db.execute("UPDATE runs SET outcome = 'interrupted' WHERE outcome = 'running'")
    finally:
        db.close()


def check_source(db, config: Config, source: Source, fetcher, *,
                 now: Callable[[], datetime] = outbox.utcnow) -> SourceReport:
    """Check one source (its change alerts queued with each version), then enqueue its error/recovery alert."""
    baseline = not had_successful_run(db, source.name)
    alerts = None if baseline else outbox.Alerts(config, source.name, now)
    bound = SourceFetcher(fetcher, config.policy(source.name, fetcher.policy), source.host)
    result = crawl.crawl_source(db, source, bound, alerts=alerts)
    outcome, errors = result.outcome, list(result.errors)
    if result.interrupted:
        errors.append(f"{source.name}: stopped at {result.interrupted}, the monitor is stopping "
                      "(the next run asks for the pages not reached)")
    elif result.stopped:
        errors.append(f"{source.name}: {result.stopped} listed pages not asked for, the monitor is stopping "
                      "(the next run asks for them)")
    report = SourceReport(source.name, outcome, result.new, result.changed, result.unchanged + result.reverted,
                          result.failed, errors=errors, warnings=list(result.warnings))
    report.baseline = baseline and outcome in ("ok", "partial")
    report.reread = result.reread
    report.alerts += result.alerts
    report.alerts += health.check_health(db, config, source.name, url=source.url, now=now())
    return report


def run_once(
    config: Config,
    *,
    db_path: str | Path | None = None,
    sources: Sequence[str] | None = None,
    fetcher: Fetcher | None = None,
    env: Mapping[str, str] | None = None,
    now: Callable[[], datetime] = outbox.utcnow,
    stop: threading.Event | None = None,
    lock_wait: float = 0.0,
    on_page: Callable[[str], None] | None = None,
    on_source: Callable[[SourceReport], None] | None = None,
) -> RunSummary:
    """Check the sources (all, or those named), enqueue and deliver alerts, under the run lock."""
    chosen = [config.source(n) for n in sources] if sources is not None else list(config.sources)
    stop = stop or threading.Event()
    path = database_file(config, db_path)
    lock = RunLock(path)
    lock.acquire(wait=lock_wait, stop=stop)
    own = None
    try:
        _open_and_clear(path)
        own = None if fetcher else Fetcher(config.policy())
        watched = WatchedFetcher(fetcher or own, stop, on_page)
        reports = _check_all(config, path, chosen, watched, stop, now, on_source)
        delivery = None
        if config.channels and not stop.is_set():
            delivery = _deliver_after_checks(config, path, env, now)
        return RunSummary(reports, delivery, tuple(config.channels))
    finally:
        if own:
            own.close()
        lock.release()


def _check_all(config: Config, path: Path, chosen: list[Source], fetcher: WatchedFetcher, stop: threading.Event,
               now: Callable[[], datetime], on_source: Callable[[SourceReport], None] | None) -> list[SourceReport]:
    """Check sources: one thread (and database connection) per host, a host's sources in turn."""

    def check(db, source: Source) -> SourceReport:
        try:
            with store.sql_errors(str(path)):
                report = check_source(db, config, source, fetcher, now=now)
        except MonitorError as exc:  # the store itself failed (locked, disk full): say so, go on with the others
            report = SourceReport(source.name, "failed", errors=[f"{source.name}: {exc}"])
        log.log(logging.WARNING if report.errors or report.warnings else logging.INFO, "%s: %s", source.name, describe(report))
        if on_source:
            on_source(report)
        return report

    done = crawl.for_each_host(chosen, check, path, stop=stop, hosts_in_parallel=config.hosts_in_parallel,
                               release=fetcher.fetcher.release)
    return [done.get(s.name) or SourceReport(s.name, "interrupted") for s in chosen]


def _deliver_after_checks(config: Config, path: Path, env: Mapping[str, str] | None,
                          now: Callable[[], datetime]) -> outbox.Delivery:
    """The run's delivery pass; a store that fails under it (locked, full) is reported in the summary as an
    alert error, not as a run that never started: the sources were checked and their reports stand."""
    try:
        return deliver_alerts(config, db_path=path, env=env, now=now)
    except StoreError as exc:
        log.warning("alert delivery stopped: %s", exc)
        return outbox.Delivery(errors=[f"alert delivery stopped, the outbox could not be read or updated: {exc}; "
                                       "waiting alerts go out with the next run (one a channel accepted just before "
                                       "may come again, with the same Message-ID / X-Monitor-Idempotency-Key)"])


def deliver_alerts(config: Config, *, db_path: str | Path | None = None, env: Mapping[str, str] | None = None,
                   now: Callable[[], datetime] = outbox.utcnow) -> outbox.Delivery:
    """One delivery pass over the outbox (the `serve` delivery job; the end of every run)."""
    path = database_file(config, db_path)
    db = store.open_db(path)
    try:
        with store.sql_errors(str(path)):
            return outbox.deliver(db, config, env=env, now=now)
    finally:
        db.close()


def describe(report: SourceReport) -> str:
    """'ok: 0 new, 1 changed, 31 unchanged, 0 failed, 2 alerts', and the first error when there are any."""
    text = (f"{report.outcome}: {report.new} new, {report.changed} changed, {report.unchanged} unchanged, "
            f"{report.failed} failed, {report.alerts} alerts")
    text += " (baseline: first check, changes recorded without alerts)" if report.baseline else ""
    text += f"; {report.reread} re-read by a newer reader (the same page, not alerted)" if report.reread else ""
    for kind, said in (("", report.errors), ("warning: ", report.warnings)):
        if said:
            more = len(said) - 1
            text += f"; {kind}{said[0]}" + (f" (and {more} more)" if more else "")
    return text
