"""The pipeline: the one place where a fetched or replayed document becomes a stored version.

`ingest(db, doc, ...)` takes a Document (from a scraper or a capture file) through:

1. identity: the stored document it is a version of (`stored_document`: same URL, else the
   same 索引号 of the same publisher, a page that moved); a replayed capture without a URL gets one from
   `replay_identity`; two captures are one document by the same rule (`same_document`);
2. normalize: the canonical seed text and its sha256 (`content_sha256`); equal text is
   "unchanged" (only last_seen moves, or a suspect version is confirmed); other text read from the
   very bytes of the current version's page is a newer reader's reading ("reread": stored, not
   compared, not alerted; the crawl asks for it with `reread=True`); text equal to an older
   version is a flip back ("reverted", diffed against the text it replaces);
3. extract the targets (unless the caller did, in a worker process), recording which extractor
   made them (`extractor_id`, a hash of its code);
4. choose what to compare with (`_baseline`): the current version of the same document (a
   "revision"), or for a new document the publisher's most recent earlier plan (a "plan"); its
   stored targets when the same extractor made them, else its stored text extracted again
   (`_reading`): an upgrade of monitor/extract changes no target by itself;
5. diff (monitor.diff); a collapsed body (`collapse`) is held as suspect, alerted only once a later
   check confirms it;
6. store the document, the version, its targets, its changes AND the alerts announcing them
   (`outbox.Alerts`) in ONE transaction: a crash at any instant leaves either nothing
   (the page is unseen and is fetched again) or the version together with its alerts.

Crawl, replay, `run --once` and the benchmarks all call `ingest`, and `store.index_for_search` once at
the end of a run (the search index is filled in batches); the store only persists and queries.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from monitor import attachments, outbox, seedformat, store
from monitor.diff import PLAN_LIKENESS, closest_plan, diff_documents, plan_likeness, plan_year_of, title_stem
from monitor.errors import StoreError
from monitor.extract import extract
from monitor.models import Attachment, ChangeSet, Document, Extraction, Version
from monitor.outbox import Alerts


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: status "new" | "changed" | "unchanged" | "reverted" | "reread" (the same page
    read differently by a newer reader: stored, neither compared nor alerted)."""

    status: str
    url: str
    document_id: int
    version_id: int
    changeset: ChangeSet | None  # None when nothing to report
    alerts: int = 0  # outbox rows queued with the version
    suspect: bool = False  # stored but held: its alert waits for a later check to confirm it
    follows: ChangeSet | None = None  # replay: a later plan stored before, now compared with this one


@dataclass(frozen=True)
class FetchedFile:
    """The bytes of one attachment as the crawl got them: fetched now (`fresh`) or the copy stored last time."""

    url: str
    content: bytes
    etag: str | None = None
    last_modified: str | None = None
    fresh: bool = True  # False: a 304 or a failed fetch, read from the stored copy
    note: str | None = None  # why the stored copy was read (the fetch failed)

    @property
    def sha256(self) -> str:
        """The content address of the bytes."""
        return hashlib.sha256(self.content).hexdigest()


# -- identity ---------------------------------------------------------------------------


def stored_document(db: Database, doc: Document) -> dict | None:
    """The stored document this one is a version of: the same URL, else the same 索引号 of the same publisher
    (a page that moved)."""
    assert doc.url
    found = store.document_by(db, "url", doc.url)
    if found is None and doc.index_no:
        rows = store.documents_by_index_no(db, doc.index_no)
        found = next((row for row in rows if same_publisher(row["publisher"], doc.publisher)), None)
    return found


def same_document(a: Document, b: Document) -> bool:
    """True when two documents are versions of one (the same URL or the same 索引号 of the same publisher),
    as stored_document decides."""
    if a.url and a.url == b.url:
        return True
    return bool(a.index_no and a.index_no == b.index_no and same_publisher(a.publisher, b.publisher))


def same_publisher(a: str | None, b: str | None) -> bool:
    """False only for two different publishers: a 索引号 is numbered within its publisher's catalogue, so two
    townships' short 索引号 ("2024-00012") can be equal. One name within the other ("王坛镇" in
    "绍兴市柯桥区王坛镇人民政府") is one publisher written two ways; a missing one conflicts with none."""
    a, b = (unicodedata.normalize("NFKC", x or "").replace(" ", "") for x in (a, b))
    return not a or not b or a in b or b in a


