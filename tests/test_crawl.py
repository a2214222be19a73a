"""End to end against the fake government site and a real SQLite file: crawl, re-crawl, revisions, faults."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from urllib.parse import parse_qs

import httpx
import pytest
from conftest import SEEDS, fetch_toml, sources_toml, write_toml

from monitor import seedformat, store
from monitor.crawl import RunResult, crawl_source, for_each_host, list_entries
from monitor.errors import ParseError
from monitor.extract import extract
from monitor.fetch import Fetcher, Policy, tls_context
from support.crawling import crawl_all
from support.fakesite import API, DATAPROXY, FAULTS, OFF_SITE, SEARCH, FakeGovSite
from monitor.sources import Source
from scrapers import SCRAPERS


FILLERS = 3  # one list page a column; a test of paging asks for three with LONG_LISTS
LONG_LISTS = pytest.mark.fillers(31)  # three list API pages a jpaas column, three list pages the jcms one
# one retry within a run; a timeout no loaded machine reaches on a page the fake site answers at once (a retried
# request is a second hit on the site, which tests count), the "slow" fault far beyond it
FETCHER = {"retries": 1, "timeout": 2.0}


def source(site: FakeGovSite, name: str) -> Source:
    """One of the fake site's sources."""
    return next(s for s in site.sources() if s.name == name)


def count(db, table: str) -> int:
    """Rows in a table."""
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def current(db, url: str):
    """(Version, Document, Extraction) stored for a URL now."""
    (row,) = [d for d in store.find_documents(db, url) if d["url"] == url]
    return store.load_version(db, row["current_version_id"])


def is_list_request(path: str) -> bool:
    """A column page, a TRS list page (index_N.html) or a list API page."""
    return bool(re.match(r"/col/col\d+/index(_\d+)?\.html$", path)) or path in (API, DATAPROXY, SEARCH)


@pytest.mark.parametrize("connections", [1, 3])
def test_a_source_allowed_several_connections_fetches_that_many_pages_at_once_and_stores_them_in_list_order(
        site, db, connections):
    name, site.slow_seconds = site.columns[0].name, 0.3
    site.fail(name, "slow")  # every request of the column is answered 0.3 s after it arrived
    with Fetcher(transport=httpx.HTTPTransport(verify=tls_context()), delay=0, retries=0, timeout=5,
                 allow_private=True, connections_per_host=connections) as fetcher:
        result = crawl_source(db, source(site, name), fetcher, workers=0)
    assert (result.outcome, result.new) == ("ok", len(site.paths(name)))
    assert site.peak_in_flight == connections  # as many at once as allowed, never more
    stored = [row["url"] for row in db.query("SELECT url FROM documents ORDER BY id")]
    assert stored == site.page_urls(name)  # in the list's order, whichever answer came first


@LONG_LISTS
@pytest.mark.slow  # a whole first crawl of 31 documents a column
def test_the_first_crawl_stores_every_listed_document_once(site, fetcher, db_path, db):
    results = crawl_all(site.sources(), fetcher, db_path)
    for r in results:
        assert (r.outcome, r.errors, r.failed) == ("ok", [], 0)
        assert r.new == r.listed == len(site.paths(r.source))
    assert count(db, "documents") == count(db, "versions") == len(site.paths()) == 5 * 32 + 2 * 31
    details = [h.path for h in site.hits if not is_list_request(h.path)]
    assert sorted(details) == sorted(site.paths())  # each page once: the pinned duplicate is not fetched twice
    assert all(OFF_SITE not in h.path for h in site.hits)  # the link to another host is not followed
    lists = [h for h in site.hits if is_list_request(h.path)]
    # jpaas: shell + 3 API pages, and the two kq columns ask their side-menu unit too (no list_tag: it answers
    # without a paged count, so the other unit is the list); TRS: index.html and index_1.html (20 a page);
    # jcms: column + the server's 3 dataproxy pages; jcms xxgk: column + 2 search.jsp pages (20 a page)
    assert len(lists) == 4 * 4 + 2 + 2 + 4 + 3
    runs = {r["source_id"]: r for r in db.query("SELECT * FROM runs")}
    assert sorted((r["outcome"], r["new"]) for r in runs.values()) == sorted(("ok", r.new) for r in results)
    assert sum(r["requests"] for r in runs.values()) == len(site.hits)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_the_seed_pages_give_the_seed_documents_and_targets(site, fetcher, db, seed):
    name = next(c.name for c in site.columns if c.seed == seed.name[:3])
    assert crawl_source(db, source(site, name), fetcher).errors == []
    url = site.page_url(seed.name)
    version, doc, found = current(db, url)
    expected = seedformat.parse_file(seed)
    assert doc.metadata() == {**expected.metadata(), "url": url}
    assert doc.paragraphs == expected.paragraphs
    wanted = extract(expected)
    assert found.targets == wanted.targets and found.actuals == wanted.actuals
    assert found.targets  # the seeds are plans: they have targets
    assert store.version_raw(db, version.id) == fetcher.get(url).content  # the page bytes are kept


