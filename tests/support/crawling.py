"""Crawl helpers for tests and the demo recorder: every source crawled the way `monitor run` groups them."""

from __future__ import annotations

from pathlib import Path

from monitor.crawl import RunResult, crawl_source, for_each_host
from monitor.fetch import Fetcher
from monitor.sources import Source


def crawl_all(sources: list[Source], fetcher: Fetcher, db_path: Path) -> list[RunResult]:
    """Every source crawled the way `monitor run` groups them (one thread per host), in order."""
    done = for_each_host(sources, lambda db, s: crawl_source(db, s, fetcher), db_path)
    return [done[s.name] for s in sources]
