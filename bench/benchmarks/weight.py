"""6. Page weight: bytes on the wire for HTML + the CSS and JS a page
references, gzip-compressed, media and H5P content excluded.

Static files come from whitenoise, which sends its precompressed .gz to a
client that accepts gzip (the bytes counted are those it sends). The app
does not compress HTML itself; it is counted as a reverse proxy would send
it: gzip level 6 (nginx `gzip_comp_level` 1 gives slightly more bytes).
"""

from __future__ import annotations

import gzip
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import requests

from ..context import Context
from ..environment import SERVER, log
from ..report import Row

SECTION = "6. Page weight (HTML + CSS + JS, gzip)"
BUDGET = 100 * 1024  # ARCHITECTURE.md: lesson page under 100 KB compressed
EXCLUDED_PREFIXES = ("/media/", "/h5p/", "/documents/")


class References(HTMLParser):
    """Stylesheets and scripts a page loads by itself."""

    def __init__(self):
        super().__init__()
        self.css: list[str] = []
        self.js: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            if attrs.get("href"):
                self.css.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.js.append(attrs["src"])


def _transferred(session: requests.Session, url: str) -> tuple[int, int, str]:
    """(bytes on the wire, bytes uncompressed, how it was compressed)."""
    response = session.get(
        url, headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30
    )
    response.raise_for_status()
    wire = response.raw.read(decode_content=False)
    encoding = response.headers.get("Content-Encoding", "")
    if encoding == "gzip":
        return len(wire), len(gzip.decompress(wire)), "gzip by whitenoise"
    return len(gzip.compress(wire, compresslevel=6)), len(wire), "gzip -6 (proxy)"


def page_weight(session: requests.Session, path: str) -> dict:
    html_wire, html_raw, _how = _transferred(session, SERVER + path)
    html = session.get(SERVER + path, timeout=30).text
    references = References()
    references.feed(html)
    assets = []
    for kind, urls in (("css", references.css), ("js", references.js)):
        for url in dict.fromkeys(urls):
            absolute = urljoin(SERVER + path, url)
            parts = urlsplit(absolute)
            if parts.netloc != urlsplit(SERVER).netloc:
                assets.append((kind, url, 0, 0, "other origin, not counted"))
                continue
            if parts.path.startswith(EXCLUDED_PREFIXES):
                continue
            wire, raw, how = _transferred(session, absolute)
            assets.append((kind, parts.path, wire, raw, how))
    return {
        "html_wire": html_wire,
        "html_raw": html_raw,
        "assets": assets,
        "total": html_wire + sum(item[2] for item in assets),
    }


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def run(ctx: Context) -> None:
    site = ctx.site
    session = requests.Session()
    session.headers["Cookie"] = site.fellows[0].cookie
    pages = (
        ("Lesson page (enrolled fellow)", site.lesson_url),
        ("Course page (enrolled fellow)", site.course_url),
        ("Catalogue (signed in)", site.catalog_url),
        ("My learning", site.my_learning_url),
    )
    for label, path in pages:
        log(f"page weight: {label}")
        weight = page_weight(session, path)
        css = sum(item[2] for item in weight["assets"] if item[0] == "css")
        js = sum(item[2] for item in weight["assets"] if item[0] == "js")
        files = ", ".join(
            f"{item[1].rsplit('/', 1)[-1]} {kb(item[2])}" for item in weight["assets"]
        )
        ctx.add(
            Row(
                SECTION,
                label,
                kb(weight["total"]),
                f"budget {kb(BUDGET)}",
                weight["total"] / BUDGET,
                f"HTML {kb(weight['html_wire'])} ({kb(weight['html_raw'])} "
                f"uncompressed), CSS {kb(css)}, JS {kb(js)}: {files or 'none'}",
            )
        )
