"""Record the demo site `monitor demo` serves (monitor/demo_site.json) from the fake site.

The installed package ships no fake site: the demo replays the responses a crawl of its two
sources got from FakeGovSite, plus the revised plan it publishes. Regenerate after a change to
the fake site, the seeds or the scrapers' requests (tests/test_demo.py says when):

    cd tests && python -m support.demosite ../monitor/demo_site.json
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from urllib.parse import parse_qs

import httpx

from monitor import seedformat
from monitor.demo import DEMO_SOURCES, revised
from monitor.fetch import Fetcher, tls_context
from support.crawling import crawl_all
from support.fakesite import FakeGovSite

SHIPPED = Path(__file__).resolve().parents[2] / "monitor" / "demo_site.json"
NOTE = "Recorded from the fake site (tests/support/fakesite.py) by tests/support/demosite.py; do not edit."


def record() -> dict:
    """Crawl the demo sources of a fake site (2 fillers a column) and keep every response, and the revision."""
    with FakeGovSite(fillers=2) as site, tempfile.TemporaryDirectory() as tmp, \
            Fetcher(delay=0, retries=0, timeout=10, allow_private=True, transport=httpx.HTTPTransport(verify=tls_context())) as fetcher:
        sources = [s for s in site.sources() if s.name in DEMO_SOURCES]
        results = crawl_all(sources, fetcher, Path(tmp) / "record.db")
        failed = [f"{r.source}: {r.errors}" for r in results if r.outcome != "ok"]
        if failed:
            raise RuntimeError(f"recording the demo site: the crawl failed: {failed}")
        pages = {}
        for hit in site.hits:
            target = hit.path + (f"?{hit.query}" if hit.query else "")
            pages[target] = _response(site, hit.path, hit.query)
        path = site.page_url("000").removeprefix(site.base_url)
        site.revise("000", revised(seedformat.render(site.document("000"))))
        return {
            "note": NOTE,
            "sources": [{"name": s.name, "scraper": s.scraper, "path": s.url.removeprefix(site.base_url), "title": s.title}
                        for s in sources],
            "pages": dict(sorted(pages.items())),
            "revised": path,
            "revisions": {path: _response(site, path, "")},
        }


def _response(site: FakeGovSite, path: str, query: str) -> dict:
    """What the fake site serves for one request, as the demo site stores it."""
    status, body, ctype, modified = site.render(path, parse_qs(query))
    if status != 200:
        raise RuntimeError(f"recording the demo site: {path}?{query} answered {status}")
    return {"type": ctype, "modified": modified, "body": body.decode("utf-8")}


def dumps(recording: dict) -> str:
    """The recording as the file holds it: sorted, indented, Chinese kept as characters."""
    return json.dumps(recording, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> None:
    """Write the recording to the path given (default: monitor/demo_site.json)."""
    target = Path(argv[0]) if argv else SHIPPED
    target.write_text(dumps(record()), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
