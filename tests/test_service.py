"""`monitor run --once`, `serve`, `status` as users run them: summaries, exit codes, the run lock,
unreachable sites, SIGTERM, the health check. Real fake site, real SQLite file, loopback only."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from urllib.parse import urlsplit

import httpx
import pytest
from click.testing import CliRunner
from conftest import ROOT, fetch_toml, sources_toml, write_toml

from monitor import errors, lock, runner, seedformat, status, store, tables
from monitor.cli import cli
from monitor.config import ChannelConfig, Config, default_config
from monitor.demo import revised
from monitor.errors import StoreError
from support.fakesite import FakeGovSite
from monitor.fetch import Fetcher
from monitor.sources import Source


def site_config(tmp_path, site, names=("kq-wangtan", "shangyu-zhangzhen")) -> Config:
    return Config(path=None, database=tmp_path / "state" / "monitor.db",
                  sources=tuple(s for s in site.sources() if s.name in names))


def site_toml(tmp_path, site, names=("kq-wangtan", "shangyu-zhangzhen"), extra: str = "", delay: float = 0) -> str:
    """A monitor.toml pointing at the fake site."""
    body = 'database = "state/monitor.db"\n' + extra + sources_toml(s for s in site.sources() if s.name in names) + fetch_toml(delay)
    return str(write_toml(tmp_path, body))


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without proxies (the fake site is on 127.0.0.1)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and not k.startswith("MONITOR_")}
    return {**env, **extra}


def test_run_once_summarises_each_source_and_exits_0(tmp_path, site, fetcher):
    config = site_config(tmp_path, site)
    first = runner.run_once(config, fetcher=fetcher)
    assert [(s.source, s.outcome, s.new, s.baseline) for s in first.sources] == [
        ("kq-wangtan", "ok", 3, True), ("shangyu-zhangzhen", "ok", 3, True)]
    assert first.exit_code == 0
    site.revise("000", revised(seedformat.render(site.document("000"))))
    second = runner.run_once(config, fetcher=fetcher)
    text = tables.summary_text(second)
    assert re.search(r"kq-wangtan\s+ok\s+0\s+1\s+2\s+0\s+0", text), text  # no channels: no alerts
    assert re.search(r"shangyu-zhangzhen\s+ok\s+0\s+0\s+3\s+0\s+0", text), text
    assert second.delivery is None


def test_unreachable_sites_are_reported_per_source_and_exit_1(tmp_path, refused_port, caplog):
    # the default sources, every request sent to a closed port on 127.0.0.1 (nothing leaves the machine)
    dead = httpx.HTTPTransport(proxy=f"http://127.0.0.1:{refused_port}")
    config = replace(default_config(), database=tmp_path / "monitor.db")
    with Fetcher(delay=0, allow_private=True, retries=0, transport=dead) as fetcher:
        summary = runner.run_once(config, fetcher=fetcher)
    assert summary.exit_code == 1
    logged = {r.getMessage().partition(":")[0]: r for r in caplog.records if r.name == "monitor.runner"}
    for s in summary.sources:  # a service's log says why, not only that it failed
        assert logged[s.source].levelname == "WARNING" and logged[s.source].getMessage().endswith(s.errors[0])
    assert {s.source for s in summary.sources} == {s.name for s in config.sources}
    for s in summary.sources:
        assert s.outcome == "failed"
        assert s.errors[0].startswith(f"{s.source}: http"), s.errors
        assert "ConnectError" in s.errors[0] or "ProxyError" in s.errors[0]
    text = tables.summary_text(summary)
    for source in config.sources:
        assert re.search(rf"{source.name}\s+failed", text)


def test_run_once_offline_says_per_source_what_failed_and_what_to_check(tmp_path, refused_port):
    # two sources on a closed port of 127.0.0.1: the machine is "offline", nothing leaves it
    dead = [Source(name, "kq", f"http://127.0.0.1:{refused_port}/col/col{n}/index.html", title=name)
            for n, name in enumerate(("kq-wangtan", "kq-jidong"))]
    toml = write_toml(tmp_path, 'database = "state/monitor.db"\n' + sources_toml(dead)
                      + "\n[fetch]\ndelay = 0\nretries = 0\nallow_private = true\n")
    result = CliRunner().invoke(cli, ["run", "--once", "--config", str(toml)], env=clean_env())
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    for name in ("kq-wangtan", "kq-jidong"):
        [line] = [x for x in lines if x.startswith(f"  {name}: ")]  # one line per source: what failed
        assert f"http://127.0.0.1:{refused_port}/col/" in line and "ConnectError" in line
    assert lines[-5:] == [
        "2 of 2 sources could not be checked.",
        "  2 could not be reached: check the network, the DNS and the proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY in the environment).",
        "  Try one source and see what it gets: monitor check kq-wangtan",
        "  `monitor demo` runs the whole service on a recorded site and works offline.",
        "No alert channel is configured: changes are stored, but nobody is told. Add one to monitor.toml "
        "(docs/configuration.md) and try it with `monitor notify test NAME`.",
    ]
    assert "Traceback" not in result.output


def test_a_run_that_works_with_a_channel_gives_no_advice(tmp_path, site, fetcher):
    config = replace(site_config(tmp_path, site, ("kq-wangtan",)), channels={
        "hook": ChannelConfig(name="hook", kind="webhook", url="http://127.0.0.1:9/hook")})
    text = tables.summary_text(runner.run_once(config, fetcher=fetcher))
    assert "could not be checked" not in text and "No alert channel" not in text
    assert "No alert channel is configured" in tables.summary_text(runner.run_once(site_config(tmp_path, site), fetcher=fetcher))


def test_a_second_run_on_the_same_database_is_refused_while_the_first_holds_the_lock(tmp_path, site, fetcher):
    config = site_config(tmp_path, site)
    path = runner.database_file(config)
    held = lock.RunLock(path)
    held.acquire()
    try:
        with pytest.raises(errors.LockedError) as err:
            runner.run_once(config, fetcher=fetcher)
        assert str(err.value).startswith(f"{path}.lock: another run is using the database (pid {os.getpid()}, since ")
        result = CliRunner().invoke(cli, ["run", "--once", "--config", site_toml(tmp_path, site)], env=clean_env())
        assert result.exit_code == 4  # the run did not start (README: exit codes)
        assert "another run is using the database" in result.output
    finally:
        held.release()
    assert runner.run_once(config, fetcher=fetcher).exit_code == 0  # released: runs again


def test_the_lock_goes_with_a_killed_process(tmp_path):
    db = tmp_path / "monitor.db"
    holder = subprocess.Popen([sys.executable, "-c", f"""
