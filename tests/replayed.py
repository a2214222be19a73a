"""Helpers of the analysts' tests: a database replayed from the seeds and their companion plans, as a
user builds it, and the links of a page."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT
from selectolax.lexbor import LexborHTMLParser

from monitor.cli import cli


def replay_into(db: Path) -> Path:
    """`monitor replay seeds/ tests/fixtures/plans/` into `db`; returns db."""
    result = CliRunner().invoke(
        cli, ["replay", "--db", str(db), str(ROOT / "seeds"), str(ROOT / "tests" / "fixtures" / "plans")]
    )
    assert result.exit_code == 0, result.output
    return db


def replay_and_build_site(root: Path) -> Path:
    """root/monitor.db replayed, then `monitor site root/out`; returns root."""
    db = replay_into(root / "monitor.db")
    result = CliRunner().invoke(cli, ["site", str(root / "out"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return root


class Links:
    """Every href/src and every id of an HTML page (read by Lexbor, as the monitor reads pages)."""

    def __init__(self, html: str = "") -> None:
        tree = LexborHTMLParser(html)
        self.links: list[str] = [v for node in tree.css("[href], [src]") for k in ("href", "src")
                                 if (v := node.attributes.get(k))]
        self.ids: set[str] = {v for node in tree.css("[id]") if (v := node.attributes.get("id"))}
