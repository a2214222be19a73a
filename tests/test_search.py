"""Full-text search: the trigram index built on ingest and by migration, newest first, sentences marked."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from replayed import replay_into

from monitor import pipeline, store
from monitor.cli import cli
from monitor.models import Document
from monitor.search import highlight, marks, search


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(replay_into(tmp_path_factory.mktemp("search") / "monitor.db"))


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_search_finds_every_version_newest_first_with_the_sentence_marked(db):
    result = run("search", "共富工坊", "--json", "--db", db)
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)["hits"]
    dates = [h["date"] for h in hits]
    assert dates == sorted(dates, reverse=True) and {"稽东镇", "章镇镇"} <= {h["publisher"] for h in hits}
    jidong = [h for h in hits if h["publisher"] == "稽东镇" and h["date"] == "2024-03-26"]
    assert [(h["seq"], h["current"]) for h in jidong] == [(2, True), (1, False)]
    new = jidong[0]["sentences"][0]
    assert "依托强村公司新建共富工坊3家" in new["text"]
    start, end = new["spans"][0]
    assert new["text"][start:end] == "共富工坊"
    text = run("search", "共富工坊", "--db", db).output
    assert "新建【共富工坊】3家" in text and "(version 2, current" in text


@pytest.mark.parametrize("query", ["就业", "镇", "财政 增长"])
def test_short_words_are_found_without_the_trigram_index(db, query):
    hits = json.loads(run("search", query, "--json", "--db", db).output)["hits"]
    assert hits
    for h in hits:
        assert any(all(w in s["text"] for w in query.split()) or any(w in s["text"] for w in query.split()) for s in h["sentences"])


def test_publisher_and_since_narrow_the_search(db):
    hits = json.loads(run("search", "一般公共预算收入", "--publisher", "王坛镇", "--since", "2024-01-01", "--json", "--db", db).output)["hits"]
    assert hits and {(h["publisher"], h["date"][:4]) for h in hits} == {("王坛镇", "2024")}


def test_nothing_found_and_bad_queries_are_said_plainly(db):
    assert run("search", "不存在的词语组合", "--db", db).output == "No stored version contains the query.\n"
    result = run("search", "  ", "--db", db)
    assert result.exit_code == 1 and "the query is empty" in result.output
    result = run("search", '"AND OR NEAR(', "--db", db)  # FTS5 syntax is taken literally
    assert result.exit_code == 0 and "Traceback" not in result.output


def test_marks_merge_overlaps_and_highlight_wraps_them():
    assert marks("财政总收入增长5%", ["财政总收入", "收入增长"]) == ((0, 7),)
    assert highlight("财政总收入增长5%", ((0, 5),)) == "【财政总收入】增长5%"


def plan(text: str, url: str = "http://x/1") -> Document:
    return Document("王坛镇2024年工作计划", (text,), publisher="王坛镇", date="2024-03-26", url=url)


def test_the_migration_indexes_an_older_database_and_new_versions_are_found_before_and_after_their_batch(tmp_path):
    path = tmp_path / "old.db"
    db = store.open_db(path)
    pipeline.ingest(db, plan("建设共富工坊3家。"))
    # an older database: built before the search index existed
    db.execute("DROP TABLE versions_fts")
    db.execute("DROP TABLE search_state")
    db.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m003_search_index', 'm009_search_in_batches')")
    db.conn.commit()
    db.conn.close()
    db = store.open_db(path)
    assert indexed(db) == {1}
    assert [h.sentences for h in search(db, "共富工坊")] == [("建设共富工坊3家。",)]
    pipeline.ingest(db, plan("建设共富工坊5家。"))  # a new version, not indexed yet: search still finds it
    assert indexed(db) == {1}
    assert [h.sentences for h in search(db, "共富工坊5家")] == [("建设共富工坊5家。",)]
    assert store.index_for_search(db) == 1  # the end of the run: one batch
    assert indexed(db) == {1, 2} and store.index_for_search(db) == 0
    assert [h.sentences for h in search(db, "共富工坊5家")] == [("建设共富工坊5家。",)]
    assert len(search(db, "共富工坊")) == 2


def indexed(db) -> set[int]:
    """The version ids the trigram index holds (a 3-character word found in every test text)."""
    return {r[0] for r in db.execute("SELECT rowid FROM versions_fts WHERE versions_fts MATCH '\"共富工\"'")}


def test_the_index_holds_no_copy_of_the_text(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    pipeline.ingest(db, plan("建设共富工坊3家。"))
    conn = sqlite3.connect(tmp_path / "m.db")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'versions_fts'").fetchone()[0]
    assert "content=''" in sql and "trigram" in sql and "detail='none'" in sql and "columnsize=0" in sql
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'versions_fts%'")}
    assert tables == {"versions_fts", "versions_fts_data", "versions_fts_idx", "versions_fts_config"}  # no _content
    assert conn.execute("SELECT v FROM versions_fts_config WHERE k = 'hashsize'").fetchone() == (16 << 20,)  # a batch: one segment


def test_trigrams_found_apart_are_not_a_match(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    pipeline.ingest(db, plan("共富工作站建设,富工坊。", url="http://x/apart"))  # 共富工 and 富工坊, never 共富工坊
    pipeline.ingest(db, plan("建设共富工坊3家。", url="http://x/whole"))
    assert [h.url for h in search(db, "共富工坊")] == ["http://x/whole"]


@pytest.mark.parametrize("query", ["gdp", "GDP", "Gdp", "ｇｄｐ"])
def test_latin_words_are_found_whatever_their_case(tmp_path, query):
    db = store.open_db(tmp_path / "m.db")
    pipeline.ingest(db, plan("地区生产总值(GDP)增长6%。", url="http://x/gdp"))
    store.index_for_search(db)
    pipeline.ingest(db, plan("5G基站新建20个。", url="http://x/5g"))  # not indexed yet: found by the instr() check
    hits = search(db, query)
    assert [h.url for h in hits] == ["http://x/gdp"]
    assert highlight(hits[0].sentences[0], hits[0].spans[0]) == "地区生产总值(【GDP】)增长6%。"
    assert [h.url for h in search(db, "5g")] == ["http://x/5g"]


def test_an_older_index_is_made_again_over_the_lowered_text_and_finds_the_same_versions(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    old = Database(path)
    old.conn.create_function("text_of", 1, store._text_of, deterministic=True)
    store.MIGRATIONS.apply(old, stop_before="m013_search_index_of_lowered_text")
    old["versions"].add_column("extractor", str)  # written by today's pipeline (m014), dropped below
    pipeline.ingest(old, plan("地区生产总值(GDP)增长6%,建设共富工坊3家。", url="http://x/gdp"))
    # indexed as before m013: the text as it is, the tokenizer folding case
    old.execute("INSERT INTO versions_fts(rowid, seed_text) SELECT id, text_of(text_z) FROM versions")
    old.execute("UPDATE search_state SET indexed_upto = (SELECT max(id) FROM versions)")
    pipeline.ingest(old, plan("PM2.5平均浓度控制在20微克以下。", url="http://x/pm"))  # left to the next batch
    old.execute("ALTER TABLE versions DROP COLUMN extractor")
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'versions_fts'").fetchone()[0]
    assert "case_sensitive 1" in sql
    assert db.execute("SELECT v FROM versions_fts_config WHERE k = 'hashsize'").fetchone() == (16 << 20,)
    holding = "SELECT rowid FROM versions_fts WHERE versions_fts MATCH ?"
    assert [r[0] for r in db.execute(holding, ['"gdp"'])] == [1] and not db.execute(holding, ['"GDP"']).fetchall()
    assert indexed(db) == {1}
    for query in ("GDP", "gdp", "共富工坊", "pm2.5", "PM2.5"):
        assert len(search(db, query)) == 1, query
    assert store.index_for_search(db) == 1
    assert [r[0] for r in db.execute(holding, ['"pm2"'])] == [2]
    assert [h.url for h in search(db, "Pm2.5")] == ["http://x/pm"]
