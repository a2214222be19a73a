"""`monitor demo`: the offline tour a new user runs first; no network, no configuration, under a minute."""

from __future__ import annotations

import os
import subprocess
import sys
import time


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
