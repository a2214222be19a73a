"""End to end on 127.0.0.1: the fake government site, a real SMTP server (aiosmtpd), a real webhook
receiver, a real SQLite file; `runner.run_once` as cron runs it, with a clock the test moves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from dataclasses import replace
from conftest import fetch_toml, mail_toml, sources_toml, write_toml
from support.receivers import WebhookReceiver

from monitor import runner, seedformat
from monitor.config import AlertPolicy, ChannelConfig, Config
from monitor.demo import revised
from monitor.notify import verify_webhook

SECRET = "e2e-webhook-secret-0123456789"
ENV = {"HOOK_SECRET": SECRET}


class Clock:
    """Wall time for the outbox, moved by the test instead of sleeping."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def ops():
    """The operations channel's webhook receiver."""
    with WebhookReceiver() as receiver:
        yield receiver


def make_config(tmp_path, site, smtp, hook, ops) -> Config:
    channels = {
        "mail": ChannelConfig(name="mail", kind="email", host="127.0.0.1", port=smtp.port, security="none",
                              sender="monitor@example.org", to=("analyst@example.org",), timeout=5),
        "hook": ChannelConfig(name="hook", kind="webhook", url=hook.url, secret_env="HOOK_SECRET", timeout=5),
        "ops": ChannelConfig(name="ops", kind="webhook", url=ops.url, timeout=5),
    }
    return Config(
        path=None,
        database=tmp_path / "state" / "monitor.db",
        sources=tuple(s for s in site.sources() if s.name == "kq-wangtan"),
        channels=channels,
        alerts=AlertPolicy(channels=("mail", "hook"), ops_channels=("ops",), error_threshold=3),
    )


def revise_wangtan(site) -> None:
    site.revise("000", revised(seedformat.render(site.document("000"))))


def test_a_changed_plan_gives_exactly_one_email_and_one_signed_webhook(tmp_path, site, smtp, hook, ops, fetcher):
    config = make_config(tmp_path, site, smtp, hook, ops)
    first = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert first.exit_code == 0 and first.sources[0].baseline and first.sources[0].new == 3
    assert smtp.messages == [] and hook.received == []  # the first check is the baseline

    revise_wangtan(site)
    second = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert (second.sources[0].changed, second.sources[0].alerts) == (1, 2)
    assert (second.delivery.sent, second.delivery.waiting) == (2, 0)
    runner.run_once(config, fetcher=fetcher, env=ENV)  # nothing new: nothing more is sent

    [mail] = smtp.messages
    assert mail["Subject"] == "【目标变化】王坛镇2024年工作计划: 3项调整"
    plain = mail.get_body(("plain",)).get_content()
    assert "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)" in plain
    assert "<li>一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)</li>" in mail.get_body(("html",)).get_content()

    [call] = hook.received
    assert verify_webhook(SECRET, call.headers, call.body)
    data = json.loads(call.body)
    assert (data["schema"], data["kind"], data["source"]) == ("gov-plan-monitor/alert/v1", "changes", "kq-wangtan")
    assert data["report"]["schema"] == "gov-plan-monitor/changes/v1"
    moved = {c["indicator"]: (c["old"]["value"], c["new"]["value"]) for c in data["report"]["changes"]}
    assert moved == {"财政总收入": (10000, 10500), "一般公共预算收入": (5300, 5000), "区级和美乡村": (5, 6)}
    assert ops.received == []


def test_smtp_down_for_two_runs_is_delivered_once_on_the_third(tmp_path, site, smtp, hook, ops, fetcher):
    config, clock = make_config(tmp_path, site, smtp, hook, ops), Clock()
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    revise_wangtan(site)
    smtp.stop()
    first = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert (first.delivery.sent, first.delivery.failed, first.delivery.waiting) == (1, 1, 1)  # the webhook went
    assert first.delivery.errors[0].startswith(f"channel mail: cannot deliver via 127.0.0.1:{smtp.port}")
    clock.advance(minutes=2)
    second = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert (second.delivery.failed, second.delivery.waiting) == (1, 1)
    smtp.start()
    clock.advance(minutes=5)
    third = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert (third.delivery.sent, third.delivery.waiting) == (1, 0)
    clock.advance(hours=1)
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert [m["Subject"] for m in smtp.messages] == ["【目标变化】王坛镇2024年工作计划: 3项调整"]
    assert len(hook.received) == 1