def replay_identity(doc: Document, path: Path) -> str:
    """The URL a replayed capture is stored under: its own, else one made from its publisher and 索引号 (two
    townships' short 索引号 can be equal), else its full path (never the file name alone:
    national/2023.txt and provincial/2023.txt are two documents)."""
    if doc.url:
        return doc.url
    if doc.index_no:
        publisher = unicodedata.normalize("NFKC", doc.publisher or "").replace(" ", "")
        return f"index:{publisher}:{doc.index_no}" if publisher else f"index:{doc.index_no}"
    return f"file:{path.resolve()}"


# -- normalize --------------------------------------------------------------------------


def normalized_text(doc: Document, seed_text: str | None = None) -> str:
    """The text that is hashed: the canonical seed layout without the URL (from `seed_text` when given)."""
    if seed_text is None or not doc.url:
        return seedformat.render(replace(doc, url=None))
    url_line = f"\n网址: {seedformat.clean_line(doc.url)}\n"
    return seed_text.replace(url_line, "\n网址:\n", 1)  # the header line: it comes before the body


def content_sha256(doc: Document, seed_text: str | None = None, words: bytes | None = None) -> str:
    """sha256 of the normalized seed text (equal content, equal hash, whatever the URL).

    `words`: seed_text's UTF-8 when the caller has it; the URL line is then replaced in the bytes (the
    same bytes as the replaced text's: UTF-8 finds a line at the same place), not encoded again."""
    if words is None or seed_text is None or not doc.url:
        return hashlib.sha256(normalized_text(doc, seed_text).encode()).hexdigest()
    url_line = f"\n网址: {seedformat.clean_line(doc.url)}\n".encode()
    return hashlib.sha256(words.replace(url_line, _NO_URL_LINE, 1)).hexdigest()


_NO_URL_LINE = "\n网址:\n".encode()


# -- ingest -----------------------------------------------------------------------------


