"""The versioned store on a real SQLite file: versions, flips, plan comparison, crashes, errors."""

from __future__ import annotations

import difflib
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from monitor import pipeline, search, seedformat, store
from monitor.errors import StoreError
from monitor.extract import extract
from monitor.models import Document, Extraction, Target

URL = "http://www.kq.gov.cn/art/2024/3/26/art_1229411530_4081572.html"
_NUMBER = re.compile(r"(一般公共预算收入|区级和美乡村|村级避灾安置中心)(\d+)(万元|个)")


def extraction(doc: Document) -> Extraction:
    """A small stand-in extractor for store tests: three indicators read by a regex (the real one runs in test_replay)."""
    body = doc.body
    found = []
    for m in _NUMBER.finditer(body):
        value = float(m.group(2))
        base = value * 1e4 if m.group(3) == "万元" else value
        kind = "level" if m.group(3) == "万元" else "count"
        found.append(Target(m.group(1), value, None, None, m.group(3), kind, None, "2024", m.group(0), m.start(2),
                            base, None, None, "元" if m.group(3) == "万元" else "个"))
    return Extraction(found, [], int(doc.date[:4]) if doc.date else None)


def plan(
    budget: int = 5300,
    villages: int = 5,
    *,
    year: int = 2024,
    url: str = URL,
    publisher: str = "王坛镇",
    index_no: str | None = "00258263-0/2024-72396",
    date: str | None = None,
    extra: str = "",
) -> Document:
    """A small plan of 王坛镇 with two or three targets."""
    return Document(
        title=f"{publisher}{year}年工作计划",
        paragraphs=(
            f"{year}年是王坛镇奋力打造“水源保护地绿色共富新高地”突破之年。",
            f"经济社会发展的主要目标是:一般公共预算收入{budget}万元。",
            f"加大涉农资金整合力度,打造区级和美乡村{villages}个。{extra}",
        ),
        index_no=index_no,
        publisher=publisher,
        date=date or f"{year}-03-26",
        url=url,
    )


def ingest(db, doc: Document, **kw) -> pipeline.IngestResult:
    """Ingest with the stand-in extractor."""
    return pipeline.ingest(db, doc, extraction=extraction(doc), **kw)


def count(db, table: str, where: str = "1 = 1", params=()) -> int:
    """Rows in a table."""
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", list(params)).fetchone()[0]


# -- opening ----------------------------------------------------------------------------


def test_open_creates_the_file_in_wal_mode_with_every_table(tmp_path):
    path = tmp_path / "state" / "monitor.db"
    db = store.open_db(path)
    assert path.exists() and db.journal_mode == "wal"
    assert {"sources", "documents", "versions", "targets", "changes", "runs"} <= set(db.table_names())
    assert [m.name for m in store.MIGRATIONS.applied(db)] == ["m001_versioned_store", "m002_outbox", "m003_search_index",
                                                            "m004_target_direction", "m005_suspect_versions_and_failed_pages",
                                                            "m006_outbox_claimant", "m007_attachments", "m008_compressed_text",
                                                                "m009_search_in_batches", "m010_change_references",
                                                                "m011_search_batch_in_one_segment", "m012_raw_in_pieces",
                                                                "m013_search_index_of_lowered_text", "m014_version_extractor",
                                                                "m015_outbox_gist", "m016_indexes_by_source"]
    db.close()
    again = store.open_db(path)  # reopening applies nothing twice
    assert len(store.MIGRATIONS.applied(again)) == len(store.KNOWN_MIGRATIONS) == 16


def test_database_file_comes_from_argument_then_environment_then_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MONITOR_DB", raising=False)
    assert store.db_path() == Path("state/monitor.db")
    monkeypatch.setenv("MONITOR_DB", str(tmp_path / "env.db"))
    assert store.db_path() == tmp_path / "env.db"
    assert store.db_path(tmp_path / "arg.db") == tmp_path / "arg.db"
    store.open_db().close()
    assert (tmp_path / "env.db").exists() and not (tmp_path / "state").exists()


def test_an_older_database_is_upgraded_by_the_pending_migrations(tmp_path):
    path = tmp_path / "old.db"
    fresh = store.open_db(tmp_path / "new.db")
    every = [m.name for m in store.MIGRATIONS.applied(fresh)]
    fresh.close()
    old = store.Database(path)
    old.conn.create_function("text_of", 1, store._text_of, deterministic=True)  # as open_db registers it
    store.MIGRATIONS.apply(old, stop_before=every[-1])
    old.close()
    db = store.open_db(path)
    assert [m.name for m in store.MIGRATIONS.applied(db)] == every


