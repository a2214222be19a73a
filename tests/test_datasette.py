"""The database in Datasette, as the `datasette` extra installs it: the plugin's canned queries
run on the replayed seeds, search through the trigram index included."""

from __future__ import annotations

import sqlite3

import asyncio
import json

import pytest
from replayed import replay_into

from monitor import store
from monitor.datasette_plugin import METADATA_FILE

Datasette = pytest.importorskip("datasette.app").Datasette


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    # any file name: the plugin recognises a monitor database by its tables
    return replay_into(tmp_path_factory.mktemp("datasette") / "plans.db")


def get(db, path: str) -> dict:
    """GET a JSON page of Datasette (in-process, no socket) opened on the database."""
    async def fetch():
        response = await Datasette([str(db)]).client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def rows(data: dict) -> list[dict]:
    return [dict(zip(data["columns"], r)) for r in data["rows"]]


def test_latest_changes_newest_first_for_one_publisher(db):
    found = rows(get(db, "/plans/latest_changes.json?publisher=王坛镇"))
    assert found and {r["publisher"] for r in found} == {"王坛镇"}
    assert "一般公共预算收入 5300万元 → 5000万元 (−5.7%, 下调)" in [r["line"] for r in found]
    assert [r["detected_at"] for r in found] == sorted((r["detected_at"] for r in found), reverse=True)
    everyone = rows(get(db, "/plans/latest_changes.json?publisher="))
    assert {"王坛镇", "稽东镇", "章镇镇", "玉山镇"} <= {r["publisher"] for r in everyone}


def test_a_publishers_targets_by_year(db):
    found = rows(get(db, "/plans/publisher_targets_by_year.json?publisher=王坛镇"))
    fiscal = [(r["plan_year"], r["value"], r["unit"]) for r in found if r["indicator"] == "财政总收入" and r["kind"] == "level"]
    assert fiscal == [(2023, 9500, "万元"), (2024, 10500, "万元")]


def test_an_indicator_across_publishers_for_one_year(db):
    found = rows(get(db, "/plans/indicator_across_publishers.json?indicator=财政总收入&year=2024"))
    assert {(r["publisher"], r["value"]) for r in found if r["kind"] == "level"} == {("王坛镇", 10500), ("稽东镇", 9500)}


@pytest.mark.parametrize("q", ["共富工坊", "就业", "一般公共预算收入5000万元"])
def test_search_from_the_canned_query_finds_exactly_the_versions_holding_the_phrase(db, q):
    found = rows(get(db, f"/plans/search.json?q={q}"))
    assert found and all(q in r["context"] for r in found)
    conn = sqlite3.connect(db)  # every version's text, read from the store itself
    texts = [store.unpack_text(z) for (z,) in conn.execute("SELECT text_z FROM versions WHERE text_z IS NOT NULL")]
    conn.close()
    assert len(found) == sum(q in t for t in texts) < len(texts)


def test_the_shipped_metadata_file_names_the_default_database():
    data = json.loads(METADATA_FILE.read_text(encoding="utf-8"))
    assert set(data["databases"]["monitor"]["queries"]) == {
        "latest_changes", "publisher_targets_by_year", "indicator_across_publishers", "search"}


def test_a_database_of_an_older_schema_gets_no_canned_query_that_would_fail(tmp_path):
    import sqlite3

    from monitor.datasette_plugin import is_monitor_db

    assert is_monitor_db(str(replay_into(tmp_path / "new.db")))
    old = replay_into(tmp_path / "old.db")
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE search_state")  # as before m009: the search query would name a missing table
    conn.commit()
    conn.close()
    assert not is_monitor_db(str(old))
