"""The site as a person sees it: real headless Chromium (Debian's package) opens the pages built
from the replayed seeds; the screenshot shows the chart and the diff marks, the DOM the Chinese
text, and every link in the rendered DOM resolves. .ci/run installs Chromium when missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import pytest
from PIL import Image
from replayed import Links, replay_and_build_site

from monitor import site, store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is not installed: .ci/run installs it (apt-get install chromium fonts-noto-cjk)")
    pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)

pytestmark = pytest.mark.slow  # a real browser started per page

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1"]

# colours of monitor/templates/style.css, as the screen shows them
TARGET = (0xA6, 0x1E, 0x4D)  # the target line and squares
MET = (0x1B, 0x7F, 0x3B)  # a result that met its target
DELETED = (0xFF, 0xD7, 0xD5)  # <del> background
INSERTED = (0xCC, 0xFF, 0xD8)  # <ins> background


def chromium(tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    """Run headless Chromium once with a fresh profile (no network needed: file:// only)."""
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, url],
                          capture_output=True, text=True, timeout=120, check=True)


def dom(tmp: Path, page: Path) -> str:
    """The page's DOM after Chromium has loaded and laid it out."""
    return chromium(tmp, page.as_uri(), "--dump-dom").stdout


def screenshot(tmp: Path, page: Path, height: int = 1600) -> Image.Image:
    """A 1200-pixel-wide screenshot of the page."""
    png = tmp / f"{page.stem}.png"
    chromium(tmp, page.as_uri(), f"--screenshot={png}", f"--window-size=1200,{height}")
    return Image.open(png).convert("RGB")


def pixels(img: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    """How many pixels of the screenshot have this colour."""
    return sum(n for n, c in img.getcolors(img.width * img.height) if all(abs(a - b) <= tolerance for a, b in zip(c, colour)))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return replay_and_build_site(tmp_path_factory.mktemp("browser"))


def test_the_index_shows_chinese_text_and_every_link_in_the_dom_resolves(built):
    fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no font with Chinese glyphs: the pages would show boxes (apt-get install fonts-noto-cjk)"
    out = built / "out"
    html = dom(built, out / "index.html")
    for text in ("发布机构与最新变化", "王坛镇", "稽东镇", "章镇镇", "玉山镇", "修订"):
        assert text in html
    local = [link for link in Links(html).links if urlparse(link).scheme not in ("http", "https")]
    assert len(local) > 10
    for link in local:
        assert (out / unquote(urlparse(link).path)).is_file(), link
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.version == "atom10" and not feed.bozo and feed.entries


def test_a_publisher_page_shows_the_chart_of_targets_and_results(built):
    page = built / "out" / "p" / f"{site.publisher_key('玉山镇')}.html"
    html = dom(built, page)
    assert "<h1>玉山镇</h1>" in html and "一般公共预算收入" in html and "实际 1052万元" in html
    img = screenshot(built, page, 2400)
    assert pixels(img, TARGET) > 500, "no target line or squares on screen"
    assert pixels(img, MET) > 200, "no met result dot on screen (the legend alone has ~100 pixels of this colour)"


def test_a_revision_page_shows_the_changed_characters_marked(built):
    db = store.open_db(built / "monitor.db")
    (cs,) = [c for c in store.changesets(db) if c.kind == "revision" and c.new.publisher == "王坛镇"]
    page = built / "out" / "c" / f"{site.changeset_key(cs)}.html"
    html = dom(built, page)
    assert "<del>5300</del>" in html and "<ins>5000</ins>" in html and "文字修改" in html
    img = screenshot(built, page)
    assert pixels(img, DELETED, 4) > 200 and pixels(img, INSERTED, 4) > 200, "diff marks not on screen"
