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
from test_store import URL, plan

from monitor import outbox, pipeline, runner, seedformat, store
from monitor.config import AlertPolicy, ChannelConfig, Config, load_config
from support.receivers import WebhookReceiver
from monitor.errors import StoreError
from support.fakesite import FakeGovSite
from monitor.fetch import Fetcher, tls_context
from monitor.models import Document

_QUANTITY = re.compile(r"(\d+)(?=(?:万元|亿元|个|家|亩|人次|公里))")


def bumped(doc: Document) -> str:
    """The page's text with every whole quantity before a unit one higher (a revision that moves targets)."""
    return _QUANTITY.sub(lambda m: str(int(m.group(1)) + 1), seedformat.render(doc))


def test_replayed_captures_get_their_identity_from_url_then_index_no_then_file():
    doc = Document("计划", ("正文。",))
    assert pipeline.replay_identity(doc, Path("a/2023.txt")) == f"file:{Path('a/2023.txt').resolve()}"
    assert pipeline.replay_identity(doc, Path("national/2023.txt")) != pipeline.replay_identity(doc, Path("provincial/2023.txt"))
    assert pipeline.replay_identity(Document("计划", ("正文。",), index_no="001/2023-01"), Path("x.txt")) == "index:001/2023-01"
    assert pipeline.replay_identity(Document("计划", ("正文。",), url="http://a.gov.cn/1.html"), Path("x.txt")) == (
        "http://a.gov.cn/1.html")
    a = Document("计划", ("正文。",), index_no="2024-00012", publisher="王坛镇")
    b = Document("计划", ("正文。",), index_no="2024-00012", publisher="平水镇")
    assert pipeline.replay_identity(a, Path("x.txt")) != pipeline.replay_identity(b, Path("x.txt"))


def test_two_townships_with_the_same_short_index_no_stay_two_documents(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    a = Document("王坛镇2024年工作计划", ("一般公共预算收入5300万元。",), index_no="2024-00012",
                 publisher="王坛镇", date="2024-03-26", url="http://wt.gov.cn/art/1.html")
    b = Document("稽东镇2024年工作计划", ("一般公共预算收入4100万元。",), index_no="2024-00012",
                 publisher="稽东镇", date="2024-03-20", url="http://jd.gov.cn/art/7.html")
    first, second = pipeline.ingest(db, a), pipeline.ingest(db, b)
    assert (first.status, second.status) == ("new", "new")  # not a "change" of 王坛镇's plan
    assert first.document_id != second.document_id


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
from monitor.fetch import Fetcher, tls_context

config = load_config(sys.argv[1])
with Fetcher(delay=0, retries=0, timeout=120, allow_private=True, transport=httpx.HTTPTransport(verify=tls_context())) as fetcher:
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
        with Fetcher(delay=0, retries=0, timeout=5, allow_private=True, transport=httpx.HTTPTransport(verify=tls_context())) as fetcher:
            assert runner.run_once(config, fetcher=fetcher, env=env).sources[0].baseline  # the baseline: no alerts

            first, second = site.page_urls("kq-wangtan")[:2]  # the order the run checks them in
            for url in (first, second):
                site.revise(url, bumped(site.document(url)))
            site.fail(second, "slow")  # the run waits on the second page (if it got there) until it is killed
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(toml)], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                _wait_for(lambda: _versions(db_file, first) == 2, child, "the first page was stored")
                os.kill(child.pid, signal.SIGKILL)
            finally:
                child.wait(10)
                child.stdout.close()
                child.stderr.close()
            site.heal()  # whether or not the killed run had asked for the second page yet

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
    # a 索引号 is numbered within its publisher's catalogue: two townships can both have "2024-00012"
    (dict(url="http://a.gov.cn/1.html", index_no="2024-00012", publisher="王坛镇"),
     dict(url="http://b.gov.cn/1.html", index_no="2024-00012", publisher="稽东镇"), False),
    (dict(url="http://a.gov.cn/1.html", index_no="2024-00012", publisher="王坛镇"),
     dict(url="http://b.gov.cn/9.html", index_no="2024-00012", publisher="绍兴市柯桥区王坛镇人民政府"), True),
    (dict(url="http://a.gov.cn/1.html", index_no="2024-00012", publisher="王坛镇"),
     dict(url="http://b.gov.cn/9.html", index_no="2024-00012"), True),
])
def test_two_documents_are_one_by_url_or_index_no(a, b, same):
    assert pipeline.same_document(Document("计划", ("正文。",), **a), Document("计划", ("正文。",), **b)) is same


