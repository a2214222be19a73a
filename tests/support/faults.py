"""Fault injection for the whole service: a real `monitor run --once` killed with SIGKILL at counted
points, channels and the database made to fail, the site changed between runs; then invariants.

A test double, not product (tests/support). The pieces:

* `Target`: the pid of the run in progress, killed once with SIGKILL by whichever fault fires first;
* `KillingSite`: the fake site, killing the run when the Nth request arrives (before answering it);
* `FaultySMTP`, `FaultyHook`: a real SMTP server and webhook receiver whose next calls refuse
  (4xx/5xx, 500), hold (a timeout), or kill the sender before or after accepting the alert;
* `child`: `python -m support.faults child --commits N --when before|after -- run --once ...` runs the
  real CLI in a process that kills itself with SIGKILL as its Nth COMMIT starts ("before": the
  transaction is lost) or at its first statement after it ("after": the transaction is kept);
* `check`: the invariants over the database and the receivers once the runs are quiet;
* `campaign`: seeded random schedules of all of that (`python -m support.faults --schedules 200`,
  from tests/).

Kills happen at counted requests, messages and commits, never after a sleep.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from support.fakesite import FakeGovSite
from support.receivers import Inbox, SMTPServer, WebhookReceiver

from monitor import seedformat

TESTS = Path(__file__).resolve().parents[1]
SOURCES = ("kq-wangtan", "shangyu-zhangzhen")
WAIT = 120  # seconds: an upper bound for a run to end, never a measured speed


class Target:
    """The run in progress: killed once, with SIGKILL, by the first fault that fires."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.killed_by: str | None = None
        self._lock = threading.Lock()

    def kill(self, why: str, sig: int = signal.SIGKILL) -> None:
        """SIGKILL the run (or send it `sig`), once."""
        with self._lock:
            if self.pid and not self.killed_by:
                self.killed_by = why
                os.kill(self.pid, sig)


class KillingSite(FakeGovSite):
    """The fake site; `kill_at` = N kills the run when its Nth request arrives, before it is answered."""

    def __init__(self, target: Target, **kw) -> None:
        super().__init__(**kw)
        self.target = target
        self.kill_at: int | None = None
        self.kill_with = signal.SIGKILL  # SIGINT: Ctrl-C; SIGTERM: a service manager stopping it
        self.count = 0
        # (N or a path, what to do when the Nth request, or the first request of that path, arrives)
        self.on_request: tuple[int | str, Callable[[], None]] | None = None

    def handle(self, request) -> None:
        with self._lock:
            self.count += 1
            fire = self.count == self.kill_at
            act = None
            if self.on_request and self.on_request[0] in (self.count, urlsplit(request.path).path):
                act, self.on_request = self.on_request[1], None
        if fire:
            self.target.kill(f"request {self.count}", self.kill_with)
        if act:
            act()
        super().handle(request)


class FaultyInbox(Inbox):
    """An aiosmtpd handler with scripted answers: `plan` for the next messages, then accept."""

    def __init__(self, target: Target) -> None:
        super().__init__()
        self.target = target
        self.plan: list[str] = []  # "451", "554", "kill-before", "kill-after", "act-after"
        self.act: Callable[[], None] | None = None  # what "act-after" does once the message is accepted

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        step = self.plan.pop(0) if self.plan else "ok"
        if step in ("451", "554"):
            return f"{step} scripted refusal"
        if step == "kill-before":
            self.target.kill("smtp before accepting")
            return "451 the sender is gone"
        answer = await super().handle_DATA(server, session, envelope)
        if step == "kill-after":
            self.target.kill("smtp after accepting")
        if step == "act-after" and self.act:
            self.act()
        return answer


class FaultySMTP(SMTPServer):
    """A real SMTP server with a FaultyInbox."""

    def __init__(self, target: Target) -> None:
        super().__init__()
        self.inbox = FaultyInbox(target)


