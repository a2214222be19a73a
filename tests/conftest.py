"""Shared fixtures: the repository paths, the fake site, a fetcher, a store, the alert receivers,
and the monitor.toml snippets tests write.

A test module tunes the fake site and the fetcher with module constants, as pytest's
`request.module` allows: FILLERS (documents per column beyond its seed page) and FETCHER
(Fetcher settings over the defaults below); a test that needs longer lists marks itself
`@pytest.mark.fillers(N)`.
"""

from __future__ import annotations

import os
import socket
import textwrap
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx
import pytest
from support.fakesite import FakeGovSite
from support.receivers import SMTPServer, WebhookReceiver

from monitor import store
from monitor.fetch import Fetcher, tls_context
from monitor.sources import Source

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers."""
    config.addinivalue_line("markers", "slow: builds or installs something (runs in CI; deselect with -m 'not slow')")
    config.addinivalue_line("markers", "fillers(n): the fake site's documents per column beyond its seed page, for this test")


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one worker more than this process may use cores, since end-to-end tests wait on servers and processes."""
    return len(os.sched_getaffinity(0)) + 1


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five seed captures."""
    return SEEDS


@pytest.fixture
def site(request: pytest.FixtureRequest) -> Iterator[FakeGovSite]:
    """The fake government site, started; its "slow" fault answers after 1 s."""
    marker = request.node.get_closest_marker("fillers")
    fillers = marker.args[0] if marker else getattr(request.module, "FILLERS", 2)
    with FakeGovSite(fillers=fillers, slow_seconds=1.0) as s:
        yield s


@pytest.fixture
def fetcher(request: pytest.FixtureRequest) -> Iterator[Fetcher]:
    """A fetcher for 127.0.0.1 (private addresses allowed): no politeness delay, no retries, no proxy from the environment."""
    settings = {"delay": 0, "retries": 0, "backoff": 0, "timeout": 5, "allow_private": True,
                **getattr(request.module, "FETCHER", {})}
    with Fetcher(transport=httpx.HTTPTransport(verify=tls_context()), **settings) as f:
        yield f


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's store lives."""
    return tmp_path / "state" / "monitor.db"


@pytest.fixture
def db(db_path: Path):
    """A fresh store in a real SQLite file."""
    database = store.open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    """A plain SMTP server (aiosmtpd) on 127.0.0.1."""
    server = SMTPServer().start()
    yield server
    server.stop()


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    """A webhook receiver on 127.0.0.1."""
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A loopback port held by a bound socket that does not listen: connections to it are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def sources_toml(sources: Iterable[Source]) -> str:
    """[[sources]] tables for monitor.toml."""
    return "".join(f'\n[[sources]]\nname = "{s.name}"\nscraper = "{s.scraper}"\nurl = "{s.url}"\n' for s in sources)


def fetch_toml(delay: float = 0, **more: int) -> str:
    """A [fetch] table for the fake site on 127.0.0.1: private addresses allowed, this politeness delay (and more keys)."""
    return f"\n[fetch]\ndelay = {delay}\nallow_private = true\n" + "".join(f"{k} = {v}\n" for k, v in more.items())


def mail_toml(port: int, name: str = "mail", extra: str = "") -> str:
    """A [channels.NAME] e-mail table for the SMTP server on 127.0.0.1:port (no TLS)."""
    return (f'\n[channels.{name}]\nkind = "email"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n{extra}'
            'sender = "monitor@example.org"\nto = ["analyst@example.org"]\n')


def write_toml(tmp_path: Path, text: str) -> Path:
    """tmp_path/monitor.toml with this text (dedented)."""
    path = tmp_path / "monitor.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path
