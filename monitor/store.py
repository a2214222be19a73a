"""The versioned store: SQLite via sqlite-utils, created and upgraded by numbered migrations.

The store only persists and queries: monitor/pipeline.py decides what a document's new
version is, what it is compared with and what is alerted, and writes it through the
functions here inside one transaction.

Tables (docs/store.md): sources, documents (one per URL; also found by 索引号 when the URL
changes), versions (append-only, content-addressed by the sha256 of the normalized seed
text), targets (per version), changes (one row per changed/added/dropped target, outcome
or text hunk, both sides), runs (one per check of a source).

Every sqlite error reaches the caller as a StoreError
naming the database file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import operator
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta, timezone
from itertools import chain
from pathlib import Path

from isal import isal_zlib
from sqlite_utils import Database, Migrations

from monitor import seedformat
from monitor.attachments import READ_LATER
from monitor.errors import MonitorError, StoreError
from monitor.models import (
    Change,
    ChangeSet,
    Delta,
    Document,
    Extraction,
    Hunk,
    Outcome,
    Target,
    Version,
)
from monitor.search import (
    SEARCH_TRIGGER,
    index_new,
    m003_search_index,
    m009_search_in_batches,
    m011_search_batch_in_one_segment,
    m013_search_index_of_lowered_text,
)

DEFAULT_DB = Path("state/monitor.db")
TARGET_FIELDS = tuple(Target.__dataclass_fields__)

# Python's sqlite3 binds a None only after looking for an adapter for it, which raises and clears an
# AttributeError on the way: ~2,000 instructions a NULL, and a target row has ~5 (a first crawl's
# page ~250). None's own adapter (None for any value, a C call: an empty dict's get) makes it one
# look-up. The value bound is the same NULL; the registry is sqlite3's, for the whole process.
sqlite3.register_adapter(type(None), {}.get)

# -- schema -----------------------------------------------------------------------------
# Append new migrations at the end (m002_..., m003_...); never edit an applied one.
# tests/test_store.py::test_schema_snapshot fixes the resulting schema.

MIGRATIONS = Migrations("gov-plan-monitor")
KNOWN_MIGRATIONS: list[str] = []  # every migration this program has, in order


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register a migration with MIGRATIONS and remember its name."""
    KNOWN_MIGRATIONS.append(fn.__name__)
    return MIGRATIONS()(fn)


