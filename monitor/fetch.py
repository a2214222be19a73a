"""HTTP fetching: a keep-alive httpx client per origin, polite per host, with retries and conditional GET.

A plain GET (no injected transport, proxy, form or cookie) goes straight to the client's httpcore
connection pool, as httpx's own transport would send it, without building httpx request objects.

`Fetcher.get(url, etag=..., last_modified=...)` returns a `Page` (status 200 with decoded text,
or 304 = unchanged) or raises `FetchError` naming the URL. Each request follows a `Policy`
(the fetcher's own, or a source's: `SourceFetcher`, configured by `[fetch]` in monitor.toml). It:

* waits `delay` seconds between two requests to one host and keeps at most
  `connections_per_host` requests in flight per host; different hosts proceed in parallel
  (the fetcher is shared by threads; `sleep` and `clock` are injectable);
* goes only to the source's host or its `allow_hosts`, following redirects itself one hop at a
  time, each hop checked before it is sent; resolves the name (once a minute: `RESOLVED_FOR`),
  refuses loopback, private, link-local and metadata addresses (unless `allow_private`; metadata
  always) and connects to the address it checked;
* retries transport errors, timeouts, 429 and 5xx with exponential backoff (Retry-After honoured),
  all within the request's `deadline` (hops, retries and a trickled body included);
* sends a descriptive User-Agent, and If-None-Match / If-Modified-Since when validators are known;
* caps the body size, decodes it itself (header -> BOM -> <meta> -> UTF-8 -> GB18030, GB2312/GBK
  read as GB18030, strict: never a silent U+FFFD);
* classifies what is not a page as an error: HTTP 412 and JavaScript-challenge bodies (WAF),
  soft 404s (not 第404期), empty bodies, and a page redirected to its site's front page (a portal
  sends the address of a moved or removed column or document there: its news list is not the page).
"""

from __future__ import annotations

import codecs
import functools
import heapq
import ipaddress
import itertools
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import certifi
import httpcore
import httpx

try:  # httpx internals the direct path of a plain request uses (httpx is pinned to 0.28.x for them)
    from httpx._transports import default as _httpx_transport
except ImportError:  # pragma: no cover - another httpx: every request takes the ordinary httpx path
    _httpx_transport = None
_MAP_ERRORS = getattr(_httpx_transport, "map_httpcore_exceptions", None)  # httpcore errors -> httpx's
_STREAM = getattr(_httpx_transport, "ResponseStream", None)  # an httpcore body as an httpx stream

from monitor import __version__
from monitor.errors import FetchError, TooLarge

