"""Extraction speed on the five seeds, one process, one core.

The seeds are parsed once; `monitor.extract.extract` then runs over all five
repeatedly for a fixed time. Throughput counts the source text extracted: the
UTF-8 bytes of each document body (what `extract` reads), in MB (10^6 bytes).
`extract_mb_per_s` uses the median round, so a burst of work from another
process on a shared machine does not decide the figure; the mean and the best
round are printed too.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/extract.py [--seconds 5] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract import extract  # noqa: E402
from monitor.seedformat import parse_file  # noqa: E402


def main() -> None:
    """Extract the seeds for a while and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run first")
    args = parser.parse_args()

    docs = [parse_file(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    megabytes = sum(len(d.body.encode("utf-8")) for d in docs) / 1e6
    records = sum(len(f.targets) + len(f.actuals) for f in map(extract, docs))  # also warms up

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(20):
            for d in docs:
                extract(d)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)

    times: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        t0 = time.perf_counter()
        for d in docs:
            extract(d)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    mean = sum(times) / len(times)

    print(f"documents: {len(docs)} docs")
    print(f"records_per_round: {records} records")
    print(f"rounds: {len(times)} rounds")
    print(f"median_ms_per_round: {1000 * median:.2f} ms")
    print(f"mean_ms_per_round: {1000 * mean:.2f} ms")
    print(f"best_ms_per_round: {1000 * min(times):.2f} ms")
    print(f"source_mb: {megabytes:.4f} MB")
    print(f"mean_mb_per_s: {megabytes / mean:.2f} MB/s")
    print(f"extract_mb_per_s: {megabytes / median:.2f} MB/s")


if __name__ == "__main__":
    main()
