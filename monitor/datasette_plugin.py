"""A Datasette plugin: the shipped metadata (canned queries) for every monitor database Datasette
opens, whatever its file is called, and the SQL function monitor_match() that turns a text into
a query of the trigram index (versions_fts keeps no positions: a phrase cannot be given to
MATCH as it is).

Registered as a `datasette` entry point in pyproject.toml, so `pip install
"gov-plan-monitor[datasette]"` then `datasette state/monitor.db` is all it takes. The same
metadata is monitor/datasette.json (its `search` query needs the plugin's monitor_match()).
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from datasette import hookimpl

from monitor.search import match_expression, terms
from monitor.store import unpack_text

METADATA_FILE = Path(__file__).with_name("datasette.json")


@lru_cache(maxsize=1)
def metadata() -> dict:
    """The shipped metadata file."""
    return json.loads(METADATA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def is_monitor_db(path: str) -> bool:
    """True when the SQLite file has the monitor's tables and search index (as the canned queries use them:
    `search_state` since m009; an older database is upgraded by any `monitor` command that writes)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return {"versions", "targets", "changes", "versions_fts", "search_state"} <= names


@hookimpl
def get_metadata(datasette, key, database, table):
    """The monitor database block for each open database that is a monitor database."""
    block = metadata()["databases"]["monitor"]
    found = {name: block for name, db in datasette.databases.items() if db.path and is_monitor_db(str(db.path))}
    return {"title": metadata()["title"], "description": metadata()["description"], "databases": found} if found else {}


def monitor_match(query: str | None) -> str | None:
    """SQL monitor_match(:q): the FTS5 query of versions_fts for a text (every trigram of its words)."""
    return match_expression(terms(query or ""))


def text_of(blob: bytes | None) -> str | None:
    """SQL text_of(versions.text_z): a version's text (stored compressed)."""
    return None if blob is None else unpack_text(blob)


@hookimpl
def prepare_connection(conn):
    """Give SQL monitor_match() (the `search` canned query) and text_of() (a version's compressed text)."""
    conn.create_function("monitor_match", 1, monitor_match, deterministic=True)
    conn.create_function("text_of", 1, text_of, deterministic=True)  # versions.text_z is compressed text
