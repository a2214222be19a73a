"""A database replayed from the seeds and their companion plans, as a user builds it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT

from monitor.cli import cli


def replay_into(db: Path) -> Path:
    """`monitor replay seeds/ tests/fixtures/plans/` into `db`; returns db."""
    result = CliRunner().invoke(
        cli, ["replay", "--db", str(db), str(ROOT / "seeds"), str(ROOT / "tests" / "fixtures" / "plans")]
    )
    assert result.exit_code == 0, result.output
    return db
