"""`monitor serve`'s scheduler: APScheduler 3.x, one cron job per source plus the outbox delivery job.

Jobs run one at a time (a single worker thread); a check job only queues its source for the
service's next batch (monitor/serve.py), which checks hosts in parallel, so a job never waits
behind a long check and misses its grace time. Each job has
`coalesce=True` (a backlog of missed runs becomes one run), `max_instances=1` and the source's
misfire grace time; cron jobs have the source's jitter. Jobs live in memory and are rebuilt
from the configuration at every start, so no job store is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import Config, parse_cron

DELIVER_JOB = "deliver"


def check_job_id(source: str) -> str:
    """The job id of one source's check."""
    return f"check:{source}"


def cron_trigger(cron: str, timezone: str, jitter: int = 0) -> CronTrigger:
    """A CronTrigger with crontab meaning (0/7 = Sunday), in timezone, with jitter seconds."""
    return CronTrigger(**parse_cron(cron), timezone=ZoneInfo(timezone), jitter=jitter or None)


def build_scheduler(config: Config, check: Callable[[str], object], deliver: Callable[[], object]) -> BackgroundScheduler:
    """A (not yet started) scheduler: check(source_name) per source on its cron, deliver() every few minutes."""
    scheduler = BackgroundScheduler(
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        timezone=ZoneInfo(config.schedule.timezone),
    )
    for source in config.sources:
        when = config.schedule_for(source.name)
        scheduler.add_job(
            check,
            cron_trigger(when.cron, when.timezone, when.jitter),
            args=[source.name],
            id=check_job_id(source.name),
            name=f"check {source.name}",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=when.misfire_grace,
        )
    if config.channels:
        scheduler.add_job(
            deliver,
            IntervalTrigger(seconds=config.alerts.deliver_every, timezone=ZoneInfo(config.schedule.timezone)),
            id=DELIVER_JOB,
            name="deliver waiting alerts",
            coalesce=True,
            max_instances=1,
            misfire_grace_time=config.alerts.deliver_every,
        )
    return scheduler