def _alerts(tmp_path) -> outbox.Alerts:
    """Change alerts of kq-wangtan to one webhook channel (never delivered here)."""
    config = Config(path=None, database=tmp_path / "monitor.db", sources=(),
                    channels={"hook": ChannelConfig(name="hook", kind="webhook", url="http://127.0.0.1:9/hook")},
                    alerts=AlertPolicy(channels=("hook",)))
    return outbox.Alerts(config, "kq-wangtan")


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


# -- 10.4: a collapsed body is held as suspect until a later check confirms it -------------------

LONG = "".join(f"加快推进第{n}批重点项目建设,完善道路、供水和污水管网等基础设施配套。" for n in range(1, 9))


def page(budget: int = 5300) -> Document:
    """A full page of the plan: two targets and a long body."""
    return plan(budget, extra=LONG)


def body(*paragraphs: str) -> Document:
    """The same page (URL, 索引号, title) with another body."""
    return replace(page(), paragraphs=paragraphs)


COLLAPSED = [
    ("placeholder", body("正文加载中")),
    ("placeholder with dots", body("加载中…")),
    ("placeholder, nothing to show", body("暂无内容")),
    ("English placeholder", body("Loading...")),
    ("layout change: the body's id on a share widget", body("分享到：", "【打印本页】【关闭窗口】")),
    ("a fraction of the last length", body(page().paragraphs[0])),
    ("every target gone at once", body(*(re.sub(r"\d+(?=万元|个)", "若干", p) for p in page().paragraphs))),
]
EDITS = [
    ("a target revised", page(5000)),
    ("a sentence added", body(*page().paragraphs, "同步推进数字乡村建设。")),
    ("a paragraph cut, most of the body kept", body(*page().paragraphs[1:])),
    ("one target of two dropped", body(page().paragraphs[0], "经济社会发展的主要目标是:财政收入稳步增长。", page().paragraphs[2])),
]


def _outbox(db) -> list[tuple[str, str]]:
    """(kind, key) of every queued alert."""
    return db.execute("SELECT kind, key FROM outbox ORDER BY id").fetchall()


@pytest.mark.parametrize("placeholder", ["模版内容不能为空！", "模板内容不能为空", "正文加载中…", "暂无内容"])
def test_a_short_notice_replaced_by_a_cms_placeholder_is_a_placeholder_body(placeholder):
    # No targets and under COLLAPSE_MIN characters: only the placeholder's words say the page broke.
    # 模版内容不能为空 is what Hanweb prints when a page's template lost its content (tests/support/fakesite.py).
    from monitor.extract import extract

    notice = Document("关于开展2024年春季植树活动的通知", ("各村(社区):定于3月12日开展春季植树活动,请各单位组织干部职工参加。",), url=URL)
    broken = replace(notice, paragraphs=(placeholder,))
    assert pipeline.collapse(notice, broken, extract(notice), extract(broken)) == "placeholder body"


@pytest.mark.parametrize("why, collapsed", COLLAPSED, ids=[c[0] for c in COLLAPSED])
def test_a_collapsed_body_is_held_until_the_next_check_sees_it_again(tmp_path, why, collapsed):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    pipeline.ingest(db, page(), alerts=alerts, etag='"full"')
    held = pipeline.ingest(db, collapsed, alerts=alerts, etag='"broken"')
    assert (held.status, held.suspect, held.alerts, held.changeset) == ("changed", True, 0, None)
    assert _outbox(db) == []  # no "dropped" alert yet
    assert db["versions"].get(held.version_id)["hold"] == "suspect"
    assert store.validators(db, URL) == (None, None)  # the next check reads the page again (no 304)
    again = pipeline.ingest(db, collapsed, alerts=alerts)  # the next check confirms it
    assert db["versions"].get(held.version_id)["hold"] == "confirmed"
    assert again.changeset is not None and again.changeset.new.id == held.version_id
    if again.changeset.changes:  # targets moved: the held alert goes out now, once
        assert again.alerts == 1 and _outbox(db) == [("changes", f"changes-revision-1-{held.version_id}-hook")]
    assert pipeline.ingest(db, collapsed, alerts=alerts).alerts == 0  # a third sight alerts nothing more


@pytest.mark.parametrize("why, collapsed", COLLAPSED, ids=[c[0] for c in COLLAPSED])
def test_a_page_that_comes_back_clears_its_suspect_version_silently(tmp_path, why, collapsed):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    first = pipeline.ingest(db, page(), alerts=alerts)
    held = pipeline.ingest(db, collapsed, alerts=alerts)
    back = pipeline.ingest(db, page(), alerts=alerts)
    assert (back.status, back.alerts, back.changeset) == ("reverted", 0, None)
    assert _outbox(db) == []
    assert db["versions"].get(held.version_id)["hold"] == "cleared"
    edit = pipeline.ingest(db, page(5000), alerts=alerts)  # later edits compare with the real text
    assert (edit.changeset.old.id, edit.alerts) == (back.version_id, 1)
    assert db["versions"].get(first.version_id)["hold"] is None


