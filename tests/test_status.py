"""`monitor status`: overdue at every hour of the day (injected clock, Asia/Shanghai), never-run sources,
the ops threshold in the health check, and reads that never write (read-only database, typo in --db)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from monitor import status, store
from monitor.cli import cli
from monitor.config import Config, Schedule, load_config
from monitor.sources import Source

SHANGHAI = ZoneInfo("Asia/Shanghai")
SOURCE = Source("kq-wangtan", "kq", "http://127.0.0.1:9/col/col1/index.html")
DAILY = Schedule(cron="30 7 * * *", timezone="Asia/Shanghai", jitter=600, misfire_grace=3600)  # due 07:30, slack 80 min


def config_at(db_file: Path) -> Config:
    return Config(path=None, database=db_file, sources=(SOURCE,), schedule=DAILY)


def record_run(db_file: Path, started: datetime, outcome: str = "ok") -> None:
    """A finished check of SOURCE that started at `started`."""
    db = store.open_db(db_file)
    try:
        run = store.start_run(db, SOURCE.name, started_at=started.isoformat())
        store.finish_run(db, run, outcome=outcome, finished_at=(started + timedelta(minutes=1)).isoformat(),
                         error="HTTP 500" if outcome == "failed" else None)
    finally:
        db.close()


def created_at(db_file: Path, moment: datetime) -> None:
    """Date the database's creation (its migrations) at `moment`."""
    db = store.open_db(db_file)
    try:
        db.execute("UPDATE _sqlite_migrations SET applied_at = ?", [str(moment)])
    finally:
        db.close()


def half_hours(day: datetime) -> list[datetime]:
    """Every half hour of one day, 00:00 to 23:30, China time."""
    return [day + timedelta(minutes=30 * i) for i in range(48)]


DAY = datetime(2026, 3, 11, tzinfo=SHANGHAI)


def overdue_at(config: Config, now: datetime) -> bool:
    return status.collect(config, now=now)["sources"][0]["overdue"]


def test_a_source_checked_every_morning_is_never_overdue_at_any_hour(tmp_path):
    for now in half_hours(DAY):
        db_file = tmp_path / now.strftime("%H%M") / "monitor.db"
        today = DAY + timedelta(hours=7, minutes=35)  # the 07:30 check, started 5 min late (jitter)
        record_run(db_file, today if now >= today else today - timedelta(days=1))
        assert not overdue_at(config_at(db_file), now), now


def test_a_missed_morning_check_is_overdue_from_0850_china_time_at_every_hour(tmp_path):
    db_file = tmp_path / "monitor.db"
    config = config_at(db_file)
    record_run(db_file, DAY - timedelta(days=1) + timedelta(hours=7, minutes=35))  # yesterday's; today's never came
    got = {now.strftime("%H:%M"): overdue_at(config, now) for now in half_hours(DAY)}
    assert got == {t: t >= "09:00" for t in got}  # 07:30 + 10 min jitter + 1 h grace + 10 min margin = 08:50


def test_a_scheduler_dead_for_days_is_overdue_at_every_hour_including_the_morning_grace(tmp_path):
    db_file = tmp_path / "monitor.db"
    config = config_at(db_file)
    record_run(db_file, DAY - timedelta(days=2) + timedelta(hours=7, minutes=35))  # yesterday's check never came
    got = {now.strftime("%H:%M"): overdue_at(config, now) for now in half_hours(DAY)}
    assert got == {t: True for t in got}  # today's grace (07:30-08:50) does not hide yesterday's miss


def test_a_source_that_never_ran_is_overdue_once_its_first_due_time_has_passed(tmp_path):
    db_file = tmp_path / "monitor.db"
    config = config_at(db_file)
    created_at(db_file, DAY + timedelta(hours=6))  # the service started at 06:00 and never checked the source
    got = {now.strftime("%H:%M"): overdue_at(config, now) for now in half_hours(DAY)[12:]}
    assert got == {t: t >= "09:00" for t in got}
    assert not overdue_at(config, DAY + timedelta(hours=6, minutes=30))