SCHEMA = """
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE TABLE "sources" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT NOT NULL,
   "name" TEXT,
   "url" TEXT,
   "created_at" TEXT
);
CREATE UNIQUE INDEX "idx_sources_key"
    ON "sources" ("key");
CREATE TABLE "documents" (
   "id" INTEGER PRIMARY KEY,
   "url" TEXT NOT NULL,
   "index_no" TEXT,
   "publisher" TEXT,
   "title" TEXT,
   "date" TEXT,
   "plan_year" INTEGER,
   "source_id" INTEGER REFERENCES "sources"("id"),
   "current_version_id" INTEGER,
   "etag" TEXT,
   "last_modified" TEXT,
   "first_seen" TEXT,
   "last_seen" TEXT
);
CREATE UNIQUE INDEX "idx_documents_url"
    ON "documents" ("url");
CREATE INDEX "idx_documents_index_no"
    ON "documents" ("index_no");
CREATE INDEX "idx_documents_publisher_plan_year_date"
    ON "documents" ("publisher", "plan_year", "date");
CREATE TABLE "versions" (
   "id" INTEGER PRIMARY KEY,
   "document_id" INTEGER NOT NULL REFERENCES "documents"("id"),
   "seq" INTEGER NOT NULL,
   "sha256" TEXT NOT NULL,
   "same_as" INTEGER REFERENCES "versions"("id"),
   "seed_text" TEXT,
   "raw" BLOB,
   "url" TEXT,
   "title" TEXT,
   "publisher" TEXT,
   "date" TEXT,
   "plan_year" INTEGER,
   "n_targets" INTEGER,
   "n_actuals" INTEGER,
   "fetched_at" TEXT,
   "etag" TEXT,
   "last_modified" TEXT,
   "first_seen" TEXT,
   "last_seen" TEXT
, "hold" TEXT, "text_z" BLOB, "extractor" TEXT);
CREATE UNIQUE INDEX "idx_versions_document_id_seq"
    ON "versions" ("document_id", "seq");
CREATE INDEX "idx_versions_document_id_sha256"
    ON "versions" ("document_id", "sha256");
CREATE TABLE "targets" (
   "id" INTEGER PRIMARY KEY,
   "version_id" INTEGER NOT NULL REFERENCES "versions"("id"),
   "seq" INTEGER,
   "role" TEXT,
   "indicator" TEXT,
   "value" REAL,
   "min" REAL,
   "max" REAL,
   "unit" TEXT,
   "kind" TEXT,
   "qualifier" TEXT,
   "period" TEXT,
   "quote" TEXT,
   "offset" INTEGER,
   "base_value" REAL,
   "base_min" REAL,
   "base_max" REAL,
   "base_unit" TEXT
, "direction" TEXT);
CREATE INDEX "idx_targets_version_id"
    ON "targets" ("version_id");
CREATE TABLE "changes" (
   "id" INTEGER PRIMARY KEY,
   "version_id" INTEGER NOT NULL REFERENCES "versions"("id"),
   "base_version_id" INTEGER NOT NULL REFERENCES "versions"("id"),
   "changeset" TEXT,
   "seq" INTEGER,
   "change" TEXT NOT NULL,
   "indicator" TEXT,
   "kind" TEXT,
   "what" TEXT,
   "line" TEXT,
   "old_text" TEXT,
   "new_text" TEXT,
   "delta_text" TEXT,
   "old_json" TEXT,
   "new_json" TEXT,
   "delta_json" TEXT,
   "detected_at" TEXT
, "old_seq" INTEGER, "new_seq" INTEGER);
CREATE INDEX "idx_changes_version_id"
    ON "changes" ("version_id");
CREATE INDEX "idx_changes_detected_at"
    ON "changes" ("detected_at");
CREATE TABLE "runs" (
   "id" INTEGER PRIMARY KEY,
   "source_id" INTEGER REFERENCES "sources"("id"),
   "started_at" TEXT,
   "finished_at" TEXT,
   "outcome" TEXT,
   "error" TEXT,
   "new" INTEGER,
   "changed" INTEGER,
   "unchanged" INTEGER,
   "failed" INTEGER,
   "requests" INTEGER
, "failed_urls" TEXT);
CREATE INDEX "idx_runs_source_id_started_at"
    ON "runs" ("source_id", "started_at");
CREATE TABLE "outbox" (
   "id" INTEGER PRIMARY KEY,
   "key" TEXT NOT NULL,
   "channel" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "source" TEXT,
   "subject" TEXT,
   "message" TEXT NOT NULL,
   "status" TEXT NOT NULL,
   "attempts" INTEGER DEFAULT 0,
   "created_at" TEXT,
   "next_attempt_at" TEXT,
   "lease_until" TEXT,
   "sent_at" TEXT,
   "expires_at" TEXT,
   "last_error" TEXT
, "claimed_by" TEXT, "gist" TEXT, "document_id" INTEGER);
CREATE UNIQUE INDEX "idx_outbox_key"
    ON "outbox" ("key");
CREATE INDEX "idx_outbox_status_next_attempt_at"
    ON "outbox" ("status", "next_attempt_at");
CREATE TABLE "files" (
   "sha256" TEXT PRIMARY KEY,
   "size" INTEGER,
   "content" BLOB,
   "first_seen" TEXT
);
CREATE TABLE "file_urls" (
   "url" TEXT PRIMARY KEY,
   "sha256" TEXT REFERENCES "files"("sha256"),
   "etag" TEXT,
   "last_modified" TEXT,
   "fetched_at" TEXT
);
CREATE TABLE "version_files" (
   "id" INTEGER PRIMARY KEY,
   "version_id" INTEGER NOT NULL REFERENCES "versions"("id"),
   "seq" INTEGER,
   "name" TEXT,
   "url" TEXT NOT NULL,
   "type" TEXT,
   "status" TEXT NOT NULL,
   "detail" TEXT,
   "sha256" TEXT REFERENCES "files"("sha256")
);
CREATE INDEX "idx_version_files_version_id"
    ON "version_files" ("version_id");
CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_upto INTEGER NOT NULL);
CREATE VIRTUAL TABLE versions_fts USING fts5(seed_text, content='', tokenize='trigram case_sensitive 1', detail='none', columnsize=0);
CREATE TABLE 'versions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'versions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE 'versions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE INDEX "idx_outbox_gist"
    ON "outbox" ("gist");
CREATE INDEX "idx_documents_source_id"
    ON "documents" ("source_id");
CREATE INDEX "idx_runs_source_id"
    ON "runs" ("source_id");
CREATE INDEX idx_runs_running ON runs (started_at) WHERE outcome = 'running';
"""


