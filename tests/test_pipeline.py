"""The pipeline: a document becomes a version, its changes and its queued alerts in one transaction.

The crash test kills a real `run --once` process (kill -9) between two pages and shows that no
alert is lost: a page is either unseen (fetched again by the next run) or stored with its alerts.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from conftest import ROOT
from test_store import plan

from monitor import pipeline, runner, seedformat, store
from monitor.config import AlertPolicy, ChannelConfig, Config, load_config
from support.receivers import WebhookReceiver
from monitor.errors import StoreError
from support.fakesite import FakeGovSite
from monitor.fetch import Fetcher
from monitor.models import Document

_QUANTITY = re.compile(r"(\d+)(?=(?:万元|亿元|个|家|亩|人次|公里))")


def bumped(doc: Document) -> str:
    """The page's text with every whole quantity before a unit one higher (a revision that moves targets)."""
    return _QUANTITY.sub(lambda m: str(int(m.group(1)) + 1), seedformat.render(doc))


def test_replayed_captures_get_their_identity_from_url_then_index_no_then_file():
    doc = Document("计划", ("正文。",))
    assert pipeline.replay_identity(doc, Path("a/2023.txt")) == "file:2023.txt"
    assert pipeline.replay_identity(Document("计划", ("正文。",), index_no="001/2023-01"), Path("x.txt")) == "index:001/2023-01"
    assert pipeline.replay_identity(Document("计划", ("正文。",), url="http://a.gov.cn/1.html"), Path("x.txt")) == (
        "http://a.gov.cn/1.html")


def test_a_page_that_moved_is_found_by_its_index_no(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    doc = Document("王坛镇2024年工作计划", ("一般公共预算收入5300万元。",), index_no="11330603/2024-001",
                   publisher="王坛镇", date="2024-03-26", url="http://www.kq.gov.cn/old.html")
    first = pipeline.ingest(db, doc)
    moved = replace(doc, url="http://www.kq.gov.cn/new.html")
    assert pipeline.stored_document(db, moved)["id"] == first.document_id
    assert pipeline.ingest(db, moved).status == "unchanged"


CHILD = r"""
import sys
import httpx
from monitor import runner
from monitor.config import AlertPolicy, ChannelConfig, Config, load_config
from monitor.fetch import Fetcher

config = load_config(sys.argv[1])
with Fetcher(delay=0, retries=0, timeout=120, allow_private=True, transport=httpx.HTTPTransport()) as fetcher:
    runner.run_once(config, fetcher=fetcher)
"""


def _versions(path: Path, url: str) -> int:
    """How many versions a URL has in the database (0 while the file or the document is not there)."""
    if not path.exists():
        return 0
    db = store.open_db(path)
    try:
        return db.execute(
            "SELECT count(*) FROM versions v JOIN documents d ON d.id = v.document_id WHERE d.url = ?", [url]
        ).fetchone()[0]
    finally:
        db.close()


def _wait_for(predicate, child: subprocess.Popen, what: str) -> None:
    """Poll until predicate() holds; fail if the child exits first (a wait for an event, not for time)."""
    while not predicate():
        if child.poll() is not None:
            pytest.fail(f"the run ended before {what}: {child.stderr.read()}")
        time.sleep(0.05)


def test_kill_9_between_two_pages_loses_no_alert(tmp_path):
    with FakeGovSite(fillers=2, slow_seconds=120) as site, WebhookReceiver() as hook:
        db_file = tmp_path / "state" / "monitor.db"
        kq = next(s for s in site.sources() if s.name == "kq-wangtan")
        toml = tmp_path / "monitor.toml"
        toml.write_text(
            f'database = "{db_file}"\n\n[[sources]]\nname = "{kq.name}"\nscraper = "{kq.scraper}"\nurl = "{kq.url}"\n\n'
            f'[channels.hook]\nkind = "webhook"\nurl = "{hook.url}"\n',
            encoding="utf-8",
        )
        config = load_config(toml)
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and not k.startswith("MONITOR_")}
        with Fetcher(delay=0, retries=0, timeout=5, allow_private=True, transport=httpx.HTTPTransport()) as fetcher:
            assert runner.run_once(config, fetcher=fetcher, env=env).sources[0].baseline  # the baseline: no alerts

            first, second = site.page_urls("kq-wangtan")[:2]  # the order the run checks them in
            for url in (first, second):
                site.revise(url, bumped(site.document(url)))
            site.fail(second, "slow", times=1)  # the run waits on the second page until it is killed
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(toml)], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                _wait_for(lambda: _versions(db_file, first) == 2, child, "the first page was stored")
                os.kill(child.pid, signal.SIGKILL)
            finally:
                child.wait(10)
                child.stdout.close()
                child.stderr.close()

            db = store.open_db(db_file)
            queued = [json.loads(m)["data"]["report"]["new"]["url"]
                      for (m,) in db.execute("SELECT message FROM outbox WHERE kind = 'changes'")]
            db.close()
            assert _versions(db_file, first) == 2 and _versions(db_file, second) == 1
            assert queued == [first]  # the stored revision came with its alert; the second page is unseen

            again = runner.run_once(config, fetcher=fetcher, env=env)  # the next run fetches the second page
        assert (again.sources[0].changed, again.sources[0].alerts, again.delivery.sent) == (1, 1, 2)
        alerted = sorted(json.loads(call.body)["report"]["new"]["url"] for call in hook.received)
        assert alerted == sorted([first, second])  # each change alerted once, none lost