def test_the_health_check_fails_when_a_source_is_overdue_or_reached_the_error_threshold(tmp_path):
    db_file = tmp_path / "monitor.db"
    toml = tmp_path / "monitor.toml"
    toml.write_text(f'database = "{db_file}"\n[schedule]\ncron = "30 7 * * *"\n'
                    f'[[sources]]\nname = "{SOURCE.name}"\nscraper = "kq"\nurl = "{SOURCE.url}"\n', encoding="utf-8")
    now = datetime.now(SHANGHAI)
    record_run(db_file, now - timedelta(minutes=3))
    assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0
    for minutes in (2, 1, 0):
        record_run(db_file, now - timedelta(minutes=minutes), outcome="failed")
    result = CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: failing (the error alert threshold is reached): kq-wangtan"
    data = status.collect(replace(config_at(db_file), schedule=DAILY), now=now + timedelta(days=2))
    assert data["sources"][0]["overdue"] and data["sources"][0]["failing"]


# -- reads never write --------------------------------------------------------------------


@contextlib.contextmanager
def read_only(directory: Path):
    """The directory and its files read-only: chmod a-w, or (as root, who ignores modes) a read-only bind mount."""
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [directory, *directory.iterdir()]}
        for p in modes:
            p.chmod(modes[p] & ~0o222)
        try:
            yield
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        return
    mounted = subprocess.run(["mount", "--bind", str(directory), str(directory)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("running as root without mount: cannot make a directory read-only")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(directory)], check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", "--lazy", str(directory)], check=True)  # even if a test left a file open


def test_status_history_and_report_read_a_read_only_copy_and_write_nothing(tmp_path):
    db_file = tmp_path / "live" / "monitor.db"
    record_run(db_file, DAY)
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(db_file, copy / "monitor.db")
    before = sorted(p.name for p in copy.iterdir())
    with read_only(copy):
        db = str(copy / "monitor.db")
        for args in (["status", "--db", db], ["history", "王坛镇", "--db", db], ["report", "--db", db]):
            result = CliRunner().invoke(cli, args)
            assert "Traceback" not in result.output and "cannot write" not in result.output, (args, result.output)
            assert result.exit_code in (0, 1) and (result.exit_code == 0 or "no document stored" in result.stderr), \
                (args, result.output)
        assert CliRunner().invoke(cli, ["status", "--db", db]).exit_code == 0
    assert sorted(p.name for p in copy.iterdir()) == before


def _toml(tmp_path: Path, db_file: Path) -> Path:
    toml = tmp_path / "monitor.toml"
    toml.write_text(f'database = "{db_file}"\n[schedule]\ncron = "30 7 * * *"\n'
                    f'[[sources]]\nname = "{SOURCE.name}"\nscraper = "kq"\nurl = "{SOURCE.url}"\n', encoding="utf-8")
    return toml


def test_the_health_check_fails_while_the_store_is_read_only_though_every_source_looks_fine(tmp_path):
    """A run cannot record that it failed in a store it cannot write: the health check looks at the store itself."""
    db_file = tmp_path / "live" / "monitor.db"
    toml = _toml(tmp_path, db_file)
    record_run(db_file, datetime.now(SHANGHAI) - timedelta(minutes=3))
    assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0
    with read_only(db_file.parent):
        result = CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)])
        assert result.exit_code == 1
        assert result.stderr == f"Error: store: {db_file} is read-only: runs cannot store versions or queue alerts\n"
        assert f"store: {db_file} is read-only" in result.stdout  # the table says it too
    assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0


