"""`monitor demo`: an offline tour on 127.0.0.1, plus the three small servers it uses.

The tour serves the demo site (pages recorded from the development fake site and shipped with
the package as demo_site.json), a local SMTP server and a webhook receiver; it checks the site,
publishes the recorded revision of a plan, checks again, delivers the alerts and prints what
arrived. The servers are standard-library code, so the demo needs nothing beyond the package.
The fault-injecting fake site the tests use is not part of the package (tests/support).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import secrets
import shutil
import socketserver
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path

import httpx

from monitor import runner, status, tables
from monitor.config import AlertPolicy, ChannelConfig, Config
from monitor.errors import MonitorError
from monitor.fetch import Fetcher, tls_context
from monitor.notify import KEY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_webhook
from monitor.sources import Source

RECORDING = "demo_site.json"


class LocalServer:
    """Base of the demo's servers: bound to 127.0.0.1 on a port the system assigns, serving in a thread."""

    _server: socketserver.BaseServer

    def _serve(self, server: socketserver.ThreadingMixIn) -> None:
        """Keep the bound server and serve it in a daemon thread until __exit__."""
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()  # shutdown within 50 ms

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def address(self) -> str:
        """127.0.0.1:PORT"""
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"


@dataclass
class Received:
    """One webhook call as the receiver saw it."""

    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass
class WebhookSink(LocalServer):
    """A real HTTP server on 127.0.0.1 that records POSTs and answers each with reply()."""

    received: list[Received] = field(default_factory=list)
    attempts: int = 0

    def reply(self) -> tuple[int, dict]:
        """(status, JSON answer) for the next call: 200 and a robot's success answer."""
        return 200, {"errcode": 0, "errmsg": "ok"}

    def __enter__(self) -> WebhookSink:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with owner._lock:
                    owner.attempts += 1
                    status, answer = owner.reply()
                    if status == 200:
                        owner.received.append(Received(self.path, dict(self.headers), body))
                payload = json.dumps(answer).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the sender hung up (stopped, killed): no one to answer
                    self.close_connection = True

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self._lock = threading.Lock()
        self._serve(ThreadingHTTPServer(("127.0.0.1", 0), Handler))
        return self

    @property
    def url(self) -> str:
        """The receiver's URL."""
        return f"http://{self.address}/hook"


class MailSink(LocalServer):
    """A minimal SMTP server on 127.0.0.1 (HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).

    Enough for smtplib with security = "none"; the tests use aiosmtpd, a full server.
    """

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    def __enter__(self) -> MailSink:
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(line.encode() + b"\r\n")

            def handle(self) -> None:
                self.reply("220 127.0.0.1 demo SMTP")
                while line := self.rfile.readline():
                    verb = line.decode("ascii", "replace").strip().split(" ")[0].upper()
                    if verb == "EHLO":
                        self.reply("250-127.0.0.1")
                        self.reply("250 8BITMIME")
                    elif verb == "DATA":
                        self.reply("354 end with <CRLF>.<CRLF>")
                        data = b""
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            data += chunk[1:] if chunk.startswith(b"..") else chunk
                        sink.messages.append(email.message_from_bytes(data, policy=email.policy.default))
                        self.reply("250 OK")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    elif verb in {"HELO", "MAIL", "RCPT", "RSET", "NOOP"}:
                        self.reply("250 OK")
                    else:
                        self.reply("502 not implemented")

        self._serve(socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler))
        return self

    @property
    def port(self) -> int:
        """The port it listens on."""
        return self._server.server_address[1]


