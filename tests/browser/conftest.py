"""Browser tests: Playwright driving Debian's Chromium against a live server.

Outside CI they skip, saying why, when no Chromium is installed; with
REQUIRE_BROWSER=1 (as in .ci/run) a missing browser fails the run.

The Content-Security-Policy is on: a test fails at teardown when the browser
reported any violation of it, in a page or in any of its frames.
"""

import contextlib
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
# Every document (frames included) reports its policy violations to the page.
CSP_LISTENER = """
(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
        const report = [
            "directive=" + event.effectiveDirective,
            "blocked=" + (event.blockedURI || "inline"),
            "document=" + event.documentURI,
            "source=" + (event.sourceFile || "") + ":" + event.lineNumber,
            "sample=" + (event.sample || ""),
        ].join(" ");
        try {
            if (window.__cspViolation) window.__cspViolation(report);
        } catch (error) {}
    }, true);
})();
"""
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


class _RequestsInFlight:
    """Counts the live server's requests still inside Django.

    A test may end while the browser's last request (a quiz submitted, say)
    is still being answered in a server thread; if the test's database
    access were withdrawn then, that request would fail in the next test's
    time or take the worker down. Every browser test waits for the count to
    reach zero before its database is torn down.
    """

    def __init__(self, app, *, one_at_a_time):
        self.app = app
        self.count = 0
        self.settled = threading.Condition()
        # An in-memory SQLite database is one connection that the server's
        # threads share: two requests at once (an autosave and a submit, a
        # page and its favicon) would interleave their savepoints on it.
        self.serial = threading.Lock() if one_at_a_time else contextlib.nullcontext()

    def __call__(self, environ, start_response):
        with self.settled:
            self.count += 1
        try:
            with self.serial:
                return self.app(environ, start_response)
        finally:
            with self.settled:
                self.count -= 1
                self.settled.notify_all()

    def wait(self, timeout=60):
        with self.settled:
            if not self.settled.wait_for(lambda: self.count == 0, timeout=timeout):
                raise AssertionError(
                    f"{self.count} request(s) still being answered {timeout} s after the test"
                )


@pytest.fixture(scope="session")
def _requests_in_flight(live_server):
    httpd = live_server.thread.httpd
    app = httpd.get_app()
    if not isinstance(app, _RequestsInFlight):
        app = _RequestsInFlight(
            app, one_at_a_time=bool(live_server.thread.connections_override)
        )
        httpd.set_app(app)
    return app


@pytest.fixture(autouse=True)
def _server_settles(request):
    """After a browser test that used the live server, wait for its requests."""
    in_flight = None
    if "live_server" in request.fixturenames:
        in_flight = request.getfixturevalue("_requests_in_flight")
    yield
    if in_flight is not None:
        in_flight.wait()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        message = f"No Chromium at {CHROMIUM}: install Debian's 'chromium' to run browser tests."
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Lets the offline tests see and cut the service worker's own requests
    # (set_offline alone does not reach them); contexts that block service
    # workers, as `page` does, are unaffected.
    os.environ.setdefault("PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS", "1")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    # The site's service worker would answer the page's requests before
    # page.route() sees them; the offline tests use a context of their own.
    context = chromium.new_context(
        base_url=live_server.url, locale="en-GB", service_workers="block"
    )
    context.set_default_timeout(15_000)
    violations = []

    def on_violation(report):
        violations.append(report)

    context.expose_function("__cspViolation", on_violation)
    context.add_init_script(CSP_LISTENER)

    def on_console(message):
        # Documents the init script cannot reach (the about:blank frames that
        # h5p-standalone writes) still log their violations.
        if message.type == "error" and "Content Security Policy" in message.text:
            location = message.location or {}
            violations.append(f"console: {message.text} (at {location.get('url', '')})")

    context.on("console", on_console)
    page = context.new_page()
    yield page
    context.close()
    if violations:
        pytest.fail(
            "Content-Security-Policy violations:\n"
            + "\n".join(dict.fromkeys(violations)),
            pytrace=False,
        )


@pytest.fixture
def axe_audit():
    """Run axe-core on the page; return the serious and critical violations."""

    def audit(page):
        # Evaluated over the DevTools protocol, which the page's CSP does not
        # govern (a <script> tag of axe would be refused).
        page.evaluate(AXE.read_text(encoding="utf-8"))
        result = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
            })"""
        )
        return [
            {
                "id": v["id"],
                "impact": v["impact"],
                "nodes": [n["target"] for n in v["nodes"]],
            }
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return audit


@pytest.fixture
def sign_in(page):
    def _sign_in(user, password):
        page.goto("/en/accounts/login/")
        page.get_by_label("Email").fill(user.email)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign In").click()
        page.wait_for_load_state()

    return _sign_in
