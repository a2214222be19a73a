"""The analysts' commands (trend, targets, search, site): open the store, query, compute, format.

cli.py holds only their click shims; each function here returns the text to print.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from collections.abc import Callable

from monitor import queries, store, trend
from monitor import search as fts
from monitor.errors import MonitorError


def _json(data: object) -> str:
    """UTF-8 JSON text, Chinese kept readable."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def trend_command(db_path: str | None, publisher: str, indicator: str | None, as_json: bool) -> str:
    """`monitor trend`: a publisher's indicators across years."""
    db = store.open_readonly(db_path)
    found = queries.plans(db, [publisher]).get(publisher)
    if not found:
        known = queries.publishers(db)
        hint = f" (publishers: {', '.join(known[:12])}{', …' if len(known) > 12 else ''})" if known else ""
        raise MonitorError(f'no plan stored for publisher "{publisher}"{hint}')
    chosen = [s for s in trend.series(found) if trend.matches_indicator(s, indicator)]
    if indicator and not chosen:
        raise MonitorError(f'{publisher}: no indicator matches "{indicator}"')
    if as_json:
        return _json(trend.trend_json(publisher, chosen, indicator))
    return trend.trend_text(publisher, chosen)


def all_series(db, publishers: list[str] | None = None) -> list[trend.Series]:
    """Every publisher's series (of the chosen publishers only, when given)."""
    return [s for plans in queries.plans(db, publishers or None).values() for s in trend.series(plans)]


def targets_command(
    db_path: str | None, indicator: str | None, year: int | None, publishers: list[str], as_csv: bool, as_json: bool
) -> str:
    """`monitor targets`: one table of targets across publishers."""
    db = store.open_readonly(db_path)
    rows = trend.target_rows(all_series(db, publishers), indicator=indicator, year=year)
    if as_json:
        return _json({"schema": "gov-plan-monitor/targets/v1", "indicator": indicator, "year": year, "rows": rows})
    if as_csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=trend.TARGET_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return "\ufeff" + buf.getvalue()
    return trend.targets_text(rows)


def search_command(
    db_path: str | None, query: str, publisher: str | None, since: str | None, limit: int, as_json: bool,
    mark: Callable[[str], str] = lambda s: f"【{s}】",
) -> str:
    """`monitor search`: versions holding the query, newest first; `mark` highlights the words found."""
    hits = fts.search(store.open_readonly(db_path), query, publisher=publisher, since=since, limit=limit)
    if as_json:
        return _json(fts.search_json(query, hits))
    return fts.search_text(hits, mark=mark)


def site_command(db_path: str | None, out: str, base_url: str | None = None, full: bool = False) -> str:
    """`monitor site`: write the static site (what changed since the last build, or all of it); a one-line summary."""
    from monitor import site

    built = site.build(store.open_readonly(db_path), Path(out), base_url=base_url, full=full)
    what = "full build" if built.full else "changed since the last build"
    return (f"rendered {built.pages} pages and {built.feed} ({what}; {built.changesets} change sets, "
            f"{built.publishers} publishers)")