@dataclass
class FaultyHook(WebhookReceiver):
    """A webhook receiver with scripted answers: "500", "hold" (answered once `release` is set, after the
    sender gave up), "kill-before", "kill-after"; then 200."""

    target: Target = field(default_factory=Target)
    plan: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    def reply(self) -> tuple[int, dict]:
        step = self.plan.pop(0) if self.plan else "ok"
        if step == "500":
            return 500, {"error": "scripted"}
        if step == "hold":
            self._lock.release()
            try:
                self.release.wait(WAIT)
            finally:
                self._lock.acquire()
            return 503, {"error": "too late"}
        if step == "kill-before":
            self.target.kill("webhook before accepting")
            return 503, {"error": "the sender is gone"}
        if step == "kill-after":
            self.target.kill("webhook after accepting")
        return super().reply()


# -- the child: the real CLI, killed at its Nth commit -------------------------------------


def child(argv: list[str]) -> None:
    """Run `monitor ARGV` killing this process with SIGKILL at the --commits Nth COMMIT (--when before|after)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, required=True)
    parser.add_argument("--when", choices=("before", "after"), default="before")
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    me = os.getpid()
    lock = threading.Lock()
    seen = [0]

    def trace(statement: str) -> None:
        if os.getpid() != me:
            return
        with lock:
            if seen[0] >= args.commits and args.when == "after":
                os.kill(me, signal.SIGKILL)
            if statement.lstrip().upper().startswith("COMMIT"):
                seen[0] += 1
                if seen[0] == args.commits and args.when == "before":
                    os.kill(me, signal.SIGKILL)

    class Traced(sqlite3.Connection):
        def __init__(self, *a, **kw) -> None:
            super().__init__(*a, **kw)
            self.set_trace_callback(trace)

    sqlite3.connect = functools.partial(sqlite3.connect, factory=Traced)
    from monitor.cli import cli

    rest = args.rest[1:] if args.rest[:1] == ["--"] else args.rest
    cli(rest, prog_name="monitor")


# -- a schedule ----------------------------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without proxies and MONITOR_ settings (the fake site is on 127.0.0.1)."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and not k.startswith("MONITOR_")}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return {**env, **extra}


@dataclass
class Step:
    """One run of a schedule: what changed on the site, the fault, and what the run did."""

    changes: list[str]
    fault: str
    code: int | None = None
    killed_by: str | None = None
    stderr: str = ""
    stdout: str = ""


@dataclass
class World:
    """The site, the receivers and the files of one schedule."""

    dir: Path
    target: Target
    site: KillingSite
    smtp: FaultySMTP
    hook: FaultyHook
    mount: Path | None = None  # a small tmpfs holding the database (root only): made full or read-only
    duplicates_allowed: set[str] = field(default_factory=set)  # keys accepted, then the sender killed
    revision: int = 0

    @property
    def db(self) -> Path:
        return (self.mount or self.dir) / "monitor.db"

    def config(self) -> Path:
        """monitor.toml: two sources, an e-mail and a webhook channel for changes, the webhook for health."""
        sources = [s for s in self.site.sources() if s.name in SOURCES]
        text = f'database = "{self.db}"\n'
        text += "".join(f'\n[[sources]]\nname = "{s.name}"\nscraper = "{s.scraper}"\nurl = "{s.url}"\n' for s in sources)
        text += "\n[fetch]\ndelay = 0\nallow_private = true\nretries = 0\n"
        text += (f'\n[channels.mail]\nkind = "email"\nhost = "127.0.0.1"\nport = {self.smtp.port}\nsecurity = "none"\n'
                 'sender = "monitor@example.org"\nto = ["analyst@example.org"]\ntimeout = 5\n')
        text += f'\n[channels.hook]\nkind = "webhook"\nurl = "{self.hook.url}"\ntimeout = 1\n'
        text += '\n[alerts]\nchannels = ["mail", "hook"]\nops_channels = ["hook"]\nerror_threshold = 2\ntext_changes = true\n'
        path = self.dir / "monitor.toml"
        path.write_text(text, encoding="utf-8")
        return path


def run(world: World, fault: str, commits: int = 0, when: str = "before") -> Step:
    """One `monitor run --once --json` with the fault armed."""
    config = world.config()
    if commits:
        cmd = [sys.executable, "-m", "support.faults", "child", "--commits", str(commits), "--when", when, "--"]
    else:
        cmd = [sys.executable, "-m", "monitor"]
    serving = fault.startswith("serve")
    cmd += ["serve", "--check-now", "--config", str(config)] if serving else ["run", "--once", "--json", "--config", str(config)]
    world.target.killed_by = None
    checked = finished_runs(world)
    proc = subprocess.Popen(cmd, env=clean_env(MONITOR_DB_TIMEOUT="1"), cwd=world.dir, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    world.target.pid = proc.pid
    try:
        if serving:  # no signal at a counted request: stopped once every source's check has ended
            deadline = time.monotonic() + WAIT
            while proc.poll() is None and finished_runs(world) < checked + len(SOURCES) and time.monotonic() < deadline:
                time.sleep(0.05)
            world.target.kill("checks done", signal.SIGTERM)
        out, err = proc.communicate(timeout=WAIT)
    finally:
        if proc.poll() is None:
            proc.kill()
        world.target.pid = None
        world.hook.release.set()
    return Step([], fault, proc.returncode, world.target.killed_by or ("commit" if proc.returncode == -9 else None),
                err, out)


def finished_runs(world: World) -> int:
    """How many checks have ended (any outcome but running)."""
    if not world.db.exists():
        return 0
    with contextlib.closing(sqlite3.connect(world.db, timeout=10)) as c:
        try:
            return c.execute("SELECT count(*) FROM runs WHERE outcome != 'running'").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def mutate(world: World, rng: random.Random, baselined: set[str]) -> list[str]:
    """Change the site a little: revise, publish or withdraw pages of sources that have a baseline."""
    done = []
    for _ in range(rng.randint(0, 3)):
        if not baselined:
            break
        name = rng.choice(sorted(baselined))
        paths = world.site.paths(name)
        what = rng.choice(["revise", "revise", "publish", "withdraw"])
        if what == "withdraw" and len(paths) > 4:  # a list keeps the 3 dated links a list template needs
            world.site.withdraw(rng.choice(paths[1:]))
        elif what == "publish" or not paths:
            world.revision += 1
            doc = world.site.document(paths[-1])
            doc = replace(doc, title=f"{doc.title}（第{world.revision}号）", url=None,
                          index_no=f"{doc.index_no or '001'}-{world.revision:04d}",  # a document of its own
                          paragraphs=(*doc.paragraphs, f"第{world.revision}号补充：新增项目{world.revision}个。"))
            world.site.publish(name, seedformat.render(doc))
        else:
            world.revision += 1
            path = rng.choice(paths)
            doc = world.site.document(path)
            doc = replace(doc, url=None, paragraphs=(*doc.paragraphs, f"修订{world.revision}：完成投资{world.revision}亿元。"))
            world.site.revise(path, seedformat.render(doc))
        done.append(what)
    return done


FAULTS = ("none", "none", "kill-request", "kill-commit-before", "kill-commit-after", "smtp-451", "smtp-554",
          "smtp-down", "smtp-kill-before", "smtp-kill-after", "hook-500", "hook-hold", "hook-kill-before",
          "hook-kill-after", "site-500", "site-moved", "db-locked", "db-readonly", "db-full", "db-full-mid", "db-locked-mid",
          "smtp-then-db-full", "smtp-then-db-locked", "int-request", "term-request", "serve", "serve-term-request",
          "serve-kill-request")


def arm(world: World, fault: str, rng: random.Random) -> dict:
    """Set the fault up; returns run() keyword arguments."""
    if fault.endswith("-request"):
        world.site.kill_at = world.site.count + rng.randint(1, 20 + 2 * world.site.fillers)
        world.site.kill_with = {"int": signal.SIGINT, "term": signal.SIGTERM}.get(fault.split("-")[-2], signal.SIGKILL)
    elif fault.startswith("kill-commit"):
        return {"commits": rng.randint(1, 12), "when": fault.rsplit("-", 1)[1]}
    elif fault in ("smtp-451", "smtp-554"):
        world.smtp.inbox.plan = [fault[5:]] * rng.randint(1, 3)
    elif fault == "smtp-down":
        world.smtp.stop()
    elif fault.startswith("smtp-kill"):
        world.smtp.inbox.plan = ["ok"] * rng.randint(0, 2) + [fault[5:]]
    elif fault == "hook-500":
        world.hook.plan = ["500"] * rng.randint(1, 3)
    elif fault == "hook-hold":
        world.hook.release.clear()
        world.hook.plan = ["hold"]
    elif fault.startswith("hook-kill"):
        world.hook.plan = ["ok"] * rng.randint(0, 2) + [fault[5:]]
    elif fault == "site-500":
        world.site.fail(rng.choice(SOURCES), "500")
    elif fault == "site-moved":  # its column sent to the front page, which lists every column's newest documents
        world.site.fail(rng.choice(SOURCES), "moved")
    elif fault == "db-locked":
        lock_db(world)
    elif fault == "db-locked-mid":
        world.site.on_request = (world.site.count + rng.randint(1, 20), lambda: lock_db(world))
    elif fault == "db-full-mid" and world.mount:
        world.site.on_request = (world.site.count + rng.randint(1, 20), lambda: fill(world.mount))
    elif fault == "smtp-then-db-full" and world.mount:
        world.smtp.inbox.plan, world.smtp.inbox.act = ["ok"] * rng.randint(0, 2) + ["act-after"], lambda: fill(world.mount)
    elif fault == "smtp-then-db-locked":
        world.smtp.inbox.plan, world.smtp.inbox.act = ["ok"] * rng.randint(0, 2) + ["act-after"], lambda: lock_db(world)
    elif fault == "db-readonly" and world.mount:
        subprocess.run(["mount", "-o", "remount,ro", str(world.mount)], check=True)
    elif fault == "db-full" and world.mount:
        fill(world.mount)
    return {}


def lock_db(world: World) -> None:
    """Hold the database's write lock from another connection (until disarm)."""
    world.locker = sqlite3.connect(world.db, timeout=30, check_same_thread=False)
    world.locker.execute("BEGIN EXCLUSIVE")


