"""The durable alert outbox: alerts wait in SQLite until a channel takes them.

* `enqueue_changes` turns each change set into one alert per channel, with an idempotency key
  built from the two versions compared: the same change set is never enqueued twice.
* `check_health` reads the `runs` table: after `error_threshold` consecutive failed checks of
  a source, one error alert; when the source works again, one recovery alert (keys built from
  the first failed run of the streak, so each streak alerts once).
* `deliver` sends what is due, oldest first. A row is leased before sending, so two deliverers
  never send it both; success marks it sent; failure schedules the next attempt with doubling
  backoff (`next_attempt_at`), across runs, until it succeeds or `expires_at` passes. A channel
  that fails is not tried again in the same pass, so one outage costs one timeout, not fifty.

Time comes from an injectable clock (`now=`), so tests drive backoff without sleeping.
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone

from monitor import notify, report
from monitor.config import Config
from monitor.errors import NotifyError
from monitor.models import ChangeSet
from monitor.notify import Message

log = logging.getLogger("monitor.outbox")

ALERT_SCHEMA = "gov-plan-monitor/alert/v1"
LEASE = timedelta(minutes=10)  # longer than any channel's timeout
Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """The current time in UTC."""
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second, as the store writes times (sortable as text)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


# -- messages -----------------------------------------------------------------------------


def subject_of(cs: ChangeSet) -> str:
    """'【目标变化】王坛镇2025年工作计划: 3项调整、1项新增' (counts of changed/added/dropped targets)."""
    counts = report.summary(cs)
    title = cs.new.title or cs.new.url or "(untitled)"
    parts = [f"{counts[k]}项{word}" for k, word in (("changed", "调整"), ("added", "新增"), ("dropped", "删除")) if counts[k]]
    if parts:
        return f"【目标变化】{title}: {'、'.join(parts)}"
    if counts["outcomes"]:
        return f"【完成情况】{title}: {counts['outcomes']}项目标"
    return f"【文字修订】{title}: {counts['text']}处修改"


def alertable(cs: ChangeSet, text_changes: bool = False) -> bool:
    """True for a change set worth an alert: targets moved or outcomes reported (text edits when asked)."""
    return bool(cs.changes or cs.outcomes or (text_changes and cs.hunks))


def changes_key(cs: ChangeSet, channel: str) -> str:
    """The idempotency key of one change set on one channel."""
    old = cs.old.id if cs.old.id is not None else (cs.old.sha256 or "")[:16]
    new = cs.new.id if cs.new.id is not None else (cs.new.sha256 or "")[:16]
    return f"changes-{cs.kind}-{old}-{new}-{channel}"


_AUTOLINK = re.compile(r"<(https?://[^\s>]+)>")


def chat_markdown(text: str) -> str:
    """Markdown for the robots: <url> autolinks written as [url](url), which all three render."""
    return _AUTOLINK.sub(r"[\1](\1)", text)


def changes_message(cs: ChangeSet, source: str, key: str) -> Message:
    """The alert for one change set, rendered for every channel kind."""
    subject = subject_of(cs)
    data = {"schema": ALERT_SCHEMA, "kind": "changes", "id": key, "source": source,
            "subject": subject, "report": report.report_json(cs)}
    return Message(
        key=key,
        kind="changes",
        subject=subject,
        text=subject + "\n\n" + report.render_text([cs]),
        markdown=chat_markdown(f"**{report.md_escape(subject)}**\n\n" + report.render_markdown([cs], fenced=False)),
        html=report.render_html([cs], title=subject),
        data=data,
    )


def _health_message(kind: str, source: str, key: str, failures: list[dict], url: str | None) -> Message:
    """An error alert (a streak of failed checks) or a recovery alert (the streak ended)."""
    first, last = failures[-1], failures[0]
    errors = [line for line in (last.get("error") or "").splitlines() if line][:5]
    if kind == "error":
        subject = f"【监测异常】{source}: 连续{len(failures)}次检查失败"
        lines = [f"{source}: {len(failures)} consecutive checks failed since {first['started_at']}.", *errors]
    else:
        subject = f"【监测恢复】{source}: 检查恢复正常"
        lines = [f"{source}: checks work again after {len(failures)} failures "
                 f"({first['started_at']} to {last['started_at']})."]
    if url:
        lines.append(url)
    text = "\n".join(lines)
    data = {"schema": ALERT_SCHEMA, "kind": kind, "id": key, "source": source, "subject": subject,
            "failures": len(failures), "since": first["started_at"], "last_failure": last["started_at"],
            "errors": errors, "url": url}
    md = chat_markdown(f"**{report.md_escape(subject)}**\n\n" + "\n".join(f"- {report.md_escape(x)}" for x in lines))
    page = "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>"
    return Message(key=key, kind=kind, subject=subject, text=text + "\n", markdown=md, html=page, data=data)


# -- enqueue ------------------------------------------------------------------------------


def enqueue(db, message: Message, channel: str, *, source: str | None, config: Config, now: datetime) -> bool:
    """Add one alert for one channel unless its key is already there; True when added."""
    body = json.dumps({k: v for k, v in asdict(message).items() if k not in ("key", "kind", "subject")},
                      ensure_ascii=False)
    cursor = db.execute(
        "INSERT OR IGNORE INTO outbox (key, channel, kind, source, subject, message, status, attempts, "
        "created_at, next_attempt_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)",
        [message.key, channel, message.kind, source, message.subject, body, stamp(now), stamp(now),
         stamp(now + timedelta(seconds=config.alerts.expire_after))],
    )
    return cursor.rowcount == 1


def enqueue_changes(db, config: Config, source: str, changesets: Iterable[ChangeSet], *,
                    now: datetime | None = None) -> int:
    """One alert per alertable change set and change channel; returns how many were added."""
    now = now or utcnow()
    added = 0
    for cs in changesets:
        if not alertable(cs, config.alerts.text_changes):
            continue
        for channel in config.alerts.channels:
            key = changes_key(cs, channel)
            added += enqueue(db, changes_message(cs, source, key), channel, source=source, config=config, now=now)
    return added


def recent_runs(db, source: str, limit: int = 500) -> list[dict]:
    """A source's finished runs, newest first (interrupted ones, stopped by a shutdown, left out)."""
    return list(db.query(
        "SELECT r.id, r.outcome, r.error, r.started_at, r.finished_at FROM runs r JOIN sources s ON s.id = r.source_id "
        "WHERE s.key = ? AND r.outcome NOT IN ('running', 'interrupted') ORDER BY r.id DESC LIMIT ?",
        [source, limit],
    ))


