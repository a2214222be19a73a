"""monitor.redact: a secret never shows, in any form an error or a log line can carry it."""

from __future__ import annotations

import base64
import logging
from urllib.parse import quote, quote_plus

import pytest

from monitor.redact import redact

PASSWORD = "p@ss w0rd/+=&?"  # characters that change under percent-encoding
TOKEN = "9f86d081884c7d659a2feaa0c55ad015"
ROBOT = f"https://oapi.dingtalk.com/robot/send?access_token={TOKEN}"
FEISHU = f"https://open.feishu.cn/open-apis/bot/v2/hook/{TOKEN}"


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        (f"login refused for {PASSWORD}", [PASSWORD]),  # raw
        (f"POST /x?pw={quote(PASSWORD, safe='')}", [PASSWORD]),  # percent-encoded
        (f"form body pw={quote_plus(PASSWORD)}", [PASSWORD]),  # form-encoded
        (f"Authorization: Basic {base64.b64encode(f'monitor:{PASSWORD}'.encode()).decode()}", []),  # basic auth
        (f"secret b64 {base64.b64encode(PASSWORD.encode()).decode()}", [PASSWORD]),
        (f"cannot reach {ROBOT}", [ROBOT]),  # the whole URL
        (f"robot answered: invalid access_token {TOKEN}", [ROBOT]),  # the token out of its URL
        (f"GET /robot/send?access_token%3D{TOKEN}", [ROBOT]),
        (f"feishu said: hook {TOKEN} not found", [FEISHU]),  # a token in the path
        ("proxy http://monitor:hunter2secret@proxy.local:3128 refused", []),  # userinfo in any URL
        (f"redirected to https://monitor:{quote(PASSWORD, safe='')}@mail.example/", [PASSWORD]),
    ],
    ids=["raw", "percent", "form", "basic-auth", "base64", "url", "url-token", "url-token-encoded", "path-token",
         "userinfo", "userinfo-encoded"],
)
def test_every_form_of_a_secret_is_masked(text, secrets):
    clean = redact(text, secrets)
    assert "***" in clean
    for leak in (PASSWORD, quote(PASSWORD, safe=""), quote_plus(PASSWORD), TOKEN, "hunter2secret",
                 base64.b64encode(PASSWORD.encode()).decode().rstrip("=")):
        assert leak not in clean, clean


def test_ordinary_words_of_a_secret_url_stay():
    assert redact("POST to oapi.dingtalk.com /robot/send failed", [ROBOT]) == "POST to oapi.dingtalk.com /robot/send failed"
    assert redact("abc", ["abc"]) == "abc"  # too short to be told from text


def test_the_log_filter_masks_every_form(caplog):
    from monitor.logs import RedactSecrets

    record = logging.LogRecord("monitor", logging.WARNING, __file__, 1, "alert not delivered: %s (%s)",
                               (f"GET {ROBOT}", quote(PASSWORD, safe="")), None)
    RedactSecrets([ROBOT, PASSWORD]).filter(record)
    assert TOKEN not in record.getMessage() and quote(PASSWORD, safe="") not in record.getMessage()
    assert record.getMessage() == "alert not delivered: GET *** (***)"
