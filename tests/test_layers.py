"""One direction of imports: pure modules do no I/O, scrapers never touch the database,
the HTTP client or the notifiers, and only the CLI wires everything together."""

from __future__ import annotations

import ast

import pytest
from conftest import ROOT

PURE = {"models", "errors", "seedformat", "extract", "numbers", "diff", "report", "trend", "chart", "chardiff"}
IO_LIBRARIES = {"httpx", "sqlite3", "sqlite_utils", "smtplib", "socket", "urllib", "http",
                "apscheduler", "selectolax", "subprocess", "threading", "asyncio"}
IO_MODULES = {"fetch", "store", "notify", "crawl", "outbox", "service", "schedule", "fakesite",
              "demo", "config", "cli", "sources", "scraper"}


def imports_of(path) -> set[str]:
    """Every module name a file imports (absolute, dotted)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def monitor_modules():
    return sorted(p for p in (ROOT / "monitor").glob("*.py") if p.stem not in {"__init__", "__main__"})


@pytest.mark.parametrize("path", [p for p in monitor_modules() if p.stem in PURE], ids=lambda p: p.stem)
def test_pure_modules_import_no_io(path):
    for name in imports_of(path):
        top = name.split(".")[0]
        assert top not in IO_LIBRARIES, f"{path.name} imports {name}"
        if top == "monitor" and len(name.split(".")) > 1:
            assert name.split(".")[1] not in IO_MODULES, f"{path.name} imports {name}"


@pytest.mark.parametrize("path", sorted((ROOT / "scrapers").glob("*.py")), ids=lambda p: p.stem)
def test_scrapers_only_turn_bytes_into_documents(path):
    for name in imports_of(path):
        top = name.split(".")[0]
        assert top not in {"httpx", "sqlite3", "sqlite_utils", "smtplib", "socket", "apscheduler"}, f"{path.name} imports {name}"
        if top == "monitor" and len(name.split(".")) > 1:
            assert name.split(".")[1] in {"scraper", "models", "errors", "seedformat"}, f"{path.name} imports {name}"


def test_building_blocks_do_not_import_the_scrapers_package():
    for path in monitor_modules():
        if path.stem in {"cli", "crawl", "service", "demo", "schedule", "config", "sources"}:
            continue
        assert not any(n.split(".")[0] == "scrapers" for n in imports_of(path)), path.name
