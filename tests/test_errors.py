"""Faults an operator meets at start-up give one `Error: …` line naming the file or setting, never a
traceback, and the documented exit code (README "Exit codes"): a locked database, a read-only state
directory, a full disk, an alert that cannot be delivered."""

from __future__ import annotations

import sqlite3
import subprocess
import time

import pytest
from click.testing import CliRunner
from conftest import fetch_toml, sources_toml, write_toml
from test_status import read_only

from monitor import seedformat
from monitor.cli import cli
from monitor.demo import revised


def run_once(toml) -> tuple[int, str]:
    """`monitor run --once` in-process: (exit code, stderr); a traceback fails the test."""
    result = CliRunner().invoke(cli, ["run", "--once", "--config", str(toml)], env={"MONITOR_DB": None})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def toml_for(tmp_path, site, extra: str = "", database: str = "state/monitor.db"):
    source = next(s for s in site.sources() if s.name == "kq-wangtan")
    return write_toml(tmp_path, f'database = "{database}"\n' + extra + sources_toml([source]) + fetch_toml(0, retries=0))


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error:")]


def test_a_database_locked_at_start_up_is_one_error_line_and_exit_4(tmp_path, site, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MONITOR_DB_TIMEOUT", "0.5")  # wait half a second for the lock, not the default 5 s
    toml = toml_for(tmp_path, site)
    assert run_once(toml)[0] == 0
    holder = sqlite3.connect(tmp_path / "state" / "monitor.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        code, stderr = run_once(toml)
        waited = time.monotonic() - started
    finally:
        holder.close()
    assert code == 4 and errors(stderr) == [
        f"Error: {tmp_path / 'state' / 'monitor.db'}: database is locked by another process (try again when it has finished)"
    ], stderr
    assert waited >= 0.5  # it waited for the lock as long as it was told


def test_a_bad_lock_wait_is_one_error_line_naming_the_variable(tmp_path, site, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MONITOR_DB_TIMEOUT", "soon")
    code, stderr = run_once(toml_for(tmp_path, site))
    assert code == 4 and errors(stderr) == [
        "Error: MONITOR_DB_TIMEOUT: 'soon' is not a number of seconds from 0 to 3600"], stderr


def test_a_read_only_state_directory_is_one_error_line_naming_the_lock_file(tmp_path, site, monkeypatch):
    monkeypatch.chdir(tmp_path)
    toml = toml_for(tmp_path, site)
    assert run_once(toml)[0] == 0
    with read_only(tmp_path / "state"):
        code, stderr = run_once(toml)
    lock_file = tmp_path / "state" / "monitor.db.lock"
    assert code == 4 and errors(stderr) in (
        [f"Error: {lock_file}: cannot open the run lock file: Read-only file system"],
        [f"Error: {lock_file}: cannot open the run lock file: Permission denied"],
    ), stderr


def test_a_full_disk_gives_error_lines_naming_the_database_and_no_traceback(tmp_path, site, monkeypatch):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tiny tmpfs here")
    try:
        monkeypatch.chdir(tmp_path)
        code, stderr = run_once(toml_for(tmp_path, site, database=str(disk / "monitor.db")))
    finally:
        subprocess.run(["umount", str(disk)], check=True)
    assert code in (1, 4), stderr
    assert "Traceback" not in stderr
    assert any(str(disk / "monitor.db") in line and "full" in line for line in stderr.splitlines()), stderr


def test_run_once_exits_3_when_an_alert_could_not_be_delivered(tmp_path, site, monkeypatch):
    monkeypatch.chdir(tmp_path)
    toml = toml_for(tmp_path, site, extra='[channels.hook]\nkind = "webhook"\nurl = "http://127.0.0.1:9/h"\n')
    assert run_once(toml)[0] == 0  # the baseline: nothing to deliver
    site.revise("000", revised(seedformat.render(site.document("000"))))
    code, stderr = run_once(toml)
    assert code == 3, stderr
    site.fail("kq-wangtan", "500")
    assert run_once(toml)[0] == 1  # a failed source wins


@pytest.mark.parametrize("url", ["http://[::1/h", "http://127.0.0.1:99999/h", "https://:80/h"])
def test_a_bad_channel_url_is_one_error_line_naming_the_setting(tmp_path, site, monkeypatch, url):
    monkeypatch.chdir(tmp_path)
    code, stderr = run_once(toml_for(tmp_path, site, extra=f'[channels.hook]\nkind = "webhook"\nurl = "{url}"\n'))
    assert code == 2 and errors(stderr) == [
        f"Error: {tmp_path / 'monitor.toml'}: channels.hook.url: expected an http:// or https:// URL"], stderr
    assert not (tmp_path / "state").exists()  # nothing ran
