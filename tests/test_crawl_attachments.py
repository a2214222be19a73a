"""End to end: plans published as attachments (PDF, DOCX) on the fake site, crawled into a real SQLite file.

Real files are built from the seed texts (reportlab PDFs, python-docx DOCX files) and served from
the fake site's attachment-only pages (a PDF viewer and a download link, no text) and
page-plus-attachment pages (a short notice with 附件 links).
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner
from attachment_files import make_docx, make_pdf
from conftest import SEEDS

from monitor import runner, seedformat, status, store, tables
from monitor.cli import cli
from monitor.cli.changes import history_json
from monitor.config import AlertPolicy, ChannelConfig, Config
from monitor.crawl import crawl_source
from monitor.extract import extract
from monitor.fetch import SourceFetcher
from monitor.models import Document
from monitor.report import render_text
from support.fakesite import FakeGovSite

COLUMN = "kq-jidong"
PLAN = seedformat.parse_file(SEEDS[0])  # 王坛镇2024年工作计划
NOTICE = seedformat.clean_line("现将《王坛镇2024年工作计划》印发给你们，请结合实际认真贯彻执行。")
BUILD = {"pdf": lambda d: make_pdf(d.title, list(d.paragraphs)), "docx": lambda d: make_docx(d.title, list(d.paragraphs))}
CTYPE = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def records(found) -> list[tuple]:
    """What a user compares: every target and actual, without offsets and quotes."""
    return [(t.role, t.indicator, t.kind, t.value, t.min, t.max, t.unit, t.qualifier, t.period)
            for t in [*found.targets, *found.actuals]]


def page_text(index_no: str, body: tuple[str, ...] = (NOTICE,)) -> str:
    """The detail page's own capture: the plan's metadata under its own 索引号 (a document of its own)."""
    return seedformat.render(replace(PLAN, index_no=index_no, paragraphs=body))


def crawl(db, site: FakeGovSite, fetcher, **policy):
    """One check of the column, under the fetcher's policy changed by `policy`."""
    source = next(s for s in site.sources() if s.name == COLUMN)
    bound = SourceFetcher(fetcher, replace(fetcher.policy, **policy), source.host)
    return crawl_source(db, source, bound)


def stored(db, url: str) -> tuple[object, Document, object, list[dict]]:
    """(Version, Document, Extraction, attachments read) of a URL's current version."""
    (row,) = [d for d in store.find_documents(db, url) if d["url"] == url]
    version, doc, found = store.load_version(db, row["current_version_id"])
    return version, doc, found, store.version_files(db, [version.id]).get(version.id, [])


def file_hits(site: FakeGovSite, path: str) -> list[tuple[int, bool]]:
    """(status, conditional) of every request for one file."""
    return [(h.status, h.conditional) for h in site.hits if h.path == path]


@pytest.mark.parametrize("kind", sorted(BUILD))
def test_a_plan_published_only_as_an_attachment_is_stored_with_the_files_text_and_the_seeds_targets(site, fetcher, db, kind):
    site.put_file(f"/attach/0/plan.{kind}", BUILD[kind](PLAN), CTYPE[kind])
    url = site.publish_with_files(COLUMN, page_text("A-1"), ((f"{PLAN.title}.{kind}", f"/attach/0/plan.{kind}"),), body=False)
    result = crawl(db, site, fetcher)
    assert (result.outcome, result.errors) == ("ok", [])
    version, doc, found, files = stored(db, url)
    assert (doc.title, doc.publisher, doc.index_no) == (PLAN.title, PLAN.publisher, "A-1")  # from the page
    assert doc.paragraphs[0] == PLAN.title  # the file's own heading, then its text: the body
    assert "".join(doc.paragraphs[1:]).replace(" ", "") == "".join(PLAN.paragraphs).replace(" ", "")
    assert records(found) == records(extract(PLAN)) and found.targets
    assert [(f["name"], f["url"], f["type"], f["status"], f["detail"]) for f in files] == [
        (f"{PLAN.title}.{kind}", f"{site.base_url}/attach/0/plan.{kind}", kind, "ok", None)]