def failure_streak(runs: list[dict]) -> list[dict]:
    """The newest runs that all failed (newest first), up to the last run that did not."""
    streak = []
    for run in runs:
        if run["outcome"] != "failed":
            break
        streak.append(run)
    return streak


def check_health(db, config: Config, source: str, *, url: str | None = None, now: datetime | None = None) -> int:
    """Enqueue the error alert of a long failure streak, or the recovery alert after one; returns how many."""
    now = now or utcnow()
    threshold = config.alerts.error_threshold
    runs = recent_runs(db, source)
    streak = failure_streak(runs)
    if len(streak) >= threshold:
        kind, failures = "error", streak
    elif not streak and runs and len(failure_streak(runs[1:])) >= threshold:
        kind, failures = "recovery", failure_streak(runs[1:])
    else:
        return 0
    added = 0
    for channel in config.alerts.ops_channels:
        key = f"{kind}-{source}-{failures[-1]['id']}-{channel}"
        message = _health_message(kind, source, key, failures, url)
        added += enqueue(db, message, channel, source=source, config=config, now=now)
    return added


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


def deliver(db, config: Config, *, env: Mapping[str, str] | None = None, now: Clock = utcnow,
            send: Callable[..., None] = notify.send) -> Delivery:
    """Send every due alert once; failures wait for their next attempt. Never raises NotifyError."""
    env = os.environ if env is None else env
    result = Delivery()
    start = stamp(now())
    result.expired = db.execute(
        "UPDATE outbox SET status = 'expired', lease_until = NULL WHERE status = 'pending' AND expires_at <= ?",
        [start],
    ).rowcount
    if result.expired:
        log.warning("%d alert(s) expired undelivered (see monitor status)", result.expired)
    due = list(db.query(
        "SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? "
        "AND (lease_until IS NULL OR lease_until <= ?) ORDER BY id",
        [start, start],
    ))
    down: set[str] = set()
    for row in due:
        if row["channel"] in down:
            continue
        moment = now()
        claimed = db.execute(
            "UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'pending' "
            "AND (lease_until IS NULL OR lease_until <= ?)",
            [stamp(moment + LEASE), row["id"], stamp(moment)],
        ).rowcount
        if not claimed:  # another deliverer has it
            continue
        channel = config.channels.get(row["channel"])
        try:
            if channel is None:
                raise NotifyError(f"channel {row['channel']}: not configured any more ({config.label})")
            send(channel, _message(row), env)
        except NotifyError as exc:
            down.add(row["channel"])
            attempts = row["attempts"] + 1
            retry = now() + backoff(attempts, config)
            db.execute(
                "UPDATE outbox SET attempts = ?, next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE id = ?",
                [attempts, stamp(retry), str(exc), row["id"]],
            )
            result.failed += 1
            result.errors.append(f"{exc} (alert {row['key']}, attempt {attempts}, next {stamp(retry)})")
            log.warning("alert %s not delivered: %s; next attempt %s", row["key"], exc, stamp(retry))
            continue
        db.execute(
            "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, lease_until = NULL, "
            "last_error = NULL WHERE id = ?",
            [stamp(now()), row["id"]],
        )
        result.sent += 1
        log.info("alert %s sent to %s", row["key"], row["channel"])
    result.waiting = db.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    return result


