"""Alert channels: SMTP e-mail, a signed JSON webhook, DingTalk, WeCom and Feishu robots.

One small function per channel kind, all with the same shape: `send_x(channel, message, env)`.
Secrets (SMTP password, signing keys, robot URLs carrying a token) are read from the
environment variables the configuration names, at send time, and never appear in a
NotifyError: every error names the channel and says what went wrong, nothing more.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import urlsplit
from typing import TYPE_CHECKING

import httpx

from monitor.errors import NotifyError
from monitor.fetch import tls_context
from monitor.redact import redact

if TYPE_CHECKING:  # config is a sibling layer: only its type is used here
    from monitor.config import ChannelConfig

SIGNATURE_HEADER = "X-Monitor-Signature"
TIMESTAMP_HEADER = "X-Monitor-Timestamp"
KEY_HEADER = "X-Monitor-Idempotency-Key"
USER_AGENT = "gov-plan-monitor"

# Robot APIs cap a message; keep well under (WeCom markdown: 4096 bytes, DingTalk 20000).
CHAT_LIMITS = {"dingtalk": 18000, "wecom": 4000, "feishu": 18000}


@dataclass(frozen=True)
class Message:
    """One alert, rendered once for every channel kind."""

    key: str  # idempotency key: the same alert always has the same key
    kind: str  # "changes", "flipflop", "error", "recovery", "digest" (many error and recovery alerts),
    # "channel-down", "channel-up" (a channel failing, told by the others) or "test"
    subject: str
    text: str
    markdown: str
    html: str
    data: dict = field(default_factory=dict)  # the webhook JSON body


Env = Mapping[str, str]


def secret(channel: ChannelConfig, var: str | None, env: Env, what: str) -> str | None:
    """The value of the environment variable named in the config, or NotifyError."""
    if not var:
        return None
    value = env.get(var)
    if not value:
        raise NotifyError(f"channel {channel.name}: {what}: environment variable {var} is not set")
    return value


def channel_url(channel: ChannelConfig, env: Env) -> str:
    """The channel's URL: `url` from the file, or the environment variable `url_env`; checked, never shown."""
    url = channel.url or secret(channel, channel.url_env, env, "url_env")
    if not url:
        raise NotifyError(f"channel {channel.name}: no url")
    where = f"environment variable {channel.url_env}" if channel.url_env else "url"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL):
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        raise NotifyError(f"channel {channel.name}: {where} does not hold a valid http(s) URL")
    return url


def channel_secrets(channel: ChannelConfig, env: Env) -> list[str]:
    """The secret values a channel uses (also user:password, as HTTP basic auth would carry it)."""
    values = [env.get(var) or "" for _, var in channel.secret_vars()]
    password = env.get(channel.password_env or "")
    if channel.username and password:
        values.append(f"{channel.username}:{password}")
    return [v for v in values if v]


# -- e-mail -------------------------------------------------------------------------------


def message_id(key: str) -> str:
    """The Message-ID of an alert: derived from its idempotency key."""
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@gov-plan-monitor>"


def build_email(channel: ChannelConfig, message: Message) -> EmailMessage:
    """A multipart/alternative UTF-8 e-mail: plain text first, then HTML."""
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = channel.sender
    mail["To"] = ", ".join(channel.to)
    mail["Date"] = formatdate(localtime=True)
    # The same alert always carries the same Message-ID, so a duplicate can be recognised.
    mail["Message-ID"] = message_id(message.key)
    mail["X-Monitor-Alert"] = message.kind
    mail.set_content(message.text, charset="utf-8")
    mail.add_alternative(message.html, subtype="html", charset="utf-8")
    return mail


def smtp_port(channel: ChannelConfig) -> int:
    """The configured port, else 465 for SSL, 587 for STARTTLS, 25 for plain SMTP."""
    return channel.port or {"ssl": 465, "starttls": 587}.get(channel.security, 25)


def _smtp(channel: ChannelConfig) -> smtplib.SMTP:
    """A connected SMTP client, TLS as configured (certificates verified)."""
    port = smtp_port(channel)
    if channel.security == "ssl":
        return smtplib.SMTP_SSL(channel.host, port, timeout=channel.timeout, context=_smtp_tls(channel))
    client = smtplib.SMTP(channel.host, port, timeout=channel.timeout)
    if channel.security == "starttls":
        client.starttls(context=_smtp_tls(channel))
    return client


def _smtp_tls(channel: ChannelConfig) -> ssl.SSLContext:
    """The channel's certificate store (its ca_file), else the system's."""
    return ssl.create_default_context(cafile=channel.ca_file) if channel.ca_file else _system_tls()


