"""The service from the command line: `run --once`, `serve`, `status`, `demo`, and `check` for one source."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Iterator

import click

from monitor.cli.common import config_option, db_option, fail, print_json, read_config
from monitor.errors import MonitorError


class _Progress:
    """A progress bar across sources, labelled with the pages fetched (terminals only)."""

    def __init__(self, total: int) -> None:
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


@click.command()
@click.option("--once", is_flag=True, help="Check every source once, deliver alerts, exit (the cron entry point).")
@click.option("--source", "names", multiple=True, metavar="NAME", help="Check only this source (repeatable).")
@config_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def run(once: bool, names: tuple[str, ...], config_file: str | None, db_path: str | None, as_json: bool) -> None:
    """Check the sources once, deliver waiting alerts, print a summary.

    Exit code 0 when every source was checked and every alert delivered, 1 when a source failed,
    2 on configuration errors, 3 when an alert could not be delivered (it waits), 4 when the run
    could not start (another run holds the lock; the database or state directory is unusable).

    Ctrl-C or SIGTERM stops it cleanly: nothing more is fetched, the summary shows the checks as
    interrupted; a second one quits at once.

    Example: monitor run --once --source kq-wangtan
    """
    from monitor import logs, runner, tables

    if not once:
        fail("monitor run checks once and exits: add --once (for a scheduler that keeps running: monitor serve)", 2)
    config = read_config(config_file, secrets=True)
    tty = sys.stderr.isatty() and not as_json
    logs.setup_logging(config, level=logging.WARNING if tty else logging.INFO)
    try:
        for n in names:
            config.source(n)
    except MonitorError as exc:
        fail(str(exc), 2)
    progress = _Progress(len(names) or len(config.sources)) if tty else None
    try:
        with _stop_on_signals() as stop:
            summary = runner.run_once(config, db_path=db_path, sources=list(names) or None, stop=stop,
                                       on_page=progress.page if progress else None,
                                       on_source=progress.source if progress else None)
    except MonitorError as exc:
        fail(str(exc), runner.EXIT_NOT_RUN)
    finally:
        if progress:
            progress.close()
    if as_json:
        print_json(summary.to_json())
    else:
        click.echo(tables.summary_text(summary), nl=False)
    sys.exit(summary.exit_code)


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An Event set by Ctrl-C or SIGTERM while the block runs: the run fetches nothing more, finishes the write in
    progress, records its checks as interrupted and prints its summary; a second signal ends it at once (as
    kill does). The handlers before are put back after (a caller's own, as a test's)."""
    stop = threading.Event()

    def stopping(signum: int, frame: object) -> None:
        stop.set()
        signal.signal(signum, signal.SIG_DFL)
        logging.getLogger("monitor.runner").warning(
            "stopping: no new page is fetched, the one being stored is finished (again to quit at once)")

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield stop
        return
    before = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


@click.command()
@config_option
@db_option
@click.option("--check-now", is_flag=True, help="Also check every source right away, not only at its next scheduled time.")
def serve(config_file: str | None, db_path: str | None, check_now: bool) -> None:
    """Run the scheduler: each source on its cron schedule, waiting alerts every few minutes.

    Stops cleanly on SIGTERM or Ctrl-C.

    Example: monitor serve --config /etc/monitor.toml
    """
    import os

    from monitor import logs
    from monitor.serve import serve as serve_forever

    config = read_config(config_file, secrets=True)
    logs.setup_logging(config)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        idle = serve_forever(config, db_path=db_path, stop=stop, check_now=check_now)
    except MonitorError as exc:
        fail(str(exc))
    if not idle:  # a job stuck in a network call: its open transaction rolls back
        sys.stderr.flush()
        os._exit(0)


@click.command()
@config_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {database, checked_at, sources, alerts} as JSON.")
@click.option("--check", is_flag=True, help="Health check: exit 1 when the database cannot be read or written, a source is overdue or failing, "
                   "or a channel fails to deliver.")
def status(config_file: str | None, db_path: str | None, as_json: bool, check: bool) -> None:
    """Show each source's last run, outcome, consecutive failures, last change, and waiting alerts.

    Example: monitor status --json
    """
    from monitor import status as sources_status
    from monitor import tables

    config = read_config(config_file)
    try:
        data = sources_status.collect(config, db_path=db_path)
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        print_json(data)
    else:
        click.echo(tables.status_text(data), nl=False)
    overdue = [s["source"] for s in data["sources"] if s["overdue"]]
    failing = [s["source"] for s in data["sources"] if s["failing"]]
    store_problem = data.get("store_problem")
    down = [c["channel"] for c in data.get("channels_down", [])]
    if check and (overdue or failing or store_problem or down):
        problems = [f"store: {store_problem}"] if store_problem else []
        problems += [f"channels failing (alerts not delivered after the error alert threshold's attempts): "
                     f"{', '.join(down)}"] if down else []
        problems += [f"overdue (not checked at their scheduled time): {', '.join(overdue)}"] if overdue else []
        problems += [f"failing (the error alert threshold is reached): {', '.join(failing)}"] if failing else []
        fail("; ".join(problems))


@click.command()
@click.option("--keep", type=click.Path(file_okay=False), help="Use this directory (kept) instead of a temporary one.")
def demo(keep: str | None) -> None:
    """An offline tour on 127.0.0.1: fake government site, a plan revised, e-mail and webhook alerts.

    Needs no network and no configuration; finishes in under a minute.
    """
    from monitor.demo import run_demo

    try:
        run_demo(click.echo, keep=keep)
    except MonitorError as exc:
        fail(str(exc))


