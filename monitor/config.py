"""The configuration file, `monitor.toml`: sources, schedules, channels and the alert policy.

`load_config(path)` reads the file with tomllib, checks every key, and raises one ConfigError
listing ALL problems, one per line, as `FILE: key: what is wrong`. With no file at all the
embedded defaults apply: the default sources, SQLite under state/, no channels.

Secrets never live in the file: it names environment variables (`password_env`, `secret_env`,
`url_env`) and `missing_secrets(config, env)` reports the ones that are not set.
"""

from __future__ import annotations

import os
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError
from monitor.fetch import Policy
from monitor.sources import DEFAULT_SOURCES, Source, sources_from_tables, valid_url

DEFAULT_FILE = "monitor.toml"
CHANNEL_KINDS = ("email", "webhook", "dingtalk", "wecom", "feishu")
DEFAULT_CRON = "30 7 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
HOSTS_IN_PARALLEL = 64  # hosts checked at once by default: a district portal each, ~2 h for a national re-check (docs/scale.md)


@dataclass(frozen=True)
class Schedule:
    """When a source is checked: a crontab expression in a time zone, plus random jitter."""

    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE
    jitter: int = 600  # seconds; each run starts up to this much later
    misfire_grace: int = 3600  # seconds; a run missed by less than this still happens once


@dataclass(frozen=True)
class ChannelConfig:
    """One alert channel. Secrets are names of environment variables, never values."""

    name: str
    kind: str  # one of CHANNEL_KINDS
    host: str | None = None  # email
    port: int | None = None
    security: str = "starttls"  # "starttls", "ssl" or "none"
    username: str | None = None
    password_env: str | None = None
    sender: str | None = None
    to: tuple[str, ...] = ()
    ca_file: str | None = None  # extra CA bundle (a private mail relay)
    url: str | None = None  # webhooks: url, or url_env when the URL carries a token
    url_env: str | None = None
    secret_env: str | None = None  # webhook HMAC key; DingTalk/Feishu 加签 secret
    timeout: float = 10.0

    def secret_vars(self) -> list[tuple[str, str]]:
        """(key, environment variable) pairs this channel reads."""
        pairs = (("password_env", self.password_env), ("url_env", self.url_env), ("secret_env", self.secret_env))
        return [(k, v) for k, v in pairs if v]


@dataclass(frozen=True)
class AlertPolicy:
    """Where alerts go and how long the outbox keeps trying."""

    channels: tuple[str, ...] = ()  # change alerts
    ops_channels: tuple[str, ...] = ()  # error and recovery alerts
    error_threshold: int = 3  # consecutive failed checks before one error alert
    retry_initial: int = 60  # seconds before the first retry; doubles each time
    retry_max: int = 6 * 3600  # longest wait between two attempts
    expire_after: int = 7 * 86400  # an alert not delivered by then is given up (kept, marked expired)
    deliver_every: int = 300  # `serve`: how often the delivery job runs
    text_changes: bool = False  # also alert when only the wording changed (no target moved)
    flipflop_changes: int = 3  # a document changing more often than this ...
    flipflop_within: int = 7 * 86400  # ... within this many seconds alerts once, in a summary
    quiet_after: int = 365 * 86400  # a source whose newest document is older shows as quiet in status (0: never)


