"""`monitor site OUT/`: a static HTML site of the store and an Atom feed of its change sets.

Pages (relative links only, so the site works from file:// and any static web server):

* index.html: publishers and the latest change sets;
* p/<key>.html per publisher: a chart of targets against results per indicator (inline SVG,
  monitor/chart.py), its change sets, its documents and their versions;
* c/<new>-<base>.html per change set: the target changes, outcomes and a side-by-side text
  diff with changed characters marked (monitor/chardiff.py);
* feed.xml: an Atom feed of the latest change sets.

Templates are Jinja2 with autoescaping on: every piece of page text is escaped unless a
template is told it is markup (only the SVG built by monitor/chart.py, which escapes its own
text). The output depends on the database only (no clock): building twice writes the same
bytes, and each file is replaced atomically, so a web server never serves half a page.

A build into a directory holding an earlier build renders only what changed since (OUT/.build.json
records the newest version and changes row ids it covered and a fingerprint of the code and
templates): the pages of new change sets, of the publishers that gained a version or a change set,
index.html and feed.xml. Change sets and versions are only appended, so the result is what a full
build writes; anything else (other code, another database, changes rows deleted when a plan is
compared again, no or an unreadable state file) means a full build, which also deletes the change
set and publisher pages it did not write. So that an untouched page never shows a stale date, each
page's header date is its own newest data: the newest change set's on the index, a publisher's
newest version or change set on its page, a change set's own on its page.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from sqlite_utils import Database

from monitor import chart, queries, store, trend
from monitor.chardiff import char_diff
from monitor.diff import amount
from monitor.errors import MonitorError
from monitor.models import ChangeSet, Target
from monitor.report import change_line, format_target, heading, label, summary

log = logging.getLogger("monitor.site")
FEED_ENTRIES = 100
LATEST = 40
STATE = ".build.json"  # in the site directory: what the last build covered
_CHUNK = 200  # change sets' versions, or publishers, read at a time
_KIND = {"level": "总量", "growth": "增速", "count": "数量", "threshold": "底线/上限", "share": "比重"}
_STATUS = {"met": "达成", "missed": "未达成", "no result": "无结果", "not comparable": "无法比较"}
_SECTION_TITLES = (("changed", "调整"), ("added", "新增"), ("dropped", "删除"))


@dataclass(frozen=True)
class Built:
    """What a build wrote."""

    pages: int  # rendered (an unchanged page is not rewritten)
    changesets: int
    publishers: int
    feed: Path
    full: bool = True  # False: only what changed since the last build


def _env() -> Environment:
    """The Jinja2 environment: package templates, autoescape on for every template."""
    return Environment(
        loader=PackageLoader("monitor", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def publisher_key(name: str) -> str:
    """A publisher's page name: stable, ASCII, safe in any file system and URL."""
    return hashlib.sha1(name.encode()).hexdigest()[:12]


def changeset_key(cs: ChangeSet) -> str:
    """A change set's page name: the new and the base version ids."""
    return f"{cs.new.id}-{cs.old.id}"


def is_web(url: str | None) -> bool:
    """True for an http(s) address worth linking (not a replayed file's index: or file: name)."""
    return bool(url) and url.startswith(("http://", "https://"))  # type: ignore[union-attr]


