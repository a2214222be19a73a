"""A fair race against urlwatch 2.29 on the same fake-site pages (loopback, politeness off for both).

urlwatch (the `bench` extra: pip install -e ".[bench]") gets one job per detail page, the body
selected with the scraper's CSS selector (#zoom) and converted to text (html2text), its ETag
kept for conditional GETs. The project gets the same columns as sources and does its full work
with `monitor run --once`: list pages, detail pages, parse, normalize, extract targets, store,
diff. Both run as their own processes against a fresh fake site each; rounds alternate which
goes first. Three runs each: the first (empty state), an unchanged re-check, and a re-check
after 5% of the pages were revised (one sentence with a target added).

Both tools run from bytecode, as installed programs do: the project, its dependencies and urlwatch are
compiled once before the first run (`compileall`), so a process started with PYTHONDONTWRITEBYTECODE=1
(set in some environments) does not compile either tool from source at every start.

Ratios are urlwatch's time over the project's (above 1: the project is faster). CPU is that
of the tool's process and its children (resource.getrusage), per page.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/vs_urlwatch.py [--fillers 100] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the development package: support.fakesite

import httpx  # noqa: E402
from selectolax.lexbor import LexborHTMLParser as HTMLParser  # noqa: E402

from monitor import seedformat  # noqa: E402
from monitor.reader import CONTAINERS  # noqa: E402
from support.fakesite import FakeGovSite  # noqa: E402

BIN = Path(sys.executable).parent
PHASES = ("first", "recheck", "changed")
ADDED = "新增目标：建成美丽乡村示范点3个。"  # the revision: one sentence with a target


def urlwatch_files(site: FakeGovSite, state: Path, urlwatch: str) -> list[str]:
    """The urlwatch command for this site: one job per detail page, the body as text."""
    jobs = []
    for column in site.columns:
        urls = site.page_urls(column.name)
        body = body_css(httpx.get(urls[0]).text, urls[0])
        for url in urls:
            jobs.append(f"name: {url}\nurl: {url}\nfilter:\n  - css: '{body}'\n  - html2text\n")
    (state / "urls.yaml").write_text("---\n".join(jobs), encoding="utf-8")
    (state / "urlwatch.yaml").write_text(
        "display: {new: true, error: true, unchanged: false, empty-diff: false}\n"
        "report:\n  stdout: {enabled: true, color: false}\n", encoding="utf-8")
    (state / "hooks.py").write_text("", encoding="utf-8")
    return [urlwatch, "--urls", str(state / "urls.yaml"), "--config", str(state / "urlwatch.yaml"),
            "--hooks", str(state / "hooks.py"), "--cache", str(state / "cache.db")]


def body_css(html: str, url: str) -> str:
    """The body container of a column's pages, as the generic reader finds it first (monitor.reader.CONTAINERS)."""
    tree = HTMLParser(html)
    for css in CONTAINERS:
        if tree.css_first(css) is not None:
            return css
    raise SystemExit(f"{url}: none of the reader's body containers is on the page")


def monitor_files(site: FakeGovSite, state: Path) -> list[str]:
    """The `monitor run --once` command for this site: its columns as sources, politeness off."""
    sources = "".join(f'\n[[sources]]\nname = "{s.name}"\nscraper = "{s.scraper}"\nurl = "{s.url}"\n'
                      for s in site.sources())
    (state / "monitor.toml").write_text(f"[fetch]\ndelay = 0\nallow_private = true\n{sources}", encoding="utf-8")
    return [str(BIN / "monitor"), "run", "--once", "--json", "--config", str(state / "monitor.toml"), "--db", str(state / "m.db")]


def compiled() -> None:
    """Compile the project and the site-packages (urlwatch, httpx, ...) once: both tools start from bytecode."""
    paths = [str(ROOT / "monitor"), str(ROOT / "scrapers"), sysconfig.get_paths()["purelib"]]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", *paths], check=True, capture_output=True)