def test_the_health_check_fails_before_the_disk_of_the_store_is_full(tmp_path):
    """Under FREE_FLOOR free the next run may stop half-way with "disk is full": red before that happens."""
    if os.geteuid() != 0:
        pytest.skip("a small disk (tmpfs) needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs")
    try:
        db_file = disk / "monitor.db"
        toml = _toml(tmp_path, db_file)
        record_run(db_file, datetime.now(SHANGHAI) - timedelta(minutes=3))
        assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0
        free = shutil.disk_usage(disk).free
        (disk / "filler").write_bytes(b"\0" * (free - 10 * 2**20))  # another program fills the disk
        result = CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)])
        assert result.exit_code == 1
        assert result.stderr.startswith("Error: store: only ") and f"MB free on the disk of {db_file}" in result.stderr
        (disk / "filler").unlink()
        assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


@pytest.mark.parametrize("command", [["status"], ["history", "王坛镇"], ["report"]])
def test_a_typo_in_db_is_an_error_and_creates_nothing(tmp_path, command):
    wrong = tmp_path / "stat" / "monitr.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(wrong)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {wrong}: no database yet (check --db / $MONITOR_DB; `monitor run --once` creates it)\n"
    assert list(tmp_path.iterdir()) == []


def test_reads_of_an_older_database_add_no_migration(tmp_path):
    db_file = tmp_path / "monitor.db"
    record_run(db_file, DAY)
    db = store.open_db(db_file)
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [store.KNOWN_MIGRATIONS[-1]])
    db.close()
    schema = _schema(db_file)
    result = CliRunner().invoke(cli, ["status", "--db", str(db_file)])
    assert result.exit_code == 1 and "older than this program: `monitor run --once` upgrades it" in result.stderr
    assert _schema(db_file) == schema


def _schema(db_file: Path) -> str:
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)) as c:
        return "\n".join(r[0] or "" for r in c.execute("SELECT sql FROM sqlite_master ORDER BY name"))


def test_a_source_added_later_counts_its_due_times_from_when_serve_registered_it(tmp_path):
    db_file = tmp_path / "monitor.db"
    config = config_at(db_file)
    created_at(db_file, DAY - timedelta(days=90))  # the database is old; the source was added to monitor.toml today
    db = store.open_db(db_file)
    store.ensure_source(db, SOURCE.name, url=SOURCE.url)  # as `serve` does at start
    db.execute("UPDATE sources SET created_at = ?", [(DAY + timedelta(hours=6)).isoformat()])
    db.close()
    assert not overdue_at(config, DAY + timedelta(hours=8))  # its first 07:30 is still within the grace
    assert overdue_at(config, DAY + timedelta(hours=9))  # and that check never came


def test_a_source_waiting_its_turn_in_a_long_run_in_progress_is_not_overdue(tmp_path):
    """A national batch (hosts in parallel, a host's sources in turn) may start a 07:30 source at 09:30: while
    the run holding the lock keeps starting sources, the waiting one is not overdue; a run stuck for an hour is."""
    from monitor.lock import RunLock

    db_file = tmp_path / "monitor.db"
    config = config_at(db_file)
    record_run(db_file, DAY - timedelta(days=1) + timedelta(hours=7, minutes=35))  # yesterday's check
    db = store.open_db(db_file)
    try:
        store.start_run(db, "other-town", started_at=(DAY + timedelta(hours=9, minutes=25)).isoformat())
    finally:
        db.close()
    at_0930 = DAY + timedelta(hours=9, minutes=30)
    assert overdue_at(config, at_0930)  # no process holds the run lock: that run died, the check was missed
    held = RunLock(db_file)
    held.acquire()
    try:
        assert not overdue_at(config, at_0930)  # the batch started a source 5 minutes ago: ours waits its turn
        assert overdue_at(config, DAY + timedelta(hours=10, minutes=40))  # nothing started for 75 minutes: stuck
    finally:
        held.release()


