"""What every command shares: JSON output, `Error: ...` exits, the --db/--format/--config options, reading captures."""

from __future__ import annotations

import json
import sys

import click

from monitor import seedformat
from monitor.errors import MonitorError, NoHeaderError
from monitor.models import Document


def print_json(data: object) -> None:
    """Print data as UTF-8 JSON (Chinese kept readable)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def fail(message: str, code: int = 1) -> None:
    """Print 'Error: message' on stderr and exit with code."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


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


def read_config(config_file: str | None, *, secrets: bool = False):
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


def load_document(path: str, note: bool = False) -> Document:
    """A capture in any seed layout, plain text (no metadata) when it has no header, or a PDF/DOCX/XLSX/OFD file."""
    from monitor import attachments

    if attachments.is_document_file(path):
        return attachments.document_from_file(path)
    text = seedformat.read_capture(path)
    try:
        return seedformat.parse(text, path)
    except NoHeaderError:
        doc = seedformat.parse_plain(text, path)
        if note:
            what = "its front matter's title" if doc.title else "metadata null"
            click.echo(f"Note: {path}: no capture header; reading it as plain text ({what})", err=True)
        return doc


def render_changesets(changesets: list, fmt: str) -> str:
    """A change report in the chosen format."""
    from monitor.report import RENDERERS

    return RENDERERS[fmt](changesets)
