"""Speed of what analysts open: the static site and full-text search, on the ingest corpus.

The corpus is benchmarks/ingest.py's (5,000 plans: towns made from the five seeds, one plan a
year, each compared with the year before), ingested as a crawl does. Timed:

* site_build_s: `monitor site OUT/` over the whole database (every publisher page with its
  charts, every change-set page, the index and feed.xml);
* site_rebuild_s: `monitor site OUT/` again after `--grow` (50) more plans are ingested into a copy
  of the database (what `monitor serve` does after a batch of checks): the pages of the new change
  sets and of the publishers they touch, the index and feed.xml;
* search_ms_p50: one `monitor search` query (3+ characters: the trigram index), median over
  a set of words found in plans, each returning the newest 20 versions with sentences marked;
* search_short_ms_p50: the same for 2-character words (就业): no trigram, instr() over the text.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/site.py [--docs 5000] [--grow 50] [--db PATH (reused when it exists)] [--out DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingest import corpus, run_parallel  # noqa: E402

from monitor import site, store  # noqa: E402
from monitor.search import search  # noqa: E402

QUERIES = ("共富工坊", "一般公共预算收入", "和美乡村", "小升规", "森林消防", "文化礼堂", "猕猴桃", "招商引资", "城中村改造", "数字经济")
SHORT = ("就业", "养老", "财政", "民生")


def timed_queries(db, words: tuple[str, ...], rounds: int = 5) -> list[float]:
    """Milliseconds of each query, every word `rounds` times (the first round warms the cache)."""
    out = []
    for n in range(rounds + 1):
        for w in words:
            start = time.perf_counter()
            search(db, w, limit=20)
            if n:
                out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    """Build (or reuse) the corpus database, time the site and the searches, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--grow", type=int, default=50, help="plans added before the rebuild (default: 50)")
    parser.add_argument("--db", type=Path, help="database file (reused when it exists; default: a temporary file)")
    parser.add_argument("--out", type=Path, help="site directory (default: a temporary directory)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "monitor.db"
    fresh = not path.exists()
    db = store.open_db(path)
    if fresh:
        run_parallel(db, corpus(args.docs))
    versions = db.execute("SELECT count(*) FROM versions").fetchone()[0]
    out = args.out or Path(tmp.name) / "site"

    start = time.perf_counter()
    built = site.build(db, out)
    build_s = time.perf_counter() - start
    copy = sqlite3.connect(Path(tmp.name) / "grown.db")  # a copy: a reused --db stays as it was
    db.conn.backup(copy)
    copy.close()
    grown = store.open_db(Path(tmp.name) / "grown.db")
    run_parallel(grown, corpus(args.docs + args.grow)[args.docs :])  # the same generator: the next towns' plans
    start = time.perf_counter()
    rebuilt = site.build(grown, out)
    rebuild_s = time.perf_counter() - start
    assert not rebuilt.full, "the rebuild was a full build"
    hits = [len(search(db, w, limit=5000)) for w in QUERIES]
    long_ms = timed_queries(db, QUERIES)
    short_ms = timed_queries(db, SHORT)

    print(f"database: {versions} versions; site: {built.pages} pages, {built.changesets} change sets, {built.publishers} publishers")
    print(f"rebuild after {args.grow} more plans: {rebuilt.pages} pages rendered, {rebuilt.changesets - built.changesets} new change sets")
    print(f"search: {dict(zip(QUERIES, hits))} versions match")
    print(f"site_build_s: {build_s:.1f} s")
    print(f"site_rebuild_s: {rebuild_s:.2f} s")
    print(f"search_ms_p50: {statistics.median(long_ms):.1f} ms")
    print(f"search_short_ms_p50: {statistics.median(short_ms):.1f} ms")


if __name__ == "__main__":
    main()