@pytest.mark.slow  # two whole crawls
def test_a_recrawl_of_the_unchanged_site_makes_only_list_and_conditional_requests(site, fetcher, db_path, db):
    crawl_all(site.sources(), fetcher, db_path)
    versions, changes = count(db, "versions"), count(db, "changes")
    site.reset_hits()
    results = crawl_all(site.sources(), fetcher, db_path)
    for r in results:
        assert (r.new, r.changed, r.failed, r.changesets, r.errors) == (0, 0, 0, [], [])
        assert r.unchanged == r.listed
    for hit in site.hits:
        assert is_list_request(hit.path) or (hit.conditional and hit.status == 304), hit
    assert sum(not is_list_request(h.path) for h in site.hits) == len(site.paths())
    assert (count(db, "versions"), count(db, "changes")) == (versions, changes)
    assert sum(r.requests for r in results) == len(site.hits)


def test_a_recrawl_moves_every_unchanged_page_s_last_seen_on_in_batches(site, fetcher, db_path, db, monkeypatch):
    crawl_all(site.sources(), fetcher, db_path)
    with db.conn:  # as if the first crawl were long ago
        db.execute("UPDATE documents SET last_seen = '2000-01-01T00:00:00+00:00'")
        db.execute("UPDATE versions SET last_seen = '2000-01-01T00:00:00+00:00'")
    monkeypatch.setattr("monitor.crawl._TOUCH_BATCH", 3)  # full batches and a last, partial one
    results = crawl_all(site.sources(), fetcher, db_path)
    assert sum(r.unchanged for r in results) == count(db, "documents")
    assert db.execute("SELECT count(*) FROM documents WHERE last_seen < '2001'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM versions v JOIN documents d ON v.id = d.current_version_id "
                      "WHERE v.last_seen < '2001'").fetchone()[0] == 0


def test_a_revised_page_yields_a_new_version_and_its_target_change(site, fetcher, db):
    kq = source(site, "kq-wangtan")
    crawl_source(db, kq, fetcher)
    text = SEEDS[0].read_text(encoding="utf-8").replace("预计财政总收入10000万元", "预计财政总收入12000万元")
    url = site.revise("000", text)
    site.reset_hits()
    r = crawl_source(db, kq, fetcher)
    assert (r.new, r.changed, r.unchanged, r.failed) == (0, 1, r.listed - 1, 0)
    [fetched] = [h for h in site.hits if h.status == 200 and not is_list_request(h.path)]
    assert fetched.path == url.removeprefix(site.base_url)  # only the revised page was downloaded
    (changeset,) = r.changesets
    moved = [c for c in changeset.changes if c.change == "changed"]
    assert [(c.indicator, c.old.value, c.new.value) for c in moved] == [("财政总收入", 10000, 12000)]
    row = next(d for d in store.find_documents(db, url) if d["url"] == url)
    assert [v["seq"] for v in store.versions_of(db, row["id"])] == [1, 2]
    assert crawl_source(db, kq, fetcher).changesets == []  # and the next check is quiet again


@pytest.mark.parametrize("kind", [k for k in FAULTS if k != "layout"])  # kq declares no selector: see below
def test_a_fault_on_a_page_is_a_recorded_error_that_keeps_the_version_and_cries_no_wolf(site, fetcher, db, kind):
    kq = source(site, "kq-wangtan")
    crawl_source(db, kq, fetcher)
    url = site.page_url("000")
    before = current(db, url)
    versions = count(db, "versions")
    site.slow_seconds = 10.0
    site.fail("000", kind)
    r = crawl_source(db, kq, fetcher)
    assert (r.failed, r.new, r.changed, r.changesets) == (1, 0, 0, [])
    assert r.unchanged == r.listed - 1
    (error,) = r.errors
    assert error.startswith("kq-wangtan: ") and url in error
    assert current(db, url) == before and count(db, "versions") == versions  # the baseline is untouched
    (run,) = db.query("SELECT outcome, error, failed FROM runs ORDER BY id DESC LIMIT 1")
    assert (run["outcome"], run["error"], run["failed"]) == ("partial", error, 1)
    site.heal()
    healed = crawl_source(db, kq, fetcher)
    assert (healed.failed, healed.changed, healed.new, healed.changesets) == (0, 0, 0, [])
    assert count(db, "versions") == versions and count(db, "changes") == 0


def test_a_layout_change_never_reads_as_all_targets_dropped(site, fetcher, db):
    panan = source(site, "panan-yushan")  # a site declaring its body selector
    crawl_source(db, panan, fetcher)
    n_targets = len(current(db, site.page_url("004"))[2].targets)
    site.fail("panan-yushan", "layout")  # the whole site redesigned: lists and pages
    r = crawl_source(db, panan, fetcher)
    assert r.outcome == "failed" and r.changesets == [] and r.changed == 0
    assert "list unit" in r.errors[0] or "selector" in r.errors[0] or "list API answered success=False" in r.errors[0]
    site.heal()
    site.fail("004", "layout")  # only the page redesigned
    r = crawl_source(db, panan, fetcher)
    assert "selector" in r.errors[0] and r.changesets == []
    assert len(current(db, site.page_url("004"))[2].targets) == n_targets
    assert count(db, "changes") == 0


