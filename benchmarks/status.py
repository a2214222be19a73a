"""`monitor status` (and its health check, `status --check`, which the Docker image runs every 5 minutes) on a
store of national shape: many sources, each with its documents, versions, changes and runs.

The store is written with plain INSERTs (rows of the real schema, made by the real migrations), not by crawling:
what is measured is reading it. Timed (wall and CPU: on a shared machine the CPU figure is the one to compare): `status.collect`, which reads each source's last run, failure streak, last
change, waiting alerts, suspect versions and files not read.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/status.py [--sources 4000] [--docs 10] [--days 365] [--db PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import status, store  # noqa: E402
from monitor.config import Config  # noqa: E402
from monitor.sources import Source  # noqa: E402

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=timezone.utc)


def build(path: Path, sources: int, docs: int, days: int) -> list[Source]:
    """A store with `sources` sources of `docs` documents each (two versions, a change, a file), a run a day."""
    db = store.open_db(path)
    listed = [Source(f"town-{s:05d}", "", f"http://gov{s % 3000}.example/col{s}/index.html", f"镇{s}") for s in range(sources)]
    with db.conn:
        db.conn.executemany("INSERT INTO sources (id, key, name, url, created_at) VALUES (?, ?, ?, ?, ?)",
                            [(s + 1, src.name, src.title, src.url, "2026-01-01T00:00:00+00:00") for s, src in enumerate(listed)])
        doc_rows, version_rows, change_rows, file_rows, run_rows = [], [], [], [], []
        for s in range(sources):
            for k in range(docs):
                d = s * docs + k + 1
                doc_rows.append((d, f"http://gov{s % 3000}.example/col{s}/art{k}.html", s + 1, 2 * d))
                for seq in (1, 2):
                    v = 2 * d - 2 + seq
                    version_rows.append((v, d, seq, f"{v:064x}", "suspect" if (d % 997 == 0 and seq == 2) else None))
                change_rows.append((2 * d, 2 * d - 1, "changed", (NOW - timedelta(days=d % 300)).isoformat()))
                file_rows.append((2 * d, 1, "附件", f"http://gov{s % 3000}.example/f{d}.pdf",
                                  "fetch failed" if d % 499 == 0 else "ok"))
            for day in range(days):
                started = (NOW - timedelta(days=day, hours=1)).isoformat()
                run_rows.append((s + 1, started, started, "ok"))
        db.conn.executemany("INSERT INTO documents (id, url, source_id, current_version_id) VALUES (?, ?, ?, ?)", doc_rows)
        db.conn.executemany("INSERT INTO versions (id, document_id, seq, sha256, hold) VALUES (?, ?, ?, ?, ?)", version_rows)
        db.conn.executemany("INSERT INTO changes (version_id, base_version_id, change, detected_at) VALUES (?, ?, ?, ?)",
                            change_rows)
        db.conn.executemany("INSERT INTO version_files (version_id, seq, name, url, status) VALUES (?, ?, ?, ?, ?)", file_rows)
        db.conn.executemany("INSERT INTO runs (source_id, started_at, finished_at, outcome) VALUES (?, ?, ?, ?)", run_rows)
    db.close()
    return listed


def main() -> None:
    """Build the store, time `monitor status` on it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=4000)
    parser.add_argument("--docs", type=int, default=10, help="documents per source")
    parser.add_argument("--days", type=int, default=365, help="daily runs recorded per source")
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "monitor.db"
    listed = build(path, args.sources, args.docs, args.days)
    config = Config(path=None, database=path, sources=tuple(listed))
    started, cpu = time.perf_counter(), time.process_time()
    data = status.collect(config, now=NOW)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(data["sources"]) == args.sources
    print(f"store: {args.sources} sources, {args.sources * args.docs} documents, {2 * args.sources * args.docs} versions, "
          f"{args.sources * args.days} runs")
    print(f"status_sources: {args.sources} sources")
    print(f"status_s: {took:.2f} s")
    print(f"status_cpu_s: {cpu:.2f} s")
    print(f"status_cpu_ms_per_source: {1000 * cpu / args.sources:.3f} ms")


if __name__ == "__main__":
    main()