class DemoSite(LocalServer):
    """The demo site: recorded responses served on 127.0.0.1, with ETag/304, until revise()."""

    def __init__(self, recording: dict) -> None:
        self.recording = recording
        self.pages: dict[str, dict] = dict(recording["pages"])  # request target -> response

    @classmethod
    def shipped(cls) -> DemoSite:
        """The recording shipped with the package (MonitorError naming it when it is missing or broken)."""
        resource = files("monitor") / RECORDING
        try:
            return cls(json.loads(resource.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise MonitorError(f"demo: cannot read the demo site {resource}: {exc}") from None

    def __enter__(self) -> DemoSite:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as the real sites
            disable_nagle_algorithm = True  # else ~40 ms stalls per response

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                owner.answer(self)

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self._serve(ThreadingHTTPServer(("127.0.0.1", 0), Handler))
        return self

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://{self.address}"

    def sources(self) -> list[Source]:
        """The recorded sources, pointing here."""
        return [Source(s["name"], s["scraper"], self.base_url + s["path"], s["title"]) for s in self.recording["sources"]]

    def revise(self) -> str:
        """Publish the recorded revision at the same address; returns its URL."""
        path = self.recording["revised"]
        self.pages[path] = self.recording["revisions"][path]
        return self.base_url + path

    def answer(self, request: BaseHTTPRequestHandler) -> None:
        """Send the recorded response to one GET: 200, 304 when the ETag matches, or 404."""
        page = self.pages.get(request.path)
        body = page["body"].encode("utf-8") if page else b"not in the demo site"
        etag = f'"{hashlib.sha1(body).hexdigest()[:20]}"'
        status = 404 if not page else 304 if request.headers.get("If-None-Match") == etag else 200
        request.send_response(status)
        request.send_header("Content-Type", page["type"] if page else "text/plain; charset=utf-8")
        if page:
            request.send_header("ETag", etag)
            if page.get("modified"):
                request.send_header("Last-Modified", page["modified"])
        request.send_header("Content-Length", "0" if status == 304 else str(len(body)))
        request.end_headers()
        if status != 304:
            request.wfile.write(body)


# -- the tour -----------------------------------------------------------------------------

DEMO_SOURCES = ("kq-wangtan", "shangyu-zhangzhen")
REVISION = (  # what 王坛镇 changes in its 2024 plan (seed 000)
    ("预计财政总收入10000万元", "预计财政总收入10500万元"),
    ("一般公共预算收入5300万元", "一般公共预算收入5000万元"),
    ("打造区级和美乡村5个", "打造区级和美乡村6个"),
)
SECRET_VAR = "DEMO_WEBHOOK_SECRET"


def revised(text: str) -> str:
    """Seed 000 with the three targets of REVISION changed (MonitorError if the seed lacks one)."""
    for old, new in REVISION:
        if old not in text:
            raise MonitorError(f"demo: the seed page no longer contains {old!r}")
        text = text.replace(old, new)
    return text


def demo_config(workdir: Path, site_sources: list[Source], smtp_port: int, hook_url: str) -> Config:
    """The demo site's sources; an e-mail channel and a signed webhook, both on 127.0.0.1."""
    channels = {
        "mail": ChannelConfig(name="mail", kind="email", host="127.0.0.1", port=smtp_port, security="none",
                              sender="政策监测 <monitor@demo.invalid>", to=("analyst@demo.invalid",)),
        "hook": ChannelConfig(name="hook", kind="webhook", url=hook_url, secret_env=SECRET_VAR),
    }
    return Config(
        path=None,
        database=workdir / "state" / "monitor.db",
        sources=tuple(s for s in site_sources if s.name in DEMO_SOURCES),
        channels=channels,
        # quiet_after 0: the fake site's plans are of 2023 and 2024, which status would rightly call quiet
        alerts=AlertPolicy(channels=("mail", "hook"), ops_channels=("mail", "hook"), quiet_after=0),
    )


def run_demo(echo: Callable[[str], None] = print, keep: str | None = None) -> None:
    """The offline tour; echo prints each line."""
    started = time.monotonic()
    site = DemoSite.shipped()
    workdir = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="monitor-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    env = {SECRET_VAR: secrets.token_hex(16)}
    with site, MailSink() as mail, WebhookSink() as hook, Fetcher(delay=0, retries=0, timeout=10, allow_private=True,
                                                                  transport=httpx.HTTPTransport(verify=tls_context())) as fetcher:
        config = demo_config(workdir, site.sources(), mail.port, hook.url)

        def check(title: str) -> None:
            echo(f"\n== {title}")
            summary = runner.run_once(config, fetcher=fetcher, env=env)
            echo(tables.summary_text(summary).rstrip())

        echo("== 1. Everything runs on 127.0.0.1; nothing leaves this machine")
        echo(f"   demo government site  {site.base_url}  (sources: {', '.join(DEMO_SOURCES)})")
        echo(f"   SMTP server           127.0.0.1:{mail.port}")
        echo(f"   webhook receiver      {hook.url}")
        echo(f"   database              {config.database}")
        check("2. First check: every plan is recorded as the baseline, nothing is alerted")
        url = site.revise()
        echo("\n== 3. 王坛镇 quietly revises its 2024 plan at the same address")
        echo(f"   {url}")
        for old, new in REVISION:
            echo(f"   {old} -> {new}")
        check("4. Second check: the revision is found, one alert per channel, delivered at once")
        _show_mail(echo, mail.messages)
        _show_hook(echo, hook.received, env[SECRET_VAR])
        echo("\n== 7. monitor status")
        echo(tables.status_text(status.collect(config)).rstrip())
    echo(f"\nDone in {time.monotonic() - started:.1f} s. Files are in {workdir}" if keep else
         f"\nDone in {time.monotonic() - started:.1f} s.")
    if not keep:
        shutil.rmtree(workdir, ignore_errors=True)
    if len(mail.messages) != 1 or len(hook.received) != 1:
        raise MonitorError(f"demo: expected one e-mail and one webhook call, got {len(mail.messages)} and {len(hook.received)}")


def _show_mail(echo: Callable[[str], None], messages: list[EmailMessage]) -> None:
    """Print the e-mail that arrived: headers and the plain-text part."""
    echo(f"\n== 5. The e-mail that arrived ({len(messages)})")
    for m in messages:
        for header in ("Subject", "From", "To", "Message-ID"):
            echo(f"{header}: {m[header]}")
        parts = [p.get_content_type() for p in m.walk() if not p.is_multipart()]
        echo(f"Parts: {', '.join(parts)}\n")
        echo(m.get_body(("plain",)).get_content().rstrip())


def _show_hook(echo: Callable[[str], None], calls: list[Received], secret: str) -> None:
    """Print the webhook call that arrived: signature check, headers and JSON."""
    echo(f"\n== 6. The webhook call that arrived ({len(calls)})")
    for call in calls:
        ok = verify_webhook(secret, call.headers, call.body)
        echo(f"POST {call.path}   signature {'verified' if ok else 'WRONG'} with the shared secret")
        for header in (KEY_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER):
            echo(f"{header}: {call.headers.get(header)}")
        data = call.json()
        report_data = data.get("report", {})
        echo(json.dumps({k: v for k, v in data.items() if k != "report"}, ensure_ascii=False, indent=2))
        echo("report.changes:")
        for change in report_data.get("changes", []):
            echo(f"  {change['change']:<8} {change['line']}")
        echo(f"(the full JSON is {len(call.body)} bytes; its shape: docs/alerts.md, docs/report-json.md)")