import sys, time
from pathlib import Path
from monitor.lock import RunLock
RunLock(Path({str(db)!r})).acquire()
print("held", flush=True)
time.sleep(60)
"""], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(errors.LockedError):
            lock.RunLock(db).acquire()
    finally:
        holder.kill()
        holder.wait()
    again = lock.RunLock(db)
    again.acquire()  # a crash never leaves a stale lock behind
    again.release()


def test_cli_run_needs_once_and_a_known_source(tmp_path, site):
    toml = site_toml(tmp_path, site)
    result = CliRunner().invoke(cli, ["run", "--config", toml])
    assert result.exit_code == 2 and "add --once" in result.output
    result = CliRunner().invoke(cli, ["run", "--once", "--source", "nowhere", "--config", toml])
    assert result.exit_code == 2
    assert f"Error: {toml}: sources: no source named 'nowhere' (known: kq-wangtan, shangyu-zhangzhen)" in result.output


def test_cli_run_source_checks_only_that_source_and_prints_json(tmp_path, site):
    toml = site_toml(tmp_path, site)
    result = CliRunner().invoke(cli, ["run", "--once", "--source", "shangyu-zhangzhen", "--json", "--config", toml],
                                env=clean_env())
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["source"] for s in data["sources"]] == ["shangyu-zhangzhen"]
    assert data["sources"][0]["new"] == 3 and data["exit_code"] == 0


def test_missing_secret_variables_stop_the_run_with_exit_2(tmp_path, site):
    toml = site_toml(tmp_path, site, extra='[channels.hook]\nkind = "webhook"\nurl = "http://127.0.0.1:9/h"\nsecret_env = "NOT_SET_ANYWHERE"\n')
    result = CliRunner().invoke(cli, ["run", "--once", "--config", toml], env=clean_env())
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {toml}: channels.hook.secret_env: environment variable NOT_SET_ANYWHERE is not set"


@pytest.mark.parametrize("pages", [1, 3], ids=["at the list", "among the documents"])
def test_a_stop_during_a_check_is_recorded_as_interrupted_not_failed(tmp_path, site, fetcher, pages):
    config = site_config(tmp_path, site, ("kq-wangtan",))
    stop, asked = threading.Event(), []
    summary = runner.run_once(config, fetcher=fetcher, stop=stop,
                              on_page=lambda url: asked.append(url) if len(asked) + 1 < pages else stop.set())
    assert [s.outcome for s in summary.sources] == ["interrupted"]
    [report] = summary.sources
    assert report.failed == 0 and [e for e in report.errors if "stopping" in e] == report.errors, report.errors
    assert len(report.errors) == 1 and "the next run asks" in report.errors[0]
    db = store.open_db(config.database)
    assert [r[0] for r in db.execute("SELECT outcome FROM runs")] == ["interrupted"]
    assert status.collect(config)["sources"][0]["consecutive_failures"] == 0


def test_status_shows_runs_failures_changes_and_waiting_alerts(tmp_path, site, fetcher):
    config = site_config(tmp_path, site, ("kq-wangtan",))
    config = replace(config, alerts=replace(config.alerts, quiet_after=0))  # the site's plans are of 2024: not today's
    with pytest.raises(StoreError, match="no database yet"):
        status.collect(config)
    runner.run_once(config, fetcher=fetcher)
    site.fail("kq-wangtan", "503")
    runner.run_once(config, fetcher=fetcher)
    runner.run_once(config, fetcher=fetcher)
    [s] = status.collect(config)["sources"]
    assert s["last_run"]["outcome"] == "failed" and "HTTP 503" in s["last_run"]["error"]
    assert s["consecutive_failures"] == 2 and s["alerts_waiting"] == 0 and not s["overdue"]
    assert s["last_change"] is None  # the baseline has nothing to compare with
    text = tables.status_text(status.collect(config))
    assert re.search(r"kq-wangtan\s+\S+\s+failed\s+2\s+-\s+0", text), text


def healthcheck_command() -> list[str]:
    """The HEALTHCHECK command of the Dockerfile."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    line = re.search(r"^HEALTHCHECK .*?CMD (.+)$", text, re.M).group(1)
    return shlex.split(line)


