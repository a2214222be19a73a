"""Full-text search over every stored version: SQLite FTS5 with the trigram tokenizer.

The index `versions_fts` is contentless (content='') and keeps no positions (detail='none'): it
holds which versions contain which trigrams, never a second copy of the text, so the stored
text can later be compressed (issue 15) without touching the index, and it costs about a
quarter of the space and half the insert time of a full-detail index. Versions are indexed in
batches (`index_new`, at the end of every crawl and replay), not one by one as they are written:
FTS5 flushes a segment per transaction, and a per-version trigger cost more than half of the
time it takes to store a version. `search_state.indexed_upto` is the last version id indexed;
versions are append-only (ids only grow), so the index never needs a delete, and a run that
stops before indexing leaves its versions to the next batch.

A query finds the versions holding every trigram of its words in the index, plus every version
not indexed yet, then checks the words themselves with instr() over the text, newest first, in
batches, until a page of hits is found: a version is found by search as soon as it is stored. Trigrams need 3 characters: a word of 1 or 2 characters (就业, 养老) only has the
instr() check (a scan of every version when the word is rare and no word is longer).
Matching sentences are found and highlighted here, in Python, from the stored text.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from monitor import seedformat
from monitor.errors import MonitorError, StoreError

FTS_TABLE = "versions_fts"
STATE_TABLE = "search_state"  # one row: indexed_upto, the last version id in the index
HASH_BYTES = 16 << 20  # FTS5 `hashsize`: the terms a batch may hold in memory before writing a segment
# SQL: the versions a query must check (held by the index or not indexed yet); one parameter, the MATCH
CANDIDATES = (f"(v.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?) "
              f"OR v.id > (SELECT indexed_upto FROM {STATE_TABLE}))")
# m008_compressed_text (the text stored zlib-compressed, read through the SQL function text_of(), which
# store.open_db registers on every connection) kept a per-version trigger until m009_search_in_batches.
SEARCH_TRIGGER = (
    f"CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions WHEN new.text_z IS NOT NULL BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, seed_text) VALUES (new.id, text_of(new.text_z)); END"
)


def m003_search_index(db: Database) -> None:
    """versions_fts: a contentless trigram index of every version's text, kept by a trigger."""
    db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(seed_text, content='', tokenize='trigram', detail='none', columnsize=0)")
    if "text_z" in db["versions"].columns_dict:  # the text is already compressed (m008 ran first)
        db.execute(SEARCH_TRIGGER)
        db.execute(f"INSERT INTO {FTS_TABLE}(rowid, seed_text) SELECT id, text_of(text_z) FROM versions WHERE text_z IS NOT NULL")
        return
    db.execute(
        f"CREATE TRIGGER versions_fts_insert AFTER INSERT ON versions WHEN new.seed_text IS NOT NULL BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, seed_text) VALUES (new.id, new.seed_text); END"
    )
    db.execute(f"INSERT INTO {FTS_TABLE}(rowid, seed_text) SELECT id, seed_text FROM versions WHERE seed_text IS NOT NULL")


def m009_search_in_batches(db: Database) -> None:
    """The search index is filled in batches by `index_new` instead of a trigger per version."""
    db.execute("DROP TRIGGER IF EXISTS versions_fts_insert")
    db.execute(f"CREATE TABLE {STATE_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_upto INTEGER NOT NULL)")
    db.execute(f"INSERT INTO {STATE_TABLE} VALUES (1, (SELECT coalesce(max(id), 0) FROM versions))")  # all indexed


def m011_search_batch_in_one_segment(db: Database) -> None:
    """The index keeps up to HASH_BYTES of a batch's terms in memory (FTS5 `hashsize`, 1 MB by default).

    With 1 MB a batch of 1,000 versions was written as a dozen segments that FTS5 then merged: the
    merged index was 14% larger than one written at once, and the pages the merges freed stayed in
    the file (5.5 MB of index and 0.9 MB free pages per 1,000 versions, against 4.8 MB and none).
    """
    db.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', ?)", [HASH_BYTES])


