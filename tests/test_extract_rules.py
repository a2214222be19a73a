"""Every named rule of the extractor fires on its examples and spares the others (issue 12.2)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.extract import explain_body
from monitor.extract.rulebook import BY_ID, RULES

PLAN = "二、2025年工作安排\n"
PACKAGE = Path(__file__).resolve().parents[1] / "monitor" / "extract"


def rules_fired(example: str) -> set[str]:
    """The ids of the rules behind every record and skipped number of an example."""
    title = "2025年工作计划"
    if example.startswith("title: "):
        title, example = example[7:].split("\n", 1)
    body = example if "\n" in example else PLAN + example
    heading = body.split("\n", 1)[0] if "\n" in example else PLAN.strip()
    fired = set()
    for s in explain_body(body, title):
        if s["sentence"] == heading:
            continue  # the heading's own year
        fired |= {r["rule"] for r in s["records"]} | {k["rule"] for k in s["skipped"]}
    return fired


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_rule_fires_on_its_examples_and_spares_the_others(rule):
    assert rule.fires, f"rule {rule.id} has no example it fires on"
    assert rule.says and len(rule.says) <= 110
    for sentence in rule.fires:
        assert rule.id in rules_fired(sentence), f"{rule.id} does not fire on {sentence!r}"
    for sentence in rule.spares:
        assert rule.id not in rules_fired(sentence), f"{rule.id} fires on {sentence!r}"


def test_every_rule_id_the_code_gives_is_in_the_rulebook():
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py") if p.name != "rulebook.py")
    given = set(re.findall(r'return "([a-z]+(?:-[a-z]+)+|ordinal|condition|framing|restated)"', code))
    given |= set(re.findall(r'"([a-z]+-[a-z-]+)"\)? if', code)) | set(re.findall(r'it\.skip = "([a-z-]+)"', code))
    assert given, "no rule ids found in the code"
    assert given <= set(BY_ID), sorted(given - set(BY_ID))


def test_explain_says_what_placed_each_sentence_in_its_part():
    body = "一、2024年工作回顾\n五年来,累计新增就业12万人。\n今年主要预期目标是:地区生产总值增长6%。"
    rows = {s["sentence"]: (s["part"], s["period"], s["why"]) for s in explain_body(body, "2025年工作计划")}
    assert rows["五年来,累计新增就业12万人。"] == ("review", "2020-2024", "the paragraph opening “五年来”")
    part, period, why = rows["今年主要预期目标是:地区生产总值增长6%。"]
    assert (part, period) == ("plan", "2025") and why == "the lead-in “预期目标是:”"


def test_explain_shows_the_part_and_the_rule_beside_every_record_and_skip():
    [heading, s] = explain_body(PLAN + "力争新增就业1200人,推进二期建设。", "2025年工作计划")
    assert (s["part"], s["period"]) == ("plan", "2025")
    assert [r["rule"] for r in s["records"]] == ["plan-part"]
    assert [(k["number"], k["rule"]) for k in s["skipped"]] == [("二期", "numeral-phase")]
    assert s["skipped"][0]["reason"] == BY_ID["numeral-phase"].says