def test_the_docker_healthcheck_command_passes_on_a_working_database_and_fails_without_one(tmp_path, site):
    command = healthcheck_command()
    assert command[:2] == ["monitor", "status"]
    toml = site_toml(tmp_path, site, ("kq-wangtan",))
    env = clean_env(MONITOR_CONFIG=toml)
    bin_dir = os.path.dirname(sys.executable)
    exe = [os.path.join(bin_dir, "monitor"), *command[1:]]
    missing = subprocess.run(exe, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert missing.returncode == 1 and "no database yet" in missing.stderr
    assert subprocess.run([os.path.join(bin_dir, "monitor"), "run", "--once"], env=env, cwd=tmp_path,
                          capture_output=True, timeout=120).returncode == 0
    healthy = subprocess.run(exe, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert healthy.returncode == 0, healthy.stderr


@pytest.mark.slow  # a real serve process, signalled
@pytest.mark.parametrize("slow", [1.0, 30.0], ids=["check finishes its page", "check stuck in a request"])
def test_serve_stops_on_sigterm_within_5_seconds_leaving_the_database_consistent(tmp_path, slow):
    with FakeGovSite(fillers=3, slow_seconds=slow) as site:
        site.fail("001", "slow")  # kq-jidong's newest page answers slowly: a check is under way at the signal
        toml = site_toml(tmp_path, site, ("kq-jidong",))
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "serve", "--check-now", "--config", toml],
                                env=clean_env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        db_file = tmp_path / "state" / "monitor.db"
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:  # wait until the check has started
                if db_file.exists():
                    with sqlite3.connect(db_file, timeout=5) as c:
                        if c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'runs'").fetchone()[0] and \
                                c.execute("SELECT count(*) FROM runs WHERE outcome = 'running'").fetchone()[0]:
                            break
                time.sleep(0.05)
            else:
                proc.kill()
                pytest.fail("serve started no check in 30 s: " + proc.communicate()[1])
            slow_page = urlsplit(site.page_url("001")).path
            while slow_page not in site.arrived:  # the lists read, the slow detail page requested
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    pytest.fail("the check never requested the slow page: " + proc.communicate()[1])
                time.sleep(0.05)
            time.sleep(0.3)  # the request is under way
            sent = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=10)
            took = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                proc.kill()
        stderr = proc.stderr.read()
        assert proc.returncode == 0, stderr
        assert took < 5, f"took {took:.1f} s\n{stderr}"
        assert "stopping: no new checks" in stderr
    with sqlite3.connect(db_file) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        outcomes = [r[0] for r in c.execute("SELECT outcome FROM runs")]
        if slow < 3:  # the page came within the grace time: the check ended, recorded as interrupted
            assert outcomes == ["interrupted"]
        else:  # abandoned inside the request: its run row stays "running" until the next run clears it
            assert outcomes == ["running"] and "abandoning it" in stderr
        # every document points at a stored version, every version has its targets written with it
        assert c.execute("SELECT count(*) FROM documents d LEFT JOIN versions v ON v.id = d.current_version_id "
                         "WHERE v.id IS NULL").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM versions v WHERE v.same_as IS NULL AND v.n_targets > 0 AND "
                         "(SELECT count(*) FROM targets t WHERE t.version_id = v.id) = 0").fetchone()[0] == 0
    again = lock.RunLock(db_file)
    again.acquire()  # the lock went with the process
    again.release()
    assert store.open_db(db_file)  # and the store opens again
    config = Config(path=None, database=db_file, sources=())
    runner.run_once(config)  # the next run, holding the lock, knows the abandoned check is over
    jidong = Source("kq-jidong", "kq", "http://127.0.0.1:9/col/col1229442810/index.html")
    assert status.collect(replace(config, sources=(jidong,)))["sources"][0]["last_run"]["outcome"] == "interrupted"


def test_run_once_with_the_embedded_defaults_names_the_database_under_state(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MONITOR_DB", raising=False)
    assert runner.database_file(default_config()) == store.DEFAULT_DB
    assert lock.lock_path(store.DEFAULT_DB).name == "monitor.db.lock"
