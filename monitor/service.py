"""The service: check sources, turn their change sets into alerts, deliver them, summarise.

`run_once(config, ...)` is what `monitor run --once` and every `monitor serve` job call:

1. take the run lock (`<database>.lock`, an flock held for the whole run): two runs never
   overlap on one database; a second one stops at once with LockedError;
2. check each source with `crawl.crawl_source` (sources on different hosts in parallel, one
   database connection per thread); the first successful check of a source is its baseline:
   its change sets are stored but not alerted (no alert storm on the first day);
3. enqueue one alert per change set and channel, and the error/recovery alerts of sources
   whose failure streak crossed the threshold (outbox.py);
4. deliver what is due; alerts that cannot be delivered wait in the outbox.

`stop` (a threading.Event) makes a run finish early: no new page is fetched once it is set,
the current write completes (each version is one transaction), and the interrupted check is
recorded as "interrupted", which is not a failure.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from monitor import crawl, outbox, site, store
from monitor.config import Config
from monitor.errors import FetchError, MonitorError, StoreError
from monitor.fetch import Fetcher, Page
from monitor.sources import Source

log = logging.getLogger("monitor.service")


class LockedError(StoreError):
    """Another run holds the database's run lock."""


# -- the run lock -------------------------------------------------------------------------


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


# -- fetching with progress and stop ------------------------------------------------------


class Interrupted(FetchError):
    """The service is stopping: no more pages are fetched."""


class WatchedFetcher:
    """A Fetcher that reports each page and refuses new requests once `stop` is set."""

    def __init__(self, fetcher: Fetcher, stop: threading.Event, on_page: Callable[[str], None] | None) -> None:
        self.fetcher = fetcher
        self.stop = stop
        self.on_page = on_page

    def get(self, url: str, **kwargs: object) -> Page:
        """Fetcher.get, unless stopping."""
        if self.stop.is_set():
            raise Interrupted(f"{url}: not fetched, the monitor is stopping")
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
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The summary line as JSON."""
        return dict(self.__dict__)


@dataclass
class RunSummary:
    """What `run_once` did: one report per source and the delivery pass."""

    sources: list[SourceReport]
    delivery: outbox.Delivery | None

    @property
    def exit_code(self) -> int:
        """0 when every source was checked completely, else 1."""
        return 0 if all(s.outcome == "ok" for s in self.sources) else 1

    def to_json(self) -> dict:
        """{sources: [...], alerts: {sent, failed, expired, waiting, errors}}."""
        d = self.delivery
        return {
            "sources": [s.to_json() for s in self.sources],
            "alerts": d.__dict__ if d else None,
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


def _mark_interrupted(db, source: str) -> None:
    """Record the source's last run as interrupted (the service stopped; not a failure)."""
    row = db.execute(
        "SELECT max(r.id) FROM runs r JOIN sources s ON s.id = r.source_id WHERE s.key = ?", [source]
    ).fetchone()
    if row and row[0]:
        db.execute("UPDATE runs SET outcome = 'interrupted' WHERE id = ?", [row[0]])


def _open_and_clear(path: Path) -> None:
    """Create or migrate the store once, before the threads open it; with the run lock held, a run
    still marked "running" was abandoned (the process stopped or died): mark it interrupted."""
    db = store.open_db(path)
    try:
        db.execute("UPDATE runs SET outcome = 'interrupted' WHERE outcome = 'running'")
    finally:
        db.close()