USER_AGENT = (
    f"Mozilla/5.0 (compatible; gov-plan-monitor/{__version__}; "
    "reads published government work plans; at most 1 request/s per host)"
)
RETRY_STATUSES = {429, 500, 502, 503, 504}
_GB = {"gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "gb_2312", "csgb2312", "euc-cn", "ms936"}
_META = re.compile(rb"""(?:<meta[^>]+charset|<\?xml[^>]+encoding)\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Markers of anti-bot challenge pages (瑞数 $_ts, Aliyun acw_sc__v2, 360 wzws), looked for in the
# first 8 KB of pages under 30 KB: a challenge page is small and says so early.
# Vendor markers only: a <noscript>请开启JavaScript</noscript> notice is common on real pages.
_CHALLENGE = ("$_ts=", "$_ts =", "acw_sc__v2", "wzws_cid", "_waf_")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
# "404" is an error code only when it is not a number of something: 第404期, 404号令, 404项 and
# 404万元 are ordinals, counts and amounts (第 before it, a measure word or unit after it).
_MEASURE = "期号號次批条條届屆卷篇章个個项項件名家户戶人元万萬亿億吨噸米所座台辆輛"
_NOT_FOUND = re.compile(
    rf"(?<![\d.])(?<!第)(?<!第\s)404(?![\d.]|\s*[{_MEASURE}])|not found|页面不存在|页面未找到|找不到(?:页面|网页|该页)|页面已删除"
    r"|出错了|错误页面|系统错误",
    re.I,
)


@dataclass(frozen=True)
class Page:
    """A fetched page: status 200 with its bytes and decoded text, or 304 (unchanged, no body)."""

    url: str  # the final URL (after same-host redirects)
    status: int
    content: bytes = b""
    text: str = ""
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 1  # HTTP requests made, retries included

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional GET."""
        return self.status == 304


def decode(content: bytes, header_charset: str | None, url: str = "") -> tuple[str, str]:
    """(text, encoding): header charset, BOM, <meta> charset, UTF-8, GB18030; strict, else FetchError."""
    tried: list[str] = []
    for label in _charsets(content, header_charset):
        encoding = _codec(label)
        name = encoding.replace("utf-8-sig", "utf-8")
        if name in tried:
            continue
        tried.append(name)
        try:
            return content.decode(encoding), name
        except (UnicodeDecodeError, LookupError):
            continue
    raise FetchError(f"{url}: cannot decode the page as {', '.join(tried)} without replacement characters")


def _charsets(content: bytes, header_charset: str | None) -> Iterator[str]:
    """Charset labels to try, in order: header, BOM, <meta> (or <?xml encoding>), UTF-8, GB18030.

    A single-byte label (ISO-8859-1, Tomcat's default; windows-1252) goes last: it decodes (nearly) any
    bytes, so a Chinese page mislabelled with it would read as mojibake instead of falling through.
    Lazy: a page that decodes with its header charset is never searched for a <meta>.
    """
    last = []
    if header_charset:
        if _single_byte(header_charset):
            last.append(header_charset)
        else:
            yield header_charset
    bom = next((enc for mark, enc in _BOMS if content.startswith(mark)), None)
    if bom:
        yield bom
    meta = _META.search(content, 0, 4096)
    if meta:
        label = meta.group(1).decode("ascii", "ignore")
        if _single_byte(label):
            last.append(label)
        else:
            yield label
    yield "utf-8"
    yield "gb18030"
    yield from last


@functools.lru_cache(maxsize=64)
def _single_byte(label: str) -> bool:
    """True for a single-byte charset (latin-1, iso-8859-*, windows-125x, koi8, mac), which (nearly) never fails to decode."""
    try:
        name = codecs.lookup(_codec(label)).name
    except LookupError:
        return False
    return name.startswith(("iso8859", "latin", "cp125", "windows-125", "koi8", "mac"))


def _codec(label: str) -> str:
    """A Python codec for a charset label; GB2312/GBK become GB18030, UTF-8 drops a BOM."""
    name = label.strip().strip("\"'").lower()
    if name in _GB:
        return "gb18030"
    if name in ("utf-8", "utf8"):
        return "utf-8-sig"
    return name


# The paths of a site's front page: a page below it that redirects here was moved or removed
_FRONT_PAGES = frozenset(["", "/"] + [f"/{name}.{ext}" for name in ("index", "default", "home", "main")
                                      for ext in ("html", "htm", "shtml", "jsp", "php", "asp", "aspx")])


def sent_to_front_page(url: str, final: str) -> bool:
    """True when `url`, a page below its site's front page, was redirected to the front page (with no query:
    /index.php?m=content&c=index&a=show&id=9 is a page a CMS routes through its index.php)."""
    if final == url:
        return False
    to = urlsplit(final)
    return not to.query and to.path.lower() in _FRONT_PAGES and urlsplit(url).path.lower() not in _FRONT_PAGES


def blocked_reason(status: int, text: str) -> str | None:
    """Why a 2xx/412 answer is not a page (WAF, JS challenge, soft 404, empty), or None."""
    if status == 412:
        return "blocked by a web application firewall (HTTP 412)"
    if not text or text.isspace():  # not text.strip(), without copying the page
        return "empty body"
    if len(text) >= 30_000:  # challenge pages and error pages are small
        return None
    if any(text.find(mark, 0, 8192) >= 0 for mark in _CHALLENGE):  # in the first 8 KB, read in place
        return "blocked: a JavaScript challenge page, not the document"
    title = _TITLE.search(text, 0, 8192)
    if title and _NOT_FOUND.search(title.group(1)):
        return f"soft 404: the page says {title.group(1).strip()[:60]!r}"
    return None


@dataclass(frozen=True)
class Policy:
    """How the requests of one source are made: politeness, limits, and where they may go."""

    delay: float = 1.0  # seconds between two requests to one host
    connections_per_host: int = 1  # requests in flight per host at once
    timeout: float = 20.0  # seconds to connect, and at most between two reads
    deadline: float = 120.0  # seconds for a whole request: redirects, retries and the body included
    retries: int = 3  # further attempts after a transport error, a timeout, 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry, doubling
    max_entries: int = 2000  # entries a source's list pages may yield in one run
    max_new_pages: int = 500  # detail pages never seen before fetched in one run (the rest wait for the next)
    allow_hosts: tuple[str, ...] = ()  # hosts besides the source's own ("host", "host:port", ".suffix")
    allow_private: bool = False  # loopback, private, link-local and metadata addresses
    attachment_max_bytes: int = 30 * 2**20  # size cap of one attachment (PDF, DOCX, ...) a page names


# Cloud metadata services (AWS/GCP/Azure/OpenStack, Alibaba, Tencent, ECS tasks, AWS IPv6):
# refused even when private addresses are allowed.
METADATA = frozenset(map(ipaddress.ip_address, (
    "169.254.169.254", "100.100.100.200", "169.254.0.23", "169.254.170.2", "fd00:ec2::254")))
MAX_REDIRECTS = 5
# Seconds a host name's addresses are reused once looked up: a lookup per request cost a conditional GET
# more CPU than our own code (and a round trip to the DNS server). What is connected to is still an address
# that was checked; a name that moves is followed within this time.
RESOLVED_FOR = 60.0
_REDIRECTS = {301, 302, 303, 307, 308}
Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to (an IP literal is itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]")).compressed]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:  # a transport error: retried like a refused connection
        raise httpx.ConnectError(f"cannot resolve {host}: {exc}") from None
    return sorted({str(info[4][0]).split("%")[0] for info in infos})


@functools.lru_cache(maxsize=4096)
def address_refused(address: str, allow_private: bool) -> str | None:
    """Why a request may not go to this IP address (the rule), or None; read once per address (7 us each time)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip in METADATA:
        return f"{address} is a cloud metadata address"
    if allow_private:
        return None
    for test, what in ((ip.is_loopback, "loopback"), (ip.is_link_local, "link-local"), (ip.is_unspecified, "unspecified"),
                       (ip.is_multicast, "multicast"), (ip.is_private, "private")):
        if test:
            return f"{address} is a {what} address (allow_private is off)"
    if not ip.is_global:
        return f"{address} is not a public address (allow_private is off)"
    return None


def host_allowed(netloc: str, home: str, allow_hosts: tuple[str, ...]) -> bool:
    """True when netloc is the source's own host or one it allows ("name", "name:port", ".suffix");
    a Chinese name and its IDNA form (中文.政务, xn--fiq228c.xn--zfr164b) are one host."""
    name = ascii_host(urlsplit(f"//{netloc}").hostname or netloc)
    netloc = ascii_host(netloc.rpartition("@")[2])
    for allowed in (home, *allow_hosts):
        allowed = ascii_host(allowed)
        if netloc == allowed or name == allowed or (allowed.startswith(".") and name.endswith(allowed)):
            return True
    return False


def ascii_host(netloc: str) -> str:
    """A host name, netloc or ".suffix" in lower case with its non-ASCII labels in IDNA form, as they go on the wire."""
    netloc = netloc.lower()
    if netloc.isascii():
        return netloc
    name, colon, port = netloc.rpartition(":") if netloc.rpartition(":")[2].isdigit() else (netloc, "", "")
    try:
        labels = (label if label.isascii() else label.encode("idna").decode("ascii") for label in name.split("."))
        return ".".join(labels) + colon + port
    except UnicodeError:  # a label IDNA cannot write (empty, too long): compared as written
        return netloc


class _Host:
    """Politeness state of one host: a slot semaphore and the time the next request may start."""

    def __init__(self, connections: int) -> None:
        self.slots = threading.Semaphore(connections)
        self.lock = threading.Lock()
        self.next_at = 0.0


class _Cookies(httpx.Cookies):
    """A client's cookies, read from the answers that set some: reading every answer (a 304 too) for
    cookies cost a sixth of a conditional GET's CPU, building urllib request and header objects."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep the cookies the answer sets, if it sets any."""
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class _Client(httpx.Client):
    """An httpx client whose cookie jar skips the answers that set no cookie (WAF cookies still go back)."""

    def __init__(self, *, direct: bool = False, **settings: Any) -> None:
        super().__init__(**settings)
        self._jar = _Cookies()
        self._fixed = {name.decode("latin-1"): value.decode("latin-1") for name, value in self.headers.raw}
        self._fixed_raw = list(self.headers.raw)
        self._pool = _plain_pool(self) if direct else None

    def prepared(self, method: str, url: str, headers: dict[str, str], form: Mapping[str, str] | None,
                 extensions: dict[str, Any]) -> httpx.Request:
        """The request build_request would make (the client's headers, then these; its cookies), without merging
        the client's URL, headers and cookies anew each time: a sixth of a conditional GET's CPU."""
        return httpx.Request(method, url, headers={**self._fixed, **headers}, data=form,
                             cookies=self._jar if self._jar else None, extensions=extensions)

    def answer(self, method: str, url: str, headers: dict[str, str], form: Mapping[str, str] | None,
               extensions: dict[str, Any]) -> httpx.Response:
        """Send a request and return its answer unread: straight to the connection pool when it is a plain GET
        (no form, no cookie to send, the client's own pool), else through httpx (exchange)."""
        if self._pool is not None and form is None and not self._jar:
            return self._direct(url, headers, extensions)
        return self.exchange(self.prepared(method, url, headers, form, extensions))

    def _direct(self, url: str, headers: dict[str, str], extensions: dict[str, Any]) -> httpx.Response:
        """GET url from the pool as HTTPTransport.handle_request would, without building the httpx.Request
        (its headers, cookies and body objects): a fifth of a conditional GET's CPU. Same bytes on the wire."""
        scheme, host, port, path, netloc = _url_parts(url)
        raw = self._fixed_raw + [(name.encode("ascii"), value.encode("ascii")) for name, value in headers.items()]
        if not any(name.lower() == "host" for name in headers):
            raw.insert(0, (b"Host", netloc))  # where httpx.Request puts it
        request = httpcore.Request(b"GET", httpcore.URL(scheme=scheme, host=host, port=port, target=path),
                                   headers=raw, extensions=extensions)
        with _MAP_ERRORS():
            answer = self._pool.handle_request(request)
        response = httpx.Response(answer.status, headers=answer.headers, stream=_STREAM(answer.stream),
                                  extensions=answer.extensions)
        if "set-cookie" in response.headers:  # rare: the jar reads the cookie's domain and path from the request
            response.request = self.prepared("GET", url, headers, None, extensions)
            self._jar.extract_cookies(response)
        return response

    def exchange(self, request: httpx.Request) -> httpx.Response:
        """Send a prepared request and return its answer unread, keeping the cookies it sets: what send(stream=True)
        does for a client that never authenticates, follows redirects nor runs hooks, without the layers for them."""
        response = self._transport_for_url(request.url).handle_request(request)  # a proxy's transport when one is set
        response.request = request
        self._jar.extract_cookies(response)
        return response

    @property
    def cookies(self) -> httpx.Cookies:
        """The cookies sent with every request and updated from the answers."""
        return self._jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._jar = _Cookies(cookies)


# A URL httpx would send as written: lowercase host (name, IPv4 or [IPv6]), no userinfo, no default-free port
# oddities, no dot segment, no fragment, nothing to percent-encode. httpx 0.28 sends a % sign as written, valid
# escape or not (a list API's paramJson=%7B%22pageNo%22...): compared with httpx.URL over 200,000 random URLs.
_PLAIN_URL = re.compile(r"(https?)://([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::([1-9][0-9]{0,4}))?"
                        r"(/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?(\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?")


def _ascii_url(url: str) -> str:
    """url as it goes in a header: a column URL copied from a browser (Chinese path, IDN host) percent-encoded."""
    return url if url.isascii() else str(httpx.URL(url))


def _url_parts(url: str) -> tuple[bytes, bytes, int | None, bytes, bytes]:
    """(scheme, host, port, target, netloc) as httpx.URL gives them (raw_scheme, raw_host, port, raw_path, netloc);
    a plain URL read with one regex, any other by httpx.URL (its parse was a tenth of a conditional GET's CPU)."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None or "/." in url or (plain.group(3) and int(plain.group(3)) > 65535):
        parsed = httpx.URL(url)
        return parsed.raw_scheme, parsed.raw_host, parsed.port, parsed.raw_path, parsed.netloc
    scheme, host, port_text, path, query = plain.groups()
    port = int(port_text) if port_text else None
    if port == (443 if scheme == "https" else 80):
        port = None  # httpx leaves the default port out (of the Host header too)
    netloc = host if port is None else f"{host}:{port}"
    return (scheme.encode("ascii"), host.strip("[]").encode("ascii"), port,
            ((path or "/") + (query or "")).encode("ascii"), netloc.encode("ascii"))


def _plain_pool(client: httpx.Client) -> httpcore.ConnectionPool | None:
    """The client's own httpcore pool, for requests sent straight to it; None (the httpx path) when a proxy or
    mount may take a request or httpx's internals are not the ones this module knows."""
    transport = getattr(client, "_transport", None)
    pool = getattr(transport, "_pool", None)
    if (_MAP_ERRORS is None or _STREAM is None or getattr(client, "_mounts", None) != {}
            or type(transport) is not httpx.HTTPTransport or type(pool) is not httpcore.ConnectionPool):
        return None
    return pool


_TLS_LOCK = threading.Lock()
_TLS: list[ssl.SSLContext] = []  # the one context, once made


def tls_context() -> ssl.SSLContext:
    """The certificate store every https client of this process shares (ssl.create_default_context with
    certifi's authorities), made on first use, once: reading them costs ~190 M instructions (20-80 ms)."""
    with _TLS_LOCK:
        if not _TLS:
            _TLS.append(ssl.create_default_context(cafile=certifi.where()))
        return _TLS[0]


@functools.cache
def _no_authority() -> ssl.SSLContext:
    """The context every plain-http client shares (one each was ~14 KB a host): it trusts no authority,
    so a TLS handshake such a client were ever asked to make would fail, never go unverified."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # certificate and host name checks on, nothing trusted


class Fetcher:
    """A polite HTTP client shared by the crawl threads; counts the requests it makes.

    `policy` (or its fields as keywords: `Fetcher(delay=0, retries=0)`) applies to every request
    that does not bring its own; `sleep` and `clock` are injectable so tests never wait or time.
    """

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        max_bytes: int = 10 * 2**20,
        user_agent: str = USER_AGENT,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = resolve,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        **settings: Any,
    ) -> None:
        self.policy = replace(policy or Policy(), **settings)
        self.max_bytes = max_bytes
        self.requests = 0
        self.resolver = resolver
        self.sleep = sleep
        self.clock = clock
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._headers = {"User-Agent": user_agent, "Accept-Language": "zh-CN,zh;q=0.9"}
        self._transport = transport
        self._resolved: dict[tuple[str, int], tuple[float, list[str]]] = {}  # (name, port) -> (until, addresses)
        self._clients: dict[str, _Client] = {}

    def _client(self, origin: str) -> _Client:
        """The own client and connection pool of an origin ("https://host:port"): one pool for all hosts serializes
        every request and response on its lock, and its bookkeeping grows with the connections (1,000 hosts queued
        on it). Only an https client reads the certificate authorities (tls_context)."""
        client = self._clients.get(origin)
        if client is not None:
            return client
        with self._lock:
            client = self._clients.get(origin)
            if client is None:
                client = self._clients[origin] = _Client(
                    headers=self._headers,
                    timeout=httpx.Timeout(self.policy.timeout),
                    verify=tls_context() if origin.startswith("https:") else _no_authority(),
                    # the politeness slots (connections_per_host) bound the connections, not the pool
                    limits=httpx.Limits(max_connections=None, max_keepalive_connections=8, keepalive_expiry=60),
                    follow_redirects=False,  # followed here, one hop at a time, each hop checked before it is sent
                    transport=self._transport,
                    direct=self._transport is None,  # an injected transport sees every request
                )
            return client

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def release(self, host: str) -> None:
        """Close the connections to a host ("name:port" as in a URL) once its sources are checked: a run over
        thousands of hosts (or a service running for weeks) would otherwise hold a socket for each."""
        with self._lock:
            done = [origin for origin in self._clients if origin.partition("://")[2] == ascii_host(host)]
            clients = [self._clients.pop(origin) for origin in done]
        for client in clients:
            client.close()

    def close(self) -> None:
        """Close the connections."""
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        referer: str | None = None,
        policy: Policy | None = None,
        home: str | None = None,
        file: bool = False,
        form: Mapping[str, str] | None = None,
    ) -> Page:
        """GET url (conditionally when validators are given), retrying; FetchError when it is not a page.

        `home` is the host of the source the request is made for (default: url's own host); the
        request and every redirect must stay on it or on `policy.allow_hosts`. A `file` (an
        attachment) is capped at `policy.attachment_max_bytes` and kept as bytes, not decoded.
        A `form` is POSTed (application/x-www-form-urlencoded), as a page's form or pager posts it;
        a redirect is then followed with a GET, as browsers do.
        """
        policy = policy or self.policy
        home = (home or urlsplit(url).netloc).lower()
        headers = {}
        if etag and etag.isascii():  # a validator a server sent in other bytes cannot be sent back as it was:
            headers["If-None-Match"] = etag  # the page is fetched whole, and its hash says whether it changed
        if last_modified and last_modified.isascii():
            headers["If-Modified-Since"] = last_modified
        if referer:
            headers["Referer"] = _ascii_url(referer)
        deadline = self.clock() + policy.deadline
        attempt = 0
        while True:
            attempt += 1
            try:
                final, response, content = self._follow(url, headers, policy, home, deadline, attempt, file, form)
            except httpx.TransportError as exc:
                if attempt > policy.retries:
                    raise _error(f"{url}: {_describe(exc)} ({attempt} attempts)", attempt) from None
                self._wait(attempt, None, policy, deadline, url)
                continue
            if response.status_code in RETRY_STATUSES and attempt <= policy.retries:
                self._wait(attempt, response.headers.get("Retry-After"), policy, deadline, url)
                continue
            return self._page(url, final, response, content, attempt, conditional=bool(etag or last_modified), file=file)

    def check(self, url: str, policy: Policy, home: str) -> str | None:
        """The checked address to connect to (None: url's own IP literal); FetchError naming URL and rule."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: refused: only http(s) URLs are fetched")
        if not host_allowed(parts.netloc, home, policy.allow_hosts):
            raise FetchError(f"{url}: refused: {parts.netloc} is not the source's host {home} "
                             "nor one of its allow_hosts")
        if policy.allow_private and not _may_be_metadata(parts.hostname):
            return None  # an IP literal that is allowed: nothing to look up
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = self._addresses(parts.hostname, port)
        for address in addresses:
            why = address_refused(address, policy.allow_private)
            if why:
                named = "" if address == parts.hostname.strip("[]") else f"{parts.hostname} resolves to "
                raise FetchError(f"{url}: refused: {named}{why}")
        return addresses[0] if addresses else None

    def _addresses(self, name: str, port: int) -> list[str]:
        """The addresses name resolves to, looked up again once RESOLVED_FOR seconds have passed (a failure is not kept)."""
        now = self.clock()
        found = self._resolved.get((name, port))
        if found is None or found[0] <= now:
            found = self._resolved[(name, port)] = (now + RESOLVED_FOR, self.resolver(name, port))
        return found[1]

    def _follow(self, url: str, headers: dict[str, str], policy: Policy, home: str, deadline: float,
                attempt: int, file: bool = False, form: Mapping[str, str] | None = None) -> tuple[str, httpx.Response, bytes]:
        """Send url and follow redirects one hop at a time, checking each hop before it is sent."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                address = self.check(current, policy, home)
            except FetchError as exc:
                raise _error(f"{url}: redirected to {exc}" if current != url else str(exc), attempt) from None
            host = self._host(current, policy)
            sent = self._turn(host, policy)
            try:
                response, content = self._request(current, headers, policy, deadline, attempt, address, file, sent, form)
            finally:
                host.slots.release()
            location = response.headers.get("Location")
            if response.status_code not in _REDIRECTS or not location:
                return current, response, content
            try:
                current, form = urljoin(current, location), None
            except ValueError:  # "http://[::1": no URL to follow
                raise _error(f"{url}: redirected to an unreadable Location {location!r}", attempt) from None
        raise _error(f"{url}: more than {MAX_REDIRECTS} redirects", attempt)

    def _request(self, url: str, headers: dict[str, str], policy: Policy, deadline: float,
                 attempt: int, address: str | None = None, file: bool = False,
                 sent: Callable[[], None] | None = None, form: Mapping[str, str] | None = None) -> tuple[httpx.Response, bytes]:
        """One request to the checked address; the body is read up to the size cap and until the deadline."""
        cap, what = (policy.attachment_max_bytes, "file") if file else (self.max_bytes, "page")
        left = deadline - self.clock()
        if left <= 0:
            raise _error(f"{url}: no complete answer within the {policy.deadline:g} s deadline", attempt)
        with self._lock:
            self.requests += 1
        seconds = min(policy.timeout, left)
        timeout = {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}  # httpx.Timeout(seconds).as_dict()
        target, headers, extensions = _pinned(url, address, headers)
        watchdog = _Watchdog(left, sent)
        size = 0
        parts = urlsplit(url)
        client = self._client(f"{parts.scheme}://{ascii_host(parts.netloc)}")
        try:
            response = client.answer("GET" if form is None else "POST", target, headers, form,
                                     {**extensions, "trace": watchdog.trace, "timeout": timeout})
            try:
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise TooLarge(f"{url}: {what} too large ({declared} bytes, limit {cap})", attempt)
                chunks = []
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLarge(f"{url}: {what} too large (over {cap} bytes)", attempt)
                    if self.clock() > deadline:
                        raise _error(f"{url}: no complete answer within the {policy.deadline:g} s deadline "
                                     f"({size} bytes received)", attempt)
                    chunks.append(chunk)
            finally:
                response.close()
        except httpx.DecodingError as exc:  # a body that is not what its Content-Encoding says: the same next time
            raise _error(f"{url}: the body is not the {response.headers.get('Content-Encoding')} it is sent as "
                         f"({exc})", attempt) from None
        except httpx.TransportError:
            if not watchdog.fired and self.clock() < deadline:  # the read timeout is cut to the deadline: it may fire first
                raise
            raise _error(f"{url}: no complete answer within the {policy.deadline:g} s deadline "
                         f"({size} bytes of the body received)", attempt) from None
        finally:
            watchdog.cancel()
        return response, b"".join(chunks)

    def _page(self, url: str, final: str, response: httpx.Response, content: bytes, attempts: int,
              conditional: bool, file: bool = False) -> Page:
        """The Page for a final answer, or FetchError when it is not one (a file's bytes are not decoded)."""
        status = response.status_code
        if status == 304 and conditional:
            return Page(final, 304, attempts=attempts)
        if status != 200 and status != 412:
            raise _error(f"{url}: HTTP {status} {response.reason_phrase}" + _tries(attempts), attempts)
        if sent_to_front_page(url, final):
            raise _error(f"{url}: redirected to the site's front page {final}: the page was moved or removed", attempts)
        if file and status == 412:
            raise _error(f"{url}: {blocked_reason(status, '')}", attempts)
        if file:  # what the bytes are (an error page named .pdf, ...) is the attachment reader's to say
            return Page(final, 200, content, "", None, response.headers.get("ETag"),
                        response.headers.get("Last-Modified"), attempts)
        text, encoding = decode(content, response.charset_encoding, url) if content and not content.isspace() else ("", None)
        reason = blocked_reason(status, text)
        if reason:
            raise _error(f"{url}: {reason}", attempts)
        return Page(
            final,
            200,
            content,
            text,
            encoding,
            response.headers.get("ETag"),
            response.headers.get("Last-Modified"),
            attempts,
        )

    def _host(self, url: str, policy: Policy) -> _Host:
        """The politeness state of url's host, made on its first request."""
        name = ascii_host(urlsplit(url).netloc)  # 中文.政务 and xn--fiq228c.xn--zfr164b are one host
        host = self._hosts.get(name)
        if host is None:
            with self._lock:
                host = self._hosts.setdefault(name, _Host(policy.connections_per_host))
        return host

    def _turn(self, host: _Host, policy: Policy) -> Callable[[], None]:
        """Take one of the host's connection slots (the caller releases it), starting no sooner than `delay`
        after the last request was sent; returns the function to call when the request is on the wire."""
        host.slots.acquire()
        with host.lock:
            now = self.clock()
            start = max(now, host.next_at)
            host.next_at = start + policy.delay
        if start > now:
            try:
                self.sleep(start - now)
            except BaseException:  # interrupted while waiting: the slot is not used
                host.slots.release()
                raise

        def sent() -> None:  # a busy machine sends late: the next request waits from the real start
            with host.lock:
                host.next_at = max(host.next_at, self.clock() + policy.delay)

        return sent

    def _wait(self, attempt: int, retry_after: str | None, policy: Policy, deadline: float, url: str) -> None:
        """Sleep before a retry: exponential backoff, or the server's Retry-After (capped at 60 s)."""
        pause = policy.backoff * 2 ** (attempt - 1)
        if retry_after and policy.backoff:
            pause = max(pause, min(_seconds(retry_after), 60.0))
        if self.clock() + pause > deadline:
            raise _error(f"{url}: no complete answer within the {policy.deadline:g} s deadline "
                         f"({attempt} attempts)", attempt)
        if pause > 0:
            self.sleep(pause)


class _Watchdog:
    """Closes a request's new connection when its deadline passes: a server trickling its headers
    one byte at a time never trips the read timeout, and nothing else would stop it."""

    def __init__(self, seconds: float, sent: Callable[[], None] | None = None) -> None:
        self.fired = False  # set by the alarm thread
        self.sent = sent
        self._streams: list[Any] = []
        self._alarm = _ALARMS.add(time.monotonic() + seconds, self._fire)

    def trace(self, event: str, info: dict) -> None:
        """httpcore's trace hook: remember the connection this request opens; tell when it is sent."""
        if event == "http11.send_request_headers.complete" and self.sent is not None:  # on the wire
            self.sent()
        elif event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self._streams.append(info.get("return_value"))

    def _fire(self) -> None:
        """Shut the connection down: the blocked read returns and the request fails."""
        self.fired = True
        for stream in self._streams:
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cancel(self) -> None:
        """The request is over: stop the timer."""
        _ALARMS.cancel(self._alarm)


class _Alarms:
    """Every request's deadline on one thread: starting a timer thread per request cost more CPU than
    the rest of a conditional GET, and the caller waited for each thread to start."""

    def __init__(self) -> None:
        self._heap: list[list] = []  # [when, order, action or None when cancelled]
        self._order = itertools.count()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._cancelled = 0  # cancelled alarms still in the heap

    def add(self, when: float, action: Callable[[], None]) -> list:
        """Call action at `when` (time.monotonic) unless cancelled; returns the alarm."""
        alarm = [when, next(self._order), action]
        with self._wake:
            heapq.heappush(self._heap, alarm)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fetch-deadlines", daemon=True)
                self._thread.start()
            if self._heap[0] is alarm:
                self._wake.notify()
        return alarm

    def cancel(self, alarm: list) -> None:
        """The alarm will not go off (it leaves the heap when its time comes, or earlier when the heap is mostly cancelled)."""
        with self._wake:
            alarm[2] = None
            self._cancelled += 1
            if self._cancelled > 1000 and self._cancelled > len(self._heap) // 2:
                self._heap = [a for a in self._heap if a[2] is not None]
                heapq.heapify(self._heap)
                self._cancelled = 0

    def _run(self) -> None:
        """Wait for the earliest alarm and call it; forever (a daemon thread)."""
        while True:
            with self._wake:
                while self._heap and self._heap[0][2] is None:
                    heapq.heappop(self._heap)
                    self._cancelled -= 1
                if not self._heap:
                    self._wake.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._wake.wait(wait)
                    continue
                action = heapq.heappop(self._heap)[2]
            action()


_ALARMS = _Alarms()


@dataclass(frozen=True)
class SourceFetcher:
    """A fetcher bound to one source: its policy, and its host as the one requests may go to."""

    fetcher: Any  # a Fetcher, or anything with its get()
    policy: Policy
    home: str

    def get(self, url: str, **kwargs: Any) -> Page:
        """Fetcher.get under the source's policy and host."""
        return self.fetcher.get(url, policy=self.policy, home=self.home, **kwargs)


def _pinned(url: str, address: str | None, headers: dict[str, str]) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL, headers, extensions) that connect to the checked address, not to a second lookup of the name.

    The name stays in the Host header and in TLS (SNI and the certificate check), so a DNS answer
    that changes between the check and the connection (DNS rebinding) cannot redirect the request.
    """
    parts = urlsplit(url)
    if not address or address == (parts.hostname or "").strip("[]"):
        return url, headers, {}
    host = f"[{address}]" if ":" in address else address
    target = parts._replace(netloc=f"{host}:{parts.port}" if parts.port else host).geturl()
    named, name = parts.netloc.rpartition("@")[2], parts.hostname or ""
    if not named.isascii():  # an internationalized name (中文.政务) goes in its IDNA form
        named, name = ascii_host(named), ascii_host(name)
    extensions = {"sni_hostname": name} if parts.scheme == "https" else {}
    return target, {**headers, "Host": named}, extensions


@functools.lru_cache(maxsize=1024)
def _may_be_metadata(host: str) -> bool:
    """True unless host is an IP literal that is not a metadata address (names must be resolved)."""
    try:
        return ipaddress.ip_address(host.strip("[]")) in METADATA
    except ValueError:
        return True


def _seconds(retry_after: str) -> float:
    """Retry-After (seconds or an HTTP date) in seconds."""
    if retry_after.strip().isdigit():
        return float(retry_after)
    try:
        return max(0.0, parsedate_to_datetime(retry_after).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0


def _describe(exc: httpx.TransportError) -> str:
    """A short description of a transport error."""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _tries(attempts: int) -> str:
    """' (3 attempts)' when retried, else ''."""
    return f" ({attempts} attempts)" if attempts > 1 else ""


def _error(message: str, attempts: int) -> FetchError:
    """A FetchError that also says how many requests were made."""
    return FetchError(message, attempts)