def test_a_page_with_its_own_body_keeps_it_and_its_attachments_text_is_extracted_as_well(site, fetcher, db):
    site.put_file("/attach/0/plan.docx", make_docx(PLAN.title, list(PLAN.paragraphs)), CTYPE["docx"])
    url = site.publish_with_files(COLUMN, page_text("A-2"), (("计划全文", "/attach/0/plan.docx"),))
    assert crawl(db, site, fetcher).errors == []
    version, doc, found, files = stored(db, url)
    assert doc.paragraphs[:3] == (NOTICE, "附件1:计划全文", "附件: 计划全文")  # the page's text first, then the file's
    assert doc.paragraphs[3:] == (PLAN.title, *PLAN.paragraphs)
    assert records(found) == records(extract(PLAN))  # the notice has none; the plan's come from the DOCX
    assert [(f["name"], f["status"]) for f in files] == [("计划全文", "ok")]


def test_a_plan_revised_by_replacing_its_pdf_alerts_like_a_revised_page_and_history_names_the_file(site, fetcher, db):
    site.put_file("/attach/0/v1.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    url = site.publish_with_files(COLUMN, page_text("A-3"), ((f"{PLAN.title}.pdf", "/attach/0/v1.pdf"),), body=False)
    crawl(db, site, fetcher)
    old_targets = records(stored(db, url)[2])
    revised = tuple(p.replace("一般公共预算收入5300万元", "一般公共预算收入5600万元") for p in PLAN.paragraphs)
    assert revised != PLAN.paragraphs
    site.put_file("/attach/0/v2.pdf", make_pdf(PLAN.title, list(revised)))
    site.relink(url, ((f"{PLAN.title}(修订).pdf", "/attach/0/v2.pdf"),))
    result = crawl(db, site, fetcher)
    assert (result.changed, result.errors) == (1, [])
    (cs,) = result.changesets
    assert cs.kind == "revision" and cs.changes
    assert {(c.old.value, c.new.value) for c in cs.changes if c.change == "changed"} == {(5300, 5600)}
    assert records(stored(db, url)[2]) == records(extract(replace(PLAN, paragraphs=revised))) != old_targets
    assert f"{PLAN.title}(修订).pdf" in render_text([cs])  # the report says which file the new version came from
    versions = history_json(db, url)["documents"][0]["versions"]
    assert [[(f["name"], f["url"].rsplit("/", 1)[1]) for f in v["attachments"]] for v in versions] == [
        [(f"{PLAN.title}.pdf", "v1.pdf")], [(f"{PLAN.title}(修订).pdf", "v2.pdf")]]


def test_a_file_replaced_under_the_same_link_of_the_same_page_bytes_is_a_change_not_a_rereading(site, fetcher, db):
    site.put_file("/attach/0/plan.docx", make_docx(PLAN.title, list(PLAN.paragraphs)), CTYPE["docx"])
    url = site.publish_with_files(COLUMN, page_text("A-6"), (("计划全文", "/attach/0/plan.docx"),))
    crawl(db, site, fetcher)
    page = store.version_raw(db, stored(db, url)[0].id)
    revised = tuple(p.replace("一般公共预算收入5300万元", "一般公共预算收入5600万元") for p in PLAN.paragraphs)
    site.put_file("/attach/0/plan.docx", make_docx(PLAN.title, list(revised)), CTYPE["docx"])
    db.execute("UPDATE documents SET etag = NULL, last_modified = NULL")  # the page fetched again whole
    result = crawl(db, site, fetcher)
    assert (result.changed, result.reread, result.errors) == (1, 0, [])
    assert store.version_raw(db, stored(db, url)[0].id) == page  # the page's bytes are the same, its file's are not
    (cs,) = result.changesets
    assert {(c.old.value, c.new.value) for c in cs.changes if c.change == "changed"} == {(5300, 5600)}


def test_an_unchanged_file_is_fetched_conditionally_and_an_identical_copy_is_stored_once(site, fetcher, db):
    pdf = make_pdf(PLAN.title, list(PLAN.paragraphs))
    site.put_file("/attach/0/plan.pdf", pdf)
    url = site.publish_with_files(COLUMN, page_text("A-4"), (("计划", "/attach/0/plan.pdf"),))
    crawl(db, site, fetcher)
    site.revise(url, page_text("A-4", (NOTICE, "联系人：王坛镇党政办。")))  # the page changes, its file does not
    site.reset_hits()
    result = crawl(db, site, fetcher)
    assert (result.changed, result.errors) == (1, [])
    assert file_hits(site, "/attach/0/plan.pdf") == [(304, True)]
    version, doc, found, files = stored(db, url)  # the file's text is read from the stored copy
    assert records(found) == records(extract(PLAN)) and files[0]["status"] == "ok"
    site.put_file("/attach/9/copy.pdf", pdf)  # the same bytes at another URL
    site.publish_with_files(COLUMN, page_text("A-5"), (("计划", "/attach/9/copy.pdf"),))
    crawl(db, site, fetcher)
    assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 1  # re-published, identical: kept once
    assert db.execute("SELECT count(*) FROM file_urls").fetchone()[0] == 2


def test_bad_attachments_get_a_status_naming_the_url_and_the_page_is_still_stored(site, fetcher, db, db_path):
    other = f"http://localhost:{site.base_url.rsplit(':', 1)[1]}/attach/0/other.pdf"
    site.put_file("/attach/0/other.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    site.put_file("/attach/0/page.pdf", "<html><head><title>提示</title></head><body>文件不存在</body></html>".encode(), "text/html")
    site.put_file("/attach/0/big.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    names = (("缺失.pdf", "/attach/0/gone.pdf"), ("外站.pdf", other), ("错型.pdf", "/attach/0/page.pdf"), ("大.pdf", "/attach/0/big.pdf"))
    url = site.publish_with_files(COLUMN, page_text("A-6"), names)
    result = crawl(db, site, fetcher, attachment_max_bytes=5_000)
    assert (result.outcome, result.errors) == ("ok", [])
    version, doc, found, files = stored(db, url)
    assert doc.paragraphs == (NOTICE, *(f"附件{n}:{name}" for n, (name, _) in enumerate(names, 1)))
    base = site.base_url
    assert [(f["status"], f["detail"]) for f in files] == [
        ("fetch failed", f"{base}/attach/0/gone.pdf: HTTP 404 Not Found"),
        ("another host", f"{other}: attachment on another host ({other.split('/')[2]}, the source is on "
                         f"{base.split('/')[2]}); allow it with allow_hosts in [fetch.sources.{COLUMN}]"),
        ("type mismatch", f"{base}/attach/0/page.pdf: named .pdf but the bytes are an HTML page"),
        ("too large", f"{base}/attach/0/big.pdf: file too large ({len(site._files['/attach/0/big.pdf'][0])} bytes, limit 5000)"),
    ]
    assert file_hits(site, "/attach/0/other.pdf") == []  # another host: never requested
    assert result.warnings == [f"{COLUMN}: {f['detail']}" for f in files]  # the run says so, not only `history`
    got = CliRunner().invoke(cli, ["history", url, "--db", str(db_path)])
    assert got.exit_code == 0, got.output
    shown = got.stdout.splitlines()
    assert [line.strip() for line in shown if "附件" in line] == [
        f"附件 缺失.pdf <{base}/attach/0/gone.pdf>: fetch failed ({files[0]['detail']})",
        f"附件 外站.pdf <{other}>: another host ({files[1]['detail']})",
        f"附件 错型.pdf <{base}/attach/0/page.pdf>: type mismatch ({files[2]['detail']})",
        f"附件 大.pdf <{base}/attach/0/big.pdf>: too large ({files[3]['detail']})",
    ]


def test_a_host_the_source_allows_serves_its_attachments(site, fetcher, db):
    other = f"http://localhost:{site.base_url.rsplit(':', 1)[1]}/attach/0/oss.pdf"
    site.put_file("/attach/0/oss.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    url = site.publish_with_files(COLUMN, page_text("A-7"), ((f"{PLAN.title}.pdf", other),), body=False)
    assert crawl(db, site, fetcher, allow_hosts=("localhost",)).errors == []
    assert records(stored(db, url)[2]) == records(extract(PLAN))


def test_a_page_whose_only_attachment_is_a_scan_is_a_clear_page_error_never_an_empty_version(site, fetcher, db):
    site.put_file("/attach/0/scan.pdf", make_pdf(None, [], scanned=True))
    url = site.publish_with_files(COLUMN, page_text("A-8"), ((f"{PLAN.title}.pdf", "/attach/0/scan.pdf"),), body=False)
    result = crawl(db, site, fetcher)
    assert (result.outcome, result.failed) == ("partial", 1)
    assert result.errors == [f"{COLUMN}: {url}: no body paragraphs on the page, {site.base_url}/attach/0/scan.pdf: "
                             "PDF of 2 pages with no text layer (a scan?); it is not read"]
    assert [d for d in store.find_documents(db, url) if d["url"] == url] == []


def test_a_failed_fetch_keeps_the_text_read_last_time(site, fetcher, db):
    site.put_file("/attach/0/plan.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    url = site.publish_with_files(COLUMN, page_text("A-9"), (("计划", "/attach/0/plan.pdf"),), body=False)
    crawl(db, site, fetcher)
    site.revise(url, seedformat.render(replace(PLAN, index_no="A-9", category="规划计划", paragraphs=())))  # a new page version...
    site.fail("/attach/0/plan.pdf", "500")  # ...while its file cannot be fetched
    result = crawl(db, site, fetcher)
    assert (result.changed, result.errors) == (1, [])
    version, doc, found, files = stored(db, url)
    assert records(found) == records(extract(PLAN))  # not "every target dropped"
    assert (files[0]["status"], files[0]["detail"]) == (
        "ok", f"{site.base_url}/attach/0/plan.pdf: HTTP 500 Internal Server Error; the copy fetched "
              f"{db.execute('SELECT fetched_at FROM file_urls').fetchone()[0]} is read")


def test_a_file_not_read_is_a_warning_in_the_run_summary_and_the_run_stays_ok(tmp_path, site, fetcher):
    site.put_file("/attach/0/scan2.pdf", make_pdf(None, [], scanned=True))
    site.publish_with_files(COLUMN, page_text("A-11"), (("扫描件.pdf", "/attach/0/scan2.pdf"),))
    config = Config(path=None, database=tmp_path / "state" / "monitor.db",
                    sources=tuple(s for s in site.sources() if s.name == COLUMN))
    summary = runner.run_once(config, fetcher=fetcher)
    assert summary.exit_code == 0 and summary.sources[0].outcome == "ok"
    detail = f"{site.base_url}/attach/0/scan2.pdf: PDF of 2 pages with no text layer (a scan?); it is not read"
    assert summary.sources[0].warnings == [f"{COLUMN}: {detail}"]
    assert f"  warning: {COLUMN}: {detail}" in tables.summary_text(summary).splitlines()
    assert runner.run_once(config, fetcher=fetcher).sources[0].warnings == []  # unchanged (a 304): said once


def test_a_file_that_could_not_be_fetched_beside_a_page_of_its_own_text_is_asked_for_again_until_it_is_read(site, fetcher, db):
    # a notice page with its plan attached: the file fails once (a 500), the page is stored with its notice; a 304 for
    # the page would never ask for the file again, and the plan's targets would never be seen
    site.put_file("/attach/0/later.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    site.fail("/attach/0/later.pdf", "500")
    url = site.publish_with_files(COLUMN, page_text("A-12"), (("计划", "/attach/0/later.pdf"),))
    first = crawl(db, site, fetcher)
    assert (first.outcome, len(first.warnings)) == ("ok", 1) and "HTTP 500" in first.warnings[0]
    assert records(stored(db, url)[2]) == [] and stored(db, url)[3][0]["status"] == "fetch failed"
    site.heal()
    site.reset_hits()
    second = crawl(db, site, fetcher)
    assert [h.conditional for h in site.hits if url.endswith(h.path)] == [False]  # the page in full, not a 304
    assert (second.changed, second.warnings) == (1, [])
    assert records(stored(db, url)[2]) == records(extract(PLAN)) and stored(db, url)[3][0]["status"] == "ok"
    site.reset_hits()
    assert crawl(db, site, fetcher).unchanged >= 1
    assert [(h.status, h.conditional) for h in site.hits if url.endswith(h.path)] == [(304, True)]  # read: validators again


def test_a_file_that_keeps_failing_is_asked_for_a_week_then_its_page_is_checked_with_validators_again(site, fetcher, db,
                                                                                                     db_path):
    site.put_file("/attach/0/dead.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    site.fail("/attach/0/dead.pdf", "404")  # a dead link: a week of asking, not every run for ever
    url = site.publish_with_files(COLUMN, page_text("A-14"), (("计划", "/attach/0/dead.pdf"),))
    crawl(db, site, fetcher)
    site.reset_hits()
    crawl(db, site, fetcher)  # the next day: asked again
    assert [h.conditional for h in site.hits if url.endswith(h.path)] == [False] and file_hits(site, "/attach/0/dead.pdf")
    db.execute("UPDATE versions SET fetched_at = '2020-01-01T00:00:00+00:00'")  # the version is older than a week
    site.reset_hits()
    crawl(db, site, fetcher)
    assert [(h.status, h.conditional) for h in site.hits if url.endswith(h.path)] == [(304, True)]
    assert file_hits(site, "/attach/0/dead.pdf") == []
    # no run warns of it any more: `monitor status` still lists the file the stored plan was never read from
    config = Config(path=None, database=db_path, sources=tuple(s for s in site.sources() if s.name == COLUMN))
    dead = f"{site.base_url}/attach/0/dead.pdf"
    assert status.collect(config)["sources"][0]["files_unread"] == [
        {"page": url, "file": dead, "status": "fetch failed", "detail": f"{dead}: HTTP 404 Not Found"}]
    shown = tables.status_text(status.collect(config)).splitlines()
    assert shown[0].split()[-1] == "unread" and shown[1].split()[-1] == "1"
    assert f"  {COLUMN}: file not read, fetch failed: {dead} (on {url})" in shown


def test_a_file_over_the_size_cap_is_not_asked_for_again_while_its_page_is_unchanged(site, fetcher, db):
    site.put_file("/attach/0/huge.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    url = site.publish_with_files(COLUMN, page_text("A-13"), (("计划", "/attach/0/huge.pdf"),))
    crawl(db, site, fetcher, attachment_max_bytes=5_000)
    assert stored(db, url)[3][0]["status"] == "too large"  # the same the next time: asking again would cost the cap
    site.reset_hits()
    crawl(db, site, fetcher, attachment_max_bytes=5_000)
    assert [(h.status, h.conditional) for h in site.hits if url.endswith(h.path)] == [(304, True)]
    assert file_hits(site, "/attach/0/huge.pdf") == []


def test_a_replaced_pdf_reaches_the_webhook_as_a_change_alert_naming_the_new_file(tmp_path, site, fetcher, hook):
    site.put_file("/attach/0/v1.pdf", make_pdf(PLAN.title, list(PLAN.paragraphs)))
    url = site.publish_with_files(COLUMN, page_text("A-10"), ((f"{PLAN.title}.pdf", "/attach/0/v1.pdf"),), body=False)
    config = Config(path=None, database=tmp_path / "state" / "monitor.db",
                    sources=tuple(s for s in site.sources() if s.name == COLUMN),
                    channels={"hook": ChannelConfig(name="hook", kind="webhook", url=hook.url, timeout=5)},
                    alerts=AlertPolicy(channels=("hook",)))
    assert runner.run_once(config, fetcher=fetcher).exit_code == 0  # the baseline: no alert
    revised = [p.replace("一般公共预算收入5300万元", "一般公共预算收入5600万元") for p in PLAN.paragraphs]
    site.put_file("/attach/0/v2.pdf", make_pdf(PLAN.title, revised))
    site.relink(url, ((f"{PLAN.title}(修订).pdf", "/attach/0/v2.pdf"),))
    second = runner.run_once(config, fetcher=fetcher)
    assert (second.sources[0].changed, second.delivery.sent) == (1, 1)
    [alert] = hook.received
    report = alert.json()["report"]
    assert report["new"]["url"] == url
    assert report["new"]["attachments"] == [{"name": f"{PLAN.title}(修订).pdf", "url": f"{site.base_url}/attach/0/v2.pdf"}]
    assert [(c["change"], c["indicator"], c["old"]["value"], c["new"]["value"]) for c in report["changes"]] == [
        ("changed", "一般公共预算收入", 5300, 5600)]


def test_a_pdf_with_spaced_latin_digits_and_running_headers_reads_as_the_page_and_its_revision_alerts_the_one_change(
        tmp_path, site, fetcher, hook):
    """The text layer of a Word/WPS export (digits in a Latin font, set apart by spaces) under a running
    title and "第 N 页 共 M 页" footers: the plan's records are the page's, and a revised PDF alerts only its change."""
    def pdf(paragraphs) -> bytes:
        return make_pdf(PLAN.title, list(paragraphs), latin_digits=True, header=PLAN.title, page_of=4)

    site.put_file("/attach/0/v1.pdf", pdf(PLAN.paragraphs))
    url = site.publish_with_files(COLUMN, page_text("A-11"), ((f"{PLAN.title}.pdf", "/attach/0/v1.pdf"),), body=False)
    config = Config(path=None, database=tmp_path / "state" / "monitor.db",
                    sources=tuple(s for s in site.sources() if s.name == COLUMN),
                    channels={"hook": ChannelConfig(name="hook", kind="webhook", url=hook.url, timeout=5)},
                    alerts=AlertPolicy(channels=("hook",)))
    assert runner.run_once(config, fetcher=fetcher).exit_code == 0
    version, doc, found, files = stored(store.open_readonly(config.database), url)
    assert "一般公共预算收入 5300 万元" in "".join(doc.paragraphs)  # stored as the PDF gives it
    assert PLAN.title not in doc.paragraphs[1:]  # the running title is not text
    assert records(found) == records(extract(PLAN)) and found.targets
    revised = [p.replace("一般公共预算收入5300万元", "一般公共预算收入5600万元") for p in PLAN.paragraphs]
    site.put_file("/attach/0/v2.pdf", pdf(revised))
    site.relink(url, ((f"{PLAN.title}(修订).pdf", "/attach/0/v2.pdf"),))
    second = runner.run_once(config, fetcher=fetcher)
    assert (second.sources[0].changed, second.delivery.sent) == (1, 1)
    [alert] = hook.received
    assert [(c["change"], c["indicator"], c["old"]["value"], c["new"]["value"]) for c in alert.json()["report"]["changes"]] == [
        ("changed", "一般公共预算收入", 5300, 5600)]
