"""The scheduler `monitor serve` runs: the jobs it builds, when they fire, and what one job does."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from apscheduler.triggers.interval import IntervalTrigger

from monitor import store
from monitor.config import ChannelConfig, Config, Schedule, default_config, load_config
from monitor.demo import revised
from monitor.schedule import DELIVER_JOB, build_scheduler, check_job_id
from monitor.serve import Jobs

SHANGHAI = ZoneInfo("Asia/Shanghai")


def noop(*args) -> None:
    """A job function for tests that only inspect the scheduler."""


def test_one_job_per_source_with_coalesce_one_instance_grace_and_jitter():
    config = default_config()
    scheduler = build_scheduler(config, noop, noop)
    jobs = {j.id: j for j in scheduler.get_jobs()}
    assert set(jobs) == {check_job_id(s.name) for s in config.sources}  # no channels: no delivery job
    for source in config.sources:
        job = jobs[check_job_id(source.name)]
        assert job.args == (source.name,)
        assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time == 3600
        assert job.trigger.jitter == 600
        assert str(job.trigger.timezone) == "Asia/Shanghai"
        fields = {f.name: str(f) for f in job.trigger.fields}
        assert (fields["minute"], fields["hour"]) == ("30", "7")


def test_hundreds_of_sources_due_at_once_are_all_checked_in_one_batch(monkeypatch, caplog):
    """A check job only queues its source: 300 jobs due at once with 5 s of grace are none of them missed
    (run one after another, 50 ms each, all but the first hundred would be) and are checked in one run."""
    import monitor.serve
    from monitor.runner import RunSummary
    from monitor.sources import Source

    runs: list[list[str]] = []

    def run_once(config, *, sources, **kwargs):
        runs.append(list(sources))
        return RunSummary([], None, ())

    monkeypatch.setattr(monitor.serve, "run_once", run_once)
    base = default_config()
    sources = tuple(Source(f"town{i:03d}", "jcms", f"http://www{i}.example.gov.cn/col/col1/index.html") for i in range(300))
    config = replace(base, sources=sources, schedule=replace(base.schedule, jitter=0, misfire_grace=5))
    jobs = Jobs(config, None, {}, threading.Event())
    scheduler = build_scheduler(config, jobs.check, jobs.deliver)
    scheduler.start(paused=True)  # all 300 made due before the scheduler looks: setting them is not what is timed
    try:
        now = datetime.now(SHANGHAI)
        for source in sources:
            scheduler.get_job(check_job_id(source.name)).modify(next_run_time=now)
        scheduler.resume()
        deadline = time.monotonic() + 20
        while len(jobs._due) < 300 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        scheduler.shutdown(wait=True)
    assert not [r for r in caplog.records if "missed" in r.getMessage()]
    jobs.run_due()
    assert runs == [[s.name for s in sources]]  # one run, every source once, in the order they came due
    assert jobs.run_due() == [] and len(runs) == 1  # nothing left queued


def test_sources_of_other_hosts_due_together_are_checked_at_once(tmp_path, monkeypatch):
    """Two sites (two hosts), the first source queued first: one of its pages is held until the second site
    has been asked for every page of its source. Checked one after the other, that never happens."""
    from urllib.parse import urlsplit

    import support.fakesite
    from support.fakesite import FakeGovSite

    from monitor.fetch import Fetcher

    hold, held_until_served, real_sleep = 7.0, [], time.sleep
    with FakeGovSite(fillers=1, slow_seconds=hold) as slow, FakeGovSite(fillers=1) as quick, \
            Fetcher(delay=0, retries=0, timeout=10, allow_private=True) as fetcher:
        wanted = {urlsplit(u).path for u in quick.page_urls("kq-wangtan")}

        def sleep(seconds: float) -> None:  # the slow site's "slow" page: held until the other site served all
            if seconds != hold:
                return real_sleep(seconds)
            until = time.monotonic() + hold
            while not wanted <= {h.path for h in quick.hits} and time.monotonic() < until:
                real_sleep(0.01)
            held_until_served.append(wanted <= {h.path for h in quick.hits})

        monkeypatch.setattr(support.fakesite.time, "sleep", sleep)
        (first,) = [s for s in slow.sources() if s.name == "kq-wangtan"]
        (second,) = [replace(s, name="quick-wangtan") for s in quick.sources() if s.name == "kq-wangtan"]
        slow.fail("000", "slow")
        config = Config(path=None, database=tmp_path / "monitor.db", sources=(first, second))
        jobs = Jobs(config, None, {}, threading.Event(), fetcher)
        jobs.check(first.name)
        jobs.check(second.name)
        reports = jobs.run_due()
    assert [(r.source, r.outcome) for r in reports] == [("kq-wangtan", "ok"), ("quick-wangtan", "ok")]
    assert held_until_served == [True]  # the second host was checked while the first waited


def test_the_dispatcher_checks_what_came_due_and_stops_when_told(monkeypatch):
    import monitor.serve
    from monitor.runner import RunSummary

    ran = threading.Event()
    runs: list[list[str]] = []

    def run_once(config, *, sources, **kwargs):
        runs.append(list(sources))
        ran.set()
        return RunSummary([], None, ())

    monkeypatch.setattr(monitor.serve, "run_once", run_once)
    stop = threading.Event()
    jobs = Jobs(default_config(), None, {}, stop)
    dispatcher = threading.Thread(target=jobs.dispatch, kwargs={"gather": 0})
    dispatcher.start()
    jobs.check("kq-wangtan")
    jobs.check("kq-wangtan")  # due twice before its batch: checked once
    assert ran.wait(10)
    stop.set()
    jobs.wake()
    dispatcher.join(10)
    assert not dispatcher.is_alive() and runs == [["kq-wangtan"]]


def test_next_runs_follow_the_cron_in_shanghai_time_without_waiting(tmp_path):
    path = tmp_path / "monitor.toml"
    path.write_text("""
