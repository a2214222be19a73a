"""The seed gold, scored by the shared scorer exactly as CI scores `monitor extract --json`.

The gold (../shared/gold) and the scorer (../shared/tools/score_targets.py) live next to
the repository; a checkout without them cannot show that extraction meets the
acceptance thresholds, so these tests fail (never skip) when they are missing.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import ROOT, SEEDS, SHARED

from monitor.extract import extract
from monitor.seedformat import parse_file

SCORER = SHARED / "tools" / "score_targets.py"
GOLD = SHARED / "gold"

TARGET_F1 = 0.95
STRICT_F1 = 0.92
ACTUAL_RECALL = 0.95


def load_scorer():
    """The shared scorer as a module; a clear failure when ../shared is not there."""
    if not SCORER.is_file() or not any(GOLD.glob("*.json")):
        pytest.fail(
            f"the seed gold cannot be scored: expected the scorer at {SCORER} and gold files in {GOLD} "
            "(the ../shared folder next to the repository)"
        )
    spec = importlib.util.spec_from_file_location("score_targets", SCORER)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def predictions() -> dict[str, dict]:
    """The extraction of every seed in the gold shape, keyed by file name."""
    out = {}
    for path in SEEDS:
        found = extract(parse_file(path))
        out[path.name] = {
            "targets": [t.to_json() for t in found.targets],
            "actuals": [t.to_json() for t in found.actuals],
        }
    return out


@pytest.fixture(scope="module")
def tallies():
    """(targets, actuals) tallies of the shared scorer over the five seeds."""
    scorer = load_scorer()
    preds = predictions()
    targets, actuals = scorer.Tally(), scorer.Tally()
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = scorer.nfkc((ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8"))
        pred = preds.get(gold["file"], {"targets": [], "actuals": []})
        for tally, key in ((targets, "targets"), (actuals, "actuals")):
            pairs = scorer.match(pred[key], gold.get(key) or [], text)
            tally.add(pred[key], gold.get(key) or [], pairs)
    return targets, actuals


def test_every_gold_file_names_a_seed():
    load_scorer()
    names = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in GOLD.glob("*.json")}
    assert names == {p.name for p in SEEDS}


def test_target_f1_on_the_seeds(tallies):
    targets, _ = tallies
    _, _, f1 = targets.f1(targets.matched)
    assert f1 >= TARGET_F1, targets.line("targets")


def test_strict_target_f1_on_the_seeds(tallies):
    targets, _ = tallies
    _, _, strict = targets.f1(targets.strict)
    assert strict >= STRICT_F1, targets.line("targets")


def test_actuals_recall_on_the_seeds(tallies):
    _, actuals = tallies
    _, recall, _ = actuals.f1(actuals.matched)
    assert recall >= ACTUAL_RECALL, actuals.line("actuals")
