"""Instructions per page of a first crawl's own work, counted by callgrind (valgrind): a figure a shared machine does not move.

Wall and CPU times on a shared 2-core machine swing by ±30% between runs; the instructions a page costs
do not. This fetches `--pages` pages of the fake site (tests/support) once, then, under callgrind, reads
them as a first crawl does in one process: parse (the site's scraper and the generic reader), normalize,
extract, and store with diff, alerts and the search index (`pipeline.ingest`, `index_for_search`) into a
fresh SQLite file. A second run under callgrind does everything but that reading; the difference over the
pages is `instructions_per_page`. Fetching is left out (the loopback server would be counted too).

`extract_pass_instructions` is one extraction pass over the seeds and ../shared/corpus/texts, read as `monitor
extract` reads them ((3 passes − 1 pass) / 2, so the import and the reading of the files drop out), and
`extract_import_instructions` what a process spends importing the extractor and reading the files before it.

Needs valgrind (`apt-get install valgrind`). Takes about three minutes.
Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/instructions.py [--pages 150]
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the development package: support.fakesite


def fetch_pages(count: int, out: Path) -> int:
    """Fetch `count` detail pages of a fresh fake site into `out` (pickled (scraper, URL, page)); how many."""
    from monitor.crawl import RunResult, list_entries
    from monitor.fetch import Fetcher
    from scrapers import SCRAPERS
    from support.fakesite import FakeGovSite, sources

    work = []
    with FakeGovSite(fillers=max(10, count // 5)) as site, Fetcher(delay=0, allow_private=True, retries=0, timeout=30) as fetcher:
        for s in sources(site.base_url):
            scraper, entries = list_entries(SCRAPERS[s.scraper], s, fetcher, RunResult(s.name))
            work += [(scraper, e.url) for e in entries]  # the scraper the list chose (as crawl_source uses it)
        work = [(scraper, url, fetcher.get(url)) for scraper, url in work[:count]]
    out.write_bytes(pickle.dumps(work))
    return len(work)


def read_pages(pages: Path, db: Path, count: int) -> None:
    """Parse, extract and store the first `count` pickled pages into a fresh database (the work counted)."""
    from monitor.extract import extract
    from monitor.pipeline import ingest
    from monitor.store import index_for_search
    from monitor.store import open_db

    work = pickle.loads(pages.read_bytes())
    conn = open_db(db)
    for scraper, url, page in work[:count]:
        doc = scraper.parse_detail(page.text, url)
        ingest(conn, doc, source="bench", raw=page.content, etag=page.etag, extraction=extract(doc))
    index_for_search(conn)
    conn.close()


def extract_passes(count: int) -> None:
    """Read the seeds and the corpus texts as `monitor extract` does, then extract them all `count` times."""
    from monitor.cli.common import load_document
    from monitor.extract import extract

    docs = [load_document(f) for f in TEXTS]
    for _ in range(count):
        for doc in docs:
            extract(doc)


TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus" / "texts").glob("*.txt"))


def counted(*args: str) -> int:
    """Instructions callgrind counts for this script run as a child with `args` (--read ... or --passes N)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.NamedTemporaryFile(suffix=".out") as out:
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}", sys.executable, __file__, *args],
            capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind failed ({done.returncode}):\n{done.stderr[-1500:]}")
    return int(found.group(1))


def main() -> None:
    """Fetch the pages, count a run with and without reading them, print the difference per page."""
    if len(sys.argv) == 5 and sys.argv[1] == "--read":  # the process callgrind runs
        read_pages(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--passes":  # the process callgrind runs
        extract_passes(int(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "monitor"), str(ROOT / "scrapers")],
                   check=True, capture_output=True)  # both runs start from bytecode
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages.pickle"
        n = fetch_pages(args.pages, pages)
        without = counted("--read", str(pages), str(Path(tmp) / "none.db"), "0")
        with_pages = counted("--read", str(pages), str(Path(tmp) / "all.db"), str(n))
    one, three = counted("--passes", "1"), counted("--passes", "3")
    print(f"pages: {n} pages")
    print(f"instructions_without_pages: {without / 1e6:.0f} M")
    print(f"instructions_per_page: {(with_pages - without) / n / 1e6:.2f} M")
    print(f"extract_texts: {len(TEXTS)} files")
    print(f"extract_import_instructions: {(one - (three - one) / 2) / 1e6:.0f} M")
    print(f"extract_pass_instructions: {(three - one) / 2 / 1e6:.1f} M")


if __name__ == "__main__":
    main()