@pytest.mark.parametrize("why, edited", EDITS, ids=[e[0] for e in EDITS])
def test_an_ordinary_edit_is_not_suspect(tmp_path, why, edited):
    db = store.open_db(tmp_path / "monitor.db")
    pipeline.ingest(db, page())
    found = pipeline.ingest(db, edited, alerts=_alerts(tmp_path))
    assert (found.status, found.suspect) == ("changed", False)
    assert db["versions"].get(found.version_id)["hold"] is None


def test_a_suspect_version_replaced_by_other_text_is_compared_with_the_last_real_one(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    first = pipeline.ingest(db, page(), alerts=alerts)
    held = pipeline.ingest(db, body("正文加载中"), alerts=alerts)
    edit = pipeline.ingest(db, page(5000), alerts=alerts)
    assert edit.changeset.old.id == first.version_id
    assert [(c.old.value, c.new.value) for c in edit.changeset.changes] == [(5300, 5000)]
    assert db["versions"].get(held.version_id)["hold"] == "cleared"
    assert _outbox(db) == [("changes", f"changes-revision-{first.version_id}-{edit.version_id}-hook")]


# -- 10.5: a flip back alerts against the text it replaces; a flip-flop alerts once ---------------


def test_a_page_back_to_an_earlier_text_alerts_the_change_back_diffed_against_the_text_it_replaces(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    pipeline.ingest(db, page(5300), alerts=alerts)
    b = pipeline.ingest(db, page(5000), alerts=alerts)
    back = pipeline.ingest(db, page(5300), alerts=alerts)
    assert (back.status, back.alerts) == ("reverted", 1)
    assert [(c.old.value, c.new.value) for c in back.changeset.changes] == [(5000, 5300)]
    key, message = db.execute("SELECT key, message FROM outbox ORDER BY id DESC LIMIT 1").fetchone()
    assert key == f"changes-revision-{b.version_id}-{back.version_id}-hook"
    assert "5000万元 → 5300万元" in json.loads(message)["text"]


def test_a_flip_flop_of_more_than_n_changes_in_m_days_is_summarised_in_one_alert(tmp_path):
    from datetime import datetime, timedelta, timezone

    db = store.open_db(tmp_path / "monitor.db")
    clock = [datetime(2025, 3, 1, tzinfo=timezone.utc)]
    alerts = replace(_alerts(tmp_path), clock=lambda: clock[0])
    assert (alerts.config.alerts.flipflop_changes, alerts.config.alerts.flipflop_within) == (3, 7 * 86400)

    def check(budget: int) -> pipeline.IngestResult:
        clock[0] += timedelta(hours=12)
        return pipeline.ingest(db, page(budget), alerts=alerts, fetched_at=clock[0].isoformat())

    check(5300)
    queued = [check(b).alerts for b in (5000, 5300, 5000, 5300, 5000, 5300)]  # six changes in three days
    assert queued == [1, 1, 1, 1, 0, 0]  # three change alerts, then one summary, then quiet
    kinds = [k for k, _ in _outbox(db)]
    assert kinds == ["changes", "changes", "changes", "flipflop"]
    subject, message = db.execute("SELECT subject, message FROM outbox WHERE kind = 'flipflop'").fetchone()
    assert subject == "【频繁变动】王坛镇2024年工作计划: 7天内4次变化"
    assert "一般公共预算收入 5000万元 → 5300万元" in json.loads(message)["text"]  # its latest change
    clock[0] += timedelta(days=8)  # the page settled: the next change alerts on its own again
    assert check(4800).alerts == 1 and _outbox(db)[-1][0] == "changes"


def test_a_redesign_that_leaves_the_body_id_on_a_small_widget_is_an_error_or_held_as_suspect(tmp_path):
    from scrapers import SCRAPERS

    from monitor.errors import ParseError

    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    with FakeGovSite(fillers=0) as site:
        url = site.page_url("000")
        html = site.render(url[len(site.base_url):], {})[1].decode("utf-8")
        source = next(s for s in site.sources() if s.name == "kq-wangtan")
    scraper = SCRAPERS[source.scraper].with_params(source.params)
    share = ('<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>'
             '<div class="print">【打印本页】【关闭窗口】</div>')
    only_chrome = re.sub(r'<div id="zoom"[^>]*>.*?</div><!--zoom-->', f'<div id="zoom">{share}</div><!--zoom-->', html,
                         flags=re.S)
    with_a_line = re.sub(r'<div id="zoom"[^>]*>.*?</div><!--zoom-->',
                         f'<div id="zoom"><p>本页面内容已调整，请稍后访问。</p>{share}</div><!--zoom-->', html, flags=re.S)
    assert html != only_chrome and html != with_a_line
    pipeline.ingest(db, scraper.parse_detail(html, url), alerts=alerts)
    with pytest.raises(ParseError, match=url):  # nothing but chrome: a clear error of the run, nothing stored
        scraper.parse_detail(only_chrome, url)
    held = pipeline.ingest(db, scraper.parse_detail(with_a_line, url), alerts=alerts)  # one line left: held
    assert (held.status, held.suspect, held.alerts) == ("changed", True, 0)


# -- an upgrade of the extractor alerts nothing by itself ----------------------------------------

NEW_CENTRES = "新建村级避灾安置中心3个。"  # the real change of these tests: one sentence with a target


def _as_an_older_extractor_read_it(db, version_id: int, extractor: str | None = "an older extractor") -> None:
    """Make a stored version's targets look made by another extractor: it named 区级和美乡村 differently and missed
    the budget (its row is gone)."""
    db.execute("UPDATE targets SET indicator = '和美乡村' WHERE version_id = ? AND indicator = '区级和美乡村'", [version_id])
    db.execute("DELETE FROM targets WHERE version_id = ? AND indicator = '一般公共预算收入'", [version_id])
    db.execute("UPDATE versions SET extractor = ? WHERE id = ?", [extractor, version_id])


@pytest.mark.parametrize("extractor", ["an older extractor", None], ids=["another extractor", "unknown (before m014)"])
def test_a_revision_after_an_extractor_upgrade_alerts_only_the_real_change(tmp_path, extractor):
    db = store.open_db(tmp_path / "monitor.db")
    alerts = _alerts(tmp_path)
    first = pipeline.ingest(db, plan(5300, 5), alerts=alerts)
    _as_an_older_extractor_read_it(db, first.version_id, extractor)
    revised = pipeline.ingest(db, plan(5300, 5, extra=NEW_CENTRES), alerts=alerts)
    assert [(c.change, c.indicator) for c in revised.changeset.changes] == [("added", "新建村级避灾安置中心")]
    assert revised.alerts == 1 and store.changesets(db, version_ids=[revised.version_id]) == [revised.changeset]
    assert db["versions"].get(revised.version_id)["extractor"] == pipeline.extractor_id()


def test_a_target_only_the_new_extractor_reads_in_the_baseline_is_kept_whole_in_its_change(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    first = pipeline.ingest(db, plan(5300, 5))
    _as_an_older_extractor_read_it(db, first.version_id)  # the budget is in no targets row of the baseline
    revised = pipeline.ingest(db, plan(5000, 5))
    assert [(c.change, c.indicator, c.old.value, c.new.value) for c in revised.changeset.changes] == [
        ("changed", "一般公共预算收入", 5300, 5000)]
    old_seq, old_json = db.execute("SELECT old_seq, old_json FROM changes WHERE version_id = ? AND change != 'text'",
                                   [revised.version_id]).fetchone()
    assert old_seq is None and json.loads(old_json)["value"] == 5300
    assert store.changesets(db, version_ids=[revised.version_id]) == [revised.changeset]


def test_with_the_same_extractor_the_baseline_targets_are_read_from_the_store_not_extracted_again(tmp_path, monkeypatch):
    db = store.open_db(tmp_path / "monitor.db")
    calls = []
    real = pipeline.extract
    monkeypatch.setattr(pipeline, "extract", lambda doc: calls.append(doc.title) or real(doc))
    first = pipeline.ingest(db, plan(5300, 5))
    db.execute("UPDATE targets SET indicator = '和美乡村' WHERE indicator = '区级和美乡村'")  # what the store says
    revised = pipeline.ingest(db, plan(5300, 5, extra=NEW_CENTRES))
    assert len(calls) == 2  # the two new texts, not the baseline's
    assert {c.indicator for c in revised.changeset.changes} == {"和美乡村", "区级和美乡村", "新建村级避灾安置中心"}
    db.execute("UPDATE versions SET extractor = 'an older extractor' WHERE id = ?", [revised.version_id])
    again = pipeline.ingest(db, plan(5000, 5, extra=NEW_CENTRES))
    assert len(calls) == 4  # the new text and, made by another extractor, the baseline's
    assert [c.indicator for c in again.changeset.changes] == ["一般公共预算收入"]
    assert first.version_id < revised.version_id < again.version_id


def test_a_new_plan_is_compared_with_what_the_new_extractor_reads_in_the_earlier_plan(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    earlier = pipeline.ingest(db, plan(5300, 5, year=2023, url="http://www.kq.gov.cn/art/2023.html", index_no=None))
    _as_an_older_extractor_read_it(db, earlier.version_id)
    later = pipeline.ingest(db, plan(5300, 5, year=2024, extra=NEW_CENTRES))
    assert later.changeset.kind == "plan" and later.changeset.old.id == earlier.version_id
    assert {c.indicator for c in later.changeset.changes} == {"新建村级避灾安置中心"}


def test_a_page_whose_stored_version_had_no_targets_is_compared_with_the_earlier_plan_not_as_every_target_added(tmp_path):
    # the notice of a plan whose file could not be read the first time (or a placeholder filled in later)
    db = store.open_db(tmp_path / "monitor.db")
    earlier = pipeline.ingest(db, plan(5300, 5, year=2023, url="http://www.kq.gov.cn/art/2023.html", index_no=None))
    notice = pipeline.ingest(db, replace(plan(5300, 5, year=2024), paragraphs=("现将《王坛镇2024年工作计划》印发给你们,请认真贯彻执行。",)))
    assert notice.changeset is None
    read = pipeline.ingest(db, plan(5300, 5, year=2024, extra=NEW_CENTRES))
    assert (read.status, read.changeset.kind, read.changeset.old.id) == ("changed", "plan", earlier.version_id)
    assert {c.indicator for c in read.changeset.changes} == {"新建村级避灾安置中心"}
    cut = pipeline.ingest(db, plan(5300, 5, year=2024))  # from then on, a revision of its own last version
    assert (cut.changeset.kind, cut.changeset.old.id) == ("revision", read.version_id)


def test_a_plan_for_the_rest_of_the_year_drops_none_of_the_years_plan_and_the_next_is_compared_with_its_own_kind(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    annual = pipeline.ingest(db, plan(5300, 5, year=2025, url="http://www.kq.gov.cn/art/2025.html", index_no=None))
    half = replace(plan(5300, 5, year=2025, url="http://www.kq.gov.cn/art/2025-h2.html", index_no=None, date="2025-07-10"),
                   title="王坛镇2025年上半年工作总结及下半年工作计划",
                   paragraphs=("下半年,全力完成全年目标任务:一般公共预算收入5000万元。",))
    first_half = pipeline.ingest(db, half)  # the budget lowered for the year; 区级和美乡村 is not dropped by it
    assert first_half.changeset.old.id == annual.version_id
    assert [(c.change, c.indicator) for c in first_half.changeset.changes] == [("changed", "一般公共预算收入")]
    next_half = pipeline.ingest(db, replace(half, url="http://www.kq.gov.cn/art/2026-h2.html", date="2026-07-08",
                                            title="王坛镇2026年上半年工作总结及下半年工作计划",
                                            paragraphs=("下半年,全力完成全年目标任务:一般公共预算收入5600万元。",)))
    assert next_half.changeset.old.id == first_half.version_id
    assert [(c.change, c.indicator) for c in next_half.changeset.changes] == [("changed", "一般公共预算收入")]
    next_year = pipeline.ingest(db, plan(5600, 6, year=2026, url="http://www.kq.gov.cn/art/2026.html", index_no=None))
    assert next_year.changeset.old.id == annual.version_id


def test_a_page_explaining_a_plan_alerts_its_changed_targets_and_is_never_the_plan_compared_with(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")
    last_year = pipeline.ingest(db, plan(5300, 5, year=2024, url="http://www.kq.gov.cn/art/2024.html", index_no=None))
    explained = replace(plan(5600, 5, year=2025, url="http://www.kq.gov.cn/art/2025-jd.html", index_no=None,
                             date="2025-03-20"), title="《王坛镇2025年工作计划》政策解读",
                        paragraphs=("经济社会发展的主要目标是:一般公共预算收入5600万元。",))
    told = pipeline.ingest(db, explained)  # names the budget only: the 和美乡村 target is not dropped by it
    assert told.changeset.old.id == last_year.version_id
    assert [(c.change, c.indicator) for c in told.changeset.changes] == [("changed", "一般公共预算收入")]
    the_plan = pipeline.ingest(db, plan(5600, 6, year=2025, url="http://www.kq.gov.cn/art/2025.html", index_no=None))
    assert the_plan.changeset.old.id == last_year.version_id  # the plan itself, compared with last year's plan
    assert {c.indicator for c in the_plan.changeset.changes} == {"一般公共预算收入", "区级和美乡村"}
