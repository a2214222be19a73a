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


def _load_for_extract(path: str) -> Document:
    """A capture, or plain text with a note on stderr when it has no header."""
    text = seedformat.read_capture(path)
    try:
        return seedformat.parse(text, path)
    except seedformat.NoHeaderError:
        click.echo(f"Note: {path}: no capture header; reading it as plain text (metadata null)", err=True)
        return seedformat.parse_plain(text, path)


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


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array in the gold shape.")
def extract(files: tuple[str, ...], as_json: bool) -> None:
    """Extract quantitative targets and reported results from captures."""
    from monitor.extract import extract as run_extract

    results, failed = [], False
    for path in files:
        try:
            doc = _load_for_extract(path)
        except MonitorError as exc:
            click.echo(f"Error: {exc}", err=True)
            failed = True
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