def ingest(
    db: Database,
    doc: Document,
    *,
    source: str | None = None,
    raw: bytes | None = None,
    fetched_at: str | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    extraction: Extraction | None = None,
    replay: bool = False,
    alerts: Alerts | None = None,
    files: tuple[FetchedFile, ...] = (),
    reread: bool = False,
) -> IngestResult:
    """Store a document: a new version only when its normalized text differs, diffed, written with its alerts.

    `reread`: `raw` is the page as fetched now and the document was read from it by this process's reader (the
    crawl). When its text differs from the current version's while `raw` and its attachments' bytes are those
    the current version was read from (checked only then: `_same_page`), the page did not change, the reader
    did (an upgrade reads the same bytes differently): the new reading is stored as a version with status
    "reread", with no change set and no alert, and later versions are compared with it.

    `extraction` skips the extractor (already run by the caller). `replay` is for captures read
    from files: text already stored as any version of the document is "unchanged" and nothing is
    written (a capture replayed twice is no evidence that the page flipped back). `alerts` None
    queues no alert (a source's baseline check, replay).

    A page's attachments (`doc.attachments`, read by the crawl) are part of its text: the text
    compared, extracted and stored is `attachments.full_text(doc)`, and the version records which
    file each attachment's text came from. `files` are the attachments' bytes, stored once per
    content (a re-published identical file is not stored twice). `extraction` must then have
    been run on the full text.

    A version whose body collapsed (`collapse`) is stored as "suspect" and alerts nothing: the
    same text seen by a later check confirms it (its alert is queued then); the previous text
    coming back clears it silently.
    """
    if not doc.url:
        raise StoreError(f"{store.db_name(db)}: cannot store a document without a URL ({doc.title or 'untitled'})")
    at = fetched_at or store.now()
    read = doc.attachments
    doc = attachments.full_text(doc)
    seed_text = seedformat.render(doc)
    words = seed_text.encode()  # hashed and the compressed page's dictionary: encoded once
    sha = content_sha256(doc, seed_text, words)
    shas = {f.url: f.sha256 for f in files}
    with store.sql_errors(db):
        for f in files:
            if f.fresh:
                store.write_file(db, f.url, f.content, at, f.etag, f.last_modified)
        row = stored_document(db, doc)
        current = None if row is None else store.version_row(db, row["current_version_id"])
        trusted = None if current is None else _trusted(db, current)
        if current is not None and current["sha256"] == sha:
            if replay:
                return IngestResult("unchanged", doc.url, row["id"], current["id"], None)
            store.touch_document(db, row, doc.url, at, etag, last_modified)
            if current["hold"] == SUSPECT:
                return _confirm(db, row, current, trusted, at, alerts)
            return IngestResult("unchanged", doc.url, row["id"], current["id"], None)
        older = None if row is None else store.version_with_text(db, row["id"], sha)
        if older is not None and replay:
            return IngestResult("unchanged", doc.url, row["id"], older, None)
        same_page = reread and _same_page(db, current, raw, read, shas)
        if older is not None and not same_page:
            return _revert(db, row, current, trusted, older, doc.url, at, etag, last_modified, alerts)
        found = _extracted(doc, extraction)
        changeset, hold, base = (None, None, None) if same_page else _compare(db, trusted, row, doc, found, at, replay)
        queued = 0
        with store.transaction(db):
            doc_id = store.write_document(db, row, doc, found, source, at, etag, last_modified)
            version = store.write_version(db, doc_id, doc, found, sha, seed_text, raw, at, etag, last_modified, hold,
                                          seq=1 if row is None else None, words=words, extractor=extractor_id())
            store.write_targets(db, version.id, found)
            store.write_version_files(db, version.id, [
                {"name": a.name, "url": a.url, "type": a.type, "status": a.status, "detail": a.detail,
                 "sha256": shas.get(a.url)} for a in read])
            version = replace(version, attachments=tuple((a.name, a.url) for a in read if a.status == attachments.OK))
            if changeset is not None:
                changeset = replace(changeset, new=version)
                store.write_changes(db, changeset, found, base)
            store.set_current(db, doc_id, version.id)
            if current is not None and current["hold"] == SUSPECT:
                store.set_hold(db, current["id"], CLEARED)  # superseded before any check confirmed it
            if hold is None and changeset is not None:
                queued = _announce(db, doc_id, changeset, alerts)
            follows = _follow(db, doc_id, doc, found, version, at) if replay and row is None and found.targets else None
    status = "new" if row is None else REREAD if same_page else "changed"
    reported = changeset if changeset and not changeset.empty and hold is None else None
    return IngestResult(status, doc.url, doc_id, version.id, reported, queued, suspect=hold is not None,
                        follows=follows)


REREAD = "reread"


def _same_page(db: Database, current: dict | None, raw: bytes | None, read: tuple[Attachment, ...],
               shas: dict[str, str]) -> bool:
    """True when a page and its attachments are byte for byte those the current version was read from (a
    suspect version never: its text is compared with the last trusted one)."""
    if current is None or raw is None or current["hold"] == SUSPECT or not store.same_raw(db, current["id"], raw):
        return False
    stored = store.version_files(db, [current["id"]]).get(current["id"], [])
    return [(f["url"], f["sha256"]) for f in stored] == [(a.url, shas.get(a.url)) for a in read]


def _follow(db: Database, doc_id: int, doc: Document, found: Extraction, version: Version,
            at: str) -> ChangeSet | None:
    """A capture replayed after the publisher's later plan (newest first, or in another command): compare that
    later plan with this one instead of with an older one, as if they had been replayed in date order."""
    later_id = _followed_by(db, doc_id, doc, found, version.id)
    if later_id is None:
        return None
    store.delete_changes(db, later_id, "plan")
    new_version, new_doc, new_found, _ = _reading(db, later_id, text=False)
    changeset = diff_documents(doc, new_doc, found, new_found, kind="plan", old_version=version,
                               new_version=new_version, text=False, detected_at=at)
    store.write_changes(db, changeset)
    return None if changeset.empty else changeset


# -- suspect versions and flips back ----------------------------------------------------

SUSPECT, CONFIRMED, CLEARED = "suspect", "confirmed", "cleared"
PLACEHOLDER = re.compile(
    r"加载中|载入中|正在加载|请稍[候后]|暂无(?:内容|数据|信息|正文|相关)|内容(?:为空|不存在|不能为空)|页面(?:不存在|已删除)|loading",
    re.IGNORECASE,
)
PLACEHOLDER_MAX = 60  # a body this short that names loading or emptiness is a placeholder
COLLAPSE_RATIO = 0.25  # a body shorter than this share of the last version's ...
COLLAPSE_MIN = 200  # ... when that one had at least this many characters