@click.command()
@click.argument("name")
@config_option
@click.option("--limit", type=int, default=3, show_default=True, help="Documents to fetch and parse (0: the lists only).")
@click.option("--delay", type=float, default=None, help="Seconds between two requests to the site  [default: fetch.delay, 1]")
@click.option("--json", "as_json", is_flag=True,
              help="Print {source, scraper, url, template, list_unit, entries, documents, warnings, errors, requests}.")
def check(name: str, config_file: str | None, limit: int, delay: float | None, as_json: bool) -> None:
    """Try one source's scraper on its site, storing nothing: list entries and the first documents.

    Exit code 1 when a list or document page could not be fetched or parsed (the errors name
    the site, selector and URL). See docs/scrapers.md for adding a township.

    Example: monitor check kq-wangtan --limit 1
    """
    from dataclasses import replace

    from monitor.crawl import preview
    from monitor.fetch import Fetcher

    config = read_config(config_file)
    try:
        source = config.source(name)
    except MonitorError as exc:
        fail(str(exc), 2)
    policy = config.policy(name)
    policy = replace(policy, delay=delay) if delay is not None else policy
    with Fetcher(policy) as fetcher:
        data = preview(source, fetcher, limit)
    if as_json:
        print_json(data)
    else:
        click.echo(f"{source.name} ({source.scraper or 'detected'}): {source.url}")
        click.echo(f"  template: {data['template'] or 'unknown'}")
        if data["list_unit"]:
            click.echo(f"  list unit: {data['list_unit']}")
        click.echo(f"  {len(data['entries'])} documents listed, {data['requests']} requests")
        for warning in data["warnings"]:
            click.echo(f"  warning: {warning}")
        for n, d in enumerate(data["documents"], 1):
            m = d["metadata"]
            click.echo(f"  [{n}] {d['url']}")
            click.echo(f"      {m['title']} | {m['publisher']} | {m['date']} | 索引号 {m['index_no']}")
            click.echo(f"      {d['paragraphs']} paragraphs, {d['targets']} targets, {d['bytes']} bytes {d['encoding']}")
            if d.get("found"):
                click.echo("      found: " + ", ".join(f"{k} by {v}" for k, v in d["found"].items()))
        for error in data["errors"]:
            click.echo(f"Error: {error}", err=True)
    if data["errors"]:
        sys.exit(1)


@click.command()
@click.argument("url")
@click.option("--name", default=None, help="The source's name [default: from the host and the column id].")
@click.option("--title", default="", help="A title for alerts and reports.")
@config_option
@click.option("--append", is_flag=True, help="Append the entry to the configuration file instead of printing it.")
@click.option("--delay", type=float, default=None, help="Seconds between two requests to the site  [default: fetch.delay, 1]")
@click.option("--items", default=None, metavar="CSS",
              help="The list's items, for a column that prints no dates (scraper html-list, params.items).")
@click.option("--body", default=None, metavar="CSS", help="The detail pages' body, for pages the reader misreads (params.body).")
def add(url: str, name: str | None, title: str, config_file: str | None, append: bool, delay: float | None,
        items: str | None, body: str | None) -> None:
    """Add a source by its column (list) URL: detect its template, read its list and one document.

    Prints the [[sources]] entry (or appends it to the configuration file with --append). Exit
    code 1 when the column cannot be read: the error names the URL and what was looked for.

    Example: monitor add https://www.kq.gov.cn/col/col1229443000/index.html --name kq-pingshui
    """
    from dataclasses import replace
    from pathlib import Path

    from monitor.config import DEFAULT_FILE, config_path
    from monitor.crawl import preview, source_entry
    from monitor.fetch import Fetcher
    from monitor.sources import sources_from_tables

    config = read_config(config_file)
    name = name or default_name(url)
    try:
        params = {k: v for k, v in (("items", items), ("body", body)) if v is not None}
        table = {"name": name, "url": url, "title": title, "params": params, **({"scraper": "html-list"} if items else {})}
        (source,) = sources_from_tables([table], "monitor add")
    except MonitorError as exc:
        fail(str(exc), 2)
    if any(s.name == name for s in config.sources) and append:
        fail(f"{config.label}: a source named {name!r} exists already (give another --name)", 2)
    policy = config.policy(name)
    with Fetcher(replace(policy, delay=delay) if delay is not None else policy) as fetcher:
        data = preview(source, fetcher, 1)
    for warning in data["warnings"]:
        click.echo(f"warning: {warning}", err=True)
    if data["errors"] or not data["template"]:
        for error in data["errors"]:
            click.echo(f"Error: {error}", err=True)
        sys.exit(1)
    entry = source_entry(source, data)
    if not append:
        click.echo(entry, nl=False)
        return
    path = Path(config_path(config_file) or DEFAULT_FILE)
    with path.open("a", encoding="utf-8") as out:
        out.write("\n" + entry)
    click.echo(f"{path}: added source {name!r} ({data['template']}, {len(data['entries'])} documents listed)")


def default_name(url: str) -> str:
    """A source name from a column URL: the site's own label and the column id (kq-col1229443000)."""
    import re
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:  # not a URL: the source's check says so
        return "source"
    labels = [p for p in host.split(".") if p and p not in ("www", "gov", "cn", "com", "org", "net")]
    column = re.findall(r"col\d+|\d{3,}", parts.path + "?" + parts.query)
    return "-".join(labels[:2] + column[-1:]) or "source"
