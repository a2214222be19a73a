"""Many hosts at once: the fake site on many loopback addresses, each host polite at its own rate.

127.0.0.2, 127.0.0.3, ... are distinct hosts on Linux. A server process (this script with
`--serve`) listens on all of them with the fake site (tests/support) behind each, one column
per host, and answers every request after an injected round-trip latency. It records when each
request arrived; the benchmark asserts that no host was asked faster than its delay allows.

For each number of hosts, one first crawl (every source, `monitor.crawl.for_each_host`, one
thread per host) into a fresh SQLite file, then an unchanged re-check (list pages + 304s).
`politeness_bound_s` is the slowest host's requests x its delay: no polite crawl can be faster.

Prints its figures last, one per line, as `name: value unit`.

    python benchmarks/hosts.py [--hosts 10,100,1000] [--latency 0.1] [--delay 1.0] [--fillers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import selectors
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the development package: support.fakesite

from monitor.crawl import crawl_source, for_each_host  # noqa: E402
from monitor.fetch import Fetcher, Policy  # noqa: E402
from monitor.sources import Source  # noqa: E402
from support import fakesite  # noqa: E402

COLUMN = next(c for c in fakesite.COLUMNS if c.name == "kq-jidong")  # a jpaas column: shell, list API, pages


def address(i: int) -> str:
    """The loopback address of host i (127.0.0.2 onwards)."""
    return f"127.{(i + 2) >> 16 & 255}.{(i + 2) >> 8 & 255}.{(i + 2) & 255}"


# -- the server side (a thin layer over the fake site) -------------------------------------

_serving = threading.local()  # the address the current request came to


class ManyHostsSite(fakesite.FakeGovSite):
    """The fake site, its pages' 索引号 made unique per host (one 索引号 is one document, on any host)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.numbers = [n.encode() for n in {self.document(p).index_no for p in self.paths(COLUMN.name)} if n]

    def _rendered(self, path: str, query: dict, layout: bool) -> tuple[int, bytes, str, str | None]:
        """The page as the fake site renders it, with this host's 索引号."""
        status, body, ctype, modified = super()._rendered(path, query, layout)
        host = getattr(_serving, "host", None)
        for number in self.numbers if host else ():
            body = body.replace(number, number + b"-" + host.encode())
        return status, body, ctype, modified


def serve(hosts: int, fillers: int, latency: float) -> None:
    """Serve the fake site on `hosts` loopback addresses (one port); print the port, then answer
    "dump" on stdin with the arrival times of the requests per host and the CPU seconds spent
    serving them (JSON), and forget them."""
    try:  # the site notes arrivals as they happen: ahead of the crawler when the cores are busy
        os.nice(-10)
    except OSError:
        pass
    site = ManyHostsSite(fillers=fillers)
    site.prerender()
    arrivals: dict[str, list[float]] = {}
    lock = threading.Lock()

    class Handler(fakesite._Handler):
        owner = site

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            host = _serving.host = self.connection.getsockname()[0]
            with lock:
                arrivals.setdefault(host, []).append(time.monotonic())
            time.sleep(latency)  # the round trip of a distant server
            site.handle(self)

    listeners = _listen([address(i) for i in range(hosts)])
    server = fakesite._Server.__new__(fakesite._Server)  # only handle_error is used by the handler
    selector = selectors.DefaultSelector()
    for sock in listeners:
        selector.register(sock, selectors.EVENT_READ)

    def accept_forever() -> None:
        while True:
            for key, _ in selector.select():
                conn, peer = key.fileobj.accept()  # type: ignore[union-attr]
                threading.Thread(target=_handle, args=(Handler, conn, peer, server), daemon=True).start()

    threading.Thread(target=accept_forever, daemon=True).start()
    print(listeners[0].getsockname()[1], flush=True)
    cpu = sum(_cpu(resource.RUSAGE_SELF))  # the site is rendered: count the serving only
    for line in sys.stdin:
        if line.strip() == "dump":
            with lock:
                cpu, since = sum(_cpu(resource.RUSAGE_SELF)), cpu
                print(json.dumps({"arrivals": arrivals, "cpu": cpu - since}), flush=True)
                arrivals.clear()


def _listen(addresses: list[str]) -> list[socket.socket]:
    """A listening socket on every address, all on one free port."""
    for _ in range(20):
        socks: list[socket.socket] = []
        try:
            for host in addresses:
                sock = socket.socket()
                socks.append(sock)
                sock.bind((host, socks[0].getsockname()[1] if len(socks) > 1 else 0))
                sock.listen(64)
            return socks
        except OSError:  # the port is taken on one of the addresses: try another
            for sock in socks:
                sock.close()
    raise SystemExit("no port free on every loopback address")


def _handle(handler: type, conn: socket.socket, peer: tuple, server: object) -> None:
    """One connection, kept alive until the client closes it."""
    try:
        handler(conn, peer, server)
    except OSError:
        pass
    finally:
        conn.close()


# -- the client side ---------------------------------------------------------------------------


def _cpu(who: int) -> tuple[float, float]:
    """(user, system) CPU seconds of this process (RUSAGE_SELF) or of its finished children."""
    r = resource.getrusage(who)
    return r.ru_utime, r.ru_stime


