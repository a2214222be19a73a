"""Crawl speed against the fake government site on loopback (politeness off).

Starts `python -m support.fakesite --fillers N` (tests/support) in its own process (so the server does not
share the client's GIL), then checks every source twice into a fresh SQLite file:

* first crawl: list pages + every detail page fetched, decoded, parsed, normalized,
  extracted and stored;
* re-crawl of the unchanged site: list pages + conditional GETs answered 304.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/crawl.py [--fillers 400] [--profile first|recrawl]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the development package: support.fakesite

from monitor.crawl import RunResult, crawl_source, for_each_host  # noqa: E402
from monitor.fetch import Fetcher  # noqa: E402
from monitor.pipeline import ingest  # noqa: E402
from monitor.store import index_for_search  # noqa: E402
from monitor.store import open_db  # noqa: E402
from support.fakesite import sources  # noqa: E402


def serve(fillers: int) -> tuple[subprocess.Popen, str]:
    """Start the fake site in another process; returns it and its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "support.fakesite", "--fillers", str(fillers)],
        cwd=ROOT / "tests",
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def cpu_seconds() -> float:
    """CPU used so far by this process and its finished children (forked parse/extract workers)."""
    return sum(r.ru_utime + r.ru_stime for r in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))


def crawl(base_url: str, db: Path, profile: bool) -> tuple[float, list[RunResult]]:
    """One crawl of every source; (seconds, results)."""
    with Fetcher(delay=0, allow_private=True, retries=0, timeout=30) as fetcher:
        profiler = cProfile.Profile() if profile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        if profiler:  # in this thread, where the profiler sees it (one host: sequential anyway)
            conn = open_db(db)
            results = [crawl_source(conn, s, fetcher) for s in sources(base_url)]
            index_for_search(conn)  # as for_each_host does at the end of a run
            conn.close()
        else:
            chosen = sources(base_url)
            done = for_each_host(chosen, lambda conn, s: crawl_source(conn, s, fetcher), db)
            results = [done[s.name] for s in chosen]
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - start
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    return seconds, results


def stages(base_url: str, db: Path, sample: int = 600) -> dict[str, float]:
    """Milliseconds per page of each stage of a first crawl, measured one stage at a time on a sample."""
    from monitor.crawl import list_entries
    from monitor.extract import extract
    from scrapers import SCRAPERS

    work = []
    with Fetcher(delay=0, allow_private=True, retries=0, timeout=30) as fetcher:
        for s in sources(base_url):
            scraper, entries = list_entries(SCRAPERS[s.scraper], s, fetcher, RunResult(s.name))
            work += [(scraper, e.url) for e in entries]
        work = work[:: max(1, len(work) // sample)][:sample]
        start = time.perf_counter()
        pages = [fetcher.get(url) for _, url in work]
        fetch = time.perf_counter() - start
    start = time.perf_counter()
    docs = [scraper.parse_detail(page.text, url) for (scraper, url), page in zip(work, pages)]
    parse = time.perf_counter() - start
    start = time.perf_counter()
    found = [extract(doc) for doc in docs]
    extracted = time.perf_counter() - start
    conn = open_db(db)
    start = time.perf_counter()
    for doc, page, x in zip(docs, pages, found):
        ingest(conn, doc, source="bench", raw=page.content, etag=page.etag, extraction=x)
    index_for_search(conn)
    stored = time.perf_counter() - start
    conn.close()
    n = len(work) / 1000
    return {"fetch+decode": fetch / n, "parse+normalize": parse / n, "extract": extracted / n, "store": stored / n}


def main() -> None:
    """Run both crawls and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fillers", type=int, default=400, help="filler pages per column (6 columns)")
    parser.add_argument("--profile", choices=("first", "recrawl"))
    args = parser.parse_args()
    proc, base_url = serve(args.fillers)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            cpu = cpu_seconds()
            first_s, first = crawl(base_url, db, args.profile == "first")
            first_cpu = cpu_seconds() - cpu
            again_s, again = crawl(base_url, db, args.profile == "recrawl")
            again_cpu = cpu_seconds() - cpu - first_cpu
            split = stages(base_url, Path(tmp) / "stages.db")
    finally:
        proc.terminate()
        proc.wait()
    for label, results in (("first", first), ("recrawl", again)):
        errors = [e for r in results for e in r.errors]
        if errors:
            print(f"{label}: {len(errors)} errors, first: {errors[0]}")
    print("first-crawl stages, ms per page (one at a time, 600-page sample): "
          + ", ".join(f"{k} {v:.2f}" for k, v in split.items()))
    pages = sum(r.new + r.changed + r.unchanged + r.reverted for r in first)
    recheck = sum(r.new + r.changed + r.unchanged + r.reverted for r in again)
    print(f"first crawl: {sum(r.new for r in first)} new documents in {first_s:.2f} s")
    print(f"re-crawl: {sum(r.unchanged for r in again)} unchanged, {sum(r.new + r.changed for r in again)} new/changed in {again_s:.2f} s")
    print(f"parse_ms_per_page: {split['parse+normalize']:.2f} ms")
    print(f"crawl_pages_per_s: {pages / first_s:.1f} pages/s")
    print(f"crawl_requests: {sum(r.requests for r in first)} requests")
    print(f"recrawl_pages_per_s: {recheck / again_s:.1f} pages/s")
    print(f"recrawl_requests: {sum(r.requests for r in again)} requests")
    print(f"cpu_ms_per_page: {first_cpu / pages * 1000:.2f} ms")  # the client's, workers included (not the server's)
    print(f"recrawl_cpu_ms_per_page: {again_cpu / recheck * 1000:.2f} ms")


if __name__ == "__main__":
    main()
