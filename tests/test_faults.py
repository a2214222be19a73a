"""Faults found by the fault-injection campaign (tests/support/faults.py), each reproduced with real
parts: the fake site, a real SMTP server and webhook receiver, a real SQLite file, a real
`monitor run --once` process and SIGKILL at a counted point (a message accepted, a commit)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest
from support.faults import WAIT, FaultyHook, FaultySMTP, KillingSite, Target, World, check, clean_env, disarm, lock_db, run

from monitor import seedformat
from monitor.demo import revised

pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills with SIGKILL"),
              pytest.mark.slow]  # real runs started and killed


@pytest.fixture
def world(tmp_path):
    """The fake site (two sources), a real SMTP server and webhook receiver, and the run's target."""
    target = Target()
    smtp = FaultySMTP(target).start()
    try:
        with KillingSite(target, fillers=3) as site, FaultyHook(target=target) as hook:
            yield World(tmp_path, target, site, smtp, hook)
    finally:
        smtp.stop()


def revise_wangtan(world: World) -> None:
    world.site.revise("000", revised(seedformat.render(world.site.document("000"))))


def test_a_run_killed_after_the_mail_server_accepted_an_alert_repeats_it_with_the_same_message_id(world):
    assert run(world, "none").code == 0  # the baseline
    revise_wangtan(world)
    world.smtp.inbox.plan = ["kill-after"]  # accepted, then the sender dies before marking it sent
    killed = run(world, "smtp-kill-after")
    assert (killed.code, killed.killed_by) == (-9, "smtp after accepting")
    again = run(world, "none")
    assert again.code == 0, again.stderr
    first, repeat = world.smtp.messages  # at least once: the one repeat a crash in that instant can cause ...
    assert first["Message-ID"] == repeat["Message-ID"]  # ... is recognisable: the same Message-ID
    assert len(world.hook.received) == 1  # the other channel's alert went once
    assert run(world, "none").code == 0 and len(world.smtp.messages) == 2  # and never again
    world.duplicates_allowed.add(str(first["Message-ID"]))
    assert check(world) == []


def test_a_run_killed_after_the_webhook_accepted_an_alert_repeats_it_with_the_same_idempotency_key(world):
    assert run(world, "none").code == 0
    revise_wangtan(world)
    world.hook.plan = ["kill-after"]
    assert run(world, "hook-kill-after").killed_by == "webhook after accepting"
    assert run(world, "none").code == 0
    keys = [r.headers["X-Monitor-Idempotency-Key"] for r in world.hook.received]
    assert len(keys) == 2 and keys[0] == keys[1]
    world.duplicates_allowed.add(keys[0])
    assert check(world) == []


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("commits", [3, 6, 9, 12])
def test_a_run_killed_at_any_commit_loses_no_version_and_no_alert(world, commits, when):
    assert run(world, "none").code == 0
    revise_wangtan(world)
    killed = run(world, "kill-commit", commits=commits, when=when)
    assert killed.code in (-9, 0), killed.stderr
    assert run(world, "none").code == 0
    assert len(world.smtp.messages) == 1 and len(world.hook.received) == 1
    assert check(world) == []
    with sqlite3.connect(world.db) as c:
        assert c.execute("SELECT count(*) FROM outbox WHERE status != 'sent'").fetchone() == (0,)


def test_a_database_locked_mid_crawl_fails_the_sources_in_one_line_each_and_prints_the_summary(world):
    assert run(world, "none").code == 0
    last = world.site.paths("kq-wangtan")[-1]  # stored after the 304s of the pages listed before it
    doc = world.site.document(last)
    world.site.revise(last, seedformat.render(replace(doc, url=None, paragraphs=(*doc.paragraphs, "修订：完成投资2亿元。"))))
    world.site.on_request = (last, lambda: lock_db(world))  # another process takes the write lock
    try:
        locked = run(world, "db-locked-mid")
    finally:
        disarm(world, "db-locked-mid")
    assert "Traceback" not in locked.stderr  # the 304s' last write failing too is the source's error, not a traceback
    assert locked.code == 1, locked.stderr  # sources failed: not "the run did not start"
    summary = json.loads(locked.stdout)
    assert all(s["outcome"] == "failed" and "database is locked" in s["errors"][0] for s in summary["sources"])
    again = run(world, "none")
    assert again.code == 0, again.stderr
    assert check(world) == []