# The text as the index holds it: ASCII letters in lower case (SQLite's lower(), as the instr() check reads
# the text), so the tokenizer need not fold case itself; `match_expression` lowers a query's trigrams alike.
INDEXED_TEXT = "lower(text_of(text_z))"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def m013_search_index_of_lowered_text(db: Database) -> None:
    """versions_fts made again case-sensitive (`case_sensitive 1`) over the text with its ASCII letters lowered.

    The trigram tokenizer folding case itself folded every character three times (once per trigram
    it is in): a third of the instructions of indexing a version. It finds the same versions: a
    text holding a word holds, lowered, every lowered trigram of it (the instr() check decides).
    """
    db.execute(f"DROP TABLE {FTS_TABLE}")
    db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(seed_text, content='', "
               "tokenize='trigram case_sensitive 1', detail='none', columnsize=0)")
    m011_search_batch_in_one_segment(db)
    db.execute(f"INSERT INTO {FTS_TABLE}(rowid, seed_text) SELECT id, {INDEXED_TEXT} FROM versions "
               f"WHERE id <= (SELECT indexed_upto FROM {STATE_TABLE}) AND text_z IS NOT NULL")


def index_new(db: Database) -> int:
    """Add every version stored since the last batch to the index (inside the caller's write transaction);
    returns how many versions were added."""
    upto = db.execute(f"SELECT indexed_upto FROM {STATE_TABLE}").fetchone()[0]
    top = db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0]
    if top <= upto:
        return 0
    added = db.execute(
        f"INSERT INTO {FTS_TABLE}(rowid, seed_text) SELECT id, {INDEXED_TEXT} FROM versions "
        "WHERE id > ? AND id <= ? AND text_z IS NOT NULL", [upto, top]
    ).rowcount
    db.execute(f"UPDATE {STATE_TABLE} SET indexed_upto = ?", [top])
    return added


@dataclass(frozen=True)
class Hit:
    """One version whose text holds the query: where it is, and its matching sentences."""

    version_id: int
    document_id: int
    seq: int
    url: str | None
    title: str | None
    publisher: str | None
    date: str | None
    fetched_at: str | None
    current: bool  # the document's current version
    sentences: tuple[str, ...]  # the matching sentences, in document order
    spans: tuple[tuple[tuple[int, int], ...], ...]  # per sentence, (start, end) of each query word

    def to_json(self) -> dict:
        """The hit as JSON (spans as [start, end] lists)."""
        d = asdict(self)
        d["sentences"] = [
            {"text": s, "spans": [list(p) for p in spans]} for s, spans in zip(self.sentences, self.spans)
        ]
        del d["spans"]
        return d


def terms(query: str) -> list[str]:
    """The query's words (NFKC, split at spaces), each matched literally but for ASCII case; all must appear."""
    words = unicodedata.normalize("NFKC", query).split()
    return list(dict.fromkeys(w for w in words if w))


def match_expression(words: list[str]) -> str | None:
    """The FTS5 query for words of 3+ characters: every trigram of each, ASCII letters lowered as the index
    holds them (None when there is none).

    The index keeps no positions (detail=none), so it finds the versions holding all the trigrams;
    the caller checks that they hold the words (adjacent trigrams) with instr().
    """
    lowered = [w.translate(_ASCII_LOWER) for w in words]
    grams = dict.fromkeys(w[i : i + 3] for w in lowered if len(w) >= 3 for i in range(len(w) - 2))
    return " AND ".join('"' + g.replace('"', '""') + '"' for g in grams) or None