@dataclass(frozen=True)
class Config:
    """Everything `run`, `serve`, `status` and `notify` need."""

    path: Path | None  # None: embedded defaults
    database: Path | None  # None: the store's default (state/monitor.db, or $MONITOR_DB)
    sources: tuple[Source, ...]
    schedule: Schedule = Schedule()
    schedules: dict[str, Schedule] = field(default_factory=dict)  # per source name
    channels: dict[str, ChannelConfig] = field(default_factory=dict)
    alerts: AlertPolicy = AlertPolicy()
    site_out: Path | None = None  # [site] out: `serve` rewrites the static site there after each check
    fetch: dict[str, Any] = field(default_factory=dict)  # [fetch] settings given in the file
    fetch_sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # [fetch.sources.NAME]
    hosts_in_parallel: int = HOSTS_IN_PARALLEL  # hosts checked at once (one thread each)

    def policy(self, source: str | None = None, base: Policy | None = None) -> Policy:
        """How to fetch for a source: base (default: the polite defaults), then [fetch], then its own table."""
        return replace(base or Policy(), **{**self.fetch, **self.fetch_sources.get(source or "", {})})

    def schedule_for(self, source: str) -> Schedule:
        """The schedule of one source: its own, else the default."""
        return self.schedules.get(source, self.schedule)

    def source(self, name: str) -> Source:
        """The source called name, or ConfigError listing the known ones."""
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources)
        raise ConfigError(f"{self.label}: sources: no source named {name!r} (known: {known})")

    @property
    def label(self) -> str:
        """The file name for messages."""
        return str(self.path) if self.path else "(embedded defaults)"


def default_config() -> Config:
    """The embedded defaults: default sources, SQLite under state/, no channels."""
    base = Schedule()
    schedules = {s.name: replace(base, cron=s.schedule) for s in DEFAULT_SOURCES if s.schedule}
    return Config(path=None, database=None, sources=tuple(DEFAULT_SOURCES), schedules=schedules)


def config_path(option: str | None, env: Mapping[str, str] | None = None) -> Path | None:
    """The file to read: --config, else $MONITOR_CONFIG, else ./monitor.toml if it exists."""
    env = os.environ if env is None else env
    chosen = option or env.get("MONITOR_CONFIG")
    if chosen:
        return Path(chosen)
    return Path(DEFAULT_FILE) if Path(DEFAULT_FILE).is_file() else None


# -- durations and crontab ----------------------------------------------------------------

_DURATION = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: object) -> int:
    """Seconds from an integer or a string such as "90s", "10m", "6h", "3d"."""
    if isinstance(value, bool):
        raise ValueError("expected seconds or a duration such as \"10m\"")
    if isinstance(value, int) and value >= 0:
        return value
    m = _DURATION.match(value) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"expected seconds or a duration such as \"10m\", \"6h\", \"3d\"; got {value!r}")
    return int(m.group(1)) * _UNITS[m.group(2)]


_CRON_FIELDS = (  # (APScheduler name, low, high, names)
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day", 1, 31, ()),
    ("month", 1, 12, ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")),
    ("day_of_week", 0, 7, ("sun", "mon", "tue", "wed", "thu", "fri", "sat")),
)
_WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _cron_value(token: str, low: int, high: int, names: tuple[str, ...], label: str) -> int:
    """One number or name of a crontab field, range-checked."""
    t = token.lower()
    if t in names:
        return names.index(t) + (low if label == "month" else 0)
    if not t.isdigit() or not low <= int(t) <= high:
        raise ValueError(f"{label} {token!r} is not in {low}-{high}")
    return int(t)


def _weekday_item(item: str) -> str:
    """A crontab weekday item (0 and 7 = Sunday) as APScheduler names (its 0 is Monday)."""
    base, _, step = item.partition("/")
    if base == "*":
        return item
    lo, _, hi = base.partition("-")
    a = _cron_value(lo, 0, 7, _WEEKDAYS[:7], "day_of_week")
    b = _cron_value(hi, 0, 7, _WEEKDAYS[:7], "day_of_week") if hi else None
    if b is None:
        return _WEEKDAYS[a]
    if a > b:
        raise ValueError(f"day_of_week range {base!r} runs backwards")
    if step:  # expand: APScheduler cannot step across Sunday
        return ",".join(_WEEKDAYS[d] for d in range(a, b + 1, int(step)))
    if a == 0 and b >= 1:
        return f"sun,mon-{_WEEKDAYS[b]}" if b < 7 else "*"
    if b == 7:
        return f"{_WEEKDAYS[a]}-sat,sun" if a < 6 else "sat,sun"
    return f"{_WEEKDAYS[a]}-{_WEEKDAYS[b]}"


def parse_cron(expr: str) -> dict[str, str]:
    """APScheduler CronTrigger fields from a 5-field crontab line (crontab weekday numbers)."""
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"{expr!r} has {len(parts)} fields; a crontab line has 5 (minute hour day month weekday)")
    fields: dict[str, str] = {}
    for part, (label, low, high, names) in zip(parts, _CRON_FIELDS):
        for item in part.split(","):
            base, slash, step = item.partition("/")
            if slash and not (step.isdigit() and int(step) > 0):
                raise ValueError(f"{label} step {step!r} is not a positive number")
            if base != "*":
                for token in base.split("-", 1):
                    _cron_value(token, low, high, names, label)
        fields[label] = ",".join(_weekday_item(i) for i in part.split(",")) if label == "day_of_week" else part
    return fields