def body_length(doc: Document) -> int:
    """Characters of the body (paragraphs, without white space)."""
    return sum(len("".join(p.split())) for p in doc.paragraphs)


def collapse(old: Document, new: Document, old_found: Extraction, new_found: Extraction) -> str | None:
    """Why a revision looks like a broken page rather than an edit (None when it does not)."""
    length, before = body_length(new), body_length(old)
    if length <= PLACEHOLDER_MAX and PLACEHOLDER.search("".join(new.paragraphs)):
        return "placeholder body"
    if before >= COLLAPSE_MIN and length < before * COLLAPSE_RATIO:
        return f"body shrank from {before} to {length} characters"
    if old_found.targets and not new_found.targets:
        return f"all {len(old_found.targets)} targets gone"
    return None


def _trusted(db: Database, current: dict) -> int:
    """The version new text is compared with: the current one, or the one before it while it is suspect."""
    if current["hold"] != SUSPECT:
        return current["id"]
    return store.previous_version(db, current["document_id"], current["seq"]) or current["id"]


def _confirm(db: Database, row: dict, current: dict, trusted: int, at: str, alerts: Alerts | None) -> IngestResult:
    """A later check saw the suspect text again: it is real; queue the alert it was holding."""
    old_version, old_doc, old_found, _ = _reading(db, trusted)
    new_version, new_doc, new_found, _ = _reading(db, current["id"])
    changeset = diff_documents(old_doc, new_doc, old_found, new_found, kind="revision", old_version=old_version,
                               new_version=new_version, detected_at=at)
    with db.atomic():
        store.set_hold(db, current["id"], CONFIRMED)
        queued = _announce(db, row["id"], changeset, alerts)
    reported = None if changeset.empty else changeset
    return IngestResult("unchanged", current["url"], row["id"], current["id"], reported, queued)


def _revert(db: Database, row: dict, current: dict, trusted: int, older: int, url: str, at: str,
            etag: str | None, last_modified: str | None, alerts: Alerts | None) -> IngestResult:
    """Text equal to an older version: record the flip back and alert it as a change from the text it replaces.

    Coming back to the text before a suspect version clears the suspect silently."""
    changeset, hold = None, None
    if _content(db, trusted) != older:
        old_version, old_doc, old_found, _ = _reading(db, trusted)
        _, new_doc, new_found, _ = _reading(db, older)
        changeset = diff_documents(old_doc, new_doc, old_found, new_found, kind="revision", old_version=old_version,
                                   text=True, detected_at=at)
        hold = SUSPECT if collapse(old_doc, new_doc, old_found, new_found) else None
    queued = 0
    with db.atomic():
        vid = store.write_revert(db, row, older, url, at, etag, last_modified, hold)
        if current["hold"] == SUSPECT:
            store.set_hold(db, current["id"], CLEARED)
        if changeset is not None:
            changeset = replace(changeset, new=store.load_version(db, vid, text=False)[0])
            store.write_changes(db, changeset)
            if hold is None:
                queued = _announce(db, row["id"], changeset, alerts)
    reported = changeset if changeset is not None and not changeset.empty and hold is None else None
    return IngestResult("reverted", url, row["id"], vid, reported, queued, suspect=hold is not None)


def _content(db: Database, version_id: int) -> int:
    """The version holding a version's text (itself, or the one a flip back points to)."""
    return store.version_row(db, version_id)["same_as"] or version_id


def _announce(db: Database, document_id: int, changeset: ChangeSet, alerts: Alerts | None) -> int:
    """Queue a change set's alerts, or one summary when the document flip-flops (more than N changes in M days)."""
    if alerts is None or changeset.empty:
        return 0
    policy = alerts.config.alerts
    now = alerts.clock()
    since = outbox.stamp(now - timedelta(seconds=policy.flipflop_within))
    count = store.changes_since(db, document_id, since)
    if count <= policy.flipflop_changes:
        return alerts.queue(db, changeset)
    return outbox.enqueue_flipflop(db, alerts.config, alerts.source, changeset, count, since, now=now)


