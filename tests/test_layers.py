"""One direction of imports: pure modules do no I/O, scrapers never touch the database,
the HTTP client or the notifiers, and only the CLI wires everything together."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest
from conftest import ROOT

PURE = {"models", "errors", "seedformat", "extract", "numbers", "diff", "report", "attachments", "trend", "chart",
        "chardiff"}
IO_LIBRARIES = {"httpx", "sqlite3", "sqlite_utils", "smtplib", "socket", "urllib", "http",
                "apscheduler", "selectolax", "subprocess", "threading", "asyncio"}
IO_MODULES = {"fetch", "store", "notify", "crawl", "outbox", "schedule", "demo", "config", "cli",
              "sources", "scraper", "pipeline", "runner", "serve", "status", "lock", "logs", "health"}
DEV_ONLY = {"support", "conftest", "pytest", "hypothesis", "aiosmtpd"}  # the development package and test libraries


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


def cli_modules():
    return sorted((ROOT / "monitor" / "cli").glob("*.py"))


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
        if path.stem in {"crawl", "runner", "demo", "schedule", "config", "sources"}:
            continue
        assert not any(n.split(".")[0] == "scrapers" for n in imports_of(path)), path.name


def test_the_store_only_persists_and_queries():
    # extracting, diffing and alerting are the pipeline's: the store imports none of them
    for name in imports_of(ROOT / "monitor" / "store.py"):
        parts = name.split(".")
        if parts[0] == "monitor" and len(parts) > 1:
            assert parts[1] not in {"extract", "diff", "pipeline", "outbox", "notify", "crawl", "fetch"}, name


def test_only_the_pipeline_writes_versions():
    # a document becomes a version in one place: nobody else calls the store's write functions
    writes = ("write_version", "write_changes", "write_targets", "write_document", "write_revert")
    for path in [*monitor_modules(), *cli_modules(), *sorted((ROOT / "benchmarks").glob("*.py"))]:
        if path.stem in {"store", "pipeline"}:
            continue
        text = path.read_text(encoding="utf-8")
        assert not any(f"store.{w}" in text for w in writes), path.name


def test_only_the_cli_speaks_click_and_nothing_imports_the_cli():
    for path in monitor_modules():
        for name in imports_of(path):
            assert name.split(".")[0] != "click", f"{path.name} imports {name}"
            assert not name.startswith("monitor.cli"), f"{path.name} imports {name}"


def test_every_exception_is_declared_in_errors():
    # one exception tree, drawn in monitor/errors.py's docstring
    for path in [*monitor_modules(), *cli_modules()]:
        if path.stem == "errors":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                assert not any(b.endswith(("Error", "Exception")) or b == "Interrupted" for b in bases), (
                    f"{path.name}: class {node.name} is an exception outside monitor/errors.py")
    from monitor import errors

    tree_text = errors.__doc__
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception) and obj.__module__ == "monitor.errors":
            assert re.search(rf"^[ *+|]* {name}\b", tree_text, re.M), f"{name} is not drawn in the tree of monitor/errors.py"


@pytest.mark.parametrize("path", monitor_modules() + sorted((ROOT / "scrapers").glob("*.py")), ids=lambda p: p.stem)
def test_the_product_never_imports_the_development_package_or_test_libraries(path):
    for name in imports_of(path):
        assert name.split(".")[0] not in DEV_ONLY, f"{path.name} imports {name}"


def test_reading_list_pages_does_not_load_the_detail_reader():
    """A re-check that finds nothing new reads list pages only: the scrapers load the reader on a detail page."""
    code = "import sys, monitor.crawl, scrapers; print('monitor.reader' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "False"
