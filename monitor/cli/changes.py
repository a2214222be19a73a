"""The versioned store from the command line: `replay`, `diff`, `history`, `report`."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from monitor.cli.common import db_option, fail, format_option, load_document, print_json, render_changesets
from monitor.errors import MonitorError
from monitor.models import Document


def capture_files(paths: tuple[str, ...]) -> list[Path]:
    """Files named on the command line; a directory gives its *.txt files by name, recursively."""
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    return out


def replay_files(db, files: list[Path]) -> tuple[list[tuple[str, object]], list[str]]:
    """Ingest captures as if just fetched, oldest document first: ([(file, IngestResult)], [errors]).

    Extraction runs in worker processes for large batches (monitor.workers); storing stays in order.
    """
    from dataclasses import replace

    from monitor import pipeline, store
    from monitor.workers import ordered_map

    docs, errors = [], []
    for n, path in enumerate(files):
        try:
            doc = load_document(str(path), note=True)
        except MonitorError as exc:  # a bad file: report it, go on with the others
            errors.append(str(exc))
            continue
        docs.append(((doc.date or "", doc.published_at or "", n), path, replace(doc, url=pipeline.replay_identity(doc, path))))
    ordered = [(path, doc) for _, path, doc in sorted(docs, key=lambda d: d[0])]
    results = []
    for (path, doc), found in ordered_map(_extract_capture, ordered):
        results.append((str(path), pipeline.ingest(db, doc, raw=path.read_bytes(), replay=True, extraction=found)))
    store.index_for_search(db)
    return results, errors


def changesets_of(results: list[tuple[str, object]]) -> list:
    """The change sets a replay found: each file's own, and a later plan's now compared with it."""
    return [cs for _, r in results for cs in (r.changeset, r.follows) if cs is not None]


def _extract_capture(item: tuple[Path, Document]):
    """The targets of one (path, document) pair (runs in a worker process too)."""
    from monitor.extract import extract

    return extract(item[1])


@click.command()
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
        fail(str(exc))
    for message in errors:
        click.echo(f"Error: {message}", err=True)
    found = changesets_of(results)
    if as_json:
        print_json(
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
        click.echo(render_changesets(found, fmt), nl=False)
    if errors:
        sys.exit(1)


@click.command(name="diff")
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
        fail(str(exc))
    if as_json:
        print_json(report_json(changeset))
    else:
        click.echo(render_changesets([changeset], fmt), nl=False)


def diff_files(old: str, new: str):
    """The ChangeSet between two files: "revision" when they are one document (URL or 索引号), else "plan"."""
    from dataclasses import replace

    from monitor.diff import diff_documents, plan_year_of, side
    from monitor.extract import extract as run_extract
    from monitor.pipeline import same_document

    a, b = load_document(old), load_document(new)
    fa, fb = run_extract(a), run_extract(b)
    fa, fb = replace(fa, plan_year=plan_year_of(a, fa)), replace(fb, plan_year=plan_year_of(b, fb))
    same = same_document(a, b)
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
        rows = store.versions_of(db, d["id"])
        files = store.version_files(db, [v["id"] for v in rows])
        versions = [dict(v, attachments=files.get(v["id"], []), changesets=by_version.get(v["id"], [])) for v in rows]
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
            for f in v["attachments"]:
                how = "text read" if f["status"] == "ok" else f["status"]
                click.echo(f"      附件 {f['name']} <{f['url']}>: {how}" + (f" ({f['detail']})" if f["detail"] else ""))
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


@click.command()
@click.argument("key")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print {schema, query, documents: [... versions: [... changesets]]}.")
def history(key: str, db_path: str | None, as_json: bool) -> None:
    """List the stored versions of a publisher's documents (or of one URL) and their changes.

    Example: monitor history 王坛镇
    """
    from monitor import store

    try:
        with contextlib.closing(store.open_readonly(db_path)) as db:
            data = history_json(db, key)
    except MonitorError as exc:
        fail(str(exc))
    if not data["documents"]:
        fail(f'no document stored for "{key}" (give a publisher, URL or 索引号)')
    if as_json:
        print_json(data)
    else:
        _print_history(data)


@click.command()
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
        with contextlib.closing(store.open_readonly(db_path)) as db:
            found = store.changesets(db, since=day)
    except MonitorError as exc:
        fail(str(exc))
    if as_json:
        print_json(dict(report_json_many(found), since=day))
    else:
        click.echo(render_changesets(found, fmt), nl=False)


@click.command()
@db_option
@click.option("--all", "every", is_flag=True, help="Every stored version, not only each document's current one.")
def reextract(db_path: str | None, every: bool) -> None:
    """Read stored versions again with this version's extractor (run after an upgrade).

    History, reports, trends and the site show the targets read when a version was stored. After an
    upgrade that reads plans better, this stores what the new extractor reads in each document's
    current version (every version with --all). Nothing is fetched or alerted; the change sets
    already alerted keep the targets they showed. Safe to stop and run again: it goes on where it stopped.

    Example: monitor reextract --db state/monitor.db
    """
    from monitor import pipeline, store
    from monitor.lock import RunLock

    path = store.db_path(db_path)
    if not path.is_file():  # a typo in --db is an error, never a new empty database with nothing to do
        fail(f"{path}: no database there (monitor run --once or monitor replay makes one)")
    try:
        db = store.open_db(path)
        lock = RunLock(path)
        lock.acquire()
        try:
            stale = store.stale_versions(db, pipeline.extractor_id(), every=every)
            before = after = 0
            for version_id in stale:
                b, a = pipeline.reextract(db, version_id)
                before, after = before + b, after + a
        finally:
            lock.release()
            db.close()
    except MonitorError as exc:
        fail(str(exc))
    if not stale:
        click.echo("every version was read by this extractor: nothing to do")
    else:
        click.echo(f"read {len(stale)} versions again: {before} targets and actuals before, {after} now")
