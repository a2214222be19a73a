"""Read-only queries over the store's tables for trends, the site and the feed.

Small functions, plain SQL: the store writes, these read (docs/store.md has the schema).
Every sqlite error reaches the caller as a StoreError naming the database file.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from sqlite_utils import Database

from monitor.errors import StoreError
from monitor.models import Target
from monitor.trend import Plan

TARGET_FIELDS = tuple(Target.__dataclass_fields__)
NO_PUBLISHER = "(未注明发布机构)"


def _query(db: Database, sql: str, params: list | tuple = ()) -> list[dict]:
    """Rows as dicts; StoreError names the database file."""
    try:
        return list(db.query(sql, params))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{getattr(db, 'monitor_path', 'database')}: {exc}") from exc


def _publisher_in(column: str, names: list[str]) -> tuple[str, list]:
    """SQL keeping the rows of these publishers (NO_PUBLISHER: none given) that the publisher index answers."""
    sql = f"{column} IN ({', '.join('?' * len(names))})"
    return (f"({sql} OR {column} IS NULL)" if NO_PUBLISHER in names else sql), list(names)


def publishers(db: Database) -> list[str]:
    """Every publisher with a stored document (documents without one under NO_PUBLISHER), by name."""
    rows = _query(db, "SELECT DISTINCT coalesce(publisher, ?) AS p FROM documents ORDER BY p", [NO_PUBLISHER])
    return [r["p"] for r in rows]


def plans(db: Database, publishers: list[str] | None = None) -> dict[str, list[Plan]]:
    """The current version of every document with a plan year, per publisher, with its targets and actuals."""
    where, params = "d.plan_year IS NOT NULL", []
    if publishers:
        sql, params = _publisher_in("d.publisher", publishers)
        where += f" AND {sql}"
    docs = _query(
        db,
        # documents' own title and date (those of the current version): versions keeps them after the text
        "SELECT d.id AS document_id, coalesce(d.publisher, ?) AS publisher, d.plan_year, d.title, d.url, d.date, "
        "v.id AS version_id, coalesce(v.same_as, v.id) AS content_id FROM documents d "
        f"JOIN versions v ON v.id = d.current_version_id WHERE {where} ORDER BY d.plan_year, d.date, d.id",
        [NO_PUBLISHER, *params],
    )
    records: dict[int, list[Target]] = defaultdict(list)
    cols = ", ".join(f't."{f}"' for f in TARGET_FIELDS)
    sql = (
        f"SELECT t.version_id, {cols} FROM targets t WHERE t.version_id IN "
        f"(SELECT coalesce(v.same_as, v.id) FROM documents d JOIN versions v ON v.id = d.current_version_id WHERE {where}) "
        "ORDER BY t.version_id, t.seq"
    )
    try:
        for vid, *fields in db.execute(sql, params):  # the many rows: positional, no dict per row
            records[vid].append(Target(*fields))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{getattr(db, 'monitor_path', 'database')}: {exc}") from exc
    out: dict[str, list[Plan]] = defaultdict(list)
    for d in docs:
        found = records.get(d["content_id"], [])
        out[d["publisher"]].append(
            Plan(
                year=d["plan_year"],
                publisher=d["publisher"],
                title=d["title"],
                url=d["url"],
                date=d["date"],
                version_id=d["version_id"],
                document_id=d["document_id"],
                targets=tuple(t for t in found if t.role != "actual"),
                actuals=tuple(t for t in found if t.role == "actual"),
            )
        )
    return dict(out)


def documents(db: Database, publisher: str) -> list[dict]:
    """A publisher's documents, newest first, each with its versions (oldest first, no text)."""
    docs = _query(
        db,
        "SELECT id, url, index_no, title, date, plan_year, current_version_id, first_seen, last_seen FROM documents "
        f"WHERE {_publisher_in('publisher', [publisher])[0]} ORDER BY coalesce(date, '') DESC, id DESC",
        [publisher],
    )
    if not docs:
        return []
    versions = _query(
        db,
        "SELECT id, document_id, seq, same_as, title, date, n_targets, n_actuals, fetched_at, first_seen, last_seen "
        f"FROM versions WHERE document_id IN ({', '.join('?' * len(docs))}) ORDER BY document_id, seq",
        [d["id"] for d in docs],
    )
    by_doc: dict[int, list[dict]] = defaultdict(list)
    for v in versions:
        by_doc[v["document_id"]].append(v)
    return [dict(d, versions=by_doc[d["id"]]) for d in docs]


