"""The static site and its feed: built from the replayed seeds, links resolve, text escaped, feed parses."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import pytest
from click.testing import CliRunner
from conftest import ROOT
from replayed import Links, replay_and_build_site

from monitor import pipeline, site, store
from monitor.chardiff import char_diff
from monitor.chart import Mark, svg
from monitor.cli import cli
from monitor.errors import MonitorError
from monitor.models import Document


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return replay_and_build_site(tmp_path_factory.mktemp("site")) / "out"


def parsed(path: Path) -> Links:
    return Links(path.read_text(encoding="utf-8"))


def page_of(built: Path, name: str) -> Path:
    """The page of a publisher."""
    return built / "p" / f"{site.publisher_key(name)}.html"


def test_every_local_link_and_anchor_resolves(built):
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        for link in parsed(page).links:
            url = urlparse(link)
            if url.scheme in ("http", "https"):
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            assert target.is_file(), f"{page.relative_to(built)}: broken link {link}"
            if url.fragment:
                assert url.fragment in parsed(target).ids, f"{page.relative_to(built)}: no #{url.fragment} in {target.name}"


def test_the_index_lists_publishers_and_latest_changes(built):
    html = (built / "index.html").read_text(encoding="utf-8")
    for name in ("王坛镇", "稽东镇", "章镇镇", "玉山镇"):
        assert f">{name}</a>" in html
    assert 'type="application/atom+xml"' in html and "最新变化" in html


def test_a_publisher_page_charts_targets_against_results(built):
    html = page_of(built, "玉山镇").read_text(encoding="utf-8")
    chart = html[html.index("<strong>一般公共预算收入</strong>"):]
    chart = chart[: chart.index("</svg>")]
    assert '<rect class="target"' in chart and '<circle class="result met"' in chart
    assert "确保1000万元" in chart and "实际 1052万元" in chart
    assert ">2023</text>" in chart and ">2024</text>" in chart


def test_a_revision_page_marks_the_changed_characters_side_by_side(built):
    db = store.open_db(built.parent / "monitor.db")
    (cs,) = [c for c in store.changesets(db) if c.kind == "revision" and c.new.publisher == "王坛镇"]
    html = (built / "c" / f"{site.changeset_key(cs)}.html").read_text(encoding="utf-8")
    assert "一般公共预算收入<del>5300</del>万元" in html and "一般公共预算收入<ins>5000</ins>万元" in html
    assert "<td>5300万元</td><td>5000万元</td><td>−5.7%, 下调</td>" in html


def test_the_feed_is_atom_that_a_feed_reader_accepts(built):
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    db = store.open_db(built.parent / "monitor.db")
    assert len(feed.entries) == len(store.changesets(db))
    wangtan = [e for e in feed.entries if "王坛镇2024年工作计划" in e.title and "version 2" in e.title]
    assert wangtan and "一般公共预算收入 5300万元 → 5000万元" in wangtan[0].summary
    for e in feed.entries:
        assert (built / e.link).is_file(), e.link
        assert e.updated_parsed is not None and e.id.startswith("tag:gov-plan-monitor")


def test_building_twice_writes_the_same_bytes(built, tmp_path):
    site.build(store.open_db(built.parent / "monitor.db"), tmp_path)
    for page in built.rglob("*"):
        if page.is_file():
            assert (tmp_path / page.relative_to(built)).read_bytes() == page.read_bytes(), page.name


def test_page_text_is_escaped_everywhere(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    evil = '<script>alert("x")</script>镇'
    for year, n in ((2023, 5000), (2024, 5300)):
        doc = Document(f'{evil}{year}年工作计划 & "计划"', (f"{year}年一般公共预算收入{n}万元<b>。",), publisher=evil,
                       date=f"{year}-03-01", url=f"http://x/{year}?a=1&b=<2>")
        pipeline.ingest(db, doc)
    built = site.build(db, tmp_path / "out")
    assert built.changesets == 1
    for page in (tmp_path / "out").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>" not in text and "<b>" not in text, page.name
    html = page_of(tmp_path / "out", evil).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;镇" in html
    assert feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries[0].tags[0].term == evil


def test_a_file_in_the_way_is_a_clear_error(tmp_path):
    (tmp_path / "out").write_text("not a directory")
    result = CliRunner().invoke(cli, ["site", str(tmp_path / "out"), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 2 and "is a file" in result.output and "Traceback" not in result.output
    with pytest.raises(MonitorError, match=re.escape(f"{tmp_path / 'out'}: cannot create the site directory")):
        site.build(store.open_db(tmp_path / "m.db"), tmp_path / "out")


# -- the pure parts ---------------------------------------------------------------------

CHAR_DIFFS = [
    # old, new, changed in old, changed in new
    ("一般公共预算收入5300万元,同比增长8%。", "一般公共预算收入5000万元,同比增长8%。", ["5300"], ["5000"]),
    ("增长5%左右。", "增长5.5%以上。", ["5%左右"], ["5.5%以上"]),
    ("依托强村公司、共富工坊建设,提升品牌。", "依托强村公司新建共富工坊3家,提升品牌。", ["、", "建设"], ["新建", "3家"]),
    ("", "新增一句。", [], ["新增一句。"]),
    ("打造区级和美乡村5个。", "打造区级和美乡村5个。", [], []),
]


@pytest.mark.parametrize("old, new, marked_old, marked_new", CHAR_DIFFS)
def test_char_diff_marks_characters_and_whole_numbers(old, new, marked_old, marked_new):
    left, right = char_diff(old, new)
    assert "".join(t for _, t in left) == old and "".join(t for _, t in right) == new
    assert [t for k, t in left if k == "changed"] == marked_old
    assert [t for k, t in right if k == "changed"] == marked_new


def test_chart_writes_every_number_beside_its_mark_and_escapes_text():
    out = svg('<镇> "收入"', "万元", [Mark(2023, 5000, "5000万元", result=5200, result_label="5200万元", status="met"),
                                   Mark(2024, 5.5, "1-10个", lo=1, hi=10)])
    assert out.startswith("<svg") and out.endswith("</svg>")
    assert "&lt;镇&gt; &quot;收入&quot;" in out and "<镇>" not in out
    assert ">5000万元</text>" in out and ">实际 5200万元</text>" in out and 'class="range"' in out
    assert re.search(r'<polyline class="target-line" points="[\d.]+,[\d.]+ [\d.]+,[\d.]+"', out)
    assert svg("t", "%", []) == ""


# -- `monitor serve` keeps the site fresh ([site] out) ------------------------------------


def test_serve_rewrites_the_site_after_each_batch_and_only_what_changed(tmp_path):
    import threading

    import httpx

    from support.fakesite import FakeGovSite

    from monitor import seedformat, serve
    from monitor.config import load_config
    from monitor.demo import revised
    from monitor.fetch import Fetcher, tls_context

    with FakeGovSite(fillers=1) as fake, Fetcher(delay=0, retries=0, timeout=5, allow_private=True,
                                                 transport=httpx.HTTPTransport(verify=tls_context())) as fetcher:
        (source,) = [s for s in fake.sources() if s.name == "kq-wangtan"]
        path = tmp_path / "monitor.toml"
        path.write_text(f'database = "state/monitor.db"\n[site]\nout = "public"\n\n[[sources]]\nname = "{source.name}"\n'
                        f'scraper = "{source.scraper}"\nurl = "{source.url}"\n', encoding="utf-8")
        config = load_config(path)
        assert config.site_out == tmp_path / "public"
        jobs = serve.Jobs(config, None, {}, threading.Event(), fetcher)
        jobs.check("kq-wangtan")
        jobs.run_due()
        index = (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
        assert "王坛镇" in index and "尚无变化" in index
        fake.revise("000", revised(seedformat.render(fake.document("000"))))
        jobs.check("kq-wangtan")
        jobs.run_due()
        index = (tmp_path / "public" / "index.html").read_text(encoding="utf-8")
        assert "尚无变化" not in index and "修订" in index
        assert len(feedparser.parse((tmp_path / "public" / "feed.xml").read_bytes()).entries) == 1
        files = {p: p.stat().st_mtime_ns for p in (tmp_path / "public").rglob("*") if p.is_file()}
        jobs.check("kq-wangtan")
        jobs.run_due()  # nothing new stored: no file of the site is written again
        assert {p: p.stat().st_mtime_ns for p in (tmp_path / "public").rglob("*") if p.is_file()} == files
        (tmp_path / "public" / "index.html").unlink()
        jobs.check("kq-wangtan")
        jobs.run_due()  # the site's index is gone: built again
        assert "修订" in (tmp_path / "public" / "index.html").read_text(encoding="utf-8")


def test_a_misspelt_site_key_is_a_config_error(tmp_path):
    from monitor.config import load_config
    from monitor.errors import ConfigError

    path = tmp_path / "monitor.toml"
    path.write_text('[site]\nouts = "public"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"site\.outs: unknown key \(expected one of: out\)"):
        load_config(path)


# -- rebuilding into the same directory renders only what changed --------------------------

PLANS = ROOT / "tests" / "fixtures" / "plans"


def replay(db: Path, *paths: Path) -> None:
    """`monitor replay` of these captures into `db`."""
    result = CliRunner().invoke(cli, ["replay", "--db", str(db), *map(str, paths)])
    assert result.exit_code == 0, result.output


def files(root: Path) -> dict[str, bytes]:
    """Every file under `root` by its relative path, with its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def stamps(root: Path) -> dict[str, tuple[int, int]]:
    """Every file's inode and modification time (a rewritten file, replaced atomically, has another inode)."""
    return {str(p.relative_to(root)): (p.stat().st_ino, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()}


def build(db: Path, out: Path, **kw) -> site.Built:
    return site.build(store.open_db(db), out, **kw)


@pytest.fixture()
def grown(tmp_path):
    """A site built from the seeds and one town's plans, then the store grown by three towns' plans and revisions."""
    db = tmp_path / "monitor.db"
    replay(db, ROOT / "seeds", PLANS / "wangtan")
    first = build(db, tmp_path / "out")
    replay(db, PLANS / "jidong", PLANS / "zhangzhen", PLANS / "yushan")
    return db, tmp_path / "out", first


def test_an_incremental_rebuild_writes_what_a_full_build_of_the_database_writes(grown, tmp_path):
    db, out, first = grown
    before = files(out)
    again = build(db, out)
    fresh = build(db, tmp_path / "fresh")
    assert first.full and not again.full and fresh.full
    assert 0 < first.changesets < again.changesets
    assert again.pages < fresh.pages  # the untouched publishers' and change sets' pages were not rendered
    assert files(out) == files(tmp_path / "fresh")
    unchanged = [name for name, data in files(out).items() if before.get(name) == data and name.startswith("c/")]
    assert unchanged  # earlier change sets' pages are still there, byte for byte


def test_a_rebuild_with_nothing_new_writes_no_file(grown):
    db, out, _ = grown
    build(db, out)
    before = stamps(out)
    again = build(db, out)
    assert not again.full and again.pages == 1  # the index, rendered and found unchanged
    assert stamps(out) == before


def test_an_untouched_page_is_left_as_it_is_until_what_renders_pages_changes(grown, monkeypatch):
    db, out, _ = grown
    build(db, out)
    expected = files(out)
    some_page = page_of(out, "王坛镇")
    some_page.write_text("rendered by an older version", encoding="utf-8")
    build(db, out)
    assert some_page.read_text(encoding="utf-8") == "rendered by an older version"  # nothing new for 王坛镇
    monkeypatch.setattr(site, "fingerprint", lambda: "another version of the templates")
    assert build(db, out).full
    assert files(out) == {**expected, ".build.json": files(out)[".build.json"]}
    assert '"fingerprint": "another version of the templates"' in (out / ".build.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("state", ["", "{not json", "[]", '{"fingerprint": 1}'])
def test_a_missing_or_unreadable_state_file_means_a_full_build(grown, state):
    db, out, _ = grown
    (out / ".build.json").write_text(state, encoding="utf-8")
    assert build(db, out).full


def test_a_site_built_from_another_database_is_built_again_in_full(grown, tmp_path):
    db, out, _ = grown
    other = tmp_path / "other.db"
    replay(other, ROOT / "seeds", PLANS / "wangtan", PLANS / "yushan")  # a smaller store: lower ids
    build(other, out)
    assert build(db, out).full
    build(db, tmp_path / "fresh")
    assert files(out) == files(tmp_path / "fresh")
    assert build(other, out).full
    build(other, tmp_path / "fresh-other")
    assert files(out) == files(tmp_path / "fresh-other")  # the pages of change sets `other` does not hold are gone


def test_full_renders_every_page(grown):
    db, out, _ = grown
    build(db, out)
    result = CliRunner().invoke(cli, ["site", str(out), "--db", str(db), "--full"])
    assert result.exit_code == 0, result.output
    assert "full build" in result.output
    n_pages = len([p for p in out.rglob("*.html")])
    assert f"rendered {n_pages} pages" in result.output


def test_each_page_is_dated_by_its_own_newest_data(built):
    db = store.open_db(built.parent / "monitor.db")
    index = (built / "index.html").read_text(encoding="utf-8")
    newest = max(cs.detected_at for cs in store.changesets(db))[:10]
    assert f"数据截至 {newest}" in index
    for cs in store.changesets(db):
        page = (built / "c" / f"{site.changeset_key(cs)}.html").read_text(encoding="utf-8")
        assert f"数据截至 {cs.detected_at[:10]}" in page


def test_a_plan_compared_again_with_a_late_earlier_plan_drops_its_old_page(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")

    def plan(town: str, year: int, n: int) -> None:
        pipeline.ingest(db, Document(f"{town}{year}年工作计划", (f"{year}年一般公共预算收入{n}万元。",), publisher=town,
                                     date=f"{year}-03-01", url=f"http://x/{town}/{year}"), replay=True)

    plan("某镇", 2022, 4000)
    plan("某镇", 2024, 5300)
    (old_key,) = [site.changeset_key(cs) for cs in store.changesets(db)]  # 2024 against 2022
    plan("另一镇", 2023, 100)
    plan("另一镇", 2024, 120)  # the newest changes row is not the one deleted below
    site.build(db, tmp_path / "out")
    plan("某镇", 2023, 5000)  # 2024 is now compared with 2023: its change set against 2022 is deleted
    assert site.build(db, tmp_path / "out").full
    site.build(db, tmp_path / "fresh")
    assert files(tmp_path / "out") == files(tmp_path / "fresh")
    assert not (tmp_path / "out" / "c" / f"{old_key}.html").exists()


def test_a_document_whose_new_version_names_another_publisher_leaves_the_first_publishers_page(tmp_path):
    db = store.open_db(tmp_path / "monitor.db")

    def plan(town: str, year: int, n: int, url: str) -> None:
        pipeline.ingest(db, Document(f"{year}年工作计划", (f"{year}年一般公共预算收入{n}万元。",), publisher=town,
                                     date=f"{year}-03-01", url=url))

    plan("甲镇", 2023, 4000, "http://x/a/2023")
    plan("甲镇", 2024, 5000, "http://x/a/2024")
    plan("丙镇", 2024, 100, "http://x/c/2024")
    site.build(db, tmp_path / "out")
    plan("甲镇人民政府", 2024, 5300, "http://x/a/2024")  # the same document, its new version by another name
    plan("丙镇街道", 2024, 120, "http://x/c/2024")  # 丙镇's only document
    assert not site.build(db, tmp_path / "out").full
    site.build(db, tmp_path / "fresh")
    assert files(tmp_path / "out") == files(tmp_path / "fresh")
    assert not page_of(tmp_path / "out", "丙镇").exists()
