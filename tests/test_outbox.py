"""The outbox on a real SQLite file, with a fake clock: once per key, backoff, expiry, leases, health alerts."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from monitor import alerts, outbox, store
from monitor.cli.alerts import sample_changeset
from monitor.health import check_health, failure_streak, streak_runs
from monitor.config import AlertPolicy, ChannelConfig, Config
from monitor.errors import NotifyError
from monitor.models import ChangeSet, Hunk

T0 = datetime(2025, 3, 21, 7, 30, tzinfo=timezone.utc)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


class Channels:
    """Records what each channel was asked to send; channels in `down` raise NotifyError."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []  # (channel, key)
        self.messages: list = []  # what was sent, in order
        self.attempts: list[str] = []
        self.down: set[str] = set()

    def __call__(self, channel: ChannelConfig, message, env) -> None:
        self.attempts.append(channel.name)
        if channel.name in self.down:
            raise NotifyError(f"channel {channel.name}: cannot deliver via 127.0.0.1:25: Connection refused")
        self.sent.append((channel.name, message.key))
        self.messages.append(message)


def config(**alerts) -> Config:
    channels = {n: ChannelConfig(name=n, kind="webhook", url=f"http://127.0.0.1:9/{n}") for n in ("mail", "hook", "ops")}
    policy = AlertPolicy(**{"channels": ("mail", "hook"), "ops_channels": ("ops",), **alerts})
    return Config(path=None, database=None, sources=(), channels=channels, alerts=policy)


def rows(db, where: str = "1 = 1") -> list[dict]:
    return list(db.query(f"SELECT * FROM outbox WHERE {where} ORDER BY id"))


def revision(new_id: int = 2) -> ChangeSet:
    cs = sample_changeset()
    return replace(cs, new=replace(cs.new, id=new_id))


def test_a_change_set_becomes_one_alert_per_channel_once(db):
    cfg = config()
    assert outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=T0) == 2
    assert outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=T0) == 0  # same change set again
    assert outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision(3)], now=T0) == 2  # a later version
    got = rows(db)
    assert [(r["channel"], r["status"]) for r in got] == [("mail", "pending"), ("hook", "pending")] * 2
    assert len({r["key"] for r in got}) == 4
    assert got[0]["subject"] == "【目标变化】王坛镇2025年工作计划: 3项调整、1项新增、1项删除"
    assert got[0]["expires_at"] == outbox.stamp(T0 + timedelta(days=7))


def test_wording_only_changes_alert_only_when_asked(db):
    cs = replace(sample_changeset(), changes=(), hunks=(Hunk("changed", ("旧句。",), ("新句。",)),))
    assert outbox.enqueue_changes(db, config(), "kq-wangtan", [cs], now=T0) == 0
    assert outbox.enqueue_changes(db, config(text_changes=True), "kq-wangtan", [cs], now=T0) == 2
    assert rows(db)[0]["subject"] == "【文字修订】王坛镇2025年工作计划: 1处修改"


def test_a_failed_alert_waits_with_doubling_backoff_then_is_sent_once(db):
    cfg, clock, send = config(error_threshold=10), Clock(), Channels()  # no channel-down alert to ops here
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=clock())
    send.down = {"mail"}
    first = outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert (first.sent, first.failed, first.waiting) == (1, 1, 1)
    mail = rows(db, "channel = 'mail'")[0]
    assert mail["attempts"] == 1 and mail["next_attempt_at"] == outbox.stamp(T0 + timedelta(seconds=60))
    assert mail["last_error"] == "channel mail: cannot deliver via 127.0.0.1:25: Connection refused"

    clock.advance(seconds=30)  # not due yet: nothing is tried
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).failed == 0
    assert send.attempts == ["mail", "hook"]
    clock.advance(seconds=31)
    outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert rows(db, "channel = 'mail'")[0]["next_attempt_at"] == outbox.stamp(clock() + timedelta(seconds=120))
    clock.advance(seconds=121)
    outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert rows(db, "channel = 'mail'")[0]["next_attempt_at"] == outbox.stamp(clock() + timedelta(seconds=240))

    send.down = set()
    clock.advance(seconds=241)
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 1
    clock.advance(days=1)
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 0
    assert sorted(c for c, _ in send.sent) == ["hook", "mail"]  # each exactly once
    assert [r["status"] for r in rows(db)] == ["sent", "sent"]