def test_a_redesigned_page_of_a_site_read_generically_is_the_same_document(site, fetcher, db):
    kq = source(site, "kq-wangtan")  # no declared selector: the generic reader reads the new layout
    crawl_source(db, kq, fetcher)
    versions = count(db, "versions")
    site.fail("000", "layout")
    r = crawl_source(db, kq, fetcher)
    assert (r.outcome, r.errors, r.changed, r.changesets) == ("ok", [], 0, [])
    assert count(db, "versions") == versions and count(db, "changes") == 0


@pytest.mark.parametrize("kind", ["500", "waf", "empty", "slow", "layout", "cut"])
def test_a_fault_on_the_list_fails_the_run_and_changes_nothing(site, fetcher, db, kind):
    kq = source(site, "kq-jidong")
    crawl_source(db, kq, fetcher)
    versions = count(db, "versions")
    site.slow_seconds = 10.0
    site.fail("kq-jidong", kind)
    r = crawl_source(db, kq, fetcher)
    assert r.outcome == "failed" and (r.new, r.changed, r.unchanged, r.changesets) == (0, 0, 0, [])
    assert r.errors[0].startswith("kq-jidong: ") and "127.0.0.1" in r.errors[0]
    assert count(db, "versions") == versions
    (run,) = db.query("SELECT outcome FROM runs ORDER BY id DESC LIMIT 1")
    assert run["outcome"] == "failed"


@LONG_LISTS
def test_a_list_server_repeating_a_page_is_an_error_naming_the_url_not_a_quiet_stop(site, fetcher, db):
    site.fail("panan-archive", "repeat")  # dataproxy.jsp answers page 1 to every page
    r = crawl_source(db, source(site, "panan-archive"), fetcher)
    (error,) = r.errors
    assert error.startswith("panan-archive: list page http://127.0.0.1:") and "page=2" in error
    assert "repeats the entries of" in error and "while 31 entries are announced and 15 were read" in error
    assert r.outcome == "partial" and r.new == r.listed == 15  # what was read is kept
    site.fail("kq-jidong", "repeat")  # the unit API answers page 1 to a request for page 2
    r = crawl_source(db, source(site, "kq-jidong"), fetcher)
    assert "asked for list page 2, the API answered page 1 (of 32 entries)" in r.errors[0]
    assert r.outcome == "partial" and r.new == r.listed == 15  # page 1, read before, is kept


def test_a_list_declared_by_its_items_selector_is_crawled_and_a_selector_gone_stale_fails_the_run(site, fetcher, db):
    declared = dataclasses.replace(source(site, "shangyu-zhangzhen"), scraper="html-list", params={"items": "ul.list li"})
    r = crawl_source(db, declared, fetcher)
    assert (r.outcome, r.template) == ("ok", "html-list (declared: scraper html-list)")
    assert r.new == r.listed == len(site.paths("shangyu-zhangzhen"))
    stale = dataclasses.replace(declared, params={"items": "div.news-list li"})  # the site was redesigned
    r = crawl_source(db, stale, fetcher)
    assert r.outcome == "failed" and "the items selector 'div.news-list li' matched no element with a link" in r.errors[0]


@pytest.mark.parametrize("workers", [0, 2], ids=["in process", "in worker processes"])
def test_a_sources_declared_body_reads_its_pages_and_one_gone_stale_fails_each_page_naming_it(site, fetcher, db, workers):
    from monitor.crawl import WORKER_MODULES
    from monitor.workers import Pool

    pool = Pool(workers, after=0, modules=WORKER_MODULES)  # the pages parsed where a big run parses them
    try:
        declared = dataclasses.replace(source(site, "shangyu-zhangzhen"), params={"body": "#UCAP-CONTENT"})
        r = crawl_source(db, declared, fetcher, pool=pool)
        assert r.outcome == "ok" and r.new == r.listed > 0
        site.revise("002", seedformat.render(site.document("002")).replace("。", "。\n", 1))  # one page changes
        stale = dataclasses.replace(declared, params={"body": "div.article-body"})
        r = crawl_source(db, stale, fetcher, pool=pool)
        assert r.failed == 1 and "body selector 'div.article-body' matched 0 elements" in r.errors[0]
    finally:
        pool.close()


@pytest.mark.parametrize("name", ["shangyu-zhangzhen", "kq-wangtan"])
def test_a_column_redirected_to_the_portals_front_page_fails_and_stores_none_of_its_news(site, fetcher, db, name):
    # the front page lists the newest documents of every column as dated links: read as the column (a TRS list is
    # any page of dated links) they were stored as this town's new documents, and alerted on
    assert crawl_source(db, source(site, name), fetcher).outcome == "ok"
    before = count(db, "documents")
    site.fail(name, "moved")
    r = crawl_source(db, source(site, name), fetcher)
    assert r.outcome == "failed" and r.new == 0 and count(db, "documents") == before
    (error,) = r.errors
    assert f"{name}: {site.column_url(name)}: redirected to the site's front page" in error
    assert error.endswith("the page was moved or removed")


