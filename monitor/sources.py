"""Sources: the list columns the monitor watches, configured in TOML, not coded.

A source is one column (list) of one site, read with one scraper:

    [[sources]]
    name = "kq-wangtan"                 # unique; used by `monitor check NAME`, alerts, the store
    title = "柯桥区王坛镇 · 计划总结"
    scraper = "kq"                      # optional: a key of scrapers.SCRAPERS; absent: detected at run time
    url = "https://www.kq.gov.cn/col/col1229443512/index.html"
    schedule = "30 7 * * *"             # optional crontab, used by `monitor serve`
    params = { page_size = 15 }         # optional scraper settings

`[[source]]` tables are read too. The default list is the packaged `sources.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.errors import ConfigError
from monitor.scraper import PART_SETTINGS
from scrapers import SCRAPERS
from scrapers.detect import TEMPLATES

DEFAULT_FILE = Path(__file__).with_name("sources.toml")
_KEYS = {"name", "scraper", "url", "title", "schedule", "params"}


@dataclass(frozen=True)
class Source:
    """One watched column: its name, scraper key ("" when detected at run time), list URL, title, schedule, params."""

    name: str
    scraper: str
    url: str
    title: str = ""
    schedule: str | None = None  # crontab; None: the configured default
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def host(self) -> str:
        """The host (with port) the source lives on; only links there are followed."""
        return urlsplit(self.url).netloc.lower()


def load_sources(path: str | Path) -> list[Source]:
    """The sources of a TOML file; one ConfigError listing every problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such sources file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    tables: list[Any] = []
    for key in ("sources", "source"):
        value = data.get(key, [])
        if not isinstance(value, list):
            raise ConfigError(f"{path}: {key}: expected [[{key}]] tables")
        tables += value
    return sources_from_tables(tables, str(path))


def sources_from_tables(tables: list[Any], label: str = "<sources>") -> list[Source]:
    """Sources from a list of TOML tables (dicts); ConfigError naming every bad key."""
    problems: list[str] = []
    sources: list[Source] = []
    names: set[str] = set()
    for n, table in enumerate(tables):
        where = f"{label}: sources[{n}]"
        if not isinstance(table, dict):
            problems.append(f"{where}: expected a table with name and url")
            continue
        where = f"{label}: sources.{table.get('name', n)}"
        problems += [f"{where}.{k}: unknown key (known: {', '.join(sorted(_KEYS))})" for k in sorted(set(table) - _KEYS)]
        missing = [k for k in ("name", "url") if not isinstance(table.get(k), str) or not table.get(k)]
        problems += [f"{where}.{k}: required (a non-empty string)" for k in missing]
        if "scraper" in table and (not isinstance(table["scraper"], str) or not table["scraper"]):
            problems.append(f"{where}.scraper: expected a scraper key, or no scraper to detect the template")
            continue
        if missing:
            continue
        source = Source(
            name=table["name"],
            scraper=table.get("scraper", ""),
            url=table["url"],
            title=str(table.get("title", "")),
            schedule=table.get("schedule"),
            params=dict(table.get("params") or {}),
        )
        problems += _check(source, where, names, SCRAPERS)
        names.add(source.name)
        sources.append(source)
    if problems:
        raise ConfigError("\n".join(problems))
    return sources


def valid_url(url: str) -> bool:
    """True for an http(s) URL with a host that parses (brackets, a port in range, not 0); the URL is never printed."""
    if not re.match(r"^https?://[^/\s]+", url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port out of range or an unclosed [IPv6 literal
    except ValueError:
        return False
    return bool(parts.hostname) and port != 0


def _check(source: Source, where: str, names: set[str], scrapers: dict) -> list[str]:
    """Problems with one source: duplicate name, unknown scraper, bad URL or params."""
    problems = []
    if source.name in names:
        problems.append(f"{where}.name: duplicate source name {source.name!r}")
    if not valid_url(source.url):
        problems.append(f"{where}.url: expected an http(s) URL, got {source.url!r}")
    if source.schedule is not None and not isinstance(source.schedule, str):
        problems.append(f"{where}.schedule: expected a crontab string such as \"30 7 * * *\"")
    if not source.scraper:  # detected at run time: its params must suit some template
        known = {p for s in TEMPLATES.values() for p in s.settings} | set(PART_SETTINGS)
        unknown = sorted(set(source.params) - known)
        if unknown:
            problems.append(f"{where}.params: unknown params {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        for template in TEMPLATES.values():  # each value as the templates that take it read it (a selector is CSS)
            try:
                template.with_params({k: v for k, v in source.params.items() if k in (*template.settings, *PART_SETTINGS)})
            except ConfigError as exc:
                problems.append(f"{where}.params: {exc}")
                break
        return problems
    scraper = scrapers.get(source.scraper)
    if scraper is None:
        problems.append(f"{where}.scraper: unknown scraper {source.scraper!r} (known: {', '.join(sorted(scrapers))})")
    else:
        try:
            scraper.with_params(source.params)
        except ConfigError as exc:
            problems.append(f"{where}.params: {exc}")
    return problems


DEFAULT_SOURCES: list[Source] = load_sources(DEFAULT_FILE)
