"""Ingest speed of the store on a generated corpus made by varying the five seeds.

Each generated town takes one seed as its template and publishes one plan a year; every plan
has its own numbers (each quantity scaled by a random factor), year, 索引号 and URL. Timed:

* ingest: parse the capture text + extract + store (version, targets) + diff against the
  town's earlier plan + write the changes, for every document (all new);
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

from monitor import seedformat, store  # noqa: E402
from monitor.models import Document  # noqa: E402

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
    """Parse and ingest every capture; seconds taken. Fails loudly on an unexpected status."""
    start = time.perf_counter()
    for name, text in texts:
        doc = seedformat.parse(text, name)
        result = store.ingest(db, doc, raw=text.encode())
        if result.status != expect and not (expect == "new" and result.status == "new"):
            raise SystemExit(f"{name}: {result.status}, expected {expect}")
    return time.perf_counter() - start


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
    from monitor.extract import extract  # warm the extractor's imports and patterns

    extract(seedformat.parse(texts[0][1]))
    profiler = cProfile.Profile() if args.profile else None

    if profiler and args.profile == "ingest":
        profiler.enable()
    ingest_s = run(db, texts, "new")
    if profiler and args.profile == "ingest":
        profiler.disable()
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
    print(f"ingest_docs_per_s: {len(texts) / ingest_s:.0f} docs/s")
    print(f"recheck_docs_per_s: {len(texts) / recheck_s:.0f} docs/s")
    print(f"db_bytes_per_version: {size / versions:.0f} bytes")


if __name__ == "__main__":
    main()
