"""monitor.toml: the documented example loads, every problem is reported at once, secrets stay out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, write_toml

from monitor.cli import cli
from monitor.config import (
    AlertPolicy,
    Schedule,
    config_path,
    default_config,
    load_config,
    missing_secrets,
    parse_cron,
    parse_duration,
)
from monitor.errors import ConfigError
from monitor.sources import DEFAULT_SOURCES


def documented_example() -> str:
    """The complete example in docs/configuration.md (the first ```toml block)."""
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    return re.search(r"```toml\n(.*?)```", doc, re.S).group(1)


def test_the_documented_example_loads_with_every_section(tmp_path):
    config = load_config(write_toml(tmp_path, documented_example()))
    assert {c.kind for c in config.channels.values()} == {"email", "webhook", "dingtalk", "wecom", "feishu"}
    assert config.schedule.timezone == "Asia/Shanghai"
    assert config.alerts.error_threshold == 3
    assert (config.alerts.flipflop_changes, config.alerts.flipflop_within) == (3, 7 * 86400)
    assert config.alerts.ops_channels and set(config.alerts.ops_channels).isdisjoint(config.alerts.channels)
    assert config.sources
    assert config.database == tmp_path / "state" / "monitor.db"
    for source in config.sources:
        parse_cron(config.schedule_for(source.name).cron)
    assert missing_secrets(config, env={}) and not missing_secrets(
        config, env={var: "x" for c in config.channels.values() for _, var in c.secret_vars()})


def test_no_file_means_the_embedded_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert config_path(None, env={}) is None
    config = load_config(None)
    assert config == default_config()
    assert [s.name for s in config.sources] == [s.name for s in DEFAULT_SOURCES]
    assert config.database is None and config.channels == {}
    assert config.schedule == Schedule(cron="30 7 * * *", timezone="Asia/Shanghai")
    assert config.alerts == AlertPolicy()


def test_config_file_is_found_by_option_then_environment_then_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert config_path("a.toml", env={"MONITOR_CONFIG": "b.toml"}) == Path("a.toml")
    assert config_path(None, env={"MONITOR_CONFIG": "b.toml"}) == Path("b.toml")
    (tmp_path / "monitor.toml").write_text("")
    assert config_path(None, env={}) == Path("monitor.toml")


def test_every_problem_is_reported_once_with_file_and_key(tmp_path):
    path = write_toml(tmp_path, """
        databse = "x.db"

        [schedule]
        cron = "61 7 * * *"
        timezone = "Mars/Olympus"
        jitter = "soon"

        [channels.mail]
        kind = "email"
        host = "smtp.example.org"
        password = "hunter2-in-the-file"
        to = ["nobody"]

        [channels.ding]
        kind = "dingtalk"
        url = "https://oapi.dingtalk.com/robot/send?access_token=abcdef"

        [channels.pager]
        kind = "pager"

        [alerts]
        channels = ["mail", "nowhere"]
        error_threshold = 0
        flipflop_changes = 0
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    lines = str(err.value).splitlines()
    f = str(path)
    assert lines == [
        f"{f}: databse: unknown key (expected one of: alerts, channels, database, fetch, schedule, schedules, site, sources)",
        f"{f}: schedule.cron: minute '61' is not in 0-59",
        f"{f}: schedule.timezone: unknown time zone 'Mars/Olympus' (for example \"Asia/Shanghai\")",
        f"{f}: schedule.jitter: expected seconds or a duration such as \"10m\", \"6h\", \"3d\"; got 'soon'",
        f"{f}: channels.mail.password: secrets are not read from the file; set an environment variable and name it with password_env",
        f"{f}: channels.mail.sender: missing",
        f"{f}: channels.mail.to: expected a list of e-mail addresses",
        f"{f}: channels.ding.url: a robot URL carries its token: put it in an environment variable and name it with url_env",
        f"{f}: channels.pager.kind: expected one of email, webhook, dingtalk, wecom, feishu; got 'pager'",
        f"{f}: alerts.channels: no channel named 'nowhere' (configured: mail, ding)",
        f"{f}: alerts.error_threshold: expected 1 or more",
        f"{f}: alerts.flipflop_changes: expected 1 or more",
    ]
    assert "hunter2" not in str(err.value) and "abcdef" not in str(err.value)


def test_an_env_key_holding_a_value_instead_of_a_name_is_refused_without_echoing_it(tmp_path):
    path = write_toml(tmp_path, """
        [channels.hook]
        kind = "webhook"
        url = "https://example.org/hook"
        secret_env = "my very secret key!"
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: channels.hook.secret_env: expected the NAME of an environment variable (letters, digits, _), not its value"


def test_broken_toml_and_missing_file_are_one_line_each(tmp_path):
    with pytest.raises(ConfigError, match=r"monitor.toml: not valid TOML: .*line 1"):
        load_config(write_toml(tmp_path, "[channels\n"))
    with pytest.raises(ConfigError, match=r"nope.toml: no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_invalid_file_exits_2_with_one_line_per_problem(tmp_path):
    path = write_toml(tmp_path, """
        [schedule]
        cron = "* * *"
        [alerts]
        error_threshold = "three"
    """)
    result = CliRunner().invoke(cli, ["run", "--once", "--config", str(path)])
    assert result.exit_code == 2, result.output
    assert f"{path}: schedule.cron: '* * *' has 3 fields" in result.output
    assert f"{path}: alerts.error_threshold: expected int, got 'three'" in result.output


def test_alert_routing_defaults_keep_ops_channels_apart(tmp_path):
    path = write_toml(tmp_path, """
        [channels.mail]
        kind = "email"
        host = "smtp.example.org"
        sender = "m@example.org"
        to = ["a@example.org"]
        [channels.ops]
        kind = "webhook"
        url = "https://ops.example.org/hook"
        [alerts]
        ops_channels = ["ops"]
        retry_initial = "2m"
        expire_after = "7d"
    """)
    alerts = load_config(path).alerts
    assert alerts.channels == ("mail",) and alerts.ops_channels == ("ops",)
    assert alerts.retry_initial == 120 and alerts.expire_after == 7 * 86400


@pytest.mark.parametrize("expr, fields", [
    ("30 7 * * *", {"minute": "30", "hour": "7", "day": "*", "month": "*", "day_of_week": "*"}),
    ("0 9 * * 1-5", {"day_of_week": "mon-fri"}),  # crontab 1 = Monday, APScheduler 0 = Monday
    ("0 9 * * 0", {"day_of_week": "sun"}),
    ("0 9 * * 7", {"day_of_week": "sun"}),
    ("0 9 * * 0-2", {"day_of_week": "sun,mon-tue"}),
    ("0 9 * * 5-7", {"day_of_week": "fri-sat,sun"}),
    ("0 9 * * 1-5/2", {"day_of_week": "mon,wed,fri"}),
    ("*/15 8-18 1,15 jan-jun mon", {"minute": "*/15", "hour": "8-18", "day": "1,15", "month": "jan-jun", "day_of_week": "mon"}),
])
def test_cron_keeps_crontab_meaning(expr, fields):
    assert fields.items() <= parse_cron(expr).items()


@pytest.mark.parametrize("expr", ["* * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *", "0 0 * * 8", "*/0 * * * *", "0 9 * * 5-1"])
def test_bad_cron_is_refused(expr):
    with pytest.raises(ValueError):
        parse_cron(expr)


def test_durations():
    assert [parse_duration(x) for x in (0, 90, "90", "90s", "10m", "6h", "3d")] == [0, 90, 90, 90, 600, 21600, 259200]
    for bad in ("ten", "-1", -1, True, 1.5, "1w"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_sources_in_the_file_replace_the_defaults_and_their_problems_are_listed(tmp_path):
    path = write_toml(tmp_path, """
        [[sources]]
        name = "kq-wangtan"
        scraper = "kq"
        url = "https://www.kq.gov.cn/col/col1229443512/index.html"
        schedule = "0 6 * * *"

        [[sources]]
        name = "mystery"
        scraper = "nosuch"
        url = "ftp://example.org/"

        [schedules.kq-wangtan]
        timezone = "Asia/Urumqi"
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    lines = str(err.value).splitlines()
    assert any(line.startswith(f"{path}: sources.mystery.url: expected an http(s) URL") for line in lines), lines
    assert any(line.startswith(f"{path}: sources.mystery.scraper: unknown scraper 'nosuch'") for line in lines), lines
    assert not any("schedules" in line for line in lines)  # no noise about the schedules of broken sources

    path.write_text(path.read_text(encoding="utf-8").split("[[sources]]\nname = \"mystery\"")[0]
                    + '[schedules.kq-wangtan]\ntimezone = "Asia/Urumqi"\n', encoding="utf-8")
    config = load_config(path)
    assert [s.name for s in config.sources] == ["kq-wangtan"]
    # the source's own crontab, with the time zone set in [schedules]
    assert config.schedule_for("kq-wangtan") == Schedule(cron="0 6 * * *", timezone="Asia/Urumqi")


def test_a_bad_crontab_in_a_source_is_reported_under_that_source(tmp_path):
    path = write_toml(tmp_path, """
        [[sources]]
        name = "kq-wangtan"
        scraper = "kq"
        url = "https://www.kq.gov.cn/col/col1229443512/index.html"
        schedule = "every morning"
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == f"{path}: sources.kq-wangtan.schedule: 'every morning' has 2 fields; a crontab line has 5 (minute hour day month weekday)"


def test_fetch_settings_apply_globally_and_per_source_over_the_polite_defaults(tmp_path):
    from monitor.fetch import Policy

    config = load_config(write_toml(tmp_path, """
        [fetch]
        delay = 0.5
        timeout = 5
        retries = 1
        hosts_in_parallel = 2
        [fetch.sources.kq-wangtan]
        delay = 3
        allow_hosts = ["WWW.ZJ.gov.cn", ".shaoxing.gov.cn"]
        allow_private = true
        max_entries = 50
        attachment_max_bytes = 1048576
    """))
    assert config.hosts_in_parallel == 2
    mine = config.policy("kq-wangtan")
    assert (mine.delay, mine.timeout, mine.retries, mine.max_entries) == (3, 5, 1, 50)
    assert (mine.attachment_max_bytes, config.policy("panan-yushan").attachment_max_bytes) == (2**20, 30 * 2**20)
    assert mine.allow_hosts == ("www.zj.gov.cn", ".shaoxing.gov.cn") and mine.allow_private
    other = config.policy("panan-yushan")
    assert (other.delay, other.timeout, other.allow_hosts, other.allow_private) == (0.5, 5, (), False)
    # what the file does not set comes from the fetcher's own policy (tests run at zero delay)
    assert config.policy("panan-yushan", Policy(delay=0, deadline=9)).deadline == 9
    assert default_config().policy("kq-wangtan") == Policy() and Policy().delay == 1.0  # polite by default


def test_fetch_problems_name_the_key(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write_toml(tmp_path, """
            [fetch]
            delay = -1
            dealy = 2
            allow_private = "yes"
            hosts_in_parallel = 0
            [fetch.sources.nosuch]
            delay = 1
            [fetch.sources.kq-wangtan]
            allow_hosts = ["http://evil.example/"]
            deadline = 0
        """))
    lines = [line.split(": ", 1)[1] for line in str(err.value).splitlines()]
    assert lines[:3] == [
        "fetch.dealy: unknown key (expected one of: allow_hosts, allow_private, attachment_max_bytes, backoff, connections_per_host, "
        "deadline, delay, hosts_in_parallel, max_entries, max_new_pages, retries, sources, timeout)",
        "fetch.delay: expected 0 or more, got -1",
        "fetch.allow_private: expected bool, got 'yes'",
    ]
    assert "fetch.hosts_in_parallel: expected 1 or more" in lines
    assert any(line.startswith("fetch.sources.nosuch: no source named 'nosuch'") for line in lines)
    assert 'fetch.sources.kq-wangtan.allow_hosts: expected a list of host names such as "www.gov.cn" or ".gov.cn"' in lines
    assert "fetch.sources.kq-wangtan.deadline: expected 0.001 or more, got 0" in lines