def test_backoff_is_capped():
    cfg = config(retry_initial=60, retry_max=3600)
    assert [outbox.backoff(n, cfg).total_seconds() for n in (1, 2, 3, 6, 7, 50)] == [60, 120, 240, 1920, 3600, 3600]


def test_an_alert_not_delivered_in_time_expires_and_is_never_sent(db):
    cfg, clock, send = config(expire_after=3600), Clock(), Channels()
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=clock())
    send.down = {"mail", "hook"}
    outbox.deliver(db, cfg, now=clock, send=send, env={})
    send.down = set()
    clock.advance(hours=2)
    result = outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert (result.expired, result.sent, result.waiting) == (2, 0, 0)
    assert send.sent == [] and [r["status"] for r in rows(db)] == ["expired", "expired"]


def test_a_channel_that_is_down_is_tried_once_per_pass(db):
    cfg, clock, send = config(), Clock(), Channels()
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision(n) for n in (2, 3, 4)], now=clock())
    send.down = {"mail"}
    result = outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert send.attempts.count("mail") == 1 and send.attempts.count("hook") == 3
    assert (result.sent, result.failed, result.waiting) == (3, 1, 3)


def test_a_channel_that_keeps_failing_is_told_by_the_others_once_and_its_recovery_once(db):
    cfg, clock, send = config(), Clock(), Channels()  # threshold 3; ops hears of it
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision(n) for n in (2, 3)], now=clock())
    send.down = {"mail"}
    for _ in range(6):  # 3 attempts reach the threshold; later failing passes say nothing more
        outbox.deliver(db, cfg, now=clock, send=send, env={})
        clock.advance(hours=1)
    told = [m for m in send.messages if m.kind == "channel-down"]
    assert [(c, k) for c, k in send.sent if k.startswith("channel")] == [("ops", told[0].key)]
    assert told[0].subject == "【通道异常】mail: 2条提醒未能送达"
    assert "Connection refused" in told[0].text and told[0].data["waiting"] == 2
    assert rows(db, "channel = 'mail' AND status = 'pending'")  # the alerts themselves still wait

    send.down = set()
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 3  # 2 alerts, and ops told in the same pass
    ups = [m for m in send.messages if m.kind == "channel-up"]
    assert len(ups) == 1 and ups[0].subject == "【通道恢复】mail: 提醒恢复送达"
    clock.advance(hours=1)
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 0

    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision(4)], now=clock())  # a second outage: told again
    send.down = {"mail"}
    for _ in range(4):
        outbox.deliver(db, cfg, now=clock, send=send, env={})
        clock.advance(hours=1)
    assert sum(m.kind == "channel-down" for m in send.messages) == 2


def test_a_failing_operations_channel_is_told_by_the_change_channels_and_a_lone_channel_by_none(db):
    cfg, clock, send = config(channels=("hook",)), Clock(), Channels()
    check_health_alerts = [alerts.health_message("error", "kq-wangtan", f"error-kq-wangtan-{n}-ops",
                                                 [{"started_at": outbox.stamp(T0), "error": "HTTP 503"}], None)
                           for n in (1, 2, 3)]
    for message in check_health_alerts:
        outbox.enqueue(db, message, "ops", source="kq-wangtan", config=cfg, now=clock())
    send.down = {"ops"}
    for _ in range(3):
        outbox.deliver(db, cfg, now=clock, send=send, env={})
        clock.advance(hours=1)
    assert [(c, m.kind) for c, m in zip((c for c, _ in send.sent), send.messages)] == [("hook", "channel-down")]

    lone = config(channels=("hook",), ops_channels=("hook",))
    lone = replace(lone, channels={"hook": lone.channels["hook"]})
    outbox.enqueue_changes(db, lone, "kq-wangtan", [revision(5)], now=clock())
    send.down, before = {"hook"}, len(rows(db))
    for _ in range(4):
        outbox.deliver(db, lone, now=clock, send=send, env={})
        clock.advance(hours=1)
    assert len(rows(db)) == before  # nobody to tell: `monitor status --check` says it


def test_an_alert_for_a_channel_no_longer_configured_waits_with_a_clear_error(db):
    cfg, send = config(), Channels()
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=T0)
    smaller = replace(cfg, channels={"hook": cfg.channels["hook"]})
    outbox.deliver(db, smaller, now=Clock(), send=send, env={})
    mail = rows(db, "channel = 'mail'")[0]
    assert mail["status"] == "pending"
    assert mail["last_error"] == "channel mail: not configured any more ((embedded defaults))"