@functools.cache
def _system_tls() -> ssl.SSLContext:
    """The system's certificate store, loaded once a process (20-30 ms a load)."""
    return ssl.create_default_context()


def send_email(channel: ChannelConfig, message: Message, env: Env) -> None:
    """Send the alert by SMTP (STARTTLS, SSL or plain), logging in when a username is set."""
    password = secret(channel, channel.password_env, env, "password_env")
    mail = build_email(channel, message)
    try:
        with _smtp(channel) as client:
            if channel.username:
                client.login(channel.username, password or "")
            refused = client.send_message(mail)
    except smtplib.SMTPAuthenticationError as exc:
        raise NotifyError(f"channel {channel.name}: SMTP login refused ({exc.smtp_code})") from None
    except smtplib.SMTPResponseException as exc:
        raise NotifyError(f"channel {channel.name}: SMTP server answered {exc.smtp_code}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise NotifyError(f"channel {channel.name}: every recipient refused: {', '.join(exc.recipients)}") from None
    except (smtplib.SMTPException, OSError) as exc:
        why = redact(str(exc) or type(exc).__name__, [password, f"{channel.username}:{password}"])
        raise NotifyError(
            f"channel {channel.name}: cannot deliver via {channel.host}:{smtp_port(channel)}: {why}"
        ) from None
    if refused:
        raise NotifyError(f"channel {channel.name}: recipients refused: {', '.join(refused)}")


# -- webhooks -----------------------------------------------------------------------------


def webhook_signature(secret_value: str, timestamp: str, body: bytes) -> str:
    """The X-Monitor-Signature value: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))."""
    mac = hmac.new(secret_value.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify_webhook(secret_value: str, headers: Mapping[str, str], body: bytes, *,
                   max_age: int = 300, now: float | None = None) -> bool:
    """True when a received webhook is signed with secret and at most max_age seconds old."""
    timestamp = headers.get(TIMESTAMP_HEADER) or ""
    given = headers.get(SIGNATURE_HEADER) or ""
    if not timestamp.isdigit() or abs((now or time.time()) - int(timestamp)) > max_age:
        return False
    return hmac.compare_digest(given, webhook_signature(secret_value, timestamp, body))


def _post(channel: ChannelConfig, url: httpx.URL, body: bytes, headers: dict[str, str],
          secrets: list[str | None]) -> httpx.Response:
    """POST body; NotifyError (no URL, no secret) on transport errors and non-2xx answers."""
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT, **headers}
    deadline = time.monotonic() + channel.timeout  # the whole call: a trickling endpoint cannot hold it longer
    try:
        with httpx.Client(timeout=channel.timeout, trust_env=False, verify=tls_context()) as client:
            with client.stream("POST", url, content=body, headers=headers) as response:
                answer = b""
                for chunk in response.iter_bytes():
                    answer += chunk
                    if time.monotonic() > deadline:
                        raise NotifyError(f"channel {channel.name}: {url.host} did not answer within "
                                          f"{channel.timeout:g} s")
                    if len(answer) > 2**20:
                        raise NotifyError(f"channel {channel.name}: {url.host} answered more than 1 MiB")
            response = httpx.Response(response.status_code, headers=response.headers, content=answer,
                                      request=response.request)
    except httpx.HTTPError as exc:
        why = redact(str(exc) or type(exc).__name__, secrets + [str(url)])
        raise NotifyError(f"channel {channel.name}: cannot reach {url.host}: {why}") from None
    if not 200 <= response.status_code < 300:
        raise NotifyError(f"channel {channel.name}: {url.host} answered HTTP {response.status_code}")
    return response


def _dumps(data: object) -> bytes:
    """Compact UTF-8 JSON (Chinese kept as is)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def send_webhook(channel: ChannelConfig, message: Message, env: Env) -> None:
    """POST the alert's JSON, signed with HMAC-SHA256 when secret_env is set."""
    url_value = channel_url(channel, env)
    key = secret(channel, channel.secret_env, env, "secret_env")
    body = _dumps(message.data)
    headers = {KEY_HEADER: message.key}
    if key:
        timestamp = str(int(time.time()))
        headers[TIMESTAMP_HEADER] = timestamp
        headers[SIGNATURE_HEADER] = webhook_signature(key, timestamp, body)
    _post(channel, httpx.URL(url_value), body, headers, [key, url_value])


def _check_robot(channel: ChannelConfig, response: httpx.Response, secrets: list[str | None], *fields: str) -> None:
    """Robot APIs answer HTTP 200 with errcode/code != 0 on errors: make those NotifyErrors (secrets cut out)."""
    try:
        answer = response.json()
    except ValueError:
        raise NotifyError(f"channel {channel.name}: {response.url.host} answered something not JSON") from None
    for name in fields:
        code = answer.get(name) if isinstance(answer, dict) else None
        if code not in (None, 0, "0"):
            detail = answer.get("errmsg") or answer.get("msg") or answer.get("StatusMessage") or ""
            detail = redact(str(detail), secrets + [str(response.url)])
            raise NotifyError(f"channel {channel.name}: robot refused the alert: {name} {code} {detail}".rstrip())


def _truncate(text: str, limit: int, note: str = "\n\n…(内容过长，已截断)") -> str:
    """text cut to at most limit UTF-8 bytes, with a note when cut."""
    if len(text.encode()) <= limit:
        return text
    room = limit - len(note.encode())
    return text.encode()[:room].decode(errors="ignore") + note


def _robot_sign(key: str, timestamp: str, *, feishu: bool) -> str:
    """DingTalk/Feishu signature: base64(HMAC-SHA256) over "timestamp\\nsecret"."""
    to_sign = f"{timestamp}\n{key}".encode()
    if feishu:  # Feishu uses the string as the HMAC key and an empty message
        digest = hmac.new(to_sign, b"", hashlib.sha256).digest()
    else:
        digest = hmac.new(key.encode(), to_sign, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def send_dingtalk(channel: ChannelConfig, message: Message, env: Env) -> None:
    """DingTalk custom robot: markdown message, optional 加签 signing (timestamp+sign in the query)."""
    url_value = channel_url(channel, env)
    key = secret(channel, channel.secret_env, env, "secret_env")
    url = httpx.URL(url_value)
    if key:
        timestamp = str(int(time.time() * 1000))
        # copy_merge_params keeps access_token; post(params=...) would replace the query.
        url = url.copy_merge_params({"timestamp": timestamp, "sign": _robot_sign(key, timestamp, feishu=False)})
    text = _truncate(message.markdown, CHAT_LIMITS["dingtalk"])
    body = _dumps({"msgtype": "markdown", "markdown": {"title": message.subject, "text": text}})
    response = _post(channel, url, body, {}, [key, url_value])
    _check_robot(channel, response, [key, url_value], "errcode")


def send_wecom(channel: ChannelConfig, message: Message, env: Env) -> None:
    """WeCom (企业微信) group robot: markdown message (at most 4096 bytes)."""
    url_value = channel_url(channel, env)
    text = _truncate(message.markdown, CHAT_LIMITS["wecom"])
    body = _dumps({"msgtype": "markdown", "markdown": {"content": text}})
    response = _post(channel, httpx.URL(url_value), body, {}, [url_value])
    _check_robot(channel, response, [url_value], "errcode")


def send_feishu(channel: ChannelConfig, message: Message, env: Env) -> None:
    """Feishu/Lark custom bot: an interactive card with a markdown element, optional signing."""
    url_value = channel_url(channel, env)
    key = secret(channel, channel.secret_env, env, "secret_env")
    payload: dict = {
        "msg_type": "interactive",
        "card": {
            "header": {"title": {"tag": "plain_text", "content": message.subject}},
            "elements": [{"tag": "markdown", "content": _truncate(message.markdown, CHAT_LIMITS["feishu"])}],
        },
    }
    if key:
        timestamp = str(int(time.time()))
        payload = {"timestamp": timestamp, "sign": _robot_sign(key, timestamp, feishu=True), **payload}
    response = _post(channel, httpx.URL(url_value), _dumps(payload), {}, [key, url_value])
    _check_robot(channel, response, [key, url_value], "code", "StatusCode")


SENDERS: dict[str, Callable[[ChannelConfig, Message, Env], None]] = {
    "email": send_email,
    "webhook": send_webhook,
    "dingtalk": send_dingtalk,
    "wecom": send_wecom,
    "feishu": send_feishu,
}


def send(channel: ChannelConfig, message: Message, env: Env | None = None) -> None:
    """Deliver message on channel; NotifyError naming the channel (secrets cut out) whatever fails."""
    env = os.environ if env is None else env
    try:
        SENDERS[channel.kind](channel, message, env)
    except NotifyError as exc:
        raise NotifyError(redact(str(exc), channel_secrets(channel, env))) from None
    except Exception as exc:  # noqa: BLE001 - an unforeseen failure is this channel's failure, not the run's
        why = redact(f"{type(exc).__name__}: {exc}", channel_secrets(channel, env))
        raise NotifyError(f"channel {channel.name}: {why}") from None
