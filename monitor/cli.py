"""The `monitor` command line: wires the pure modules, the store, the fetcher and the notifiers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from monitor import seedformat
from monitor.errors import MonitorError
from monitor.models import Document, Extraction


def _dump(data: object) -> None:
    """Print data as UTF-8 JSON (Chinese kept readable)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fail(message: str, code: int = 1) -> None:
    """Print 'Error: message' on stderr and exit with code."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gov-plan-monitor")
def cli() -> None:
    """Watch government disclosure sites for plans whose quantitative targets change."""


# -- issue 2/3: reading captures and extracting targets ----------------------------------


def extraction_json(path: str, doc: Document, found: Extraction) -> dict:
    """One file's extraction in the gold shape: file, metadata, targets, actuals."""
    metadata = None
    if doc.has_header:
        metadata = doc.metadata()
        metadata["plan_year"] = found.plan_year
    return {
        "file": Path(path).name,
        "metadata": metadata,
        "targets": [t.to_json() for t in found.targets],
        "actuals": [t.to_json() for t in found.actuals],
    }


def _print_table(path: str, doc: Document, found: Extraction) -> None:
    """A readable table of one file's targets and actuals."""
    head = doc.title or "(plain text)"
    meta = ", ".join(x for x in (doc.publisher, doc.date, found.plan_year and f"plan year {found.plan_year}") if x)
    click.echo(f"{path}: {head}" + (f" ({meta})" if meta else ""))
    for label, records in (("targets", found.targets), ("actuals", found.actuals)):
        click.echo(f"  {label}: {len(records)}")
        for t in records:
            number = f"{t.value:g}" if t.value is not None else f"{t.min:g}-{t.max:g}"
            qual = f" [{t.qualifier}]" if t.qualifier else ""
            click.echo(f"    {t.kind:<9} {t.indicator}  {number}{t.unit}{qual}  ({t.period or '-'})")


def _print_explain(path: str, doc: Document, sentences: list[dict]) -> None:
    """Each sentence with a number, the records taken from it and the numbers skipped (why)."""
    click.echo(f"{path}: {doc.title or '(plain text)'}")
    for s in sentences:
        click.echo(f"\n[{s['offset']}] ({s['part']}, {s['period'] or '-'}) {s['sentence']}")
        for r in s["records"]:
            number = f"{r['value']:g}" if r["value"] is not None else f"{r['min']:g}-{r['max']:g}"
            qual = f" [{r['qualifier']}]" if r["qualifier"] else ""
            click.echo(f"  + {r['role']:<6} {r['kind']:<9} {r['indicator']}  {number}{r['unit']}{qual}  ({r['period'] or '-'})")
        for k in s["skipped"]:
            click.echo(f"  - {k['number']}: {k['reason']}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array in the gold shape.")
@click.option("--explain", is_flag=True, help="Show each record beside its sentence, and the numbers skipped and why.")
def extract(files: tuple[str, ...], as_json: bool, explain: bool) -> None:
    """Extract quantitative targets and reported results from captures."""
    from monitor.extract import explain as run_explain
    from monitor.extract import extract as run_extract

    results, failed = [], False
    for path in files:
        try:
            doc = load_document(path, note=True)
        except MonitorError as exc:
            click.echo(f"Error: {exc}", err=True)
            failed = True
            continue
        if explain:
            sentences = run_explain(doc)
            if as_json:
                results.append({"file": Path(path).name, "sentences": sentences})
            else:
                _print_explain(path, doc, sentences)
            continue
        found = run_extract(doc)
        if as_json:
            results.append(extraction_json(path, doc, found))
        else:
            _print_table(path, doc, found)
    if as_json:
        _dump(results)
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print {file, metadata, paragraphs} as JSON.")
def parse(file: str, as_json: bool) -> None:
    """Print the parsed document: metadata and paragraphs."""
    try:
        doc = seedformat.parse_file(file)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        _dump({"file": Path(file).name, "metadata": doc.metadata(), "paragraphs": list(doc.paragraphs)})
        return
    for key, value in doc.metadata().items():
        click.echo(f"{key}: {value if value is not None else ''}")
    click.echo(f"paragraphs: {len(doc.paragraphs)}")
    for n, p in enumerate(doc.paragraphs, 1):
        click.echo(f"[{n}] {p}")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