def test_two_deliverers_at_once_send_an_alert_once(tmp_path):
    path = tmp_path / "state" / "monitor.db"
    first = store.open_db(path)
    cfg = config(channels=("hook",))
    outbox.enqueue_changes(first, cfg, "kq-wangtan", [revision()], now=T0)
    first.close()
    sent: list[str] = []

    def slow_send(channel, message, env):
        time.sleep(0.3)
        sent.append(message.key)

    def deliverer():
        db = store.open_db(path)
        try:
            outbox.deliver(db, cfg, now=Clock(), send=slow_send, env={})
        finally:
            db.close()

    threads = [threading.Thread(target=deliverer) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(sent) == 1


def test_a_leased_alert_is_left_alone_until_the_lease_ends(db):
    cfg, clock, send = config(channels=("hook",)), Clock(), Channels()
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=clock())
    db.execute("UPDATE outbox SET lease_until = ?", [outbox.stamp(clock() + timedelta(minutes=10))])
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 0  # another deliverer (or a crashed one)
    clock.advance(minutes=11)
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 1


def record(db, source: str, outcome: str, error: str | None = None, failed_urls: list[str] | None = None) -> None:
    run = store.start_run(db, source)
    store.finish_run(db, run, outcome=outcome, error=error, failed_urls=failed_urls)


def health(db, cfg) -> list[tuple[str, str]]:
    check_health(db, cfg, "kq-wangtan", url="https://www.kq.gov.cn/col/col1229443512/index.html", now=T0)
    return [(r["kind"], r["channel"]) for r in rows(db)]


def test_three_failures_give_one_error_alert_and_recovery_one_recovery_alert(db):
    cfg = config()
    record(db, "kq-wangtan", "ok")
    for _ in range(2):
        record(db, "kq-wangtan", "failed", "kq-wangtan: https://www.kq.gov.cn/col/col1229443512/index.html: HTTP 503")
        assert health(db, cfg) == []
    record(db, "kq-wangtan", "failed", "kq-wangtan: https://www.kq.gov.cn/col/col1229443512/index.html: HTTP 503")
    assert health(db, cfg) == [("error", "ops")]  # only the operations channel
    record(db, "kq-wangtan", "failed", "kq-wangtan: timed out")
    record(db, "kq-wangtan", "interrupted")  # a stop of the service is not a failure, nor a recovery
    assert health(db, cfg) == [("error", "ops")]
    record(db, "kq-wangtan", "ok")
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]
    record(db, "kq-wangtan", "ok")
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]
    error, recovery = rows(db)
    assert error["subject"] == "【监测异常】kq-wangtan: 连续3次检查失败"
    assert "HTTP 503" in outbox._message(error).text
    assert recovery["subject"] == "【监测恢复】kq-wangtan: 检查恢复正常"
    assert "after 4 failures" in outbox._message(recovery).text
    for _ in range(3):  # a new streak alerts again
        record(db, "kq-wangtan", "failed", "kq-wangtan: HTTP 500")
    assert health(db, cfg)[-1] == ("error", "ops") and len(rows(db)) == 3


def queue_health(db, cfg: Config, kind: str, sources: list[str], clock: Clock) -> None:
    """An error (or recovery) alert of each source for the operations channel, as check_health queues them."""
    failures = [{"started_at": "2025-03-21T23:30:00+00:00", "error": "HTTP 412 Precondition Failed"}] * 3
    for name in sources:
        key = f"{kind}-{name}-1-ops"
        outbox.enqueue(db, alerts.health_message(kind, name, key, failures, None), "ops", source=name, config=cfg, now=clock())


def test_an_outage_over_many_sources_is_one_digest_and_changes_still_go_one_by_one(db):
    """A platform blocking the monitor fails 40 towns at once: the operations channel gets one message."""
    cfg, clock, send = config(), Clock(), Channels()
    towns = [f"town{i:02d}" for i in range(40)]
    queue_health(db, cfg, "error", towns, clock)
    outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision()], now=clock())
    result = outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert (result.sent, result.failed, result.waiting) == (42, 0, 0)
    assert [c for c, _ in send.sent] == ["ops", "mail", "hook"]  # one digest, then each change alert
    digest = send.messages[0]
    assert digest.kind == "digest" and digest.subject == "【监测异常】40个来源检查失败"
    assert digest.text.splitlines() == [f"{t}: 3 consecutive checks failed since 2025-03-21T23:30:00+00:00." for t in towns]
    assert digest.data["errors"] == 40 and [a["source"] for a in digest.data["alerts"]] == towns
    assert [r["status"] for r in rows(db, "channel = 'ops'")] == ["sent"] * 40
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 0 and len(send.sent) == 3  # sent once


