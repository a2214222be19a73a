"""Reading captures: `extract`, `parse`, `render` (no database, no network)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor import seedformat
from monitor.cli.common import fail, load_document, print_json
from monitor.errors import MonitorError
from monitor.models import Document, Extraction


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
        click.echo(f"\n[{s['offset']}] ({s['part']}, {s['period'] or '-'}; by {s['why']}) {s['sentence']}")
        for r in s["records"]:
            number = f"{r['value']:g}" if r["value"] is not None else f"{r['min']:g}-{r['max']:g}"
            qual = f" [{r['qualifier']}]" if r["qualifier"] else ""
            click.echo(
                f"  + {r['role']:<6} {r['kind']:<9} {r['indicator']}  {number}{r['unit']}{qual}  ({r['period'] or '-'})"
                f"  [{r['rule']}]"
            )
        for k in s["skipped"]:
            click.echo(f"  - {k['number']}: [{k['rule']}] {k['reason']}")


@click.command()
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
        print_json(results)
    if failed:
        sys.exit(1)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print {file, metadata, paragraphs} as JSON.")
@click.option("--url", help="FILE is a saved HTML page fetched from URL: read it as the crawler reads a page.")
@click.option("--scraper", "scraper_key", metavar="KEY", help="With --url: apply this site declaration's selectors.")
def parse(file: str, as_json: bool, url: str | None, scraper_key: str | None) -> None:
    """Print the parsed document: metadata and paragraphs (a capture, or a saved page with --url)."""
    from monitor import attachments, reader

    if url is not None:
        _check_page_url(url)
    try:
        if url:
            found = reader.read_saved_page(file, url, _detail_reader(scraper_key))
            doc, data = found.document, reader.reading_json(found, Path(file).name)
        else:
            doc = attachments.document_from_file(file) if attachments.is_document_file(file) else seedformat.parse_file(file)
            data = {"file": Path(file).name, "metadata": doc.metadata(), "paragraphs": list(doc.paragraphs)}
    except MonitorError as exc:
        fail(str(exc))
    if url and doc.attachments and not attachments.own_text(doc.paragraphs, doc.attachments):
        named = "; ".join(f"{a.name} <{a.url}>" for a in doc.attachments[:5])
        fail(f"{url}: the page holds no text of its own, only attachments (附件): {named}. The crawler fetches "
              "and reads them; to read one by hand, download it and run: monitor parse FILE")
    if as_json:
        print_json(data)
        return
    for key, value in doc.metadata().items():
        how = data.get("found", {}).get(key) if value else None
        click.echo(f"{key}: {value if value is not None else ''}" + (f"  ({how})" if how else ""))
    click.echo(f"paragraphs: {len(doc.paragraphs)}")
    for n, p in enumerate(doc.paragraphs, 1):
        click.echo(f"[{n}] {p}")
    for a in doc.attachments:
        click.echo(f"附件: {a.name} <{a.url}>")


def _check_page_url(url: str) -> None:
    """Exit 2 unless --url is an http(s) address with a host (links are resolved against it)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:  # 'http://[::1': an unclosed IPv6 host; a port out of range or not a number
        ok = False
    if not ok:
        fail(f"--url {url!r} is not the http(s) address of a page (the saved page's links are resolved against it)", 2)


def _detail_reader(key: str | None):
    """The detail reader of a site declaration (None: the generic reader); exit 2 for an unknown key."""
    if key is None:
        return None
    from scrapers import SCRAPERS

    if key not in SCRAPERS:
        fail(f"unknown scraper {key!r} (known: {', '.join(sorted(SCRAPERS))})", 2)
    return SCRAPERS[key].read_detail


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
def render(file: str) -> None:
    """Print a capture in the canonical seed layout."""
    try:
        doc = seedformat.parse_file(file)
    except MonitorError as exc:
        fail(str(exc))
    click.echo(seedformat.render(doc), nl=False)