def fill(mount: Path) -> None:
    """Fill the tmpfs to its last byte."""
    try:
        with open(mount / "ballast", "wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
    except OSError:  # ENOSPC: full
        pass


def disarm(world: World, fault: str) -> None:
    """Undo the fault."""
    world.site.kill_at = None
    world.site.kill_with = signal.SIGKILL
    world.site.on_request = None
    world.smtp.inbox.act = None
    world.site.heal()
    world.smtp.inbox.plan = []
    world.hook.plan = []
    world.hook.release.set()
    if fault == "smtp-down":
        world.smtp.start()
    locker = getattr(world, "locker", None)
    if locker:
        locker.rollback()
        locker.close()
        world.locker = None
    if fault == "db-readonly" and world.mount:
        subprocess.run(["mount", "-o", "remount,rw", str(world.mount)], check=True)
    if world.mount:
        (world.mount / "ballast").unlink(missing_ok=True)


def accepted_then_killed(world: World, before: tuple[int, int], step_fault: str, stderr: str = "") -> None:
    """Remember the keys a receiver accepted just before the sender was killed, before its delivery pass
    stopped on a store it could not write (the mark "sent" failed), or with an answer that reached the sender
    after its timeout (a loaded machine): one repeat of each is allowed (at least once, one idempotency key)."""
    if "alert delivery stopped" in stderr:  # the pass stops at the first store error: the last one accepted
        if len(world.smtp.messages) > before[0]:
            world.duplicates_allowed.add(key_of_mail(world.smtp.messages[-1]))
        if len(world.hook.received) > before[1]:
            world.duplicates_allowed.add(world.hook.received[-1].headers.get("X-Monitor-Idempotency-Key"))
    if world.target.killed_by in ("smtp after accepting",) and len(world.smtp.messages) > before[0]:
        world.duplicates_allowed.add(key_of_mail(world.smtp.messages[-1]))
    if step_fault.startswith("smtp-then") and len(world.smtp.messages) > before[0]:
        acted = before[0] + len([p for p in world.acted_plan if p == "ok"])
        if acted < len(world.smtp.messages):
            world.duplicates_allowed.add(key_of_mail(world.smtp.messages[acted]))
    if world.target.killed_by in ("webhook after accepting",) and len(world.hook.received) > before[1]:
        world.duplicates_allowed.add(world.hook.received[-1].headers.get("X-Monitor-Idempotency-Key"))
    from monitor.notify import message_id

    hooked = {r.headers.get("X-Monitor-Idempotency-Key") for r in world.hook.received[before[1]:]}
    mailed = {key_of_mail(m) for m in world.smtp.messages[before[0]:]}
    for key in timed_out(stderr):  # received, but the answer came too late for the sender: it sends again
        if key in hooked:
            world.duplicates_allowed.add(key)
        if message_id(key) in mailed:
            world.duplicates_allowed.add(message_id(key))


def timed_out(stderr: str) -> list[str]:
    """The alerts a run logged as not delivered because the receiver's answer did not come in time."""
    return re.findall(r"alert (\S+) not delivered: .*(?:timed out|did not answer within|[Tt]imeout)", stderr)


def key_of_mail(message) -> str:
    """The Message-ID of a received e-mail (derived from the alert's key)."""
    return str(message["Message-ID"])


def baselined(world: World) -> set[str]:
    """The sources with a successful check on record."""
    if not world.db.exists():
        return set()
    with contextlib.closing(sqlite3.connect(world.db, timeout=10)) as c, c:
        try:
            return {r[0] for r in c.execute(
                "SELECT DISTINCT s.key FROM runs r JOIN sources s ON s.id = r.source_id "
                "WHERE r.outcome IN ('ok', 'partial')")}
        except sqlite3.OperationalError:  # killed before the store was made
            return set()


def expected_codes(fault: str, killed: bool) -> set[int]:
    """The exit codes a run with this fault may end with."""
    if killed:
        return {-9}
    if fault.startswith("serve"):
        return {0}  # stopped by SIGTERM
    if fault == "int-request":
        return {0, 1, 3, 130}
    if fault == "term-request":
        return {0, 1, 3, -signal.SIGTERM}  # run --once keeps SIGTERM's default: it dies, as with kill -9
    return {
        "db-locked": {4}, "db-readonly": {4}, "db-full": {1, 4}, "site-500": {1}, "site-moved": {1},
        "db-full-mid": {0, 1, 3}, "db-locked-mid": {0, 1, 3},  # checked, then failed: never "did not start" (4)
    }.get(fault, {0, 1, 3})


def problems_of_step(step: Step) -> list[str]:
    """What a user would see wrong in one run: a traceback, a bug's exit code, an unexpected exit code."""
    found = []
    if step.code == 4 and "monitor.db" not in step.stderr:
        found.append(f"exit 4 without naming the database ({step.fault}): {step.stderr[-400:]}")
    if "Traceback" in step.stderr or "Traceback" in step.stdout:
        text = step.stderr + step.stdout
        found.append(f"traceback in run ({step.fault}): {text[max(0, text.index('Traceback') - 300):][:3000]}")
    if step.code == 70:
        found.append(f"exit 70 (a bug) in run ({step.fault}): {step.stderr[-600:]}")
    elif step.code not in expected_codes(step.fault, step.code == -9 or step.killed_by == "commit"):
        found.append(f"exit {step.code} in run ({step.fault}, killed by {step.killed_by}): {step.stderr[-400:]}")
    return found


def orphans(world: World) -> list[str]:
    """Processes of this schedule's runs still alive once they all ended (a killed run's parse workers)."""
    def left() -> list[str]:
        found = []
        for entry in Path("/proc").iterdir():
            try:
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                continue
            if str(world.dir) in cmd and state != "Z":
                found.append(f"{entry.name}: {cmd}")
        return found

    deadline = time.monotonic() + WAIT
    while left() and time.monotonic() < deadline:  # they die with their parent (PR_SET_PDEATHSIG), at once
        time.sleep(0.05)
    return [f"process left behind: {p}" for p in left()]


def status_problems(world: World, fault: str) -> list[str]:
    """`monitor status --json` must still answer (it only reads): no traceback, its table as JSON."""
    if not world.db.exists():
        return []
    done = subprocess.run([sys.executable, "-m", "monitor", "status", "--json", "--config", str(world.dir / "monitor.toml")],
                          env=clean_env(MONITOR_DB_TIMEOUT="1"), cwd=world.dir, capture_output=True, text=True,
                          timeout=WAIT)
    if "Traceback" in done.stderr or done.returncode not in (0, 1):
        return [f"status under {fault}: exit {done.returncode}: {done.stderr[-600:]}"]
    if done.returncode == 1 and done.stderr.startswith("Error: ") and done.stderr.count("\n") == 1:
        return []  # one line saying why (e.g. a first run killed between its migrations: the next run ends them)
    try:
        json.loads(done.stdout)
    except ValueError:
        return [f"status under {fault}: exit {done.returncode}, no JSON: {done.stdout[-300:]} {done.stderr[-300:]}"]
    return []


def quiet(world: World, history: list[Step]) -> list[str]:
    """Run until nothing is new and nothing waits (moving the outbox's clock instead of waiting)."""
    for _ in range(6):
        if world.db.exists():
            with contextlib.closing(sqlite3.connect(world.db, timeout=10)) as c, c:
                c.execute("UPDATE outbox SET next_attempt_at = '2000-01-01T00:00:00+00:00' WHERE status = 'pending'")
        step = run(world, "none")
        history.append(step)
        if step.code != 0:
            continue
        summary = json.loads(step.stdout)
        waiting = summary["alerts"]["waiting"] if summary["alerts"] else 0
        if all(s["new"] == s["changed"] == 0 for s in summary["sources"]) and not waiting:
            return []
    return [f"not quiet after 6 fault-free runs: last exit {step.code}: {step.stdout[-600:]} {step.stderr[-600:]}"]


def check(world: World) -> list[str]:
    """The invariants, once quiet: every served page stored once, every change alerted once per channel."""
    found = []
    with contextlib.closing(sqlite3.connect(world.db, timeout=10)) as c, c:
        urls = {r[0] for r in c.execute("SELECT url FROM documents")}
        for name in SOURCES:
            for url in world.site.page_urls(name):
                if url not in urls:
                    found.append(f"page never stored: {url}")
        for url, key in c.execute("SELECT d.url, s.key FROM documents d JOIN sources s ON s.id = d.source_id"):
            owner = next((n for n in SOURCES if url in world.site.page_urls(n)), key)
            if owner != key:
                found.append(f"{url}: a page of {owner} stored as {key}'s")
        for doc, sha, n in c.execute(
                "SELECT document_id, sha256, count(*) FROM versions WHERE same_as IS NULL GROUP BY 1, 2 HAVING count(*) > 1"):
            found.append(f"document {doc}: version {sha[:12]} stored {n} times")
        for (n,) in c.execute("SELECT count(*) FROM runs WHERE outcome = 'running'"):
            if n:
                found.append(f"{n} run(s) still shown as running")
        rows = c.execute("SELECT key, channel, status FROM outbox").fetchall()
        keys = {(k, ch) for k, ch, _ in rows}
        for key, channel, status in rows:
            if status != "sent":
                found.append(f"alert {key} {status}, not sent")
        # every revision stored after its source's baseline has one alert per change channel
        for old, new, doc in c.execute(
                "SELECT (SELECT max(p.id) FROM versions p WHERE p.document_id = v.document_id AND p.id < v.id), v.id, "
                "v.document_id FROM versions v WHERE v.same_as IS NULL AND v.hold IS NULL"):
            if old is None:
                continue
            for channel in ("mail", "hook"):
                flipflop = any(k.startswith(f"flipflop-{doc}-") for k, ch in keys if ch == channel)  # summarised, by design
                if not flipflop and not any(k.endswith(f"-{old}-{new}-{channel}") and k.startswith("changes-")
                                            for k, ch in keys if ch == channel):
                    found.append(f"document {doc}: revision {old} -> {new} has no {channel} alert")
    from monitor.notify import message_id

    mail_keys = {message_id(k): k for k, ch in keys if ch == "mail"}
    counts: dict[str, int] = {}
    for m in world.smtp.messages:
        counts[key_of_mail(m)] = counts.get(key_of_mail(m), 0) + 1
    for mid, n in counts.items():
        if mid not in mail_keys:
            found.append(f"e-mail {mid} received but not in the outbox")
        elif n > 1 and mid not in world.duplicates_allowed:
            found.append(f"e-mail {mail_keys[mid]} received {n} times")
    for k, ch in keys:
        if ch == "mail" and message_id(k) not in counts:
            found.append(f"alert {k} marked sent, never received by mail")
    hooked: dict[str, int] = {}
    for r in world.hook.received:
        key = r.headers.get("X-Monitor-Idempotency-Key")
        hooked[key] = hooked.get(key, 0) + 1
    for key, n in hooked.items():
        if (key, "hook") not in keys:
            found.append(f"webhook {key} received but not in the outbox")
        elif n > 1 and key not in world.duplicates_allowed:
            found.append(f"webhook {key} received {n} times")
    for k, ch in keys:
        if ch == "hook" and k not in hooked:
            found.append(f"alert {k} marked sent, never received by webhook")
    return found


def schedule(seed: int, steps: int = 6, work: Path | None = None, fillers: int = 3) -> tuple[list[Step], list[str]]:
    """One seeded random schedule: runs with faults and site changes, then quiet runs and the invariants."""
    rng = random.Random(seed)
    target = Target()
    work = Path(tempfile.mkdtemp(prefix=f"faults-{seed}-", dir=work))
    mount = None
    if os.geteuid() == 0:
        mount = work / "db"
        mount.mkdir()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], check=True)
    history: list[Step] = []
    problems: list[str] = []
    hook = FaultyHook(target=target)
    smtp = FaultySMTP(target)
    try:
        with KillingSite(target, fillers=fillers) as site, hook:
            smtp.start()
            world = World(work, target, site, smtp, hook, mount)
            for i in range(steps):
                changes = mutate(world, rng, baselined(world))
                fault = rng.choice(FAULTS) if i else rng.choice(("none", "none", "kill-request", "kill-commit-before"))
                if fault.startswith("db-") and not world.db.exists():
                    fault = "none"
                before = (len(smtp.messages), len(hook.received))
                kwargs = arm(world, fault, rng)
                world.acted_plan = list(world.smtp.inbox.plan)
                try:
                    step = run(world, fault, **kwargs)
                    if fault.startswith("db-"):  # while the database is still locked, read-only or full
                        problems += status_problems(world, fault)
                finally:
                    disarm(world, fault)
                step.changes = changes
                accepted_then_killed(world, before, fault, step.stderr)
                history.append(step)
                problems += problems_of_step(step)
            problems += quiet(world, history)
            problems += orphans(world)
            for step in history[steps:]:
                problems += problems_of_step(step)
            if not problems:
                problems += check(world)
            smtp.stop()
    except Exception:
        problems.append("harness: " + traceback.format_exc())
    finally:
        if mount:
            subprocess.run(["umount", "-l", str(mount)], check=False)
    return history, problems