def test_a_few_health_alerts_go_one_by_one_and_a_long_digest_is_cut_short(db):
    cfg, clock, send = config(), Clock(), Channels()
    queue_health(db, cfg, "error", [f"a{i}" for i in range(alerts.DIGEST_OVER)], clock)
    outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert [m.kind for m in send.messages] == ["error"] * alerts.DIGEST_OVER
    queue_health(db, cfg, "recovery", [f"a{i}" for i in range(alerts.DIGEST_OVER)], clock)
    queue_health(db, cfg, "error", [f"b{i}" for i in range(alerts.DIGEST_LISTED + 10 - alerts.DIGEST_OVER)], clock)
    outbox.deliver(db, cfg, now=clock, send=send, env={})
    digest = send.messages[-1]
    assert digest.subject == f"【监测异常】{alerts.DIGEST_LISTED + 10 - alerts.DIGEST_OVER}个来源检查失败、{alerts.DIGEST_OVER}个来源恢复正常"
    assert len(digest.text.splitlines()) == alerts.DIGEST_LISTED + 1
    assert digest.text.splitlines()[-1] == "... and 10 more (monitor status lists every source)."


def test_a_digest_not_delivered_waits_for_its_next_attempt_and_is_sent_once(db):
    cfg, clock, send = config(), Clock(), Channels()
    queue_health(db, cfg, "error", [f"town{i}" for i in range(20)], clock)
    send.down = {"ops"}
    result = outbox.deliver(db, cfg, now=clock, send=send, env={})
    assert (result.sent, result.failed, result.waiting) == (0, 20, 20) and send.attempts == ["ops"]
    assert {r["attempts"] for r in rows(db)} == {1} and len(result.errors) == 1
    send.down = set()
    clock.advance(seconds=61)
    assert outbox.deliver(db, cfg, now=clock, send=send, env={}).sent == 20
    assert [m.kind for m in send.messages] == ["digest"]


def test_partial_checks_and_short_streaks_do_not_alert(db):
    cfg = config()
    for outcome in ("failed", "failed", "partial", "failed", "failed", "ok"):
        record(db, "kq-wangtan", outcome)
        assert health(db, cfg) == []


@pytest.mark.parametrize("failures", [15, 16, 17, 63, 64, 65, 200])
def test_a_streak_longer_than_the_runs_read_at_first_is_counted_whole(db, failures):
    # a few runs are read first, more while they all failed: a long outage still counts every failed check
    cfg = config()
    for _ in range(30):
        record(db, "kq-wangtan", "ok")
    for _ in range(failures):
        record(db, "kq-wangtan", "failed", "kq-wangtan: HTTP 503")
    assert len(failure_streak(streak_runs(db, "kq-wangtan"))) == failures
    assert health(db, cfg) == [("error", "ops")]
    record(db, "kq-wangtan", "ok")
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]
    assert f"after {failures} failures" in outbox._message(rows(db)[-1]).text


PAGE = "https://www.kq.gov.cn/art/2024/3/26/art_1229411530_4081572.html"
OTHER = "https://www.kq.gov.cn/art/2024/3/20/art_1229411530_4081000.html"


def test_a_page_that_fails_on_every_run_alerts_like_a_failing_source_and_recovers_once(db):
    cfg = config()
    record(db, "kq-wangtan", "ok")
    for _ in range(2):
        record(db, "kq-wangtan", "partial", f"kq-wangtan: {PAGE}: HTTP 500", [PAGE])
        assert health(db, cfg) == []
    record(db, "kq-wangtan", "partial", f"kq-wangtan: {PAGE}: HTTP 500\nkq-wangtan: {OTHER}: HTTP 500", [PAGE, OTHER])
    assert health(db, cfg) == [("error", "ops")]
    record(db, "kq-wangtan", "partial", f"kq-wangtan: {PAGE}: HTTP 500", [PAGE])
    assert health(db, cfg) == [("error", "ops")]  # one alert per streak
    error = rows(db)[0]
    assert error["subject"] == "【监测异常】kq-wangtan: 连续3次检查失败"
    assert PAGE in outbox._message(error).text
    record(db, "kq-wangtan", "ok")
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]
    record(db, "kq-wangtan", "ok")
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]


