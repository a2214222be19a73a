"""What an alert says: subjects, keys and the message of a change set or a failure streak, for every channel kind.

Pure composition (no database, no network): the outbox queues what these functions build, the
notifiers (monitor/notify.py) send it. The renderers (monitor/report.py, and through it the diff
and the extractor's lexicon) are imported by the functions that build a message: a run with
nothing to say loads none of them.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from dataclasses import replace

from monitor.models import ChangeSet, Target
from monitor.notify import Message

ALERT_SCHEMA = "gov-plan-monitor/alert/v1"


def subject_of(cs: ChangeSet) -> str:
    """'【目标变化】王坛镇2025年工作计划: 3项调整、1项新增' (counts of changed/added/dropped targets)."""
    from monitor import report

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


def gist_of(cs: ChangeSet) -> str:
    """What a change set says, whatever the URL it was read at: the titles, each target change, outcome and text hunk
    (sha256). Two copies of one plan in two columns of a site give the same gist when they change alike."""
    def amount(t: Target | None) -> tuple | None:
        return None if t is None else (t.indicator, t.value, t.min, t.max, t.unit, t.qualifier, t.period)

    said = (
        cs.kind, _plain(cs.old.title), _plain(cs.new.title),
        [(c.change, c.indicator, c.what, amount(c.old), amount(c.new)) for c in cs.changes],
        [(o.indicator, o.period, amount(o.target), amount(o.actual), o.met) for o in cs.outcomes],
        [(h.change, h.old, h.new) for h in cs.hunks],
    )
    return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()


def _plain(title: str | None) -> str:
    """A title as compared: NFKC, without white space."""
    return "".join(unicodedata.normalize("NFKC", title or "").split())


_AUTOLINK = re.compile(r"<(https?://[^\s>]+)>")


def chat_markdown(text: str) -> str:
    """Markdown for the robots: <url> autolinks written as [url](url), which all three render."""
    return _AUTOLINK.sub(r"[\1](\1)", text)


def changes_message(cs: ChangeSet, source: str, key: str) -> Message:
    """The alert for one change set, rendered for every channel kind."""
    from monitor import report

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


def rekeyed(message: Message, key: str) -> Message:
    """The same alert under another key (another channel's): only its key and the webhook body's id differ."""
    return replace(message, key=key, data={**message.data, "id": key})


def flipflop_message(cs: ChangeSet, source: str, key: str, count: int, within: int) -> Message:
    """One alert for a document that keeps changing: how often, and its latest change."""
    from monitor import report

    days = max(1, round(within / 86400))
    title = cs.new.title or cs.new.url or "(untitled)"
    subject = f"【频繁变动】{title}: {days}天内{count}次变化"
    note = (f"The page changed {count} times within {days} days; further changes are not alerted one by one "
            f"until it settles (monitor history {cs.new.url} lists them). Its latest change:")
    message = changes_message(cs, source, key)
    data = {**message.data, "kind": "flipflop", "subject": subject, "changes_within": {"count": count, "days": days}}
    return Message(
        key=key,
        kind="flipflop",
        subject=subject,
        text=f"{subject}\n{note}\n\n" + report.render_text([cs]),
        markdown=chat_markdown(f"**{report.md_escape(subject)}**\n\n{report.md_escape(note)}\n\n"
                               + report.render_markdown([cs], fenced=False)),
        html=f"<p>{html.escape(note)}</p>" + report.render_html([cs], title=subject),
        data=data,
    )


def _listed(subject: str, lines: list[str]) -> tuple[str, str]:
    """The chat markdown (subject in bold, a list item a line) and the e-mail HTML of a subject and its lines."""
    from monitor import report

    md = chat_markdown(f"**{report.md_escape(subject)}**\n\n" + "\n".join(f"- {report.md_escape(x)}" for x in lines))
    return md, "<p>" + "<br>".join(html.escape(x) for x in lines) + "</p>"


def health_message(kind: str, source: str, key: str, failures: list[dict], url: str | None) -> Message:
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
    md, page = _listed(subject, lines)
    return Message(key=key, kind=kind, subject=subject, text=text + "\n", markdown=md, html=page, data=data)


def channel_message(kind: str, channel: str, key: str, waiting: int, since: str, last_error: str | None) -> Message:
    """A channel-down alert (a channel's waiting alerts keep failing), sent by the other channels, or its
    channel-up alert (they go out again)."""
    if kind == "channel-down":
        subject = f"【通道异常】{channel}: {waiting}条提醒未能送达"
        lines = [f"Alerts to channel {channel} have failed since {since}: {waiting} waiting.",
                 f"Last error: {last_error or '(none recorded)'}",
                 "They are tried again until they expire; `monitor status` lists them."]
    else:
        subject = f"【通道恢复】{channel}: 提醒恢复送达"
        lines = [f"Channel {channel} delivers again (reported failing at {since}): its waiting alerts go out."]
    data = {"schema": ALERT_SCHEMA, "kind": kind, "id": key, "channel": channel, "subject": subject,
            "waiting": waiting, "since": since, "last_error": last_error}
    md, page = _listed(subject, lines)
    return Message(key=key, kind=kind, subject=subject, text="\n".join(lines) + "\n", markdown=md, html=page, data=data)


HEALTH_KINDS = ("error", "recovery")
DIGEST_OVER = 5  # more error and recovery alerts than this waiting for one channel go out as one digest
DIGEST_LISTED = 50  # the alerts a digest's text names, one line each; its webhook data holds up to DIGEST_DATA
DIGEST_DATA = 1000


def health_digest(messages: list[Message]) -> Message:
    """One alert for many error and recovery alerts waiting for a channel at once (the monitor's network
    down, a platform blocking it): a line each, so an outage over 1,000 sources is one message, not 1,000."""
    errors = sum(m.kind == "error" for m in messages)
    counts = [f"{n}个来源{what}" for n, what in ((errors, "检查失败"), (len(messages) - errors, "恢复正常")) if n]
    subject = f"【监测{'异常' if errors else '恢复'}】{'、'.join(counts)}"
    lines = [m.text.splitlines()[0] for m in messages[:DIGEST_LISTED]]
    if len(messages) > DIGEST_LISTED:
        lines.append(f"... and {len(messages) - DIGEST_LISTED} more (monitor status lists every source).")
    key = f"digest-{messages[0].key}-{len(messages)}"
    data = {"schema": ALERT_SCHEMA, "kind": "digest", "id": key, "subject": subject, "errors": errors,
            "recoveries": len(messages) - errors, "alerts": [m.data for m in messages[:DIGEST_DATA]],
            "more": max(0, len(messages) - DIGEST_DATA)}
    md, page = _listed(subject, lines)
    return Message(key=key, kind="digest", subject=subject, text="\n".join(lines) + "\n", markdown=md, html=page, data=data)

