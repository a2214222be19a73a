"""The receivers the alert tests deliver to: a real SMTP server (aiosmtpd) on 127.0.0.1 that can
be stopped and restarted on its port, a webhook receiver with scripted answers, and a
self-signed certificate for SMTP over TLS."""

from __future__ import annotations

import asyncio
import email
import email.policy
import shutil
import ssl
import subprocess
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from monitor.demo import WebhookSink


class Inbox:
    """aiosmtpd handler that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class SMTPServer:
    """A real aiosmtpd server on 127.0.0.1; stop() and start() keep the port.

    aiosmtpd's Controller needs its port chosen in advance, so the server runs aiosmtpd's SMTP
    protocol on an asyncio server of its own: bound to port 0 by the first start(), its port
    known from the bound socket, never picked free and released.
    """

    def __init__(self, *, users: dict[str, str] | None = None, tls: ssl.SSLContext | None = None,
                 implicit_tls: bool = False) -> None:
        self.inbox = Inbox()
        self.port = 0
        self.users = users
        self.tls = tls
        self.implicit_tls = implicit_tls
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and self.users is not None and \
            self.users.get(auth_data.login.decode()) == auth_data.password.decode()
        return AuthResult(success=ok, handled=False)

    def _protocol(self) -> SMTP:
        """One SMTP session with this server's authentication and TLS settings."""
        kwargs: dict = {}
        if self.users is not None:
            # aiosmtpd counts only STARTTLS as TLS for AUTH; implicit TLS is encrypted already
            kwargs.update(authenticator=self._authenticate, auth_require_tls=bool(self.tls) and not self.implicit_tls)
        if self.tls and not self.implicit_tls:
            kwargs.update(tls_context=self.tls, require_starttls=True)
        return SMTP(self.inbox, hostname="127.0.0.1", **kwargs)

    def start(self) -> SMTPServer:
        """Listen: on a port the system assigns the first time, on the same port again after stop()."""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="smtp", daemon=True)
        self._thread.start()
        listen = self._loop.create_server(self._protocol, host="127.0.0.1", port=self.port, reuse_address=True,
                                          ssl=self.tls if self.implicit_tls else None)
        self._server = asyncio.run_coroutine_threadsafe(listen, self._loop).result(timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Stop listening and end open sessions: connections are refused until start()."""
        if not self._loop or not self._server:
            return
        server, loop = self._server, self._loop

        async def close() -> None:
            server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(timeout=10)
        loop.close()
        self._loop = self._server = None

    @property
    def messages(self) -> list[EmailMessage]:
        """Every message received so far."""
        return self.inbox.messages


@dataclass
class WebhookReceiver(WebhookSink):
    """The demo's webhook receiver with scripted answers: `statuses` for the next calls, then 200 and `answer`."""

    statuses: list[int] = field(default_factory=list)
    answer: dict = field(default_factory=lambda: {"errcode": 0, "errmsg": "ok"})

    def reply(self) -> tuple[int, dict]:
        """The next scripted status; `answer` with a 200."""
        status = self.statuses.pop(0) if self.statuses else 200
        return status, self.answer if status == 200 else {"error": status}


def self_signed(tmp: Path) -> tuple[Path, Path]:
    """(cert, key) for 127.0.0.1, made with the openssl command."""
    if not shutil.which("openssl"):
        pytest.skip("openssl command not available")
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


def server_tls(cert: Path, key: Path) -> ssl.SSLContext:
    """A server-side TLS context."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