def test_schema_snapshot(db):
    """The tables the migrations build. A new migration changes this: paste the printed schema into SCHEMA."""
    got, want = db.schema.strip(), SCHEMA.strip()
    diff = "\n".join(difflib.unified_diff(want.splitlines(), got.splitlines(), "SCHEMA (test)", "db.schema", lineterm=""))
    assert got == want, f"schema changed; if intended, set SCHEMA in tests/test_store.py to:\n{got}\n\ndiff:\n{diff}"


# -- versions ---------------------------------------------------------------------------


def test_new_then_unchanged_fetch_moves_last_seen_only(db):
    first = ingest(db, plan(), fetched_at="2024-03-27T00:00:00+00:00", raw=b"<html>v1</html>", etag='"a1"')
    assert (first.status, first.changeset) == ("new", None)
    again = ingest(db, plan(), fetched_at="2024-03-28T00:00:00+00:00", etag='"a2"')
    assert (again.status, again.version_id, again.changeset) == ("unchanged", first.version_id, None)
    assert count(db, "versions") == 1 and count(db, "targets") == 2
    v = db["versions"].get(first.version_id)
    assert (v["first_seen"], v["last_seen"], v["fetched_at"]) == (
        "2024-03-27T00:00:00+00:00", "2024-03-28T00:00:00+00:00", "2024-03-27T00:00:00+00:00"
    )
    assert store.validators(db, URL) == ('"a2"', None)


def test_a_version_keeps_sha_canonical_text_compressed_page_and_every_target_field(db):
    doc = plan()
    r = ingest(db, doc, raw="<html>王坛镇</html>".encode() * 50)
    v = db["versions"].get(r.version_id)
    assert v["sha256"] == pipeline.content_sha256(doc)
    assert seedformat.parse(store.version_text(db, r.version_id)) == doc
    assert store.version_raw(db, r.version_id) == "<html>王坛镇</html>".encode() * 50 and len(v["raw"]) < 200
    assert v["seed_text"] is None and len(v["text_z"]) < len(seedformat.render(doc).encode())
    rows = list(db.query("SELECT * FROM targets WHERE version_id = ? ORDER BY seq", [r.version_id]))
    assert [(t["indicator"], t["value"], t["unit"], t["base_value"], t["quote"]) for t in rows] == [
        ("一般公共预算收入", 5300.0, "万元", 53000000.0, "一般公共预算收入5300万元"),
        ("区级和美乡村", 5.0, "个", 5.0, "区级和美乡村5个"),
    ]


def test_a_page_with_more_targets_than_one_insert_holds_keeps_every_target_in_page_order(db):
    """Targets are written TARGET_ROWS to a statement: 70 of them come back all, in order, every field kept."""
    body = tuple(f"第{n}项:建设示范村{n + 1}个,新增就业{(n + 1) * 10}人。" for n in range(35))
    doc = replace(plan(), paragraphs=plan().paragraphs + body)
    found = extract(doc)
    assert len(found.targets) + len(found.actuals) > 2 * store.TARGET_ROWS
    r = pipeline.ingest(db, doc, extraction=found)
    _, _, back = store.load_version(db, r.version_id)
    assert (back.targets, back.actuals) == (found.targets, found.actuals)
    seqs = [row[0] for row in db.execute("SELECT seq FROM targets WHERE version_id = ? ORDER BY rowid", [r.version_id])]
    assert seqs == list(range(len(found.targets) + len(found.actuals)))


