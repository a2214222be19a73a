"""Channels against real servers on 127.0.0.1: aiosmtpd for e-mail, an HTTP receiver for webhooks."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import mail_toml, write_toml
from support.receivers import SMTPServer, WebhookReceiver, self_signed, server_tls

from monitor.config import ChannelConfig
from monitor.errors import NotifyError
from monitor.cli.alerts import sample_changeset
from monitor.notify import Message, message_id, send, verify_webhook

SUBJECT = "【目标变化】王坛镇2025年工作计划: 3项调整"
MESSAGE = Message(
    key="changes-42-mail",
    kind="changes",
    subject=SUBJECT,
    text="一般公共预算收入   5300万元 → 5000万元 (下调)",
    markdown="### 王坛镇2025年工作计划\n- 一般公共预算收入 5300万元 → **5000万元**",
    html="<p>一般公共预算收入 5300万元 → <b>5000万元</b></p>",
    data={"schema": "gov-plan-monitor/alert/v1", "kind": "changes", "report": {"title": "王坛镇2025年工作计划"}},
)
SECRET = "s3cr3t-value-never-shown"


def email_channel(port: int, **kw) -> ChannelConfig:
    return ChannelConfig(name="mail", kind="email", host="127.0.0.1", port=port, security="none",
                         sender="监测 <monitor@example.org>", to=("analyst@example.org", "desk@example.org"), **kw)


def test_email_is_multipart_utf8_with_the_chinese_subject(smtp):
    send(email_channel(smtp.port), MESSAGE, env={})
    [mail] = smtp.messages
    assert mail["Subject"] == SUBJECT
    assert mail["Message-ID"] == message_id("changes-42-mail")
    assert message_id("changes-42-mail") != message_id("changes-43-mail")
    assert smtp.inbox.envelopes[0][1] == ["analyst@example.org", "desk@example.org"]
    assert mail.get_content_type() == "multipart/alternative"
    plain = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert "5300万元 → 5000万元" in plain
    assert "<b>5000万元</b>" in html


def test_email_logs_in_with_the_password_from_the_environment():
    server = SMTPServer(users={"monitor": SECRET}).start()
    try:
        channel = email_channel(server.port, username="monitor", password_env="SMTP_PASSWORD")
        send(channel, MESSAGE, env={"SMTP_PASSWORD": SECRET})
        assert len(server.messages) == 1
        with pytest.raises(NotifyError) as err:
            send(channel, MESSAGE, env={"SMTP_PASSWORD": "wrong-password"})
        assert "channel mail: SMTP login refused" in str(err.value)
        assert "wrong-password" not in str(err.value)
        with pytest.raises(NotifyError, match="channel mail: password_env: environment variable SMTP_PASSWORD is not set"):
            send(channel, MESSAGE, env={})
        assert len(server.messages) == 1
    finally:
        server.stop()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_email_over_tls_verifies_the_certificate(tmp_path, security):
    cert, key = self_signed(tmp_path)
    server = SMTPServer(users={"monitor": SECRET}, tls=server_tls(cert, key), implicit_tls=security == "ssl").start()
    try:
        base = dict(username="monitor", password_env="SMTP_PASSWORD", security=security)
        trusted = ChannelConfig(**{**email_channel(server.port).__dict__, **base, "ca_file": str(cert)})
        send(trusted, MESSAGE, env={"SMTP_PASSWORD": SECRET})
        assert [m["Subject"] for m in server.messages] == [SUBJECT]
        untrusted = ChannelConfig(**{**email_channel(server.port).__dict__, **base})
        with pytest.raises(NotifyError, match="channel mail: cannot deliver via 127.0.0.1"):
            send(untrusted, MESSAGE, env={"SMTP_PASSWORD": SECRET})
        assert len(server.messages) == 1
    finally:
        server.stop()


def test_email_to_a_server_that_is_down_names_the_channel(refused_port):
    with pytest.raises(NotifyError, match=r"channel mail: cannot deliver via 127\.0\.0\.1"):
        send(email_channel(refused_port), MESSAGE, env={})


def test_webhook_carries_the_json_with_a_signature_receivers_can_verify():
    with WebhookReceiver() as hook:
        channel = ChannelConfig(name="hook", kind="webhook", url=hook.url, secret_env="HOOK_SECRET")
        send(channel, MESSAGE, env={"HOOK_SECRET": SECRET})
        [call] = hook.received
    assert json.loads(call.body) == MESSAGE.data
    assert call.headers["X-Monitor-Idempotency-Key"] == "changes-42-mail"
    assert call.headers["Content-Type"].startswith("application/json")
    assert verify_webhook(SECRET, call.headers, call.body)
    # the documented recipe, written out as a receiver would
    ts = call.headers["X-Monitor-Timestamp"]
    expected = "sha256=" + hmac.new(SECRET.encode(), ts.encode() + b"." + call.body, hashlib.sha256).hexdigest()
    assert call.headers["X-Monitor-Signature"] == expected
    assert not verify_webhook("another-secret", call.headers, call.body)
    assert not verify_webhook(SECRET, call.headers, call.body.replace(b"2025", b"2026"))
    assert not verify_webhook(SECRET, call.headers, call.body, now=int(ts) + 3600)


def test_webhook_without_a_secret_is_unsigned():
    with WebhookReceiver() as hook:
        send(ChannelConfig(name="hook", kind="webhook", url=hook.url), MESSAGE, env={})
        [call] = hook.received
    assert "X-Monitor-Signature" not in call.headers


def test_webhook_error_status_is_a_failure_that_hides_the_url_token():
    with WebhookReceiver(statuses=[500]) as hook:
        channel = ChannelConfig(name="hook", kind="webhook", url_env="HOOK_URL")
        url = hook.url + "?token=" + SECRET
        with pytest.raises(NotifyError) as err:
            send(channel, MESSAGE, env={"HOOK_URL": url})
    assert str(err.value) == "channel hook: 127.0.0.1 answered HTTP 500"


def test_webhook_that_cannot_be_reached_hides_the_url_token(refused_port):
    channel = ChannelConfig(name="hook", kind="webhook", url_env="HOOK_URL", timeout=2)
    with pytest.raises(NotifyError) as err:
        send(channel, MESSAGE, env={"HOOK_URL": f"http://127.0.0.1:{refused_port}/x?token={SECRET}"})
    assert str(err.value).startswith("channel hook: cannot reach 127.0.0.1")
    assert SECRET not in str(err.value)


def test_dingtalk_markdown_signed_and_access_token_kept():
    with WebhookReceiver() as hook:
        channel = ChannelConfig(name="ding", kind="dingtalk", url_env="DING_URL", secret_env="DING_SECRET")
        before = int(time.time() * 1000)
        send(channel, MESSAGE, env={"DING_URL": hook.url + "?access_token=abc123", "DING_SECRET": "SECabc"})
        [call] = hook.received
    query = parse_qs(urlsplit(call.path).query)
    assert query["access_token"] == ["abc123"]
    ts = query["timestamp"][0]
    assert int(ts) >= before
    expected = base64.b64encode(hmac.new(b"SECabc", f"{ts}\nSECabc".encode(), hashlib.sha256).digest()).decode()
    assert query["sign"] == [expected]
    body = json.loads(call.body)
    assert body == {"msgtype": "markdown", "markdown": {"title": SUBJECT, "text": MESSAGE.markdown}}


def test_robot_http_200_with_an_error_code_is_a_failure():
    with WebhookReceiver(answer={"errcode": 310000, "errmsg": "sign not match"}) as hook:
        channel = ChannelConfig(name="ding", kind="dingtalk", url_env="DING_URL")
        with pytest.raises(NotifyError, match="channel ding: robot refused the alert: errcode 310000 sign not match"):
            send(channel, MESSAGE, env={"DING_URL": hook.url + "?access_token=abc"})
        hook.answer = {"errcode": 93000, "errmsg": "invalid webhook url"}
        wecom = ChannelConfig(name="wx", kind="wecom", url_env="WX_URL")
        with pytest.raises(NotifyError, match="channel wx: robot refused the alert: errcode 93000"):
            send(wecom, MESSAGE, env={"WX_URL": hook.url + "?key=k"})
        hook.answer = {"code": 19021, "msg": "sign match fail or timestamp is not within one hour from current time"}
        feishu = ChannelConfig(name="fs", kind="feishu", url_env="FS_URL")
        with pytest.raises(NotifyError, match="channel fs: robot refused the alert: code 19021"):
            send(feishu, MESSAGE, env={"FS_URL": hook.url})


def test_wecom_markdown_is_cut_to_the_robot_limit():
    long = Message(**{**MESSAGE.__dict__, "markdown": "- 财政总收入增长6%\n" * 1000})
    with WebhookReceiver() as hook:
        send(ChannelConfig(name="wx", kind="wecom", url_env="WX_URL"), long, env={"WX_URL": hook.url + "?key=k"})
        [call] = hook.received
    content = json.loads(call.body)["markdown"]["content"]
    assert len(content.encode()) <= 4096
    assert content.endswith("已截断)")
    assert parse_qs(urlsplit(call.path).query)["key"] == ["k"]


def test_feishu_card_signed_in_the_body():
    with WebhookReceiver(answer={"code": 0, "msg": "success"}) as hook:
        channel = ChannelConfig(name="fs", kind="feishu", url_env="FS_URL", secret_env="FS_SECRET")
        send(channel, MESSAGE, env={"FS_URL": hook.url, "FS_SECRET": "fsKey"})
        [call] = hook.received
    body = json.loads(call.body)
    ts = body["timestamp"]
    expected = base64.b64encode(hmac.new(f"{ts}\nfsKey".encode(), b"", hashlib.sha256).digest()).decode()
    assert body["sign"] == expected
    assert body["msg_type"] == "interactive"
    assert body["card"]["header"]["title"]["content"] == SUBJECT
    assert body["card"]["elements"] == [{"tag": "markdown", "content": MESSAGE.markdown}]


def test_the_documented_verification_recipe_accepts_a_real_call_and_refuses_a_forged_one():
    from conftest import ROOT

    doc = (ROOT / "docs" / "alerts.md").read_text(encoding="utf-8")
    recipe = doc.split("### Verifying the signature")[1].split("```python\n")[1].split("```")[0]
    namespace: dict = {}
    exec(recipe, namespace)  # noqa: S102 (our own documentation)
    verify = namespace["verify"]
    with WebhookReceiver() as hook:
        send(ChannelConfig(name="hook", kind="webhook", url=hook.url, secret_env="S"), MESSAGE, env={"S": SECRET})
        [call] = hook.received
    assert verify(SECRET, call.headers, call.body)
    assert not verify(SECRET, call.headers, call.body + b" ")
    assert not verify("not-the-secret", call.headers, call.body)


def test_notify_test_sends_the_sample_alert_to_the_named_channel(tmp_path, smtp):
    from click.testing import CliRunner

    from monitor.cli import cli

    with WebhookReceiver() as hook:
        toml = write_toml(tmp_path, mail_toml(smtp.port) + f'[channels.hook]\nkind = "webhook"\nurl = "{hook.url}"\nsecret_env = "HOOK_SECRET"\n')
        runner = CliRunner()
        result = runner.invoke(cli, ["notify", "test", "mail", "--config", str(toml)], env={"HOOK_SECRET": SECRET})
        assert result.exit_code == 0, result.output
        assert result.output == "sent a sample alert to channel mail (email)\n"
        assert smtp.messages[0]["Subject"] == "[测试] 【目标变化】王坛镇2025年工作计划: 3项调整、1项新增、1项删除"
        result = runner.invoke(cli, ["notify", "test", "hook", "--config", str(toml)], env={"HOOK_SECRET": SECRET})
        assert result.exit_code == 0, result.output
        [call] = hook.received
        assert verify_webhook(SECRET, call.headers, call.body) and call.json()["kind"] == "test"
        result = runner.invoke(cli, ["notify", "test", "pager", "--config", str(toml)], env={"HOOK_SECRET": SECRET})
        assert result.exit_code == 2
        assert result.output == f"Error: {toml}: channels: no channel named 'pager' (configured: mail, hook)\n"
        hook.statuses = [503]
        result = runner.invoke(cli, ["notify", "test", "hook", "--config", str(toml)], env={"HOOK_SECRET": SECRET})
        assert result.exit_code == 1 and result.output == "Error: channel hook: 127.0.0.1 answered HTTP 503\n"


HOSTILE = ["[x](http://evil.example/steal)", "![i](http://evil.example/pixel.png)",
           '<a href="http://evil.example">点我</a>', "`code` ```diff", "**粗体** &lt;b&gt; <img src=x onerror=alert(1)>",
           "详见 http://evil.example/bare 或 www.evil.example"]


def hostile_changes():
    """A change set whose page text (title, targets, changed sentences) tries to form Markdown and HTML."""
    from dataclasses import replace

    from monitor.models import Hunk
    from monitor.alerts import changes_message

    cs = sample_changeset()
    cs = replace(cs, new=replace(cs.new, title="王坛镇" + HOSTILE[0]),
                 hunks=(Hunk("changed", tuple(HOSTILE), tuple(s + "。" for s in HOSTILE), 3, 4),))
    return changes_message(cs, "kq-wangtan", "changes-hostile")


def links_images_or_html(markdown: str) -> list[str]:
    """Every link, image, autolink, code span or HTML tag a Markdown renderer would form from unescaped text."""
    import re

    pattern = r"(?<!\\)!?(?<!\\)\[[^\]]*(?<!\\)\]\((?!https://www\.kq\.gov\.cn/)|(?<!\\)<[a-z/]|(?<!\\)`|(?<![\\\w])https?:(?!//www\.kq\.gov\.cn/)"
    return re.findall(pattern, markdown)


@pytest.mark.parametrize("kind", ["dingtalk", "wecom", "feishu"])
def test_page_text_cannot_form_links_images_or_html_in_chat_markdown(kind):
    message = hostile_changes()
    with WebhookReceiver(answer={"errcode": 0, "code": 0}) as hook:
        send(ChannelConfig(name="chat", kind=kind, url_env="CHAT_URL"), message, env={"CHAT_URL": hook.url + "?key=k"})
        [call] = hook.received
    body = json.loads(call.body)
    text = body["card"]["elements"][0]["content"] if kind == "feishu" else body["markdown"].get("text") or body["markdown"]["content"]
    assert "evil" in text and "点我" in text  # the page text is there, as text
    assert "```" not in text  # no fence: robots render Markdown inside one
    assert links_images_or_html(text) == []


def test_page_text_stays_escaped_in_the_html_email(smtp):
    send(email_channel(smtp.port), hostile_changes(), env={})
    html = smtp.messages[0].get_body(("html",)).get_content()
    assert "<a href=\"http://evil" not in html and "<img" not in html
    assert "&lt;a href=&quot;http://evil.example&quot;&gt;点我&lt;/a&gt;" in html


def test_a_trickling_webhook_cannot_hold_the_alert_past_the_channel_timeout():
    from test_fetch import Trickle

    with Trickle(size=100, every=0.25) as server:  # 25 s to send its answer; each byte well within the timeout
        channel = ChannelConfig(name="hook", kind="webhook", url=server.url, timeout=1)
        with pytest.raises(NotifyError, match=r"^channel hook: 127\.0\.0\.1 did not answer within 1 s$"):
            send(channel, MESSAGE, env={})
        assert server.sent < 100


@pytest.mark.parametrize("bad", [f"https://oapi.dingtalk.com:99999/robot/send?access_token={SECRET}",
                                 f"oapi.dingtalk.com/robot/send?access_token={SECRET}",
                                 f"http://[::1/robot?access_token={SECRET}",
                                 f"https://oapi.dingtalk.com/robot/send?access_token= {SECRET}"])
def test_an_unparseable_robot_url_fails_that_channel_clearly_and_others_are_delivered(tmp_path, bad, smtp):
    from monitor import outbox, store
    from monitor.config import AlertPolicy, Config

    with pytest.raises(NotifyError) as err:
        send(ChannelConfig(name="ding", kind="dingtalk", url_env="DING_URL"), MESSAGE, env={"DING_URL": bad})
    assert str(err.value) == "channel ding: environment variable DING_URL does not hold a valid http(s) URL"

    with WebhookReceiver() as hook:
        channels = {"ding": ChannelConfig(name="ding", kind="dingtalk", url_env="DING_URL"),
                    "hook": ChannelConfig(name="hook", kind="webhook", url=hook.url),
                    "mail": email_channel(smtp.port)}
        config = Config(path=None, database=None, sources=(), channels=channels,
                        alerts=AlertPolicy(channels=("ding", "hook", "mail")))
        db = store.open_db(tmp_path / "monitor.db")
        try:
            now = outbox.utcnow()
            outbox.enqueue_changes(db, config, "kq-wangtan", [sample_changeset()], now=now)
            result = outbox.deliver(db, config, env={"DING_URL": bad}, now=lambda: now)
            rows = {r["channel"]: r for r in db.query("SELECT * FROM outbox")}
        finally:
            db.close()
        assert len(hook.received) == 1
    assert (result.sent, result.failed) == (2, 1) and len(smtp.messages) == 1
    assert rows["ding"]["status"] == "pending" and rows["ding"]["lease_until"] is None  # not left claimed
    assert "DING_URL does not hold a valid http(s) URL" in rows["ding"]["last_error"]
    assert SECRET not in rows["ding"]["last_error"] and SECRET not in " ".join(result.errors)


def test_a_digest_of_a_thousand_failing_sources_goes_through_mail_and_webhook(smtp):
    """The one message an outage becomes: the mail names the first 50 sources, the webhook carries all 1,000."""
    from monitor.alerts import DIGEST_LISTED, health_digest, health_message

    failures = [{"started_at": "2025-03-21T23:30:00+00:00", "error": "HTTP 412"}] * 3
    digest = health_digest([health_message("error", f"town{i:04d}", f"error-town{i:04d}-1-ops", failures, None)
                            for i in range(1000)])
    send(email_channel(smtp.port), digest, env={})
    [mail] = smtp.messages
    assert mail["Subject"] == "【监测异常】1000个来源检查失败"
    plain = mail.get_body(("plain",)).get_content().splitlines()
    assert len(plain) == DIGEST_LISTED + 1 and plain[0].startswith("town0000: 3 consecutive checks failed")
    with WebhookReceiver() as hook:
        send(ChannelConfig(name="hook", kind="webhook", url=hook.url), digest, env={})
        [call] = hook.received
    body = json.loads(call.body)
    assert body["kind"] == "digest" and body["errors"] == 1000 and len(body["alerts"]) == 1000 and body["more"] == 0