@pytest.mark.parametrize("a, b, same", [
    (dict(url="http://a.gov.cn/1.html"), dict(url="http://a.gov.cn/1.html"), True),
    (dict(url="http://a.gov.cn/1.html", index_no="001/2024-01"), dict(url="http://a.gov.cn/2.html", index_no="001/2024-01"), True),
    (dict(url="http://a.gov.cn/1.html"), dict(url="http://a.gov.cn/2.html"), False),
    (dict(), dict(), False),  # two plain texts are never one document by default
])
def test_two_documents_are_one_by_url_or_index_no(a, b, same):
    assert pipeline.same_document(Document("计划", ("正文。",), **a), Document("计划", ("正文。",), **b)) is same


def _alerts(tmp_path) -> pipeline.Alerts:
    """Change alerts of kq-wangtan to one webhook channel (never delivered here)."""
    config = Config(path=None, database=tmp_path / "monitor.db", sources=(),
                    channels={"hook": ChannelConfig(name="hook", kind="webhook", url="http://127.0.0.1:9/hook")},
                    alerts=AlertPolicy(channels=("hook",)))
    return pipeline.Alerts(config, "kq-wangtan")


def test_a_revision_is_stored_with_its_alert_and_a_baseline_or_replay_queues_none(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    assert pipeline.ingest(db, plan(5300), alerts=alerts).alerts == 0  # the first version: nothing to compare
    changed = pipeline.ingest(db, plan(5000), alerts=alerts)
    assert (changed.status, changed.alerts) == ("changed", 1)
    assert db.execute("SELECT key, channel, source FROM outbox").fetchall() == [
        (f"changes-revision-1-{changed.version_id}-hook", "hook", "kq-wangtan")]
    assert pipeline.ingest(db, plan(4800)).alerts == 0  # no Alerts (a baseline check, a replay): stored, not queued
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1


def test_an_alert_that_cannot_be_queued_leaves_the_page_unseen(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    pipeline.ingest(db, plan(5300), alerts=alerts)
    db.execute("CREATE TRIGGER full BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(StoreError, match="monitor.db: database or disk is full"):
        pipeline.ingest(db, plan(5000), alerts=alerts)
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 1  # no version without its alert
    db.execute("DROP TRIGGER full")
    again = pipeline.ingest(db, plan(5000), alerts=alerts)  # the next run stores it, with its alert
    assert (again.status, again.alerts) == ("changed", 1)
