"""The tables `monitor run --once` and `monitor status` print (plain text from their JSON-able data)."""

from __future__ import annotations

import re

from monitor.runner import RunSummary

# how httpx and monitor.fetch describe a request that never reached the site
_UNREACHABLE = re.compile(r"ConnectError|ConnectTimeout|ProxyError|timed out|cannot resolve|Network is unreachable")


def summary_text(summary: RunSummary) -> str:
    """The table `monitor run --once` prints."""
    width = max([len(s.source) for s in summary.sources] + [6])
    lines = [f"{'source':<{width}}  {'outcome':<11} {'new':>4} {'changed':>7} {'unchanged':>9} {'failed':>6} {'alerts':>6}"]
    for s in summary.sources:
        lines.append(f"{s.source:<{width}}  {s.outcome:<11} {s.new:>4} {s.changed:>7} {s.unchanged:>9} {s.failed:>6} {s.alerts:>6}"
                     + ("  (baseline)" if s.baseline else ""))
    for s in summary.sources:
        for e in s.errors[:5]:
            lines.append(f"  {e}")
        if len(s.errors) > 5:
            lines.append(f"  {s.source}: ... {len(s.errors) - 5} more errors")
        lines += [f"  warning: {w}" for w in s.warnings[:5]]
        if len(s.warnings) > 5:
            lines.append(f"  {s.source}: ... {len(s.warnings) - 5} more warnings")
    d = summary.delivery
    if d is not None:
        lines.append(f"alerts: {d.sent} sent, {d.failed} failed, {d.expired} expired, {d.waiting} waiting")
        lines += [f"  {e}" for e in d.errors]
    if any(s.baseline for s in summary.sources):
        lines.append("baseline: the first check of a source records its plans without alerting; later changes alert")
    return "\n".join(lines + advice(summary)) + "\n"


def advice(summary: RunSummary) -> list[str]:
    """What to check after the table: sources that could not be checked, and an alert channel missing."""
    lines = []
    failed = [s for s in summary.sources if s.outcome == "failed"]
    if failed:
        unreachable = [s for s in failed if any(_UNREACHABLE.search(e) for e in s.errors)]
        lines.append(f"{len(failed)} of {len(summary.sources)} sources could not be checked.")
        if unreachable:
            lines.append(f"  {len(unreachable)} could not be reached: check the network, the DNS and the proxy "
                         "(HTTPS_PROXY, HTTP_PROXY, NO_PROXY in the environment).")
        lines.append(f"  Try one source and see what it gets: monitor check {failed[0].source}")
        lines.append("  `monitor demo` runs the whole service on a recorded site and works offline.")
    if not summary.channels:
        lines.append("No alert channel is configured: changes are stored, but nobody is told. Add one to monitor.toml "
                     "(docs/configuration.md) and try it with `monitor notify test NAME`.")
    return lines


UNREAD_SHOWN = 5  # files not read listed under the table, per source


def status_text(data: dict) -> str:
    """The table `monitor status` prints."""
    rows = [("source", "last run", "outcome", "failures", "last change", "waiting", "suspect", "unread")]
    for s in data["sources"]:
        run = s["last_run"] or {}
        rows.append((
            s["source"] + (" (overdue)" if s["overdue"] else "") + (" (quiet)" if s["quiet"] else ""),
            run.get("started_at") or "never",
            run.get("outcome") or "-",
            str(s["consecutive_failures"]),
            (s["last_change"] or {}).get("detected_at") or "-",
            str(s["alerts_waiting"]),
            str(s["suspect_versions"]),
            str(len(s["files_unread"])),
        ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    for s in data["sources"]:
        if s["last_run"] and s["last_run"]["error"]:
            lines.append(f"  {s['last_run']['error']}")
    for s in data["sources"]:
        if s["quiet"]:
            lines.append(f"  {s['source']}: quiet: nothing new or revised since {s['newest_document']}; "
                         "is the column still where the site publishes? (alerts.quiet_after)")
        unread = s["files_unread"]
        for f in unread[:UNREAD_SHOWN]:
            lines.append(f"  {s['source']}: file not read, {f['status']}: {f['file']} (on {f['page']})")
        if len(unread) > UNREAD_SHOWN:
            lines.append(f"  {s['source']}: … {len(unread) - UNREAD_SHOWN} more files not read (`monitor status --json` lists them)")
    if data.get("store_problem"):
        lines.append(f"store: {data['store_problem']}")
    if data.get("older_readings"):
        lines.append(f"{data['older_readings']} documents show targets an older extractor read: "
                     "run `monitor reextract` to read them again")
    for c in data.get("channels_down", []):
        lines.append(f"channel {c['channel']} is failing: {c['waiting']} alerts waiting since {c['since']}, "
                     f"{c['attempts']} attempts; last error: {c['last_error']}")
    alerts = data["alerts"]
    lines.append(f"alerts: {len(alerts['waiting'])} waiting, {alerts['sent']} sent, {alerts['expired']} expired")
    for a in alerts["waiting"]:
        lines.append(f"  #{a['id']} {a['channel']}: {a['subject']} (attempts {a['attempts']}, next {a['next_attempt_at']})")
        if a["last_error"]:
            lines.append(f"      last error: {a['last_error']}")
    return "\n".join(lines) + "\n"