def test_a_mail_server_down_for_hours_is_told_once_by_the_ops_webhook_and_so_is_its_return(tmp_path, site, smtp, hook,
                                                                                             ops, fetcher):
    config, clock = make_config(tmp_path, site, smtp, hook, ops), Clock()
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    revise_wangtan(site)
    smtp.stop()
    for _ in range(5):  # cron every hour; the third failed attempt reaches alerts.error_threshold
        runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
        clock.advance(hours=1)
    told = [json.loads(r.body) for r in ops.received]
    assert [t["kind"] for t in told] == ["channel-down"]
    assert told[0]["channel"] == "mail" and told[0]["waiting"] == 1
    assert f"cannot deliver via 127.0.0.1:{smtp.port}" in told[0]["last_error"]
    smtp.start()
    back = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert back.exit_code == 0 and [m["Subject"] for m in smtp.messages] == ["【目标变化】王坛镇2024年工作计划: 3项调整"]
    clock.advance(hours=1)
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert [json.loads(r.body)["kind"] for r in ops.received] == ["channel-down", "channel-up"]


def test_a_webhook_answering_500_is_retried_and_delivered_once(tmp_path, site, smtp, hook, ops, fetcher):
    config, clock = make_config(tmp_path, site, smtp, hook, ops), Clock()
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    revise_wangtan(site)
    hook.statuses = [500]
    first = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert "channel hook: 127.0.0.1 answered HTTP 500" in first.delivery.errors[0]
    assert hook.received == [] and hook.attempts == 1
    clock.advance(seconds=30)  # before the backoff: not retried
    runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert hook.attempts == 1
    clock.advance(seconds=31)
    retried = runner.run_once(config, fetcher=fetcher, env=ENV, now=clock)
    assert retried.delivery.sent == 1
    assert hook.attempts == 2 and len(hook.received) == 1
    assert verify_webhook(SECRET, hook.received[0].headers, hook.received[0].body)
    assert len(smtp.messages) == 1


def test_three_failed_checks_give_one_error_alert_then_one_recovery_alert(tmp_path, site, smtp, hook, ops, fetcher):
    config = make_config(tmp_path, site, smtp, hook, ops)
    runner.run_once(config, fetcher=fetcher, env=ENV)
    site.fail("kq-wangtan", "500")
    outcomes = [runner.run_once(config, fetcher=fetcher, env=ENV) for _ in range(4)]
    assert [s.exit_code for s in outcomes] == [1, 1, 1, 1]
    assert "HTTP 500" in outcomes[0].sources[0].errors[0]
    [alert] = ops.received
    assert alert.json()["kind"] == "error" and alert.json()["failures"] == 3
    assert alert.json()["subject"] == "【监测异常】kq-wangtan: 连续3次检查失败"
    site.heal()
    assert runner.run_once(config, fetcher=fetcher, env=ENV).exit_code == 0
    runner.run_once(config, fetcher=fetcher, env=ENV)
    assert [c.json()["kind"] for c in ops.received] == ["error", "recovery"]
    assert ops.received[1].json()["subject"] == "【监测恢复】kq-wangtan: 检查恢复正常"
    assert smtp.messages == [] and hook.received == []  # errors go to the operations channel only


def test_a_secret_never_reaches_output_logs_or_status(tmp_path, site, smtp, hook):
    password, token = "smtp-password-do-not-print", "robot-token-do-not-print"
    toml = write_toml(tmp_path, 'database = "state/monitor.db"\n'
                      + sources_toml(s for s in site.sources() if s.name == "kq-wangtan") + fetch_toml()
                      + mail_toml(smtp.port, extra='username = "monitor"\npassword_env = "T_SMTP_PASSWORD"\n') + """
[channels.ding]
kind = "dingtalk"
url_env = "T_DING_URL"
secret_env = "T_DING_SECRET"
""")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(T_SMTP_PASSWORD=password, T_DING_URL=f"{hook.url}?access_token={token}", T_DING_SECRET="SEC" + token)

    def monitor(*args: str) -> subprocess.CompletedProcess:
        """The real command in its own process, as cron runs it (logs on stderr)."""
        return subprocess.run([sys.executable, "-m", "monitor", *args, "--config", str(toml)],
                              capture_output=True, text=True, env=env, timeout=120)

    first = monitor("run", "--once")
    assert first.returncode == 0, first.stderr
    revise_wangtan(site)
    hook.answer = {"errcode": 310000, "errmsg": f"keywords not in content; token {token}"}  # a robot echoing the token
    second = monitor("run", "--once")
    status, as_json = monitor("status"), monitor("status", "--json")
    text = "".join(p.stdout + p.stderr for p in (first, second, status, as_json))
    assert "channel mail: " in text and "channel ding: robot refused the alert: errcode 310000" in text
    assert json.loads(as_json.stdout)["alerts"]["waiting"]  # both alerts wait in the outbox
    for secret in (password, token):
        assert secret not in text


