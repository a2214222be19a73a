"""`monitor status`: each source's last run, failures, last change, waiting alerts, and whether it is overdue."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Collection
from datetime import datetime, timedelta
from pathlib import Path

from monitor import health, lock, outbox, store
from monitor.config import Config
from monitor.runner import database_file
from monitor.sources import Source


def first_due(cron: str, timezone: str, after: datetime) -> datetime | None:
    """The first time strictly after `after` (to the second) when a cron schedule fires."""
    minute = after.replace(second=0, microsecond=0)
    if after - minute <= timedelta(seconds=59):  # a crontab fires on whole minutes: the same answer as its minute's
        return _first_due_in(cron, timezone, minute)
    return _trigger(cron, timezone).get_next_fire_time(None, after + timedelta(seconds=1))


@functools.lru_cache(maxsize=4096)
def _first_due_in(cron: str, timezone: str, minute: datetime) -> datetime | None:
    """first_due of a whole minute: the sources a batch started within one minute share it (40,000 asked at once)."""
    return _trigger(cron, timezone).get_next_fire_time(None, minute + timedelta(seconds=1))


@functools.lru_cache(maxsize=64)
def _trigger(cron: str, timezone: str):
    """One trigger per schedule: most sources share a few, and building one costs five times reading it."""
    from monitor.schedule import cron_trigger

    return cron_trigger(cron, timezone)


# A run with new documents writes a few MB (25 KB a version, the WAL); below this much free space the next one
# may stop half-way with "database or disk is full".
FREE_FLOOR = 64 * 2**20


def store_problem(path: Path, floor: int = FREE_FLOOR) -> str | None:
    """Why the next run could not write to the store, or None: the file or its directory read-only, the disk nearly full."""
    for p in (path, path.parent):
        if not os.access(p, os.W_OK):
            return f"{p} is read-only: runs cannot store versions or queue alerts"
    free = shutil.disk_usage(path.parent).free
    if free < floor:
        return f"only {free / 2**20:.1f} MB free on the disk of {path}: runs fail when it is full"
    return None


def is_quiet(newest: str | None, now: datetime, quiet_after: int) -> bool:
    """True when a source's newest document is dated more than `quiet_after` seconds before now (0: never): a
    column a site stopped filling, as one left behind when a county moved its disclosures to a new platform."""
    try:
        day = datetime.fromisoformat(newest[:10]).date() if newest else None
    except ValueError:  # a date the page gave in no form the reader knew
        return False
    return bool(quiet_after) and day is not None and (now.date() - day).days * 86400 > quiet_after


def watched_since(db) -> datetime | None:
    """When the database was created (its first migration): a source never checked, and never registered
    by `serve`, is overdue once its first due time after this has passed."""
    applied = [m.applied_at for m in store.MIGRATIONS.applied(db)]
    return datetime.fromisoformat(min(applied)) if applied else None


def is_overdue(cron: str, timezone: str, slack: timedelta, last_started: datetime | None,
               since: datetime | None, now: datetime, progress: datetime | None = None) -> bool:
    """True when the schedule's first time after the last start (or, never run, after `since`) is past its slack,
    unless a run in progress started a source after that time (`progress`): the source waits its turn in it."""
    after = last_started or since
    due = first_due(cron, timezone, after) if after else None
    return due is not None and due + slack < now and not (progress is not None and due <= progress)


def run_progress(db, now: datetime, within: timedelta = timedelta(hours=1)) -> datetime | None:
    """When the run in progress last started a source, if within `within` of now (a run still moving on):
    a national batch (hours, hosts in parallel) checks a host's sources in turn, so a source due at 07:30
    may start at 09:30 without being missed."""
    row = db.execute("SELECT max(started_at) FROM runs WHERE outcome = 'running'").fetchone()
    latest = datetime.fromisoformat(row[0]) if row and row[0] else None
    return latest if latest is not None and now - latest <= within else None


def source_status(db, config: Config, source: Source, now: datetime, *, since: datetime | None = None,
                  running: bool = True, progress: datetime | None = None) -> dict:
    """One source's status: last run, outcome, consecutive failures, last change, waiting alerts, suspect versions,
    files not read, overdue.

    `running` False (no process holds the run lock) shows a run still marked "running" as interrupted.
    """
    failures = len(health.failure_streak(health.streak_runs(db, source.name)))
    cursor = db.execute(
        "SELECT r.started_at, r.finished_at, r.outcome, r.error FROM runs r JOIN sources s ON s.id = r.source_id "
        "WHERE s.key = ? ORDER BY r.id DESC LIMIT 1",
        [source.name],
    )
    found = cursor.fetchone()
    last = dict(zip([d[0] for d in cursor.description], found)) if found else None
    if last and last["outcome"] == "running" and not running:
        last["outcome"] = "interrupted"  # its process died; the next run records it so
    # from the source to its documents to their changes (+c.detected_at: not down the index of every change)
    ids = "SELECT d.id FROM documents d JOIN sources s ON s.id = d.source_id WHERE s.key = ?"
    change = db.execute(
        f"SELECT c.detected_at, v.title, v.url FROM versions v JOIN changes c ON c.version_id = v.id "
        f"WHERE v.document_id IN ({ids}) ORDER BY +c.detected_at DESC, c.id DESC LIMIT 1",
        [source.name],
    ).fetchone()
    waiting = db.execute("SELECT count(*) FROM outbox WHERE status = 'pending' AND source = ?", [source.name]).fetchone()[0]
    suspect = db.execute(f"SELECT count(*) FROM versions v WHERE v.document_id IN ({ids}) AND v.hold = 'suspect'",
                         [source.name]).fetchone()[0]
    unread = [dict(zip(("page", "file", "status", "detail"), r)) for r in db.execute(
        "SELECT d.url, f.url, f.status, f.detail FROM documents d JOIN sources s ON s.id = d.source_id "
        "JOIN version_files f ON f.version_id = d.current_version_id WHERE s.key = ? AND f.status != 'ok' ORDER BY d.id, f.seq",
        [source.name])]
    # the site's last sign of life: its newest document's date, or when it last revised one
    newest = db.execute(
        f"SELECT max(day) FROM (SELECT coalesce(date, substr(first_seen, 1, 10)) AS day FROM documents WHERE id IN ({ids}) "
        f"UNION ALL SELECT substr(first_seen, 1, 10) FROM versions WHERE document_id IN ({ids}) AND seq > 1)",
        [source.name, source.name]).fetchone()[0]
    when = config.schedule_for(source.name)
    slack = timedelta(seconds=when.misfire_grace + when.jitter + 600)
    started = datetime.fromisoformat(last["started_at"]) if last else None
    added = db.execute("SELECT created_at FROM sources WHERE key = ?", [source.name]).fetchone()
    if added and added[0]:  # `serve` registers the sources it watches when it starts
        since = datetime.fromisoformat(added[0])
    overdue = is_overdue(when.cron, when.timezone, slack, started, since, now, progress)
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
        "consecutive_failures": failures,
        "last_change": None if change is None else {"detected_at": change[0], "title": change[1], "url": change[2]},
        "alerts_waiting": waiting,
        "suspect_versions": suspect,  # collapsed bodies held until a later check confirms them
        # attachments of the stored documents that were never read (a scan, a dead link, a file over the cap): the
        # run warned once; a file that keeps failing stops being asked for after a week, and this still lists it
        "files_unread": unread,
        "overdue": overdue,
        # its newest document (by its date) or revision is older than alerts.quiet_after: checked fine, but has the
        # column moved?
        "newest_document": newest,
        "quiet": is_quiet(newest, now, config.alerts.quiet_after),
        "failing": failures >= config.alerts.error_threshold,
    }


def channels_down(db, threshold: int, configured: Collection[str]) -> list[dict]:
    """Configured channels whose waiting alerts have failed `threshold` attempts or more (alerts.error_threshold):
    alerts are not reaching anyone, though every source is checked. The channel, its waiting alerts, the oldest
    one's time, the attempts and the last error. (A channel taken out of the configuration is not down: its
    alerts wait, listed with "not configured any more", until they expire.)"""
    rows = db.execute(
        "SELECT channel, max(attempts), last_error, count(*), min(created_at) FROM outbox WHERE status = 'pending' "
        "GROUP BY channel HAVING max(attempts) >= ? ORDER BY channel", [threshold])  # last_error: the max row's
    return [{"channel": c, "attempts": a, "last_error": e, "waiting": n, "since": t} for c, a, e, n, t in rows
            if c in configured]


def collect(config: Config, *, db_path: str | Path | None = None, now: datetime | None = None) -> dict:
    """`monitor status --json`: every source, the waiting alerts, and counts of sent and expired ones."""
    now = now or outbox.utcnow()
    path = database_file(config, db_path)
    db = store.open_readonly(path)
    try:
        since, running = watched_since(db), lock.is_held(path)
        progress = run_progress(db, now) if running else None
        sources = [source_status(db, config, s, now, since=since, running=running, progress=progress)
                   for s in config.sources]
        counts = dict(db.execute("SELECT status, count(*) FROM outbox GROUP BY status").fetchall())
        return {
            "database": str(path),
            # read-only or nearly full: every run would fail without recording it, so no source would show it
            "store_problem": store_problem(path),
            "checked_at": outbox.stamp(now),
            "sources": sources,
            # current versions whose targets an older extractor read: `monitor reextract` reads them again
            "older_readings": len(store.stale_versions(db, store.extractor_id())),
            "channels_down": channels_down(db, max(1, config.alerts.error_threshold), config.channels),
            "alerts": {
                "waiting": outbox.pending(db),
                "sent": counts.get("sent", 0),
                "expired": counts.get("expired", 0),
            },
        }
    finally:
        db.close()
