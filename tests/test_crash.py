"""A real `monitor run --once` killed with kill -9: no orphan worker, no lock left held, no run shown
as running, no alert held or sent twice. Real fake site, real receivers, real SQLite file."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import fetch_toml, sources_toml, write_toml
from support.fakesite import FakeGovSite
from support.receivers import WebhookReceiver
from test_service import clean_env

from monitor import seedformat
from monitor.demo import revised

pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc, kills with SIGKILL"),
              pytest.mark.slow]  # real runs started and killed

WAIT = 60  # seconds: an upper bound for things that happen at once, never a measured speed


def children(pid: int) -> set[int]:
    """The live processes whose parent is pid."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    """True while pid exists and is not a zombie."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition, what: str) -> None:
    """Poll until condition() (no fixed sleep decides the outcome); fail naming what never happened."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {WAIT} s")
        time.sleep(0.05)


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """`monitor ARGS` as a user runs it."""
    return subprocess.run([sys.executable, "-m", "monitor", *args], env=clean_env(), cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_kill_9_mid_crawl_leaves_no_worker_and_no_lock_and_the_next_run_succeeds_at_once(tmp_path):
    with FakeGovSite(fillers=60, slow_seconds=WAIT * 5) as site:
        source = next(s for s in site.sources() if s.name == "kq-wangtan")
        paths = site.paths("kq-wangtan")
        stuck = paths[40]  # workers start after 16 pages; the crawl hangs on this one, workers alive
        site.fail(stuck, "slow")
        toml = str(write_toml(tmp_path, 'database = "state/monitor.db"\n' + sources_toml([source]) + fetch_toml(0)))
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--once", "--config", toml],
                                env=clean_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            wait_for(lambda: sum(h.path in paths for h in site.hits) >= 40, "the crawl reaching the slow page")
            wait_for(lambda: children(proc.pid), "parse workers starting")
            workers = children(proc.pid)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=WAIT)
        finally:
            if proc.poll() is None:
                proc.kill()
        site.heal()
        # at once: the lock went with the process, its workers never held it
        second = monitor("run", "--once", "--config", toml, cwd=tmp_path)
        assert second.returncode == 0, second.stdout + second.stderr
        wait_for(lambda: not any(alive(w) for w in workers), f"workers {sorted(workers)} dying with their parent")
        assert "Traceback" not in second.stderr


def test_status_never_shows_a_killed_run_as_running(tmp_path):
    with FakeGovSite(fillers=2, slow_seconds=WAIT * 5) as site:
        source = next(s for s in site.sources() if s.name == "kq-wangtan")
        site.fail(site.paths("kq-wangtan")[1], "slow")
        toml = str(write_toml(tmp_path, 'database = "state/monitor.db"\n' + sources_toml([source]) + fetch_toml(0)))
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--once", "--config", toml],
                                env=clean_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            wait_for(lambda: any(h.path == site.paths("kq-wangtan")[0] for h in site.hits), "the crawl starting")
            during = monitor("status", "--config", toml, cwd=tmp_path)
            assert "running" in during.stdout, during.stdout + during.stderr  # alive: it is running
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=WAIT)
        finally:
            if proc.poll() is None:
                proc.kill()
    after = monitor("status", "--config", toml, cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    assert "running" not in after.stdout and "interrupted" in after.stdout, after.stdout


class HoldingReceiver(WebhookReceiver):
    """A webhook receiver that holds its first call open until `release` is set, then refuses it (503)."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = threading.Event()
        self.release = threading.Event()

    def reply(self) -> tuple[int, dict]:
        if not self.arrived.is_set():
            self.arrived.set()
            self._lock.release()  # let the test see the call while this one waits
            try:
                self.release.wait(WAIT)
            finally:
                self._lock.acquire()
            return 503, {"error": "the sender died"}
        return super().reply()


def test_an_alert_claimed_by_a_killed_run_is_delivered_once_by_the_next_run_at_once(tmp_path):
    with FakeGovSite(fillers=2) as site, HoldingReceiver() as hook:
        source = next(s for s in site.sources() if s.name == "kq-wangtan")
        toml = str(write_toml(tmp_path, 'database = "state/monitor.db"\n' + sources_toml([source]) + fetch_toml(0)
                              + f'[channels.hook]\nkind = "webhook"\nurl = "{hook.url}"\n'))
        assert monitor("run", "--once", "--config", toml, cwd=tmp_path).returncode == 0  # the baseline
        site.revise("000", revised(seedformat.render(site.document("000"))))
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--once", "--config", toml],
                                env=clean_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert hook.arrived.wait(WAIT), "the alert was never sent"
            proc.send_signal(signal.SIGKILL)  # killed while the receiver holds the alert
            proc.wait(timeout=WAIT)
        finally:
            if proc.poll() is None:
                proc.kill()
            hook.release.set()
        with sqlite3.connect(tmp_path / "state" / "monitor.db") as c:
            assert c.execute("SELECT count(*) FROM outbox WHERE status = 'pending' AND lease_until IS NOT NULL"
                             ).fetchone()[0] == 1  # claimed by the dead run, its lease minutes from ending
        again = monitor("run", "--once", "--config", toml, cwd=tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert len(hook.received) == 1 and hook.attempts == 2  # delivered now, once
        third = monitor("run", "--once", "--config", toml, cwd=tmp_path)
        assert third.returncode == 0 and len(hook.received) == 1  # and never again
        with sqlite3.connect(tmp_path / "state" / "monitor.db") as c:
            assert c.execute("SELECT status, claimed_by FROM outbox").fetchall() == [("sent", None)]
