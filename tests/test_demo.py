"""`monitor demo`: the offline tour a new user runs first; no network, no configuration, under a minute."""

from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
import sys
import time
import zipfile

import pytest
from conftest import ROOT


def test_demo_shows_the_email_and_the_signed_webhook_that_arrived(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    started = time.monotonic()
    result = subprocess.run([os.path.join(os.path.dirname(sys.executable), "monitor"), "demo"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert took < 60
    out = result.stdout
    # the steps, in order
    steps = ["== 1.", "== 2. First check", "== 3.", "== 4. Second check", "== 5. The e-mail", "== 6. The webhook", "== 7."]
    positions = [out.index(step) for step in steps]
    assert positions == sorted(positions)
    # the e-mail that arrived
    assert "Subject: 【目标变化】王坛镇2024年工作计划: 3项调整" in out
    assert "Parts: text/plain, text/html" in out
    assert "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)" in out
    # the webhook call that arrived, its signature checked with the shared secret
    assert "signature verified with the shared secret" in out
    assert '"schema": "gov-plan-monitor/alert/v1"' in out
    assert "changed  区级和美乡村 5个 → 6个 (+20.0%, 上调)" in out
    assert "alerts: 2 sent, 0 failed, 0 expired, 0 waiting" in out
    assert not any(tmp_path.iterdir())  # nothing written where it was started: its own temporary directory, removed


def test_demo_keep_leaves_the_database_for_a_look(tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli

    result = CliRunner().invoke(cli, ["demo", "--keep", str(tmp_path / "tour")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "tour" / "state" / "monitor.db").is_file()
    status = CliRunner().invoke(cli, ["history", "王坛镇", "--db", str(tmp_path / "tour" / "state" / "monitor.db")])
    assert status.exit_code == 0 and "王坛镇2024年工作计划" in status.output


def test_the_shipped_demo_site_is_what_the_fake_site_serves_today():
    from support.demosite import SHIPPED, dumps, record

    assert SHIPPED.read_text(encoding="utf-8") == dumps(record()), (
        "monitor/demo_site.json is out of date: run `cd tests && python -m support.demosite`")


@pytest.mark.slow
def test_a_plain_install_of_the_wheel_runs_the_demo_from_any_directory(tmp_path):
    """Build the wheel from a copy of the checkout, delete the copy, install into a fresh venv, run the demo elsewhere.

    Offline: the wheel is built with this environment's setuptools, and the fresh venv borrows this environment's
    installed dependencies through a path entry (not its editable install of the project), so no test reaches
    a package index.
    """
    src, wheels, venv, elsewhere = (tmp_path / d for d in ("src", "wheels", "venv", "elsewhere"))
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", ".git", "state", "build", "dist", "*.egg-info",
                                                             "__pycache__", ".pytest_cache", ".hypothesis"))
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(wheels), str(src)])
    shutil.rmtree(src)  # nothing of the checkout is left to find
    [wheel] = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "monitor/demo_site.json" in names and "monitor/sources.toml" in names
    assert not [n for n in names if "fakesite" in n or n.startswith(("tests/", "support/", "seeds/"))]
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])  # this pip installs into it (--python): 4 s less
    run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-index",
         "--no-deps", str(wheel)])
    [site_dir] = venv.glob("lib/python*/site-packages")
    (site_dir / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    imported = subprocess.run([str(venv / "bin" / "python"), "-c", "import monitor; print(monitor.__file__)"],
                              capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert imported.stdout.startswith(str(site_dir)), imported.stdout + imported.stderr
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MONITOR_", "PYTHON"))}
    result = subprocess.run([str(venv / "bin" / "monitor"), "demo"], capture_output=True, text=True, cwd=elsewhere,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Subject: 【目标变化】王坛镇2024年工作计划: 3项调整" in result.stdout
    assert "alerts: 2 sent, 0 failed, 0 expired, 0 waiting" in result.stdout
    assert not any(elsewhere.iterdir())


def run(command: list[str]) -> None:
    """Run a build or install step; its output in the failure message."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout}{done.stderr}"


def test_the_webhook_receiver_says_nothing_when_a_sender_hangs_up_before_its_answer(capfd):
    """A monitor stopped or killed mid-delivery leaves the demo's receiver quiet: no traceback on its console."""
    import socket
    import time

    from monitor.demo import WebhookSink

    with WebhookSink() as sink:
        host, port = sink.address.split(":")
        for _ in range(20):
            with socket.create_connection((host, int(port))) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close
                sock.sendall(b"POST /hook HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        deadline = time.monotonic() + 10
        while sink.attempts < 20 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert sink.attempts == 20
    assert "Traceback" not in capfd.readouterr().err