def _with_hook(tmp_path: Path, db_file: Path, url: str, threshold: int, now: datetime) -> tuple[Path, Config]:
    """The sources file with a webhook channel at url and an alert for it queued at `now`: (toml, its config)."""
    from monitor import outbox
    from monitor.cli.alerts import sample_changeset

    toml = _toml(tmp_path, db_file)
    toml.write_text(toml.read_text(encoding="utf-8") + f'[channels.hook]\nkind = "webhook"\nurl = "{url}"\n'
                    f'[alerts]\nerror_threshold = {threshold}\n', encoding="utf-8")
    cfg = load_config(str(toml))
    db = store.open_db(db_file)
    outbox.enqueue_changes(db, cfg, SOURCE.name, [sample_changeset()], now=now)
    db.close()
    return toml, cfg


def _deliver(db_file: Path, cfg: Config, moment: datetime) -> None:
    """One delivery pass at `moment`, as a run or serve makes it."""
    from monitor import outbox

    db = store.open_db(db_file)
    outbox.deliver(db, cfg, now=lambda: moment, env={})
    db.close()


def test_the_health_check_fails_while_a_channel_keeps_refusing_alerts_and_recovers_when_they_go_out(tmp_path):
    """Every source checked and green, but the robot answers 503: no one is told, so the health check says so."""
    from support.receivers import WebhookReceiver

    db_file = tmp_path / "monitor.db"
    now = datetime.now(SHANGHAI)
    record_run(db_file, now - timedelta(minutes=3))
    with WebhookReceiver(statuses=[503, 503, 503]) as hook:
        toml, cfg = _with_hook(tmp_path, db_file, hook.url, 3, now)
        states = []
        for hour in range(4):  # a delivery pass per run of a daily cron, the fourth after the robot is back
            _deliver(db_file, cfg, now + timedelta(hours=hour))
            states.append(CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code)
    assert states == [0, 0, 1, 0] and len(hook.received) == 1
    db = store.open_db(db_file)
    outbox_rows = list(db.query("SELECT status, attempts FROM outbox"))
    db.close()
    assert outbox_rows == [{"status": "sent", "attempts": 4}]


def test_status_names_the_failing_channel_its_waiting_alerts_and_its_last_error(tmp_path):
    from support.receivers import WebhookReceiver

    db_file = tmp_path / "monitor.db"
    now = datetime.now(SHANGHAI)
    with WebhookReceiver(statuses=[503] * 9) as hook:
        toml, cfg = _with_hook(tmp_path, db_file, hook.url, 2, now)
        for hour in (0, 5):
            _deliver(db_file, cfg, now + timedelta(hours=hour))
        text = CliRunner().invoke(cli, ["status", "--config", str(toml)]).stdout
    assert re.search(r"channel hook is failing: 1 alerts waiting since \S+, 2 attempts; last error: .*503", text), text
    toml.write_text(toml.read_text(encoding="utf-8").split("[channels.hook]")[0], encoding="utf-8")  # taken out
    assert CliRunner().invoke(cli, ["status", "--check", "--config", str(toml)]).exit_code == 0  # not down: gone


# -- a column nobody fills any more ---------------------------------------------------------


@pytest.mark.parametrize(("newest", "days_later", "quiet_after", "quiet"), [
    ("2024-03-26", 365, 365 * 86400, False),  # a year to the day: a township may publish its plan once a year
    ("2024-03-26", 366, 365 * 86400, True),
    ("2024-03-26", 30, 7 * 86400, True),
    ("2024-03-26", 3000, 0, False),  # 0: never
    (None, 3000, 365 * 86400, False),  # nothing stored yet: the run's outcome says what is wrong
    ("2024年3月", 3000, 365 * 86400, False),  # a date in no form the reader knew: nothing claimed
])
def test_a_source_is_quiet_when_its_newest_document_is_older_than_quiet_after(newest, days_later, quiet_after, quiet):
    now = datetime(2024, 3, 26, 9, tzinfo=SHANGHAI) + timedelta(days=days_later)
    assert status.is_quiet(newest, now, quiet_after) is quiet