[schedule]
cron = "30 7 * * *"
jitter = 0
[schedules.shangyu-zhangzhen]
cron = "0 9 * * 1-5"
""", encoding="utf-8")
    scheduler = build_scheduler(load_config(path), noop, noop)
    saturday_noon = datetime(2025, 3, 22, 12, 0, tzinfo=SHANGHAI)
    daily = scheduler.get_job(check_job_id("kq-wangtan")).trigger
    weekdays = scheduler.get_job(check_job_id("shangyu-zhangzhen")).trigger
    assert daily.get_next_fire_time(None, saturday_noon) == datetime(2025, 3, 23, 7, 30, tzinfo=SHANGHAI)
    # crontab 1-5 is Monday to Friday (APScheduler's own numbers would make it Tuesday to Saturday)
    assert weekdays.get_next_fire_time(None, saturday_noon) == datetime(2025, 3, 24, 9, 0, tzinfo=SHANGHAI)
    # 07:30 in Shanghai is 23:30 UTC the day before
    assert daily.get_next_fire_time(None, saturday_noon).astimezone(ZoneInfo("UTC")).hour == 23


def test_a_source_schedule_from_the_sources_list_is_used():
    config = default_config()
    source = replace(config.sources[0], schedule="15 6 * * *")
    config = replace(config, sources=(source,), schedules={source.name: Schedule(cron="15 6 * * *")})
    job = build_scheduler(config, noop, noop).get_job(check_job_id(source.name))
    fields = {f.name: str(f) for f in job.trigger.fields}
    assert (fields["minute"], fields["hour"]) == ("15", "6")


def test_the_delivery_job_runs_every_few_minutes_when_channels_exist():
    config = replace(default_config(), channels={"hook": ChannelConfig(name="hook", kind="webhook", url="http://127.0.0.1:9/")})
    job = build_scheduler(config, noop, noop).get_job(DELIVER_JOB)
    assert isinstance(job.trigger, IntervalTrigger) and job.trigger.interval.total_seconds() == 300
    assert job.coalesce is True and job.max_instances == 1


def test_a_scheduled_job_checks_its_source_and_delivers_the_alert(tmp_path, site, hook, fetcher):
    config = Config(
        path=None,
        database=tmp_path / "monitor.db",
        sources=tuple(s for s in site.sources() if s.name in ("kq-wangtan", "kq-jidong")),
        channels={"hook": ChannelConfig(name="hook", kind="webhook", url=hook.url)},
    )
    config = replace(config, alerts=replace(config.alerts, channels=("hook",), ops_channels=("hook",)))
    jobs = Jobs(config, None, {}, threading.Event(), fetcher)
    scheduler = build_scheduler(config, jobs.check, jobs.deliver)
    job = scheduler.get_job(check_job_id("kq-wangtan"))
    job.func(*job.args)  # what the scheduler calls at 07:30, called now: the source is queued
    jobs.run_due()  # the service's next batch
    from monitor import seedformat

    site.revise("000", revised(seedformat.render(site.document("000"))))
    job.func(*job.args)
    (report,) = jobs.run_due()
    assert (report.source, report.outcome, report.changed, report.alerts) == ("kq-wangtan", "ok", 1, 1)
    assert len(hook.received) == 1
    scheduler.get_job(DELIVER_JOB).func()
    assert len(hook.received) == 1
    db = store.open_db(tmp_path / "monitor.db")
    checked = [r[0] for r in db.execute("SELECT s.key FROM runs r JOIN sources s ON s.id = r.source_id")]
    assert checked == ["kq-wangtan", "kq-wangtan"]  # only the job's own source


def test_a_bug_met_by_a_job_is_one_log_line_and_the_service_goes_on(tmp_path, fetcher, caplog, monkeypatch):
    import monitor.serve

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(monitor.serve, "run_once", broken)  # a bug, as the service would meet one
    monkeypatch.setattr(monitor.serve, "deliver_alerts", broken)
    monkeypatch.delenv("MONITOR_TRACEBACK", raising=False)
    jobs = Jobs(replace(default_config(), database=tmp_path / "monitor.db"), None, {}, threading.Event(), fetcher)
    jobs.check("kq-wangtan")
    assert jobs.run_due() == [] and jobs.deliver() is None and jobs.running == 0
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert [r.getMessage() for r in errors] == [
        "kq-wangtan: check failed: unexpected ZeroDivisionError: division by zero "
        "(a bug in the monitor; MONITOR_TRACEBACK=1 logs where)",
        "alert delivery failed: unexpected ZeroDivisionError: division by zero "
        "(a bug in the monitor; MONITOR_TRACEBACK=1 logs where)",
    ]
    assert not any(r.exc_info for r in errors)  # no traceback in the service's log