def check_source(db, config: Config, source: Source, fetcher, *, stop: threading.Event,
                 now: Callable[[], datetime] = outbox.utcnow) -> SourceReport:
    """Check one source, then enqueue its change alerts and its error/recovery alert."""
    baseline = not had_successful_run(db, source.name)
    result = crawl.crawl_source(db, source, fetcher)
    outcome = result.outcome
    if stop.is_set() and any("monitor is stopping" in e for e in result.errors):
        _mark_interrupted(db, source.name)
        outcome = "interrupted"
    report = SourceReport(source.name, outcome, result.new, result.changed, result.unchanged + result.reverted,
                          result.failed, errors=list(result.errors))
    report.baseline = baseline and outcome in ("ok", "partial")
    if not report.baseline:
        report.alerts += outbox.enqueue_changes(db, config, source.name, result.changesets, now=now())
    report.alerts += outbox.check_health(db, config, source.name, url=source.url, now=now())
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
        own = None if fetcher else Fetcher()
        watched = WatchedFetcher(fetcher or own, stop, on_page)
        reports = _check_all(config, path, chosen, watched, stop, now, on_source)
        delivery = None
        if config.channels and not stop.is_set():
            delivery = deliver_alerts(config, db_path=path, env=env, now=now)
        return RunSummary(reports, delivery)
    finally:
        if own:
            own.close()
        lock.release()


def _check_all(config: Config, path: Path, chosen: list[Source], fetcher: WatchedFetcher, stop: threading.Event,
               now: Callable[[], datetime], on_source: Callable[[SourceReport], None] | None) -> list[SourceReport]:
    """Check sources: one thread (and database connection) per host, a host's sources in turn."""
    by_host: dict[str, list[Source]] = {}
    for s in chosen:
        by_host.setdefault(s.host, []).append(s)

    def run(group: list[Source]) -> list[SourceReport]:
        out = []
        db = store.open_db(path)
        try:
            for source in group:
                if stop.is_set():
                    break
                try:
                    report = check_source(db, config, source, fetcher, stop=stop, now=now)
                except MonitorError as exc:  # the store itself failed: say so, go on with the others
                    report = SourceReport(source.name, "failed", errors=[f"{source.name}: {exc}"])
                log.info("%s: %s", source.name, describe(report))
                if on_source:
                    on_source(report)
                out.append(report)
        finally:
            db.close()
        return out

    if not by_host:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(by_host)), thread_name_prefix="check") as pool:
        done = {r.source: r for group in pool.map(run, by_host.values()) for r in group}
    return [done.get(s.name) or SourceReport(s.name, "interrupted") for s in chosen]


def deliver_alerts(config: Config, *, db_path: str | Path | None = None, env: Mapping[str, str] | None = None,
                   now: Callable[[], datetime] = outbox.utcnow) -> outbox.Delivery:
    """One delivery pass over the outbox (the `serve` delivery job; the end of every run)."""
    path = database_file(config, db_path)
    db = store.open_db(path)
    try:
        return outbox.deliver(db, config, env=env, now=now)
    finally:
        db.close()


def describe(report: SourceReport) -> str:
    """'ok: 0 new, 1 changed, 31 unchanged, 0 failed, 2 alerts'."""
    text = (f"{report.outcome}: {report.new} new, {report.changed} changed, {report.unchanged} unchanged, "
            f"{report.failed} failed, {report.alerts} alerts")
    return text + (" (baseline: first check, changes recorded without alerts)" if report.baseline else "")


def summary_text(summary: RunSummary) -> str:
    """The table `monitor run --once` prints."""
    width = max([len(s.source) for s in summary.sources] + [6])
    lines = [f"{'source':<{width}}  {'outcome':<11} {'new':>4} {'changed':>7} {'unchanged':>9} {'failed':>6} {'alerts':>6}"]
    for s in summary.sources:
        lines.append(f"{s.source:<{width}}  {s.outcome:<11} {s.new:>4} {s.changed:>7} {s.unchanged:>9} {s.failed:>6} {s.alerts:>6}"
                     + ("  (baseline)" if s.baseline else ""))
    for s in summary.sources:
        for e in s.errors[:5]:
            lines.append(f"  {e}")
        if len(s.errors) > 5:
            lines.append(f"  {s.source}: ... {len(s.errors) - 5} more errors")
    d = summary.delivery
    if d is not None:
        lines.append(f"alerts: {d.sent} sent, {d.failed} failed, {d.expired} expired, {d.waiting} waiting")
        lines += [f"  {e}" for e in d.errors]
    if any(s.baseline for s in summary.sources):
        lines.append("baseline: the first check of a source records its plans without alerting; later changes alert")
    return "\n".join(lines) + "\n"