def search(
    db: Database,
    query: str,
    *,
    publisher: str | None = None,
    since: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """Versions whose text holds every word of `query`, newest first (document date, then later version).

    `since` (YYYY-MM-DD) keeps versions of documents dated then or later (first seen when undated).
    """
    words = terms(query)
    if not words:
        raise MonitorError("search: the query is empty (give a word or phrase, e.g. 共富工坊)")
    where, params = ["v.same_as IS NULL"], []  # a flip back has no text of its own
    expression = match_expression(words)
    if expression:
        where.append(CANDIDATES)
        params.append(expression)
    if publisher:
        where.append("d.publisher = ?")
        params.append(publisher)
    if since:
        where.append("coalesce(d.date, substr(d.first_seen, 1, 10)) >= ?")
        params.append(since)
    try:
        # Order the candidates by columns read without the text: a versions row keeps its date and
        # fetch time after the text and page bytes, so reading those walks the text's overflow
        # pages. Newest first: the document's date, then the later version (a higher id).
        candidates = [r[0] for r in db.execute(
            f"SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id WHERE {' AND '.join(where)} "
            "ORDER BY coalesce(d.date, '') DESC, v.id DESC",
            params,
        )]
        chosen = _holding(db, candidates, words, limit)
        found = {r[0]: r for r in db.execute(
            "SELECT v.id, v.document_id, v.seq, v.url, v.title, v.publisher, v.date, v.fetched_at, "
            "d.current_version_id = v.id AS current, text_of(v.text_z) FROM versions v JOIN documents d ON d.id = v.document_id "
            f"WHERE v.id IN ({', '.join('?' * len(chosen))})",
            chosen,
        )}
    except sqlite3.Error as exc:  # locked, corrupt
        raise StoreError(f"{getattr(db, 'monitor_path', 'database')}: search {query!r} failed: {exc}") from exc
    return [_hit(found[i], words) for i in chosen]


_BATCH = 200


def _holding(db: Database, candidates: list[int], words: list[str], limit: int) -> list[int]:
    """The first `limit` candidates whose text holds every word (instr() over batches, newest first)."""
    test = " AND ".join("instr(lower(text_of(text_z)), lower(?)) > 0" for _ in words)  # ASCII case ignored, as the index does
    out: list[int] = []
    for start in range(0, len(candidates), _BATCH):
        batch = candidates[start : start + _BATCH]
        hits = {r[0] for r in db.execute(
            f"SELECT id FROM versions WHERE id IN ({', '.join('?' * len(batch))}) AND {test}", [*batch, *words]
        )}
        out += [i for i in batch if i in hits]
        if len(out) >= limit:
            break
    return out[:limit]


def _hit(row: tuple, words: list[str]) -> Hit:
    """A Hit from a result row: the sentences of its text that hold a query word, marked."""
    from monitor.diff import split_sentences  # the diff's sentences (and the extractor's lexicon): `search` only

    *fields, text = row
    doc = seedformat.parse(text, f"version {fields[0]}")
    body = "\n".join([doc.title or "", *doc.paragraphs])
    sentences, spans = [], []
    for s in split_sentences(body):
        found = marks(s, words)
        if found:
            sentences.append(s)
            spans.append(found)
    if not sentences:  # the match is in the header (publisher, 索引号): show the title
        sentences, spans = [doc.title or ""], [marks(doc.title or "", words)]
    return Hit(*fields[:8], bool(fields[8]), tuple(sentences), tuple(spans))


_ASCII_CASE = re.IGNORECASE | re.ASCII  # "gdp" finds "GDP" (as SQLite's lower() and the trigram index do), "ｇ" is NFKC'd


def marks(sentence: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """(start, end) of every occurrence of every word in a sentence, in order, overlaps merged."""
    found = sorted((m.start(), m.end()) for w in words for m in re.finditer(re.escape(w), sentence, _ASCII_CASE))
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def highlight(sentence: str, spans: tuple[tuple[int, int], ...], mark=lambda s: f"【{s}】") -> str:
    """A sentence with each span passed through `mark` (【…】 by default)."""
    out, at = [], 0
    for start, end in spans:
        out += [sentence[at:start], mark(sentence[start:end])]
        at = end
    return "".join(out) + sentence[at:]


def search_json(query: str, hits: list[Hit]) -> dict:
    """{schema, query, hits} for --json."""
    return {"schema": "gov-plan-monitor/search/v1", "query": query, "hits": [h.to_json() for h in hits]}


def search_text(hits: list[Hit], mark=lambda s: f"【{s}】") -> str:
    """Hits as lines: the version, then each matching sentence highlighted."""
    if not hits:
        return "No stored version contains the query.\n"
    lines = []
    for h in hits:
        state = "current" if h.current else "earlier version"
        lines.append(f"{h.date or '-'}  {h.publisher or '-'}  {h.title or '(untitled)'}  (version {h.seq}, {state}, fetched {h.fetched_at or '-'})")
        lines.append(f"  {h.url or ''}")
        lines += [f"  · {highlight(s, sp, mark)}" for s, sp in zip(h.sentences, h.spans)]
    return "\n".join(lines) + "\n"


__all__ = [
    "CANDIDATES", "FTS_TABLE", "Hit", "highlight", "index_new", "m003_search_index", "m009_search_in_batches",
    "m011_search_batch_in_one_segment", "m013_search_index_of_lowered_text", "marks",
    "match_expression", "search", "search_json", "search_text", "terms",
]