def _write(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (a temporary file in the same directory, then rename); unchanged files are left."""
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (FileNotFoundError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(db: Database, out: Path, *, base_url: str | None = None, full: bool = False) -> Built:
    """Write the site into `out` (created when missing): what changed since the build recorded there, or everything
    when `full` or that build is not of this code and of an earlier state of this database; MonitorError names `out`."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MonitorError(f"{out}: cannot create the site directory: {exc.strerror or exc}") from exc
    if not out.is_dir():
        raise MonitorError(f"{out}: not a directory")
    try:
        with store.sql_errors(db):
            return _build(db, out, base_url, full)
    except OSError as exc:
        raise MonitorError(f"{out}: cannot write the site: {exc.strerror or exc} ({exc.filename or out})") from exc


def regenerate(db_file: Path, out: Path) -> Built | None:
    """Rebuild the site after a check (`monitor serve` with [site] out); a failure is logged, never raised."""
    db = None
    try:
        db = store.open_db(db_file)
        built = build(db, out)
        log.info("site: %d pages rendered into %s (%s)", built.pages, out, "full build" if built.full else "what changed")
        return built
    except MonitorError as exc:
        log.error("site: not regenerated: %s", exc)
        return None
    finally:
        if db is not None:
            db.close()


def fingerprint() -> str:
    """A hash of what renders the pages (the package's modules and templates): another one means a full build."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for f in sorted([*root.glob("*.py"), *(root / "templates").iterdir()]):
        h.update(f"{f.relative_to(root)}\0".encode() + f.read_bytes() + b"\0")
    return h.hexdigest()


def _mark(db: Database) -> dict:
    """How far the store goes: the newest version and changes row ids and what the rows of those ids hold."""
    versions = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
    changes = db.execute("SELECT coalesce(max(id), 0) FROM changes").fetchone()[0]
    return {"versions": versions, "changes": changes, "last": _identity(db, versions, changes)}


def _rows_up_to(db: Database, changes: int, after: int = 0) -> int:
    """How many changes rows have an id up to this one (after `after`); fewer than a build saw: some were deleted."""
    return db.execute("SELECT count(*) FROM changes WHERE id <= ? AND id > ?", [changes, after]).fetchone()[0]


def _identity(db: Database, versions: int, changes: int) -> list:
    """What the version and changes rows of these ids hold (another database holds something else there)."""
    version = db.execute("SELECT document_id, seq, sha256 FROM versions WHERE id = ?", [versions]).fetchone()
    change = db.execute("SELECT version_id, base_version_id, detected_at FROM changes WHERE id = ?", [changes]).fetchone()
    return [list(version) if version else None, list(change) if change else None]


def _read_state(out: Path) -> dict | None:
    """What the last build into `out` covered (None: no build, or a state file that cannot be read)."""
    try:
        state = json.loads((out / STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _continues(db: Database, state: dict | None, fp: str) -> bool:
    """True when the site in `out` was built by this code from an earlier state of this database."""
    if state is None or state.get("fingerprint") != fp:
        return False
    try:
        versions, changes, rows = int(state["versions"]), int(state["changes"]), int(state["rows"])
        int(state["changesets"])
    except (KeyError, TypeError, ValueError):
        return False
    table = state.get("publishers")
    if not isinstance(table, dict) or not all(isinstance(v, list) and len(v) == 3 for v in table.values()):
        return False
    return _rows_up_to(db, changes) == rows and _identity(db, versions, changes) == state.get("last")


def _chunks(items: list, size: int) -> list[list]:
    """`items` in lists of at most `size`."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def _build(db: Database, out: Path, base_url: str | None, full: bool) -> Built:
    """build() once `out` exists."""
    env = _env()
    fp, mark = fingerprint(), _mark(db)  # the mark before reading: rows stored meanwhile are built next time
    state = None if full or not (out / "index.html").is_file() else _read_state(out)
    since = state if _continues(db, state, fp) else None
    after = since["changes"] if since else 0
    n_rows = since["rows"] + _rows_up_to(db, mark["changes"], after) if since else _rows_up_to(db, mark["changes"])
    written = {"c": _changeset_pages(db, env, out, after)}
    # the index's row of every publisher: kept in the state file, made again for the publishers rendered now
    table: dict[str, list] = dict(since["publishers"]) if since else {}
    names = sorted(queries.publishers_touched(db, since["versions"], after)) if since else queries.publishers(db)
    written["p"] = _publisher_pages(db, env, out, names, table)
    n_changesets = since["changesets"] + _count_new(db, after) if since else queries.count_changesets(db)
    feed = _index_and_feed(db, env, out, base_url, table, n_changesets)
    if since is None:
        _remove_stale(out, written)
    state = dict(mark, rows=n_rows, fingerprint=fp, changesets=n_changesets, publishers=table)
    _write(out / STATE, json.dumps(state, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    return Built(len(written["c"]) + len(written["p"]) + 1, n_changesets, len(table), feed, full=since is None)


def _changeset_pages(db: Database, env: Environment, out: Path, after: int) -> set[str]:
    """Write the pages of the change sets with a changes row after the row `after` (0: all); their keys."""
    page, keys = env.get_template("changeset.html"), set()
    versions = [r[0] for r in db.execute("SELECT DISTINCT version_id FROM changes WHERE id > ? ORDER BY version_id", [after])]
    for chunk in _chunks(versions, _CHUNK):
        for cs in store.changesets(db, version_ids=chunk):
            key = changeset_key(cs)
            as_of = (cs.detected_at or "")[:10] or None
            _write(out / "c" / f"{key}.html", page.render(root="../", as_of=as_of, **_changeset_page(cs)))
            keys.add(key)
    return keys


def _publisher_pages(db: Database, env: Environment, out: Path, names: list[str], table: dict[str, list]) -> set[str]:
    """Write these publishers' pages and put their index rows into `table` (one left with no document: its page
    and row go); their keys."""
    page, keys = env.get_template("publisher.html"), set()
    for chunk in _chunks(names, _CHUNK):
        plans = queries.plans(db, chunk)
        for name in chunk:
            documents = queries.documents(db, name)
            if not documents:
                (out / "p" / f"{publisher_key(name)}.html").unlink(missing_ok=True)
                table.pop(name, None)
                continue
            rows = [_list_entry(r) for r in queries.changeset_rows(db, publisher=name)]
            context = _publisher_page(name, documents, plans.get(name, []), rows)
            _write(out / "p" / f"{publisher_key(name)}.html", page.render(root="../", as_of=_newest(documents, rows), **context))
            keys.add(publisher_key(name))
            table[name] = _index_entry(documents, rows)
    return keys


def _index_and_feed(db: Database, env: Environment, out: Path, base_url: str | None, table: dict[str, list],
                    n_changesets: int) -> Path:
    """Write index.html (every publisher's row of `table`, the newest change sets), style.css and feed.xml."""
    newest = [_list_entry(r) for r in queries.changeset_rows(db, limit=max(LATEST, FEED_ENTRIES))]
    as_of = (newest[0]["detected_at"] or "")[:10] or None if newest else None
    publishers = [{
        "name": name,
        "href": f"p/{publisher_key(name)}.html",
        "n_documents": n_documents,
        "years": years,
        "latest": latest,
    } for name, (n_documents, years, latest) in table.items()]
    publishers.sort(key=lambda r: (r["latest"] or "", r["name"]), reverse=True)
    latest = [dict(r, href=f"c/{r['key']}.html", publisher_href=f"p/{publisher_key(r['publisher'])}.html") for r in newest[:LATEST]]
    _write(out / "index.html", env.get_template("index.html").render(
        root="", as_of=as_of, publishers=publishers, latest=latest, n_changesets=n_changesets,
        n_documents=sum(r["n_documents"] for r in publishers),
    ))
    _write(out / "style.css", (Path(__file__).parent / "templates" / "style.css").read_text(encoding="utf-8"))
    feed = out / "feed.xml"
    entries = _load(db, [r["key"] for r in newest[:FEED_ENTRIES]])
    _write(feed, atom(entries, base_url=base_url, updated=newest[0]["detected_at"] if newest else None))
    return feed


def _index_entry(documents: list[dict], rows: list[dict]) -> list:
    """A publisher's row on the index: [documents, plan years ('2019–2024', '2024', '—'), day of its newest change set]."""
    years = sorted({d["plan_year"] for d in documents if d["plan_year"]})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "—")
    return [len(documents), span, rows[0]["detected_at"][:10] if rows and rows[0]["detected_at"] else None]


def _count_new(db: Database, after: int) -> int:
    """How many change sets have rows after the changes row `after` and none before."""
    return db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT version_id, base_version_id FROM changes c WHERE id > ? AND NOT EXISTS "
        "(SELECT 1 FROM changes o WHERE o.version_id = c.version_id AND o.base_version_id = c.base_version_id AND o.id <= ?))",
        [after, after],
    ).fetchone()[0]


def _newest(documents: list[dict], rows: list[dict]) -> str | None:
    """The day of a publisher's newest data: a version first seen or a change set found, whichever is later."""
    days = [v["first_seen"] for d in documents for v in d["versions"] if v["first_seen"]]
    days += [r["detected_at"] for r in rows if r["detected_at"]]
    return max(days)[:10] if days else None


def _load(db: Database, keys: list[str]) -> list[ChangeSet]:
    """The change sets of these keys, in this order."""
    versions = sorted({int(k.split("-")[0]) for k in keys})
    found = {changeset_key(cs): cs for chunk in _chunks(versions, _CHUNK) for cs in store.changesets(db, version_ids=chunk)}
    return [found[k] for k in keys]


def _remove_stale(out: Path, written: dict[str, set[str]]) -> None:
    """Delete the change set and publisher pages a full build did not write (their data is gone from the store)."""
    for folder, keys in written.items():
        for f in (out / folder).glob("*.html") if (out / folder).is_dir() else ():
            if f.stem not in keys:
                f.unlink()


# -- change sets ------------------------------------------------------------------------


def _count_text(counts: dict) -> str:
    """'2 调整 · 1 新增 · 3 处文字' (what a change set holds, in a few words, from report.summary's counts)."""
    parts = [f"{counts[k]} {title}" for k, title in _SECTION_TITLES if counts[k]]
    if counts["outcomes"]:
        parts.append(f"{counts['outcomes']} 项完成情况")
    if counts["text"]:
        parts.append(f"{counts['text']} 处文字")
    return " · ".join(parts) or "无"


def _list_entry(r: dict) -> dict:
    """A change set as a list entry (a queries.changeset_rows row): key, publisher, title, kind, when, what."""
    return {
        "key": f"{r['version_id']}-{r['base_version_id']}",
        "publisher": r["publisher"],
        "title": r["title"] or r["url"],
        "kind": r["kind"],
        "detected_at": r["detected_at"],
        "date": r["date"],
        "summary": _count_text(r),
        "version_id": r["version_id"],
    }


def _side(v) -> dict:
    """One side of a change set for the page."""
    return {"title": v.title, "date": v.date, "seq": v.seq, "url": v.url, "web": is_web(v.url)}


def _note(c) -> str:
    """The note of a changed target: '−5.7%, 下调', '以上 → 左右', '' for added or dropped."""
    if c.change != "changed":
        return ""
    line = change_line(c)
    return line[line.rfind("(") + 1 : -1] if line.endswith(")") else ""


def _changeset_page(cs: ChangeSet) -> dict:
    """The template context of a change set page."""
    sections = []
    for key, title in _SECTION_TITLES:
        items = [c for c in cs.changes if c.change == key]
        if items:
            sections.append({
                "key": key,
                "title": title,
                "rows": [{
                    "change": c.change,
                    "direction": c.delta.direction if c.delta else "",
                    "indicator": label(c.indicator, c.kind, c.new or c.old),
                    "old": format_target(c.old) if c.old else None,
                    "new": format_target(c.new) if c.new else None,
                    "note": _note(c),
                } for c in items],
            })
    outcomes = [{
        "indicator": label(o.indicator, o.kind, o.target),
        "target": format_target(o.target) + (f" ({o.period})" if o.period else ""),
        "actual": format_target(o.actual),
        "status": {True: "达成", False: "未达成", None: "无法比较"}[o.met],
        "status_class": {True: "met", False: "missed", None: ""}[o.met],
    } for o in cs.outcomes]
    hunks = []
    for h in cs.hunks:
        old, new = char_diff("".join(h.old), "".join(h.new))
        hunks.append({"change": h.change, "old": old, "new": new})
    publisher = cs.new.publisher or queries.NO_PUBLISHER
    return {
        "heading": heading(cs),
        "publisher": publisher,
        "publisher_href": f"../p/{publisher_key(publisher)}.html",
        "kind": cs.kind,
        "detected_at": cs.detected_at,
        "old": _side(cs.old),
        "new": _side(cs.new),
        "sections": sections,
        "outcomes": outcomes,
        "hunks": hunks,
    }


# -- publishers -------------------------------------------------------------------------

_SCALES = ((1e8, "亿"), (1e4, "万"))


def _scale(unit: str, top: float) -> tuple[float, str]:
    """The divisor and unit of a chart's axis: 元 in 万元 or 亿元 when the numbers are that large."""
    if unit in ("%", "个百分点", "百分点", "‰"):
        return 1.0, unit
    for div, prefix in _SCALES:
        if abs(top) >= div:
            return div, prefix + unit
    return 1.0, unit


def _written_scale(t: Target) -> tuple[float, str] | None:
    """The divisor and unit the latest target is written in (10500万元: 1e4, 万元), when it was converted."""
    if t.value and t.base_value and t.unit and t.base_unit and t.unit != t.base_unit:
        return t.base_value / t.value, t.unit
    return None


def _number(t: Target) -> tuple[float | None, float | None, float | None]:
    """(value, lo, hi) of a target in its unit of comparison (a range: its middle, lo and hi)."""
    value, lo, hi, _ = amount(t)
    if value is None and lo is not None and hi is not None:
        return (lo + hi) / 2, lo, hi
    return (value if value is not None else lo if lo is not None else hi), lo, hi


def series_chart(s: trend.Series) -> str:
    """The SVG of one series: its targets across years and the results reported."""
    numbers = [(p, _number(p.target), _number(p.result)[0] if p.result and trend.unit_of(p.result) == s.unit else None) for p in s.points]
    top = max((abs(v) for _, (v, lo, hi), r in numbers for v in (v, hi, r) if v is not None), default=0.0)
    div, unit = _written_scale(s.points[-1].target) or _scale(s.unit, top)

    def scaled(x: float | None) -> float | None:
        return None if x is None else x / div

    marks = [
        chart.Mark(
            year=p.year,
            target=scaled(v),
            label=format_target(p.target),
            lo=scaled(lo),
            hi=scaled(hi),
            result=scaled(r),
            result_label=format_target(p.result) if p.result else "",
            status=p.status,
        )
        for p, (v, lo, hi), r in numbers
    ]
    return chart.svg(f"{s.publisher} {s.label}：目标与实际", unit, marks)


def _plan_href(p: trend.Point) -> str:
    """Where a point's plan is: its web address, else its anchor on this page."""
    return p.plan.url if is_web(p.plan.url) else f"#doc-{p.plan.document_id}"


def _publisher_page(name: str, documents: list[dict], plans: list[trend.Plan], changesets: list[dict]) -> dict:
    """The template context of a publisher page."""
    found = trend.series(plans)
    charts, single = [], []
    for n, s in enumerate(found):
        points = [{
            "year": p.year,
            "target": format_target(p.target),
            "change": trend.change_text(p.change),
            "direction": p.change.delta.direction if p.change and p.change.delta else "",
            "result": format_target(p.result) if p.result else None,
            "status": _STATUS[p.status],
            "status_class": p.status.replace(" ", "-"),
            "plan": p.plan.title or p.plan.url,
            "url": _plan_href(p),
            "label": s.label,
        } for p in s.points]
        if len(s.points) > 1 or s.points[0].result is not None:
            charts.append({"anchor": f"i{n}", "label": s.label, "kind": _KIND.get(s.kind, s.kind), "svg": Markup(series_chart(s)), "points": points})
        else:
            single += points
    by_version: dict[int, list[dict]] = {}
    for c in changesets:
        by_version.setdefault(c["version_id"], []).append(
            {"href": f"../c/{c['key']}.html", "text": ("对比上一份计划" if c["kind"] == "plan" else "与上一版本的变化") + f"：{c['summary']}"}
        )
    docs = [
        dict(d, web=is_web(d["url"]), versions=[dict(v, changes=by_version.get(v["id"], [])) for v in d["versions"]])
        for d in documents
    ]
    charts.sort(key=lambda c: -len(c["points"]))  # the longest histories first (stable: document order within)
    return {
        "name": name,
        "charts": charts,
        "single": sorted(single, key=lambda p: (p["year"], p["label"])),
        "changesets": [dict(c, href=f"../c/{c['key']}.html") for c in changesets],
        "documents": docs,
    }


# -- feed -------------------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"


def atom(changesets: list[ChangeSet], *, base_url: str | None = None, updated: str | None = None) -> str:
    """An Atom 1.0 feed of change sets, newest first (links relative to the feed unless `base_url`)."""
    ET.register_namespace("", ATOM)
    base = base_url.rstrip("/") + "/" if base_url else ""

    def el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        e = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            e.text = text
        return e

    feed = ET.Element(f"{{{ATOM}}}feed")
    el(feed, "title", "政府工作计划监测：指标变化")
    el(feed, "subtitle", "各发布机构工作计划的量化目标变化、完成情况与文字修改")
    el(feed, "id", "tag:gov-plan-monitor,2024:changes")
    el(feed, "updated", _rfc3339(updated))
    el(feed, "link", rel="alternate", type="text/html", href=urljoin(base, "index.html"))
    el(feed, "link", rel="self", type="application/atom+xml", href=urljoin(base, "feed.xml"))
    author = el(feed, "author")
    el(author, "name", "gov-plan-monitor")
    el(feed, "generator", "gov-plan-monitor")
    for cs in changesets:
        entry = el(feed, "entry")
        el(entry, "title", heading(cs))
        el(entry, "id", f"tag:gov-plan-monitor,2024:changeset/{changeset_key(cs)}")
        el(entry, "updated", _rfc3339(cs.detected_at))
        el(entry, "link", rel="alternate", type="text/html", href=urljoin(base, f"c/{changeset_key(cs)}.html"))
        if cs.new.publisher:
            el(entry, "category", term=cs.new.publisher)
        el(entry, "summary", _entry_text(cs))
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _entry_text(cs: ChangeSet) -> str:
    """An entry's summary: the target changes and outcomes, one per line (plain text)."""
    lines = [f"{dict(_SECTION_TITLES)[c.change]}：{change_line(c)}" for c in cs.changes]
    lines += [f"完成情况：{label(o.indicator, o.kind, o.target)} 目标 {format_target(o.target)}，实际 {format_target(o.actual)}" for o in cs.outcomes]
    if cs.hunks:
        lines.append(f"{len(cs.hunks)} 处文字修改")
    return "\n".join(lines) or _count_text(summary(cs))


def _rfc3339(at: str | None) -> str:
    """An Atom date: the stored ISO time (UTC), or the epoch when unknown."""
    if not at:
        return "1970-01-01T00:00:00Z"
    if len(at) == 10:
        return at + "T00:00:00Z"
    return at.replace("+00:00", "Z")


__all__ = ["Built", "atom", "build", "changeset_key", "publisher_key", "regenerate", "series_chart"]