@migration
def m001_versioned_store(db: Database) -> None:
    """sources, documents, versions, targets, changes, runs."""
    db["sources"].create(
        {"id": int, "key": str, "name": str, "url": str, "created_at": str}, pk="id", not_null={"key"}
    )
    db["sources"].create_index(["key"], unique=True)
    db["documents"].create(
        {
            "id": int,
            "url": str,
            "index_no": str,
            "publisher": str,
            "title": str,
            "date": str,
            "plan_year": int,
            "source_id": int,
            "current_version_id": int,
            "etag": str,
            "last_modified": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        not_null={"url"},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["documents"].create_index(["url"], unique=True)
    db["documents"].create_index(["index_no"])
    db["documents"].create_index(["publisher", "plan_year", "date"])
    db["versions"].create(
        {
            "id": int,
            "document_id": int,
            "seq": int,
            "sha256": str,
            "same_as": int,
            "seed_text": str,
            "raw": bytes,
            "url": str,
            "title": str,
            "publisher": str,
            "date": str,
            "plan_year": int,
            "n_targets": int,
            "n_actuals": int,
            "fetched_at": str,
            "etag": str,
            "last_modified": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="id",
        not_null={"document_id", "seq", "sha256"},
        foreign_keys=[("document_id", "documents", "id"), ("same_as", "versions", "id")],
    )
    db["versions"].create_index(["document_id", "seq"], unique=True)
    db["versions"].create_index(["document_id", "sha256"])
    db["targets"].create(
        {
            "id": int,
            "version_id": int,
            "seq": int,
            "role": str,
            "indicator": str,
            "value": float,
            "min": float,
            "max": float,
            "unit": str,
            "kind": str,
            "qualifier": str,
            "period": str,
            "quote": str,
            "offset": int,
            "base_value": float,
            "base_min": float,
            "base_max": float,
            "base_unit": str,
        },
        pk="id",
        not_null={"version_id"},
        foreign_keys=[("version_id", "versions", "id")],
    )
    db["targets"].create_index(["version_id"])
    db["changes"].create(
        {
            "id": int,
            "version_id": int,
            "base_version_id": int,
            "changeset": str,
            "seq": int,
            "change": str,
            "indicator": str,
            "kind": str,
            "what": str,
            "line": str,
            "old_text": str,
            "new_text": str,
            "delta_text": str,
            "old_json": str,
            "new_json": str,
            "delta_json": str,
            "detected_at": str,
        },
        pk="id",
        not_null={"version_id", "base_version_id", "change"},
        foreign_keys=[("version_id", "versions", "id"), ("base_version_id", "versions", "id")],
    )
    db["changes"].create_index(["version_id"])
    db["changes"].create_index(["detected_at"])
    db["runs"].create(
        {
            "id": int,
            "source_id": int,
            "started_at": str,
            "finished_at": str,
            "outcome": str,
            "error": str,
            "new": int,
            "changed": int,
            "unchanged": int,
            "failed": int,
            "requests": int,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["runs"].create_index(["source_id", "started_at"])


@migration
def m002_outbox(db: Database) -> None:
    """outbox: one row per alert and channel, kept until sent or expired (monitor/outbox.py)."""
    db["outbox"].create(
        {
            "id": int,
            "key": str,  # idempotency key: the same alert is enqueued once
            "channel": str,
            "kind": str,  # "changes", "error" or "recovery"
            "source": str,
            "subject": str,
            "message": str,  # JSON of notify.Message: text, markdown, html, data
            "status": str,  # "pending", "sent" or "expired"
            "attempts": int,
            "created_at": str,
            "next_attempt_at": str,
            "lease_until": str,  # a deliverer holds the row until then
            "sent_at": str,
            "expires_at": str,
            "last_error": str,
        },
        pk="id",
        not_null={"key", "channel", "kind", "status", "message"},
        defaults={"attempts": 0},
    )
    db["outbox"].create_index(["key"], unique=True)
    db["outbox"].create_index(["status", "next_attempt_at"])


migration(m003_search_index)  # versions_fts: the search index (monitor/search.py)


@migration
def m004_target_direction(db: Database) -> None:
    """targets.direction: up, down or none, as the extractor read it (diff and alerts use it, never the quote)."""
    db["targets"].add_column("direction", str)
    # Rows stored before: the direction the quote's last word of change gave (what diff read then).
    db.execute(
        "UPDATE targets SET direction = CASE "
        "WHEN quote GLOB '*降低*' OR quote GLOB '*下降*' OR quote GLOB '*减少*' OR quote GLOB '*压减*' "
        "OR quote GLOB '*下调*' THEN 'down' WHEN kind = 'growth' THEN 'up' ELSE 'none' END"
    )


@migration
def m005_suspect_versions_and_failed_pages(db: Database) -> None:
    """versions.hold ("suspect" until a later check confirms a collapsed body, then "confirmed" or
    "cleared"); runs.failed_urls (JSON list of the pages that failed, for a page's failure streak)."""
    db["versions"].add_column("hold", str)
    db["runs"].add_column("failed_urls", str)


@migration
def m006_outbox_claimant(db: Database) -> None:
    """outbox.claimed_by: the process holding a row's lease (host, boot, pid, start), so a dead one's is released."""
    db["outbox"].add_column("claimed_by", str)


@migration
def m007_attachments(db: Database) -> None:
    """files (raw attachment bytes, content-addressed), file_urls (conditional GET), version_files (what a version read)."""
    db["files"].create(
        {"sha256": str, "size": int, "content": bytes, "first_seen": str},  # content: zlib, as versions.raw
        pk="sha256",
    )
    db["file_urls"].create(
        {"url": str, "sha256": str, "etag": str, "last_modified": str, "fetched_at": str},
        pk="url",
        foreign_keys=[("sha256", "files", "sha256")],
    )
    db["version_files"].create(
        {"id": int, "version_id": int, "seq": int, "name": str, "url": str, "type": str, "status": str,
         "detail": str, "sha256": str},
        pk="id",
        not_null={"version_id", "url", "status"},
        foreign_keys=[("version_id", "versions", "id"), ("sha256", "files", "sha256")],
    )
    db["version_files"].create_index(["version_id"])


@migration
def m008_compressed_text(db: Database) -> None:
    """versions.text_z: the normalized text zlib-compressed; raw compressed against it (seed_text emptied);
    the search index's trigger reads the compressed text."""
    db["versions"].add_column("text_z", bytes)
    rows = db.execute("SELECT id, seed_text, raw FROM versions WHERE seed_text IS NOT NULL").fetchall()
    for vid, seed_text, raw in rows:
        text_z = pack_text(seed_text)
        raw_z = pack_raw(zlib.decompress(raw), seed_text) if raw is not None else None
        db.execute("UPDATE versions SET text_z = ?, raw = ?, seed_text = NULL WHERE id = ?", [text_z, raw_z, vid])
    db.execute("DROP TRIGGER IF EXISTS versions_fts_insert")
    db.execute(SEARCH_TRIGGER)


migration(m009_search_in_batches)  # the search index filled at the end of a run (monitor/search.py)


@migration
def m010_change_references(db: Database) -> None:
    """changes.old_seq/new_seq: a changed target refers to its targets row instead of keeping a JSON copy."""
    db["changes"].add_column("old_seq", int)
    db["changes"].add_column("new_seq", int)
    rows = db.execute("SELECT id, version_id, base_version_id, old_json, new_json FROM changes "
                      "WHERE change != 'text' AND (old_json IS NOT NULL OR new_json IS NOT NULL)").fetchall()
    seqs: dict[int, dict[tuple, int]] = {}
    for cid, vid, base, old_json, new_json in rows:
        for side, version, whole in (("old", base, old_json), ("new", vid, new_json)):
            if whole is None:
                continue
            known = seqs.setdefault(version, _target_seqs(db, version))
            seq = known.get(_TARGET_GETTER(Target(**json.loads(whole))))
            if seq is not None:
                db.execute(f"UPDATE changes SET {side}_seq = ?, {side}_json = NULL WHERE id = ?", [seq, cid])


migration(m011_search_batch_in_one_segment)  # a batch's terms held in memory until written (monitor/search.py)


@migration
def m012_raw_in_pieces(db: Database) -> None:
    """versions.raw in pieces, each compressed against its part of the text (was: one stream against the
    text's last 32 KB, which left a page or text longer than zlib's 32 KB window compressed almost alone)."""
    ids = [r[0] for r in db.execute("SELECT id FROM versions WHERE raw IS NOT NULL").fetchall()]
    for vid in ids:  # one row at a time: a national store holds gigabytes of pages
        text_z, raw = db.execute("SELECT text_z, raw FROM versions WHERE id = ?", [vid]).fetchone()
        text = unpack_text(text_z)
        db.execute("UPDATE versions SET raw = ? WHERE id = ?", [pack_raw(unpack_raw(raw, text), text), vid])


migration(m013_search_index_of_lowered_text)  # the index case-sensitive over lower(text): no folding per trigram


@migration
def m014_version_extractor(db: Database) -> None:
    """versions.extractor: which extractor made a version's targets (extractor_id, a hash of its code).
    Rows stored before are NULL: made by an unknown extractor, so their text is read again when compared."""
    db["versions"].add_column("extractor", str)


@migration
def m015_outbox_gist(db: Database) -> None:
    """outbox.gist and document_id: what a change alert says (alerts.gist_of) and of which document, so the same
    change seen again in a copy of the document at another URL (a plan listed in two catalogues) is not alerted
    twice. Rows queued before are NULL."""
    db["outbox"].add_column("gist", str)
    db["outbox"].add_column("document_id", int)
    db["outbox"].create_index(["gist"])


@migration
def m016_indexes_by_source(db: Database) -> None:
    """documents(source_id), runs(source_id) and the runs still running: `monitor status` (the health check) reads
    each source's documents and newest runs; without them every source scanned every document and sorted all its runs, and a store of a
    few thousand columns took minutes to report (benchmarks/status.py)."""
    db["documents"].create_index(["source_id"])
    db["runs"].create_index(["source_id"])  # with the rowid: a source's runs newest first, no sort
    # the runs still marked running (each run start marks them interrupted; status reads the newest): a year of
    # 40,000 daily runs is 15 million rows to scan for none or a few
    db.execute("CREATE INDEX idx_runs_running ON runs (started_at) WHERE outcome = 'running'")


# -- the stored text and page --------------------------------------------------------------
# The normalized text is compressed on its own (every reader of a version needs it: history,
# diff, reports, search): since TEXT_WIDE, as UTF-16 (a CJK character is 2 bytes there, 3 in UTF-8)
# deflated at level 2, which is 2.3x cheaper than UTF-8 at level 6 and 4% smaller; a value stored
# before is a zlib stream of the UTF-8 text and reads as it always did. The raw page is compressed in pieces, each with the part of that text it
# most likely holds as a preset dictionary: the page holds the same sentences, so it costs little
# more than its markup. zlib reaches back 32 KB only, so one dictionary for a whole page (the
# text's last 32 KB, before m012) left a page or text longer than that compressed almost alone.
# Both are written by ISA-L's deflate (isal_zlib) and read by zlib: the same raw deflate format, and
# on crawl.py's pages 2x cheaper than zlib's for fewer bytes (text 0.17 -> 0.05 ms for 84 more bytes,
# page 0.16 -> 0.11 ms for 217 fewer; a value written by zlib before reads as it always did).

RAW_PIECES = b"\x01"  # the first byte of a versions.raw value in pieces (a zlib stream starts with 0x78)
TEXT_WIDE = b"\x02"  # the first byte of a versions.text_z value holding raw deflate of the UTF-16 text
TEXT_LEVEL = 2  # ISA-L's 0-3 (zlib's level 2, before: UTF-16 at levels 1-3 is smaller than UTF-8 at 6)
RAW_LEVEL = 3  # ISA-L's best: smaller than zlib's level 1 (before) at two thirds of its time
RAW_PIECE = 24576  # bytes of the page per piece
RAW_REACH = 24576  # bytes of text in a piece's dictionary: its own part and what follows
RAW_BACK = 4096  # bytes of text before its own part (markup moves the text a little from its place)


def pack_text(text: str) -> bytes:
    """The normalized text as stored (versions.text_z): TEXT_WIDE, then its UTF-16 deflated."""
    packer = isal_zlib.compressobj(TEXT_LEVEL, isal_zlib.DEFLATED, -15)
    return b"".join((TEXT_WIDE, packer.compress(text.encode("utf-16-le")), packer.flush()))


def unpack_text(blob: bytes) -> str:
    """The normalized text of a versions.text_z value (either format)."""
    if blob[:1] == TEXT_WIDE:
        return zlib.decompress(blob[1:], -15).decode("utf-16-le")
    return zlib.decompress(blob).decode()  # a zlib stream of the UTF-8 text (before TEXT_WIDE)


def pack_raw(raw: bytes, text: str, words: bytes | None = None) -> bytes:
    """The page bytes as stored (versions.raw): its length, then each piece compressed against its part of the text.

    The page is read rarely: the cheapest deflate that keeps it as small (RAW_LEVEL; zlib's level 6
    cost 2 ms of a first crawl's ~10 ms per page for 15% fewer bytes than its level 1). `words`: the text's
    UTF-8 when the caller has it."""
    words = text.encode() if words is None else words
    out = [RAW_PIECES, len(raw).to_bytes(4, "big")]
    for at in range(0, len(raw), RAW_PIECE):
        packer = isal_zlib.compressobj(RAW_LEVEL, isal_zlib.DEFLATED, -15, zdict=_piece_dict(words, at, len(raw)))
        out += [packer.compress(raw[at : at + RAW_PIECE]), packer.flush()]
    return b"".join(out)


def unpack_raw(blob: bytes, text: str) -> bytes:
    """The page bytes of a versions.raw value, given the version's normalized text (either format)."""
    if blob[:1] != RAW_PIECES:  # one zlib stream against the text's last 32 KB (before m012)
        unpacker = zlib.decompressobj(zdict=text.encode()[-32768:])
        return unpacker.decompress(blob) + unpacker.flush()
    words, size, rest = text.encode(), int.from_bytes(blob[1:5], "big"), blob[5:]
    pieces, at = [], 0
    while at < size:
        unpacker = zlib.decompressobj(-15, zdict=_piece_dict(words, at, size))
        pieces.append(unpacker.decompress(rest))
        if not unpacker.eof:
            raise zlib.error(f"versions.raw: the piece at byte {at} of {size} is cut short")
        rest, at = unpacker.unused_data, at + len(pieces[-1])
    return b"".join(pieces)


def _piece_dict(words: bytes, at: int, size: int) -> bytes:
    """The preset dictionary of the piece at byte `at` of a `size`-byte page: the text from the same fraction of it on."""
    start = min(max(0, at * len(words) // size - RAW_BACK), max(0, len(words) - RAW_REACH))
    return words[start : start + RAW_REACH]


# -- opening ----------------------------------------------------------------------------

# PLUGINS_NOT_RUN: every query of the store is this program's own, so the sqlite-utils plugins installed
# alongside it (prepare_connection hooks) are not run on its connections; finding them scans the entry
# points of every installed distribution, ~13 ms at the first open of every process (every `run --once`).


def db_path(path: str | Path | None = None) -> Path:
    """The database file: `path`, else $MONITOR_DB, else state/monitor.db."""
    return Path(path or os.environ.get("MONITOR_DB") or DEFAULT_DB)


def lock_wait(default: float = 5.0) -> float:
    """Seconds to wait for another process's write lock: $MONITOR_DB_TIMEOUT, else `default`."""
    value = os.environ.get("MONITOR_DB_TIMEOUT", "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise StoreError(f"MONITOR_DB_TIMEOUT: {value!r} is not a number of seconds from 0 to 3600")
    return seconds


def open_db(path: str | Path | None = None, *, timeout: float | None = None) -> Database:
    """Open (creating and migrating) the store in WAL mode; StoreError names the file on failure."""
    p = db_path(path)
    timeout = lock_wait() if timeout is None else timeout
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{p}: cannot create the directory {p.parent}: {exc.strerror or exc}") from exc
    conn = None
    try:
        with sql_errors(str(p)):
            conn = sqlite3.connect(p, timeout=timeout)
            db = Database(conn, execute_plugins=False)  # see PLUGINS_NOT_RUN
            db.enable_wal()
            db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across process crashes
            db.execute("PRAGMA foreign_keys=ON")
            conn.create_function("text_of", 1, _text_of, deterministic=True)  # SQL: text_of(text_z)
            unknown = _unknown_migrations(db)
            if unknown:
                raise StoreError(
                    f"{p}: database schema is newer than this program (unknown migrations: {', '.join(unknown)})"
                )
            MIGRATIONS.apply(db)
        return db
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def open_readonly(path: str | Path | None = None, *, timeout: float | None = None) -> Database:
    """Open an existing store for reading only (status, history, report, the analysts' commands): never creates or migrates anything."""
    p = db_path(path)
    timeout = lock_wait() if timeout is None else timeout
    if not p.is_file():
        raise StoreError(f"{p}: no database yet (check --db / $MONITOR_DB; `monitor run --once` creates it)")
    conn = None
    try:
        with sql_errors(str(p)):
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:  # WAL in a read-only directory: no -shm can be made, none writes it
                conn.close()
                conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=timeout)
            conn.create_function("text_of", 1, _text_of, deterministic=True)  # SQL: text_of(text_z)
            db = Database(conn, execute_plugins=False)  # see PLUGINS_NOT_RUN
            applied = [m.name for m in MIGRATIONS.applied(db)]
            if not applied:
                tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name != '_sqlite_migrations'").fetchone()[0]
                if not tables:  # made by a first run that was stopped (kill -9) before its first migration
                    raise StoreError(f"{p}: an empty database (the first run stopped before making it): "
                                     "`monitor run --once` makes it")
                raise StoreError(f"{p}: not a monitor database (no migrations applied)")
            unknown = [m for m in applied if m not in KNOWN_MIGRATIONS]
            if unknown:
                raise StoreError(
                    f"{p}: database schema is newer than this program (unknown migrations: {', '.join(unknown)})"
                )
            if len(applied) < len(KNOWN_MIGRATIONS):
                raise StoreError(f"{p}: database schema is older than this program: `monitor run --once` upgrades it "
                                 "(or finishes making it, when its first run was stopped)")
        return db
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def _text_of(blob: bytes | None) -> str | None:
    """SQL function text_of(versions.text_z): the normalized text, for queries and search indexes."""
    return None if blob is None else unpack_text(blob)


def _unknown_migrations(db: Database) -> list[str]:
    """Applied migrations of our set that this program does not know (a newer schema)."""
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in KNOWN_MIGRATIONS]


def db_name(db: Database | str) -> str:
    """The database file name for error messages (asked of SQLite: the connection knows its file)."""
    if isinstance(db, str):
        return db
    try:
        return db.execute("PRAGMA database_list").fetchone()[2] or "database"
    except sqlite3.Error:
        return "database"


@contextlib.contextmanager
def sql_errors(db: Database | str) -> Iterator[None]:
    """Turn sqlite errors into a StoreError naming the file and saying what is wrong."""
    try:
        yield
    except MonitorError:
        raise
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "locked" in text or "busy" in text:
            reason = "database is locked by another process (try again when it has finished)"
        elif "not a database" in text or "malformed" in text or "corrupt" in text:
            reason = f"not a monitor database or corrupt ({text})"
        elif "readonly" in text or "unable to open" in text:
            reason = f"cannot write the database ({text})"
        else:
            reason = text
        raise StoreError(f"{db_name(db)}: {reason}") from exc


def _insert(db: Database, table: str, row: dict) -> int:
    """INSERT one row with plain SQL (the hot path: sqlite-utils' insert inspects the table each call)."""
    cur = db.conn.execute(_insert_sql(table, tuple(row)), list(row.values()))
    return cur.lastrowid  # type: ignore[return-value]


@functools.lru_cache(maxsize=64)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT of one row of these columns (made once per table and columns, not per row)."""
    cols = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * len(columns))})'


def _update(db: Database, table: str, row_id: int, fields: dict) -> None:
    """UPDATE one row by id with plain SQL, inside the caller's transaction (sqlite-utils' update reads the
    table's schema and the row first: 0.14 ms a call)."""
    sets = ", ".join(f'"{c}" = ?' for c in fields)
    db.conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*fields.values(), row_id])


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock first (BEGIN IMMEDIATE), nested as a savepoint.

    A deferred transaction that reads, then writes, fails at once with "database is locked" when
    another connection wrote in between (no busy wait can help it); taking the lock first waits
    for it instead, so many hosts' threads can store at once.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def index_for_search(db: Database) -> int:
    """Add the versions stored since the last batch to the search index (at the end of a crawl or replay;
    until then search reads them without the index); returns how many."""
    with sql_errors(db), transaction(db):
        return index_new(db)


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- writing a version (monitor/pipeline.py decides what; this writes it) --------------------


def document_by(db: Database, column: str, value: str) -> dict | None:
    """The first documents row whose `column` ("url" or "index_no") is `value`."""
    assert column in ("url", "index_no")
    cur = db.execute(f"SELECT * FROM documents WHERE {column} = ? ORDER BY id LIMIT 1", [value])
    found = cur.fetchone()
    return None if found is None else dict(zip([d[0] for d in cur.description], found))


def documents_by_index_no(db: Database, index_no: str) -> list[dict]:
    """The documents rows with this 索引号, oldest first."""
    cur = db.execute("SELECT * FROM documents WHERE index_no = ? ORDER BY id", [index_no])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def version_with_text(db: Database, document_id: int, sha: str) -> int | None:
    """The first version of a document holding the text of this hash (not a flip back), if any."""
    found = db.execute(
        "SELECT id FROM versions WHERE document_id = ? AND sha256 = ? AND same_as IS NULL ORDER BY id LIMIT 1",
        [document_id, sha],
    ).fetchone()
    return found[0] if found else None


def set_current(db: Database, document_id: int, version_id: int) -> None:
    """Make a version its document's current one."""
    db.execute("UPDATE documents SET current_version_id = ? WHERE id = ?", [version_id, document_id])


def set_hold(db: Database, version_id: int, hold: str | None) -> None:
    """Mark a version "suspect" (held: no alert yet), "confirmed" or "cleared"."""
    db.execute("UPDATE versions SET hold = ? WHERE id = ?", [hold, version_id])


def previous_version(db: Database, document_id: int, seq: int) -> int | None:
    """The version of a document just before version number `seq` (the one it was compared with)."""
    found = db.execute(
        "SELECT id FROM versions WHERE document_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1", [document_id, seq]
    ).fetchone()
    return found[0] if found else None


def changes_since(db: Database, document_id: int, since: str) -> int:
    """How many times a document's text changed (versions after its first) from `since` on."""
    return db.execute(
        "SELECT count(*) FROM versions WHERE document_id = ? AND seq > 1 AND first_seen >= ?", [document_id, since]
    ).fetchone()[0]


def version_row(db: Database, version_id: int) -> dict:
    """One versions row as a dict (without the large columns)."""
    cur = db.execute(
        "SELECT id, document_id, seq, sha256, same_as, url, title, publisher, date, plan_year, n_targets, fetched_at, "
        "hold, extractor FROM versions WHERE id = ?",
        [version_id],
    )
    return dict(zip([d[0] for d in cur.description], cur.fetchone()))


def touch_document(
    db: Database, row: dict, url: str, at: str, etag: str | None, last_modified: str | None
) -> None:
    """Unchanged content: move last_seen on (and keep fresh validators and the newest URL)."""
    with transaction(db):
        db.execute("UPDATE versions SET last_seen = ? WHERE id = ?", [at, row["current_version_id"]])
        db.execute(
            "UPDATE documents SET last_seen = ?, etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
            " url = ? WHERE id = ?",
            [at, etag, last_modified, _newer_url(row["url"], url), row["id"]],
        )


def _newer_url(old: str, new: str) -> str:
    """The URL to keep for a document found by 索引号: a web address replaces a file name, never the reverse."""
    return new if new.startswith(("http://", "https://")) or not old.startswith(("http://", "https://")) else old


def _next_seq(db: Database, document_id: int) -> int:
    """The next version number of a document."""
    return db.execute("SELECT coalesce(max(seq), 0) + 1 FROM versions WHERE document_id = ?", [document_id]).fetchone()[0]


def write_revert(
    db: Database, row: dict, older_id: int, url: str, at: str, etag: str | None, last_modified: str | None,
    hold: str | None = None,
) -> int:
    """Content equal to an older version: record the flip back (no text, no targets, no change)."""
    older = version_row(db, older_id)
    with transaction(db):
        vid = _insert(
            db,
            "versions",
            {
                "document_id": row["id"],
                "seq": _next_seq(db, row["id"]),
                "sha256": older["sha256"],
                "same_as": older_id,
                "hold": hold,
                "url": url,
                "title": older["title"],
                "publisher": older["publisher"],
                "date": older["date"],
                "plan_year": older["plan_year"],
                "n_targets": older["n_targets"],
                "extractor": older["extractor"],  # the targets are the older version's
                "fetched_at": at,
                "etag": etag,
                "last_modified": last_modified,
                "first_seen": at,
                "last_seen": at,
            },
        )
        db.execute(
            "UPDATE documents SET current_version_id = ?, last_seen = ?, etag = ?, last_modified = ?, url = ? WHERE id = ?",
            [vid, at, etag, last_modified, _newer_url(row["url"], url), row["id"]],
        )
    return vid


def write_document(
    db: Database,
    row: dict | None,
    doc: Document,
    found: Extraction,
    source: str | None,
    at: str,
    etag: str | None,
    last_modified: str | None,
) -> int:
    """Insert or update the documents row; returns its id."""
    fields = {
        "index_no": doc.index_no,
        "publisher": doc.publisher,
        "title": doc.title,
        "date": doc.date,
        "plan_year": found.plan_year,
        "etag": etag,
        "last_modified": last_modified,
        "last_seen": at,
    }
    if source:
        fields["source_id"] = ensure_source(db, source)
    if row is None:
        return _insert(db, "documents", {"url": doc.url, "first_seen": at, **fields})
    fields["url"] = _newer_url(row["url"], doc.url or row["url"])
    _update(db, "documents", row["id"], fields)
    return row["id"]


def write_version(
    db: Database,
    doc_id: int,
    doc: Document,
    found: Extraction,
    sha: str,
    seed_text: str,
    raw: bytes | None,
    at: str,
    etag: str | None,
    last_modified: str | None,
    hold: str | None = None,
    *,
    seq: int | None = None,
    words: bytes | None = None,
    extractor: str | None = None,
) -> Version:
    """Insert a new content version ("suspect" when held); returns its Version. `seq`: its number when the caller
    knows it (1 for a document inserted in this transaction), else the document's next one; `words`: seed_text's
    UTF-8 when the caller has it; `extractor`: which extractor made `found` (extractor_id)."""
    seq = _next_seq(db, doc_id) if seq is None else seq
    vid = _insert(
        db,
        "versions",
        {
            "document_id": doc_id,
            "seq": seq,
            "sha256": sha,
            "text_z": pack_text(seed_text),
            "hold": hold,
            "raw": pack_raw(raw, seed_text, words) if raw is not None else None,
            "url": doc.url,
            "title": doc.title,
            "publisher": doc.publisher,
            "date": doc.date,
            "plan_year": found.plan_year,
            "n_targets": len(found.targets),
            "n_actuals": len(found.actuals),
            "extractor": extractor,
            "fetched_at": at,
            "etag": etag,
            "last_modified": last_modified,
            "first_seen": at,
            "last_seen": at,
        },
    )
    return Version(
        url=doc.url,
        title=doc.title,
        publisher=doc.publisher,
        date=doc.date,
        plan_year=found.plan_year,
        index_no=doc.index_no,
        sha256=sha,
        id=vid,
        document_id=doc_id,
        seq=seq,
        fetched_at=at,
    )


_TARGET_GETTER = operator.attrgetter(*TARGET_FIELDS)
_TARGET_INSERT = 'INSERT INTO targets (version_id, seq, {}) VALUES '.format(", ".join(f'"{f}"' for f in TARGET_FIELDS))
TARGET_ROWS = 32  # targets rows per INSERT statement (a page has ~50; each statement run costs a step, a halt, a reset)
_TARGET_VALUES = "({})".format(", ".join("?" * (2 + len(TARGET_FIELDS))))


@functools.lru_cache(maxsize=TARGET_ROWS)
def _targets_sql(rows: int) -> str:
    """INSERT of `rows` targets rows in one statement (one SQL text per count: sqlite3 keeps each prepared)."""
    return _TARGET_INSERT + ", ".join([_TARGET_VALUES] * rows)


def write_targets(db: Database, version_id: int, found: Extraction) -> None:
    """Every extracted field of every target and actual of a version, in order (TARGET_ROWS a statement)."""
    fields = _TARGET_GETTER
    rows = [(version_id, n, *fields(t)) for n, t in enumerate([*found.targets, *found.actuals])]
    for at in range(0, len(rows), TARGET_ROWS):
        batch = rows[at : at + TARGET_ROWS]
        db.conn.execute(_targets_sql(len(batch)), list(chain.from_iterable(batch)))


@functools.cache
def extractor_id() -> str:
    """Which extractor this process runs (versions.extractor): a checksum of the source of monitor/extract and
    monitor/numbers.py, found by path (importing the extractor is not needed to name it). Read once, when a
    version is first stored or compared (a re-check that stores nothing never reads it). CRC-32 and Adler-32 of
    each file (64 bits; no adversary picks the code): 0.5 M instructions, where sha256 over the same 150 KB cost 4 M."""
    package = os.path.dirname(os.path.abspath(__file__))
    folder = os.path.join(package, "extract")
    files = [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".py")]
    crc = adler = 1
    for path in [*files, os.path.join(package, "numbers.py")]:
        with open(path, "rb") as f:
            data = os.path.basename(path).encode() + b"\n" + f.read()
        crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def stale_versions(db: Database, extractor: str, *, every: bool = False) -> list[int]:
    """Versions holding text whose targets another extractor made (or an unknown one): those of each document's
    current version, or `every` one. Oldest first."""
    current = "" if every else "AND id IN (SELECT coalesce(v.same_as, v.id) FROM documents d JOIN versions v ON v.id = d.current_version_id) "
    with sql_errors(db):
        rows = db.execute(f"SELECT id FROM versions WHERE same_as IS NULL AND extractor IS NOT ? {current}ORDER BY id",
                          [extractor]).fetchall()
    return [r[0] for r in rows]


def replace_targets(db: Database, version_id: int, found: Extraction, extractor: str) -> int:
    """Store another extractor's reading of a version's text as its targets (versions are append-only; what was
    read in them is not). Change sets that referred to its old targets keep them whole (`old_json`/`new_json`),
    so history reads as it was alerted. Returns how many targets and actuals it had."""
    with sql_errors(db), transaction(db):
        _inline_target_refs(db, version_id)
        before = db.execute("DELETE FROM targets WHERE version_id = ?", [version_id]).rowcount
        write_targets(db, version_id, found)
        db.execute("UPDATE versions SET n_targets = ?, n_actuals = ?, plan_year = ?, extractor = ? WHERE id = ? OR same_as = ?",
                   [len(found.targets), len(found.actuals), found.plan_year, extractor, version_id, version_id])
        db.execute("UPDATE documents SET plan_year = ? WHERE current_version_id IN "
                   "(SELECT id FROM versions WHERE id = ? OR same_as = ?)", [found.plan_year, version_id, version_id])
    return before


def _inline_target_refs(db: Database, version_id: int) -> None:
    """Copy the targets rows of a version that changes rows refer to (old_seq/new_seq) into those rows' JSON."""
    by_seq = _targets_by_seq(db, version_id)
    for side, column in (("old", "base_version_id"), ("new", "version_id")):
        rows = db.execute(
            f"SELECT c.id, c.{side}_seq FROM changes c JOIN versions v ON v.id = c.{column} "
            f"WHERE c.{side}_seq IS NOT NULL AND coalesce(v.same_as, v.id) = ?", [version_id]).fetchall()
        db.conn.executemany(f"UPDATE changes SET {side}_json = ?, {side}_seq = NULL WHERE id = ?",
                            [(_target_dict(by_seq.get(seq)), cid) for cid, seq in rows])


def write_changes(db: Database, cs: ChangeSet, written: Extraction | None = None,
                  base: dict[tuple, int] | None = None) -> None:
    """One changes row per target change, outcome and text hunk of a change set.

    A target on either side is stored as a reference to its targets row (`old_seq`, `new_seq`: its
    seq in the targets of the version holding the text), not as a second copy; a target that is in
    no targets row (none so far) is kept whole in `old_json`/`new_json`. `written`: what
    write_targets has just stored for the new version (its seqs are known, not read back); `base`:
    the old side's seqs as load_compared read them.
    """
    assert cs.new.id is not None and cs.old.id is not None
    old = _target_seqs(db, cs.old.id) if base is None else base
    new = _target_seqs(db, cs.new.id) if written is None else _written_seqs(written)
    rows = ([_change_row(c, old, new) for c in cs.changes] + [_outcome_row(o, old, new) for o in cs.outcomes]
            + [_hunk_row(h) for h in cs.hunks])
    fixed = (cs.new.id, cs.old.id, cs.kind, cs.detected_at)
    db.conn.executemany(_CHANGE_SQL, [(*fixed, n, *r) for n, r in enumerate(rows)])


def _target_seqs(db: Database, version_id: int) -> dict[tuple, int]:
    """{every field of a target: its seq} for the targets and actuals of a version (of its text's version)."""
    cols = ", ".join(f'"{f}"' for f in TARGET_FIELDS)
    rows = db.execute(f"SELECT seq, {cols} FROM targets WHERE version_id = ?", [_content_id(db, version_id)])
    return {tuple(r[1:]): r[0] for r in rows.fetchall()}


def _written_seqs(found: Extraction) -> dict[tuple, int]:
    """{every field of a target: its seq} as write_targets numbers an extraction's targets and actuals."""
    return {_TARGET_GETTER(t): n for n, t in enumerate([*found.targets, *found.actuals])}


def _ref(t: Target | None, seqs: dict[tuple, int]) -> tuple[int | None, str | None]:
    """(seq, None) for a target stored in the version's targets, else (None, the target as JSON)."""
    if t is None:
        return None, None
    seq = seqs.get(_TARGET_GETTER(t))
    return (seq, None) if seq is not None else (None, _target_dict(t))


def _compact_json() -> Callable[[object], str]:
    """json.dumps(x, ensure_ascii=False, separators=(",", ":")) for the changes rows' lists and dicts, with the C
    encoder made once (JSONEncoder.encode makes one per call); the same text for any value that holds no cycle."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    if json.encoder.c_make_encoder is None:  # no C accelerator: the encoder's own method
        return encoder.encode
    chunks = json.encoder.c_make_encoder(None, encoder.default, json.encoder.encode_basestring, None, ":", ",",
                                         False, False, True)
    return lambda value: "".join(chunks(value, 0))


_json = _compact_json()


def _target_dict(t: Target | None) -> str | None:
    """A target as JSON text (every field)."""
    return None if t is None else _json(dict(zip(TARGET_FIELDS, _TARGET_GETTER(t))))


def _change_columns(change: str, indicator: str | None = None, kind: str | None = None, what: str | None = None,
                    line: str | None = None, old_text: str | None = None, new_text: str | None = None,
                    delta_text: str | None = None, old_json: str | None = None, new_json: str | None = None,
                    delta_json: str | None = None, old_seq: int | None = None, new_seq: int | None = None) -> tuple:
    """A changes row's values in the order of these parameters (a tuple, not a dict looked up column by column)."""
    return (change, indicator, kind, what, line, old_text, new_text, delta_text, old_json, new_json, delta_json,
            old_seq, new_seq)


_CHANGE_COLUMNS = tuple(inspect.signature(_change_columns).parameters)  # one order: the function's
_CHANGE_SQL = "INSERT INTO changes (version_id, base_version_id, changeset, detected_at, seq, {}) VALUES ({})".format(
    ", ".join(f'"{c}"' for c in _CHANGE_COLUMNS), ", ".join("?" * (5 + len(_CHANGE_COLUMNS)))
)


def _change_row(c: Change, old: dict[tuple, int], new: dict[tuple, int]) -> tuple:
    """A target change as a changes row (its targets as references to targets rows)."""
    from monitor.report import change_line, format_target  # the renderers: only a run with changes needs them

    (old_seq, old_json), (new_seq, new_json) = _ref(c.old, old), _ref(c.new, new)
    return _change_columns(
        c.change,
        indicator=c.indicator,
        kind=c.kind,
        what=_json(list(c.what)),
        line=change_line(c),
        old_text=format_target(c.old) if c.old else None,
        new_text=format_target(c.new) if c.new else None,
        delta_text=c.delta.text if c.delta else None,
        old_json=old_json,
        new_json=new_json,
        old_seq=old_seq,
        new_seq=new_seq,
        delta_json=_json(c.delta.to_json()) if c.delta else None,
    )


def _outcome_row(o: Outcome, old: dict[tuple, int], new: dict[tuple, int]) -> tuple:
    """An earlier target met (or not) by a reported actual, as a changes row."""
    from monitor.report import format_target, outcome_line

    (old_seq, old_json), (new_seq, new_json) = _ref(o.target, old), _ref(o.actual, new)
    return _change_columns(
        "outcome",
        indicator=o.indicator,
        kind=o.kind,
        what=_json([{True: "met", False: "not met", None: "not comparable"}[o.met]]),
        line=outcome_line(o),
        old_text=format_target(o.target),
        new_text=format_target(o.actual),
        old_json=old_json,
        new_json=new_json,
        old_seq=old_seq,
        new_seq=new_seq,
    )


def _hunk_row(h: Hunk) -> tuple:
    """A text hunk as a changes row."""
    return _change_columns(
        "text",
        what=_json([h.change]),
        old_text="".join(h.old),
        new_text="".join(h.new),
        old_json=_json({"at": h.old_at, "sentences": list(h.old)}),
        new_json=_json({"at": h.new_at, "sentences": list(h.new)}),
    )


# -- reading versions back ------------------------------------------------------------


def earlier_plans(db: Database, publisher: str | None, plan_year: int | None, date: str | None,
                  limit: int = 20) -> list[tuple[int, str]]:
    """(current version, title) of the publisher's earlier plans with targets, most recent first (by plan year, then date)."""
    if not publisher or plan_year is None:
        return []
    rows = db.execute(
        "SELECT d.current_version_id, coalesce(d.title, '') FROM documents d JOIN versions v ON v.id = d.current_version_id "
        "WHERE d.publisher = ? AND v.n_targets > 0 "
        "AND (d.plan_year < ? OR (d.plan_year = ? AND coalesce(d.date, '') < ?)) "
        "ORDER BY d.plan_year DESC, d.date DESC, d.id DESC LIMIT ?",
        [publisher, plan_year, plan_year, date or "", limit],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def later_plans(db: Database, document_id: int, publisher: str | None, plan_year: int | None,
                date: str | None, limit: int = 20) -> list[tuple[int, str, int, str | None]]:
    """(first version, title, plan year, date) of the publisher's later plans with targets, nearest first."""
    if not publisher or plan_year is None:
        return []
    rows = db.execute(
        "SELECT v.id, coalesce(d.title, ''), d.plan_year, d.date FROM documents d "
        "JOIN versions v ON v.document_id = d.id AND v.seq = 1 "
        "WHERE d.publisher = ? AND d.id != ? AND v.n_targets > 0 "
        "AND (d.plan_year > ? OR (d.plan_year = ? AND coalesce(d.date, '') > ?)) "
        "ORDER BY d.plan_year, d.date, d.id LIMIT ?",
        [publisher, document_id, plan_year, plan_year, date or "", limit],
    ).fetchall()
    return [tuple(r) for r in rows]


def delete_changes(db: Database, version_id: int, changeset: str) -> None:
    """Forget a version's change set of one kind (a plan compared with an earlier plan than the one it follows now)."""
    db.execute("DELETE FROM changes WHERE version_id = ? AND changeset = ?", [version_id, changeset])


def _content_id(db: Database, version_id: int) -> int:
    """The version holding the text and targets (a flip back points to an older one)."""
    same_as = db.execute("SELECT same_as FROM versions WHERE id = ?", [version_id]).fetchone()
    if same_as is None:
        raise StoreError(f"{db_name(db)}: no version {version_id}")
    return same_as[0] or version_id


def load_version(db: Database, version_id: int, *, text: bool = True) -> tuple[Version, Document, Extraction]:
    """A stored version: its summary, its Document (title only when not `text`) and its targets and actuals."""
    return load_compared(db, version_id, text=text)[:3]


_SEQ_TARGETS_SQL = "SELECT seq, {} FROM targets WHERE version_id = ? ORDER BY seq".format(
    ", ".join(f'"{f}"' for f in TARGET_FIELDS))


def load_compared(db: Database, version_id: int, *,
                  text: bool = True) -> tuple[Version, Document, Extraction, dict[tuple, int], str | None]:
    """load_version, the seq of each of its targets as write_changes refers to them (read once, not twice) and
    which extractor made them (versions.extractor: None when unknown)."""
    with sql_errors(db):
        content = _content_id(db, version_id)
        v = version_row(db, version_id)
        rows = db.conn.execute(_SEQ_TARGETS_SQL, [content]).fetchall()
        records = [Target(*r[1:]) for r in rows]
        if text:
            doc = seedformat.parse(version_text(db, content), f"{db_name(db)} version {content}")
        else:
            index_no = db.execute("SELECT index_no FROM documents WHERE id = ?", [v["document_id"]]).fetchone()[0]
            doc = Document(v["title"], (), index_no=index_no, publisher=v["publisher"], date=v["date"], url=v["url"])
    found = Extraction(
        targets=[t for t in records if t.role != "actual"],
        actuals=[t for t in records if t.role == "actual"],
        plan_year=v["plan_year"],
    )
    seqs = {_TARGET_GETTER(t): r[0] for t, r in zip(records, rows)}
    return _version(v, doc.index_no, _text_files(db, content)), doc, found, seqs, v["extractor"]


def version_text(db: Database, version_id: int) -> str:
    """The normalized (seed-format) text a version holds (a flip back: its older version's)."""
    with sql_errors(db):
        content = _content_id(db, version_id)
        return unpack_text(db.execute("SELECT text_z FROM versions WHERE id = ?", [content]).fetchone()[0])


def version_raw(db: Database, version_id: int) -> bytes | None:
    """The page bytes fetched for a version (None for a flip back or a capture stored without them)."""
    with sql_errors(db):
        raw, text_z = db.execute("SELECT raw, text_z FROM versions WHERE id = ?", [version_id]).fetchone()
    return None if raw is None else unpack_raw(raw, unpack_text(text_z))


def same_raw(db: Database, version_id: int, raw: bytes) -> bool:
    """True when the page bytes stored for a version are `raw`. The stored length (a value's first bytes since
    m012) is compared first, so a page that changed length is not decompressed."""
    with sql_errors(db):
        head = db.execute("SELECT substr(raw, 1, 5) FROM versions WHERE id = ?", [version_id]).fetchone()
    if head is None or head[0] is None:
        return False
    if head[0][:1] == RAW_PIECES and int.from_bytes(head[0][1:5], "big") != len(raw):
        return False
    return version_raw(db, version_id) == raw


def _text_files(db: Database, version_id: int) -> tuple[tuple[str, str], ...]:
    """(name, URL) of the attachments whose text a version holds."""
    rows = db.execute("SELECT name, url FROM version_files WHERE version_id = ? AND status = 'ok' ORDER BY seq", [version_id])
    return tuple((name, url) for name, url in rows.fetchall())


def _version(v: dict, index_no: str | None = None, files: tuple[tuple[str, str], ...] = ()) -> Version:
    """A Version from a versions row."""
    return Version(
        url=v["url"],
        title=v["title"],
        publisher=v["publisher"],
        date=v["date"],
        plan_year=v["plan_year"],
        index_no=index_no,
        sha256=v["sha256"],
        id=v["id"],
        document_id=v["document_id"],
        seq=v["seq"],
        fetched_at=v["fetched_at"],
        same_as=v["same_as"],
        attachments=files,
    )


# -- attachments (files) -----------------------------------------------------------------


def write_file(db: Database, url: str, content: bytes, at: str, etag: str | None, last_modified: str | None) -> str:
    """Keep a fetched attachment's bytes once per content (sha256) and its URL's validators; returns the sha256."""
    sha = hashlib.sha256(content).hexdigest()
    with sql_errors(db), db.atomic():
        db.conn.execute(
            "INSERT OR IGNORE INTO files (sha256, size, content, first_seen) VALUES (?, ?, ?, ?)",
            [sha, len(content), zlib.compress(content, 1), at],
        )
        db.conn.execute(
            "INSERT OR REPLACE INTO file_urls (url, sha256, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?, ?)",
            [url, sha, etag, last_modified, at],
        )
    return sha


def stored_file(db: Database, url: str) -> tuple[bytes, str, str | None, str | None, str] | None:
    """The bytes last fetched from an attachment URL: (content, sha256, etag, last_modified, fetched_at), or None."""
    with sql_errors(db):
        row = db.execute(
            "SELECT f.content, u.sha256, u.etag, u.last_modified, u.fetched_at FROM file_urls u "
            "JOIN files f ON f.sha256 = u.sha256 WHERE u.url = ?",
            [url],
        ).fetchone()
    return None if row is None else (zlib.decompress(row[0]), *row[1:])


def write_version_files(db: Database, version_id: int, files: list[dict]) -> None:
    """The attachments a version read: {name, url, type, status, detail, sha256} each, in page order."""
    for n, f in enumerate(files, 1):
        _insert(db, "version_files", {"version_id": version_id, "seq": n, **f})


def version_files(db: Database, version_ids: list[int]) -> dict[int, list[dict]]:
    """{version id: its attachments (name, url, type, status, detail, sha256) in page order}."""
    out: dict[int, list[dict]] = {}
    if not version_ids:
        return out
    with sql_errors(db):
        marks = ", ".join("?" * len(version_ids))
        for row in db.query(
            f"SELECT version_id, name, url, type, status, detail, sha256 FROM version_files "
            f"WHERE version_id IN ({marks}) ORDER BY version_id, seq",
            version_ids,
        ):
            out.setdefault(row.pop("version_id"), []).append(row)
    return out


# -- conditional GET and runs -----------------------------------------------------------


def validators(db: Database, url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified last seen for a URL ((None, None) when unknown, when its current version is
    suspect: the page must be read again to confirm it, a 304 would confirm nothing, or, for READ_AGAIN_DAYS after
    it was stored, when an attachment of it was not read for a reason that may pass: a failed fetch, no Chinese
    font; a 304 would never ask for it again. A dead link is not asked for on every run for ever)."""
    return stored_validators(db, url) or (None, None)


READ_AGAIN_DAYS = 7


def stored_validators(db: Database, url: str) -> tuple[str | None, str | None] | None:
    """None when no document is stored for the URL, else its validators as `validators` gives them (one query)."""
    marks = ", ".join("?" * len(READ_LATER))
    since = (datetime.now(timezone.utc) - timedelta(days=READ_AGAIN_DAYS)).isoformat(timespec="seconds")
    with sql_errors(db):
        found = db.execute(
            "SELECT d.etag, d.last_modified, v.hold, v.fetched_at >= ? AND EXISTS (SELECT 1 FROM version_files f "
            f"WHERE f.version_id = v.id AND f.status IN ({marks})) FROM documents d "
            "LEFT JOIN versions v ON v.id = d.current_version_id WHERE d.url = ?",
            [since, *READ_LATER, url],
        ).fetchone()
    if found is None:
        return None
    return (found[0], found[1]) if found[2] != "suspect" and not found[3] else (None, None)


def touch_all(db: Database, seen: Sequence[tuple[str, str]]) -> None:
    """Unchanged fetches (304s) as (fetched_at, URL): last_seen moved on in one transaction (a URL no longer stored is skipped)."""
    if not seen:
        return
    with sql_errors(db), transaction(db):
        db.conn.executemany(
            "UPDATE versions SET last_seen = ? WHERE id = (SELECT current_version_id FROM documents WHERE url = ?)", seen)
        db.conn.executemany("UPDATE documents SET last_seen = ? WHERE url = ?", seen)


def ensure_source(db: Database, key: str, *, name: str | None = None, url: str | None = None) -> int:
    """The id of a configured source, added on first use."""
    with sql_errors(db):
        found = db.execute("SELECT id FROM sources WHERE key = ?", [key]).fetchone()
        if found:
            if name or url:
                db["sources"].update(found[0], {k: v for k, v in (("name", name), ("url", url)) if v})
            return found[0]
        return db["sources"].insert({"key": key, "name": name, "url": url, "created_at": now()}).last_pk


def start_run(db: Database, source: str, started_at: str | None = None) -> int:
    """Record the start of a check of a source; returns the run id."""
    with sql_errors(db):
        sid = ensure_source(db, source)
        return db["runs"].insert({"source_id": sid, "started_at": started_at or now(), "outcome": "running"}).last_pk


def finish_run(
    db: Database,
    run_id: int,
    *,
    outcome: str,
    error: str | None = None,
    new: int = 0,
    changed: int = 0,
    unchanged: int = 0,
    failed: int = 0,
    requests: int = 0,
    finished_at: str | None = None,
    failed_urls: list[str] | None = None,
) -> None:
    """Record how a check ended: outcome ("ok", "partial", "failed"), error, counts and the pages that failed."""
    with sql_errors(db):
        db["runs"].update(
            run_id,
            {
                "finished_at": finished_at or now(),
                "outcome": outcome,
                "error": error,
                "new": new,
                "changed": changed,
                "unchanged": unchanged,
                "failed": failed,
                "requests": requests,
                "failed_urls": json.dumps(failed_urls, ensure_ascii=False) if failed_urls else None,
            },
        )


# -- reading back -----------------------------------------------------------------------


def changesets(
    db: Database, *, since: str | None = None, document_ids: list[int] | None = None,
    version_ids: list[int] | None = None,
) -> list[ChangeSet]:
    """The stored change sets, oldest first (optionally from a date on, of some documents or of some new versions)."""
    where, params = ["1 = 1"], []
    if since:
        where.append("c.detected_at >= ?")
        params.append(since)
    if document_ids is not None:
        where.append(f"v.document_id IN ({', '.join('?' for _ in document_ids)})")
        params += document_ids
    if version_ids is not None:
        where.append(f"c.version_id IN ({', '.join('?' for _ in version_ids)})")
        params += version_ids
    with sql_errors(db):
        rows = list(
            db.query(
                "SELECT c.* FROM changes c JOIN versions v ON v.id = c.version_id "
                f"WHERE {' AND '.join(where)} ORDER BY c.version_id, c.base_version_id, c.seq",
                params,
            )
        )
        groups: dict[tuple[int, int], list[dict]] = {}
        for r in rows:
            groups.setdefault((r["version_id"], r["base_version_id"]), []).append(r)
        out = [_changeset(db, key, members) for key, members in groups.items()]
    return sorted(out, key=lambda cs: (cs.detected_at or "", cs.new.id or 0))


def _changeset(db: Database, key: tuple[int, int], rows: list[dict]) -> ChangeSet:
    """Rebuild one ChangeSet from its changes rows."""
    new_id, old_id = key
    changes, outcomes, hunks = [], [], []
    old_targets, new_targets = _targets_by_seq(db, old_id), _targets_by_seq(db, new_id)
    for r in rows:
        what = json.loads(r["what"] or "[]")
        if r["change"] == "text":
            old, new = json.loads(r["old_json"]), json.loads(r["new_json"])
            hunks.append(Hunk(what[0], tuple(old["sentences"]), tuple(new["sentences"]), old["at"], new["at"]))
            continue
        old_t = _side(r["old_seq"], r["old_json"], old_targets)
        new_t = _side(r["new_seq"], r["new_json"], new_targets)
        if r["change"] == "outcome":
            met = {"met": True, "not met": False}.get(what[0])
            assert old_t is not None and new_t is not None
            outcomes.append(Outcome(r["indicator"], r["kind"], old_t.period, old_t, new_t, met))
        else:
            d = json.loads(r["delta_json"]) if r["delta_json"] else None
            delta = Delta(d["relative"], d["points"], d["direction"]) if d else None
            changes.append(Change(r["change"], r["indicator"], r["kind"], tuple(what), old_t, new_t, delta))
    return ChangeSet(
        kind=rows[0]["changeset"],
        old=_stored_version(db, old_id),
        new=_stored_version(db, new_id),
        changes=tuple(changes),
        hunks=tuple(hunks),
        outcomes=tuple(outcomes),
        detected_at=rows[0]["detected_at"],
    )


def _targets_by_seq(db: Database, version_id: int) -> dict[int, Target]:
    """{seq: Target} of the targets and actuals of a version (of its text's version)."""
    cols = ", ".join(f'"{f}"' for f in TARGET_FIELDS)
    rows = db.execute(f"SELECT seq, {cols} FROM targets WHERE version_id = ?", [_content_id(db, version_id)])
    return {r[0]: Target(*r[1:]) for r in rows.fetchall()}


def _side(seq: int | None, whole: str | None, targets: dict[int, Target]) -> Target | None:
    """One side of a target change: the referenced targets row, else the target kept whole, else none."""
    if seq is not None:
        return targets[seq]
    return Target(**json.loads(whole)) if whole else None


def _stored_version(db: Database, version_id: int) -> Version:
    """A Version summary of a stored version (索引号 from its document)."""
    v = version_row(db, version_id)
    index_no = db.execute("SELECT index_no FROM documents WHERE id = ?", [v["document_id"]]).fetchone()[0]
    return _version(v, index_no, _text_files(db, _content_id(db, version_id)))


def find_documents(db: Database, key: str) -> list[dict]:
    """Documents whose URL, 索引号 or publisher is `key`, by plan year and date."""
    with sql_errors(db):
        return list(
            db.query(
                "SELECT * FROM documents WHERE url = ? OR index_no = ? OR publisher = ? "
                "ORDER BY plan_year, date, id",
                [key, key, key],
            )
        )


def versions_of(db: Database, document_id: int) -> list[dict]:
    """The versions of a document (no text), oldest first."""
    with sql_errors(db):
        return list(
            db.query(
                "SELECT id, seq, sha256, same_as, url, title, date, plan_year, n_targets, n_actuals, fetched_at, "
                "first_seen, last_seen, hold FROM versions WHERE document_id = ? ORDER BY seq",
                [document_id],
            )
        )


__all__ = [
    "DEFAULT_DB",
    "MIGRATIONS",
    "changesets",
    "db_path",
    "ensure_source",
    "find_documents",
    "finish_run",
    "index_for_search",
    "load_version",
    "open_db",
    "same_raw",
    "open_readonly",
    "start_run",
    "validators",
    "version_raw",
    "version_text",
    "versions_of",
]
