"""The health policy: after `error_threshold` consecutive failed checks of a source, one error alert;
when the source works again, one recovery alert (keys built from the first failed run of the
streak, so each streak alerts once). A check in which the same page failed again counts as
failed too: a page that fails on every run alerts like a source that does. Reads the `runs`
table, queues through the outbox.
"""

from __future__ import annotations

import json
from datetime import datetime

from monitor import outbox
from monitor.alerts import health_message
from monitor.config import Config


def recent_runs(db, source: str, limit: int) -> list[dict]:
    """A source's finished runs, newest first (interrupted ones, stopped by a shutdown, left out)."""
    return list(db.query(
        "SELECT r.id, r.outcome, r.error, r.started_at, r.finished_at, r.failed_urls FROM runs r JOIN sources s ON s.id = r.source_id "
        "WHERE s.key = ? AND r.outcome NOT IN ('running', 'interrupted') ORDER BY r.id DESC LIMIT ?",
        [source, limit],
    ))


def failure_streak(runs: list[dict]) -> list[dict]:
    """The newest runs that all failed (newest first), up to the last run that did not: a run failed when
    it could not check the source, or when a page failed in it that failed in every newer run of the streak."""
    streak: list[dict] = []
    pages: set[str] | None = None  # the pages that failed in every partial run of the streak so far
    for run in runs:
        if run["outcome"] != "failed":
            failed = set(json.loads(run.get("failed_urls") or "[]"))
            pages = failed if pages is None else pages & failed
            if run["outcome"] != "partial" or not pages:
                break
        streak.append(run)
    return streak


def streak_runs(db, source: str, first: int = 16) -> list[dict]:
    """A source's newest runs, enough of them to hold its failure streak and the streak before its newest run:
    a few, more only while they all failed (a year of daily runs read for each of 40,000 sources took minutes)."""
    limit = first
    while True:
        runs = recent_runs(db, source, limit)
        if len(runs) < limit or len(failure_streak(runs[1:])) < len(runs) - 1:
            return runs
        limit *= 4


def check_health(db, config: Config, source: str, *, url: str | None = None, now: datetime | None = None) -> int:
    """Enqueue the error alert of a long failure streak, or the recovery alert after one; returns how many."""
    now = now or outbox.utcnow()
    threshold = config.alerts.error_threshold
    runs = streak_runs(db, source)
    streak = failure_streak(runs)
    if len(streak) >= threshold:
        kind, failures = "error", streak
    elif runs and len(failure_streak(runs[1:])) >= threshold and len(streak) <= len(failure_streak(runs[1:])):
        kind, failures = "recovery", failure_streak(runs[1:])
    else:
        return 0
    added = 0
    for channel in config.alerts.ops_channels:
        key = f"{kind}-{source}-{failures[-1]['id']}-{channel}"
        message = health_message(kind, source, key, failures, url)
        added += outbox.enqueue(db, message, channel, source=source, config=config, now=now)
    return added