@pytest.mark.parametrize("url", [URL, "http://www.kq.gov.cn/王坛镇/计划 2024.html?a=１&b=é"])
def test_the_version_hash_is_the_normalized_texts_whatever_characters_its_url_holds(db, url):
    """The stored sha256 is that of the text without its URL line, so equal text at any URL hashes alike."""
    first = ingest(db, plan(url=url))
    assert db["versions"].get(first.version_id)["sha256"] == pipeline.content_sha256(plan(url=None))


@pytest.mark.parametrize("text", ["", "网址:\n标题: 王坛镇2024年工作计划\n\n一般公共预算收入5300万元。", "ASCII only 123",
                                  "𠀋𡈽 emoji 🙂 and a CJK Extension B character", "\x00\r\n\t 全角１２３"])
def test_the_text_is_stored_as_utf16_deflate_and_reads_back_exactly(text):
    blob = store.pack_text(text)
    assert blob[:1] == store.TEXT_WIDE and store.unpack_text(blob) == text


def test_a_text_stored_before_the_utf16_format_still_reads_everywhere(db):
    """A text_z value of the earlier format (a zlib stream of the UTF-8 text) reads through every path."""
    doc = plan()
    vid = ingest(db, doc).version_id
    text = store.version_text(db, vid)
    db.execute("UPDATE versions SET text_z = ? WHERE id = ?", [zlib.compress(text.encode(), 6), vid])
    assert store.version_text(db, vid) == text
    assert db.execute("SELECT text_of(text_z) FROM versions WHERE id = ?", [vid]).fetchone()[0] == text
    assert store.load_version(db, vid)[1] == doc
    store.index_for_search(db)
    assert [h.version_id for h in search.search(db, "一般公共预算收入")] == [vid]


def test_the_migration_compresses_the_text_of_an_existing_database(tmp_path):
    """A database written before m003 (plain seed_text, raw zlib-compressed alone) reads the same after it."""
    path = tmp_path / "old.db"
    db = store.open_db(path)
    doc, page = plan(), "<html>王坛镇 旧库</html>".encode() * 30
    first = ingest(db, doc, raw=page).version_id
    back = ingest(db, plan(5000)).version_id and ingest(db, doc).version_id  # a flip back: no text of its own
    db.execute("UPDATE versions SET seed_text = text_of(text_z), raw = ? WHERE id = ?", [zlib.compress(page, 1), first])
    db.execute("UPDATE versions SET seed_text = text_of(text_z), raw = NULL WHERE id != ? AND same_as IS NULL", [first])
    db.execute("DROP TABLE search_state")  # the search index's trigger as it was before m008 (and m009)
    db.execute("CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions WHEN new.seed_text IS NOT NULL BEGIN "
               "INSERT INTO versions_fts(rowid, seed_text) VALUES (new.id, new.seed_text); END")
    db.execute("ALTER TABLE versions DROP COLUMN text_z")
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m008_compressed_text', 'm009_search_in_batches')")
    db.conn.commit()
    db.close()

    db = store.open_db(path)
    assert db.execute("SELECT count(*) FROM versions WHERE seed_text IS NOT NULL").fetchone()[0] == 0
    assert store.version_text(db, first) == store.version_text(db, back) == seedformat.render(doc)
    assert store.version_raw(db, first) == page
    assert store.load_version(db, back)[1] == doc
    db.close()


@pytest.mark.parametrize("text_chars", [0, 30, 60_000])
@pytest.mark.parametrize("size", [0, 1, store.RAW_PIECE - 1, store.RAW_PIECE, store.RAW_PIECE + 1, 150_000])
def test_a_page_of_any_length_reads_back_byte_identical(text_chars, size):
    text = ("王坛镇新建共富工坊3家。" * 6000)[:text_chars]
    page = (b"<p>\xd6\xd0" + text.encode())[:size].ljust(size, b"\0")
    assert store.unpack_raw(store.pack_raw(page, text), text) == page


def test_a_page_longer_than_zlibs_window_still_costs_little_more_than_its_markup():
    rnd = random.Random(15)
    lines = ["".join(chr(0x4E00 + rnd.randrange(3000)) for _ in range(rnd.randrange(20, 120))) for _ in range(600)]
    text = "\n".join(lines)  # 150 KB that zlib cannot shrink much on its own
    page = "".join(f"<p style='text-indent:2em'>{line}</p>\n" for line in lines).encode()
    assert len(text.encode()) > 65536 and len(store.pack_raw(page, text)) < len(old_pack_raw(page, text)) / 5


def old_pack_raw(raw: bytes, text: str) -> bytes:
    """versions.raw as written before m012: one zlib stream against the text's last 32 KB."""
    packer = zlib.compressobj(1, zdict=text.encode()[-32768:])
    return packer.compress(raw) + packer.flush()