def next_year_plan(doc) -> str:
    """王坛镇's 2025 plan: the 2024 one with the year moved on and one target raised."""
    text = seedformat.render(doc).replace("2024年", "2025年").replace("2024-03-26", "2025-03-20")
    text = text.replace("00258263-0/2024-72396", "00258263-0/2025-10001")
    return text.replace("一般公共预算收入5300万元", "一般公共预算收入5600万元")


def test_a_new_plan_after_the_baseline_is_alerted_against_the_earlier_plan(tmp_path, site, smtp, hook, ops, fetcher):
    config = make_config(tmp_path, site, smtp, hook, ops)
    assert runner.run_once(config, fetcher=fetcher, env=ENV).sources[0].baseline

    site.publish("kq-wangtan", next_year_plan(site.document("000")))
    second = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert (second.sources[0].new, second.sources[0].alerts, second.delivery.sent) == (1, 2, 2)

    [mail] = smtp.messages
    assert mail["Subject"].startswith("【目标变化】王坛镇2025年工作计划: ")
    plain = mail.get_body(("plain",)).get_content()
    assert "compared with the earlier plan 王坛镇2024年工作计划 (2024-03-26)" in plain
    assert "一般公共预算收入 5300万元 → 5600万元 (+5.7%, 上调)" in plain
    [call] = hook.received
    changed = [c for c in json.loads(call.body)["report"]["changes"] if c["change"] == "changed"]
    assert [(c["indicator"], c["old"]["value"], c["new"]["value"]) for c in changed] == [("一般公共预算收入", 5300, 5600)]


def test_a_plan_listed_in_two_columns_is_alerted_once_and_so_is_its_revision(tmp_path, site, smtp, hook, ops, fetcher):
    """One plan listed in two catalogues (a township's own and its district's 镇街 column), each under its own
    索引号: two URLs, two documents, one plan. Each change of it is news once."""
    from dataclasses import replace

    config = make_config(tmp_path, site, smtp, hook, ops)
    config = replace(config, sources=tuple(s for s in site.sources() if s.name in ("kq-wangtan", "kq-jidong")))
    runner.run_once(config, fetcher=fetcher, env=ENV)  # the baseline
    plan = next_year_plan(site.document("000"))
    copy = plan.replace("00258263-0/2025-10001", "11330603-0/2025-00417")
    listed, copied = site.publish("kq-wangtan", plan), site.publish("kq-jidong", copy)

    second = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert sum(s.new for s in second.sources) == 2  # both copies stored, as two documents
    assert [m["Subject"] for m in smtp.messages] == ["【目标变化】王坛镇2025年工作计划: 1项调整"]
    assert len(hook.received) == 1

    for url, text in ((listed, plan), (copied, copy)):
        site.revise(url, text.replace("一般公共预算收入5600万元", "一般公共预算收入5800万元"))
    third = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert sum(s.changed for s in third.sources) == 2
    assert len(smtp.messages) == 2 and len(hook.received) == 2  # one more alert per channel, not two
    assert "一般公共预算收入 5600万元 → 5800万元" in smtp.messages[1].get_body(("plain",)).get_content()


