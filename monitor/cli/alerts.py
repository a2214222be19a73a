"""Alert channels from the command line: `notify test CHANNEL` and the sample alert it sends (docs/alerts.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from monitor.cli.common import config_option, fail, read_config
from monitor.errors import MonitorError
from monitor.models import Change, ChangeSet, Delta, Target, Version

if TYPE_CHECKING:
    from monitor.notify import Message


@click.group()
def notify() -> None:
    """Alert channels: send a sample alert."""


@notify.command(name="test")
@click.argument("channel")
@config_option
def notify_test(channel: str, config_file: str | None) -> None:
    """Send a sample change alert to CHANNEL now (not through the outbox).

    Example: monitor notify test mail
    """
    from monitor import notify as channels

    config = read_config(config_file, secrets=True)
    found = config.channels.get(channel)
    if found is None:
        fail(f"{config.label}: channels: no channel named {channel!r} (configured: {', '.join(config.channels) or 'none'})", 2)
    try:
        channels.send(found, sample_message(channel))
    except MonitorError as exc:
        fail(str(exc))
    click.echo(f"sent a sample alert to channel {channel} ({found.kind})")


# -- the sample alert (docs/alerts.md) ------------------------------------------------------


def sample_changeset() -> ChangeSet:
    """A realistic change set: 王坛镇's 2025 plan against its 2024 plan."""

    def t(indicator: str, value: float | None, unit: str, kind: str = "level", qualifier: str | None = None,
          lo: float | None = None, hi: float | None = None, year: str = "2025") -> Target:
        number = f"{value:g}" if value is not None else f"{lo:g}-{hi:g}"
        scale, base_unit = (1e4, "元") if unit == "万元" else (1, unit)
        base = [x * scale if x is not None else None for x in (value, lo, hi)]
        return Target(indicator, value, lo, hi, unit, kind, qualifier, year, f"{indicator}{number}{unit}{qualifier or ''}",
                      0, *base, base_unit)

    url = "https://www.kq.gov.cn/art/2025/3/20/art_1229443512_4200001.html"
    old = Version(url="https://www.kq.gov.cn/art/2024/3/26/art_1229443512_4142613.html", title="王坛镇2024年工作计划",
                  publisher="王坛镇", date="2024-03-26", plan_year=2024, id=1, document_id=1, seq=1)
    new = Version(url=url, title="王坛镇2025年工作计划", publisher="王坛镇", date="2025-03-20", plan_year=2025,
                  id=2, document_id=2, seq=1)
    changes = (
        Change("changed", "一般公共预算收入", "level", ("value",), t("一般公共预算收入", 5300, "万元", year="2024"),
               t("一般公共预算收入", 5000, "万元"), Delta(relative=-300 / 5300, direction="down")),
        Change("changed", "财政总收入", "growth", ("value",), t("财政总收入", 5, "%", "growth", year="2024"),
               t("财政总收入", 6, "%", "growth"), Delta(points=1, direction="up")),
        Change("changed", "应急救护培训", "count", ("value",), t("应急救护培训", 500, "人次", "count", "以上", year="2024"),
               t("应急救护培训", 600, "人次", "count", "以上"), Delta(relative=0.2, direction="up")),
        Change("added", "省级未来乡村", "count", (), None, t("省级未来乡村", 1, "个", "count")),
        Change("dropped", "“乐龄之家”", "count", (), t("“乐龄之家”", None, "个", "count", lo=4, hi=5, year="2024"), None),
    )
    return ChangeSet("plan", old, new, changes, detected_at="2025-03-21T07:31:02+00:00")


def sample_message(channel: str) -> Message:
    """The sample alert `monitor notify test` sends (marked as a test in its subject)."""
    from monitor.alerts import changes_message  # the renderers: this command only, not every `monitor` start
    from monitor.notify import Message
    from monitor.outbox import stamp, utcnow

    message = changes_message(sample_changeset(), "kq-wangtan", f"test-{channel}-{stamp(utcnow())}")
    data = dict(message.data, kind="test")
    return Message(key=message.key, kind="test", subject="[测试] " + message.subject, text=message.text,
                   markdown=message.markdown, html=message.html, data=data)
