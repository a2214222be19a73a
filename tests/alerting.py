"""Test helpers for the alert tests: a real SMTP server (aiosmtpd) on 127.0.0.1 that can be
stopped and restarted on the same port, a self-signed certificate, and a free port."""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    """A real aiosmtpd server on 127.0.0.1 at a fixed port; stop() and start() keep the port."""

    def __init__(self, *, users: dict[str, str] | None = None, tls: ssl.SSLContext | None = None,
                 implicit_tls: bool = False) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.users = users
        self.tls = tls
        self.implicit_tls = implicit_tls
        self.controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and self.users is not None and \
            self.users.get(auth_data.login.decode()) == auth_data.password.decode()
        return AuthResult(success=ok, handled=False)

    def start(self) -> SMTPServer:
        """Listen (again) on the port."""
        kwargs: dict = {}
        if self.users is not None:
            # aiosmtpd counts only STARTTLS as TLS for AUTH; implicit TLS is encrypted already
            kwargs.update(authenticator=self._authenticate, auth_require_tls=bool(self.tls) and not self.implicit_tls)
        if self.tls and self.implicit_tls:
            kwargs["ssl_context"] = self.tls
        elif self.tls:
            kwargs.update(tls_context=self.tls, require_starttls=True)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **kwargs)
        self.controller.start()
        return self

    def stop(self) -> None:
        """Stop listening: connections are refused until start()."""
        if self.controller:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self) -> list[EmailMessage]:
        """Every message received so far."""
        return self.inbox.messages


@pytest.fixture
def smtp_server():
    """A plain SMTP server on 127.0.0.1."""
    server = SMTPServer().start()
    yield server
    server.stop()


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
