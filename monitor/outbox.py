"""The durable alert outbox: alerts wait in SQLite until a channel takes them.

* `enqueue_changes` turns each change set into one alert per channel (messages composed by
  monitor/alerts.py), with an idempotency key built from the two versions compared: the same
  change set is never enqueued twice. monitor/pipeline.py calls it inside the transaction that
  stores the version; monitor/health.py queues the error and recovery alerts with `enqueue`.
* `deliver` sends what is due, oldest first. A row is leased before sending, so two deliverers
  never send it both; success marks it sent; failure schedules the next attempt with doubling
  backoff (`next_attempt_at`), across runs, until it succeeds or `expires_at` passes. A channel
  that fails is not tried again in the same pass, so one outage costs one timeout, not fifty.
  The lease names its claimant (host, boot id, pid and the process's start time): a row claimed
  by a process that has died (kill -9 mid-send) is released by the next pass at once, not after
  LEASE; a live claimant's lease, or one on another host, is respected.

Time comes from an injectable clock (`now=`), so tests drive backoff without sleeping.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta, timezone

from monitor import notify
from monitor.alerts import (
    DIGEST_OVER, HEALTH_KINDS, alertable, changes_key, changes_message, channel_message, flipflop_message, gist_of,
    health_digest, rekeyed,
)
from monitor.config import Config
from monitor.errors import NotifyError
from monitor.models import ChangeSet
from monitor.notify import Message

log = logging.getLogger("monitor.outbox")


LEASE = timedelta(minutes=10)  # longer than any channel's timeout
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, as the store writes times (sortable as text)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


# -- enqueue ------------------------------------------------------------------------------


def enqueue(db, message: Message, channel: str, *, source: str | None, config: Config, now: datetime,
            gist: str | None = None, document_id: int | None = None) -> bool:
    """Add one alert for one channel unless its key is already there; True when added."""
    # The fields as they are (asdict would deep-copy the whole report in data first, for nothing)
    body = json.dumps({f.name: getattr(message, f.name) for f in fields(message) if f.name not in ("key", "kind", "subject")},
                      ensure_ascii=False)
    cursor = db.execute(
        "INSERT OR IGNORE INTO outbox (key, channel, kind, source, subject, message, status, attempts, "
        "created_at, next_attempt_at, expires_at, gist, document_id) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)",
        [message.key, channel, message.kind, source, message.subject, body, stamp(now), stamp(now),
         stamp(now + timedelta(seconds=config.alerts.expire_after)), gist, document_id],
    )
    return cursor.rowcount == 1


ECHO_WITHIN = timedelta(days=30)  # the same change alerted again this soon, from another document, is the same news


def echoed(db, gist: str, document_id: int | None, now: datetime) -> bool:
    """True when a change alert that says the same (`gist`) was queued for another document since ECHO_WITHIN: a
    copy of the document at another URL (one plan listed in two catalogues) changing alike. The same document
    changing alike again (a flip back and forth) is news each time."""
    return db.execute(
        "SELECT 1 FROM outbox WHERE gist = ? AND document_id IS NOT ? AND created_at >= ? LIMIT 1",
        [gist, document_id, stamp(now - ECHO_WITHIN)],
    ).fetchone() is not None


def enqueue_changes(db, config: Config, source: str, changesets: Iterable[ChangeSet], *,
                    now: datetime | None = None) -> int:
    """One alert per alertable change set and change channel, unless it echoes one queued for a copy of the
    document (`echoed`); returns how many were added."""
    now = now or utcnow()
    added = 0
    for cs in changesets:
        if not alertable(cs, config.alerts.text_changes):
            continue
        gist, document_id = gist_of(cs), cs.new.document_id
        if echoed(db, gist, document_id, now):
            log.info("not alerted again: %s (%s) says what an alert queued for a copy at another URL said",
                     cs.new.title or cs.new.url, cs.new.url)
            continue
        message = None  # rendered for the first channel, the others' differ only in their key
        for channel in config.alerts.channels:
            key = changes_key(cs, channel)
            message = changes_message(cs, source, key) if message is None else rekeyed(message, key)
            added += enqueue(db, message, channel, source=source, config=config, now=now, gist=gist,
                             document_id=document_id)
    return added


def enqueue_flipflop(db, config: Config, source: str, cs: ChangeSet, count: int, since: str, *,
                     now: datetime) -> int:
    """One summary alert per channel for a document that keeps changing (`count` changes since `since`),
    unless one was queued for it since then; returns how many were added."""
    if not alertable(cs, config.alerts.text_changes):
        return 0
    prefix = f"flipflop-{cs.new.document_id}-"
    summarised = db.execute(
        "SELECT 1 FROM outbox WHERE key >= ? AND key < ? AND kind = 'flipflop' AND created_at >= ? LIMIT 1",
        [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), since],  # the keys starting with prefix: down its index
    ).fetchone()
    if summarised:
        return 0
    added = 0
    for channel in config.alerts.channels:
        key = f"{prefix}{cs.new.id}-{channel}"
        added += enqueue(db, flipflop_message(cs, source, key, count, config.alerts.flipflop_within),
                         channel, source=source, config=config, now=now)
    return added


@dataclass(frozen=True)
class Alerts:
    """Who hears of a source's change sets: the configured change channels, through the outbox."""

    config: Config
    source: str
    clock: Callable[[], datetime] = utcnow

    def queue(self, db, changeset: ChangeSet) -> int:
        """Queue the change set's alerts (inside the caller's transaction); returns how many."""
        return enqueue_changes(db, self.config, self.source, [changeset], now=self.clock())