# -- reading the file ---------------------------------------------------------------------


class _Problems:
    """Collects `FILE: key: what is wrong` lines."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: list[str] = []

    def add(self, key: str, what: str) -> None:
        """Record one problem."""
        self.lines.append(f"{self.file}: {key}: {what}")


def _check_keys(table: Mapping, allowed: set[str], where: str, problems: _Problems) -> None:
    """Report keys that are not allowed (typos), with a hint for secrets written in the file."""
    for key in table:
        if key in allowed:
            continue
        if f"{key}_env" in allowed:
            problems.add(f"{where}.{key}" if where else key,
                         f"secrets are not read from the file; set an environment variable and name it with {key}_env")
        else:
            problems.add(f"{where}.{key}" if where else key, f"unknown key (expected one of: {', '.join(sorted(allowed))})")


def _get(table: Mapping, key: str, kind: type | tuple, where: str, problems: _Problems, default=None):
    """table[key] if it has the right type, else default (and a problem when present)."""
    if key not in table:
        return default
    value = table[key]
    if isinstance(value, bool) and kind is not bool:
        ok = False
    else:
        ok = isinstance(value, kind)
    if not ok:
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        problems.add(f"{where}.{key}" if where else key, f"expected {names.replace('str', 'a string')}, got {value!r}")
        return default
    return value


def _duration(table: Mapping, key: str, where: str, problems: _Problems, default: int) -> int:
    """A duration key, or default with a problem."""
    if key not in table:
        return default
    try:
        return parse_duration(table[key])
    except ValueError as exc:
        problems.add(f"{where}.{key}", str(exc))
        return default


_SCHEDULE_KEYS = {"cron", "timezone", "jitter", "misfire_grace"}


def _schedule(table: Mapping, where: str, base: Schedule, problems: _Problems) -> Schedule:
    """A Schedule from a [schedule] table, missing keys taken from base."""
    _check_keys(table, _SCHEDULE_KEYS, where, problems)
    cron = _get(table, "cron", str, where, problems, base.cron)
    try:
        parse_cron(cron)
    except ValueError as exc:
        problems.add(f"{where}.cron", str(exc))
    tz = _get(table, "timezone", str, where, problems, base.timezone)
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.add(f"{where}.timezone", f"unknown time zone {tz!r} (for example \"Asia/Shanghai\")")
    return Schedule(
        cron=cron,
        timezone=tz,
        jitter=_duration(table, "jitter", where, problems, base.jitter),
        misfire_grace=_duration(table, "misfire_grace", where, problems, base.misfire_grace),
    )


_CHANNEL_KEYS = {
    "email": {"host", "port", "security", "username", "password_env", "sender", "to", "ca_file", "timeout"},
    "webhook": {"url", "url_env", "secret_env", "timeout"},
    "dingtalk": {"url", "url_env", "secret_env", "timeout"},
    "wecom": {"url", "url_env", "timeout"},
    "feishu": {"url", "url_env", "secret_env", "timeout"},
}
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _channel(name: str, table: Mapping, problems: _Problems) -> ChannelConfig | None:
    """One [channels.NAME] table."""
    where = f"channels.{name}"
    kind = table.get("kind")
    if kind not in CHANNEL_KINDS:
        problems.add(f"{where}.kind", f"expected one of {', '.join(CHANNEL_KINDS)}; got {kind!r}")
        return None
    _check_keys(table, _CHANNEL_KEYS[kind] | {"kind"}, where, problems)
    values: dict = {"name": name, "kind": kind}
    for key in ("host", "security", "username", "sender", "ca_file", "url", "url_env", "password_env", "secret_env"):
        if key in _CHANNEL_KEYS[kind]:
            value = _get(table, key, str, where, problems)
            if value is not None:
                values[key] = value
    for key in ("password_env", "url_env", "secret_env"):
        if key in values and not _ENV_NAME.match(values[key]):
            problems.add(f"{where}.{key}", "expected the NAME of an environment variable (letters, digits, _), not its value")
            del values[key]
    if "timeout" in table:
        timeout = _get(table, "timeout", (int, float), where, problems)
        if timeout is not None and timeout > 0:
            values["timeout"] = float(timeout)
        elif timeout is not None:
            problems.add(f"{where}.timeout", "expected a positive number of seconds")
    if kind == "email":
        _email_checks(table, values, where, problems)
    elif ("url" in values) == ("url_env" in values):
        problems.add(where, "set exactly one of url or url_env")
    elif "url" in values and not valid_url(values["url"]):
        problems.add(f"{where}.url", "expected an http:// or https:// URL")
    elif kind != "webhook" and "url" in values:
        problems.add(f"{where}.url", "a robot URL carries its token: put it in an environment variable and name it with url_env")
    return ChannelConfig(**values)


def _email_checks(table: Mapping, values: dict, where: str, problems: _Problems) -> None:
    """Required e-mail keys: host, sender, to; security; port; password only with username."""
    for key in ("host", "sender"):
        if key not in values and key not in table:
            problems.add(f"{where}.{key}", "missing")
    to = _get(table, "to", (list, str), where, problems, [])
    to = [to] if isinstance(to, str) else to
    if not to or not all(isinstance(a, str) and "@" in a for a in to):
        problems.add(f"{where}.to", "expected a list of e-mail addresses")
    else:
        values["to"] = tuple(to)
    if values.get("security", "starttls") not in ("starttls", "ssl", "none"):
        problems.add(f"{where}.security", f"expected starttls, ssl or none; got {values['security']!r}")
    port = _get(table, "port", int, where, problems)
    if port is not None and not 0 < port < 65536:
        problems.add(f"{where}.port", f"expected a port number; got {port}")
    elif port is not None:
        values["port"] = port
    if "password_env" in values and "username" not in values:
        problems.add(f"{where}.password_env", "set username too (the password is only used to log in)")


_ALERT_KEYS = {"channels", "ops_channels", "error_threshold", "retry_initial", "retry_max", "expire_after",
               "deliver_every", "text_changes", "flipflop_changes", "flipflop_within", "quiet_after"}


def _alerts(table: Mapping, channels: dict[str, ChannelConfig], problems: _Problems) -> AlertPolicy:
    """The [alerts] table; channel lists must name configured channels."""
    _check_keys(table, _ALERT_KEYS, "alerts", problems)
    lists = {}
    for key in ("channels", "ops_channels"):
        names = _get(table, key, list, "alerts", problems)
        if names is None:
            lists[key] = None
            continue
        for n in names:
            if n not in channels:
                problems.add(f"alerts.{key}", f"no channel named {n!r} (configured: {', '.join(channels) or 'none'})")
        lists[key] = tuple(n for n in names if n in channels)
    ops = lists["ops_channels"]
    changes = lists["channels"]
    if changes is None:  # default: every channel that is not an operations channel
        changes = tuple(n for n in channels if n not in (ops or ()))
    if ops is None:
        ops = changes
    threshold = _get(table, "error_threshold", int, "alerts", problems, 3)
    if threshold < 1:
        problems.add("alerts.error_threshold", "expected 1 or more")
        threshold = 3
    base = AlertPolicy()
    policy = AlertPolicy(
        channels=changes,
        ops_channels=ops,
        error_threshold=threshold,
        retry_initial=_duration(table, "retry_initial", "alerts", problems, base.retry_initial),
        retry_max=_duration(table, "retry_max", "alerts", problems, base.retry_max),
        expire_after=_duration(table, "expire_after", "alerts", problems, base.expire_after),
        deliver_every=_duration(table, "deliver_every", "alerts", problems, base.deliver_every),
        text_changes=_get(table, "text_changes", bool, "alerts", problems, False),
        flipflop_changes=_get(table, "flipflop_changes", int, "alerts", problems, base.flipflop_changes),
        flipflop_within=_duration(table, "flipflop_within", "alerts", problems, base.flipflop_within),
        quiet_after=_duration(table, "quiet_after", "alerts", problems, base.quiet_after),
    )
    if policy.flipflop_changes < 1:
        problems.add("alerts.flipflop_changes", "expected 1 or more")
    if policy.retry_initial < 1 or policy.deliver_every < 1:
        problems.add("alerts", "retry_initial and deliver_every must be at least 1 second")
    return policy


# [fetch] keys: (type, smallest value, what it means); the defaults are monitor.fetch.Policy's.
_FETCH_KEYS: dict[str, tuple[type | tuple, float]] = {
    "delay": ((int, float), 0), "connections_per_host": (int, 1), "timeout": ((int, float), 0.001),
    "deadline": ((int, float), 0.001), "retries": (int, 0), "backoff": ((int, float), 0), "max_entries": (int, 1),
    "max_new_pages": (int, 1),
    "allow_hosts": (list, 0), "allow_private": (bool, 0), "attachment_max_bytes": (int, 1),
}


def _fetch_settings(table: Mapping, where: str, problems: _Problems, extra: set[str] = frozenset()) -> dict[str, Any]:
    """The politeness and safety settings a [fetch] table gives (only those it gives)."""
    _check_keys(table, set(_FETCH_KEYS) | extra, where, problems)
    settings: dict[str, Any] = {}
    for key, (kind, least) in _FETCH_KEYS.items():
        value = _get(table, key, kind, where, problems)
        if value is None:
            continue
        if key == "allow_hosts":
            if not all(isinstance(h, str) and h and "/" not in h for h in value):
                problems.add(f"{where}.{key}", "expected a list of host names such as \"www.gov.cn\" or \".gov.cn\"")
                continue
            value = tuple(h.lower() for h in value)
        elif kind != bool and value < least:
            problems.add(f"{where}.{key}", f"expected {least:g} or more, got {value!r}")
            continue
        settings[key] = value
    return settings


def _fetch(table: Mapping, names: set[str], problems: _Problems) -> tuple[dict, dict, int]:
    """[fetch] (every source), [fetch.sources.NAME] (one source) and hosts_in_parallel."""
    base = _fetch_settings(table, "fetch", problems, {"sources", "hosts_in_parallel"})
    parallel = _get(table, "hosts_in_parallel", int, "fetch", problems, HOSTS_IN_PARALLEL)
    if parallel < 1:
        problems.add("fetch.hosts_in_parallel", "expected 1 or more")
        parallel = 8
    own = {}
    for name, sub in _get(table, "sources", dict, "fetch", problems, {}).items():
        if name not in names:
            problems.add(f"fetch.sources.{name}", f"no source named {name!r} (known: {', '.join(sorted(names))})")
        elif not isinstance(sub, dict):
            problems.add(f"fetch.sources.{name}", "expected a table such as { delay = 2 }")
        else:
            own[name] = _fetch_settings(sub, f"fetch.sources.{name}", problems)
    return base, own, parallel


_TOP_KEYS = {"database", "schedule", "schedules", "channels", "alerts", "sources", "fetch", "site"}


def load_config(path: str | Path | None) -> Config:
    """Read and check a configuration file; None gives the embedded defaults."""
    if path is None:
        return default_config()
    path = Path(path)
    problems = _Problems(str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    _check_keys(data, _TOP_KEYS, "", problems)

    database = _get(data, "database", str, "", problems)
    db_path = (path.parent / database) if database else None

    schedule = _schedule(_get(data, "schedule", dict, "", problems, {}), "schedule", Schedule(), problems)
    sources = _sources(data, path, problems)
    names = {s.name for s in sources}
    schedules = {}
    for s in sources:  # a source's own crontab (sources.toml `schedule = ...`)
        if s.schedule:
            try:
                parse_cron(s.schedule)
                schedules[s.name] = replace(schedule, cron=s.schedule)
            except ValueError as exc:
                problems.add(f"sources.{s.name}.schedule", str(exc))
    for name, table in _get(data, "schedules", dict, "", problems, {}).items():
        if name not in names:
            if sources:  # else the sources themselves were wrong, already reported
                problems.add(f"schedules.{name}", f"no source named {name!r} (known: {', '.join(sorted(names))})")
        elif not isinstance(table, dict):
            problems.add(f"schedules.{name}", "expected a table with cron, timezone, jitter")
        else:
            schedules[name] = _schedule(table, f"schedules.{name}", schedules.get(name, schedule), problems)

    channels = {}
    for name, table in _get(data, "channels", dict, "", problems, {}).items():
        if not isinstance(table, dict):
            problems.add(f"channels.{name}", "expected a table with kind = \"email\", \"webhook\", ...")
            continue
        channel = _channel(name, table, problems)
        if channel:
            channels[name] = channel
    alerts = _alerts(_get(data, "alerts", dict, "", problems, {}), channels, problems)
    site_table = _get(data, "site", dict, "", problems, {})
    _check_keys(site_table, {"out"}, "site", problems)
    site_out = _get(site_table, "out", str, "site", problems)
    fetch, fetch_sources, parallel = _fetch(_get(data, "fetch", dict, "", problems, {}), names, problems)

    if problems.lines:
        raise ConfigError("\n".join(problems.lines))
    return Config(path=path, database=db_path, sources=tuple(sources), schedule=schedule,
                  schedules=schedules, channels=channels, alerts=alerts, fetch=fetch,
                  fetch_sources=fetch_sources, hosts_in_parallel=parallel,
                  site_out=(path.parent / site_out) if site_out else None)


def _sources(data: Mapping, path: Path, problems: _Problems) -> list[Source]:
    """The sources: the [[sources]] tables of the file, else the default sources."""
    if "sources" not in data:
        return list(DEFAULT_SOURCES)
    if not isinstance(data["sources"], list) or not data["sources"]:
        problems.add("sources", "expected one or more [[sources]] tables (leave them out to use the default sources)")
        return []
    try:
        return sources_from_tables(data["sources"], str(path))
    except ConfigError as exc:  # already one `FILE: sources.NAME.key: ...` line per problem
        problems.lines.extend(str(exc).splitlines())
        return []


def missing_secrets(config: Config, env: Mapping[str, str] | None = None) -> list[str]:
    """One line per environment variable a configured channel needs but is not set."""
    env = os.environ if env is None else env
    return [
        f"{config.label}: channels.{c.name}.{key}: environment variable {var} is not set"
        for c in config.channels.values()
        for key, var in c.secret_vars()
        if not env.get(var)
    ]
