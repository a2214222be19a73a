"""The pipeline: the one place where a fetched or replayed document becomes a stored version.

`ingest(db, doc, ...)` takes a Document (from a scraper or a capture file) through:

1. identity: the stored document it is a version of (`stored_document`: same URL, else the
   same 索引号, a page that moved); a replayed capture without a URL gets one from
   `replay_identity`; two captures are one document by the same rule (`same_document`);
2. normalize: the canonical seed text and its sha256 (`content_sha256`); equal text is
   "unchanged" (only last_seen moves), text equal to an older version is a flip back
   ("reverted", recorded, not diffed);
3. extract the targets (unless the caller did, in a worker process);
4. choose what to compare with (`_baseline`): the current version of the same document (a
   "revision"), or for a new document the publisher's most recent earlier plan (a "plan");
5. diff (monitor.diff);
6. store the document, the version, its targets, its changes AND the alerts announcing them
   (`Alerts`, the outbox) in ONE transaction: a crash at any instant leaves either nothing
   (the page is unseen and is fetched again) or the version together with its alerts.

Crawl, replay, `run --once` and the benchmarks all call `ingest`; the store only persists and
queries.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from monitor import outbox, seedformat, store
from monitor.config import Config
from monitor.diff import diff_documents, plan_year_of
from monitor.errors import StoreError
from monitor.extract import extract
from monitor.models import ChangeSet, Document, Extraction


@dataclass(frozen=True)
class IngestResult:
    """What one ingest did: status "new" | "changed" | "unchanged" | "reverted"."""

    status: str
    url: str
    document_id: int
    version_id: int
    changeset: ChangeSet | None  # None when nothing to report
    alerts: int = 0  # outbox rows queued with the version


@dataclass(frozen=True)
class Alerts:
    """Who hears of a source's change sets: the configured change channels, through the outbox."""

    config: Config
    source: str
    clock: Callable[[], datetime] = outbox.utcnow

    def queue(self, db: Database, changeset: ChangeSet) -> int:
        """Queue the change set's alerts (inside the caller's transaction); returns how many."""
        return outbox.enqueue_changes(db, self.config, self.source, [changeset], now=self.clock())


# -- identity ---------------------------------------------------------------------------


def stored_document(db: Database, doc: Document) -> dict | None:
    """The stored document this one is a version of: the same URL, else the same 索引号 (a page that moved)."""
    assert doc.url
    found = store.document_by(db, "url", doc.url)
    if found is None and doc.index_no:
        found = store.document_by(db, "index_no", doc.index_no)
    return found


def same_document(a: Document, b: Document) -> bool:
    """True when two documents are versions of one (the same URL or the same 索引号), as stored_document decides."""
    return bool(a.url and a.url == b.url) or bool(a.index_no and a.index_no == b.index_no)


def replay_identity(doc: Document, path: Path) -> str:
    """The URL a replayed capture is stored under: its own, else one made from its 索引号 or file name."""
    if doc.url:
        return doc.url
    if doc.index_no:
        return f"index:{doc.index_no}"
    return f"file:{path.name}"


# -- normalize --------------------------------------------------------------------------


def normalized_text(doc: Document, seed_text: str | None = None) -> str:
    """The text that is hashed: the canonical seed layout without the URL (from `seed_text` when given)."""
    if seed_text is None or not doc.url:
        return seedformat.render(replace(doc, url=None))
    url_line = f"\n网址: {seedformat.clean_line(doc.url)}\n"
    return seed_text.replace(url_line, "\n网址:\n", 1)  # the header line: it comes before the body


def content_sha256(doc: Document, seed_text: str | None = None) -> str:
    """sha256 of the normalized seed text (equal content, equal hash, whatever the URL)."""
    return hashlib.sha256(normalized_text(doc, seed_text).encode()).hexdigest()


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
) -> IngestResult:
    """Store a document: a new version only when its normalized text differs, diffed, written with its alerts.

    `extraction` skips the extractor (already run by the caller). `replay` is for captures read
    from files: text already stored as any version of the document is "unchanged" and nothing is
    written (a capture replayed twice is no evidence that the page flipped back). `alerts` None
    queues no alert (a source's baseline check, replay).
    """
    if not doc.url:
        raise StoreError(f"{store.db_name(db)}: cannot store a document without a URL ({doc.title or 'untitled'})")
    at = fetched_at or store.now()
    seed_text = seedformat.render(doc)
    sha = content_sha256(doc, seed_text)
    with store.sql_errors(db):
        row = stored_document(db, doc)
        if row is not None:
            current = store.version_row(db, row["current_version_id"])
            if current["sha256"] == sha:
                if not replay:
                    store.touch_document(db, row, doc.url, at, etag, last_modified)
                return IngestResult("unchanged", doc.url, row["id"], current["id"], None)
            older = store.version_with_text(db, row["id"], sha)
            if older is not None and replay:
                return IngestResult("unchanged", doc.url, row["id"], older, None)
            if older is not None:
                vid = store.write_revert(db, row, older, doc.url, at, etag, last_modified)
                return IngestResult("reverted", doc.url, row["id"], vid, None)
        found = extraction if extraction is not None else extract(doc)
        if found.plan_year is None:
            found = replace(found, plan_year=plan_year_of(doc, found))
        changeset = _compare(db, row, doc, found, at)
        queued = 0
        with db.atomic():
            doc_id = store.write_document(db, row, doc, found, source, at, etag, last_modified)
            version = store.write_version(db, doc_id, doc, found, sha, seed_text, raw, at, etag, last_modified)
            store.write_targets(db, version.id, found)
            if changeset is not None:
                changeset = replace(changeset, new=version)
                store.write_changes(db, changeset)
            store.set_current(db, doc_id, version.id)
            if changeset is not None and not changeset.empty and alerts is not None:
                queued = alerts.queue(db, changeset)
    status = "new" if row is None else "changed"
    reported = changeset if changeset and not changeset.empty else None
    return IngestResult(status, doc.url, doc_id, version.id, reported, queued)


def _compare(db: Database, row: dict | None, doc: Document, found: Extraction, at: str) -> ChangeSet | None:
    """The change set of a new version against its baseline, None when it has none."""
    baseline = _baseline(db, row, doc, found)
    if baseline is None:
        return None
    base, kind = baseline
    text = kind == "revision"
    old_version, old_doc, old_found = store.load_version(db, base, text=text)
    return diff_documents(old_doc, doc, old_found, found, kind=kind, old_version=old_version, text=text, detected_at=at)


def _baseline(db: Database, row: dict | None, doc: Document, found: Extraction) -> tuple[int, str] | None:
    """(version id, "revision") for a stored document; (earlier plan, "plan") for a new one with targets."""
    if row is not None:
        return row["current_version_id"], "revision"
    if not found.targets:
        return None
    base = store.earlier_plan(db, doc.publisher, found.plan_year, doc.date)
    return None if base is None else (base, "plan")


__all__ = [
    "Alerts",
    "IngestResult",
    "content_sha256",
    "ingest",
    "normalized_text",
    "replay_identity",
    "same_document",
    "stored_document",
]
