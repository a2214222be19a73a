"""What analysts look at: `trend`, `targets`, `search`, `site` (read the store; docs/analysis.md)."""

from __future__ import annotations

import click

from monitor.cli.common import db_option, fail
from monitor.errors import MonitorError


@click.command()
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
        fail(str(exc))


@click.command()
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
        fail(str(exc))


@click.command()
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
        click.echo(analysis.search_command(db_path, query, publisher, day, limit, as_json,
                                                   mark=lambda s: click.style(f"【{s}】", bold=True)), nl=False)
    except MonitorError as exc:
        fail(str(exc))


@click.command()
@click.argument("out", type=click.Path(file_okay=False))
@click.option("--base-url", metavar="URL", help="Where the site is published: absolute links in feed.xml (else relative).")
@click.option("--full", is_flag=True, help="Render every page, not only what changed since the last build into OUT.")
@db_option
def site(out: str, base_url: str | None, full: bool, db_path: str | None) -> None:
    """Write a static HTML site (publishers, target charts, change sets, feed.xml) into OUT.

    A second build into OUT renders only what changed since the first (OUT/.build.json records it),
    with the same result as a full build.

    Example: monitor site public/ && open public/index.html
    """
    from monitor import analysis

    try:
        click.echo(analysis.site_command(db_path, out, base_url, full))
    except MonitorError as exc:
        fail(str(exc))