def test_a_database_that_cannot_record_a_delivery_says_so_in_the_summary_and_exits_3(world):
    assert run(world, "none").code == 0
    revise_wangtan(world)
    world.smtp.inbox.plan, world.smtp.inbox.act = ["act-after"], lambda: lock_db(world)  # accepted, then locked
    try:
        stuck = run(world, "smtp-then-db-locked")
    finally:
        disarm(world, "smtp-then-db-locked")
    assert stuck.code == 3, stuck.stderr  # the sources were checked; an alert is not recorded as delivered
    summary = json.loads(stuck.stdout)
    assert [s["outcome"] for s in summary["sources"]] == ["ok", "ok"] and summary["sources"][0]["changed"] == 1
    assert "database is locked" in summary["alerts"]["errors"][0]
    assert run(world, "none").code == 0
    assert run(world, "none").code == 0
    mail_ids = {str(m["Message-ID"]) for m in world.smtp.messages}
    assert len(mail_ids) == 1 and len(world.smtp.messages) <= 2  # at most the one repeat, recognisable
    world.duplicates_allowed |= mail_ids
    assert check(world) == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_stops_a_run_at_once_records_it_interrupted_and_prints_the_summary(world, sig):
    assert run(world, "none").code == 0
    revise_wangtan(world)
    first = world.site.paths("kq-wangtan")[0]
    world.site.on_request = (first, lambda: world.target.kill("signal", sig))  # as its first page is asked for
    stopped = run(world, "int-request")
    asked = [h.path for h in world.site.hits]
    after = asked[len(asked) - asked[::-1].index(first):]  # requests after the signal
    assert stopped.code == 1, stopped.stderr  # checked only in part, not killed, not "Aborted!"
    assert "Traceback" not in stopped.stderr and "Aborted" not in stopped.stderr
    summary = json.loads(stopped.stdout)
    assert [s["outcome"] for s in summary["sources"]] == ["interrupted", "interrupted"]
    wangtan = summary["sources"][0]
    assert wangtan["failed"] == 0 and not any("not fetched" in e for e in wangtan["errors"]), wangtan  # none failed
    assert wangtan["errors"][-1].endswith("pages not asked for, the monitor is stopping (the next run asks for them)")
    assert len(after) <= 4, after  # the requests already in flight at most; the other source never started
    assert world.smtp.messages == []  # a stopping run does not deliver: the next one does
    assert run(world, "none").code == 0
    assert len(world.smtp.messages) == 1 and check(world) == []


@pytest.mark.parametrize("commits", [1, 2, 4])
def test_a_first_run_killed_while_it_makes_the_store_is_finished_by_the_next(world, commits):
    killed = run(world, "kill-commit", commits=commits, when="before")  # the migrations commit one by one
    assert killed.code == -9
    status = subprocess.run([sys.executable, "-m", "monitor", "status", "--config", str(world.dir / "monitor.toml")],
                            env=clean_env(), cwd=world.dir, capture_output=True, text=True, timeout=WAIT)
    assert status.returncode == 1 and status.stderr.count("\n") == 1  # one line: what to do, not "not a monitor database"
    assert "`monitor run --once`" in status.stderr and "not a monitor database" not in status.stderr, status.stderr
    again = run(world, "none")
    assert again.code == 0 and "Traceback" not in again.stderr, again.stderr
    assert all(s["baseline"] for s in json.loads(again.stdout)["sources"])
    assert run(world, "none").code == 0 and check(world) == []