def render(file: str) -> None:
    """Print a capture in the canonical seed layout."""
    try:
        doc = seedformat.parse_file(file)
    except MonitorError as exc:
        _fail(str(exc))
    click.echo(seedformat.render(doc), nl=False)


# -- issue 4: the versioned store, diffs and change reports ------------------------------


def db_option(command):
    """The --db option of every command that uses the store (passes `db_path`; $MONITOR_DB; state/monitor.db)."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        envvar="MONITOR_DB",
        default=None,
        show_envvar=True,
        help="SQLite database file [default: state/monitor.db].",
    )(command)


def format_option(command):
    """--format text|markdown|html for commands that print a change report."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "markdown", "html"]),
        default="text",
        show_default=True,
        help="Report format (--json wins).",
    )(command)


def load_document(path: str, note: bool = False) -> Document:
    """A capture in any seed layout, or plain text (no metadata) when it has no header."""
    text = seedformat.read_capture(path)
    try:
        return seedformat.parse(text, path)
    except seedformat.NoHeaderError:
        if note:
            click.echo(f"Note: {path}: no capture header; reading it as plain text (metadata null)", err=True)
        return seedformat.parse_plain(text, path)


def capture_files(paths: tuple[str, ...]) -> list[Path]:
    """Files named on the command line; a directory gives its *.txt files by name, recursively."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return out


def replay_url(doc: Document, path: Path) -> str:
    """The URL a replayed capture is stored under: its own, else one made from its 索引号 or file name."""
    if doc.url:
        return doc.url
    if doc.index_no:
        return f"index:{doc.index_no}"
    return f"file:{path.name}"


def replay_files(db, files: list[Path]) -> tuple[list[tuple[str, object]], list[str]]:
    """Ingest captures as if just fetched, oldest document first: ([(file, IngestResult)], [errors]).

    Extraction runs in worker processes for large batches (monitor.workers); storing stays in order.
    """
    from dataclasses import replace

    from monitor import store
    from monitor.workers import ordered_map

    docs, errors = [], []
    for n, path in enumerate(files):
        try:
            doc = load_document(str(path))
        except MonitorError as exc:  # a bad file: report it, go on with the others
            errors.append(str(exc))
            continue
        docs.append(((doc.date or "", doc.published_at or "", n), path, replace(doc, url=replay_url(doc, path))))
    ordered = [(path, doc) for _, path, doc in sorted(docs, key=lambda d: d[0])]
    results = []
    for (path, doc), found in ordered_map(_extract_capture, ordered):
        results.append((str(path), store.ingest(db, doc, raw=path.read_bytes(), replay=True, extraction=found)))
    return results, errors


def _extract_capture(item: tuple[Path, Document]):
    """The targets of one (path, document) pair (runs in a worker process too)."""
    from monitor.extract import extract

    return extract(item[1])


def _render(changesets: list, fmt: str) -> str:
    """A change report in the chosen format."""
    from monitor.report import RENDERERS

    return RENDERERS[fmt](changesets)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@format_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, files, changesets} as JSON.")
def replay(paths: tuple[str, ...], db_path: str | None, fmt: str, as_json: bool) -> None:
    """Ingest seed files as if just fetched, diff them and print the change report.

    Files are stored oldest document first (发文日期, then 发布时间), so each plan is compared
    with the earlier one. Text already stored is "unchanged": replaying again changes nothing.

    Example: monitor replay seeds/ tests/fixtures/plans/wangtan/
    """
    from monitor import store
    from monitor.report import report_json

    try:
        db = store.open_db(db_path)
        results, errors = replay_files(db, capture_files(paths))
    except MonitorError as exc:
        _fail(str(exc))
    for message in errors:
        click.echo(f"Error: {message}", err=True)
    found = [r.changeset for _, r in results if r.changeset is not None]
    if as_json:
        _dump(
            {
                "schema": "gov-plan-monitor/replay/v1",
                "files": [
                    {"file": f, "status": r.status, "url": r.url, "document_id": r.document_id, "version_id": r.version_id}
                    for f, r in results
                ],
                "changesets": [report_json(cs) for cs in found],
            }
        )
    else:
        for f, r in results:
            click.echo(f"{r.status:<9} {f}")
        click.echo(_render(found, fmt), nl=False)
    if errors:
        sys.exit(1)


@cli.command(name="diff")
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@format_option
@click.option("--json", "as_json", is_flag=True, help="Print the change set as JSON (docs/report-json.md).")
def diff_command(old: str, new: str, fmt: str, as_json: bool) -> None:
    """Compare two captures (seed format or plain text): targets, then text.

    Example: monitor diff wangtan-2023.txt wangtan-2024.txt --json
    """
    from monitor.report import report_json

    try:
        changeset = diff_files(old, new)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        _dump(report_json(changeset))
    else:
        click.echo(_render([changeset], fmt), nl=False)


def diff_files(old: str, new: str):
    """The ChangeSet between two files: "revision" when they are one document (URL or 索引号), else "plan"."""
    from dataclasses import replace

    from monitor.diff import diff_documents, plan_year_of, side
    from monitor.extract import extract as run_extract

    a, b = load_document(old), load_document(new)
    fa, fb = run_extract(a), run_extract(b)
    fa, fb = replace(fa, plan_year=plan_year_of(a, fa)), replace(fb, plan_year=plan_year_of(b, fb))
    same = bool(a.url and a.url == b.url) or bool(a.index_no and a.index_no == b.index_no)
    return diff_documents(
        a,
        b,
        fa,
        fb,
        kind="revision" if same else "plan",
        old_version=side(a, fa, file=Path(old).name),
        new_version=side(b, fb, file=Path(new).name),
    )


def history_json(db, key: str) -> dict:
    """The versions of the documents matching a publisher, URL or 索引号, each with its change sets."""
    from monitor import store
    from monitor.report import report_json

    docs = store.find_documents(db, key)
    by_version: dict[int, list] = {}
    for cs in store.changesets(db, document_ids=[d["id"] for d in docs]):
        by_version.setdefault(cs.new.id, []).append(report_json(cs))
    out = []
    for d in docs:
        versions = [dict(v, changesets=by_version.get(v["id"], [])) for v in store.versions_of(db, d["id"])]
        out.append(dict(d, versions=versions))
    return {"schema": "gov-plan-monitor/history/v1", "query": key, "documents": out}


def _print_history(data: dict) -> None:
    """History as text: one block per document, one line per version, its changes indented."""
    for d in data["documents"]:
        click.echo(f"{d['title'] or '(untitled)'}  {d['publisher'] or ''} {d['date'] or ''}".rstrip())
        click.echo(f"  {d['url']}")
        seqs = {v["id"]: v["seq"] for v in d["versions"]}
        for v in d["versions"]:
            if v["same_as"]:
                state = f"same text as v{seqs.get(v['same_as'], '?')} (flipped back, no alert)"
            else:
                state = f"{v['n_targets']} targets, sha256 {v['sha256'][:12]}"
            click.echo(f"  v{v['seq']}  {v['first_seen']}  {state}  (last seen {v['last_seen']})")
            for cs in v["changesets"]:
                old = cs["old"]
                base = f"v{old['seq']}" if cs["kind"] == "revision" else f"earlier plan {old['title']} ({old['date']})"
                counts = ", ".join(f"{n} {k}" for k, n in cs["summary"].items() if n)
                click.echo(f"      vs {base}: {counts}")
                for c in cs["changes"]:
                    mark = {"changed": "~", "added": "+", "dropped": "-"}[c["change"]]
                    click.echo(f"        {mark} {c['line']}")
                for o in cs["outcomes"]:
                    click.echo(f"        = {o['line']}")


@cli.command()
@click.argument("key")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, query, documents: [... versions: [... changesets]]}.")
def history(key: str, db_path: str | None, as_json: bool) -> None:
    """List the stored versions of a publisher's documents (or of one URL) and their changes.

    Example: monitor history 王坛镇
    """
    from monitor import store

    try:
        data = history_json(store.open_db(db_path), key)
    except MonitorError as exc:
        _fail(str(exc))
    if not data["documents"]:
        _fail(f'no document stored for "{key}" (give a publisher, URL or 索引号)')
    if as_json:
        _dump(data)
    else:
        _print_history(data)


@cli.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only changes detected on or after DATE (YYYY-MM-DD, UTC).")
@db_option
@format_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, since, changesets} as JSON.")
def report(since, db_path: str | None, fmt: str, as_json: bool) -> None:
    """Print the change report of a period (every stored change by default).

    Example: monitor report --since 2025-01-01 --format markdown
    """
    from monitor import store
    from monitor.report import report_json_many

    day = since.strftime("%Y-%m-%d") if since else None
    try:
        found = store.changesets(store.open_db(db_path), since=day)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        _dump(dict(report_json_many(found), since=day))
    else:
        click.echo(_render(found, fmt), nl=False)


# -- issue 6: the service: run, serve, status, notify, demo -------------------------------


def config_option(command):
    """--config PATH ($MONITOR_CONFIG; else ./monitor.toml if present; else the embedded defaults)."""
    return click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False),
        envvar="MONITOR_CONFIG",
        show_envvar=True,
        help="Configuration file [default: ./monitor.toml if present, else the embedded defaults].",
    )(command)


def _config(config_file: str | None, *, secrets: bool = False):
    """The configuration, or every problem on stderr and exit 2."""
    from monitor.config import config_path, load_config, missing_secrets

    try:
        config = load_config(config_path(config_file))
    except MonitorError as exc:
        for line in str(exc).splitlines():
            click.echo(f"Error: {line}", err=True)
        sys.exit(2)
    problems = missing_secrets(config) if secrets else []
    for line in problems:
        click.echo(f"Error: {line}", err=True)
    if problems:
        sys.exit(2)
    return config


class _Progress:
    """A progress bar across sources, labelled with the pages fetched (terminals only)."""

    def __init__(self, total: int) -> None:
        import threading

        self.bar = click.progressbar(length=total, label="checking", file=sys.stderr, show_pos=True)
        self.pages = 0
        self.lock = threading.Lock()
        self.bar.__enter__()

    def page(self, url: str) -> None:
        with self.lock:
            self.pages += 1
            self.bar.label = f"checking ({self.pages} pages)"
            self.bar.render_progress()

    def source(self, report) -> None:
        with self.lock:
            self.bar.update(1)

    def close(self) -> None:
        self.bar.__exit__(None, None, None)


@cli.command()
@click.option("--once", is_flag=True, help="Check every source once, deliver alerts, exit (the cron entry point).")
@click.option("--source", "names", multiple=True, metavar="NAME", help="Check only this source (repeatable).")
@config_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(once: bool, names: tuple[str, ...], config_file: str | None, db_path: str | None, as_json: bool) -> None:
    """Check the sources once, deliver waiting alerts, print a summary.

    Exit code 0 when every source was checked, 1 when some failed, 2 on configuration errors.

    Example: monitor run --once --source kq-wangtan
    """
    import logging

    from monitor import service

    if not once:
        _fail("monitor run checks once and exits: add --once (for a scheduler that keeps running: monitor serve)", 2)
    config = _config(config_file, secrets=True)
    tty = sys.stderr.isatty() and not as_json
    service.setup_logging(config, level=logging.WARNING if tty else logging.INFO)
    try:
        for n in names:
            config.source(n)
    except MonitorError as exc:
        _fail(str(exc), 2)
    progress = _Progress(len(names) or len(config.sources)) if tty else None
    try:
        summary = service.run_once(config, db_path=db_path, sources=list(names) or None,
                                   on_page=progress.page if progress else None,
                                   on_source=progress.source if progress else None)
    except MonitorError as exc:
        _fail(str(exc))
    finally:
        if progress:
            progress.close()
    if as_json:
        _dump(summary.to_json())
    else:
        click.echo(service.summary_text(summary), nl=False)
    sys.exit(summary.exit_code)


@cli.command()
@config_option
@db_option
@click.option("--check-now", is_flag=True, help="Also check every source right away, not only at its next scheduled time.")
def serve(config_file: str | None, db_path: str | None, check_now: bool) -> None:
    """Run the scheduler: each source on its cron schedule, waiting alerts every few minutes.

    Stops cleanly on SIGTERM or Ctrl-C.

    Example: monitor serve --config /etc/monitor.toml
    """
    import os
    import signal
    import threading

    from monitor import service

    config = _config(config_file, secrets=True)
    service.setup_logging(config)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        idle = service.serve(config, db_path=db_path, stop=stop, check_now=check_now)
    except MonitorError as exc:
        _fail(str(exc))
    if not idle:  # a job stuck in a network call: its open transaction rolls back
        sys.stderr.flush()
        os._exit(0)


@cli.command()
@config_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {database, checked_at, sources, alerts} as JSON.")
@click.option("--check", is_flag=True, help="Health check: exit 1 when the database cannot be read or a source is overdue.")
def status(config_file: str | None, db_path: str | None, as_json: bool, check: bool) -> None:
    """Show each source's last run, outcome, consecutive failures, last change, and waiting alerts.

    Example: monitor status --json
    """
    from monitor import service

    config = _config(config_file)
    try:
        data = service.status(config, db_path=db_path)
    except MonitorError as exc:
        _fail(str(exc))
    if as_json:
        _dump(data)
    else:
        click.echo(service.status_text(data), nl=False)
    overdue = [s["source"] for s in data["sources"] if s["overdue"]]
    if check and overdue:
        _fail(f"overdue (not checked at their scheduled time): {', '.join(overdue)}")


@cli.group()
def notify() -> None:
    """Alert channels: send a sample alert."""


@notify.command(name="test")
@click.argument("channel")
@config_option
def notify_test(channel: str, config_file: str | None) -> None:
    """Send a sample change alert to CHANNEL now (not through the outbox).

    Example: monitor notify test mail
    """
    from monitor import notify as channels
    from monitor import outbox

    config = _config(config_file, secrets=True)
    found = config.channels.get(channel)
    if found is None:
        _fail(f"{config.label}: channels: no channel named {channel!r} (configured: {', '.join(config.channels) or 'none'})", 2)
    try:
        channels.send(found, outbox.sample_message(channel))
    except MonitorError as exc:
        _fail(str(exc))
    click.echo(f"sent a sample alert to channel {channel} ({found.kind})")


@cli.command()
@click.option("--keep", type=click.Path(file_okay=False), help="Use this directory (kept) instead of a temporary one.")
def demo(keep: str | None) -> None:
    """An offline tour on 127.0.0.1: fake government site, a plan revised, e-mail and webhook alerts.

    Needs no network and no configuration; finishes in under a minute.
    """
    from monitor.demo import run_demo

    try:
        run_demo(click.echo, keep=keep)
    except MonitorError as exc:
        _fail(str(exc))


# -- scrapers: try one source ---------------------------------------------------------------


@cli.command()
@click.argument("name")
@config_option
@click.option("--limit", type=int, default=3, show_default=True, help="Documents to fetch and parse (0: the lists only).")
@click.option("--delay", type=float, default=1.0, show_default=True, help="Seconds between two requests to the site.")
@click.option("--json", "as_json", is_flag=True, help="Print {source, scraper, url, entries, documents, errors, requests}.")
def check(name: str, config_file: str | None, limit: int, delay: float, as_json: bool) -> None:
    """Try one source's scraper on its site, storing nothing: list entries and the first documents.

    Exit code 1 when a list or document page could not be fetched or parsed (the errors name
    the site, selector and URL). See docs/scrapers.md for adding a township.

    Example: monitor check kq-wangtan --limit 1
    """
    from monitor.crawl import preview
    from monitor.fetch import Fetcher

    config = _config(config_file)
    try:
        source = config.source(name)
    except MonitorError as exc:
        _fail(str(exc), 2)
    with Fetcher(delay=delay) as fetcher:
        data = preview(source, fetcher, limit)
    if as_json:
        _dump(data)
    else:
        click.echo(f"{source.name} ({source.scraper}): {source.url}")
        click.echo(f"  {len(data['entries'])} documents listed, {data['requests']} requests")
        for n, d in enumerate(data["documents"], 1):
            m = d["metadata"]
            click.echo(f"  [{n}] {d['url']}")
            click.echo(f"      {m['title']} | {m['publisher']} | {m['date']} | 索引号 {m['index_no']}")
            click.echo(f"      {d['paragraphs']} paragraphs, {d['targets']} targets, {d['bytes']} bytes {d['encoding']}")
        for error in data["errors"]:
            click.echo(f"Error: {error}", err=True)
    if data["errors"]:
        sys.exit(1)


# -- issue 14: what analysts look at: trends, targets across publishers, search, the site ---


@cli.command()
@click.argument("publisher")
@click.option("--indicator", metavar="TEXT", help="Only indicators named so (as written, normalized or a near-synonym).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, publisher, indicator, series} as JSON.")
def trend(publisher: str, indicator: str | None, db_path: str | None, as_json: bool) -> None:
    """Each indicator's target year by year, its result (met / missed) and its move from the year before.

    Example: monitor trend 王坛镇 --indicator 一般公共预算收入
    """
    from monitor import analysis

    try:
        click.echo(analysis.trend_command(db_path, publisher, indicator, as_json), nl=False)
    except MonitorError as exc:
        _fail(str(exc))


@cli.command()
@click.option("--indicator", metavar="TEXT", help="Only indicators named so (as written, normalized or a near-synonym).")
@click.option("--year", type=int, help="Only targets of this plan year.")
@click.option("--publisher", "publishers", multiple=True, metavar="P", help="Only this publisher (repeatable).")
@db_option
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV (UTF-8 with BOM, opens in Excel).")
@click.option("--json", "as_json", is_flag=True, help="Print {schema, rows} as JSON.")
def targets(indicator, year, publishers, db_path, as_csv: bool, as_json: bool) -> None:
    """Targets across publishers in one table, with each one's change from the year before.

    Example: monitor targets --indicator 一般公共预算收入 --year 2024
    """
    from monitor import analysis

    try:
        click.echo(analysis.targets_command(db_path, indicator, year, list(publishers), as_csv, as_json), nl=False)
    except MonitorError as exc:
        _fail(str(exc))


@cli.command()
@click.argument("query")
@click.option("--publisher", metavar="P", help="Only documents of this publisher.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only documents dated on or after DATE (YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many versions.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, query, hits} as JSON.")
def search(query: str, publisher, since, limit: int, db_path: str | None, as_json: bool) -> None:
    """Search the text of every stored version, newest first, matching sentences highlighted.

    Words separated by spaces must all appear. Example: monitor search 共富工坊
    """
    from monitor import analysis

    day = since.strftime("%Y-%m-%d") if since else None
    try:
        click.echo(analysis.search_command(db_path, query, publisher, day, limit, as_json), nl=False)
    except MonitorError as exc:
        _fail(str(exc))


@cli.command()
@click.argument("out", type=click.Path(file_okay=False))
@click.option("--base-url", metavar="URL", help="Where the site is published: absolute links in feed.xml (else relative).")
@db_option
def site(out: str, base_url: str | None, db_path: str | None) -> None:
    """Write a static HTML site (publishers, target charts, change sets, feed.xml) into OUT.

    Example: monitor site public/ && open public/index.html
    """
    from monitor import analysis

    try:
        click.echo(analysis.site_command(db_path, out, base_url))
    except MonitorError as exc:
        _fail(str(exc))