def test_the_migration_stores_the_pages_of_an_older_database_in_pieces_and_reads_them_back_identical(tmp_path):
    """A database at the schema before m011 (pages in one zlib stream) migrates; every version reads back the same."""
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    old = Database(path)
    store.MIGRATIONS.apply(old, stop_before="m011_search_batch_in_one_segment")
    long_plan = plan(url=URL + "?long", index_no="long", extra="加快建设共富工坊,打造区级和美乡村7个。" * 1500)  # 80 KB
    stored = [  # (document, page): a small page, a capture (the page is its text), a long page, none
        (plan(), "<html>王坛镇 旧库</html>".encode() * 30),
        (plan(url=URL + "?capture", index_no="capture"), None),
        (long_plan, "".join(f"<p>{p}</p>" for p in long_plan.paragraphs).encode()),
        (plan(url=URL + "?none", index_no="none"), None),
    ]
    stored[1] = (stored[1][0], seedformat.render(stored[1][0]).encode())
    ids = []
    for n, (doc, page) in enumerate(stored, 1):
        text = seedformat.render(doc)
        old.conn.execute("INSERT INTO documents (id, url, current_version_id) VALUES (?, ?, ?)", [n, doc.url, n])
        old.conn.execute("INSERT INTO versions (id, document_id, seq, sha256, text_z, raw, url, title) "
                         "VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                         [n, n, pipeline.content_sha256(doc), store.pack_text(text),
                          None if page is None else old_pack_raw(page, text), doc.url, doc.title])
        store.write_targets(old, n, extraction(doc))
        ids.append(n)
    old.conn.commit()
    old.close()

    db = store.open_db(path)
    names = [m.name for m in store.MIGRATIONS.applied(db)]
    assert names[names.index("m011_search_batch_in_one_segment") + 1] == "m012_raw_in_pieces"
    for n, (doc, page) in zip(ids, stored):
        raw = db.execute("SELECT raw FROM versions WHERE id = ?", [n]).fetchone()[0]
        assert (raw is None) == (page is None) and (raw is None or raw[:1] == store.RAW_PIECES)
        assert store.version_raw(db, n) == page
        assert store.version_text(db, n) == seedformat.render(doc)
        _, got, found = store.load_version(db, n)
        assert got == doc and found.targets == extraction(doc).targets
    assert db.execute("SELECT v FROM versions_fts_config WHERE k = 'hashsize'").fetchone() is not None
    db.close()


def test_changed_text_writes_a_version_with_its_changes_and_both_sides(db):
    ingest(db, plan(5300), fetched_at="2024-03-27T00:00:00+00:00")
    r = ingest(db, plan(5000, extra="创建村级避灾安置中心2个。"), fetched_at="2024-04-08T00:00:00+00:00")
    assert r.status == "changed" and r.changeset.kind == "revision"
    assert [(c.change, c.indicator) for c in r.changeset.changes] == [
        ("changed", "一般公共预算收入"),
        ("added", "村级避灾安置中心"),
    ]
    assert (r.changeset.old.seq, r.changeset.new.seq, r.changeset.new.id) == (1, 2, r.version_id)
    rows = list(db.query("SELECT change, line, old_text, new_text, delta_text FROM changes ORDER BY seq"))
    assert rows[0] == {
        "change": "changed", "line": "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)",
        "old_text": "5300万元", "new_text": "5000万元", "delta_text": "−5.7%",
    }
    assert rows[1]["change"] == "added" and rows[1]["old_text"] is None
    assert [r["change"] for r in rows[2:]] == ["text", "text"]
    assert [cs.changes for cs in store.changesets(db)] == [r.changeset.changes]


def test_a_changed_target_is_stored_once_and_the_migration_drops_the_copies_of_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    db = store.open_db(path)
    ingest(db, plan(5300))
    r = ingest(db, plan(5000, extra="创建村级避灾安置中心2个。"))
    rows = list(db.query("SELECT change, old_seq, new_seq, old_json, new_json FROM changes WHERE change != 'text' ORDER BY seq"))
    assert rows == [  # references to the targets rows of both versions, no JSON copy
        {"change": "changed", "old_seq": 0, "new_seq": 0, "old_json": None, "new_json": None},
        {"change": "added", "old_seq": None, "new_seq": 2, "old_json": None, "new_json": None},
    ]
    written = store.changesets(db)
    assert [cs.changes for cs in written] == [r.changeset.changes]
    # an older database: each side of a change kept whole as JSON, no reference columns
    as_json = "json_object(" + ", ".join(f"'{f}', \"{f}\"" for f in store.TARGET_FIELDS) + ")"
    for row in list(db.query("SELECT id, version_id, base_version_id, old_seq, new_seq FROM changes WHERE change != 'text'")):
        for side, version in (("old", row["base_version_id"]), ("new", row["version_id"])):
            if row[f"{side}_seq"] is not None:
                whole = db.execute(f"SELECT {as_json} FROM targets WHERE version_id = ? AND seq = ?",
                                   [version, row[f"{side}_seq"]]).fetchone()[0]
                db.execute(f"UPDATE changes SET {side}_json = ? WHERE id = ?", [whole, row["id"]])
    db.execute("ALTER TABLE changes DROP COLUMN old_seq")
    db.execute("ALTER TABLE changes DROP COLUMN new_seq")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_change_references'")
    db.conn.commit()
    db.close()
    db = store.open_db(path)
    assert db.execute("SELECT count(*) FROM changes WHERE change != 'text' AND (old_json IS NOT NULL OR new_json IS NOT NULL)").fetchone()[0] == 0
    assert [cs.changes for cs in store.changesets(db)] == [cs.changes for cs in written]
    db.close()


