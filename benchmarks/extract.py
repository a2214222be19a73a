"""Extraction speed on the five seeds, one process, one core.

The seeds are parsed once; `monitor.extract.extract` then runs over all five
repeatedly for a fixed time. Throughput counts the source text extracted: the
UTF-8 bytes of each document body (what `extract` reads), in MB (10^6 bytes).
`extract_mb_per_s` uses the median round, so a burst of work from another
process on a shared machine does not decide the figure; the mean and the best
round are printed too.

`extract_worst_case_s` is the time to extract one generated paragraph of 1 MB dense
with numbers (units, Chinese numerals, ranges, hedges, lists; once with clause marks
and once without any punctuation, the slower of the two): extraction time must grow
linearly with the length of a paragraph (issue 12.5), so this stays in seconds.

`extract_vs_scan` is the cost of extraction against the cheapest honest reading of the
same text (issue 15.2): each round times `extract` over the five seeds and, right after,
a plain scan of the same bodies for numbers (one compiled regex, finditer, matches
counted); the figure is the median extraction round over the median scan round. The
same ratio on the real reports of ../shared/corpus/texts (`--corpus`) is printed as
`corpus_extract_vs_scan`, with their throughput as `corpus_extract_mb_per_s`.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/extract.py [--seconds 5] [--profile] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.extract import extract, extract_body  # noqa: E402
from monitor.errors import NoHeaderError  # noqa: E402
from monitor.models import Document  # noqa: E402
from monitor.seedformat import parse_file, parse_plain, read_capture  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "texts"
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")  # the plain scan extraction is measured against


_CLAUSES = (
    "力争新增城镇就业{n}人", "地区生产总值增长{p}%左右", "建成5G基站{n}个、标准厂房{n}万平方米",
    "确保粮食产量稳定在{p}万吨以上", "新建改造农村公路{p}公里", "培育规上企业{cn}家",
    "固定资产投资增长{p}%—{q}%", "一批项目", "两个确立", "已完成投资{p}亿元", "实施“十个一”行动",
    "城镇化率提高到{p}%", "PM2.5平均浓度控制在{p}微克/立方米以内", "总投资{n}亿元的产业园项目",
)
_CN = ("一", "两", "三", "十二", "二十五", "一百")


def dense_paragraph(megabytes: float, punctuated: bool) -> str:
    """One paragraph of about `megabytes` MB (UTF-8), dense with numbers, under a plan heading."""
    parts, size, i = ["2025年工作安排\n"], 0, 0
    limit = int(megabytes * 1e6)
    while size < limit:
        c = _CLAUSES[i % len(_CLAUSES)].format(n=100 + i % 900, p=1 + i % 97, q=2 + i % 97, cn=_CN[i % len(_CN)])
        c += ("," if i % 3 else ";") if punctuated else ""
        parts.append(c)
        size += len(c.encode("utf-8"))
        i += 1
    return "".join(parts)


def worst_case_seconds(megabytes: float = 1.0) -> float:
    """Seconds to extract the slower of the two dense paragraphs of `megabytes` MB."""
    worst = 0.0
    for punctuated in (True, False):
        body = dense_paragraph(megabytes, punctuated)
        t0 = time.perf_counter()
        extract_body(body, "2025年工作计划")
        worst = max(worst, time.perf_counter() - t0)
    return worst


def load(path: Path) -> Document:
    """A capture, or a plain text without a capture header (as `monitor extract` reads it)."""
    try:
        return parse_file(path)
    except NoHeaderError:
        return parse_plain(read_capture(path), str(path))


def scan(body: str) -> int:
    """The plain scan: how many digit runs (with decimals) a body holds."""
    return sum(1 for _ in NUMBER_RE.finditer(body))


def rounds(docs: list[Document], seconds: float) -> tuple[list[float], list[float]]:
    """Seconds per round of extracting all `docs`, and of scanning their bodies, for a while."""
    extract_times: list[float] = []
    scan_times: list[float] = []
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        t0 = time.perf_counter()
        for d in docs:
            extract(d)
        t1 = time.perf_counter()
        for d in docs:
            scan(d.body)
        t2 = time.perf_counter()
        extract_times.append(t1 - t0)
        scan_times.append(t2 - t1)
    return extract_times, scan_times


def main() -> None:
    """Extract the seeds for a while and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run first")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"folder of real reports (default {CORPUS})")
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

    times, scan_times = rounds(docs, args.seconds)
    median = statistics.median(times)
    mean = sum(times) / len(times)
    corpus = [load(p) for p in sorted(args.corpus.glob("*.txt"))] if args.corpus.is_dir() else []
    if corpus:
        corpus_mb = sum(len(d.body.encode("utf-8")) for d in corpus) / 1e6
        for d in corpus:
            extract(d)  # warm up
        c_times, c_scan_times = rounds(corpus, args.seconds)

    print(f"documents: {len(docs)} docs")
    print(f"records_per_round: {records} records")
    print(f"rounds: {len(times)} rounds")
    print(f"median_ms_per_round: {1000 * median:.2f} ms")
    print(f"mean_ms_per_round: {1000 * mean:.2f} ms")
    print(f"best_ms_per_round: {1000 * min(times):.2f} ms")
    print(f"source_mb: {megabytes:.4f} MB")
    print(f"mean_mb_per_s: {megabytes / mean:.2f} MB/s")
    print(f"extract_mb_per_s: {megabytes / median:.2f} MB/s")
    print(f"scan_ms_per_round: {1000 * statistics.median(scan_times):.3f} ms")
    if corpus:
        print(f"corpus_documents: {len(corpus)} docs")
        print(f"corpus_extract_mb_per_s: {corpus_mb / statistics.median(c_times):.2f} MB/s")
        print(f"corpus_extract_vs_scan: {statistics.median(c_times) / statistics.median(c_scan_times):.1f} x")
    print(f"extract_worst_case_s: {worst_case_seconds(1.0):.2f} s")
    print(f"extract_vs_scan: {median / statistics.median(scan_times):.1f} x")


if __name__ == "__main__":
    main()