# -- the long-running service -------------------------------------------------------------


class Jobs:
    """The two job functions `serve` schedules, counting what is running so a stop can wait for it."""

    def __init__(self, config: Config, db_path: str | Path | None, env: Mapping[str, str] | None,
                 stop: threading.Event, fetcher: Fetcher | None = None, lock_wait: float = 600.0) -> None:
        self.config = config
        self.db_path = db_path
        self.env = env
        self.stop = stop
        self.fetcher = fetcher or Fetcher()
        self.lock_wait = lock_wait
        self.running = 0
        self._idle = threading.Condition()

    def _busy(self, delta: int) -> None:
        with self._idle:
            self.running += delta
            self._idle.notify_all()

    def check(self, source: str) -> SourceReport | None:
        """Check one source (waiting for the run lock while a manual run holds it)."""
        if self.stop.is_set():
            return None
        self._busy(+1)
        try:
            summary = run_once(self.config, db_path=self.db_path, sources=[source], fetcher=self.fetcher,
                               env=self.env, stop=self.stop, lock_wait=self.lock_wait)
            if self.config.site_out is not None:  # issue 14: the static site follows each check
                site.regenerate(database_file(self.config, self.db_path), self.config.site_out)
            return summary.sources[0] if summary.sources else None
        except MonitorError as exc:
            log.error("%s: check skipped: %s", source, exc)
            return None
        finally:
            self._busy(-1)

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

    store.open_db(database_file(config, db_path)).close()  # fail now, not at 07:30, if it cannot be written
    jobs = Jobs(config, db_path, env, stop, fetcher)
    scheduler = build_scheduler(config, jobs.check, jobs.deliver)
    scheduler.start()
    for job in scheduler.get_jobs():
        if check_now or job.id == "deliver":
            job.modify(next_run_time=datetime.now(scheduler.timezone))
        log.info("scheduled %s, next run %s", job.name, job.next_run_time)
    log.info("serving %d sources from %s; stop with SIGTERM or Ctrl-C", len(config.sources),
             database_file(config, db_path))
    stop.wait()
    log.info("stopping: no new checks; waiting up to %.0fs for the running one", grace)
    scheduler.shutdown(wait=False)
    idle = jobs.wait_idle(grace)
    if not idle:
        log.warning("a check is still inside a network call; abandoning it (its unfinished write rolls back)")
    if idle and fetcher is None:
        jobs.fetcher.close()
    return idle


# -- status -------------------------------------------------------------------------------


def last_due(cron: str, timezone: str, now: datetime) -> datetime | None:
    """The most recent time at or before now when a cron schedule fired (looking back 40 days)."""
    from monitor.schedule import cron_trigger

    trigger = cron_trigger(cron, timezone)
    for days in (2, 40):
        moment, last = trigger.get_next_fire_time(None, now - timedelta(days=days)), None
        while moment is not None and moment <= now:
            last = moment
            moment = trigger.get_next_fire_time(moment, moment + timedelta(seconds=1))
        if last is not None:
            return last
    return None