def trail(history: list[Step], problem: str) -> list[str]:
    """The log lines of each step that name the alert a problem names (what happened to it, run by run)."""
    key = next((w for w in problem.split() if w.startswith(("changes-", "flipflop-", "health-"))), None)
    if key is None:
        return []
    return [f"{step.fault}: {line.strip()[:240]}" for step in history
            for line in step.stderr.splitlines() if key in line]


def campaign(argv: list[str]) -> int:
    """Run seeded schedules; print one line per schedule and the problems found."""
    parser = argparse.ArgumentParser(prog="python -m support.faults")
    parser.add_argument("--schedules", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--fillers", type=int, default=3, help="pages a column lists besides its seed (over 16 in a "
                        "run: parsed in worker processes)")
    args = parser.parse_args(argv)
    failed = 0
    for seed in range(args.seed, args.seed + args.schedules):
        history, problems = schedule(seed, args.steps, args.work, args.fillers)
        line = " ".join(f"{s.fault}:{s.code}" for s in history)
        print(f"seed {seed}: {'FAIL' if problems else 'ok'} {line}", flush=True)
        for p in problems:
            print(f"    {p}", flush=True)
            for line in trail(history, p):
                print(f"        {line}", flush=True)
        failed += bool(problems)
    print(f"{args.schedules} schedules, {failed} with problems", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(sys.argv[2:])
    else:
        sys.exit(campaign(sys.argv[1:]))