def changeset_keys(db: Database) -> list[dict]:
    """Every stored change set (new and base version, kind, when, publisher, title), newest first."""
    return _query(
        db,
        "SELECT c.version_id, c.base_version_id, c.changeset AS kind, max(c.detected_at) AS detected_at, "
        "coalesce(v.publisher, ?) AS publisher, v.title, v.url, v.document_id, v.seq, "
        "sum(c.change IN ('changed', 'added', 'dropped')) AS n_changes, sum(c.change = 'text') AS n_hunks, "
        "sum(c.change = 'outcome') AS n_outcomes "
        "FROM changes c JOIN versions v ON v.id = c.version_id "
        "GROUP BY c.version_id, c.base_version_id ORDER BY detected_at DESC, c.version_id DESC",
        [NO_PUBLISHER],
    )


def count_changesets(db: Database) -> int:
    """How many change sets are stored."""
    return _query(db, "SELECT count(*) AS n FROM (SELECT 1 FROM changes GROUP BY version_id, base_version_id)")[0]["n"]


def _newest_since(db: Database, limit: int) -> str | None:
    """The time from which `limit` change sets were found (a change set's rows share theirs); None: fewer are dated."""
    keys: set[tuple[int, int]] = set()
    try:
        for version_id, base_id, at in db.execute(
            "SELECT version_id, base_version_id, detected_at FROM changes WHERE detected_at IS NOT NULL ORDER BY detected_at DESC"
        ):
            keys.add((version_id, base_id))
            if len(keys) >= limit:
                return at
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{getattr(db, 'monitor_path', 'database')}: {exc}") from exc
    return None


def changeset_rows(db: Database, *, publisher: str | None = None, limit: int | None = None) -> list[dict]:
    """Change sets as list entries, newest first: their versions, kind, time, how many of each change, the new
    version's publisher, title, address and date (all, the `limit` newest, or those of a publisher's documents)."""
    where, params = "", [NO_PUBLISHER]
    since = _newest_since(db, limit) if limit is not None and publisher is None else None
    if since is not None:  # the newest change sets only, found by the detected_at index, not every row grouped
        where = "WHERE (c.version_id, c.base_version_id) IN (SELECT version_id, base_version_id FROM changes WHERE detected_at >= ?)"
        params.append(since)
    if publisher is not None:
        sql, names = _publisher_in("publisher", [publisher])
        where = f"WHERE v.document_id IN (SELECT id FROM documents WHERE {sql})"
        params += names
    return _query(
        db,
        # a change set's kind and time are its first row's (min(seq): SQLite takes the bare columns from that row)
        "SELECT * FROM (SELECT c.version_id, c.base_version_id, min(c.seq) AS first_seq, c.changeset AS kind, "
        "c.detected_at, sum(c.change = 'changed') AS changed, sum(c.change = 'added') AS added, "
        "sum(c.change = 'dropped') AS dropped, sum(c.change = 'outcome') AS outcomes, sum(c.change = 'text') AS text, "
        "coalesce(v.publisher, ?) AS publisher, v.title, v.url, v.date FROM changes c "
        f"JOIN versions v ON v.id = c.version_id {where} GROUP BY c.version_id, c.base_version_id) "
        "ORDER BY coalesce(detected_at, '') DESC, version_id DESC, base_version_id DESC"
        + (f" LIMIT {int(limit)}" if limit is not None else ""),
        params,
    )


def publishers_touched(db: Database, versions_after: int, changes_after: int) -> set[str]:
    """The publishers of the documents that gained a version or a change set after these ids (and every publisher
    an earlier version of such a document named: the document may have left its page)."""
    rows = _query(
        db,
        "SELECT coalesce(d.publisher, ?) AS name FROM versions v JOIN documents d ON d.id = v.document_id WHERE v.id > ? "
        "UNION SELECT coalesce(o.publisher, ?) FROM versions v JOIN versions o ON o.document_id = v.document_id "
        "WHERE v.id > ? "
        "UNION SELECT coalesce(d.publisher, ?) FROM versions v JOIN documents d ON d.id = v.document_id "
        "WHERE v.id IN (SELECT version_id FROM changes WHERE id > ?)",
        [NO_PUBLISHER, versions_after, NO_PUBLISHER, versions_after, NO_PUBLISHER, changes_after],
    )
    return {r["name"] for r in rows}


def version_text(db: Database, version_id: int) -> str | None:
    """The stored seed text of a version (of the version it repeats, for a flip back)."""
    rows = _query(
        db,
        "SELECT text_of(text_z) AS text FROM versions WHERE id = (SELECT coalesce(same_as, id) FROM versions WHERE id = ?)",
        [version_id],
    )
    return rows[0]["text"] if rows else None


__all__ = [
    "NO_PUBLISHER", "changeset_keys", "changeset_rows", "count_changesets", "documents", "plans",
    "publishers", "publishers_touched", "version_text",
]