def cpu_seconds() -> tuple[float, float, float]:
    """CPU seconds (crawler user, crawler system, parse workers): this process and its finished
    children, not the server (still running; it reports its own)."""
    return (*_cpu(resource.RUSAGE_SELF), sum(_cpu(resource.RUSAGE_CHILDREN)))


def crawl(sources: list[Source], db: Path, policy: Policy) -> tuple[float, tuple[float, ...], int, list[str]]:
    """Check every source once, all hosts at once; (seconds, CPU seconds as cpu_seconds(), pages checked, errors)."""
    with Fetcher(policy) as fetcher:
        start, before = time.perf_counter(), cpu_seconds()
        done = for_each_host(sources, lambda conn, s: crawl_source(conn, s, fetcher), db,
                             hosts_in_parallel=len(sources), release=fetcher.release)  # as monitor run does
        seconds, cpu = time.perf_counter() - start, tuple(b - a for a, b in zip(before, cpu_seconds()))
    pages = sum(r.new + r.changed + r.unchanged + r.reverted for r in done.values())
    return seconds, cpu, pages, [e for r in done.values() for e in r.errors]


def polite(arrivals: dict[str, list[float]], delay: float, slack: float = 0.15) -> tuple[int, float]:
    """(the most requests one host got, the shortest gap between two requests to one host);
    SystemExit when a host was asked faster than its delay allows: any k+1 of its requests must
    span k delays. `slack` absorbs when the server sees a request arrive (a new connection's
    handshake, and the scheduling of a 2-core machine serving 1,000 hosts, delay the arrival of one
    request by up to ~0.13 s: the next gap is that much shorter, the rate is not higher)."""
    most, shortest = 0, float("inf")
    for host, times in arrivals.items():
        times.sort()
        most = max(most, len(times))
        for i, first in enumerate(times):
            for k, later in enumerate(times[i + 1:], 1):
                if later - first < k * delay - slack:
                    raise SystemExit(f"{host}: {k + 1} requests within {later - first:.3f} s (delay {delay} s)")
        shortest = min([shortest, *(b - a for a, b in zip(times, times[1:]))])
    return most, shortest


def main() -> None:
    """Serve, crawl and re-check for every host count, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", default="10,100,1000", help="host counts, comma-separated")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds the server waits before answering")
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host")
    parser.add_argument("--fillers", type=int, default=2, help="filler pages per column (one column per host)")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve, args.fillers, args.latency)
    counts = [int(n) for n in args.hosts.split(",")]
    policy = Policy(delay=args.delay, retries=0, timeout=60, deadline=600, allow_private=True)
    figures: list[str] = []
    for hosts in counts:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(hosts), "--fillers", str(args.fillers), "--latency", str(args.latency)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert proc.stdin and proc.stdout
        try:
            port = int(proc.stdout.readline())
            sources = [Source(f"h{i}", COLUMN.scraper, f"http://{address(i)}:{port}/col/col{COLUMN.col}/index.html")
                       for i in range(hosts)]
            with tempfile.TemporaryDirectory() as tmp:
                for label in ("first", "recheck"):
                    seconds, cpu, pages, errors = crawl(sources, Path(tmp) / "hosts.db", policy)
                    proc.stdin.write("dump\n")
                    proc.stdin.flush()
                    dump = json.loads(proc.stdout.readline())
                    arrivals, server = dump["arrivals"], dump["cpu"]
                    if errors:
                        raise SystemExit(f"{hosts} hosts, {label}: {len(errors)} errors, first: {errors[0]}")
                    if len(arrivals) != hosts:
                        raise SystemExit(f"{hosts} hosts, {label}: only {len(arrivals)} hosts were asked")
                    most, shortest = polite(arrivals, args.delay)
                    bound = most * args.delay
                    requests = sum(map(len, arrivals.values()))
                    user, system, workers = cpu
                    print(f"{hosts} hosts, {label}: {pages} pages, {requests} requests, at most {most} per host, "
                          f"shortest gap {shortest:.3f} s, {seconds:.1f} s; CPU s: crawler {user:.1f} user + "
                          f"{system:.1f} system, workers {workers:.1f}, server {server:.1f}")
                    prefix = "" if label == "first" else "recheck_"
                    if label == "first":
                        figures += [f"hosts: {hosts} hosts", f"politeness_bound_s: {bound:.1f} s", f"wall_s: {seconds:.1f} s"]
                    figures += [f"{prefix}wall_vs_bound: {seconds / bound:.2f} x",
                                f"{prefix}shortest_gap_s: {shortest:.3f} s",
                                f"{prefix}cpu_ms_per_page: {1000 * sum(cpu) / pages:.2f} ms",
                                f"{prefix}crawler_cpu_ms_per_request: {1000 * (user + system) / requests:.2f} ms",
                                f"{prefix}server_cpu_ms_per_request: {1000 * server / requests:.2f} ms"]
        finally:
            proc.terminate()
            proc.wait()
    figures.append(f"peak_rss_mb: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print("\n".join(figures))


if __name__ == "__main__":
    main()
