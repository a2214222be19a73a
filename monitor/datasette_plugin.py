"""A Datasette plugin: the shipped metadata (canned queries, the search box on versions) for
every monitor database Datasette opens, whatever its file is called.

Registered as a `datasette` entry point in pyproject.toml, so `pip install
"gov-plan-monitor[datasette]"` then `datasette state/monitor.db` is all it takes. The same
metadata is monitor/datasette.json, usable as `datasette monitor.db -m monitor/datasette.json`.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from datasette import hookimpl

METADATA_FILE = Path(__file__).with_name("datasette.json")


@lru_cache(maxsize=1)
def metadata() -> dict:
    """The shipped metadata file."""
    return json.loads(METADATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def is_monitor_db(path: str) -> bool:
    """True when the SQLite file has the monitor's tables and search index."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return {"versions", "targets", "changes", "versions_fts"} <= names


@hookimpl
def get_metadata(datasette, key, database, table):
    """The monitor database block for each open database that is a monitor database."""
    block = metadata()["databases"]["monitor"]
    found = {name: block for name, db in datasette.databases.items() if db.path and is_monitor_db(str(db.path))}
    return {"title": metadata()["title"], "description": metadata()["description"], "databases": found} if found else {}