def test_status_names_a_source_whose_newest_document_is_more_than_a_year_old(tmp_path):
    # a county that moved its disclosures to a provincial platform leaves the old column up, unchanged: every check
    # is fine and finds nothing new, for ever
    from conftest import SEEDS

    from monitor import pipeline, seedformat, tables

    db_file = tmp_path / "monitor.db"
    db = store.open_db(db_file)
    for n, path in enumerate(SEEDS[:2]):  # 王坛镇's plans, dated 2024-03-26
        doc = replace(seedformat.parse_file(path), url=f"http://127.0.0.1:9/art/{n}.html")
        pipeline.ingest(db, doc, source=SOURCE.name)
    db.close()
    record_run(db_file, datetime(2025, 3, 1, 7, 31, tzinfo=SHANGHAI))
    spring = status.collect(config_at(db_file), now=datetime(2025, 3, 1, 8, tzinfo=SHANGHAI))["sources"][0]
    assert (spring["newest_document"], spring["quiet"]) == ("2024-03-26", False)
    record_run(db_file, datetime(2025, 6, 1, 7, 31, tzinfo=SHANGHAI))
    data = status.collect(config_at(db_file), now=datetime(2025, 6, 1, 8, tzinfo=SHANGHAI))
    assert data["sources"][0]["quiet"] and not data["sources"][0]["overdue"]
    shown = tables.status_text(data).splitlines()
    assert shown[1].startswith(f"{SOURCE.name} (quiet)")
    assert (f"  {SOURCE.name}: quiet: nothing new or revised since 2024-03-26; is the column still where the site "
            "publishes? (alerts.quiet_after)") in shown
    db = store.open_db(db_file)  # the site revises its plan: the column is alive, though it lists nothing new
    plan = replace(seedformat.parse_file(SEEDS[0]), url="http://127.0.0.1:9/art/0.html")
    revised = replace(plan, paragraphs=(*plan.paragraphs, "新建村道3公里。"))
    pipeline.ingest(db, revised, source=SOURCE.name, fetched_at="2025-05-30T01:00:00+00:00")
    db.close()
    alive = status.collect(config_at(db_file), now=datetime(2025, 6, 1, 8, tzinfo=SHANGHAI))["sources"][0]
    assert (alive["newest_document"], alive["quiet"]) == ("2025-05-30", False)
    toml = tmp_path / "monitor.toml"
    toml.write_text(f'database = "{db_file}"\n[[sources]]\nname = "{SOURCE.name}"\nscraper = "kq"\nurl = "{SOURCE.url}"\n'
                    '[alerts]\nquiet_after = "800d"\n', encoding="utf-8")
    assert not status.collect(load_config(toml), now=datetime(2027, 6, 1, 8, tzinfo=SHANGHAI))["sources"][0]["quiet"]


@pytest.mark.parametrize("cron", ["30 7 * * *", "*/15 * * * *", "0 8 * * 1-5", "59 23 * * *", "0 0 1 * *"])
def test_the_first_due_time_is_the_schedules_own_at_every_second_of_a_minute(cron):
    # first_due answers from its minute (a crontab fires on whole minutes): the same as asking the trigger itself
    from monitor.schedule import cron_trigger

    trigger = cron_trigger(cron, "Asia/Shanghai")
    for start in (datetime(2026, 3, 11, 7, 29, tzinfo=SHANGHAI), datetime(2026, 3, 11, 23, 58, tzinfo=SHANGHAI),
                  datetime(2026, 2, 28, 23, 59, tzinfo=SHANGHAI), datetime(2026, 3, 6, 7, 59, tzinfo=SHANGHAI)):
        for offset in [*range(0, 121), 59.5, 119.999]:
            after = start + timedelta(seconds=offset)
            assert status.first_due(cron, "Asia/Shanghai", after) == trigger.get_next_fire_time(
                None, after + timedelta(seconds=1)), (cron, after)
