"""monitor.fetch: decoding without loss, blocked pages as errors, retries, conditional GET, politeness."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import replace

from urllib.parse import urlsplit

import httpx
import pytest

from monitor.errors import FetchError
from monitor.fetch import USER_AGENT, Fetcher, blocked_reason, decode

TEXT = "朱镕基、陶喆、刘䶮：全年完成工业投资6700余万元"  # 镕/喆 are not in GB2312, 䶮 needs GB18030
PAGE = f"<html><head><title>工作计划</title></head><body><div id='zoom'><p>{TEXT}</p></div></body></html>"


@pytest.mark.parametrize(
    ("body", "header", "encoding"),
    [
        (PAGE.encode("gb18030"), "gb2312", "gb18030"),  # header gb2312: read as GB18030, nothing lost
        (PAGE.replace("<head>", "<head><meta charset='gbk'>").encode("gb18030"), None, "gb18030"),  # meta only
        (PAGE.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">')
         .encode("gb18030"), "utf-8", "gb18030"),  # header says utf-8, page is GBK: strict decode falls through
        (PAGE.encode("gb18030"), None, "gb18030"),  # no declaration at all
        (b"\xef\xbb\xbf" + PAGE.encode("utf-8"), None, "utf-8"),  # BOM
        (PAGE.encode("utf-8"), "UTF-8", "utf-8"),
        # a Western single-byte charset decodes any bytes: declared on a Chinese page it is tried last
        (PAGE.encode("utf-8"), "ISO-8859-1", "utf-8"),  # Tomcat's default header
        (PAGE.replace("<head>", "<head><meta charset='iso-8859-1'>").encode("utf-8"), None, "utf-8"),
        (PAGE.replace("<head>", "<head><meta charset='gbk'>").encode("gb18030"), "latin1", "gb18030"),
        (PAGE.encode("gb18030"), "windows-1252", "gb18030"),
    ],
    ids=["header-gb2312", "meta-only", "wrong-header", "undeclared", "bom", "utf-8",
         "latin-1-header-on-utf-8", "latin-1-meta-on-utf-8", "latin-1-header-on-gbk", "cp1252-header-on-gbk"],
)
def test_pages_decode_without_losing_a_character(body, header, encoding):
    text, used = decode(body, header, "http://x/a.html")
    assert TEXT in text and "\ufffd" not in text and not text.startswith("\ufeff")
    assert used == encoding


def test_bytes_no_charset_can_read_are_an_error_naming_the_url_never_replacement_characters():
    with pytest.raises(FetchError) as exc:
        decode(b"<html>\xff\xfe\xfd\x80\x81</html>", "utf-8", "http://x/a.html")
    assert str(exc.value) == "http://x/a.html: cannot decode the page as utf-8, gb18030 without replacement characters"


@pytest.mark.parametrize(
    ("status", "text", "reason"),
    [
        (412, "<html><script>$_ts=window['$_ts'];</script></html>", "web application firewall (HTTP 412)"),
        (200, "<html><script>var arg1='AB';document.cookie='acw_sc__v2='+x;</script></html>", "JavaScript challenge"),
        (200, "<html><head><title>404 页面不存在</title></head><body>抱歉</body></html>", "soft 404"),
        (200, "  \n ", "empty body"),
    ],
    ids=["waf-412", "js-challenge", "soft-404", "empty"],
)
def test_what_is_not_a_document_is_named(status, text, reason):
    assert reason in blocked_reason(status, text)


@pytest.mark.parametrize(
    "title",
    ["404", "404 Not Found", "404错误", "404 - 页面不存在", "HTTP 404", "错误404：您访问的页面不存在",
     "页面未找到 - 绍兴市人民政府", "404页面"],
)
def test_error_page_titles_are_soft_404s(title):
    assert "soft 404" in blocked_reason(200, f"<html><head><title>{title}</title></head><body>抱歉</body></html>")


@pytest.mark.parametrize(
    "title",
    ["政务信息专报第404期", "《中华人民共和国国务院令》第404号", "关于下达2024年第 404 批次用地的批复",
     "全区完成404项重点工程", "新增就业404人", "统筹资金404万元用于乡村振兴", "4040亿元", "第404次常务会议纪要"],
)
def test_a_404_that_is_a_number_of_something_is_a_document(title):
    page = f"<html><head><title>{title}</title></head><body>正文</body></html>"
    assert blocked_reason(200, page) is None, title


def test_a_normal_page_is_not_blocked():
    assert blocked_reason(200, PAGE) is None
    odd = "<html><head><title>关于纠正错误做法、删除过时条款的通知</title></head><body>正文</body></html>"
    assert blocked_reason(200, odd) is None  # a document whose title mentions 错误/删除 is a document


def public(host: str, port: int) -> list[str]:
    """A resolver for the made-up hosts of these tests: every name is one public address."""
    return ["202.96.128.86"]


def mock(handler, **settings) -> Fetcher:
    """A fetcher on httpx.MockTransport with no delays."""
    return Fetcher(**{"delay": 0, "backoff": 0, "retries": 2, "transport": httpx.MockTransport(handler),
                      "resolver": public, **settings})


def test_5xx_and_429_are_retried_then_the_page_is_returned():
    answers = [503, 429, 200]
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = answers.pop(0)
        return httpx.Response(status, html=PAGE if status == 200 else "busy", headers={"Retry-After": "0"})

    with mock(handler) as fetcher:
        page = fetcher.get("http://site.gov.cn/a.html")
    assert (page.status, page.attempts, fetcher.requests) == (200, 3, 3)
    assert TEXT in page.text
    assert seen[0].headers["User-Agent"] == USER_AGENT and "gov-plan-monitor" in USER_AGENT


def test_retries_give_up_with_an_error_naming_url_status_and_attempts():
    with mock(lambda r: httpx.Response(500, text="oops")) as fetcher:
        with pytest.raises(FetchError) as exc:
            fetcher.get("http://site.gov.cn/a.html")
    assert str(exc.value) == "http://site.gov.cn/a.html: HTTP 500 Internal Server Error (3 attempts)"


def test_transport_errors_are_retried():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(200, html=PAGE)

    with mock(handler) as fetcher:
        assert fetcher.get("http://site.gov.cn/a.html").attempts == 3


def test_a_404_is_not_retried():
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404, text="gone")

    with mock(handler) as fetcher, pytest.raises(FetchError, match=r"a.html: HTTP 404 Not Found$"):
        fetcher.get("http://site.gov.cn/a.html")
    assert len(calls) == 1


def test_conditional_get_sends_validators_and_a_304_means_unchanged():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, html=PAGE, headers={"ETag": '"v1"', "Last-Modified": "Tue, 26 Mar 2024 07:48:00 GMT"})

    with mock(handler) as fetcher:
        first = fetcher.get("http://site.gov.cn/a.html")
        again = fetcher.get("http://site.gov.cn/a.html", etag=first.etag, last_modified=first.last_modified)
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Tue, 26 Mar 2024 07:48:00 GMT")
    assert again.not_modified and again.content == b""


def test_pages_over_the_size_cap_are_refused():
    fetcher = mock(lambda r: httpx.Response(200, html="x" * 5000), max_bytes=1000)
    with fetcher, pytest.raises(FetchError, match=r"a.html: page too large \(5000 bytes, limit 1000\)"):
        fetcher.get("http://site.gov.cn/a.html")


def test_a_file_is_kept_as_bytes_under_its_own_size_cap():
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF"  # no charset reads it: not decoded
    fetcher = mock(lambda r: httpx.Response(200, content=pdf, headers={"ETag": '"f1"'}), max_bytes=1000,
                   attachment_max_bytes=6000)
    with fetcher:
        got = fetcher.get("http://site.gov.cn/a.pdf", file=True)
        assert (got.status, got.content, got.text, got.etag) == (200, pdf, "", '"f1"')
        with pytest.raises(FetchError, match=rf"a.pdf: file too large \({len(pdf)} bytes, limit 4000\)"):
            fetcher.get("http://site.gov.cn/a.pdf", file=True, policy=replace(fetcher.policy, attachment_max_bytes=4000))


def test_a_redirect_to_another_host_is_refused_before_it_is_sent():
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.headers['Host']}{request.url.path}")
        if request.headers["Host"] == "site.gov.cn":
            return httpx.Response(302, headers={"Location": "http://portal.example.com/"})
        return httpx.Response(200, html=PAGE)

    with mock(handler) as fetcher, pytest.raises(FetchError) as exc:
        fetcher.get("http://site.gov.cn/a.html")
    assert str(exc.value) == ("http://site.gov.cn/a.html: redirected to http://portal.example.com/: refused: "
                              "portal.example.com is not the source's host site.gov.cn nor one of its allow_hosts")
    assert sent == ["site.gov.cn/a.html"]


class Clock:
    """A clock that moves only when the fetcher sleeps (or `tick` per reading); records every sleep."""

    def __init__(self, tick: float = 0.0) -> None:
        self.now = 1000.0
        self.tick = tick
        self.sleeps: list[float] = []
        self.lock = threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            self.now += self.tick
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(seconds)
            self.now += seconds


def test_requests_to_one_host_are_spaced_by_the_delay_and_other_hosts_do_not_wait():
    clock = Clock()
    seen: list[tuple[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.headers["Host"], clock.now))
        return httpx.Response(200, html=PAGE)

    with mock(handler, delay=1.0, clock=clock, sleep=clock.sleep) as fetcher:
        for i in range(3):
            fetcher.get(f"http://a.gov.cn/{i}.html")
        fetcher.get("http://b.gov.cn/0.html")  # another host: no wait for a.gov.cn's delay
    a = [at for host, at in seen if host == "a.gov.cn"]
    assert [b - a for a, b in zip(a, a[1:])] == [1.0, 1.0]  # polite within a host
    assert clock.sleeps == [1.0, 1.0]  # and b.gov.cn started at once


def test_a_request_sent_late_by_a_busy_machine_delays_the_next_one_from_when_it_was_sent(site):
    """The delay runs from when a request went out (httpcore's send), not from when it was planned."""
    clock = Clock()

    def oversleep(seconds: float) -> None:  # a busy machine: the thread wakes half a second late
        clock.sleep(seconds)
        clock.now += 0.5

    with Fetcher(delay=1.0, retries=0, allow_private=True, clock=clock, sleep=oversleep) as fetcher:
        for _ in range(3):
            fetcher.get(site.page_url("000"))
    assert clock.sleeps == [1.0, 1.0]  # planned from the late send: never 0.5 s after it


def test_a_request_stopped_while_it_waits_its_turn_leaves_the_host_free_for_the_next():
    clock = Clock()
    stops = [KeyboardInterrupt()]

    def sleep(seconds: float) -> None:  # the first wait is interrupted (Ctrl-C), the others are not
        if stops:
            raise stops.pop()
        clock.sleep(seconds)

    done: list = []
    with mock(lambda r: httpx.Response(200, html=PAGE), delay=1.0, clock=clock, sleep=sleep) as fetcher:
        fetcher.get("http://a.gov.cn/0.html")
        with pytest.raises(KeyboardInterrupt):
            fetcher.get("http://a.gov.cn/1.html")
        waiting = threading.Thread(target=lambda: done.append(fetcher.get("http://a.gov.cn/2.html")), daemon=True)
        waiting.start()
        waiting.join(30)  # a host slot kept by the interrupted request would block this one for ever
    assert [page.status for page in done] == [200]


def test_the_polite_default_is_one_second_per_host_and_a_policy_can_change_it():
    from monitor.fetch import Policy

    assert Fetcher().policy.delay == 1.0 and Policy().delay == 1.0
    clock = Clock()
    with mock(lambda r: httpx.Response(200, html=PAGE), delay=1.0, clock=clock, sleep=clock.sleep) as fetcher:
        slow = Policy(delay=5.0, allow_private=False)
        fetcher.get("http://a.gov.cn/0.html", policy=slow)
        fetcher.get("http://a.gov.cn/1.html", policy=slow)
        fast = Policy(delay=0)
        fetcher.get("http://c.gov.cn/0.html", policy=fast)
        fetcher.get("http://c.gov.cn/1.html", policy=fast)
    assert clock.sleeps == [5.0]  # the source's own delay; a zero-delay source never waits


def test_a_response_slower_than_the_timeout_is_an_error(site):
    site.fail("000", "slow")
    with Fetcher(delay=0, timeout=0.3, retries=1, backoff=0, allow_private=True) as fetcher:
        with pytest.raises(FetchError, match=r"timed out \(ReadTimeout\) \(2 attempts\)"):
            fetcher.get(site.page_url("000"))


def test_a_body_cut_short_by_the_server_is_an_error(site):
    site.fail("000", "truncated")
    with Fetcher(delay=0, retries=1, backoff=0, allow_private=True) as fetcher, pytest.raises(FetchError, match="RemoteProtocolError"):
        fetcher.get(site.page_url("000"))


@pytest.fixture
def keep_alive_site():
    """A real keep-alive HTTP server on 127.0.0.1: (its host:port, the client address of every request)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    peers = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive

        def do_GET(self) -> None:
            peers.append(self.client_address)  # (host, port) of the client's connection
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield f"127.0.0.1:{server.server_port}", peers
    server.shutdown()
    server.server_close()


def test_keep_alive_reuses_one_connection(keep_alive_site):
    host, peers = keep_alive_site
    with Fetcher(delay=0, allow_private=True) as fetcher:
        for n in range(5):
            fetcher.get(f"http://{host}/{n}.html")
    assert len(peers) == 5 and len(set(peers)) == 1  # five requests, one connection


def test_release_closes_a_host_s_connections_and_the_next_request_opens_one(keep_alive_site):
    host, peers = keep_alive_site
    with Fetcher(delay=0, allow_private=True) as fetcher:
        fetcher.get(f"http://{host}/1.html")
        fetcher.get(f"http://{host}/2.html")
        fetcher.release("127.0.0.1:1")  # another host: nothing closed here
        fetcher.get(f"http://{host}/3.html")
        fetcher.release(host)
        assert fetcher._clients == {}
        fetcher.get(f"http://{host}/4.html")
    assert peers[0] == peers[1] == peers[2] != peers[3]  # kept alive until released, then a new connection


# -- where requests may go (issue 10.7) ------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "rule"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.1.1", "private"),
        ("172.20.0.5", "private"), ("169.254.10.1", "link-local"), ("fe80::1", "link-local"),
        ("fd12:3456::1", "private"), ("100.64.0.1", "not a public"), ("0.0.0.0", "unspecified"),
        ("169.254.169.254", "metadata"), ("100.100.100.200", "metadata"), ("::ffff:169.254.169.254", "metadata"),
    ],
)
def test_non_public_addresses_are_refused_with_the_rule(address, rule):
    from monitor.fetch import address_refused

    assert rule in address_refused(address, allow_private=False)
    assert address_refused("202.96.128.86", allow_private=False) is None


def test_allow_private_opens_private_addresses_but_never_metadata():
    from monitor.fetch import address_refused

    assert address_refused("127.0.0.1", allow_private=True) is None
    assert address_refused("192.168.1.1", allow_private=True) is None
    assert "metadata" in address_refused("169.254.169.254", allow_private=True)


def test_the_resolved_address_is_checked_not_only_the_name():
    sent = []
    fetcher = mock(lambda r: sent.append(r) or httpx.Response(200, html=PAGE),
                   resolver=lambda host, port: ["202.96.128.86", "169.254.169.254"])  # one bad answer is enough
    with fetcher, pytest.raises(FetchError) as exc:
        fetcher.get("http://www.kq.gov.cn/a.html")
    assert str(exc.value) == ("http://www.kq.gov.cn/a.html: refused: www.kq.gov.cn resolves to "
                              "169.254.169.254 is a cloud metadata address")
    assert sent == []


def test_the_request_goes_to_the_address_that_was_checked_not_to_a_second_lookup():
    answers = iter([["202.96.128.86"], ["127.0.0.1"]])  # DNS rebinding: a public answer, then loopback
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.url.host, request.headers["Host"], request.extensions.get("sni_hostname")))
        return httpx.Response(200, html=PAGE)

    with mock(handler, resolver=lambda host, port: next(answers)) as fetcher:
        page = fetcher.get("https://www.kq.gov.cn/a.html")
    assert sent == [("202.96.128.86", "www.kq.gov.cn", "www.kq.gov.cn")]  # the name kept for Host, SNI and the certificate
    assert page.url == "https://www.kq.gov.cn/a.html"


def test_a_name_is_looked_up_once_a_minute_and_each_request_goes_to_an_address_that_was_checked():
    lookups = iter([["202.96.128.86"], ["202.96.128.87"], ["127.0.0.1"]])  # the name moves, then turns to loopback
    now = [0.0]
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.host)
        return httpx.Response(200, html=PAGE)

    with mock(handler, resolver=lambda host, port: next(lookups), clock=lambda: now[0]) as fetcher:
        fetcher.get("http://www.kq.gov.cn/a.html")
        fetcher.get("http://www.kq.gov.cn/b.html")
        now[0] = 61.0
        fetcher.get("http://www.kq.gov.cn/c.html")
        now[0] = 122.0
        with pytest.raises(FetchError, match="www.kq.gov.cn resolves to 127.0.0.1 is a loopback address"):
            fetcher.get("http://www.kq.gov.cn/d.html")
    assert sent == ["202.96.128.86", "202.96.128.86", "202.96.128.87"]


def test_a_name_that_cannot_be_resolved_is_looked_up_again_on_the_retry():
    lookups = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        if len(lookups) == 1:
            raise httpx.ConnectError(f"cannot resolve {host}")
        return ["202.96.128.86"]

    with mock(lambda r: httpx.Response(200, html=PAGE), resolver=resolver) as fetcher:
        page = fetcher.get("http://www.kq.gov.cn/a.html")
    assert (page.attempts, len(lookups)) == (2, 2)


def test_each_redirect_hop_is_checked_before_it_is_sent():
    sent = []
    hops = {"/a.html": "/b.html", "/b.html": "http://169.254.169.254/latest/meta-data/"}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        return httpx.Response(302, headers={"Location": hops[request.url.path]})

    with mock(handler) as fetcher, pytest.raises(FetchError) as exc:
        fetcher.get("http://www.kq.gov.cn/a.html")
    assert sent == ["/a.html", "/b.html"]  # the same-host hop was followed, the metadata hop never sent
    assert "redirected to http://169.254.169.254/latest/meta-data/: refused" in str(exc.value)


def test_a_form_is_posted_as_a_page_posts_it_and_a_redirect_after_it_is_a_get():
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append((request.method, request.url.path, request.headers.get("Content-Type"), request.content.decode()))
        if request.url.path == "/module/xxgk/search.jsp":
            return httpx.Response(302, headers={"Location": "/module/xxgk/list.jsp"})
        return httpx.Response(200, html=PAGE)

    with mock(handler) as fetcher:
        page = fetcher.get("http://www.kq.gov.cn/module/xxgk/search.jsp", form={"divid": "div1", "currpage": "2"})
    assert TEXT in page.text
    assert sent == [("POST", "/module/xxgk/search.jsp", "application/x-www-form-urlencoded", "divid=div1&currpage=2"),
                    ("GET", "/module/xxgk/list.jsp", None, "")]


@pytest.mark.parametrize(("url", "location", "refused"), [
    # a reorganised portal sends the addresses of moved columns and removed documents to its front page
    ("http://www.kq.gov.cn/col/col1229443512/index.html", "/", True),
    ("http://www.shangyu.gov.cn/art/2023/6/16/art_1229327865_4065702.html", "http://www.shangyu.gov.cn/index.html", True),
    ("http://www.example.gov.cn/zwgk/jhzj/index.shtml", "/Default.aspx", True),
    # a column that moved to another column, a slash added, https: the page itself, followed
    ("http://www.kq.gov.cn/col/col1229443512/index.html", "/col/col1229999999/index.html", False),
    ("http://www.kq.gov.cn/col/col1229443512", "/col/col1229443512/", False),
    ("http://www.kq.gov.cn/", "/index.html", False),  # a source watching the front page itself
    # a CMS routing its pages through index.php (PHPCMS): a page, not the front page
    ("http://www.example.gov.cn/list-9-1.html", "/index.php?m=content&c=index&a=lists&catid=9", False),
])
def test_a_page_redirected_to_its_sites_front_page_was_moved_or_removed(url, location, refused):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == httpx.URL(url).path:
            return httpx.Response(302, headers={"Location": location})
        return httpx.Response(200, html=PAGE)

    with mock(handler) as fetcher:
        if refused:
            with pytest.raises(FetchError, match=r"redirected to the site's front page .*: the page was moved or removed"):
                fetcher.get(url)
        else:
            assert fetcher.get(url).text == PAGE


def test_redirect_loops_stop():
    with mock(lambda r: httpx.Response(302, headers={"Location": r.url.path + "x"})) as fetcher:
        with pytest.raises(FetchError, match=r"a.html: more than 5 redirects"):
            fetcher.get("http://www.kq.gov.cn/a.html")


def test_a_source_reaches_only_its_host_and_the_hosts_it_allows():
    from monitor.fetch import Policy, SourceFetcher

    seen = []
    with mock(lambda r: seen.append(r.headers["Host"]) or httpx.Response(200, html=PAGE)) as fetcher:
        kq = SourceFetcher(fetcher, Policy(delay=0), "www.kq.gov.cn")
        with pytest.raises(FetchError, match="refused: api.example.com is not the source's host www.kq.gov.cn"):
            kq.get("http://api.example.com/list?page=2")  # a list API URL a column page names
        opened = SourceFetcher(fetcher, Policy(delay=0, allow_hosts=("api.example.com", ".zj.gov.cn")), "www.kq.gov.cn")
        opened.get("http://api.example.com/list?page=2")
        opened.get("http://www.zj.gov.cn/attachment/plan.pdf")
        with pytest.raises(FetchError, match="refused"):
            opened.get("http://evilzj.gov.cn/x")  # ".zj.gov.cn" is a suffix of labels, not of letters
    assert seen == ["api.example.com", "www.zj.gov.cn"]


def test_a_real_server_on_loopback_is_refused_unless_the_source_allows_private_addresses(site):
    url = site.page_url("000")
    with Fetcher(delay=0, retries=0) as fetcher:
        with pytest.raises(FetchError) as exc:
            fetcher.get(url)
        assert str(exc.value) == f"{url}: refused: 127.0.0.1 is a loopback address (allow_private is off)"
        assert site.hits == []
        from monitor.fetch import Policy

        assert fetcher.get(url, policy=Policy(delay=0, allow_private=True)).status == 200


def test_the_allowed_names_of_a_site_on_loopback_still_resolve_and_are_checked(site):
    port = urlsplit(site.base_url).port
    with Fetcher(delay=0, retries=0) as fetcher, pytest.raises(FetchError, match="resolves to 127.0.0.1 is a loopback"):
        fetcher.get(f"http://localhost:{port}/")


# -- the deadline of a whole request (issue 10.8) ----------------------------------------------


class Trickle:
    """A real HTTP server on 127.0.0.1 that sends its headers, then its body one byte per `every` seconds."""

    def __init__(self, size: int = 200, every: float = 0.2, status: int = 200, head: bool = False) -> None:
        import socket

        self.size, self.every, self.status, self.head = size, every, status, head
        self.sent = 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/slow.html"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> Trickle:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.server.close()
        self.thread.join(timeout=5)

    def _serve(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            head = (f"HTTP/1.1 {self.status} OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    f"Content-Length: {self.size}\r\n\r\n")
            data = head.encode() + b"x" * self.size
            if not self.head:  # the headers at once, then the body byte by byte
                conn.sendall(data[:len(head)])
                data = data[len(head):]
            for byte in data:
                if self.stop.wait(self.every):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                self.sent += 1


class Scripted:
    """A real HTTP server on 127.0.0.1 that answers every request with the same bytes, whatever they are."""

    def __init__(self, answer: bytes) -> None:
        import socket

        self.answer, self.server = answer, socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/page.html"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                try:
                    conn.recv(65536)
                    conn.sendall(self.answer)
                except OSError:
                    pass


@pytest.mark.parametrize(("answer", "error"), [
    (b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n", "unreadable Location 'http://[::1'"),
    (b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\n\r\nhello", "not the gzip it is sent as"),
    (b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello", "bad Content-Length"),
    (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", "illegal chunk header"),
    (b"<html>an answer without a status line</html>", "without sending a response"),
])
def test_a_malformed_answer_is_an_error_naming_the_url(answer, error):
    server = Scripted(answer)
    try:
        with Fetcher(delay=0, retries=0, timeout=3, allow_private=True) as fetcher:
            with pytest.raises(FetchError, match=re.escape(error)) as exc:
                fetcher.get(server.url)
    finally:
        server.server.close()
    assert str(exc.value).startswith(server.url)


def test_a_trickling_server_cannot_hold_a_page_past_the_deadline():
    clock = Clock(tick=1.0)  # every reading of the clock is one second later: the deadline comes after a few bytes
    with Trickle(size=200, every=0.02) as server:
        with Fetcher(delay=0, retries=0, timeout=3, deadline=5, allow_private=True, clock=clock, sleep=clock.sleep) as fetcher:
            with pytest.raises(FetchError) as exc:
                fetcher.get(server.url)
    assert "no complete answer within the 5 s deadline" in str(exc.value)
    assert server.sent < 200  # it stopped reading long before the server was done


def test_a_server_trickling_its_headers_cannot_hold_a_request_past_the_deadline():
    with Trickle(size=10, every=0.2, head=True) as server:  # about 20 s for the headers, each byte within the timeout
        with Fetcher(delay=0, retries=2, timeout=1, deadline=1, allow_private=True) as fetcher:
            with pytest.raises(FetchError, match=r"slow.html: no complete answer within the 1 s deadline"):
                fetcher.get(server.url)
    assert server.sent < 40  # of ~80 header bytes: the connection was closed mid-headers, at the deadline


def test_retries_stop_at_the_deadline():
    clock = Clock()
    with mock(lambda r: httpx.Response(503, text="busy"), retries=10, backoff=4, deadline=30,
              clock=clock, sleep=clock.sleep) as fetcher:
        with pytest.raises(FetchError, match=r"a.html: no complete answer within the 30 s deadline \(4 attempts\)"):
            fetcher.get("http://www.kq.gov.cn/a.html")
    assert clock.sleeps == [4, 8, 16]  # 4 + 8 + 16 + 32 would pass the deadline: it gives up instead of sleeping


def test_a_crawl_confines_a_plain_fetcher_to_the_source_host():
    from monitor.crawl import bound
    from monitor.sources import Source

    seen = []
    source = Source("kq-wangtan", "kq", "https://www.kq.gov.cn/col/col1229443512/index.html")
    with mock(lambda r: seen.append(r.headers["Host"]) or httpx.Response(200, html=PAGE)) as fetcher:
        confined = bound(fetcher, source)
        assert bound(confined, source) is confined
        with pytest.raises(FetchError, match="refused: api.example.com is not the source's host www.kq.gov.cn"):
            confined.get("https://api.example.com/list.json")  # a list API URL named by a hostile column page
    assert seen == []


def test_a_cookie_an_answer_sets_is_sent_back_and_answers_without_one_keep_it():
    sent = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("Cookie"))
        if len(sent) == 1:  # a WAF answers the first request with a cookie to bring back
            return httpx.Response(412, html="<html>blocked</html>", headers={"Set-Cookie": "acw_tc=0b1f; path=/"})
        return httpx.Response(200 if len(sent) < 4 else 304, html=PAGE)

    with mock(handler) as fetcher:
        with pytest.raises(FetchError):
            fetcher.get("http://site.gov.cn/a.html")
        fetcher.get("http://site.gov.cn/a.html")
        fetcher.get("http://site.gov.cn/b.html")
        assert fetcher.get("http://site.gov.cn/a.html", etag='"e"').not_modified
    assert sent == [None, "acw_tc=0b1f", "acw_tc=0b1f", "acw_tc=0b1f"]


def test_a_site_whose_certificate_no_authority_signed_is_not_read(tmp_path):
    import http.server
    import ssl

    from support.receivers import self_signed, server_tls

    cert, key = self_signed(tmp_path)

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    server.socket = server_tls(cert, key).wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/a.html"
        with Fetcher(delay=0, retries=0, timeout=5, allow_private=True) as fetcher:
            with pytest.raises(FetchError, match="certificate verify failed") as err:
                fetcher.get(url)
        assert url in str(err.value)
        with httpx.Client(verify=ssl.create_default_context(cafile=cert)) as trusting:  # the page is there: only the authority is missing
            assert TEXT in trusting.get(url).text
    finally:
        server.shutdown()
        server.server_close()


class _Loopback:
    """A real HTTP server on 127.0.0.1 answering each path with a scripted (status, headers, body, pause)."""

    def __init__(self, routes: dict) -> None:
        import http.server

        self.routes, self.seen, self.closed = routes, [], threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server API)
                owner.seen.append((self.path, dict(self.headers)))
                status, headers, body, pause = owner.routes[self.path]
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value.replace("{port}", str(owner.port)))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if pause:
                    self.wfile.write(body[:1]); self.wfile.flush()
                    owner.closed.wait(pause)  # cut short when the test is over
                with contextlib.suppress(OSError):  # the client gave up and closed the connection
                    self.wfile.write(body[1:] if pause else body)

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.closed.set()
        self.server.shutdown()
        self.server.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def loopback():
    server = _Loopback({
        "/a.html": (200, {**HTML, "ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}, PAGE.encode(), 0),
        "/moved": (301, {"Location": "/a.html"}, b"", 0),
        "/gone": (404, HTML, b"<html><title>404</title></html>", 0),
        "/big": (200, HTML, PAGE.encode() * 50, 0),
        "/slow": (200, HTML, PAGE.encode(), 60),  # one byte, then nothing for far longer than any timeout the tests set
    })
    yield server
    server.close()


def _plain_fetcher(**settings) -> Fetcher:
    """A fetcher with no injected transport: its plain requests take the direct path to the connection pool."""
    return Fetcher(**{"delay": 0, "retries": 0, "backoff": 0, "timeout": 5, "allow_private": True, **settings})


def test_plain_requests_go_straight_to_the_pool_and_read_pages_304s_and_errors(loopback, monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with _plain_fetcher() as fetcher:
        page = fetcher.get(loopback.url("/a.html"))
        assert fetcher._clients[f"http://127.0.0.1:{loopback.port}"]._pool is not None  # the direct path was open
        assert TEXT in page.text and page.etag == '"v1"' and page.encoding == "utf-8"
        loopback.routes["/a.html"] = (304, {}, b"", 0)
        assert fetcher.get(loopback.url("/a.html"), etag='"v1"', last_modified=page.last_modified).not_modified
        assert loopback.seen[-1][1]["If-None-Match"] == '"v1"'
        assert loopback.seen[-1][1]["Host"] == f"127.0.0.1:{loopback.port}"
        assert loopback.seen[-1][1]["User-Agent"] == USER_AGENT
        loopback.routes["/a.html"] = (200, HTML, PAGE.encode(), 0)
        moved = fetcher.get(loopback.url("/moved"))
        assert moved.url == loopback.url("/a.html") and TEXT in moved.text
        with pytest.raises(FetchError, match=r"/gone: HTTP 404"):
            fetcher.get(loopback.url("/gone"))


def test_a_chinese_referer_is_percent_encoded_and_a_validator_in_other_bytes_means_a_whole_fetch(loopback):
    """A column URL copied from a browser's address bar has Chinese in it; a header carries ASCII only."""
    with _plain_fetcher() as fetcher:
        page = fetcher.get(loopback.url("/a.html"), referer=loopback.url("/栏目/公开.html"), etag='"版本1"')
    assert TEXT in page.text and page.status == 200
    sent = loopback.seen[-1][1]
    assert sent["Referer"] == loopback.url("/%E6%A0%8F%E7%9B%AE/%E5%85%AC%E5%BC%80.html")
    assert "If-None-Match" not in sent


@pytest.mark.parametrize("path", [
    "/api/unit?paramJson=%7B%22pageNo%22%3A2%2C%22pageSize%22%3A15%7D",  # a jpaas list page
    "/a%2Fb.html?x=%zz&y=%7",  # broken escapes
    "/col/../art/a.html",  # a dot segment
    "/栏目/a.html?q=公开 文件",  # what a browser shows
    "/A.HTML?Q=%41",
])
def test_a_plain_request_asks_for_the_target_httpx_would_send(loopback, path):
    """The direct path reads most URLs with one regex: the server must see what httpx.URL makes of each."""
    target = httpx.URL(loopback.url(path)).raw_path.decode("ascii")
    loopback.routes[target] = (200, HTML, PAGE.encode(), 0)
    with _plain_fetcher() as fetcher:
        assert TEXT in fetcher.get(loopback.url(path)).text
    assert loopback.seen[-1][0] == target


def test_an_internationalized_host_name_is_sent_in_its_ascii_form(loopback):
    """Some government hosts have Chinese names (.政务); a Host header carries their IDNA form."""
    with _plain_fetcher(resolver=lambda host, port: ["127.0.0.1"]) as fetcher:
        assert TEXT in fetcher.get(f"http://中文.政务:{loopback.port}/a.html").text
    assert loopback.seen[-1][1]["Host"] == f"xn--fiq228c.xn--zfr164b:{loopback.port}"


def test_an_internationalized_host_and_its_ascii_form_are_one_host(loopback):
    """A site may redirect 中文.政务 to its xn-- form: the same host, followed, and asked at its one rate."""
    ascii_name = f"xn--fiq228c.xn--zfr164b:{loopback.port}"
    loopback.routes["/moved"] = (302, {"Location": f"http://{ascii_name}/a.html"}, b"", 0)
    clock = Clock()
    with _plain_fetcher(resolver=lambda host, port: ["127.0.0.1"], delay=1.0, clock=clock, sleep=clock.sleep) as fetcher:
        page = fetcher.get(f"http://中文.政务:{loopback.port}/moved")  # refused as another host before
        assert TEXT in page.text and page.url == f"http://{ascii_name}/a.html"
        fetcher.get(f"http://{ascii_name}/a.html")
        fetcher.get(f"http://中文.政务:{loopback.port}/a.html")
    assert clock.sleeps == [1.0, 1.0, 1.0]  # each request a delay after the one before, whichever name it used


def test_plain_requests_keep_the_size_cap_and_the_deadline(loopback):
    with _plain_fetcher(max_bytes=len(PAGE.encode()) * 10) as fetcher:
        with pytest.raises(FetchError, match=r"/big: page too large"):
            fetcher.get(loopback.url("/big"))
    with _plain_fetcher(timeout=1) as fetcher, pytest.raises(FetchError, match=r"/slow: timed out"):
        fetcher.get(loopback.url("/slow"))
    with _plain_fetcher(timeout=30, deadline=1) as fetcher, pytest.raises(FetchError, match=r"/slow: no complete answer"):
        fetcher.get(loopback.url("/slow"))


def test_a_refused_connection_on_the_plain_path_is_an_error_naming_the_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    url = f"http://127.0.0.1:{port}/a.html"
    with _plain_fetcher() as fetcher, pytest.raises(FetchError, match="ConnectError") as err:
        fetcher.get(url)
    assert url in str(err.value)


def test_a_proxy_from_the_environment_takes_the_httpx_path(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with _plain_fetcher() as fetcher:
        assert fetcher._client("http://site.gov.cn")._pool is None


def _tls_page(tmp_path):
    """An https server on 127.0.0.1 whose certificate no public authority signed; (server, cert path)."""
    from support.receivers import self_signed, server_tls

    cert, key = self_signed(tmp_path)
    server = _Loopback({"/a.html": (200, HTML, PAGE.encode(), 0)})
    server.server.socket = server_tls(cert, key).wrap_socket(server.server.socket, server_side=True)
    return server, cert


def test_an_http_page_redirecting_to_https_is_verified_against_the_authorities(tmp_path, monkeypatch):
    import ssl

    from monitor import fetch

    tls, cert = _tls_page(tmp_path)
    plain = _Loopback({"/moved": (302, {"Location": f"https://127.0.0.1:{tls.port}/a.html"}, b"", 0)})
    url = plain.url("/moved")
    try:
        with _plain_fetcher(allow_hosts=("127.0.0.1",)) as fetcher:
            with pytest.raises(FetchError, match="certificate verify failed") as err:
                fetcher.get(url)
            assert url in str(err.value)
        monkeypatch.setattr(fetch, "tls_context", lambda: ssl.create_default_context(cafile=str(cert)))  # the test CA
        with _plain_fetcher(allow_hosts=("127.0.0.1",)) as fetcher:
            page = fetcher.get(url)
        assert TEXT in page.text and page.url == f"https://127.0.0.1:{tls.port}/a.html"
    finally:
        plain.close()
        tls.close()


def test_a_plain_http_client_trusts_no_authority():
    from monitor.fetch import tls_context

    with _plain_fetcher() as fetcher:
        context = fetcher._client("http://site.gov.cn")._transport._pool._ssl_context
        assert context is not tls_context() and context.verify_mode.name == "CERT_REQUIRED"
        assert context.get_ca_certs() == [] and context.check_hostname