@LONG_LISTS
@pytest.mark.parametrize(("name", "first_page"), [("kq-jidong", 15), ("panan-archive", 15), ("shangyu-zhangzhen", 20),
                                                   ("panan-xxgk", 20)])
def test_a_broken_later_list_page_keeps_the_entries_read_before_it(site, fetcher, db, name, first_page):
    site.fail(name, "broken")  # list page 2 answers a page no template can read (jpaas, jcms, TRS, jcms xxgk)
    r = crawl_source(db, source(site, name), fetcher)
    (error,) = r.errors
    assert error.startswith(f"{name}: the list is incomplete: list page http://127.0.0.1:") and "could not be read" in error
    assert r.outcome == "partial" and r.new == r.listed == first_page  # page 1's documents are crawled and stored
    assert count(db, "documents") == first_page
    (run,) = db.query("SELECT outcome, error FROM runs ORDER BY id DESC LIMIT 1")
    assert (run["outcome"], run["error"]) == ("partial", error)
    site.heal()
    r = crawl_source(db, source(site, name), fetcher)  # the next run reads the whole list
    assert r.errors == [] and r.new == len(site.paths(name)) - first_page


@LONG_LISTS
def test_the_jcms_xxgk_catalogue_is_paged_by_posting_its_form_as_the_page_does(site, fetcher, db):
    name = "panan-xxgk"
    r = crawl_source(db, source(site, name), fetcher)
    assert (r.outcome, r.errors, r.new, r.listed) == ("ok", [], len(site.paths(name)), len(site.paths(name)))
    searches = [h for h in site.hits if h.path == SEARCH]
    assert [h.method for h in searches] == ["POST", "POST"] and all(h.status == 200 for h in searches)
    assert [parse_qs(h.query)["currpage"] for h in searches] == [["1"], ["2"]]  # the form's fields, page by page
    assert "jdid=" in searches[1].query  # page 2 posts back the answer's hidden search form
    # the server refuses search.jsp by GET, as the real one refuses a wrong method: a clear error, not an empty list
    page = fetcher.get(f"{site.base_url}{SEARCH}?divid=div52043&currpage=1")
    assert page.text.startswith('{"roles":null') and "不支持的HTTP方法" in page.text
    with pytest.raises(ParseError, match="search.jsp answer without '共N条记录' and '共N页' .*不支持的HTTP方法"):
        SCRAPERS["jcms-xxgk"].parse_list(page.text, page.url)


@LONG_LISTS
def test_a_list_that_gives_fewer_entries_than_it_announces_is_an_error(site, fetcher, db):
    name = "kq-jidong"
    site.fail(name, "short")  # every list page leaves one entry out, the stated count stays
    r = crawl_source(db, source(site, name), fetcher)
    total = len(site.paths(name))
    assert r.errors == [f"{name}: the list at {site.column_url(name)} announces {total} entries, its pages gave {total - 3}"]
    assert r.outcome == "partial" and r.new == r.listed == total - 3


@LONG_LISTS
def test_a_list_whose_next_page_only_a_script_knows_is_an_error_naming_the_page_it_stopped_at(site, fetcher, db):
    name = "shangyu-zhangzhen"
    site.fail(name, "jspager")  # 共2页 and <a href="javascript:void(0);" onclick="goPage(2)">下一页</a>, no address
    r = crawl_source(db, source(site, name), fetcher)
    column = site.column_url(name)
    assert r.errors == [f"{name}: the list at {column} announces 2 pages and the monitor read 1: list page {column} "
                        "gives no next page it can follow"]
    assert r.outcome == "partial" and r.new == r.listed == 20  # the first page's entries are kept
    site.heal(name)  # the same list paged by createPageHTML(2, …): both pages read, no error
    r = crawl_source(db, source(site, name), fetcher)
    assert (r.errors, r.listed) == ([], len(site.paths(name)))


@LONG_LISTS
def test_a_list_stating_no_count_whose_next_link_only_runs_a_script_is_a_warning_naming_the_page(site, fetcher, db):
    name = "shangyu-zhangzhen"
    site.fail(name, "scriptonly")  # <a href="javascript:goPage(2)">下一页</a> alone: no count, no address
    r = crawl_source(db, source(site, name), fetcher)
    column = site.column_url(name)
    assert r.errors == [] and r.listed == 20  # the first page's entries are kept
    assert r.warnings == [f"{name}: list page {column} names no next page: its 下一页 runs goPage(2), which only a "
                          "browser follows, and the list states no count; the monitor read 1 list page, later pages "
                          "(if any) are not watched"]