def test_different_pages_failing_now_and_then_do_not_alert(db):
    cfg = config()
    for failed in ([PAGE], [OTHER], [PAGE], [OTHER], [PAGE]):
        record(db, "kq-wangtan", "partial", "kq-wangtan: HTTP 500", failed)
        assert health(db, cfg) == []


def test_a_page_still_failing_when_its_source_recovers_keeps_the_streak(db):
    cfg = config()
    record(db, "kq-wangtan", "failed", "kq-wangtan: list: HTTP 503")
    record(db, "kq-wangtan", "failed", "kq-wangtan: list: HTTP 503")
    record(db, "kq-wangtan", "partial", f"kq-wangtan: {PAGE}: HTTP 500", [PAGE])
    assert health(db, cfg) == [("error", "ops")]
    record(db, "kq-wangtan", "partial", f"kq-wangtan: {OTHER}: HTTP 500", [OTHER])  # that page works again
    assert health(db, cfg) == [("error", "ops"), ("recovery", "ops")]


def test_the_threshold_comes_from_the_config(db):
    cfg = config(error_threshold=1)
    record(db, "kq-wangtan", "failed", "boom")
    assert health(db, cfg) == [("error", "ops")]


def _doc_blocks(language: str) -> list[str]:
    from conftest import ROOT

    doc = (ROOT / "docs" / "alerts.md").read_text(encoding="utf-8")
    return [b.split("```")[0] for b in doc.split(f"```{language}\n")[1:]]


def test_the_documented_alerts_are_what_the_monitor_sends():
    cs = sample_changeset()
    email_text, error_text, recovery_text, digest_text = _doc_blocks("text")
    assert alerts.changes_message(cs, "kq-wangtan", "k").text.rstrip() == email_text.rstrip()
    failures = [
        {"started_at": "2025-03-23T23:30:05+00:00", "error": "kq-wangtan: https://www.kq.gov.cn/col/col1229443512/index.html: "
                                                             "HTTP 503 Service Unavailable (4 attempts)"},
        {"started_at": "2025-03-22T23:31:40+00:00", "error": None},
        {"started_at": "2025-03-21T23:34:12+00:00", "error": None},
    ]
    url = "https://www.kq.gov.cn/col/col1229443512/index.html"
    error = alerts.health_message("error", "kq-wangtan", "error-kq-wangtan-17-ops", failures, url)
    assert f"{error.subject}\n{error.text}".rstrip() == error_text.rstrip()
    recovery = alerts.health_message("recovery", "kq-wangtan", "k", failures, url)
    assert f"{recovery.subject}\n{recovery.text}".rstrip() == recovery_text.rstrip()
    streaks = [{"started_at": "2025-03-21T23:34:12+00:00", "error": "HTTP 412 Precondition Failed"}] * 3
    towns = ("kq-wangtan", "kq-jidong", "kq-fuquan", "kq-pingshui", "kq-lanting", "kq-huashe")
    digest = alerts.health_digest([alerts.health_message("error", t, f"error-{t}-17-ops", streaks, None) for t in towns])
    assert f"{digest.subject}\n{digest.text}".rstrip() == digest_text.rstrip()
    import json

    documented_error = json.loads(_doc_blocks("json")[1])
    assert documented_error == error.data


def test_a_change_set_saying_what_another_documents_alert_said_is_not_queued_again_within_the_window(db):
    """A copy of one plan at another URL (another document) changing alike is the same news; after
    ECHO_WITHIN, or for the same document flipping back and forth, it is news again."""
    cfg = config()
    first = revision()
    copy = replace(first, new=replace(first.new, id=7, document_id=first.new.document_id + 1, url="http://x/copy"))
    assert outbox.enqueue_changes(db, cfg, "kq-wangtan", [first], now=T0) == 2
    assert outbox.enqueue_changes(db, cfg, "kq-jidong", [copy], now=T0 + timedelta(hours=1)) == 0
    other = replace(copy, changes=copy.changes[1:])  # the copy changed otherwise: news
    assert outbox.enqueue_changes(db, cfg, "kq-jidong", [other], now=T0 + timedelta(hours=1)) == 2
    assert outbox.enqueue_changes(db, cfg, "kq-wangtan", [revision(9)], now=T0 + timedelta(hours=2)) == 2  # same document
    again = replace(copy, new=replace(copy.new, id=8))
    assert outbox.enqueue_changes(db, cfg, "kq-jidong", [again], now=T0 + outbox.ECHO_WITHIN + timedelta(hours=3)) == 2
