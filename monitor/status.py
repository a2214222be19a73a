"""`monitor status`: each source's last run, failures, last change, waiting alerts, and whether it is overdue."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from monitor import health, outbox, store
from monitor.config import Config
from monitor.errors import StoreError
from monitor.runner import database_file
from monitor.sources import Source


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
    runs = health.recent_runs(db, source.name)
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
        "consecutive_failures": len(health.failure_streak(runs)),
        "last_change": None if change is None else {"detected_at": change[0], "title": change[1], "url": change[2]},
        "alerts_waiting": waiting,
        "overdue": overdue,
    }


def collect(config: Config, *, db_path: str | Path | None = None, now: datetime | None = None) -> dict:
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