def timed(command: list[str]) -> tuple[float, float, str]:
    """Run a command to its end; (wall seconds, CPU seconds of it and its children, its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout[-1500:]}\n{done.stderr[-1500:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, done.stdout


def counts(tool: str, output: str) -> tuple[int, int]:
    """(new, changed) pages a run reported: urlwatch's report lines, the project's JSON summary."""
    if tool == "urlwatch":
        if "ERROR: " in output:
            raise SystemExit(f"urlwatch reported errors:\n{output[:1500]}")
        return tuple(len(set(re.findall(rf"\b{what}: (\S+)", output))) for what in ("NEW", "CHANGED"))  # type: ignore[return-value]
    summary = json.loads(output)["sources"]
    if any(s["outcome"] != "ok" for s in summary):
        raise SystemExit(f"monitor: not every source ok: {summary}")
    return sum(s["new"] for s in summary), sum(s["changed"] for s in summary)


def revise(site: FakeGovSite, share: float = 0.05) -> int:
    """Publish a revision of every 1/share-th page; how many."""
    paths = site.paths()[:: round(1 / share)]
    for path in paths:
        doc = site.document(path)
        site.revise(path, seedformat.render(replace(doc, paragraphs=(*doc.paragraphs, ADDED))))
    return len(paths)


def race(tool: str, fillers: int, urlwatch: str) -> dict[str, tuple[float, float]]:
    """The three runs of one tool against a fresh site; {phase: (wall s, CPU s)}."""
    out = {}
    with FakeGovSite(fillers=fillers) as site, tempfile.TemporaryDirectory() as tmp:
        site.prerender()
        pages = len(site.paths())
        if tool == "urlwatch":
            command = urlwatch_files(site, Path(tmp), urlwatch)
        else:
            command = monitor_files(site, Path(tmp))
        wanted = {"first": (pages, 0), "recheck": (0, 0), "changed": (0, -1)}
        for phase in PHASES:
            if phase == "changed":
                wanted[phase] = (0, revise(site))
            wall, cpu, output = timed(command)
            if counts(tool, output) != wanted[phase]:
                raise SystemExit(f"{tool}, {phase}: reported (new, changed) {counts(tool, output)}, expected {wanted[phase]}")
            out[phase] = (wall, cpu)
    return out


def main() -> None:
    """Alternate the tools for some rounds; print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fillers", type=int, default=100, help="filler pages per column (6 columns)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--urlwatch", default=str(BIN / "urlwatch"), help="the urlwatch program")
    args = parser.parse_args()
    if not shutil.which(args.urlwatch):
        raise SystemExit('urlwatch is not installed: pip install -e ".[bench]"')
    compiled()
    pages = len(FakeGovSite(fillers=args.fillers).paths())
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {"urlwatch": [], "monitor": []}
    for n in range(args.rounds):
        for tool in (("urlwatch", "monitor") if n % 2 == 0 else ("monitor", "urlwatch")):
            runs[tool].append(race(tool, args.fillers, args.urlwatch))
            print(f"round {n + 1} {tool}: " + ", ".join(f"{p} {w:.2f} s ({c:.2f} s CPU)" for p, (w, c) in runs[tool][-1].items()))
    figures = []
    for phase in PHASES:
        wall = {t: statistics.median(r[phase][0] for r in runs[t]) for t in runs}
        cpu = {t: statistics.median(r[phase][1] for r in runs[t]) for t in runs}
        figures += [f"{phase}_urlwatch_s: {wall['urlwatch']:.2f} s", f"{phase}_monitor_s: {wall['monitor']:.2f} s",
                    f"{phase}_urlwatch_cpu_ms_per_page: {cpu['urlwatch'] / pages * 1000:.2f} ms",
                    f"{phase}_monitor_cpu_ms_per_page: {cpu['monitor'] / pages * 1000:.2f} ms",
                    f"{phase}_ratio: {wall['urlwatch'] / wall['monitor']:.2f} x"]
    print(f"{pages} detail pages, {args.rounds} rounds, medians")
    print("\n".join(figures))


if __name__ == "__main__":
    main()