def test_only_metadata_changed_is_a_version_without_alert(db):
    ingest(db, plan())
    r = ingest(db, replace(plan(), published_at="2024-04-01 09:00"))
    assert (r.status, r.changeset) == ("changed", None)
    assert count(db, "versions") == 2 and count(db, "changes") == 0


def test_flip_back_to_an_older_text_is_recorded_as_a_change_from_the_text_it_replaces(db):
    a, b = plan(5300), plan(5000)
    v1 = ingest(db, a).version_id
    v2 = ingest(db, b).version_id
    back = ingest(db, a, fetched_at="2024-05-01T00:00:00+00:00")
    assert back.status == "reverted"
    assert [(c.old.value, c.new.value) for c in back.changeset.changes] == [(5000, 5300)]  # diffed against B
    assert (back.changeset.old.id, back.changeset.new.id) == (v2, back.version_id)
    row = db["versions"].get(back.version_id)
    assert (row["same_as"], row["text_z"], row["seq"]) == (v1, None, 3)
    assert store.version_text(db, back.version_id) == seedformat.render(a) and store.version_raw(db, back.version_id) is None
    assert ingest(db, a).status == "unchanged"
    again = ingest(db, b)
    assert again.status == "reverted"
    assert [(c.old.value, c.new.value) for c in again.changeset.changes] == [(5300, 5000)]
    assert count(db, "changes", "change != 'text'") == 3  # 5300 -> 5000 -> 5300 -> 5000, each stored
    # after a flip, a real edit is compared with the text the page shows now (5000)
    edit = ingest(db, plan(4800))
    assert [(c.old.value, c.new.value) for c in edit.changeset.changes] == [(5000, 4800)]


def test_a_document_is_found_by_its_index_number_when_its_url_changes(db):
    first = ingest(db, plan(url="http://www.kq.gov.cn/old/1.html"))
    moved = ingest(db, plan(url=URL), etag='"m"')
    assert (moved.status, moved.document_id, moved.version_id) == ("unchanged", first.document_id, first.version_id)
    assert db["documents"].get(first.document_id)["url"] == URL
    assert store.validators(db, URL) == ('"m"', None)
    edited = ingest(db, plan(5000, url="http://www.kq.gov.cn/new/2.html"))
    assert (edited.status, edited.document_id) == ("changed", first.document_id)


def test_touch_all_moves_last_seen_keeps_the_validators_and_skips_an_unknown_url(db):
    r = ingest(db, plan(), fetched_at="2024-03-27T00:00:00+00:00", etag='"e1"', last_modified="Tue, 26 Mar 2024")
    store.touch_all(db, [("2024-06-01T00:00:00+00:00", URL), ("2024-06-01T00:00:00+00:00", "http://nowhere/")])
    assert db["versions"].get(r.version_id)["last_seen"] == "2024-06-01T00:00:00+00:00"
    assert db["documents"].get(r.document_id)["last_seen"] == "2024-06-01T00:00:00+00:00"
    assert store.validators(db, URL) == ('"e1"', "Tue, 26 Mar 2024")
    assert store.validators(db, "http://nowhere/") == (None, None)
    assert count(db, "documents") == 1  # an unknown URL adds nothing


# -- plans across time ------------------------------------------------------------------


def test_a_new_plan_is_compared_with_the_publishers_most_recent_earlier_plan(db):
    p2024 = plan(5300, 5, year=2024, url="http://x/2024", index_no="i-2024")
    p2022 = plan(4000, 2, year=2022, url="http://x/2022", index_no="i-2022")
    p2023 = plan(4500, 3, year=2023, url="http://x/2023", index_no="i-2023")
    other = plan(9999, 9, year=2023, url="http://y/2023", index_no="y-2023", publisher="稽东镇")
    assert ingest(db, p2024).changeset is None  # nothing earlier yet
    assert ingest(db, other).changeset is None  # another publisher
    assert ingest(db, p2022).changeset is None  # 2024 is later, not earlier
    cs = ingest(db, p2023).changeset
    assert (cs.kind, cs.old.plan_year, cs.new.plan_year, cs.hunks) == ("plan", 2022, 2023, ())
    assert [(c.old.value, c.new.value) for c in cs.changes] == [(4000, 4500), (2, 3)]
    later = ingest(db, plan(5300, 5, year=2025, url="http://x/2025", index_no="i-2025", extra="创建村级避灾安置中心2个。"))
    assert later.changeset.old.plan_year == 2024
    assert [c.change for c in later.changeset.changes] == ["added"]


