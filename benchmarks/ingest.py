"""Ingest speed of the store on a generated corpus made by varying the five seeds.

Each generated town takes one seed as its template and publishes one plan a year; every plan
has its own numbers (each quantity scaled by a random factor), year, 索引号 and URL. Timed:

* ingest: parse the capture text + extract + store (version, targets) + diff against the
  town's earlier plan + write the changes, for every document (all new). As in a crawl
  (monitor/crawl.py), parse + extract run in two forked worker processes and the store writes
  in this process, in order; `ingest_serial_docs_per_s` is the same work in one process;
* and at the end of each, the new versions indexed for search in one batch (as a crawl does);
* recheck: the same captures again (parse + hash + look-up + last_seen), all unchanged.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/ingest.py [--docs 5000] [--db PATH] [--profile ingest|recheck]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import re
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import pipeline, seedformat, store  # noqa: E402
from monitor.extract import extract  # noqa: E402
from monitor.models import Document, Extraction  # noqa: E402
from monitor.workers import ordered_map  # noqa: E402

YEARS = (2019, 2020, 2021, 2022, 2023, 2024)
_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)(?=\s*(?:万元|亿元|万美元|%|家|个|亩|万亩|人次|人|条|只|名|村|公里))")
_YEAR = re.compile(r"20[12]\d(?=年)")


def vary(text: str, rnd: random.Random) -> str:
    """The text with every quantity scaled by a random factor (0.8-1.25), as integers or one decimal."""

    def scale(m: re.Match) -> str:
        x = float(m.group(1)) * rnd.uniform(0.8, 1.25)
        return str(max(1, round(x))) if "." not in m.group(1) else f"{x:.1f}"

    return _QUANTITY.sub(scale, text)


def corpus(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """n (name, canonical capture text) pairs, each town's plans in year order."""
    rnd = random.Random(seed)
    templates = [seedformat.parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out: list[tuple[str, str]] = []
    town = 0
    while len(out) < n:
        base = templates[town % len(templates)]
        name = f"{base.publisher}{town:04d}"
        for year in YEARS[: min(len(YEARS), n - len(out))]:
            doc = _plan_of(base, name, year, town, rnd)
            out.append((f"{name}-{year}", seedformat.render(doc)))
        town += 1
    return out


def _plan_of(base: Document, town: str, year: int, k: int, rnd: random.Random) -> Document:
    """One town's plan of one year, from a seed."""
    first = year_of_doc(base)

    def shift(s: str) -> str:
        return _YEAR.sub(lambda m: str(int(m.group(0)) - first + year), s).replace(base.publisher or "", town)

    return replace(
        base,
        title=shift(base.title or ""),
        paragraphs=tuple(vary(shift(p), rnd) for p in base.paragraphs),
        publisher=town,
        index_no=f"{k:08d}-0/{year}-{rnd.randrange(10**5):05d}",
        date=f"{year}-03-{rnd.randrange(1, 28):02d}",
        published_at=None,
        url=f"http://www.example.gov.cn/art/{year}/{k}/art_{k:06d}_{year}.html",
    )


def year_of_doc(doc: Document) -> int:
    """The year of a seed (from its date)."""
    return int((doc.date or "2024")[:4])


def run(db, texts: list[tuple[str, str]], expect: str) -> float:
    """Parse and ingest every capture in this process; seconds taken. Fails on an unexpected status."""
    start = time.perf_counter()
    for name, text in texts:
        _check(name, pipeline.ingest(db, seedformat.parse(text, name), raw=text.encode()), expect)
    store.index_for_search(db)  # the end of the run, as in a crawl: the new versions into the search index
    return time.perf_counter() - start


def _parse_and_extract(item: tuple[str, str]) -> tuple[Document, Extraction]:
    """Worker side: a capture parsed and its targets extracted."""
    doc = seedformat.parse(item[1], item[0])
    return doc, extract(doc)


def run_parallel(db, texts: list[tuple[str, str]], workers: int = 2) -> float:
    """Parse + extract in worker processes the way crawl and replay do (monitor.workers.ordered_map),
    store and diff here in document order; seconds taken."""
    start = time.perf_counter()
    for (name, text), (doc, found) in ordered_map(_parse_and_extract, texts, workers):
        _check(name, pipeline.ingest(db, doc, raw=text.encode(), extraction=found), "new")
    store.index_for_search(db)
    return time.perf_counter() - start


def _check(name: str, result: pipeline.IngestResult, expect: str) -> None:
    """Stop on a status the benchmark does not expect (the corpus must be all new, then all unchanged)."""
    if result.status != expect:
        raise SystemExit(f"{name}: {result.status}, expected {expect}")


def main() -> None:
    """Generate, ingest, recheck, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary file)")
    parser.add_argument("--profile", choices=["ingest", "recheck"])
    args = parser.parse_args()

    texts = corpus(args.docs)
    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "monitor.db"
    if path.exists():
        raise SystemExit(f"{path}: exists; give a new file")
    db = store.open_db(path)
    extract(seedformat.parse(texts[0][1]))  # warm the extractor's patterns
    profiler = cProfile.Profile() if args.profile else None

    serial = store.open_db(Path(tmp.name) / "serial.db")
    if profiler and args.profile == "ingest":
        profiler.enable()
    serial_s = run(serial, texts, "new")
    if profiler and args.profile == "ingest":
        profiler.disable()
    serial.close()
    ingest_s = run_parallel(db, texts)
    if profiler and args.profile == "recheck":
        profiler.enable()
    recheck_s = run(db, texts, "unchanged")
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    versions = db.execute("SELECT count(*) FROM versions").fetchone()[0]
    targets = db.execute("SELECT count(*) FROM targets").fetchone()[0]
    changes = db.execute("SELECT count(*) FROM changes").fetchone()[0]
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = os.path.getsize(path)
    print(f"corpus: {len(texts)} documents, {sum(len(t) for _, t in texts) / len(texts):.0f} characters each on average")
    print(f"stored: {versions} versions, {targets} targets and actuals, {changes} change rows")
    print(f"ingest_serial_docs_per_s: {len(texts) / serial_s:.0f} docs/s")
    print(f"ingest_docs_per_s: {len(texts) / ingest_s:.0f} docs/s")
    print(f"recheck_docs_per_s: {len(texts) / recheck_s:.0f} docs/s")
    print(f"db_bytes_per_version: {size / versions:.0f} bytes")


if __name__ == "__main__":
    main()