def test_a_gkmlpt_catalogue_is_read_through_its_columns_api_pages_to_its_total():
    # the shapes public readers of Guangdong's gkmlpt rely on (tests/test_scrapers.py, GKMLPT_SHELL): the shell's SID,
    # the column in the fragment, 100 articles an API page
    column = "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/index#21023"
    api = "https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/api/all/21023?page={}&sid=758019"

    def answer(first: int, count: int) -> str:
        articles = [{"title": f"受理公告{n}", "date": 1783353600 - n * 86400,
                     "url": f"https://www.zhaoqing.gov.cn/zqhjj/gkmlpt/content/3/{n}/post_{n}.html"}
                    for n in range(first, first + count)]
        return json.dumps({"total": 150, "articles": articles}, ensure_ascii=False)

    pages = {column: "<script>window._CONFIG = { SID: '758019' };</script>",
             api.format(1): answer(1, 100), api.format(2): answer(101, 50)}

    class Site:
        """Answers the three pages, as a fetcher does."""

        policy = Policy()

        def get(self, url: str, **_: object) -> object:
            return dataclasses.make_dataclass("Page", ["text", "attempts"])(pages[url], 1)

    result = RunResult("zhaoqing-slgg")
    scraper, entries = list_entries(None, Source("zhaoqing-slgg", "", column), Site(), result)
    assert (scraper.key, result.errors, len(entries)) == ("gkmlpt", [], 150)
    assert entries[-1].url.endswith("/post_150.html") and result.template.startswith("gkmlpt (detected: a gkmlpt")


def test_a_transient_error_is_retried_within_the_run(site, fetcher, db):
    site.fail("001", "503", times=1)
    r = crawl_source(db, source(site, "kq-jidong"), fetcher)
    assert (r.errors, r.new) == ([], r.listed)
    assert r.requests == len(site.hits)  # the retry is counted


@pytest.mark.parametrize("declare", ["header", "meta", "none"])
def test_pages_re_served_in_gbk_are_the_same_documents(site, fetcher, db, declare):
    panan = source(site, "panan-yushan")
    crawl_source(db, panan, fetcher)
    versions = count(db, "versions")
    site.set_encoding("panan-yushan", "gbk", declare)  # new bytes, new ETags: every page is downloaded again
    r = crawl_source(db, panan, fetcher)
    assert (r.errors, r.changed, r.new, r.unchanged) == ([], 0, 0, r.listed)
    assert count(db, "versions") == versions


def test_a_source_with_an_unknown_scraper_is_an_error_of_its_run(site, fetcher, db):
    bad = dataclasses.replace(source(site, "kq-wangtan"), scraper="nosuch")
    r = crawl_source(db, bad, fetcher)
    assert r.outcome == "failed" and "unknown scraper 'nosuch'" in r.errors[0] and site.hits == []


def test_a_bug_met_on_one_source_fails_that_source_with_a_message_and_the_others_go_on(site, fetcher, db_path, db,
                                                                                       monkeypatch):
    buggy, sound = source(site, "kq-wangtan"), source(site, "panan-yushan")

    class Buggy(type(SCRAPERS[buggy.scraper])):
        def read_detail(self, text, url):
            raise KeyError("a field the template forgot")

    monkeypatch.setitem(SCRAPERS, buggy.scraper, Buggy())
    failed, ok = crawl_all([buggy, sound], fetcher, db_path)
    assert failed.outcome == "failed" and failed.new == 0
    assert "unexpected error, a bug in the monitor (KeyError: 'a field the template forgot')" in failed.errors[0]
    assert ok.outcome == "ok" and ok.new > 0
    assert [tuple(r) for r in db.execute("SELECT outcome FROM runs ORDER BY id")] == [("failed",), ("ok",)]


def test_a_host_s_connections_are_released_once_all_its_sources_are_checked(site, fetcher, db_path):
    released, checked = [], []

    def check(db, source):
        checked.append(source.name)
        assert released == []  # not before the host's last source
        return crawl_source(db, source, fetcher)

    chosen = [source(site, "kq-wangtan"), source(site, "panan-yushan")]
    for_each_host(chosen, check, db_path, release=released.append)
    assert checked == ["kq-wangtan", "panan-yushan"] and released == [chosen[0].host]


def test_hosts_at_once_fit_the_open_file_limit_raised_to_the_hard_one_first():
    """A soft limit of 1,024 would leave a run of 300 hosts at once without files; the hard one allows more."""
    code = (
        "import resource, logging; from monitor.crawl import files_for_hosts; logging.basicConfig(format='%(message)s')\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (256, {hard}))\n"
        "print(files_for_hosts(300), resource.getrlimit(resource.RLIMIT_NOFILE)[0])"
    )
    import resource

    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < 64 + 4 * 300:
        pytest.skip(f"the hard open-file limit here is {hard}")
    raised = subprocess.run([sys.executable, "-c", code.format(hard=hard)], capture_output=True, text=True, check=True)
    assert raised.stdout.split() == ["300", str(64 + 4 * 300)] and raised.stderr == ""
    capped = subprocess.run([sys.executable, "-c", code.format(hard=256)], capture_output=True, text=True, check=True)
    assert capped.stdout.split() == ["48", "256"]
    assert capped.stderr.strip() == ("checking 48 hosts at once, not 300: the open-file limit is 256 "
                                     "(raise it with ulimit -n, or lower hosts_in_parallel)")