def special_plan(year: int = 2024) -> Document:
    """A special plan the township published late in the year, with targets of its own."""
    return replace(plan(100, 9, year=year, url=f"http://x/{year}-air", index_no=f"i-{year}-air", date=f"{year}-10-20"),
                   title=f"关于王坛镇{year}年秋冬季大气污染防治工作方案的通知")


def test_a_new_plan_is_compared_with_the_earlier_plan_of_its_kind_not_a_special_plan_in_between(db):
    ingest(db, plan(5300, 5, year=2024, url="http://x/2024", index_no="i-2024"))
    ingest(db, special_plan(2024))  # published after it: the most recent earlier plan, but of another kind
    cs = ingest(db, plan(5600, 5, year=2025, url="http://x/2025", index_no="i-2025")).changeset
    assert cs.old.title == "王坛镇2024年工作计划"
    assert [(c.change, c.old.value, c.new.value) for c in cs.changes] == [("changed", 5300, 5600)]  # no wolf cried


def test_a_plan_replayed_after_a_later_plan_of_its_kind_is_compared_with_it_but_a_special_plan_is_not(db):
    later = ingest(db, plan(5600, 5, year=2025, url="http://x/2025", index_no="i-2025"), replay=True)
    assert ingest(db, special_plan(2024), replay=True).follows is None  # the 2025 plan is no later plan of its kind
    follows = ingest(db, plan(5300, 5, year=2024, url="http://x/2024", index_no="i-2024"), replay=True).follows
    assert follows.old.title == "王坛镇2024年工作计划" and follows.new.title == "王坛镇2025年工作计划"
    assert [(c.old.value, c.new.value) for c in follows.changes] == [(5300, 5600)]
    assert later.status == "new"


def test_same_year_plans_are_ordered_by_date(db):
    ingest(db, plan(5000, year=2024, date="2024-01-10", url="http://x/a", index_no="a"))
    ingest(db, plan(5100, year=2024, date="2024-06-10", url="http://x/c", index_no="c"))
    cs = ingest(db, plan(5200, year=2024, date="2024-03-10", url="http://x/b", index_no="b")).changeset
    assert cs.old.date == "2024-01-10"


# -- runs and sources -------------------------------------------------------------------


def test_runs_record_each_check_of_a_source(db):
    run = store.start_run(db, "kq-wangtan", started_at="2024-03-27T00:00:00+00:00")
    ingest(db, plan(), source="kq-wangtan")
    store.finish_run(db, run, outcome="ok", new=1, requests=3, finished_at="2024-03-27T00:00:05+00:00")
    failed = store.start_run(db, "kq-wangtan")
    store.finish_run(db, failed, outcome="failed", error="http://www.kq.gov.cn/col/1: HTTP 503")
    rows = list(db.query("SELECT s.key, r.outcome, r.error, r.new, r.requests FROM runs r JOIN sources s ON s.id = r.source_id ORDER BY r.id"))
    assert rows == [
        {"key": "kq-wangtan", "outcome": "ok", "error": None, "new": 1, "requests": 3},
        {"key": "kq-wangtan", "outcome": "failed", "error": "http://www.kq.gov.cn/col/1: HTTP 503", "new": 0, "requests": 0},
    ]
    source_id = db.execute("SELECT id FROM sources WHERE key = 'kq-wangtan'").fetchone()[0]
    assert db["documents"].get(1)["source_id"] == source_id and count(db, "sources") == 1


# -- errors -----------------------------------------------------------------------------


def test_a_locked_database_gives_a_store_error_naming_the_file(tmp_path, db):
    path = tmp_path / "state" / "monitor.db"
    ingest(db, plan())
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        second = store.open_db(path, timeout=0.1)
        with pytest.raises(StoreError) as err:
            ingest(second, plan(5000))
        assert str(err.value) == f"{path}: database is locked by another process (try again when it has finished)"
    finally:
        blocker.rollback()
        blocker.close()
    assert ingest(second, plan(5000)).status == "changed"  # nothing was lost


def test_a_corrupt_file_gives_a_store_error_naming_the_file(tmp_path):
    path = tmp_path / "monitor.db"
    path.write_bytes(b"this is not a database, it is a text file\n" * 200)
    with pytest.raises(StoreError) as err:
        store.open_db(path)
    assert str(err.value) == f"{path}: not a monitor database or corrupt (file is not a database)"
    assert path.read_bytes().startswith(b"this is not a database")  # left as it was


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "monitor.db"
    db = store.open_db(path)
    db["_sqlite_migrations"].insert({"migration_set": "gov-plan-monitor", "name": "m999_future", "applied_at": "x"})
    db.close()
    with pytest.raises(StoreError, match=r"monitor\.db: database schema is newer than this program \(unknown migrations: m999_future\)"):
        store.open_db(path)