def test_a_page_that_collapses_alerts_nothing_until_a_later_check_sees_it_again(tmp_path, site, smtp, hook, ops, fetcher):
    from dataclasses import replace

    from monitor import status, tables

    config = make_config(tmp_path, site, smtp, hook, ops)
    runner.run_once(config, fetcher=fetcher, env=ENV)  # the baseline
    full = seedformat.render(site.document("000"))
    placeholder = seedformat.render(replace(site.document("000"), paragraphs=("正文加载中…",)))

    site.revise("000", placeholder)  # the site's front end breaks for one check
    held = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert (held.sources[0].changed, held.sources[0].alerts) == (1, 0)
    assert status.collect(config)["sources"][0]["suspect_versions"] == 1
    header, row = tables.status_text(status.collect(config)).splitlines()[:2]
    assert header.split()[-2:] == ["suspect", "unread"] and row.startswith("kq-wangtan") and row.split()[-2:] == ["1", "0"]
    site.revise("000", full)  # and is mended before the next one: no alert at all
    back = runner.run_once(config, fetcher=fetcher, env=ENV)
    assert back.sources[0].alerts == 0 and status.collect(config)["sources"][0]["suspect_versions"] == 0
    assert smtp.messages == [] and hook.received == []

    site.revise("000", placeholder)  # broken again, and this time it stays so
    assert runner.run_once(config, fetcher=fetcher, env=ENV).sources[0].alerts == 0
    confirmed = runner.run_once(config, fetcher=fetcher, env=ENV)  # the same text seen again: confirmed
    assert (confirmed.sources[0].alerts, confirmed.delivery.sent) == (2, 2)
    [mail] = smtp.messages
    assert mail["Subject"].startswith("【目标变化】王坛镇2024年工作计划: ") and "项删除" in mail["Subject"]
    assert status.collect(config)["sources"][0]["suspect_versions"] == 0
    assert runner.run_once(config, fetcher=fetcher, env=ENV).sources[0].alerts == 0  # once


def test_a_page_that_fails_on_every_run_raises_the_ops_alert_then_one_recovery_alert(tmp_path, site, smtp, hook, ops, fetcher):
    config = make_config(tmp_path, site, smtp, hook, ops)
    runner.run_once(config, fetcher=fetcher, env=ENV)
    site.fail("000", "500")  # one page breaks; the list and the other pages work
    runs = [runner.run_once(config, fetcher=fetcher, env=ENV) for _ in range(4)]
    assert [r.sources[0].outcome for r in runs] == ["partial"] * 4
    [alert] = ops.received
    assert alert.json()["kind"] == "error" and alert.json()["failures"] == 3
    assert any(site.page_url("000") in line and "HTTP 500" in line for line in alert.json()["errors"])
    site.heal()
    runner.run_once(config, fetcher=fetcher, env=ENV)
    runner.run_once(config, fetcher=fetcher, env=ENV)
    assert [c.json()["kind"] for c in ops.received] == ["error", "recovery"]
    assert smtp.messages == [] and hook.received == []


def test_a_page_back_to_its_earlier_text_alerts_and_a_flip_flop_alerts_once(tmp_path, site, smtp, hook, ops, fetcher):
    config = make_config(tmp_path, site, smtp, hook, ops)
    runner.run_once(config, fetcher=fetcher, env=ENV)
    a = seedformat.render(site.document("000"))
    b = revised(a)

    def show(text: str) -> int:
        site.revise("000", text)
        return runner.run_once(config, fetcher=fetcher, env=ENV).sources[0].alerts

    assert show(b) == 2  # A -> B: one e-mail, one webhook
    assert show(a) == 2  # B -> A: the change back alerts too, diffed against B
    back = smtp.messages[1]
    assert back["Subject"] == "【目标变化】王坛镇2024年工作计划: 3项调整"
    assert "一般公共预算收入 5000万元 → 5300万元" in back.get_body(("plain",)).get_content()
    assert [show(b), show(a), show(b), show(a)] == [2, 2, 0, 0]  # changes 3, 4 (the summary), 5, 6
    kinds = [c.json()["kind"] for c in hook.received]
    assert kinds == ["changes", "changes", "changes", "flipflop"]
    assert hook.received[3].json()["subject"] == "【频繁变动】王坛镇2024年工作计划: 7天内4次变化"


@pytest.mark.parametrize("name", ["kq-wangtan", "shangyu-zhangzhen"])
def test_a_portal_moving_every_document_to_new_addresses_alerts_nothing(tmp_path, site, smtp, hook, ops, fetcher, name):
    """A CMS migration: the column lists the same documents under new URLs. Nothing a reader cares about changed:
    each is the document of its 索引号, unchanged."""
    config = make_config(tmp_path, site, smtp, hook, ops)
    config = replace(config, sources=tuple(s for s in site.sources() if s.name == name))
    assert runner.run_once(config, fetcher=fetcher, env=ENV).sources[0].baseline
    for path in reversed(site.paths(name)):  # oldest first, so the list keeps its order
        text = seedformat.render(site.document(path))
        site.withdraw(path)
        site.publish(name, text)
    moved = runner.run_once(config, fetcher=fetcher, env=ENV).sources[0]
    assert (moved.outcome, moved.new, moved.unchanged) == ("ok", 0, len(site.paths(name))), moved
    assert (moved.alerts, smtp.messages, hook.received) == (0, [], [])