def _compare(db: Database, trusted: int | None, row: dict | None, doc: Document, found: Extraction, at: str,
             replay: bool) -> tuple[ChangeSet | None, str | None, dict[tuple, int] | None]:
    """The change set of a new version against its baseline (None when it has none), SUSPECT when it collapsed,
    and the baseline's target seqs (for write_changes)."""
    baseline = _baseline(db, trusted, doc, found)
    if baseline is None:
        return None, None, None
    base, kind = baseline
    text = kind == "revision"
    old_version, old_doc, old_found, seqs = _reading(db, base, text=text)
    changeset = diff_documents(old_doc, doc, old_found, found, kind=kind, old_version=old_version, text=text,
                               detected_at=at)
    suspect = text and not replay and collapse(old_doc, doc, old_found, found)
    return changeset, SUSPECT if suspect else None, seqs


def _reading(db: Database, version_id: int, *,
             text: bool = True) -> tuple[Version, Document, Extraction, dict[tuple, int]]:
    """A stored version as compared (store.load_compared): its stored targets when this extractor made them, else
    those this extractor reads in its stored text, so that an upgrade of monitor/extract alerts nothing by itself.

    A target read again that no targets row holds is kept whole by write_changes (the seqs are the stored rows')."""
    version, doc, found, seqs, made_by = store.load_compared(db, version_id, text=text)
    if made_by == extractor_id():
        return version, doc, found, seqs
    if text:
        return version, doc, _extracted(doc), seqs
    where = f"{store.db_name(db)} version {version_id}"  # a plan baseline, loaded without its text: read it now
    return version, doc, _extracted(seedformat.parse(store.version_text(db, version_id), where)), seqs


def _extracted(doc: Document, found: Extraction | None = None) -> Extraction:
    """The targets of a document (`found` when the caller extracted them) with its plan year."""
    found = extract(doc) if found is None else found
    return found if found.plan_year is not None else replace(found, plan_year=plan_year_of(doc, found))


def reextract(db: Database, version_id: int) -> tuple[int, int]:
    """Read a stored version's text again with this extractor and store what it reads as the version's targets
    (after an upgrade, so history, reports, trends and the site show it). Returns (before, after) counts of
    targets and actuals. Nothing is alerted: the page did not change."""
    doc = seedformat.parse(store.version_text(db, version_id), f"{store.db_name(db)} version {version_id}")
    found = _extracted(doc)
    before = store.replace_targets(db, version_id, found, extractor_id())
    return before, len(found.targets) + len(found.actuals)


extractor_id = store.extractor_id  # which extractor made a version's targets (versions.extractor)


def _followed_by(db: Database, doc_id: int, doc: Document, found: Extraction, version_id: int) -> int | None:
    """The first version of the nearest later plan of the same kind that would have been compared with this one."""
    stem = title_stem(doc.title or "", doc.publisher)
    for later, title, year, date in store.later_plans(db, doc_id, doc.publisher, found.plan_year, doc.date):
        if plan_likeness(title_stem(title, doc.publisher), stem) < PLAN_LIKENESS:
            continue
        return later if _earlier_plan(db, title, doc.publisher, year, date) == version_id else None
    return None


def _earlier_plan(db: Database, title: str | None, publisher: str | None, plan_year: int | None,
                  date: str | None) -> int | None:
    """The current version of the publisher's earlier plan a plan with this title is compared with (diff.closest_plan)."""
    return closest_plan(title or "", publisher, store.earlier_plans(db, publisher, plan_year, date))


def _baseline(db: Database, trusted: int | None, doc: Document, found: Extraction) -> tuple[int, str] | None:
    """(last trusted version, "revision") for a stored document; (earlier plan, "plan") for a new one with targets,
    and for one whose trusted version had none (a notice whose plan file is read now, a placeholder filled in):
    "every target added" would tell nothing, the earlier plan's comparison does."""
    if trusted is not None and (not found.targets or store.version_row(db, trusted)["n_targets"]):
        return trusted, "revision"
    if not found.targets:
        return None
    base = _earlier_plan(db, doc.title, doc.publisher, found.plan_year, doc.date)
    return None if base is None else (base, "plan")


__all__ = [
    "FetchedFile",
    "IngestResult",
    "content_sha256",
    "collapse",
    "extractor_id",
    "reextract",
    "ingest",
    "normalized_text",
    "replay_identity",
    "same_document",
    "stored_document",
]
