"""Crawling one source: list pages, new or changed detail pages, parse, store, record the run.

`crawl_source(db, source, fetcher)`:

1. reads the source's list pages (the scraper says how to page) and keeps the entries on the
   source's own host, each URL once;
2. fetches every detail page with the validators stored for it (If-None-Match /
   If-Modified-Since), up to the source's `connections_per_host` at once: a 304 only moves
   `last_seen` on, nothing is parsed;
3. parses the others with the scraper; a page naming attachments (附件: PDF, DOCX, ...) gets
   them fetched (`_with_attachments`: the source's host or its allow_hosts, conditionally, the
   stored copy on a 304 or a failure) and read into it (monitor.attachments);
4. hands the Document, the raw bytes and the files' bytes to `pipeline.ingest`, which keeps a
   new version only when the content changed and queues its alerts in the same transaction; with
   `reread=True`: a page whose bytes (and its files') are those of the stored version but whose
   text is not was read differently by a newer reader, and is stored without a change or an
   alert (`RunResult.reread`, logged);
5. records the run (counts, requests, errors) in the store.

A page that fails to fetch or parse is an error of the run and never a version: the previous
version stays the diff baseline. `for_each_host` runs a check over many sources, one thread
per host: `monitor run`, `serve`, the tests and the benchmarks all go through it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlencode, urlsplit

from sqlite_utils import Database

from monitor import store
from monitor.errors import ConfigError, FetchError, Interrupted, MonitorError, ParseError, StoreError, TooLarge
from monitor.fetch import Fetcher, Page, SourceFetcher, host_allowed
from monitor.models import Attachment, ChangeSet, Document, Extraction, Target
from monitor.scraper import Entry, ListPage, Scraper
from monitor.sources import Source
from monitor.workers import Pool, ordered_map
from scrapers import SCRAPERS
from scrapers.detect import detect, template_of

if TYPE_CHECKING:
    from monitor.outbox import Alerts
    from monitor.pipeline import FetchedFile

# What a run needs only for the pages it stores (the pipeline: extraction, diff, alerts, attachments) is
# imported where such a page is handled, so a re-check that finds nothing new loads none of it. The
# extractor and the detail-page reader are imported before worker processes fork (Pool(modules=...)), so they share them.
WORKER_MODULES = ("monitor.extract", "monitor.reader")


# One writer at a time in this process: SQLite allows one anyway, and its busy wait polls with
# growing sleeps (up to 100 ms) while a Python lock hands over at once; with 1,000 hosts' threads
# storing, the polling left the database idle and the hosts waiting.
_WRITING = threading.Lock()
# One connection opened at a time: open_db runs pragmas, registers functions and checks the schema,
# and 1,000 host threads doing that at once spent 7-8 s, mostly in the kernel, contending for the file.
_OPENING = threading.Lock()
log = logging.getLogger("monitor.crawl")
_RUN = threading.local()  # .pool: the worker pool of the run (for_each_host) this thread checks sources for


@dataclass
class RunResult:
    """What one check of a source did."""

    source: str
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    changesets: list[ChangeSet] = field(default_factory=list)
    requests: int = 0
    reverted: int = 0  # content equal to an older version again (alerted as a change back)
    reread: int = 0  # the same bytes read into another text by a newer reader: stored, not alerted
    alerts: int = 0  # change alerts queued with their versions
    listed: int = 0  # documents the list pages gave on the source's host
    warnings: list[str] = field(default_factory=list)  # list records skipped (no link), files not read: the run is still ok
    list_unit: str | None = None  # the first page URL of the unit chosen among several on the column page
    template: str | None = None  # the list template: the declared scraper's key, or "jpaas (detected: ...)"
    failed_urls: list[str] = field(default_factory=list)  # pages that could not be fetched or parsed
    stopped: int = 0  # pages not asked for because the monitor is stopping: not failed, the next run asks
    interrupted: str = ""  # the list page or file at which the monitor stopped, when it stopped before the pages

    @property
    def outcome(self) -> str:
        """"ok", "partial" (some pages failed), "failed" (nothing could be checked) or "interrupted" (the monitor
        stopped before every listed page was asked for: not a failure, the next run asks for the rest)."""
        if self.stopped or self.interrupted:
            return "interrupted"
        if not self.errors:
            return "ok"
        return "partial" if self.new + self.changed + self.unchanged + self.reverted + self.reread else "failed"


def crawl_source(
    db,
    source: Source,
    fetcher: Fetcher,
    *,
    scraper: Scraper | None = None,
    workers: int | None = None,
    alerts: Alerts | None = None,
    pool: Pool | None = None,
) -> RunResult:
    """Check one source and record the run; errors are collected in the result, not raised.

    `alerts` says where change sets are announced (queued with each version); None queues none.

    Parsing and extraction run in worker processes once a run has more than a few new or changed pages
    (monitor.workers), so a first crawl uses every core while a daily re-check stays in one process. The
    processes are `pool`'s, else those of the for_each_host run this thread works for, else `workers` of its
    own (default: one per core but this process's). Pages are stored in list order either way.
    """
    if pool is None and workers is None:
        pool = getattr(_RUN, "pool", None)
    with _WRITING:
        run_id = store.start_run(db, source.name)
        store.ensure_source(db, source.name, name=source.title or None, url=source.url)
    result = RunResult(source.name)
    fetcher = bound(fetcher, source)
    try:
        active, entries = list_entries(_scraper(source, scraper), source, fetcher, result)
        fetched: dict[str, Page] = {}  # the pages handed to the parser and not yet stored (a window's worth)
        # closed here, not by the garbage collector: the last 304s' write (its finally) may fail too (the store
        # locked or full), and that error is this source's, not an "Exception ignored" traceback on stderr
        with contextlib.closing(_changed_pages(db, source, entries, fetcher, result)) as changed:
            texts = ((url, _held(fetched, url, page)) for url, page in changed)
            for (url, _), parsed in ordered_map(partial(_parse, active), texts, workers, pool=pool, modules=WORKER_MODULES):
                page, files = fetched.pop(url), ()
                outcome = parsed if isinstance(parsed, MonitorError) else (parsed[0], _unpacked(parsed[1]))
                if not isinstance(outcome, MonitorError) and outcome[0].attachments:
                    outcome, files = _with_attachments(db, source, outcome[0], fetcher, result)
                _store(db, source, url, page, outcome, result, alerts, files)
    except Interrupted as exc:  # at a list page or a file: the pages not reached are asked for by the next run
        result.interrupted = exc.url
    except (ConfigError, FetchError, ParseError) as exc:  # the list itself could not be read
        result.errors.append(f"{source.name}: {exc}")
    except StoreError as exc:
        result.errors.append(f"{source.name}: {exc}")
        result.failed += 1
    except Exception as exc:  # noqa: BLE001 - a bug met on this source's pages fails the source, not the run
        log.debug("%s: unexpected error", source.name, exc_info=True)
        result.errors.append(f"{source.name}: unexpected error, a bug in the monitor "
                             f"({type(exc).__name__}: {exc}); the other sources go on")
    if result.reread:
        log.info("%s: %d documents were re-read by a newer reader (the same page bytes, another text): stored "
                 "without a change set or an alert", source.name, result.reread)
    with _WRITING:
        store.finish_run(
            db,
            run_id,
            outcome=result.outcome,
            error="\n".join(result.errors) or None,
            new=result.new,
            changed=result.changed,
            unchanged=result.unchanged + result.reverted + result.reread,
            failed=result.failed,
            requests=result.requests,
            failed_urls=result.failed_urls,
        )
    return result


R = TypeVar("R")


def for_each_host(
    sources: Iterable[Source],
    check: Callable[[Database, Source], R],
    db_path: str | Path | None = None,
    *,
    stop: threading.Event | None = None,
    hosts_in_parallel: int = 64,
    workers: int | None = None,
    release: Callable[[str], None] | None = None,
) -> dict[str, R]:
    """check(db, source) for every source: hosts in parallel (one thread and database connection each),
    a host's sources in turn; {source name: result}, without the sources skipped once `stop` was set.
    `release(host)` is called when a host's sources are done (Fetcher.release: its connections closed).

    The crawl_source calls of every thread share one Pool of `workers` processes (monitor.workers): it
    starts once the whole run has more than a few pages to parse, and only once."""
    by_host: dict[str, list[Source]] = {}
    for s in sources:
        by_host.setdefault(s.host, []).append(s)

    def run(group: list[Source]) -> list[tuple[str, R]]:
        out = []
        with _OPENING:
            db = store.open_db(db_path)
        _RUN.pool = pool
        try:
            for source in group:
                if stop is not None and stop.is_set():
                    break
                out.append((source.name, check(db, source)))
        finally:
            _RUN.pool = None
            db.close()
            if release is not None:
                release(group[0].host)
        return out

    if not by_host:
        return {}
    store.open_db(db_path).close()  # created and migrated once, before the threads open it at once
    parallel = files_for_hosts(min(hosts_in_parallel, len(by_host)))
    with Pool(workers, modules=WORKER_MODULES) as pool, ThreadPoolExecutor(parallel, "check") as threads:
        done = {name: r for group in threads.map(run, by_host.values()) for name, r in group}
    _index_for_search(db_path)
    return done


def _index_for_search(db_path: str | Path) -> None:
    """Index the run's new versions in one batch; a store that fails here (locked, full) leaves them to the next
    run's batch and costs no source its report (search reads unindexed versions meanwhile)."""
    try:
        with contextlib.closing(store.open_db(db_path)) as db:
            store.index_for_search(db)
    except StoreError as exc:
        log.warning("search index not brought up to date (the next run does it): %s", exc)


# Open files a host thread holds: its database connection (file, WAL, shared memory) and a socket
# (closed with its connections when the host is done: `release`).
FILES_PER_HOST, FILES_SPARE = 4, 64


def files_for_hosts(hosts: int) -> int:
    """How many hosts can be checked at once within the open-file limit, raising the soft limit toward
    the hard one first (1,024 is a common soft limit: ~240 hosts); fewer, with a warning, if even that is short."""
    try:
        import resource
    except ImportError:  # not on Unix
        return hosts
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = FILES_SPARE + FILES_PER_HOST * hosts
    if soft == resource.RLIM_INFINITY or soft >= need:
        return hosts
    raised = need if hard == resource.RLIM_INFINITY else min(need, hard)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
        soft = raised
    except (ValueError, OSError):
        pass
    fits = max(1, (soft - FILES_SPARE) // FILES_PER_HOST)
    if fits < hosts:
        log.warning("checking %d hosts at once, not %d: the open-file limit is %d (raise it with ulimit -n, "
                    "or lower hosts_in_parallel)", fits, hosts, soft)
        return fits
    return hosts


def bound(fetcher: Fetcher | SourceFetcher, source: Source) -> SourceFetcher:
    """The fetcher confined to the source's host (under its own policy) unless it is already bound."""
    return fetcher if isinstance(fetcher, SourceFetcher) else SourceFetcher(fetcher, fetcher.policy, source.host)


def list_entries(
    scraper: Scraper | None, source: Source, fetcher: Fetcher, result: RunResult
) -> tuple[Scraper, list[Entry]]:
    """The scraper (detected from the column page when None) and every entry of the source's list pages
    that lives on the source's host, each URL once.

    What the list says of itself is checked: a page read twice, or a page repeating an earlier page's
    entries, while more entries are announced is an error naming the URL, and so is a list that ends
    with fewer entries than its stated total, or with fewer pages than it announces (a pager whose next
    page the monitor cannot follow); a list stating neither whose last page's 下一页 only runs a script is a
    warning naming that page. A later list page that cannot be fetched or read is an
    error naming its URL (the list is incomplete). The entries read are kept either way.
    """
    url: str | None = source.url
    form: tuple[tuple[str, str], ...] | None = None  # the fields to POST to url (a pager that posts a form)
    seen_pages: set[tuple[str, tuple | None]] = set()
    seen_lists: dict[tuple, str] = {}  # (path, entry URLs) of each page -> its URL: a server repeating a page
    entries: dict[str, Entry] = {}
    read = 0  # records the pages listed (on any host, skipped ones and a pinned item's repeat included)
    total: int | None = None
    pages: int | None = None  # list pages announced (共N页)
    scripted: str | None = None  # the last page's 下一页 that only a browser's script follows
    limit = fetcher.policy.max_entries
    while url:
        where = url + (f" (POST {urlencode(form)})" if form is not None else "")
        if (url, form) in seen_pages:
            result.errors.append(f"{source.name}: list page {where} was already read, "
                                 f"but the list announces {total} entries and {read} were read")
            return scraper, _listed(entries, result)
        if scraper is not None and len(seen_pages) >= scraper.max_pages:
            result.errors.append(f"{source.name}: stopped after {scraper.max_pages} list pages at {where}")
            return scraper, _listed(entries, result)
        seen_pages.add((url, form))
        try:
            text = _get(fetcher, url, source, result, form)
            if scraper is None:
                found = detect(text, url)
                scraper = found.scraper.with_params(source.params)
                result.template = f"{found.template} (detected: {found.evidence})"
            elif result.template is None:
                result.template = f"{template_of(scraper)} (declared: scraper {scraper.key})"
            listed = scraper.parse_list(text, url)
            if listed.units:
                listed, url = _choose_unit(scraper, listed.units, source, fetcher, result)
        except (FetchError, ParseError) as exc:
            if len(seen_pages) == 1 or isinstance(exc, Interrupted):  # the list itself cannot be read
                raise
            result.errors.append(f"{source.name}: the list is incomplete: list page {where} could not be read "
                                 f"after {read} entries ({exc})")
            return scraper, _listed(entries, result)
        key = (urlsplit(url).path, tuple(e.url for e in listed.entries))
        if listed.entries and key in seen_lists and listed.next_url:
            result.errors.append(f"{source.name}: list page {where} repeats the entries of {seen_lists[key]} "
                                 f"while {listed.total} entries are announced and {read} were read")
            return scraper, _listed(entries, result)
        seen_lists.setdefault(key, where)
        total = listed.total if listed.total is not None else total
        pages = listed.pages if listed.pages is not None else pages
        scripted = listed.scripted
        read += (len(listed.entries) + len(listed.skipped)) if listed.counted else 0
        result.warnings += [f"{source.name}: {w}" for w in listed.skipped]
        for entry in listed.entries:
            if urlsplit(entry.url).netloc.lower() == source.host:
                entries.setdefault(entry.url, entry)
        if len(entries) >= limit and (listed.next_url or len(entries) > limit):
            result.errors.append(f"{source.name}: stopped after {limit} entries (fetch.max_entries) at {where}")
            return scraper, _listed(dict(list(entries.items())[:limit]), result)
        url, form = listed.next_url, listed.next_form
    if total is not None and read < total:
        result.errors.append(f"{source.name}: the list at {source.url} announces {total} entries, "
                             f"its pages gave {read}")
    elif pages is not None and len(seen_pages) < pages:
        result.errors.append(f"{source.name}: the list at {source.url} announces {pages} pages and the monitor read "
                             f"{len(seen_pages)}: list page {where} gives no next page it can follow")
    elif scripted and total is None and pages is None:
        result.warnings.append(f"{source.name}: list page {where} names no next page: its 下一页 runs {scripted}, "
                               f"which only a browser follows, and the list states no count; the monitor read "
                               f"{len(seen_pages)} list page{'s' if len(seen_pages) > 1 else ''}, later pages (if any) "
                               "are not watched")
    return scraper, _listed(entries, result)


def _listed(entries: dict[str, Entry], result: RunResult) -> list[Entry]:
    """The entries as a list, counted in the result."""
    result.listed = len(entries)
    return list(entries.values())


def _get(fetcher: Fetcher, url: str, source: Source, result: RunResult,
         form: tuple[tuple[str, str], ...] | None = None) -> str:
    """One list page's text (its form POSTed when it has one), its requests counted."""
    try:
        page = fetcher.get(url, referer=source.url, **({"form": dict(form)} if form is not None else {}))
    except FetchError as exc:
        result.requests += exc.attempts
        raise
    result.requests += page.attempts
    return page.text


def _choose_unit(
    scraper: Scraper, units: tuple[str, ...], source: Source, fetcher: Fetcher, result: RunResult
) -> tuple[ListPage, str]:
    """The first page of the document list among a column page's units: the one that pages a count of entries.

    Units that are not lists (menus, banners) answer without a pagination, or not at all; among lists, the
    longest wins.
    """
    lists: list[tuple[ListPage, str]] = []
    refused: list[str] = []
    for unit in units:
        try:
            page = scraper.parse_list(_get(fetcher, unit, source, result), unit)
        except Interrupted:  # stopping is no refusal: the unit was not asked
            raise
        except (FetchError, ParseError) as exc:
            refused.append(str(exc))
            continue
        if page.total is not None:
            lists.append((page, unit))
    if not lists:
        raise ParseError(f"none of the {len(units)} list units of {source.url} answers with a paged list: "
                         + "; ".join(refused))
    lists.sort(key=lambda found: -(found[0].total or 0))
    result.list_unit = lists[0][1]
    return lists[0]


def preview(source: Source, fetcher: Fetcher, limit: int = 3) -> dict:
    """A dry run of one source, storing nothing: its list entries and its first `limit` documents as parsed."""
    from monitor.extract import extract

    result = RunResult(source.name)
    fetcher = bound(fetcher, source)
    out: dict = {"source": source.name, "scraper": source.scraper, "url": source.url, "entries": [], "documents": []}
    try:
        scraper, entries = list_entries(_scraper(source, None), source, fetcher, result)
    except (ConfigError, FetchError, ParseError) as exc:
        result.errors.append(str(exc))
        entries = []
    out["entries"] = [{"url": e.url, "title": e.title, "date": e.date} for e in entries]
    for entry in entries[:limit]:
        try:
            page = fetcher.get(entry.url, referer=source.url)
            result.requests += page.attempts
            reading = scraper.read_detail(page.text, entry.url)
            doc = reading.document
        except (FetchError, ParseError) as exc:
            result.errors.append(str(exc))
            continue
        found = extract(doc)
        out["documents"].append({
            "url": entry.url, "encoding": page.encoding, "bytes": len(page.content), "metadata": doc.metadata(),
            "paragraphs": len(doc.paragraphs), "first_paragraph": doc.paragraphs[0] if doc.paragraphs else None, "targets": len(found.targets),
            "found": reading.found,
        })
    out["errors"], out["requests"], out["warnings"] = result.errors, result.requests, result.warnings
    out["template"], out["list_unit"] = result.template, result.list_unit
    return out


def source_entry(source: Source, checked: dict) -> str:
    """The [[sources]] TOML entry of a column checked by `preview`: its scraper when declared (else none: detected
    at each run), the template as a comment, its params and the list unit chosen among several as its list_tag."""
    from urllib.parse import parse_qs

    lines = ["[[sources]]", f"name = {_toml(source.name)}"]
    lines += [f"title = {_toml(source.title)}"] if source.title else []
    lines += [f"scraper = {_toml(source.scraper)}"] if source.scraper else []
    lines += [f"url = {_toml(source.url)}", f"# template: {checked['template']}; {len(checked['entries'])} documents listed"]
    params = dict(source.params)
    if checked.get("list_unit"):
        params["list_tag"] = parse_qs(urlsplit(checked["list_unit"]).query).get("tagId", [""])[0]
    if params:
        inline = ", ".join(f"{key} = {_toml(str(value))}" for key, value in params.items())
        note = "  # the list among the column page's units" if "list_tag" in params and len(params) == 1 else ""
        lines.append(f"params = {{ {inline} }}{note}")
    return "\n".join(lines) + "\n"


def _toml(text: str) -> str:
    """A TOML basic string."""
    import json

    return json.dumps(text, ensure_ascii=False)


def _scraper(source: Source, scraper: Scraper | None) -> Scraper | None:
    """The source's scraper with its params applied; None when the template is detected at run time."""
    if scraper is None and not source.scraper:
        return None
    if scraper is None:
        scraper = SCRAPERS.get(source.scraper)
        if scraper is None:
            raise ConfigError(f"unknown scraper {source.scraper!r} (known: {', '.join(sorted(SCRAPERS))})")
    return scraper.with_params(source.params)


# 304s whose last_seen waits to be written in one transaction: a kill -9 loses at most this many
# last_seen updates (they lag by one run), never a version or an alert.
_TOUCH_BATCH = 256


def _changed_pages(
    db, source: Source, entries: list[Entry], fetcher: Fetcher, result: RunResult
) -> Iterator[tuple[str, Page]]:
    """(entry URL, page) of every entry that is new or changed, in list order; 304s and failures are counted,
    not yielded.

    Up to the policy's `connections_per_host` pages are fetched at once (`_fetched`). At most `max_new_pages`
    pages never stored are fetched; the run says it stopped, the next run goes on. The 304s' last_seen is
    written in batches (`_TOUCH_BATCH`), the last one when the list is done or left.
    """
    unchanged: list[tuple[str, str]] = []
    try:
        for entry, got in _fetched(_wanted(db, source, entries, fetcher.policy.max_new_pages, result), fetcher, source):
            page = _counted(source, entry, got, result, unchanged)
            if len(unchanged) >= _TOUCH_BATCH:
                _touch(db, unchanged)
            if page is not None:
                yield entry.url, page
    finally:
        _touch(db, unchanged)


Validators = tuple[str | None, str | None]  # (ETag, Last-Modified) stored for a page


def _wanted(db, source: Source, entries: list[Entry], cap: int, result: RunResult) -> Iterator[tuple[Entry, Validators]]:
    """Each entry with its stored validators, up to `cap` entries never stored (the error says how many wait)."""
    new = 0
    for n, entry in enumerate(entries):
        known = store.stored_validators(db, entry.url)
        if known is None:
            if new >= cap:
                left = sum(1 for e in entries[n:] if store.document_by(db, "url", e.url) is None)
                result.errors.append(f"{source.name}: stopped after {cap} new pages (fetch.max_new_pages), "
                                     f"{left} more wait for the next run")
                return
            new += 1
        yield entry, known or (None, None)


def _fetched(wanted: Iterable[tuple[Entry, Validators]], fetcher: Fetcher,
             source: Source) -> Iterator[tuple[Entry, Page | FetchError]]:
    """(entry, its page or why it could not be fetched) in the order wanted, with up to the policy's
    `connections_per_host` requests in flight (the fetcher spaces their starts by `delay`).

    `wanted` is read in this thread (it reads the store); only the requests run in the fetching threads.
    """
    get = partial(_get_detail, fetcher, source)
    at_once = fetcher.policy.connections_per_host
    if at_once <= 1:
        yield from map(get, wanted)
        return
    threads = ThreadPoolExecutor(at_once, f"fetch-{source.host}")
    pending: deque[Future] = deque()
    try:
        for item in wanted:
            pending.append(threads.submit(get, item))
            if len(pending) >= 2 * at_once:  # every thread busy and as many queued: the next as soon as one is done
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        threads.shutdown(wait=True, cancel_futures=True)


def _get_detail(fetcher: Fetcher, source: Source, item: tuple[Entry, Validators]) -> tuple[Entry, Page | FetchError]:
    """One detail page fetched with its stored validators, or the FetchError saying why not."""
    entry, (etag, last_modified) = item
    try:
        return entry, fetcher.get(entry.url, etag=etag, last_modified=last_modified, referer=source.url)
    except FetchError as exc:
        return entry, exc


def _touch(db, unchanged: list[tuple[str, str]]) -> None:
    """Write the waiting 304s' last_seen (one transaction) and forget them."""
    with _WRITING:
        store.touch_all(db, unchanged)
    unchanged.clear()


def _counted(source: Source, entry: Entry, got: Page | FetchError, result: RunResult,
             unchanged: list[tuple[str, str]]) -> Page | None:
    """A fetched detail page counted in the result; None when unchanged (304: (time, URL) added to
    `unchanged`) or failed."""
    if isinstance(got, Interrupted):
        result.stopped += 1
        return None
    if isinstance(got, FetchError):
        result.requests += got.attempts
        result.failed += 1
        result.failed_urls.append(entry.url)
        result.errors.append(f"{source.name}: {got}")
        return None
    result.requests += got.attempts
    if got.not_modified:
        unchanged.append((store.now(), entry.url))
        result.unchanged += 1
        return None
    return got


# PDFium is not thread-safe and hosts are crawled in parallel threads: one file is read at a time.
_READING = threading.Lock()


def _with_attachments(
    db, source: Source, doc: Document, fetcher: SourceFetcher, result: RunResult
) -> tuple[tuple[Document, Extraction | None] | MonitorError, tuple[FetchedFile, ...]]:
    """The page with its attachments fetched and read (attachments.attach), and their bytes.

    Extraction is left to the pipeline, which runs it on the page and attachment text together.
    A page with no text of its own whose files give none is a ParseError naming each file.
    """
    from monitor import attachments

    read, files = [], []
    for att in doc.attachments:
        got = _fetch_file(db, source, att, fetcher, result)
        if isinstance(got, Attachment):  # not fetched: its status says why
            read.append(got)
            continue
        with _READING:
            read.append(_noted(attachments.read_into(att, got.content, max_bytes=fetcher.policy.attachment_max_bytes), got))
        files.append(got)
    result.warnings += [f"{source.name}: {a.detail or f'{a.url}: {a.status}'}" for a in read if a.status != attachments.OK]
    try:
        return (attachments.attach(doc, tuple(read)), None), tuple(files)
    except ParseError as exc:
        return exc, ()


def _fetch_file(db, source: Source, att: Attachment, fetcher: SourceFetcher, result: RunResult) -> FetchedFile | Attachment:
    """One attachment's bytes: fetched (conditionally), or the stored copy on a 304 or a failed fetch;
    else the attachment with the status saying why not."""
    from monitor import attachments
    from monitor.pipeline import FetchedFile

    host = urlsplit(att.url).netloc
    if not host_allowed(host, fetcher.home, fetcher.policy.allow_hosts):
        return replace(att, status=attachments.OTHER_HOST, detail=(
            f"{att.url}: attachment on another host ({host}, the source is on {fetcher.home}); "
            f"allow it with allow_hosts in [fetch.sources.{source.name}]"))
    stored = store.stored_file(db, att.url)
    etag, last_modified = (stored[2], stored[3]) if stored else (None, None)
    try:
        page = fetcher.get(att.url, etag=etag, last_modified=last_modified, referer=source.url, file=True)
    except Interrupted:  # the monitor is stopping: the page is not stored without its file
        raise
    except FetchError as exc:
        result.requests += exc.attempts
        if stored is None:  # too large stays so (never asked for again: the cap's bytes each run); the rest may pass
            status = attachments.TOO_LARGE if isinstance(exc, TooLarge) else attachments.FETCH_FAILED
            return replace(att, status=status, detail=str(exc))
        return FetchedFile(att.url, stored[0], etag, last_modified, fresh=False,
                           note=f"{exc}; the copy fetched {stored[4]} is read")
    result.requests += page.attempts
    if page.not_modified and stored is not None:
        return FetchedFile(att.url, stored[0], page.etag or etag, last_modified, fresh=False)
    return FetchedFile(att.url, page.content, page.etag, page.last_modified)


def _noted(att: Attachment, got: FetchedFile) -> Attachment:
    """The attachment with the note of a failed fetch (its stored copy was read) added to its detail."""
    if not got.note:
        return att
    return replace(att, detail=f"{got.note}" + (f"; {att.detail.removeprefix(att.url + ': ')}" if att.detail else ""))


def _held(fetched: dict[str, Page], url: str, page: Page) -> str:
    """The page's text, the page kept here until it is stored (a worker is sent the text, not the bytes too)."""
    fetched[url] = page
    return page.text


Packed = tuple[tuple[tuple, ...], tuple[tuple, ...], int | None]  # an Extraction as plain tuples
_TARGET_FIELDS = tuple(f.name for f in fields(Target))
_target_values = attrgetter(*_TARGET_FIELDS)


def _parse(scraper: Scraper, item: tuple[str, str]) -> tuple[Document, Packed | None]:
    """A detail page's (URL, text) as a Document and its targets packed (runs in a worker process too);
    a page naming attachments is extracted once they are read (None)."""
    from monitor.extract import extract  # loaded once (WORKER_MODULES: before the workers fork)

    url, text = item
    doc = scraper.parse_detail(text, url)
    return doc, None if doc.attachments else _packed(extract(doc))


def _packed(found: Extraction) -> Packed:
    """An Extraction as tuples of field values: pickled to and from a worker at a third of the cost of its dataclasses."""
    return tuple(map(_target_values, found.targets)), tuple(map(_target_values, found.actuals)), found.plan_year


def _unpacked(packed: Packed | None) -> Extraction | None:
    """The Extraction of `_packed` again."""
    if packed is None:
        return None
    targets, actuals, plan_year = packed
    return Extraction(list(map(_target, targets)), list(map(_target, actuals)), plan_year)


def _target(values: tuple) -> Target:
    """A Target from its field values, set the way unpickling sets them (the frozen __init__ costs three times more)."""
    target = object.__new__(Target)
    target.__dict__.update(zip(_TARGET_FIELDS, values))
    return target


def _store(
    db,
    source: Source,
    url: str,
    page: Page,
    outcome: tuple[Document, Extraction | None] | MonitorError,
    result: RunResult,
    alerts: Alerts | None,
    files: tuple[FetchedFile, ...] = (),
) -> None:
    """Store one parsed page (or record why it could not be parsed)."""
    from monitor import pipeline

    if isinstance(outcome, MonitorError):
        result.failed += 1
        result.failed_urls.append(url)
        result.errors.append(f"{source.name}: {outcome}")
        return
    doc, extraction = outcome
    with _WRITING:
        found = pipeline.ingest(
            db,
            doc,
            source=source.name,
            raw=page.content,
            fetched_at=store.now(),
            etag=page.etag,
            last_modified=page.last_modified,
            extraction=extraction,
            alerts=alerts,
            files=files,
            reread=True,  # the bytes were fetched now and read by this process's scraper
        )
    setattr(result, found.status, getattr(result, found.status) + 1)
    result.alerts += found.alerts
    if found.changeset is not None:
        result.changesets.append(found.changeset)
