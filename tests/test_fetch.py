"""monitor.fetch: decoding without loss, blocked pages as errors, retries, conditional GET, politeness."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from monitor.errors import FetchError
from monitor.fakesite import FakeGovSite
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
    ],
    ids=["header-gb2312", "meta-only", "wrong-header", "undeclared", "bom", "utf-8"],
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


def mock(handler) -> Fetcher:
    """A fetcher on httpx.MockTransport with no delays."""
    return Fetcher(delay=0, backoff=0, retries=2, transport=httpx.MockTransport(handler))


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
    fetcher = Fetcher(delay=0, max_bytes=1000, transport=httpx.MockTransport(lambda r: httpx.Response(200, html="x" * 5000)))
    with fetcher, pytest.raises(FetchError, match=r"a.html: page too large \(5000 bytes, limit 1000\)"):
        fetcher.get("http://site.gov.cn/a.html")


def test_a_redirect_to_another_host_is_an_error():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "site.gov.cn":
            return httpx.Response(302, headers={"Location": "http://portal.example.com/"})
        return httpx.Response(200, html=PAGE)

    with mock(handler) as fetcher, pytest.raises(FetchError, match="redirected to another host"):
        fetcher.get("http://site.gov.cn/a.html")


def test_requests_to_one_host_are_spaced_while_hosts_proceed_in_parallel():
    starts: dict[str, list[float]] = {"a.gov.cn": [], "b.gov.cn": []}

    def handler(request: httpx.Request) -> httpx.Response:
        starts[request.url.host].append(time.monotonic())
        return httpx.Response(200, html=PAGE)

    fetcher = Fetcher(delay=0.15, transport=httpx.MockTransport(handler))
    began = time.monotonic()
    threads = [threading.Thread(target=lambda h=h: [fetcher.get(f"http://{h}/{i}.html") for i in range(3)]) for h in starts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.monotonic() - began
    for times in starts.values():
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert len(times) == 3 and min(gaps) >= 0.14  # polite within a host
    assert took < 0.6  # the two hosts were not serialized (that would take >= 0.75 s)


@pytest.fixture
def site():
    with FakeGovSite(fillers=2, slow_seconds=1.0) as s:
        yield s


def test_a_response_slower_than_the_timeout_is_an_error(site):
    site.fail("000", "slow")
    with Fetcher(delay=0, timeout=0.3, retries=1, backoff=0) as fetcher:
        began = time.monotonic()
        with pytest.raises(FetchError, match=r"timed out \(ReadTimeout\) \(2 attempts\)"):
            fetcher.get(site.page_url("000"))
    assert time.monotonic() - began < 1.5


def test_a_body_cut_short_by_the_server_is_an_error(site):
    site.fail("000", "truncated")
    with Fetcher(delay=0, retries=1, backoff=0) as fetcher, pytest.raises(FetchError, match="RemoteProtocolError"):
        fetcher.get(site.page_url("000"))


def test_keep_alive_reuses_one_connection(site):
    with Fetcher(delay=0) as fetcher:
        for url in site.page_urls("kq-wangtan"):
            fetcher.get(url)
        pool = fetcher._client._transport._pool
        assert len(pool.connections) == 1