def test_a_document_without_url_is_refused_by_name(db):
    with pytest.raises(StoreError, match="cannot store a document without a URL \\(王坛镇2024年工作计划\\)"):
        ingest(db, plan(url=None))


# -- crashes ----------------------------------------------------------------------------

CHILD = r"""
import os, sys, time
sys.path.insert(0, {tests!r})
from test_store import plan, ingest
from monitor import store

db = store.open_db(sys.argv[1])
mode = sys.argv[2]
if mode == "pause":
    ingest(db, plan(5300))
    original = store.write_changes
    def pause_inside(db, cs, *written):
        original(db, cs, *written)
        print("inside-transaction", flush=True)
        time.sleep(60)
    store.write_changes = pause_inside
    ingest(db, plan(5000, extra="创建村级避灾安置中心2个。"))
else:
    n = int(mode)
    while True:
        n += 1
        url = "http://www.kq.gov.cn/p/%d.html" % (n % 7)
        ingest(db, plan(4000 + n, n % 9, url=url, index_no=url, extra="创建村级避灾安置中心%d个。" % (n % 4)))
        print(n, flush=True)
"""


def _child(tmp_path: Path, mode: str) -> subprocess.Popen:
    """A process ingesting into tmp_path/crash.db."""
    script = CHILD.format(tests=str(Path(__file__).parent))
    return subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "crash.db"), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _consistent(db) -> None:
    """Every version whole: its targets all there, its changes point at versions, documents at their last version."""
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for v in db.query("SELECT id, n_targets, n_actuals, same_as, text_of(text_z) AS text FROM versions"):
        if v["same_as"] is None:
            assert v["text"]
            assert count(db, "targets", "version_id = ?", [v["id"]]) == v["n_targets"] + v["n_actuals"]
    for d in db.query("SELECT id, current_version_id FROM documents"):
        last = db.execute("SELECT max(id) FROM versions WHERE document_id = ?", [d["id"]]).fetchone()[0]
        assert d["current_version_id"] == last
    assert count(db, "changes", "version_id NOT IN (SELECT id FROM versions)") == 0


def test_kill_inside_the_write_transaction_leaves_the_database_as_before(tmp_path):
    child = _child(tmp_path, "pause")
    try:
        line = child.stdout.readline()
        assert line == "inside-transaction\n", child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    db = store.open_db(tmp_path / "crash.db")
    _consistent(db)
    assert (count(db, "versions"), count(db, "targets"), count(db, "changes")) == (1, 2, 0)
    again = ingest(db, plan(5000, extra="创建村级避灾安置中心2个。"))
    assert again.status == "changed" and [c.change for c in again.changeset.changes] == ["changed", "added"]


@pytest.mark.slow  # starts and kills writer processes
def test_kill_at_random_moments_never_leaves_half_a_version(tmp_path):
    done = 0
    for delay in (0.0, 0.013, 0.05, 0.12, 0.3):  # after the child's first write: some moment of its next ones
        child = _child(tmp_path, str(done))
        first = child.stdout.readline()  # it is writing now, however long it took to start
        assert first.strip().isdigit(), child.stderr.read()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        printed = [int(x) for x in (first + out).split()]
        done = max(printed, default=done)
        db = store.open_db(tmp_path / "crash.db")
        _consistent(db)
        db.close()
    assert done >= 5  # every child wrote at least once before it was killed (so on any machine speed)


# -- target direction (migration m003) --------------------------------------------------


def test_a_stored_target_keeps_its_direction(db):
    cut = Target("单位GDP能耗", 2.5, None, None, "%", "growth", None, "2024", "单位GDP能耗降低2.5%", 0,
                 2.5, None, None, "%", "target", "down")
    doc = plan()
    result = pipeline.ingest(db, doc, extraction=Extraction([cut], [], 2024))
    _, _, found = store.load_version(db, result.version_id)
    assert [(t.indicator, t.direction) for t in found.targets] == [("单位GDP能耗", "down")]


def test_migration_gives_targets_stored_before_it_a_direction(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    old = Database(path)
    store.MIGRATIONS.apply(old, stop_before="m004_target_direction")
    old["targets"].insert_all([
        {"version_id": 1, "seq": 0, "kind": "growth", "quote": "单位GDP能耗降低2.5%"},
        {"version_id": 1, "seq": 1, "kind": "growth", "quote": "地区生产总值增长6%"},
        {"version_id": 1, "seq": 2, "kind": "count", "quote": "新建学校3所"},
    ])
    old.close()
    db = store.open_db(path)
    assert [r[0] for r in db.execute("SELECT direction FROM targets ORDER BY seq")] == ["down", "up", "none"]