def source_status(db, config: Config, source: Source, now: datetime) -> dict:
    """One source's status: last run, outcome, consecutive failures, last change, waiting alerts, overdue."""
    runs = outbox.recent_runs(db, source.name)
    cursor = db.execute(
        "SELECT r.started_at, r.finished_at, r.outcome, r.error FROM runs r JOIN sources s ON s.id = r.source_id "
        "WHERE s.key = ? ORDER BY r.id DESC LIMIT 1",
        [source.name],
    )
    found = cursor.fetchone()
    last = dict(zip([d[0] for d in cursor.description], found)) if found else None
    change = db.execute(
        "SELECT c.detected_at, v.title, v.url FROM changes c JOIN versions v ON v.id = c.version_id "
        "JOIN documents d ON d.id = v.document_id JOIN sources s ON s.id = d.source_id "
        "WHERE s.key = ? ORDER BY c.detected_at DESC, c.id DESC LIMIT 1",
        [source.name],
    ).fetchone()
    waiting = db.execute("SELECT count(*) FROM outbox WHERE status = 'pending' AND source = ?", [source.name]).fetchone()[0]
    when = config.schedule_for(source.name)
    due = last_due(when.cron, when.timezone, now)
    slack = timedelta(seconds=when.misfire_grace + when.jitter + 600)
    overdue = bool(last and due and due + slack < now and datetime.fromisoformat(last["started_at"]) < due)
    return {
        "source": source.name,
        "title": source.title,
        "url": source.url,
        "schedule": f"{when.cron} ({when.timezone})",
        "last_run": None if last is None else {
            "started_at": last["started_at"],
            "finished_at": last["finished_at"],
            "outcome": last["outcome"],
            "error": (last["error"] or "").splitlines()[0] if last["error"] else None,
        },
        "consecutive_failures": len(outbox.failure_streak(runs)),
        "last_change": None if change is None else {"detected_at": change[0], "title": change[1], "url": change[2]},
        "alerts_waiting": waiting,
        "overdue": overdue,
    }


def status(config: Config, *, db_path: str | Path | None = None, now: datetime | None = None) -> dict:
    """`monitor status --json`: every source, the waiting alerts, and counts of sent and expired ones."""
    now = now or outbox.utcnow()
    path = database_file(config, db_path)
    if not path.exists():
        raise StoreError(f"{path}: no database yet (run `monitor run --once` first)")
    db = store.open_db(path)
    try:
        sources = [source_status(db, config, s, now) for s in config.sources]
        counts = dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        return {
            "database": str(path),
            "checked_at": outbox.stamp(now),
            "sources": sources,
            "alerts": {
                "waiting": outbox.pending(db),
                "sent": counts.get("sent", 0),
                "expired": counts.get("expired", 0),
            },
        }
    finally:
        db.close()


def status_text(data: dict) -> str:
    """The table `monitor status` prints."""
    rows = [("source", "last run", "outcome", "failures", "last change", "waiting")]
    for s in data["sources"]:
        run = s["last_run"] or {}
        rows.append((
            s["source"] + (" (overdue)" if s["overdue"] else ""),
            run.get("started_at") or "never",
            run.get("outcome") or "-",
            str(s["consecutive_failures"]),
            (s["last_change"] or {}).get("detected_at") or "-",
            str(s["alerts_waiting"]),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    for s in data["sources"]:
        if s["last_run"] and s["last_run"]["error"]:
            lines.append(f"  {s['last_run']['error']}")
    alerts = data["alerts"]
    lines.append(f"alerts: {len(alerts['waiting'])} waiting, {alerts['sent']} sent, {alerts['expired']} expired")
    for a in alerts["waiting"]:
        lines.append(f"  #{a['id']} {a['channel']}: {a['subject']} (attempts {a['attempts']}, next {a['next_attempt_at']})")
        if a["last_error"]:
            lines.append(f"      last error: {a['last_error']}")
    return "\n".join(lines) + "\n"


# -- logging ------------------------------------------------------------------------------


class RedactSecrets(logging.Filter):
    """Replace every configured secret value in a log line with ***, whatever logged it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if any(s in text for s in self.secrets):
            for s in self.secrets:
                text = text.replace(s, "***")
            record.msg, record.args = text, None
        return True


def secret_values(config: Config, env: Mapping[str, str] | None = None) -> list[str]:
    """The values of the environment variables the channels name."""
    env = os.environ if env is None else env
    return [env[var] for c in config.channels.values() for _, var in c.secret_vars() if env.get(var)]


def setup_logging(config: Config, *, level: int = logging.INFO, env: Mapping[str, str] | None = None) -> None:
    """Plain timestamped lines on stderr, secrets redacted; httpx's request lines (full URLs) kept out."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(RedactSecrets(secret_values(config, env)))
    handler.set_name("monitor")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "monitor"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
