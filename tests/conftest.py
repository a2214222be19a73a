"""Shared fixtures: paths to the repository, the seeds and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_paths() -> list[Path]:
    """The five seed captures."""
    return SEEDS