def pending(db) -> list[dict]:
    """The alerts waiting in the outbox, oldest first (no message bodies)."""
    return list(db.query(
        "SELECT id, key, channel, kind, source, subject, attempts, created_at, next_attempt_at, expires_at, last_error "
        "FROM outbox WHERE status = 'pending' ORDER BY id"
    ))


# -- the sample alert (`monitor notify test`, docs/alerts.md) -------------------------------


def sample_changeset() -> ChangeSet:
    """A realistic change set: 王坛镇's 2025 plan against its 2024 plan."""
    from monitor.models import Change, Delta, Target, Version

    def t(indicator: str, value: float | None, unit: str, kind: str = "level", qualifier: str | None = None,
          lo: float | None = None, hi: float | None = None, year: str = "2025") -> Target:
        number = f"{value:g}" if value is not None else f"{lo:g}-{hi:g}"
        scale, base_unit = (1e4, "元") if unit == "万元" else (1, unit)
        base = [x * scale if x is not None else None for x in (value, lo, hi)]
        return Target(indicator, value, lo, hi, unit, kind, qualifier, year, f"{indicator}{number}{unit}{qualifier or ''}",
                      0, *base, base_unit)

    url = "https://www.kq.gov.cn/art/2025/3/20/art_1229443512_4200001.html"
    old = Version(url="https://www.kq.gov.cn/art/2024/3/26/art_1229443512_4142613.html", title="王坛镇2024年工作计划",
                  publisher="王坛镇", date="2024-03-26", plan_year=2024, id=1, document_id=1, seq=1)
    new = Version(url=url, title="王坛镇2025年工作计划", publisher="王坛镇", date="2025-03-20", plan_year=2025,
                  id=2, document_id=2, seq=1)
    changes = (
        Change("changed", "一般公共预算收入", "level", ("value",), t("一般公共预算收入", 5300, "万元", year="2024"),
               t("一般公共预算收入", 5000, "万元"), Delta(relative=-300 / 5300, direction="down")),
        Change("changed", "财政总收入", "growth", ("value",), t("财政总收入", 5, "%", "growth", year="2024"),
               t("财政总收入", 6, "%", "growth"), Delta(points=1, direction="up")),
        Change("changed", "应急救护培训", "count", ("value",), t("应急救护培训", 500, "人次", "count", "以上", year="2024"),
               t("应急救护培训", 600, "人次", "count", "以上"), Delta(relative=0.2, direction="up")),
        Change("added", "省级未来乡村", "count", (), None, t("省级未来乡村", 1, "个", "count")),
        Change("dropped", "“乐龄之家”", "count", (), t("“乐龄之家”", None, "个", "count", lo=4, hi=5, year="2024"), None),
    )
    return ChangeSet("plan", old, new, changes, detected_at="2025-03-21T07:31:02+00:00")


def sample_message(channel: str) -> Message:
    """The sample alert `monitor notify test` sends (marked as a test in its subject)."""
    message = changes_message(sample_changeset(), "kq-wangtan", f"test-{channel}-{stamp(utcnow())}")
    data = dict(message.data, kind="test")
    return Message(key=message.key, kind="test", subject="[测试] " + message.subject, text=message.text,
                   markdown=message.markdown, html=message.html, data=data)
