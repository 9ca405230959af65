"""Walk the demo as a newcomer would, over plain HTTP: health, sign-in, a lesson.

Usage: python scripts/smoke_demo.py [BASE_URL]  (default http://127.0.0.1:8000)
Waits up to SMOKE_WAIT seconds (default 900) for /healthz to answer 200, signs
in as the demo fellow, opens My learning and the first lesson linked from a
course, checks the H5P player's own host on the next port, and exits
non-zero with the reason if any step fails.
"""

import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000").rstrip("/")
EMAIL = "fellow@example.org"
PASSWORD = "demo-fellow-2026"  # noqa: S105 - the demo's published sign-in

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def fetch(path: str, data: dict | None = None) -> tuple[int, str, str]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(BASE + path, data=body)  # noqa: S310
    if data is not None:
        request.add_header("Referer", BASE + path)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status, response.geturl(), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.geturl(), error.read().decode(errors="replace")


def fail(message: str) -> None:
    print(f"smoke: FAILED: {message}")
    sys.exit(1)


def wait_for_health() -> None:
    deadline = time.monotonic() + int(os.environ.get("SMOKE_WAIT", "900"))
    while time.monotonic() < deadline:
        try:
            status, _url, body = fetch("/healthz")
            if status == 200:
                print(f"smoke: /healthz 200 {body.strip()}")
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(2)
    fail("/healthz did not answer 200 in time")


def csrf_token() -> str:
    for cookie in jar:
        if cookie.name == "csrftoken":
            return cookie.value
    fail("no CSRF cookie after opening the sign-in page")
    return ""


def main() -> None:
    wait_for_health()
    status, _url, _body = fetch("/en/accounts/login/")
    if status != 200:
        fail(f"sign-in page answered {status}")
    status, url, body = fetch(
        "/en/accounts/login/",
        {"csrfmiddlewaretoken": csrf_token(), "login": EMAIL, "password": PASSWORD},
    )
    if status != 200 or "/accounts/login/" in urllib.parse.urlparse(url).path:
        fail(f"signing in as {EMAIL} ended on {url} ({status})")
    print(f"smoke: signed in as {EMAIL}, landed on {url}")
    lessons = re.findall(r'href="(/en/[^"#?]+/[^"#?]+/[^"#?]+/[^"#?]+/)"', body)
    if not lessons:
        status, url, body = fetch("/en/my-learning/")
        lessons = re.findall(r'href="(/en/[^"#?]+/[^"#?]+/[^"#?]+/[^"#?]+/)"', body)
    if not lessons:
        fail("no lesson linked from the fellow's landing page or My learning")
    lesson = lessons[0]
    status, url, body = fetch(lesson)
    if status != 200 or "<main" not in body:
        fail(f"the lesson {lesson} answered {status}")
    title = re.search(r"<h1[^>]*>(.*?)</h1>", body, re.S)
    heading = re.sub(r"\s+", " ", title.group(1)).strip() if title else "?"
    print(f"smoke: opened the lesson {lesson} ({heading})")
    player_host()
    print("smoke: OK")


def player_host() -> None:
    """The H5P player's own host, on the next port: its worker, and the
    site's pages sent back to the site."""
    parts = urllib.parse.urlsplit(BASE)
    player = f"{parts.scheme}://{parts.hostname}:{(parts.port or 80) + 1}"
    request = urllib.request.Request(player + "/h5p/worker.js")  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            kind = response.headers.get("Content-Type", "")
    except (urllib.error.URLError, OSError) as error:
        fail(f"the player's host {player} did not answer: {error}")
    if not kind.startswith("text/javascript"):
        fail(f"the player's worker came as {kind}")
    print(f"smoke: the player's own host serves {player}/h5p/worker.js")


if __name__ == "__main__":
    main()