# -- deliver ------------------------------------------------------------------------------


@dataclass
class Delivery:
    """What one delivery pass did."""

    sent: int = 0
    failed: int = 0
    expired: int = 0
    waiting: int = 0  # still pending afterwards
    errors: list[str] = field(default_factory=list)


def backoff(attempts: int, config: Config) -> timedelta:
    """The wait after the attempts-th failure: retry_initial doubling, at most retry_max."""
    seconds = config.alerts.retry_initial * 2 ** min(attempts - 1, 30)
    return timedelta(seconds=min(seconds, config.alerts.retry_max))


def _message(row: dict) -> Message:
    """The stored Message of an outbox row."""
    body = json.loads(row["message"])
    return Message(key=row["key"], kind=row["kind"], subject=row["subject"] or "", **body)


def _boot_id() -> str:
    """This boot of the machine (Linux), so a pid from before a reboot is never taken for a live process."""
    try:
        with open("/proc/sys/kernel/random/boot_id") as f:
            return f.read().strip()
    except OSError:
        return "-"


def _started(pid: int) -> str:
    """A process's start time in clock ticks since boot (Linux /proc), so a reused pid is another claimant."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return "-"


def claimant(pid: int | None = None) -> str:
    """Who holds a lease: 'host boot-id pid start-time'."""
    pid = pid or os.getpid()
    return f"{socket.gethostname()} {_boot_id()} {pid} {_started(pid)}"


def claimant_dead(claimed_by: str) -> bool:
    """True when the claimant is known to be gone: same host and boot, and its process no longer runs."""
    parts = claimed_by.split()
    if len(parts) != 4 or parts[0] != socket.gethostname() or parts[1] != _boot_id() or parts[1] == "-":
        return False  # another machine (or unknowable): wait for its lease
    if not parts[2].isdigit():
        return False
    return claimant(int(parts[2])) != claimed_by


def release_dead(db, now: datetime) -> int:
    """Release the leases of rows claimed by processes that have died; returns how many."""
    released = 0
    for row_id, claimed_by in db.execute(
        "SELECT id, claimed_by FROM outbox WHERE status = 'pending' AND lease_until > ? AND claimed_by IS NOT NULL",
        [stamp(now)],
    ).fetchall():
        if claimant_dead(claimed_by):
            released += db.execute(
                "UPDATE outbox SET lease_until = NULL, claimed_by = NULL WHERE id = ? AND claimed_by = ?",
                [row_id, claimed_by],
            ).rowcount
    if released:
        log.warning("%d alert(s) claimed by a process that died were released for delivery", released)
    return released


def deliver(db, config: Config, *, env: Mapping[str, str] | None = None, now: Clock = utcnow,
            send: Callable[..., None] = notify.send) -> Delivery:
    """Send every due alert once; failures wait for their next attempt. Never raises NotifyError."""
    env = os.environ if env is None else env
    result = Delivery()
    result.expired = db.execute(
        "UPDATE outbox SET status = 'expired', lease_until = NULL WHERE status = 'pending' AND expires_at <= ?",
        [stamp(now())],
    ).rowcount
    if result.expired:
        log.warning("%d alert(s) expired undelivered (see monitor status)", result.expired)
    release_dead(db, now())
    down: set[str] = set()
    worked = _send_due(db, config, env, now, send, result, down)
    if _channel_alerts(db, config, down, worked, now()):  # the other channels hear of it in this pass
        _send_due(db, config, env, now, send, result, down)
    result.waiting = db.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    return result


def _send_due(db, config: Config, env: Mapping[str, str], now: Clock, send: Callable[..., None], result: Delivery,
              down: set[str]) -> set[str]:
    """Send the due alerts of every channel not in `down`, adding the ones that fail to it; returns the channels
    that took an alert."""
    start, me, worked = stamp(now()), claimant(), set()
    due = list(db.query(
        "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? "
        "AND (lease_until IS NULL OR lease_until <= ?) ORDER BY id",
        [start, start],
    ))
    for batch in _batches(due):
        name = batch[0]["channel"]
        if name in down:
            continue
        claimed = [row for row in batch if _claim(db, row, me, now())]
        if not claimed:  # another deliverer has them
            continue
        messages = [_message(row) for row in claimed]
        message = messages[0] if len(messages) == 1 else health_digest(messages)
        what = message.key if len(messages) == 1 else f"{message.key} ({len(messages)} alerts)"
        channel = config.channels.get(name)
        try:
            if channel is None:
                raise NotifyError(f"channel {name}: not configured any more ({config.label})")
            send(channel, message, env)
        except NotifyError as exc:
            down.add(name)
            for row in claimed:
                attempts = row["attempts"] + 1
                retry = now() + backoff(attempts, config)
                db.execute(
                    "UPDATE outbox SET attempts = ?, next_attempt_at = ?, lease_until = NULL, claimed_by = NULL, "
                    "last_error = ? WHERE id = ?",
                    [attempts, stamp(retry), str(exc), row["id"]],
                )
            result.failed += len(claimed)
            result.errors.append(f"{exc} (alert {what}, attempt {attempts}, next {stamp(retry)})")
            log.warning("alert %s not delivered: %s; next attempt %s", what, exc, stamp(retry))
            continue
        sent_at = stamp(now())
        for row in claimed:
            db.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL, "
                "claimed_by = NULL, last_error = NULL WHERE id = ?",
                [sent_at, row["id"]],
            )
        result.sent += len(claimed)
        worked.add(name)
        log.info("alert %s sent to %s", what, name)
    return worked


def _latest_notice(db, channel: str) -> tuple[str, str, str] | None:
    """(kind, outage, queued at) of the last notice the other channels were given about `channel` ("channel-down"
    or "channel-up"), or None. Keys are "<kind>:<channel>:<outage>:<recipient>", found through the key index."""
    latest = None
    for kind in ("channel-down", "channel-up"):
        prefix = f"{kind}:{channel}:"
        row = db.execute("SELECT id, key, created_at FROM outbox WHERE key >= ? AND key < ? ORDER BY id DESC LIMIT 1",
                         [prefix, prefix + "\U0010ffff"]).fetchone()
        if row and (latest is None or row[0] > latest[0]):
            latest = (row[0], kind, row[1][len(prefix):].split(":", 1)[0], row[2])
    return None if latest is None else latest[1:]


def _channel_alerts(db, config: Config, down: set[str], worked: set[str], moment: datetime) -> int:
    """Tell the other channels when a channel's waiting alerts have failed `alerts.error_threshold` attempts
    (once an outage), and when it delivers again; returns how many alerts were queued."""
    added = 0
    for name in sorted((down | worked) & set(config.channels)):
        notice = _latest_notice(db, name)
        ongoing = notice is not None and notice[0] == "channel-down"
        if name in down and not ongoing:
            oldest, waiting, since, attempts = db.execute(
                "SELECT min(id), count(*), min(created_at), max(attempts) FROM outbox WHERE status = 'pending' "
                "AND channel = ?", [name]).fetchone()
            if attempts < max(1, config.alerts.error_threshold):
                continue
            error = db.execute("SELECT last_error FROM outbox WHERE status = 'pending' AND channel = ? "
                               "AND last_error IS NOT NULL ORDER BY attempts DESC, id LIMIT 1", [name]).fetchone()
            kind, outage, facts = "channel-down", str(oldest), (waiting, since, error[0] if error else None)
        elif name not in down and ongoing:
            kind, outage, facts = "channel-up", notice[1], (0, notice[2], None)
        else:
            continue
        for other in _told_of(config, name):
            key = f"{kind}:{name}:{outage}:{other}"
            added += enqueue(db, channel_message(kind, name, key, *facts), other, source=None, config=config,
                             now=moment)
    return added


def _told_of(config: Config, channel: str) -> tuple[str, ...]:
    """Who hears that `channel` fails: the operations channels but itself, or else the change channels but itself."""
    ops = tuple(c for c in config.alerts.ops_channels if c != channel and c in config.channels)
    return ops or tuple(c for c in config.alerts.channels if c != channel and c in config.channels)


def _batches(due: list[dict]) -> list[list[dict]]:
    """The due rows as they go out, oldest first: one alert a message, but a channel's error and recovery
    alerts as one digest when more than DIGEST_OVER of them wait (alerts.health_digest)."""
    health: dict[str, list[dict]] = {}
    for row in due:
        if row["kind"] in HEALTH_KINDS:
            health.setdefault(row["channel"], []).append(row)
    out: list[list[dict]] = []
    for row in due:
        together = health.get(row["channel"], [])
        if row["kind"] not in HEALTH_KINDS or len(together) <= DIGEST_OVER:
            out.append([row])
        elif row is together[0]:
            out.append(together)
    return out


def _claim(db, row: dict, me: str, moment: datetime) -> bool:
    """Lease one due row for this deliverer; False when another has it."""
    return bool(db.execute(
        "UPDATE outbox SET lease_until = ?, claimed_by = ? WHERE id = ? AND status = 'pending' "
        "AND (lease_until IS NULL OR lease_until <= ?)",
        [stamp(moment + LEASE), me, row["id"], stamp(moment)],
    ).rowcount)


def pending(db) -> list[dict]:
    """The alerts waiting in the outbox, oldest first (no message bodies)."""
    return list(db.query(
        "SELECT id, key, channel, kind, source, subject, attempts, created_at, next_attempt_at, expires_at, last_error "
        "FROM outbox WHERE status = 'pending' ORDER BY id"
    ))