def test_a_newly_published_plan_is_new_on_the_next_check(site, fetcher, db):
    panan = source(site, "panan-yushan")
    crawl_source(db, panan, fetcher)
    text = SEEDS[4].read_text(encoding="utf-8").replace("2023年上半年", "2024年上半年").replace("62711", "62999")
    url = site.publish("panan-yushan", text)
    r = crawl_source(db, panan, fetcher)
    assert (r.new, r.changed, r.failed) == (1, 0, 0)
    assert current(db, url)[1].title == "玉山镇2024年上半年工作总结及下半年工作计划"


@LONG_LISTS
def test_check_previews_a_source_without_storing_anything(site, tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli

    config = write_toml(tmp_path, sources_toml(site.sources()) + fetch_toml())
    result = CliRunner().invoke(cli, ["check", "panan-archive", "--config", str(config), "--limit", "2", "--delay", "0"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1] == "  template: jcms (declared: scraper panan-jcms)"
    assert lines[2] == "  31 documents listed, 6 requests"  # column + the server's 3 dataproxy pages + 2 documents
    assert "玉山镇2023年工作简报(第1期) | 玉山镇 | 2023-11-03 | 索引号 11330727755915516G/2023-60001" in lines[4]
    assert "gb18030" in lines[5]
    assert not list(tmp_path.glob("*.db"))
    site.fail("panan-archive", "layout")
    result = CliRunner().invoke(cli, ["check", "panan-archive", "--config", str(config), "--json", "--delay", "0"])
    assert result.exit_code == 1
    assert "panan.gov.cn: expected one <datastore> list, found 0 on http://127.0.0.1:" in result.output


@LONG_LISTS
def test_parsing_in_worker_processes_gives_the_same_versions_as_in_process(site, fetcher, tmp_path):
    """A first crawl parses in worker processes; a one-process crawl of the same site stores the same text."""
    src = source(site, "kq-wangtan")
    texts = {}
    for workers in (0, 2):  # 0: every page parsed in this process
        conn = store.open_db(tmp_path / f"w{workers}.db")
        result = crawl_source(conn, src, fetcher, workers=workers)
        assert (result.outcome, result.new) == ("ok", len(site.paths("kq-wangtan")))
        texts[workers] = sorted(conn.execute("SELECT text_of(text_z) FROM versions").fetchall())
        conn.close()
    assert texts[0] == texts[2]


@LONG_LISTS
def test_a_worker_process_that_dies_loses_no_page(site, fetcher, db, monkeypatch):
    """A parsing process killed mid-crawl: its pages are parsed in the crawling process instead."""
    import os

    import monitor.crawl as crawl
    from monitor.workers import PARALLEL_AFTER

    parent, real = os.getpid(), crawl._parse

    def dies_in_a_worker(scraper, item):
        if os.getpid() != parent:
            os._exit(1)
        return real(scraper, item)

    monkeypatch.setattr(crawl, "_parse", dies_in_a_worker)
    result = crawl_source(db, source(site, "kq-wangtan"), fetcher, workers=2)
    assert (result.outcome, result.errors) == ("ok", [])
    assert result.new == len(site.paths("kq-wangtan")) > PARALLEL_AFTER
    assert count(db, "versions") == result.new


@LONG_LISTS
def test_a_list_yields_at_most_max_entries_per_run_and_says_it_stopped(site, fetcher, db):
    from monitor.fetch import Policy, SourceFetcher

    archive = source(site, "panan-archive")  # 31 documents over a column page and two list API pages
    capped = SourceFetcher(fetcher, Policy(delay=0, retries=0, allow_private=True, max_entries=10), archive.host)
    r = crawl_source(db, archive, capped, workers=1)
    assert r.new == 10 and r.listed == 10
    assert len(r.errors) == 1 and r.errors[0].startswith("panan-archive: stopped after 10 entries (fetch.max_entries) at http://127.0.0.1:")


@LONG_LISTS
def test_a_run_fetches_at_most_max_new_pages_unseen_pages_and_says_the_next_run_goes_on(site, fetcher, db):
    from monitor.fetch import Policy, SourceFetcher

    kq = source(site, "kq-jidong")  # 32 documents
    capped = SourceFetcher(fetcher, Policy(delay=0, retries=0, allow_private=True, max_new_pages=20), kq.host)
    first = crawl_source(db, kq, capped, workers=1)
    assert first.new == 20 and first.listed == 32
    assert first.errors == ["kq-jidong: stopped after 20 new pages (fetch.max_new_pages), 12 more wait for the next run"]
    second = crawl_source(db, kq, capped, workers=1)
    assert (second.new, second.unchanged, second.errors) == (12, 20, [])


@pytest.mark.parametrize("name", ["kq-wangtan", "panan-archive", "shangyu-zhangzhen", "panan-xxgk"])
def test_a_source_without_a_scraper_is_read_by_the_template_its_column_page_shows(site, fetcher, tmp_path, name):
    declared = source(site, name)
    detected = dataclasses.replace(declared, scraper="", params={})
    dbs = [store.open_db(tmp_path / f"{n}.db") for n in ("declared", "detected")]
    runs = [crawl_source(db, s, fetcher, workers=1) for db, s in zip(dbs, (declared, detected))]
    assert [(r.outcome, r.errors, r.new) for r in runs] == [("ok", [], len(site.paths(name)))] * 2
    texts = [list(db.query("SELECT url, index_no, publisher, title, date FROM documents ORDER BY url")) for db in dbs]
    assert texts[0] == texts[1]  # the same documents (a declaration may add a part, such as the category)
    if name == "kq-wangtan":  # a side-menu unit and the list unit: the one with a paged count is the list
        assert runs[1].template == "jpaas (detected: 2 jpaas unit scripts (tagId 左侧导航, 信息列表))"
        assert "tagId=%E4%BF%A1%E6%81%AF%E5%88%97%E8%A1%A8&" in runs[1].list_unit  # 信息列表
    elif name == "panan-archive":
        assert runs[1].template == f"jcms (detected: jcms <datastore> list (totalRecord {len(site.paths(name))}))"
    else:
        assert runs[1].template.startswith({"shangyu-zhangzhen": "html-list (detected: ",
                                            "panan-xxgk": "jcms-xxgk (detected: "}[name])


def test_a_column_of_an_unknown_template_is_an_error_naming_the_url_and_what_was_looked_for(site, fetcher, db):
    page = dataclasses.replace(source(site, "kq-wangtan"), scraper="", url=site.page_url("000"))  # a document, no list
    r = crawl_source(db, page, fetcher)
    assert r.outcome == "failed" and r.new == 0
    assert r.errors == [f"kq-wangtan: {page.url}: unknown list template: looked for jpaas unit scripts "
                        "(script[queryData][url]), a jcms <datastore> with a jpage() call, a loadDynamic("
                        "'/module/xxgk/search.jsp') call, a gkmlpt _CONFIG SID, a list of at least 3 dated links; found none"]


@LONG_LISTS
def test_monitor_add_detects_the_column_and_prints_or_appends_its_source_entry(site, tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli
    from monitor.config import load_config

    config = write_toml(tmp_path, sources_toml(site.sources()[:1]) + fetch_toml())
    url = site.column_url("kq-jidong")
    result = CliRunner().invoke(cli, ["add", url, "--name", "kq-jidong", "--config", str(config), "--delay", "0"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f'[[sources]]\nname = "kq-jidong"\nurl = "{url}"\n'
        "# template: jpaas (detected: 2 jpaas unit scripts (tagId 左侧导航, 信息列表)); 32 documents listed\n"
        'params = { list_tag = "信息列表" }  # the list among the column page\'s units\n'
    )
    result = CliRunner().invoke(cli, ["add", url, "--name", "kq-jidong", "--config", str(config), "--append", "--delay", "0"])
    assert result.exit_code == 0 and "added source 'kq-jidong' (jpaas" in result.output
    added = load_config(config).source("kq-jidong")
    assert (added.scraper, added.url, added.params) == ("", url, {"list_tag": "信息列表"})
    again = CliRunner().invoke(cli, ["add", url, "--name", "kq-jidong", "--config", str(config), "--append"])
    assert again.exit_code == 2 and "a source named 'kq-jidong' exists already" in again.output
    page = CliRunner().invoke(cli, ["add", site.page_url("000"), "--config", str(config), "--delay", "0"])
    assert page.exit_code == 1 and "unknown list template: looked for jpaas unit scripts" in page.output
    assert "Traceback" not in page.output


def test_monitor_add_declares_a_lists_items_and_a_pages_body_when_told(site, tmp_path):
    from click.testing import CliRunner

    from monitor.cli import cli
    from monitor.config import load_config

    config = write_toml(tmp_path, sources_toml(site.sources()[:1]) + fetch_toml())
    url = site.column_url("shangyu-zhangzhen")
    args = ["add", url, "--name", "zhangzhen", "--config", str(config), "--delay", "0"]
    result = CliRunner().invoke(cli, [*args, "--items", "ul.list li", "--body", "#UCAP-CONTENT"])
    assert result.exit_code == 0, result.output
    assert 'scraper = "html-list"\n' in result.output
    assert 'params = { items = "ul.list li", body = "#UCAP-CONTENT" }\n' in result.output
    result = CliRunner().invoke(cli, [*args, "--items", "ul.list li", "--body", "#UCAP-CONTENT", "--append"])
    added = load_config(config).source("zhangzhen")
    assert (added.scraper, added.params) == ("html-list", {"items": "ul.list li", "body": "#UCAP-CONTENT"})
    stale = CliRunner().invoke(cli, [*args, "--items", "div.news li"])  # nothing matches: said, nothing printed
    assert stale.exit_code == 1 and "the items selector 'div.news li' matched no element with a link" in stale.output
    wrong = CliRunner().invoke(cli, [*args, "--body", "div["])
    assert wrong.exit_code == 2 and "params.body 'div[' is not a CSS selector" in wrong.output
    assert "Traceback" not in stale.output + wrong.output


def test_many_hosts_checked_at_once_into_a_fresh_database_all_store_their_pages(fetcher, db_path):
    """Twelve hosts' threads create, migrate and write one new database at the same time: none is
    refused with "database is locked" (a deferred read-then-write transaction, or migrations run
    twelve times at once, were)."""
    sites = [FakeGovSite(fillers=1).start() for _ in range(12)]
    try:
        sources = [dataclasses.replace(source(s, "kq-jidong"), name=f"town{i}") for i, s in enumerate(sites)]
        done = for_each_host(sources, lambda conn, s: crawl_source(conn, s, fetcher), db_path, hosts_in_parallel=12)
    finally:
        for s in sites:
            s.stop()
    assert [(r.outcome, r.errors) for r in done.values()] == [("ok", [])] * 12
    conn = store.open_db(db_path)
    assert conn.execute("SELECT count(*) FROM runs WHERE outcome = 'ok'").fetchone()[0] == 12
    assert conn.execute("SELECT count(DISTINCT document_id) FROM versions").fetchone()[0] == sum(r.new for r in done.values())
    conn.close()


# -- an upgrade of the reader alerts nothing by itself ---------------------------------------------


def _alerts_to_a_hook(db_path):
    """Change alerts of kq-wangtan to one webhook channel (queued, never delivered here)."""
    from monitor import outbox
    from monitor.config import AlertPolicy, ChannelConfig, Config

    config = Config(path=None, database=db_path, sources=(),
                    channels={"hook": ChannelConfig(name="hook", kind="webhook", url="http://127.0.0.1:9/hook")},
                    alerts=AlertPolicy(channels=("hook",)))
    return outbox.Alerts(config, "kq-wangtan")


def _newer_reader(monkeypatch, scraper_key: str) -> None:
    """Make the scraper read every detail page differently from today, the page bytes being the same, as an
    upgrade of the reader may: the first two paragraphs now one line, and a line it used to drop now kept."""
    kind = type(SCRAPERS[scraper_key])
    today = kind.parse_detail

    def parse_detail(self, text, url):
        doc = today(self, text, url)
        joined = (doc.paragraphs[0] + doc.paragraphs[1], *doc.paragraphs[2:])
        return dataclasses.replace(doc, paragraphs=(*joined, "本页面内容由王坛镇人民政府发布，打造和美乡村示范点2个。"))

    monkeypatch.setattr(kind, "parse_detail", parse_detail)


def test_the_same_page_bytes_read_differently_by_a_newer_reader_are_stored_without_a_change_or_an_alert(
        site, fetcher, db, db_path, monkeypatch, caplog):
    kq = source(site, "kq-wangtan")
    alerts = _alerts_to_a_hook(db_path)
    first = crawl_source(db, kq, fetcher, workers=0, alerts=alerts)
    assert first.new == first.listed and count(db, "outbox") == 0
    db.execute("UPDATE documents SET etag = NULL, last_modified = NULL")  # fetched again whole: the same bytes
    again = crawl_source(db, kq, fetcher, workers=0, alerts=alerts)
    assert (again.unchanged, again.changed, again.reread) == (again.listed, 0, 0)  # today's reader: no new version
    _newer_reader(monkeypatch, kq.scraper)
    db.execute("UPDATE documents SET etag = NULL, last_modified = NULL")
    with caplog.at_level("INFO", logger="monitor.crawl"):
        upgraded = crawl_source(db, kq, fetcher, workers=0, alerts=alerts)
    assert (upgraded.outcome, upgraded.reread, upgraded.changed, upgraded.alerts) == ("ok", upgraded.listed, 0, 0)
    assert upgraded.changesets == [] and count(db, "changes") == 0 and count(db, "outbox") == 0
    assert count(db, "versions") == 2 * upgraded.listed  # the new reading is stored: later pages compare with it
    assert f"kq-wangtan: {upgraded.listed} documents were re-read by a newer reader" in caplog.text
    url = site.page_url("000")
    assert current(db, url)[1].paragraphs[0] == site.document("000").paragraphs[0] + site.document("000").paragraphs[1]
    text = SEEDS[0].read_text(encoding="utf-8").replace("预计财政总收入10000万元", "预计财政总收入12000万元")
    site.revise("000", text)  # a real change of the page's bytes still alerts, and only it
    revised = crawl_source(db, kq, fetcher, workers=0, alerts=alerts)
    assert (revised.changed, revised.reread, revised.alerts) == (1, 0, 1) and count(db, "outbox") == 1
    (changeset,) = revised.changesets
    assert [(c.change, c.indicator, c.old.value, c.new.value) for c in changeset.changes] == [
        ("changed", "财政总收入", 10000, 12000)]
